// Enterprises known by a short name alone (京东, 首农, 蒙牛), from data/enterprise-names.txt: taken where a word starts
// and ends with the name (not 京东 inside 北京东城区), and where no longer name already stands.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";
import { hasSurname } from "./person-names.js";
import type { Mention } from "./types.js";

let names: string[] | undefined;
let pattern: RegExp | undefined;
let known: Set<string> | undefined;

function brandNames(): string[] {
  names ??= readFileSync(join(projectRoot(), "data", "enterprise-names.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  return names;
}

/** One alternation of the names, longest first: a handful of literals is matched faster by V8's regex than by a trie. */
function brandPattern(): RegExp {
  pattern ??= new RegExp([...brandNames()].sort((a, b) => b.length - a.length).join("|"), "g");
  return pattern;
}

/** The word is an enterprise's short name (首钢 of 首钢集团): a proper name whatever jieba tags it. */
export function isBrand(word: string): boolean {
  known ??= new Set(brandNames());
  return known.has(word);
}

/** Short names of enterprises in the text, outside the spans `taken`; `startsWord` tells where jieba starts a word. */
export function recogniseBrands(text: string, taken: (start: number, end: number) => boolean, startsWord: (at: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const hit of text.matchAll(brandPattern())) {
    const start = hit.index!;
    const end = start + hit[0].length;
    if (taken(start, end) || !startsWord(start) || (end < text.length && !startsWord(end))) continue;
    // (A name ending in a preposition, right after a surname and a character, is a person's name and the word: 拜赵国华为师.)
    if (/[为对向给]$/.test(hit[0]) && start >= 2 && hasSurname(text[start - 2]!) && /[\u4e00-\u9fff]/.test(text[start - 1]!)) continue;
    out.push({ start, end, surface: hit[0], label: "Enterprise", name: hit[0], source: "learned", confidence: 0.65 });
  }
  return out;
}
