// A name's later forms in its article: an enterprise's short name, a school's number and level, a name repeated without its place.
import { Coverage } from "./coverage.js";
import { findLiterals } from "./literals.js";
import { TRADE_WORDS } from "./suffixes.js";
import type { Mention } from "./types.js";

/** A word of a trade that ends an enterprise's name before its legal form (农牧科技, 文化传媒, 新材料科技). */
const TRADE_WORD = new RegExp(`(?:${TRADE_WORDS.join("|")})$`);
/** A core that is nothing but words of a trade, publishing's too (出版, 出版发行). */
const TRADE_ONLY = new RegExp(`^(?:${[...TRADE_WORDS, "出版", "发行", "印刷"].join("|")})+$`);

/** The short names an enterprise's core may go by, longest first: the core, its trade name (a registered name's first
 * three or four characters after its place: 顺鑫通达 of 顺鑫通达冷链物流), and the core without its trade words one by
 * one (康瑞 of 康瑞农牧科技); each of two to four characters and no ordinary word. */
function shortForms(core: string, ordinary: (word: string) => boolean): string[] {
  // (A core that is a trade's word alone stands for no enterprise: 出版 of 北京出版集团.)
  if (core.length <= 4) return core.length >= 2 && !TRADE_ONLY.test(core) ? [core] : [];
  const out = new Set([core.slice(0, 4), core.slice(0, 3)]);
  for (let rest = core, m = TRADE_WORD.exec(rest); m && m.index > 0; m = TRADE_WORD.exec(rest)) {
    rest = rest.slice(0, m.index);
    if (rest.length >= 2 && rest.length <= 5) out.add(rest);
  }
  return [...out].filter((f) => !ordinary(f)).sort((a, b) => b.length - a.length);
}

/** A co-operative's trade name, two characters before its trade's words (福源 of 福源酿造专业合作社). */
const COOPERATIVE = /^([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{2,8}?专业合作社$/;
const LEGAL_TAIL = /(股份有限公司|有限责任公司|有限公司|控股集团|集团有限公司|集团|公司)$/;

/** A title of a firm's head or founder, which a name follows, not the firm's (负责人, 董事长, 创始人). */
const HEAD_TITLE = /(负责人|经理|董事长|理事长|厂长|老板|社长|店长|创办人|创始人|法人|掌门人)$/;

/** Short names an article uses for an enterprise it named in full: 京东 for 京东集团. */
export function enterpriseEchoes(text: string, institutions: Mention[], admin: Mention[], taken: Mention[], ordinary: (word: string) => boolean): Mention[] {
  const out: Mention[] = [];
  // Each short form once, for the first enterprise that has it; each enterprise's name read once however often it is named.
  const forms = new Map<string, string>();
  const seen = new Set<string>();
  const leadAt = new Map<number, Mention>();
  for (const a of admin) if (!leadAt.has(a.start)) leadAt.set(a.start, a);
  for (const inst of institutions) {
    if (inst.label !== "Enterprise") continue;
    const lead = leadAt.get(inst.start);
    // (A co-operative by its trade name and its kind: 福源合作社 for 巴林左旗福源酿造专业合作社.)
    const coop = COOPERATIVE.exec(inst.name.slice(lead ? lead.end - inst.start : 0));
    if (coop && !ordinary(coop[1]!) && !forms.has(`${coop[1]}合作社`)) forms.set(`${coop[1]}合作社`, inst.name);
    if (!LEGAL_TAIL.test(inst.name)) continue;
    const key = `${inst.name}|${lead ? lead.end - lead.start : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let core = inst.name.replace(LEGAL_TAIL, "");
    if (lead) core = core.slice(lead.end - lead.start);
    core = core.replace(/^中国/, "");
    // (Its trade after the head is left out too: 草原盛和 of 北京草原盛和农牧科技有限公司.)
    for (const short of shortForms(core, ordinary)) if (!forms.has(short)) forms.set(short, inst.name);
  }
  if (forms.size === 0) return out;
  // (All found in one pass, longest first: a search per form made long reports quadratic.)
  // (A place may open the short form, 亦庄 of 亦庄新材料: a name over a place it holds whole is the enterprise's.)
  const places = new Set(admin);
  const covered = new Coverage(text.length, taken.filter((t) => !places.has(t)));
  const placed = new Coverage(text.length, admin);
  const holds = (a: Mention, at: number, end: number) => a.start >= at && a.end <= end && a.end - a.start < end - at;
  for (const hit of findLiterals(text, [...forms.keys()].sort((a, b) => b.length - a.length))) {
    const at = hit.at;
    const end = at + hit.word.length;
    if (covered.any(at, end) || (placed.any(at, end) && admin.some((a) => a.start < end && a.end > at && !holds(a, at, end)))) continue;
    // (Not the founder a firm is named after, after a title: …格日勒图蒙古袍制作有限公司负责人格日勒图表示.)
    if (HEAD_TITLE.test(text.slice(Math.max(0, at - 3), at))) continue;
    out.push({ start: at, end, surface: hit.word, label: "Enterprise", name: forms.get(hit.word)!, source: "learned", confidence: 0.6 });
    covered.mark(at, end);
  }
  return out;
}

/** A school's number and level alone (二中 after 北京市第二中学): the one school of the article so numbered, where a word may start. */
export function schoolEchoes(text: string, institutions: Mention[], covered: Coverage): Mention[] {
  const byShort = new Map<string, string | null>();
  for (const m of institutions) {
    const n = m.label === "School" ? /第([一二三四五六七八九十]{1,3})(中|小)学$/.exec(m.name) : null;
    if (!n) continue;
    const short = n[1]! + n[2]!;
    byShort.set(short, byShort.has(short) && byShort.get(short) !== m.name ? null : m.name);
  }
  const out: Mention[] = [];
  // (Or after the name of its place, its units left out: 阿里河二小 for 鄂伦春自治旗阿里河第二小学.)
  const byPlaced = new Map<string, string | null>();
  for (const m of institutions) {
    const n = m.label === "School" ? /([\u4e00-\u9fff]{2,4}?)[镇乡]?第([一二三四五六七八九十]{1,3})(中|小)学$/.exec(m.name.replace(/^.*[旗县市区盟](?=[\u4e00-\u9fff]{2,5}第)/, "")) : null;
    if (!n || /[旗县市区盟镇乡]$/.test(n[1]!)) continue;
    const placed = n[1]! + n[2]! + n[3]!;
    // (The same school written with more of its units or fewer is one: the longest name stands for it.)
    const known = byPlaced.get(placed);
    byPlaced.set(placed, known === undefined ? m.name : known && (known.endsWith(m.name) || m.name.endsWith(known)) ? (known.length >= m.name.length ? known : m.name) : null);
  }
  for (const [placed, name] of byPlaced) {
    for (let at = name ? text.indexOf(placed) : -1; at >= 0; at = text.indexOf(placed, at + placed.length)) {
      const end = at + placed.length;
      if (covered.any(at, end) || /^[心学国间型等队部院央层期午游级]/.test(text.slice(end, end + 1))) continue;
      out.push({ start: at, end, surface: placed, label: "School", name: name!, source: "learned", confidence: 0.6 });
    }
  }
  for (const [short, name] of byShort) {
    if (!name) continue;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (covered.any(at, end) || /^[心学国间型等队部院央层期午游级]/.test(text.slice(end, end + 1))) continue;
      // (Or after a word pointing at its banner: 我旗一中 for 科尔沁右翼前旗第一中学.)
      const start = /^[我本该][旗县]$/.test(text.slice(Math.max(0, at - 2), at)) ? at - 2 : at;
      // (Not inside a longer name or word: 密云二中, 二中心, 十二中.)
      if (start === at && !/^$|[^\u4e00-\u9fff一二三四五六七八九十]|[的在到将把与和及、为是从]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
      out.push({ start, end, surface: text.slice(start, end), label: "School", name, source: "learned", confidence: 0.6 });
    }
  }
  return out;
}

/** Later occurrences of an institution or locality named once in full (铁沙盖村 after 科布尔镇铁沙盖村). */
export function repeatedNames(text: string, found: Mention[], admin: Mention[]): Mention[] {
  const out: Mention[] = [];
  const covered = new Coverage(text.length, [...found, ...admin]);
  const seen = new Set<string>();
  const names: Mention[] = [];
  // (And a body's name again without the place it opened with, 上地医院 after 海淀区上地医院: resolve takes it to the
  // longer one.)
  const adminEnd = new Map<number, number>();
  for (const a of admin) if ((adminEnd.get(a.start) ?? 0) < a.end) adminEnd.set(a.start, a.end);
  // (Or without the town that opens it, where a village follows the town: 乌兰敖都嘎查幼儿园 after 宝龙山镇乌兰敖都嘎查幼儿园.)
  const villageAt = new Set(found.filter((m) => m.label === "Village").map((m) => m.start));
  for (const t of found) if (t.label === "Township" && villageAt.has(t.end) && !adminEnd.has(t.start)) adminEnd.set(t.start, t.end);
  for (const m of found) {
    if (m.source !== "suffix" || m.surface.length < 3 || seen.has(m.surface)) continue;
    seen.add(m.surface);
    names.push(m);
    // (Each place of a chain may be left out: 东城安和医院 and 安和医院 after 北京东城安和医院.)
    for (let placeEnd = m.label === "Hospital" || m.label === "School" ? adminEnd.get(m.start) : undefined; placeEnd !== undefined && placeEnd < m.end; placeEnd = adminEnd.get(placeEnd)) {
      const tail = m.surface.slice(placeEnd - m.start);
      if (tail.length >= 4 && !seen.has(tail) && !/^(人民|中心|第|中医|蒙医|中蒙)/.test(tail)) {
        seen.add(tail);
        names.push({ ...m, surface: tail, name: tail });
      }
    }
  }
  if (names.length === 0) return out;
  // Every occurrence of every name in one pass (a search per name made long reports quadratic), then taken name by
  // name in the order the names were found, each in text order.
  const occurrences = new Map<string, number[]>();
  // (Longest first: a name standing inside a longer one is found where it stands alone; inside the longer one it is
  // covered anyway.)
  for (const hit of findLiterals(text, names.map((m) => m.surface).sort((a, b) => b.length - a.length))) {
    (occurrences.get(hit.word) ?? occurrences.set(hit.word, []).get(hit.word)!).push(hit.at);
  }
  for (const m of names) {
    for (const at of (occurrences.get(m.surface) ?? []).sort((a, b) => a - b)) {
      if (covered.any(at, at + m.surface.length)) continue;
      out.push({ ...m, start: at, end: at + m.surface.length, source: "known", nested: false });
      covered.mark(at, at + m.surface.length);
    }
  }
  return out;
}
