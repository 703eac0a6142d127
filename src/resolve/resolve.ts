// resolve(docs): mentions to entities across the corpus: canonical names, merged short forms, stable ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, type Gazetteer } from "../gazetteer/index.js";
import { nodeId, type NodeLabel, type Props } from "../graph/index.js";
import { fullAgencyName, type ArticleDoc, type Mention } from "../recognise/index.js";
import { INSTITUTIONS, longerForms } from "./longer-forms.js";

export type Side = "beijing" | "inner-mongolia";

export interface Entity {
  id: string;
  label: Exclude<NodeLabel, "Article">;
  name: string;
  aliases: Set<string>;
  props: Props;
  /** Which side of the pairing the entity belongs to, when its name or the gazetteer tells. */
  side?: Side;
}

export interface ResolvedDoc {
  doc: ArticleDoc;
  /** The entity id of each mention, parallel to doc.mentions; null where a mention resolved to nothing. */
  entityOf: (string | null)[];
}

export interface Resolution {
  entities: Map<string, Entity>;
  docs: ResolvedDoc[];
}


let beijingSeats: RegExp | undefined;
/** National institutions seated in Beijing whose names do not say so (清华大学, 中日友好医院): data/beijing-institutions.txt. */
function seatedInBeijing(name: string): boolean {
  beijingSeats ??= new RegExp(`^(${readFileSync(join(projectRoot(), "data", "beijing-institutions.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).join("|")})`);
  return beijingSeats.test(name);
}

/** The side an institution or locality belongs to, read off the place its name opens with. */
function sideOfName(g: Gazetteer, name: string): Side | undefined {
  // Of two places joined by a dot (密云·阿尔山产业园), the one after it is where the name stands.
  // A branch stands where the place just before its ending says (中国人寿保险股份有限公司北京市分公司).
  const branch = /(分公司|支公司|分行|支行|分院|分校|院区)$/.exec(name);
  const seat = branch ? g.match(name).filter((m) => m.end === branch.index).pop() : undefined;
  if (seat) return g.unit(seat.unitId)?.side;
  const dot = name.lastIndexOf("·");
  const after = dot > 0 ? g.match(name.slice(dot + 1))[0] : undefined;
  if (after && after.start === 0) return g.unit(after.unitId)?.side;
  const first = g.match(name)[0];
  // A village or town named like a unit (东城村) says nothing of its side: only a locality's ending follows the name.
  // (嘎查 and 苏木 are Inner Mongolia's own.)
  if (first && first.start === 0 && /^(村|镇|乡|嘎查|苏木|社区|街道|屯)$/.test(name.slice(first.end))) return /^(嘎查|苏木)$/.test(name.slice(first.end)) ? "inner-mongolia" : undefined;
  if (first && first.start === 0) return g.unit(first.unitId)?.side;
  // (京蒙协作… names the programme, not the side.)
  if (/^(北京|首都|京(?!蒙))/.test(name) || seatedInBeijing(name)) return "beijing";
  // A body named after a town the gazetteer holds, of one side wherever towns of that name are (伊尔施镇中心学校).
  const town = /^[\u4e00-\u9fff]{2,6}?(镇|乡|苏木|街道)(?=[\u4e00-\u9fff]{2})/.exec(name)?.[0];
  const townSide = town ? g.townshipSide(town) : undefined;
  if (townSide) return townSide;
  // A unit named inside the name, all of one side (国网北京市电力公司).
  const sides = new Set(g.match(name).map((m) => g.unit(m.unitId)?.side).filter(Boolean));
  if (sides.size === 1) return [...sides][0];
  if (/^(内蒙古|自治区)/.test(name)) return "inner-mongolia";
  // 嘎查 and 苏木 are Inner Mongolia's own words for village and township.
  if (/(嘎查|苏木)/.test(name)) return "inner-mongolia";
  return undefined;
}

export function resolve(g: Gazetteer, written: ArticleDoc[]): Resolution {
  const docs = written.map((d) => respeltHeads(g, d));
  const entities = new Map<string, Entity>();
  const longer = longerForms(g, docs);
  // Props are built only for an entity not seen yet: most mentions repeat one.
  const entity = (id: string, name: string, make: () => Omit<Entity, "aliases" | "id">): Entity => {
    let e = entities.get(id);
    if (!e) {
      e = { id, ...make(), aliases: new Set([name]) };
      entities.set(id, e);
    }
    return e;
  };
  const resolved: ResolvedDoc[] = docs.map((doc) => {
    const fullNames = doc.mentions.filter((m) => m.label === "Person" && !m.surnameOnly).map((m) => m.name);
    const levelForms = levelFormsOf(g, doc);
    const entityOf = doc.mentions.map((m): string | null => {
      if (m.unitId) {
        const u = g.unit(m.unitId)!;
        const e = entity(u.id, u.name, () => ({ label: u.label, name: u.name, props: adminProps(g, u.id), side: u.side }));
        e.aliases.add(m.surface);
        return e.id;
      }
      if (m.label === "Person" && m.surnameOnly) {
        // 何老师 is the one person of that surname the article names in full.
        const candidates = [...new Set(fullNames.filter((n) => n.startsWith(m.name)))];
        if (candidates.length !== 1) return null;
        const e = entity(nodeId("Person", candidates[0]!), candidates[0]!, () => ({ label: "Person", name: candidates[0]!, props: {} }));
        e.aliases.add(m.surface + (m.role ?? ""));
        return e.id;
      }
      if (m.label === "Township") {
        // A county written right before the name leads the list, and restricts the search to itself.
        const found = g.township(m.name, countiesAround(doc, m), adjacentCounty(doc, m) !== undefined);
        if (found) {
          const t = found.township;
          const county = g.unit(t.parentId);
          // Found as 仁和地区 for 仁和镇: news call it by the town's name, which stays its name here.
          const shown = t.name.endsWith("地区") && !m.name.endsWith("地区") ? m.name : t.name;
          const e = entity(t.id, shown, () => ({ label: "Township", name: shown, props: { code: t.code, county: county?.name ?? null }, side: t.side }));
          e.aliases.add(m.surface);
          return e.id;
        }
      }
      const name = respelt(g, doc, m, levelForms.get(`${m.label}|${m.name}`) ?? longer.get(`${m.label}|${m.name}`) ?? canonicalHead(g, doc, m));
      const e = entity(nodeId(m.label, name), name, () => {
        const side = sideOfName(g, name);
        return { label: m.label, name, props: {}, ...(side ? { side } : {}) };
      });
      e.aliases.add(m.surface);
      e.aliases.add(m.name);
      return e.id;
    });
    return { doc, entityOf };
  });
  return { entities, docs: resolved };
}

/**
 * A body's name as its own level names it (旗医院 is 科尔沁右翼前旗医院); else, opening with a unit read from its short form
 * (集宁 of 集宁一中), with that unit's name; else as recognised.
 */
function canonicalHead(g: Gazetteer, doc: ArticleDoc, m: Mention): string {
  if (m.surface !== m.name) return m.name;
  const level = levelHead(g, doc, m);
  if (level) return level;
  let byStart = mentionsByStart.get(doc);
  if (!byStart) {
    byStart = new Map();
    for (const x of doc.mentions) (byStart.get(x.start) ?? byStart.set(x.start, []).get(x.start)!).push(x);
    mentionsByStart.set(doc, byStart);
  }
  const head = byStart.get(m.start)?.find((x) => x !== m && x.end < m.end && x.unitId && x.source === "learned");
  const unit = head && g.unit(head.unitId!);
  return unit ? unit.name + m.name.slice(head.end - head.start) : m.name;
}

const mentionsByStart = new WeakMap<ArticleDoc, Map<number, Mention[]>>();

/**
 * An article whose bodies' names open with misspelt units, each unit of the chain put right (阿巴噶旗人民医院 is
 * 阿巴嘎旗人民医院; 呼伦贝儿市鄂伦纯自治旗人民医院 is 呼伦贝尔市鄂伦春自治旗人民医院): the same body written correctly elsewhere
 * is then the same entity, its longer form found as for any.
 */
function respeltHeads(g: Gazetteer, doc: ArticleDoc): ArticleDoc {
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
      head += unit ? unit.name : x.surface;
      respelt ||= unit !== undefined;
      at = x.end;
    }
    return respelt ? { ...m, name: head + m.name.slice(at - m.start) } : m;
  });
  return { ...doc, mentions };
}


/**
 * A body named by its unit's level alone (县卫生局, 旗医院, 市卫健委) is that of the unit of that level named just
 * before, as written there: 密云县还选派县卫生局干部 is 密云县卫生局.
 */
function levelHead(g: Gazetteer, doc: ArticleDoc, m: Mention): string | undefined {
  const level = INSTITUTIONS.has(m.label) ? /^[县旗区市]/.exec(m.name)?.[0] : undefined;
  // (Not levels named together, 旗县医院: the hospitals of every banner and county.)
  if (!level || g.match(m.name)[0]?.start === 0 || /^(旗县|县区|旗市|县市|区县|旗区)/.test(m.name)) return undefined;
  let unit: Mention | undefined;
  for (const x of doc.mentions) {
    if (x.start >= m.start) break;
    if (x.unitId && x.surface.endsWith(level) && m.start - x.end <= 120) unit = x;
  }
  // (Else the one unit of that level the article is about, named most and twice as often as any other: 区教委 in a
  // scorecard of 密云区's is 密云区教委, not every district's 区教委 merged into one.)
  // (After a word pointing at the article's own unit, 我旗土贵乌拉镇…产业园, the unit it speaks as, named in names too.)
  const pointed = /[我本该]$/.test(doc.text.slice(m.start - 1, m.start));
  return unit ? unit.surface + m.name.slice(1) : (mainUnit(g, doc, level) ?? (pointed ? mainUnit(g, doc, level, true) : undefined))?.concat(m.name.slice(1));
}

/** The full name of the unit of a level (区, 旗, 县, 市) an article names most, at least twice as often as any other. */
function mainUnit(g: Gazetteer, doc: ArticleDoc, level: string, nestedToo = false): string | undefined {
  const memo = nestedToo ? allUnits : mainUnits;
  let counts = memo.get(doc);
  if (!counts) {
    counts = new Map();
    for (const x of doc.mentions) if (x.unitId && (nestedToo || !x.nested)) counts.set(x.unitId, (counts.get(x.unitId) ?? 0) + 1);
    memo.set(doc, counts);
  }
  const ranked = [...counts].map(([id, n]) => ({ unit: g.unit(id), n })).filter((u) => u.unit?.name.endsWith(level) && u.unit.label !== "Province").sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  return first && first.n >= 2 && first.n >= 2 * (second?.n ?? 0) ? first.unit!.name : undefined;
}
const mainUnits = new WeakMap<ArticleDoc, Map<string, number>>();
const allUnits = new WeakMap<ArticleDoc, Map<string, number>>();

/**
 * An institution named after a town of a county the article names, written with other characters of the same sound
 * (湛蓝路医院 near 西城区, whose 展览路街道 it is named after), takes the town's spelling.
 */
function respelt(g: Gazetteer, doc: ArticleDoc, m: Mention, name: string): string {
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
  for (const len of [4, 3, 2]) {
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
function adjacentCounty(doc: ArticleDoc, m: Mention): string | undefined {
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
function countiesAround(doc: ArticleDoc, m: Mention): string[] {
  const { units } = countyIndex(doc);
  const adjacent = adjacentCounty(doc, m);
  const ranked = units.map((u) => ({ id: u.id, d: nearestDistance(u.starts, m.start) })).sort((a, b) => a.d - b.d);
  return [...new Set([...(adjacent ? [adjacent] : []), ...ranked.map((u) => u.id)])];
}

function adminProps(g: Gazetteer, id: string): Props {
  const u = g.unit(id)!;
  const props: Props = { code: u.code, side: u.side };
  const parent = g.parent(id);
  if (u.label === "Banner" && parent) props["league"] = parent.name;
  return props;
}

export type { Mention };

/** Where the run of places a name opens with ends (北京市门头沟区医院: after 门头沟区), or 0. */
function placesEndAt(g: Gazetteer, name: string): number {
  let covered = 0;
  for (const p of g.match(name)) if (p.start === covered) covered = p.end;
  return covered;
}

/** A body named by its unit's level alone (县中心医院, 旗乡村振兴局), as the unit's own people write it, is the one body of
 * the article so named with its unit in full (宁城县中心医院): within the article only, where the unit is known. */
function levelFormsOf(g: Gazetteer, doc: ArticleDoc): Map<string, string> {
  const out = new Map<string, string>();
  // (A district's too, in its own reports: 区卫健委 is 门头沟区卫生健康委员会, 区医院 北京市门头沟区医院.)
  const short = doc.mentions.filter((m) => INSTITUTIONS.has(m.label) && (/^[旗县]/.test(m.name) ? m.name.length >= 4 : /^区/.test(m.name) && m.name.length >= 3));
  if (short.length === 0) return out;
  for (const m of short) {
    // (A body's standard short ending is its full one: 旗人社局 is 科尔沁左翼中旗人力资源和社会保障局.)
    const full = (n: string) => (m.label === "Agency" || m.label === "Organization" ? fullAgencyName(n) : n);
    const own = full(m.name);
    const fits = new Set(doc.mentions.filter((x) => x.label === m.label && full(x.name).length > own.length && full(x.name).endsWith(own.slice(1)) &&
      placesEndAt(g, x.name) === full(x.name).length - own.length + 1 && x.name[full(x.name).length - own.length] === m.name[0]).map((x) => x.name));
    if (fits.size === 1) out.set(`${m.label}|${m.name}`, [...fits][0]!);
  }
  return out;
}

