// Applying schema/schema.cypher: constraints, indexes and the full-text index, idempotently, then waiting until they are online.
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { schemaFile } from "./paths.js";
import { StoreError } from "./options.js";

/** The statements of a schema file: `//` comment lines dropped, split at semicolons that end a line. */
export function schemaStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface SchemaSummary {
  statements: number;
  constraintsAdded: number;
  indexesAdded: number;
}

export async function applySchema(driver: Driver, database?: string): Promise<SchemaSummary> {
  const file = schemaFile();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new StoreError(`${file}: cannot read (${(err as Error).message})`);
  }
  const statements = schemaStatements(text);
  const summary: SchemaSummary = { statements: statements.length, constraintsAdded: 0, indexesAdded: 0 };
  const session = driver.session(database ? { database } : {});
  try {
    for (const statement of statements) {
      // Schema commands each need their own transaction; none of them take parameters.
      const result = await session.executeWrite((tx) => tx.run(statement)).catch((err: unknown) => {
        throw new StoreError(`${file}: statement failed: ${(err as Error).message}\n${statement}`);
      });
      const c = result.summary.counters.updates();
      summary.constraintsAdded += c.constraintsAdded;
      summary.indexesAdded += c.indexesAdded;
    }
    await session.executeRead((tx) => tx.run("CALL db.awaitIndexes($seconds)", { seconds: 300 }));
  } finally {
    await session.close();
  }
  return summary;
}
