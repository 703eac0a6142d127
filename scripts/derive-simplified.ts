// Derives data/simplified.json (traditional characters to their simplified forms, one character for one) from
// OpenCC's TSCharacters table in the opencc-js package, fetched into a temporary folder; Hong Kong's and Taiwan's variant
// forms (衞 for 衛) through their standard ones.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../src/gazetteer/index.js";

const PACKAGE = "opencc-js@1.4.2";
const TABLE = "package/dist/esm-lib/dict/TSCharacters.js";
const VARIANTS = ["package/dist/esm-lib/dict/HKVariantsRev.js", "package/dist/esm-lib/dict/TWVariantsRev.js"];

/** A table's entries, "甲 乙|丙 丁|…", as the pairs of single characters it holds. */
function entries(file: string): [string, string][] {
  const table = z.string().parse(/export default "([^"]*)"/.exec(readFileSync(file, "utf8"))?.[1]);
  return table.split("|").map((e) => e.split(" ")).filter((x): x is [string, string] => !!x[0] && !!x[1] && x[0].length === 1 && x[1].length === 1) as [string, string][];
}

const dir = mkdtempSync(join(tmpdir(), "opencc-"));
try {
  const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["xzf", tarball, TABLE, ...VARIANTS], { cwd: dir });
  // The module's default export is one string: "繁 简|繁 简 简2|…", the first simplified form the usual one.
  // (One UTF-16 unit each way, so that offsets into the text stay where they were.)
  const simplified = new Map(entries(join(dir, TABLE)).filter(([from, to]) => from !== to));
  // (A variant, "衞 衛", simplifies as its standard form does, where the standard table has no entry of its own for it.)
  for (const file of VARIANTS) {
    for (const [variant, standard] of entries(join(dir, file))) {
      const to = simplified.get(standard) ?? standard;
      if (!simplified.has(variant) && to !== variant) simplified.set(variant, to);
    }
  }
  const pairs = [...simplified].map(([from, to]) => from + to);
  pairs.sort();
  writeFileSync(join(projectRoot(), "data", "simplified.json"), JSON.stringify({ source: `${PACKAGE} (OpenCC TSCharacters, HKVariantsRev, TWVariantsRev)`, pairs: pairs.join("") }) + "\n");
  console.log(`simplified: ${pairs.length} characters from ${PACKAGE}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
