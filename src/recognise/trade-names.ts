// A registered company's name: its place, a trade name of any characters, its trade and its form (赤峰 + 顺左 + 服饰 + 有限公司).
import type { Word } from "./segmenter.js";

/** Words no registered company's trade name holds (到 may: 京北鲜到). */
const NOT_IN_TRADE_NAME = /[的在与和及或了对为从向把被由于给让使是将也就还又并而但请以同跟据仅我你他她它们该这那每各]/;
/** A count of firms or of anything (一家, 两个, 几所). */
const COUNTED = /^[一两二三四五六七八九十几多][家个所]$/;
/** The longest run from a place to a registered name's form: its trade name and its trade (宝昌 + 城市建设投资). */
const TRADE_SPAN = 10;

/**
 * The index of the place a registered name opens with, where only words of its trade name and its trade stand between
 * (太仆寺旗 + 京北鲜到 + 食品 + 有限公司), from the word at `k` left; or -1: a verb of a clause, a function word or a run too long
 * between.
 */
export function tradeNamePlace(words: Word[], k: number, suffixStart: number, placeWord: (x: Word | undefined) => boolean): number {
  for (let q = k; q >= 0; q--) {
    const x = words[q]!;
    if (placeWord(x)) return q < k && suffixStart - x.end <= TRADE_SPAN ? q : -1;
    // (Nor a count of firms, 正镶白旗 + 一家 + 奶食品 + 合作社: one of a kind, not a name.)
    if (!/^[\u4e00-\u9fff]+$/.test(x.word) || NOT_IN_TRADE_NAME.test(x.word) || (x.word.length >= 2 && x.tag === "v") || COUNTED.test(x.word)) return -1;
  }
  return -1;
}
