// INVESTED_IN from a table of enterprises beside a column of where each settles (企业名称 | 注册地 | 拟入驻车间 | … with
// 北京华服尚品服饰有限公司 | 北京市丰台区 | 乌兰花镇服装加工帮扶车间): the enterprise invests in the place that cell names.
import { barredLines } from "../normalise/index.js";
import { isPlace, type ArticleContext, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";

/** A column of where each row's enterprise settles, planned or done (入驻车间, 拟入驻车间, 落户园区). */
const SETTLED_AT = /^(?:拟|计划)?(?:入驻|进驻|落户|落地)(?:车间|园区|厂房|基地|地点|位置|苏木镇|乡镇|旗县)$/;

export function tableSettlings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("|") || !/(入驻|进驻|落户|落地)/.test(ctx.text)) return out;
  const lines = barredLines(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells.map((c) => c.text);
    const settledAt = header.findIndex((c) => SETTLED_AT.test(c));
    const firmAt = header.findIndex((c) => /^(企业|公司)(名称)?$/.test(c));
    if (settledAt < 0 || firmAt < 0 || firmAt > settledAt) continue;
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      const s = ctx.sentenceAt(row[0]!.start);
      const firm = ctx.within(row[firmAt]!.start, row[firmAt]!.end).find((x) => x.entity.label === "Enterprise" && !x.mention.nested);
      // (The place the cell names, whole or opening a works' name: 乌兰花镇 of 乌兰花镇服装加工帮扶车间.)
      const place = mostSpecific(ctx, ctx.within(row[settledAt]!.start, row[settledAt]!.end, true).filter((x) => isPlace(x.entity) && x.entity.label !== "Province")).pop();
      // (An enterprise of Inner Mongolia settling at home is no part of the programme's investment, as in prose.)
      if (!s || !firm || !place || ctx.sideOf(firm.entity) === "inner-mongolia" || ctx.sideOf(place.entity) !== "inner-mongolia") continue;
      out.push({ type: "INVESTED_IN", source: firm.entity.id, target: place.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
