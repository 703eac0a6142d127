// Whether a sum goes to a unit rather than the towns it names: the banner a sentence is set in (在太仆寺旗，…重点支持宝昌镇…),
// the unit in focus over several of its towns, or the one county of the towns that share a sum — unless the sum names two or three
// towns in full.
import type { Sentence } from "../normalise/index.js";
import type { Amount } from "./amounts.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref } from "./context.js";

/** The receivers of the sum at `amount` in `clause` of `s`, read up to their unit where the sentence gives it so; `later` are
 * the sentence's sums after it. */
export function unitOverTowns(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amount: Amount, later: Amount[], targets: Ref[], funderIds: string[]): Ref[] {
  // A sentence set in a banner (在太仆寺旗，延庆区全年投入…，重点支持宝昌镇…) gives it the banner's money, not its town's,
  // unless the clause of the sum names where it goes (向…).
  const scene = /^在([^,，。]{2,12})[,，]/.exec(s.text);
  // (Not a scene set down to a town, whose villages get their own: 在巴林左旗隆昌镇，…仁和镇捐助…45万元，帮助隆昌镇四家子村….)
  const sceneLast = scene ? ctx.within(s.start + 1, s.start + 1 + scene[1]!.length).filter((r) => isPlace(r.entity)).pop() : undefined;
  const sceneUnit = sceneLast?.entity.label === "Banner" || sceneLast?.entity.label === "League" ? sceneLast : undefined;
  if (sceneUnit && targets.length === 1 && targets[0]!.entity.id !== sceneUnit.entity.id && ctx.within(clause.start, clause.end).every((r) => r.entity.id !== targets[0]!.entity.id) &&
    (ctx.contains(sceneUnit.entity.id, targets[0]!.entity.id) || targets[0]!.entity.name.startsWith(sceneUnit.entity.name) || ctx.within(targets[0]!.mention.start, targets[0]!.mention.end, true).some((r) => ctx.contains(sceneUnit.entity.id, r.entity.id)))) targets = [refAt(sceneUnit.entity, sceneUnit.mention.start, sceneUnit.mention.end)];
  // Money for projects in several towns of the unit in focus (重点支持察尔森镇肉牛产业园、索伦镇庭院经济和归流河镇…) is
  // the unit's, not the first project's.
  // (Up to the next sum or another portion: …其中1800万元用于八里罕镇…，另有一部分用于黑里河镇… is the town's.)
  const another = ctx.text.slice(amount.end, s.end).search(/另有|另外|其余|剩余|此外/);
  const nextSum = Math.min(later.find((x) => x.start >= amount.end)?.start ?? s.end, another >= 0 ? amount.end + another : s.end);
  const townRefs = ctx.within(amount.end, nextSum, true).filter((r) => r.entity.label === "Township" && ctx.sideOf(r.entity) !== "beijing");
  const towns = new Set(townRefs.map((r) => r.entity.id));
  const unit = ctx.imFocus;
  // (So is money given to several of those towns at once: …拨付察右前旗，资金投向察右前旗玫瑰营镇、黄旗海镇….)
  // (Not a body the sum is sent to by name: 向四子王旗红十字会拨付救灾款50万元，定向用于脑木更苏木、红格尔苏木….)
  const sentTo = targets.length === 1 && /(向|给)$/.test(ctx.text.slice(Math.max(0, targets[0]!.mention.start - 1), targets[0]!.mention.start)) && isInstitution(targets[0]!.entity);
  if (targets.length >= 1 && towns.size >= 2 && !namedInFull(ctx, townRefs, towns.size) && unit && !sentTo && (unit.label === "Banner" || unit.label === "League") && [...towns].every((id) => ctx.contains(unit.id, id)) &&
    ((targets.length > 1 && targets.every((t) => towns.has(t.entity.id))) || (targets.length === 1 && (towns.has(targets[0]!.entity.id) || (ctx.contains(unit.id, targets[0]!.entity.id) && ![...towns].every((id) => ctx.contains(targets[0]!.entity.id, id))) || targets[0]!.entity.label === "Organization")))) targets = [refAt(unit, s.start)];
  // (So is a sum shared by towns of one county, for want of a unit in focus: …9270万元，建成了王爷府镇的…、牛家营子镇的….)
  const counties = targets.length >= 2 ? new Set(targets.map((t) => (t.entity.label === "Township" ? ctx.g.townshipUnit(t.entity.id)?.parentId : undefined))) : new Set<string | undefined>();
  // (Not towns the giver pairs with, nor towns the sentence writes under their county: 阿鲁科尔沁旗天山镇、巴拉奇如德苏木.)
  const county = counties.size === 1 ? ctx.entities.get([...counties][0] ?? "") : undefined;
  if (county && !namedInFull(ctx, targets, targets.length) && !ctx.within(s.start, s.end, true).some((r) => r.entity.id === county.id && targets.some((t) => t.mention.start === r.mention.end)) &&
    !funderIds.some((f) => targets.some((t) => ctx.partners.get(f)?.has(t.entity.id)))) targets = [refAt(county, s.start)];
  return targets;
}

/** Whether a sum's towns are a short list named in full, each a receiver of its own (为坤都镇、巴彦花镇各新建…, 在碧流台镇、十三敖包镇
 * 建设…): one run of two or three towns, and not closed by 等 (在天山镇、巴彦花镇等8个苏木镇…). Not the towns of projects, each
 * named with its own (察尔森镇肉牛产业园、索伦镇庭院经济…), which are the unit's works at large, as a longer list is. */
function namedInFull(ctx: ArticleContext, towns: Ref[], count: number): boolean {
  const run = [...towns].sort((a, b) => a.mention.start - b.mention.start);
  return count <= 3 && run.length === count && ctx.text[run[count - 1]!.mention.end] !== "等" &&
    run.every((r, k) => k === 0 || /^[、和及与]$/.test(ctx.text.slice(run[k - 1]!.mention.end, r.mention.start)));
}
