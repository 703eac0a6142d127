// The one interface every import/export format implements: a Graph in, named text files out (and back, where the format allows).
import type { Graph } from "../graph/schema.js";

export const FORMAT_NAMES = ["gexf", "graphml", "json", "csv", "cypher"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** A file as text; `name` is a bare file name, the caller decides where it goes. */
export interface ExportFile {
  name: string;
  content: string;
  mediaType: string;
}

export interface ExportOptions {
  /** Base name of the files written, without extension (csv adds -nodes / -edges). */
  baseName: string;
  /** Title recorded in formats that carry one (GEXF meta, GraphML description). */
  title: string;
}

export const EXPORT_DEFAULTS: ExportOptions = { baseName: "graph", title: "京蒙协作 pairing graph" };

export interface GraphFormat {
  name: FormatName;
  description: string;
  /** Pure: no file system, no database, so the browser can use it too. */
  write(graph: Graph, options?: Partial<ExportOptions>): ExportFile[];
  /** Reads the format back into the interchange graph, when the format keeps enough to do so. */
  read?(files: ExportFile[]): Graph;
}

export class ExportError extends Error {
  constructor(message: string) {
    super(`export: ${message}`);
    this.name = "ExportError";
  }
}
