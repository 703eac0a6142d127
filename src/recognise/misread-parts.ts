// Words jieba tags as a counter, a time or an adverb that are a name's own after a place (北京 + 泓/q + 川, 海淀区 + 清/t + 河湾, 大兴区 + 永定/d).
import type { Word } from "./segmenter.js";
import { CLAUSE_ADVERB, FUNCTION_CHARS } from "./name-words.js";

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
