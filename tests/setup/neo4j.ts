// What store tests use to reach the test Neo4j: skip plainly when there is none (global-setup decides), else a clean driver.
import type { Driver } from "neo4j-driver";
import { connect } from "../../src/store/index.js";

export const neo4jSkipReason: string | undefined = process.env["KG_NEO4J_SKIP"];

/** `describe`, or `describe.skip` with the reason printed, when no Neo4j is available outside CI. */
export const describeNeo4j: jest.Describe = neo4jSkipReason
  ? (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console
      console.warn(`skipped '${name}': ${neo4jSkipReason}`);
      describe.skip(name, fn);
    }) as unknown as jest.Describe) // same call shape as describe; only the plain form is used
  : describe;

export function testDriver(): Promise<Driver> {
  return connect({});
}

/** Removes the nodes of the given ids (and their relationships), so test files can share one database without meeting. */
export async function removeNodes(driver: Driver, ids: string[]): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", { ids }));
  } finally {
    await session.close();
  }
}

/** Nodes and relationships touching the given ids, counted in the database. */
export async function countAround(driver: Driver, ids: string[]): Promise<{ nodes: number; relationships: number; evidence: number; aliases: number }> {
  const session = driver.session();
  try {
    const r = await session.executeRead((tx) =>
      tx.run(
        `MATCH (n:Entity) WHERE n.id IN $ids
         OPTIONAL MATCH (n)-[r]->()
         RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships,
                sum(size(coalesce(r.evidenceArticles, []))) AS evidence,
                reduce(s = 0, x IN collect(DISTINCT n) | s + size(coalesce(x.aliases, []))) AS aliases`,
        { ids },
      ),
    );
    const rec = r.records[0]!;
    const num = (k: string) => Number(rec.get(k));
    return { nodes: num("nodes"), relationships: num("relationships"), evidence: num("evidence"), aliases: num("aliases") };
  } finally {
    await session.close();
  }
}
