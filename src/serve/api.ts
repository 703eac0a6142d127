// The viewer's HTTP API: info, the graph, and read-only Cypher; every request validated with zod.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { GraphSource } from "./source.js";
import type { ServeOptions } from "./options.js";

const ParamValue = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);
export const CypherRequest = z.strictObject({
  /** A library query by name … */
  name: z.string().min(1).max(100).optional(),
  /** … or a query of one's own. */
  cypher: z.string().min(1).max(10_000).optional(),
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), ParamValue).default({}),
  limit: z.number().int().positive().optional(),
}).refine((r) => (r.name === undefined) !== (r.cypher === undefined), { message: "give exactly one of name or cypher" });
export type CypherRequest = z.infer<typeof CypherRequest>;

// A first line of defence; the store also runs queries in read transactions, which the database enforces.
const WRITE_CLAUSE = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH|IN\s+TRANSACTIONS|ALTER|GRANT|REVOKE|DENY|START|STOP|TERMINATE)\b/i;

/** Cypher text with string literals and comments blanked, so a word inside a name does not count as a clause. */
function codeOnly(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, " ");
}

export function assertReadOnly(cypher: string): string | null {
  const m = WRITE_CLAUSE.exec(codeOnly(cypher));
  if (m) return `only read queries are allowed (found ${m[1]!.toUpperCase()})`;
  if (/\bCALL\b/i.test(codeOnly(cypher)) && !/\bCALL\s+(db\.(labels|relationshipTypes|propertyKeys|schema\.\w+)|\{)/i.test(codeOnly(cypher))) {
    return "procedure calls other than db.labels/db.relationshipTypes/db.propertyKeys/db.schema.* are not allowed";
  }
  return null;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
    .end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new RequestError(413, `request body over ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export class RequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(`serve: ${message}`);
  }
}

export async function handleApi(path: string, req: IncomingMessage, res: ServerResponse, source: GraphSource, options: ServeOptions): Promise<void> {
  if (path === "/api/info" && req.method === "GET") {
    sendJson(res, 200, {
      source: source.kind, describe: source.describe, cypher: source.cypher !== null,
      limits: { maxRows: options.maxRows, timeoutMs: options.timeoutMs },
    });
    return;
  }
  if (path === "/api/graph" && req.method === "GET") {
    const text = await source.graphJson();
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(text);
    return;
  }
  if (path === "/api/queries" && req.method === "GET") {
    sendJson(res, 200, { queries: source.cypher ? await source.cypher.listQueries() : [] });
    return;
  }
  if (path === "/api/cypher" && req.method === "POST") {
    if (!source.cypher) throw new RequestError(409, "no database connected (set NEO4J_URI), so there is no Cypher to run");
    if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) throw new RequestError(415, "send the request as application/json");
    let json: unknown;
    try { json = JSON.parse(await readBody(req, options.maxBodyBytes)); } catch (err) {
      if (err instanceof RequestError) throw err;
      throw new RequestError(400, "request body is not JSON");
    }
    const parsed = CypherRequest.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RequestError(400, `invalid request at ${issue?.path.join(".") || "body"}: ${issue?.message ?? "unknown"}`);
    }
    const request = parsed.data;
    const bounds = { timeoutMs: options.timeoutMs, limit: Math.min(request.limit ?? options.maxRows, options.maxRows) };
    let result;
    if (request.name !== undefined) {
      const q = (await source.cypher.listQueries()).find((x) => x.name === request.name);
      if (!q) throw new RequestError(404, `no library query named ${request.name}`);
      result = await source.cypher.runNamed(request.name, request.params, bounds);
    } else {
      const problem = assertReadOnly(request.cypher!);
      if (problem) throw new RequestError(400, problem);
      result = await source.cypher.run(request.cypher!, request.params, bounds);
    }
    const limit = bounds.limit;
    sendJson(res, 200, { ...result, limit });
    return;
  }
  throw new RequestError(path.startsWith("/api/") ? 404 : 405, `no ${req.method ?? "?"} ${path}`);
}
