// Accumulates nodes and relationships from many articles: aliases and evidence unioned, counts summed.
import { edgeId } from "./identity.js";
import type { Evidence, Graph, GraphEdge, GraphNode, NodeLabel, Props, RelationshipType } from "./schema.js";

export interface GraphBuilderOptions {
  /** How many evidence entries one relationship keeps (the strongest first, then by position). */
  maxEvidencePerEdge: number;
}
const DEFAULTS: GraphBuilderOptions = { maxEvidencePerEdge: 20 };

export interface EdgeInput {
  type: RelationshipType;
  source: string;
  target: string;
  props?: Props;
  confidence?: number;
  evidence?: Evidence[];
}

export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  /** Edges by source, then target: the few edges between two ends are told apart by type and amount in a short list.
   * (One map per pair of ends, not one per type and per amount besides: those maps were most of what the builder
   * allocated.) Keyed by strings the ids already are, whose hashes V8 keeps. */
  private readonly edgeIndex = new Map<string, Map<string, Slot[]>>();
  /** Edges in the order first added: the graph's order. */
  private readonly edgeList: GraphEdge[] = [];
  private readonly options: GraphBuilderOptions;

  constructor(options: Partial<GraphBuilderOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** Adds a node or merges it into the one with the same id (aliases unioned, props filled not overwritten). */
  addNode(node: { id: string; label: NodeLabel; name: string; aliases?: string[]; props?: Props }): GraphNode {
    const existing = this.nodes.get(node.id);
    if (!existing) {
      const created: GraphNode = {
        id: node.id, label: node.label, name: node.name,
        aliases: [...new Set([node.name, ...(node.aliases ?? [])])],
        props: { ...(node.props ?? {}) },
      };
      this.nodes.set(node.id, created);
      return created;
    }
    for (const a of node.aliases ?? []) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    if (!existing.aliases.includes(node.name)) existing.aliases.push(node.name);
    for (const [k, v] of Object.entries(node.props ?? {})) {
      if (existing.props[k] === undefined || existing.props[k] === null) existing.props[k] = v;
    }
    return existing;
  }

  /** Adds a relationship or merges evidence into the same one; confidence keeps the highest. */
  addEdge(input: EdgeInput): GraphEdge {
    const props = input.props ?? {};
    // (A FUNDED or INVESTED_IN with another amount is another fact: see edgeKey.)
    const amount = input.type === "FUNDED" || input.type === "INVESTED_IN" ? props["amountYuan"] : undefined;
    const amountKey = amount === undefined || amount === null ? "" : String(amount);
    const slots = this.slots(input.source, input.target);
    const existing = slots.find((x) => x.type === input.type && x.amountKey === amountKey)?.edge;
    if (!existing) {
      // The id is derived from the key when the graph is built: hashing every edge as it comes is wasted work.
      const edge: GraphEdge = { id: "", type: input.type, source: input.source, target: input.target, props: { ...props } };
      if (input.confidence !== undefined) edge.confidence = input.confidence;
      if (input.evidence) {
        edge.evidence = [];
        this.addEvidence(edge, input.evidence);
      }
      slots.push({ type: input.type, amountKey, edge });
      this.edgeList.push(edge);
      return edge;
    }
    if (input.type === "MENTIONED_IN") {
      existing.props["count"] = Number(existing.props["count"] ?? 0) + Number(props["count"] ?? 0);
    }
    for (const k in props) {
      if (existing.props[k] === undefined || existing.props[k] === null) existing.props[k] = props[k]!;
      // Articles that date a pairing differently: it stands since the earliest year any of them gives.
      else if (k === "since" && typeof props[k] === "number" && typeof existing.props[k] === "number") existing.props[k] = Math.min(existing.props[k] as number, props[k] as number);
      // A role said in general (专家 in a headline) yields to the post the text names (骨科副主任医师).
      else if (k === "role" && typeof props[k] === "string" && GENERAL_ROLE.test(String(existing.props[k])) && !GENERAL_ROLE.test(props[k] as string)) existing.props[k] = props[k]!;
    }
    if (input.confidence !== undefined) existing.confidence = Math.max(existing.confidence ?? 0, input.confidence);
    if (input.evidence) {
      existing.evidence ??= [];
      this.addEvidence(existing, input.evidence);
    }
    return existing;
  }

  /** The edges between two ends, of any type and amount. */
  private slots(source: string, target: string): Slot[] {
    let byTarget = this.edgeIndex.get(source);
    if (!byTarget) this.edgeIndex.set(source, (byTarget = new Map()));
    let slots = byTarget.get(target);
    if (!slots) byTarget.set(target, (slots = []));
    return slots;
  }

  /** Appends evidence not yet on the edge, up to the limit. (An edge keeps at most a few dozen: a scan of them is
   * cheaper than a set of keys per edge.) */
  private addEvidence(edge: GraphEdge, list: Evidence[]): void {
    const kept = edge.evidence!;
    for (const e of list) {
      if (kept.length >= this.options.maxEvidencePerEdge) return;
      if (kept.some((k) => k.article === e.article && k.start === e.start && k.end === e.end)) continue;
      kept.push(e);
    }
  }

  build(): Graph {
    const edges = [...this.edgeList];
    for (const e of edges) if (!e.id) e.id = edgeId(e);
    return { version: 1, nodes: [...this.nodes.values()], edges };
  }
}

const GENERAL_ROLE = /^(专家|干部|人员|工作人员|成员|队员)$/;
/** One edge between two given ends, with what tells it from the others between them. */
interface Slot {
  type: RelationshipType;
  amountKey: string;
  edge: GraphEdge;
}
