// The viewer's graph: the interchange graph loaded into graphology, with what filters need derived once.
import { MultiDirectedGraph } from "graphology";
import type { Evidence, Graph as GraphDocument, GraphNode, NodeLabel, PropValue, RelationshipType } from "../../../src/graph/schema.js";
import type { ViewerSettings } from "./settings.js";
import { seededPosition } from "./layout.js";

export interface NodeAttributes {
  label: NodeLabel;
  name: string;
  aliases: string[];
  props: Record<string, PropValue>;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  /** League (盟/市) a node on the Inner Mongolia side belongs to, through PART_OF / LOCATED_IN or props.league. */
  league: string | null;
  /** Beijing district a node belongs to, the same way. */
  district: string | null;
}

export interface EdgeAttributes {
  type: RelationshipType;
  props: Record<string, PropValue>;
  confidence: number | null;
  evidence: Evidence[];
  /** Year the relationship is dated to: since/year props, else the earliest evidence article's date. */
  year: number | null;
  color: string;
  size: number;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const UP_TYPES = new Set<RelationshipType>(["PART_OF", "LOCATED_IN"]);

/** Builds the graphology graph the renderer draws; positions are seeded from node ids. */
export function buildViewerGraph(doc: GraphDocument, settings: ViewerSettings): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of doc.nodes) {
    const { x, y } = seededPosition(n.id, settings.layout.seed);
    graph.addNode(n.id, {
      label: n.label, name: n.name, aliases: n.aliases, props: n.props, x, y,
      size: settings.minNodeSize, color: settings.labelColors[n.label], degree: 0, league: null, district: null,
    });
  }
  const articleYear = new Map<string, number>();
  for (const n of doc.nodes) if (n.label === "Article") {
    const y = yearOf(n.props["date"]);
    if (y !== null) articleYear.set(n.id, y);
  }
  for (const e of doc.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      type: e.type, props: e.props, confidence: e.confidence ?? null, evidence: e.evidence ?? [],
      year: edgeYear(e.props, e.evidence ?? [], articleYear), color: settings.relationshipColors[e.type], size: 1,
    });
  }
  sizeByDegree(graph, settings);
  deriveRegions(graph);
  return graph;
}

function yearOf(v: PropValue | undefined): number | null {
  if (typeof v === "number" && Number.isInteger(v) && v > 1900 && v < 2200) return v;
  if (typeof v === "string") {
    const m = /^(\d{4})/.exec(v);
    if (m) return Number(m[1]);
  }
  return null;
}

function edgeYear(props: Record<string, PropValue>, evidence: Evidence[], articleYear: Map<string, number>): number | null {
  const own = yearOf(props["since"]) ?? yearOf(props["year"]);
  if (own !== null) return own;
  let best: number | null = null;
  for (const ev of evidence) {
    const y = articleYear.get(ev.article);
    if (y !== undefined && (best === null || y < best)) best = y;
  }
  return best;
}

/** Degree over relationships that carry meaning: MENTIONED_IN would make every node as big as its article count. */
function sizeByDegree(graph: ViewerGraph, settings: ViewerSettings): void {
  let max = 1;
  graph.forEachNode((node) => {
    let d = 0;
    graph.forEachEdge(node, (_e, a) => { if (a.type !== "MENTIONED_IN") d++; });
    graph.setNodeAttribute(node, "degree", d);
    if (d > max) max = d;
  });
  const span = settings.maxNodeSize - settings.minNodeSize;
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, size: settings.minNodeSize + span * Math.sqrt(a.degree / max) }), { attributes: ["size"] });
}

/** Follows PART_OF / LOCATED_IN upwards (a few steps) to find each node's league and district. */
function deriveRegions(graph: ViewerGraph): void {
  const own = (node: string): { league: string | null; district: string | null } => {
    const a = graph.getNodeAttributes(node);
    if (a.label === "League") return { league: a.name, district: null };
    if (a.label === "District") return { league: null, district: a.name };
    const league = typeof a.props["league"] === "string" ? a.props["league"] : null;
    return { league, district: null };
  };
  graph.forEachNode((node) => {
    let { league, district } = own(node);
    let frontier = [node];
    const seen = new Set(frontier);
    for (let step = 0; step < 4 && (league === null || district === null) && frontier.length > 0; step++) {
      const next: string[] = [];
      for (const f of frontier) {
        graph.forEachOutEdge(f, (_e, ea, _s, target) => {
          if (!UP_TYPES.has(ea.type) || seen.has(target)) return;
          seen.add(target);
          next.push(target);
          const up = own(target);
          league ??= up.league;
          district ??= up.district;
        });
      }
      frontier = next;
    }
    graph.mergeNodeAttributes(node, { league, district });
  });
}

/** Article nodes by id, for evidence titles and texts. */
export function articleOf(graph: ViewerGraph, id: string): { title: string; text: string | null; date: string | null } | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  const title = typeof a.props["title"] === "string" ? a.props["title"] : a.name;
  const text = typeof a.props["text"] === "string" ? a.props["text"] : null;
  const date = typeof a.props["date"] === "string" ? a.props["date"] : null;
  return { title, text, date };
}

/** The values the filter controls offer: present labels, types, leagues, districts, years. */
export interface FilterDomain {
  labels: NodeLabel[];
  relationships: RelationshipType[];
  leagues: string[];
  districts: string[];
  years: [number, number] | null;
}

export function filterDomain(graph: ViewerGraph): FilterDomain {
  const labels = new Set<NodeLabel>(), rels = new Set<RelationshipType>(), leagues = new Set<string>(), districts = new Set<string>();
  let lo = Infinity, hi = -Infinity;
  graph.forEachNode((_n, a) => {
    labels.add(a.label);
    if (a.league) leagues.add(a.league);
    if (a.district) districts.add(a.district);
  });
  graph.forEachEdge((_e, a) => {
    rels.add(a.type);
    if (a.year !== null) { lo = Math.min(lo, a.year); hi = Math.max(hi, a.year); }
  });
  const zh = (x: string, y: string) => x.localeCompare(y, "zh-CN");
  return {
    labels: [...labels], relationships: [...rels], leagues: [...leagues].sort(zh), districts: [...districts].sort(zh),
    years: lo <= hi ? [lo, hi] : null,
  };
}

export type { GraphNode };
