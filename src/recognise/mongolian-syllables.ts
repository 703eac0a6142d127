// The characters Chinese writes Mongolian names with, learnt from the gazetteer's sumu and the names of people.
import { defaultGazetteer } from "../gazetteer/index.js";
import { FUNCTION_CHARS } from "./name-words.js";
import { mongolianNameParts } from "./person-names.js";

/** Han characters that stand in Mongolian transliterations far more than in Chinese names but are common words too
 * (干部, 前进, 代表, 道路, 合作, 顺义, 力量, 温暖, 内蒙古): not taken as syllables. */
const COMMON_HAN = /[干前代道合什白热毛力顺温蒙丽素盖登恩希乙瓦套茫沦沐忽仁]/;

let cache: Set<string> | undefined;

/** Characters seen in two or more Inner Mongolia sumu or Mongolian name parts and in at most one Beijing township. */
export function mongolianSyllables(): Set<string> {
  if (cache) return cache;
  // (The gazetteer's townships, read and checked once for the whole run, not the file again.)
  const { townships } = defaultGazetteer();
  const sumu = townships.filter((t) => t.side === "inner-mongolia" && t.name.endsWith("苏木")).map((t) => t.name.slice(0, -2));
  const beijing = townships.filter((t) => t.side === "beijing").map((t) => t.name.replace(/(街道|地区|镇|乡)$/, ""));
  const counts = (names: string[]) => {
    const seen = new Map<string, number>();
    for (const n of names) for (const c of new Set(n)) seen.set(c, (seen.get(c) ?? 0) + 1);
    return seen;
  };
  const inBeijing = counts(beijing);
  cache = new Set<string>();
  for (const seen of [counts(sumu), counts([...mongolianNameParts()])]) {
    for (const [c, n] of seen) if (n >= 2 && (inBeijing.get(c) ?? 0) <= 1 && !FUNCTION_CHARS.test(c) && !COMMON_HAN.test(c)) cache.add(c);
  }
  return cache;
}

/** Whether every character of `word` is a Mongolian syllable's. */
export const isTransliterated = (word: string) => word.length > 0 && [...word].every((c) => mongolianSyllables().has(c));

let openings: Set<string> | undefined;

/** The first two characters of Inner Mongolia's towns whose names are transliterated (查干, 乌兰, 巴彦), seen in two or more:
 * how a Mongolian place's name opens. */
export function mongolianPlaceOpenings(): Set<string> {
  if (openings) return openings;
  const seen = new Map<string, number>();
  for (const t of defaultGazetteer().townships) {
    if (t.side !== "inner-mongolia" || !/(苏木|嘎查)$/.test(t.name) && !isTransliterated(t.name.slice(2, 4))) continue;
    const head = t.name.slice(0, 2);
    seen.set(head, (seen.get(head) ?? 0) + 1);
  }
  openings = new Set([...seen].filter(([, n]) => n >= 2).map(([head]) => head));
  return openings;
}
