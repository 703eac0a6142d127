// Search over names, aliases and their pinyin: an index built once, suggestions ranked by how well they match.
import type { ViewerGraph } from "./model.js";
import type { NodeLabel } from "../../../src/graph/schema.js";

/** Turns Chinese text into pinyin forms; injected so the index works with or without a pinyin library. */
export type PinyinOf = (text: string) => { full: string; initials: string };

interface Entry { node: string; key: string; kind: "name" | "alias" | "pinyin" }
export interface SearchIndex { entries: Entry[] }

export interface Suggestion {
  node: string;
  name: string;
  label: NodeLabel;
  /** What matched: the name, an alias, or a pinyin form. */
  matched: string;
  kind: Entry["kind"];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, "");

export function buildSearchIndex(graph: ViewerGraph, pinyinOf?: PinyinOf): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((node, a) => {
    entries.push({ node, key: norm(a.name), kind: "name" });
    for (const alias of new Set(a.aliases)) if (alias !== a.name) entries.push({ node, key: norm(alias), kind: "alias" });
    if (pinyinOf && /[\u4e00-\u9fff]/.test(a.name)) {
      const p = pinyinOf(a.name);
      entries.push({ node, key: norm(p.full), kind: "pinyin" }, { node, key: norm(p.initials), kind: "pinyin" });
    }
  });
  return { entries };
}

/** Exact match first, then prefix, then substring; names before aliases before pinyin; shorter first. */
export function suggest(graph: ViewerGraph, index: SearchIndex, query: string, limit: number): Suggestion[] {
  const q = norm(query);
  if (!q) return [];
  const kindRank = { name: 0, alias: 1, pinyin: 2 } as const;
  const scored: { e: Entry; score: number }[] = [];
  for (const e of index.entries) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    const tier = e.key === q ? 0 : at === 0 ? 1 : 2;
    scored.push({ e, score: tier * 1e6 + kindRank[e.kind] * 1e5 + e.key.length });
  }
  scored.sort((x, y) => x.score - y.score || (x.e.node < y.e.node ? -1 : 1));
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const { e } of scored) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    const a = graph.getNodeAttributes(e.node);
    out.push({ node: e.node, name: a.name, label: a.label, matched: e.key, kind: e.kind });
    if (out.length >= limit) break;
  }
  return out;
}
