// WORKS_AT of posts held together: 密云区委宣传部副部长、区融媒体中心主任高建伟 works at both bodies, not only the one nearest.
import { isInstitution, type ArticleContext, type Relation } from "./context.js";

/** A post's title, ending as titles do (副部长, 主任, 党委书记), then the 、 that lists the next. */
const TITLE_LISTED = /^([\u4e00-\u9fff]{1,8}?(?:长|主任|书记|委员|常委|主席|经理|董事长|理事长|馆长|台长|主编))、$/;

/** For each person whose workplace was read from the body right before their title, the body listed before that one with
 * a title of its own. */
export function jointPosts(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const h of homes) {
    if (h.type !== "WORKS_AT") continue;
    const s = ctx.sentenceAt(h.evidence.start);
    if (!s) continue;
    const refs = ctx.within(s.start, s.end);
    for (let k = 2; k < refs.length; k++) {
      const [first, body, p] = [refs[k - 2]!, refs[k - 1]!, refs[k]!];
      if (p.entity.id !== h.source || body.entity.id !== h.target || !isInstitution(first.entity) || !isInstitution(body.entity) || first.entity.id === body.entity.id) continue;
      // (The body's title runs to the name with no other word between: 区融媒体中心主任高建伟.)
      if (!/^[\u4e00-\u9fff]{1,8}$/.test(ctx.text.slice(body.mention.end, p.mention.start))) continue;
      const title = TITLE_LISTED.exec(ctx.text.slice(first.mention.end, body.mention.start))?.[1];
      if (!title || homes.some((x) => x.source === h.source && x.target === first.entity.id)) continue;
      out.push({ type: "WORKS_AT", source: h.source, target: first.entity.id, props: { role: title }, confidence: 0.7, evidence: h.evidence });
    }
  }
  return out;
}
