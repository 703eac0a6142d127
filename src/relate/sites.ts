// Parks, bases, zones and ports: bodies that are also where an enterprise settles, invests or stands.
import { isPlace, refAt, type ArticleContext, type Ref } from "./context.js";
import { runEnd } from "./ref-runs.js";

/** Names of sites (奈曼旗工业园区, 赤峰高新技术产业开发区, 二连浩特边境经济合作区, 策克口岸, 满洲里综合保税区, …繁育基地). */
const SITE_NAME = /(园区?|基地|开发区|合作区|口岸|保税区)$/;

/**
 * A place as it is; a site as the place it lies in, the ref spanning the site's name: the most specific place its name opens
 * with (密云区经济开发区 → 密云区), else the one written right before it (土默特佐旗的金山开发区, 在察右后旗建设…基地), else the unit the gazetteer reads
 * first in its name (武川产业园 → 武川县).
 */
export function siteSeat(ctx: ArticleContext, r: Ref): Ref | undefined {
  if (isPlace(r.entity)) return r;
  if (!SITE_NAME.test(r.entity.name)) return undefined;
  const inside = ctx.within(r.mention.start, r.mention.end, true).filter((x) => isPlace(x.entity) && x.entity.id !== r.entity.id);
  if (inside[0]?.mention.start === r.mention.start && inside[0].entity.label !== "Province") return refAt(inside[runEnd(inside, 0)]!.entity, r.mention.start, r.mention.end);
  const before = ctx.within(Math.max(0, r.mention.start - 16), r.mention.start).filter((x) => isPlace(x.entity) && x.entity.label !== "Province").pop();
  // (Or where it is built: 在察右后旗建设火山滑雪训练基地.)
  if (before && /^(的|建设|兴建|新建|建成|建起)?$/.test(ctx.text.slice(before.mention.end, r.mention.start))) return refAt(before.entity, r.mention.start, r.mention.end);
  // (The first unit its name holds, not a partner's in brackets: 库伦旗京蒙协作（密云）产业园 lies in 库伦旗.)
  const name = r.entity.name.replace(/[（(][^（()）]*[）)]/g, (b) => "　".repeat(b.length));
  // (Read along the chain it opens with: 乌兰察布市察右前旗…产业园 lies in 察右前旗.)
  const units = ctx.g.match(name).filter((m) => {
    const unit = ctx.entities.get(m.unitId);
    return unit !== undefined && unit.label !== "Province";
  });
  let k = 0;
  while (units[k + 1] && units[k + 1]!.start === units[k]!.end) k++;
  const unit = units[k] ? ctx.entities.get(units[k]!.unitId) : undefined;
  return unit ? refAt(unit, r.mention.start, r.mention.end) : undefined;
}
