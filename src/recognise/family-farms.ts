// A family farm or ranch registered under its owner's name (王建国家庭农场, 苏德毕力格家庭牧场): the owner opens the name.
import type { Jieba } from "@node-rs/jieba";
import { hasSurname, isMongolianName } from "./person-names.js";
import { tagWindow } from "./segmenter.js";

const FAMILY = "家庭";
const FARM = /^(农场|牧场|养殖场)$/;

/** Where a family farm's name opens, its owner's name before 家庭 and the farm's ending at `s`; -1 where no person's name
 * stands there. */
export function familyFarmStart(jieba: Jieba, text: string, s: number, suffix: string): number {
  if (!FARM.test(suffix) || text.slice(s - FAMILY.length, s) !== FAMILY) return -1;
  const at = s - FAMILY.length;
  // (A Mongolian name, as long as its parts make it, whatever jieba cut it into: 苏德 + 毕力 + 格.)
  for (let len = 7; len >= 3; len--) {
    if (at - len >= 0 && isMongolianName(text.slice(at - len, at))) return at - len;
  }
  // (A Han name jieba reads as one: 王建国.)
  const last = tagWindow(jieba, text.slice(Math.max(0, at - 6), at), Math.max(0, at - 6)).at(-1);
  return last && last.end === at && /^nr/.test(last.tag) && last.word.length >= 2 && last.word.length <= 3 && hasSurname(last.word) ? last.start : -1;
}
