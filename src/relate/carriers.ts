// The body an item of a plan names as carrying its works out (实施主体：…): the one given the item's sum, not the place its works are named for.
import type { Amount } from "./amounts.js";
import { isInstitution, type ArticleContext, type Ref } from "./context.js";

/** The label before the body that carries an item's works out. (Not 实施单位, the unit that runs a project, often a bureau,
 * whose sum the keys give to those it benefits.) */
const CARRIER_LABEL = /(?:实施主体|建设主体)[：:]\s*/g;

/** The one body the line of a sum names as carrying its works out, where the line names one: …项目，安排资金650万元，
 * 实施主体：敖汉旗金谷香油脂有限公司; 实施主体：林西县农牧局；丰台区协作资金95万元. */
export function carrierOf(ctx: ArticleContext, amount: Amount): Ref | undefined {
  const from = ctx.text.lastIndexOf("\n", amount.start) + 1;
  const next = ctx.text.indexOf("\n", amount.end);
  const to = next < 0 ? ctx.text.length : next;
  const labels = [...ctx.text.slice(from, to).matchAll(CARRIER_LABEL)];
  // (Not a line of several items, each naming its own.)
  if (labels.length !== 1) return undefined;
  const at = from + labels[0]!.index! + labels[0]![0].length;
  const r = ctx.within(at, to)[0];
  return r && r.mention.start === at && isInstitution(r.entity) ? r : undefined;
}
