// Words that stand for an institution named elsewhere, read as mentions of it: 贵院 and 我院 of a letter (致…的感谢信),
// 我院 and 我校 of an institution's own post, and a kind opening a clause (基金会向…, 公司董事长…).
import type { Mention } from "../recognise/index.js";
import { ArticleContext, isInstitution, linesOf, type Line, type Ref, type Relation } from "./context.js";

/** The title of a letter to someone, and a salutation line (北京市朝阳医院：). */
const TO_TITLE = /^致(.{2,40}?)的?(感谢信|慰问信|公开信|贺信|感谢函|表扬信|一封信)$/;
const SALUTATION = /^(.{2,40})[:：]$/;
const YOURS = /贵(院|校|单位|公司|局|委|中心|会)/g;
const OURS = /我(院|校|园|公司|司|委|局|会|中心)(?![长区级内外员])/g;
/** One use of those words anywhere, tested without the global search's state. */
const OUR_WORD = new RegExp(OURS.source);
/** A page's footer naming its body: 北京市东城区景泰中学　版权所有, 北京市海淀区教育委员会主办　地址：…. */
const FOOTER = /^(.{4,40}?)\s*(?:版权所有|主办)(?:\s|$)/;

/** The one institution a line names, when the line names nothing else. */
function institutionOf(ctx: ArticleContext, line: Line, whole: RegExp): Ref | undefined {
  const m = whole.exec(line.text);
  if (!m) return undefined;
  const from = line.start + line.text.indexOf(m[1]!);
  const named = ctx.within(from, from + m[1]!.length).filter((r) => isInstitution(r.entity));
  return named.length === 1 && named[0]!.mention.start === from && named[0]!.mention.end === from + m[1]!.length ? named[0] : undefined;
}

/** Each use of the words (我院, 贵院) not inside a name, as a mention of the institution they stand for. */
function standing(ctx: ArticleContext, words: RegExp, who: Ref): Ref[] {
  const out: Ref[] = [];
  for (const m of ctx.text.matchAll(words)) {
    const at = m.index!;
    if (ctx.inMention(at)) continue;
    const mention: Mention = { ...who.mention, start: at, end: at + m[0].length, surface: m[0], nested: false };
    out.push({ mention, entity: who.entity });
  }
  return out;
}

/** A line under the title that is the publisher's name, alone or before the date (科右中旗人民医院 2023-12-28). */
const PUBLISHER_LINE = /^(.{4,40}?)(?:\s*(?:19|20)[0-9]{2}[-年./][0-9]{1,2}.*)?$/;
const CREDIT = /^(?:来源|供稿|发布单位|发布者)[:：]\s*(.{4,40}?)(?:\s+(?:时间|日期|发布时间|发布日期)[:：].*)?$/;
/** A public account's head: 原创, the author, the account, the date (原创　清河湾小学　北京市海淀区清河湾小学　2024年06月28日 17:30). */
const ACCOUNT_HEAD = /^原创\s+(?:\S{1,20}\s+)?(.{4,40}?)\s*(?:19|20)[0-9]{2}[-年./]/;

/** The Beijing body whose public account posts the article, named in its head (原创　云岗一小　北京市丰台区云岗第一小学　2023-12-12). */
export function accountOwner(ctx: ArticleContext): Ref | undefined {
  if (!/原创/.test(ctx.text.slice(0, 300))) return undefined;
  return linesOf(ctx.text).slice(0, 4).map((l) => institutionOf(ctx, l, ACCOUNT_HEAD)).find((r) => r && ctx.sideOf(r.entity) === "beijing");
}

/**
 * 我院 and 我校 of an institution's own post, as mentions of it: the publisher named on a line of its head or its credit line
 * (科右中旗人民医院 2023-12-28 … 在我院开展医疗帮扶工作半年). The publisher must be of the kind the word says: a 院 for 我院, a
 * school for 我校.
 */
export function publisherRefs(ctx: ArticleContext): Ref[] {
  if (!OUR_WORD.test(ctx.text) || /贵(院|校|公司)/.test(ctx.text)) return [];
  const all = linesOf(ctx.text);
  // (A breadcrumb's first step names the site's body: 北京亦庄智造新能源科技股份有限公司 > 新闻中心 > 公司动态.)
  // (A site's header may name it above the title too: 北京市西城区白纸坊医院 / 我院第四批援蒙医疗队抵达….)
  const lines = [...all.slice(0, 4), ...all.slice(-3)].map((l) => /\s*>\s*/.test(l.text) ? { ...l, text: l.text.split(/\s*>\s*/)[0]! } : l);
  const named = lines.map((l) => institutionOf(ctx, l, CREDIT) ?? institutionOf(ctx, l, FOOTER) ?? institutionOf(ctx, l, PUBLISHER_LINE) ?? institutionOf(ctx, l, ACCOUNT_HEAD)).filter((r): r is Ref => !!r);
  const ids = new Set(named.map((r) => r.entity.id));
  // (Else the body the post's first sentences open with, as their subject: 9月4日，北京市通州区运河东路学校第三批支教教师….)
  // (Or the body whose own report the title says it is: 敖汉旗人民法院工作专报, 敖汉旗人民医院2024年京蒙协作工作总结.)
  const opening = ids.size === 0 ? reportingBody(ctx) ?? openingBody(ctx) : undefined;
  if (ids.size !== 1 && !opening) return [];
  const who = opening ?? named[0]!;
  const kinds = /院$/.test(who.entity.name) ? ["院"] : who.entity.label === "School" ? [/园$/.test(who.entity.name) ? "园" : "校"] : who.entity.label === "Enterprise" ? ["公司", "司"] :
    who.entity.label === "Agency" ? (/(委员会|委)$/.test(who.entity.name) ? ["委"] : /局$/.test(who.entity.name) ? ["局"] : []) :
    who.entity.label === "Organization" && /会$/.test(who.entity.name) ? ["会"] : /中心$/.test(who.entity.name) ? ["中心"] : [];
  // (A society's 我会 only after a preposition, 与我会, 通过我会: 我会 is also "I will".)
  return standing(ctx, OURS, who).filter((r) => kinds.some((k) => r.mention.surface === `我${k}`) &&
    (r.mention.surface !== "我会" || /(与|和|向|经|由|给|为|对|通过)$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start))));
}

/** A title naming a report of its own: 工作专报, 工作总结, 情况报告, 简报. */
const OWN_REPORT = /(专报|简报|工作总结|工作情况|情况报告|工作报告|工作汇报)/;

/** The body the first line opens with, where that line says it is the body's report. */
function reportingBody(ctx: ArticleContext): Ref | undefined {
  const first = linesOf(ctx.text).find((l) => l.text.trim() !== "");
  if (!first || !OWN_REPORT.test(first.text)) return undefined;
  const named = ctx.within(first.start, first.start + first.text.length).find((r) => !r.mention.nested);
  return named && isInstitution(named.entity) && ctx.text.slice(first.start, named.mention.start).trim() === "" ? named : undefined;
}

/** The school or hospital that opens a clause of the body's first two sentences, after a date at most. */
function openingBody(ctx: ArticleContext): Ref | undefined {
  const body = ctx.sentences.filter((s) => s.paragraph > 0 && s.text.length > 20).slice(0, 2);
  for (const s of body) {
    for (const c of ctx.clauses(s)) {
      const first = ctx.within(c.start, c.end)[0];
      const lead = first ? ctx.text.slice(c.start, first.mention.start) : "";
      if (first && (first.entity.label === "School" || first.entity.label === "Hospital") && /^([0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[,，]?)?$/.test(lead)) return first;
    }
  }
  return undefined;
}

/** A salutation to a body and its people (尊敬的德胜实验小学全体老师、同学们，各位家长朋友：; 尊敬的北京丰台医院领导、…专家：). */
const ADDRESSED = /^(?:尊敬的|亲爱的)(.{2,30}?)(?:全体|各位|领导|同仁)[^:：]{0,40}[:：]$/;
/** A signature: the body, and its people at most (…中心学校全体师生). */
const SIGNED = /^(.{2,40}?)(?:全体[\u4e00-\u9fff]{1,6})?$/;
/** A letter's date under its signature (2023年11月20日). */
const LETTER_DATE = /^(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$/;

/** 贵院 and 我院 of a letter as mentions of the institutions written to and signing; none when the text is no letter. */
export function letterRefs(ctx: ArticleContext): Ref[] {
  if (!/贵(院|校|单位|公司|局|委|中心|会)/.test(ctx.text)) return [];
  const all = linesOf(ctx.text);
  const head = all.slice(0, 4);
  const to = head.map((l) => institutionOf(ctx, l, TO_TITLE)).find(Boolean) ?? head.map((l) => institutionOf(ctx, l, SALUTATION)).find(Boolean);
  if (to) {
    // The signature: a line near the end that is an institution's name and nothing else.
    const from = all.slice(-3).reverse().map((l) => institutionOf(ctx, l, /^(.+)$/)).find(Boolean);
    return [...standing(ctx, YOURS, to), ...(from ? standing(ctx, OURS, from) : [])];
  }
  // A letter a story prints whole (现将感谢信全文刊发如下): its salutation to a body, and its signature over its date.
  const opening = all.findIndex((l) => institutionOf(ctx, l, ADDRESSED) !== undefined);
  const addressed = opening >= 0 ? institutionOf(ctx, all[opening]!, ADDRESSED) : undefined;
  if (!addressed) return [];
  const dated = all.findIndex((l, k) => k > opening && LETTER_DATE.test(l.text));
  // (The signing body over the date, or over the lines of others signing with it: …医院全体职工 / 患者代表：王桂兰… / 2023年10月12日.)
  const from = all.slice(Math.max(opening + 1, dated - 3), Math.max(opening + 1, dated)).reverse().map((l) => institutionOf(ctx, l, SIGNED)).find(Boolean);
  return [...standing(ctx, YOURS, addressed), ...(from ? standing(ctx, OURS, from) : [])];
}

/** A letter's signatory under the signing body (科尔沁右翼前旗人民医院\n院长：斯琴巴特尔): works there, with that title. */
export function signatories(ctx: ArticleContext): Relation[] {
  if (!/贵(院|校|单位|公司|局|委|中心|会)/.test(ctx.text)) return [];
  const last = linesOf(ctx.text).slice(-4);
  let at = -1;
  let from: Ref | undefined;
  while (!from && ++at < last.length) from = institutionOf(ctx, last[at]!, /^(.+)$/);
  if (!from) return [];
  const out: Relation[] = [];
  for (const l of last.slice(at + 1)) {
    const signed = /^([\u4e00-\u9fff、]{1,12})[:：]\s*/.exec(l.text);
    const person = signed ? ctx.within(l.start, l.start + l.text.length).find((r) => r.entity.label === "Person" && r.mention.start === l.start + signed[0].length) : undefined;
    const s = person && ctx.sentenceAt(person.mention.start);
    if (person && s) out.push({ type: "WORKS_AT", source: person.entity.id, target: from.entity.id, props: { role: signed![1]! }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** An institution's kind opening a clause (基金会向…捐赠, 公司董事长…, 该医院…), or following a quotation (…”公司董事长刘建国说):
 * the one of that kind named just before. */
const HEAD = /(?<=^|[，,。；;：:\n”」])(该)?(基金会|公司|集团|医院|学校|协会|商会|合作社|企业(?=负责人|董事长|总经理|副总经理|经理|创始人))(?=[\u4e00-\u9fff])/g;

export function headRefs(ctx: ArticleContext): Ref[] {
  const out: Ref[] = [];
  for (const m of ctx.text.matchAll(HEAD)) {
    const at = m.index!;
    const s = ctx.sentenceAt(at);
    if (!s || ctx.inMention(at)) continue;
    const kind = m[2]!;
    // (A group's registered name ends in its legal form: 北京京兴城市建设投资集团有限公司 is the 集团.)
    // (企业 before its head's title is any enterprise: 企业负责人杨志刚 after the company's name.)
    const named = ctx.recent(at, s, (r) => isInstitution(r.entity) && (r.entity.name.endsWith(kind) || (kind === "集团" && /集团(股份)?有限(责任)?公司$/.test(r.entity.name)) ||
      (kind === "企业" && r.entity.label === "Enterprise")), 8);
    if (named) out.push({ mention: { ...named.mention, start: at, end: at + m[0].length, surface: m[0], nested: false }, entity: named.entity });
  }
  return out;
}
