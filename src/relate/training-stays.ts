// People of Inner Mongolia sent to a Beijing body to train (…被安排到北京市东城区东直门第三中学跟岗, 娜仁花也在北京丰台医院护理部
// 跟岗学习了3个月): ASSIGNED_TO the Beijing body, the way back of the programme's postings.
import { isInstitution, type ArticleContext, type Relation } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";

/** Words between the name and the body: a particle, a passive sending, the preposition of going or being there. */
const GOES_TO = /^(?:也|则|还|先后|曾|已)?(?:被安排|被选派|被派|被推荐)?(?:在|到|赴|前往|去)$/;
/** What the stay is, soon after the body (a department of it may stand between: 护理部, 心内科). */
const TRAINS = /^[\u4e00-\u9fff]{0,6}?(?:跟岗|进修|跟班学习|挂职锻炼|交流学习)/;

export function trainingStays(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(跟岗|进修|跟班学习|挂职锻炼|交流学习)/.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    if (!/(跟岗|进修|跟班学习|挂职锻炼|交流学习)/.test(s.text)) continue;
    const refs = ctx.within(s.start, s.end);
    for (const [k, p] of refs.entries()) {
      if (p.entity.label !== "Person") continue;
      // (The body's chain opens right after the words of going: 到北京市东城区东直门第三中学.)
      const next = refs.slice(k + 1);
      const body = next[0];
      if (!body || !GOES_TO.test(ctx.text.slice(p.mention.end, chainStart(ctx, p.mention.end, body)))) continue;
      const to = next[runEnd(next, 0)]!;
      if (!isInstitution(to.entity)) continue;
      if (ctx.sideOf(to.entity) !== "beijing" || !TRAINS.test(ctx.text.slice(to.mention.end, to.mention.end + 10))) continue;
      out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: { kind: "挂职" }, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

