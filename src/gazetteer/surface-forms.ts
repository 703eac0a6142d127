// Every surface form an administrative unit goes by: its name, listed abbreviations and generated short forms.
import type { AdminUnit, AliasFile } from "./units.js";

export interface SurfaceForm {
  text: string;
  /** The unit this form names, or null for a blocker (a word that contains a place name but is not one). */
  unitId: string | null;
  /** For a blocker: the leading part of it that still names a unit ("北京" in 北京市场). */
  keep?: string;
  /** Names and listed aliases are sure; generated short forms less so. */
  kind: "name" | "alias" | "short";
}

/** Drops the official suffix where what is left is still a distinctive name (赤峰市 → 赤峰, 昌平区 → 昌平). */
export function shortForm(unit: AdminUnit): string | null {
  const { name, label } = unit;
  if (label === "Province") return null;
  // County-level 市辖区 (code xx02..xx0x) carry common words as names (青山, 红山, 松山): no short form.
  if (label === "Banner" && name.endsWith("区")) return null;
  const core = name.endsWith("自治旗") ? name.slice(0, -3) : name.slice(0, -1);
  if (core.length < 2) return null;
  if (/[左右前中后翼]$/.test(core)) return null;
  return core;
}

export function surfaceForms(units: AdminUnit[], aliasFile: AliasFile): SurfaceForm[] {
  const byName = new Map(units.map((u) => [u.name, u]));
  const noShort = new Set(aliasFile.noShortForm);
  const forms: SurfaceForm[] = [];
  for (const u of units) forms.push({ text: u.name, unitId: u.id, kind: "name" });
  for (const extra of aliasFile.extraUnits) {
    const u = byName.get(extra.name);
    if (u) for (const a of extra.aliases) forms.push({ text: a, unitId: u.id, kind: "alias" });
  }
  for (const [name, aliases] of Object.entries(aliasFile.aliases)) {
    const u = byName.get(name);
    if (!u) throw new Error(`gazetteer: aliases.json names ${name}, which is not in the gazetteer`);
    for (const a of aliases) forms.push({ text: a, unitId: u.id, kind: "alias" });
  }
  // Generated short forms, dropped where two units would share one.
  const shortOwners = new Map<string, string[]>();
  for (const u of units) {
    if (noShort.has(u.name)) continue;
    const s = shortForm(u);
    if (s) shortOwners.set(s, [...(shortOwners.get(s) ?? []), u.id]);
  }
  const taken = new Set(forms.map((f) => f.text));
  for (const [text, owners] of shortOwners) {
    if (owners.length === 1 && !taken.has(text)) forms.push({ text, unitId: owners[0]!, kind: "short" });
  }
  // A scanner's misreadings of the suffix, a character of like shape (巴林左棋, 经开匹): the unit still.
  const written = new Set(forms.map((f) => f.text));
  for (const f of [...forms]) {
    const misread = f.text.length >= 3 ? SCANNED_SUFFIXES[f.text[f.text.length - 1]!] : undefined;
    const text = misread ? f.text.slice(0, -1) + misread : undefined;
    if (text && !written.has(text)) {
      forms.push({ text, unitId: f.unitId, kind: "alias" });
      written.add(text);
    }
  }
  // (A back-translation's word for a league: 兴安联盟, 锡林郭勒联盟 for 兴安盟, League rendered 联盟.)
  for (const u of units) {
    const text = u.label === "League" && u.name.endsWith("盟") ? `${u.name.slice(0, -1)}联盟` : undefined;
    if (text && !written.has(text)) forms.push({ text, unitId: u.id, kind: "alias" });
  }
  for (const b of aliasFile.blockers) forms.push({ text: b.text, unitId: null, keep: b.keep, kind: "alias" });
  return forms;
}

/** Characters a scanner reads for a unit's suffix, alike in shape: 棋 for 旗, 匹 for 区, 盥 for 盟. */
const SCANNED_SUFFIXES: Record<string, string> = { 旗: "棋", 区: "匹", 盟: "盥" };
