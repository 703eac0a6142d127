// The longer name a short one stands for, across an article and the corpus: 中蒙医院 → 太仆寺旗中蒙医院, 密云二中 → 北京市密云区
// 第二中学, 京东 → 京东集团, 北京友谊医院 → 首都医科大学附属北京友谊医院; across articles only a short name holding a place itself
// (扎赉特旗人民医院 → 兴安盟扎赉特旗人民医院), or an enterprise's named by the head of its name.
import type { Gazetteer } from "../gazetteer/index.js";
import { fullAgencyName, numberedSchoolKey, TRADE_WORDS, type ArticleDoc } from "../recognise/index.js";
import { coreKey, standing } from "./body-keys.js";
import { betterReading, firstMentions } from "./nearest-form.js";

/** Labels whose names are institutions' (as against places and people). */
export const INSTITUTIONS = new Set(["Enterprise", "Hospital", "School", "Organization", "Agency"]);

/** The programme's names, which may open an institution's, the pair it joins perhaps in brackets after (京蒙（密云—多伦）). */
const PROGRAMME = /^(京蒙协作|京蒙|东西部协作)(?:[（(][^（）()]{1,16}[）)])?/;

/** A town's or township's name opening what is left of a name. */
// (A village's after it, or alone: 塔林花嘎查牧兴肉牛养殖专业合作社 is the 牧兴肉牛养殖专业合作社 of its article; not 乡村 or 农村.)
const TOWN_PREFIX = /^[\u4e00-\u9fff]{2,5}?(镇|乡|苏木|街道)(?:[\u4e00-\u9fff]{2,4}?(?<![乡农新])(?:村|嘎查))?|^[\u4e00-\u9fff]{2,4}?(?<![乡农新])(?:村|嘎查)/;

/** A town's or township's name alone opening what is left of a name. */
const TOWN_ONLY = /^[\u4e00-\u9fff]{2,5}?(镇|乡|苏木|街道)/;

/** A body's name that opens a name of one of its parts (太仆寺旗人民法院 of 太仆寺旗人民法院千斤沟人民法庭, 科右前旗法院 of
 * 科右前旗法院索伦人民法庭, 北京市公安局 of 北京市公安局丰台分局, 国家税务总局 of 国家税务总局北京市顺义区税务局; the traffic bureau
 * under the police's too, of 北京市公安局公安交通管理局海淀交通支队; an academy's or a college's of its part, 北京市农林科学院 of
 * 北京市农林科学院玉米研究所; a commission's of its district's branch, 北京市规划和自然资源委员会 of …石景山分局). */
const PARENT_BODY = /^[\u4e00-\u9fff]{2,12}?(人民法院|法院|人民检察院|检察院|银行|大学|学院|公安局(?:公安交通管理局)?|总局|委员会(?=[\u4e00-\u9fff]{2,4}分局$))(?=[\u4e00-\u9fff]{2})/;

/** Mass organisations, whose short endings stand for their full names as a body's do (残联, 残疾人联合会). */
export const FEDERATION = /(联合会|残联|妇联|科协|工商联|文联|侨联)$/;

/** Words of a trade that stand between an enterprise's head and its kind (伊利实业集团, 首农食品集团). */
const TRADE = new RegExp(`^(?:${TRADE_WORDS.join("|")})+$`);

/** A company's legal form at the end of its name. */
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|公司)$/;

/** What follows an enterprise's own name without naming another company: its legal form, or the kind of market. */
const GENERIC_TAIL = /^(集团|集团有限公司|集团股份有限公司|股份有限公司|有限公司|有限责任公司|公司|[\u4e00-\u9fff]{0,6}批发市场|[\u4e00-\u9fff]{0,4}超市)$/;

/** The longer name each short one stands for in an article (by `label|name`): its own article's names first, then the
 * corpus's; and the corpus's names of government bodies, mass organisations, hospitals and schools by their units and
 * core (by `label|coreKey`), which a name made later may join. */
export interface LongerForms {
  formOf: (doc: number, key: string) => string | undefined;
  byCore: Map<string, string[]>;
}

export function longerForms(g: Gazetteer, docs: ArticleDoc[]): LongerForms {
  const names = new Map<string, Set<string>>(); // label -> names, corpus-wide
  const perDoc = docs.map((d) => {
    const local = new Map<string, Set<string>>();
    for (const m of d.mentions) {
      if (!INSTITUTIONS.has(m.label)) continue;
      const key = m.label;
      (local.get(key) ?? local.set(key, new Set()).get(key)!).add(m.name);
      (names.get(key) ?? names.set(key, new Set()).get(key)!).add(m.name);
    }
    return local;
  });
  const target = new Map<string, string>();
  /** Each name stands for itself without any leading run of place names: 太仆寺旗中蒙医院 → 中蒙医院. */
  const withoutPlaces = (name: string, out: string[]) => {
    let covered = 0;
    for (const m of g.match(name)) {
      // (Over a dot or a dash joining two places: 海淀—科右中旗京蒙协作…产业园.)
      if (m.start === covered + 1 && /^[·—]$/.test(name[covered] ?? "") && covered > 0) covered++;
      if (m.start !== covered) break;
      covered = m.end;
      if (covered < name.length) out.push(name.slice(covered));
    }
    return out;
  };
  // (Which short forms were cut from a town's name or a parent body's: they stand for that body in its own article only, as
  // many towns have a 设施蔬菜产业园 and many banks a 昌平支行.)
  const localForms = new Set<string>();
  const shortenings = (name: string): string[] => {
    const out = withoutPlaces(name, []);
    /** A short form of its own article only. */
    const ownArticle = (short: string) => {
      out.push(short);
      localForms.add(`${short}|${name}`);
    };
    /** What is left of `form` past its first `cut` characters, four at least, as a short form of its own article only. */
    const local = (form: string, cut: number) => {
      if (cut && form.length - cut >= 4) ownArticle(form.slice(cut));
    };
    // (And without a town's name after them, which the gazetteer of counties does not hold: 舍伯吐镇巾帼刺绣工坊 is the
    // 巾帼刺绣工坊 of the same article.)
    const rest = out[out.length - 1] ?? name;
    const town = TOWN_PREFIX.exec(rest)?.[0].length ?? 0;
    local(rest, town);
    // (Or past a quarter of Beijing after the city: 北京京西永定医院 is the 永定医院 of its article.)
    if (name.startsWith("北京") && /^京[东西南北]/.test(rest)) local(rest, 2);
    // (Or without the town only, its village kept: 腾克镇怪勒村卫生室 is the 怪勒村卫生室 of its article.)
    const townOnly = TOWN_ONLY.exec(rest)?.[0].length ?? 0;
    if (townOnly && townOnly < town) local(rest, townOnly);
    // (And past the programme's name after the town's too: 化德县长顺镇京蒙协作食用菌产业园 is the 食用菌产业园 of its article.)
    const programmeAfterTown = town ? PROGRAMME.exec(rest.slice(town))?.[0].length ?? 0 : 0;
    if (programmeAfterTown) local(rest, town + programmeAfterTown);
    // (And without the parent body a part is named under: 太仆寺旗人民法院千斤沟人民法庭 is the 千斤沟人民法庭 of the same
    // article, 北京银行昌平支行 its 昌平支行.)
    const parent = PARENT_BODY.exec(name)?.[0].length ?? 0;
    local(name, parent);
    // (And that without its places too: 顺义区税务局, 税务局 left out as too short.)
    if (parent) for (const form of withoutPlaces(name.slice(parent), [])) local(name, name.length - form.length);
    // (A Beijing district's body goes by the district's name without 区 and the rest, its first word perhaps dropped, in its own
    // article: 西城研修学院 for 北京市西城区教育研修学院, 东城研修中心 for 北京市东城区教师研修中心.)
    const district = g.match(name).find((m) => m.end === name.length - rest.length && m.kind === "name" && /[^区]{2}区$/.test(m.surface));
    if (district && rest !== name && rest.length >= 3) {
      const head = district.surface.slice(0, -1);
      ownArticle(head + rest);
      if (rest.length - 2 >= 4) ownArticle(head + rest.slice(2));
    }
    // (A banner's or county's body goes by the unit's kind and the rest, its own article saying which: 旗妇幼保健院 for
    // 翁牛特旗妇幼保健院, 县医院 for 宁城县医院.)
    const unit = g.match(name)[0];
    if (unit?.start === 0 && /[旗县]$/.test(name.slice(0, unit.end)) && name.length - unit.end >= 2) out.push(name.slice(unit.end - 1));
    // The programme's name opening a name labels it (京蒙协作奶食品产业园 is the 奶食品产业园 of the same article).
    // (So it does after the places that open it: 通州·翁牛特京蒙协作飞地产业园 is the 飞地产业园 of the same article.)
    for (const form of new Set([name, rest])) {
      const programme = PROGRAMME.exec(form)?.[0].length ?? 0;
      if (programme && form.length - programme >= 4) out.push(form.slice(programme));
    }
    // A hospital or school attached to a university goes by its own name (首都医科大学附属北京友谊医院 → 北京友谊医院),
    // and that without its place too (天坛医院).
    const attached = name.lastIndexOf("附属");
    if (attached > 0 && name.length - attached - 2 >= 4) withoutPlaces(name.slice(attached + 2), [name.slice(attached + 2)]).forEach((f) => out.push(f));
    // (So does a university's or an academy's hospital named without 附属: 宣武医院 for 首都医科大学宣武医院, 阜外医院 for
    // 中国医学科学院阜外医院.)
    const university = /(大学|医学科学院|中医科学院)(?=[\u4e00-\u9fff]{4,}$)/.exec(name);
    if (attached < 0 && university && /医院$/.test(name)) out.push(name.slice(university.index + university[0].length));
    return out;
  };
  const index = (label: string, pool: Set<string>, needPlace: boolean, firstAt?: Map<string, number>) => {
    // (A short form holding a place may write its ending short too: 乌兰花镇社工站 of …乌兰花镇社会工作服务站; not 旗林草局, its banner unsaid.)
    const writtenShort = new Map<string, string>();
    const placed = (n: string) => TOWN_ONLY.test(n) || g.match(n).length > 0;
    if (/^(Organization|Agency|School)$/.test(label)) for (const n of pool) { const full = fullAgencyName(n); if (full !== n && placed(n)) writtenShort.set(full, n); }
    for (const long of pool) {
      for (const form of shortenings(long)) {
        const short = pool.has(form) ? form : writtenShort.get(form);
        if (!short || short === long || (needPlace && g.match(short).length === 0)) continue;
        if (short !== form && localForms.has(`${form}|${long}`)) localForms.add(`${short}|${long}`);
        const key = `${label}|${short}`;
        const prev = target.get(key);
        if (!prev || betterReading(long, prev, short, firstAt)) target.set(key, long);
      }
    }
  };
  // (What a short name stands for in one article is that article's: 旗人民医院 is 鄂伦春自治旗人民医院 in one, 科尔沁左翼中旗人民医院
  // in another. A short name of its own, 和平里医院, 察右中旗医院, stands for its longer one in other articles too, the
  // longest where articles differ; the corpus's forms serve where neither does.)
  const ownForms = docs.map(() => new Map<string, string>());
  const shared = new Map<string, string>();
  const corpus = new Map<string, string>();
  const share = () => {
    for (const own of ownForms) {
      for (const [k, v] of own) {
        const prev = shared.get(k);
        const short = k.slice(k.indexOf("|") + 1);
        if (!relative(g, short) && !localForms.has(`${short}|${v}`) && (!prev || v.length > prev.length || (v.length === prev.length && v < prev))) shared.set(k, v);
      }
    }
  };
  docs.forEach((_, i) => {
    for (const [label, pool] of perDoc[i]!) {
      target.clear();
      index(label, pool, false, firstMentions(docs[i]!));
      for (const [k, v] of target) ownForms[i]!.set(k, v);
    }
  });
  // A place and a short name the article declared or echoed is that body (北京燕山农商银行, where the article wrote
  // 北京燕山农村商业银行股份有限公司（以下简称“燕山农商银行”）).
  docs.forEach((d, i) => {
    const declared = new Map<string, string>();
    for (const m of d.mentions) if (m.source === "learned" && INSTITUTIONS.has(m.label) && m.surface !== m.name) declared.set(`${m.label}|${m.surface}`, m.name);
    if (declared.size === 0) return;
    for (const [label, pool] of perDoc[i]!) {
      for (const name of pool) {
        const full = withoutPlaces(name, []).map((f) => declared.get(`${label}|${f}`)).find((x) => x !== undefined && x !== name);
        if (full && !ownForms[i]!.has(`${label}|${name}`)) ownForms[i]!.set(`${label}|${name}`, full);
      }
    }
  });
  share();
  target.clear();
  for (const [label, pool] of names) index(label, pool, true);
  for (const [k, v] of target) if (!shared.has(k)) corpus.set(k, v);
  // Names of one article made of the same words around the same places, the programme's name aside, are one
  // (京蒙消费帮扶北京双创中心 and 北京消费帮扶双创中心): the longest stands for the others.
  // A body's standard short ending is its full name (海淀区教委, 北京市海淀区教育委员会), across the corpus: its places
  // make it one body wherever it is named.
  // (So is a mass organisation's: 石景山区残联, 北京市石景山区残疾人联合会.)
  const federations = new Set([...(names.get("Organization") ?? [])].filter((n) => FEDERATION.test(n)));
  // (And a hospital's or a school's, a unit written short or in full: 察右前旗人民医院 of one article is 察哈尔右翼前旗人民医院 of
  // another.)
  const corpusWide = new Map([["Agency", names.get("Agency") ?? new Set<string>()], ["Organization", federations],
    ["Hospital", names.get("Hospital") ?? new Set<string>()], ["School", names.get("School") ?? new Set<string>()]]);
  const byCore = new Map<string, string[]>();
  for (const [i, doc] of [...perDoc, corpusWide].entries()) {
    const forms = ownForms[i] ?? corpus;
    for (const [label, pool] of doc) {
      const groups = new Map<string, string[]>();
      for (const name of pool) {
        // (Within an article a short core is enough, its unit the same: 莫旗图书馆 is 莫力达瓦达斡尔族自治旗图书馆.)
        const key = coreKey(g, label, name, doc === corpusWide ? 4 : 2);
        if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(name);
      }
      if (doc === corpusWide) for (const [key, names] of groups) byCore.set(`${label}|${key}`, names);
      for (const names of groups.values()) {
        if (names.length < 2) continue;
        const longest = standing(g, names);
        for (const n of names) if (n !== longest && !forms.has(`${label}|${n}`)) forms.set(`${label}|${n}`, longest);
      }
    }
  }
  // A school by place and number (密云二中) is the one whose full name has that place and number (…密云区第二中学):
  // in its own article first, then in the corpus.
  for (const [i, pool] of [...perDoc.map((d) => d.get("School")), names.get("School")].entries()) {
    const forms = ownForms[i] ?? corpus;
    for (const [short, long] of numberedSchools(g, pool ?? new Set())) if (!forms.has(`School|${short}`)) forms.set(`School|${short}`, long);
  }
  share();
  // An enterprise known by the head of its name (新发地 for 新发地农副产品批发市场, 京东 for 京东集团) when exactly one
  // enterprise of the corpus is that head and a generic tail; 中化现代农业(内蒙古)有限公司 is another company than 中化.
  const enterprises = [...(names.get("Enterprise") ?? [])];
  // Each name and its forms without the places it opens with (首农食品集团 for 北京首农食品集团有限公司), indexed by
  // their first two characters: one look-up per short name instead of a pass over all the others.
  const byHead = new Map<string, { long: string; form: string }[]>();
  for (const long of enterprises) {
    // (A national enterprise goes by its name without 中国: 华能集团 for 中国华能集团有限公司.)
    for (const form of [long, ...shortenings(long), ...(/^中国/.test(long) ? [long.slice(2)] : [])]) {
      const head = form.slice(0, 2);
      (byHead.get(head) ?? byHead.set(head, []).get(head)!).push({ long, form });
    }
  }
  for (const short of enterprises) {
    const key = `Enterprise|${short}`;
    if (short.length < 2 || shared.has(key) || corpus.has(key)) continue;
    const candidates = byHead.get(short.slice(0, 2)) ?? [];
    // (Or the whole name without the places it opens with, long enough to be its own: 新发地农副产品批发市场 of one article is
    // 北京新发地农副产品批发市场 of another; not a form cut from a town's name, which its own article keeps.)
    const whole = (x: { long: string; form: string }) => x.form === short && short.length >= 6 && !localForms.has(`${short}|${x.long}`);
    // (Or the same with its legal form written short: 绿海番茄制品公司 for 科右前旗绿海番茄制品有限公司.)
    const stem = /公司$/.test(short) && !/有限(责任)?公司$/.test(short) ? short.slice(0, -2) : undefined;
    const legalWhole = (x: { form: string }) => stem !== undefined && stem.length >= 4 && x.form.startsWith(stem) && /^(股份)?有限(责任)?公司$/.test(x.form.slice(stem.length));
    let longer = new Set(candidates.filter((x) => x.long !== short && ((x.form.startsWith(short) && (GENERIC_TAIL.test(x.form.slice(short.length)) || whole(x))) || legalWhole(x))).map((x) => x.long));
    // (Or its head and its kind, the trade between left out: 伊利集团 for 内蒙古伊利实业集团股份有限公司.)
    // (Its place before it is no part of its head: 北京康泰医疗集团 for 北京康泰医疗器械集团有限公司.)
    // (Or a cooperative's head, its produce and trade left out: 丰禾合作社 for 察右后旗丰禾马铃薯种植专业合作社.)
    const kind = longer.size === 0 ? [short, ...shortenings(short)].map((f) => /^([\u4e00-\u9fff]{2,4})(集团|公司|合作社)$/.exec(f)).find((m) => m) : null;
    // (Only a trade's words between: 京东方科技集团 is no 京东集团.)
    // (A 公司 stands for the legal form whole: 金街公司 for 北京金街餐饮管理有限公司.)
    const kindAt = (form: string) => (kind![2] === "公司" ? form.search(LEGAL_FORM) : kind![2] === "合作社" ? (form.endsWith("合作社") ? form.length - 3 : -1) : form.indexOf(kind![2]!, kind![1]!.length));
    const between = (form: string) => form.slice(kind![1]!.length, kindAt(form));
    // (A cooperative's head must be its own name, not its members' kind: 村集体合作社, 嘎查牧民合作社 are any village's.)
    const fits = (form: string) => (kind![2] === "合作社" ? /^[\u4e00-\u9fff]{2,10}$/.test(between(form)) && !/合作社/.test(between(form)) && !/(村|嘎查|集体|牧民|农民|社区|苏木|镇|乡)/.test(kind![1]!) : TRADE.test(between(form)));
    if (kind) longer = new Set((byHead.get(kind[1]!.slice(0, 2)) ?? []).filter((x) => x.long !== short && x.form.startsWith(kind[1]!) && kindAt(x.form) > kind[1]!.length && fits(x.form)).map((x) => x.long));
    // (One name and the same with its legal form are one: 内蒙古伊利实业集团, …股份有限公司.)
    for (const l of longer) if ([...longer].some((m) => m !== l && m.startsWith(l) && GENERIC_TAIL.test(m.slice(l.length)))) longer.delete(l);
    if (longer.size === 1) corpus.set(key, [...longer][0]!);
  }
  // Chains followed to their end (安贞医院 → 北京安贞医院 → 首都医科大学附属北京安贞医院), the article's own forms first.
  const formOf = (doc: number, key: string): string | undefined => {
    const own = ownForms[doc] ?? new Map<string, string>();
    const label = key.slice(0, key.indexOf("|"));
    const formIn = (k: string) => own.get(k) ?? shared.get(k) ?? corpus.get(k);
    let end = formIn(key);
    const seen = end ? [end] : [];
    for (let next = end && formIn(`${label}|${end}`); next && next !== end; next = formIn(`${label}|${end}`)) {
      // (Forms pointing at each other, 北京东城区中医医院 and 东城区中医医院, are one name, the loop's longest.)
      if (seen.includes(next)) return seen.slice(seen.indexOf(next)).reduce((a, b) => (b.length > a.length || (b.length === a.length && b < a) ? b : a));
      seen.push((end = next));
    }
    return end;
  };
  return { formOf, byCore };
}

/** A short name that names its unit by its level alone, or no unit and a kind any unit has (旗人民医院, 县农牧和科技局,
 * 第一中学, 人民医院): in each article its own unit's body. */
function relative(g: Gazetteer, name: string): boolean {
  return g.match(name).length === 0 && /^([旗县市区盟镇乡]|第[一二三四五六七八九十0-9]|人民|中心|中医|蒙医|中蒙医|蒙中医|妇幼|实验|民族|职业)/.test(name);
}

/** Each numbered school's other names to its longest, by what place and number they come to. */
function numberedSchools(g: Gazetteer, pool: Set<string>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const name of pool) {
    const key = numberedSchoolKey(g.match(name), name);
    if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(name);
  }
  const out = new Map<string, string>();
  for (const names of groups.values()) {
    const longest = names.reduce((a, b) => (b.length > a.length || (b.length === a.length && b < a) ? b : a));
    for (const n of names) if (n !== longest) out.set(n, longest);
  }
  return out;
}

