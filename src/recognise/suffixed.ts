// Institutions (医院, 小学, 有限公司 …) and localities (镇, 村, 嘎查 …) found by how their names end.
import type { Jieba } from "@node-rs/jieba";
import { BODIES_ENDING_IN_WORDS, BODY_BEFORE_HALL, BODY_END, COMMON_WORDS, CONTINUES, HALL, SCHOOL_STAGE, SHORT_SUFFIX_MIN_CORE, SINGLE_NOT_CORE, SUBJECT } from "./suffixes.js";
import { nameStart } from "./names.js";
import { BUILD_VERBS, FUNCTION_CHARS } from "./name-words.js";
import { clauseWordEndsAt, tagWindow, verbEndsAt } from "./segmenter.js";
import { baseOpening, GROWING_BASE } from "./growing-bases.js";
import { kindOrClause } from "./kind-words.js";
import { institutionOpening, institutionOpeningAtMarks, pastPointedKind, pastFigureBeforeUnit, pastReporting } from "./institution-openings.js";
import { BEFORE_LOCALITY_RUN, localityOpening, LOCALITY_RUN_BREAK } from "./locality-openings.js";
import { agencyNameEndingAt } from "./agencies.js";
import { notAPort, portOpening } from "./ports.js";
import { pastStreet, stationOpening, townCores, TOWN_STATION } from "./stations.js";
import { familyFarmStart } from "./family-farms.js";
import { floorAt, keepLongest } from "./coverage.js";
import { PlaceIndex } from "./place-index.js";
import { buildsAfter, cellStart, knownBefore, linksBefore, localityCellStart, namedAfterPreposition, pastSendingTo, pastTakingPost, TOWN_POINTER, openingAtVillageNamed, unitOfTownNamed, villageAfterTown } from "./name-edges.js";
import type { Mention } from "./types.js";
import { bodiesInGeneral, FACILITY_SUFFIX, PLACED_SUFFIX, GENERIC_INSTITUTION, GENERIC_LOCALITY, isProper, knownOrganisation, LEGAL_SUFFIX, listedAfter, listMarkBefore, OBJECT_OF } from "./proper-names.js";

type Label = Mention["label"];

/** A village of hunters or herders, its name a transliteration before the word (多布库尔猎民村): as long as a Mongolian one. */
const HUNTERS = /(猎民|牧民|移民)$/;

/** A committee of the Communist Youth League (共青团北京市昌平区委员会, 共青团库伦旗委员会). */
const YOUTH_LEAGUE = /^共青团/;

/** Verbs of trade, which name companies but never a village or town (渠道销售嘎查 is 嘎查 after a clause). */
const LOCALITY_TRADE = /^(销售|经营|运营|加工|生产|制造|批发|贸易|咨询|设计|监管|执法|管理|培训|孵化|检测|审计|投资|控股|采购|指导|带动|组织|服务)$/;
/** Verbs of works on roads and buildings (硬化, 改造), which open a clause before a village's name. */
const WORKS_VERB = /^(硬化|亮化|绿化|美化|改造|修建|新建|整治|修缮|翻建|铺设)$/;

/** A unit's mass organisations, named like its government's bodies (昌平区妇联, 自治区残联). */
const MASS_ORGANISATION = /^(妇联|妇女联合会|残联|残疾人联合会|总工会|团委|团工委|文联|科协|侨联|工商联|红十字会|关工委)$/;

/** Kinds of place a Mongolian name may run long before (阿日昆都冷嘎查, 乌兰毛都苏木). */
const MONGOLIAN_LOCALITY = /^(嘎查|苏木)$/;
/** Function words a transliterated name never holds: all but 都, which jieba reads in 巴彦温都尔, and the counters a Han
 * village's name may hold (大五家村). */
const LINKING_CHARS = new RegExp(FUNCTION_CHARS.source.replace(/[家名位些都]/g, ""));

export interface Options {
  pattern: RegExp;
  labelOf: Map<string, string>;
  locality: boolean;
  /** A locality name the gazetteer knows: taken whole after a larger place, whatever words it is made of. `after` is
   * where the place written before it ends, when one is (a misspelt town is known only there). */
  known?: (name: string, after?: number) => boolean;
  /** A locality name the gazetteer knows in that unit, spelt right or as it sounds. */
  knownIn?: (name: string, unitId: string) => boolean;
  /** The first unit lies inside the second (察右中旗 inside 乌兰察布市). */
  within?: (inner: string, outer: string) => boolean;
  /** Towns and villages found before: an institution named after one opens with it (哈吐布其嘎查党支部). */
  localities?: Mention[];
}

export function recogniseSuffixed(jieba: Jieba, text: string, admin: Mention[], o: Options): Mention[] {
  const places = new PlaceIndex(text.length, admin, o.localities ?? []);
  const { floors, adminStarts, adminEnds, unitsEndingAt, adminAt, localityEnds, localityStarts, localityStartAt } = places;
  const adminIn = (s: number, e: number) => places.adminIn(s, e);
  const placeEndingAt = (at: number) => places.placeEndingAt(at);
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
    // (Nor is the central bank, whose branches are the state's: 中国人民银行太仆寺旗支行.)
    if (m.label === "Enterprise" && /^中国人民银行/.test(m.name)) m = { ...m, label: "Agency" };
    // (A college's branch is a school, not a hospital's: 北京教育学院大兴分院.)
    if (m.label === "Hospital" && /(学院|大学|学校)[\u4e00-\u9fff]{0,6}分院$/.test(m.name) && !/医/.test(m.name)) m = { ...m, label: "School" };
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
  for (let m = o.pattern.exec(text); m; m = o.pattern.exec(text)) {
    const suffix = m[0];
    const s = m.index;
    const e = s + suffix.length;
    o.pattern.lastIndex = s + 1; // overlapping suffixes (卫生院 inside 中心卫生院) are all tried
    // (The 镇 of 镇长 after a town's own is the title's: 乌兰花镇镇长 names 乌兰花镇.)
    if (o.locality && (suffix === "镇" || suffix === "乡") && text[s - 1] === suffix && text[e] === "长") continue;
    // (Nor is the 委 of 委派, 委托 or 委员 after a committee's a committee's: 受海淀区教委委派 names 海淀区教委; but
    // 怀柔区发展改革委派驻 does name 怀柔区发展改革委.)
    if (suffix === "委" && text[s - 1] === "委" && /[派托员]/.test(text[e] ?? "")) continue;
    // (A zone the gazetteer holds as a unit is the unit, however written: 经济技术开发区, 北京市经济技术开发区.)
    if (suffix === "开发区" && adminEnds.has(e)) continue;
    // Right after a larger place, a name the gazetteer knows is taken as it is (潞城镇, though 城镇 is a common word).
    const head = o.locality && o.known ? floorAt(floors, s) : 0;
    // (Or spelt as it sounds, in the county written right before it: 东乌珠穆沁旗满都胡宝拉格镇 is its 满都呼宝拉格镇.)
    // (Not a word before a name it knows, taken for a sound of a misspelt one: 敖汉旗在新惠镇 is 在 + 新惠镇.)
    const wordBefore = head > 0 && linksBefore(text, head, e, o.known);
    if (head > 0 && !wordBefore && s - head >= 1 && s - head <= 6 && (o.known!(text.slice(head, e), head) ||
      (s - head >= 3 && /^[\u4e00-\u9fff]+$/.test(text.slice(head, s)) && [...(unitsEndingAt.get(head) ?? [])].some((u) => o.knownIn?.(text.slice(head, e), u))))) {
      push({ start: head, end: e, surface: text.slice(head, e), label: o.labelOf.get(suffix) as Label, name: text.slice(head, e), source: "suffix", confidence: 0.85 });
      continue;
    }
    // (A town named after its county opens with the county's short name: 多伦县多伦诺尔镇, not 多伦 + 诺尔镇.)
    const opening = head > 0 ? admin[adminAt[head - 1] ?? -1] : undefined;
    // (Misspelt too, where the county's name is written short or twice over: 在多伦淖尔镇, 多伦县多伦淖尔镇.)
    const twice = () => !!opening?.unitId && (!/[旗县市区盟]$/.test(opening.surface) || unitsEndingAt.get(opening.start)?.has(opening.unitId) === true);
    if (opening && opening.end === head && s - opening.start <= 6 && (o.known!(text.slice(opening.start, e)) || (twice() && o.knownIn?.(text.slice(opening.start, e), opening.unitId!)))) {
      push({ start: opening.start, end: e, surface: text.slice(opening.start, e), label: o.labelOf.get(suffix) as Label, name: text.slice(opening.start, e), source: "suffix", confidence: 0.85 });
      continue;
    }
    // A name the gazetteer knows, standing where a word starts: after a unit's own suffix (我旗上都镇, 该县…), a function
    // word or punctuation. (Not after other characters: 东新华镇 is not 新华镇.)
    const whole = o.locality && o.known ? knownBefore(text, s, e, Math.max(head, floorAt(floors, s)), o.known, verbAt) : -1;
    if (whole >= 0) {
      push({ start: whole, end: e, surface: text.slice(whole, e), label: o.labelOf.get(suffix) as Label, name: text.slice(whole, e), source: "suffix", confidence: 0.8 });
      continue;
    }
    // (A 地区 is a town only as the gazetteer knows it, read above.)
    if (suffix === "地区") continue;
    // A table's cell that is a locality's name alone, perhaps with where it lies in brackets (|扣河子村|, |前当铺村（六家子镇）|), is
    // read whole, whatever words it is made of.
    const localityCell = o.locality ? localityCellStart(text, s, e, floorAt(floors, s)) : -1;
    if (localityCell >= 0) {
      push({ start: localityCell, end: e, surface: text.slice(localityCell, e), label: o.labelOf.get(suffix) as Label, name: text.slice(localityCell, e), source: "suffix", confidence: 0.75 });
      continue;
    }
    // A union of cooperatives is named after the cooperative it grew from: 北京绿谷大桃专业合作社联合社.
    const grownFrom = suffix === "联合社" ? found.findLast((f) => f.end === s && f.label === "Enterprise") : undefined;
    if (grownFrom) {
      push({ ...grownFrom, end: e, surface: text.slice(grownFrom.start, e), name: text.slice(grownFrom.start, e) });
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
      push({ start: e - name.length, end: e, surface: name, label: o.labelOf.get(suffix) as Label, name, source: "suffix", confidence: 0.75 });
      continue;
    }
    const cont = CONTINUES[suffix] ?? CONTINUES[suffix.slice(-1)];
    if (cont?.test(text.slice(e, e + 4))) continue;
    // (Nor is a network of stations a website: 监测站网.)
    if (suffix === "网" && /[站点台]$/.test(text.slice(s - 1, s))) continue;
    // (A document's number opens with its issuer's code, no body's name: 林政办发〔2024〕41号.)
    if (/^[发函字]?[〔［]/.test(text.slice(e, e + 2))) continue;
    // (A bank's line of business after its branch is no company: 赤峰分行公司业务部; nor its office a body: 农行赤峰分行办公室.)
    if (suffix === "公司" && text[s - 1] === "行" && /^(业务|金融)/.test(text.slice(e, e + 2))) continue;
    if (suffix === "办公室" && /(分行|支行|公司)$/.test(text.slice(s - 2, s))) continue;
    // A stage of schooling right after another body's name and before a subject is what its staff teach, not a school
    // (昌平区教育科学研究院小学数学教研员, 牛栏山第一中学高中化学教师).
    if (SCHOOL_STAGE.test(suffix) && SUBJECT.test(text.slice(e, e + 4)) && BODY_END.test(text.slice(Math.max(0, s - 2), s))) continue;
    // Common words (乡村, 农村, 格局) are known before any segmentation is needed.
    // (Not a body's name a common word ends: 政局 of 财政局, 民政局.)
    // (Nor one listed right after a name of its kind: 大井村、前进村, though 进村 is a word.)
    const listedCore = () => o.locality && [2, 3].some((k) => /^[\u4e00-\u9fff]+$/.test(text.slice(s - k, s)) && listedAfter(found, text, s - k, o.labelOf.get(suffix)));
    // (Nor a village's two characters right after its town: 吉生太镇前进村, though 进村 is a word.)
    const afterTown = () => o.locality && suffix === "村" && villageAfterTown(text, s, admin[adminAt[s - 3] ?? -1]);
    if ((COMMON_WORDS.has(text.slice(s - 1, e)) || COMMON_WORDS.has(text.slice(s - 2, e))) && !BODIES_ENDING_IN_WORDS.has(text.slice(s - 2, e)) && !listedCore() && !afterTown()) continue;
    // A locality name may not reach back over an administrative unit: 宝昌镇 in 太仆寺旗宝昌镇.
    // (Or after its town and 的, the first of a list of its kind: 北小营镇的前鲁各庄村、东府村.)
    const placeEnd = o.locality ? floorAt(floors, s) : 0;
    // (Or one alone of two or three characters, its name no common word: 安定镇的后安定村和玫瑰营镇的三号地村.)
    const townOf = o.locality && text[placeEnd] === "的" && admin[adminAt[placeEnd - 1] ?? -1]?.label === "Township" &&
      (text[e] === "、" || (suffix === "村" && s - placeEnd - 1 >= 2 && s - placeEnd - 1 <= 3 && !GENERIC_LOCALITY.test(text.slice(placeEnd + 1, s))));
    const floor = placeEnd + (townOf ? 1 : 0);
    // Right after a larger place, a short locality name is taken whole, whatever jieba makes of it (铁沙盖村).
    const run = text.slice(floor, s);
    const floor0 = o.locality ? 0 : floorAt(floors, s);
    // (Unless the run is verbs: 巴林左旗持续开展镇村结对 names no town.)
    // (One character after a town is a village's name too, 窦店镇芦村, unless it is a word of its own: 镇驻村工作队.)
    const single = run.length === 1 && admin[adminAt[floor - 1] ?? -1]?.label === "Township" && admin[adminAt[floor - 1] ?? -1]?.end === floor && !SINGLE_NOT_CORE.test(run);
    const span = o.locality && TOWN_POINTER.test(text.slice(s - 4, s - 2)) && afterTown() ? { start: s - 2, words: [] } : o.locality && floor > 0 && (run.length >= 2 || single) && run.length <= (MONGOLIAN_LOCALITY.test(suffix) ? 7 : 4) && /^[\u4e00-\u9fff]+$/.test(run) && !LOCALITY_RUN_BREAK.test(run) && !BEFORE_LOCALITY_RUN.test(run) &&
      !(run.length >= 3 && !townOf && tagWindow(jieba, run, floor).some((w) => w.word.length >= 2 && /^v/.test(w.tag)))
      ? { start: floor, words: [] }
      // (A town or village found before is a place too: 在白音察干镇建设肉羊产业园 names 肉羊产业园 at most.)
      : nameStart(jieba, text, s, floor, !o.locality && LEGAL_SUFFIX.test(suffix), (at) => adminStarts.has(at) || localityStarts.has(at), (at) => adminEnds.has(at) || localityEnds.has(at));
    // (An address names no body by its street: 地址：巴林左旗林东镇契丹大街中段政务服务中心 is the centre, at most.)
    const addressed = o.locality ? span.start : pastStreet(text, span.start, s);
    if (addressed !== span.start) {
      span.start = addressed;
      span.words = [];
    }
    // (Nor does a village's name open with a bureau's word: 丰台分局新村派出所 names no 分局新村.)
    if (o.locality && /^(分局|总局|公安局)/.test(text.slice(span.start, s))) continue;
    // (A station named after a town of the article, its 镇 left out, opens at the town's name whatever jieba makes of it,
    // 铁沙盖派出所; and at the bureau right before it whose station it is, 察右中旗公安局铁沙盖派出所.)
    // (So does one numbered under its bureau: 北京市顺义区税务局第二税务所.)
    const station = !o.locality && TOWN_STATION.test(suffix) ? stationOpening(text, s, span.start, towns, found) : span.start;
    if (station !== span.start) {
      span.start = station;
      span.words = [];
    }
    // (A unit's one character after the 任 of taking a post opens the body's name, though jieba reads 任县 as a word: 挂任县应急
    // 管理局副局长 is 县应急管理局.)
    const takenUnit = o.locality ? null : /任([县旗区市盟])[\u4e00-\u9fff]{0,6}$/.exec(text.slice(Math.max(0, span.start - 9), span.start));
    if (takenUnit) {
      const unitAt = span.start - takenUnit[0].length + 1;
      if (pastTakingPost(text, unitAt - 1) === unitAt) {
        span.start = unitAt;
        span.words = [];
      }
    }
    // (Nor does a word of trade stand in a village's or town's name: 等渠道销售嘎查小米 names none.)
    // (Nor a verb of works on roads and buildings before one, though a village may be called so: 硬化大冷村通组道路 names
    // 大冷村, 新建村 stays.)
    const trade = o.locality ? span.words.findLastIndex((w, k) => LOCALITY_TRADE.test(w.word) || (WORKS_VERB.test(w.word) && k < span.words.length - 1)) : -1;
    if (trade >= 0) {
      span.start = span.words[trade]!.end;
      span.words = span.words.slice(trade + 1);
    }
    // (A Mongolian village's or sumu's name is no single character, though jieba reads a name and the adverb 都 in it: 巴彦温都尔嘎查,
    // jieba's 巴彦温 + 都尔嘎查; it runs back over the name-like words before.)
    if (o.locality && MONGOLIAN_LOCALITY.test(suffix) && s - span.start === 1) {
      const from = Math.max(0, s - 8);
      const words = tagWindow(jieba, text.slice(from, e), from);
      let k = words.findIndex((w) => w.end > span.start);
      // (Not over a word of a kind of unit, a place's ending or a function word but 都: 协作旗县苏木乡镇 names no sumu, 金牧镇和祥嘎查
      // only 祥嘎查.)
      const nameRun = (t: string) => /^[\u4e00-\u9fff]+$/.test(t) && !/[旗县市区盟乡镇村]|苏木|嘎查/.test(t) && !LINKING_CHARS.test(t);
      // (Nor a verb of building jieba tags a place: 用于新建巴彦温都尔嘎查卫生室.)
      const nameLike = (w: { word: string; tag: string }) => nameRun(w.word) && /^(nr|nrt|nz|ns|x)$/.test(w.tag) && !BUILD_VERBS.has(w.word);
      if (k >= 0 && words[k]!.start < span.start && nameRun(text.slice(words[k]!.start, span.start))) span.start = words[k]!.start;
      for (k--; k >= 0 && nameLike(words[k]!) && words[k]!.end === span.start && s - words[k]!.start <= 7; k--) span.start = words[k]!.start;
    }
    // (A street's or sumu's word alone opening a clause is the one the article names, not its community's or village's name:
    // 街道二里庄社区 is 二里庄社区 of the street.)
    if (o.locality && s - span.start >= 4 && /^(街道|苏木)/.test(text.slice(span.start, s)) && /^$|[\n，,。；;：:“、]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) {
      span.start += 2;
      span.words = [];
    }
    // (A body named after a town of the unit written before it, the town's 镇 left out, runs back to the unit, whatever
    // jieba makes of the town's name: 密云区西田各庄中学.)
    const townsUnit = !o.locality && o.knownIn && floor0 > 0 && span.start > floor0 ? unitOfTownNamed(text, admin[adminAt[floor0 - 1] ?? -1], floor0, s, o.knownIn) : undefined;
    // (Or after a village the article names, its 嘎查 left out: 扎赉特旗阿拉达尔吐苏木沙日格台肉牛养殖专业合作社.)
    const village = !townsUnit && !o.locality && villageCores.length > 0 && floor0 > 0 && span.start > floor0 ?
      openingAtVillageNamed(text, villageCores, floor0, span.start, (at) => localityEnds.has(at) || adminEnds.has(at), (at) => places.openingOfPlacesBefore(at), LINKING_CHARS) : undefined;
    if (village !== undefined) {
      span.start = village;
      span.words = [];
    }
    if (townsUnit) {
      span.start = townsUnit.start;
      span.words = [];
    }
    // A name opens where a place does, never inside it (jieba cuts 科左后旗 into 科, 左, 后旗).
    const covering = o.locality ? undefined : admin[adminAt[span.start] ?? -1];
    const cut = covering && covering.start < span.start ? covering : undefined;
    if (cut) span.start = cut.start;
    // (A government body's name opens with its place, whatever jieba glues to it: 资金拨至科左后旗财政局; so does a mass
    // organisation's, 周曼受昌平区妇联委托, 代表自治区妇联.)
    else if ((o.labelOf.get(suffix) === "Agency" || MASS_ORGANISATION.test(suffix)) && !adminStarts.has(span.start)) {
      // (Not after a province the gazetteer does not hold, 宁夏回族自治区盐池县…: its 自治区 is no start.)
      const first = admin.find((a) => a.start > span.start && a.end <= s && (a.label !== "Province" || !/[族尔藏]$/.test(text.slice(a.start - 1, a.start))));
      // (The party's own prefix stays: 中共科左后旗委员会.)
      if (first && (adminAt[first.start - 1] ?? -1) < 0 && !/^(中共|中国共产党|共青团)$/.test(text.slice(span.start, first.start))) span.start = first.start;
    }
    // Places open a name from the larger to the smaller; a smaller one before a larger one only locates the name
    // (察右中旗 乌兰察布市华颂农业科技有限公司).
    for (let lead = admin[adminAt[span.start] ?? -1]; lead && lead.start === span.start && o.within; ) {
      const next = admin[adminAt[lead.end] ?? -1];
      if (!next || next.start !== lead.end || next.end > s || !o.within(lead.unitId ?? "", next.unitId ?? "")) break;
      span.start = next.start;
      lead = next;
    }
    // An institution named after a town or village opens with it, and with the places written before it, whatever
    // jieba makes of its transliterated name (巴彦呼舒镇哈吐布其嘎查党支部), and never inside one (乌兰毛都苏木巴音嘎查卫生室,
    // though jieba reads 都 as an adverb).
    // (Any name that would open inside a town or village opens with it: 密云区穆家峪镇社区卫生服务中心, jieba's 穆/家/峪.)
    const own = localityEnds.get(s);
    const inside = localityStartAt[span.start] ?? -1;
    if ((own !== undefined && (own < span.start || inside >= 0)) || (inside >= 0 && inside < span.start)) {
      span.start = Math.min(own ?? inside, inside >= 0 ? inside : own!);
      span.words = [];
      span.start = places.openingOfPlacesBefore(span.start);
    } else if (own !== undefined && own > span.start && /^(Hospital|School)$/.test(o.labelOf.get(suffix) ?? "") && placeEndingAt(own) === undefined && !adminIn(span.start, own) &&
      // (Not a unit's kind pointed at before the town: 我旗骆驼山镇卫生院.)
      !/[旗县区市盟]$/.test(text.slice(span.start, own))) {
      // (A town's health centre or school opens with the town, not with words no place ends before it: 带教索伦镇卫生院.)
      span.start = own;
      span.words = [];
    }
    // Listed after a name of its kind (二龙路医院、湛蓝路医院; 大井村、三圣村、后房子村), a name runs back to the list mark,
    // whatever its words.
    const mark = listMarkBefore(found, text, span.start, s, o.locality, o.labelOf.get(suffix), o.locality && MONGOLIAN_LOCALITY.test(suffix) ? 6 : 4);
    if (mark >= 0) {
      span.start = mark;
      span.words = [];
    }
    // A registered name filling a table's cell runs back to the cell's start, whatever its words (|京北方泰数据服务有限公司|:
    // jieba reads 北方 as a direction).
    const cell = !o.locality && LEGAL_SUFFIX.test(suffix) ? cellStart(text, s, e) : -1;
    if (cell >= 0 && cell < span.start) {
      span.start = cell;
      span.words = [];
    }
    // (A company's name ends at its legal form: 北京京兴建材有限公司三家子公司 is that company and its three subsidiaries.)
    if (!o.locality && suffix === "公司" && /有限(责任)?公司/.test(text.slice(span.start, s))) continue;
    // (Nor is a field of study a body: 兴安职业技术学院酒店管理专业, 酒店管理与数字化运营专业.)
    if (!o.locality && /^(管理)?(与[\u4e00-\u9fff]{2,8})?专业|^管理与/.test(text.slice(e, e + 12)) && !LEGAL_SUFFIX.test(suffix)) continue;
    // (Nor is a kind of company one's name: 上市公司, 科创板上市公司, 智慧农业子公司, 新设子公司.)
    if (!o.locality && suffix === "公司" && /(上市|子)$/.test(text.slice(span.start, s))) continue;
    // A count before the name makes it a kind (三家北京医院, 两所北京学校), not a proper name.
    if (!o.locality && /([0-9]+|[一二三四五六七八九十两几多数]+)[家所个座]$/.test(text.slice(Math.max(0, span.start - 4), span.start)) && !LEGAL_SUFFIX.test(suffix)) continue;
    // (A locality named before, after a preposition jieba glued into a name: 集团向东滩村 is 向 and 东滩村, jieba's 向东.)
    const known = o.locality ? namedAfterPreposition(byName, text, span.start, s, e) : undefined;
    if (known) {
      span.start = e - known.name.length;
      span.words = [];
    }
    // A locality read short where the article spelt it whole before (支持归流河嘎查: jieba reads 归 as a verb).
    if (o.locality && tails.has(text.slice(span.start, e))) {
      const whole = found.find((f) => f.end <= span.start && f.name.length > e - span.start && f.name.endsWith(text.slice(span.start, e)) && text.startsWith(f.name, e - f.name.length));
      if (whole) span.start = e - whole.name.length;
    }
    // A unit's schools in general (与科右中旗学校结对), not one school's name; so its bases of study tours, cooperatives and markets
    // (敖汉旗研学基地, 内蒙古合作社, 北京市批发市场).
    // (And its book rooms: 库伦旗草原书屋建设.)
    // (Or units in a row: 北京市石景山区学校.)
    if (/^(学校|研学基地|合作社|批发市场|草原书屋|农家书屋|职工书屋)$/.test(suffix) && adminStarts.has(span.start) && adminEnds.has(s) && unitsOnly(span.start, s)) continue;
    // (So are its schools of a kind of place: 宁城县乡村学校, 阿旗县域高中, 全旗农村小学.)
    // (A unit's short name jieba's dictionary does not hold stands for one too: 阿旗县域高中.)
    if (/^(学校|小学|中学|高中|幼儿园|中小学)$/.test(suffix) && /^[\u4e00-\u9fff]{1,10}?[旗县区市盟](乡村|农村|县域|城区|城镇|牧区|偏远|边远|薄弱|各类|各级|中小|义务教育)$/.test(text.slice(span.start, s))) continue;
    // (Where an institution's name opens, back over words a name holds or past words a clause put before it: see
    // institution-openings.)
    const opensAt = o.locality ? undefined : institutionOpening(jieba, text, suffix, o.labelOf.get(suffix), span.start, s, { places, floor: floor0, found });
    if (opensAt !== undefined) {
      span.start = opensAt;
      span.words = [];
    }
    // (A port's name, read back from 口岸 to where a name may open: see ports.)
    const port = suffix === "口岸" ? portOpening(text, s, verbAt, clauseAt) : undefined;
    if (port !== undefined && (port < span.start || !(adminStarts.has(span.start) || localityStarts.has(span.start)))) {
      // (Its words kept where it opens later, for a short name to be told proper by them: 距离 + 策克口岸.)
      span.words = port > span.start ? span.words.filter((w) => w.start >= port) : [];
      span.start = port;
    }
    if (suffix === "口岸" && port === undefined && notAPort(text.slice(span.start, s), s, adminStarts.has(span.start), clauseAt)) continue;
    // (A body named for its port opens where the port's name does: 甘其毛都口岸管理委员会.)
    const portOf = suffix !== "口岸" && text.startsWith("口岸", span.start) ? portOpening(text, span.start, verbAt, clauseAt) : undefined;
    if (portOf !== undefined) {
      span.words = span.words.filter((w) => w.start >= portOf);
      span.start = portOf;
    }
    // (Nor a verb of one character opening a clause: …，帮后房子村建起了… is 后房子村.)
    if (s - span.start >= 3 && /^[帮给让请把被向]$/.test(text[span.start] ?? "") && /^$|[,，。；;]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) {
      span.start++;
      span.words = [];
    }
    if (!o.locality && pastTakingPost(text, span.start) > span.start) {
      span.start++;
      span.words = [];
    }
    // (Nor is a body named before it that goes on to build what the suffix names: 依托科左中旗人民医院建设区域医疗中心.)
    if (!o.locality && buildsAfter(found, span.start, s, text)) continue;
    // (Nor does a name open inside a kind of place: 嘎查部办公室 is a village's office, jieba's 嘎 + 查部.)
    if (!o.locality && /^(嘎查|苏木)$/.test(text.slice(span.start - 1, span.start + 1))) continue;
    // (Where it lies is no part of the name: 区内溪翁庄镇, 旗内各苏木.)
    const within = /^(区内|旗内|县内|市内|盟内|境内|辖区内?|域内)/.exec(text.slice(span.start, s));
    if (within && s - span.start > within[0].length) {
      span.start += within[0].length;
      span.words = [];
    }
    // (Nor a verb of sending papers to the body: see name-edges.)
    const sentTo = o.locality ? span.start : pastSendingTo(text, span.start, s, adminStarts);
    if (sentTo !== span.start) {
      span.start = sentTo;
      span.words = [];
    }
    // (Nor a verb of giving to the body or getting from it, where a place or a unit's level opens its name: 赠送给乌兰达坝苏木中心学校,
    // 另获县农村信用合作联社贷款.)
    // (What was given may stand before it: 器材赠送给….)
    const givenTo = o.locality ? null : /^[\u4e00-\u9fff]{0,4}?(?:赠送给|捐赠给|捐献给|捐给|赠给|送给|交给|移交给|转交给|发放给|赠送|捐赠|获得|获)/.exec(text.slice(span.start, s));
    const afterGiven = givenTo ? span.start + givenTo[0].length : -1;
    if (givenTo && (adminStarts.has(afterGiven) || localityStarts.has(afterGiven) || /^[县旗区市盟][\u4e00-\u9fff]{2}/.test(text.slice(afterGiven, s)))) {
      span.start += givenTo[0].length;
      span.words = [];
    }
    // (Where a town's or village's name opens past a pronoun, a kind or a verb, or back over a name jieba reads as nothing:
    // see locality-openings; where a body's opens past a label, a station or a report: see institution-openings.)
    const markedAt = o.locality ? localityOpening(jieba, text, s, e, span.start, { floor, run, known: o.known, named: byName }) : institutionOpeningAtMarks(text, span.start, s, places);
    if (markedAt !== undefined) {
      span.start = markedAt;
      span.words = [];
    }
    // (A village named after a town the article names runs back over the town's name: 与登特科村 after 登特科镇, jieba's 登 a
    // verb.)
    if (o.locality && /^(村|嘎查|社区)$/.test(suffix)) {
      const stem = [4, 3, 2].map((k) => text.slice(s - k, s)).find((x) => s - x.length < span.start && /^[\u4e00-\u9fff]+$/.test(x) && ["镇", "乡", "苏木"].some((t) => townNames.has(x + t)));
      if (stem) {
        span.start = s - stem.length;
        span.words = [];
      }
    }
    // (A base of growing is a body only where a county's name opens it: see growing-bases.)
    if (GROWING_BASE.test(suffix)) {
      const opening = baseOpening(text, admin, span.start, s);
      if (opening === undefined) continue;
      if (opening !== span.start) {
        span.start = opening;
        span.words = [];
      }
    }
    const core = text.slice(span.start, s);
    if (bodiesInGeneral(suffix, core)) continue;
    const lastWord = span.words[span.words.length - 1]?.word ?? "";
    const name = core + suffix;
    if ((COMMON_WORDS.has(name) && !(span.start === floor && afterTown())) || (lastWord && !BODIES_ENDING_IN_WORDS.has(lastWord + suffix) && (COMMON_WORDS.has(lastWord + suffix) || COMMON_WORDS.has(lastWord.slice(-1) + suffix)))) continue;
    if (core.length < (suffix.length === 1 && !(single && span.start === floor) ? SHORT_SUFFIX_MIN_CORE : 1)) continue;
    // (A place's name the common words hold, 中关村, names a body still: 中关村软件园.)
    // (Nor a count of bodies of the kind: 库伦旗三所学校, 两家医院.)
    if (!o.locality && /(?:^|[0-9一二两三四五六七八九十百千几多每各这那某全数])[所家个座]$/.test(core)) continue;
    if (/[0-9]$/.test(core) || (COMMON_WORDS.has(core) && !(!o.locality && /村$/.test(core) && span.words.length === 1 && span.words[0]!.tag === "ns"))) continue;
    // (Nor words of a kind or a clause read as a name: see kind-words.)
    if (!core.includes("“") && kindOrClause(jieba, text, suffix, core, span.start, e, o.locality, adminIn(span.start, s))) continue;
    // (A body's own hall is the body's: 舍伯吐镇中心学校图书馆 is the school's library, no institution of its own.)
    if (HALL.test(suffix) && BODY_BEFORE_HALL.test(core)) continue;
    // (A place said in the first person is a pointer, not a name: 给咱村, 派到我镇. Nor is what closes a list: 农牧局等部门.)
    // (Nor what a route reaches it by: 凡经工作站组织…, 结业后经工作站推荐.)
    if (/(咱|咱们|我|我们|等|(?:^|[凡后再并])经)$/.test(core)) continue;
    if (o.locality) {
      // (A community may bear its village's name, 幸福二村社区; right after its town, a short one too: 扣河子镇新村社区.)
      // (A Mongolian name runs longer before 嘎查 or 苏木: 额尔敦宝拉格嘎查.)
      // (A count of households names a village, 大五家村, 三家村; one of firms or of each does not: 每家村.)
      if (GENERIC_LOCALITY.test(suffix === "社区" && (core.length >= 3 || (core.length === 2 && floor > 0 && span.start === floor)) ? core.replace(/村$/, "") : core) || core.length > (/^(嘎查|苏木)$/.test(suffix) || (floor > 0 && span.start === floor) || HUNTERS.test(core) ? 7 : 5) || (/(^|[0-9一二两三四五六七八九十百千几多每各这那某全数])[个名座处条]$/.test(core) || /^[0-9两几多每各这那某全数]*家$/.test(core)) || (/所$/.test(core) && span.words[span.words.length - 2]?.tag !== "ns")) continue;
      // (Nor a word for one's home place or fellows: 同乡商会, 家乡, 返乡.)
      if (suffix === "乡" && /(同|家|故|老|返|回|异|他|思|离|梦)$/.test(core)) continue;
      // A verb's object, not a name (用于建设嘎查集体牛棚), though 建设村 names villages elsewhere.
      if (OBJECT_OF.test(text.slice(Math.max(0, span.start - 2), span.start)) && span.words.length === 1 && /^v/.test(span.words[0]!.tag)) continue;
    // (A paper named for those it is written for is a name: 农民日报.)
    } else if (GENERIC_INSTITUTION.test(core) && !(/^(日报|晚报|时报)$/.test(suffix) && /^(农民|牧民)$/.test(core))) {
      continue;
    // (A district's or banner's own society named by the level alone, 区总工会, 区妇联, 旗残联: resolution finds the unit.)
    // (A quoted brand makes a name proper: “向阳花”青年志愿服务队; so does the programme's name a base: 京蒙协作设施农业示范园.)
    } else if (!core.includes("“") && !(GROWING_BASE.test(suffix) && core.startsWith("京蒙")) && !(/^[区旗县]$/.test(core) && o.labelOf.get(suffix) === "Organization" && suffix.length >= 2 && !FACILITY_SUFFIX.test(suffix)) && !(LEGAL_SUFFIX.test(suffix) && (suffix !== "合作社" || span.words.some((w) => /^(ns|nz|x|j|nr|eng)$/.test(w.tag)))) && !(FACILITY_SUFFIX.test(suffix) ? span.words.some((w) => /^(ns|nz|x|j|eng)$/.test(w.tag)) : !PLACED_SUFFIX.test(suffix) && isProper(span.words, core)) && !adminIn(span.start, s) && !(PLACED_SUFFIX.test(suffix) && localityStarts.has(span.start)) && !listedAfter(found, text, span.start, o.labelOf.get(suffix)) &&
      !(core.length >= 2 && tails.has(name))) {
      // (A short name that ends a longer one the article gave before is that name again: 广外医院 after 北京市西城区广外医院.)
      // An organisation's name jieba knows whole is taken whole, though a word of it reads as a time (中日友好医院).
      const known = knownOrganisation(jieba, text, span.start, e);
      if (known >= 0) push({ start: known, end: e, surface: text.slice(known, e), label: o.labelOf.get(suffix) as Label, name: text.slice(known, e), source: "suffix", confidence: 0.75 });
      continue;
    }
    push({
      start: span.start, end: e, surface: name, label: o.labelOf.get(suffix) as Label, name, source: "suffix",
      confidence: o.locality ? 0.8 : 0.75,
    });
  }
  for (const farm of farms) if (!found.some((f) => f.end === farm.end)) push(farm);
  return keepLongest(found);
}
