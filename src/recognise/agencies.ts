// Standard names of government bodies: those that hold 和 (人力资源和社会保障局), read once from data/agency-names.txt,
// and the short endings that stand for them (教委 for 教育委员会), from data/agency-abbreviations.txt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";

let names: string[] | undefined;

export function agencyNames(): string[] {
  names ??= readFileSync(join(projectRoot(), "data", "agency-names.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .sort((a, b) => b.length - a.length);
  return names;
}

let byLast: Map<string, string[]> | undefined;

/** The standard body's name ending at `end` in the text, longest first, if any. */
export function agencyNameEndingAt(text: string, end: number): string | undefined {
  if (!byLast) {
    byLast = new Map();
    for (const n of agencyNames()) (byLast.get(n.slice(-1)) ?? byLast.set(n.slice(-1), []).get(n.slice(-1))!).push(n);
  }
  return byLast.get(text[end - 1] ?? "")?.find((n) => text.endsWith(n, end));
}

let shortForms: [string, string][] | undefined;

/** A body's name with a standard short ending written in full (海淀区教委 → 海淀区教育委员会), from data/agency-abbreviations.txt. */
export function fullAgencyName(name: string): string {
  shortForms ??= readFileSync(join(projectRoot(), "data", "agency-abbreviations.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]).filter((p) => p.length === 2)
    .sort((a, b) => b[0].length - a[0].length);
  const hit = shortForms.find(([short]) => name.endsWith(short));
  return hit ? name.slice(0, -hit[0].length) + hit[1] : name;
}
