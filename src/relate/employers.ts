// WORKS_AT from who employs or sends someone: a body that sent them (…是朝阳区人社局派驻巴林右旗的干部), one that took them on
// (被…录用), one that chose them to serve (…选派、现挂职我旗副旗长的董浩), where they do a job (在…当上了装配工), and what they founded.
import { ArticleContext, isInstitution, isPlace, refAt, type Relation } from "./context.js";
import { pointersIn } from "./anaphora.js";
import { runEnd } from "./ref-runs.js";
import { kindServedAt } from "./posts.js";
import { subjects } from "./subjects.js";

/** "陈晓峰是朝阳区人力资源和社会保障局派驻巴林右旗的干部": WORKS_AT the body (or Beijing place, 德胜街道) that sent, ASSIGNED_TO where
 * it sent. */
export function sentByBody(ctx: ArticleContext): { works: Relation[]; sent: Relation[] } {
  const works: Relation[] = [];
  const sent: Relation[] = [];
  if (!/是[^。]{2,30}(派驻|派到|派往|选派到|派来|派出|选派)/.test(ctx.text)) return { works, sent };
  for (const p of ctx.refs) {
    // (Or in a clause after the name: 他叫郑凯，是德胜街道派到咱村的驻村干部.)
    const is = p.entity.label === "Person" ? /^[,，]?(?:则|也|就)?是/.exec(ctx.text.slice(p.mention.end, p.mention.end + 3)) : null;
    if (!is) continue;
    const s = ctx.sentenceAt(p.mention.start);
    const from = p.mention.end + is[0].length;
    if (!s) continue;
    const refs = ctx.within(from, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    if (refs[0]?.mention.start !== from) continue;
    const body = refs[runEnd(refs, 0)]!;
    // (Or sent with no place said: 她是东城区文化和旅游局派来的干部 works there.)
    const sentOnly = /^(?:派来|派出|选派|选派来|派驻)的([\u4e00-\u9fff]{0,6}?(?:干部|医生|医师|专家|教师|老师|书记))/.exec(ctx.text.slice(body.mention.end, s.end));
    // (A body of either side that stations its own cadre in a village: 李明远则是宁城县人民法院派驻的干部.)
    if (sentOnly && (ctx.sideOf(body.entity) === "beijing" || (sentOnly[0].startsWith("派驻") && isInstitution(body.entity))) && body.entity.label !== "Province") {
      works.push({ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props: { role: sentOnly[1]! }, confidence: 0.7, evidence: ctx.evidence(s) });
      continue;
    }
    const verb = /^(派驻|派到|派往|选派到)/.exec(ctx.text.slice(body.mention.end, body.mention.end + 3));
    const next = refs[runEnd(refs, 0) + 1];
    if (!verb || !next || next.mention.start !== body.mention.end + verb[0].length || !(isInstitution(body.entity) || (isPlace(body.entity) && body.entity.label !== "Province")) || ctx.sideOf(body.entity) !== "beijing") continue;
    const to = refs[runEnd(refs, refs.indexOf(next))]!;
    const role = /^的([\u4e00-\u9fff]{0,6}?(?:干部|医生|医师|专家|教师|老师|书记))/.exec(ctx.text.slice(to.mention.end, s.end))?.[1];
    // (A village named nowhere else may be of no side the text tells: sent from Beijing, it is not Beijing's.)
    if (!role || ctx.sideOf(to.entity) === "beijing") continue;
    works.push({ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props: { role }, confidence: 0.7, evidence: ctx.evidence(s) });
    sent.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: { kind: to.entity.label === "Village" ? "驻村" : kindServedAt(to.entity.label) }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return { works, sent };
}

/** What follows the body that chose one now serving on 挂职, up to their name (…选派、现在我旗挂职任副旗长的, …派驻我旗挂职的旗委常委、
 * 副旗长, …选派到我旗挂职的副旗长); or, after 来自 and the body, the post now held (来自…委员会、现任科左中旗副旗长（挂职）的). */
const SELECTED_TO_SERVE = /^(?:选派|派驻|派出|派来)到?[、，,]?(?:现|目前|现已)?[^，,。；;]{0,16}?(?:挂职|挂任|现任|任|驻村)[^，,。；;]{0,24}$/;
const NOW_SERVING = /^[、，,](?:现|目前)?(?:任|挂任|挂职|担任)[^，,。；;]{0,24}的$/;

/** One a Beijing body chose who now serves on 挂职 in Inner Mongolia, said before their name: WORKS_AT the body, ASSIGNED_TO
 * the place (仪式由北京经开区社会事业局选派、现挂职我旗旗委常委、副旗长的董浩主持; 从密云区商务局选派到我旗挂职的副旗长赵楠). */
export function selectedToServe(ctx: ArticleContext): { works: Relation[]; sent: Relation[] } {
  const works: Relation[] = [];
  const sent: Relation[] = [];
  if (!/(选派|派驻|派出|派来|来自)/.test(ctx.text)) return { works, sent };
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    const bodies = ctx.within(s.start, p.mention.start).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "beijing");
    const body = bodies.findLast((b) => {
      const between = ctx.text.slice(b.mention.end, p.mention.start);
      return between.includes("的") && (SELECTED_TO_SERVE.test(between) ||
        (/来自$/.test(ctx.text.slice(b.mention.start - 2, b.mention.start)) && NOW_SERVING.test(between) && /(挂职|挂任|援派)/.test(s.text)));
    });
    if (!body) continue;
    // (Or, a banner's post held with no place named, the banner in focus: 丰台区派来的挂职副旗长陈立新.)
    const focus = ctx.imFocus?.label === "Banner" && /(?:旗|县)(?:长|委常委)/.test(ctx.text.slice(body.mention.end, p.mention.start)) ? refAt(ctx.imFocus, p.mention.start) : undefined;
    const served = [...ctx.within(body.mention.end, p.mention.start), ...pointersIn(ctx, s, body.mention.end, p.mention.start).map((x) => refAt(x.ref.entity, x.start, x.end))]
      // (A village stationed in may be of no side the text tells: 顺义区农业农村局选派的前进村驻村第一书记周鹏.)
      .filter((r) => isPlace(r.entity) && (ctx.sideOf(r.entity) === "inner-mongolia" || (r.entity.label === "Village" && !ctx.sideOf(r.entity)))).sort((a, b) => a.mention.start - b.mention.start)[0] ?? focus;
    if (!served) continue;
    works.push({ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
    sent.push({ type: "ASSIGNED_TO", source: p.entity.id, target: served.entity.id, props: { kind: /驻村/.test(ctx.text.slice(body.mention.end, p.mention.start)) ? "驻村" : "挂职" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return { works, sent };
}

/** Words that say someone was taken on or works somewhere, looked for before a sentence's bodies are. (当 only as a job's verb, the
 * one the readings below take: not 当地, 当天.) */
const EMPLOYED = /(录用|聘用|聘为|聘任|招录|做起|从事|所在的|成了|成为|当(?![地天年时日中前即场面]))/;

/** Someone taken on by a body (被中国国际贸易中心有限公司录用), doing a job at it (在北京奔驰汽车有限公司总装车间当上了装配工,
 * 在北京檀州家政服务有限公司从事母婴护理工作), come to a firm to be one of its workers (来到北京门城家政服务有限公司，成了一名月嫂)
 * or at the firm they are in (吴宝音所在的…有限公司): a worker's employer, as labour cooperation reports tell. */
export function employers(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!EMPLOYED.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    if (!EMPLOYED.test(s.text)) continue;
    for (const r of ctx.within(s.start, s.end).filter((x) => isInstitution(x.entity) && x.entity.label !== "Agency")) {
      const before = ctx.text[r.mention.start - 1];
      const after = ctx.text.slice(r.mention.end, Math.min(s.end, r.mention.end + 16));
      // (Or taken on as one: 被乌兰察布恒源电力工程有限公司聘为线路巡检员.)
      const hired = before === "被" && /^(录用|聘用|招录|招聘|雇用|聘为|聘任为|招聘为|聘请为)/.test(after);
      // (A job done there right after it, 当 alone too: 在北京京华畅达客户服务有限公司当客服组长.)
      const job = before === "在" ? /^[^,，。；;]{0,8}?(?:当上了?|当起了?|做起了?|从事)(?:一名)?([\u4e00-\u9fff]{1,8}?)(?=[,，。；;]|$)/.exec(after) ??
        /^当(?![地天年时日中前即场面])(?:了|一名)*([\u4e00-\u9fff]{1,8}?)(?=[,，。；;]|$)/.exec(after) : null;
      const joined = r.entity.label === "Enterprise" && /来到$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)) ? /^[,，](?:成了|成为)(?:一名)?([\u4e00-\u9fff]{1,8}?)(?=[,，。；;]|$)/.exec(after) : null;
      // (The firm someone is in: 吴宝音所在的北京华宇恒通汽车零部件有限公司.)
      const within = r.entity.label === "Enterprise" && ctx.text.slice(r.mention.start - 3, r.mention.start) === "所在的"
        ? ctx.within(s.start, r.mention.start - 3).filter((x) => x.entity.label === "Person" && x.mention.end === r.mention.start - 3).pop() : undefined;
      if (within) {
        out.push({ type: "WORKS_AT", source: within.entity.id, target: r.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
        continue;
      }
      if (!hired && !job && !joined) continue;
      // (Named in the sentence: a pronoun may point past a name recognition missed.)
      const who = subjects(ctx, s).filter((p) => p.mention.start >= s.start && p.mention.start < r.mention.start);
      if (who.length !== 1) continue;
      const role = job?.[1] ?? joined?.[1] ?? (hired ? /^(?:聘为|聘任为|招聘为|聘请为)([\u4e00-\u9fff]{1,8}?)(?=[,，。；;]|$)/.exec(after)?.[1] : undefined) ?? /^[^,，。]{0,4}[,，](?:成为|当上了?)(?:一名)?([\u4e00-\u9fff]{1,8}?)(?=[,，。；;]|$)/.exec(ctx.text.slice(r.mention.end + 2, s.end))?.[1];
      out.push({ type: "WORKS_AT", source: who[0]!.entity.id, target: r.entity.id, props: role ? { role } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** Years worked at a body (在科右中旗人民医院工作了十二年): it employs them. */
const YEARS_WORKED = /(?:工作|任教|任职|就职|从医|行医)(?:了|已有|已经|有)?(?:整整|近|十?多)?[0-9一二两三四五六七八九十多几]+(?:年|个年头)/;
const YEARS_THERE = new RegExp(`^(?:已经?)?${YEARS_WORKED.source}`);
const YEARS_ANYWHERE = new RegExp(`在[^。]{2,30}?${YEARS_WORKED.source}`);
/** Words of a posting: years said of one are a term served, not employment. */
const POSTED = /(支教|挂职|挂任|援派|派驻|驻村|援蒙|医疗队|帮扶|支援|援助)/;

/** "护士长其木格…，在科右中旗人民医院工作了十二年": a local worker's employer, as profiles of those helped tell. */
export function yearsServed(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!YEARS_ANYWHERE.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    if (POSTED.test(s.text)) continue;
    for (const r of ctx.within(s.start, s.end).filter((x) => isInstitution(x.entity) && ctx.text[x.mention.start - 1] === "在")) {
      if (!YEARS_THERE.test(ctx.text.slice(r.mention.end, s.end))) continue;
      // (The one the sentence is about, named before the body: not someone the sentence names after it.)
      const who = subjects(ctx, s).filter((p) => p.mention.start >= s.start && p.mention.start < r.mention.start);
      // (Nor one whose own body the sentence names first: 北京朝阳医院医生王强在…工作了一年 was sent there.)
      if (who.length !== 1 || ctx.within(s.start, who[0]!.mention.start).some((x) => isInstitution(x.entity))) continue;
      out.push({ type: "WORKS_AT", source: who[0]!.entity.id, target: r.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** Words of founding a body, and the same right after a founder's name, a year or a return home perhaps between (…2019年回乡创办的). */
const FOUNDED = /创办|领办|创建|开办|创立|成立|组建/;
// (Or the founding said as what one did, 牵头成立了…合作社, 创办…合作社, the body its object.)
const FOUNDED_AFTER_NAME = /^(?:于?(?:19|20)[0-9]{2}年)?(?:回乡|返乡)?(?:(?:创办|领办|创建|开办|创立)(?:了)?的|(?:牵头|带头)?(?:成立|创办|领办|组建|创立|创建|开办)了?)/;

/** Titles of those who serve a place rather than found its bodies. */
const SERVING = /(书记|干部|专家|教授|局长|主任|站长|研究员|农艺师|技术员|队员|队长)$/;

/** One who founded a body named right after it works there, its founder (退役军人宝音图创办的阿鲁科尔沁旗宝音图肉牛养殖专业合作社). */
export function founders(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!FOUNDED.test(ctx.text)) return out;
  for (const p of ctx.refs) {
    const founded = p.entity.label === "Person" ? FOUNDED_AFTER_NAME.exec(ctx.text.slice(p.mention.end, p.mention.end + 14)) : null;
    const s = founded ? ctx.sentenceAt(p.mention.start) : undefined;
    if (!founded || !s) continue;
    const at = p.mention.end + founded[0].length;
    const refs = ctx.within(at, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    const body = refs[0]?.mention.start === at ? refs[runEnd(refs, 0)]! : undefined;
    // (A cadre or an expert who leads the founding of a body serves it, and works elsewhere: …第一书记、…局干部王志刚牵头组建…合作社.)
    const leads = !founded[0].includes("的") && ctx.refs.some((r) => r.entity.id === p.entity.id && SERVING.test(r.mention.role ?? ""));
    if (body && isInstitution(body.entity) && !leads) out.push({ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props: { role: "创办人" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}
