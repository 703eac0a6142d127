// INVESTED_IN from an enterprise's record: a heading that names the company, then its project's fields with a site and what
// it invested (1.北京兴商源农牧科技有限公司 / 项目：…。建设地点：商都县七台镇。2023年完成投资1.2亿元，已投产).
import { amountsIn } from "./amounts.js";
import { isPlace, type ArticleContext, type Ref, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { recordsIn } from "./records.js";
import { placeGoverned } from "./investors.js";

/** A field giving where a project is built. */
export const SITE_LABEL = /^(建设地点|实施地点|项目地点|落地地点|项目选址)$/;
/** 投资 right before a sum: the company's own spending (完成投资1.2亿元, 总投资8500万元). */
const INVESTED_BEFORE = /(投资|投资额|投资总额)[达约为近超]*$/;

interface EnterpriseRecord { enterprise: Ref; site: Ref; from: number; to: number }

const records = new WeakMap<ArticleContext, EnterpriseRecord[]>();

/** The article's enterprise records with a site, read once. The record runs from its first field to its line's end. */
function enterpriseRecords(ctx: ArticleContext): EnterpriseRecord[] {
  let list = records.get(ctx);
  if (list) return list;
  list = [];
  if (/(建设|实施|项目|落地)地点|项目选址/.test(ctx.text)) {
    for (const { fields, head } of recordsIn(ctx)) {
      const site = fields.find((f) => SITE_LABEL.test(f.label));
      if (!head || !site) continue;
      // (The heading is the company's name alone, a list's number or a note in brackets around it.)
      const enterprise = ctx.within(head.start, head.end).find((r) => r.entity.label === "Enterprise" && !r.mention.nested);
      if (!enterprise || !/^\s*(?:[0-9]{1,2}[.、．]\s*)?$/.test(ctx.text.slice(head.start, enterprise.mention.start))) continue;
      const place = mostSpecific(ctx, ctx.within(site.start, site.end).filter((r) => isPlace(r.entity) && r.entity.label !== "Province")).pop();
      if (!place) continue;
      const lineEnd = ctx.text.indexOf("\n", site.end);
      list.push({ enterprise, site: place, from: fields[0]!.start, to: lineEnd < 0 ? ctx.text.length : lineEnd });
    }
  }
  records.set(ctx, list);
  return list;
}

/** Whether `at` lies in an enterprise's record: its sums are the company's, no grant. */
export function enterpriseRecordAt(ctx: ArticleContext, at: number): boolean {
  return enterpriseRecords(ctx).some((r) => at >= r.from && at < r.to);
}

/** A record's field of the two sides that signed its project, an enterprise and a unit's government (签约双方：北京驼铃乳业有限公司——
 * 阿拉善右旗人民政府), and of the sum invested (投资额：2.6亿元). */
const PARTIES_LABEL = /^(签约双方|签约主体|签约单位)$/;
const INVESTED_LABEL = /^(投资额|投资金额|投资总额|总投资|协议投资|签约金额)$/;

/** INVESTED_IN from each record of a signed project: the enterprise of its parties to the unit of the other, with the sum. */
function signedInvestments(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/签约(双方|主体|单位)[:：]/.test(ctx.text)) return out;
  for (const { fields } of recordsIn(ctx)) {
    const parties = fields.find((f) => PARTIES_LABEL.test(f.label));
    const invested = fields.find((f) => INVESTED_LABEL.test(f.label));
    if (!parties || !invested) continue;
    const sides = ctx.within(parties.start, parties.end).filter((r) => !r.mention.nested);
    const enterprise = sides.find((r) => r.entity.label === "Enterprise" && ctx.sideOf(r.entity) !== "inner-mongolia");
    const other = sides.find((r) => r !== enterprise && r.mention.start > (enterprise?.mention.end ?? Infinity));
    // (The place itself, or the unit whose government signed: where the project is built.)
    const place = other && (isPlace(other.entity) ? other.entity : placeGoverned(ctx, other)?.entity);
    const sum = amountsIn(ctx.text.slice(invested.start, invested.end), invested.start)[0];
    const s = ctx.sentenceAt(invested.start);
    if (!enterprise || !place || !sum || !s || ctx.sideOf(place) !== "inner-mongolia") continue;
    out.push({ type: "INVESTED_IN", source: enterprise.entity.id, target: place.id, props: { amountYuan: sum.yuan, approx: sum.approx }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** INVESTED_IN from each enterprise's record to its site, with the sum invested where the record gives one; and from each
 * record of a project signed. */
export function recordInvestments(ctx: ArticleContext): Relation[] {
  const out: Relation[] = signedInvestments(ctx);
  for (const { enterprise, site, from, to } of enterpriseRecords(ctx)) {
    if (ctx.sideOf(site.entity) === "beijing") continue;
    const sum = amountsIn(ctx.text.slice(from, to), from).find((a) => INVESTED_BEFORE.test(ctx.text.slice(Math.max(from, a.start - 6), a.start)));
    const s = ctx.sentenceAt(sum?.start ?? site.mention.start);
    if (!s) continue;
    out.push({
      type: "INVESTED_IN", source: enterprise.entity.id, target: site.entity.id,
      props: sum ? { amountYuan: sum.yuan, approx: sum.approx } : {}, confidence: 0.7, evidence: ctx.evidence(s),
    });
  }
  return out;
}
