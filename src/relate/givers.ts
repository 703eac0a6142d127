// Who gives a sum a sentence names: the Beijing bodies named before it, a donor right before its verb, or one pointed at.
import type { Sentence } from "../normalise/index.js";
import type { Amount } from "./amounts.js";
import { pointersIn } from "./anaphora.js";
import { inProgrammeName } from "./surroundings.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { chainStart, listedWithLast, mostSpecific, runEnd } from "./ref-runs.js";
import { FUNDING } from "./grant-words.js";

/** The Beijing side's names among the refs, the most specific of each chain. */
export function beijingRefs(ctx: ArticleContext, refs: Ref[]): Ref[] {
  return mostSpecific(ctx, refs.filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person"));
}

/** A place opening a name in quotes, a fund's or a project's (“西城助学金”, “京蒙同心·助学圆梦”): no giver. */
const inQuotedName = (ctx: ArticleContext, r: Ref) => /[“"‘]$/.test(ctx.text.slice(r.mention.start - 1, r.mention.start)) &&
  /^[^”"’，,。；;\n]{1,10}[”"’]/.test(ctx.text.slice(r.mention.end, r.mention.end + 12));

/** The givers the sentence names for the sum at `amount` in `clause`: the Beijing bodies named before it (`funders`), a donor
 * right before its verb, and the ids of those who give it (none where it names none). */
export function namedGivers(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amount: Amount, inSentence: Ref[], inClause: Ref[]): { funders: Ref[]; donor: Ref | undefined; ids: string[] } {
  const lead = ctx.text.slice(clause.start, amount.start);
  // The last funder named and those listed with it (百通科信有限公司、亦城合作发展基金会).
  // (Not a place where something is done: 公司在北京市大兴区设立销售中心，投资3000万元….)
  const named = inSentence.filter((r) => r.mention.end <= amount.start && !inProgrammeName(ctx, r) && !inQuotedName(ctx, r) &&
    // (好在 and 正在 say nothing of a place: 好在北京市西城区教育委员会今年给阿里河二小拨了65万元.)
    !/(?<![好正现实])(在|到|赴|于|落户|来到|进入)(北京市?)?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 5), r.mention.start)) &&
    // (Nor the home of unnamed givers: 北京经济技术开发区部分企业…捐赠, 大兴区爱心企业.)
    !/^的?(部分|一些|多家|辖区|爱心|[0-9一二三四五六七八九十]+家)?(企业|商户|爱心人士|社会组织)/.test(ctx.text.slice(r.mention.end, r.mention.end + 8)) &&
    // (Nor the home of the people another giver brings, named before it: 石景山区协调平谷的果树专家…，同时安排…860万元.)
    !(/^的[\u4e00-\u9fff]{0,4}(专家|教师|老师|医生|干部|技术员|技术人员|团队|人才)/.test(ctx.text.slice(r.mention.end, r.mention.end + 8)) && inSentence.some((o) => o.mention.end <= r.mention.start && ctx.sideOf(o.entity) === "beijing" && o.entity.label !== "Province" && o.entity.id !== r.entity.id)) &&
    // (Nor the one whose project it supports: …（含支持丰泽肉羊加工项目的2000万元）.)
    !/(支持|扶持|资助|帮助|用于)$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start)) &&
    // (Nor the one given to: 四子王旗组织企业向受灾严重的门头沟区捐赠….)
    !/向[^,，。向]{0,10}$/.test(ctx.text.slice(Math.max(s.start, r.mention.start - 11), r.mention.start)) &&
    // (Nor the channel a giver named before it gives through: 北京瑞丰达物流有限公司通过大兴区慈善协会向…捐赠.)
    !(/(通过|经由)$/.test(ctx.text.slice(Math.max(s.start, r.mention.start - 2), r.mention.start)) && inSentence.some((o) => o.mention.end <= r.mention.start - 2 && isInstitution(o.entity) && ctx.sideOf(o.entity) === "beijing")));
  // (A place named again as the giver after a place of its own named before is the giver, not that one: 长沟镇泉水峪村与…结成
  // “姊妹村”，长沟镇出资约60万元….)
  const last = named.filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person").pop();
  const again = last && (last.entity.label === "Township" || last.entity.label === "District") && named.some((o) => o.mention.start < last.mention.start && ctx.contains(last.entity.id, o.entity.id)) &&
    !named.some((o) => o.mention.start >= last.mention.end && ctx.contains(last.entity.id, o.entity.id));
  const listed = again ? [last] : listedWithLast(ctx, beijingRefs(ctx, named), /^(、|和|及|与|联合|会同)$/);
  // (In a table's row, a body of Beijing gives, not its district in the column after it: 北京市西城区金融商会|西城区|喀喇沁旗|
  // 锦山镇马鞍山村|捐资45万元….)
  const rowBody = listed.length === 1 && isPlace(listed[0]!.entity) && /[|｜]/.test(s.text) ?
    named.filter((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing" && r.mention.end <= listed[0]!.mention.start &&
      ctx.within(r.mention.start, r.mention.end, true).some((x) => x.mention.nested && x.entity.id === listed[0]!.entity.id)).pop() : undefined;
  const funders = rowBody ? [rowBody] : listed;
  // (向察右后旗医院捐赠…: the one given to, not the giver; nor the last of those given to, 向阿里河镇第一小学、大杨树镇第二中学捐赠.)
  const donor = inClause.filter((r) => isInstitution(r.entity) && r.mention.end <= amount.start && /^(捐资|捐助|捐赠|捐款|出资)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2)) &&
    !/[向为给对][我本该]?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start)) && !/[向为给对][^，,。；;]*[、和及]$/.test(ctx.text.slice(clause.start, r.mention.start))).pop();
  if (donor) return { funders, donor, ids: [donor.entity.id] };
  // (A person may give too: 爱心人士曲振东也向库伦旗第二中学个人捐款2万元, 韩立东以个人名义向…捐赠20万元, 居民王秀兰女士捐款3万元.)
  const person = inClause.filter((r) => r.entity.label === "Person" && r.mention.end <= amount.start &&
    /^(女士|先生|同志)?(也|还|又|个人|本人|以个人名义|连续[0-9一二三四五六七八九十]+年|多年来|先后|累计)*(向[^,，。；;]{2,24}?)?(个人|自费)?(捐款|捐资|捐赠|捐助|资助)/.test(ctx.text.slice(r.mention.end, amount.start))).pop();
  if (person) return { funders, donor: person, ids: [person.entity.id] };
  // (Or a body of Beijing pointed at, giving in the clause: 仪式现场，该集团向宝力根嘎查捐款50万元.)
  // (Or giving straight after, the one given to named later: 2023年，集团出资120万元，为…卫生院购置….)
  const pointer = pointersIn(ctx, s, clause.start, amount.start).filter((p) => isInstitution(p.ref.entity) && ctx.sideOf(p.ref.entity) === "beijing" &&
    // (Or a company's yearly help: 公司每年向该嘎查提供帮扶资金10万元.)
    (/^(也|还|又|再|当场|现场|每年|今年|当年)*向[^,，。；;]{2,24}?(捐款|捐资|捐赠|捐助|提供|拨付|投入|资助)/.test(ctx.text.slice(p.end, amount.start)) ||
      /^(于[0-9]{4}年)?(也|还|又|再|共|累计|先后)*(出资|捐资|捐款|捐赠)$/.test(ctx.text.slice(p.end, amount.start)) ||
      // (Or a bureau's own grant: 局里明确拨付帮扶资金15万元.)
      /^(明确|已经?|先后|共|累计|再|又|还|也)*(拨付|投入|安排)[^,，。；;]{0,6}(资金|经费)$/.test(ctx.text.slice(p.end, amount.start)))).pop();
  if (pointer) return { funders, donor: refAt(pointer.ref.entity, pointer.start, pointer.end), ids: [pointer.ref.entity.id] };
  // (Or a body of Beijing pointed at as the sentence's subject, giving in a clause of its own: 这家位于大兴区瀛海镇的速冻食品
  // 企业…，今年又捐资30万元.)
  const pointedDonor = pointersIn(ctx, s, s.start, clause.start).filter((p) => /^这[家所]/.test(ctx.text.slice(p.start, p.end)) &&
    isInstitution(p.ref.entity) && ctx.sideOf(p.ref.entity) === "beijing" && /^(又|还|也|再|今年|去年)*(捐资|捐助|捐赠|捐款|出资)/.test(lead)).pop();
  return { funders, donor, ids: pointedDonor ? [pointedDonor.ref.entity.id] : funders.map((f) => f.entity.id) };
}

/** What follows a unit of Inner Mongolia that gives itself, or has its people give (宁城县干部群众自发向…捐款). */
const GIVES_ITSELF = /^(干部群众|各界群众|广大群众|群众|人民|各族群众|社会各界|各界|干部职工)?(自发|主动|第一时间|随即|还|也|积极)?(组织|动员|向|为|给|捐)/;

/**
 * Money Inner Mongolia gives (四子王旗…组织当地企业向…门头沟区捐赠…物资，价值45万元): the clause of the giving verb opens with a
 * unit of that side, after a time at most; or a body of that side hands it down (自治区农牧厅今年下达的80万元…). `to` is the
 * Beijing body it is given to, the way back, when the unit gives itself (宁城县干部群众自发向我区捐款62.3万元), not what it got
 * others to give (组织当地企业向…捐赠).
 */
export function innerMongoliaGift(ctx: ArticleContext, s: Sentence, clauses: { start: number; end: number }[], amount: Amount): { giver: Ref; to: Ref | undefined } | undefined {
  const giving = clauses.filter((c) => c.start <= amount.start && FUNDING.test(ctx.text.slice(c.start, Math.min(c.end, amount.start)))).pop();
  // (The most specific of a written chain: 鄂尔多斯市东胜区向兴安盟科右中旗拨付….)
  const givingRefs = giving ? ctx.within(giving.start, giving.end) : [];
  const giver = givingRefs.length > 0 ? givingRefs[runEnd(givingRefs, 0)] : undefined;
  if (!giver || ctx.sideOf(giver.entity) !== "inner-mongolia" || !(isPlace(giver.entity) || isInstitution(giver.entity)) ||
    !/^(【[^】]{1,12}】)?([0-9一二三四五六七八九十]{1,4}年)?([0-9一二三四五六七八九十]{1,2}月)?(第一时间|随即|还|也)?$/.test(ctx.text.slice(giving!.start, chainStart(ctx, giving!.start, giver)))) return undefined;
  if (!GIVES_ITSELF.test(ctx.text.slice(giver.mention.end, giver.mention.end + 12)) &&
    !(isInstitution(giver.entity) && /^((?:19|20)[0-9]{2}年|今年|当年|年内|已|再)?(下达|下拨|拨付)/.test(ctx.text.slice(giver.mention.end, giver.mention.end + 6)))) return undefined;
  const to = pointersIn(ctx, s, giver.mention.end, amount.start).map((p) => refAt(p.ref.entity, p.start, p.end)).concat(ctx.within(giver.mention.end, amount.start))
    .filter((r) => ctx.sideOf(r.entity) === "beijing" && /向$/.test(ctx.text.slice(r.mention.start - 1, r.mention.start)) && !/(组织|动员)/.test(ctx.text.slice(giver.mention.end, r.mention.start))).pop();
  return { giver, to };
}

/** The words after a sum said again that open its parts (356万元文化领域资金中，150万元…). */
const RESTATED_SUM = /^[\u4e00-\u9fff]{0,10}?中[,，:：]$/;

/** The giver of a sum told before that a sentence opens by saying again, to give its parts (356万元文化领域资金中，150万元用于
 * 阿尔山市文化馆…): the one the article read giving that sum. */
export function restatedGiver(ctx: ArticleContext, s: Sentence, first: Amount, amount: Amount, given: Relation[]): string[] {
  if (first.start !== s.start || !RESTATED_SUM.test(ctx.text.slice(first.end, amount.start))) return [];
  const told = given.find((r) => r.type === "FUNDED" && r.props["amountYuan"] === first.yuan);
  return told ? [told.source] : [];
}

/** The refs with the article's voice (its district) where 我区 stands for it between `from` and `to`, in text order. */
export function withVoice(ctx: ArticleContext, refs: Ref[], from: number, to: number): Ref[] {
  const voice = ctx.voice;
  if (!voice) return refs;
  const said = [...ctx.text.slice(from, to).matchAll(/我区/g)].map((m) => from + m.index!).filter((at) => !ctx.inMention(at)).map((at) => refAt(voice, at, at + 2));
  return said.length === 0 ? refs : [...refs, ...said].sort((a, b) => a.mention.start - b.mention.start);
}
