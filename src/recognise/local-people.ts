// People named after the village or town they live in (西河子村的王秀英在北京学习, 乌兰套海嘎查的乌云其木格大姐带头).
import { followerAt } from "./name-followers.js";
import { hasNonNameChars, hasNonNameCharsBeforeHe, hasSurname, isMongolianName, person } from "./person-names.js";
import type { WordTests } from "./people.js";
import type { Mention } from "./types.js";

/** A locality's ending and 的, then the run a name may open. */
const OF_LOCALITY = /(?:村|嘎查|镇|乡|苏木|社区)的([\u4e00-\u9fff]{2,6})/g;
/** Words of address or of age after a name, which end it as a follower does (乌云其木格大姐, 宝音今年). */
const AFTER_NAME = /^(大姐|大哥|老人|大爷|大妈|大叔|阿姨|老汉|一家|夫妇|今年|现年)/;

/** Each name right after a locality's 的 that a follower ends: a Han one of three characters whose last two are no word, or a
 * Mongolian one of known parts. */
export function localPeople(text: string, words: WordTests, add: (m: Mention) => void): void {
  if (!text.includes("的")) return;
  for (const m of text.matchAll(OF_LOCALITY)) {
    const at = m.index + m[0].length - m[1]!.length;
    const ends = (n: number) => followerAt(text, at + n) || AFTER_NAME.test(text.slice(at + n, at + n + 2));
    // (Not a Han surname's character opening a place's word and its locative: 田野里, 牛圈里 of 村的田野里.)
    const name = [6, 5, 4, 3, 2].map((n) => m[1]!.slice(0, n)).find((c) => ends(c.length) && !/[里上下中间边旁外内]$/.test(c) && (
      (c.length === 3 && hasSurname(c) && !hasNonNameChars(c) && !words.isCommonWord(c) && !words.isSingleWord(c) && !words.isCommonWord(c.slice(1))) ||
      (isMongolianName(c, 2) && !hasNonNameCharsBeforeHe(c) && !words.isSingleWord(c))));
    if (name) add(person(at, name, undefined, "context", 0.6));
  }
}
