// Where one works by the work one went to or does there: 进入…公司总部从事…工作, 在…公司做分拣员的…, 在…小学任教.
import type { Sentence } from "../normalise/index.js";
import { isInstitution, isPlace, lastIndexWithin, type ArticleContext, type Ref, type Relation } from "./context.js";
import { kindServedAt, POSTS, TAKEN_POSTS } from "./posts.js";
import { chainStart, runEnd } from "./ref-runs.js";

/** Going to work at a body, right before its name (进入, 入职, 被…录用), or being one of its staff now (现在是…的金牌育婴员). */
// (Where the body lies may come between: 进入位于丰台区花乡的北京京南汇通汽车服务有限公司.)
// (Or 在 before it, where the job after it is said: 他在…物业服务有限公司担任保安班长, 在…有限公司找到了一份叉车司机的工作.)
// (Or placed there by those who found the job: 经劳务工作站推荐到北京丰泽物业服务有限公司从事保洁工作.)
const ENTERED = /(?:进入|入职|就职于|受聘于|应聘到|(?:推荐|安置|输送|介绍)(?:到|进)|被[^，。；;]{0,8}录用到?|(?:现在|如今|目前|现)(?:已经|已)?(?:是|成为)|在)(?:位于[^，,。；;]{2,16}的)?$/;
/** The job said after a body's name that 在 opened: the work (工作, 上班), one taken (当, 担任 a post), or one found (找到了一份…工作). */
const JOB_AFTER = /^[^，,。；;]{0,10}?(工作|上班|就业|务工|打工)|^(?:当|做|干|担任|从事)[\u4e00-\u9fff]{1,6}(?=[，,。；;：:“]|$)|^找到了?(?:一份)?[^，,。；;]{0,12}(工作|岗位)/;
/** Signing a contract of employment with a body, right after its name (已与…有限公司签订劳动合同). */
const SIGNED_ON = /^(?:签订|签署|签下)了?(?:正式的?)?(?:劳动|用工|就业)合同/;
/** A job held at a body, after its name and 的 (…的金牌育婴员, 的一名装配工). */
// (A nickname's quotes too: 的“金牌月嫂”.)
const STAFF_OF = /^的(?:一名|一位)?[“"]?[\u4e00-\u9fff]{0,4}?(?:员|工|师|长|手|厨|嫂)[”"]?(?=[,，。；;]|$)/;

/** The body one named went on to work at, later in their sentence and before anyone else is named: an enterprise, or a school or
 * hospital where the work is said (进入…公司总部从事…工作; 进入…学校学习 is no work). */
export function enteredWork(ctx: ArticleContext, s: Sentence, p: Ref): Ref | undefined {
  // (Not one who only helped the subject on the way: 于凤霞则在李秀梅的推荐下….)
  if (onlyHelped(ctx, p)) return undefined;
  return enteredFrom(ctx, s, p.mention.end);
}

/** A person named only as one who helped the subject on the way (在李秀梅的推荐下): no subject of their own. */
function onlyHelped(ctx: ArticleContext, p: Ref): boolean {
  return p.entity.label === "Person" && ctx.text[p.mention.start - 1] === "在" && ctx.text[p.mention.end] === "的";
}

/** The body the subject whose words begin at `at` went on to work at (he or she too: 他经工作站推荐进入…有限公司当钢筋工). */
export function enteredFrom(ctx: ArticleContext, s: Sentence, at: number): Ref | undefined {
  for (const r of ctx.within(at, s.end)) {
    // (One who helped them on the way is no one else's subject: 在李秀梅的推荐下.)
    if (onlyHelped(ctx, r)) continue;
    if (r.entity.label === "Person" || r.mention.start - at > 40 || /[。；;]/.test(ctx.text.slice(at, r.mention.start))) return undefined;
    if (!isInstitution(r.entity) || r.entity.label === "Agency") continue;
    const after = ctx.text.slice(r.mention.end, Math.min(s.end, r.mention.end + 16));
    // (Or signed on with it: 孟庆丰已与…有限公司签订劳动合同.)
    if (r.entity.label === "Enterprise" && /与$/.test(ctx.text.slice(r.mention.start - 1, r.mention.start)) && SIGNED_ON.test(after)) return r;
    const lead = ENTERED.exec(ctx.text.slice(at, r.mention.start));
    if (!lead) continue;
    // (Or its own unit named after it, where the work is said: 进入…有限公司下属的颐寿园养老照料中心工作.)
    const unit = /^(?:下属|旗下|所属)的/.exec(after);
    const own = unit ? ctx.within(r.mention.end + unit[0].length, s.end).find((x) => x.mention.start === r.mention.end + unit[0].length && isInstitution(x.entity)) : undefined;
    if (own && JOB_AFTER.test(ctx.text.slice(own.mention.end, Math.min(s.end, own.mention.end + 16)))) return own;
    if (/(是|成为)$/.test(lead[0])) {
      if (STAFF_OF.test(after)) return r;
      continue;
    }
    // (Or the job taken there: 进入…有限公司当钢筋工; after 在, only that.)
    // (A firm only after 在: one said to work at a hospital or school, 在察右前旗医院工作半年, is often posted there.)
    // (Nor work said to be help or a posting: 在…农村商业银行帮助工作.)
    if (lead[0] === "在" ? r.entity.label === "Enterprise" && JOB_AFTER.test(after) && !/^(帮助|帮扶|挂职|支教|援助|交流|锻炼|服务|蹲点|指导)/.test(after) : JOB_AFTER.test(after) || (r.entity.label === "Enterprise" && /^([，,。；;]|$)/.test(after))) return r;
  }
  return undefined;
}

/** A job done at a body, said before the person's name in their clause (在北京良乡物流有限公司做分拣员的…赵德胜). */
export function jobBefore(ctx: ArticleContext, s: Sentence, p: Ref): { body: Ref; job: string } | undefined {
  const from = Math.max(s.start, lastIndexWithin(ctx.text, "，", s.start, p.mention.start) + 1, lastIndexWithin(ctx.text, ",", s.start, p.mention.start) + 1);
  for (const r of ctx.within(from, p.mention.start)) {
    // (在 may stand before where the body is: 如今在位于丰台区卢沟桥街道的…有限公司担任保安班长的…赵永胜.)
    if (!isInstitution(r.entity) || !/在(?:位于[^，。,；;]{2,20}的)?$/.test(ctx.text.slice(Math.max(from, r.mention.start - 24), r.mention.start))) continue;
    // (Or works there, the title after: 同在作物研究所工作的助理研究员高晓宇; in a department of it, one's generation said too:
    // 在宁城县中心医院药剂科工作的90后妈妈白雪; or before a posting: 在朝阳区商务局工作、现挂职科右前旗副旗长的刘振东.)
    const job = /^(?:做|当|干|担任|从事)([\u4e00-\u9fff]{1,6}?)(?:工作)?的/.exec(ctx.text.slice(r.mention.end, p.mention.start)) ??
      /^(?:[\u4e00-\u9fff]{1,6}?(?:科|部|处|室|车间))?(?:工作|任职|就职|上班)(?:、(?:现|现在|目前)?(?:挂职|挂任|在)[^，,。；;]{2,24})?的(?:[0-9]{2}后)?([\u4e00-\u9fff]{0,8})$/.exec(ctx.text.slice(r.mention.end, p.mention.start));
    if (job && !ctx.within(r.mention.end, p.mention.start).some((x) => x.entity.label === "Person")) return { body: r, job: job[1]! };
  }
  return undefined;
}

/** The body one is said, after one's name, to be one of (王璐是北京市朝阳区阳光家园社会工作事务所的资深社工), and the post. */
export function staffOf(ctx: ArticleContext, s: Sentence, p: Ref, post: RegExp): { body: Ref; role: string } | undefined {
  // (Or has become one: 包桂英成为北京雅绣坊服饰有限公司的一名缝纫工.)
  // (Or was, before retiring: 马淑兰退休前是北京市昌平区第二中学数学高级教师.)
  const is = /^(?:就|也|则|正|目前|现在|如今|现|退休前|退休以前|退休之前)?(?:是|成为|当上了?)/.exec(ctx.text.slice(p.mention.end, p.mention.end + 7));
  if (!is) return undefined;
  const from = p.mention.end + is[0].length;
  const chain = ctx.within(from, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
  if (chain[0]?.mention.start !== from) return undefined;
  const body = chain[runEnd(chain, 0)]!;
  // (A department or course may come between: …第一职业学校物流专业的带头人.)
  // (Or the post straight after the body, a subject's and a rank's words before it: …第二中学数学高级教师.)
  const after = ctx.text.slice(body.mention.end, s.end);
  const role = /^(?:[\u4e00-\u9fff]{1,6}?(?:科|部|处|室|系|组|专业))?的(?:一名|一位)?([\u4e00-\u9fff]{1,10}?)(?=[,，。；;]|$)/.exec(after)?.[1] ??
    /^([\u4e00-\u9fff]{0,6}?(?:教师|医师|医生|护士|护士长))(?=[,，。；;]|$)/.exec(after)?.[1];
  // (A village's people are of the village: 李国庆是永胜村的养牛户.)
  const villager = body.entity.label === "Village" && VILLAGER_ROLE.test(role ?? "");
  return role && ((isInstitution(body.entity) && post.test(role)) || villager) ? { body, role } : undefined;
}

/** The words that make one of a village's people (养牛户, 种粮大户). */
export const VILLAGERS = "村民|牧民|农民|农户|牧户|养殖户|种植户|养牛户|养羊户|大户|带头人";
const VILLAGER_ROLE = new RegExp(`^[\u4e00-\u9fff]{0,6}(${VILLAGERS})$`);

/** Taking a post, right after one's name (吴晓峰兼任…, 其其格还担任着…, 刘振宇，现任…). */
const TAKES_POST = /^(?:同志)?[,，]?(?:同时|还|也|又|现|目前|现在|如今)?(?:兼任|担任|现任|出任|任)着?/;
/** The post taken, after the body and a department of it (…第一中学的法治副校长, …协会副会长, …畜牧兽医科科长). */
const POST_TAKEN = /^的?([\u4e00-\u9fff]{0,10}?(?:长|书记|主任|委员|理事|师|员|教授|顾问|总监|经理|专家))(?=[,，。；;、]|$)/;

/** The body one takes a post at, said right after one's name, and the post (吴晓峰兼任大杨树镇第一中学的法治副校长). */
export function postTaken(ctx: ArticleContext, s: Sentence, p: Ref): { body: Ref; post: string } | undefined {
  const takes = TAKES_POST.exec(ctx.text.slice(p.mention.end, p.mention.end + 8));
  if (!takes) return undefined;
  const from = p.mention.end + takes[0].length;
  const chain = ctx.within(from, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
  if (chain[0]?.mention.start !== from) return undefined;
  const body = chain[runEnd(chain, 0)]!;
  const post = POST_TAKEN.exec(ctx.text.slice(body.mention.end, s.end))?.[1];
  return post && isInstitution(body.entity) ? { body, post } : undefined;
}

/** Words before one's name, in one's sentence, that say one was sent (派出的挂职干部郑海龙, 派出支教教师杨帆). */
const SENT_BEFORE = /挂职|挂任|支教|派出|派驻|选派|援派|援蒙|派来|托管|银龄/;

/** A post taken in Inner Mongolia by one the words before one's name say was sent, or an acting head's there (…主任医师张瑞东担任
 * 内蒙古自治区人民医院儿科执行主任): a posting, not a workplace. */
export function takenWhereSent(ctx: ArticleContext, s: Sentence, p: Ref, taken: { body: Ref; post: string }): boolean {
  return ctx.sideOf(taken.body.entity) === "inner-mongolia" && (/执行/.test(taken.post) || SENT_BEFORE.test(ctx.text.slice(s.start, p.mention.start)));
}

/** ASSIGNED_TO where one sent takes a post (丰台区…派出的挂职干部郑海龙，担任临西县人力资源和社会保障局副局长). */
export function postsTakenWhereSent(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    const s = p.entity.label === "Person" ? ctx.sentenceAt(p.mention.end) : undefined;
    const taken = s ? postTaken(ctx, s, p) : undefined;
    if (s && taken && takenWhereSent(ctx, s, p, taken)) {
      out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: taken.body.entity.id, props: { kind: kindServedAt(taken.body.entity.label), role: taken.post }, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** A post held at the body named before, then where one is posted: 副局长、在鄂伦春自治旗挂职任副旗长的. */
const POST_THEN_POSTING = /^[\u4e00-\u9fff]{1,6}?(?:长|主任|书记|干部|科员|员|师)、(?:现在|现|目前|如今)?(?:在|到|赴)[^，,。；;]{1,24}(?:挂职|任职|支教|帮扶|工作)[^，,。；;]{0,10}的$/;

/** Sent from a body to a post elsewhere, the body said after 从 (从北京市东城区发展改革委到科右前旗挂职任副旗长的刘建军; 杨帆是从
 * 北京市怀柔区发展和改革委员会选派到正镶白旗挂职的干部): the body one came from is one's home. */
export function cameFromBody(ctx: ArticleContext, s: Sentence, p: Ref): Ref | undefined {
  const after = /^(?:就|也|则)?是从/.exec(ctx.text.slice(p.mention.end, p.mention.end + 4));
  const from = after ? p.mention.end + after[0].length : -1;
  // (Or 来自 the body, then the posting: 来自昌平区发展改革委、现在科右中旗挂职任副旗长的刘卫东.)
  for (const b of ctx.within(s.start, s.end)) {
    if (!isInstitution(b.entity)) continue;
    const start = chainStart(ctx, s.start, b);
    const word = /(从|来自)$/.exec(ctx.text.slice(Math.max(0, start - 2), start))?.[1];
    // (Or the body and the post held there opening the clause, then the posting: 北京市西城区商务局副局长、在鄂伦春自治旗挂职任副旗长的赵明远.)
    if (!word && !after && (start === s.start || /[，,：:]$/.test(ctx.text.slice(start - 1, start))) && POST_THEN_POSTING.test(ctx.text.slice(b.mention.end, p.mention.start)) &&
      !ctx.within(b.mention.end, p.mention.start).some((r) => r.entity.label === "Person")) return b;
    if (!word) continue;
    const cameFrom = word === "来自";
    if (after ? start !== from || cameFrom : b.mention.end >= p.mention.start) continue;
    const gap = after ? ctx.text.slice(b.mention.end, s.end) : ctx.text.slice(b.mention.end, p.mention.start);
    // (The title may come after 的: 从北京市朝阳区商务局到科左后旗挂职的副旗长刘振宇.)
    if (!(after ? /^(?:选派|派|调|借调)?(?:到|赴|来到|前往)/ : cameFrom ? /^、(?:现在|现|目前|如今)?(?:在|到|赴)[^，,。；;]{1,24}的(?:[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|干部))?$/ : /^(?:选派|派|调|借调)?(?:到|赴|来到|前往)[^，,。；;]{1,30}的(?:[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|干部))?$/).test(gap)) continue;
    if (!after && ctx.within(b.mention.end, p.mention.start).some((r) => r.entity.label === "Person")) continue;
    return b;
  }
  return undefined;
}

/** A Beijing body one is said to work at right after one's name (李慧在丰台区东高地第一小学任教). */
export function workedAt(ctx: ArticleContext, s: Sentence, p: Ref): Ref | undefined {
  // (After the title a surname alone is called by: 李师傅在长辛店职业技能培训学校执教.)
  const role = p.mention.role ?? "";
  const end = p.mention.end + (role && ctx.text.startsWith(role, p.mention.end) ? role.length : 0);
  // (Or did before: 何振宇原来在北京市石景山区水务局工作.)
  const worksThere = /^(?:目前|现在|如今|现|一直|也|还|则|原来|原先|此前|之前|以前|曾经|曾)?在/.exec(ctx.text.slice(end, end + 5));
  // (Or a post held there before: 冯硕此前担任东城区商务局副局长.)
  const heldBefore = worksThere ? null : /^(?:此前|之前|以前|曾经|曾|原)(?:担任|任)/.exec(ctx.text.slice(end, end + 5));
  const opened = worksThere ?? heldBefore;
  const workplace = opened ? ctx.within(end, s.end).find((r) => r.mention.start === end + opened[0].length) : undefined;
  const after = workplace ? ctx.text.slice(workplace.mention.end, s.end) : "";
  return workplace && isInstitution(workplace.entity) && ctx.sideOf(workplace.entity) === "beijing" &&
    (heldBefore ? /^[\u4e00-\u9fff]{0,8}?(?:长|主任|书记|干部|科员|师)(?=[,，。；;、]|$)/.test(after) : /^(?:任教|执教|从教|工作|上班|就职|任职|行医|从医|担任)/.test(after)) ? workplace : undefined;
}

const POSTED = /(挂职|挂任|派驻|援派)/;

/** A post one held before, said after one's name on 挂职 (…的副旗长，此前任石景山区发展和改革委员会副主任):
 * the body held it is one's home. */
export function formerPost(ctx: ArticleContext, s: Sentence, p: Ref): { body: Ref; post: string } | undefined {
  // (Only in a sentence of 挂职, looked at first: most are not.)
  if (!POSTED.test(s.text)) return undefined;
  // (原任 and 原为 too after a title, 副旗长赵一鸣，原为…; after 的 or opening a profile they are read there.)
  const titled = /[长任记员师]$/.test(ctx.text.slice(Math.max(0, p.mention.start - 1), p.mention.start));
  // (Or where one worked, no post said: …，此前在北京市密云区水务局工作.)
  const said = (titled ? /^[^。；;]{0,40}?[,，](?:此前|之前|曾|原)(?:任|是|为|系|在)/ : /^[^。；;]{0,40}?[,，](?:此前|之前|曾)(?:任|是|为|系|在)/).exec(ctx.text.slice(p.mention.end, s.end));
  if (!said) return undefined;
  const from = p.mention.end + said[0].length;
  const chain = ctx.within(from, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
  if (chain[0]?.mention.start !== from) return undefined;
  const body = chain[runEnd(chain, 0)]!;
  const after = ctx.text.slice(body.mention.end, s.end);
  const post = said[0].endsWith("在") ? (/^(?:工作|任职)(?=[,，。；;、]|$)/.test(after) ? "" : undefined) : /^[\u4e00-\u9fff]{0,8}?(?:长|主任|书记|干部|科员|调研员|委员)(?=[,，。；;、]|$)/.exec(after)?.[0];
  return post !== undefined && isInstitution(body.entity) ? { body, post } : undefined;
}

/** A Beijing body's post, then the place one is sent to and the post held there (北京市丰台区南苑医院骨科主任、派驻扎赉特旗人民医院挂职副院长王志刚):
 * the body before is one's home. */
export function postedFromPost(ctx: ArticleContext, sender: Ref | undefined, postedAt: Ref, nearest: Ref, p: Ref): boolean {
  return !!sender && ctx.sideOf(sender.entity) === "beijing" && /^[\u4e00-\u9fff]{1,8}?(?:干部|书记|主任|长)、(?:派驻|派往|派到|选派到)$/.test(ctx.text.slice(sender.mention.end, postedAt.mention.start)) &&
    [POSTS, TAKEN_POSTS].some((post) => post.test(ctx.text.slice(nearest.mention.end, p.mention.start).replace(/^(挂职|挂任)/, "")));
}
