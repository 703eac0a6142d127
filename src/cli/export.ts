// `kg export`: a query result, an ego network, or a whole graph file, as GEXF, GraphML, graph JSON, CSV or a Cypher script.
import { basename, dirname, extname } from "node:path";
import { z } from "zod";
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, connectionFrom, parseFlags } from "./neo4j.js";
import { paramPairs, resolveQuery } from "./query.js";
import { readGraph, type Graph } from "../graph/index.js";
import { FORMAT_NAMES, egoNetwork, exportGraph } from "../export/index.js";
import { writeExportFiles } from "../export/files.js";
import { STORE_DEFAULTS, connect, egoNetworkFromStore, runReadQuery, storeOptions } from "../store/index.js";

const usage = `usage: kg export --format ${FORMAT_NAMES.join("|")} --out <dir or file> [source]

sources (one of):
  --graph graph.json [--around NAME --hops 2]   a graph file, whole or an ego network (no database)
  --around NAME [--hops 2]                       ego network from Neo4j
  --query NAME [--param k=v …]                   result of a library query (its nodes, relationships, paths)
  --cypher "MATCH p=… RETURN p" [--param k=v …]  result of any read-only query
  file.cypher                                    result of a query file
--out names a directory, or a file whose extension matches the format; csv writes <name>-nodes.csv and <name>-edges.csv.
${CONNECTION_USAGE}`;

const Options = z.object({
  format: z.enum(FORMAT_NAMES),
  out: z.string().min(1),
  hops: z.coerce.number().int().min(0).max(6),
  limit: z.coerce.number().int().min(1),
});

async function fromDatabase(values: Record<string, unknown>, positional: string | undefined, hops: number, limit: number): Promise<Graph> {
  const o = storeOptions(connectionFrom(values, "export"));
  const driver = await connect(o);
  try {
    if (typeof values["around"] === "string") return await egoNetworkFromStore(driver, values["around"], { hops });
    const target = typeof values["query"] === "string" ? values["query"] : positional;
    const cypher = typeof values["cypher"] === "string" ? values["cypher"] : undefined;
    const q = await resolveQuery(target, cypher, paramPairs(values as Record<string, string>, "export"), "export");
    const result = await runReadQuery(driver, q.cypher, q.params, { limit, timeoutMs: STORE_DEFAULTS.timeoutMs, database: o.database });
    if (result.graph.nodes.length === 0) {
      throw new CliError("export: the query returned no nodes, relationships or paths to export (return n, r or p, not only properties)");
    }
    return result.graph;
  } finally {
    await driver.close();
  }
}

export const exportCommand: Command = {
  name: "export",
  summary: "export a subgraph (query result, ego network, graph file) as GEXF, GraphML, JSON, CSV or Cypher",
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      ...CONNECTION_FLAGS, format: { type: "string" }, out: { type: "string" }, graph: { type: "string" }, around: { type: "string" },
      hops: { type: "string" }, query: { type: "string" }, cypher: { type: "string" }, param: { type: "string", multiple: true }, limit: { type: "string" },
    }, "export", usage);
    const opts = Options.safeParse({ format: values["format"], out: values["out"], hops: values["hops"] ?? 2, limit: values["limit"] ?? 100_000 });
    if (!opts.success) throw new CliError(`export: --${String(opts.error.issues[0]?.path[0])}: ${opts.error.issues[0]?.message}\n${usage}`);
    const { format, out, hops, limit } = opts.data;
    const sources = ["graph", "query", "cypher"].filter((k) => values[k] !== undefined).length + (positionals.length ? 1 : 0);
    if (sources > 1) throw new CliError("export: give one source: --graph, --query, --cypher or a .cypher file");

    let graph: Graph;
    if (typeof values["graph"] === "string") {
      const whole = await readGraph(values["graph"]);
      graph = typeof values["around"] === "string" ? egoNetwork(whole, values["around"], { hops }) : whole;
    } else if (sources === 0 && values["around"] === undefined) {
      throw new CliError(`export: nothing to export: give --graph, --around, --query, --cypher or a .cypher file\n${usage}`);
    } else {
      graph = await fromDatabase(values, positionals[0], hops, limit);
    }

    // `--out x.gexf` is a file; anything else is a directory.
    const isFile = extname(out) !== "" && format !== "csv";
    const dir = isFile ? dirname(out) : out;
    const baseName = isFile ? basename(out, extname(out)) : "graph";
    const title = typeof values["around"] === "string" ? `${values["around"]}: ego network, ${hops} hops` : "京蒙协作 pairing graph";
    const paths = await writeExportFiles(dir, exportGraph(graph, format, { baseName, title }));
    console.log(`export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships → ${paths.join(", ")}`);
    return 0;
  },
};
