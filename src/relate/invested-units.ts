// An enterprise that invests in a town or village invests in the banner it lies in as well, where the sentence names that banner.
import { ArticleContext, type Relation } from "./context.js";

/** The county-level units an investment's place may lie in: an analyst asks which firms a banner drew, not a town. */
const COUNTY = new Set(["Banner"]);
const LOCALITY = new Set(["Township", "Village"]);

/** Each INVESTED_IN whose place is a town or village gets a twin for the one banner its sentence names that holds that place
 * (北京京北华农科技有限公司投资1.1亿元，在阿鲁科尔沁旗坤都镇建设… invests in the banner too), by the gazetteer or by what the
 * article states. */
export function investedUnits(ctx: ArticleContext, relations: Relation[]): Relation[] {
  const has = new Set(relations.filter((r) => r.type === "INVESTED_IN").map((r) => `${r.source}|${r.target}`));
  const out = [...relations];
  for (const r of relations) {
    if (r.type !== "INVESTED_IN" || !LOCALITY.has(ctx.entities.get(r.target)?.label ?? "")) continue;
    const counties = new Set(ctx.within(r.evidence.start, r.evidence.end, true).filter((x) => COUNTY.has(x.entity.label)).map((x) => x.entity.id));
    const holders = [...counties].filter((c) => ctx.contains(c, r.target));
    if (holders.length !== 1 || has.has(`${r.source}|${holders[0]}`)) continue;
    has.add(`${r.source}|${holders[0]}`);
    out.push({ ...r, target: holders[0]! });
  }
  return out;
}
