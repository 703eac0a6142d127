// A body paired across the programme lies on its own side: a Beijing partner is placed in no Inner Mongolia place, nor the other way.
import type { ArticleContext, Relation } from "./context.js";
import type { Side } from "../resolve/index.js";

/** Labels of bodies that stand on one side only (an enterprise may settle on its partner's). */
const ONE_SIDED = new Set(["Hospital", "School", "Organization", "Agency"]);

/** The relations without a LOCATED_IN that puts a body paired in the article on its partner's side (和平里社区卫生服务中心, paired with
 * 五岔沟镇卫生院, is not in 白狼镇 for standing after it in a list of pairs). */
export function onOwnSides(ctx: ArticleContext, pairs: Relation[], relations: Relation[]): Relation[] {
  const side = new Map<string, Side>();
  for (const p of pairs) {
    side.set(p.source, "beijing");
    if (side.get(p.target) !== "beijing") side.set(p.target, "inner-mongolia");
  }
  if (side.size === 0) return relations;
  return relations.filter((r) => {
    if (r.type !== "LOCATED_IN") return true;
    const body = ctx.entities.get(r.source);
    const place = ctx.entities.get(r.target);
    const own = side.get(r.source);
    if (!body || !place || !own || !ONE_SIDED.has(body.label)) return true;
    const placeSide = ctx.sideOf(place);
    return placeSide === undefined || placeSide === own;
  });
}
