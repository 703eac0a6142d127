// ASSIGNED_TO from a field that labels where a person listed is sent (1. 马晓东，…物理教师，支教学校：正镶白旗第一中学；).
import { isInstitution, isPlace, type ArticleContext, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { kindServedAt } from "./posts.js";

/** A field naming where one serves: the kind of posting, then the kind of place (支教学校：, 挂职单位：, 帮扶医院：). */
const POSTING_FIELD = /(支教|挂职|帮扶|派驻|援派|服务|驻村)(学校|单位|医院|岗位|地点|村)[:：]\s*/g;
const KIND_OF: Record<string, string> = { 支教: "支教", 挂职: "挂职", 驻村: "驻村", 援派: "援蒙" };

export function fieldPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const m of ctx.text.matchAll(POSTING_FIELD)) {
    const at = m.index! + m[0].length;
    // (The person is the one the field's item names, in the same line before it and after the last stop.)
    const itemStart = Math.max(ctx.text.lastIndexOf("\n", m.index!), ctx.text.lastIndexOf("；", m.index!), ctx.text.lastIndexOf(";", m.index!), ctx.text.lastIndexOf("。", m.index!)) + 1;
    const person = ctx.within(itemStart, m.index!).find((r) => r.entity.label === "Person");
    const end = ctx.text.slice(at).search(/[；;。\n,，]/);
    const named = ctx.within(at, end < 0 ? ctx.text.length : at + end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    if (!person || named[0]?.mention.start !== at) continue;
    const target = named[runEnd(named, 0)]!;
    const s = ctx.sentenceAt(at);
    // (Not where the person works on the same side: a field of one's own body.)
    if (!s || (ctx.sideOf(target.entity) !== undefined && ctx.sideOf(target.entity) === ctx.sideOf(person.entity))) continue;
    out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: target.entity.id, props: { kind: KIND_OF[m[1]!] ?? kindServedAt(target.entity.label, "帮扶") }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}
