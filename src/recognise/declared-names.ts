// Short names an article declares for a body it has just named in full (…有限公司（以下简称“德青源”）): each later use reads as that body.
import type { Mention } from "./types.js";

/** The declaration right after a name: （以下简称“X”）, （简称X）, （下称“X”）, with or without quotes; or two short names
 * (以下简称“城能集团”或“集团”). */
const SHORT = `[“"‘「『]?([\\u4e00-\\u9fffA-Za-z0-9]{2,10})[”"’」』]?`;
const DECLARED = new RegExp(`^[（(](?:以下简称|以下称|以下统称|下称|简称)[为：:]?${SHORT}(?:(?:或|、|和|或者)${SHORT})?[）)]`);

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
    const m = DECLARED.exec(text.slice(inst.end, inst.end + 40));
    if (!m) continue;
    // (The longer short name first: 集团 inside 城能集团 is the longer one's.)
    const shorts = [m[1]!, m[2]].filter((x): x is string => x !== undefined && x !== inst.surface).sort((a, b) => b.length - a.length);
    const used: [number, number][] = [];
    for (const short of shorts) {
      // (A headline or subtitle above may use it already: ——记北汽集团派驻….)
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
        const end = at + short.length;
        if ((at < inst.end && end > inst.start) || taken(at, end) || used.some(([s, e]) => at < e && end > s)) continue;
        used.push([at, end]);
        out.push({ start: at, end, surface: short, label: inst.label, name: inst.name, source: "learned", confidence: 0.7 });
      }
    }
  }
  return out;
}

/** A contract's party declared on a line of its own (托管方（甲方）：北京市海淀区温泉医院, 乙方：…), or named in brackets after it
 * (甲方（喀喇沁旗人民政府）): the text before the body and after it. */
const PARTY_BEFORE = /(?:^|\n)[\u4e00-\u9fff]{0,6}?[（(]?(甲方|乙方|丙方)[）)]?[:：]\s*$|(甲方|乙方|丙方)[（(]$/;
const PARTY_AFTER = /^\s*(?:$|\n|[,，;；。])|^[）)]/;

/** Each later use of a party's word (甲方, 乙方) as a mention of the body the contract declares it for. */
export function recogniseParties(text: string, institutions: readonly Mention[]): Mention[] {
  if (!/(甲方|乙方)/.test(text)) return [];
  const out: Mention[] = [];
  const declared = new Set<string>();
  for (const inst of institutions) {
    if (!INSTITUTION.has(inst.label)) continue;
    const m = PARTY_BEFORE.exec(text.slice(Math.max(0, inst.start - 14), inst.start));
    const party = m?.[1] ?? m?.[2];
    // (The bracket form closes right after the body: 甲方（喀喇沁旗人民政府）; the line form ends with it.)
    if (!party || declared.has(party) || !PARTY_AFTER.test(text.slice(inst.end, inst.end + 2)) || (m![2] !== undefined) !== /^[）)]/.test(text.slice(inst.end))) continue;
    declared.add(party);
    for (let at = text.indexOf(party, inst.end); at >= 0; at = text.indexOf(party, at + party.length)) {
      out.push({ start: at, end: at + party.length, surface: party, label: inst.label, name: inst.name, source: "learned", confidence: 0.7 });
    }
  }
  return out;
}

/** A second name a body hangs beside its own (科右中旗人民医院同步加挂“北京市朝阳区东坝医院科右中旗分院”牌子): the body, then the quote. */
const SECOND_NAME = /^(同步|同时|正式|也|还|将|另|已)?(加挂|增挂|挂上|挂)“([^”]{4,40})”(的)?牌子/;

/** Each use of a second name a body hangs beside its own (a branch's name on the trusted hospital), as a mention of that
 * body; `bodies` are the institutions and the parties, in text order. */
export function recogniseSecondNames(text: string, bodies: readonly Mention[]): Mention[] {
  if (!/挂“/.test(text)) return [];
  const out: Mention[] = [];
  for (const body of bodies) {
    if (!INSTITUTION.has(body.label)) continue;
    const m = SECOND_NAME.exec(text.slice(body.end, body.end + 52));
    if (!m) continue;
    const second = m[3]!;
    for (let at = text.indexOf(second, body.end); at >= 0; at = text.indexOf(second, at + second.length)) {
      out.push({ start: at, end: at + second.length, surface: second, label: body.label, name: body.name, source: "learned", confidence: 0.7 });
    }
  }
  return out;
}
