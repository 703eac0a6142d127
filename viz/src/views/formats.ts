// The export formats offered: the export stage's pure writers, turning the visible graph into downloadable files.
import { FORMATS, type ExportFile, type FormatName } from "../../../src/export/index.js";
import type { Graph } from "./core-types.js";

export interface ExportFormat {
  id: FormatName;
  label: string;
  files(graph: Graph, baseName: string): ExportFile[];
}

const OFFERED: [FormatName, string][] = [["gexf", "GEXF"], ["graphml", "GraphML"], ["json", "JSON"], ["csv", "CSV"]];

export const EXPORT_FORMATS: ExportFormat[] = OFFERED.map(([id, label]) => ({
  id, label,
  files: (graph, baseName) => FORMATS[id].write(graph, { baseName, title: "京蒙协作 pairing graph — visible part" }),
}));
