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

/** The village a resident secretary is named after (大坝沟村的驻村第一书记李明远): ASSIGNED_TO it, 驻村. */
export function secretariesOfVillages(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("第一书记")) return out;
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    const title = /的(?:驻村|驻嘎查)?第一书记$/.exec(ctx.text.slice(Math.max(0, p.mention.start - 8), p.mention.start));
    const s = title ? ctx.sentenceAt(p.mention.start) : undefined;
    if (!title || !s) continue;
    const village = ctx.within(s.start, p.mention.start).filter((r) => r.mention.end === p.mention.start - title[0].length).pop();
    if (village?.entity.label !== "Village" || ctx.sideOf(village.entity) === "beijing") continue;
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: village.entity.id, props: { kind: "驻村" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}
