// Short names an article declares for a body it has just named in full (…有限公司（以下简称“德青源”）): each later use reads as that body.
import type { Mention } from "./types.js";

/** The declaration right after a name: （以下简称“X”）, （简称X）, （下称“X”）, with or without quotes. */
const DECLARED = /^[（(](?:以下简称|以下称|以下统称|下称|简称)[为：:]?[“"‘「『]?([\u4e00-\u9fffA-Za-z0-9]{2,10})[”"’」』]?[）)]/;

/** Institutions that may be named short: the kinds a short name stands for, never places or people. */
const INSTITUTION = new Set<Mention["label"]>(["Enterprise", "Hospital", "School", "Agency", "Organization"]);

/**
 * Every later use of a short name declared after an institution, outside the spans `taken`. The declaration's own
 * quote is a use too: it names the body where it stands.
 */
export function recogniseDeclaredNames(text: string, institutions: readonly Mention[], taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const inst of institutions) {
    if (!INSTITUTION.has(inst.label) || (text[inst.end] !== "（" && text[inst.end] !== "(")) continue;
    const m = DECLARED.exec(text.slice(inst.end, inst.end + 24));
    if (!m || m[1] === inst.surface) continue;
    const short = m[1]!;
    for (let at = text.indexOf(short, inst.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (taken(at, end)) continue;
      out.push({ start: at, end, surface: short, label: inst.label, name: inst.name, source: "learned", confidence: 0.7 });
    }
  }
  return out;
}
