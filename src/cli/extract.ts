// `kg extract`: articles in, graph JSON out, with a progress bar and a summary of what was found.
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractCorpus } from "../extract/index.js";
import { writeGraph, type Graph } from "../graph/index.js";
import { CliError, type Command } from "./command.js";
import { progressBar } from "./progress.js";

const Options = z.object({
  inputs: z.array(z.string().min(1)).min(1, "name at least one file or folder"),
  out: z.string().min(1).default("out/graph.json"),
  maxBytes: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  minConfidence: z.coerce.number().min(0).max(1).default(0.5),
  strict: z.boolean().default(false),
  quiet: z.boolean().default(false),
  noText: z.boolean().default(false),
});

export const USAGE = `usage: kg extract <files or folders…> [--out graph.json] [options]

Reads .txt, .md and .html articles (UTF-8 or GB18030/GBK), extracts the pairing graph and writes graph JSON.

options:
  --out FILE             where to write the graph (default out/graph.json)
  --max-bytes N          skip files larger than N bytes (default 20 MiB)
  --min-confidence X     leave out relationships below X (default 0.5)
  --no-text              do not keep article texts on Article nodes
  --strict               exit non-zero when any file is skipped
  --quiet                print nothing but errors`;

export function summarise(graph: Graph): string {
  const count = (items: { label?: string; type?: string }[], key: "label" | "type") => {
    const m = new Map<string, number>();
    for (const i of items) m.set(i[key]!, (m.get(i[key]!) ?? 0) + 1);
    return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `    ${k.padEnd(14)} ${v}`).join("\n");
  };
  return `  nodes ${graph.nodes.length}\n${count(graph.nodes, "label")}\n  relationships ${graph.edges.length}\n${count(graph.edges, "type")}`;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "extract the pairing graph from articles into graph JSON",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        out: { type: "string", short: "o" }, "max-bytes": { type: "string" }, "min-confidence": { type: "string" },
        strict: { type: "boolean" }, quiet: { type: "boolean", short: "q" }, "no-text": { type: "boolean" },
      },
    });
    const parsed = Options.safeParse({
      inputs: positionals, out: values.out, maxBytes: values["max-bytes"], minConfidence: values["min-confidence"],
      strict: values.strict, quiet: values.quiet, noText: values["no-text"],
    });
    if (!parsed.success) throw new CliError(`extract: ${parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ")}\n\n${USAGE}`);
    const o = parsed.data;
    const started = Date.now();
    let bar: ReturnType<typeof progressBar> | undefined;
    const result = await extractCorpus(o.inputs, {
      ingest: { maxBytes: o.maxBytes }, minConfidence: o.minConfidence, keepText: !o.noText,
      onProgress: (done, total, path) => {
        bar ??= progressBar(total, "extract", !o.quiet && process.stderr.isTTY === true);
        bar.tick(done, path);
      },
    });
    bar?.finish();
    await writeGraph(o.out, result.graph);
    for (const s of result.skipped) console.error(`extract: skipped ${s.path}: ${s.reason}`);
    if (!o.quiet) {
      console.log(`extract: read ${result.read} articles, skipped ${result.skipped.length}, in ${((Date.now() - started) / 1000).toFixed(2)} s`);
      console.log(summarise(result.graph));
      console.log(`extract: wrote ${o.out}`);
    }
    if (result.read === 0) return 1;
    return o.strict && result.skipped.length > 0 ? 1 : 0;
  },
};
