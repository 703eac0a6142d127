// A museum, library or gallery called by two initials, its name's first character and its kind's (首博 for 首都博物馆, 国图 for
// 国家图书馆): the way the press names the well known ones, read only where the article names the body in full.
import type { Coverage } from "./coverage.js";
import { findLiterals } from "./literals.js";
import type { Mention } from "./types.js";

/** A name of two characters and its kind, the kind's first character the second initial. */
// (Not a university's: 北大 would be read in 华北大地 and 北大荒.)
const INITIALLED = /^([\u4e00-\u9fff])[\u4e00-\u9fff](博物馆|图书馆|美术馆|科技馆)$/;

/** Each use of a body's two initials, where the article names it in full and no other body shares them. */
export function initialisms(text: string, institutions: Mention[], covered: Coverage): Mention[] {
  const bodyOf = new Map<string, Mention | null>();
  for (const m of institutions) {
    const parts = INITIALLED.exec(m.name);
    if (!parts) continue;
    const short = parts[1]! + parts[2]![0]!;
    const known = bodyOf.get(short);
    bodyOf.set(short, known === undefined || known?.name === m.name ? m : null);
  }
  const shorts = [...bodyOf.keys()].filter((k) => bodyOf.get(k));
  if (shorts.length === 0) return [];
  const out: Mention[] = [];
  for (const hit of findLiterals(text, shorts)) {
    const end = hit.at + hit.word.length;
    // (Not inside a word: only after no character of a name, or after a function word.)
    if (covered.any(hit.at, end) || (/[\u4e00-\u9fff]/.test(text[hit.at - 1] ?? "") && !/[的在到赴与和及、为是从向随给对于把被将让由经至往入驻进]/.test(text[hit.at - 1]!))) continue;
    const body = bodyOf.get(hit.word)!;
    out.push({ start: hit.at, end, surface: hit.word, label: body.label, name: body.name, source: "learned", confidence: 0.6 });
  }
  return out;
}
