// Who invests a sum a sentence gives (the enterprise named or pointed at, or opening the sentence) and where it goes.
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { isPlace, refAt, type ArticleContext, type Ref } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";

/** A clause naming no one that spends on a plant: 先后投入缝纫设备、裁床等600余万元. */
// (Where, and this time, may come first: 此次在大板镇投资3200万元.)
// (A date may stand among its words: 并于2022年投资2800万元.)
const OWN_SPENDING = /^(?:此次|这次|本次|今年|去年|当年)?(?:在[\u4e00-\u9fff]{2,12}?)?(?:至今|迄今|目前|先后|又|还|并|已|已经|累计|共|再|陆续|于?(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月份?)?)*(?:总投资|投资|投入)/;
/** A clause that only says when (2022年, 去年11月, 今年以来). */
export const TIME_ONLY = /^(?:(?:19|20)[0-9]{2}年|去年|今年|前年|近年来?)?(?:[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?|初|底|以来|上半年|下半年)?$/;
/** Words of aid: money an enterprise gives, not spends on itself. */
const AID_WORDS = /(帮扶|援助|捐|资助|扶贫|协作资金|慰问|公益)/;

/** The enterprises pointed at between two offsets (该公司, 这家…企业), each where its words stand. */
export function pointedEnterprises(ctx: ArticleContext, s: Sentence, from: number, to: number): Ref[] {
  return pointersIn(ctx, s, from, to).filter((p) => p.ref.entity.label === "Enterprise").map((p) => refAt(p.ref.entity, p.start, p.end));
}

/** The enterprise that invests a sum: named in its clause before 投资, or pointed at (其中该公司在白音花镇投资6200万元), or
 * opening the sentence whose later clause spends it. */
export function investorOf(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amountAt: number, inClause: Ref[]): Ref | undefined {
  const named = inClause.filter((r) => r.entity.label === "Enterprise" && r.mention.end <= amountAt).pop() ??
    pointedEnterprises(ctx, s, clause.start, amountAt).pop();
  // (Or puts up its own money for its project: 其中京禾源自己出资3.2亿元.)
  if (named) return /(投资|自己出资|自行出资|自筹|自有资金)/.test(ctx.text.slice(named.mention.end, amountAt)) ? named : undefined;
  return spendingSubject(ctx, s, clause, amountAt);
}

/** The enterprise a sentence opens with, named or pointed at, where a later clause of it with no subject of its own spends
 * on its plant (这家大兴区企业今年6月落户我旗，先后投入缝纫设备、裁床等600余万元): the one investing. */
function spendingSubject(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amountAt: number): Ref | undefined {
  if (clause.start === s.start || !OWN_SPENDING.test(ctx.text.slice(clause.start, amountAt)) || AID_WORDS.test(ctx.text.slice(s.start, clause.end))) return undefined;
  // (Not an item's numbered firm, whose sum its list's reading prices: 2.北京首农食品集团有限公司，投资3.2亿元，落户敖汉旗.)
  return openingEnterprise(ctx, s, clause.start, false);
}

/** The enterprise, named or pointed at, that opens the sentence before `before`: the subject of its later clauses; `numbered`:
 * whether an item's number may stand before it. */
export function openingEnterprise(ctx: ArticleContext, s: Sentence, before: number, numbered = true): Ref | undefined {
  // (After a time, a frame or a note's mark at most: 去年11月，这家做功能食品的企业落户鄂伦春自治旗，投资7600万元…; 在招商方面，…; 注：….)
  const first = ctx.clauses(s).find((c) => !TIME_ONLY.test(ctx.text.slice(c.start, c.end)) && !FRAME.test(ctx.text.slice(c.start, c.end)) && !NOTE_MARK.test(ctx.text.slice(c.start, c.end)));
  if (!first || first.start >= before) return undefined;
  const named = ctx.within(first.start, first.end).filter((r) => r.entity.label === "Enterprise");
  const pointed = pointedEnterprises(ctx, s, first.start, first.end);
  const opening = [...named, ...pointed].sort((a, b) => a.mention.start - b.mention.start)[0];
  // (Said of where it stands first, at most: 总部位于北京东城区的北京雪缘文化旅游集团有限公司2022年落户阿尔山市.)
  // (Or where it settled: 2022年落户敖汉旗的北京禾谷源食品科技有限公司，总投资1.2亿元.)
  // (Or its kind and whose it is: 大兴区企业北京绿庞种业科技有限公司来到察右前旗考察.)
  // (Or an item's number: 1.北京通运碳谷环保科技有限公司系通州区引进企业，已于2024年10月落户乌丹镇.)
  return opening && (opening.mention.start === first.start || (numbered && ITEM_NUMBER.test(ctx.text.slice(first.start, opening.mention.start))) || KIND_BEFORE.test(ctx.text.slice(first.start, opening.mention.start)) || HEADQUARTERED.test(ctx.text.slice(first.start, opening.mention.start)) || SETTLED_BEFORE.test(ctx.text.slice(first.start, opening.mention.start))) ? opening : undefined;
}
/** Where an enterprise settled, said before its name (2022年落户敖汉旗的). */
const SETTLED_BEFORE = /^(?:(?:19|20)[0-9]{2}年|去年|今年|前年)?(?:[0-9一二三四五六七八九十]{1,2}月)?(?:落户|入驻|落地|扎根)([^,，。]{2,14})的$/;
/** A clause that sets a frame, naming no subject (在招商方面, 产业上). */
// (Or under whose help it came: 在周振宇的牵线下.)
const FRAME = /^(在[\u4e00-\u9fff]{1,8}(方面|上|中)|[\u4e00-\u9fff]{2,4}(方面|上)|在[\u4e00-\u9fff]{1,12}?的?(牵线|帮助|推动|支持|引荐|带动|协调|努力|促成|关心|推介)(搭桥)?下)$/;
/** An item's number before its words (1., （2）). */
const ITEM_NUMBER = /^\s*(?:[0-9]{1,2}[.、．]|[(（][0-9一二三四五六七八九十]{1,2}[)）])\s*$/;
/** A note's mark before what it notes (注：, 备注：). */
const NOTE_MARK = /^(?:注|备注|附注|说明)[0-9]?[:：]?\s*$/;
/** An enterprise's kind and whose it is, said before its name (大兴区企业, 北京龙头企业). */
const KIND_BEFORE = /^[\u4e00-\u9fff]{0,6}(企业|公司|民企|国企)$/;
/** Where an enterprise is based, said before its name (总部位于北京东城区的). */
const HEADQUARTERED = /^(总部|总部设在|总部位于|总部在|注册地?在|注册于)[^,，。]{0,14}的$/;

/** A government that signs for its place (乌兰察布市察哈尔右翼前旗人民政府, a league's 行政公署): the most specific place its name holds. */
const GOVERNMENT = /(人民政府|政府|行政公署|管委会|管理委员会)$/;

/** The place a government signs for, the most specific its name holds; undefined for a body that is no government. */
export function placeGoverned(ctx: ArticleContext, government: Ref): Ref | undefined {
  return GOVERNMENT.test(government.entity.name) ? ctx.within(government.mention.start, government.mention.end, true).filter((r) => isPlace(r.entity)).pop() : undefined;
}
/** Where an investor's sum goes: the place after the sum, read along a written chain to its most specific (赤峰市阿鲁科尔沁旗),
 * never a place of Beijing (an enterprise of 北京丰台 invests in Inner Mongolia); else one between the investor and the sum, or
 * one pointed at (该公司在该旗累计投资近2.8亿元); else, none in the sentence (这个车间由…公司投资800万元建设), the Inner
 * Mongolia place named last or the one in focus. (A place of Beijing after the sum, where its products go, says nothing.) */
export function investmentPlace(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amount: { start: number; end: number }, investor: Ref): Ref | undefined {
  const after = ctx.within(amount.end, clause.end).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) !== "beijing");
  // (A site the sentence names in another province is no place in focus: …有限公司在崇礼区投资1.5亿元.)
  const site = /在([\u4e00-\u9fff]{2,10})$/.exec(ctx.text.slice(investor.mention.end, amount.start).replace(/(投资|建设|兴建)$/, ""));
  const siteNamed = !!site && ctx.g.elsewhere(site[1]!);
  // (A market the goods go to is no site: 产品主要销往锡林郭勒盟南部.)
  const market = (r: Ref) => /(销往|运往|发往|远销|销售到|辐射|供应)$/.test(ctx.text.slice(Math.max(0, chainStart(ctx, s.start, r) - 2), chainStart(ctx, s.start, r)));
  const unplaced = !siteNamed && !ctx.within(s.start, s.end).some((r) => isPlace(r.entity) && (ctx.sideOf(r.entity) !== "beijing" || r.mention.start < amount.end) && !market(r));
  return (after.length > 0 ? after[runEnd(after, 0)] : undefined) ??
    ctx.within(investor.mention.end, amount.start, true).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) !== "beijing").pop() ??
    pointersIn(ctx, s, investor.mention.end, amount.start).map((p) => refAt(p.ref.entity, p.start, p.end)).filter((r) => isPlace(r.entity)).pop() ??
    // (Or the place of the facility the sentence named before the one that built it: 这个车间的正式名称叫东艾力嘎查京蒙协作就业帮扶
    // 车间，由北京锦绣丝路服饰有限公司投资600万元建设.)
    (ctx.text[investor.mention.start - 1] === "由" ? ctx.within(s.start, investor.mention.start, true).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia").pop() : undefined) ??
    // (Or where it settled, said before its name: 2022年落户敖汉旗的北京禾谷源…公司，总投资1.2亿元.)
    settledBefore(ctx, s, investor) ??
    // (Or where it builds, in the clause after the sum: …还于去年8月投资1200万元，在化德县建设了一座…配送中心.)
    builtAfter(ctx, s, clause) ??
    // (Or where the sentence is set, in the clause it opens with: 在通辽市库伦旗，北京露源饮品集团有限公司投资3.2亿元建设….)
    scene(ctx, s, investor) ??
    (unplaced ? ctx.recent(s.start, s, (r) => isPlace(r.entity) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "inner-mongolia", 3) ?? (ctx.imFocus ? refAt(ctx.imFocus, s.start) : undefined) : undefined);
}

/** The place named in a settling phrase right before the investor's name (落户敖汉旗的…). */
function settledBefore(ctx: ArticleContext, s: Sentence, investor: Ref): Ref | undefined {
  const lead = SETTLED_BEFORE.exec(ctx.text.slice(ctx.clauses(s).find((c) => investor.mention.start >= c.start && investor.mention.start < c.end)?.start ?? s.start, investor.mention.start));
  if (!lead) return undefined;
  const places = ctx.within(investor.mention.start - 1 - lead[1]!.length, investor.mention.start - 1).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) !== "beijing");
  return places.length > 0 ? places[runEnd(places, 0)] : undefined;
}

/** The place of Inner Mongolia a sentence is set in by the clause it opens with (在通辽市库伦旗，…), the investor named after it. */
function scene(ctx: ArticleContext, s: Sentence, investor: Ref): Ref | undefined {
  const m = /^在([^,，。；;]{2,16})[,，]/.exec(s.text);
  if (!m || investor.mention.start < s.start + m[0].length) return undefined;
  const places = ctx.within(s.start + 1, s.start + 1 + m[1]!.length, true).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia");
  return places.length > 0 && places[0]!.mention.start === s.start + 1 ? places[runEnd(places, 0)] : undefined;
}

/** The place of a clause right after the sum's that says where the plant is built (，在化德县建设了…). */
function builtAfter(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }): Ref | undefined {
  const next = ctx.clauses(s).find((c) => c.start >= clause.end);
  if (!next || !/^(?:并|还|又|将|已)?在[^,，。]{2,16}?(?:建设|新建|建成|建起|建了|兴建|建立|设立|开设|开办)/.test(ctx.text.slice(next.start, next.end))) return undefined;
  // (The place may open the name of the park built in: 在巴林左旗林东工业园区建设…, its banner.)
  const places = ctx.within(next.start, next.end, true).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) !== "beijing");
  return places.length > 0 && places[0]!.mention.start <= next.start + 3 ? places[runEnd(places, 0)] : undefined;
}
