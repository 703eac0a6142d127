// Schools called by place and number (北京四中, 密云二中, 赤峰二中): the way most people name them, and never by suffix.
import type { Mention } from "./types.js";

/** Ordinal and level right after a place: 四中, 二小, 十一中. Not 一中心, 一中院 (a court), 二中学 (a typo's doubling). */
const NUMBERED = /^([一二三四五六七八九十]{1,3})(中|小)(?![心学国间型等队部院央层期午游级])/;

/** Whether a town of the unit goes by `core` and its kind's word (温泉 of 海淀区's 温泉镇). */
export type TownCore = (core: string, unitId: string) => boolean;

export function recogniseNumberedSchools(text: string, admin: Mention[], townCore: TownCore = () => false): Mention[] {
  const out: Mention[] = [];
  for (const place of admin) {
    if (place.label === "Province" && place.surface !== "北京") continue; // 北京四中; 内蒙古一中 is not a school's name
    // (Or after a town of the unit written without its 镇: 海淀区温泉二中, 敖汉旗新惠二中.)
    const town = place.unitId && (place.label === "District" || place.label === "Banner") ? [4, 3, 2].find((n) => /^[\u4e00-\u9fff]+$/.test(text.slice(place.end, place.end + n)) &&
      NUMBERED.test(text.slice(place.end + n, place.end + n + 5)) && townCore(text.slice(place.end, place.end + n), place.unitId!)) ?? 0 : 0;
    const m = NUMBERED.exec(text.slice(place.end + town, place.end + town + 5));
    if (!m) continue;
    const end = place.end + town + m[0].length;
    // After a district's short name the school is named with the district in full (集宁区一中), to be merged with
    // its full name (…集宁区第一中学).
    const name = place.source === "learned" ? place.name + text.slice(place.end, end) : text.slice(place.start, end);
    out.push({ start: place.start, end, surface: name, label: "School", name, source: "suffix", confidence: town > 0 ? 0.7 : 0.75 });
  }
  return out;
}

/** A city district written without its 区 before a numbered school (集宁一中, 海拉尔二中): the district, for a nested mention. */
export type CityDistrictNamed = (short: string) => { unitId: string; label: Mention["label"]; name: string } | undefined;

/** A school's number and level anywhere (一中, 二小): the short name is looked for just before it. */
const NUMBER_AND_LEVEL = /[一二三四五六七八九十]{1,3}[中小](?![心学国间型等队部院央层期午游级])/g;

/** A city district's short name right before a numbered school (集宁 of 集宁一中), as a place mention. */
export function cityDistrictsBeforeSchools(text: string, admin: Mention[], cityDistrict: CityDistrictNamed): Mention[] {
  const places: Mention[] = [];
  const taken = new Set(admin.map((a) => a.end));
  for (const m of text.matchAll(NUMBER_AND_LEVEL)) {
    const end = m.index!;
    // (A number run longer than the school's, 十一中 read from its 一中, is left to its first character.)
    if (taken.has(end) || /[一二三四五六七八九十]/.test(text[end - 1] ?? "")) continue; // a unit written in full is read already
    const before = /[\u4e00-\u9fff]{2,3}$/.exec(text.slice(Math.max(0, end - 3), end))?.[0] ?? "";
    const len = [3, 2].find((n) => before.length >= n && cityDistrict(text.slice(end - n, end)));
    const unit = len && cityDistrict(text.slice(end - len, end));
    if (len && unit) places.push({ start: end - len, end, surface: text.slice(end - len, end), label: unit.label, name: unit.name, unitId: unit.unitId, source: "learned", confidence: 0.7 });
  }
  return places;
}

/** What a numbered school's name comes to with its place as the gazetteer's unit: 密云二中 and 北京市密云区第二中学 alike. */
export function numberedSchoolKey(places: readonly { start: number; end: number; unitId: string }[], name: string): string | undefined {
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
