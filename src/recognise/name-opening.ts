// Where a name that ends in a suffix opens: back over the words a name may hold, never inside a place.
import { SINGLE_NOT_CORE } from "./suffixes.js";
import { nameStart } from "./names.js";
import { BUILD_VERBS, FUNCTION_CHARS } from "./name-words.js";
import { tagWindow } from "./segmenter.js";
import { BEFORE_LOCALITY_RUN, LOCALITY_RUN_BREAK } from "./locality-openings.js";
import { pastStreet, stationOpening, TOWN_STATION } from "./stations.js";
import { floorAt } from "./coverage.js";
import { pastTakingPost, standsAlone, TOWN_POINTER, openingAtVillageNamed, unitOfTownNamed } from "./name-edges.js";
import { GENERIC_LOCALITY, LEGAL_SUFFIX } from "./proper-names.js";
import { PARTY_PREFIXES } from "./name-prefixes.js";
import { afterTown, MONGOLIAN_LOCALITY, type OpenedName, type SuffixWalk } from "./suffix-walk.js";
import { mongolianPlaceOpenings } from "./mongolian-syllables.js";

/** Verbs of trade, which name companies but never a village or town (渠道销售嘎查 is 嘎查 after a clause). */
const LOCALITY_TRADE = /^(销售|经营|运营|加工|生产|制造|批发|贸易|咨询|设计|监管|执法|管理|培训|孵化|检测|审计|投资|控股|采购|指导|带动|组织|服务)$/;
/** Verbs of works on roads and buildings (硬化, 改造), which open a clause before a village's name. */
const WORKS_VERB = /^(硬化|亮化|绿化|美化|改造|修建|新建|整治|修缮|翻建|铺设|盘活)$/;

/** A side of a unit, its unit's one character or 全 perhaps before, where a town or village lies (最北端, 旗北部). */
const LOCALITY_SIDE = /^(?:[旗县市盟区]|全旗|全县|该旗|该县)?最?(?:东北|西北|东南|西南|东|西|南|北|中)(?:部|端)|^(?:实施)?(?:地点|地址|位置|驻地)/;

/** The Party's or the Youth League's name alone, which opens its committee's before the place. */
const PARTY_NAME = new RegExp(`^(${PARTY_PREFIXES})$`);

/** A body's name's ending, which no town's or village's name holds. */
const BODY_END = /^[\u4e00-\u9fff]+(馆|院|局|校|中心|公司|集团|委员会)$/;

/** A verb of building done, after a town and before what was built there (在赛罕街道建起社区巾帼手工编织车间): no village's name,
 * though 新建村 and 建设村 are. */
const BUILT = /^(建起|建成|建好|办起|盖起|援建|设立|成立|打造)$/;

/** A unit's mass organisations, named like its government's bodies (昌平区妇联, 自治区残联). */
const MASS_ORGANISATION = /^(妇联|妇女联合会|残联|残疾人联合会|总工会|团委|团工委|文联|科协|侨联|工商联|红十字会|关工委)$/;

/** Function words a transliterated name never holds: all but 都, which jieba reads in 巴彦温都尔, and the counters a Han
 * village's name may hold (大五家村). */
const LINKING_CHARS = new RegExp(FUNCTION_CHARS.source.replace(/[家名位些都]/g, ""));

/** The opening of the name whose suffix is at `s`, read back over jieba's words and the places written before it; undefined
 * where it names nothing (a bureau's word opening a village's name). */
export function openingOf(walk: SuffixWalk, s: number, e: number, suffix: string): OpenedName | undefined {
  const { jieba, text, admin, o, places, found, villageCores, towns } = walk;
  const { floors, adminStarts, adminEnds, adminAt, localityEnds, localityStarts, localityStartAt } = places;
  const adminIn = (from: number, to: number) => places.adminIn(from, to);
  const placeEndingAt = (at: number) => places.placeEndingAt(at);
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
  const span = o.locality && (TOWN_POINTER.test(text.slice(s - 4, s - 2)) || standsAlone(text, s - 2, s + 1)) && afterTown(walk, s, suffix) ? { start: s - 2, words: [] } : o.locality && floor > 0 && (run.length >= 2 || single) && run.length <= (MONGOLIAN_LOCALITY.test(suffix) ? 7 : 4) && /^[\u4e00-\u9fff]+$/.test(run) && !LOCALITY_RUN_BREAK.test(run) && !BEFORE_LOCALITY_RUN.test(run) && !BUILT.test(run) &&
    !(run.length >= 3 && !townOf && tagWindow(jieba, run, floor).some((w) => w.word.length >= 2 && /^v/.test(w.tag)))
    ? { start: floor, words: [] }
    // (A town or village found before is a place too: 在白音察干镇建设肉羊产业园 names 肉羊产业园 at most.)
    // (An experts' station is named for its work as a firm is, verbs and all: 四子王旗马铃薯脱毒种薯院士专家工作站.)
    : nameStart(jieba, text, s, floor, !o.locality && (LEGAL_SUFFIX.test(suffix) || suffix === "专家工作站"), (at) => adminStarts.has(at) || localityStarts.has(at), (at) => adminEnds.has(at) || localityEnds.has(at));
  // (An address names no body by its street: 地址：巴林左旗林东镇契丹大街中段政务服务中心 is the centre, at most.)
  const addressed = o.locality ? span.start : pastStreet(text, span.start, s);
  if (addressed !== span.start) {
    span.start = addressed;
    span.words = [];
  }
  // (Nor over a place written before and a word of going to it: 天山口镇至罕苏木苏木 is a road's ends.)
  const toward = o.locality ? /^.*(?:镇|乡|苏木|嘎查|村|街道)[至到经]/.exec(text.slice(span.start, s)) : null;
  if (toward && s - span.start - toward[0].length >= 1) {
    span.start += toward[0].length;
    span.words = [];
  }
  // (Nor over a side of the unit before it, named as where it lies: 四子王旗最北端脑木更苏木 is 脑木更苏木; 旗北部苏木 names none;
  // nor over the word of a field giving it: 第8项实施地点浩尔吐嘎查 is 浩尔吐嘎查.)
  const side = o.locality ? LOCALITY_SIDE.exec(text.slice(span.start, s)) : null;
  if (side) {
    if (s - span.start - side[0].length < 2) return undefined;
    span.start += side[0].length;
    span.words = [];
  }
  // (Nor does a village's name open with a bureau's word: 丰台分局新村派出所 names no 分局新村.)
  if (o.locality && /^(分局|总局|公安局)/.test(text.slice(span.start, s))) return undefined;
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
  // (Nor a body's name before a branch it keeps in the town: 莫旗 + 文化馆 + 腾克镇 + 分馆 names 腾克镇.)
  const trade = o.locality ? span.words.findLastIndex((w, k) => LOCALITY_TRADE.test(w.word) || (WORKS_VERB.test(w.word) && k < span.words.length - 1) || BODY_END.test(w.word)) : -1;
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
    // (Or back to where a Mongolian place's name opens, over a word jieba reads as another kind: 哈日 + 道/q + 卜嘎查 of 哈日道卜嘎查.)
    for (let at = s - 3; s - span.start === 1 && at >= Math.max(floor, s - 6); at--) {
      if (mongolianPlaceOpenings().has(text.slice(at, at + 2)) && nameRun(text.slice(at, s))) span.start = at;
    }
  }
  // (A street's or sumu's word alone opening a clause is the one the article names, not its community's or village's name:
  // 街道二里庄社区 is 二里庄社区 of the street.)
  if (o.locality && s - span.start >= 4 && /^(街道|苏木)/.test(text.slice(span.start, s)) && /^$|[\n，,。；;：:“、]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) {
    span.start += 2;
    span.words = [];
  }
  // (A body named after a town of the unit written before it, the town's 镇 left out, runs back to the unit, whatever
  // jieba makes of the town's name: 密云区西田各庄中学.)
  // (Or the town's name and a kind of the body after it: 库伦旗白音花国有林场, jieba's 白音 + 花/v.)
  const townsUnit = !o.locality && o.knownIn && floor0 > 0 && span.start > floor0 ?
    unitOfTownNamed(text, admin[adminAt[floor0 - 1] ?? -1], floor0, s, o.knownIn) ?? unitOfTownNamed(text, admin[adminAt[floor0 - 1] ?? -1], floor0, span.start, o.knownIn) : undefined;
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
    if (first && (adminAt[first.start - 1] ?? -1) < 0 && !PARTY_NAME.test(text.slice(span.start, first.start))) span.start = first.start;
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
  // (A unit written again after the town a chain reached opens the name, the chain before it only placing it:
  // 赤峰市宁城县汐子镇宁城县京蒙协作产业园 is 宁城县京蒙协作产业园.)
  const again = o.locality ? span.start : unitAfterTown(walk, span.start, s);
  if (again !== span.start) {
    span.start = again;
    span.words = [];
  }
  return { span, floor, floor0, run, single };
}

/** Where a unit opens that follows a town or village in the chain of places written from `from` (the chain's unit, town, unit),
 * else `from`. */
function unitAfterTown(walk: SuffixWalk, from: number, to: number): number {
  const { admin, places } = walk;
  let afterTown = false;
  for (let p = from; p < to; ) {
    const unit = admin[places.adminAt[p] ?? -1];
    if (unit && unit.start === p && unit.end <= to) {
      if (afterTown && unit.label !== "Township" && unit.label !== "Province") return p;
      p = unit.end;
      continue;
    }
    let end = -1;
    for (let e = p + 2; e <= Math.min(to, p + 12); e++) if (places.localityEnds.get(e) === p) end = e;
    if (end < 0) return from;
    afterTown = true;
    p = end;
  }
  return from;
}
