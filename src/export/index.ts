// Import/export formats side by side behind one interface; pure (no file system, no database) so the viewer can use them.
// Writing files lives in ./files.ts, which is deliberately not re-exported here to keep this entry browser-safe.
import type { Graph } from "../graph/schema.js";
import { csvFormat } from "./csv.js";
import { cypherFormat } from "./cypher.js";
import { ExportError, FORMAT_NAMES, type ExportFile, type ExportOptions, type FormatName, type GraphFormat } from "./format.js";
import { gexfFormat } from "./gexf.js";
import { graphmlFormat } from "./graphml.js";
import { jsonFormat } from "./json.js";

export const FORMATS: Record<FormatName, GraphFormat> = {
  gexf: gexfFormat,
  graphml: graphmlFormat,
  json: jsonFormat,
  csv: csvFormat,
  cypher: cypherFormat,
};

export function formatNamed(name: string): GraphFormat {
  if (!(FORMAT_NAMES as readonly string[]).includes(name)) {
    throw new ExportError(`unknown format '${name}' (known: ${FORMAT_NAMES.join(", ")})`);
  }
  return FORMATS[name as FormatName];
}

/** The graph in one format, as named text files. */
export function exportGraph(graph: Graph, format: FormatName, options: Partial<ExportOptions> = {}): ExportFile[] {
  return FORMATS[format].write(graph, options);
}

/** Reads files of a format back into the interchange graph. */
export function importGraph(files: ExportFile[], format: FormatName): Graph {
  const f = FORMATS[format];
  if (!f.read) throw new ExportError(`the ${format} format is write-only`);
  return f.read(files);
}

export { ExportError, FORMAT_NAMES, EXPORT_DEFAULTS } from "./format.js";
export type { ExportFile, ExportOptions, FormatName, GraphFormat } from "./format.js";
export { gexfFormat, writeGexf } from "./gexf.js";
export { graphmlFormat } from "./graphml.js";
export { jsonFormat, graphJson, parseGraphJson } from "./json.js";
export { csvFormat, parseCsv, csvCell } from "./csv.js";
export { cypherFormat, cypherScript, cypherLiteral } from "./cypher.js";
export { toGraphology, fromGraphology } from "./graphology.js";
export type { ExportGraphology } from "./graphology.js";
export { egoNetwork, findNode, withCitedArticles, EGO_DEFAULTS } from "./subgraph.js";
export type { EgoOptions } from "./subgraph.js";
export type { NodeAttributes, EdgeAttributes } from "./attributes.js";
