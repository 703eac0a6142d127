// INVESTED_IN from a table of enterprises beside a column of where each settles (企业名称 | 注册地 | 拟入驻车间 | … with
// 北京华服尚品服饰有限公司 | 北京市丰台区 | 乌兰花镇服装加工帮扶车间): the enterprise invests in the place that cell names.
import { barredLines, type BarredLine } from "../normalise/index.js";
import { isPlace, type ArticleContext, type Ref, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { SITE_COLUMN } from "./table-locations.js";

/** A column of where each row's enterprise settles, planned or done (入驻车间, 拟入驻车间, 落户园区, 落户地). */
const SETTLED_AT = /^(?:拟|计划)?(?:入驻|进驻|落户|落地)(?:车间|园区|厂房|基地|地点|地|位置|苏木镇|乡镇|镇|乡|苏木|旗县|旗县市?|盟市)(?:[（(][市区旗县]{1,2}[）)])?$/;

/** A column of the county alone (旗县市区, 所在旗县). */
const COUNTY_COLUMN = /^(?:所在)?(?:旗县市区|旗县区|旗县市|旗县|县区|旗市)$/;
/** A column of a place inside a county, or of where a row's body is (所在镇（街道）, 嘎查村, 所在地, 建设地点). */
const FINER_PLACE = /(镇|乡|苏木|街道|嘎查|村|社区|所在地|地点|地址|位置)/;

export function tableSettlings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("|") || !/(入驻|进驻|落户|落地|投资)/.test(ctx.text)) return out;
  const lines = barredLines(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells.map((c) => c.text);
    // (Or where each row's project is built, in a table of what each invests: 企业名称 | 项目名称 | 计划投资（亿元） | 建设地点.)
    const invests = header.some((c) => /投资/.test(c));
    // (Or the county each row's firm is counted in, its column first: 旗县市区 | 落地企业名称 | 北京投资主体 | 实际到位投资.)
    // (Not where another column gives a place inside it: 旗县 | … | 所在镇（街道） | 投资企业.)
    const countyAt = invests && !header.some((c) => FINER_PLACE.test(c)) ? header.findIndex((c) => COUNTY_COLUMN.test(c)) : -1;
    const settledAt = countyAt >= 0 ? countyAt : header.findIndex((c) => SETTLED_AT.test(c) || (invests && SITE_COLUMN.test(c)));
    // (Or the firm that signed or invests: 投资企业, 签约企业; the Beijing investor of its own column over the firm it set up there.)
    const investorAt = countyAt >= 0 ? header.findIndex((c) => /^(?:北京)?投资(?:主体|方|企业)(?:名称)?$/.test(c)) : -1;
    const firmAt = investorAt >= 0 ? investorAt : header.findIndex((c) => /^(?:投资|签约|落地|落户|入驻|引进)?(企业|公司)(名称)?$/.test(c));
    if (firmAt < 0 || (firmAt > settledAt && settledAt >= 0 && countyAt < 0)) continue;
    // (With no such column, a list of the firms settling somewhere its heading names: 库伦旗京蒙协作产业园…入驻企业名单, each firm
    // in the place that opens the park's name.)
    // (So, too, where the column names no place: 入驻厂房 | 1号、2号厂房.)
    const listed = settledBy(ctx, lines, h);
    if (settledAt < 0 && !listed) continue;
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      const s = ctx.sentenceAt(row[0]!.start);
      const firm = ctx.within(row[firmAt]!.start, row[firmAt]!.end).find((x) => x.entity.label === "Enterprise" && !x.mention.nested);
      // (The place the cell names, whole or opening a works' name: 乌兰花镇 of 乌兰花镇服装加工帮扶车间.)
      const place = (settledAt >= 0 ? mostSpecific(ctx, ctx.within(row[settledAt]!.start, row[settledAt]!.end, true).filter((x) => isPlace(x.entity) && x.entity.label !== "Province")).pop() : undefined) ?? listed;
      // (An enterprise of Inner Mongolia settling at home is no part of the programme's investment, as in prose.)
      if (!s || !firm || !place || ctx.sideOf(firm.entity) === "inner-mongolia" || ctx.sideOf(place.entity) !== "inner-mongolia") continue;
      out.push({ type: "INVESTED_IN", source: firm.entity.id, target: place.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** The place of Inner Mongolia a heading over the table names for the firms that settle (入驻企业名单): the first the nearest such
 * heading names, inside a park's name too; lines of prose between are passed over, up to the article's head. */
function settledBy(ctx: ArticleContext, lines: BarredLine[], h: number): Ref | undefined {
  const headings = ctx.text.slice(0, lines[h]!.start).split("\n");
  let at = lines[h]!.start;
  for (let k = headings.length - 1; k >= 0 && k >= headings.length - 16; k--) {
    const line = headings[k]!;
    at -= line.length + 1;
    if (!/(入驻|落户|落地|进驻)[\u4e00-\u9fff]{0,4}(企业|公司)/.test(line) || line.length > 60) continue;
    const place = ctx.within(at + 1, at + 1 + line.length, true).find((x) => isPlace(x.entity) && x.entity.label !== "Province" && ctx.sideOf(x.entity) === "inner-mongolia");
    if (place) return place;
  }
  return undefined;
}
