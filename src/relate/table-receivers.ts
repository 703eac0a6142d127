// Which column of a table of money names who receives it: a column of receivers, the one the article says the money was paid
// to, a subsidy's bodies, a workshop's operator opening the rows, or the bodies of service the rows are about.
import type { BarredLine } from "../normalise/index.js";
import { isInstitution, type ArticleContext } from "./context.js";
import { PAID_TO, PLACE_HEADER, RECIPIENT_HEADER, SERVICE_BODY_NAME, SUBSIDISED_BODY } from "./table-headers.js";

/** What the article says a table's money was paid to (资金直接拨付至各项目实施单位, 已全部拨付至各运营主体), looked for once per article;
 * not the paired districts that pass it on (拨付至各结对区). */
export function paidToIn(text: string): string | undefined {
  return PAID_TO.exec(text)?.[1]?.replace(/^.*(结对|帮扶|北京|京方).*$/, "") || undefined;
}

/** The receivers' column of the table whose header is `header` and money is at `amountAt` (`subsidised`: the column a subsidy's
 * bodies are named in, or -1; `paidTo`: paidToIn's answer), else -1; `column` finds the first other column a header pattern fits,
 * `holdsBodies` whether a column's cells are bodies' whole names. */
export function receiversColumn(paidTo: string | undefined, header: string[], amountAt: number, subsidised: number, column: (re: RegExp) => number, holdsBodies: (i: number) => boolean): number {
  const recipients = column(RECIPIENT_HEADER);
  // (Or the column the article says the money was paid to: 实施单位 under 拨付至各项目实施单位.)
  const paidAt = paidTo ? column(new RegExp(`^(?:项目)?${paidTo.replace(/^项目/, "")}(?:名称)?$`)) : -1;
  // (Or a workshop's operator opening the row, where the only place it gives is the workshop's own address: 运营主体 | 车间所在地.)
  const operatorAt = column(SUBSIDISED_BODY);
  // (Not where the row's subject is the workshop, named first, its operator after: 车间名称 | 所在地 | 运营主体.)
  const addressOnly = operatorAt >= 0 && header.slice(0, operatorAt).every((c) => /^(序号|编号)$/.test(c)) && header.every((c, i) => i === amountAt || !PLACE_HEADER.test(c) || /^(车间|工坊|基地|企业)?(所在地|地址)$/.test(c));
  // (Or the body of service the row is about, named first, over its operator and its address: 工坊名称 | 运营主体 | 所在地 | … |
  // 京蒙协作资金 is the workshop's.)
  const subjectAt = header.findIndex((c) => !/^(序号|编号)$/.test(c));
  // (Or a workshop's column whose cells are the firms that run them, 车间名称 | 敖汉旗陶然居红陶手工艺专业合作社.)
  const bodyFirst = subjectAt >= 0 && subjectAt !== amountAt && (SERVICE_BODY_NAME.test(header[subjectAt]!) || (/^(?:帮扶|就业)?车间名称$/.test(header[subjectAt]!) && holdsBodies(subjectAt))) ? subjectAt : -1;
  return recipients >= 0 ? recipients : paidAt >= 0 ? paidAt : subsidised >= 0 ? subsidised : addressOnly ? operatorAt : bodyFirst;
}

/** Whether most of `rows` (those `width` cells wide) hold a body's whole name in column `i`: 敖汉旗陶然居红陶手工艺专业合作社, not
 * 双胜镇木制品帮扶车间. */
export function cellsAreBodies(ctx: ArticleContext, rows: BarredLine[], width: number, i: number): boolean {
  const full = rows.filter((l) => l.cells.length === width);
  const bodies = full.filter((l) => ctx.within(l.cells[i]!.start, l.cells[i]!.end).some((x) => isInstitution(x.entity) && !x.mention.nested && x.mention.start === l.cells[i]!.start && x.mention.end === l.cells[i]!.end));
  return bodies.length * 2 > full.length;
}
