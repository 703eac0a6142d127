// 三个街道共捐赠…135万元, 两镇分别捐助…50万元、30万元: Beijing towns or villages a counted word stands for, each giving to its partner.
import type { Sentence } from "../normalise/index.js";
import { amountsIn, hanNumber } from "./amounts.js";
import { ArticleContext, refAt, type Ref, type Relation } from "./context.js";
import { yearIn } from "./years.js";

/** A counted word for towns, streets or villages (两镇, 三个街道, 两乡镇, 4个村); its kind's names end as KIND_END says. */
const COUNTED_WORD = /(两|[三四五六七八九十]|[2-9])个?(街道|乡镇|镇街|镇|乡|村)/;
const COUNTED = new RegExp(COUNTED_WORD.source, "g");
const KIND_END: Record<string, RegExp> = { 街道: /街道$/, 乡镇: /[镇乡]$/, 镇街: /(镇|乡|街道)$/, 镇: /镇$/, 乡: /乡$/, 村: /村$/ };
/** A gift after the counted word, in its clause (共捐赠, 全年向结对镇捐助, 分别捐款). */
const GIFT = /^[^。；;]{0,16}?(捐赠|捐助|捐款|捐资|出资|资助)/;

/** The Beijing units a counted word at `at` in `s` stands for: those of its kind named before it in the paragraph, each paired with
 * one partner of Inner Mongolia, as many as it counts; none where they differ. */
export function countedGivers(ctx: ArticleContext, s: Sentence, at: number, end: number): { givers: Ref[]; end: number } | undefined {
  const text = ctx.text.slice(at, end);
  for (const m of text.matchAll(COUNTED)) {
    const start = at + m.index!;
    // (Not a count of one's own side's units, nor inside a name: 两镇 of Beijing only, 镇村两级 is no count.)
    if (ctx.inMention(start) || !GIFT.test(ctx.text.slice(start + m[0].length, s.end))) continue;
    const count = /[0-9]/.test(m[1]!) ? Number(m[1]) : m[1] === "两" ? 2 : hanNumber(m[1]!);
    const paragraphStart = ctx.sentences.find((x) => x.paragraph === s.paragraph)?.start ?? s.start;
    const seen = new Set<string>();
    const givers: Ref[] = [];
    for (const r of ctx.within(paragraphStart, start)) {
      if (seen.has(r.entity.id) || !KIND_END[m[2]!]!.test(r.entity.name) || (r.entity.label !== "Township" && r.entity.label !== "Village")) continue;
      if (ctx.sideOf(r.entity) !== "beijing" || !ctx.onlyPartner(r.entity.id)) continue;
      seen.add(r.entity.id);
      givers.push(refAt(r.entity, start));
    }
    return givers.length === count ? { givers, end: start + m[0].length } : undefined;
  }
  return undefined;
}

/** 三个街道共捐赠帮扶资金135万元: each town the count stands for gives to its partner, the sum shared. */
export function countedGifts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    if (!COUNTED_WORD.test(s.text)) continue;
    const found = countedGivers(ctx, s, s.start, s.end);
    // (Each its own sum after 分别 is read with the others given respectively.)
    if (!found || ctx.text.slice(found.end, s.end).includes("分别")) continue;
    const sums = amountsIn(ctx.text.slice(found.end, s.end), found.end);
    if (sums.length !== 1) continue;
    const sum = sums[0]!;
    // (Not where another is named given to: 两个街道共同向鄂伦春自治旗残疾人联合会捐赠…, 两镇共向我旗捐赠.)
    if (ctx.within(found.end, sum.start).some((r) => r.entity.label !== "Person") || /[向为给](?:我|该|本)?[旗县市盟]/.test(ctx.text.slice(found.end, sum.start))) continue;
    for (const g of found.givers) {
      const partner = ctx.onlyPartner(g.entity.id)!;
      out.push({ type: "FUNDED", source: g.entity.id, target: partner.id, props: { amountYuan: sum.yuan, approx: sum.approx, purpose: "", year: yearIn(s.text, ctx.year), shared: found.givers.length > 1 }, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
