// Projects written as labelled fields, on one line (项目名称：…；实施地点：…；资金规模：350万元；帮扶单位：北京市丰台区) or a
// field a line: FUNDED from the giver's field (else the district in focus) to the place's, one per record; people's
// records the same way, WORKS_AT and ASSIGNED_TO as a table's rows give them.
import { amountsIn } from "./amounts.js";
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, isInstitution, isPlace, linesOf, type Ref, type Relation } from "./context.js";
import type { Entity } from "../resolve/index.js";
import { ownPlacesIn } from "./surroundings.js";
import { mostSpecific, placesListed } from "./ref-runs.js";
import { FUNDER_HEADER, INVESTOR_HEADER, PLACE_HEADER, PURPOSE_HEADER } from "./table-headers.js";
import { PERSON_FIELDS, personPostings } from "./table-postings.js";
import { enterpriseRecordAt, SITE_LABEL } from "./record-investments.js";

/** A field: its label, then its value up to the next field's separator. */
// (A label may carry its unit in brackets: 资金规模（万元）：680.)
// (Or what else it covers, 受援乡镇（苏木）：; a value ends where a space sets the next field apart: 帮扶镇街：延庆镇 受援乡镇：….)
const FIELD = /([\u4e00-\u9fff]{2,8}(?:[（(](?:万元|亿元|元|[\u4e00-\u9fff]{1,6})[）)])?)[:：]([^；;。\n]+?)(?=\s+[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[:：]|[；;。\n]|$)/g;
const AMOUNT_LABEL = /(资金规模|资金|金额|投资|投入|补助|援助)/;

export interface Field { label: string; start: number; end: number; value: string }

/** A record's fields, and the line right above a run of field lines, which may name its project (1.千斤沟镇西营子村…项目). */
export interface FieldRecord { fields: Field[]; head?: { start: number; end: number } }

/** Records: a line of two fields or more, or a run of lines of fields (项目单位：…\n实施地点：…\n资金规模：…; 1．帮扶镇街：…　受援乡镇：…\n
 * 项目名称：…\n结对帮扶资金：35万元　旗级配套资金：无). */
function recordsOf(text: string): FieldRecord[] {
  const records: FieldRecord[] = [];
  let run: Field[] = [];
  let head: FieldRecord["head"];
  // The last line of no field since the last record: a project's heading, when a run of fields follows it (a field that
  // runs on in sentences may stand between, 建设内容：…。该院…).
  let heading: FieldRecord["head"];
  const close = () => {
    if (run.length >= 2) {
      records.push({ fields: run, ...(head ? { head } : {}) });
      heading = undefined;
    }
    run = [];
    head = undefined;
  };
  for (const line of linesOf(text)) {
    // (A line of fields set apart by commas, a person's name or a body first: 1.李文博，派出单位：…，服务单位：…; 1．敖汉旗人民医院，结对单位：….)
    const named = namedFields(line);
    if (named) {
      close();
      records.push({ fields: named });
      continue;
    }
    const fields = [...line.text.matchAll(FIELD)].map((m) => ({ label: m[1]!, start: line.start + m.index! + m[1]!.length + 1, end: line.start + m.index! + m[0].length, value: m[2]! }));
    // (A field's line holds fields alone, from a list's number on, set apart by spaces or semicolons, a full stop after the
    // last at most: a sentence with a colon in it, 联系电话：…, ends nothing it is not.)
    const lineEnd = line.start + line.text.replace(/[。.；;]$/, "").length;
    // (A decorative mark may open it, as a post's cards do: 👤原单位：….)
    const opening = /^\s*(?:[\p{Extended_Pictographic}\p{So}]\uFE0F?\s*)?(?:[0-9]{1,2}[.、．]|[(（][一二三四五六七八九十0-9]{1,2}[)）])?\s*/u.exec(line.text)![0].length;
    const ofFields = fields.length > 0 && fields[0]!.start - line.start === opening + fields[0]!.label.length + 1 && fields[fields.length - 1]!.end === lineEnd &&
      fields.every((f, k) => k === 0 || /^[\s　；;]*$/.test(text.slice(fields[k - 1]!.end, f.start - f.label.length - 1)));
    if (ofFields) {
      // A field met again opens the next record (a list of projects without headings between them).
      if (run.some((f) => fields.some((x) => x.label === f.label))) close();
      if (run.length === 0) head = heading;
      run.push(...fields);
      continue;
    }
    close();
    // (A blank line keeps the heading above it: 1️⃣ 王志刚 / (blank) / 👤原单位：….)
    if (!line.text.trim()) continue;
    // (A line of fields and sentences keeps the heading above it too: 1.北京兴商源农牧科技有限公司 / 项目：…。建设地点：…。)
    if (fields.length >= 2) records.push({ fields, ...(heading ? { head: heading } : {}) });
    else if (fields.length === 0) heading = line.text.length <= 50 && !/[。!?；;]./.test(line.text) ? { start: line.start, end: line.start + line.text.length } : undefined;
  }
  close();
  return records;
}

/** A line opening with a name, a comma and a field of where one comes from; the fields after it set apart by commas. */
const NAMED_LINE = /^\s*(?:[0-9]{1,2}[.、．]\s*)?([\u4e00-\u9fff·]{2,6})[,，]\s*(?=(?:原单位|派出单位|工作单位|所在单位)[:：])/;
/** Or opening with a body helped, a comma and the field of its partner (1．敖汉旗人民医院，结对单位：北京市海淀区上地医院；). */
// (Or a dash: 1. 巴林右旗大板第一中学——结对学校:北京经济技术开发区亦庄科创中学;项目资金60万元.)
const HELPED_LINE = /^\s*(?:[0-9]{1,2}[.、．]\s*)?([\u4e00-\u9fff（）()]{4,30}?)(?:[,，]|——|—)\s*(?=(?:结对单位|帮扶单位|结对医院|结对学校|帮扶医院|帮扶学校)[:：])/;
/** A field, up to the next one's label or a stop (a semicolon may end it: …结对学校:…;项目资金60万元). */
const COMMA_FIELD = /([\u4e00-\u9fff]{2,8})[:：]([^\n]+?)(?=[,，；;][\u4e00-\u9fff]{2,8}[:：]|[。；;]|$)/g;

/** The fields of such a line, the name or the body its first (姓名, 受援单位), or none where it is no such line. */
function namedFields(line: { text: string; start: number }): Field[] | undefined {
  const named = NAMED_LINE.exec(line.text);
  const opening = named ?? HELPED_LINE.exec(line.text);
  if (!opening) return undefined;
  const nameAt = line.start + opening[0].indexOf(opening[1]!);
  const fields: Field[] = [{ label: named ? "姓名" : "受援单位", start: nameAt, end: nameAt + opening[1]!.length, value: opening[1]! }];
  const rest = line.text.slice(opening[0].length);
  for (const m of rest.matchAll(COMMA_FIELD)) {
    const start = line.start + opening[0].length + m.index! + m[1]!.length + 1;
    // (A partner's field named by its kind is the partner body's: 结对学校, 帮扶医院.)
    const label = !named && /^(结对|帮扶)(学校|医院)$/.test(m[1]!) ? `${m[1]!.slice(0, 2)}单位` : m[1]!;
    fields.push({ label, start, end: start + m[2]!.length, value: m[2]! });
  }
  return fields.length >= (named ? 3 : 2) ? fields : undefined;
}

/** A record's line: a place's field and a sum's, labelled, on one line. */
const RECORD_LINE = /(实施地点|项目地点|建设地点)[:：][^；;]*[；;].*(资金规模|资金|金额|补助)[^:：；;]{0,8}[:：]|(资金规模|资金|金额|补助)[^:：；;]{0,8}[:：][^；;]*[；;].*(实施地点|项目地点|建设地点)[:：]/;
/** A price paid to a builder or supplier, not a grant: 合同金额, 中标价, 决算审定金额. */
const CONTRACT_LABEL = /(合同|中标|成交|决算|审定|结算|招标|控制价|预算)/;
/** A sum only proposed or applied for, not given: 拟奖补金额, 申请资金, 计划投资. */
const PROPOSED_LABEL = /^(拟|计划|预计|申请|申报)/;
/** Beijing's part of a project's money, named before its figure (其中京蒙协作资金800; 西城区东西部协作资金700万元). */
const BEIJING_PART = /(京蒙协作资金|京蒙资金|东西部协作资金|协作资金|援助资金|帮扶资金)[为:：]?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|亿元|元)?/;
/** The unit a notice states for all its figures (金额单位：万元, 单位：万元). */
const DECLARED_UNIT = /(?:金额|资金)?单位[:：]\s*(万元|亿元)|(?:金额|资金)单位(?:均|统一)?为(万元|亿元)/;
const UNIT: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 元: 1 };

/** `investing`: the giver's field names an enterprise investing its own money (投资主体：北京…有限公司). */
interface Grant { funder: Entity; recipient: Ref; also: Ref[]; amount: { start: number; end: number; yuan: number; approx: boolean }; purpose: string; investing: boolean }

/** The grant a record states, if one: FUNDED from the giver's field (else the district in focus) to the place's field or
 * the project its heading names. */
function grantOf(ctx: ArticleContext, { fields, head }: FieldRecord, declared: string | undefined): Grant | undefined {
  const field = (re: RegExp) => fields.find((f) => re.test(f.label));
  const moneyFields = fields.filter((f) => AMOUNT_LABEL.test(f.label) && !CONTRACT_LABEL.test(f.label) && !PROPOSED_LABEL.test(f.label));
  let amount: Grant["amount"] | undefined;
  // (A sum whose parts follow it, 340万元（其中土贵乌拉镇中心卫生院200万元，…）, is no one site's where the record names several.)
  let partsAfter = false;
  for (const money of moneyFields) {
    // Beijing's part first, where a field names it among others (总投资980，其中京蒙协作资金800，旗级配套180).
    const part = BEIJING_PART.exec(money.value);
    // (A bare figure takes the label's unit, 资金规模（万元）：680, or the notice's.)
    const unit = /[（(](万元|亿元|元)[）)]/.exec(money.label)?.[1] ?? declared;
    if (part && (part[3] ?? unit)) {
      const start = money.start + part.index + part[0].indexOf(part[2]!);
      amount = { start, end: start + part[2]!.length, yuan: Math.round(Number(part[2]!.replace(/,/g, "")) * UNIT[part[3] ?? unit!]!), approx: false };
      break;
    }
    // (All of it Beijing's: 总投资450，全部为京蒙协作资金. A sum stated before its parts is the field's: 45万元（其中10万元为…）.)
    const stated = amountsIn(money.value, money.start)[0];
    const lead = stated ? money.value.slice(0, stated.start - money.start) : money.value;
    if (/(其中|配套|自筹|衔接)/.test(lead) && !/全部为/.test(money.value)) continue;
    partsAfter = !!stated && /其中/.test(money.value.slice(stated.end - money.start));
    const bare = unit ? /^\s*(?:总投资|投资|资金)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9.,]*\s*(万|亿|元))/.exec(money.value) : null;
    amount = stated ?? (bare ? { start: money.start, end: money.start + bare[0].length, yuan: Math.round(Number(bare[1]!.replace(/,/g, "")) * UNIT[unit!]!), approx: false } : undefined);
    if (amount) break;
  }
  // (A project's name field heads it too: 项目三：鄂伦春自治旗人民医院远程诊疗…项目.)
  const named = field(/^项目([一二三四五六七八九十0-9]{1,3}|名称)$/);
  const heading = head ?? (named ? { start: named.start, end: named.end } : undefined);
  // (Or the body that carries it out, where no place is given, in a field or the heading: 承担单位：四子王旗人民医院; not where
  // the heading names the place, 一、扣河子镇五星嘎查荞麦良种繁育基地建设项目 / 实施单位：库伦旗扣河子镇人民政府.)
  const placeField = field(PLACE_HEADER);
  const headPlaced = !placeField && heading !== undefined && ownPlacesIn(ctx, heading.start, heading.end, []).some((r) => isPlace(r.entity));
  // (Nor where what is built is said to be built at a place: 建设内容：在白音花镇道劳代嘎查建设荞麦绿色高产示范田3000亩.)
  const content = !placeField && !headPlaced ? field(/^(建设内容|项目内容)$/) : undefined;
  const builtAt = content && /^\s*在/.test(content.value) ? { ...content, start: content.start + content.value.indexOf("在") + 1, end: content.start + content.value.search(/(建设|新建|实施|开展|改造|修建|打造|$)/) } : undefined;
  const place = placeField ?? (headPlaced ? undefined : builtAt && ctx.within(builtAt.start, builtAt.end).some((r) => isPlace(r.entity)) ? builtAt : field(/^(承担单位|实施单位)$/));
  if (!amount || (!place && !heading)) return undefined;
  const giver = field(FUNDER_HEADER);
  const givers = giver ? mostSpecific(ctx, ctx.within(giver.start, giver.end).filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person")) : [];
  // (The programme's money is the district's, whatever body helps: 帮扶单位：北京市朝阳区太阳宫医院 with 京蒙协作资金1200万元.)
  const programme = /(京蒙协作资金|京蒙资金|东西部协作资金)/.test(ctx.text.slice(amount.start - 12, amount.start)) && givers.length > 0 && isInstitution(givers[givers.length - 1]!.entity) && ctx.beijingFocus;
  // (A district the money's own field names gives it, or the street it names last: 奖补资金：石景山区协作资金50万元, 资金来源：丰台区云岗街道捐赠资金60万元.)
  const moneyField = fields.find((f) => amount!.start >= f.start && amount!.start < f.end);
  const fieldGiver = moneyField ? ctx.within(moneyField.start, amount.start).filter((r) => r.entity.label !== "Person" && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "beijing").pop()?.entity : undefined;
  const funder = fieldGiver ?? (programme ? ctx.beijingFocus : givers[givers.length - 1]?.entity ?? (giver && !BEIJING_PART.test(giver.value) ? undefined : ctx.beijingFocus));
  const sites = place ? mostSpecific(ctx, ctx.within(place.start, place.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && ctx.sideOf(r.entity) !== "beijing")) : [];
  // A body at the site is what the money builds for (实施地点：宝昌镇太仆寺旗人民医院), not the town it stands in.
  if (partsAfter && sites.length > 1) return undefined;
  // (Or the body the heading's project is for, where it stands at the site: 1.阿里河镇第二幼儿园附属设施改造项目 / 实施地点：阿里河镇.)
  const headed = heading && !sites.some((r) => isInstitution(r.entity)) ? mostSpecific(ctx, ctx.within(heading.start, heading.end).filter((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) !== "beijing")) : [];
  const atSite = headed.length === 1 && sites.length === 1 && (ctx.within(headed[0]!.mention.start, headed[0]!.mention.end, true).some((r) => r.entity.id === sites[0]!.entity.id) || ctx.contains(sites[0]!.entity.id, headed[0]!.entity.id)) ? headed[0] : undefined;
  // (Or the body the heading opens with, its place in brackets after it: 1. 道须沟山居青年旅舍（黑里河镇道须沟村）.)
  const headBody = head && !place ? ctx.within(head.start, head.end).find((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) !== "beijing" && !/[\u4e00-\u9fff]/.test(ctx.text.slice(head.start, r.mention.start)) && /^\s*(?:[（(]|$)/.test(ctx.text.slice(r.mention.end, head.end))) : undefined;
  const recipient = atSite ?? sites.find((r) => isInstitution(r.entity)) ?? sites[0] ?? headBody ?? (heading ? ownPlacesIn(ctx, heading.start, heading.end, funder ? [funder.id] : []) : [])[0];
  if (!funder || !recipient || funder.id === recipient.entity.id) return undefined;
  // (项目名称 or 建设内容 before a field that only starts with 项目: 项目单位 is who runs it.)
  const purpose = field(/(项目名称|建设内容|项目内容)/) ?? field(PURPOSE_HEADER);
  // (Places of one kind the field lists share the sum: 实施地点：白音花镇双山子村、三家子村.)
  const listed = recipient === sites[0] ? placesListed(ctx, sites) : [recipient];
  const investing = funder.label === "Enterprise" && INVESTOR_HEADER.test(giver?.label ?? "");
  return { funder, recipient, also: listed.slice(1), amount, purpose: purpose && !/单位$/.test(purpose.label) ? purpose.value.trim().slice(0, 40) : "", investing };
}

const recordLists = new WeakMap<ArticleContext, FieldRecord[]>();
/** The article's records, read once. */
export function recordsIn(ctx: ArticleContext): FieldRecord[] {
  let list = recordLists.get(ctx);
  if (!list) recordLists.set(ctx, (list = recordsOf(ctx.text)));
  return list;
}

/** The helper's field and the helped's of one record (帮扶镇街：延庆区延庆镇 受援乡镇（苏木）：白音察干镇), where the helper's
 * field opens in the sentence: the two named in them, each its most specific. */
export function recordPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  if (!/(帮扶|结对)[^:：\n]{0,6}[:：]/.test(s.text)) return [];
  const out: [Ref, Ref][] = [];
  for (const { fields } of recordsIn(ctx)) {
    const helper = fields.find((f) => FUNDER_HEADER.test(f.label) && /(帮扶|结对)/.test(f.label));
    // (Or the body carrying the project out, where a body helps it: 实施单位：科尔沁左翼中旗人民医院 帮扶单位：北京市朝阳区太阳宫医院.)
    const helped = fields.find((f) => f !== helper && /(受援|受帮扶|被帮扶|结对)/.test(f.label) && PLACE_HEADER.test(f.label)) ??
      (/单位$/.test(helper?.label ?? "") ? fields.find((f) => /^(实施单位|承担单位|项目单位|受援单位)$/.test(f.label)) : undefined);
    // (Or, for a district paired, the banner its project is built in: 建设地点：兴安盟阿尔山市白狼镇 / 北京结对区：东城区.)
    const site = !helped && /区$/.test(helper?.label ?? "") ? fields.find((f) => SITE_LABEL.test(f.label)) : undefined;
    if (!helper || !(helped || site) || helper.start < s.start || helper.start >= s.end) continue;
    const named = (f: Field) => mostSpecific(ctx, ctx.within(f.start, f.end).filter((r) => r.entity.label !== "Person")).pop();
    const a = named(helper);
    const b = helped ? named(helped) : ctx.within(site!.start, site!.end).filter((r) => r.entity.label === "Banner").pop();
    if (a && b) out.push([a, b]);
  }
  return out;
}

const grants = new WeakMap<ArticleContext, Grant[]>();
function grantsOf(ctx: ArticleContext): Grant[] {
  let list = grants.get(ctx);
  if (list) return list;
  list = [];
  if (/(资金|金额|投资|投入|补助|援助)[^:：\n]{0,8}[:：]/.test(ctx.text)) {
    const declared = DECLARED_UNIT.exec(ctx.text);
    for (const record of recordsIn(ctx)) {
      const grant = grantOf(ctx, record, declared?.[1] ?? declared?.[2]);
      if (grant) list.push(grant);
    }
  }
  grants.set(ctx, list);
  return list;
}

/** The sentence stands in a record's line, or holds the sum of a record read whole by recordFunding. (Its fields may be
 * sentences of their own, split at semicolons: the line is looked at.) */
export function inRecord(ctx: ArticleContext, s: Sentence): boolean {
  if (enterpriseRecordAt(ctx, s.start)) return true;
  if (!/[:：]/.test(s.text)) return false;
  const lineEnd = ctx.text.indexOf("\n", s.start);
  if (RECORD_LINE.test(ctx.text.slice(ctx.text.lastIndexOf("\n", s.start) + 1, lineEnd < 0 ? ctx.text.length : lineEnd))) return true;
  return grantsOf(ctx).some((g) => g.amount.start >= s.start && g.amount.start < s.end);
}

export function recordFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const { funder, recipient, also, amount, purpose, investing } of grantsOf(ctx)) {
    const s = ctx.sentenceAt(amount.start);
    if (!s) continue;
    // (An enterprise's own money is INVESTED_IN the place it builds in, a park's place where the site is a park.)
    if (investing) {
      const place = isPlace(recipient.entity) ? recipient : ctx.within(recipient.mention.start, recipient.mention.end, true).filter((x) => isPlace(x.entity)).pop();
      if (place) out.push({ type: "INVESTED_IN", source: funder.id, target: place.entity.id, props: { amountYuan: amount.yuan, approx: amount.approx }, confidence: 0.7, evidence: ctx.evidence(s) });
      continue;
    }
    for (const to of [recipient, ...also]) {
      out.push({
        type: "FUNDED", source: funder.id, target: to.entity.id,
        props: { amountYuan: amount.yuan, approx: amount.approx, purpose, year: ctx.reportYear, shared: also.length > 0 },
        confidence: 0.7, evidence: ctx.evidence(s),
      });
    }
  }
  return out;
}

/** People's records written a field a line (姓名：王磊\n派出单位：…\n挂职单位及职务：…\n挂职时间：…). */
export function recordPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(姓名|名字|原单位|派出单位|工作单位|所在单位)[:：]/.test(ctx.text)) return out;
  for (const { fields, head } of recordsIn(ctx)) {
    const field = (re: RegExp) => fields.find((f) => re.test(f.label));
    // (Or the card's heading is the name, alone on its line: 1️⃣ 王志刚 / 👤原单位：….)
    const name = field(PERSON_FIELDS.name) ?? (head && field(PERSON_FIELDS.home) ? cardName(ctx, head) : undefined);
    if (!name) continue;
    const home = field(PERSON_FIELDS.home);
    const posting = field(PERSON_FIELDS.posting);
    const duration = field(PERSON_FIELDS.duration);
    const title = field(PERSON_FIELDS.title);
    out.push(...personPostings(ctx, {
      name, at: name.start, ...(home ? { home } : {}), ...(posting ? { posting, postingLabel: posting.label } : {}),
      ...(duration ? { duration: duration.value.trim() } : {}), ...(title ? { title: title.value } : {}),
    }));
  }
  return out;
}

/** A record's heading that is a person's name alone, a mark or a number before it, as a field of the name. */
function cardName(ctx: ArticleContext, head: { start: number; end: number }): Field | undefined {
  const person = ctx.within(head.start, head.end).find((r) => r.entity.label === "Person");
  if (!person || ctx.text.slice(person.mention.end, head.end).trim() || /[\u4e00-\u9fff]/.test(ctx.text.slice(head.start, person.mention.start))) return undefined;
  return { label: "姓名", start: person.mention.start, end: person.mention.end, value: ctx.text.slice(person.mention.start, person.mention.end) };
}

/** The site a notice's field gives its project (建设地点：通辽市库伦旗扣河子镇新发村): its most specific place, if one field says. */
export function projectSite(ctx: ArticleContext): Ref[] {
  const sites = [...ctx.text.matchAll(/(?:建设地点|实施地点|项目地点)[:：]\s*([^\n；;。]{2,40})/g)];
  if (sites.length !== 1) return [];
  const at = sites[0]!.index! + sites[0]![0].length - sites[0]![1]!.length;
  const places = mostSpecific(ctx, ctx.within(at, at + sites[0]![1]!.length).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) !== "beijing"));
  return places.slice(-1);
}
