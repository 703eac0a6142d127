// WORKS_AT from a list of those who attended, by the unit each line opens with (怀柔区：区委书记郑立群，区委常委、副区长韩冬梅，…).
import { isPlace, linesOf, type ArticleContext, type Relation } from "./context.js";

/** A line's unit and its colon, alone before the list: the name of a district, league or banner. */
const UNIT_HEAD = /^\s*([\u4e00-\u9fff]{2,12})[:：]/;
/** A title of a unit's head or its officers, with no body of its own (区委书记, 区委常委、副区长, 旗长). */
const UNIT_TITLE = /^(?:[区旗县市盟镇乡]委)?(?:常务)?(?:副)?(?:书记|[区旗县市盟镇乡]长|常委|主任|主席|政委)(?:[、，,](?:[区旗县市盟镇乡]委)?(?:常务)?(?:副)?(?:书记|[区旗县市盟镇乡]长|常委|主任|主席))*$/;
/** A bracket that says where one holds the post on 挂职 from (（怀柔区挂职）). */
const POSTED_FROM = /[（(]([^（()）]{2,20})挂职[)）]/;

export function attendeeHomes(ctx: ArticleContext): { works: Relation[]; sent: Relation[] } {
  const works: Relation[] = [];
  const sent: Relation[] = [];
  if (!/\n\s*[\u4e00-\u9fff]{2,12}[:：][^\n]*(书记|长)/.test(`\n${ctx.text}`)) return { works, sent };
  for (const line of linesOf(ctx.text)) {
    const head = UNIT_HEAD.exec(line.text);
    if (!head) continue;
    const headStart = line.start + head.index + head[0].indexOf(head[1]!);
    const unit = ctx.within(headStart, headStart + head[1]!.length).find((r) => r.mention.start === headStart && r.mention.end === headStart + head[1]!.length);
    if (!unit || !isPlace(unit.entity) || unit.entity.label === "Province") continue;
    const end = line.start + line.text.length;
    const s = ctx.sentenceAt(headStart);
    if (!s) continue;
    for (const p of ctx.within(headStart, end).filter((r) => r.entity.label === "Person")) {
      // The item before the name, from the comma that ends the one before it.
      const from = Math.max(line.start + head.index + head[0].length, ...["，", ",", "；", ";"].map((c) => ctx.text.lastIndexOf(c, p.mention.start - 1) + 1));
      const item = ctx.text.slice(from, p.mention.start);
      const posted = POSTED_FROM.exec(item);
      const title = item.replace(POSTED_FROM, "");
      if (!UNIT_TITLE.test(title)) continue;
      if (posted) {
        // (A post held on 挂职: home the place the bracket names, posted to the unit.)
        const at = from + posted.index + 1;
        const home = ctx.within(at, at + posted[1]!.length).filter((r) => isPlace(r.entity) || r.entity.label === "Agency").pop();
        if (!home) continue;
        works.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
        sent.push({ type: "ASSIGNED_TO", source: p.entity.id, target: unit.entity.id, props: { kind: "挂职" }, confidence: 0.7, evidence: ctx.evidence(s) });
        continue;
      }
      if (ctx.within(from, p.mention.start).length > 0) continue;
      works.push({ type: "WORKS_AT", source: p.entity.id, target: unit.entity.id, props: { role: title }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return { works, sent };
}
