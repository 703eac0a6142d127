// The viewer's server on node:http: the built app, the graph and Cypher, read-only, on 127.0.0.1 by default.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi, RequestError, sendJson } from "./api.js";
import { serveStatic } from "./static.js";
import { fileSource, type GraphSource } from "./source.js";
import { resolveServeOptions, ServeError, type ServeOptions } from "./options.js";

export interface RunningViewer {
  url: string;
  port: number;
  source: GraphSource;
  server: Server;
  close(): Promise<void>;
}

/** Starts serving; `source` overrides the file/Neo4j choice the options make (used by the Neo4j wiring). */
export async function startViewerServer(partial: Partial<ServeOptions>, source?: GraphSource): Promise<RunningViewer> {
  const options = resolveServeOptions(partial);
  const graphSource = source ?? (await defaultSource(options));
  // Fail at start, not at the first request, when the file is missing or malformed.
  if (graphSource.kind === "file") await graphSource.graphJson();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const work = url.pathname.startsWith("/api/")
      ? handleApi(url.pathname, req, res, graphSource, options)
      : req.method === "GET" || req.method === "HEAD"
        ? serveStatic(options.staticDir, url.pathname, res)
        : Promise.reject(new RequestError(405, `no ${req.method ?? "?"} ${url.pathname}`));
    work.catch((err: unknown) => {
      const status = err instanceof RequestError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendJson(res, status, { error: message.startsWith("serve: ") ? message : `serve: ${message}` });
      else res.end();
    });
  });
  server.requestTimeout = options.timeoutMs + 5_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(new ServeError(`cannot listen on ${options.host}:${options.port} (${err.code ?? err.message})`)));
    server.listen(options.port, options.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    port,
    source: graphSource,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await graphSource.close();
    },
  };
}

async function defaultSource(options: ServeOptions): Promise<GraphSource> {
  if (options.neo4j) {
    const { neo4jSource } = await import("./neo4j.js");
    return neo4jSource(options);
  }
  if (options.graphPath === null) throw new ServeError("no graph file given and NEO4J_URI is not set");
  return fileSource(options.graphPath);
}
