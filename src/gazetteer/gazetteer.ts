// The gazetteer: administrative units by id, their hierarchy, exact matching of surface forms and noisy lookup.
import { escapeRegExp } from "../normalise/characters.js";
import { closestForm, soundsAlike, syllables, type NoisyCandidate, type NoisyMatch } from "./noisy.js";
import { surfaceForms, type SurfaceForm } from "./surface-forms.js";
import { loadGazetteerData, type AdminUnit, type GazetteerData, type TownshipUnit } from "./units.js";

export interface AdminMatch {
  start: number;
  end: number;
  surface: string;
  unitId: string;
  kind: SurfaceForm["kind"] | "noisy";
}

/** The people an ethnic township is named for, before its 乡 (满族乡, 达斡尔鄂温克民族乡). */
const ETHNIC_TOWNSHIP = /(?:(?:蒙古|回|满|朝鲜|鄂温克|达斡尔|鄂伦春|锡伯|俄罗斯)族?)+(?:民族)?乡$/;

export interface TownshipMatch {
  township: TownshipUnit;
  noisy: boolean;
}

export class Gazetteer {
  readonly source: string;
  readonly units: AdminUnit[];
  readonly townships: TownshipUnit[];
  private readonly byId = new Map<string, AdminUnit>();
  private readonly byForm = new Map<string, SurfaceForm>();
  /** Every surface form, longest first, as one alternation: leftmost-longest, and 3-4× faster in V8 than a trie in JS. */
  private readonly matcher: RegExp;
  private readonly noisyCandidates = new Map<string, NoisyCandidate[]>();
  private readonly noisyCache = new Map<string, NoisyMatch | null>();
  private readonly beforeSuffix = new Map<string, Set<string>>();
  private readonly townshipsByName = new Map<string, TownshipUnit[]>();
  private readonly townshipsByCounty = new Map<string, TownshipUnit[]>();
  private readonly townshipById = new Map<string, TownshipUnit>();
  private readonly townshipCache = new Map<string, TownshipMatch | null>();
  private readonly townshipSyllableIndex = new Map<string, Map<string, TownshipUnit[]>>();
  private readonly townCoresBySound = new Map<string, Map<string, string>>();
  /** A name opening with another province's (新疆, 河北省…). */
  private readonly elsewhereOpening: RegExp;
  /** The names of other provinces' units (齐齐哈尔市, 加格达奇区). */
  private readonly elsewhereNamed: Set<string>;

  constructor(data: GazetteerData = loadGazetteerData()) {
    this.source = data.source;
    this.units = data.units;
    this.townships = data.townships;
    for (const u of data.units) this.byId.set(u.id, u);
    for (const t of data.townships) {
      this.townshipById.set(t.id, t);
      (this.townshipsByName.get(t.name) ?? this.townshipsByName.set(t.name, []).get(t.name)!).push(t);
      (this.townshipsByCounty.get(t.parentId) ?? this.townshipsByCounty.set(t.parentId, []).get(t.parentId)!).push(t);
    }
    // An ethnic township goes by its name without the people's: 满族屯乡 for 满族屯满族乡, 音河乡 for 音河达斡尔鄂温克民族乡.
    for (const t of data.townships) {
      const short = t.name.replace(ETHNIC_TOWNSHIP, "乡");
      if (short !== t.name && short.length >= 3 && !this.townshipsByName.has(short)) this.townshipsByName.set(short, [t]);
      // (Or its people's name with 族 for 民族: 敖鲁古雅鄂温克族乡 for 敖鲁古雅鄂温克民族乡.)
      const people = /(?<!族)民族乡$/.test(t.name) ? t.name.replace(/民族乡$/, "族乡") : t.name;
      if (people !== t.name && !this.townshipsByName.has(people)) this.townshipsByName.set(people, [t]);
      // (A street office that took a township's place goes by the township's name: 花乡 for 花乡街道.)
      const former = /^(.+[乡镇])街道$/.exec(t.name)?.[1];
      if (former && !this.townshipsByName.has(former)) this.townshipsByName.set(former, [t]);
    }
    for (const f of surfaceForms(data.units, data.aliasFile)) if (!this.byForm.has(f.text)) this.byForm.set(f.text, f);
    this.elsewhereNamed = new Set(data.elsewhere);
    this.elsewhereOpening = new RegExp(`^(${[...new Set(data.elsewhere)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`);
    this.matcher = new RegExp([...this.byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join("|"), "g");
    for (const f of this.byForm.values()) {
      if (!f.unitId || f.kind === "short") continue;
      const unit = this.byId.get(f.unitId)!;
      // Beijing's districts are misspelt by the same back-translations (常平区, 风台区).
      if (unit.label !== "Banner" && unit.label !== "League" && unit.label !== "District") continue;
      const suffix = f.text.slice(-1);
      this.noisyCandidates.set(suffix, [...(this.noisyCandidates.get(suffix) ?? []), { form: f.text, unitId: f.unitId }]);
    }
  }

  /** Whether the name is exactly one of another province's units (齐齐哈尔市): no unit here misspelt. */
  isElsewhere(name: string): boolean {
    return this.elsewhereNamed.has(name);
  }

  /** Whether a body's name places it in another province (新疆和田地区人民医院, 河北省张家口市…): no unit of Beijing or
   * Inner Mongolia opens it (海南区 of 乌海市 is no 海南). */
  elsewhere(name: string): boolean {
    // Asked of the same few names for every relationship: the long alternation is run once per name.
    let found = this.elsewhereNames.get(name);
    if (found === undefined) {
      if (this.elsewhereNames.size >= 50_000) this.elsewhereNames.clear();
      found = this.elsewhereOpening.test(name) && this.match(name)[0]?.start !== 0;
      this.elsewhereNames.set(name, found);
    }
    return found;
  }
  private readonly elsewhereNames = new Map<string, boolean>();

  /** The characters that stand right before `suffix` in the units' forms (前 of 科右前旗): where a misheard suffix may end a name. */
  charsBefore(suffix: string): Set<string> {
    let chars = this.beforeSuffix.get(suffix);
    if (!chars) {
      chars = new Set();
      for (const f of this.byForm.values()) if (f.unitId && f.text.length >= 2 && f.text.endsWith(suffix)) chars.add(f.text[f.text.length - 2]!);
      this.beforeSuffix.set(suffix, chars);
    }
    return chars;
  }

  unit(id: string): AdminUnit | undefined {
    return this.byId.get(id);
  }

  /** The unit a surface form names exactly, if any. */
  lookup(form: string): AdminUnit | undefined {
    const f = this.byForm.get(form);
    return f?.unitId ? this.byId.get(f.unitId) : undefined;
  }

  parent(id: string): AdminUnit | undefined {
    const p = this.byId.get(id)?.parentId;
    return p ? this.byId.get(p) : undefined;
  }

  /** True when `ancestorId` contains `id` (a league contains its banners, a province everything below it). */
  contains(ancestorId: string, id: string): boolean {
    for (let u = this.byId.get(id); u; u = u.parentId ? this.byId.get(u.parentId) : undefined) {
      if (u.parentId === ancestorId) return true;
    }
    return false;
  }

  /** The unit has towns of its own in the gazetteer (北京经济技术开发区 has none: its streets are 大兴区's). */
  /**
   * The gazetteer's spelling of a town's core (展览路 of 展览路街道) that `text` sounds exactly like, in toneless
   * pinyin, among the towns of `counties`; undefined when none does or `text` is spelt so already. A back-translation
   * writes 湛蓝路医院 for 展览路医院.
   */
  homophoneTownCore(text: string, counties: string[]): string | undefined {
    const key = syllables(text).join(" ");
    for (const county of counties) {
      let cores = this.townCoresBySound.get(county);
      if (!cores) {
        cores = new Map();
        for (const t of this.townshipsByCounty.get(county) ?? []) {
          const core = t.name.replace(/(街道|地区|苏木|镇|乡)$/, "");
          if (core.length >= 2) cores.set(syllables(core).join(" "), core);
        }
        this.townCoresBySound.set(county, cores);
      }
      const core = cores.get(key);
      if (core !== undefined && core !== text) return core;
    }
    return undefined;
  }

  hasTownships(unitId: string): boolean {
    return this.townshipsByCounty.has(unitId);
  }

  /** Some town, township, sumu or subdistrict of the gazetteer bears exactly this name. */
  isTownshipName(name: string): boolean {
    return this.townshipsByName.has(name);
  }

  /** The side of every township so named, when they are all of one. */
  townshipSide(name: string): TownshipUnit["side"] | undefined {
    const sides = new Set((this.townshipsByName.get(name) ?? []).map((t) => t.side));
    return sides.size === 1 ? [...sides][0] : undefined;
  }

  townshipUnit(id: string): TownshipUnit | undefined {
    return this.townshipById.get(id);
  }

  /**
   * The township a name stands for: one of that name in the counties the text names (nearest first), else
   * the only one of that name; a misspelling (德保图乡) only among the townships of those counties. With `within`,
   * the first county is the one written right before the name (顺义区仁和镇), and no other is looked at.
   */
  township(name: string, counties: string[], within = false): TownshipMatch | null {
    // (A unit with no townships of its own, as 北京经济技术开发区, whose streets are 大兴区's, restricts nothing.)
    within &&= this.hasTownships(counties[0] ?? "");
    if (within) counties = counties.slice(0, 1);
    const key = `${name}|${counties.join(",")}|${within}`;
    const cached = this.townshipCache.get(key);
    if (cached !== undefined) return cached;
    const found = this.findTownship(name, counties, within);
    if (this.townshipCache.size > 100_000) this.townshipCache.clear();
    this.townshipCache.set(key, found);
    return found;
  }

  /** A county's townships by each syllable of their names but the last, built when first asked for. */
  private townshipSyllables(county: string): Map<string, TownshipUnit[]> {
    let index = this.townshipSyllableIndex.get(county);
    if (!index) {
      index = new Map();
      for (const t of this.townshipsByCounty.get(county) ?? []) {
        for (const x of new Set(syllables(t.name).slice(0, -1))) (index.get(x) ?? index.set(x, []).get(x)!).push(t);
      }
      this.townshipSyllableIndex.set(county, index);
    }
    return index;
  }

  private findTownship(name: string, counties: string[], within: boolean): TownshipMatch | null {
    // Beijing's towns are often registered as 地区 (仁和地区 is 仁和镇): the same core under either name.
    const forms = [name, ...(/[镇乡]$/.test(name) ? [name.slice(0, -1) + "地区"] : [])];
    const same = forms.flatMap((f) => this.townshipsByName.get(f) ?? []);
    for (const c of counties) {
      const t = same.find((x) => x.parentId === c);
      if (t) return { township: t, noisy: false };
    }
    if (same.length === 1 && !within) return { township: same[0]!, noisy: false };
    // A misspelling is looked for only in the two counties nearest the mention, among the townships that share
    // a syllable of the name with it (closestForm asks that too): the index spares comparing all the others.
    const sy = syllables(name).slice(0, -1);
    const candidates = new Set<TownshipUnit>();
    for (const c of counties.slice(0, 2)) {
      const index = this.townshipSyllables(c);
      for (const x of sy) for (const t of index.get(x) ?? []) if (t.name.slice(-1) === name.slice(-1)) candidates.add(t);
    }
    if (candidates.size === 0) return null;
    const m = closestForm(name, [...candidates].map((t) => ({ form: t.name, unitId: t.id })), true);
    // A misspelt town still sounds like itself, syllable by syllable: 古北水镇 (a resort's name) is not 古北口镇.
    const found = m && soundsAlike(syllables(name), syllables(m.form)) ? this.townshipById.get(m.unitId) : undefined;
    return found ? { township: found, noisy: true } : null;
  }

  /** Matches in short texts (names, asked of again and again while resolving), remembered; dropped whole when full. */
  private readonly shortMatches = new Map<string, readonly AdminMatch[]>();

  /** Leftmost-longest exact matches of every surface form; blockers keep only the part that still names a unit. */
  match(text: string): readonly AdminMatch[] {
    if (text.length > 48) return this.matchUncached(text);
    let found = this.shortMatches.get(text);
    if (!found) {
      if (this.shortMatches.size >= 50_000) this.shortMatches.clear();
      found = this.matchUncached(text);
      this.shortMatches.set(text, found);
    }
    return found;
  }

  private matchUncached(text: string): AdminMatch[] {
    const out: AdminMatch[] = [];
    for (const m of text.matchAll(this.matcher)) {
      const begin = m.index!;
      let form = this.byForm.get(m[0]);
      let end = begin + m[0].length;
      if (form && !form.unitId) {
        if (!form.keep) continue;
        end = begin + form.keep.length;
        form = this.byForm.get(form.keep);
      }
      if (!form?.unitId) continue;
      out.push({ start: begin, end, surface: text.slice(begin, end), unitId: form.unitId, kind: form.kind });
    }
    return out;
  }

  /**
   * A misspelt banner or league (八林左旗, 土泉县, 阿尚市): compared in pinyin with units of the same suffix,
   * only those of `leagueId` when a league is named nearby.
   */
  resolveNoisy(text: string, leagueId?: string, among?: Set<string>): NoisyMatch | null {
    if (!among) {
      const key = `${leagueId ?? ""}|${text}`;
      if (this.noisyCache.has(key)) return this.noisyCache.get(key)!;
      const found = this.resolveNoisyUncached(text, leagueId);
      if (this.noisyCache.size > 100_000) this.noisyCache.clear();
      this.noisyCache.set(key, found);
      return found;
    }
    return this.resolveNoisyUncached(text, leagueId, among);
  }

  private resolveNoisyUncached(text: string, leagueId?: string, among?: Set<string>): NoisyMatch | null {
    const suffix = text.slice(-1);
    let candidates = this.noisyCandidates.get(suffix) ?? [];
    // (A league named nearby narrows Inner Mongolia's units, not Beijing's districts: those keep the strict distance, or a verb
    // before 区 reads as a district's old name, 选派区 as 宣武区.)
    const districts = leagueId && !among ? candidates.filter((c) => this.byId.get(c.unitId)?.label === "District") : [];
    if (leagueId) candidates = candidates.filter((c) => this.contains(leagueId, c.unitId) || (among !== undefined && this.byId.get(c.unitId)?.label === "District"));
    // Units the article already names are likelier than any other: a misspelling of one of them is
    // accepted at the relaxed distance too (阿尚市 after 阿尔桑市 and 阿尔山).
    if (among) candidates = candidates.filter((c) => among.has(c.unitId));
    const near = candidates.length > 0 ? closestForm(text, candidates, leagueId !== undefined || among !== undefined) : null;
    const district = districts.length > 0 ? closestForm(text, districts, false) : null;
    return near && (!district || near.distance <= district.distance) ? near : district;
  }
}

let shared: Gazetteer | undefined;
/** The gazetteer of the project's data/ folder, built once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
