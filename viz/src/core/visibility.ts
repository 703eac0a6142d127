// What is visible under the current filters, ego network and view: computed once per change, read by reducers and export.
import type { ViewerGraph } from "./model.js";
import type { Filters, ViewerState } from "./state.js";
import type { NodeLabel, RelationshipType } from "../../../src/graph/schema.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

const PAIRING_LABELS = new Set<NodeLabel>(["District", "League", "Banner"]);
const PAIRING_TYPES = new Set<RelationshipType>(["PAIRED_WITH", "PART_OF"]);

export function nodePasses(graph: ViewerGraph, node: string, f: Filters, labels: Set<NodeLabel>): boolean {
  const a = graph.getNodeAttributes(node);
  if (!labels.has(a.label)) return false;
  if (f.leagues.length > 0 && a.league !== null && !f.leagues.includes(a.league)) return false;
  if (f.districts.length > 0 && a.district !== null && !f.districts.includes(a.district)) return false;
  return true;
}

export function edgePasses(graph: ViewerGraph, edge: string, f: Filters, types: Set<RelationshipType>): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (!types.has(a.type)) return false;
  if (f.years && a.year !== null && (a.year < f.years[0] || a.year > f.years[1])) return false;
  if (f.minConfidence > 0 && a.confidence !== null && a.confidence < f.minConfidence) return false;
  return true;
}

/** Nodes within `hops` of `start`, walking only edges the filters let through, in either direction. */
export function egoNetwork(graph: ViewerGraph, start: string, hops: number, edgeOk: (edge: string) => boolean): Set<string> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        if (!edgeOk(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) { seen.add(other); next.push(other); }
      });
    }
    frontier = next;
  }
  return seen;
}

export function computeVisibility(graph: ViewerGraph, state: ViewerState): Visibility {
  const f = state.filters;
  let labels = new Set(f.labels);
  let types = new Set(f.relationships);
  if (state.view === "pairing") {
    labels = new Set([...labels].filter((l) => PAIRING_LABELS.has(l)));
    types = new Set([...types].filter((t) => PAIRING_TYPES.has(t)));
  }
  const nodes = new Set<string>();
  graph.forEachNode((node) => { if (nodePasses(graph, node, f, labels)) nodes.add(node); });
  const edgeOk = (edge: string) =>
    nodes.has(graph.source(edge)) && nodes.has(graph.target(edge)) && edgePasses(graph, edge, f, types);
  if (state.egoHops > 0 && state.selected !== null && graph.hasNode(state.selected)) {
    // The selection stays the ego's centre even when its own label is filtered out.
    nodes.add(state.selected);
    const ego = egoNetwork(graph, state.selected, state.egoHops, edgeOk);
    for (const n of [...nodes]) if (!ego.has(n)) nodes.delete(n);
  }
  const edges = new Set<string>();
  graph.forEachEdge((edge) => { if (edgeOk(edge)) edges.add(edge); });
  return { nodes, edges };
}

/** Neighbours of a node through visible edges, for hover and selection highlighting. */
export function visibleNeighbours(graph: ViewerGraph, node: string, vis: Visibility): Set<string> {
  const out = new Set<string>([node]);
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (vis.edges.has(edge)) out.add(source === node ? target : source);
  });
  return out;
}
