// PART_OF and LOCATED_IN where the text states them: 锡林郭勒盟太仆寺旗, 太仆寺旗中蒙医院, 在北京加紧建设.
import { chainStart, gapBetween, listedFrom, mostSpecific, SEAT_NAMED } from "./ref-runs.js";
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { siteSeat } from "./sites.js";
import { ArticleContext, isInstitution, isPlace, type Ref, type Relation } from "./context.js";
import { DEMOCRATIC_PARTIES, NETWORK_PREFIXES, PARTY_PREFIXES, POSTED_TO, PROGRAMME_NAMES } from "../recognise/index.js";

/** A newspaper's name (赤峰日报, 乌兰察布日报). */
const NEWSPAPER = /(日报|晚报|时报|商报|报社)$/;

const CHILD_OF: Record<string, string[]> = {
  Banner: ["League"], District: ["Province"], League: ["Province"],
  Township: ["Banner", "District", "League"], Village: ["Township", "Banner", "District"],
};


export function isParent(ctx: ArticleContext, parent: Ref, child: Ref): boolean {
  if (!CHILD_OF[child.entity.label]?.includes(parent.entity.label)) return false;
  const unit = ctx.g.unit(child.entity.id);
  if (unit) return unit.parentId === parent.entity.id;
  // A town the gazetteer places is part of its own county (or that county's league) only: 台湖镇 is 通州区's
  // even when listed after 翁牛特旗乌敦套海镇.
  const town = ctx.g.townshipUnit(child.entity.id);
  // (A unit with no towns of its own, as 北京经济技术开发区, is taken at the text's word.)
  if (town) return town.parentId === parent.entity.id || ctx.g.parent(town.parentId)?.id === parent.entity.id || !ctx.g.hasTownships(parent.entity.id);
  return parent.entity.label !== "Province";
}

/** Places written one after the other, the larger first: each smaller one is part of the one before it. */
export function partOf(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const places = ctx.refs.filter((r) => isPlace(r.entity)).sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 0; i + 1 < places.length; i++) {
    const a = places[i]!;
    const s = ctx.sentenceAt(a.mention.start);
    if (!s) continue;
    // The child follows at once; coordinated siblings (赛罕街道及达尔罕街道) share the parent.
    let j = i + 1;
    let expected = a.mention.end;
    let listed = false;
    while (j < places.length) {
      const b = places[j]!;
      const gap = ctx.text.slice(expected, b.mention.start);
      const first = j === i + 1;
      // (Or with 的 between a town and its village, a county and its town: 九渡河镇的红庙村, 怀柔区的雁栖镇; a league and its
      // county, a province and its league: 乌兰察布市的察哈尔右翼前旗, 内蒙古的赤峰市.)
      const of = gap === "的" && ((a.entity.label === "Township" && b.entity.label === "Village") || (["District", "Banner"].includes(a.entity.label) && b.entity.label === "Township") ||
        (a.entity.label === "League" && b.entity.label === "Banner") || (a.entity.label === "Province" && ["League", "District"].includes(b.entity.label)));
      if (!(first ? gap === "" || of : /^(及|和|、|与)$/.test(gap))) break;
      listed ||= gap === "、";
      if (!first && b.entity.label !== places[i + 1]!.entity.label) break;
      // (Nor one paired with the one before: 西城区新街口街道与大河口乡拟建立结对关系.)
      // (But the last of a list after 和 is one more sibling: 大井村、三圣村和后房子村结成帮扶对子.)
      if (!first && /^(与|和)$/.test(gap) && !(gap === "和" && listed) && /^[^,，。；;]{0,12}(结对|帮扶|协作|对子|共建)/.test(ctx.text.slice(b.mention.end, s.end))) break;
      // (One that opens a pair of its own, A与B、C与D, is the next item of a list of pairs, not a sibling.)
      // (A list's last item after 和 is a sibling still, 大井村、三圣村和后房子村结成对子: 和 opens a pair only where another follows it.)
      const next = places[j + 1];
      // (Not where the gazetteer holds the next one in the same place too: 王佐镇、长辛店镇和宛平街道、云岗街道 are all 丰台区's.)
      if (!first && next?.mention.start === b.mention.end + 1 && (/^(与|同)/.test(ctx.text[b.mention.end] ?? "") ||
        (ctx.text[b.mention.end] === "和" && ctx.text[next.mention.end] === "、" && ctx.g.townshipUnit(next.entity.id)?.parentId !== a.entity.id))) break;
      // (A town the gazetteer lacks, listed after a sibling it holds there, is taken at the list's word: 丰台区王佐镇、长辛店镇和宛平街道.)
      const listedUnknown = !first && b.entity.label === "Township" && !ctx.g.unit(b.entity.id) && !ctx.g.townshipUnit(b.entity.id) && ctx.g.townshipUnit(places[i + 1]!.entity.id)?.parentId === a.entity.id;
      if (!isParent(ctx, a, b) && !listedUnknown) break;
      // (One of the other side is no child: 窦店镇窦店村与巴彦查干嘎查 pairs the village with the 嘎查.)
      const sa = ctx.sideOf(a.entity);
      const sb = ctx.sideOf(b.entity);
      if (sa && sb && sa !== sb) break;
      // Inside an institution's name a unit written short is part of the name, not a statement of where it lies
      // (北京丰台医院, 北京大兴国际机场); written in full it is one (兴安盟扎赉特旗人民医院).
      if (b.mention.nested && (b.entity.label === "District" || b.entity.label === "Banner" || b.entity.label === "League") && !/[区旗县市盟]$/.test(b.mention.surface)) break;
      // (Nor where the unit's own name opens with the one before, written short after it: 北京 + 经开区 is 北京经开区, the zone's
      // name; 北京市 + 经济技术开发区 states where it lies.)
      if (b.entity.name.startsWith(a.mention.surface) && !b.mention.surface.startsWith(a.mention.surface)) break;
      ctx.learnSide(b.entity, ctx.sideOf(a.entity));
      if (!ctx.g.unit(b.entity.id)) ctx.statedParent.set(b.entity.id, a.entity.id);
      out.push({ type: "PART_OF", source: b.entity.id, target: a.entity.id, props: {}, confidence: ctx.g.unit(b.entity.id) ? 0.95 : 0.85, evidence: ctx.evidence(s) });
      expected = b.mention.end;
      j++;
    }
  }
  return out;
}

const BRANCH = /(分院|分公司|分校|院区|分中心|分局|分行|支行|中心支公司|支公司|营销服务部|营业部)$/;

/** Prefixes that open a body's name before its place and name none: the Party's, the Youth League's, a national grid's or
 * carrier's, a democratic party's, the programme's. */
const NO_PLACE_PREFIX = new RegExp(`^(${PARTY_PREFIXES}|${NETWORK_PREFIXES}|${DEMOCRATIC_PARTIES}|${PROGRAMME_NAMES})`);

/** An institution whose name opens with places is in the most specific of them (Province aside). */
export function locatedByName(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  let previous: { inst: Ref; place: Ref | undefined } | undefined;
  for (const inst of ctx.refs.filter((r) => isInstitution(r.entity) && !r.mention.nested)) {
    const inner = ctx.within(inst.mention.start, inst.mention.end, true).filter((r) => r.mention.nested && isPlace(r.entity));
    // Listed right after one of its kind named with its place (西城区二龙路医院、湛蓝路医院), a name without one of its
    // own shares it.
    const listedAfter = previous && previous.place && inner.length === 0 && previous.inst.entity.label === inst.entity.label &&
      previous.inst.mention.end === inst.mention.start - 1 && ctx.text[inst.mention.start - 1] === "、" &&
      // (Not one whose side is the other's: 清华附中 after 通辽市第五中学 is in Beijing.)
      // (Nor one another province's name opens: 辽宁省滨海稻作研究所 after 兴安盟农牧业科学研究所.)
      [undefined, ctx.sideOf(previous.place!.entity)].includes(ctx.sideOf(inst.entity)) && !ctx.g.elsewhere(inst.entity.name) ? previous : undefined;
    previous = undefined;
    if (listedAfter) {
      const s = ctx.sentenceAt(inst.mention.start);
      if (s) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: listedAfter.place!.entity.id, props: {}, confidence: 0.6, evidence: ctx.evidence(s) });
      previous = { inst, place: listedAfter.place };
      continue;
    }
    // (The Party's prefix opens no place: 中共四子王旗委员会组织部 is 四子王旗's; nor the Youth League's, 共青团库伦旗委员会; nor a
    // national grid's or carrier's, whose local companies its short name opens: 国网巴林左旗供电公司, 中国联通库伦旗分公司; nor a
    // democratic party's, 民建丰台区委; nor the programme's, 京蒙协作呼伦贝尔工作组.)
    let at = inst.mention.start + (NO_PLACE_PREFIX.exec(inst.mention.surface)?.[0].length ?? 0);
    let last: Ref | undefined;
    for (const r of inner) {
      // Two places joined by a dot or a dash (密云·阿尔山产业园, 平谷—宁城京蒙协作产业园): the name's own place is the one after it.
      if (r.mention.start === at + 1 && (ctx.text[at] === "·" || ctx.text[at] === "—")) at++;
      if (r.mention.start !== at) break;
      last = r;
      at = r.mention.end;
    }
    // A branch named after its parent and its place (北京朝阳医院科右前旗分院, a bank's 扎赉特旗支行, an insurer's 兴安盟中心支公司, a city bureau's 赤峰市生态环境局敖汉旗分局) is
    // in the place before its ending.
    const ending = BRANCH.exec(inst.mention.surface)?.[0];
    // (So is a company named with its place in brackets, a subsidiary's way: 京润禾丰食品（科右中旗）有限公司.)
    const bracketed = inst.entity.label === "Enterprise" ? inner.filter((r) => /[(（]/.test(ctx.text[r.mention.start - 1] ?? "") && /[)）]/.test(ctx.text[r.mention.end] ?? "") && r.entity.label !== "Province").pop() : undefined;
    const branch = (ending ? inner.filter((r) => r.mention.end === inst.mention.end - ending.length && r.entity.label !== "Province").pop() : undefined) ?? bracketed;
    if (branch && branch !== last) {
      ctx.learnSide(inst.entity, ctx.sideOf(branch.entity));
      const s = ctx.sentenceAt(inst.mention.start);
      if (s) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: branch.entity.id, props: {}, confidence: 0.8, evidence: ctx.evidence(s) });
      continue;
    }
    if (!last) continue;
    ctx.learnSide(inst.entity, ctx.sideOf(last.entity));
    // A body its place keeps somewhere else (北京市朝阳区驻科左后旗劳务工作站, 内蒙古自治区驻北京办事处) is its place's, and
    // lies where it is kept.
    // (So is a team it posts there: 昌平区京蒙协作驻太仆寺旗工作组, 丰台区援派干部察右中旗工作组.)
    const posted = POSTED_TO.exec(ctx.text.slice(at, at + 8));
    if (posted) {
      let kept: Ref | undefined;
      for (const r of inner) {
        if (r.mention.start !== (kept ? kept.mention.end : at + posted[0].length)) continue;
        kept = r;
      }
      const s = ctx.sentenceAt(inst.mention.start);
      if (kept && s) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: kept.entity.id, props: {}, confidence: 0.8, evidence: ctx.evidence(s) });
      continue;
    }
    // (Nor is a paper named for the region it serves placed there: 赤峰日报 is read all over, as 内蒙古日报 is.)
    if (last.entity.label === "Province" || NEWSPAPER.test(inst.entity.name)) continue;
    previous = { inst, place: last };
    const s = ctx.sentenceAt(inst.mention.start);
    if (s) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: last.entity.id, props: {}, confidence: 0.85, evidence: ctx.evidence(s) });
  }
  return out;
}

/** 在 before a place, perhaps named as the seat first (在旗政府所在地新惠镇). */
const IN_OR_AT_SEAT = new RegExp(`^(已|正|将)?在${SEAT_NAMED}?$`);
const BUILT_AFTER = /^(加紧|正在|已经|已)?(?:正式)?(建设|落户|设立|建立|成立|开业|揭牌|挂牌|运营|落成|开馆|开园|启用|投用|竣工)/;
const BUILT_BEFORE = /^(共建|建设|建立|设立|成立|打造|建成)(了)?[“"]?$/;

/**
 * The institution itself is what is built or settles there (X在北京加紧建设, X在科左中旗落户), not something it builds
 * there (X在科左中旗建立了育肥牛周转基地, X在阿尔山设立分校): a transitive verb must have no object after it.
 */
function builtItself(rest: string): boolean {
  const m = BUILT_AFTER.exec(rest);
  if (!m) return false;
  if (/(落户|开业|揭牌|挂牌|运营|落成|开馆|开园|启用|投用|竣工)$/.test(m[0])) return true;
  return /^(了|中|完成|完毕|投产)?[。!?;]?$/.test(rest.slice(m[0].length));
}

/** A body pointed at by what it is, its seat said inside the words that point (这家总部位于北京经济技术开发区的企业): it lies there,
 * in the most specific place written after the word of its seat. */
function pointedSeats(ctx: ArticleContext, s: Sentence): Relation[] {
  const out: Relation[] = [];
  for (const p of pointersIn(ctx, s)) {
    const seat = /^这[家所](?:总部)?(?:位于|坐落在|坐落于|地处|设在|在)/.exec(ctx.text.slice(p.start, p.end));
    if (!seat || !isInstitution(p.ref.entity)) continue;
    const place = mostSpecific(ctx, ctx.within(p.start + seat[0].length, p.end).filter((r) => isPlace(r.entity))).pop();
    if (place) out.push({ type: "LOCATED_IN", source: p.ref.entity.id, target: place.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** "X在北京加紧建设", "在太仆寺旗共建“X”": the institution is in that place. */
export function locatedByPattern(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    out.push(...pointedSeats(ctx, s));
    const refs = ctx.within(s.start, s.end);
    // (A sentence that names no institution places none: its places are gathered only where one is named.)
    const institutions = refs.filter((r) => isInstitution(r.entity));
    if (institutions.length === 0) continue;
    const places: Ref[] = [...refs.filter((r) => isPlace(r.entity)), ...pointersIn(ctx, s).filter((p) => isPlace(p.ref.entity)).map((p) => ({ mention: { ...p.ref.mention, start: p.start, end: p.end }, entity: p.ref.entity })),
      // (A park stands for the place it lies in: 位于密云区经济开发区的北京京韵食品有限公司 is in 密云区.)
      ...refs.filter((r) => !isPlace(r.entity)).map((r) => siteSeat(ctx, r)).filter((r) => r !== undefined)];
    for (const inst of institutions) {
      for (const place of places) {
        // 东城区的和平里医院: an institution of the place written before it (not one of the other side: 乌兰察布市的北京…).
        const side = ctx.sideOf(inst.entity);
        // (位于科右前旗的北京顺鑫农业牧场 says where, whichever side the institution is of.)
        // (Or its seat: 总部在大兴区的北京绿都牧歌食品有限公司.)
        // (Its chain of places too: 位于丰台区卢沟桥街道的四子王旗驻京劳务服务站.)
        const chain = chainStart(ctx, s.start, place);
        const lies = /(位于|坐落在|坐落于|地处|总部在|总部设在|设在|设于)$/.test(ctx.text.slice(Math.max(0, chain - 4), chain));
        const between = ctx.text.slice(place.mention.end, inst.mention.start);
        // (Its quarter may follow, a name not read: 位于海淀区中关村的数智互联科技有限公司.)
        const of = (between === "的" || (lies && /^[\u4e00-\u9fff]{1,6}的$/.test(between) && !between.slice(0, -1).includes("的") && !ctx.within(place.mention.end, inst.mention.start).some((r) => isPlace(r.entity)))) && place.entity.label !== "Province" &&
          (!side || side === ctx.sideOf(place.entity) || lies);
        const ok = of ||
          // (Its seat's town perhaps named as the seat: 敖汉旗全民健身中心在旗政府所在地新惠镇正式开馆.)
          (IN_OR_AT_SEAT.test(ctx.text.slice(inst.mention.end, chain)) && builtItself(ctx.text.slice(place.mention.end, ctx.clauseEnd(s, place.mention.end)))) ||
          (ctx.text.slice(place.mention.start - 1, place.mention.start) === "在" && BUILT_BEFORE.test(ctx.text.slice(place.mention.end, inst.mention.start))) ||
          // (Or at the end of a chain after 在: 在昌平区回龙观街道设立科右前旗驻北京劳务工作站, where the street is.)
          (chain < place.mention.start && ctx.text[chain - 1] === "在" && !refs.some((r) => r.mention.start === place.mention.end && isPlace(r.entity)) && BUILT_BEFORE.test(ctx.text.slice(place.mention.end, inst.mention.start)));
        // (A company registered there: 在科右中旗巴彦呼舒镇注册成立全资子公司京润禾丰食品（科右中旗）有限公司.)
        const registered = inst.entity.label === "Enterprise" && !/^(子公司|分公司|公司)$/.test(inst.entity.name) && place.mention.end < inst.mention.start && ctx.text[chainStart(ctx, s.start, place) - 1] === "在" &&
          /^(注册成立|注册设立|成立|设立|注册)了?(全资|控股)?(子公司|分公司)?$/.test(ctx.text.slice(place.mention.end, inst.mention.start));
        // (An enterprise called one of a place's: 昌平区企业北京禾丰源食品有限公司, 同为大兴区企业的北京瀛海兴盛食品有限公司.)
        const ofPlace = inst.entity.label === "Enterprise" && place.mention.end < inst.mention.start && inst.mention.start - place.mention.end <= 8 && place.entity.label !== "Province" &&
          /^的?[\u4e00-\u9fff]{0,4}?企业(?:的|主要有|有|包括)?$/.test(ctx.text.slice(place.mention.end, inst.mention.start)) && !/(?<![同也均都])(向|为|给|到|赴|在|与|和)$/.test(ctx.text.slice(Math.max(0, place.mention.start - 2), place.mention.start));
        // (Or listed before 等 and the place's enterprises: 北京昌骏汽车服务有限公司、北京京北汽车修理有限公司等昌平区企业.)
        const listedAs = inst.entity.label === "Enterprise" && place.mention.start > inst.mention.end && place.entity.label !== "Province" &&
          /^的?[\u4e00-\u9fff]{0,4}?企业/.test(ctx.text.slice(place.mention.end, place.mention.end + 8)) && listedBeforeEtc(ctx, inst, place);
        // (A guesthouse named in quotes right after its village or town: 林俗村“松涛小院”民宿.)
        const quotedAfter = between === "" && inst.mention.surface.startsWith("“") && (place.entity.label === "Village" || place.entity.label === "Township");
        // (Those listed after it lie there too: 位于顺义区的北京蓝翼…有限公司、北京恒瑞达…有限公司和北京顺和物流有限公司.)
        // (Not one named with a place of its own: …产业园和赤峰市巴林左旗蒙元牧业有限公司肉牛养殖基地.)
        const listed = (of && lies) || ofPlace ? listedFrom(ctx, institutions, inst, /^(、|和|及|以及)$/).filter((x) => x === inst || !ctx.within(x.mention.start, x.mention.end, true).some((r) => r.mention.nested && r.mention.start === x.mention.start && isPlace(r.entity) && r.entity.label !== "Province")) : [inst];
        if (ok || registered || ofPlace || quotedAfter || listedAs) for (const x of listed) out.push({ type: "LOCATED_IN", source: x.entity.id, target: place.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
      }
      // (A town or village alone in brackets right after a body's name says where it is: 通辽市塔敏查农产品开发有限公司（扣河子镇）.)
      const bracketed = /^[（(]/.test(ctx.text.slice(inst.mention.end, inst.mention.end + 1)) ? places.filter((r) => r.mention.start === inst.mention.end + 1 && (r.entity.label === "Township" || r.entity.label === "Village")) : [];
      for (const at of bracketed) {
        let last = at;
        for (const r of places) if (r.mention.start === last.mention.end && (r.entity.label === "Township" || r.entity.label === "Village")) last = r;
        if (/^[)）]/.test(ctx.text.slice(last.mention.end, last.mention.end + 1)) && ctx.sideOf(last.entity) !== (ctx.sideOf(inst.entity) === "beijing" ? "inner-mongolia" : "beijing")) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: last.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
      }
      // "X位于库伦旗工业园区", "X坐落在西城区": the most specific place written right after, also inside a park's name.
      // (Or its seat: 京润禾丰食品集团有限公司总部位于北京市顺义区.)
      // (Or set up there: 敖汉旗驻北京劳务协作工作站设在房山区长阳镇.)
      // (Or said so in brackets after it: 巴林左旗驻顺义劳务工作站（设于顺义区南法信镇）.)
      const lies = /^[（(]?(?:(?:总部|注册地)?(?:位于|坐落在|坐落于|地处)|(?:总部)?设在|设于)/.exec(ctx.text.slice(inst.mention.end, inst.mention.end + 7));
      if (lies) {
        const from = inst.mention.end + lies[0].length;
        const first = ctx.within(from, ctx.clauseEnd(s, from), true).filter((r) => r.mention.start >= from);
        let at = from;
        let where: Ref | undefined;
        for (const r of first) {
          if (r.mention.start > at) break;
          if (isPlace(r.entity) && r.entity.label !== "Province") where = r;
          at = Math.max(at, r.mention.end);
        }
        if (where && where.entity.id !== inst.entity.id) out.push({ type: "LOCATED_IN", source: inst.entity.id, target: where.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}

/** Whether nothing but other enterprises listed stands between the enterprise and 等 right before the place. */
function listedBeforeEtc(ctx: ArticleContext, inst: Ref, place: Ref): boolean {
  const gap = gapBetween(ctx, inst, place, (r) => r.entity.label === "Enterprise");
  return gap !== undefined && /^(?:[、和及])*等$/.test(gap);
}

/** Sites: parks and bases, which lie somewhere whatever their names say. */
const SITE = /(产业园区|产业园|工业园区|园区|基地)$/;

/**
 * A park named without a place (京蒙共建的杜蒙肉羊产业园区) lies in the banner the text has just been about: the one
 * banner of Inner Mongolia named in the two sentences before, and none other.
 */
export function locatedByContext(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const site of ctx.refs) {
    if (site.entity.label !== "Organization" || !SITE.test(site.entity.name) || seen.has(site.entity.id) || ctx.sideOf(site.entity) === "beijing") continue;
    seen.add(site.entity.id);
    if (ctx.within(site.mention.start, site.mention.end, true).some((r) => r.mention.nested && isPlace(r.entity))) continue;
    const s = ctx.sentenceAt(site.mention.start);
    if (!s) continue;
    const from = ctx.sentences[Math.max(0, s.index - 2)]!.start;
    const banners = new Set(ctx.within(from, site.mention.start, true).filter((r) => r.entity.label === "Banner" && ctx.sideOf(r.entity) === "inner-mongolia").map((r) => r.entity.id));
    if (banners.size !== 1) continue;
    out.push({ type: "LOCATED_IN", source: site.entity.id, target: [...banners][0]!, props: {}, confidence: 0.55, evidence: ctx.evidence(s) });
  }
  return out;
}
