// Read-only Cypher for analysts and the viewer: READ access mode, a timeout, a row limit, and the graph found in the rows.
import neo4j, { isInt, isNode, isPath, isRelationship, type Driver, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import { z } from "zod";
import type { Graph, GraphEdge, GraphNode } from "../graph/schema.js";
import { graphEdgeOf, graphNodeOf, toJson, type JsonValue } from "./codec.js";
import { StoreError, STORE_DEFAULTS } from "./options.js";

export interface ReadQueryOptions {
  timeoutMs: number;
  limit: number;
  database?: string | undefined;
}

export interface ReadQueryResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  /** Nodes, relationships and paths found anywhere in the rows, as the interchange graph. */
  graph: Graph;
  /** True when the query had more rows than the limit. */
  truncated: boolean;
}

const QueryText = z.string().trim().min(1, "the query is empty");
const ParamValues = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "parameter names are letters, digits and _"), z.unknown());

/** Whole JS numbers go as Neo4j integers, so `LIMIT $top` and `*..$hops`-free comparisons with stored integers work. */
function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const conv = (v: unknown): unknown =>
    typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(conv) : v;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, conv(v)]));
}

/** Runs one read query; writes are refused before they run, and again by the server's READ access mode. */
export async function runReadQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: Partial<ReadQueryOptions> = {},
): Promise<ReadQueryResult> {
  const text = QueryText.parse(cypher);
  const parsedParams = ParamValues.safeParse(params);
  if (!parsedParams.success) throw new StoreError(`query parameters: ${parsedParams.error.issues[0]?.message ?? "invalid"}`);
  const timeoutMs = options.timeoutMs ?? STORE_DEFAULTS.timeoutMs;
  const limit = options.limit ?? STORE_DEFAULTS.limit;
  const driverParams = toDriverParams(parsedParams.data);
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.max(1, Math.min(limit + 1, 1000)),
    ...(options.database ? { database: options.database } : {}),
  });
  try {
    return await session.executeRead(async (tx) => {
      await refuseWrites(tx, text, driverParams);
      return collect(tx, text, driverParams, limit);
    }, { timeout: timeoutMs });
  } catch (err) {
    throw readError(err, timeoutMs);
  } finally {
    await session.close();
  }
}

async function refuseWrites(tx: ManagedTransaction, text: string, params: Record<string, unknown>): Promise<void> {
  const plan = await tx.run(`EXPLAIN ${text}`, params);
  const kind = plan.summary.queryType;
  if (kind !== "r") {
    const what = kind === "s" ? "changes the schema" : "writes to the database";
    throw new StoreError(`query refused: it ${what} (query type '${kind}'); queries here run read-only — use \`kg load\` to change the graph`);
  }
}

async function collect(tx: ManagedTransaction, text: string, params: Record<string, unknown>, limit: number): Promise<ReadQueryResult> {
  const result = tx.run(text, params);
  const columns = [...(await result.keys())];
  const rows: Record<string, JsonValue>[] = [];
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  let truncated = false;
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || isInt(v)) return;
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) {
      nodes.set(v.start.elementId, v.start);
      for (const s of v.segments) {
        rels.set(s.relationship.elementId, s.relationship);
        nodes.set(s.end.elementId, s.end);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v.constructor === Object) Object.values(v).forEach(visit);
  };
  for await (const record of result) {
    if (rows.length >= limit) {
      truncated = true;
      break; // the rest is discarded, not fetched
    }
    const row: Record<string, JsonValue> = {};
    for (const key of columns) {
      const value = record.get(key);
      visit(value);
      row[key] = toJson(value);
    }
    rows.push(row);
  }
  // A relationship's ends may be absent from the rows; fetch them so every edge has both nodes.
  const missing = [...new Set([...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    const ends = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
    for (const rec of ends.records) {
      const n = rec.get("n") as Node;
      nodes.set(n.elementId, n);
    }
  }
  return { columns, rows, graph: toGraph(nodes, rels), truncated };
}

function toGraph(nodes: Map<string, Node>, rels: Map<string, Relationship>): Graph {
  const graphNodes: GraphNode[] = [];
  const idOf = new Map<string, string>();
  for (const n of nodes.values()) {
    const g = graphNodeOf(n);
    if (!g) continue;
    idOf.set(n.elementId, g.id);
    graphNodes.push(g);
  }
  const edges: GraphEdge[] = [];
  for (const r of rels.values()) {
    const e = graphEdgeOf(r, (el) => idOf.get(el));
    if (e) edges.push(e);
  }
  return { version: 1, nodes: graphNodes, edges };
}

function readError(err: unknown, timeoutMs: number): Error {
  if (err instanceof StoreError) return err;
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const message = err instanceof Error ? err.message : String(err);
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Security.Forbidden") {
    return new StoreError(`query refused: it writes to the database, and queries here run read-only (${message})`);
  }
  if (code.includes("TransactionTimedOut") || code === "Neo.TransientError.Transaction.Terminated" || /timed out|terminated/i.test(message) && code.startsWith("Neo.")) {
    return new StoreError(`query stopped after the ${timeoutMs} ms timeout (${message})`);
  }
  if (code.startsWith("Neo.ClientError.Statement")) return new StoreError(`query error: ${message}`);
  if (code === "ServiceUnavailable" || code === "SessionExpired") return new StoreError(`lost the connection to Neo4j: ${message}`);
  return err instanceof Error ? err : new StoreError(message);
}
