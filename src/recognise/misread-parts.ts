// Words jieba misreads around a name: a counter, a time, an adverb or a conjunction that are a name's own after a place (北京 + 泓/q + 川,
// 海淀区 + 清/t + 河湾, 大兴区 + 永定/d, 巴林左旗 + 农业 + 和/c + 畜牧业 + 局), Mongolian names opening with 那, a person's name glued to 系.
import type { Word } from "./segmenter.js";
import { CLAUSE_ADVERB, FUNCTION_CHARS } from "./name-words.js";
import { hasSurname } from "./person-names.js";

/** A counter's character with no number before it opens a name jieba split (用于天皮山工业园区: 天 + 皮山); so does one read as a time
 * (海淀区 + 清/t + 河湾 + 实验小学). */
export function counterInName(w: Word, words: Word[], k: number, kept: Word[], legal: boolean, placeEndsAt: (at: number) => boolean): boolean {
  return (w.tag === "q" || (w.tag === "t" && !/[今明昨前后早晚]/.test(w.word))) && w.word.length === 1 && !FUNCTION_CHARS.test(w.word) &&
    ((/^(nr|ns|x)$/.test(kept[0]?.tag ?? "") && kept[0]!.word.length === 2 && words[k - 1]?.tag !== "m") ||
      // (Right after a known place in a registered name, before any noun: 北京大兴 + 天 + 骏马 + 术 of 北京大兴天骏马术俱乐部有限公司.)
      (legal && placeEndsAt(w.start) && kept[0] !== undefined && /^n/.test(kept[0].tag)) ||
      // (Or before a proper name's word a foundation or society is named by: 北京 + 泓/q + 德/ns + 公益基金会.)
      (placeEndsAt(w.start) && /^(nr|ns|nz|x|j)$/.test(kept[0]?.tag ?? "")));
}

/** A word jieba reads as an adverb right after a known place, before a name's noun, is the name's: 大兴区 + 永定/d + 实验 + 中学. */
export function adverbInName(w: Word, kept: Word[], placeEndsAt: (at: number) => boolean): boolean {
  return w.tag === "d" && w.word.length === 2 && placeEndsAt(w.start) && /^(n|nz|vn|x)$/.test(kept[0]?.tag ?? "") && !CLAUSE_ADVERB.test(w.word);
}

/** 和 between a place's two fields before a bureau's ending: 巴林左旗 + 农业 + 和 + 畜牧业 + 局, as 农牧和科技局. */
export function sectorsJoined(text: string, words: Word[], k: number, kept: Word[], suffixStart: number, placeWord: (x: Word | undefined) => boolean,
  placeEndsAt: (at: number) => boolean): boolean {
  // (Fields, not places nor bodies: 赤峰市公安局 + 和 + 锡林郭勒盟公安局 are two.)
  const field = (x: Word | undefined) => x !== undefined && /^(n|vn)$/.test(x.tag) && !placeWord(x) && !/[局厅委院会所站]$/.test(x.word);
  return words[k]!.word === "和" && /^[局厅]/.test(text.slice(suffixStart, suffixStart + 1)) && kept.length <= 2 && kept.every(field) && field(words[k - 1]) &&
    (placeWord(words[k - 2]) || (k === 1 && placeEndsAt(words[0]!.start)));
}

/** Whether a list's mark before `at` follows a village's or a town's ending (新府村、那吉来村). */
export const listedAfterLocality = (text: string, at: number) => text[at - 1] === "、" && /(村|嘎查|镇|苏木)$/.test(text.slice(Math.max(0, at - 3), at - 1));
/** A word opening with 那 (sun, pine: 那仁, 那日苏, 那吉) and holding no unit's or title's character: of three characters or more,
 * or of two where the second is one of the Mongolian words 那 opens (那仁, 那木, 那顺). */
export const MONGOLIAN_NA = /^那(?:[木仁日顺达钦森]|[^镇乡村旗县区市盟街副的了在是和与及]{2})[^镇乡村旗县区市盟街副的了在是和与及]*$/;

/** A coined word of three or more opening with 那, as Mongolian names do, between a place (or a list's mark after a village) and a
 * village's or town's ending: 翁牛特旗 + 那吉来 + 村, 新府村、+ 那吉来 + 村. */
export function naLocality(text: string, words: Word[], k: number, kept: Word[], beforeLocality: boolean, placeWord: (x: Word | undefined) => boolean,
  placeEndsAt: (at: number) => boolean): boolean {
  const w = words[k]!;
  return beforeLocality && MONGOLIAN_NA.test(w.word) && kept.every((x) => x.tag === "x" || x.word.length === 1) &&
    (placeWord(words[k - 1]) || (k === 0 && (placeEndsAt(w.start) || listedAfterLocality(text, w.start))));
}

/** A person's name and 系 (is) jieba glued into one unknown word before the place opening a body's name: 黄晓岚系 + 潮白河实验中学. */
export const nameAndCopula = (w: Word, placeAfter: boolean) => placeAfter && w.tag === "x" && /^[\u4e00-\u9fff]{2,3}系$/.test(w.word) && hasSurname(w.word);
