// GraphML (Gephi, yEd, Cytoscape): built as a DOM with @xmldom/xmldom and read back with graphology-graphml.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import type { Graph } from "../graph/schema.js";
import { edgeAttributes, nodeAttributes } from "./attributes.js";
import { ExportError, EXPORT_DEFAULTS, type GraphFormat } from "./format.js";
import { single } from "./gexf.js";
import { fromGraphology } from "./graphology.js";

const NS = "http://graphml.graphdrawing.org/xmlns";
// graphology-graphml only parses, so the document is assembled through a DOM (no XML by string concatenation).
const NODE_KEYS: [string, "string"][] = [["kind", "string"], ["name", "string"], ["aliases", "string"], ["props", "string"]];
const EDGE_KEYS: [string, "string" | "double" | "int"][] = [
  ["type", "string"], ["confidence", "double"], ["props", "string"], ["evidence", "string"], ["sentences", "string"], ["sources", "int"],
];

function writeGraphml(graph: Graph, title: string): string {
  const doc = new DOMImplementation().createDocument(NS, "graphml", null);
  const root = doc.documentElement!;
  const el = (name: string, attrs: Record<string, string>, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    return e;
  };
  root.appendChild(el("key", { id: "g_title", for: "graph", "attr.name": "title", "attr.type": "string" }));
  for (const [name, type] of NODE_KEYS) root.appendChild(el("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": type }));
  for (const [name, type] of EDGE_KEYS) root.appendChild(el("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": type }));
  const g = el("graph", { id: "G", edgedefault: "directed" });
  g.appendChild(el("data", { key: "g_title" }, title));
  root.appendChild(g);
  for (const n of graph.nodes) {
    const node = el("node", { id: n.id });
    const attrs = nodeAttributes(n);
    for (const [name] of NODE_KEYS) node.appendChild(el("data", { key: `n_${name}` }, String(attrs[name])));
    g.appendChild(node);
  }
  for (const e of graph.edges) {
    const edge = el("edge", { id: e.id, source: e.source, target: e.target });
    const attrs = edgeAttributes(e);
    for (const [name] of EDGE_KEYS) edge.appendChild(el("data", { key: `e_${name}` }, String(attrs[name])));
    g.appendChild(edge);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

export const graphmlFormat: GraphFormat = {
  name: "graphml",
  description: "GraphML (Gephi, yEd, Cytoscape): same attributes as GEXF",
  write(graph, options = {}) {
    const o = { ...EXPORT_DEFAULTS, ...options };
    return [{ name: `${o.baseName}.graphml`, content: writeGraphml(graph, o.title), mediaType: "application/graphml+xml" }];
  },
  read(files) {
    const file = single(files, ".graphml");
    let g;
    try {
      g = parse(MultiDirectedGraph, file.content);
    } catch (err) {
      throw new ExportError(`${file.name}: not a GraphML file (${(err as Error).message})`);
    }
    return fromGraphology(g, file.name);
  },
};
