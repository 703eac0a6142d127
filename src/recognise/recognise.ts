// recognise(article): every mention of a place, institution or person in one normalised article.
import { Coverage, keepLongest } from "./coverage.js";
import type { Gazetteer } from "../gazetteer/index.js";
import { splitSentences } from "../normalise/index.js";
import { recogniseAdmin } from "./admin.js";
import { recogniseEnumerations } from "./enumerations.js";
import { cityDistrictsBeforeSchools, recogniseNumberedSchools } from "./abbreviations.js";
import { recognisePeople } from "./people.js";
import { recogniseBrands } from "./brands.js";
import { recogniseKnownInstitutions } from "./known-institutions.js";
import { recogniseGuesthouses, recogniseStores } from "./quoted-businesses.js";
import { recogniseYouthLeague } from "./youth-league.js";
import { recogniseWorkTeams } from "./work-teams.js";
import { recogniseDemocraticParties } from "./democratic-parties.js";
import { recogniseAccounts } from "./accounts.js";
import { recogniseDeclaredNames, recogniseParties, recogniseSecondNames } from "./declared-names.js";
import { withHeadOffices } from "./head-offices.js";
import { isOrdinaryWord, isPlaceWord, opensWithOrdinaryWord, segmenter, wordStartsAt } from "./segmenter.js";
import { branchOwners, recogniseInstitutions, recogniseLocalities } from "./by-suffix.js";
import { enterpriseEchoes, repeatedNames, schoolEchoes } from "./name-echoes.js";
import { kindEchoes } from "./kind-echoes.js";
import { groupInitialisms, initialisms } from "./initialisms.js";
import { recogniseNewspapers } from "./newspapers.js";
import { recogniseDisciplineTeams } from "./discipline-teams.js";
import { namedInFull } from "./own-parts.js";
import type { ArticleDoc, Mention } from "./types.js";

export interface RecogniseInput {
  id: string;
  title: string;
  text: string;
  byline: string[];
  /** The article's date (2024-05-20), when its page gives one: what its 今年 and 去年 mean. */
  date?: string | null;
}


/** Where spans start and end, per offset, to test overlaps in time proportional to a mention's length. */
interface SpanIndex {
  startsAt: Uint8Array;
  endsAt: Uint8Array;
  /** The shortest end of a span starting at each offset (0 where none starts). */
  minEndFrom: Int32Array;
}
function spanIndex(length: number, spans: Mention[]): SpanIndex {
  const startsAt = new Uint8Array(length + 1);
  const endsAt = new Uint8Array(length + 1);
  const minEndFrom = new Int32Array(length + 1);
  for (const s of spans) {
    startsAt[s.start] = 1;
    endsAt[s.end] = 1;
    if (!minEndFrom[s.start] || s.end < minEndFrom[s.start]!) minEndFrom[s.start] = s.end;
  }
  return { startsAt, endsAt, minEndFrom };
}

/** The kinds of town one may be registered as, and renamed between (撤苏木设镇, 撤乡设镇); a 乡 written for a town of another kind
 * is not read so, as 乡村 would be (北京怀北乡村旅游专业合作社). */
const TOWN_KINDS = ["镇", "乡", "苏木"];
const RENAMED_KINDS = ["镇", "苏木"];

/** A village's or town's ending, not the start of a common word (乡村, 村民, 镇定). */
const LOCALITY_AFTER = /^(嘎查|苏木|社区|村(?![民里落庄委干集级组务子])|镇(?![定静压痛])|乡(?![亲情土愁音里下村镇]))/;

/** A leading group named by its unit's level alone in a notice's formula of approval, 经旗京蒙协作工作领导小组研究: a step of
 * procedure, not a body acting in the programme (its office, 旗京蒙协作工作领导小组办公室, is read). */
function approvingGroup(text: string, m: Mention): boolean {
  return /^[旗市县区盟][\u4e00-\u9fff]*领导小组$/.test(m.surface) && text[m.start - 1] === "经" && /^(?:会议|全体会议)?(?:研究|审定|审议|同意|批准)/.test(text.slice(m.end, m.end + 6));
}

/** A village's or community's Party branch named as the holder of its secretary's post (五星村党支部书记王强): the title says
 * where the person works, the village, and names no body acting in the programme. */
function holdsTitle(text: string, m: Mention): boolean {
  return /(嘎查|村|社区)党支部$/.test(m.surface) && /^(?:副)?书记/.test(text.slice(m.end, m.end + 3));
}

/** Whether a mention lies inside one of the spans: the furthest end of the spans starting at or before each offset. */
function containment(length: number, spans: Mention[]): (m: Mention) => boolean {
  const furthest = new Int32Array(length + 1).fill(-1);
  for (const s of spans) if (s.end > furthest[s.start]!) furthest[s.start] = s.end;
  for (let i = 1; i <= length; i++) furthest[i] = Math.max(furthest[i]!, furthest[i - 1]!);
  return (m) => furthest[m.start]! >= m.end;
}

/** Some span overlaps the mention without containing it (赛罕 of 赛罕街道 is overlapped; 太仆寺旗 of 太仆寺旗中蒙医院 is contained). */
function overlapsWithout(a: Mention, ix: SpanIndex): boolean {
  // A span starting or ending strictly inside the mention, or starting with it and ending inside it.
  for (let i = a.start + 1; i < a.end; i++) if (ix.startsAt[i] || ix.endsAt[i]) return true;
  if (ix.minEndFrom[a.start] && ix.minEndFrom[a.start]! < a.end) return true;
  return false;
}

/** A surname and a courtesy title, no name of its own (张女士, 关大爷). */
const COURTESY_TITLES = "女士|先生|大爷|大妈|大娘|阿姨";
const COURTESY = new RegExp(`^[\u4e00-\u9fff](${COURTESY_TITLES})$`);
const COURTESY_AFTER = new RegExp(`^(${COURTESY_TITLES})`);
/** Whether the surname stands in the text other than before a courtesy title: the one so called may be named in full there
 * (是关金山 … 关大爷), whom a short form finds; where it does not, the short form names no one of its own (市民张女士). */
function surnameElsewhere(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) if (!COURTESY_AFTER.test(text.slice(at + 1, at + 3))) return true;
  return false;
}

export function recognise(g: Gazetteer, input: RecogniseInput): ArticleDoc {
  const { text } = input;
  const sentences = splitSentences(text);
  const jieba = segmenter(g);
  // A unit's short name right before a village's or town's ending names that locality (巴彦淖尔嘎查), not the unit.
  let admin = recogniseAdmin(g, text, sentences.map((s) => s.start))
    .filter((a) => /[市盟旗县区]$/.test(a.surface) || !LOCALITY_AFTER.test(text.slice(a.end, a.end + 2)));
  // Beijing registers many towns as 地区 (良乡地区 is 良乡镇): either form is a name the gazetteer knows.
  // Right after its county, a town misspelt as it sounds (科右前旗归流和镇) is known too: its 和 opens nothing there.
  const countyEndingAt = new Map(admin.filter((a) => a.label === "Banner" || a.label === "District").map((a) => [a.end, a.unitId!] as const));
  // (Or as the whole town's name before 地区: 杨镇地区 is 杨镇.)
  // (So is one registered as a town of another kind, its sumu made a town or the other way: 查干沐沦镇 is 查干沐沦苏木.)
  const knownTown = (name: string, after?: number) => g.isTownshipName(name) || (/[镇乡]$/.test(name) && (g.isTownshipName(name.slice(0, -1) + "地区") || (name.endsWith("镇") && g.isTownshipName(name + "地区")))) ||
    RENAMED_KINDS.some((k) => name.endsWith(k) && name.length - k.length >= 2 && TOWN_KINDS.some((other) => other !== k && g.isTownshipName(name.slice(0, -k.length) + other))) ||
    // (Looked up only where a function word stops the name being read otherwise: the lookup is costly.)
    (after !== undefined && name.length >= 3 && /[的在与和及或了等对为从向把被由之]/.test(name.slice(0, -1)) && countyEndingAt.has(after) &&
      g.township(name, [countyEndingAt.get(after)!], true)?.noisy === true);
  // 集宁一中, 密云二中: a city district's name without 区 is read only before a numbered school (集宁 alone is no sure place).
  const districtShorts = cityDistrictsBeforeSchools(text, admin, (short) => {
    const u = g.lookup(short + "区");
    // (A Beijing district's too: 密云二中, 顺义一中.)
    return u && ((u.label === "Banner" && u.side === "inner-mongolia") || u.label === "District") ? { unitId: u.id, label: u.label, name: u.name } : undefined;
  });
  admin = [...admin, ...districtShorts].sort((a, b) => a.start - b.start || b.end - a.end);
  // (Not one that opens a unit's name, misspelt as it sounds: 鄂伦村 of 鄂伦村自治旗 is 鄂伦春自治旗's.)
  const unitEndFrom = new Map(admin.filter((a) => /[旗县盟]$/.test(a.surface)).map((a) => [a.start, a.end] as const));
  const endsKnown = (tail: string, length: number) => g.townships.some((t) => t.name.length === length && t.name.endsWith(tail));
  const localities = recogniseLocalities(jieba, text, admin, knownTown, (name, unitId) => g.township(name, [unitId], true) !== null, endsKnown)
    .filter((l) => !(l.label === "Village" && l.end < (unitEndFrom.get(l.start) ?? 0)));
  const institutions = withHeadOffices(text, [
    ...recogniseInstitutions(jieba, text, admin, (inner, outer) => inner !== outer && g.contains(outer, inner), localities, (name, unitId) => g.township(name, [unitId], true)?.noisy === false),
    ...recogniseNumberedSchools(text, admin, (core, unitId) => ["镇", "乡", "苏木"].some((kind) => g.township(core + kind, [unitId], true)?.noisy === false)),
    // (And the teams a Beijing government posts to its partner: 丰台区驻察右中旗工作组.)
    ...recogniseWorkTeams(text, admin),
    // (And the democratic parties' committees, which an ending would cut at their unit: 民建丰台区委, not 丰台区委主委.)
    ...recogniseDemocraticParties(text, admin),
  ]);
  // A locality whose name is really an institution's head (…村敬老院) stays as a nested mention.
  const byInstitutions = spanIndex(text.length, institutions);
  // (Not a community named after a park, 林肯公园社区: the park's name opens it, the community is the name.)
  const afterPark = (l: Mention) => institutions.some((i) => i.start === l.start && /园$/.test(i.name) && /^(社区|村)$/.test(text.slice(i.end, l.end)));
  const spans = keepLongest([...institutions, ...localities.filter((l) => !overlapsWithout(l, byInstitutions) || afterPark(l))]);
  const kept = new Set(spans);
  const insideSpan = containment(text.length, spans);
  // (A short name the article declares that ends as a body's name does, 库伦子公司 for 库伦旗华牧康荞麦食品有限公司, is the
  // declared body's, not a body of its own.)
  // (A place may open it: 库伦 of 库伦子公司 is nested in it.)
  // (So do a contract's parties, 甲方 and 乙方, and a second name a body hangs beside its own: 加挂“…分院”牌子.)
  const parties = recogniseParties(text, institutions);
  const allDeclared = [...recogniseDeclaredNames(text, institutions, () => false), ...parties];
  allDeclared.push(...recogniseSecondNames(text, [...institutions, ...parties].sort((a, b) => a.start - b.start)));
  // (A group's short name, 京能集团, where the article declares none for it.)
  const declaredSpans = new Set(allDeclared.map((d) => `${d.start}|${d.end}`));
  allDeclared.push(...groupInitialisms(text, institutions).filter((d) => !declaredSpans.has(`${d.start}|${d.end}`)));
  const declaredAt = new Set(allDeclared.map((d) => `${d.start}|${d.end}`));
  // (A name a declared one stands in for is no body of its own to echo: 京能 is 北京能源集团有限责任公司's, not a 京能集团's.)
  const bodies = institutions.filter((m) => !declaredAt.has(`${m.start}|${m.end}`));
  // (So does an institution whose party branch is named, 北京望辰科技股份有限公司党支部: the branch stands for it.)
  // (A discipline team named whole holds its commission's and its body's names: 库伦旗纪委监委驻农牧局纪检监察组.)
  const teams = recogniseDisciplineTeams(text, admin);
  const inTeam = (m: Mention) => teams.some((t) => m.start < t.end && m.end > t.start);
  const named = [...teams, ...[...spans, ...localities.filter((l) => !kept.has(l) && insideSpan(l)), ...branchOwners(spans)].filter((m) => !inTeam(m))].filter((m) => !declaredAt.has(`${m.start}|${m.end}`));
  const enumerated = recogniseEnumerations(text, [...admin, ...named]);
  // (Short names the article declares come before its echoes, brands and known short forms: 百度 declared for
  // 北京百度网讯科技有限公司, 燕山农商银行 for 北京燕山农村商业银行股份有限公司, not its echo 燕山农.)
  const stated = new Coverage(text.length, [...named, ...enumerated]);
  const declared = allDeclared.filter((d) => !stated.any(d.start, d.end));
  const echoes = [...declared, ...enterpriseEchoes(text, bodies, admin, [...admin, ...named, ...enumerated, ...declared], (word) => isOrdinaryWord(jieba, word))];
  echoes.push(...schoolEchoes(text, bodies, new Coverage(text.length, [...admin, ...named, ...enumerated, ...echoes])));
  echoes.push(...kindEchoes(text, bodies, localities, new Coverage(text.length, [...named, ...enumerated, ...echoes])));
  echoes.push(...initialisms(text, bodies, new Coverage(text.length, [...admin, ...named, ...enumerated, ...echoes])));
  const spoken = new Coverage(text.length, [...admin, ...named, ...enumerated, ...echoes]);
  const brands = recogniseBrands(text, (s, e) => spoken.any(s, e), (at) => wordStartsAt(jieba, text, at));
  // (A place may open the short form: 北京 of 北京101中学 is nested in it.)
  const nonPlaces = new Coverage(text.length, [...named, ...enumerated, ...echoes, ...brands]);
  const known = recogniseKnownInstitutions(text, (s, e) => nonPlaces.any(s, e));
  // (And newspapers named by 报 alone where the text credits them: 中国中医药报记者 沈越.)
  // (Read once over the whole text: those no other name covers are mentions, and all of them say which sites are outlets.)
  const credited = recogniseNewspapers(text);
  known.push(...credited.filter((m) => !nonPlaces.any(m.start, m.end)));
  // (A site in 网 the text credits as a paper is a news outlet, not the shop its ending reads as elsewhere: 来源：北疆网.)
  const outlets = new Set(credited.filter((m) => m.name.endsWith("网")).map((m) => m.name));
  if (outlets.size > 0) for (const m of [...named, ...echoes]) if (m.label === "Enterprise" && outlets.has(m.name)) m.label = "Organization";
  // (And guesthouses by their quoted names: “松涛小院”民宿.)
  known.push(...recogniseGuesthouses(text, (s, e) => nonPlaces.any(s, e)));
  // (And a chain's stores by its quoted brand: “京蒙好物馆”密云店.)
  known.push(...recogniseStores(text, (s, e) => nonPlaces.any(s, e)));
  // (And the youth league's committees in its short forms: 团海淀区委, 顺义团区委.)
  known.push(...recogniseYouthLeague(text, admin, (s, e) => nonPlaces.any(s, e)));
  // (And a government's public account named after its unit: 库伦发布.)
  known.push(...recogniseAccounts(text, admin, (s, e) => nonPlaces.any(s, e)));
  // (A part named after 院 is the academy's named before: 院玉米研究所 of 北京市农林科学院.)
  const structural = namedInFull([...named, ...enumerated, ...echoes, ...brands, ...known]);
  structural.push(...repeatedNames(text, structural, admin));
  // An administrative form inside a longer name of another kind is kept, marked nested; one that merely
  // overlaps such a name (赛罕 of 赛罕街道) is dropped.
  const byStructural = spanIndex(text.length, structural);
  admin = admin.filter((a) => !overlapsWithout(a, byStructural));
  // (Nor a unit's short name that ends a town's or village's name: 丰镇 of 永丰镇 is no 丰镇市.)
  const localityEnds = new Map(named.filter((l) => l.label === "Township" || l.label === "Village").map((l) => [l.end, l.start]));
  admin = admin.filter((a) => !((localityEnds.get(a.end) ?? a.start) < a.start));
  // (Nor one that opens a town named after its county: 多伦 of 多伦诺尔镇.)
  const townStarts = new Map(named.filter((l) => l.label === "Township").map((l) => [l.start, l.end]));
  admin = admin.filter((a) => !((townStarts.get(a.start) ?? a.end) > a.end));
  // People are looked for only where no place or institution is.
  const taken = new Coverage(text.length, [...admin, ...structural]);
  const blocked = (s: number, e: number) => taken.any(s, e);
  const people = recognisePeople(text, input.byline, blocked, {
    isCommonWord: (candidate) => opensWithOrdinaryWord(jieba, candidate),
    isSingleWord: (candidate) => isOrdinaryWord(jieba, candidate),
    isPlaceWord: (candidate) => isPlaceWord(jieba, candidate),
    startsWord: (at) => wordStartsAt(jieba, text, at),
  }).map((p) => (COURTESY.test(p.name) && !p.surnameOnly && !surnameElsewhere(text, p.name[0]!) ? { ...p, end: p.start + 1, surface: p.name[0]!, name: p.name[0]!, role: p.name.slice(1), surnameOnly: true } : p));
  for (const m of structural) if (holdsTitle(text, m)) m.asTitle = true;
  const mentions = [...admin, ...structural.filter((m) => !approvingGroup(text, m)), ...people].sort((a, b) => a.start - b.start || b.end - a.end);
  // Nested: inside a strictly longer structural name. Prefix maxima of the names' ends answer it per mention at once.
  const endFrom = new Int32Array(text.length + 2).fill(-1); // the furthest end of a name starting exactly here
  for (const st of structural) if (st.end > endFrom[st.start]!) endFrom[st.start] = st.end;
  const endBefore = new Int32Array(text.length + 2).fill(-1); // the furthest end of a name starting before here
  for (let p = 1; p < endBefore.length; p++) endBefore[p] = Math.max(endBefore[p - 1]!, endFrom[p - 1]!);
  for (const m of mentions) m.nested = endBefore[m.start]! >= m.end || endFrom[m.start]! > m.end;
  return { id: input.id, title: input.title, text, sentences, mentions, byline: input.byline, date: input.date ?? null };
}
