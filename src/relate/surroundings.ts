// What the sentences around a sum say of it: its year (同年, a total's parts), its giver in a list of pairs, where its parts go,
// and who receives it where the sentence names no one (a facility pointed at, a project's owner, a list's head).
import type { Sentence } from "../normalise/index.js";
import { amountsIn } from "./amounts.js";
import { ArticleContext, isInstitution, isPlace, lastIndexWithin, refAt, specificity, type Ref, type Relation } from "./context.js";
import { pointersIn } from "./anaphora.js";
import { chainStart, mostSpecific, runEnd } from "./ref-runs.js";
import { yearIn } from "./years.js";
import { dashPairs, ROW_NOTE_LEAD, ROW_SUM_LEAD } from "./pairing-lists.js";
import { LIST_ITEM } from "./purpose.js";
import { paragraphStart } from "./subjects.js";

/** A cooperative named after its place (林西县草原红牛养殖专业合作社), not a kind of one (肉牛养殖合作社). */
const COOPERATIVE = /^[\u4e00-\u9fff]{2,12}?(旗|县|市|区|镇|乡|苏木|村|嘎查)[\u4e00-\u9fff]{2,}(合作社|联合社)$|^[\u4e00-\u9fff]{2,12}专业合作社$/;

/** A name inside "北京-内蒙古" names the programme, not a party to it. (Not one a dash opening its line marks as an item:
 * ——德包图乡肉牛养殖小区.) */
export const inProgrammeName = (ctx: ArticleContext, r: Ref) => /^[-—–]/.test(ctx.text.slice(r.mention.end, r.mention.end + 1)) ||
  /[^\n\-—–][-—–]{1,2}$/.test(ctx.text.slice(Math.max(0, r.mention.start - 3), r.mention.start));

/** Places and institutions of the Inner Mongolia side among refs, the most specific first (enterprises receive no grants;
 * a cooperative of a place, its members' own, does: 支持林西县草原红牛养殖专业合作社新建标准化牛舍). */
export function recipients(ctx: ArticleContext, refs: Ref[]): Ref[] {
  const im = mostSpecific(ctx, refs.filter((r) => (isPlace(r.entity) || (isInstitution(r.entity) && (r.entity.label !== "Enterprise" || COOPERATIVE.test(r.entity.name)))) && ctx.sideOf(r.entity) !== "beijing" && !inProgrammeName(ctx, r)));
  const known = im.filter((r) => ctx.sideOf(r.entity) === "inner-mongolia" || isPlace(r.entity) || isInstitution(r.entity));
  if (known.length === 0) return [];
  const best = Math.max(...known.map((r) => specificity(r.entity)));
  return known.filter((r) => specificity(r.entity) === best);
}

/** The year of a total whose parts a list gives (2023年，…共投入9.87亿元。其中：东城区…；西城区…): the parts' year too. */
export function partsYear(ctx: ArticleContext, s: Sentence): number | null {
  for (let i = s.index; i > 0 && ctx.sentences[i]!.paragraph === s.paragraph; i--) {
    if (!/^其中/.test(ctx.sentences[i]!.text)) continue;
    const total = ctx.sentences[i - 1]!;
    return total.paragraph === s.paragraph && amountsIn(total.text).length > 0 ? yearIn(total.text, ctx.year) : null;
  }
  return null;
}

/** Whether the list items right after a sentence give sums to two places or more, one item each. */
export function itemsGiveSeveral(ctx: ArticleContext, s: Sentence): boolean {
  const places = new Set<string>();
  // (Items numbered as the sentence is are its siblings, not its parts: 1．…拨付…1380万元 before 2．…捐款捐物…; its parts end
  // where the next sibling begins.)
  // (Nor do items of another style after the first: 二、款物使用情况 / （一）… is another part of the text.)
  const own = itemStyle(s.text);
  let parts: string | undefined;
  for (const x of ctx.sentences.slice(s.index + 1, s.index + 12)) {
    const style = itemStyle(x.text);
    if ((own && style === own) || (parts && style && style !== parts)) break;
    if (!style) continue;
    parts = style;
    if (amountsIn(x.text).length === 0) continue;
    const first = recipients(ctx, ctx.within(x.start, x.end))[0];
    if (first) places.add(first.entity.id);
  }
  return places.size >= 2;
}

/** How an item of a list is numbered (1．, （一）, 一是), or undefined for a sentence that is no item. */
function itemStyle(text: string): string | undefined {
  const m = LIST_ITEM.exec(text)?.[0];
  return m === undefined ? undefined : /^[0-9]/.test(m) ? "digit" : /^[(（]/.test(m) ? "bracket" : "word";
}

/** The Beijing side of the pair an item of a list opens with, for a later sentence of the item. */
export function rowGiver(ctx: ArticleContext, s: Sentence): string[] {
  // (Looked for back through the paragraph only: a search through the whole text before every sum is quadratic.)
  let first: Sentence | undefined;
  for (let i = s.index - 1; i >= 0 && ctx.sentences[i]!.paragraph === s.paragraph && !first; i--) if (LIST_ITEM.test(ctx.sentences[i]!.text)) first = ctx.sentences[i];
  const pairs = first && /[—－–]/.test(first.text) ? dashPairs(ctx, first) : [];
  return pairs.length === 1 ? [pairs[0]!.refs[0].entity.id] : [];
}

/** The pairs a row of a list of pairs names right before the sum it gives, each Beijing side first (1. 韩村河镇韩村河村——广益隆镇
 * 永和村，帮扶资金10万元; 1. 北京…有限公司——铁沙盖镇新胜村，15万元; ❶ 北京…有限公司——保康镇…嘎查（首批资金20万元)). Several
 * partners of one helper share a sum only as each one's (…嘎查、…嘎查（首批资金各15万元）). */
export function pairsOfRow(ctx: ArticleContext, s: Sentence, amountStart: number): [Ref, Ref][] {
  if (!/[—－–]/.test(s.text)) return [];
  const pairs = dashPairs(ctx, s).map((p) => p.refs);
  // (A row with no mark of a list opens with its pair: 北京亦城合作发展基金会—查干沐沦苏木巴彦汉嘎查（…）.)
  if (pairs.length === 0 || pairs.some((p) => p[0].entity.id !== pairs[0]![0].entity.id) || !(LIST_ITEM.test(s.text) || /^\s*$/.test(ctx.text.slice(s.start, pairs[0]![0].mention.start)))) return [];
  const partnerEnd = Math.max(...pairs.map((p) => Math.max(p[0].mention.end, p[1].mention.end)));
  const lead = SUM_LEAD_ONLY.exec(ctx.text.slice(partnerEnd, amountStart));
  return lead && (pairs.length === 1 || lead[1] !== undefined) ? pairs : [];
}
const SUM_LEAD_ONLY = new RegExp(`^(?:${ROW_SUM_LEAD}|${ROW_NOTE_LEAD})(各)?$`);

/** 同年 (当年) opening a sentence: the year of the sentence before it that gives one, in its paragraph. */
export function sameYear(ctx: ArticleContext, s: Sentence): number | null {
  if (!/^(同年|当年)/.test(s.text)) return null;
  for (let i = s.index - 1; i >= 0 && ctx.sentences[i]!.paragraph === s.paragraph; i--) {
    const year = yearIn(ctx.sentences[i]!.text, ctx.year);
    if (year !== null) return year;
  }
  return null;
}

/** What opens the parts of a total the sentence before gave: 其中, or the money named again (这笔钱里，1200万元投向…). */
export const PARTS_OPENING = /^(其中|这笔钱里|这笔钱中|这笔资金中|这笔资金里|这些资金中|上述资金中|已拨付资金中|已下达资金中|已到位资金中)/;

/** A sentence that gives a part of a total the sentence before gave: one opening with 其中, and those that go on from it
 * after a semicolon (…资金三千二百万元…。其中，一千八百五十万元用于…；六百万元用于…). */
export function continuesParts(ctx: ArticleContext, s: Sentence, giving: RegExp): boolean {
  const head = semicolonRunHead(ctx, s, PARTS_OPENING);
  if (!PARTS_OPENING.test(head.text)) return false;
  // (The total's sentence may stand two back, one of no sum between: …下达…1.18亿元…。资金共安排项目26个，…。其中，安排2300万元….)
  for (let i = head.index - 1; i >= Math.max(0, head.index - 2); i--) {
    const total = ctx.sentences[i]!;
    if (total.paragraph !== s.paragraph) return false;
    if (amountsIn(total.text).length > 0) return giving.test(total.text);
  }
  return false;
}


/** The Inner Mongolia place or body a list item's head names, for a sum its next sentence gives with none of its own
 * (（一）土贵乌拉镇肉牛养殖小区扩建项目。使用协作资金2150万元…): the item's own, before the article's partner. */
export function itemHeadPlace(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const head = itemOpening(ctx, s);
  // (Or a sentence or two on, saying what is built before the sum: （一）归流河镇联合村日光温室提升改造项目。改造老旧日光温室60栋…。
  // 下达资金480万元.)
  if (!head || head === s || !LIST_ITEM.test(head.text) || head.index < s.index - 3) return undefined;
  for (let i = head.index; i < s.index; i++) if (amountsIn(ctx.sentences[i]!.text).length > 0) return undefined;
  // (Not past a head naming the firm that carries it out, which is read where firms are: 实施主体：突泉县宝丰肉牛养殖专业合作社（宝石镇宝丰村）.)
  if (head.index < s.index - 1 && ctx.within(head.start, head.end).some((r) => r.entity.label === "Enterprise")) return undefined;
  // (Of a written chain, its end: 归流河镇联合村 is 联合村's.)
  const named = ctx.within(head.start, head.end).filter((r) => !r.mention.nested && (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Enterprise" && ctx.sideOf(r.entity) === "inner-mongolia");
  return named.length > 0 ? named[runEnd(named, 0)] : undefined;
}

/** The sentence opening the list item `s` is in: its paragraph's first, or one that opens an item inside the paragraph, a
 * sentence or two before it (…。二是新建梧桐花镇蒙古族刺绣非遗工坊。通州区投入京蒙协作资金120万元…). */
function itemOpening(ctx: ArticleContext, s: Sentence): Sentence | undefined {
  const first = paragraphStart(ctx, s);
  if (!first) return undefined;
  for (let i = s.index - 1; i >= Math.max(first.index + 1, s.index - 2); i--) if (/^[一二三四五六七八九十]{1,2}是/.test(ctx.sentences[i]!.text)) return ctx.sentences[i];
  return first;
}

/** The receivers a list item's head or a project's heading names between `start` and `end`, the receivers of its money
 * (——德包图乡肉牛养殖小区：援助资金980万元; 4.库伦旗蒙医医院医疗设备购置项目：…). A project's town or village, opening its
 * name, is the one (1.库伦镇荞麦产业园建设项目：… is 库伦镇's). */
export function ownPlacesIn(ctx: ArticleContext, start: number, end: number, exclude: string[]): Ref[] {
  const head = ctx.within(start, end, true).filter((r) => !exclude.includes(r.entity.id));
  const projectNames = head.filter((r) => !r.mention.nested && (r.entity.label === "Organization" || r.entity.label === "Enterprise"));
  const inProject = (r: Ref) => projectNames.some((p) => p.mention.start === r.mention.start && p.mention.end > r.mention.end);
  return recipients(ctx, head.filter((r) => r.entity.label !== "Organization" && r.entity.label !== "Enterprise" &&
    (!r.mention.nested || ((r.entity.label === "Township" || r.entity.label === "Village") && inProject(r)))));
}

/** The first sentence of the run of clauses a semicolon parts that ends with `s`, in its paragraph; the walk back stops at
 * a sentence `stop` opens (其中). */
export function semicolonRunHead(ctx: ArticleContext, s: Sentence, stop?: RegExp): Sentence {
  let i = s.index;
  while (i > 0 && !stop?.test(ctx.sentences[i]!.text) && /[;；]$/.test(ctx.sentences[i - 1]!.text) && ctx.sentences[i - 1]!.paragraph === s.paragraph) i--;
  return ctx.sentences[i]!;
}

/** The place of an item a sum in brackets follows (…分别用于宝力根嘎查肉牛圈舍扩建（30万元）和乌兰哈达嘎查牧家乐改造提升（20万元）):
 * the first named in the item, read along its chain, the item beginning after the bracket before it or after 用于. */
export function bracketedItemPlace(ctx: ArticleContext, s: Sentence, amount: { start: number; end: number }): Ref | undefined {
  const open = ctx.text.slice(Math.max(s.start, amount.start - 3), amount.start);
  if (!/[（(](资金|金额|投入|约)?$/.test(open) || !/^[）)]/.test(ctx.text.slice(amount.end, amount.end + 1))) return undefined;
  const bracket = Math.max(s.start, amount.start - 3) + open.search(/[（(](资金|金额|投入|约)?$/);
  const lead = ctx.text.slice(s.start, bracket);
  const itemAt = s.start + Math.max(lead.lastIndexOf("）") + 1, lead.lastIndexOf(")") + 1, lead.lastIndexOf("用于") >= 0 ? lead.lastIndexOf("用于") + 2 : 0);
  const places = ctx.within(itemAt, bracket).filter((r) => isPlace(r.entity) || isInstitution(r.entity));
  return places.length > 0 ? mostSpecific(ctx, places)[0] : undefined;
}

/** The grant a part of a total is part of: the funder's to the same receiver, larger, no part itself, in the part's sentence
 * or, for parts in a sentence of their own, from the one before their run of semicolons (…共向我旗投入…3860万元，其中教育领域
 * 1150万元; …三千二百万元。其中，一千八百五十万元用于…；六百万元用于…). */
export function totalOfPart(ctx: ArticleContext, given: Relation[], s: Sentence, ownSentence: boolean, funder: string, receiver: string, yuan: number): Relation | undefined {
  const from = ownSentence ? ctx.sentences[Math.max(0, semicolonRunHead(ctx, s).index - 1)]!.start : s.start;
  return given.filter((o) => o.type === "FUNDED" && o.source === funder && o.target === receiver && Number(o.props["amountYuan"]) > yuan &&
    o.props["partOfYuan"] === undefined && o.evidence.start >= from && o.evidence.start <= s.start).pop();
}

/** A facility a sentence opens pointing at (该基地由…, 这批大棚由…, 该项目总投资…). */
const FACILITY_POINTER = /^(?:该|这(?:批|个|座|些|项|处|片|条)?)(?:基地|项目|园区|产业园|示范园|大棚|温室|工程|车间|厂房|工厂|冷库|棚圈|牛舍|羊舍|养殖场|养殖小区|设备|道路|广场|市场|场|厂)/;

/** Where the facility a sentence opens pointing at lies: the one most specific place or body of the Inner Mongolia side the
 * sentence before names, in its paragraph (…来到千斤沟镇三道沟村肉牛养殖基地。该基地由昌平区投入…380万元建设). */
export function pointedFacilitySite(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const before = ctx.sentences[s.index - 1];
  if (!FACILITY_POINTER.test(s.text) || !before || before.paragraph !== s.paragraph) return undefined;
  const places = recipients(ctx, ctx.within(before.start, before.end).filter((r) => ctx.sideOf(r.entity) === "inner-mongolia"));
  return new Set(places.map((r) => r.entity.id)).size === 1 ? places[0] : undefined;
}

/** The body or place whose project a sentence gives the whole cost of before the sum (太仆寺旗医院新门诊综合楼项目总投资1.2亿元，
 * 其中昌平区安排京蒙协作资金2000万元): the most specific of Inner Mongolia named before 总投资. */
export function projectOwner(ctx: ArticleContext, s: Sentence, at: number): Ref | undefined {
  // (Or the sentence before gave it, this one giving its parts: …总投资2680万元。其中，石景山区投入….)
  const before = ctx.sentences[s.index - 1];
  const [t, total] = s.text.lastIndexOf("总投资", at - s.start) >= 0 ? [s, s.text.lastIndexOf("总投资", at - s.start)] :
    /^其中/.test(s.text) && before && before.paragraph === s.paragraph ? [before, before.text.lastIndexOf("总投资")] : [s, -1];
  if (total < 0) return undefined;
  // (Not who tells of it: 据旗乡村振兴局介绍，厂房项目总投资….)
  const teller = /^据[^，,。]{0,24}(介绍|表示|了解|统计|透露)[，,]/.exec(t.text);
  const from = t.start + (teller && teller[0].length <= total ? teller[0].length : 0);
  // (A part of a body the text named with the body before, opening the sentence: 放疗中心（项目）… after 宁城县中心医院放疗中心.)
  const part = /^([\u4e00-\u9fff]{2,8}?)(?:项目)?(?=是|位于|总投资|[，,])/.exec(ctx.text.slice(from, t.start + total + 3))?.[1];
  const whole = part && !ctx.within(from, from + part.length).length ? ctx.within(0, t.start).filter((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) !== "beijing" && ctx.text.startsWith(part, r.mention.end)).pop() : undefined;
  if (whole) return refAt(whole.entity, from, from + part!.length);
  const owners = recipients(ctx, ctx.within(from, t.start + total).filter((r) => ctx.sideOf(r.entity) === "inner-mongolia"));
  return new Set(owners.map((r) => r.entity.id)).size === 1 ? owners[0] : undefined;
}

/** Whom the head of a list a colon opens gives to, for an item of it that names none: …向我旗捐赠了抗旱物资，合计价值约86万元：
 * 北京燕平…捐赠…，价值38万元；北京沙河源…捐赠…，价值48万元. */
export function listHeadReceiver(ctx: ArticleContext, s: Sentence, at: number, exclude: string[]): Ref[] {
  const head = semicolonRunHead(ctx, s);
  const colon = Math.max(lastIndexWithin(ctx.text, "：", head.start, at), lastIndexWithin(ctx.text, ":", head.start, at));
  if (colon < head.start) return [];
  const given = [...ctx.within(head.start, colon), ...pointersIn(ctx, head, head.start, colon).map((p) => refAt(p.ref.entity, p.start, p.end))]
    .filter((r) => ctx.text[r.mention.start - 1] === "向" && !exclude.includes(r.entity.id) && ctx.sideOf(r.entity) !== "beijing" && (isPlace(r.entity) || isInstitution(r.entity)));
  return given.length > 0 ? [given[given.length - 1]!] : [];
}

/** Where the chain of places that an institution is said to be of (德伯斯镇的兴华小学) begins, or -1. */
export function placeOfStart(ctx: ArticleContext, s: Sentence, r: Ref): number {
  if (ctx.text[r.mention.start - 1] !== "的") return -1;
  const place = ctx.within(s.start, r.mention.start - 1).filter((x) => isPlace(x.entity)).pop();
  return place && place.mention.end === r.mention.start - 1 ? chainStart(ctx, s.start, place) : -1;
}
