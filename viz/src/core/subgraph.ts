// What is visible, back in the interchange format with its evidence, for export and for the Cypher results.
import type { Graph, GraphEdge, GraphNode } from "../../../src/graph/schema.js";
import type { ViewerGraph } from "./model.js";
import type { Visibility } from "./visibility.js";

export interface SubgraphOptions {
  /** Keep layout positions as props x, y (so GEXF/GraphML open in Gephi as seen). */
  positions: boolean;
  /** Bring along the articles that visible evidence cites, even when hidden on screen. */
  citedArticles: boolean;
}

/** The visible part of the graph as an interchange graph: nodes, edges, and each edge's evidence. */
export function visibleSubgraph(graph: ViewerGraph, vis: Visibility, options: Partial<SubgraphOptions> = {}): Graph {
  const { positions, citedArticles } = { positions: true, citedArticles: false, ...options };
  const nodes: GraphNode[] = [];
  const included = new Set<string>();
  const addNode = (id: string) => {
    if (included.has(id)) return;
    included.add(id);
    const a = graph.getNodeAttributes(id);
    const props = positions ? { ...a.props, x: round(a.x), y: round(a.y) } : { ...a.props };
    nodes.push({ id, label: a.label, name: a.name, aliases: [...a.aliases], props });
  };
  for (const id of vis.nodes) addNode(id);
  const edges: GraphEdge[] = [];
  for (const id of vis.edges) {
    const a = graph.getEdgeAttributes(id);
    const e: GraphEdge = { id, type: a.type, source: graph.source(id), target: graph.target(id), props: { ...a.props } };
    if (a.confidence !== null) e.confidence = a.confidence;
    if (a.evidence.length > 0) {
      e.evidence = a.evidence.map((ev) => ({ ...ev }));
      if (citedArticles) for (const ev of a.evidence) if (graph.hasNode(ev.article)) addNode(ev.article);
    }
    edges.push(e);
  }
  return { version: 1, nodes, edges };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
