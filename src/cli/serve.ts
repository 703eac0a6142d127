// `kg serve`: the interactive viewer over a graph JSON file, or over Neo4j when NEO4J_URI is set.
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { startViewerServer, DEFAULT_SERVE_OPTIONS } from "../serve/index.js";

const Args = z.object({
  graphPath: z.string().min(1).nullable(),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  maxRows: z.coerce.number().int().positive(),
  timeoutMs: z.coerce.number().int().positive(),
});

const usage = `usage: kg serve [graph.json] [--port ${DEFAULT_SERVE_OPTIONS.port}] [--host ${DEFAULT_SERVE_OPTIONS.host}] [--max-rows ${DEFAULT_SERVE_OPTIONS.maxRows}] [--timeout-ms ${DEFAULT_SERVE_OPTIONS.timeoutMs}]

Serves the interactive viewer. Without NEO4J_URI it shows the graph JSON file (read-only);
with NEO4J_URI set it reads the graph from Neo4j and enables the Cypher panel.
--port 0 picks a free port. Stop with Ctrl-C.`;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the interactive network viewer (graph JSON or Neo4j)",
  usage,
  async run(argv) {
    let values: Record<string, string | undefined>, positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv, allowPositionals: true,
        options: { port: { type: "string" }, host: { type: "string" }, "max-rows": { type: "string" }, "timeout-ms": { type: "string" } },
      }));
    } catch (err) {
      throw new CliError(`serve: ${(err as Error).message}\n${usage}`);
    }
    if (positionals.length > 1) throw new CliError(`serve: one graph file at most, got ${positionals.length}\n${usage}`);
    const parsed = Args.safeParse({
      graphPath: positionals[0] ?? null,
      port: values["port"] ?? DEFAULT_SERVE_OPTIONS.port,
      host: values["host"] ?? DEFAULT_SERVE_OPTIONS.host,
      maxRows: values["max-rows"] ?? DEFAULT_SERVE_OPTIONS.maxRows,
      timeoutMs: values["timeout-ms"] ?? DEFAULT_SERVE_OPTIONS.timeoutMs,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`serve: invalid --${String(issue?.path[0] ?? "option").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message ?? ""}`);
    }
    const viewer = await startViewerServer(parsed.data);
    console.log(`serve: ${viewer.source.kind === "neo4j" ? "Neo4j" : viewer.source.describe} — viewer at ${viewer.url}`);
    await new Promise<void>((resolve) => {
      const stop = () => { void viewer.close().then(resolve); };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
