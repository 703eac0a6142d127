// Finds the project's root (where package.json and data/ live) from wherever this module was loaded.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "data"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("gazetteer: cannot find the project root (package.json beside data/)");
    dir = up;
  }
  cached = dir;
  return dir;
}
