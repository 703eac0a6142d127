// Store options and their defaults in one place; the connection comes from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
import { z } from "zod";

export interface StoreOptions {
  uri: string;
  user: string;
  /** Empty means no authentication (the local launcher runs without auth). */
  password: string;
  /** Database name; undefined uses the server's default database. */
  database: string | undefined;
  /** Rows per UNWIND batch, one write transaction each. */
  batchSize: number;
  /** Batches written at once, each in its own session and transaction: the server works on one while the next is sent. */
  concurrency: number;
  /** Attempts per batch after the driver's own retries gave up (connection lost, server restarting). */
  retries: number;
  /** First backoff delay; doubled on every further attempt. */
  retryDelayMs: number;
  /** How long the driver itself retries a managed transaction before our batch-level retry takes over. */
  driverRetryMs: number;
  /** Read queries: server-side transaction timeout. */
  timeoutMs: number;
  /** Read queries: at most this many rows are returned. */
  limit: number;
}

export const STORE_DEFAULTS: StoreOptions = {
  uri: "bolt://127.0.0.1:7687",
  user: "neo4j",
  password: "",
  database: undefined,
  batchSize: 5000,
  concurrency: 2,
  retries: 6,
  retryDelayMs: 250,
  driverRetryMs: 15_000,
  timeoutMs: 30_000,
  limit: 1000,
};

const Env = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "must look like bolt://host:port or neo4j://host:port").optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

/** Defaults, then the environment, then explicit overrides (CLI flags). */
export function storeOptions(overrides: Partial<StoreOptions> = {}, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(`environment variable ${String(issue?.path[0] ?? "")}: ${issue?.message ?? "invalid"}`);
  }
  const fromEnv: Partial<StoreOptions> = {};
  if (parsed.data.NEO4J_URI) fromEnv.uri = parsed.data.NEO4J_URI;
  if (parsed.data.NEO4J_USER) fromEnv.user = parsed.data.NEO4J_USER;
  if (parsed.data.NEO4J_PASSWORD !== undefined) fromEnv.password = parsed.data.NEO4J_PASSWORD;
  if (parsed.data.NEO4J_DATABASE) fromEnv.database = parsed.data.NEO4J_DATABASE;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...STORE_DEFAULTS, ...fromEnv, ...defined };
}

export class StoreError extends Error {
  constructor(message: string) {
    super(`store: ${message}`);
    this.name = "StoreError";
  }
}
