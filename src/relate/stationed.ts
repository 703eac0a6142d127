// ASSIGNED_TO from where a resident secretary is said to be: 驻村第一书记胡立新所在的张皋镇永胜村.
import { ArticleContext, isPlace, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";

/** A title of one stationed in a village (驻村第一书记, 第一书记, 驻村干部). */
const STATIONED_TITLE = /(驻村|驻嘎查|第一书记)/;

/** The village one stationed there is said to be in (…第一书记胡立新所在的张皋镇永胜村): ASSIGNED_TO it, 驻村. */
export function stationedVillages(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("所在的")) return out;
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || !ctx.text.startsWith("所在的", p.mention.end)) continue;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s || !STATIONED_TITLE.test(ctx.text.slice(Math.max(s.start, p.mention.start - 12), p.mention.start))) continue;
    const from = p.mention.end + 3;
    const places = ctx.within(from, s.end).filter((r) => isPlace(r.entity));
    if (places[0]?.mention.start !== from) continue;
    const village = places[runEnd(places, 0)]!;
    if (village.entity.label !== "Village" || ctx.sideOf(village.entity) === "beijing") continue;
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: village.entity.id, props: { kind: "驻村" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}
