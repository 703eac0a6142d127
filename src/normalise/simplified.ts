// Traditional characters to simplified ones (豐台區 → 丰台区), one for one so that offsets stay put; from data/simplified.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../gazetteer/project-root.js";

const SimplifiedFile = z.object({ source: z.string(), pairs: z.string().refine((p) => p.length % 2 === 0, "pairs of characters") });

/** For each UTF-16 unit, its simplified form, or 0: a flat table, looked up for every Chinese character read. */
let table: Uint16Array | undefined;
function simplifiedTable(): Uint16Array {
  if (!table) {
    const path = join(projectRoot(), "data", "simplified.json");
    const parsed = SimplifiedFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) throw new Error(`normalise: ${path}: ${parsed.error.issues[0]?.message ?? "not a table of characters"}`);
    table = new Uint16Array(0x10000);
    for (let i = 0; i < parsed.data.pairs.length; i += 2) table[parsed.data.pairs.charCodeAt(i)] = parsed.data.pairs.charCodeAt(i + 1);
  }
  return table;
}

/** A short text (a title) in simplified characters, each traditional one replaced. */
export function toSimplified(text: string): string {
  const map = simplifiedTable();
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(map[text.charCodeAt(i)] || text.charCodeAt(i));
  return out;
}

/** Where a text's traditional characters are to be folded: everywhere (`within` unset) or in the marked positions only. */
export interface Simplifying {
  map: Uint16Array;
  within?: Uint8Array;
}

/**
 * The character map to use for a text written in traditional characters, or null for a simplified one. A text is
 * traditional when a good share of its Chinese characters are traditional-only forms: a simplified text keeps the odd
 * one as written (乾 of 乾隆, a name's 徐). Folding goes line by line: in a traditional text each line holding such a form,
 * in a simplified one each line where a larger share of it is (`lineShare`: a passage reposted in traditional ones); a
 * simplified line keeps its odd one either way.
 */
export function simplifyingMap(text: string, share: number, lineShare: number): Simplifying | null {
  const map = simplifiedTable();
  let han = 0;
  let traditional = 0;
  // Each line's span and counts, read in one pass; which to fold is known once the whole text's share is.
  const lines: { start: number; end: number; han: number; traditional: number }[] = [];
  let line = { start: 0, end: 0, han: 0, traditional: 0 };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      line.end = i;
      if (line.traditional > 0) lines.push(line);
      line = { start: i + 1, end: i + 1, han: 0, traditional: 0 };
      continue;
    }
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    line.han++;
    if (map[c]) {
      traditional++;
      line.traditional++;
    }
  }
  const whole = han > 0 && traditional >= 3 && traditional / han >= share;
  const folded = lines.filter((l) => (whole ? l.traditional / l.han >= share : l.traditional >= 3 && l.traditional / l.han >= lineShare));
  if (folded.length === 0) return null;
  if (folded.length === lines.length && whole) return { map };
  const within = new Uint8Array(text.length);
  for (const l of folded) within.fill(1, l.start, l.end);
  return { map, within };
}
