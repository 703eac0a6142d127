// A town's or village's party branch, committee or government stands for the place in a pairing and as one given to.
import type { Entity } from "../resolve/index.js";
import type { ArticleContext } from "./context.js";

/** The endings of the bodies that govern a town, village or community. */
const BRANCH_END = /(党支部|党总支|党委|党工委|村委会|居委会|村民委员会|居民委员会)$/;
const LOCALITIES = new Set(["Township", "Village"]);
const byContext = new WeakMap<ArticleContext, Map<string, Entity>>();

/** The town or village of the article a branch's name is of (多布库尔猎民村党支部 → 多布库尔猎民村), written short or in full. */
export function placeOfBranch(ctx: ArticleContext, body: Entity | undefined): Entity | undefined {
  if (!body || (body.label !== "Organization" && body.label !== "Agency") || !BRANCH_END.test(body.name)) return undefined;
  let places = byContext.get(ctx);
  if (!places) {
    places = new Map();
    for (const r of ctx.refs) if (LOCALITIES.has(r.entity.label)) places.set(r.entity.name, r.entity);
    byContext.set(ctx, places);
  }
  const stem = body.name.replace(BRANCH_END, "");
  // (The longest place its stem ends with: 北京市密云区穆家峪镇阁老峪村党支部 is 阁老峪村's, not 穆家峪镇's.)
  for (let from = 0; from < stem.length - 1; from++) {
    const place = places.get(stem.slice(from));
    if (place) return place;
  }
  return undefined;
}
