// Tables a single space parts under a header of column labels, no row numbered (派出单位 选派人数 受援单位 派驻期限 /
// 北京市密云区医院 8 库伦旗人民医院 半年至一年): each row put on bars, across a page's break.
import { PAGE_MARK } from "./numbered-stacks.js";

/** A line of three or more short cells kept apart by spaces, single or not, none of them a sentence. */
export function singleSpaced(line: string, describedAt = -1): string[] | undefined {
  // (A line with bars or tabs is a table of another kind already.)
  if (/[|｜\t]/.test(line)) return undefined;
  // (Runs of spaces too, where one is single elsewhere: 序号　旗县　　　　结对区…, 1　　阿鲁科尔沁旗　昌平区　　　　5820.)
  const cells = line.trim().split(/[ \u3000]+/);
  // (A column that describes, 主要建设内容, may hold a clause or two: 改造游客服务中心1200平方米，完善智慧导览及标识系统.)
  const fits = (c: string, i: number) => c.length >= 1 && (i === describedAt ? c.length <= 60 && !/[。；;！!？?]/.test(c) : c.length <= 24 && !/[。；;！!？?,，]/.test(c));
  return cells.length >= 3 && cells.every(fits) ? cells : undefined;
}

/** A column of what a row's item is or does, written as words (主要建设内容, 建设内容及规模, 备注). */
export const DESCRIBING_COLUMN = /(内容|备注|说明|情况|成效)/;

/** A column's label: short, no figure, a word tables head columns with. */
const LABEL = /^[\u4e00-\u9fff（）()]{2,10}$/;
const COLUMN_WORD = /(单位|人数|名称|时间|期限|金额|资金|姓名|职务|岗位|地点|类别|内容|数量|备注|乡镇|苏木|嘎查|村|旗县|区县|学校|医院|科室|专业|学科|年限)([（(][\u4e00-\u9fff]{1,3}[)）])?$/;

/** The lines with each such table's rows written with bars; its header too. Rows may go on past a page's number and the
 * blank lines around it. */
export function labelledTables(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const header = singleSpaced(lines[i]!);
    if (!header || header[0] === "序号" || !header.every((c) => LABEL.test(c)) || header.filter((c) => COLUMN_WORD.test(c)).length < 2) continue;
    const rows: number[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      let next = k;
      while (next < lines.length && (!lines[next]!.trim() || PAGE_MARK.test(lines[next]!))) next++;
      // (Past a page's break only: a blank line alone ends the table.)
      if (next > k && !lines.slice(k, next).some((l) => PAGE_MARK.test(l))) break;
      k = next;
      if (singleSpaced(lines[k] ?? "")?.length !== header.length) break;
      rows.push(k);
    }
    if (rows.length < 2) continue;
    lines[i] = header.join("|");
    for (const k of rows) lines[k] = singleSpaced(lines[k]!)!.join("|");
    // (The break's lines go, so that the rows stand together.)
    for (let k = rows.length - 1; k > 0; k--) if (rows[k]! > rows[k - 1]! + 1) lines.splice(rows[k - 1]! + 1, rows[k]! - rows[k - 1]! - 1);
    i = rows[0]!;
  }
  return lines;
}
