// The words of the window before a name's ending, recut where the places found before start and end (jieba glues across
// them: 归科 + 左 + 中旗, 经开 + 区康) and joined where a place spans several, so that a name is read word by word.
import type { Jieba } from "@node-rs/jieba";
import { tagWindow, type Word } from "./segmenter.js";
import { FUNCTION_CHARS } from "./name-words.js";
import { isTransliterated } from "./mongolian-syllables.js";

/** The window's words cut at the places' edges, each place one word, and 呼和 kept whole. */
export function placeWords(words: Word[], placeAt: (at: number) => boolean, placeEndsAt: (at: number) => boolean): Word[] {
  return mongolianWords(joinPlaces(cutAtPlaceStarts(cutAtPlaceEnds(words, placeEndsAt), placeAt), placeAt, placeEndsAt), placeAt);
}

/** 呼和 (blue) that jieba cut into a morpheme and a conjunction (呼 + 和 + 哈达 of 呼和哈达嘎查), or glued its 呼 to the word
 * before (所辖呼 + 和), as one word of a name. */
function mongolianWords(words: Word[], placeAt: (at: number) => boolean): Word[] {
  // (日 after no figure is a syllable of a Mongolian name, not a date's day: 呼和格 + 日 of 呼和格日嘎查.)
  // (Nor is 那日 "that day" before a word a Mongolian name goes on with: 那日 + 图嘎查 of 那日图嘎查.)
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && words[k]!.word === "日" && words[k]!.tag === "m" && !/[0-9一二三四五六七八九十]$/.test(words[k - 1]!.word)) words[k] = { ...words[k]!, tag: "x" };
    if (words[k]!.word === "那日" && words[k]!.tag === "r" && (words[k + 1]?.tag === "x" || words[k + 1]?.word.length === 1) && words[k + 1]!.start === words[k]!.end) words[k] = { ...words[k]!, tag: "nz" };
  }
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k]!;
    // (So is 伊和, big: 伊 + 和 + 塔拉 of 伊和塔拉嘎查.)
    if (!/[呼伊]$/.test(w.word) || words[k + 1]!.word !== "和") continue;
    const blue: Word = { word: w.word.slice(-1) + "和", tag: "x", start: w.end - 1, end: words[k + 1]!.end };
    // (What jieba glued before it is a word of its own, and no name's where a function character is in it: 所辖.)
    const before: Word = { word: w.word.slice(0, -1), tag: FUNCTION_CHARS.test(w.word.slice(0, -1)) ? "u" : w.tag, start: w.start, end: w.end - 1 };
    words.splice(k, 2, ...(w.word.length > 1 ? [before] : []), blue);
  }
  // A transliterated name jieba cut into pieces, whatever it tagged them (乌日 + 根 + 塔拉 of 乌日根塔拉牧民专业合作社), is one
  // word of a name; never a place's, nor a kind's (苏木, 嘎查).
  const syllables = (w: Word) => isTransliterated(w.word) && !/^(苏木|嘎查)$/.test(w.word) && w.tag !== "ns" && !placeAt(w.start);
  for (let k = words.length - 1; k > 0; k--) {
    if (!syllables(words[k]!)) continue;
    let j = k;
    while (j > 0 && syllables(words[j - 1]!) && words[j - 1]!.end === words[j]!.start) j--;
    const run = words.slice(j, k + 1);
    if (run.length >= 2 && words[k]!.end - words[j]!.start >= 3) {
      words.splice(j, run.length, { word: run.map((w) => w.word).join(""), tag: "x", start: words[j]!.start, end: words[k]!.end });
    }
    k = j;
  }
  return words;
}

/** An unknown word jieba glued across a place's end, its unit's one character and the next name's first (经开 + 区康 of
 * 北京经开区康和医院), cut where the place ends. */
function cutAtPlaceEnds(words: Word[], placeEndsAt: (at: number) => boolean): Word[] {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.tag !== "x" || w.word.length < 2) continue;
    // (Or across the whole place and the next name's first: 东乌旗额 + 吉 + 淖尔 of 东乌旗额吉淖尔奶食品专业合作社.)
    let cut = 1;
    while (cut < w.word.length && !(/[区旗县市盟镇乡村]/.test(w.word[cut - 1]!) && placeEndsAt(w.start + cut))) cut++;
    // (A short form glued to the programme's 京 of 京蒙: 敖汉京 + 蒙 of 敖汉京蒙希望小学, 敖汉 + 京蒙 + 希望.)
    const next = words[k + 1];
    if (cut === w.word.length && w.word.endsWith("京") && placeEndsAt(w.end - 1) && next?.word.startsWith("蒙")) {
      const rest: Word[] = next.word.length > 1 ? [{ word: next.word.slice(1), tag: "x", start: next.start + 1, end: next.end }] : [];
      words.splice(k, 2, { word: w.word.slice(0, -1), tag: "x", start: w.start, end: w.end - 1 }, { word: "京蒙", tag: "j", start: w.end - 1, end: next.start + 1 }, ...rest);
      continue;
    }
    if (cut < w.word.length) splitAt(words, k, cut);
  }
  return words;
}

/** The word at `k` cut in two after its first `cut` characters, both unknown words. */
function splitAt(words: Word[], k: number, cut: number): void {
  const w = words[k]!;
  words.splice(k, 1, { word: w.word.slice(0, cut), tag: "x", start: w.start, end: w.start + cut }, { word: w.word.slice(cut), tag: "x", start: w.start + cut, end: w.end });
}

/** jieba's new words cut where a place found before starts inside them (归科 + 左 + 中旗 of 资产归科左中旗…). */
function cutAtPlaceStarts(words: Word[], placeAt: (at: number) => boolean): Word[] {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.tag !== "x" || w.word.length < 2) continue;
    let cut = 1;
    while (cut < w.word.length && !placeAt(w.start + cut)) cut++;
    if (cut < w.word.length) splitAt(words, k, cut);
  }
  return words;
}

function joinPlaces(words: Word[], placeAt: (at: number) => boolean, placeEndsAt: (at: number) => boolean): Word[] {
  for (let k = words.length - 1; k > 0; k--) {
    const last = words[k]!;
    if (!placeEndsAt(last.end) || placeAt(last.start)) continue;
    let j = k - 1;
    let at = -1;
    for (; j >= 0 && last.end - words[j]!.start <= 8; j--) {
      for (let p = words[j]!.end - 1; p >= words[j]!.start && at < 0; p--) if (placeAt(p)) at = p;
      if (at >= 0) break;
    }
    if (at < 0) continue;
    const first = words[j]!;
    const joined: Word = { word: "", tag: "ns", start: at, end: last.end };
    for (let q = j; q <= k; q++) joined.word += words[q]!.word;
    joined.word = joined.word.slice(at - first.start);
    // (A head of one character after a lone function word is that word's second half: 其 + 中华 + 德县 of 其中华德县…, 其中.)
    const halfOfWord = at - first.start === 1 && j > 0 && words[j - 1]!.word.length === 1 && FUNCTION_CHARS.test(words[j - 1]!.word);
    const head: Word[] = at > first.start ? [{ word: first.word.slice(0, at - first.start), tag: halfOfWord ? "u" : "x", start: first.start, end: at }] : [];
    words.splice(j, k - j + 1, ...head, joined);
    k = j;
  }
  return words;
}

/** The window's words, cut again after a town's or unit's end where jieba glued a word across it and so misread what follows
 * (库伦 + 镇安 + 代 of 库伦镇安代艺术团 is 库伦镇 + 安代). */
export function placeCutWindow(jieba: Jieba, text: string, from: number, to: number, placeEndsAt: (at: number) => boolean): Word[] {
  const words = tagWindow(jieba, text.slice(from, to), from);
  const glued = words.findLast((w) => w.tag !== "x" && w.word.length >= 2 && [...w.word.slice(0, -1)].some((c, i) => /[镇乡旗县]/.test(c) && placeEndsAt(w.start + i + 1)));
  if (!glued) return words;
  let cut = glued.start + 1;
  while (!(/[镇乡旗县]/.test(text[cut - 1]!) && placeEndsAt(cut))) cut++;
  return [...tagWindow(jieba, text.slice(from, cut), from), ...tagWindow(jieba, text.slice(cut, to), cut)];
}
