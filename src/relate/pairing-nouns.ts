// PAIRED_WITH said by what one partner is to the other: "科右中旗是朝阳区的对口帮扶旗县", "作为房山区的结对帮扶地区，镶黄旗…".
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref } from "./context.js";
import { chainStart, listedWithLast, mostSpecific, runEnd } from "./ref-runs.js";
import { orient } from "./pairing-terms.js";
import { ownUnit, subjectAfter } from "./pairing-subjects.js";

/** 的 and a pairing's word before what the partner is to the one named before 的 (的对口帮扶旗县, 的结对帮扶地区). */
// (The programme's name may stand before 的: 通州区东西部协作的结对地区; the verb's 的 after the word, ending the clause:
// 作为北京市昌平区对口帮扶的旗县，锡林郭勒盟太仆寺旗…; one of several: 化德县是东城区的另外一个结对县.)
const PARTNER_NOUN = /的?(?:另外|另)?(?:一个|一家|一所)?(?:(?:京蒙协作|东西部协作|京蒙)的?)?(?:对口帮扶|结对帮扶|对口支援|对口协作|结对|帮扶|协作|对口)(?:(?:旗县|地区|对象|城区|城市|县|旗|市|盟|区|伙伴|单位|镇|乡|苏木|街道|村|嘎查|学校|校|医院)(?![\u4e00-\u9fff]{0,2}(?:资金|项目|干部))|的(?:旗县|地区|县|旗|盟市)(?=[，,]|之一))/g;

const ANY_PARTNER_NOUN = new RegExp(PARTNER_NOUN.source);

/** Whether a text names a partner by what it is to another anywhere (most articles do not: their sentences are not looked at). */
export const namesPartners = (text: string) => ANY_PARTNER_NOUN.test(text);

/** Each pair a sentence states by naming a partner (the owner before 的 and the one it is said of), in the order they are read. */
export function partnerNounPairs(ctx: ArticleContext, s: Sentence, found: (pair: [Ref, Ref] | null) => void): void {
  for (const m of s.text.matchAll(PARTNER_NOUN)) {
    const at = s.start + m.index!;
    // (The owner may be a word pointing at it, and 的 left out: 西城区作为我旗结对帮扶区.)
    const pointed = pointersIn(ctx, s, s.start, at).filter((p) => p.end === at).map((p) => refAt(p.ref.entity, p.start, p.end));
    const owners = mostSpecific(ctx, [...ctx.within(s.start, at).filter((r) => r.mention.end === at && r.entity.label !== "Person"), ...pointed]);
    const owner = owners[owners.length - 1];
    if (!owner) continue;
    const clause = ctx.clauses(s).find((c) => at >= c.start && at < c.end);
    if (!clause) continue;
    // (Owners may be listed, each the subject's partner: 北京市朝阳区作为科右中旗、扎赉特旗的结对帮扶区.)
    const listed = owner.mention.surface === undefined ? [owner] : listedWithLast(ctx, mostSpecific(ctx, ctx.within(clause.start, at).filter((r) => r.entity.label !== "Person" && r.mention.end <= owner.mention.end)), /^(、|和|及)$/, true);
    // The subject: before 是 in the same clause, else, after 作为 opening the clause, the name opening the next.
    // (The owner written with its chain, 北京市朝阳区, is looked before from the chain's head.)
    const head = chainStart(ctx, clause.start, listed[0] ?? owner);
    const lead = ctx.text.slice(clause.start, head);
    let subject: Ref | undefined;
    if (/^(作为|身为)$/.test(lead)) {
      subject = subjectAfter(ctx, s, clause, owner);
      // (Or, in a banner's own voice, the banner it speaks as: 作为北京市东城区京蒙协作结对帮扶县，本月东城区拨付我县….)
      const own = !subject && ctx.sideOf(owner.entity) === "beijing" ? ownUnit(ctx, s) : undefined;
      if (own) subject = refAt(own, owner.mention.start);
    }
    // (Or before 作为, or 为: 北京市丰台区作为正镶白旗的京蒙协作结对区, 哈拉哈达镇为顺义区仁和镇结对帮扶镇.)
    else if (/(是|为|作为)$/.test(lead)) {
      const before = ctx.within(clause.start, head - (/作为$/.test(lead) ? 2 : 1)).filter((r) => r.entity.label !== "Person");
      const first = before[0];
      if (first && /^[\s]*$/.test(ctx.text.slice(clause.start, first.mention.start))) subject = before[runEnd(before, 0)];
      // (Or closing the clause before, 是 opening this one: 位于锡林郭勒盟南端的太仆寺旗，是平谷区的结对帮扶旗县.)
      const previous = ctx.clauses(s).find((c) => c.end <= clause.start && c.end >= clause.start - 1 && c.start >= s.start && c.end > c.start);
      const closing = !subject && lead === "是" && previous ? ctx.within(previous.start, previous.end).filter((r) => isPlace(r.entity) || isInstitution(r.entity)).pop() : undefined;
      if (closing && /^[,，]?$/.test(ctx.text.slice(closing.mention.end, clause.start))) subject = closing;
      // (Or opening the sentence, what lies between saying no more of anyone: 赤峰市喀喇沁旗地处燕山北麓，是北京市西城区的结对帮扶旗.)
      const opening = !subject && lead === "是" ? ctx.within(ctx.bodyStart(s), clause.start) : [];
      const leading = opening[0];
      if (leading && leading.mention.start === ctx.bodyStart(s) && isPlace(leading.entity) && runEnd(opening, 0) === opening.length - 1) subject = opening[opening.length - 1];
    }
    // (Or named after 是: 我们镇的结对镇是丰台区王佐镇, 我们镇的对口单位是大兴区礼贤镇.)
    if (!subject && /^(的)?$/.test(lead.replace(/^[^,，]*[,，]/, "")) && ctx.text.startsWith("是", at + m[0].length)) {
      const named = ctx.within(at + m[0].length + 1, clause.end).filter((r) => r.entity.label !== "Person" && r.entity.label !== "Province");
      if (named[0] && named[0].mention.start === at + m[0].length + 1) subject = named[runEnd(named, 0)];
    }
    // (A state, not an event: only a start the sentence states dates it, not a year heading it, 2023年，西城区作为我旗结对帮扶区….)
    if (subject) for (const o of listed.length > 0 ? listed : [owner]) found(orient(ctx, o, subject, false));
  }
}
