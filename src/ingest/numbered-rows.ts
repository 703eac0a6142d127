// Numbered rows of a table a PDF laid out with single spaces, put back whole: a row wrapped over several lines, past a page's
// break, and a piece of a cell left alone on the next line.
import { PAGE_MARK } from "./numbered-stacks.js";

/** A section's row inside a table: its heading's number, or its subtotal (一、产业发展类　　小计　　5320). */
export const SECTION_ROW = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])|小计|合计|总计/;

/** A word of a row of sums: no piece of a cell. */
const SUM_WORD = /合计|小计|总计|共计/;

/** A line that goes on with a cell a PDF wrapped: no number opens it, a Chinese character does. */
const WRAPPED_ON = /^[\u4e00-\u9fff][^ \u3000]{0,12}(?:[ \u3000]|$)/;
/** How a cell a PDF cut ends once whole: a body's or a project's name (…文化广场建设, …提升改造), a bracket closed. */
const WHOLE_CELL_END = /(项目|工程|建设|改造|提升|活动|公司|合作社|中心|基地|园区|医院|卫生院|学校|小学|中学|局|委员会|政府|办公室|[)）])$/;

/**
 * The cells of a numbered row with the piece alone on the next line put back on the cell it completes: the one with a bracket
 * left open (肉羊标准化养殖园区（二 + 期）), else the last that it makes a name's or a project's whole (察右中旗丰察农牧业 +
 * 发展有限公司, …建设项 + 目). None where no cell takes it, or the line is no piece (a number, a sum, a sentence).
 */
export function cellTail(cells: string[], next: string | undefined, header: string[] = []): string[] | undefined {
  const piece = next?.trim() ?? "";
  const spread = spreadTail(cells, next ?? "");
  if (spread) return spread;
  if (!/^[\u4e00-\u9fff）)][^ \u3000|]{0,11}$/.test(piece) || SUM_WORD.test(piece) || /[。；;，,：:]/.test(piece)) return undefined;
  const open = cells.findIndex((c) => /[（(][^）)]*$/.test(c) && /[）)]/.test(piece));
  // (A project's end goes to the column of projects' names: 西乌兰哈达嘎查“石榴 + 籽”文化广场建设.)
  const project = PROJECT_END.test(piece) ? header.findIndex((h, x) => x >= 1 && /项目/.test(h) && /[\u4e00-\u9fff“”"]$/.test(cells[x] ?? "") && !WHOLE_CELL_END.test(cells[x]!)) : -1;
  const at = open >= 1 ? open : project >= 1 ? project : cells.findLastIndex((c, x) => x >= 1 && /[\u4e00-\u9fff]$/.test(c) && !WHOLE_CELL_END.test(c) && WHOLE_CELL_END.test(c + piece));
  return at >= 1 ? cells.map((c, x) => (x === at ? c + piece : c)) : undefined;
}

/** How a project's name ends. */
const PROJECT_END = /(项目|工程|建设|改造|提升|活动)$/;

/** A piece of a cell on a continuation line: short, no figure, no sentence's mark but inside a bracket it closes (职，双向交流）). */
const TAIL_PIECE = /^(?:[\u4e00-\u9fff（(][\u4e00-\u9fff（()）、]{0,15}|[\u4e00-\u9fff]{0,8}[，,、][\u4e00-\u9fff]{1,8}[）)])$/;

/**
 * The cells of a numbered row whose cells a PDF wrapped together, their ends on the next line set in by a space, one piece for
 * each cell still open, in order (1 郑宏伟 北京市丰台区商务局副局 察哈尔右翼中旗委常委、 / 长 政府副旗长（挂职）): the last open
 * cells take them. A cell is open unless a bracket closes it; where one piece is left and the row's last cell is closed, the
 * last open cell before it takes it (5 高天宇 北京市第十二中学物理教 察右中旗第一中学（支教） / 师).
 */
function spreadTail(cells: string[], next: string): string[] | undefined {
  if (!/^[ \t\u3000]+[^ \t\u3000]/.test(next) || SECTION_ROW.test(next) || SUM_WORD.test(next)) return undefined;
  const pieces = next.trim().split(/[ \u3000]+/);
  if (!pieces.every((p) => TAIL_PIECE.test(p))) return undefined;
  if (pieces.length === 1 && !/[）)]$/.test(cells[cells.length - 1]!)) return undefined;
  const open = cells.map((c, x) => (x >= 1 && /[\u4e00-\u9fff（(、]$/.test(c) ? x : -1)).filter((x) => x >= 0);
  if (open.length < pieces.length) return undefined;
  const taking = open.slice(-pieces.length);
  return cells.map((c, x) => (taking.includes(x) ? c + pieces[taking.indexOf(x)]! : c));
}

/** A numbered row's opening: its number, then a space. */
export const NUMBERED = /^\s*[0-9]{1,3}[ \u3000]/;

/**
 * A numbered row a PDF wrapped over the lines after it (1 马铃薯种薯繁育基 / 地建设项目 / 科布尔镇义发泉村 察右中旗农牧局 … 已完工),
 * past a page's break too: its lines, gathered until they hold as many cells as the header, made one. Of their breaks, as
 * many as the cells over the header's fall inside a cell, those after the longest pieces (a wrapped cell fills its column),
 * a piece alone on its line first; the others part two cells (…朝阳镇人民政府 380 / 合格).
 */
export function wrappedRow(lines: string[], k: number, width: number): { text: string; lines: number } | undefined {
  const parts = [lines[k]!.trim().split(/[ \u3000]+/)];
  let cells = parts[0]!.length;
  let last = k;
  for (let j = k + 1; cells < width && j < lines.length; j++) {
    // (A page's number and the blank lines around it stand between two lines of the row.)
    let next = j;
    while (next < lines.length && (!lines[next]!.trim() || PAGE_MARK.test(lines[next]!))) next++;
    if (next > j && !lines.slice(j, next).some((l) => PAGE_MARK.test(l))) break;
    j = next;
    if (j >= lines.length || !WRAPPED_ON.test(lines[j]!) || NUMBERED.test(lines[j]!) || SECTION_ROW.test(lines[j]!)) break;
    const more = lines[j]!.trim().split(/[ \u3000]+/);
    if (more.some((c) => c.length > 24 || /[。；;！!？?,，]/.test(c))) return undefined;
    parts.push(more);
    cells += more.length;
    last = j;
  }
  if (parts.length === 1 || cells < width) return undefined;
  const weight = (x: number) => parts[x]![parts[x]!.length - 1]!.length + (parts[x + 1]!.length === 1 ? 0.5 : 0);
  const inCell = new Set(parts.slice(0, -1).map((_, x) => x)
    .filter((x) => /[\u4e00-\u9fff（(]$/.test(parts[x]![parts[x]!.length - 1]!) && /^[\u4e00-\u9fff）)]/.test(parts[x + 1]![0]!))
    .sort((a, b) => weight(b) - weight(a) || a - b).slice(0, cells - width));
  if (inCell.size < cells - width) return undefined;
  return { text: parts.map((p) => p.join(" ")).reduce((row, p, x) => row + (inCell.has(x - 1) ? "" : " ") + p), lines: last - k + 1 };
}
