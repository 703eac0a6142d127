// A body named once after its town or village in full, then by the kind of that place alone: 苏木卫生院 for 阿力得尔苏木卫生院.
import type { Coverage } from "./coverage.js";
import { keepShortName, shortNameUses } from "./short-names.js";
import type { Mention } from "./types.js";

/** The kinds of place a body's short name may open with, standing for the one its full name gives. */
const KIND_END = /(苏木|街道|嘎查|镇|乡|村)$/;
const ECHOED = new Set<Mention["label"]>(["School", "Hospital", "Organization", "Agency"]);

/** Each later 苏木中心校, 镇卫生院, 村卫生室 the article writes for the one body whose full name ends so after a town or village. */
export function kindEchoes(text: string, institutions: Mention[], localities: Mention[], covered: Coverage): Mention[] {
  const endingAt = new Map<number, Mention>();
  for (const l of localities) if (KIND_END.test(l.surface)) endingAt.set(l.end, l);
  // The short name of each body, null where two bodies share one (两个苏木卫生院).
  const bodyOf = new Map<string, Mention | null>();
  for (const m of institutions) {
    if (!ECHOED.has(m.label)) continue;
    // (The last town or village inside the name, looked for along it: a pass over all the places for every body would
    // grow with the square of a long report's.)
    let place: Mention | undefined;
    for (let at = m.end - 2; at > m.start && !place; at--) place = endingAt.get(at);
    if (!place || place.start < m.start) continue;
    const rest = m.surface.slice(place.end - m.start);
    if (rest.length < 2) continue;
    keepShortName(bodyOf, KIND_END.exec(place.surface)![1]! + rest, m);
  }
  return shortNameUses(text, bodyOf, covered);
}
