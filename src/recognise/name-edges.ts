// Where a suffixed name's start is read from what stands around it: past a verb of taking a post, at a table cell's
// start, at the longest name the gazetteer knows, at the unit whose town names it, at a village after its town or after
// a preposition.
import type { Mention } from "./types.js";
import { COMMON_WORDS, SINGLE_NOT_CORE } from "./suffixes.js";
import { GENERIC_LOCALITY } from "./proper-names.js";

/** Past the 任 of a verb of taking a post, no part of the name after it (挂任旗农牧局副局长, 担任县医院院长), or 任 alone opening a
 * clause (…周鹏，任旗乡村振兴局副局长). */
export function pastTakingPost(text: string, start: number): number {
  // (Or the 职 of 挂职 or 任职, jieba's 记挂 + 职 of 记挂职察右中旗邮政分公司.)
  // (Or 任 after 挂职: 挂职任旗农牧局副局长.)
  return (text[start] === "任" && /[挂担出继兼现留升调转职，,、；;：:]/.test(text[start - 1] ?? "")) || (text[start] === "职" && /[挂任兼供]/.test(text[start - 1] ?? "")) ? start + 1 : start;
}

/** Past a verb of sending papers to a body, of its approving them or of working with it, no part of its name (清单于12月底前报昌平区…领导小组办公室,
 * 报送至旗乡村振兴局, 经县京蒙协作工作领导小组研究, 会同县财政局): where a unit, or the banner said alone, follows it. */
export function pastSendingTo(text: string, start: number, s: number, adminStarts: Set<number>): number {
  const sent = /^(?:[\u4e00-\u9fff]{0,2}?前)?(?:报送至|报送|送至|交至|报至|上报|报|至|经|会同)/.exec(text.slice(start, s));
  if (!sent) return start;
  const after = start + sent[0].length;
  // (The unit's level alone may open the name, its ending next: 报区教委, 经旗委组织部.)
  return adminStarts.has(after) || /^[旗盟县区市]/.test(text.slice(after, s + 1)) ? after : start;
}

/** The start of the longest name the gazetteer knows ending at `e` with its suffix at `s`, opening where a word may; else -1. */
/** Verbs whose object may be a place. */
const PLACE_VERB = /(建设|支持|帮助|用于|投向|覆盖|位于|落户|入驻|落地|迁至|前往|来到|走进|深入|驻点|驻守|蹲点|扎根|驻扎|奔赴|派驻|援建|捐建|扶持|改造|打造|实施|新建|扩建|协作|帮扶|结对|牵手|携手|对口|包联|联系|支援|所在地|驻地)$/;

export function knownBefore(text: string, s: number, e: number, floor: number, known: (name: string) => boolean, verbEndsAt: (at: number) => boolean = () => false): number {
  // (A name of one character and its suffix, 杨镇, only right after a mark or opening a sentence: 、杨镇与十三敖包镇, 。杨镇向….)
  // (An ethnic township's name runs longer: 杜拉尔鄂温克民族乡.)
  const reach = /族$/.test(text.slice(s - 1, s)) ? 10 : 6;
  for (let start = Math.max(floor, s - reach); start <= s - 1; start++) {
    const before = text[start - 1] ?? "";
    // (Or after its district, 的 perhaps between: 顺义区杨镇, 顺义区的杨镇.)
    if (start === s - 1 && !/^[、，,：:；;（(。！？!?\n]$/.test(before) && !/[区旗县]的?$/.test(text.slice(Math.max(0, start - 2), start)) && start > 0) continue;
    // (如 lists examples: 如南彩镇与林东镇; 对接 docks one to another: 峪口镇对接五分地镇.)
    // (Nor after a verb that takes a place: 建设上都镇乳制品产业园, 用于桑根达来镇….)
    // (Or after a body's kind that ends a word: 学校的结对校索伦镇中心学校.)
    // (跟, 同, 距, 离 and 归 take a place too, and a seat names one: 跟梧桐花镇太平庄村结了对子, 旗所在地阿里河镇, 资产归新惠镇集体所有.)
    if (!(start === 0 || !/[\u4e00-\u9fff]/.test(before) || /[旗县市区盟在与和及的对向为从到赴于至由自往经是将把给如接校院跟同距离归]/.test(before) ||
      PLACE_VERB.test(text.slice(Math.max(0, start - 3), start)))) {
      // (Or after a verb that ends a word there, a name of two or more: 想说说六户镇新合村.)
      if (start < s - 1 && known(text.slice(start, e)) && verbEndsAt(start)) return start;
      continue;
    }
    if (known(text.slice(start, e))) return start;
  }
  return -1;
}

/** The start of the table cell a registered name fills, ending at its bar or line end, where the cell holds only the
 * name's characters; else -1. */
export function cellStart(text: string, s: number, e: number): number {
  // (A bracket may close the cell after the name, saying where it lies: 扣河子村（扣河子镇）.)
  if (!/^(\||\n|$)/.test(text.slice(e, e + 1)) && !/^[（(][^（()）|\n]{1,16}[)）](\||\n|$)/.test(text.slice(e, e + 20))) return -1;
  const bar = text.lastIndexOf("|", s);
  const cell = bar >= 0 && !text.slice(bar, s).includes("\n") ? text.slice(bar + 1, s) : "";
  return cell.length >= 2 && cell.length <= 20 && /^[\u4e00-\u9fff()（）]+$/.test(cell) ? bar + 1 : -1;
}

/** The unit ending at `floor` whose town, its 镇 or 乡 left out, is the run up to the suffix at `s` (密云区西田各庄中学): where
 * a body so named opens. */
export function unitOfTownNamed(text: string, unit: Mention | undefined, floor: number, s: number, knownIn: (name: string, unitId: string) => boolean): Mention | undefined {
  const run = text.slice(floor, s);
  return unit?.unitId && unit.end === floor && run.length >= 2 && run.length <= 5 && /^[\u4e00-\u9fff]+$/.test(run) && (knownIn(run + "镇", unit.unitId) || knownIn(run + "乡", unit.unitId)) ? unit : undefined;
}

/** A town's pointer (我镇, 该乡) written right before a village's name. */
export const TOWN_POINTER = /^[我该本][镇乡]$/;

/** A village's two characters right after its town or the town's pointer (吉生太镇前进村, 我镇前进村), or alone in a table's cell
 * or a list (七号镇 | 前进村), its suffix at `s`: a name, though the second character and the suffix make a word (进村). `town` is the unit covering `s - 3`, towns being
 * found before villages and passed in with the units. */
export function villageAfterTown(text: string, s: number, town: Mention | undefined): boolean {
  return s >= 2 && ((town?.label === "Township" && town.end === s - 2) || TOWN_POINTER.test(text.slice(s - 4, s - 2)) || (standsAlone(text, s - 2, s + 1) && !HEADER_CORE.test(text.slice(s - 2, s)))) &&
    /^[\u4e00-\u9fff]$/.test(text[s - 2]!) && !SINGLE_NOT_CORE.test(text[s - 2]!) &&
    // (A common word too, where the village's own branch or committee follows: 穆家峪镇新农村党支部.)
    (!COMMON_WORDS.has(text.slice(s - 2, s + 1)) || /^(党支部|党总支|村委会|村民委员会|两委)/.test(text.slice(s + 1, s + 6)));
}

/** Whether [start, end) fills a table's cell alone, a bar before it and a bar or the line's end after (|新建村|). */
export function fillsCell(text: string, start: number, end: number): boolean {
  return /\|[ \u3000]*$/.test(text.slice(Math.max(0, start - 3), start)) && /^[ \u3000]*(\||\n|$)/.test(text.slice(end, end + 3));
}

/** What a table's header says of its villages, 任职村, 结对村: no village's name. */
const HEADER_CORE = /^(任职|挂职|驻点|派驻|帮扶|结对|受援|对口|所在|所属|联系|包联|服务|实施|项目|试点|示范)$/;

/** Whether [start, end) stands alone as a table's cell or a line, or as an item of a list of villages: a bar, a tab or the line's
 * end on either side (七号镇 | 前进村 | 健身路径), or a list's comma with a village beside it (前进村、团结村; not 爱农村、爱农民). */
export function standsAlone(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === " " || text[before] === "\u3000")) before--;
  let after = end;
  while (after < text.length && (text[after] === " " || text[after] === "\u3000")) after++;
  const opens = before < 0 || /[\t|\n]/.test(text[before]!);
  const closes = after >= text.length || /[\t|\n]/.test(text[after]!);
  if (opens && closes) return true;
  const villageBefore = /(村|嘎查)[、，,]$/.test(text.slice(Math.max(0, before - 2), before + 1));
  const villageAfter = /^[、，,][\u4e00-\u9fff]{2,6}?(村|嘎查)(?=[^\u4e00-\u9fff]|[都也和与及等的在])/.test(text.slice(after, after + 10));
  return (opens || /[、，,]/.test(text[before] ?? "")) && (closes || /[、，,。;；]/.test(text[after] ?? "")) && (villageBefore || villageAfter);
}

/** Prepositions that stand before a place's name, not in it. */
const PREPOSITION = /[向在到与和对为给从把被帮]/;

/** A locality the article named before that ends the span [start, e) after a preposition jieba glued into the name (集团向东滩村
 * is 向 and 东滩村, jieba's 向东), its suffix at `s`; `named` holds the last name found of each spelling. (Looked up by the
 * span's endings: a pass over every name found for every suffix grew with the square of a long report's length.) */
export function namedAfterPreposition(named: Map<string, Mention>, text: string, start: number, s: number, e: number): Mention | undefined {
  if (!PREPOSITION.test(text.slice(start, s))) return undefined;
  for (let cut = start + 1; cut < s; cut++) {
    const f = named.get(text.slice(cut, e));
    if (f && f.end <= start && PREPOSITION.test(text.slice(start, cut))) return f;
  }
  return undefined;
}

/** A body found before, inside [start, s), that goes on to build what the suffix at `s` names. (Names are found in the order
 * of their ends: only the last few can lie inside the span, and a pass over all of them for every suffix grew with the
 * square of a long report's length.) */
export function buildsAfter(found: Mention[], start: number, s: number, text: string): boolean {
  for (let k = found.length - 1; k >= 0 && found[k]!.end >= start; k--) {
    const f = found[k]!;
    // (Not a firm named for the works it builds, 北京丰台科技园建设发展有限公司: 建设 and its trade run on to its legal form.)
    const between = text.slice(f.end, s);
    if (f.start >= start && f.end < s && /^(建设|打造|创建|申报|成立|组建|设立|开展|推进|实施)/.test(between) && !/^建设(发展|投资|开发|运营|管理|经营)?(集团)?(有限|股份)/.test(between + text.slice(s, s + 2))) return true;
  }
  return false;
}

/** A character that links a place to the next name rather than opening it (在, 到, 和, 与 …). */
const LINKING_WORD = /^[在到赴向于至对从为给和与及、的]$/;

/** The character at `at` links the place before it to a name the gazetteer knows, from `at + 1` to `e` (敖汉旗在新惠镇): no
 * sound of a misspelt name. */
export function linksBefore(text: string, at: number, e: number, known: ((name: string) => boolean) | undefined): boolean {
  return LINKING_WORD.test(text[at] ?? "") && known?.(text.slice(at + 1, e)) === true;
}

/** Words a column's header names its places by (苏木镇, 受援地区, 所属乡镇), no name of one. */
const COLUMN_WORD = /^(苏木|嘎查|乡镇|镇|乡|村|社区|街道|旗县|地区)$|(受援|受帮扶|所属|所在|对口|帮扶|结对)/;

/** Where a table's cell that is a locality's name alone opens (|扣河子村|, |前当铺村（六家子镇）|), or -1: two to five characters
 * before the suffix, no place written in them (`floor` is where the last one ends), no word of a column's header. */
export function localityCellStart(text: string, s: number, e: number, floor: number, isPlaceName: (name: string) => boolean): number {
  const cell = cellStart(text, s, e);
  const core = cell >= 0 ? text.slice(cell, s) : "";
  // (A core of a kind's word may be a place's name the dictionary knows: |新建村|, though 新建 is a verb.)
  return cell >= 0 && core.length >= 2 && core.length <= 5 && floor <= cell && /^[\u4e00-\u9fff]+$/.test(core) && (!GENERIC_LOCALITY.test(core) || isPlaceName(text.slice(cell, e))) && !COLUMN_WORD.test(core) ? cell : -1;
}

/** Where a body named after a village the article names opens, the village's 嘎查 or 村 left out (扎赉特旗阿拉达尔吐苏木沙日格台
 * 肉牛养殖专业合作社 of 沙日格台嘎查): at the places written before the village's name, whatever jieba makes of its transliterated
 * name. The name must stand at `floor` or where a place ends, before `start`, with only name-like words after it. */
export function openingAtVillageNamed(
  text: string, cores: string[], floor: number, start: number, placeEndsAt: (at: number) => boolean, openingBefore: (at: number) => number, linking: RegExp,
): number | undefined {
  for (let p = floor; p < start; p++) {
    if (p !== floor && !placeEndsAt(p)) continue;
    // (The core alone, not the village's name whole, and no clause between it and the name found.)
    const fits = (c: string) => text.startsWith(c, p) && !/^(嘎查|村)/.test(text.slice(p + c.length, p + c.length + 2)) &&
      /^[\u4e00-\u9fff]{0,6}$/.test(text.slice(p + c.length, start)) && !linking.test(text.slice(p + c.length, start));
    if (cores.some(fits)) return openingBefore(p);
  }
  return undefined;
}

/** A document's title a PDF's page header or a heading runs into the name after it (京蒙协作专题材料 + 喀喇沁旗发展和改革委员会,
 * …情况汇报 + 巴林右旗农牧局): the name opens at the first unit after the title's last word. */
const DOCUMENT_WORD = /(材料|汇报|简报|报告|总结|方案|通知|公示|通报|专报)$/;
export function pastDocumentTitle(text: string, m: Mention, unitStarts: Set<number>): Mention {
  for (let at = m.start + 2; at < m.end - 2; at++) {
    if (!unitStarts.has(at) || !DOCUMENT_WORD.test(text.slice(m.start, at))) continue;
    return { ...m, start: at, surface: text.slice(at, m.end), name: text.slice(at, m.end) };
  }
  return m;
}
