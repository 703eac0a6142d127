// findLiterals: every occurrence of a few names in one pass, as an alternation of them would find them.
import { findLiterals } from "./literals.js";

describe("findLiterals", () => {
  it("takes leftmost, non-overlapping occurrences, the first of the words where several start at one offset", () => {
    const words = ["北京京源能源集团", "北京京源", "京源", "京"];
    const text = "北京京源能源集团与京源集团、京东";
    expect(findLiterals(text, words)).toEqual([{ at: 0, word: "北京京源能源集团" }, { at: 9, word: "京源" }, { at: 14, word: "京" }]);
  });
  it("finds what the same alternation as a regular expression finds", () => {
    const words = ["巴彦", "巴", "彦淖尔", "淖尔", "尔"];
    const text = "巴彦淖尔市巴林右旗的彦淖尔和尔";
    const re = new RegExp(words.join("|"), "g");
    expect(findLiterals(text, words)).toEqual([...text.matchAll(re)].map((m) => ({ at: m.index!, word: m[0] })));
  });
});
