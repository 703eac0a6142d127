// Standard names of government bodies that hold 和 (人力资源和社会保障局): read once from data/agency-names.txt.
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
