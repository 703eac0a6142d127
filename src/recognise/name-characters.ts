// One character, or a word jieba reads as no name's, that opens or goes on a name between a place and its ending.
import { isHan } from "../normalise/index.js";
import type { Word } from "./segmenter.js";
import { FUNCTION_CHARS, isNameWord } from "./name-words.js";
import { isTransliterated, mongolianPlaceOpenings } from "./mongolian-syllables.js";

/** Where the leftward walk of a name stands: the word at `k`, the words kept after it, and what is known of places. */
export interface WalkAt {
  text: string;
  words: Word[];
  k: number;
  kept: Word[];
  suffixStart: number;
  legal: boolean;
  placeAt: (at: number) => boolean;
  placeEndsAt: (at: number) => boolean;
  placeWord: (x: Word | undefined) => boolean;
  beforePlace: boolean;
}

/** Whether the word at `k` is kept in the name though jieba's tag says it is no name's word. */
export function keptCharacter(walk: WalkAt): boolean {
  const { text, words, k, kept, suffixStart, legal, placeAt, placeEndsAt, placeWord, beforePlace } = walk;
  const w = words[k]!;
  // One character jieba reads as a verb, between a known place and a place name of its own, opens that name
  // (海淀区育新桥实验学校: 育 + 新桥); not one of going, sending or building (海淀区驻新桥…).
  const glued = w.tag === "v" && w.word.length === 1 && kept[0]?.tag === "ns" && kept[0].word.length === 2 && !placeAt(kept[0].start) &&
    placeEndsAt(w.start) && !FUNCTION_CHARS.test(w.word) && !/[建援帮助赴驻抵访往入进出派送捐投办设立开至]/.test(w.word);
  // (So does one opening a river's, lake's or hill's name jieba does not know, after a verb of the clause, a place or nothing:
  // 保护 + 归 + 流河 + 国家湿地公园, 库伦旗 + 养 + 畜牧 + 河 + 湿地公园.)
  const opensFeature = k === 0 || (/^v/.test(words[k - 1]!.tag) && words[k - 1]!.word.length === 2) || placeEndsAt(w.start);
  const feature = w.tag === "v" && w.word.length === 1 && opensFeature && kept[0] !== undefined &&
    /^(n|ns|nz)$/.test(kept[0].tag) && kept[0].word.length >= 2 && !placeAt(kept[0].start) && !FUNCTION_CHARS.test(w.word) &&
    !/[建援帮助赴驻抵访往入进出派送捐投办设立开至到在]/.test(w.word) && /[河湖淖泡山沟]/.test(text.slice(w.end, suffixStart));
  // (So does one that with the unknown word after it opens a Mongolian place's name as the gazetteer's towns open theirs:
  // 走访了 + 查 + 干沐沦 + 镇, 查干 (white) being how many of them open.)
  const mongolianOpening = w.word.length === 1 && kept[0]?.tag === "x" && kept[0].start === w.end && mongolianPlaceOpenings().has(w.word + kept[0].word[0]!);
  // (A transliterated syllable jieba reads as a sound, right after a place, opens a registered name: 鄂伦春自治旗嘎仙山珍….)
  const syllable = legal && w.word.length === 1 && /^[oey]$/.test(w.tag) && placeEndsAt(w.start);
  // (So does one character jieba reads as a preposition between the place and a word of the name: 北京 + 顺 + 通达 of
  // 北京顺通达建材有限公司. Not before a place: 赤峰至北京… is a route.)
  // (A word jieba alone takes for a place after it is no place it goes to: 北京 + 顺 + 天马/ns + 业 of 北京顺天马业科技有限公司.)
  const linking = legal && w.tag === "p" && w.word.length === 1 && !FUNCTION_CHARS.test(w.word) && placeWord(words[k - 1]) && kept[0] !== undefined && !placeAt(kept[0].start);
  // (Or a word jieba reads as a time, right after the place: 北京 + 未来 + 城 of 北京未来城物业管理有限公司.)
  const timeWord = legal && w.tag === "t" && placeWord(words[k - 1]) && kept[0] !== undefined && !beforePlace;
  // (A character jieba leaves a morpheme right after 的 opens the name it cannot stand without: 创办的桦韵非遗工坊; right after a
  // place the gazetteer knows or a transliterated name, it goes on the name: 四子王旗 + 奶 + 食品…, 额吉淖尔 + 奶 + 食品.)
  const afterOf = w.tag === "zg" && w.word.length === 1 && isHan(w.word.charCodeAt(0)) && !FUNCTION_CHARS.test(w.word) && (words[k - 1]?.word === "的" || (words[k - 1] !== undefined && ((placeAt(words[k - 1]!.start) && placeEndsAt(words[k - 1]!.end)) || (/^(x|nr)/.test(words[k - 1]!.tag) && words[k - 1]!.word.length >= 3 && isTransliterated(words[k - 1]!.word))))) && kept.length > 0 && isNameWord(kept[0]!);
  // (都 after a Mongolian syllable is one too, though jieba reads an adverb: 乌兰 + 敖 + 都 of 科左中旗乌兰敖都牧业专业合作社.)
  // (Or after the words of a Mongolian place's opening, 乌兰 + 毛 + 都 of 科右前旗乌兰毛都草原康养基地, 巴彦温 + 都 + 尔.)
  const opened = (from: Word | undefined) => from !== undefined && w.start - from.start <= 4 && mongolianPlaceOpenings().has(text.slice(from.start, from.start + 2));
  // (Or right before a village's or sumu's ending: 乌兰 + 敖 + 都 + 嘎查.)
  const mongolianDu = w.word === "都" && k > 0 && (isTransliterated(words[k - 1]!.word) || opened(words[k - 1]) || opened(words[k - 2])) &&
    (kept.length > 0 ? isNameWord(kept[0]!) : /^(嘎查|苏木)/.test(text.slice(suffixStart, suffixStart + 2)));
  // (A surname's character jieba reads as a preposition right after a town opens its village's name: 沙河镇 + 于 + 辛庄村.)
  const surnamedVillage = w.word === "于" && k === words.length - 2 && kept.length === 1 && /^(nr|ns|x)$/.test(kept[0]!.tag) &&
    /(镇|乡|苏木)$/.test(words[k - 1]?.word ?? text.slice(Math.max(0, w.start - 2), w.start)) && placeEndsAt(w.start) && text.startsWith("村", suffixStart);
  // (蒙 right before a hospital's ending is its medicine, though jieba reads a verb: 扎赉特旗音德尔 + 蒙 + 医院, 兴安盟 + 蒙 + 医院.)
  const medicine = w.word === "蒙" && k === words.length - 1 && kept.length === 0 && text.startsWith("医院", suffixStart);
  return glued || feature || medicine || mongolianOpening || syllable || linking || timeWord || afterOf || mongolianDu || surnamedVillage;
}
