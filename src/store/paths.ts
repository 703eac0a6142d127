// Where the project's schema, query library and local Neo4j launcher live, from both src/ (tests, tsx) and dist/ (built CLI).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The nearest ancestor of this module that holds schema/schema.cypher. */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "schema", "schema.cypher")) && existsSync(join(dir, "package.json"))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("store: cannot find the project's schema/ folder above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const schemaFile = (): string => join(projectRoot(), "schema", "schema.cypher");
export const queriesDir = (): string => join(projectRoot(), "schema", "queries");
export const launcherDir = (): string => join(projectRoot(), "tools", "neo4j-local");
