// Options of `kg serve` with their defaults in one place, validated with zod.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export interface ServeOptions {
  /** Graph JSON to show when no database is configured; null needs NEO4J_URI. */
  graphPath: string | null;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built viewer (viz/dist). */
  staticDir: string;
  /** Most rows a Cypher request may return. */
  maxRows: number;
  /** Longest a Cypher request may run, in milliseconds. */
  timeoutMs: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Use Neo4j (NEO4J_URI etc.) as the graph's source and enable the Cypher panel. */
  neo4j: boolean;
}

/** viz/dist relative to this module, whether it runs from src/ (tsx, jest) or from dist/src/ (built). */
function defaultStaticDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, "../../viz/dist"), resolve(here, "../../../viz/dist")];
  return candidates.find((c) => existsSync(resolve(c, "index.html"))) ?? candidates[0]!;
}

export const DEFAULT_SERVE_OPTIONS: Omit<ServeOptions, "staticDir" | "neo4j"> = {
  graphPath: null,
  host: "127.0.0.1",
  port: 7480,
  maxRows: 2000,
  timeoutMs: 10_000,
  maxBodyBytes: 64 * 1024,
};

const ServeOptionsSchema = z.object({
  graphPath: z.string().min(1).nullable(),
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  staticDir: z.string().min(1),
  maxRows: z.number().int().positive().max(100_000),
  timeoutMs: z.number().int().positive().max(600_000),
  maxBodyBytes: z.number().int().positive(),
  neo4j: z.boolean(),
});

export class ServeError extends Error {
  constructor(message: string) {
    super(`serve: ${message}`);
    this.name = "ServeError";
  }
}

export function resolveServeOptions(partial: Partial<ServeOptions>, env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const merged = {
    ...DEFAULT_SERVE_OPTIONS,
    staticDir: defaultStaticDir(),
    neo4j: Boolean(env["NEO4J_URI"]),
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
  const parsed = ServeOptionsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServeError(`invalid option ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "unknown"}`);
  }
  if (parsed.data.graphPath === null && !parsed.data.neo4j) {
    throw new ServeError("no graph: give a graph JSON file (kg serve out/graph.json) or set NEO4J_URI");
  }
  return parsed.data;
}
