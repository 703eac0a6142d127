// Years as articles write them: in digits or characters (二〇二一年), or relative to the article's own (去年).
import type { Sentence } from "../normalise/index.js";
import type { ArticleContext } from "./context.js";

/** A year, in digits or in characters as documents write them (二〇二一年); read with yearValue. */
export const YEAR = "(19[5-9][0-9]|20[0-4][0-9]|[一二][〇零○九][〇零○一二三四五六七八九]{2})";
const HAN_DIGIT: Record<string, string> = { 〇: "0", 零: "0", "○": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
export function yearValue(written: string): number {
  return Number([...written].map((c) => HAN_DIGIT[c] ?? c).join(""));
}

/** Years said relative to the article's, by how many years back they are. */
const RELATIVE_YEARS = ["今年", "去年", "前年"] as const;
const RELATIVE_YEAR = /(今年|去年|前年)/;

/** The year a relative word (去年) names in an article dated `articleYear`. */
export function relativeYear(word: string, articleYear: number): number {
  return articleYear - RELATIVE_YEARS.indexOf(word as (typeof RELATIVE_YEARS)[number]);
}

const YEAR_WRITTEN = new RegExp(`${YEAR}年`, "g");

/** Year stated in a piece of text (2010年), else one said relative to the article's (今年, 去年, 前年), if any. */
export function yearIn(text: string, articleYear: number | null = null): number | null {
  // (Not a year something began, 于2021年建立…关系, 2021年以来: the money of a sentence so dated spans years.)
  for (const m of text.matchAll(YEAR_WRITTEN)) {
    if (/[自从于]$/.test(text.slice(Math.max(0, m.index! - 1), m.index!)) || /^(以来|起|开始|来)/.test(text.slice(m.index! + m[0].length))) continue;
    return yearValue(m[1]!);
  }
  const relative = articleYear === null ? null : RELATIVE_YEAR.exec(text);
  // (今年以来 is this year's too: since its start.)
  return relative ? relativeYear(relative[1]!, articleYear!) : null;
}

/** The year of the sentences a semicolon runs on into this one, the nearest that gives one. */
export function runOnYear(ctx: ArticleContext, s: Sentence): number | null {
  for (let i = s.index - 1; i >= 0 && ctx.sentences[i]!.paragraph === s.paragraph && /[;；]$/.test(ctx.sentences[i]!.text); i--) {
    const year = yearIn(ctx.sentences[i]!.text, ctx.year);
    if (year !== null) return year;
  }
  return null;
}
