// The words and tests that stop a name's leftward walk: a person's title, a head's title, a hospital's kind, a bureau whole, the
// programme's name before the words of a body's work.
import type { Word } from "./segmenter.js";
import { BUILD_VERBS } from "./name-words.js";

/** Titles a person's name follows. */
export const TITLE_END = /(师|医生|主任|书记|[局院校科队会站所部社行处厂]长|理事长|秘书长|董事长|总经理|主席|专家|记者|经理|干部|护士)$/;
/** The titles of a body's head (校长, 院长, 会长 …), which end a word jieba makes of them and the body's ending (小学校长). */
export const HEAD_TITLE_END = /(校长|院长|会长|理事长|董事长|总经理|局长|主任|书记|部长|行长|站长|所长|社长)$/;
/** The kinds a hospital's name puts before 医院 (儿童医院, 妇产医院). */
export const HOSPITAL_KIND = /^(儿童|妇产|妇幼|中医|口腔|眼科|肿瘤|骨科|康复)$/;
/** What follows the first `cut` characters of a word jieba glued to a name's start, read as an unknown word of the name. */
export const gluedRest = (w: Word, cut: number): Word => ({ word: w.word.slice(cut), tag: "x", start: w.start + cut, end: w.end });
/** Whether the name whose suffix begins at `at` ends as a bureau does, not as a branch of one (分局, 支局). */
export function isBureauAt(text: string, at: number): boolean {
  const m = /^[\u4e00-\u9fff]{0,7}?[局厅]/.exec(text.slice(at, at + 8));
  return !!m && !/[分支]/.test(text[at + m[0].length - 2] ?? "");
}
/** Verbs of being stationed somewhere, never a place's name's start. */
export const STATIONED = /^(分驻|进驻|常驻|派驻|入驻)/;
/** Kinds of body a unit keeps for itself, never one stationed in another's: 乌兰牧骑, 医院, 学校. */
export const OWN_BODY = /^(乌兰牧骑|医院|卫生院|学校|小学|中学|幼儿园|文化馆|图书馆)/;


/** Whether the programme's name stands before word `k`, a place right before it: a body named for both holds the verbs of its
 * work (阿鲁科尔沁旗京蒙协作返乡创业孵化基地), though not money, a report or works built (京蒙协作资金建成…产业园). */
export function programmeBefore(words: Word[], k: number, placeWord: (w: Word | undefined) => boolean): boolean {
  const at = words.findIndex((w, i) => i < k && /^(京蒙协作|京蒙|东西部协作)$/.test(w.word));
  return at > 0 && placeWord(words[at - 1]) && !words.slice(at + 1, k + 1).some((w) => /^(资金|情况|工作|携手)$/.test(w.word) || BUILD_VERBS.has(w.word) || /^建/.test(w.word));
}
