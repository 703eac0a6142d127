// How the interchange graph maps to Neo4j: rows for the loader, and nodes/relationships read back into GraphNode/GraphEdge.
import neo4j, { isInt, isNode, isPath, isRelationship, type Integer, type Node, type Relationship } from "neo4j-driver";
import { z } from "zod";
import { NODE_LABELS, RELATIONSHIP_TYPES, type Evidence, type GraphEdge, type GraphNode, type NodeLabel, type PropValue, type Props, type RelationshipType } from "../graph/schema.js";

/** Label every loaded node also carries, so relationships find their ends through one unique index. */
export const ENTITY_LABEL = "Entity";
/** Node properties the loader owns; graph props of the same name are not copied over them. */
const NODE_RESERVED = new Set(["id", "name", "aliases"]);
/** Evidence is stored as four parallel arrays: Neo4j properties cannot hold a list of maps. */
const EVIDENCE_KEYS = ["evidenceArticles", "evidenceSentences", "evidenceStarts", "evidenceEnds"] as const;
const EDGE_RESERVED = new Set<string>(["id", "confidence", ...EVIDENCE_KEYS]);

type Neo4jValue = string | number | boolean | Integer | string[] | number[] | Integer[];

export interface NodeRow {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  props: Record<string, Neo4jValue>;
}

export interface EdgeRow {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  props: Record<string, Neo4jValue>;
  confidence: number | null;
  evidenceArticles: string[];
  evidenceSentences: string[];
  evidenceStarts: Integer[];
  evidenceEnds: Integer[];
}

/** JS numbers travel as floats; whole numbers go as Neo4j integers so `since: 2018` reads back as 2018, not 2018.0. */
function toNeo4j(value: PropValue): Neo4jValue | undefined {
  if (value === null) return undefined; // null means "not stated": never erase what another corpus stated
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.length > 0 && typeof value[0] === "number") {
    const nums = value as number[];
    return nums.every((n) => Number.isSafeInteger(n)) ? nums.map((n) => neo4j.int(n)) : nums;
  }
  return value as Neo4jValue;
}

function propsRow(props: Props, reserved: Set<string>): Record<string, Neo4jValue> {
  const out: Record<string, Neo4jValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (reserved.has(k)) continue;
    const converted = toNeo4j(v);
    if (converted !== undefined) out[k] = converted;
  }
  return out;
}

export function nodeRow(node: GraphNode): NodeRow {
  return { id: node.id, label: node.label, name: node.name, aliases: [...new Set(node.aliases)], props: propsRow(node.props, NODE_RESERVED) };
}

export function edgeRow(edge: GraphEdge): EdgeRow {
  const ev = edge.evidence ?? [];
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    props: propsRow(edge.props, EDGE_RESERVED),
    confidence: edge.confidence ?? null,
    evidenceArticles: ev.map((e) => e.article),
    evidenceSentences: ev.map((e) => e.sentence),
    evidenceStarts: ev.map((e) => neo4j.int(e.start)),
    evidenceEnds: ev.map((e) => neo4j.int(e.end)),
  };
}

// ---- reading back -------------------------------------------------------------------------------

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function fromInt(v: Integer): number | string {
  return v.inSafeRange() ? v.toNumber() : v.toString();
}

/** A Neo4j property value as a graph prop: integers to numbers, temporal and spatial values to their text. */
function toPropValue(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (isInt(v)) {
    const n = fromInt(v);
    return typeof n === "number" ? n : Number(n);
  }
  if (Array.isArray(v)) {
    const items = v.map(toPropValue);
    if (items.every((x) => typeof x === "number")) return items as number[];
    return items.map((x) => String(x));
  }
  return String(v);
}

const StoredNode = z.looseObject({
  id: z.string().min(1).optional(),
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});

export function graphNodeOf(node: Node): GraphNode | undefined {
  const label = node.labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  if (!label) return undefined;
  const p = StoredNode.parse(node.properties);
  const id = p.id ?? `neo4j:${node.elementId}`;
  const props: Props = {};
  for (const [k, v] of Object.entries(node.properties)) if (!NODE_RESERVED.has(k)) props[k] = toPropValue(v);
  return { id, label, name: p.name || id, aliases: p.aliases ?? [], props };
}

const StoredEvidence = z.object({
  evidenceArticles: z.array(z.string()).optional(),
  evidenceSentences: z.array(z.string()).optional(),
  evidenceStarts: z.array(z.number().int()).optional(),
  evidenceEnds: z.array(z.number().int()).optional(),
  confidence: z.number().min(0).max(1).optional(),
  id: z.string().min(1).optional(),
});

/** A relationship as a GraphEdge; `idOf` maps Neo4j element ids of its ends to graph node ids. */
export function graphEdgeOf(rel: Relationship, idOf: (elementId: string) => string | undefined): GraphEdge | undefined {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(rel.type)) return undefined;
  const source = idOf(rel.startNodeElementId);
  const target = idOf(rel.endNodeElementId);
  if (!source || !target) return undefined;
  const plain: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rel.properties)) plain[k] = toPropValue(v);
  const s = StoredEvidence.parse(plain);
  const props: Props = {};
  for (const [k, v] of Object.entries(plain)) if (!EDGE_RESERVED.has(k)) props[k] = v as PropValue;
  const edge: GraphEdge = { id: s.id ?? `neo4j:${rel.elementId}`, type: rel.type as RelationshipType, source, target, props };
  if (s.confidence !== undefined) edge.confidence = s.confidence;
  if (s.evidenceArticles) {
    const evidence: Evidence[] = s.evidenceArticles.map((article, i) => ({
      article,
      sentence: s.evidenceSentences?.[i] ?? "",
      start: s.evidenceStarts?.[i] ?? 0,
      end: s.evidenceEnds?.[i] ?? 0,
    }));
    edge.evidence = evidence;
  }
  return edge;
}

/** A result value as plain JSON for tables, JSON and CSV output. */
export function toJson(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (isInt(v)) return fromInt(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (isNode(v)) {
    return { id: toJson(v.properties["id"] ?? v.elementId), labels: v.labels, name: toJson(v.properties["name"] ?? null) };
  }
  if (isRelationship(v)) {
    return { id: toJson(v.properties["id"] ?? v.elementId), type: v.type, start: v.startNodeElementId, end: v.endNodeElementId };
  }
  if (isPath(v)) {
    return { start: toJson(v.start), end: toJson(v.end), length: v.length, nodes: [v.start, ...v.segments.map((s) => s.end)].map((n) => toJson(n)) };
  }
  if (typeof v === "object" && v.constructor === Object) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toJson(x)]));
  }
  return String(v);
}
