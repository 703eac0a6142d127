// The interchange Graph as a graphology graph and back: what the GEXF and GraphML formats (and the viewer) work on.
import { MultiDirectedGraph } from "graphology";
import type { Graph } from "../graph/schema.js";
import { edgeAttributes, edgeFromAttributes, nodeAttributes, nodeFromAttributes, type EdgeAttributes, type NodeAttributes } from "./attributes.js";

export type ExportGraphology = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function toGraphology(graph: Graph): ExportGraphology {
  const g: ExportGraphology = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of graph.nodes) g.addNode(n.id, nodeAttributes(n));
  for (const e of graph.edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
  return g;
}

/** Any graphology graph whose attributes follow attributes.ts (a parsed GEXF or GraphML file) as the interchange Graph. */
export function fromGraphology(g: { forEachNode: MultiDirectedGraph["forEachNode"]; forEachEdge: MultiDirectedGraph["forEachEdge"] }, origin: string): Graph {
  const out: Graph = { version: 1, nodes: [], edges: [] };
  g.forEachNode((id, attrs) => out.nodes.push(nodeFromAttributes(id, attrs, origin)));
  g.forEachEdge((id, attrs, source, target) => out.edges.push(edgeFromAttributes(id, source, target, attrs, origin)));
  return out;
}
