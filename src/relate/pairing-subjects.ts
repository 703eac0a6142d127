// Who a pairing's clause is said of when it names no one before its verb: the sentence's subject, the one named after,
// the unit the article speaks as (我旗), or a word pointing at a unit among its names.
import type { Sentence } from "../normalise/index.js";
import type { Entity } from "../resolve/index.js";
import { pointersIn } from "./anaphora.js";
import { clauseBefore, isInstitution, isPlace, refAt, type ArticleContext, type Ref } from "./context.js";
import { chainStart, listedWithLast, mostSpecific, runEnd } from "./ref-runs.js";
import { orient, VERB } from "./pairing-terms.js";

/** The Beijing-side name that opens a sentence (after a date at most: 2023年，东城区…), when the clause at `before`
 * comes later and names no one of its own; read along its chain (北京市东城区 → 东城区). A town or village of Inner
 * Mongolia opening it is one too where the clause's `partner` is of Beijing. */
export function sentenceSubject(ctx: ArticleContext, s: Sentence, before: number, partner?: Ref): Ref | undefined {
  // (After a dateline or a label opening it: 【编者按】北京经济技术开发区…，自2021年起与….)
  const opens = ctx.bodyStart(s);
  if (before <= opens) return undefined;
  // (The clause right before, where a name opens it, is nearer than the sentence's head: 丰台区对口帮扶林西县，我院作为区属
  // 骨干医院，于2019年与林西县医院签订结对帮扶协议 — the hospital pairs.)
  const last = clauseBefore(ctx.clauses(s), before);
  const previous = last && last.start > opens ? last : undefined;
  const inPrevious = previous ? ctx.within(previous.start, previous.end) : [];
  const near = inPrevious[0]?.mention.start === previous?.start ? inPrevious[runEnd(inPrevious, 0)] : undefined;
  if (near && (isInstitution(near.entity) || isPlace(near.entity)) && near.entity.label !== "Province" && ctx.sideOf(near.entity) === "beijing") return near;
  const refs = ctx.within(opens, before);
  const head = refs[0];
  // (After a date or a word that links it to the sentence before at most: 此外，天坛医院还把帮扶延伸到旗县，与….)
  // (Or under whose lead it acts, naming no one: 2022年，在区委、区政府的坚强领导下，大兴区…，与….)
  // (Or an example given: 比如舍伯吐镇，跟朝阳区潘家园街道结对已经三年了.)
  if (!head || !/^(此外|另外|同时|与此同时|其次|再次|最后|其中|比如|例如|譬如)?[，,]?((我|该|本)[旗县])?([0-9一二三四五六七八九十〇]{2,4}年(以来|[0-9一二三四五六七八九十]{1,2}月([0-9一二三四五六七八九十]{1,3}日)?)?[，,]?|近年来[，,]?|今年以来[，,]?)?(在[^，,。；;]{1,24}?(领导|指导|关心|带领)下[，,])?$/.test(ctx.text.slice(opens, head.mention.start))) return undefined;
  const subject = refs[runEnd(refs, 0)]!;
  // (A town or village of Inner Mongolia too, its own banner's pointer before it, where the partner is Beijing's: 我旗骆驼山镇
  // 东大井村曾是集体经济薄弱村，与昌平区小汤山镇汤泉村结对以来….)
  const local = !!partner && ctx.sideOf(partner.entity) === "beijing" && (subject.entity.label === "Township" || subject.entity.label === "Village" || subject.entity.label === "Banner") && ctx.sideOf(subject.entity) !== "beijing";
  return (ctx.sideOf(subject.entity) === "beijing" || local) && subject.entity.label !== "Province" && subject.entity.label !== "Person" ? subject : undefined;
}

/** The name that opens the clause after a leading one that names no subject of its own (自2021年与东城区建立结对关系以来，
 * 科右前旗坚持…): the subject both clauses share. */
export function subjectAfter(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, owner?: Ref): Ref | undefined {
  // (After a word of attribution or of time at most: 据了解，作为正镶白旗的京蒙协作结对区，延庆区…; 今年以来，作为….)
  // (Or one that tells who says it: 会上通报，作为察右前旗的结对帮扶区，过去一年大兴区….)
  // (Past any clause, where the one after is of the other side than the owner: …示范嘎查，作为科左中旗的京蒙协作结对区，北京市顺义区….)
  const sides = (x: Ref) => owner !== undefined && ctx.sideOf(owner.entity) !== undefined && ctx.sideOf(x.entity) !== undefined && ctx.sideOf(x.entity) !== ctx.sideOf(owner.entity);
  const opens = clause.start === ctx.bodyStart(s) || /^(据了解|据悉|另据了解|据统计|同时|此外|另外|目前|(?:19|20)[0-9]{2}年(?:以来|来)?|今年(?:以来)?|近年来?|多年来|近期|近日|日前|一直以来|长期以来|[\u4e00-\u9fff]{0,4}(?:通报|指出|介绍|表示|显示|获悉|了解到))[,，]$/.test(ctx.text.slice(ctx.bodyStart(s), clause.start));
  if (!opens && owner === undefined) return undefined;
  const next = ctx.clauses(s).find((c) => c.start >= clause.end);
  if (!next) return undefined;
  const refs = ctx.within(next.start, next.end);
  const head = refs[0];
  // (After a span of time at most: 过去一年大兴区坚持….)
  if (!head || !/^[\s，,]*(过去一年|一年来|近年来|多年来|今年以来|今年|去年|(?:19|20)[0-9]{2}年|[一二三四五两]年来)?$/.test(ctx.text.slice(next.start, head.mention.start))) return undefined;
  const subject = refs[runEnd(refs, 0)]!;
  return subject.entity.label !== "Province" && subject.entity.label !== "Person" && (opens || sides(subject)) ? subject : undefined;
}

/** The clause's names with the words that stand for a unit named before (我旗, 该县, 本区) among them, in text order: a
 * pairing lists them as it lists names (大兴区与我旗、察右前旗分别结对). */
export function withOwnPointers(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, refs: Ref[]): Ref[] {
  const pointed = pointersIn(ctx, s, clause.start, clause.end).filter((p) => /^[我该本][旗县市盟区]$/.test(ctx.text.slice(p.start, p.end)));
  if (pointed.length === 0) return refs;
  return [...refs, ...pointed.map((p) => refAt(p.ref.entity, p.start, p.end))].sort((a, b) => a.mention.start - b.mention.start);
}

/** The one said after the pairing's verb to be the one paired (…结对开展东西部协作的是北京市通州区). */
export function namedAsSubject(ctx: ArticleContext, refs: Ref[], verbAt: number): Ref | undefined {
  const r = refs.find((x) => x.mention.start > verbAt && /的是$/.test(ctx.text.slice(verbAt, chainStart(ctx, verbAt, x))));
  const named = r ? refs[runEnd(refs, refs.indexOf(r))] : undefined;
  return named && named.entity.label !== "Province" ? named : undefined;
}

/** The banner, county or league of Inner Mongolia an article speaks as: the one its 我旗 (我县, 我盟) points at most often. */
export function ownUnit(ctx: ArticleContext, s: Sentence): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const p of pointersIn(ctx, s, 0, ctx.text.length)) {
    const e = p.ref.entity;
    if (/^我(旗|县|盟)$/.test(ctx.text.slice(p.start, p.end)) && ctx.sideOf(e) === "inner-mongolia") counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The partner a sentence names as its subject's (北京朝禾餐饮管理有限公司旗下有60多家连锁门店，结对对象是花吐古拉镇新发村): the
 * subject, the one the sentence opens with, and the one named right after 结对对象是. */
export function namedPartner(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const m = /结对(?:帮扶)?(?:对象|单位)(?:是|为)/.exec(s.text);
  if (!m) return [];
  const at = s.start + m.index + m[0].length;
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  const k = refs.findIndex((r) => r.mention.start === at);
  if (k <= 0 || refs[0]!.mention.start !== s.start) return [];
  const pair = orient(ctx, refs[runEnd(refs, 0)]!, refs[runEnd(refs, k)]!, true);
  return pair ? [pair] : [];
}

/** Helpers listed before a comma and partners listed after 分别与, as many of each (…建材有限公司三家子公司，分别与巴音塔拉镇大井村、
 * 三圣村、后房子村结成村企帮扶对子): each with its own, in order. */
export function respectivePartners(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const m = /[,，]分别(与|同|和)/.exec(s.text);
  if (!m || !/(结对|结成|签订|对子|帮扶)/.test(s.text.slice(m.index))) return [];
  const split = s.start + m.index;
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  const before = mostSpecific(ctx, refs.filter((r) => r.mention.end <= split));
  const after = mostSpecific(ctx, refs.filter((r) => r.mention.start > split + m[0].length));
  // (The helpers close the clause before the comma, a count and a kind after them at most: 三家子公司.)
  const last = before[before.length - 1];
  if (!last || !/^([0-9一二三四五六七八九十两]+[家个所])?[\u4e00-\u9fff]{0,4}$/.test(ctx.text.slice(last.mention.end, split))) return [];
  const helpers = listedWithLast(ctx, before, /^(、|和|及)$/, true);
  const partners = after.length ? listedWithLast(ctx, after.slice(0, runEndOfListed(ctx, after) + 1), /^(、|和|及)$/, true) : [];
  if (helpers.length < 2 || helpers.length !== partners.length) return [];
  return helpers.map((h, i) => orient(ctx, h, partners[i]!, true)).filter((p): p is [Ref, Ref] => !!p);
}

/** The index of the last of the names listed first (A、B和C…). */
function runEndOfListed(ctx: ArticleContext, refs: Ref[]): number {
  let i = 0;
  while (refs[i + 1] && /^(、|和|及)$/.test(ctx.text.slice(refs[i]!.mention.end, refs[i + 1]!.mention.start))) i++;
  return i;
}

/** What "在…的帮扶下" ends with, looked for before the whole pattern is. */
const HELPED_UNDER = /(帮扶|帮助|支持|指导|关心)之?下/;

/** "在北京经开区的帮扶下" (or 帮助之下): the helper named there with the banner the sentence goes on to name, else the one the
 * article is about. */
export function helpedUnder(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const out: [Ref, Ref][] = [];
  // (Another's guidance may share the 下: 在北京市石景山区的对口帮扶和呼伦贝尔市人社局的指导下, or the helper's own support, 在…的对口帮扶和倾力
  // 支持下; a back-translation's 配对 is 结对:
  // 在北京顺义区的配对帮助下.)
  for (const m of HELPED_UNDER.test(s.text) ? s.text.matchAll(/在((?:结对帮扶|对口帮扶|结对)的)?([^,，。在]{2,20}?)(的)?(?:倾力|倾情|大力|全力|精准|无私|鼎力)?(?:帮扶|帮助|支持|对口帮扶|结对帮扶|对口支援|配对帮扶|配对帮助)(?:和(?:[^,，。在]{2,30}?的)?(?:倾力|倾情|大力|全力|无私|鼎力)?(?:指导|支持|帮助|关心))?\s?之?下/g) : []) {
    // (The helper may be qualified as the partner, its 的 then left out: 在结对帮扶的北京市大兴区大力支持下.)
    if (!m[1] && !m[3]) continue;
    const from = s.start + m.index! + 1 + (m[1]?.length ?? 0);
    const helpers = mostSpecific(ctx, ctx.within(from, from + m[2]!.length));
    const helper = helpers[helpers.length - 1];
    const after = ctx.within(s.start + m.index! + m[0].length, s.end, true).filter((r) => ctx.sideOf(r.entity) === "inner-mongolia");
    // (A body helped by one of its kind, the pairing said, is that body's partner: 库伦旗人民医院在北京市密云区医院的结对帮扶下,
    // 在北京市大兴区人民医院的结对帮扶下，察哈尔右翼前旗人民医院建成….)
    const kindOf = helper && isInstitution(helper.entity) && /(结对|对口)/.test((m[1] ?? "") + m[0].slice(1 + (m[1]?.length ?? 0) + m[2]!.length)) ? (r: Ref) => r.entity.label === helper.entity.label && ctx.sideOf(r.entity) === "inner-mongolia" : undefined;
    const bodyBefore = kindOf ? ctx.within(s.start, s.start + m.index!).filter(kindOf).pop() : undefined;
    const body = bodyBefore && /^[,，]?(则|也|正|已|就|还|更|均)?$/.test(ctx.text.slice(bodyBefore.mention.end, s.start + m.index!)) ? bodyBefore :
      kindOf ? after.find((r) => kindOf(r) && /^[,，]?$/.test(ctx.text.slice(s.start + m.index! + m[0].length, r.mention.start))) : undefined;
    const bodies = body && helper ? orient(ctx, helper, body, false) : null;
    if (bodies) {
      out.push(bodies);
      continue;
    }
    // (Or the one the sentence opens with as its subject: 赤峰市巴林左旗，则在顺义区的帮扶下走出了另一条路子.)
    const subject = ctx.within(s.start, s.start + m.index!).filter((r) => (r.entity.label === "Banner" || r.entity.label === "League") && ctx.sideOf(r.entity) === "inner-mongolia").pop();
    const opening = subject && /^[,，]?(则|也|正|已|就|还|更|均)?$/.test(ctx.text.slice(subject.mention.end, s.start + m.index!)) ? subject.entity : undefined;
    const helped = opening ?? after.find((r) => r.entity.label === "Banner")?.entity ?? after.find((r) => r.entity.label === "League")?.entity ?? ctx.imFocus;
    const pair = helper && helped ? orient(ctx, helper, { mention: helper.mention, entity: helped }, false) : null;
    if (pair) out.push(pair);
  }
  // (Or a unit the sentence opens in, then a district's pairing said of it: 在赤峰市巴林左旗，北京顺义区的结对帮扶也…, 在…八林左旗，
  // 北京的顺义区作为对口帮扶的一方.)
  const opened = /^在([^，,。；;]{2,16})[，,]/.exec(s.text);
  if (opened) {
    const unit = mostSpecific(ctx, ctx.within(s.start + 1, s.start + 1 + opened[1]!.length)).filter((r) => (r.entity.label === "Banner" || r.entity.label === "League") && ctx.sideOf(r.entity) === "inner-mongolia").pop();
    const clauseEnd = ctx.clauseEnd(s, s.start + opened[0].length);
    const helper = ctx.within(s.start + opened[0].length, clauseEnd).find((r) => r.entity.label === "District" && ctx.sideOf(r.entity) === "beijing" &&
      /^(?:的|作为)(?:结对|对口)(?:帮扶|支援)/.test(ctx.text.slice(r.mention.end, r.mention.end + 8)));
    const pair = unit && helper ? orient(ctx, helper, unit, false) : null;
    if (pair) out.push(pair);
  }
  // (Or what the banner draws on, the helper's pairing: 太仆寺旗依托北京市昌平区对口帮扶优势，在宝昌镇建设….)
  for (const m of LEANS_ON.test(s.text) ? s.text.matchAll(LEANS_ON_ALL) : []) {
    const from = s.start + m.index! + m[1]!.length;
    const helpers = mostSpecific(ctx, ctx.within(from, from + m[2]!.length));
    const helper = helpers[helpers.length - 1];
    const subject = ctx.within(ctx.bodyStart(s), s.start + m.index!).filter((r) => (r.entity.label === "Banner" || r.entity.label === "League") && ctx.sideOf(r.entity) === "inner-mongolia").pop();
    const opening = subject && /^(还|也|则|正|积极|充分|主动)?$/.test(ctx.text.slice(subject.mention.end, s.start + m.index!)) ? subject : undefined;
    const pair = helper && opening && helper.mention.end === from + m[2]!.length ? orient(ctx, helper, opening, false) : null;
    if (pair) out.push(pair);
  }
  return out;
}

/** A helper's pairing a banner draws on (依托北京市昌平区对口帮扶优势, 借助东城区结对帮扶机遇). */
const LEANS_ON_ALL = /(依托|借助|借力|利用)([^,，。、在]{2,16}?)的?(?:对口帮扶|结对帮扶|对口支援|对口协作|东西部协作|京蒙协作)(?:的)?(?:优势|机遇|资源|契机|平台|政策)/g;
const LEANS_ON = new RegExp(LEANS_ON_ALL.source);

/** A pairing's verb opening a clause, after a list's number at most. */
const VERB_OPENING = new RegExp(`^[\\s0-9.、．:：]*(?:${VERB.source.slice(1, -1)})`);

/** A clause opening with a helper named after the one it helps (对口帮扶正蓝旗的怀柔区近日推动…), though it goes on to pair
 * others: the helper and the one helped. */
export function openingHelper(ctx: ArticleContext, clause: { start: number; end: number }, refs: Ref[]): [Ref, Ref] | undefined {
  const verb = VERB_OPENING.exec(ctx.text.slice(clause.start, clause.end));
  if (!verb) return undefined;
  const verbEnd = clause.start + verb[0].length;
  // (Each read along its written chain to its end: not mostSpecific, which drops a district named again before its town.)
  const right = refs.filter((r) => r.mention.start >= verbEnd);
  const first = right.findIndex((r) => r.mention.start === verbEnd);
  if (first < 0) return undefined;
  const helped = right[runEnd(right, first)]!;
  const next = right.findIndex((r) => r.mention.start === helped.mention.end + 1 && ctx.text[helped.mention.end] === "的");
  return next >= 0 ? [right[runEnd(right, next)]!, helped] : undefined;
}
