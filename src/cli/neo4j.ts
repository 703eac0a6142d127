// `kg neo4j`: run the embedded Neo4j of tools/neo4j-local for a person; also the connection flags every store command shares.
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { LOCAL_NEO4J_DEFAULTS, startLocalNeo4j, type StoreOptions } from "../store/index.js";

/** parseArgs options for the connection; they override NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. */
export const CONNECTION_FLAGS = {
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  database: { type: "string" },
} as const;

export const CONNECTION_USAGE = "connection: --uri bolt://host:port --user neo4j --password … --database … (default: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, else bolt://127.0.0.1:7687)";

const Connection = z.object({
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "--uri must look like bolt://host:port").optional(),
  user: z.string().min(1).optional(),
  password: z.string().optional(),
  database: z.string().min(1).optional(),
});

export function connectionFrom(values: Record<string, unknown>, stage: string): Partial<StoreOptions> {
  const parsed = Connection.safeParse(values);
  if (!parsed.success) throw new CliError(`${stage}: ${parsed.error.issues[0]?.message ?? "invalid connection flags"}`);
  return parsed.data;
}

export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;
type FlagSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

/** parseArgs with the stage's name in front of its complaints. */
export function parseFlags(argv: string[], options: FlagSpec, stage: string, usage: string): { values: FlagValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as FlagValues, positionals };
  } catch (err) {
    throw new CliError(`${stage}: ${(err as Error).message}\n${usage}`);
  }
}

const usage = `usage: kg neo4j [--port ${LOCAL_NEO4J_DEFAULTS.port}] [--data ${LOCAL_NEO4J_DEFAULTS.dataDir}] [--heap ${LOCAL_NEO4J_DEFAULTS.heap}]

Starts Neo4j Community 5.26 embedded (tools/neo4j-local, jars from \`npm run neo4j:fetch\`) with Bolt on
127.0.0.1 and authentication off, for local use only. Stop with Ctrl-C.`;

const Args = z.object({
  port: z.coerce.number().int().min(1).max(65535),
  data: z.string().min(1),
  heap: z.string().regex(/^\d+[mg]$/, "--heap is like 512m or 2g"),
});

export const neo4jCommand: Command = {
  name: "neo4j",
  summary: "start a local Neo4j (embedded, no Docker) on 127.0.0.1",
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { port: { type: "string" }, data: { type: "string" }, heap: { type: "string" } }, "neo4j", usage);
    const parsed = Args.safeParse({
      port: values["port"] ?? LOCAL_NEO4J_DEFAULTS.port,
      data: values["data"] ?? LOCAL_NEO4J_DEFAULTS.dataDir,
      heap: values["heap"] ?? LOCAL_NEO4J_DEFAULTS.heap,
    });
    if (!parsed.success) throw new CliError(`neo4j: ${parsed.error.issues[0]?.message ?? "invalid options"}\n${usage}`);
    console.error(`neo4j: starting on port ${parsed.data.port} with data in ${parsed.data.data} (first start compiles the launcher, ~20 s)…`);
    const server = await startLocalNeo4j({ port: parsed.data.port, dataDir: parsed.data.data, heap: parsed.data.heap, echo: true });
    console.error(`neo4j: use NEO4J_URI=${server.uri}; Ctrl-C stops it`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.stop().then(resolve);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
