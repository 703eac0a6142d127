// recognise(article): every mention of a place, institution or person in one normalised article.
import type { Gazetteer } from "../gazetteer/index.js";
import { splitSentences } from "../normalise/index.js";
import { recogniseAdmin } from "./admin.js";
import { recogniseEnumerations } from "./enumerations.js";
import { recognisePeople } from "./people.js";
import { isOrdinaryWord, opensWithOrdinaryWord, segmenter, wordStartsAt } from "./segmenter.js";
import { keepLongest, recogniseInstitutions, recogniseLocalities } from "./suffixed.js";
import type { ArticleDoc, Mention } from "./types.js";

export interface RecogniseInput {
  id: string;
  title: string;
  text: string;
  byline: string[];
}

const LEGAL_TAIL = /(股份有限公司|有限责任公司|有限公司|控股集团|集团有限公司|集团|公司)$/;

/** Short names an article uses for an enterprise it named in full: 京东 for 京东集团. */
function enterpriseEchoes(text: string, institutions: Mention[], admin: Mention[], taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const inst of institutions) {
    if (inst.label !== "Enterprise" || !LEGAL_TAIL.test(inst.name)) continue;
    let core = inst.name.replace(LEGAL_TAIL, "");
    const lead = admin.find((a) => a.start === inst.start);
    if (lead) core = core.slice(lead.end - lead.start);
    core = core.replace(/^中国/, "");
    if (core.length < 2 || core.length > 4) continue;
    for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length)) {
      const end = at + core.length;
      if ([...taken, ...out].some((m) => m.start < end && at < m.end)) continue;
      out.push({ start: at, end, surface: core, label: "Enterprise", name: inst.name, source: "learned", confidence: 0.6 });
    }
  }
  return out;
}

/** Later occurrences of an institution or locality named once in full (铁沙盖村 after 科布尔镇铁沙盖村). */
function repeatedNames(text: string, found: Mention[], admin: Mention[]): Mention[] {
  const out: Mention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const m of [...found, ...admin]) covered.fill(1, m.start, m.end);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  const seen = new Set<string>();
  for (const m of found) {
    if (m.source !== "suffix" || m.surface.length < 3 || seen.has(m.surface)) continue;
    seen.add(m.surface);
    for (let at = text.indexOf(m.surface); at >= 0; at = text.indexOf(m.surface, at + 1)) {
      if (overlaps(at, at + m.surface.length)) continue;
      out.push({ ...m, start: at, end: at + m.surface.length, source: "known", nested: false });
      covered.fill(1, at, at + m.surface.length);
    }
  }
  return out;
}

export function recognise(g: Gazetteer, input: RecogniseInput): ArticleDoc {
  const { text } = input;
  const sentences = splitSentences(text);
  const jieba = segmenter(g);
  let admin = recogniseAdmin(g, text, sentences.map((s) => s.start));
  const localities = recogniseLocalities(jieba, text, admin, (name) => g.isTownshipName(name));
  const institutions = recogniseInstitutions(jieba, text, admin);
  // A locality whose name is really an institution's head (…村敬老院) stays as a nested mention.
  const spans = keepLongest([...institutions, ...localities.filter((l) => !institutions.some((i) => i.start < l.end && l.start < i.end && !(l.start >= i.start && l.end <= i.end)))]);
  const named = [...spans, ...localities.filter((l) => !spans.includes(l) && spans.some((s) => l.start >= s.start && l.end <= s.end))];
  const enumerated = recogniseEnumerations(text, [...admin, ...named]);
  const echoes = enterpriseEchoes(text, institutions, admin, [...admin, ...named, ...enumerated]);
  const structural = [...named, ...enumerated, ...echoes];
  structural.push(...repeatedNames(text, structural, admin));
  // An administrative form inside a longer name of another kind is kept, marked nested; one that merely
  // overlaps such a name (赛罕 of 赛罕街道) is dropped.
  admin = admin.filter((a) => !structural.some((s) => a.start < s.end && s.start < a.end && !(a.start >= s.start && a.end <= s.end)));
  // People are looked for only where no place or institution is.
  const taken = new Uint8Array(text.length + 1);
  for (const m of [...admin, ...structural]) taken.fill(1, m.start, m.end);
  const blocked = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  const people = recognisePeople(text, input.byline, blocked, {
    isCommonWord: (candidate) => opensWithOrdinaryWord(jieba, candidate),
    isSingleWord: (candidate) => isOrdinaryWord(jieba, candidate),
    startsWord: (at) => wordStartsAt(jieba, text, at),
  });
  const mentions = [...admin, ...structural, ...people].sort((a, b) => a.start - b.start || b.end - a.end);
  // Nested: inside a strictly longer structural name. Prefix maxima of the names' ends answer it per mention at once.
  const endFrom = new Int32Array(text.length + 2).fill(-1); // the furthest end of a name starting exactly here
  for (const st of structural) if (st.end > endFrom[st.start]!) endFrom[st.start] = st.end;
  const endBefore = new Int32Array(text.length + 2).fill(-1); // the furthest end of a name starting before here
  for (let p = 1; p < endBefore.length; p++) endBefore[p] = Math.max(endBefore[p - 1]!, endFrom[p - 1]!);
  for (const m of mentions) m.nested = endBefore[m.start]! >= m.end || endFrom[m.start]! > m.end;
  return { id: input.id, title: input.title, text, sentences, mentions, byline: input.byline };
}
