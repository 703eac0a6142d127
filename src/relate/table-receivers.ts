// Which column of a table of money names who receives it: a column of receivers, the one the article says the money was paid
// to, a subsidy's bodies, or a workshop's operator opening the rows.
import { PAID_TO, PLACE_HEADER, RECIPIENT_HEADER, SUBSIDISED_BODY } from "./table-headers.js";

/** What the article says a table's money was paid to (资金直接拨付至各项目实施单位, 已全部拨付至各运营主体), looked for once per article;
 * not the paired districts that pass it on (拨付至各结对区). */
export function paidToIn(text: string): string | undefined {
  return PAID_TO.exec(text)?.[1]?.replace(/^.*(结对|帮扶|北京|京方).*$/, "") || undefined;
}

/** The receivers' column of the table whose header is `header` and money is at `amountAt` (`subsidised`: the column a subsidy's
 * bodies are named in, or -1; `paidTo`: paidToIn's answer), else -1; `column` finds the first other column a header pattern fits. */
export function receiversColumn(paidTo: string | undefined, header: string[], amountAt: number, subsidised: number, column: (re: RegExp) => number): number {
  const recipients = column(RECIPIENT_HEADER);
  // (Or the column the article says the money was paid to: 实施单位 under 拨付至各项目实施单位.)
  const paidAt = paidTo ? column(new RegExp(`^(?:项目)?${paidTo.replace(/^项目/, "")}(?:名称)?$`)) : -1;
  // (Or a workshop's operator opening the row, where the only place it gives is the workshop's own address: 运营主体 | 车间所在地.)
  const operatorAt = column(SUBSIDISED_BODY);
  // (Not where the row's subject is the workshop, named first, its operator after: 车间名称 | 所在地 | 运营主体.)
  const addressOnly = operatorAt >= 0 && header.slice(0, operatorAt).every((c) => /^(序号|编号)$/.test(c)) && header.every((c, i) => i === amountAt || !PLACE_HEADER.test(c) || /^(车间|工坊|基地|企业)?(所在地|地址)$/.test(c));
  return recipients >= 0 ? recipients : paidAt >= 0 ? paidAt : subsidised >= 0 ? subsidised : addressOnly ? operatorAt : -1;
}
