// What money is for, as the words around its sum say: the rest of its clause, a next clause, an item's head, goods given.
import { BULLET, type Sentence } from "../normalise/index.js";
import { amountsIn } from "./amounts.js";
import { ArticleContext, clauseBefore, isPlace, type Ref } from "./context.js";

/** An item of a list: 1.…, （一）…, 一是…, ①…, and one a mark or a dash opens (●…, ——长顺镇…产业园：援助资金3200万元). */
export const LIST_ITEM = new RegExp(`^(?:[0-9]{1,2}[.、．]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|[\u2460-\u2473\u2776-\u2793]|${BULLET}|——(?=[\u4e00-\u9fff]))`);

/** The clause before an item's sum, without its number and the receiver it opens with (肉牛养殖小区建设项目). */
export function itemHead(ctx: ArticleContext, clauses: { start: number; end: number }[], clause: { start: number; end: number }, targets: Ref[]): string {
  const before = clauseBefore(clauses, clause.start);
  // (Nor the words that open a total's parts: 这笔钱里，1200万元投向….)
  if (!before || amountsIn(ctx.text.slice(before.start, before.end)).length > 0 || /^(这笔|这些|上述)[\u4e00-\u9fff]{1,3}[里中][,，]?$/.test(ctx.text.slice(before.start, before.end))) return "";
  // (Past 其中 and the places it opens with: 其中在翁牛特旗梧桐花镇建设设施农业园区 is for 建设设施农业园区.)
  let at = before.start + (LIST_ITEM.exec(ctx.text.slice(before.start, before.end))?.[0].length ?? 0);
  at += /^(?:其中[,，]?)?(?:在|为|向|给)?/.exec(ctx.text.slice(at, before.end))![0].length;
  for (const r of ctx.within(at, before.end)) {
    if (r.mention.start !== at || !isPlace(r.entity)) break;
    at = r.mention.end;
  }
  if (targets.some((t) => ctx.text.startsWith(t.mention.surface, at))) at += targets.find((t) => ctx.text.startsWith(t.mention.surface, at))!.mention.surface.length;
  const head = ctx.text.slice(at, before.end).replace(/[,，:：]$/, "");
  return /^[\u4e00-\u9fff]{2,40}$/.test(head) ? head : "";
}

/** Goods given and their worth: 捐赠物资价值45万元 is for 物资. */
export function givenBefore(lead: string): string {
  return /(?:捐赠|捐献|赠送|捐助|援助)了?([\u4e00-\u9fff]{2,16}?)[,，]?(?:价值|折合|合计|总价值)(?:约|近|达)?$/.exec(lead)?.[1] ?? "";
}

/** What money is for: the rest of its clause (用于建设…), else a next clause that says it (，用于扶持肉牛养殖；，重点支持肉羊产业；，援建…). */
export function purposeOf(ctx: ArticleContext, end: number, clause: { start: number; end: number }, clauses: { start: number; end: number }[]): string {
  const tidy = (t: string) => t.replace(/^(人民币)?(的|,|，)?(主要|专项|重点)?(用于|实施|推进|开展|建设|新建|为|在|对|帮助|支持)?了?/, "").replace(/[。!?;；…,，]+$/, "").slice(0, 40);
  // (The kind of money after its sum, 投入近亿元资金, says nothing of what it is for.)
  const rest = tidy(ctx.text.slice(end, clause.end)).replace(/^[\u4e00-\u9fff]{0,8}(资金|款项|经费|善款)$/, "");
  // 捐赠救护车2辆，价值80万元: what is worth the amount is what the clause before gave.
  const before = clauseBefore(clauses, clause.start);
  if (before && /^价值/.test(ctx.text.slice(clause.start, end)) && !rest) {
    const given = /(捐赠|捐献|赠送|援助|捐助|购置|配备)了?([^,，。]{2,30})$/.exec(ctx.text.slice(before.start, before.end).replace(/[,，]$/, ""));
    if (given) return given[2]!.replace(/^的/, "");
  }
  // (Or where it went and what there: 1200万元投向宝昌镇的肉牛养殖园区 is for 肉牛养殖园区.)
  const there = /^(?:投向|投到|用在|用到)[\u4e00-\u9fff]{1,12}?的([\u4e00-\u9fff]{2,20})$/.exec(rest);
  if (there) return there[1]!;
  // (What follows may only say where it went: 5000万元给鄂伦春旗，建设了…基地.)
  if (rest && !/^(给|到|向|至|投向)[\u4e00-\u9fff]{1,12}$/.test(rest)) return rest;
  // (Not a next clause with a sum of its own: 其中支持敖汉旗6100万元，支持翁牛特旗5100万元 is another grant.)
  const next = clauses.find((c) => c.start >= clause.end);
  const text = next && amountsIn(ctx.text.slice(next.start, next.end)).length === 0 ? ctx.text.slice(next.start, next.end) : "";
  const where = /^在[\u4e00-\u9fff]{2,16}?(?=建设|实施|新建|建立|发展)/.exec(text)?.[0] ?? receivers(ctx, text ? next : undefined);
  // (援建 and 捐建 say what the money built, and so does 建设 right after the sum: …3000万元，建设…产业园.)
  return /^(主要|专项|重点)?(用于|支持|扶持|援建|捐建)/.test(text) || (where && /^(帮助|资助)/.test(where)) || (!rest && /^(建设|新建)/.test(text)) || ((rest || where) && /^(建设|实施|发展|建立|新建)了?/.test(text.slice(where.length))) ? tidy(text.slice(where.length)) : "";
}

/** The helping verb and the names that open a clause (，帮助察右中旗科布尔镇黄羊城村修建村级道路): what it is for follows them. */
function receivers(ctx: ArticleContext, clause: { start: number; end: number } | undefined): string {
  const verb = clause && /^(?:用于)?(帮助|支持|扶持|资助)/.exec(ctx.text.slice(clause.start, clause.end));
  if (!clause || !verb) return "";
  let at = clause.start + verb[0].length;
  for (const r of ctx.within(at, clause.end)) {
    if (r.mention.start !== at) break;
    at = r.mention.end;
  }
  return at > clause.start + verb[0].length ? ctx.text.slice(clause.start, at).replace(/的$/, "") : "";
}

/** A list item under a head that says a gift told shortly before is shared out so (此次捐赠设备分配如下：): the head the nearest
 * sentence before the items, the gift's within a few sentences of it. */
export function giftListed(ctx: ArticleContext, s: Sentence, gift: { index: number } | undefined): boolean {
  if (!gift || !LIST_ITEM.test(s.text)) return false;
  let head = s.index - 1;
  while (head > gift.index && LIST_ITEM.test(ctx.sentences[head]!.text)) head--;
  const text = ctx.sentences[head]!.text;
  return head > gift.index && head - gift.index <= 6 && /如下[:：]?$/.test(text) && /(捐赠|捐助|资助|援助|拨付|分配)/.test(text);
}
