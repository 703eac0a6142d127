// Neo4j as the viewer's source: the whole graph and read-only Cypher, through the store stage.
import { bindParams, connect, findQuery, listQueries, runReadQuery } from "../store/index.js";
import { ServeError, type ServeOptions } from "./options.js";
import type { CypherBounds, GraphSource } from "./source.js";

/** The whole graph is one bounded read: rows beyond this many are refused rather than silently dropped. */
const GRAPH_ROW_LIMIT = 1_000_000;
const GRAPH_TIMEOUT_MS = 120_000;

export async function neo4jSource(_options: ServeOptions): Promise<GraphSource> {
  const driver = await connect();
  const uri = process.env["NEO4J_URI"] ?? "Neo4j";
  const run = (cypher: string, params: Record<string, unknown>, bounds: CypherBounds) =>
    runReadQuery(driver, cypher, params, { timeoutMs: bounds.timeoutMs, limit: bounds.limit });
  return {
    kind: "neo4j",
    describe: uri,
    async graphJson() {
      const result = await run("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r", {}, { timeoutMs: GRAPH_TIMEOUT_MS, limit: GRAPH_ROW_LIMIT });
      if (result.truncated) throw new ServeError(`the database holds more than ${GRAPH_ROW_LIMIT} node-relationship rows; too many for the viewer`);
      return JSON.stringify(result.graph);
    },
    cypher: {
      listQueries: () => listQueries().map((q) => ({ name: q.name, description: q.description, params: q.params, cypher: q.cypher })),
      run,
      runNamed(name, params, bounds) {
        const query = findQuery(name);
        // The library binds typed parameters from their text form, as on the command line.
        const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== "").map(([k, v]) => [k, String(v)]));
        return run(query.cypher, bindParams(query, given), bounds);
      },
    },
    async close() { await driver.close(); },
  };
}

