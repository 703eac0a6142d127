// Stable identities: node ids per the ontology and edge ids derived from what makes a relationship distinct.
import { createHash } from "node:crypto";
import type { GraphEdgeInput, NodeLabel } from "./schema.js";

/** `banner:152527` for coded admin units, else `person:张春明` (label lower-cased, canonical name). */
export function nodeId(label: NodeLabel, name: string, code?: string | null): string {
  const prefix = label.toLowerCase();
  return code ? `${prefix}:${code}` : `${prefix}:${name}`;
}

/**
 * What makes two edges the same relationship. A FUNDED or INVESTED_IN with another amount is another
 * fact; everything else is one relationship per type and ends, whatever the number of sources.
 */
export function edgeKey(edge: Pick<GraphEdgeInput, "type" | "source" | "target"> & { props?: GraphEdgeInput["props"] }): string {
  const base = `${edge.type}|${edge.source}|${edge.target}`;
  if (edge.type === "FUNDED" || edge.type === "INVESTED_IN") {
    const amount = edge.props?.["amountYuan"];
    return amount === undefined || amount === null ? base : `${base}|${String(amount)}`;
  }
  return base;
}

export function edgeId(edge: Pick<GraphEdgeInput, "type" | "source" | "target"> & { props?: GraphEdgeInput["props"] }): string {
  return `${edge.type.toLowerCase()}:${createHash("sha1").update(edgeKey(edge)).digest("hex").slice(0, 16)}`;
}
