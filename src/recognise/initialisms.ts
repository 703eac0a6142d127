// A museum, library or gallery called by two initials, its name's first character and its kind's (首博 for 首都博物馆, 国图 for
// 国家图书馆), and a Beijing group by its city's and its trade's (京能集团): the way the press names the well known ones, read only
// where the article names the body in full.
import { Coverage } from "./coverage.js";
import { keepShortName, shortNameUses } from "./short-names.js";
import type { Mention } from "./types.js";

/** A name of two characters and its kind, the kind's first character the second initial (not a university's: 北大 would be
 * read in 华北大地 and 北大荒). */
const INITIALLED = /^([\u4e00-\u9fff])[\u4e00-\u9fff](博物馆|图书馆|美术馆|科技馆)$/;

/** A Beijing group, its short name one character of 北京 and the first of the word after it, then 集团 (北京能源集团有限责任公司
 * is 京能集团, 北京控股集团有限公司 北控集团, 北京汽车集团有限公司 北汽集团). */
const BEIJING_GROUP = /^北京([\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}集团(?:有限责任公司|有限公司|股份有限公司)$/;

/** Each use of a Beijing group's short name, where the article names it in full: the group's, though 集团 ends a name of its
 * own (read as the article's own declarations are, over the name the ending finds). */
export function groupInitialisms(text: string, institutions: Mention[]): Mention[] {
  const bodyOf = new Map<string, Mention | null>();
  const groups: Mention[] = [];
  for (const m of institutions) {
    const trade = m.label === "Enterprise" ? BEIJING_GROUP.exec(m.name)?.[1] : undefined;
    if (!trade) continue;
    groups.push(m);
    for (const first of ["北", "京"]) keepShortName(bodyOf, `${first}${trade}集团`, m);
  }
  return shortNameUses(text, bodyOf, new Coverage(text.length, groups));
}

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
