// A party branch, committee or government stands for its town, village or institution: in a pairing, as one given to, as a post.
import type { Entity } from "../resolve/index.js";
import { PARTY_BRANCH } from "../recognise/index.js";
import { isInstitution, type ArticleContext, type Relation } from "./context.js";

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

/** The institution whose party branch a body is, named inside the branch's name (北京望辰科技股份有限公司党支部). */
export function ownerOfBranch(ctx: ArticleContext, body: Entity | undefined): Entity | undefined {
  if (!body || body.label !== "Organization" || !PARTY_BRANCH.test(body.name)) return undefined;
  const at = ctx.refs.find((r) => r.entity.id === body.id);
  if (!at) return undefined;
  return ctx.within(at.mention.start, at.mention.end, true).find((r) => r.mention.nested && r.mention.start === at.mention.start && r.mention.end < at.mention.end &&
    isInstitution(r.entity) && r.entity.id !== body.id)?.entity;
}

/** Pairings, grants, posts and seats of an institution's party branch are the institution's (…妇幼保健院党支部 pairs the
 * hospital). */
export function branchesToOwners(ctx: ArticleContext, relations: Relation[]): Relation[] {
  if (!/(党支部|党总支|党委)/.test(ctx.text)) return relations;
  const owner = (id: string) => ownerOfBranch(ctx, ctx.entities.get(id))?.id ?? id;
  return relations.map((r) => {
    if (!BRANCH_TYPES.has(r.type)) return r;
    // (Where the branch lies, its institution does: 北京市西城区什刹海妇幼保健院党支部 in 西城区.)
    const source = r.type === "PAIRED_WITH" || r.type === "FUNDED" || r.type === "LOCATED_IN" ? owner(r.source) : r.source;
    const target = r.type === "LOCATED_IN" ? r.target : owner(r.target);
    return source === r.source && target === r.target ? r : { ...r, source, target };
  });
}
const BRANCH_TYPES = new Set(["PAIRED_WITH", "FUNDED", "WORKS_AT", "ASSIGNED_TO", "LOCATED_IN"]);
