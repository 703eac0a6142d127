// Layout logic without a worker or a page: seeded start positions, the settling rule, and saved positions.
import { z } from "zod";

/** FNV-1a, 32 bits: a cheap stable hash so positions depend on the node id, not on load order. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A point in the unit disc (scaled by 100) chosen by the node id and the seed. */
export function seededPosition(id: string, seed: number): { x: number; y: number } {
  const a = fnv1a(id, seed) / 4294967296;
  const b = fnv1a(id, seed ^ 0x9e3779b9) / 4294967296;
  const r = Math.sqrt(b) * 100;
  return { x: r * Math.cos(2 * Math.PI * a), y: r * Math.sin(2 * Math.PI * a) };
}

/** Identifies a graph's shape, so saved positions are only reused for the same nodes and edges. */
export function graphFingerprint(nodeIds: Iterable<string>, edgeIds: Iterable<string>, seed: number): string {
  let h = fnv1a(String(seed));
  let n = 0, m = 0;
  for (const id of nodeIds) { h = fnv1a(id, h); n++; }
  let he = 0x811c9dc5;
  for (const id of edgeIds) { he = fnv1a(id, he); m++; }
  return `${n}-${m}-${h.toString(16)}-${he.toString(16)}`;
}

const SavedPositions = z.object({
  fingerprint: z.string(),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
});
export type SavedPositions = z.infer<typeof SavedPositions>;

export function encodePositions(fingerprint: string, positions: Iterable<[string, number, number]>): string {
  const out: Record<string, [number, number]> = {};
  // Three decimals are plenty on screen and keep a 10k-node layout well inside browser storage quotas.
  for (const [id, x, y] of positions) out[id] = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
  return JSON.stringify({ fingerprint, positions: out });
}

/** Saved positions for this fingerprint, or null when absent, stale or malformed. */
export function decodePositions(text: string | null, fingerprint: string): Map<string, [number, number]> | null {
  if (!text) return null;
  let json: unknown;
  try { json = JSON.parse(text); } catch { return null; }
  const parsed = SavedPositions.safeParse(json);
  if (!parsed.success || parsed.data.fingerprint !== fingerprint) return null;
  return new Map(Object.entries(parsed.data.positions));
}
