// Derives data/simplified.json (traditional characters to their simplified forms, one character for one) from
// OpenCC's TSCharacters table in the opencc-js package, fetched into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../src/gazetteer/index.js";

const PACKAGE = "opencc-js@1.4.2";
const TABLE = "package/dist/esm-lib/dict/TSCharacters.js";

const dir = mkdtempSync(join(tmpdir(), "opencc-"));
try {
  const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["xzf", tarball, TABLE], { cwd: dir });
  // The module's default export is one string: "繁 简|繁 简 简2|…", the first simplified form the usual one.
  const table = z.string().parse(/export default "([^"]*)"/.exec(readFileSync(join(dir, TABLE), "utf8"))?.[1]);
  const pairs: string[] = [];
  for (const entry of table.split("|")) {
    const [from, to] = entry.split(" ");
    // One UTF-16 unit each way, so that offsets into the text stay where they were.
    if (from && to && from.length === 1 && to.length === 1 && from !== to) pairs.push(from + to);
  }
  pairs.sort();
  writeFileSync(join(projectRoot(), "data", "simplified.json"), JSON.stringify({ source: `${PACKAGE} (OpenCC TSCharacters)`, pairs: pairs.join("") }) + "\n");
  console.log(`simplified: ${pairs.length} characters from ${PACKAGE}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
