// Stable identities: node ids per the ontology and edge ids derived from what makes a relationship distinct.
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

/** `paired_with:` and 16 hex digits of a 64-bit FNV-1a hash of the edge's key: stable, and cheap for millions of edges. */
export function edgeId(edge: Pick<GraphEdgeInput, "type" | "source" | "target"> & { props?: GraphEdgeInput["props"] }): string {
  return `${edge.type.toLowerCase()}:${fnv1a64(edgeKey(edge))}`;
}

/** FNV-1a over UTF-16 units in two 32-bit lanes (offset bases of the 64-bit variant's halves). */
function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // Multiply the 64-bit state by the FNV prime 0x100000001b3, keeping 64 bits.
    const loMul = Math.imul(lo, 0x1b3);
    const carry = Math.floor(((lo >>> 0) * 0x1b3) / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) | 0;
    lo = loMul;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}
