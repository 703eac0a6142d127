// `kg build <corpus…> --neo4j`: extract the graph from articles and load it into Neo4j in one go (optionally keeping the JSON).
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { LOAD_FLAGS, loadWithFlags } from "./load.js";
import { CONNECTION_USAGE, parseFlags } from "./neo4j.js";
import { parseGraph, writeGraph, type Graph } from "../graph/index.js";
import { extractCorpus } from "../extract/index.js";

const usage = `usage: kg build <files or folders…> --neo4j [--out graph.json] [--batch-size N] [--concurrency N] [--quiet] [connection flags]

Extracts the pairing graph from the articles and merges it into Neo4j.
${CONNECTION_USAGE}`;

/** Extracts the articles and validates the graph like any graph file. */
export async function extractForBuild(inputs: string[]): Promise<{ graph: Graph; read: number; skipped: { path: string; reason: string }[] }> {
  const result = await extractCorpus(inputs);
  return { graph: parseGraph(result.graph, "extracted graph"), read: result.read, skipped: result.skipped };
}

export const buildCommand: Command = {
  name: "build",
  summary: "extract articles and load the graph into Neo4j in one go (--neo4j)",
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { ...LOAD_FLAGS, neo4j: { type: "boolean" }, out: { type: "string" } }, "build", usage);
    if (positionals.length === 0) throw new CliError(`build: name the articles (files or folders)\n${usage}`);
    if (values["neo4j"] !== true && typeof values["out"] !== "string") throw new CliError(`build: say where the graph goes: --neo4j and/or --out graph.json\n${usage}`);
    const { graph, read, skipped } = await extractForBuild(positionals);
    for (const s of skipped) console.error(`build: skipped ${s.path}: ${s.reason}`);
    console.error(`build: ${read} articles → ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);
    if (typeof values["out"] === "string") await writeGraph(values["out"], graph);
    if (values["neo4j"] === true) await loadWithFlags(graph, values, "build");
    return 0;
  },
};
