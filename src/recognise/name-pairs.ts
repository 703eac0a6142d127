// Two characters jieba cut apart between a place and a name's ending that together name a part of the place or a brand.
import { isHan } from "../normalise/index.js";
import type { Word } from "./segmenter.js";
import { FUNCTION_CHARS } from "./name-words.js";
import { HOSPITAL_KIND } from "./name-stops.js";

/** Whether the word at `k` and the one before it, both kept, name a part or a brand (海淀区 + 上 + 地 + 医院, 北京 + 和 + 润 + 银行,
 * 经开区 + 康 + 和 + 医院, 石景山区 + 五里 + 坨 + 医院), where each alone would end the name. */
export function twoCharacterPart(text: string, words: Word[], k: number, kept: Word[], suffixStart: number, placeWord: (x: Word | undefined) => boolean): boolean {
  const w = words[k]!;
  // Two single characters jieba split between a place and the ending are the name of a part of it (海淀区上地医院: 上 + 地).
  const split = k === words.length - 1 && w.word.length === 1 && words[k - 1]?.word.length === 1 && placeWord(words[k - 2]) &&
    isHan(w.word.charCodeAt(0)) && isHan(words[k - 1]!.word.charCodeAt(0)) && !FUNCTION_CHARS.test(w.word + words[k - 1]!.word);
  // (So does 和 before one character right before a body's ending, after a place: 北京 + 和 + 润 + 银行 is a brand, not a
  // list; no body is named by one character.)
  const brandAnd = w.word.length === 1 && words[k - 1]?.word === "和" && placeWord(words[k - 2]) && isHan(w.word.charCodeAt(0)) &&
    !FUNCTION_CHARS.test(w.word) && (w.end === suffixStart || /^(银行|医院|集团|公司|酒店|超市)$/.test(kept[0]?.word ?? ""));
  // (Or 和 closing the brand right before the ending, after one character and a place: 经开区 + 康 + 和 + 医院.)
  // (Or before a hospital's kind: 北京 + 安 + 和 + 儿童医院.)
  const brandEndsAnd = w.word === "和" && (w.end === suffixStart || (k === words.length - 2 && HOSPITAL_KIND.test(words[k + 1]!.word))) && words[k - 1]?.word.length === 1 && placeWord(words[k - 2]) &&
    isHan(words[k - 1]!.word.charCodeAt(0)) && !FUNCTION_CHARS.test(words[k - 1]!.word) && /^(银行|医院|集团|公司|酒店|超市|药店|诊所)/.test(text.slice(suffixStart, suffixStart + 2));
  // (A figure of 里 and one character right before the ending, after a place, name a place: 石景山区 + 五里 + 坨 + 医院, 三里 + 屯.)
  // (Or a kind of the body between it and the ending: 石景山区 + 五里 + 坨 + 国有 + 林场.)
  const miles = (k === words.length - 1 || (kept.length === 1 && kept[0]!.tag === "b")) && w.word.length === 1 && isHan(w.word.charCodeAt(0)) && !FUNCTION_CHARS.test(w.word) && words[k - 1]?.tag === "m" &&
    /^[一二三四五六七八九十]+里$/.test(words[k - 1]!.word) && placeWord(words[k - 2]);
  return split || brandAnd || brandEndsAnd || miles;
}
