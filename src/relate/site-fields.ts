// LOCATED_IN from a line that names a body and then, in a field of its own, where it is (敖汉旗金谷源粮油贸易有限公司　所在地：敖汉旗新惠镇).
import { isInstitution, isPlace, type ArticleContext, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";

/** A field giving a body's site. */
const SITE_FIELD = /(?:所在地|所在地址|地址|注册地|落户地)[:：][ \t\u3000]*/g;

export function siteFields(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const m of ctx.text.matchAll(SITE_FIELD)) {
    const at = m.index!;
    const lineStart = ctx.text.lastIndexOf("\n", at - 1) + 1;
    const lineEnd = ((e) => (e < 0 ? ctx.text.length : e))(ctx.text.indexOf("\n", at));
    // The body the line opens with, and the places the field gives up to the next field or the line's end.
    const body = ctx.within(lineStart, at).find((r) => isInstitution(r.entity) && !r.mention.nested && r.mention.start <= lineStart + 2);
    const fieldEnd = ((e) => (e < 0 ? lineEnd : at + m[0].length + e))(ctx.text.slice(at + m[0].length, lineEnd).search(/[ \t\u3000,，;；。]/));
    const place = mostSpecific(ctx, ctx.within(at + m[0].length, fieldEnd).filter((r) => isPlace(r.entity) && r.entity.label !== "Province")).pop();
    const s = ctx.sentenceAt(at);
    if (!body || !place || !s || body.entity.id === place.entity.id) continue;
    out.push({ type: "LOCATED_IN", source: body.entity.id, target: place.entity.id, props: {}, confidence: 0.75, evidence: ctx.evidence(s) });
  }
  return out;
}
