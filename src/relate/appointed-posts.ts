// Someone of Beijing appointed to a post at a body of Inner Mongolia (…检察官侯佳被聘为阿尔山市白狼镇中心学校法治副校长): posted there.
import { ArticleContext, isInstitution, type Relation } from "./context.js";

/** Words of being appointed, right after the name (受聘担任, 被聘为, 被任命成为). */
const APPOINTED = /^(?:(?:受聘|获聘|被聘)(?:担任|为|任)?|被(?:聘任|任命|选聘|委任)(?:成为|为)?)/;
/** Posts a body gives one of another's staff to hold beside their own (法治副校长, 兼职副院长, 校外辅导员). */
const POST = /^的?((?:兼职|名誉|法治|校外|特聘|业务)?副?(?:校长|院长|辅导员|顾问))/;

/** ASSIGNED_TO the body, for one whose workplace read is of Beijing's side and who is appointed to a post there. */
export function appointedPosts(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  const ofBeijing = (person: string) => homes.some((h) => h.source === person && ctx.entities.has(h.target) && ctx.sideOf(ctx.entities.get(h.target)!) === "beijing");
  for (const s of ctx.sentences) {
    if (!/聘|任命/.test(s.text)) continue;
    const refs = ctx.within(s.start, s.end);
    for (const p of refs) {
      if (p.entity.label !== "Person") continue;
      const appointed = APPOINTED.exec(ctx.text.slice(p.mention.end, p.mention.end + 6));
      if (!appointed) continue;
      const at = p.mention.end + appointed[0].length;
      const body = refs.find((x) => isInstitution(x.entity) && !x.mention.nested && x.mention.start === at);
      const post = body ? POST.exec(ctx.text.slice(body.mention.end, body.mention.end + 8)) : null;
      if (!body || !post || ctx.sideOf(body.entity) !== "inner-mongolia" || !ofBeijing(p.entity.id)) continue;
      out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: body.entity.id, props: { kind: "援蒙", role: post[1]! }, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
