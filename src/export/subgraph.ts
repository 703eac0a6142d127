// Cutting subgraphs out of an in-memory graph: an ego network around a named entity, and the articles its evidence cites.
import type { Graph, GraphNode } from "../graph/schema.js";
import { ExportError } from "./format.js";

export interface EgoOptions {
  hops: number;
  /** Follow MENTIONED_IN edges too (every entity of an article is then two hops away). */
  includeMentions: boolean;
  /** Add the Article nodes that the evidence of the kept edges cites. */
  includeCitedArticles: boolean;
}

export const EGO_DEFAULTS: EgoOptions = { hops: 2, includeMentions: false, includeCitedArticles: true };

/** The node a name or alias (or id) designates; refuses ambiguous names with the candidates. */
export function findNode(graph: Graph, name: string): GraphNode {
  const byId = graph.nodes.find((n) => n.id === name);
  if (byId) return byId;
  const exact = graph.nodes.filter((n) => n.name === name);
  const found = exact.length > 0 ? exact : graph.nodes.filter((n) => n.aliases.includes(name));
  if (found.length === 0) throw new ExportError(`no entity named '${name}' in the graph`);
  if (found.length > 1) throw new ExportError(`'${name}' names ${found.length} entities: ${found.map((n) => n.id).join(", ")}; give an id`);
  return found[0]!;
}

export function egoNetwork(graph: Graph, centre: string, options: Partial<EgoOptions> = {}): Graph {
  const o = { ...EGO_DEFAULTS, ...options };
  const start = findNode(graph, centre);
  const edges = graph.edges.filter((e) => o.includeMentions || e.type !== "MENTIONED_IN");
  const keep = new Set([start.id]);
  let frontier = new Set([start.id]);
  for (let hop = 0; hop < o.hops && frontier.size > 0; hop++) {
    const next = new Set<string>();
    for (const e of edges) {
      if (frontier.has(e.source) && !keep.has(e.target)) next.add(e.target);
      if (frontier.has(e.target) && !keep.has(e.source)) next.add(e.source);
    }
    next.forEach((id) => keep.add(id));
    frontier = next;
  }
  return withCitedArticles(graph, {
    version: 1,
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  }, o.includeCitedArticles);
}

/** Adds the Article nodes that the subgraph's evidence cites, so citations resolve inside the export. */
export function withCitedArticles(whole: Graph, sub: Graph, include = true): Graph {
  if (!include) return sub;
  const have = new Set(sub.nodes.map((n) => n.id));
  const cited = new Set(sub.edges.flatMap((e) => (e.evidence ?? []).map((x) => x.article)));
  const extra = whole.nodes.filter((n) => cited.has(n.id) && !have.has(n.id));
  return { version: 1, nodes: [...sub.nodes, ...extra], edges: sub.edges };
}
