// CSV for spreadsheets: one file of nodes and one of edges (RFC 4180 quoting), evidence in readable and JSON columns.
import { edgeAttributes, edgeFromAttributes, nodeAttributes, nodeFromAttributes } from "./attributes.js";
import { ExportError, EXPORT_DEFAULTS, type ExportFile, type GraphFormat } from "./format.js";

const NODE_COLUMNS = ["id", "kind", "name", "aliases", "props"] as const;
const EDGE_COLUMNS = ["id", "type", "source", "target", "confidence", "sources", "sentences", "evidence", "props"] as const;

export function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number)[]) => cells.map(csvCell).join(",");

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string, origin: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += c;
  }
  if (quoted) throw new ExportError(`${origin}: a quoted field is not closed`);
  if (cell !== "" || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

function records(file: ExportFile, columns: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(file.content, file.name);
  if (!header || columns.some((c) => !header.includes(c))) {
    throw new ExportError(`${file.name}: header must hold ${columns.join(", ")}`);
  }
  return rows.map((r, i) => {
    if (r.length !== header.length) throw new ExportError(`${file.name}: line ${i + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
  });
}

export const csvFormat: GraphFormat = {
  name: "csv",
  description: "CSV: <name>-nodes.csv and <name>-edges.csv (sentences readable, evidence as JSON)",
  write(graph, options = {}) {
    const o = { ...EXPORT_DEFAULTS, ...options };
    const nodes = [line([...NODE_COLUMNS]), ...graph.nodes.map((n) => {
      const a = nodeAttributes(n);
      return line([n.id, a.kind, a.name, a.aliases, a.props]);
    })];
    const edges = [line([...EDGE_COLUMNS]), ...graph.edges.map((e) => {
      const a = edgeAttributes(e);
      return line([e.id, a.type, e.source, e.target, a.confidence < 0 ? "" : a.confidence, a.sources, a.sentences, a.evidence, a.props]);
    })];
    return [
      { name: `${o.baseName}-nodes.csv`, content: nodes.join("\r\n") + "\r\n", mediaType: "text/csv" },
      { name: `${o.baseName}-edges.csv`, content: edges.join("\r\n") + "\r\n", mediaType: "text/csv" },
    ];
  },
  read(files) {
    const nodesFile = files.find((f) => f.name.endsWith("nodes.csv"));
    const edgesFile = files.find((f) => f.name.endsWith("edges.csv"));
    if (!nodesFile || !edgesFile) throw new ExportError(`csv: need a *nodes.csv and an *edges.csv, got ${files.map((f) => f.name).join(", ")}`);
    const nodes = records(nodesFile, NODE_COLUMNS).map((r) => nodeFromAttributes(r["id"]!, r, nodesFile.name));
    const edges = records(edgesFile, EDGE_COLUMNS).map((r) =>
      edgeFromAttributes(r["id"]!, r["source"]!, r["target"]!, { ...r, confidence: r["confidence"] === "" ? -1 : r["confidence"] }, edgesFile.name),
    );
    return { version: 1, nodes, edges };
  },
};
