// Names written with misspelt units or with a town's name spelt by sound (阿巴噶旗人民医院, 湛蓝路医院), put right from the
// units the gazetteer knows and the counties the article names near them.
import { syllables, type Gazetteer } from "../gazetteer/index.js";
import type { ArticleDoc, Mention } from "../recognise/index.js";
import { INSTITUTIONS } from "./longer-forms.js";

/**
 * An article whose bodies' names open with misspelt units, each unit of the chain put right (阿巴噶旗人民医院 is
 * 阿巴嘎旗人民医院; 呼伦贝儿市鄂伦纯自治旗人民医院 is 呼伦贝尔市鄂伦春自治旗人民医院): the same body written correctly elsewhere
 * is then the same entity, its longer form found as for any.
 */
export function respeltHeads(g: Gazetteer, doc: ArticleDoc): ArticleDoc {
  if (!doc.mentions.some((x) => x.unitId && x.source === "noisy")) return doc;
  const byStart = new Map<number, Mention[]>();
  for (const x of doc.mentions) if (x.unitId) (byStart.get(x.start) ?? byStart.set(x.start, []).get(x.start)!).push(x);
  const mentions = doc.mentions.map((m) => {
    if (!INSTITUTIONS.has(m.label) || m.surface !== m.name) return m;
    let at = m.start;
    let head = "";
    let respelt = false;
    for (let x = byStart.get(at)?.find((y) => y.end < m.end); x; x = byStart.get(at)?.find((y) => y.end < m.end)) {
      const unit = x.source === "noisy" ? g.unit(x.unitId!) : undefined;
      // (A unit written without its level, as a paper's name holds it, stays without it: 赤锋日报 is 赤峰日报.)
      head += !unit ? x.surface : unit.name.length === x.surface.length + 1 && /[市县旗盟区]$/.test(unit.name) && !/[市县旗盟区]$/.test(x.surface) ? unit.name.slice(0, -1) : unit.name;
      respelt ||= unit !== undefined;
      at = x.end;
    }
    return respelt ? { ...m, name: head + m.name.slice(at - m.start) } : m;
  });
  return { ...doc, mentions };
}


/**
 * An institution named after a town of a county the article names, written with other characters of the same sound
 * (湛蓝路医院 near 西城区, whose 展览路街道 it is named after), takes the town's spelling.
 */
export function respelt(g: Gazetteer, doc: ArticleDoc, m: Mention, name: string): string {
  if (!INSTITUTIONS.has(m.label) || !misspells(doc)) return name;
  // Once per name and article: names repeat, and the counties near their first mention decide.
  let seen = respelled.get(doc);
  if (!seen) respelled.set(doc, (seen = new Map()));
  let out = seen.get(name);
  if (out === undefined) seen.set(name, (out = respellName(g, doc, m, name)));
  return out;
}
const respelled = new WeakMap<ArticleDoc, Map<string, string>>();

/** An article that misspells a unit (八林左旗) may misspell the places institutions are named after too; others are
 * taken as written (and spare the pinyin). */
function misspells(doc: ArticleDoc): boolean {
  let noisy = noisyDocs.get(doc);
  if (noisy === undefined) noisyDocs.set(doc, (noisy = doc.mentions.some((x) => x.source === "noisy")));
  return noisy;
}
const noisyDocs = new WeakMap<ArticleDoc, boolean>();

function respellName(g: Gazetteer, doc: ArticleDoc, m: Mention, name: string): string {
  let head = 0;
  for (const p of g.match(name)) {
    if (p.start !== head) break;
    head = p.end;
  }
  const counties = countiesAround(doc, m).slice(0, 2);
  if (counties.length === 0) return name;
  for (const len of [6, 5, 4, 3, 2]) {
    if (name.length - head - len < 2) continue; // the core and at least a two-character kind (医院) after it
    const core = g.homophoneTownCore(name.slice(head, head + len), counties);
    if (core) return name.slice(0, head) + core + name.slice(head + len);
  }
  return name;
}

/** The county-level units an article names: each unit's mention starts in order, and units by the end of a mention. */
interface CountyIndex {
  units: { id: string; starts: number[] }[];
  byEnd: Map<number, string>;
}
const countyIndexes = new WeakMap<ArticleDoc, CountyIndex>();

function countyIndex(doc: ArticleDoc): CountyIndex {
  let index = countyIndexes.get(doc);
  if (!index) {
    const units = new Map<string, number[]>(); // first-seen order is kept, and breaks ties below
    const byEnd = new Map<number, string>();
    for (const x of doc.mentions) {
      if (!x.unitId || (x.label !== "Banner" && x.label !== "District")) continue;
      (units.get(x.unitId) ?? units.set(x.unitId, []).get(x.unitId)!).push(x.start);
      if (!byEnd.has(x.end)) byEnd.set(x.end, x.unitId);
    }
    index = { units: [...units].map(([id, starts]) => ({ id, starts })), byEnd };
    countyIndexes.set(doc, index);
  }
  return index;
}

/** The county-level unit written right before the mention (顺义区 of 顺义区仁和镇), if any. */
export function adjacentCounty(doc: ArticleDoc, m: Mention): string | undefined {
  return countyIndex(doc).byEnd.get(m.start);
}

/** Distance from `at` to the nearest of sorted offsets. */
function nearestDistance(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < starts.length ? starts[lo]! - at : Infinity;
  const before = lo > 0 ? at - starts[lo - 1]! : Infinity;
  return Math.min(after, before);
}

/** County-level units the article names: the one written just before the mention, then the nearest others. */
export function countiesAround(doc: ArticleDoc, m: Mention): string[] {
  const { units } = countyIndex(doc);
  const adjacent = adjacentCounty(doc, m);
  const ranked = units.map((u) => ({ id: u.id, d: nearestDistance(u.starts, m.start) })).sort((a, b) => a.d - b.d);
  return [...new Set([...(adjacent ? [adjacent] : []), ...ranked.map((u) => u.id)])];
}

/** The kinds of body put right by their sounds. */
const SOUNDED = new Set(["Enterprise", "Hospital", "School", "Organization"]);

/**
 * The names of bodies the corpus writes right, by their sounds: a body of an article that misspells units, its name sounding
 * syllable for syllable like one of them (北京丰则环宇再生资源科技有限公司 for 北京丰泽环宇…, 北京亦桌精密铝业 for 北京亦卓…), is
 * that body. Names of six characters or more only, of one sound to one name; built once, and only where some article
 * misspells. (Not a bureau's: 丰台区税务局 and 丰台区水务局 sound alike and are two.)
 */
export function soundAlikes(docs: ArticleDoc[]): (doc: ArticleDoc, label: string, name: string) => string {
  let bySound: Map<string, string | null> | undefined;
  const key = (label: string, name: string) => `${label}|${syllables(name).join(" ")}`;
  const build = () => {
    const out = new Map<string, string | null>();
    for (const d of docs) {
      if (misspells(d)) continue;
      for (const m of d.mentions) {
        if (!SOUNDED.has(m.label) || m.name.length < 6) continue;
        const k = key(m.label, m.name);
        const had = out.get(k);
        out.set(k, had === undefined || had === m.name ? m.name : null);
      }
    }
    return out;
  };
  return (doc, label, name) => {
    if (!SOUNDED.has(label) || name.length < 6 || !misspells(doc)) return name;
    bySound ??= build();
    return bySound.get(key(label, name)) ?? name;
  };
}
