// The democratic parties' committees in their short forms, which no ending reads whole: 民建丰台区委, 民盟兴安盟委会, 九三学社密云区工委.
import type { Mention } from "./types.js";

/** The eight democratic parties' short names, as their committees are written. */
export const DEMOCRATIC_PARTIES = "民革|民盟|民建|民进|农工党|致公党|九三学社|台盟";
const PARTY = new RegExp(`(${DEMOCRATIC_PARTIES})$`);
const ANY_PARTY = new RegExp(DEMOCRATIC_PARTIES);
/** A party's central committee (民建中央), not a body of it (民盟中央统战部). */
const CENTRAL = new RegExp(`(${DEMOCRATIC_PARTIES})中央(?!委员会|统战部)`, "g");
/** A committee's ending after its unit: 委员会, 委会 (not 委 + 会员, 民建大兴区委会员企业), 工委 or 委. */
const COMMITTEE = /^(?:委员会|委会(?!员)|工委|委(?![员托屈婉]))/;

/**
 * A party's short name, a unit's mention right after it and a committee's ending (民建北京市委会, 农工党乌兰察布市委会), or the
 * party's central committee (民建中央): each a body of members (Organization) named as written.
 */
export function recogniseDemocraticParties(text: string, admin: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!ANY_PARTY.test(text)) return out;
  for (const a of admin) {
    if (!a.unitId) continue;
    const party = PARTY.exec(text.slice(Math.max(0, a.start - 4), a.start));
    const end = COMMITTEE.exec(text.slice(a.end, a.end + 3));
    if (!party || !end) continue;
    const start = a.start - party[0].length;
    const surface = text.slice(start, a.end + end[0].length);
    out.push({ start, end: a.end + end[0].length, surface, label: "Organization", name: surface, source: "suffix", confidence: 0.75 });
  }
  for (const m of text.matchAll(CENTRAL)) {
    const surface = m[0];
    out.push({ start: m.index, end: m.index + surface.length, surface, label: "Organization", name: surface, source: "suffix", confidence: 0.75 });
  }
  // (A committee written both ways is one, named by the longer: 民建北京市委 and 民建北京市委会.)
  const names = new Set(out.map((m) => m.name));
  return out.map((m) => (names.has(`${m.name}会`) ? { ...m, name: `${m.name}会` } : m));
}
