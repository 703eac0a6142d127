// WORKS_AT of one named only as another's colleague (和同事何嘉怡, 同院的秦悦), or led by another of a body named with them
// (…医院眼科主任黄志远带领眼科副主任医师邵婷、…): the body the other works at.
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

/** Between a leader and one of those led: 带领, then titles and names the list's marks part (带领眼科副主任医师邵婷、主治医师罗航和…). */
const LED = /^(?:带领|率领)(?:[\u4e00-\u9fff]{1,16}?[、和及]){0,8}([\u4e00-\u9fff]{0,12})$/;

/** Each person a leader leads, named with a title and no body of their own, given the body the leader is said in the sentence to
 * work at, with the title before their name. */
export function ledMembers(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  if (!/(带领|率领)/.test(ctx.text)) return out;
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || homes.some((h) => h.source === p.entity.id)) continue;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    const inSentence = ctx.within(s.start, p.mention.start);
    const leader = inSentence.filter((r) => r.entity.label === "Person" && r.entity.id !== p.entity.id).find((r) => LED.test(ctx.text.slice(r.mention.end, p.mention.start)));
    if (!leader || inSentence.some((r) => r.mention.start >= leader.mention.end && r.entity.label !== "Person")) continue;
    const home = homes.find((h) => h.type === "WORKS_AT" && h.source === leader.entity.id && h.evidence.start === s.start && ctx.entities.get(h.target)?.label !== "Person");
    const title = LED.exec(ctx.text.slice(leader.mention.end, p.mention.start))![1]!;
    if (home) out.push({ type: "WORKS_AT", source: p.entity.id, target: home.target, props: title ? { role: title } : {}, confidence: 0.6, evidence: ctx.evidence(s) });
  }
  return out;
}
