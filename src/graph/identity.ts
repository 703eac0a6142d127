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

/** `paired_with:` and 16 hex digits of a 64-bit FNV-1a hash of the edge's key: stable, and cheap for millions of edges.
 * (The key's parts are hashed one after another, as the hash of their join: no key string is built per edge.) */
export function edgeId(edge: Pick<GraphEdgeInput, "type" | "source" | "target"> & { props?: GraphEdgeInput["props"] }): string {
  const h = new Fnv64();
  h.add(edge.type).add("|").add(edge.source).add("|").add(edge.target);
  if (edge.type === "FUNDED" || edge.type === "INVESTED_IN") {
    const amount = edge.props?.["amountYuan"];
    if (amount !== undefined && amount !== null) h.add("|").add(String(amount));
  }
  return `${lowerType(edge.type)}:${h.hex()}`;
}

const lowered = new Map<string, string>();
/** A type's lower-case form, made once per type rather than once per edge. */
function lowerType(type: string): string {
  let low = lowered.get(type);
  if (low === undefined) lowered.set(type, (low = type.toLowerCase()));
  return low;
}

/** FNV-1a over UTF-16 units in two 32-bit lanes (offset bases of the 64-bit variant's halves). */
class Fnv64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  add(text: string): this {
    let hi = this.hi;
    let lo = this.lo;
    for (let i = 0; i < text.length; i++) {
      lo ^= text.charCodeAt(i);
      // Multiply the 64-bit state by the FNV prime 0x100000001b3, keeping 64 bits.
      const loMul = Math.imul(lo, 0x1b3);
      const carry = Math.floor(((lo >>> 0) * 0x1b3) / 0x100000000);
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) | 0;
      lo = loMul;
    }
    this.hi = hi;
    this.lo = lo;
    return this;
  }

  hex(): string {
    const { hi, lo } = this;
    return BYTE_HEX[hi >>> 24]! + BYTE_HEX[(hi >>> 16) & 255]! + BYTE_HEX[(hi >>> 8) & 255]! + BYTE_HEX[hi & 255]! +
      BYTE_HEX[lo >>> 24]! + BYTE_HEX[(lo >>> 16) & 255]! + BYTE_HEX[(lo >>> 8) & 255]! + BYTE_HEX[lo & 255]!;
  }
}

/** Two hex digits for each byte: a table is several times quicker than toString(16) and padStart per edge. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
