// A museum, library or gallery called by two initials, its name's first character and its kind's (首博 for 首都博物馆, 国图 for
// 国家图书馆): the way the press names the well known ones, read only where the article names the body in full.
import type { Coverage } from "./coverage.js";
import { keepShortName, shortNameUses } from "./short-names.js";
import type { Mention } from "./types.js";

/** A name of two characters and its kind, the kind's first character the second initial (not a university's: 北大 would be
 * read in 华北大地 and 北大荒). */
const INITIALLED = /^([\u4e00-\u9fff])[\u4e00-\u9fff](博物馆|图书馆|美术馆|科技馆)$/;

/** Each use of a body's two initials, where the article names it in full and no other body shares them. */
export function initialisms(text: string, institutions: Mention[], covered: Coverage): Mention[] {
  const bodyOf = new Map<string, Mention | null>();
  for (const m of institutions) {
    const parts = INITIALLED.exec(m.name);
    if (!parts) continue;
    keepShortName(bodyOf, parts[1]! + parts[2]![0]!, m);
  }
  return shortNameUses(text, bodyOf, covered);
}
