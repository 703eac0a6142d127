// Administrative units in text: exact surface forms, then misspelt ones resolved in pinyin, then their echoes.
import type { Gazetteer } from "../gazetteer/index.js";
import { isHan } from "../normalise/index.js";
import type { Mention } from "./types.js";

/**
 * Where a misspelt unit is looked for, by character code: 1 at 旗, 县, 市, 盟 and 区; at characters a back-translation
 * or a dictation writes for a suffix they sound like (察右后奇, 武川线, 兴安蒙), 2 plus the suffix's index in
 * `MISHEARD`. Only 旗, 县 and 盟 are misheard: 市 and 区 sound like words too common (是, 去) to read as suffixes.
 * (One table looked up per character: the scan runs over every character of every article.)
 */
const SUFFIX_AT = new Uint8Array(0x10000);
for (const c of "旗县市盟区") SUFFIX_AT[c.charCodeAt(0)] = 1;
const MISHEARD = ["旗", "县", "盟"] as const;
for (const [k, heard] of ["奇期其骑棋祺", "线现限献宪", "蒙萌猛"].entries()) for (const c of heard) SUFFIX_AT[c.charCodeAt(0)] = 2 + k;
/** A suffix character and the one after it that make a word of their own. */
const NOT_SUFFIX_BEFORE = /^(旗[舰下帜袍手杆鼓号]|市[场民值级政容面井]|县[域级]|区[域别间]|盟[友员主约])/;
/** A misheard suffix's character and the next that make a word of their own (其他, 期间, 现在, 线上). */
const HEARD_WORD = /^(其[他中实余次后间])|^(期[间末初限待望盼])|^(现[在场代有金状任行实今已])|^(线[上下路索])|^(限[制定额时])|^(献[血礼])|^宪|^(萌[芽发生])|^(猛[烈然增])|^(骑[行手])|^(棋[牌子手])|^(奇[迹特怪妙])/;
/** The longest misspelt name looked at, in characters (科尔沁左翼中旗 is seven); an autonomous banner's, its 自治 written
 * before the suffix, may be longer (莫力达瓦达斡尔族自治旗 is eleven). */
const MAX_NOISY = 8;
const MAX_NOISY_AUTONOMOUS = 12;
/** Words ending in a unit suffix that are never place names. */
const NOT_PLACES = /^(.*(城市|委托县|依托县|超市|全市|该市|本市|各市|上市|门市|夜市|集市|股市|楼市|开市|罢市|都市|新市|市县|旗县|全县|该县|本县|各县|郡县|州县|全旗|该旗|本旗|各旗|红旗|国旗|党旗|彩旗|锦旗|旌旗|战旗|会旗|队旗|团旗|校旗|结盟|联盟|同盟|加盟|会盟|入盟|社区|园区|地区|产区|厂区|库区|景区|城区|辖区|山区|牧区|灾区|片区|小区|开发区|示范区|新区|保护区|功能区|街区|校区|院区|病区|市区|县区|旗区|郊区|试验区|实验区|合作区|产业区|工业区|服务区|生活区|居住区|安置区|苏区|老区|边区|林区|矿区|农区|垦区|政区|全区|该区|本区|各区|我区|两区|城六区|学区|展区|专区|分区|战区|禁区|误区|盲区|社区|营区|园区))$/;

function admin(g: Gazetteer, start: number, end: number, text: string, unitId: string, source: Mention["source"], confidence: number): Mention {
  const u = g.unit(unitId)!;
  return { start, end, surface: text.slice(start, end), label: u.label, name: u.name, unitId, source, confidence };
}

/** A league named within the sentence before `at`, to narrow the units a misspelling may stand for. */
function leagueBefore(g: Gazetteer, found: Mention[], at: number, sentenceStart: number): string | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    if (m.end > at) continue;
    if (m.end < sentenceStart) break;
    if (m.label === "League") return m.unitId;
    if (m.label === "Banner") return g.unit(m.unitId!)?.parentId ?? undefined;
  }
  return undefined;
}

/** Characters of function words and particles, which no unit's name holds (跟着市 is no 根河市), 和 and 全 aside. */
const FUNCTION_CHAR = /[的在与和及或了着过们等对为从向把被由于之其该这那每各个家所名位些全本是有将]/;

export function recogniseAdmin(g: Gazetteer, text: string, sentenceStarts: number[]): Mention[] {
  // (A two-character short form before 长 is a surname and a title, 陈旗长 of 副旗长陈昊, not 陈巴尔虎旗's head: no one
  // writes a banner's head so. 翁旗长期… is the banner.)
  // (Nor a people's name, 鄂伦春族歌手, 鄂温克族同胞, read as its banner's short form.)
  // (Nor a short form whose 旗 opens 旗县, levels named together: 下达旗县医院 names no 达拉特旗.)
  const matched = g.match(text);
  // (Nor the zone's kind alone after another unit's name: 通辽经济技术开发区 is Tongliao's, not Beijing's.)
  const zoneOfOther = (m: { start: number; surface: string }) => m.surface === "经济技术开发区" && matched.some((o) => o.end === m.start && g.unit(o.unitId)?.name !== "北京市");
  // (Nor a short form whose first character closes a word of arriving or reaching: 到达旗政府所在地 names no 达旗.)
  // (Or of making something so: 深化德胜街道 names no 化德.)
  const closesWord = (m: { start: number; surface: string; kind: string }) => m.kind !== "name" &&
    ((m.surface[0] === "达" && /[到抵送下传直转高长多发表]/.test(text[m.start - 1] ?? "")) || (m.surface[0] === "化" && /[深文强优美绿亮净硬转消变进演教同分简规标量活固催孵细]/.test(text[m.start - 1] ?? "")));
  const exact = matched.filter((m) => !zoneOfOther(m) && !closesWord(m)).filter((m) => !(m.kind === "short" && (m.surface.endsWith("族") || text[m.end] === "族")) && !(m.kind !== "name" && m.surface.endsWith("旗") && /^[县区]/.test(text[m.end] ?? "")) && !(m.end - m.start === 2 && /[旗县]$/.test(m.surface) && text[m.end] === "长" && !/^长(期|远|效|足|城|江|大|久|年|春|廊|势|度|安|达|跑|在|河)/.test(text.slice(m.end, m.end + 2))))
    .map((m) => {
      // (A short form with its suffix misheard after it is the unit written with it: 四子王其人民医院 is 四子王旗's; not a word the
      // character opens, 其他, 期间, 现在.)
      const heard = m.kind === "short" ? SUFFIX_AT[text.charCodeAt(m.end)] ?? 0 : 0;
      const misspelt = heard >= 2 && g.unit(m.unitId)!.name.endsWith(MISHEARD[heard - 2]!) && !HEARD_WORD.test(text.slice(m.end, m.end + 2));
      return misspelt ? admin(g, m.start, m.end + 1, text, m.unitId, "noisy", 0.75) : admin(g, m.start, m.end, text, m.unitId, "gazetteer", m.kind === "short" ? 0.85 : 0.98);
    });
  // Misspelt units: spans ending in a unit suffix that no exact form covers. A second pass compares the
  // spans still unresolved with the units the article has named by then.
  const covered = new Uint8Array(text.length + 1);
  for (const m of exact) covered.fill(1, m.start, m.end);
  const noisy: Mention[] = [];
  const named = new Set(exact.map((m) => m.unitId!));
  const soundAlike: { start: number; end: number; unitId: string }[] = [];
  for (const among of [undefined, named]) {
  let si = 0;
  for (let i = 0; i < text.length; i++) {
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= i) si++;
    const at = SUFFIX_AT[text.charCodeAt(i)]!;
    if (at === 0 || covered[i]) continue;
    const heard = at >= 2 ? MISHEARD[at - 2] : undefined;
    // (Nor one after another unit's, the pair naming levels in general: 深化区县结对, 旗县医院.)
    if (/^(区县|旗县|县区|旗区|县旗|县市|盟市|市县)$/.test(text.slice(i - 1, i + 1))) continue;
    // (A suffix character that opens a word with the next one ends no name: 旗舰, 旗下, 市场, 市民.)
    if (!heard && NOT_SUFFIX_BEFORE.test(text.slice(i, i + 2))) continue;
    // (A misheard suffix follows a character some unit has before its suffix: 前 of 察右后奇 does, 尤 of 尤其 does not.)
    if (heard && !g.charsBefore(heard).has(text[i - 1] ?? "")) continue;
    let left = i;
    const longest = text.startsWith("自治", i - 2) ? MAX_NOISY_AUTONOMOUS : MAX_NOISY;
    while (left > 0 && i - left < longest - 1 && isHan(text.charCodeAt(left - 1)) && !covered[left - 1]) left--;
    if (i - left < 2) continue;
    // (Or one misspelt itself, found just before: 星安盟阿尚市 is 兴安盟's 阿尔山市.)
    const league = among ? undefined : leagueBefore(g, exact, left, sentenceStarts[si] ?? 0) ?? leagueBefore(g, noisy, left, sentenceStarts[si] ?? 0);
    let best: { start: number; unitId: string; distance: number } | undefined;
    for (let s = i - 2; s >= left; s--) {
      const span = heard ? text.slice(s, i) + heard : text.slice(s, i + 1);
      // 有 right before the suffix is 右 misheard (苏尼特有旗), not the verb.
      const words = !heard && span.length >= 3 && span[span.length - 2] === "有" ? span.slice(0, -2) : span;
      // (A function word's character may open a name, 和 of 和林格尔县: the span it opens is tried, if sounded closely, and
      // no longer one.)
      // (So may 和 inside one, 兴和县 misspelt 星和县, where the span sounds as the name does.)
      // (Only 和 among them opens names of units, 和林格尔县: 向黄旗海镇 names no 镶黄旗.)
      const opensWithWord = words[0] === "和";
      const inner = words.slice(1);
      // (Nor 全 inside one, 突泉县 misspelt 突全县, where the span sounds just as the name does: 全县 alone is the whole county.)
      // (Nor 山区, a mountain area, ending a span that sounds just as a district does: 石境山区 for 石景山区.)
      const soundsWhole = ((span.length >= 3 && /全[县旗市区]$/.test(span)) || (span.length >= 4 && /山区$/.test(span))) && g.resolveNoisy(span)?.distance === 0;
      // (A span of three ending so is too short to be the district: a longer one may be.)
      if (span.length < 4 && span.endsWith("山区")) continue;
      if ((NOT_PLACES.test(span) && !soundsWhole) || FUNCTION_CHAR.test(inner.replace(/[和全]/g, "")) || (FUNCTION_CHAR.test(words[0] ?? "") && !opensWithWord)) break;
      const strict = opensWithWord || inner.includes("和") || inner.includes("全");
      // A misheard suffix after a name written right (察右后奇) is the unit, short forms included; after a name
      // misspelt too, only one syllable may be off, and that by a near sound (股有限 is no 固阳县).
      const exactly = heard ? g.lookup(span) : undefined;
      // (Both misspelt, the span opens a word, not in one: 中心和线上 names no 兴和县.)
      if (heard && !exactly && s > 0 && isHan(text.charCodeAt(s - 1)) && !covered[s - 1] && !FUNCTION_CHAR.test(text[s - 1]!)) continue;
      // (A league named before narrows the candidates, but a unit of another that the span spells closer is the one
      // meant: 八林左旗 after 苏尼特右旗 is 巴林左旗, not its 林左旗 read as 苏左旗.)
      const inLeague = exactly ? undefined : g.resolveNoisy(span, league, among);
      const anywhere = exactly || !league ? undefined : g.resolveNoisy(span, undefined, among);
      const found = exactly ? { unitId: exactly.id, distance: 0.25 } : anywhere && (!inLeague || anywhere.distance < inLeague.distance) ? anywhere : inLeague;
      const m = (heard || strict) && found && found.distance > 0.25 ? null : found;
      if (m && (!best || m.distance < best.distance)) best = { start: s, unitId: m.unitId, distance: m.distance };
      if (strict) break;
    }
    // (Not the tail of another province's unit: 哈尔市 of 齐齐哈尔市 is no 海拉尔区. Nor such a unit whole: 武汉市 is no 乌海市; unless it sounds
    // just as a unit the article names does: 临西县 after 林溪县, read as 林西县.)
    if (best && !(among && best.distance === 0) && [0, 1, 2, 3, 4].some((k) => best!.start - k >= 0 && g.isElsewhere(text.slice(best!.start - k, i + 1)))) {
      // (Kept for after, where it sounds just as the unit does: its league named in the article makes it that unit.)
      if (!among && best.distance === 0) soundAlike.push({ start: best.start, end: i + 1, unitId: best.unitId });
      best = undefined;
    }
    if (best) {
      noisy.push(admin(g, best.start, i + 1, text, best.unitId, "noisy", Math.max(0.5, 0.8 - best.distance * 0.15)));
      covered.fill(1, best.start, i + 1);
      named.add(best.unitId);
    }
  }
  }
  // (Another province's unit that sounds just as one of a league the article names, written or misspelt, is that one, as a
  // back-translation writes it: 临西县 where 赤丰市 is named, 林西县.)
  for (const m of soundAlike) {
    const league = g.parent(m.unitId);
    if (league?.label === "League" && named.has(league.id) && !covered[m.start] && !covered[m.end - 1]) {
      noisy.push(admin(g, m.start, m.end, text, m.unitId, "noisy", 0.8));
      covered.fill(1, m.start, m.end);
    }
  }
  // Echoes: a misspelt unit's form without its suffix (阿尔桑 after 阿尔桑市) names it again in this article.
  const learned: Mention[] = [];
  const echoes = new Map<string, string>();
  for (const m of noisy) {
    const core = m.surface.slice(0, -1);
    if (core.length >= 2 && !g.lookup(core)) echoes.set(core, m.unitId!);
  }
  for (const [core, unitId] of echoes) {
    for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length)) {
      if (covered[at] || covered[at + core.length - 1]) continue;
      learned.push(admin(g, at, at + core.length, text, unitId, "learned", 0.6));
      covered.fill(1, at, at + core.length);
    }
  }
  // A banner named in full may go by its first character and 旗 (鄂旗 after 鄂伦春自治旗, 扎旗 after 扎赉特旗), where no other
  // banner the article names could: a form too ambiguous for the gazetteer is plain in one article.
  const initials = new Map<string, string | null>();
  for (const m of exact) {
    const unit = g.unit(m.unitId!);
    if (!unit || unit.label !== "Banner" || !unit.name.endsWith("旗") || unit.name.length < 4 || m.surface.length < 3) continue;
    const form = unit.name[0]! + "旗";
    initials.set(form, initials.has(form) && initials.get(form) !== unit.id ? null : unit.id);
  }
  for (const [form, unitId] of initials) {
    if (!unitId || g.lookup(form)) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (covered[at] || covered[at + 1] || /[县区市盟长]/.test(text[at + 2] ?? "")) continue;
      learned.push(admin(g, at, at + form.length, text, unitId, "learned", 0.6));
      covered.fill(1, at, at + form.length);
    }
  }
  // A zone named in full goes by its kind alone after (北京经济技术开发区 … ，开发区向阿拉善左旗拨付…), where no name opens it.
  for (const unitId of new Set(exact.filter((m) => g.unit(m.unitId!)?.name.endsWith("开发区")).map((m) => m.unitId!))) {
    for (let at = text.indexOf("开发区"); at >= 0; at = text.indexOf("开发区", at + 3)) {
      if (covered[at] || (isHan(text.charCodeAt(at - 1)) && !/[该本我在向与和及由对为从]/.test(text[at - 1]!))) continue;
      learned.push(admin(g, at, at + 3, text, unitId, "learned", 0.6));
      covered.fill(1, at, at + 3);
    }
  }
  // A Beijing district too ambiguous to go short elsewhere goes short right after 北京 (北京朝阳环卫集团, 北京朝阳医院), where
  // no 区 follows.
  for (const m of exact) {
    if (m.unitId !== BEIJING || m.surface !== "北京") continue;
    const short = ambiguousBeijingShorts(g).find(([form]) => text.startsWith(form, m.end) && text[m.end + form.length] !== "区" && !covered[m.end]);
    if (!short) continue;
    learned.push(admin(g, m.end, m.end + short[0].length, text, short[1], "learned", 0.7));
    covered.fill(1, m.end, m.end + short[0].length);
  }
  // (So does a city's district right after its city, which has no short form elsewhere: 乌海市乌达工业园区, 赤峰市红山物流园.)
  for (const m of exact) {
    if (m.label !== "League") continue;
    const short = cityDistrictShorts(g, m.unitId!).find(([form]) => text.startsWith(form, m.end) && text[m.end + form.length] !== "区" && !covered[m.end]);
    if (!short) continue;
    learned.push(admin(g, m.end, m.end + short[0].length, text, short[1], "learned", 0.7));
    covered.fill(1, m.end, m.end + short[0].length);
  }
  return [...exact, ...noisy, ...learned].sort((a, b) => a.start - b.start);
}

const cityDistricts = new Map<string, [string, string][]>();
/** A league's districts (乌达区 of 乌海市) by their names without 区, with their ids. */
function cityDistrictShorts(g: Gazetteer, leagueId: string): [string, string][] {
  let list = cityDistricts.get(leagueId);
  if (!list) {
    // (Not one whose name opens other units' too, a region's word: 科尔沁 of 通辽市科尔沁牧歌乳业 is the Horqin grassland's.)
    list = g.units.filter((u) => u.parentId === leagueId && /区$/.test(u.name) && u.name.length >= 3 && !g.lookup(u.name.slice(0, -1)) &&
      !g.units.some((v) => v.id !== u.id && v.name.startsWith(u.name.slice(0, -1))))
      .map((u) => [u.name.slice(0, -1), u.id] as [string, string]);
    cityDistricts.set(leagueId, list);
  }
  return list;
}

const BEIJING = "province:110000";
let beijingShorts: [string, string][] | undefined;

/** Beijing's districts whose short forms the gazetteer does not generate (朝阳 of 朝阳区), with their ids. */
function ambiguousBeijingShorts(g: Gazetteer): [string, string][] {
  beijingShorts ??= g.units.filter((u) => u.label === "District" && u.parentId === BEIJING && /区$/.test(u.name) && u.name.length >= 3 && !g.lookup(u.name.slice(0, -1)))
    .map((u) => [u.name.slice(0, -1), u.id] as [string, string]);
  return beijingShorts;
}
