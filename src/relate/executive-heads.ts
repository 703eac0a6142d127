// One posted to a place as a body's executive head (执行院长, 执行校长) heads the body there that their home is paired with:
// 密云区医院副院长王立军作为首任执行院长派驻库伦 is posted to 库伦旗人民医院, the hospital 密云区医院 is paired with.
import { isPlace, type ArticleContext, type Relation } from "./context.js";

const EXECUTIVE = /执行(院长|校长)/;

/** Retargets, in place, each posting to a place whose sentence names an executive head to the one paired body of that kind there. */
export function executiveHeads(ctx: ArticleContext, sent: Relation[], homes: Relation[]): void {
  for (const [k, a] of sent.entries()) {
    if (a.type !== "ASSIGNED_TO") continue;
    const place = ctx.entities.get(a.target);
    const title = EXECUTIVE.exec(a.evidence.sentence)?.[1];
    if (!place || !isPlace(place) || !title) continue;
    const label = title === "院长" ? "Hospital" : "School";
    const home = homes.find((h) => h.type === "WORKS_AT" && h.source === a.source && ctx.entities.get(h.target)?.label === label);
    const partners = [...(home ? ctx.partners.get(home.target) ?? [] : [])]
      .map((id) => ctx.entities.get(id))
      .filter((e) => e?.label === label && ctx.g.match(e.name).some((m) => m.unitId === place.id));
    if (partners.length === 1) sent[k] = { ...a, target: partners[0]!.id };
  }
}
