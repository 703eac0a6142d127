// Words jieba reads as names that are only the first half of a compound the article repeats (周转 of 周转宿舍).
import { followerAt } from "./name-followers.js";
import { TITLES_AFTER } from "./person-titles.js";
import type { Mention } from "./types.js";

/** Names of two characters read only after titles whose every occurrence, twice or more, has the same word after it, no
 * follower and no title: the first half of a compound (周转 of 周转宿舍), not a person. */
export function compoundHalves(text: string, found: Mention[], places: Map<string, number[]>): string[] {
  const out: string[] = [];
  for (const [name, at] of places) {
    if (name.length !== 2 || at.length < 2 || found.some((f) => f.name === name && f.source !== "title")) continue;
    const next = new Set(at.map((i) => text.slice(i + 2, i + 4)));
    const [word] = [...next];
    if (next.size === 1 && /^[\u4e00-\u9fff]{2}$/.test(word!) && !followerAt(text, at[0]! + 2) && !TITLES_AFTER.some((t) => t.startsWith(word!))) out.push(name);
  }
  return out;
}
