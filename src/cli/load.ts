// `kg load graph.json`: batched, idempotent load of a graph file into Neo4j with a progress bar and a summary.
import { z } from "zod";
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, connectionFrom, parseFlags, type FlagValues } from "./neo4j.js";
import { progressBar } from "./progress.js";
import { readGraph, type Graph } from "../graph/index.js";
import { STORE_DEFAULTS, connect, loadGraph, storeOptions, type LoadSummary } from "../store/index.js";

const usage = `usage: kg load <graph.json> [--batch-size ${STORE_DEFAULTS.batchSize}] [--concurrency ${STORE_DEFAULTS.concurrency}] [--quiet] [connection flags]

Merges the graph into Neo4j: nodes per label, relationships per type, in batches of one write transaction
(--concurrency of them in flight at once).
Loading the same graph twice changes nothing; a second corpus adds to aliases and evidence.
${CONNECTION_USAGE}`;

export const LOAD_FLAGS = { ...CONNECTION_FLAGS, "batch-size": { type: "string" }, concurrency: { type: "string" }, quiet: { type: "boolean" } } as const;

const BatchSize = z.coerce.number().int().min(1).max(100_000);
const Concurrency = z.coerce.number().int().min(1).max(16);

/** Loads a graph with the flags of `kg load` (shared with `kg build --neo4j`). */
export async function loadWithFlags(graph: Graph, values: FlagValues, stage: string): Promise<LoadSummary> {
  const batch = BatchSize.safeParse(values["batch-size"] ?? STORE_DEFAULTS.batchSize);
  if (!batch.success) throw new CliError(`${stage}: --batch-size must be a whole number from 1 to 100000`);
  const lanes = Concurrency.safeParse(values["concurrency"] ?? STORE_DEFAULTS.concurrency);
  if (!lanes.success) throw new CliError(`${stage}: --concurrency must be a whole number from 1 to 16`);
  const o = storeOptions({ ...connectionFrom(values, stage), batchSize: batch.data, concurrency: lanes.data });
  const driver = await connect(o);
  const bar = progressBar(graph.nodes.length + graph.edges.length, "store: loading", values["quiet"] !== true && process.stderr.isTTY === true);
  try {
    const summary = await loadGraph(driver, graph, { ...o, onProgress: (done, _total, what) => bar.tick(done, what) });
    bar.finish();
    if (values["quiet"] !== true) console.log(formatSummary(summary, o.uri));
    return summary;
  } finally {
    await driver.close();
  }
}

export function formatSummary(s: LoadSummary, uri: string): string {
  const row = (name: string, c: { created: number; updated: number; unchanged: number }) =>
    `  ${name.padEnd(14)} ${String(c.created).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)}`;
  return [
    `store: loaded into ${uri} in ${(s.ms / 1000).toFixed(1)} s (${s.batches} batches${s.retries ? `, ${s.retries} replayed after connection loss` : ""})`,
    `  ${"".padEnd(14)} ${"created".padStart(8)} ${"updated".padStart(8)} ${"unchanged".padStart(10)}`,
    ...Object.entries(s.byLabel).map(([k, c]) => row(k, c)),
    row("all nodes", s.nodes),
    ...Object.entries(s.byType).map(([k, c]) => row(k, c)),
    row("all rels", s.relationships),
  ].join("\n");
}

export const loadCommand: Command = {
  name: "load",
  summary: "load a graph JSON file into Neo4j (batched, idempotent)",
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { ...LOAD_FLAGS }, "load", usage);
    if (positionals.length !== 1) throw new CliError(`load: give exactly one graph file, got ${positionals.length}\n${usage}`);
    const graph = await readGraph(positionals[0]!);
    await loadWithFlags(graph, values, "load");
    return 0;
  },
};
