// Evidence for the side panel: each relationship of a node with its sentences, and an article split around a sentence.
import type { Evidence, PropValue, RelationshipType } from "../../../src/graph/schema.js";
import { articleOf, type ViewerGraph } from "./model.js";

export interface EvidenceItem extends Evidence { title: string; hasText: boolean }

export interface RelationshipItem {
  edge: string;
  type: RelationshipType;
  direction: "out" | "in";
  other: string;
  otherName: string;
  confidence: number | null;
  props: Record<string, PropValue>;
  evidence: EvidenceItem[];
}

/** A node's relationships, strongest first, each with its evidence and the source article's title. */
export function relationshipsOf(graph: ViewerGraph, node: string, edges?: Set<string>): RelationshipItem[] {
  const out: RelationshipItem[] = [];
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (edges && !edges.has(edge)) return;
    const direction = source === node ? "out" : "in";
    const other = direction === "out" ? target : source;
    out.push({
      edge, type: a.type, direction, other, otherName: graph.getNodeAttribute(other, "name"),
      confidence: a.confidence, props: a.props,
      evidence: a.evidence.map((ev) => {
        const art = articleOf(graph, ev.article);
        return { ...ev, title: art?.title ?? ev.article, hasText: art?.text != null };
      }),
    });
  });
  const typeOrder = (t: RelationshipType) => (t === "MENTIONED_IN" ? 1 : 0);
  return out.sort((x, y) => typeOrder(x.type) - typeOrder(y.type) || (y.confidence ?? 0) - (x.confidence ?? 0) || x.type.localeCompare(y.type));
}

export interface ArticleExcerpt { title: string; before: string; sentence: string; after: string; located: boolean }

/**
 * The article's text split around the evidence sentence. Offsets are trusted when they point at the sentence;
 * otherwise the sentence is looked up in the text, so a stale offset still highlights the right place.
 */
export function articleExcerpt(graph: ViewerGraph, ev: Evidence): ArticleExcerpt | null {
  const art = articleOf(graph, ev.article);
  if (!art || art.text === null) return null;
  const text = art.text;
  let start = ev.start, end = ev.end;
  let located = end > start && end <= text.length && (ev.sentence === "" || text.slice(start, end) === ev.sentence);
  if (!located && ev.sentence) {
    const at = text.indexOf(ev.sentence);
    if (at >= 0) { start = at; end = at + ev.sentence.length; located = true; }
  }
  if (!located) return { title: art.title, before: text, sentence: "", after: "", located: false };
  return { title: art.title, before: text.slice(0, start), sentence: text.slice(start, end), after: text.slice(end), located };
}
