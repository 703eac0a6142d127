// INVESTED_IN and LOCATED_IN: enterprises that settle (落户, 入驻), build (在…建设) or sign projects (与…签订) somewhere.
import { amountsIn } from "./amounts.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { pointedFacilitySite } from "./surroundings.js";
import { siteSeat } from "./sites.js";
import { openingEnterprise, placeGoverned, pointedEnterprises, TIME_ONLY } from "./investors.js";
import type { Sentence } from "../normalise/index.js";

/** Settling, or moving a plant in (整体迁至化德县), not the settled ones as a kind (组织…等入驻企业到兴和县观摩). */
// (Not a flight's landing: …航线每周3班，落地后驱车约40分钟.)
const SETTLE = /(相继|先后|已经|已)?(落户|入驻|扎根|落地(?!后)|迁至|迁入|搬迁至|迁到)(?!企业|单位|项目)/;

/** The projects or firms a sentence listed, settling together (两个项目均, 以上企业都). */
const TOGETHER = /^[,，]?(?:[两三四五六七八九十几]个|这些|上述|以上)?(?:项目|企业)(?:均|都|全部|分别|也)$/;

/** A project's total investment the sentence goes on to give (…落户乌兰浩特市，总投资2亿元的…项目). */
function projectTotal(ctx: ArticleContext, from: number, to: number) {
  return amountsIn(ctx.text.slice(from, to), from).find((a) => /(总投资|计划投资|投资总额|项目投资|投资额|投资金额)(额|达|约|为|近|超)*$/.test(ctx.text.slice(Math.max(from, a.start - 8), a.start)));
}

/** A plant of a company's own, set up somewhere (…组装车间, 生产基地); a branch (分公司) is a body of its own. */
const OWN_PLANT = /^[\u4e00-\u9fff]{0,10}?(车间|工厂|加工厂|分厂|生产基地)(?![\u4e00-\u9fff])/;

/** Words that make an enterprise of Inner Mongolia a Beijing group's own (集团, 子公司, 京企). */
const BEIJING_OWNED = /(集团|子公司|京企|北京企业)/;

/** A sentence about a project, whose 投资 is the project's size (项目总投资3.2亿元，一期计划投资1.5亿元). */
export const PROJECT_SENTENCE = /^(该|此|这一|这个)?项目/;

/** The place of Inner Mongolia that opens a clause signing a project's or an investment's agreement with an enterprise
 * (通辽市库伦旗与北京…有限公司在北京市房山区签订…项目投资协议): the end of its written chain. */
function placeSigningWith(ctx: ArticleContext, clause: { start: number; end: number }, e: Ref, rest: string): Ref | undefined {
  if (ctx.text[e.mention.start - 1] !== "与" || !/^(在.{0,30}?)?(签订|签约|签署)了?[^,，。；;]{0,30}?(投资|项目)[^,，。；;]{0,10}?(协议|合同)/.test(rest) ||
    /(结对|帮扶|购销|产销|采购|销售|供销|订单|供货|意向)/.test(rest)) return undefined;
  const places = ctx.within(clause.start, e.mention.start - 1, true).filter((r) => isPlace(r.entity));
  const first = places[0];
  // (The place opens the clause, a time at most before it.)
  if (!first || !/^\s*((19|20)[0-9]{2}年([0-9]{1,2}月)?([0-9]{1,2}日)?|今年|去年|同年|近日|日前)?[,，]?$/.test(ctx.text.slice(clause.start, first.mention.start))) return undefined;
  const end = places[runEnd(places, 0)]!;
  return end.mention.end === e.mention.start - 1 && ctx.sideOf(end.entity) === "inner-mongolia" ? end : undefined;
}

/** The total of a project the next sentence gives, when it goes on about the project (…签订…项目投资协议。项目总投资3.2亿元). */
function nextProjectTotal(ctx: ArticleContext, s: Sentence) {
  const next = ctx.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph || !PROJECT_SENTENCE.test(next.text)) return undefined;
  return projectTotal(ctx, next.start, next.end);
}

/** An agreement of intent, its sum only meant and still talked of (签订了投资意向协议，拟投资…，目前仍在洽谈中). */
export function intentOnly(clause: string, sentence: string): boolean {
  // (Or a first intent in a plan: 公司还计划明年在我旗设立…服务站，初步意向投资50万元.)
  return (/意向(协议|书|投资)/.test(clause) && /(拟|洽谈中|尚未|正在洽谈|计划|初步)/.test(sentence)) ||
    // (Or only promised, what arrived said after: 承诺在西井子镇投资1.5亿元…，截至审计日实际到位资金3,200万元.)
    /承诺[^,，。]{0,10}投资/.test(clause) ||
    // (Or only to be made, the project not begun: 拟投资1.5亿元建设…，项目尚未开工.)
    // (Still being weighed: 正在对…项目进行考察论证，初步计划投资1500万元; 正与…有关方面洽谈，拟投资1.5亿元. Or to start later:
    // 拟投资3亿元建设…，项目计划明年开工.)
    (/(拟投资|计划投资|拟在)/.test(sentence) && (/(尚未|还未|暂未)(开工|落地|到位|实施|建设|投产)|正在?[^，。,]{0,16}(考察|论证|洽谈|商谈|对接)/.test(sentence) ||
      (/(计划|预计|将于?)[^，。,]{0,8}开工/.test(sentence) && !/(落户|入驻|落地)/.test(sentence)))) ||
    // (Or called off before any was spent: 原计划投资8000万元…，2022年因市场原因终止协议，未实际投资.)
    /(终止|取消|解除)(了)?(投资)?(协议|合同|合作)|未(实际)?(投资|落地|到位)/.test(sentence);
}

/** A clause with no subject of its own, investing somewhere (此次在园区投资…). */
const CONTINUES = /^(?:此次|本次|并|还|将|已|又|随后|同时|目前)?(?:已经|已|将)?在/;

/** The place a project's site is said to be, between `from` and `to` (项目选址我旗托扎敏乡): the most specific of its chain. */
function sitedIn(ctx: ArticleContext, from: number, to: number): Ref | undefined {
  const said = /选址(于|在)?/.exec(ctx.text.slice(from, to));
  if (!said) return undefined;
  const after = from + said.index + said[0].length;
  const pointer = pointersIn(ctx, ctx.sentenceAt(after)!, after, Math.min(to, after + 4)).find((p) => p.start === after && isPlace(p.ref.entity));
  const opening = pointer ? pointer.end : after;
  const places = ctx.within(opening, to).filter((r) => isPlace(r.entity));
  if (places[0]?.mention.start !== opening) return pointer ? refAt(pointer.ref.entity, pointer.start, pointer.end) : undefined;
  return places[runEnd(places, 0)];
}

/** The chain of places filling all between a 在 at `inAt` and a verb at `at` (在阿尔山市白狼镇落户), or none. */
function placeBeforeVerb(ctx: ArticleContext, inAt: number, at: number): Ref[] {
  if (ctx.text[inAt] !== "在") return [];
  const chain = ctx.within(inAt + 1, at).filter((r) => isPlace(r.entity));
  return chain[0]?.mention.start === inAt + 1 && chain[runEnd(chain, 0)]!.mention.end === at ? chain : [];
}

/** The most specific place of Inner Mongolia the sentence names before `before`, or else the heading of the list item it
 * stands in (1.大板镇纺织服装帮扶车间。): the last named, the end of the last chain written. */
function worksSite(ctx: ArticleContext, s: Sentence, before: number): Ref | undefined {
  const heading = ctx.sentences[s.index - 1];
  const from = [s, ...(heading && heading.paragraph === s.paragraph && /^[0-9一二三四五六七八九十]{1,2}[.、．]/.test(heading.text) ? [heading] : [])];
  for (const x of from) {
    const places = ctx.within(x.start, x === s ? before : x.end).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia" && r.entity.label !== "Province");
    if (places.length > 0) return places[places.length - 1];
  }
  return undefined;
}

/** Whether `at` lies inside a quotation the text opened before it and has not closed. */
function quotedAt(text: string, at: number): boolean {
  return text.slice(0, at).lastIndexOf("“") > text.slice(0, at).lastIndexOf("”");
}

/** "首农、中粮…等61家北京企业相继落户赤峰", "E在科左中旗建立了…基地", "E与巴林右旗…签订了…项目". */
function settling(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    // (A sentence that names no enterprise settles none: the clauses' tests are for those that do.)
    if (!ctx.within(s.start, s.end).some((r) => r.entity.label === "Enterprise") && !pointersIn(ctx, s).some((p) => p.ref.entity.label === "Enterprise")) continue;
    for (const clause of ctx.clauses(s)) {
      const text = ctx.text.slice(clause.start, clause.end);
      const refs = ctx.within(clause.start, clause.end);
      let enterprises = refs.filter((r) => r.entity.label === "Enterprise");
      // A clause that goes on without a subject has the sentence's (中科翼能是…企业，此次在园区投资2.6亿元建设…).
      if (enterprises.length === 0 && clause.start > s.start && CONTINUES.test(text) && /投资/.test(text)) {
        const subject = ctx.within(s.start, clause.start).find((r) => r.entity.label === "Enterprise" && ctx.clauses(s)[0]!.end >= r.mention.end);
        if (subject) enterprises = [refAt(subject.entity, clause.start)];
      }
      // (Or a word pointing at one that settles: 这家做功能食品的企业落户鄂伦春自治旗, 该公司入驻园区.)
      // (Not one quoted, a slogan's: 符合公司“扎根草原、服务首都”的发展战略.)
      const verb = SETTLE.exec(text);
      const settle = verb && !quotedAt(text, verb.index) ? verb : null;
      // (A pointer settles only as the clause's verb, not in a phrase: 该企业入驻的标准化厂房由延庆区…建设.)
      const pointed = enterprises.length === 0 && settle && !/^的/.test(text.slice(settle.index + settle[0].length));
      if (pointed) enterprises = pointedEnterprises(ctx, s, clause.start, clause.start + settle.index);
      // (A clause settling with no subject but a time has the sentence's: 这家企业总部在密云，…，2023年入驻额勒顺镇; so has one of
      // 在 and the places only, …公司投资1500万元，在科右前旗归流河镇落户.)
      const lead = pointed ? ctx.text.slice(clause.start, clause.start + settle!.index) : "";
      // (Done already at that time, too: …，已于2024年10月落户乌丹镇.)
      if (pointed && enterprises.length === 0 && clause.start > s.start && (TIME_ONLY.test(lead.replace(/^(?:已经?|并|还)?于?/, "")) || (lead[0] === "在" && placeBeforeVerb(ctx, clause.start, clause.start + settle!.index).length > 0))) {
        const subject = openingEnterprise(ctx, s, clause.start);
        if (subject) enterprises = [refAt(subject.entity, clause.start)];
      }
      // (Or the firms the sentence listed investing, their projects settling together: A投资…建设…，B投资…建设…，两个项目均落户….)
      if (enterprises.length === 0 && settle && clause.start > s.start && TOGETHER.test(text.slice(0, settle.index))) {
        enterprises = ctx.within(s.start, clause.start).filter((r) => r.entity.label === "Enterprise" && ctx.text.startsWith("投资", r.mention.end));
      }
      if (enterprises.length === 0) continue;
      if (settle) {
        const at = clause.start + settle.index;
        const before = enterprises.filter((r) => r.mention.end <= at);
        // (Or the one its settling is said of, after the place and 的: 2022年落户敖汉旗的北京禾谷源食品科技有限公司，总投资1.2亿元.)
        const described = before.length === 0 ? enterprises.find((r) => r.mention.start > at && /^[^,，。]{2,14}的$/.test(ctx.text.slice(at + settle[0].length, r.mention.start))) : undefined;
        const subjects = described ? [described] : before;
        // The place settled in, or the place named at the head of the park or zone settled in (奈曼旗 of 奈曼旗工业园区).
        // (Before the one its settling is said of: 落户园区的北京金谷坊食品有限公司 settles in no 北京.)
        let places = ctx.within(clause.start, clause.end, true).filter((r) => isPlace(r.entity) && r.mention.start >= at + settle[0].length - 2 && (!described || r.mention.end <= described.mention.start));
        // (Or the place written between 在 and the verb: 已在白狼镇落户.)
        const inAt = text.lastIndexOf("在", settle.index);
        if (places.length === 0 && inAt >= 0) places = placeBeforeVerb(ctx, clause.start + inAt, at);
        // (Two places joined by a dot or a dash name a park of both: its own place is the one after it, 怀柔·奈曼京蒙协作产业园.)
        if (places.length >= 2 && /^[·—]$/.test(ctx.text[places[0]!.mention.end] ?? "") && places[1]!.mention.start === places[0]!.mention.end + 1) places = places.slice(1);
        const place = places[0] ?? pointersIn(ctx, s, clause.start, clause.end).map((p) => p.ref).find((r) => isPlace(r.entity));
        if (place) {
          // (It stands, and invests, in the most specific place of the chain written: 落户敖汉旗新惠镇 is in 新惠镇.)
          const site = places[0] === place ? places[runEnd(places, 0)]! : place;
          // (Not a group's total: 北京三快在线科技有限公司等企业4家落地…，实际投资额1.8亿元.)
          const group = subjects.length > 1 || (subjects[0] !== undefined && /^等/.test(ctx.text.slice(subjects[0].mention.end, subjects[0].mention.end + 1)));
          // (Or the total written before it: 总投资2亿元的…有限公司啤酒厂项目落地多伦县.)
          const amount = group || !subjects[0] ? undefined : projectTotal(ctx, clause.end, s.end) ?? projectTotal(ctx, clause.start, subjects[0].mention.start);
          for (const e of subjects) {
            // (An enterprise of Inner Mongolia settling at home is no part of the programme's investment, 通辽蒙禾牧业有限公司…落地额勒顺镇,
            // unless a Beijing group's, its sentence says: 由集团投资1.8亿元建设的内蒙古康泽蒙药科技有限公司于2020年落户科右前旗.)
            if (ctx.sideOf(e.entity) !== "inner-mongolia" || BEIJING_OWNED.test(s.text) || ctx.within(s.start, s.end).some((r) => ctx.sideOf(r.entity) === "beijing")) out.push({ type: "INVESTED_IN", source: e.entity.id, target: site.entity.id, props: amount ? { amountYuan: amount.yuan, approx: amount.approx } : {}, confidence: 0.75, evidence: ctx.evidence(s) });
            out.push({ type: "LOCATED_IN", source: e.entity.id, target: site.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
          }
          continue;
        }
        // (Brought in to settle with no place after, at the clause's end, it settles where the sentence or its item's head put
        // the works: 1.大板镇纺织服装帮扶车间。…引进…公司入驻; 将尼尔基镇一处闲置仓库改造成…车间，并引进…公司入驻.)
        const brought = subjects.length === 1 && /^[\s,，。；;]*$/.test(text.slice(settle.index + settle[0].length)) && /(引进|引入|吸引)$/.test(ctx.text.slice(Math.max(clause.start, subjects[0]!.mention.start - 2), subjects[0]!.mention.start));
        const works = brought ? worksSite(ctx, s, subjects[0]!.mention.start) : undefined;
        if (works && ctx.sideOf(subjects[0]!.entity) !== "inner-mongolia") {
          out.push({ type: "INVESTED_IN", source: subjects[0]!.entity.id, target: works.entity.id, props: {}, confidence: 0.6, evidence: ctx.evidence(s) });
          continue;
        }
        // (Settling nowhere written after, what it built is read below: …公司投资建设的千斤沟镇房车营地已于去年落地.)
        if (pointed) continue;
      }
      for (const e of enterprises) {
        // (Not one money is given to build with: 投入京蒙协作资金60万元，支持四子王旗巧手蒙绣专业合作社在查干补力格苏木建设….)
        if (/(支持|扶持|帮助|资助)$/.test(ctx.text.slice(Math.max(clause.start, e.mention.start - 2), e.mention.start))) continue;
        // (Past an aside that declares its short name: …有限公司（以下简称“德青源”）与…签订.)
        const aside = /^[（(][^）)]{0,30}[）)]/.exec(ctx.text.slice(e.mention.end, clause.end))?.[0].length ?? 0;
        const restAt = e.mention.end + aside;
        const rest = ctx.text.slice(restAt, clause.end);
        // (The place may be written as a long chain: 在内蒙古兴安盟科尔沁右翼中旗投资建设的….)
        // (A date may come first: 于2021年在敖汉旗下洼镇投资建设….)
        // (Or its sum: 投资600万元在莫旗尼尔基镇建设了….)
        const built = /^(?:此次|本次|并|还|又|随后|同时|目前)?(?:于?(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?|去年|今年|前年)?(?:已经|已|将|正|先后|决定)?(?:投资[0-9.]+[万亿]?元)?在([\u4e00-\u9fff]{2,16}?)(建立|建设|设立|投资|兴建|成立|改造|建成|建起|建了|新建|开设|开办)/.exec(rest);
        // (An agreement to pair, 签订村企结对协议, is no investment.)
        // (Nor one to buy or sell, 签订农产品购销协议: trade, not investment.)
        const signed = /^与([\u4e00-\u9fff]{2,20}?)(在.{0,30})?(签订|签约|签署)(?![^,，。]{0,8}(结对|帮扶|协作|购销|产销|采购|销售|供销|消费|订单|供货|助销))(?![,，]?(采购|购买|销售|收购|订购))/.exec(rest);
        // (Or the place signs with it, named first: 通辽市库伦旗与北京露源饮品集团有限公司在北京市房山区签订…项目投资协议.)
        const signer = !signed ? placeSigningWith(ctx, clause, e, rest) : undefined;
        if (signer && !intentOnly(text, s.text) && ctx.sideOf(e.entity) !== "inner-mongolia") {
          const sum = projectTotal(ctx, clause.end, s.end) ?? nextProjectTotal(ctx, s);
          out.push({ type: "INVESTED_IN", source: e.entity.id, target: (sitedIn(ctx, clause.end, s.end) ?? signer).entity.id, props: sum ? { amountYuan: sum.yuan, approx: sum.approx } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
          continue;
        }
        // (A project it builds, started or finished somewhere: 由…公司投资建设的肉牛屠宰项目在科右前旗正式开工.)
        // (Or its project named straight after it: 北京瑞丰泰生物科技有限公司饲用燕麦深加工项目在察右前旗平地泉镇开工; at a park
        // named after its place, 在赤峰市阿鲁科尔沁旗天山镇京蒙协作产业园开工建设.)
        const started = /^(?:(?:投资)?(?:建设|兴建|建立|打造|投建)的[^,，。]{1,20}?|[^,，。的在与和向]{1,16}?项目)(?:在|落户|落地于?)([\u4e00-\u9fff]{2,24}?)(?:正式|顺利|全面)?(?:开工|建成|投产|开业|揭牌|启动|奠基|落地)/.exec(rest);
        // (Or what it built, seen where the clause went before: 赴和林格尔县考察了…公司投资建设的奶牛养殖基地.)
        // (Its sum may stand between: 记者…在乌拉特中旗海流图镇看到，由…公司投资1.1亿元人民币建设的…项目已经全面投产.)
        const builtWith = !built && !signed && !started ? /^(?:投资建设|投资兴建|投资打造|投建|投资(?:[0-9.,零一二两三四五六七八九十百千]+[万亿]?元(?:人民币)?)?(?:建设|兴建|打造)?)的/.exec(rest) : null;
        // (Or the project a list item opens with, built by it: 1.荞麦精深加工项目。由北京云岫农业发展有限公司投资建设，总投资1.8亿元.)
        if (!built && !signed && !started && !builtWith && ctx.text[e.mention.start - 1] === "由" && /^(?:投资建设|投资兴建|投资新建)(?:[,，]|$)/.test(rest)) {
          const places = ctx.within(s.start, s.end).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia");
          // (Where the sentence before set the facility it points at: …位于我旗巴音塔拉镇的…繁育场。该场由…投资建设.)
          const builtAt = pointedFacilitySite(ctx, s) ?? (places.length > 0 ? places[runEnd(places, 0)] : ctx.imFocus ? refAt(ctx.imFocus, s.start) : undefined);
          const sum = projectTotal(ctx, clause.end, s.end);
          if (builtAt && ctx.sideOf(e.entity) !== "inner-mongolia") out.push({ type: "INVESTED_IN", source: e.entity.id, target: builtAt.entity.id, props: sum ? { amountYuan: sum.yuan, approx: sum.approx } : {}, confidence: 0.6, evidence: ctx.evidence(s) });
          continue;
        }
        if (builtWith) {
          const places = ctx.within(s.start, e.mention.start).filter((r) => isPlace(r.entity));
          const gone = places.findLastIndex((r) => /(赴|到|在|来到|前往|位于)$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)));
          // (Read along a written chain to its most specific: 赴和林格尔县盛乐镇.)
          const visited = gone >= 0 ? places[runEnd(places, gone)] : undefined;
          // (Or the place what it built opens with: …公司投资建设的千斤沟镇房车营地已于去年落地，项目总投资3200万元.)
          const named = ctx.within(restAt + builtWith[0].length, clause.end, true).filter((r) => isPlace(r.entity));
          const opening = named[0]?.mention.start === restAt + builtWith[0].length ? named[runEnd(named, 0)] : undefined;
          const site = visited ?? opening;
          const sum = amountsIn(builtWith[0])[0] ?? (site === opening ? projectTotal(ctx, clause.end, s.end) : undefined);
          if (site && ctx.sideOf(site.entity) === "inner-mongolia") {
            out.push({ type: "INVESTED_IN", source: e.entity.id, target: site.entity.id, props: sum ? { amountYuan: sum.yuan, approx: sum.approx } : {}, confidence: 0.6, evidence: ctx.evidence(s) });
          }
          continue;
        }
        // (Or its sum, then where it builds, in the next clause: …公司投资1.5亿元，在土贵乌拉镇建设…; or each of a list's, where
        // they build: A投资1.2亿元、B投资8600万元，分别在四子王旗建设….)
        const spent = built || signed || started ? null
          : /^(?:计划|拟|将|累计|共)?投资(?:[^,，。；;]{0,16}|[0-9.]+[万亿]?元(?:、[^,，。；;、]{4,40}?投资[0-9.]+[万亿]?元)+)[,，](?:并|将|计划|分别|均|都)?在([\u4e00-\u9fff]{2,12}?)(建立|建设|设立|兴建|成立|改造|建成|打造|实施)/.exec(ctx.text.slice(restAt, s.end));
        const m = built ?? signed ?? started ?? spent;
        if (!m) continue;
        // (An agreement of intent, the sum only meant and still talked of, is no investment: 签订了投资意向协议，拟投资
        // 5000万元…，目前仍在洽谈中.)
        if (intentOnly(text, s.text)) continue;
        // (A signing the next clause says is a purchase: 与巴林左旗签约，采购小米….)
        if (m === signed && m[0].length === rest.length && /^[,，]?(采购|购买|销售|收购|订购)/.test(ctx.text.slice(clause.end, clause.end + 4))) continue;
        const from = restAt + m[0].indexOf(m[1]!);
        // (The places a park's name opens with count where a project starts there: 在赤峰市阿鲁科尔沁旗天山镇京蒙协作产业园开工.)
        const partner = ctx.within(from, from + m[1]!.length, m === started);
        // (Or the place a park is named after, where it is pointed at: 将在园区建设… in 武川产业园.)
        const place = partner.filter((r) => isPlace(r.entity)).pop()
          ?? (m === signed && partner.length === 1 ? placeGoverned(ctx, partner[0]!) : undefined)
          ?? pointersIn(ctx, s, from, from + m[1]!.length).map((p) => siteSeat(ctx, p.ref)).find((r) => r && isPlace(r.entity));
        // (The site the sentence goes on to give is where: …与我旗签订…项目投资协议，项目选址我旗托扎敏乡.)
        const site = place && m === signed ? sitedIn(ctx, clause.end, s.end) ?? place : place;
        if (site && ctx.sideOf(site.entity) !== "beijing") {
          // An amount the clause gives the project (签订5000万元肉牛养殖项目协议) is the investment's.
          // Else one the sentence goes on to give as the project's total (…建设小米深加工项目，总投资3000万元).
          const amount = (m === spent ? amountsIn(ctx.text.slice(restAt, restAt + m[0].length))[0] : amountsIn(ctx.text.slice(restAt + m[0].length, clause.end))[0]) ??
            projectTotal(ctx, clause.end, s.end) ?? nextProjectTotal(ctx, s);
          const props: Record<string, number | boolean> = amount ? { amountYuan: amount.yuan, approx: amount.approx } : {};
          out.push({ type: "INVESTED_IN", source: e.entity.id, target: site.entity.id, props, confidence: 0.65, evidence: ctx.evidence(s) });
          // (A plant of its own set up there places it there too: 在巴彦呼舒镇团结社区设立电子元件组装车间.)
          if (m === built && /^(设立|建立|成立)$/.test(m[2]!) && OWN_PLANT.test(ctx.text.slice(restAt + m[0].length, clause.end))) {
            out.push({ type: "LOCATED_IN", source: e.entity.id, target: site.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
          }
        }
      }
    }
  }
  return out;
}

/** The grants and investments money read, with the article's settlings (落户, 入驻) joined to them: an investment is one
 * edge however many sentences state it, priced where one does, and a sum an enterprise invests is no grant. */
export function withSettlings(ctx: ArticleContext, out: Relation[]): Relation[] {
  // A settling stated with an amount needs no second, amountless edge for the same sentence.
  const settled = settling(ctx);
  const invested = [...out, ...settled].filter((r) => r.type === "INVESTED_IN");
  // (Nor another for the head of the chain the priced one read to its end: 落户太仆寺旗红旗镇，投资8000万元 is one investment.)
  const priced = new Set(out.filter((r) => r.type === "INVESTED_IN").flatMap((r) => [`${r.source}|${r.target}|${r.evidence.start}`, `${r.source}||${r.evidence.start}`]));
  // Elsewhere in the article, an amountless one is the same investment when the article prices just one of that
  // enterprise in that place: it joins the priced one as more evidence (签约…总投资3.2亿元 … 促成德青源落户察右前旗).
  const prices = new Map<string, Relation["props"] | null>();
  for (const r of invested) {
    if (r.props["amountYuan"] === undefined) continue;
    const k = `${r.source}|${r.target}`;
    const seen = prices.get(k);
    prices.set(k, seen === undefined || (seen && seen["amountYuan"] === r.props["amountYuan"]) ? r.props : null);
  }
  const withPrice = (r: Relation): Relation => {
    const props = r.type === "INVESTED_IN" && r.props["amountYuan"] === undefined ? prices.get(`${r.source}|${r.target}`) : undefined;
    return props ? { ...r, props } : r;
  };
  // (A sum an enterprise invests is no grant of the body named beside it: 中科翼能是北京经济技术开发区的一家…企业，此次在
  // 园区投资2.6亿元 is the enterprise's.)
  const investedSums = new Set(invested.filter((r) => r.props["amountYuan"] !== undefined).map((r) => `${r.evidence.start}|${r.props["amountYuan"]}`));
  const grants = out.filter((r) => r.type !== "FUNDED" || !investedSums.has(`${r.evidence.start}|${r.props["amountYuan"]}`));
  return [...grants, ...settled.filter((r) => r.type !== "INVESTED_IN" || !(priced.has(`${r.source}|${r.target}|${r.evidence.start}`) || (r.props["amountYuan"] === undefined && priced.has(`${r.source}||${r.evidence.start}`)))).map(withPrice)];
}
