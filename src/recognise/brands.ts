// Enterprises known by a short name alone (京东, 首农, 蒙牛), from data/enterprise-names.txt: taken where a word starts
// and ends with the name (not 京东 inside 北京东城区), and where no longer name already stands.
import { AhoCorasick } from "@monyone/aho-corasick";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";
import type { Mention } from "./types.js";

let matcher: AhoCorasick | undefined;

function brandMatcher(): AhoCorasick {
  matcher ??= new AhoCorasick(readFileSync(join(projectRoot(), "data", "enterprise-names.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  return matcher;
}

/** Short names of enterprises in the text, outside the spans `taken`; `startsWord` tells where jieba starts a word. */
export function recogniseBrands(text: string, taken: (start: number, end: number) => boolean, startsWord: (at: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const hit of brandMatcher().matchInText(text)) {
    const start = hit.begin;
    const end = hit.end;
    if (taken(start, end) || !startsWord(start) || (end < text.length && !startsWord(end))) continue;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    out.push({ start, end, surface: hit.keyword, label: "Enterprise", name: hit.keyword, source: "learned", confidence: 0.65 });
  }
  return out;
}
