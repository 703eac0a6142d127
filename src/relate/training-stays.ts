// People of Inner Mongolia sent to a Beijing body to train (…被安排到北京市东城区东直门第三中学跟岗, 娜仁花也在北京丰台医院护理部
// 跟岗学习了3个月): ASSIGNED_TO the Beijing body, the way back of the programme's postings.
import type { Sentence } from "../normalise/index.js";
import { isInstitution, type ArticleContext, type Ref, type Relation } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";

/** Words between the name and the body: a particle, a passive sending, the preposition of going or being there. */
const GOES_TO = /^(?:也|则|还|先后|曾|已)?(?:被安排|被选派|被派|被推荐)?(?:在|到|赴|前往|去)$/;
/** What the stay is, soon after the body (a department of it may stand between: 护理部, 心内科). */
const TRAINS = /^[\u4e00-\u9fff]{0,6}?(?:跟岗|进修|跟班学习|挂职锻炼|交流学习)/;

/** The Beijing body one goes to train at, its chain opening right after the words of going that follow `from`. */
function trainedAt(ctx: ArticleContext, s: Sentence, from: number): Ref | undefined {
  const next = ctx.within(from, s.end);
  const body = next[0];
  if (!body || !GOES_TO.test(ctx.text.slice(from, chainStart(ctx, from, body)))) return undefined;
  const to = next[runEnd(next, 0)]!;
  return isInstitution(to.entity) && ctx.sideOf(to.entity) === "beijing" && TRAINS.test(ctx.text.slice(to.mention.end, to.mention.end + 10)) ? to : undefined;
}

export function trainingStays(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(跟岗|进修|跟班学习|挂职锻炼|交流学习)/.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    if (!/(跟岗|进修|跟班学习|挂职锻炼|交流学习)/.test(s.text)) continue;
    for (const p of ctx.within(s.start, s.end)) {
      // (The body's chain opens right after the words of going: 到北京市东城区东直门第三中学.)
      const to = p.entity.label === "Person" ? trainedAt(ctx, s, p.mention.end) : undefined;
      if (to) out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: { kind: "挂职" }, confidence: 0.65, evidence: ctx.evidence(s) }, ...mentors(ctx, s, to));
    }
    // (Or one a pronoun opening a clause points at, named in the sentences before: …刘海军是全镇唯一的全科医生。2022年，他在…
    // 社区卫生服务中心进修了三个月.)
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她](?![们])/g)) {
      const at = s.start + m.index! + 1;
      const to = ctx.inMention(at - 1) ? undefined : trainedAt(ctx, s, at);
      const person = to ? ctx.recent(at - 1, s, (r) => r.entity.label === "Person", 2) : undefined;
      if (to && person) out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: to.entity.id, props: { kind: "进修" }, confidence: 0.6, evidence: ctx.evidence(s) }, ...mentors(ctx, s, to));
    }
  }
  return out;
}

/** Those one trains under at the body, after it in the sentence, their title before the name (…进修了三个月，跟着全科主任黄蕾学习):
 * WORKS_AT the body. */
function mentors(ctx: ArticleContext, s: Sentence, at: Ref): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.within(at.mention.end, s.end)) {
    const title = p.mention.role ?? "";
    // (A department may open the title: 跟着全科主任黄蕾, 跟随心内科副主任医师….)
    const lead = ctx.text.slice(Math.max(at.mention.end, p.mention.start - title.length - 12), p.mention.start - title.length);
    if (p.entity.label !== "Person" || !title || !/(跟着|跟随|师从|拜)(?:[\u4e00-\u9fff]{1,6}?[科部室])?$/.test(lead)) continue;
    out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: { role: title }, confidence: 0.6, evidence: ctx.evidence(s) });
  }
  return out;
}
