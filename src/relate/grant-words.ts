// The words around one sum of a sentence that gives money: which grant of a list it is, what its words before say it is
// for, whose money a part of a total is, and the unit a government giving it stands for.
import { isInstitution, refAt, type ArticleContext, type Ref } from "./context.js";
import { placeOfBranch } from "./branches.js";
import type { Sentence } from "../normalise/index.js";
import { givenBefore } from "./purpose.js";

/** A photo's caption: marked as one, or ending with its credit (…记者 包红梅 摄). */
export const CAPTION = /^\s*[［\[【(（]?图(片)?[］\]】)）:：]|摄\s*$/;
/** Words naming the local side's own money (县级财政整合资金, 旗级配套, 自筹). */
export const LOCAL_SOURCE = /(旗级|县级|盟级|本级|自筹|配套|财政整合|衔接资金)/;
/** A news outlet's name: a credit's body, no recipient of aid guessed from before. (A body named by 报 alone is a paper:
 * recognise reads one only where a credit names it.) */
export const NEWS_OUTLET = /(融媒体中心|日报社?|晚报|电视台|广播电视台|新闻网|报社|新闻中心|报|新华社|中新社)$/;
/** Money named as aid right after its amount: 1500多万元的援助资金, 2860万元人民币的援助资金. */
export const AID_AFTER = /^(?:人民币)?的?(京蒙|东西部|扶贫|援助|帮扶|协作|财政|专项)[\u4e00-\u9fff]{0,4}(资金|基金|款)/;
/** Words that sum money over years. */
export const SUMMED_YEARS = /(累计|以来|共计|历年|近年|年来|多年|先后)/;
/** A clause with no subject of its own, going on from the one before: 还将向白狼镇捐赠…, 并为…投入…. */
export const SUBJECTLESS = /^(?:同时|此外|另外|并且?|还|又|也|另|再)?[,，]?(?:还|又|也|并|另|再)?(?:将|已经?|先后)?(?:向|为|给)/;
/** An entry of a chronicle (大事记): its date opens its line (looked for where a sentence opens a line). */
export const CHRONICLE_ENTRY = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?/;
/** Money's source said after its sum: 均为北京市东城区援助资金, 系东城区京蒙协作资金. */
export const SOURCE_AFTER = /^(?:均为|均系|全部为|全部是|系|为|来自)[^,，。；;]{2,20}?(?:援助|帮扶|协作|对口|扶贫)(?:资金|基金)/;

/** Words of giving or of money given. */
export const FUNDING = /(投入|投资|出资|拿出|注入|使用|捐资|捐助|捐款|捐赠|捐(?:了|出|给|献)|捐物|援助|资助|拨付|拨了|拨出|划拨|投向|动用|利用|整合|资金|基金|公益金|提供|下达|筹措|筹集|发放(?:助学金|奖学金|慰问金|救助金|帮扶资金|帮扶款))/;

/**
 * What money is for as the words before its sum name it: a part's kind (其中：产业项目资金1,200万元 is for 产业项目), or
 * goods given and their worth (捐赠物资价值45万元 is 物资).
 */
export function namedBefore(lead: string): string {
  const kind = /^(?:其中)?[:：,，]?([\u4e00-\u9fff]{2,10}?)(?:资金|经费|款项|款)(?:共|计|合计|达)?$/.exec(lead)?.[1];
  return kind && !FUNDING.test(kind) && !PROGRAMME_ONLY.test(kind) ? kind : givenBefore(lead);
}

/** The unit a government or its office stands for, the most specific place its name holds; or the town or village whose
 * branch or committee it is. */
export function governed(ctx: ArticleContext, r: Ref): Ref | undefined {
  // (A village's party branch receives for the village: 向多布库尔猎民村党支部捐赠党建活动经费2万元.)
  const place = placeOfBranch(ctx, r.entity);
  if (place) return refAt(place, r.mention.start, r.mention.end);
  if (r.entity.label !== "Agency" || !/(人民政府|政府)(办公室|办公厅)?$/.test(r.entity.name)) return undefined;
  // (By its name: the one in focus may stand where it is not written.)
  const unit = ctx.g.match(r.entity.name).map((m) => ctx.entities.get(m.unitId)).filter((e) => e && e.label !== "Province").pop();
  // (A town's government is the town's, the town named in the article: 实施单位为大板镇人民政府.)
  const town = unit ? undefined : ctx.refs.find((x) => (x.entity.label === "Township" || x.entity.label === "Village") && r.entity.name.startsWith(x.entity.name) && /^(人民)?政府/.test(r.entity.name.slice(x.entity.name.length)))?.entity;
  return unit ?? town ? refAt((unit ?? town)!, r.mention.start, r.mention.end) : undefined;
}

/** Words that name the programme or the money's kind, not what it is for. */
const PROGRAMME_ONLY = /(京蒙|东西部|协作|对口|扶贫|财政|专项|中央|社会|安排|争取|协调|引导|下达|拨付|投入|筹措|整合)/;

/** Where a grant listed after another begins: 、 or a comma before 向 (给, 为…) a receiver and an amount. */
const NEXT_GRANT = /[、,，](?=(?:再|另|又|还)?(?:向|给|为|支持|援助)[^、,，。]{2,20}?[0-9零一二两三四五六七八九十百千]+(?:\.[0-9]+)?[万亿]?元)/g;

/** 、 before a part's receiver and sum: 、喀喇沁旗5500万元. */
const NEXT_PART = /、(?=[^、,，。；;]{2,16}?(?:[0-9][0-9,.]*|[零一二两三四五六七八九十百千]+)[万亿]?元)/g;

/** One of several grants a clause lists (东城区向阿尔山市投入1.52亿元、向科右前旗投入1.63亿元): the part that holds the amount. */
export function grantInList(ctx: ArticleContext, clause: { start: number; end: number }, at: number): { start: number; end: number } {
  const text = ctx.text.slice(clause.start, clause.end);
  if (!/[、,，]/.test(text)) return clause;
  // (Or, in a total's parts, the next part's receiver and sum after 、: 其中敖汉旗6500万元、喀喇沁旗5500万元.)
  const parts = /其中/.test(text.slice(0, at - clause.start)) ? [...text.matchAll(NEXT_PART)].map((m) => clause.start + m.index!) : [];
  const marks = [...[...text.matchAll(NEXT_GRANT)].map((m) => clause.start + m.index!), ...parts].sort((a, b) => a - b);
  if (marks.length === 0) return clause;
  return { start: Math.max(clause.start, ...marks.filter((m) => m < at).map((m) => m + 1)), end: marks.find((m) => m > at) ?? clause.end };
}

/** Whether the sentence opens (after a date at most) with a body of Inner Mongolia, its subject. */
export function openedByInnerMongolia(ctx: ArticleContext, s: Sentence): boolean {
  const first = ctx.within(s.start, s.end)[0];
  if (!first || !isInstitution(first.entity) || ctx.sideOf(first.entity) !== "inner-mongolia") return false;
  return /^(?:(?:19|20)[0-9]{2}年?(?:[—–－\-至到](?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|今年|去年|近年来|多年来)?[,，]?$/.test(ctx.text.slice(s.start, first.mention.start));
}

/** A part of a total that names a source of its own (其中…，自治区卫生健康委支持设备购置资金150万元, 旗本级配套…): not the total's giver's. */
export function ownSourceOfPart(ctx: ArticleContext, from: number, to: number): boolean {
  return /(自治区|中央|省级|市级|盟级|旗级|县级|本级|自筹|配套|地方)/.test(ctx.text.slice(from, to)) || ctx.within(from, to).some((r) => isInstitution(r.entity));
}

/** A clause on who pays the rest of a cost (其余由…, 剩余部分由…): its bodies are sources, not receivers. */
const REST_PAID = /^(其余|剩余|余下|剩下|不足部分|差额)[^,，。]{0,6}?(由|为|来自|从)/;

/** Whether `r` stands in a clause saying who pays the rest (…1500万元，其余由自治区体育彩票公益金和旗本级财政解决). */
export function paysTheRest(ctx: ArticleContext, clauses: { start: number; end: number }[], r: Ref): boolean {
  return REST_PAID.test(ctx.text.slice(clauses.find((c) => r.mention.start >= c.start && r.mention.start < c.end)?.start ?? r.mention.start, r.mention.start));
}
