// Flat attributes shared by the XML and table formats: what a node or edge becomes when only strings and numbers fit.
import { z } from "zod";
import { Evidence, NodeLabel, Props, RelationshipType, type GraphEdge, type GraphNode } from "../graph/schema.js";
import { ExportError } from "./format.js";

/** Node attributes: `kind` is the ontology label; aliases and props travel as JSON so nothing is lost. */
export interface NodeAttributes {
  kind: string;
  name: string;
  aliases: string;
  props: string;
  [extra: string]: string | number;
}

/** Edge attributes: evidence travels as JSON (for round trips) and as readable sentences (for people). */
export interface EdgeAttributes {
  type: string;
  confidence: number;
  props: string;
  evidence: string;
  sentences: string;
  sources: number;
  [extra: string]: string | number;
}

export const SENTENCE_SEPARATOR = " ‖ ";

export function nodeAttributes(n: GraphNode): NodeAttributes {
  return { kind: n.label, name: n.name, aliases: JSON.stringify(n.aliases), props: JSON.stringify(n.props) };
}

export function edgeAttributes(e: GraphEdge): EdgeAttributes {
  const evidence = e.evidence ?? [];
  return {
    type: e.type,
    // -1 marks "not stated" (MENTIONED_IN), since GEXF and GraphML attributes need one type per column.
    confidence: e.confidence ?? -1,
    props: JSON.stringify(e.props),
    evidence: JSON.stringify(evidence),
    sentences: evidence.map((x) => x.sentence).join(SENTENCE_SEPARATOR),
    sources: new Set(evidence.map((x) => x.article)).size,
  };
}

function json<T>(schema: z.ZodType<T>, text: unknown, where: string): T {
  if (typeof text !== "string") throw new ExportError(`${where}: missing`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ExportError(`${where}: not JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ExportError(`${where}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export function nodeFromAttributes(id: string, attrs: Record<string, unknown>, origin: string): GraphNode {
  const label = NodeLabel.safeParse(attrs["kind"]);
  if (!label.success) throw new ExportError(`${origin}: node ${id} has no known kind (got ${String(attrs["kind"])})`);
  return {
    id,
    label: label.data,
    name: String(attrs["name"] ?? id),
    aliases: json(z.array(z.string()), attrs["aliases"] ?? "[]", `${origin}: aliases of node ${id}`),
    props: json(Props, attrs["props"] ?? "{}", `${origin}: props of node ${id}`),
  };
}

export function edgeFromAttributes(id: string, source: string, target: string, attrs: Record<string, unknown>, origin: string): GraphEdge {
  const type = RelationshipType.safeParse(attrs["type"]);
  if (!type.success) throw new ExportError(`${origin}: edge ${id} has no known type (got ${String(attrs["type"])})`);
  const edge: GraphEdge = { id, type: type.data, source, target, props: json(Props, attrs["props"] ?? "{}", `${origin}: props of edge ${id}`) };
  const confidence = Number(attrs["confidence"]);
  if (Number.isFinite(confidence) && confidence >= 0) edge.confidence = confidence;
  const evidence = json(z.array(Evidence), attrs["evidence"] ?? "[]", `${origin}: evidence of edge ${id}`);
  if (evidence.length > 0 || attrs["evidence"] !== undefined && type.data !== "MENTIONED_IN") edge.evidence = evidence;
  return edge;
}
