// The county-level unit an entity is or lies in, and the Beijing district an article pairs it with.
import type { Entity } from "../resolve/index.js";
import { isPlace, type ArticleContext, type Ref } from "./context.js";

/** The banner or league an entity is, or lies in (居力很镇 of 科右前旗), or its name holds. */
export function countyOf(ctx: ArticleContext, e: Entity | undefined): Entity | undefined {
  if (!e || e.label === "Banner" || e.label === "League") return e;
  // (A town by the gazetteer; a body by the unit its name holds: 科右前旗乡村振兴局 of 科右前旗.)
  const county = e.label === "Township" ? ctx.g.townshipUnit(e.id)?.parentId : ctx.g.match(e.name).map((m) => ctx.g.unit(m.unitId)).find((u) => u?.label === "Banner")?.id;
  return (county ? ctx.entities.get(county) : undefined) ?? e;
}

/** The one district of Beijing the article pairs with the county of every place of Inner Mongolia among the refs given, where
 * it pairs several districts (…大兴区与察哈尔右翼前旗、东城区与化德县的结对帮扶安排 over a table of the two counties' rows). */
export function countyPartner(ctx: ArticleContext, refs: Ref[]): Entity | undefined {
  const entities = refs.filter((x) => isPlace(x.entity) && ctx.sideOf(x.entity) !== "beijing").map((x) => x.entity);
  const districts = [...ctx.partners.keys()].filter((id) => ctx.entities.get(id)?.label === "District");
  if (districts.length < 2 || entities.length === 0) return undefined;
  const counties = new Set(entities.map((e) => countyOf(ctx, e)?.id));
  if (counties.size !== 1 || counties.has(undefined)) return undefined;
  const county = [...counties][0]!;
  const found = districts.filter((id) => ctx.partners.get(id)!.has(county));
  return found.length === 1 ? ctx.entities.get(found[0]!) : undefined;
}
