// Schools called by place and number (北京四中, 密云二中, 赤峰二中): the way most people name them, and never by suffix.
import type { Mention } from "./types.js";

/** Ordinal and level right after a place: 四中, 二小, 十一中. Not 一中心, 一中院 (a court), 二中学 (a typo's doubling). */
const NUMBERED = /^([一二三四五六七八九十]{1,3})(中|小)(?![心学国间型等队部院央层期午游级])/;

export function recogniseNumberedSchools(text: string, admin: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const place of admin) {
    if (place.label === "Province" && place.surface !== "北京") continue; // 北京四中; 内蒙古一中 is not a school's name
    const m = NUMBERED.exec(text.slice(place.end, place.end + 5));
    if (!m) continue;
    const end = place.end + m[0].length;
    const name = text.slice(place.start, end);
    out.push({ start: place.start, end, surface: name, label: "School", name, source: "suffix", confidence: 0.75 });
  }
  return out;
}

/** What a numbered school's name comes to with its place as the gazetteer's unit: 密云二中 and 北京市密云区第二中学 alike. */
export function numberedSchoolKey(places: { start: number; end: number; unitId: string }[], name: string): string | undefined {
  let covered = 0;
  let unit: string | undefined;
  for (const p of places) {
    if (p.start !== covered) break;
    covered = p.end;
    unit = p.unitId;
  }
  if (!unit) return undefined;
  const m = /^第?([一二三四五六七八九十]{1,3})(中|小)学?$/.exec(name.slice(covered));
  return m ? `${unit}|${m[1]}${m[2]}` : undefined;
}
