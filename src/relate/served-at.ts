// ASSIGNED_TO where one of Beijing's is said to do the work of a posting at a body of Inner Mongolia, in an article of postings
// (心血管内科主治医师韩雪将在察右前旗人民医院协助筹建胸痛中心; 物理教师梁晨在音德尔第四中学负责物理学科教研).
import { ASSIGNMENT, kindIn, kindServedAt } from "./posts.js";
import { isInstitution, type ArticleContext, type Relation } from "./context.js";

/** Where the name is followed by the body it works at now or next (将在, 已在, 目前在). */
const AT_BODY = /^(?:将|已|也|还|则|正|目前|现|现在|如今|一直)?在$/;
/** The work a posting does there, right after the body's name. */
const WORK_DONE = /^(?:协助|负责|开展|指导|带教|帮助|参与|牵头|主持|担任|帮扶|坐诊|出诊|任教|授课|支教|挂职|工作)/;

export function servedAt(ctx: ArticleContext, homes: Relation[]): Relation[] {
  if (!ASSIGNMENT.test(ctx.text)) return [];
  // (Only one whose home is on Beijing's side: an Inner Mongolia doctor at work in their own hospital is posted nowhere.)
  const fromBeijing = new Set(homes.filter((h) => h.type === "WORKS_AT" && ctx.entities.has(h.target) && ctx.sideOf(ctx.entities.get(h.target)!) === "beijing").map((h) => h.source));
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || !fromBeijing.has(p.entity.id)) continue;
    const s = ctx.sentenceAt(p.mention.end);
    if (!s) continue;
    const body = ctx.within(p.mention.end, Math.min(s.end, p.mention.end + 8)).find((r) => r.mention.start > p.mention.end);
    if (!body || !isInstitution(body.entity) || ctx.sideOf(body.entity) !== "inner-mongolia") continue;
    if (!AT_BODY.test(ctx.text.slice(p.mention.end, body.mention.start)) || !WORK_DONE.test(ctx.text.slice(body.mention.end, body.mention.end + 2))) continue;
    // (A hospital's posting is 医疗帮扶 and a school's 支教, whatever another's clause says: 刘海峰将挂职…，…韩雪将在….)
    const kind = kindServedAt(body.entity.label, kindIn(s.text) ?? "帮扶");
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: body.entity.id, props: { kind }, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}
