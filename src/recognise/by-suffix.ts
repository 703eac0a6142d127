// The two kinds of name read by their endings: institutions (医院, 小学, 有限公司 …) and localities (镇, 村, 嘎查 …), each
// with its pattern of endings and the labels they give.
import type { Jieba } from "@node-rs/jieba";
import { INSTITUTION_SUFFIXES, LOCALITY_SUFFIXES } from "./suffixes.js";
import { keepLongest } from "./coverage.js";
import { recogniseSuffixed } from "./suffixed.js";
import { isPlaceWord, tagWindow } from "./segmenter.js";
import { fillsCell } from "./name-edges.js";
import type { Mention } from "./types.js";

function buildPattern(suffixes: [string, string][]): RegExp {
  const alternation = [...suffixes].sort((a, b) => b[0].length - a[0].length).map(([s]) => s).join("|");
  return new RegExp(alternation, "g");
}
const INSTITUTION_PATTERN = buildPattern(INSTITUTION_SUFFIXES);
const TOWNSHIP_PATTERN = buildPattern(LOCALITY_SUFFIXES.filter(([, l]) => l === "Township"));
const VILLAGE_PATTERN = buildPattern(LOCALITY_SUFFIXES.filter(([, l]) => l === "Village"));
const INSTITUTION_LABEL = new Map(INSTITUTION_SUFFIXES);
const LOCALITY_LABEL = new Map(LOCALITY_SUFFIXES);

/** What follows a campaign's quoted name. */
const CAMPAIGN_AFTER = /^[”"’」](行动|活动|工程|计划|专项|(?:区域)?(?:公用)?品牌|模式)/;

export function recogniseInstitutions(
  jieba: Jieba, text: string, admin: Mention[], within?: (inner: string, outer: string) => boolean, localities: Mention[] = [], knownIn?: (name: string, unitId: string) => boolean,
): Mention[] {
  const found = recogniseSuffixed(jieba, text, admin, { pattern: INSTITUTION_PATTERN, labelOf: INSTITUTION_LABEL, locality: false, localities, ...(within ? { within } : {}), ...(knownIn ? { knownIn } : {}) });
  // (A word before the province a firm's name opens with is the clause's, not the name's: 新主人北京中科博瑞生物技术有限公司,
  // 力争北京天通苑建材有限公司. Not a place's: 中国北京同仁堂.)
  // (Or at a district or banner the gazetteer knows: 力争延庆区医院….)
  const unitStarts = new Set(admin.filter((a) => a.label === "District" || a.label === "Banner").map((a) => a.start));
  const opened = found.map((m) => {
    const province = /^([\u4e00-\u9fff]{1,3}?)(北京|内蒙古)/.exec(m.name);
    const unitAt = province ? undefined : [1, 2, 3].find((k) => unitStarts.has(m.start + k) && /^[\u4e00-\u9fff]+$/.test(m.name.slice(0, k)));
    const head = province?.[1] ?? (unitAt !== undefined ? m.name.slice(0, unitAt) : undefined);
    if (head === undefined || /^(中国|中共|共青团|首都)$/.test(head) || m.label === "Agency") return m;
    const cut = head.length;
    const words = tagWindow(jieba, m.name.slice(0, cut + 2), m.start);
    // (Only a word of a clause's kind, a verb, a figure, an adverb or a common noun: a brand (华能, 国网) or a place (周口店) may open
    // the name.)
    const before = words.filter((w) => w.end - m.start <= cut);
    // (Words of intent open a clause whatever jieba tags them: 力争 comes out a proper noun.)
    if (before.length === 0 || !before.every((w) => /^(m|v|vn|a|ad|d|c|p)$/.test(w.tag) || (w.tag === "n" && w.word.length === 2) || /^(力争|争取|确保|努力|计划|预计)$/.test(w.word)) || !words.some((w) => w.start - m.start === cut)) return m;
    return withoutHead(m, cut);
  });
  // (A vocational school's short ending after a verb and a short form, 大兴一职接收前旗职中, names the school after the verb only.)
  return opened.map((m) => {
    if (!/(职校|职中)$/.test(m.name) || m.name.length < 6) return m;
    const verb = tagWindow(jieba, m.name.slice(0, -2), m.start).findLast((w) => w.word.length === 2 && /^v/.test(w.tag));
    const cut = verb ? verb.end - m.start : 0;
    return cut > 0 && m.name.length - cut >= 4 ? withoutHead(m, cut) : m;
  });
}

/** The mention without its first `cut` characters, words of the clause before the name. */
function withoutHead(m: Mention, cut: number): Mention {
  return { ...m, start: m.start + cut, surface: m.surface.slice(cut), name: m.name.slice(cut) };
}

/** A slogan's going somewhere (京蒙好物进社区, 送法进村) or helping villages (商会结村), or a kind of place and no name (大型社区, 新设社区). */
const SLOGAN_OR_KIND = /[\u4e00-\u9fff]{2}进(社区|村|嘎查|乡村|苏木|乡镇)$|(商会|企业|万企|百企|千企|社会组织)(结|帮|兴|联)(村|嘎查)$|^(大型|小型|新型|新设|新建|老旧|城市|农村|城镇|周边|所有|各个|部分|其他|其余|多个|附近|整个)(社区|村|嘎查)$/;

/** Townships first, then villages, so that 边墙村 stops where 宝昌镇 ends in 太仆寺旗宝昌镇边墙村. */
export function recogniseLocalities(
  jieba: Jieba, text: string, admin: Mention[], known?: (name: string, after?: number) => boolean, knownIn?: (name: string, unitId: string) => boolean,
  endsKnown?: (tail: string, length: number) => boolean,
): Mention[] {
  const towns = recogniseSuffixed(jieba, text, admin, { pattern: TOWNSHIP_PATTERN, labelOf: LOCALITY_LABEL, locality: true, ...(known ? { known } : {}), ...(knownIn ? { knownIn } : {}) })
    .map((m) => knownTownAtEnd(m, known, endsKnown));
  const villages = recogniseSuffixed(jieba, text, [...admin, ...towns], { pattern: VILLAGE_PATTERN, labelOf: LOCALITY_LABEL, locality: true });
  // (Not a campaign's name in quotes: “亦企兴村”行动, “百企帮百村”活动.)
  const campaign = (m: Mention) => /[“"‘「]$/.test(text.slice(m.start - 1, m.start)) && CAMPAIGN_AFTER.test(text.slice(m.end, m.end + 7));
  // (Nor levels written with a bracket, 镇（街道）苏木 of 各镇（街道）与…苏木镇: no town's or village's name holds one.)
  // (Nor a slogan's or a kind's; nor the 村 of a village bank's kind, 北京顺义银座村镇银行, nor 苏木 before 乡镇, 须经苏木乡镇党委审核.)
  // (Unless a table's cell holds it alone and the dictionary knows it as a place's: |新建村|.)
  const cellPlace = (m: Mention) => fillsCell(text, m.start, m.end) && isPlaceWord(jieba, m.name);
  const noName = (m: Mention) => (SLOGAN_OR_KIND.test(m.name) && !cellPlace(m)) || (m.name.endsWith("村") && text.startsWith("镇银行", m.end)) || (m.name.endsWith("苏木") && text.startsWith("乡镇", m.end));
  return keepLongest([...towns.map(townBeforeBrand), ...villages.map(villageAfterTown)].filter((m) => !campaign(m) && !/[()（）]/.test(m.name) && !noName(m)));
}

/** A town read with a word before it, ending in a town the gazetteer knows, is that town: 万元 + 助建白狼镇 is 白狼镇 (jieba's
 * 助建白), 少郎河 + 乌丹镇, 患者系 + 新惠镇. Not where a known town is as long and ends so: 石三敖包镇 is 十三敖包镇 misspelt. */
function knownTownAtEnd(m: Mention, known?: (name: string) => boolean, endsKnown?: (tail: string, length: number) => boolean): Mention {
  if (!known || m.label !== "Township" || known(m.name)) return m;
  const k = [1, 2, 3].find((n) => m.name.length - n >= 3 && known(m.name.slice(n)) && !endsKnown?.(m.name.slice(n), m.name.length));
  return k ? { ...m, start: m.start + k, surface: m.surface.slice(k), name: m.name.slice(k) } : m;
}

/** A town whose name runs on into a brand's word read as a township's (药乡 of 牛家营子镇药乡桔梗种植专业合作社) is the town alone:
 * no town holds a township. */
function townBeforeBrand(m: Mention): Mention {
  const run = /^[\u4e00-\u9fff]{2,}?(镇|苏木|街道)(?=[\u4e00-\u9fff]{1,2}乡$)/.exec(m.name);
  if (!run || m.surface !== m.name) return m;
  return { ...m, end: m.start + run[0].length, surface: run[0], name: run[0] };
}

/** A village whose name runs back into the end of a town's no town was read for (镇东坊子村 of 随着七台镇东坊子村, 钩镇东井子村 of a
 * misspelt 千斤钩镇) is the village alone: no village's name holds a township's word. */
function villageAfterTown(m: Mention): Mention {
  const town = /^[\u4e00-\u9fff]{0,2}?(镇|乡|苏木)(?=[\u4e00-\u9fff]{2,}(村|嘎查|社区)$)/.exec(m.name);
  return town && m.surface === m.name ? { ...m, start: m.start + town[0].length, surface: m.name.slice(town[0].length), name: m.name.slice(town[0].length) } : m;
}

/** A party branch's or committee's ending (北京望辰科技股份有限公司党支部): its owner is read here, and relate reads the branch
 * as its owner. */
export const PARTY_BRANCH = /(党支部|党总支|党委)$/;
/** A union's or a youth league's committee (中国银行昌平支行工会): its owner is read as a party branch's is, though relate
 * reads the committee as a body of its own. */
const STAFF_COMMITTEE = /(工会|团委|团支部)$/;

/** A station or base a firm keeps for researchers, after the firm's full name (…有限公司博士后科研工作站), and a university's
 * team of graduates teaching (北京工商大学研究生支教团): the firm or the university is read as a party branch's owner is. */
const FIRM_STATION = /(?<=公司|集团)(博士后科研工作站|博士后创新实践基地|博士后工作站|院士专家工作站|院士工作站|专家工作站|科研工作站)$|(?<=大学|学院)研究生支教团$/;

/** The institutions whose party branches the names found are (北京望辰科技股份有限公司 of its 党支部), or whose teams with a
 * quoted brand, read by their own endings: each owner, a mention nested in the name. */
export function branchOwners(names: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    const branch = PARTY_BRANCH.exec(m.name) ?? STAFF_COMMITTEE.exec(m.name) ?? FIRM_STATION.exec(m.name);
    // (So is the body a team with a quoted brand belongs to: 北京京华师范学院 of 北京京华师范学院“青春京彩”志愿服务队.)
    const quote = m.name.indexOf("“");
    if ((!branch && quote <= 0) || m.label === "Township" || m.label === "Village") continue;
    const stem = branch ? m.name.slice(0, -branch[0].length) : m.name.slice(0, quote);
    // (matchAll starts where the shared pattern's lastIndex stands: from the name's start.)
    INSTITUTION_PATTERN.lastIndex = 0;
    const ending = [...stem.matchAll(INSTITUTION_PATTERN)].find((e) => e.index! + e[0].length === stem.length);
    if (!ending || stem.length - ending[0].length < 2) continue;
    out.push({ ...m, end: m.start + stem.length, surface: stem, name: stem, label: INSTITUTION_LABEL.get(ending[0]) as Mention["label"] });
  }
  return out;
}
