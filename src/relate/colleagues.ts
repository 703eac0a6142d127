// WORKS_AT of one named only as another's colleague (和同事何嘉怡, 同院的秦悦): the body the other works at.
import type { ArticleContext, Relation } from "./context.js";

/** The words naming a colleague, and the kind of body the shared one must be where they say it (同院 a hospital). */
const COLLEAGUE = /(?:同事|同院的?|同校的?|同科室?的?|同单位的?)$/;
const KIND_OF: [RegExp, string][] = [[/同院/, "Hospital"], [/同校/, "School"]];

/** Each person after a colleague's word, given the home of the nearest person named before them in the paragraph. */
export function colleagues(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    const word = COLLEAGUE.exec(ctx.text.slice(Math.max(s.start, p.mention.start - 6), p.mention.start))?.[0];
    if (!word || homes.some((h) => h.source === p.entity.id)) continue;
    // (The other is the last person named before, not the colleague again: 张伟和同事何嘉怡.)
    const other = ctx.recent(p.mention.start - word.length, s, (r) => r.entity.label === "Person" && r.entity.id !== p.entity.id, 2);
    const kind = KIND_OF.find(([k]) => k.test(word))?.[1];
    const home = other ? homes.find((h) => h.type === "WORKS_AT" && h.source === other.entity.id && (!kind || ctx.entities.get(h.target)?.label === kind)) : undefined;
    if (home) out.push({ type: "WORKS_AT", source: p.entity.id, target: home.target, props: {}, confidence: 0.6, evidence: ctx.evidence(s) });
  }
  return out;
}
