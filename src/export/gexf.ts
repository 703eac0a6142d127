// GEXF 1.3 for Gephi, written and read by graphology-gexf; evidence rides along as edge attributes.
import { MultiDirectedGraph } from "graphology";
import { parse, write } from "graphology-gexf";
import type { Graph } from "../graph/schema.js";
import { ExportError, EXPORT_DEFAULTS, type ExportFile, type GraphFormat } from "./format.js";
import { fromGraphology, toGraphology } from "./graphology.js";

export const gexfFormat: GraphFormat = {
  name: "gexf",
  description: "GEXF 1.3 (Gephi): node kind, name, aliases, props; edge type, confidence, evidence and sentences",
  write(graph, options = {}) {
    const o = { ...EXPORT_DEFAULTS, ...options };
    const g = toGraphology(graph);
    g.setAttribute("title", o.title);
    const xml = write(g, {
      version: "1.3",
      formatNode: (_key, attrs) => ({ label: attrs.name, attributes: { ...attrs } }),
      formatEdge: (_key, attrs) => ({ label: attrs.type, kind: attrs.type, attributes: { ...attrs } }),
    });
    return [{ name: `${o.baseName}.gexf`, content: xml, mediaType: "application/gexf+xml" }];
  },
  read(files) {
    const file = single(files, ".gexf");
    let g;
    try {
      g = parse(MultiDirectedGraph, file.content, { allowUndeclaredAttributes: true });
    } catch (err) {
      throw new ExportError(`${file.name}: not a GEXF file (${(err as Error).message})`);
    }
    return fromGraphology(g, file.name);
  },
};

export function single(files: ExportFile[], ext: string): ExportFile {
  const file = files.find((f) => f.name.endsWith(ext)) ?? (files.length === 1 ? files[0] : undefined);
  if (!file) throw new ExportError(`expected one ${ext} file, got ${files.map((f) => f.name).join(", ") || "none"}`);
  return file;
}

export function writeGexf(graph: Graph): string {
  return gexfFormat.write(graph)[0]!.content;
}
