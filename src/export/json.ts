// Graph JSON, the interchange format itself: canonical order, validated on the way back in.
import { GraphDocument, type Graph, type GraphEdge } from "../graph/schema.js";
import { ExportError, EXPORT_DEFAULTS, type GraphFormat } from "./format.js";
import { single } from "./gexf.js";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Same order as the extractor writes (nodes and edges by id), so exports diff cleanly. */
export function graphJson(graph: Graph): string {
  return JSON.stringify({ version: 1, nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) }, null, 1) + "\n";
}

export function parseGraphJson(text: string, origin: string): Graph {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ExportError(`${origin}: not JSON (${(err as Error).message})`);
  }
  const parsed = GraphDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportError(`${origin}: not graph JSON at ${issue?.path.join(".") || "top level"}: ${issue?.message ?? "invalid"}`);
  }
  const ids = new Set(parsed.data.nodes.map((n) => n.id));
  const edges: GraphEdge[] = parsed.data.edges.map((e, i) => {
    if (!ids.has(e.source) || !ids.has(e.target)) throw new ExportError(`${origin}: edge ${e.id ?? i} points at a missing node`);
    if (!e.id) throw new ExportError(`${origin}: edge ${i} has no id`);
    return { ...e, id: e.id };
  });
  return { version: 1, nodes: parsed.data.nodes, edges };
}

export const jsonFormat: GraphFormat = {
  name: "json",
  description: "graph JSON (the interchange format; evidence as it is)",
  write(graph, options = {}) {
    const o = { ...EXPORT_DEFAULTS, ...options };
    return [{ name: `${o.baseName}.json`, content: graphJson(graph), mediaType: "application/json" }];
  },
  read(files) {
    const file = single(files, ".json");
    return parseGraphJson(file.content, file.name);
  },
};
