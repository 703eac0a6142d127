// The Communist Youth League's committees written in its own short forms, which no ending reads: 团密云区委 (团, the unit,
// 委) and 顺义团区委 (the unit's short name, 团, its level, 委).
import type { Mention } from "./types.js";

/** A unit's mention with 团 right before it and 委 right after (团海淀区委), or its short name followed by 团, a level and
 * 委 (丰台团区委): each a committee named as written, outside the spans `taken`. */
export function recogniseYouthLeague(text: string, admin: Mention[], taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("团")) return out;
  for (const a of admin) {
    if (!a.unitId || a.nested) continue;
    let start = -1;
    let end = -1;
    if (text[a.start - 1] === "团" && text[a.end] === "委" && text[a.end + 1] !== "员") [start, end] = [a.start - 1, a.end + 1];
    // (A unit named whole before its own level's committee too: 乌兰察布市团市委.)
    else if (/^团[区县旗市盟]委/.test(text.slice(a.end, a.end + 3)) && (!/[区县旗市盟]$/.test(a.surface) || a.surface.endsWith(text[a.end + 1]!))) [start, end] = [a.start, a.end + 3];
    if (start < 0 || taken(start, end)) continue;
    const surface = text.slice(start, end);
    out.push({ start, end, surface, label: "Organization", name: surface, source: "suffix", confidence: 0.7 });
  }
  return out;
}
