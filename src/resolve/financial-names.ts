// Banks' and insurers' names with their standard short forms written in full (察右中旗农商银行, 农行察右中旗支行), as one body's.

/** A bank's or an insurer's name, or a short form of one. */
export const FINANCIAL = /(银行|农商行|农行|工行|建行|中行|交行|农发行|邮储|保险|财险|寿险|产险|信用社|信用联社)/;

/** The standard short forms of banks and insurers, each with what it stands for. */
const FINANCIAL_FORMS: [RegExp, string][] = [
  [/农商银行|农商行/g, "农村商业银行"], [/农信社/g, "农村信用合作社"], [/^邮储银行/, "中国邮政储蓄银行"], [/^农发行/, "中国农业发展银行"],
  [/^农行/, "中国农业银行"], [/^工行/, "中国工商银行"], [/^建行/, "中国建设银行"], [/^中行/, "中国银行"], [/^交行/, "交通银行"],
  [/^人保财险/, "中国人民财产保险"], [/^太保财险/, "中国太平洋财产保险"], [/^(国寿|人寿)财险/, "中国人寿财产保险"], [/^平安产险/, "中国平安财产保险"],
];

/** A bank's or an insurer's name with its short forms written in full and its legal form left out (股份有限公司 stands inside the
 * name before a branch's: 北京银行股份有限公司赤峰分行 is 北京银行赤峰分行). */
export function financialCore(core: string): string {
  let out = core;
  for (const [form, full] of FINANCIAL_FORMS) out = out.replace(form, full);
  return out.replace(/股份有限公司|有限责任公司|有限公司/g, "");
}
