// Tables of people sent, their cells kept apart by bars: WORKS_AT and ASSIGNED_TO from 姓名|派出单位及职务|挂职单位及职务|挂职期限,
// and the records of people other modules read field by field.
import { barredLines, isSectionHeading, type BarredLine } from "../normalise/index.js";
import { HELD_POST, LOCAL_PEOPLE, NAME_COLUMN, hasPeopleTable, STATIONED_HEADERS, TERM_AT_END } from "../recognise/index.js";
import { pointersIn } from "./anaphora.js";
import type { Entity } from "../resolve/index.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { captionAbove, statedAbove } from "./table-surroundings.js";
import { teamDestinationBefore, teamSenderBefore } from "./sent-groups.js";

const TERM_LINE = /(?:挂职|帮扶|支教|服务|派驻)期限?为?([0-9一二两三四五六七八九十半]+(?:个月|年))/;
const HOME_HEADER = /(^(?:北京方?|京方|[\u4e00-\u9fff]{2,3}区)(?:帮扶|结对|派出|支援)?(?:学校|医院|单位)$|^(?:结对)?(?:帮扶|支援|派出)?(?:学校|医院|单位)[（(](?:北京|京方)[）)]$|^(?:作者)?单位(?:及|[/／、])?(?:职务|职称)?$|派出单位|原单位|工作单位|现单位|所在单位|原职务|派出医院|派出学校|所在医院|所在学校|^托管医院|^托管学校|^托管方|^供货单位|^(?:中标|成交)(?:供应商|单位|人)$|^供应商$|^(?:就业|务工|用工|用人|招聘)(?:单位|企业)$|^(?:施工|承建|设计)单位$|^企业名称|^单位名称|^合作社名称|^基地(?:学校|校)$|^[\u4e00-\u9fff]{0,4}?(?:工厂|公司)名称$|^(?:工坊|车间|基地|站点|网点|服务网点|司机之家|驿站|药店|店铺|门店|商户|机构|学校|联络站|服务站|组织|服务组织|艺术团|剧团|演出队|文艺队|乐团|院团)(?:[（(][\u4e00-\u9fff]{1,2}[）)])?名称$|^经营主体|^运营主体$|^[\u4e00-\u9fff]{0,4}主体(?:名称)?$|^创业主体|^申报(?:主体|单位)$|^(?:承担|实施)单位$|^(?:派出|所在)(?:嘎查村|嘎查|村|社区|苏木乡镇|乡镇)(?:及职务)?$|^(?:嘎查村|嘎查|村|社区)及(?:现任)?职务$|^(?:北京|北京市|京方)?律师事务所$|^所在律所$|^依托高校院所$|^依托(?:高校|院所)$|^(?:结对|派出|所在|帮扶)律师事务所$)/;
// (Or kinds of posting together, 挂职/支教单位, 支教、挂职学校.)
const POSTING_HEADER = /((?:项目)?承建(?:医院|学校)|(?:挂职|支教|援派|派驻|帮扶|跟岗|进修)(?:[/／、和及或](?:挂职|支教|援派|派驻|帮扶|跟岗|进修|医疗帮扶))+(?:单位|学校|医院|岗位)|受托管医院|受托管学校|被托管医院|在我院任职|在我校任职|挂职(?:\([^)]{1,4}\))?(?:单位|岗位|职务|学校|医院)|受援单位|派驻单位|派驻学校|派驻医院|(?:派驻|服务|帮扶)地(?:点|(?![\u4e00-\u9fff]))|^(?:服务|巡诊|巡回医疗|义诊)(?:旗县|旗县区|县区|地区|苏木乡镇|乡镇|苏木|嘎查村|村)$|(?:帮扶|支教|援派|派驻|跟岗|进修)岗位|支教学校|支教单位|帮扶单位|帮扶学校|帮扶医院|服务单位|援派(?:单位|岗位|职务)|挂职地|受援医院|受援学校|支援医院|支援学校|接收单位|接收医院|接收学校|(?:跟岗|研修)(?:学校|单位|医院|院团)|进修(?:单位|医院|学校)|结对嘎查村|结对村|驻点嘎查村|驻点村|^项目村|驻点[\u4e00-\u9fff]{0,2}?(?:单位|医院|学校|卫生院|地点?)|驻村|(?:拟)?派往(?:学校|单位|医院|地点?)|(?:讲学|任教|服务)(?:学校|医院)|(?:坐诊|出诊|巡诊|义诊|筛查)(?:地点|单位|医院)|^定点[\u4e00-\u9fff]{0,4}?(?:医疗机构|机构|医院|卫生院))/;
/** A column of people stationed, and one of villages: where they are stationed. */
const STATIONED_NAME = new RegExp(`^(${STATIONED_HEADERS})$`);
/** A column of where one lives, its town perhaps written before the village in one cell (所在苏木乡镇嘎查村 | 乌丹镇五星村). */
const LIVES_IN_HEADER = /^(?:所在|居住)(?:苏木乡镇|乡镇|苏木镇)?(?:嘎查村|嘎查|村|社区)$|^(?:苏木乡镇|乡镇|苏木镇)(?:嘎查村|嘎查|村|社区)$/;
const VILLAGE_HEADER = /^(?:嘎查|嘎查村|村|行政村|村居)(?:[（(](?:村|嘎查|社区|居)[）)])?$/;
/** A column of experts sent to serve at sites (驻点专家, 坐诊专家), and one of the sites (筛查服务点, 巡诊点, 村卫生室). */
// (Or the experts leading each visit to the sites a schedule lists: 筛查（手术）地点 | 北京派出单位 | 带队专家.)
const VISITING_EXPERTS = /^(驻点|派驻|坐诊|巡诊|下沉|带队)专家/;
const SERVICE_SITE = /^[\u4e00-\u9fff]{0,4}(服务点|筛查点|巡诊点|坐诊点|义诊点|卫生室|卫生院|医疗机构|(?<=筛查|义诊|巡诊|坐诊|手术|诊疗)地点)(名称)?$/;
const HELD_COLUMN = new RegExp(`^${HELD_POST}$`);
const TEAM_STAFF = /^(领队|(?:主|助理)?教练员?)$/;
/** A column of a village's own people (反诈宣传联络员, 村医姓名): each works in the village the row gives. */
const LOCAL_NAME = new RegExp(`^(?:${LOCAL_PEOPLE}|(?:村医|乡村医生|村干部|村支书|村党支部书记)(?:姓名)?)$`);
/** (Not a clinic's hours: 出诊时间 | 每周二上午.) */
const DURATION_HEADER = /(期限|(?<!出诊|门诊|坐诊|接诊)时间|时长|帮扶期|挂职期|支教期|服务期|派驻期)/;
const MEDICAL_BODY = /(医院|卫生院|疾病预防控制中心|妇幼保健|卫生服务中心|急救中心|血站)/;
/** A unit's government stands for the unit (阿尔山市人民政府副市长 is posted to 阿尔山市). */
const GOVERNMENT = /(人民政府|政府|行政公署)$/;

/** The column of the sites a row's experts visit: the bodies that host them (承接单位) over the places (筛查地点). */
function visitedAt(header: string[], homeAt: number, nameAt: number): number {
  const site = (test: (c: string) => boolean) => header.findIndex((c, i) => i !== homeAt && i !== nameAt && test(c.replace(/[（(][^（()）]*[）)]/g, "")));
  const hosts = site((c) => /^(承接|接待)(单位|医院|机构)$/.test(c));
  return hosts >= 0 ? hosts : site((c) => SERVICE_SITE.test(c));
}

/** The most specific name a cell opens with, and what the cell says after it (the post: 副主任). */
function placeInCell(ctx: ArticleContext, cell: { start: number; end: number }): { ref: Ref; rest: string } | undefined {
  const refs = ctx.within(cell.start, cell.end).filter((x) => isPlace(x.entity) || isInstitution(x.entity));
  const last = refs[refs.length - 1];
  if (!last) return undefined;
  let ref = last;
  if (last.entity.label === "Agency" && GOVERNMENT.test(last.entity.name)) {
    // (Not a town's, whose government is the body: 大兴区庞各庄镇人民政府综合办公室主任.)
    const unit = ctx.within(last.mention.start, last.mention.end, true).filter((x) => x.mention.nested && isPlace(x.entity)).pop();
    if (unit && ["District", "Banner", "League"].includes(unit.entity.label)) ref = unit;
  }
  return { ref, rest: ctx.text.slice(last.mention.end, cell.end).trim() };
}

/** One person's record, from a table's row or a run of fields: who, where from, where sent and for how long. */
export interface PersonRecord {
  name: Cell;
  home?: Cell;
  posting?: Cell;
  /** The posting's label (支教学校, 挂职单位), which says the kind. */
  postingLabel?: string;
  duration?: string;
  /** A title given in a field of its own (职称：主任医师). */
  title?: string;
  /** Where the posting column's label says all are posted (在我院任职: the hospital 我院 stands for). */
  postedTo?: Ref;
  /** The body that sent the team the record is of, where no field gives a home (…医院第五批援蒙医疗队 over its table). */
  sentFrom?: Ref;
  /** Whether the table is of those sent to train (跟岗时长, a headline on 跟岗学习人员): a posting of Inner Mongolia's people to
   * Beijing's bodies is theirs, whatever its column says (接收单位). */
  training?: boolean;
  /** The kind a column of its own says (类型 | 挂职（副局长）), over any its posting's label says. */
  statedKind?: string;
  /** A post held at a body beside one's own work, and the body (法治副校长 | 察右前旗第一中学). */
  held?: { role: string; at: Cell };
  /** Where the record stands, for its evidence. */
  at: number;
}
interface Cell { start: number; end: number }

const TITLE_HEADER = /^(?:科室及|科室[/／、])?(职称|职务)(?:[/／、及](?:科室|职称|职务))?$/;
/** Words of serving in the rest of a home's cell (…，挂职四子王旗副旗长; …，在兴和县第一中学支教). */
const SERVED_IN_CELL = /(挂职|挂任|援派|派驻|支教|帮扶|坐诊|驻村)/;
export const PERSON_FIELDS = { name: NAME_COLUMN, home: HOME_HEADER, posting: POSTING_HEADER, duration: DURATION_HEADER, title: TITLE_HEADER };

/** WORKS_AT the home's name and ASSIGNED_TO the posting's, for the person named in the record. */
export function personPostings(ctx: ArticleContext, record: PersonRecord): Relation[] {
  const out: Relation[] = [];
  const person = ctx.within(record.name.start, record.name.end).find((x) => x.entity.label === "Person");
  const s = ctx.sentenceAt(record.at);
  if (!person || !s) return out;
  // (A home's cell may go on to where one serves, past a comma: 丰台区商务局副局长，挂职四子王旗副旗长.)
  // (Or in brackets closing the cell: 北京市海淀区农业农村局（挂职敖汉旗乡村振兴局副局长）, …黄城根小学（喀喇沁旗锦山第三小学支教教师）.)
  const homeText = record.home ? ctx.text.slice(record.home.start, record.home.end) : "";
  const bracket = /[（(]([^（()）]+)[）)]\s*$/.exec(homeText);
  const inBracket = bracket && SERVED_IN_CELL.test(bracket[1]!) ? bracket.index : -1;
  const cut = inBracket > 0 ? inBracket : homeText.search(/[,，]/);
  const homeCell = record.home && cut > 0 ? { start: record.home.start, end: record.home.start + cut } : record.home;
  const servedWord = record.home && cut > 0 && !record.posting ? SERVED_IN_CELL.exec(homeText.slice(cut + 1))?.[0] : undefined;
  const served = servedWord && record.home ? { start: record.home.start + cut + 1, end: inBracket > 0 ? record.home.end - (homeText.length - homeText.trimEnd().length) - 1 : record.home.end } : undefined;
  const home = homeCell ? placeInCell(ctx, homeCell) : undefined;
  if (home && home.ref.entity.label !== "Province") {
    // (A department in brackets after the body is the role without them: 北京市平谷区医院（普外科）.)
    // (A bracket closing the name's cell that names the home, 温季衡（北京市农林科学院）, leaves no role.)
    const role = home.rest.replace(/^[）)]$/, "").replace(/^[（(]([^（()）]+)[）)]$/, "$1") || record.title?.replace(/\s+/g, "");
    out.push({ type: "WORKS_AT", source: person.entity.id, target: home.ref.entity.id, props: role ? { role: role.slice(0, 12) } : {}, confidence: 0.75, evidence: ctx.evidence(s) });
  } else if (!record.home && record.sentFrom) {
    const role = record.title?.replace(/\s+/g, "");
    out.push({ type: "WORKS_AT", source: person.entity.id, target: record.sentFrom.entity.id, props: role ? { role: role.slice(0, 12) } : {}, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  // (A post held at the row's body: one of Beijing is posted there, one of Inner Mongolia works there too.)
  const held = record.held ? placeInCell(ctx, record.held.at) : undefined;
  if (held && isInstitution(held.ref.entity) && ctx.sideOf(held.ref.entity) === "inner-mongolia") {
    const beijing = !!home && ctx.sideOf(home.ref.entity) === "beijing";
    out.push(beijing ? { type: "ASSIGNED_TO", source: person.entity.id, target: held.ref.entity.id, props: { kind: "援蒙", role: record.held!.role }, confidence: 0.7, evidence: ctx.evidence(s) }
      : { type: "WORKS_AT", source: person.entity.id, target: held.ref.entity.id, props: { role: record.held!.role }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  const postingCell = record.posting ?? served;
  const posting = (postingCell ? placeInCell(ctx, postingCell) : undefined) ?? (record.postedTo ? { ref: record.postedTo, rest: "" } : undefined);
  // (Or one of Inner Mongolia sent to Beijing to train: 跟岗学校 | 大兴区第一中学.)
  // (Or posted there from a home of Inner Mongolia, as cadres go both ways: 察右前旗乡村振兴局副局长 | 大兴区农业农村局局长助理.)
  const fromInnerMongolia = !!home && ctx.sideOf(home.ref.entity) === "inner-mongolia";
  const trains = (/跟岗|进修/.test(record.postingLabel ?? "") || !!record.training) && fromInnerMongolia;
  if (posting && posting.ref.entity.label !== "Province" && (ctx.sideOf(posting.ref.entity) !== "beijing" || trains || (fromInnerMongolia && /挂职/.test(record.postingLabel ?? "")))) {
    const label = record.postingLabel ?? servedWord ?? "";
    // (受援医院 says medical aid, 受援学校 teaching; where the label says neither, 接收单位, the body sent to does.)
    const to = posting.ref.entity.label;
    // (Nor 帮扶单位及岗位 of a list of doctors and teachers: a hospital is medical aid, a school teaching; 挂职单位 is 挂职, as 挂职学校 is.)
    const says = !/挂职/.test(label);
    // (A health body that is no hospital, 疾病预防控制中心, 妇幼保健计划生育服务中心, is medical aid too.)
    const medical = to === "Hospital" || MEDICAL_BODY.test(posting.ref.entity.name);
    // (A label of several kinds, 挂职/支教单位, says none of them for a row: the body sent to does.)
    const several = /(挂职|支教|援派|派驻|帮扶|跟岗|进修)[/／、和及或]/.test(label);
    const props: Record<string, string> = { kind: trains ? "挂职" : several ? (to === "School" ? "支教" : medical ? "医疗帮扶" : "挂职") : /^挂职/.test(label) ? "挂职" : /支教|学校/.test(label) || (says && to === "School") ? "支教" : /医疗|医院/.test(label) || (says && medical) ? "医疗帮扶" : /^(巡诊|巡回医疗|义诊)/.test(label) ? "医疗帮扶" : /村/.test(label) ? "驻村" : /^服务/.test(label) ? "援蒙" : "挂职" };
    const stated = /^(挂职|支教|医疗帮扶|驻村|援蒙)/.exec(record.statedKind ?? "")?.[1];
    if (stated && !trains) props["kind"] = stated;
    if (record.duration && record.duration.length <= 16) props["duration"] = record.duration;
    out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: posting.ref.entity.id, props, confidence: 0.75, evidence: ctx.evidence(s) });
  }
  return out;
}

/** A caption right above a table of those posted (派驻, 派往, 援派, 选派): the one body or place of Inner Mongolia it names, where all
 * are posted (派驻太仆寺旗医院人员一览表), and the Beijing body it names as sending them (北京市昌平区医院派驻专家情况), which leaves
 * them posted to the body of Inner Mongolia whose report it is (太仆寺旗医院…工作总结). */
const POSTED_CAPTION = /(派驻|派往|援派|选派|驻点|支援)/;
function captionPosting(ctx: ArticleContext, lines: BarredLine[], h: number): { to: Ref; from?: Ref } | undefined {
  const caption = captionAbove(ctx.text, lines, h);
  if (!POSTED_CAPTION.test(caption) || caption.includes("|")) return undefined;
  const at = ctx.text.lastIndexOf(caption, lines[h]!.start);
  const named = ctx.within(at, at + caption.length).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && !r.mention.nested && r.entity.label !== "Province");
  const theirs = named.filter((r) => ctx.sideOf(r.entity) === "inner-mongolia");
  if (theirs.length === 1) return { to: theirs[0]! };
  const sender = named.length === 1 && isInstitution(named[0]!.entity) && ctx.sideOf(named[0]!.entity) === "beijing" &&
    /^(派驻|派出|选派|援派)/.test(ctx.text.slice(named[0]!.mention.end, at + caption.length)) ? named[0] : undefined;
  const writer = sender ? titleOpening(ctx) : undefined;
  return sender && writer && isInstitution(writer) && ctx.sideOf(writer) === "inner-mongolia" ? { to: refAt(writer, at), from: sender } : undefined;
}

/** The name the article's title opens with (北京市昌平区医院对口帮扶…工作总结). */
function titleOpening(ctx: ArticleContext): Entity | undefined {
  const title = ctx.sentences[0];
  return title ? ctx.within(title.start, title.end).find((r) => !r.mention.nested && !ctx.text.slice(title.start, r.mention.start).trim())?.entity : undefined;
}

/** The Beijing body whose report the article is, as its issuer or its title's opening name: the sender of those its tables list. */
function issuingBody(ctx: ArticleContext, at: number): Ref | undefined {
  const body = ctx.issuer ?? titleOpening(ctx);
  return body && isInstitution(body) && ctx.sideOf(body) === "beijing" ? refAt(body, at) : undefined;
}

/** A table of people sent: each row's person works at the home column's name and is posted to the posting column's. */
export function tablePostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!hasPeopleTable(ctx.text)) return out;
  const lines = barredLines(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    // (A word in brackets inside a header is an alternative to the one before it: 接收（服务）单位 is 接收单位.)
    const header = lines[h]!.cells.map((c) => c.text.replace(/(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}[）)](?=[\u4e00-\u9fff])/g, ""));
    // (Each of several columns of names by its own column of bodies: 导师姓名 | 导师单位 | … | 学员姓名 | 学员单位.)
    const ownHomes = header.flatMap((c, i) => {
      const whose = /^([\u4e00-\u9fff]{1,4})姓名$/.exec(c)?.[1];
      const home = whose ? header.findIndex((h) => new RegExp(`^${whose}(?:所在|工作)?单位$`).test(h)) : -1;
      return home >= 0 ? [[i, home] as const] : [];
    });
    if (ownHomes.length > 0) {
      for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
        const row = lines[r]!.cells;
        for (const [name, home] of ownHomes) out.push(...personPostings(ctx, { name: row[name]!, home: row[home]!, at: row[0]!.start }));
      }
      continue;
    }
    const nameAt = header.findIndex((c) => NAME_COLUMN.test(c));
    if (nameAt < 0) continue;
    // (A contact's column says whose contact: 嘎查（村）联系人 is of the row's 结对嘎查（村）, the home.)
    const contactOf = /^([\u4e00-\u9fff]{1,6})联[系络]人$/.exec(header[nameAt]!)?.[1];
    // (A column of where one is sent from before a body's name: 学校名称 | … | 派出单位.)
    const sentFromAt = header.findIndex((c) => /^(派出|原|工作|所在)(单位|医院|学校)$/.test(c));
    // (A body's column before a place's: 服务组织名称 | 所在苏木乡镇 | 负责人 is the body's head.)
    const homeHeader = sentFromAt >= 0 ? sentFromAt : [header.findIndex((c) => HOME_HEADER.test(c) && !/^(?:派出|所在)(?:嘎查村|嘎查|村|社区|苏木乡镇|乡镇)/.test(c)), header.findIndex((c) => HOME_HEADER.test(c))].find((i) => i >= 0) ?? -1;
    // (Or, for people named with nothing but where they live, their row's village: 姓名 | … | 苏木乡镇 | 嘎查村 | 跟岗单位, 姓名 | … |
    // 所在苏木乡镇嘎查村.)
    // (Or the column whose first row names a body of that kind: 承检机构 | 天义镇中心卫生院 beside 卫生院联系人, though a Beijing
    // partner's column stands beside it.)
    const contactHome = contactOf ? header.findIndex((c, i) => i !== nameAt && (c.replace(/[（(][^（()）]*[）)]$/, "").endsWith(contactOf) || (contactOf.length >= 2 && !!lines[h + 1]?.cells[i]?.text.endsWith(contactOf)))) : -1;
    const homeAt = contactHome >= 0 ? contactHome : homeHeader >= 0 ? homeHeader : contactOf ? -1 :
      LOCAL_NAME.test(header[nameAt]!) || /^姓名$/.test(header[nameAt]!) ? header.findIndex((c) => VILLAGE_HEADER.test(c) || LIVES_IN_HEADER.test(c)) : -1;
    // (A pair's person in charge, 北京方负责人 beside 受援学校, is not posted to the partner.)
    // (Nor is the home's column a posting's, though its words may say help: 北京帮扶医院 | 受援医院.)
    // (People stationed in villages, 法律顾问 beside 嘎查（村）, are posted to their row's village.)
    // (Nor one of when they serve there: 驻村服务时间.)
    // (Of a column of places and one of bodies served, 服务旗县 | 服务单位, the bodies.)
    const postings = /(负责人|领办人|领衔人|创办人)/.test(header[nameAt]!) ? [] : header.flatMap((c, i) => (i !== homeAt && POSTING_HEADER.test(c) && !/(时间|期限|时长|天数|周期)$/.test(c) ? [i] : []));
    const posting = postings.find((i) => /(单位|学校|医院)$/.test(header[i]!)) ?? postings[0] ?? -1;
    // (Experts stationed or seeing patients at the sites a column lists are posted to their row's site: 筛查服务点 | … | 驻点专家.)
    const visited = VISITING_EXPERTS.test(header[nameAt]!) ? visitedAt(header, homeAt, nameAt) : -1;
    const postingAt = visited >= 0 ? visited : posting >= 0 ? posting : STATIONED_NAME.test(header[nameAt]!) ? header.findIndex((c, i) => i !== homeAt && VILLAGE_HEADER.test(c)) : -1;
    // (A column of a post held at the row's body, beside one of where each is sent from: 学校名称 | 法治副校长 | 派出单位.)
    const heldAt = HELD_COLUMN.test(header[nameAt]!) ? header.findIndex((c, i) => i !== homeAt && i !== nameAt && /^(?:学校|医院|受聘学校|聘任学校)(?:名称)?$/.test(c)) : -1;
    const durationAt = header.findIndex((c, i) => DURATION_HEADER.test(c) && i !== nameAt);
    // (A column of names may give each one's term after it: 派驻人员及期限 | 李明轩（教授）1年.)
    const termInName = /及(期限|时间)/.test(header[nameAt]!);
    const titleAt = header.findIndex((c) => TITLE_HEADER.test(c));
    // (A column of each one's kind of posting: 类型 | 支教, 挂职（副局长）.)
    const kindAt = header.findIndex((c, i) => i !== nameAt && /^(类型|帮扶类型|派驻类型|交流类型|帮扶形式|形式|方式)$/.test(c));
    // (A posting column that says where, 在我院任职, holds the posts: all are posted to the body 我院 stands for.)
    const labelCell = postingAt >= 0 ? lines[h]!.cells[postingAt]! : undefined;
    const at = labelCell && ctx.sentenceAt(labelCell.start);
    const kind = labelCell ? /我([院校])/.exec(labelCell.text)?.[1] : undefined;
    // (Else the one body of that kind the headline names: …专家团队进驻科左后旗人民医院.)
    const headline = ctx.sentences[0];
    // (Or, with no posting column, where the team the sentences above send went: …团队一行6人…抵达鄂伦春自治旗，正式进驻我院; not
    // where the home column names the row's own body, 药店名称 | 企业负责人, whose people are sent nowhere.)
    const postedTo = kind && at ? pointersIn(ctx, at, labelCell!.start, labelCell!.end)[0]?.ref ??
      (headline ? ctx.within(headline.start, headline.end).filter((r) => r.entity.label === (kind === "院" ? "Hospital" : "School") && ctx.sideOf(r.entity) !== "beijing").pop() : undefined) :
      postingAt < 0 && homeAt >= 0 && !/名称$/.test(header[homeAt]!) ? teamDestinationBefore(ctx, lines[h]!.cells[0]!.start) : undefined;
    // (Or, with neither, the one body of Inner Mongolia a caption of those posted names: 表1 2023年派驻太仆寺旗医院人员一览表.)
    const captioned = postingAt < 0 && homeAt < 0 && !postedTo ? captionPosting(ctx, lines, h) : undefined;
    // (A term stated once over the table, （帮扶期限1年，2023年8月至2024年7月）, is every row's.)
    const term = durationAt < 0 ? statedAbove(ctx.text, lines, h, TERM_LINE) : undefined;
    // (With no home column, the body whose team the sentences above send: …宛平中心医院第五批援蒙医疗队…。队员名单如下：.)
    // (Or, under a caption of those posted, the Beijing body that writes: 北京市昌平区医院…工作总结.)
    const sentFrom = homeAt < 0 && (postingAt >= 0 || captioned) ? captioned?.from ?? teamSenderBefore(ctx, lines[h]!.cells[0]!.start) ?? (captioned ? issuingBody(ctx, lines[h]!.cells[0]!.start) : undefined) : undefined;
    const training = header.some((c) => /跟岗|进修/.test(c)) || /跟岗|进修/.test(headline?.text ?? "");
    // (A team's leader and its coaches, each a column: 学校名称 | 领队 | 主教练 — all of the row's school.)
    // (So is a pharmacy's pharmacist beside its head: 药店名称 | … | 企业负责人 | 驻店执业药师.)
    const nameCols = [nameAt, ...header.flatMap((c, i) => (i > nameAt && ((TEAM_STAFF.test(c) && TEAM_STAFF.test(header[nameAt]!)) || (/负责人$/.test(header[nameAt]!) && /^(?:驻店)?执业药师$/.test(c))) ? [i] : []))];
    // (Those who teach a row's trainee, a column of their own: 姓名 | … | 进修医院 | 带教老师 — staff of the row's host.)
    const mentorAt = training && postingAt >= 0 ? header.findIndex((c, i) => i !== nameAt && /^(带教|指导)(老师|教师|专家)$|^导师$/.test(c)) : -1;
    for (let r = h + 1; r < lines.length; r++) {
      const row = lines[r]!.cells;
      if (mentorAt >= 0 && row.length === header.length) out.push(...personPostings(ctx, { name: row[mentorAt]!, home: row[postingAt]!, at: row[0]!.start }));
      // (Its rows go on past a list's section headings: 二、专业技术人才, (一)教育.)
      if (row.length === 0 && isSectionHeading(ctx.text, lines[r]!.start)) continue;
      if (row.length !== header.length) break;
      const termOfName = termInName ? TERM_AT_END.exec(row[nameAt]!.text)?.[1] : undefined;
      for (const nameCol of nameCols) out.push(...personPostings(ctx, {
        ...(term ? { duration: term } : {}),
        name: row[nameCol]!, at: row[0]!.start,
        ...(homeAt >= 0 ? { home: row[homeAt]! } : {}),
        ...(postingAt >= 0 ? { posting: row[postingAt]!, postingLabel: header[postingAt]! } : {}),
        ...(durationAt >= 0 ? { duration: row[durationAt]!.text } : {}),
        ...(termOfName ? { duration: termOfName } : {}),
        ...(titleAt >= 0 ? { title: row[titleAt]!.text } : {}),
        ...(postedTo ?? captioned ? { postedTo: (postedTo ?? captioned!.to)! } : {}),
        ...(sentFrom ? { sentFrom } : {}),
        ...(training ? { training } : {}),
        ...(kindAt >= 0 ? { statedKind: row[kindAt]!.text } : {}),
        ...(heldAt >= 0 ? { held: { role: header[nameAt]!, at: row[heldAt]! } } : {}),
      }));
    }
  }
  return out;
}
