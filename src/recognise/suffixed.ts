// Institutions (医院, 小学, 有限公司 …) and localities (镇, 村, 嘎查 …) found by how their names end.
import type { Jieba } from "@node-rs/jieba";
import { nameStart } from "./names.js";
import { clauseWordEndsAt, isPlaceWord, verbEndsAt } from "./segmenter.js";
import { pastPointedKind, pastFigureBeforeUnit, pastReporting } from "./institution-openings.js";
import { agencyNameEndingAt } from "./agencies.js";
import { placeNamedStation, townCores } from "./stations.js";
import { familyFarmStart } from "./family-farms.js";
import { floorAt, keepLongest } from "./coverage.js";
import { PlaceIndex } from "./place-index.js";
import { knownBefore, linksBefore, localityCellStart, pastDocumentTitle, pastSendingTo, pastTakingPost } from "./name-edges.js";
import type { Mention } from "./types.js";
import { acceptedName, notAName } from "./name-checks.js";
import { foundEndingAt, LEGAL_SUFFIX } from "./proper-names.js";
import { openingOf } from "./name-opening.js";
import { pastMarks } from "./name-marks.js";
import type { Label, Options, SuffixWalk } from "./suffix-walk.js";

export type { Options } from "./suffix-walk.js";

/** A committee of the Communist Youth League (共青团北京市昌平区委员会, 共青团库伦旗委员会). */
const YOUTH_LEAGUE = /^(共青团|共产主义青年团)/;
/** The forms of partnership firms name in brackets after their own names. */
const PARTNERSHIP = /^[(（](普通合伙|特殊普通合伙|有限合伙)[)）]/;
/** The campuses universities name in brackets after their own names. */
const CAMPUS = /^[(（](北京|武汉|华东|威海|深圳|徐州|珠海|保定)[)）]/;

export function recogniseSuffixed(jieba: Jieba, text: string, admin: Mention[], o: Options): Mention[] {
  const places = new PlaceIndex(text.length, admin, o.localities ?? []);
  const { floors, adminStarts, adminEnds, localityStarts } = places;
  const found: Mention[] = [];
  const farms: Mention[] = [];
  // Every strict ending of the names found so far, to tell a short name that ends one of them in constant time.
  const tails = new Set<string>();
  // The last name found of each spelling.
  const byName = new Map<string, Mention>();
  // (Towns found before, among the places villages are read after.)
  const townNames = new Set(admin.filter((a) => a.label === "Township").map((a) => a.name));
  // (Villages found before, by their names without 嘎查 or 村: a body may be named after one so.)
  const villageCores = [...new Set((o.localities ?? []).filter((l) => l.label === "Village" && /(嘎查|村)$/.test(l.name)).map((l) => l.name.replace(/(嘎查|村)$/, "")).filter((c) => c.length >= 2))];
  // (Towns the article names, by their names without 镇, 乡 or 苏木: a station may be named after one so.)
  const towns = townCores(o.localities ?? []);
  const push = (m: Mention) => {
    // (The Youth League's committees are a mass organisation's, not a government's: 共青团库伦旗委员会.)
    if (m.label === "Agency" && YOUTH_LEAGUE.test(m.name)) m = { ...m, label: "Organization" };
    // (Nor is a station of experts or of technology a government's, wherever it stands: 京蒙中药材专家工作站, 京蒙肉牛科技服务站.)
    // (Nor a studio's station in another unit: 顺义区名师工作室巴林左旗工作站.)
    // (Nor a labour station a banner keeps where its people work, 太仆寺旗驻昌平劳务工作站, nor a research station, …道地药材研究工作站.)
    if (m.label === "Agency" && /(专家工作站|科技服务站|工作室[\u4e00-\u9fff]{2,8}工作站|劳务(?:协作)?工作站|劳务服务站|研究工作站|医工作站)$/.test(m.name)) m = { ...m, label: "Organization" };
    // (A Party committee's lecturers are its body: 中共北京市顺义区委讲师团.)
    if (m.label === "Organization" && /委(讲师团|宣讲团)$/.test(m.name)) m = { ...m, label: "Agency" };
    // (A firm of accountants or tax agents is a business, not a society: 北京中天华会计师事务所. A firm of lawyers, licensed by the bureau
    // of justice, stays one, as the legal-aid and courts keys have all ten they name; so does a social workers' firm.)
    if (m.label === "Organization" && /(会计师|税务师)事务所$/.test(m.name)) m = { ...m, label: "Enterprise" };
    // (Nor is the central bank, whose branches are the state's: 中国人民银行太仆寺旗支行.)
    if (m.label === "Enterprise" && /^中国人民银行/.test(m.name)) m = { ...m, label: "Agency" };
    // (A website whose reporters write is the press: 中国经济网记者 刘晓燕, 中国经济网讯.)
    if (m.label === "Enterprise" && /网$/.test(m.name) && /^\s?(记者|讯|消息|报道|编辑|通讯员)/.test(text.slice(m.end, m.end + 4))) m = { ...m, label: "Organization" };
    // (A college's branch is a school, not a hospital's: 北京教育学院大兴分院.)
    if (m.label === "Hospital" && /(学院|大学|学校)[\u4e00-\u9fff]{0,6}分院$/.test(m.name) && !/医/.test(m.name)) m = { ...m, label: "School" };
    // (An association's branch is named through its head's own name, not its kind alone: 各区老科协分会 names none.)
    if (/分会$/.test(m.name) && !/[\u4e00-\u9fff]{2,}(协会|学会|商会|联合会|总会|科协|红十字会)[\u4e00-\u9fff]{0,8}分会$/.test(m.name)) return;
    // (A Beijing firm's legal name opens at 北京, not at the village a heading's wrap joins to it: 巴彦汉嘎查 + 北京博瑞康泰…有限公司.)
    const beijing = m.label === "Enterprise" ? /(?:村|嘎查|镇|苏木|旗|县)(北京)/.exec(m.name) : null;
    if (beijing && LEGAL_SUFFIX.test(m.name)) {
      const cut = beijing.index + beijing[0].length - 2;
      m = { ...m, start: m.start + cut, surface: m.surface.slice(cut), name: m.name.slice(cut) };
    }
    // (A university's campus in brackets is its name's: 中国地质大学（北京）.)
    const campus = m.label === "School" && m.name.endsWith("大学") ? CAMPUS.exec(text.slice(m.end, m.end + 6)) : null;
    if (campus) m = { ...m, end: m.end + campus[0].length, surface: m.surface + campus[0], name: m.name + campus[0] };
    // (So is a firm's form of partnership: 北京中关审合会计师事务所（普通合伙）.)
    const partnership = m.label === "Enterprise" ? PARTNERSHIP.exec(text.slice(m.end, m.end + 8)) : null;
    if (partnership) m = { ...m, end: m.end + partnership[0].length, surface: m.surface + partnership[0], name: m.name + partnership[0] };
    found.push(m);
    byName.set(m.name, m);
    for (let i = 1; i <= m.name.length - 3; i++) tails.add(m.name.slice(i));
  };
  o.pattern.lastIndex = 0;
  // (Whether a verb, or any word of a clause, ends at an offset: where no name ends.)
  const verbAt = (at: number) => verbEndsAt(jieba, text, at);
  const clauseAt = (at: number) => clauseWordEndsAt(jieba, text, at);
  // (Whether units' mentions, one after another, fill a span: 北京市石景山区.)
  const unitsOnly = (from: number, to: number) => {
    for (let at = from; at < to; ) {
      const next = admin.find((a) => a.start === at && a.end <= to);
      if (!next) return false;
      at = next.end;
    }
    return from < to;
  };
  const walk: SuffixWalk = { jieba, text, admin, o, places, found, tails, byName, townNames, villageCores, towns, verbAt, clauseAt, unitsOnly };
  for (let m = o.pattern.exec(text); m; m = o.pattern.exec(text)) {
    const suffix = m[0];
    const s = m.index;
    const e = s + suffix.length;
    o.pattern.lastIndex = s + 1; // overlapping suffixes (卫生院 inside 中心卫生院) are all tried
    // (Nor is the first 村 of 村村结对 or 村村通 a village's: 朝阳嘎查新签村村结对协议 signs no 新签村.)
    if (o.locality && suffix === "村" && /^村(结对|通|联建|共建)/.test(text.slice(e, e + 3))) continue;
    // (Nor the 村 of 强村, a company strengthening villages: 喀喇沁旗锦山强村发展有限公司, 强村公司.)
    if (o.locality && suffix === "村" && text[s - 1] === "强" && /^(公司|发展|富民|带户)/.test(text.slice(e, e + 2))) continue;
    // (Nor a slogan's village or 嘎查, no name: 以景带村, 一企帮一村, 以嘎查为主体.)
    if (o.locality && (suffix === "村" || suffix === "嘎查") && (/(以[\u4e00-\u9fff]带|一[\u4e00-\u9fff]帮一)$/.test(text.slice(Math.max(0, s - 4), s)) || (text[s - 1] === "以" && text[e] === "为"))) continue;
    // (Nor the 村 of a word opening on a village's, 整村推进, 通村公路: 大井坡村整村 is 大井坡村.)
    if (o.locality && suffix === "村" && /(村|嘎查)[整通全驻进]$/.test(text.slice(Math.max(0, s - 3), s))) continue;
    // (Nor a road's reaching villages, 通村, 通嘎查: 牧区通嘎查公路 names no 通嘎查.)
    if (o.locality && (suffix === "村" || suffix === "嘎查") && text[s - 1] === "通" && /^(公路|道路|路|硬化|油路|水泥路)/.test(text.slice(e, e + 3))) continue;
    // (Nor a school or hospital one speaks for: 阿拉坦其其格代表学校参加比赛.)
    if (/^(学校|医院)$/.test(suffix) && /代表$/.test(text.slice(Math.max(0, s - 2), s))) continue;
    // (Nor a school one goes to, no school's name: 孩子刚上小学, 考上大学, 孩子正读高中.)
    if (/^(小学|中学|大学|初中|高中|幼儿园)$/.test(suffix) && /(?:[刚才正已还要去没都]上|考上|考入|[在正就]读|升入)$/.test(text.slice(Math.max(0, s - 2), s))) continue;
    // (Nor one's having graduated, jieba reading 大学毕业 as one word: 王晓宇大学毕业后 names no 王晓宇大学; 清华大学毕业 stays.)
    if (suffix === "大学" && text.startsWith("毕业", e) && jieba.tag(text.slice(Math.max(0, s - 4), e + 2), true).some((w) => w.word === "大学毕业")) continue;
    // (Nor the 办 of 越办越好, nor a port's economy or trade, no port's name: 物流园越办越好, 转化为口岸经济.)
    if ((suffix === "办" && text[s - 1] === "越") || (suffix === "口岸" && /^(经济|城市|贸易|建设|开放|功能|优势|通关|物流)/.test(text.slice(e, e + 2)))) continue;
    // (Nor the 中学 of 集中学习, 学习 the word: 在…党校集中学习 names the Party school only.)
    if (suffix === "中学" && text[e] === "习") continue;
    // (The 镇 of 镇长 after a town's own is the title's: 乌兰花镇镇长 names 乌兰花镇.)
    if (o.locality && (suffix === "镇" || suffix === "乡") && text[s - 1] === suffix && text[e] === "长") continue;
    // (Nor is the 委 of 委派, 委托 or 委员 after a committee's a committee's: 受海淀区教委委派 names 海淀区教委; but
    // 怀柔区发展改革委派驻 does name 怀柔区发展改革委; nor after a bureau's, 受北京市农业农村局委派.)
    if (suffix === "委" && /[委局办会]/.test(text[s - 1] ?? "") && /[派托员]/.test(text[e] ?? "")) continue;
    // (Nor is the 协 of 协作 or 协调 an association's: 京蒙儿科协作项目 names no 儿科协.)
    if (suffix === "科协" && /[作调同]/.test(text[e] ?? "")) continue;
    // (Nor is 科协会 before 同 an association's: 市科协会同市支援合作办 is 市科协, 会同 its verb.)
    if (suffix === "协会" && text[s - 1] === "科" && text[e] === "同") continue;
    // (Nor is a network formed a website: 从“零星分布”到“连点成网”.)
    if (suffix === "网" && /[成织结组联]$/.test(text[s - 1] ?? "")) continue;
    // (Nor is a hall's 厅 a department's: 前厅, 大厅, 餐厅, 展厅 of …有限公司做前厅接待.)
    if (suffix === "厅" && /[前大餐客展舞门歌宴]/.test(text[s - 1] ?? "")) continue;
    // (Nor a body's own part after its name: see OWN_PARTS.)
    if (ownPart(text, s, suffix)) continue;
    // (A zone the gazetteer holds as a unit is the unit, however written: 经济技术开发区, 北京市经济技术开发区.)
    if (suffix === "开发区" && adminEnds.has(e)) continue;
    // (A name the gazetteer knows, read whole: see knownName.)
    const known = knownName(walk, s, e, suffix);
    if (known) {
      push(known);
      continue;
    }
    // (A 地区 is a town only as the gazetteer knows it, read above.)
    if (suffix === "地区") continue;
    // A table's cell that is a locality's name alone, perhaps with where it lies in brackets (|扣河子村|, |前当铺村（六家子镇）|), is
    // read whole, whatever words it is made of.
    const localityCell = o.locality ? localityCellStart(text, s, e, floorAt(floors, s), (name) => isPlaceWord(jieba, name)) : -1;
    if (localityCell >= 0) {
      push({ start: localityCell, end: e, surface: text.slice(localityCell, e), label: o.labelOf.get(suffix) as Label, name: text.slice(localityCell, e), source: "suffix", confidence: 0.75 });
      continue;
    }
    // A union of cooperatives is named after the cooperative it grew from: 北京绿谷大桃专业合作社联合社.
    const grownFrom = suffix === "联合社" ? foundEndingAt(found, s, "Enterprise") : undefined;
    if (grownFrom) {
      push({ ...grownFrom, end: e, surface: text.slice(grownFrom.start, e), name: text.slice(grownFrom.start, e) });
      continue;
    }
    // A detachment is named through the bureau right before it: 兴安盟科尔沁右翼前旗公安局交通管理大队, 北京市公安局治安管理总队.
    const bureau = /队$/.test(suffix) ? foundEndingAt(found, s, "Agency") : undefined;
    if (bureau && /[局厅]$/.test(bureau.name)) {
      push({ ...bureau, end: e, surface: text.slice(bureau.start, e), name: text.slice(bureau.start, e), label: o.labelOf.get(suffix) as Label });
      continue;
    }
    // (A family farm under its owner's name, where no other reading names it: see the loop's end.)
    const farm = o.locality ? -1 : familyFarmStart(jieba, text, s, suffix);
    if (farm >= 0) farms.push({ start: farm, end: e, surface: text.slice(farm, e), label: o.labelOf.get(suffix) as Label, name: text.slice(farm, e), source: "suffix", confidence: 0.75 });
    // A government body's standard name is read as one suffix (朝阳区 + 人力资源和社会保障局): its 和 opens nothing.
    const agency = o.locality ? undefined : agencyNameEndingAt(text, e);
    if (agency && e - agency.length < s) {
      const span = nameStart(jieba, text, e - agency.length, 0, false, (at) => adminStarts.has(at), (at) => adminEnds.has(at));
      const name = text.slice(pastReporting(text, pastFigureBeforeUnit(text, pastPointedKind(text, pastSendingTo(text, pastTakingPost(text, span.start), s, adminStarts), adminStarts), e, adminStarts), s, adminStarts), e);
      push(pastDocumentTitle(text, { start: e - name.length, end: e, surface: name, label: o.labelOf.get(suffix) as Label, name, source: "suffix", confidence: 0.75 }, adminStarts));
      continue;
    }
    if (notAName(walk, s, e, suffix)) continue;
    const opened = openingOf(walk, s, e, suffix);
    const marked = opened && pastMarks(walk, opened, s, e, suffix);
    const name = marked && acceptedName(walk, marked, s, e, suffix);
    const placed = name && placeNamedStation(text, pastDocumentTitle(text, afterBodyOfUnit(walk, throughParent(walk, name, suffix)), adminStarts), (at) => adminStarts.has(at) || localityStarts.has(at));
    if (placed) push(placed);
  }
  for (const farm of farms) if (!found.some((f) => f.end === farm.end)) push(farm);
  return keepLongest(found.map((f) => wholeAsGivenLater(text, f, byName)).map((f) => o.locality ? f : wholeTail(text, f, tails)));
}

/** A body's own parts, named after the body: the suffix, and what must end the text before it. A school's band or dancers
 * (北京市昌平区城关小学管乐团); a hospital's centre or the smart hospital it builds (莫旗人民医院远程医疗中心, 化德县医院远程影像诊断中心,
 * 北京丰台医院信息中心, 四子王旗人民医院智慧医院); its masters' studio (旗中蒙医院名医工作室, 北京中医医院京蒙名医工作室); a school's
 * centre of training (库伦旗特殊教育学校康复训练中心). The body is read; the part is none of its own. */
const OWN_PARTS: [RegExp, RegExp][] = [
  [/^(乐团|舞蹈团|足球队|篮球队|排球队|田径队|摔跤队|曲棍球队|拳击队|击剑队|体操队|赛艇队|皮划艇队|游泳队|射击队|射箭队|武术队|举重队|柔道队|棒球队)$/, /(小学|中学|学校|幼儿园)[\u4e00-\u9fff]{0,2}$/],
  [/^(医疗中心|会诊中心|诊断中心|信息中心|医院)$/, /(医院|卫生院)(远程|智慧|互联网)?(影像|心电|病理)?$/],
  // (And its department of rehabilitation, named by its methods: 四子王旗蒙中医医院针灸康复中心, 库伦旗蒙医医院蒙医康复中心.)
  [/^康复中心$/, /(医院|卫生院)[\u4e00-\u9fff]{0,4}$/],
  [/^工作室$/, /(医院|卫生院)[\u4e00-\u9fff]{0,6}?(名医|名中医|名老中医|专家)$/],
  [/^(康复中心|训练中心|资源中心)$/, /(学校|小学|中学)(康复)?$/],
  // (And a hospital's or school's office, 医保办, 院办, 校办: 北京市石景山医院医保办主任.)
  [/^办$/, /(医院|卫生院|学校|中学|小学)[\u4e00-\u9fff]{0,3}$/],
  // (And a vocational school's training base for a trade: 巴林右旗职业高中汽修实训基地.)
  [/^实训基地$/, /(职业高中|职高|职业中学|职中|职业学校|职教中心|职业教育中心|技工学校|学院)[\u4e00-\u9fff]{0,4}$/],
  // (And a bureau's team of inspectors: 昌平区应急管理局安全生产执法队 is the bureau's.)
  [/^(执法队|执法中队)$/, /局[\u4e00-\u9fff]{0,6}$/],
];

function ownPart(text: string, s: number, suffix: string): boolean {
  return OWN_PARTS.some(([part, body]) => part.test(suffix) && body.test(text.slice(Math.max(0, s - 14), s)));
}

/** A locality the gazetteer knows, read whole where it stands: right after a larger place, after its county's short name,
 * or where a word starts. */
function knownName(walk: SuffixWalk, s: number, e: number, suffix: string): Mention | undefined {
  const { text, admin, o, places, verbAt } = walk;
  const { floors, unitsEndingAt, adminAt } = places;
  // (No town's 乡 opens 乡村, the countryside, unless its villagers or doctors follow: 北京亦庄乡村发展促进会 names no 亦庄乡.)
  if (suffix === "乡" && /^村(?!民|医|干部|级)/.test(text.slice(e, e + 3))) return undefined;
  // Right after a larger place, a name the gazetteer knows is taken as it is (潞城镇, though 城镇 is a common word).
  // (Not across a table's bar or a space: 正镶白旗 | 伊和淖尔苏木卫生院.)
  const floor = o.locality && o.known ? floorAt(floors, s) : 0;
  const head = floor > 0 && /[\u4e00-\u9fff]/.test(text[floor] ?? "") ? floor : 0;
  // (Or spelt as it sounds, in the county written right before it: 东乌珠穆沁旗满都胡宝拉格镇 is its 满都呼宝拉格镇.)
  // (Not a word before a name it knows, taken for a sound of a misspelt one: 敖汉旗在新惠镇 is 在 + 新惠镇.)
  const wordBefore = head > 0 && linksBefore(text, head, e, o.known);
  if (head > 0 && !wordBefore && s - head >= 1 && s - head <= 6 && (o.known!(text.slice(head, e), head) ||
    (s - head >= 3 && /^[\u4e00-\u9fff]+$/.test(text.slice(head, s)) && [...(unitsEndingAt.get(head) ?? [])].some((u) => o.knownIn?.(text.slice(head, e), u))))) {
    return { start: head, end: e, surface: text.slice(head, e), label: o.labelOf.get(suffix) as Label, name: text.slice(head, e), source: "suffix", confidence: 0.85 };
  }
  // (Or after a word of two between, the place's own as spelt: 西城区 + 深化 + 德胜街道, jieba reading 深化 an abbreviation; not a
  // sound-alike, 四子王旗最北端 + 脑木更苏木.)
  if (head > 0 && !wordBefore && s - head >= 4 && /^[\u4e00-\u9fff]+$/.test(text.slice(head, s)) && !/[的在与和及或了等对为从向把被由于之其该这那每各个家所名位些院校局站馆心司]/.test(text.slice(head, head + 3)) && o.known?.(text.slice(head + 2, e), head + 2) && [...(unitsEndingAt.get(head) ?? [])].some((u) => o.knownIn?.(text.slice(head + 2, e), u))) {
    return { start: head + 2, end: e, surface: text.slice(head + 2, e), label: o.labelOf.get(suffix) as Label, name: text.slice(head + 2, e), source: "suffix", confidence: 0.8 };
  }
  // (A town named after its county opens with the county's short name: 多伦县多伦诺尔镇, not 多伦 + 诺尔镇.)
  const opening = head > 0 ? admin[adminAt[head - 1] ?? -1] : undefined;
  // (Misspelt too, where the county's name is written short or twice over: 在多伦淖尔镇, 多伦县多伦淖尔镇.)
  const twice = () => !!opening?.unitId && (!/[旗县市区盟]$/.test(opening.surface) || unitsEndingAt.get(opening.start)?.has(opening.unitId) === true);
  if (opening && opening.end === head && s - opening.start <= 6 && (o.known!(text.slice(opening.start, e)) || (twice() && o.knownIn?.(text.slice(opening.start, e), opening.unitId!)))) {
    return { start: opening.start, end: e, surface: text.slice(opening.start, e), label: o.labelOf.get(suffix) as Label, name: text.slice(opening.start, e), source: "suffix", confidence: 0.85 };
  }
  // A name the gazetteer knows, standing where a word starts: after a unit's own suffix (我旗上都镇, 该县…), a function
  // word or punctuation. (Not after other characters: 东新华镇 is not 新华镇.)
  const whole = o.locality && o.known ? knownBefore(text, s, e, Math.max(head, floorAt(floors, s)), o.known, verbAt) : -1;
  if (whole >= 0) {
    return { start: whole, end: e, surface: text.slice(whole, e), label: o.labelOf.get(suffix) as Label, name: text.slice(whole, e), source: "suffix", confidence: 0.8 };
  }
  return undefined;
}

/** The ending of a body's branch, or of its station in another unit (顺义区名师工作室巴林左旗工作站), or a court's tribunal
 * (科右前旗法院索伦人民法庭). */
const BRANCH = /(分(局|中心|院|行|会|校|公司|所|站|队)|派出所|支行|支局|支队|大队|工作站|人民法庭)/;

/** A registered name jieba cut into before the article gave it whole, taken whole (结对的谱 + 尼测试集团股份有限公司, then
 * 谱尼测试集团股份有限公司): the name the article gave that ends it, spelt right before it. */
function wholeAsGivenLater(text: string, m: Mention, byName: Map<string, Mention>): Mention {
  if (m.label !== "Enterprise") return m;
  const k = [1, 2, 3].find((n) => m.start - n >= 0 && byName.get(text.slice(m.start - n, m.end))?.label === m.label);
  return k ? { ...m, start: m.start - k, surface: text.slice(m.start - k, m.end), name: text.slice(m.start - k, m.end) } : m;
}

/** A body's name after its places, read short by jieba's cut (，永定 + 实验中学 after 北京市大兴区永定实验中学): the ending of a name the
 * article gave that reaches back to where a word starts. */
function wholeTail(text: string, m: Mention, tails: Set<string>): Mention {
  const k = [4, 3, 2, 1].find((n) => m.start - n >= 0 && !/[\u4e00-\u9fff0-9A-Za-z]/.test(text[m.start - n - 1] ?? "\n") && tails.has(text.slice(m.start - n, m.end)));
  return k ? { ...m, start: m.start - k, surface: text.slice(m.start - k, m.end), name: text.slice(m.start - k, m.end) } : m;
}

/** The last name found, of those ending near `at`, that `fits`. (Looked for among the names found last only: a pass over all of a
 * long report's for every name would grow with its square.) */
function lastFoundNear(found: Mention[], at: number, fits: (f: Mention) => boolean): Mention | undefined {
  for (let i = found.length - 1; i >= 0 && found[i]!.end > at - 64; i--) if (fits(found[i]!)) return found[i]!;
  return undefined;
}

/** A branch named with the body it is a branch of, written right before it: 北京开放大学房山分校, 北京市东城区老年大学阿尔山教学点, a
 * company's 分公司 (the branch's own name would open at its place, 房山分校). */
function throughParent(walk: SuffixWalk, m: Mention, suffix: string): Mention {
  if (!/^(分校|分院|教学点|分公司)$/.test(suffix)) return m;
  const { found, places, text } = walk;
  // (Its opening may reach into the body's name, jieba's 大学 + 房山 + 分校; a company's branch is named through the company:
  // 北京通和牧业科技有限公司翁牛特旗分公司.)
  const kinds = suffix === "分公司" ? /^Enterprise$/ : /^(School|Hospital|Organization)$/;
  const parent = lastFoundNear(found, m.start, (f) => f.start < m.start && f.end >= m.start && f.end < m.end && kinds.test(f.label) && f.end - f.start >= 4);
  if (!parent) return m;
  const start = places.openingOfPlacesBefore(parent.start);
  return { ...m, start, surface: text.slice(start, m.end), name: text.slice(start, m.end) };
}

/** A name cut after a body named with its unit that it runs on from, another unit opening it, one of the two the government's:
 * the two are written side by side (赤峰市农牧局赤峰市乡村振兴局, 内蒙古自治区农牧业科学院内蒙古自治区乡村振兴局 are two bodies;
 * 国家税务总局赤峰市税务局, its first named with no unit, one). */
function afterBodyOfUnit(walk: SuffixWalk, m: Mention): Mention {
  const { places, found, text } = walk;
  const body = lastFoundNear(found, m.start, (f) => f.start >= m.start && f.end < m.end && (f.label === "Agency" || m.label === "Agency") && places.adminStarts.has(f.start) && places.adminStarts.has(f.end));
  // (A branch of the first is named through it: 北京市公安局丰台分局, 兴安盟公共资源交易中心扎赉特旗分中心.)
  if (!body || BRANCH.test(text.slice(body.end, m.end))) return m;
  return { ...m, start: body.end, surface: text.slice(body.end, m.end), name: text.slice(body.end, m.end) };
}
