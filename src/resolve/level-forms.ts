// A body named by its unit's level alone (旗医院, 区卫健委, 县中心医院) read as the unit's own, and a name opening with a unit
// read from its short form (集宁一中): the head of a body's canonical name.
import type { Gazetteer } from "../gazetteer/index.js";
import { fullAgencyName, type ArticleDoc, type Mention } from "../recognise/index.js";
import { INSTITUTIONS } from "./longer-forms.js";
import { standing } from "./body-keys.js";
import { brandForms } from "./brand-forms.js";
import { placesEndAt } from "./name-places.js";

/**
 * A body's name as its own level names it (旗医院 is 科尔沁右翼前旗医院); else, opening with a unit read from its short form
 * (集宁 of 集宁一中), with that unit's name; else as recognised.
 */
export function canonicalHead(g: Gazetteer, doc: ArticleDoc, m: Mention): string {
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
 * A body named by its unit's level alone (县卫生局, 旗医院, 市卫健委, 盟卫生健康委员会) is that of the unit of that level named just
 * before, as written there: 密云县还选派县卫生局干部 is 密云县卫生局.
 */
function levelHead(g: Gazetteer, doc: ArticleDoc, m: Mention): string | undefined {
  const level = INSTITUTIONS.has(m.label) ? /^[县旗区市盟]/.exec(m.name)?.[0] : undefined;
  // (Not levels named together, 旗县医院: the hospitals of every banner and county.)
  if (!level || g.match(m.name)[0]?.start === 0 || /^(旗县|县区|旗市|县市|区县|旗区|盟市)/.test(m.name)) return undefined;
  let unit: Mention | undefined;
  for (const x of doc.mentions) {
    if (x.start >= m.start) break;
    if (x.unitId && x.surface.endsWith(level) && m.start - x.end <= 120) unit = x;
  }
  // (Else the one unit of that level the article is about, named most and twice as often as any other: 区教委 in a
  // scorecard of 密云区's is 密云区教委, not every district's 区教委 merged into one.)
  // (After a word pointing at the article's own unit, 我旗土贵乌拉镇…产业园, the unit it speaks as, named in names too.)
  const pointed = /[我本该]$/.test(doc.text.slice(m.start - 1, m.start));
  // (Its short form in full where the unit is of that level, as the unit in focus is named: 科左后旗 before 旗家畜改良工作站 makes
  // 科尔沁左翼后旗家畜改良工作站, the name a mention after the next 120 characters gets; 密云县 stays, the district it became being no 县.)
  // (Not Beijing, a province that is a city, in a report its title gives to a city of Inner Mongolia: 乌兰察布市…资金安排情况 over
  // 经市京蒙协作工作领导小组审定 is 乌兰察布市's group.)
  const titled = unit?.unitId && g.unit(unit.unitId)?.label === "Province" ? g.match(doc.title)[0] : undefined;
  const own = titled?.start === 0 ? g.unit(titled.unitId) : undefined;
  if (own && own.label !== "Province" && own.name.endsWith(level)) return own.name + m.name.slice(1);
  const named = unit?.unitId ? g.unit(unit.unitId)?.name : undefined;
  return unit ? (named?.endsWith(level) ? named : unit.surface) + m.name.slice(1) : (mainUnit(g, doc, level) ?? (pointed ? mainUnit(g, doc, level, true) : undefined) ?? namedInFull(g, doc, m, level))?.concat(m.name.slice(1));
}

/** The one unit of the level whose body of this kind the article names in full, short or long (市科委 where the source line names
 * 北京市科学技术委员会). */
function namedInFull(g: Gazetteer, doc: ArticleDoc, m: Mention, level: string): string | undefined {
  const kind = fullAgencyName(m.name.slice(1));
  const units = new Set<string>();
  for (const x of doc.mentions) {
    if (x.label !== m.label || x.name.length <= m.name.length) continue;
    const head = g.match(x.name)[0];
    const unit = head?.start === 0 ? g.unit(head.unitId) : undefined;
    if (unit?.name.endsWith(level) && x.name.startsWith(unit.name) && fullAgencyName(x.name.slice(unit.name.length)) === kind) units.add(unit.name);
  }
  return units.size === 1 ? [...units][0] : undefined;
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

/** What a banner's or county's people call its 人民医院 (旗医院, 县医院). */
const PEOPLES_HOSPITAL = /^[旗县]医院$/;

/** A body named by its unit's level alone (县中心医院, 旗乡村振兴局), as the unit's own people write it, is the one body of
 * the article so named with its unit in full (宁城县中心医院): within the article only, where the unit is known. */
export function levelFormsOf(g: Gazetteer, doc: ArticleDoc): Map<string, string> {
  const out = new Map<string, string>();
  // (A district's too, in its own reports: 区卫健委 is 门头沟区卫生健康委员会, 区医院 北京市门头沟区医院.)
  // (And 旗医院 or 县医院, as its people call the unit's 人民医院: 被连夜送到旗医院 of 四子王旗人民医院's article.)
  townLevelForms(doc, out);
  vocationalShortForms(g, doc, out);
  brandForms(g, doc, out);
  const short = doc.mentions.filter((m) => INSTITUTIONS.has(m.label) && (/^[旗县]/.test(m.name) ? m.name.length >= 4 || PEOPLES_HOSPITAL.test(m.name) : /^区/.test(m.name) && m.name.length >= 3));
  if (short.length === 0) return out;
  for (const m of short) {
    // (A body's standard short ending is its full one: 旗人社局 is 科尔沁左翼中旗人力资源和社会保障局.)
    const full = (n: string) => (m.label === "Agency" || m.label === "Organization" ? fullAgencyName(n) : PEOPLES_HOSPITAL.test(m.name) ? n.replace(/人民医院$/, "医院") : n);
    const own = full(m.name);
    const fits = new Set(doc.mentions.filter((x) => x.label === m.label && full(x.name).length > own.length && full(x.name).endsWith(own.slice(1)) &&
      placesEndAt(g, x.name) === full(x.name).length - own.length + 1 && x.name[full(x.name).length - own.length] === m.name[0]).map((x) => x.name));
    // (The unit's short form and its full one name one body: 科左中旗人民医院 and 科尔沁左翼中旗人民医院; the full one is read.)
    const bodies = new Set([...fits].map((n) => `${g.match(n)[0]?.unitId ?? n}|${n.slice(placesEndAt(g, n))}`));
    if (bodies.size === 1) out.set(`${m.label}|${m.name}`, [...fits].sort((a, b) => b.length - a.length)[0]!);
  }
  return out;
}

/** A body named by a town's level alone (苏木中心幼儿园) is the one body of the article so named after a town it names
 * (阿拉达尔图苏木中心幼儿园). */
function townLevelForms(doc: ArticleDoc, out: Map<string, string>): void {
  const short = doc.mentions.filter((m) => INSTITUTIONS.has(m.label) && /^(苏木|镇|乡)../.test(m.name));
  if (short.length === 0) return;
  const towns = new Set(doc.mentions.filter((x) => x.label === "Township").map((x) => x.name));
  for (const m of short) {
    const level = /^(苏木|镇|乡)/.exec(m.name)![0];
    const fits = new Set(doc.mentions.filter((x) => x.label === m.label && x.name.length > m.name.length && x.name.endsWith(m.name) &&
      towns.has(x.name.slice(0, x.name.length - m.name.length + level.length))).map((x) => x.name));
    if (fits.size === 1) out.set(`${m.label}|${m.name}`, [...fits][0]!);
  }
}

/** A vocational school's short ending (职校, 职中, 职专, 职业中专) and the full ones it stands for. */
const VOCATIONAL_SHORT = /(职校|职中|职专|职业中专)$/;
const VOCATIONAL_FULL = /(职业学校|职业技术学校|职业中学|职业高级中学|职业中等专业学校)$/;

/** A vocational school called by its short ending (燕房职校, 前门职校) is the one school of the article with a full ending whose
 * name holds what comes before (北京市房山区燕房职业技术学校, 北京市东城区前门旅游职业学校). */
function vocationalShortForms(g: Gazetteer, doc: ArticleDoc, out: Map<string, string>): void {
  const short = doc.mentions.filter((m) => m.label === "School" && VOCATIONAL_SHORT.test(m.name) && m.name.length >= 4);
  if (short.length === 0) return;
  const full = [...new Set(doc.mentions.filter((x) => x.label === "School" && VOCATIONAL_FULL.test(x.name)).map((x) => x.name))];
  // (Names of one school count once, its longest standing: 北京市密云区职业学校 and 密云区职业学校, 察哈尔右翼前旗职业中学 and
  // 察右前旗职业中学, by their last unit and what follows it.)
  const schoolOf = (n: string) => {
    const last = g.match(n).at(-1);
    return last ? `${last.unitId}|${n.slice(last.end)}` : n;
  };
  for (const m of short) {
    const core = m.name.slice(0, -VOCATIONAL_SHORT.exec(m.name)![0].length);
    const fits = new Map<string, string>();
    // (Its unit may be written short where the full name writes it whole: 科右前旗职业中专, 兴安盟科尔沁右翼前旗职业中等专业学校.)
    const unit = g.match(core).length > 0 ? schoolOf(core) : undefined;
    const sameUnit = (n: string) => unit !== undefined && schoolOf(n.replace(VOCATIONAL_FULL, "")) === unit;
    for (const n of full) {
      const known = fits.get(schoolOf(n));
      if ((n.includes(core) || sameUnit(n)) && (known === undefined || standing(g, [known, n]) === n)) fits.set(schoolOf(n), n);
    }
    if (fits.size === 1) out.set(`${m.label}|${m.name}`, [...fits.values()][0]!);
  }
}
