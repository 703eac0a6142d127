// FUNDED from a list of projects a line each under a lead that names the giver (密云区2023年对库伦旗的帮扶项目如下： /
// 标准化牛棚建设，扣河子镇、额勒顺镇，1650万元；): each line's sum to the places it names.
import { amountsIn } from "./amounts.js";
import { isPlace, type ArticleContext, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";

/** A lead over a list of projects, closing on 如下: the giver named before the projects. */
const LEAD = /(帮扶|援助|援建|协作|支持|资助)(资金)?项目(安排|清单|情况)?(如下|是)[:：]\s*$/;
/** A line of the list: its project, places and sum kept apart by commas, no sentence. */
const ITEM = /^[^。！？!?]{2,60}[,，][^。！？!?]{2,40}[,，][^。！？!?]{2,20}[；;。]?$/;

export function listedProjectFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/如下[:：]/.test(ctx.text)) return out;
  let at = 0;
  const lines: { start: number; text: string }[] = [];
  for (const text of ctx.text.split("\n")) {
    lines.push({ start: at, text });
    at += text.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i]!;
    if (!LEAD.test(lead.text)) continue;
    // (The giver, the Beijing body or district the lead names first: 密云区 of 密云区2023年对库伦旗的帮扶项目.)
    const giver = ctx.within(lead.start, lead.start + lead.text.length).find((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Province" && r.entity.label !== "Person");
    if (!giver) continue;
    for (let k = i + 1; k < lines.length && ITEM.test(lines[k]!.text.trim()); k++) {
      const line = lines[k]!;
      const sums = amountsIn(line.text, line.start);
      if (sums.length !== 1) continue;
      const places = mostSpecific(ctx, ctx.within(line.start, sums[0]!.start).filter((r) => isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia"));
      const s = ctx.sentenceAt(sums[0]!.start);
      if (!s) continue;
      const purpose = line.text.split(/[,，]/)[0]!.trim();
      for (const to of places) {
        out.push({ type: "FUNDED", source: giver.entity.id, target: to.entity.id, props: { amountYuan: sums[0]!.yuan, approx: sums[0]!.approx, purpose, year: ctx.reportYear, shared: places.length > 1 }, confidence: 0.65, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}
