// Character classes the normaliser and the recognisers share.
/** CJK ideographs (basic block and extension A), and 〇, the ideographic zero written inside names and years (北京市第一〇一中学,
 * 二〇二三年). */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
/** CJK punctuation and full-width forms that sit between Chinese words without spaces. */
export const isCjkPunct = (c: number) =>
  (c >= 0x3000 && c <= 0x303f) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201f) || c === 0xff5e || c === 0x00b7;
export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff;
/** The quotes and brackets that may close an item of a headline before the space that parts it from the next, and open one after. */
export const ITEM_CLOSERS = "”’」』】)》";
export const ITEM_OPENERS = "“‘「『【(《";
/** What may close an item of a headline (a character, or one of ITEM_CLOSERS), and what may open one (or one of ITEM_OPENERS). */
export const itemEnds = (c: number) => isHan(c) || ITEM_CLOSERS.includes(String.fromCharCode(c));
export const itemOpens = (c: number) => isHan(c) || ITEM_OPENERS.includes(String.fromCharCode(c));
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters that end a sentence (after NFKC, so full-width ！？； are ASCII). */
export const SENTENCE_END = new Set(["。", "!", "?", ";", "…"]);
/** A mark opening an item of a list (★ 周明辉　心血管内科…): not ▲, which opens a photo's caption. (A middle dot too, where it
 * opens a line: ・庞志远　东城区商务局副局长….) */
export const BULLET = "[★☆●•◆◇■□▪▫○◎►▶➤▸◉✓✔※・·]";
/** What opens a row of a list before what it lists (1. 邵明轩…, ★ 周明辉…): its number or mark, and spaces; a pattern's source. */
export const ROW_MARK = `(?:[0-9]{1,2}[.、．]\\s*|${BULLET}\\s*)`;
/** What a wrapped line may end with and still be a finished line, not a wrap (a full stop written half-width after a word too:
 * …等领域.). */
export const LINE_FINAL = /[。!?;:…”"」』)\]】]$|(?<=[\u4e00-\u9fff%])\.$/;

/** A literal as a regular expression matching just it (place names and institutions' names in one alternation). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A Latin letter, either case. */
export const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** A year of this century or the last in Chinese numerals before 年 (二〇二三年, 一九九六年), not inside a longer run of
 * numerals; a pattern's source. */
export const NUMERAL_YEAR = "(?<![〇零一二三四五六七八九十百千万])(?:二[〇零]|一九)[〇零一二三四五六七八九]{2}(?=年)";

/** A numeral's value: 〇 and 零 both naught. */
export const numeralValue = (c: string): number => "〇一二三四五六七八九零".indexOf(c) % 10;
