// Where the viewer's data comes from: the kg serve API. Responses are validated before anything uses them.
import { z } from "zod";
import { GraphDocument, type Graph } from "../../../src/graph/schema.js";

const Info = z.object({
  source: z.enum(["file", "neo4j"]),
  describe: z.string(),
  cypher: z.boolean(),
  limits: z.object({ maxRows: z.number(), timeoutMs: z.number() }),
});
export type ServerInfo = z.infer<typeof Info>;

const QueryParam = z.object({ name: z.string(), type: z.string(), required: z.boolean(), description: z.string() }).passthrough();
const LibraryQuery = z.object({ name: z.string(), description: z.string(), params: z.array(QueryParam).default([]) }).passthrough();
export type LibraryQuery = z.infer<typeof LibraryQuery>;

const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.unknown()),
  graph: GraphDocument.nullable().optional(),
  truncated: z.boolean().optional(),
  limit: z.number().optional(),
});
export type CypherResult = Omit<z.infer<typeof CypherResult>, "graph"> & { graph: Graph | null };

async function getJson(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(path, init);
  const text = await res.text();
  let body: unknown;
  try { body = JSON.parse(text); } catch { throw new Error(`viewer: ${path} answered ${res.status} with non-JSON: ${text.slice(0, 120)}`); }
  if (!res.ok) {
    const message = z.object({ error: z.string() }).safeParse(body);
    throw new Error(message.success ? message.data.error : `viewer: ${path} answered ${res.status}`);
  }
  return body;
}

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`viewer: ${what} is malformed at ${issue?.path.join(".") || "top level"}: ${issue?.message ?? "unknown"}`);
  }
  return parsed.data;
}

export async function fetchInfo(): Promise<ServerInfo> {
  return check(Info, await getJson("/api/info"), "/api/info");
}

function withIds(doc: z.infer<typeof GraphDocument>): Graph {
  return { version: 1, nodes: doc.nodes, edges: doc.edges.map((e, i) => ({ ...e, id: e.id ?? `${e.type.toLowerCase()}:${i}` })) };
}

export async function fetchGraph(): Promise<Graph> {
  return withIds(check(GraphDocument, await getJson("/api/graph"), "/api/graph"));
}

export async function fetchQueries(): Promise<LibraryQuery[]> {
  return check(z.object({ queries: z.array(LibraryQuery) }), await getJson("/api/queries"), "/api/queries").queries;
}

export async function runCypher(request: { name?: string; cypher?: string; params: Record<string, string | number | boolean | null> }): Promise<CypherResult> {
  const body = await getJson("/api/cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  const r = check(CypherResult, body, "/api/cypher");
  return { ...r, graph: r.graph ? withIds(r.graph) : null };
}
