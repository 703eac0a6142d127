// What the relation patterns read: an article's mentions with their entities, clauses, sides and focus.
import type { Gazetteer } from "../gazetteer/index.js";
import type { Evidence, Props, RelationshipType } from "../graph/index.js";
import { itemEnds, itemOpens, type Sentence } from "../normalise/index.js";
import type { Mention } from "../recognise/index.js";
import type { Entity, ResolvedDoc, Side } from "../resolve/index.js";

export interface Relation {
  type: RelationshipType;
  source: string;
  target: string;
  props: Props;
  confidence: number;
  evidence: Evidence;
}

/** A mention with the entity it resolved to. */
export interface Ref {
  mention: Mention;
  entity: Entity;
}

const LEVEL: Record<string, number> = {
  Province: 0, League: 1, District: 2, Banner: 2, Township: 3, Village: 4,
  Enterprise: 5, Hospital: 5, School: 5, Organization: 5, Agency: 5, Person: 6,
};
export const specificity = (e: Entity) => LEVEL[e.label] ?? 5;
export const isPlace = (e: Entity) => ["Province", "District", "League", "Banner", "Township", "Village"].includes(e.label);
export const isInstitution = (e: Entity) => ["Enterprise", "Hospital", "School", "Organization", "Agency"].includes(e.label);

/** The last of `clauses` that ends at or before `at`: the clause right before one that starts there. */
export function clauseBefore<T extends { end: number }>(clauses: T[], at: number): T | undefined {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.end <= at) return clauses[k];
  return undefined;
}

/** A mention, at `start`, of an entity the words there stand for without naming it (a focus, a partner). */
export function refAt(entity: Entity, start: number, end = start): Ref {
  return { mention: { start, end } as Ref["mention"], entity };
}

export { linesOf, type Line } from "./lines.js";

/** What joins names listed together (东城区、西城区; 张明和李红). */
export const LISTED = /^[、和及与]$/;

/** A news dateline: a paper's or site's 讯 (not 通讯员), an agency's 电, with the reporters in brackets after it. */
const DATELINE = /^(?:[\u4e00-\u9fff]{2,12}讯(?![员息号录])|(?:新华社|中新社|中新网)[^，,。\n]{0,20}?电)(?:[（(][^）)\n]{0,30}[）)])?|^(?:【(?:编者按|导读|摘要|核心提示|内容提要)】|(?:编者按|导读|核心提示|内容提要)[:：])/;

export class ArticleContext {
  refs: Ref[];
  readonly text: string;
  readonly sentences: Sentence[];
  readonly id: string;
  /** Sides learned in this article (a township after 北京经开区 is on the Beijing side). */
  private readonly learnedSide = new Map<string, Side>();
  /** Parents stated in this article (荣华街道 of 北京经开区), beside the gazetteer's. */
  readonly statedParent = new Map<string, string>();
  imFocus?: Entity;
  beijingFocus?: Entity;
  /** The Beijing district whose voice the article is (…供稿 by one of its bodies): what its 我区 means. */
  voice?: Entity;
  /** The Beijing enterprise whose own report the article is (its name the first line): who gives what no one is said to. */
  issuer?: Entity;
  /** The Beijing body whose own report or notice the article is, by its title (北京市丰台区总工会2023年京蒙协作工作总结). */
  reportIssuer?: Entity;
  /** Partners this article pairs each Beijing-side entity with (set once its pairings are read). */
  readonly partners = new Map<string, Set<string>>();

  /** The year the article is dated, when known: what its 今年 means. */
  readonly year: number | null;
  /** The year a yearly report's title names (察右后旗2023年京蒙协作工作总结): the year of the money it gives. */
  readonly reportYear: number | null;

  constructor(readonly g: Gazetteer, resolved: ResolvedDoc, readonly entities: Map<string, Entity>) {
    const { doc, entityOf } = resolved;
    this.id = doc.id;
    this.text = doc.text;
    this.sentences = doc.sentences;
    const dated = /^((?:19|20)[0-9]{2})-/.exec(doc.date ?? "");
    this.year = dated ? Number(dated[1]) : null;
    const report = /((?:19|20)[0-9]{2})年度?[^，。,]{0,24}?(总结|工作报告|情况报告|工作要点|工作情况|年报|资金计划|项目计划|实施方案|资金安排|项目安排|安排表|计划表|明细表|一览表|情况的?公示)/.exec(doc.title);
    // (A title's 年度 says so alone: 北京市门头沟区2023年度东西部协作区级财政援助资金.)
    this.reportYear = report ? Number(report[1]) : Number(/((?:19|20)[0-9]{2})年度/.exec(doc.title)?.[1]) || null;
    this.refs = doc.mentions
      .map((m, i) => ({ mention: m, id: entityOf[i] }))
      .filter((x): x is { mention: Mention; id: string } => !!x.id)
      .map((x) => ({ mention: x.mention, entity: entities.get(x.id)! }))
      .sort((a, b) => a.mention.start - b.mention.start);
  }

  /** The one partner this article pairs `id` with, when it pairs it with exactly one. */
  onlyPartner(id: string): Entity | undefined {
    const ids = this.partners.get(id);
    return ids?.size === 1 ? this.entities.get([...ids][0]!) : undefined;
  }

  /** The Beijing district named at least three times and twice as often as any other, if one is. */
  dominantDistrict(): Entity | undefined {
    const counts = new Map<string, number>();
    for (const r of this.refs) if (r.entity.label === "District") counts.set(r.entity.id, (counts.get(r.entity.id) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? this.entities.get(first[0]) : undefined;
  }

  /** Adds words that stand for a named entity (贵院, 我院 of a letter) as mentions of it, for every rule to read. */
  addRefs(extra: Ref[]): void {
    if (extra.length === 0) return;
    this.refs = [...this.refs, ...extra].sort((a, b) => a.mention.start - b.mention.start);
    this.coverage = undefined;
  }

  evidence(s: Sentence): Evidence {
    return { article: this.id, sentence: s.text, start: s.start, end: s.end };
  }

  private coverage: Uint8Array | undefined;

  /** Some mention covers offset `at`. */
  inMention(at: number): boolean {
    if (!this.coverage) {
      this.coverage = new Uint8Array(this.text.length + 1);
      for (const r of this.refs) this.coverage.fill(1, r.mention.start, r.mention.end);
    }
    return this.coverage[at] === 1;
  }

  /** Mentions inside [start, end); nested ones (inside a longer name) only when asked. */
  within(start: number, end: number, nested = false): Ref[] {
    const out: Ref[] = [];
    for (let i = firstAtOrAfter(this.refs, start); i < this.refs.length; i++) {
      const r = this.refs[i]!;
      if (r.mention.start >= end) break;
      if (r.mention.end <= end && (nested || !r.mention.nested)) out.push(r);
    }
    return out;
  }

  /** The sentence that holds offset `at`. */
  sentenceAt(at: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  sideOf(e: Entity): Side | undefined {
    const known = e.side ?? this.learnedSide.get(e.id);
    if (known) return known;
    // (A village written under its town, 白狼镇林俗村, is on the town's side.)
    for (let p = this.statedParent.get(e.id), n = 0; p && n < 6; p = this.statedParent.get(p), n++) {
      const parent = this.entities.get(p);
      const side = parent && (parent.side ?? this.learnedSide.get(parent.id));
      if (side) return side;
    }
    return undefined;
  }

  learnSide(e: Entity, side: Side | undefined): void {
    if (side && !e.side && !this.learnedSide.has(e.id)) this.learnedSide.set(e.id, side);
  }

  /** True when `ancestor` contains `id`, by the gazetteer or by what this article stated. */
  contains(ancestor: string, id: string): boolean {
    if (this.g.contains(ancestor, id)) return true;
    // (A town the gazetteer places is in its county and that county's league.)
    const town = this.g.townshipUnit(id);
    if (town && (town.parentId === ancestor || this.g.contains(ancestor, town.parentId))) return true;
    for (let p = this.statedParent.get(id), n = 0; p && n < 6; p = this.statedParent.get(p), n++) {
      if (p === ancestor || this.g.contains(ancestor, p)) return true;
    }
    return false;
  }

  private readonly clauseCache = new Map<number, { start: number; end: number }[]>();

  /** Clauses of a sentence: spans between commas, semicolons and colons. */
  /** Where the clause holding `at` ends. */
  clauseEnd(s: Sentence, at: number): number {
    return this.clauses(s).find((c) => at >= c.start && at < c.end)?.end ?? s.end;
  }

  private paragraphTexts?: Map<number, string>;
  /** The words of the paragraph a sentence stands in, its sentences joined (built once per article). */
  paragraphText(s: Sentence): string {
    if (!this.paragraphTexts) {
      this.paragraphTexts = new Map();
      for (const x of this.sentences) this.paragraphTexts.set(x.paragraph, (this.paragraphTexts.get(x.paragraph) ?? "") + x.text);
    }
    return this.paragraphTexts.get(s.paragraph) ?? "";
  }

  /** Where a sentence's own words begin: past a dateline, which only a paragraph's first sentence opens with. */
  bodyStart(s: Sentence): number {
    const opens = s.start === 0 || this.text.charCodeAt(s.start - 1) === 0x0a;
    return s.start + (opens ? DATELINE.exec(this.text.slice(s.start, Math.min(s.end, s.start + 48)))?.[0].length ?? 0 : 0);
  }

  clauses(s: Sentence): { start: number; end: number }[] {
    const cached = this.clauseCache.get(s.index);
    if (cached) return cached;
    const out: { start: number; end: number }[] = [];
    this.clauseCache.set(s.index, out);
    // A dateline opening the sentence (兴安日报讯（记者 乌日汗）, 新华社呼和浩特6月5日电) is a clause of its own.
    let start = this.bodyStart(s);
    if (start > s.start) out.push({ start: s.start, end: start });
    for (let i = start; i <= s.end; i++) {
      const c = this.text.charCodeAt(i);
      // (An aside in brackets is no clause's end: 北京经济技术开发区（俗称“亦庄”，下称北京经开区）…与巴林右旗结对.)
      // (Not a table's cell in brackets, its note: ｜（…博兴街道结对帮扶资金，博兴街道与西拉沐沦苏木结对）.)
      if ((c === 0xff08 || c === 0x28) && !/[|｜\t]/.test(this.text[i - 1] ?? "")) {
        const close = this.text.slice(i + 1, Math.min(s.end, i + ASIDE_MAX)).search(/[）)]/);
        if (close >= 0 && !/[（(]/.test(this.text.slice(i + 1, i + 1 + close))) {
          i += close + 1;
          continue;
        }
      }
      // A comma between digits groups thousands (3,500万元) and a colon between digits tells time: no clause ends there.
      const betweenDigits = (c === 0x2c || c === 0x3a) && isDigit(this.text.charCodeAt(i - 1)) && isDigit(this.text.charCodeAt(i + 1));
      // (Two items of a headline a space parts end a clause too: 延庆正镶白旗续写“牵手情” 昌平再投1.05亿元助力太仆寺旗. A name set
      // apart from what a roster's row says of it, 高振华 北京市…, is no item.)
      const items = c === 0x20 && itemEnds(this.text.charCodeAt(i - 1)) && itemOpens(this.text.charCodeAt(i + 1)) && i - start >= ITEM_MIN &&
        /^[^ ,，;；:：]*/.exec(this.text.slice(i + 1, s.end))![0].length >= ITEM_MIN;
      if (i === s.end || items || (!betweenDigits && (c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b || c === 0x3a || c === 0xff1a))) {
        if (i > start) out.push({ start, end: i });
        start = i + 1;
      }
    }
    return out;
  }

  /** The latest mention before `at` in the same paragraph, within a few sentences, that passes `accept`. */
  recent(at: number, sentence: Sentence, accept: (r: Ref) => boolean, reach = 4): Ref | undefined {
    const first = this.sentences[Math.max(0, sentence.index - reach)]!;
    for (let i = firstAtOrAfter(this.refs, at) - 1; i >= 0; i--) {
      const r = this.refs[i]!;
      if (r.mention.start < first.start) break;
      if (r.mention.end <= at && accept(r)) return r;
    }
    return undefined;
  }
}

/** Relations grouped by their source, in order: one person's others found without a search through them all. */
export function bySource(relations: Relation[]): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of relations) (out.get(r.source) ?? out.set(r.source, []).get(r.source)!).push(r);
  return out;
}

/** Where `word` first starts in [from, end) of the text, or -1. (A search bounded by its sentence: an unbounded one
 * runs to the end of the text whenever the word is not there, which made long reports quadratic.) */
export function indexWithin(text: string, word: string, from: number, end: number): number {
  const at = text.slice(from, end + word.length - 1).indexOf(word);
  return at < 0 || from + at >= end ? -1 : from + at;
}

/** Where `word` last starts in [floor, before], or -1 (bounded as indexWithin is). */
export function lastIndexWithin(text: string, word: string, floor: number, before: number): number {
  const at = text.slice(floor, before + word.length).lastIndexOf(word);
  return at < 0 ? -1 : floor + at;
}

/** Index of the first ref starting at or after `at` (refs are sorted by start). */
function firstAtOrAfter(refs: Ref[], at: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.mention.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** The longest aside in brackets a clause runs through, in characters. */
const ASIDE_MAX = 40;
/** The fewest characters of a headline's item. */
const ITEM_MIN = 6;
