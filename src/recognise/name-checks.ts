// Whether what a suffix ends is a name at all: not a common word, a kind, a count or a pointer.
import { BODIES_ENDING_IN_WORDS, BODY_BEFORE_HALL, BODY_END, COMMON_WORDS, CONTINUES, HALL, SCHOOL_STAGE, SHORT_SUFFIX_MIN_CORE, SUBJECT } from "./suffixes.js";
import { GROWING_BASE } from "./growing-bases.js";
import { kindOrClause } from "./kind-words.js";
import type { Mention } from "./types.js";
import { bodiesInGeneral, FACILITY_SUFFIX, PLACED_SUFFIX, START_UP_PARKS, GENERIC_INSTITUTION, GENERIC_LOCALITY, isProper, knownOrganisation, LEGAL_SUFFIX, listedAfter, OBJECT_OF } from "./proper-names.js";
import { afterTown, type Label, type OpenedName, type SuffixWalk } from "./suffix-walk.js";
import { TOWN_STATION } from "./stations.js";
import { cellStart, fillsCell } from "./name-edges.js";
import { hasSurname } from "./person-names.js";
import { tagWindow, type Word } from "./segmenter.js";
import { listedAfterLocality, MONGOLIAN_NA } from "./misread-parts.js";

/** A park of start-ups, a body where the programme's name opens it (京蒙电子信息产业孵化园). */
const START_UP_PARK = new RegExp(`^(${START_UP_PARKS})$`);
/** Endings that want a place before them but may take the programme's name instead: 京蒙管道工人训练基地, 京蒙协作林果产品加工园.
 * (Not a task force, 京蒙协作招商引资工作专班, which the keys read as a unit's work, not a body.) */
const PROGRAMME_NAMED = /^(训练基地|加工园)$/;

/** A village of hunters or herders, its name a transliteration before the word (多布库尔猎民村): as long as a Mongolian one. */
const HUNTERS = /(猎民|牧民|移民)$/;
/** Whether jieba tags some word a name's: a place, a person, an organisation, a new or a foreign word. */
const nameTagged = (words: { tag: string }[]) => words.some((w) => /^(ns|nz|x|j|nr|eng)$/.test(w.tag));
/** Verbs of joining or founding a body. */
const JOINING = /^(加入|参加|参与|成立|组建|领办|创办|入股|兴办|创建|筹建)$/;
/** Kinds of village that name one too (猎民村, 富裕村). */
const VILLAGE_NAMED_AS_KIND = /^(猎民|牧民|渔民|移民|富裕)$/;

/** Whether what ends in the suffix at `s` is no name at all, before any segmentation: a word goes on past it, a common word ends there. */
export function notAName(walk: SuffixWalk, s: number, e: number, suffix: string): boolean {
  const { text, o, found } = walk;
  const cont = CONTINUES[suffix] ?? CONTINUES[suffix.slice(-1)];
  if (cont?.test(text.slice(e, e + 4))) return true;
  // (Nor where a stray space of a PDF's parts a head's title: 林西县第一中学校 长陶格斯 is the school's 校长.)
  if (/[校院]$/.test(suffix) && /^[ \u3000]长(?![期远久效大城江])/.test(text.slice(e, e + 3))) return true;
  // (Nor is a network of stations or of shelter belts a website: 监测站网, 农田防护林网.)
  if (suffix === "网" && /[站点台林]$/.test(text.slice(s - 1, s))) return true;
  // (Nor is a verb's 办 an office's: 前补办, 老百姓办一次, 回旗里办, 主办, 通办; an office's short name ends in its field, 合作办, 医保办.)
  if (suffix === "办" && (/[补代通可能就来去好快网掌难要再里姓帮承主举创兴开申未没]$/.test(text.slice(s - 1, s)) || /^[一了过]/.test(text.slice(e, e + 1)))) return true;
  // (Nor is 村村, every village, a village's ending at a phrase's close: “二人台唱响村村”.)
  if (suffix === "村" && text[e] === "村" && /^([”"」』，,。；;、！!？?\s]|$)/.test(text.slice(e + 1, e + 2))) return true;
  // (Nor the 强村 of a company for stronger villages, 兴井强村实业有限公司, 强村公司.)
  if (suffix === "村" && text[s - 1] === "强" && /^(公司|发展|实业|运营|服务|农业|文旅|建设|投资|产业)/.test(text.slice(e, e + 2))) return true;
  // (Nor how a wedding or a funeral is held: 婚事新办, 丧事简办, 大操大办, 按新规矩办.)
  if (suffix === "办" && /(简|新|操大|规矩|照)$/.test(text.slice(s - 2, s))) return true;
  // (A document's number opens with its issuer's code, no body's name: 林政办发〔2024〕41号, 科中乡振发〔2024〕17号.)
  if (/^(?:[\u4e00-\u9fff]{0,2}[发函字])?[〔［]/.test(text.slice(e, e + 4))) return true;
  // (A bank's line of business after its branch is no company: 赤峰分行公司业务部; nor its office a body: 农行赤峰分行办公室.)
  if (suffix === "公司" && text[s - 1] === "行" && /^(业务|金融)/.test(text.slice(e, e + 2))) return true;
  if (suffix === "办公室" && /(分行|支行|公司)$/.test(text.slice(s - 2, s))) return true;
  // A stage of schooling right after another body's name and before a subject is what its staff teach, not a school
  // (昌平区教育科学研究院小学数学教研员, 牛栏山第一中学高中化学教师).
  if (SCHOOL_STAGE.test(suffix) && SUBJECT.test(text.slice(e, e + 4)) && BODY_END.test(text.slice(Math.max(0, s - 2), s))) return true;
  // Common words (乡村, 农村, 格局) are known before any segmentation is needed.
  // (Not a body's name a common word ends: 政局 of 财政局, 民政局.)
  // (Nor one listed right after a name of its kind: 大井村、前进村, though 进村 is a word.)
  const listedCore = () => o.locality && [2, 3].some((k) => /^[\u4e00-\u9fff]+$/.test(text.slice(s - k, s)) && listedAfter(found, text, s - k, o.labelOf.get(suffix)));
  if ((COMMON_WORDS.has(text.slice(s - 1, e)) || COMMON_WORDS.has(text.slice(s - 2, e))) && !BODIES_ENDING_IN_WORDS.has(text.slice(s - 2, e)) && !listedCore() && !afterTown(walk, s, suffix)) return true;
  return false;
}

/** Words jieba does not know, the first of three or more, and single characters: how a transliterated name is cut. */
const unknownWord = (words: Word[]) => words[0]?.tag === "x" && (words[0].word.length >= 3 || MONGOLIAN_NA.test(words[0].word)) && words.every((w) => w.tag === "x" || w.word.length === 1);

/** The name a suffix ends, once opened, unless its core is a common word, a kind, a count or a pointer rather than a name. */
export function acceptedName(walk: SuffixWalk, opened: OpenedName, s: number, e: number, suffix: string): Mention | undefined {
  const { jieba, text, o, places, found, tails } = walk;
  const { localityStarts } = places;
  const adminIn = (from: number, to: number) => places.adminIn(from, to);
  const { span, floor, single } = opened;
  const core = text.slice(span.start, s);
  if (bodiesInGeneral(suffix, core)) return undefined;
  // (Nor a longer kind's word alone, its own name left off: 社会工作服务中心 read as 社会工作 + 服务中心; nor one whose core before a
  // longer kind's word is of a kind: 苏木镇综合文化站 is no 苏木镇综合 + 文化站. The programme's name makes its site proper:
  // 京蒙协作信息网.)
  if (o.labelOf.has(core + suffix) || longerSuffixes(o.labelOf, suffix).some((l) => (core + suffix).endsWith(l) && !core.startsWith("京蒙") && GENERIC_INSTITUTION.test((core + suffix).slice(0, -l.length)))) return undefined;
  // (Nor a team of a kind of body, its body left unnamed: 支持乌兰牧骑杂技队建设.)
  if (!o.locality && /队$/.test(suffix) && o.labelOf.has(core)) return undefined;
  // (Nor a body a verb of joining or founding takes as its object, no name's word before it: 主动加入合作社, 牵头成立合作社.)
  const last = span.words[span.words.length - 1];
  if (!o.locality && last && /^v/.test(last.tag) && JOINING.test(last.word) && !nameTagged(span.words) && !adminIn(span.start, s)) return undefined;
  // (Nor a town's station named by a province alone, a table's column of stations: 北京市派出所 | 所在区.)
  if (TOWN_STATION.test(suffix) && /^(北京市?|内蒙古(自治区)?)$/.test(core)) return undefined;
  // (Nor shops named by a province alone, its shops in general: 进入北京超市.)
  if (/^(超市|商超|商场)$/.test(suffix) && /^(北京市?|内蒙古(自治区)?|首都)$/.test(core)) return undefined;
  // (Nor one's own office, a person's name before it: 周明远办公室的灯还亮着.)
  if (suffix === "办公室" && span.words.length >= 1 && span.words.length <= 2 && span.words[0]!.tag === "nr" && /^[\u4e00-\u9fff]{2,3}$/.test(core) && hasSurname(core) && !adminIn(span.start, s)) return undefined;
  // (Nor a village and the post taken in it run on into the post's village word: 哈拉沟村任村党支部书记助理, jieba's 任村.)
  if (/(?:村|嘎查)(?:任|担任|挂任|兼任|现任)(?:村|嘎查)/.test(core + suffix)) return undefined;
  // (Nor a hospital's grade, a kind no name holds: 晋升三级乙等综合医院, 自治区二级甲等综合医院.)
  if (/医院$/.test(suffix) && /[一二三]级(?:[甲乙丙]等)?[\u4e00-\u9fff]{0,3}$/.test(core)) return undefined;
  const lastWord = last?.word ?? "";
  const name = core + suffix;
  if ((COMMON_WORDS.has(name) && !(span.start === floor && afterTown(walk, s, suffix))) || (lastWord && !BODIES_ENDING_IN_WORDS.has(lastWord + suffix) && (COMMON_WORDS.has(lastWord + suffix) || COMMON_WORDS.has(lastWord.slice(-1) + suffix)))) return undefined;
  if (core.length < (suffix.length === 1 && !(single && span.start === floor) ? SHORT_SUFFIX_MIN_CORE : 1)) return undefined;
  // (A place's name the common words hold, 中关村, names a body still: 中关村软件园.)
  // (Nor a count of bodies of the kind: 库伦旗三所学校, 两家医院.)
  // (Not a place jieba knows whose name ends so, a town's: 北七家医院.)
  if (!o.locality && /(?:^|[0-9一二两三四五六七八九十百千几多每各这那某全数])[所家个座]$/.test(core) && !(span.words.length > 0 && span.words[span.words.length - 1]!.tag === "ns" && span.words[span.words.length - 1]!.word.length >= 3 && core.endsWith(span.words[span.words.length - 1]!.word))) return undefined;
  // (Nor one a count stands right before, its words a kind's, no place's nor a coined one: 6家蔬菜种植合作社.)
  if (!o.locality && /[0-9一二两三四五六七八九十百千几多]+[所家个座]$/.test(text.slice(Math.max(0, span.start - 4), span.start)) && !adminIn(span.start, s) && !nameTagged(span.words)) return undefined;
  // (Nor, so, one a count follows, built or to be: 力争新建院士专家工作站1个.)
  if (!o.locality && /^[0-9一二两三四五六七八九十]+[所家个座处]/.test(text.slice(e, e + 3)) && /(新建|组建|筹建|建成|建设)$/.test(text.slice(Math.max(0, span.start - 2), span.start)) && !adminIn(span.start, s) && !nameTagged(span.words)) return undefined;
  // (Nor a plant said by what it makes a year: 宁城县年产3000万棒香菇菌棒厂; nor the schools of the countryside, 京蒙协作乡村学校.)
  if (/^(学校|小学|中学|幼儿园)$/.test(suffix) && /(乡村|农村|牧区)$/.test(core)) return undefined;
  if (/[0-9]$/.test(core) || /(年产|日产|年加工)[0-9]/.test(core) || (COMMON_WORDS.has(core) && !(!o.locality && /村$/.test(core) && span.words.length === 1 && span.words[0]!.tag === "ns"))) return undefined;
  // (Nor words of a kind or a clause read as a name: see kind-words.)
  if (!core.includes("“") && kindOrClause(jieba, text, suffix, core, span.start, e, o.locality, adminIn(span.start, s))) return undefined;
  // (A body's own hall is the body's: 舍伯吐镇中心学校图书馆 is the school's library, no institution of its own; so is its sport's,
  // …业余体育学校体操训练馆.)
  if (HALL.test(suffix) && (BODY_BEFORE_HALL.test(core) || (suffix === "训练馆" && /(学校|小学|中学|大学|学院|中心校)[\u4e00-\u9fff]{1,4}$/.test(core)))) return undefined;
  // (A place said in the first person is a pointer, not a name: 给咱村, 派到我镇. Nor is what closes a list: 农牧局等部门.)
  // (Nor what a route reaches it by: 凡经工作站组织…, 结业后经工作站推荐.)
  if (/(咱|咱们|我|我们|等|(?:^|[凡后再并])经)$/.test(core)) return undefined;
  if (o.locality) {
    // (A community may bear its village's name, 幸福二村社区; right after its town, a short one too: 扣河子镇新村社区.)
    // (A Mongolian name runs longer before 嘎查 or 苏木: 额尔敦宝拉格嘎查.)
    // (A count of households names a village, 大五家村, 三家村; one of firms or of each does not: 每家村.)
    // (Right after its town a village of hunters or of the well-off is one of that name: 古里乡猎民村, 隆昌镇富裕村.)
    const kindNamed = afterTown(walk, s, suffix) && VILLAGE_NAMED_AS_KIND.test(core);
    // (A table's cell that holds a village alone holds its name, a verb's words though it be: 朝阳镇 | 新建村 | 健身路径.)
    const inCell = suffix === "村" && core.length === 2 && fillsCell(text, span.start, e);
    // (A word jieba does not know, of three or more, right after the place it lies in names the village though it opens with 那:
    // 翁牛特旗那吉来村, a Mongolian name, is no 那 said of a village.)
    const coined = ((floor > 0 && span.start === floor) || listedAfterLocality(text, span.start)) && MONGOLIAN_NA.test(core) && unknownWord(span.words.length > 0 ? span.words : tagWindow(jieba, core, span.start));
    if (((GENERIC_LOCALITY.test(suffix === "社区" && (core.length >= 3 || (core.length === 2 && floor > 0 && span.start === floor)) ? core.replace(/村$/, "") : core) && !inCell && !coined) || core.length > (/^(嘎查|苏木)$/.test(suffix) || (floor > 0 && span.start === floor) || HUNTERS.test(core) ? 7 : 5) || (/(^|[0-9一二两三四五六七八九十百千几多每各这那某全数])[个名座处条]$/.test(core) || /^[0-9两几多每各这那某全数]*家$/.test(core)) || (/所$/.test(core) && span.words[span.words.length - 2]?.tag !== "ns")) && !kindNamed) return undefined;
    // (Nor one holding a body's name, a part of the body named after a town: 北京市房山区人民法院良乡人民法庭 names no 人民法院良乡,
    // 房山区税务局良乡税务所 no 税务局良乡.)
    if (/(法院|医院|人民政府|学校|公司|委员会|局)/.test(core)) return undefined;
    // (Nor a place and the copula before its kind's word: 乌丹镇是镇镇结对, 沙巴尔台村是村村结对.)
    if (/(村|镇|乡|嘎查|苏木|社区)是$/.test(core)) return undefined;
    // (Nor sumu and towns together: 牧区苏木镇.)
    if (suffix === "镇" && /苏木$/.test(core)) return undefined;
    // (Nor a land named for its camels, no township: 巴彦塔拉驼乡, 中国驼乡.)
    if (suffix === "乡" && /驼$/.test(core)) return undefined;
    // (Nor a word for one's home place or fellows: 同乡商会, 家乡, 返乡.)
    if (suffix === "乡" && /(同|家|故|老|返|回|异|他|思|离|梦)$/.test(core)) return undefined;
    // A verb's object, not a name (用于建设嘎查集体牛棚), though 建设村 names villages elsewhere.
    if (OBJECT_OF.test(text.slice(Math.max(0, span.start - 2), span.start)) && span.words.length === 1 && /^v/.test(span.words[0]!.tag)) return undefined;
  // (A paper named for those it is written for is a name: 农民日报. Chambers and associations together, 商协会, are a kind; so is a
  // system of a hall and its branches, 文化馆总分馆.)
  } else if ((GENERIC_INSTITUTION.test(spelledRight(walk, span.start, s)) || (suffix === "协会" && /商$/.test(core)) || (suffix === "分馆" && /总$/.test(core)) ||
    // (Nor is a body's indoor hall its own: 库伦旗第二中学室内游泳馆 is the school's.)
    (suffix === "游泳馆" && /(室内|室外|标准)$/.test(core))) && !(/^(日报|晚报|时报)$/.test(suffix) && /^(农民|牧民)$/.test(core))) {
    return undefined;
  // (A district's, banner's or city's own society named by the level alone, 区总工会, 区妇联, 旗残联, 市科协: resolution finds the unit.)
  // (A quoted brand makes a name proper: “向阳花”青年志愿服务队; so does the programme's name a base, a park of start-ups or a training ground: 京蒙协作设施农业示范园,
  // 京蒙电子信息产业孵化园, 京蒙管道工人训练基地; and the
  // country's name a national centre, as a place's would: 中国康复研究中心; or a town's name alone, of three characters or more, a
  // body named for where it is: 花吐古拉沙漠公园.)
  } else if (!core.includes("“") && !((GROWING_BASE.test(suffix) || START_UP_PARK.test(suffix) || PROGRAMME_NAMED.test(suffix)) && core.startsWith("京蒙")) && !(/^[区旗县市]$/.test(core) && o.labelOf.get(suffix) === "Organization" && suffix.length >= 2 && !FACILITY_SUFFIX.test(suffix)) && !(LEGAL_SUFFIX.test(suffix) && (suffix !== "合作社" || nameTagged(span.words))) && !(FACILITY_SUFFIX.test(suffix) ? span.words.some((w) => /^(ns|nz|x|j|eng)$/.test(w.tag)) : !PLACED_SUFFIX.test(suffix) && isProper(span.words, core)) && !adminIn(span.start, s) && !(PLACED_SUFFIX.test(suffix) && (localityStarts.has(span.start) || text.startsWith("中国", span.start) || (span.words[0]?.tag === "ns" && span.words[0].word.length >= 3))) && !listedAfter(found, text, span.start, o.labelOf.get(suffix)) &&
    !(core.length >= 2 && tails.has(name)) && !(TOWN_STATION.test(suffix) && cellStart(text, s, e) === span.start)) {
    // (A short name that ends a longer one the article gave before is that name again: 广外医院 after 北京市西城区广外医院. So is
    // a station's filling a table's cell, named for where it stands: |前门派出所|.)
    // An organisation's name jieba knows whole is taken whole, though a word of it reads as a time (中日友好医院).
    const known = knownOrganisation(jieba, text, span.start, e);
    return known >= 0 ? { start: known, end: e, surface: text.slice(known, e), label: o.labelOf.get(suffix) as Label, name: text.slice(known, e), source: "suffix", confidence: 0.75 } : undefined;
  }
  return {
    start: span.start, end: e, surface: name, label: o.labelOf.get(suffix) as Label, name, source: "suffix",
    confidence: o.locality ? 0.8 : 0.75,
  };
}

/** The text [from, to) with each misspelt unit in it written as the unit is named: a kind's word its misspelling makes (全县 of
 * 突全县第一中学, 突泉县's) is none. */
function spelledRight(walk: SuffixWalk, from: number, to: number): string {
  let noisy = noisyUnits.get(walk.admin);
  if (!noisy) noisyUnits.set(walk.admin, (noisy = walk.admin.filter((a) => a.source === "noisy")));
  if (noisy.length === 0) return walk.text.slice(from, to);
  let out = "";
  let at = from;
  for (const a of noisy) {
    if (a.start < from || a.end > to) continue;
    out += walk.text.slice(at, a.start) + a.name;
    at = a.end;
  }
  return out + walk.text.slice(at, to);
}
/** The misspelt units of each article's units, found once: most articles have none. */
const noisyUnits = new WeakMap<Mention[], Mention[]>();

const longerCache = new WeakMap<Map<string, unknown>, Map<string, string[]>>();
/** The suffixes of `labelOf` that end with `suffix` and are longer (综合文化站 of 文化站). */
function longerSuffixes(labelOf: Map<string, unknown>, suffix: string): string[] {
  let bySuffix = longerCache.get(labelOf);
  if (!bySuffix) longerCache.set(labelOf, (bySuffix = new Map()));
  let out = bySuffix.get(suffix);
  if (!out) bySuffix.set(suffix, (out = [...labelOf.keys()].filter((l) => l.length > suffix.length && l.endsWith(suffix))));
  return out;
}
