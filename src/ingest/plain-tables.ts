// A plain text's tables, their cells kept apart by tabs or by runs of spaces, written with bars as a web page's cells
// are (仁和镇|哈拉哈达镇), so that every later stage reads one kind of table.

import { alignedTables } from "./aligned-tables.js";
import { commaTables } from "./comma-tables.js";
import { listedColumns } from "./listed-columns.js";
import { numberedStacks, PAGE_MARK } from "./numbered-stacks.js";
import { cellTail, NUMBERED, SECTION_ROW, wrappedRow } from "./numbered-rows.js";
import { withWrappedCellsJoined, withWrappedTabRowsJoined } from "./wrapped-cells.js";
import { DESCRIBING_COLUMN, labelledTables, singleSpaced } from "./labelled-tables.js";

/** Cells kept apart by two or more spaces (full-width ones too), as text aligned in columns is. */
const SPACED = /[ \u3000]{2,}/;

/** A line of at least two cells aligned by spaces, none of them a sentence. */
function spacedCells(line: string): string[] | undefined {
  const cells = line.trim().split(SPACED);
  return cells.length >= 2 && cells.every((c) => c.length <= 30 && !/[。；;！!？?]/.test(c)) ? cells : undefined;
}

/** A row's cells, as many as its header's: kept apart by runs of spaces, or where a long name left a single space before the
 * next cell (石景山区　宁城县　　　冰雪乐园一期 under 结对区　　旗县　　　项目内容), by every space. */
function cellsOfWidth(line: string, width: number): string[] | undefined {
  const cells = spacedCells(line);
  if (!cells || cells.length > width) return undefined;
  if (cells.length === width) return cells;
  // (Not pairs written with a dash between, 穆家峪镇荆子峪村　　——　扣河子镇哈日干图嘎查: read as pairs later.)
  if (/[—\-－~～→]/.test(line)) return undefined;
  const fine = line.trim().split(/[ \u3000]+/);
  return fine.length === width && fine.every((c) => c.length <= 30) ? fine : undefined;
}


/** A line drawn with box characters only: a table's rule (┌──┬──┐, ├──┼──┤). */
const BOX_RULE = /^[\s\u2500-\u257f]+$/;
/** A cell border drawn with a box character (│, ┃). */
const BOX_BAR = /[\u2502\u2503\u2551]/;

/** A table drawn with box characters: its rules left out, its rows' borders written as bars, the outer ones dropped. */
function boxTables(lines: string[]): string[] {
  if (!lines.some((l) => BOX_BAR.test(l))) return lines;
  return lines.filter((l) => !(BOX_RULE.test(l) && /[\u2500-\u257f]/.test(l))).map((l) => {
    const t = l.trim();
    if (!/^[\u2502\u2503\u2551].*[\u2502\u2503\u2551]$/.test(t)) return l;
    return t.slice(1, -1).split(BOX_BAR).map((c) => c.trim()).join("|");
  });
}

/** A line a table's row could be: cells kept apart by tabs, by box characters, or by runs of spaces, with no sentence in
 * them (a cell of an aligned table may hold a name and a post parted by single spaces, longer than a cell alone). */
function rowLike(line: string): boolean {
  return /\t[^\n]*\t/.test(line) || BOX_BAR.test(line) || (SPACED.test(line.trim()) && !/[。；;！!？?]/.test(line));
}

/**
 * Blank lines between a table's rows (a table copied with a blank line after each row) left out, where three rows or more
 * stand so: the rows are then read as one table. (Two such lines could be a headline and a dateline spaced out.)
 */
function withoutGapsBetweenRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    const rows = [i];
    while (rowLike(lines[j]!)) {
      let k = j + 1;
      while (k < lines.length && !lines[k]!.trim()) k++;
      if (k === j + 1 || k >= lines.length || !rowLike(lines[k]!)) break;
      rows.push(k);
      j = k;
    }
    if (rows.length >= 3) {
      out.push(...rows.map((r) => lines[r]!));
      i = j + 1;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}

/**
 * A table a page broke, its header or rows at the foot of one page and the rest at the head of the next: the page's number,
 * the running head over the next page (the title again) and the blank lines between left out, where the lines on both sides
 * hold as many spaced cells.
 */
function acrossPageBreaks(lines: string[]): string[] {
  const title = lines.find((l) => l.trim())?.trim();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    const width = spacedCells(lines[i]!)?.length;
    if (!width) continue;
    let k = i + 1;
    let page = false;
    for (; k < lines.length && (!lines[k]!.trim() || PAGE_MARK.test(lines[k]!) || (page && lines[k]!.trim() === title)); k++) {
      if (PAGE_MARK.test(lines[k]!)) page = true;
    }
    if (page && k < lines.length && spacedCells(lines[k]!)?.length === width) i = k - 1;
  }
  return out;
}

export function plainTables(text: string): string {
  // (Tables aligned by their spaces' widths first: a single wide space may part two cells there, or pad a name.)
  // (And tables of comma-separated values first: their rows are whole already.)
  const lines = alignedTables(boxTables(withoutGapsBetweenRows(acrossPageBreaks(withWrappedCellsJoined(withWrappedTabRowsJoined(commaTables(listedColumns(text)).split("\n")))))));
  // A tab-separated line: its tabs are its cell breaks.
  for (let i = 0; i < lines.length; i++) if (/\t[^\n]*\t/.test(lines[i]!)) lines[i] = lines[i]!.replace(/\t+/g, "|");
  // (A table of two columns has one tab a line: three such lines in a row, none a sentence, are one.)
  const twoCells = (line: string) => /^[^\t]+\t+[^\t]+$/.test(line.trim()) && !/[。；;！!？?]/.test(line);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && twoCells(lines[j]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) lines[k] = lines[k]!.replace(/\t+/g, "|");
    i = Math.max(j, i + 1);
  }
  // Three or more lines in a row aligned in the same number of columns by spaces: a table. (Fewer could be a
  // headline and a dateline spaced out, or stray spaces a PDF left.)
  for (let i = 0; i < lines.length; ) {
    // (A header may leave a single space where its rows leave more: read at the rows' width where it splits so.)
    const own = spacedCells(lines[i]!)?.length;
    const next = i + 1 < lines.length ? spacedCells(lines[i + 1]!)?.length : undefined;
    const width = own && next && next > own && cellsOfWidth(lines[i]!, next) ? next : own;
    let j = i;
    // (A section's row with its subtotal, fewer cells than the rest, stands among the rows: 一、产业发展类　　小计　　5320.)
    const section = (k: number) => k > i && SECTION_ROW.test(lines[k]!) && (spacedCells(lines[k]!)?.length ?? width!) < width! && k + 1 < lines.length && !!cellsOfWidth(lines[k + 1]!, width!);
    while (width && j < lines.length && (cellsOfWidth(lines[j]!, width) || section(j))) j++;
    if (width && j - i >= 3) {
      for (let k = i; k < j; k++) {
        const lead = /^\s*/.exec(lines[k]!)![0];
        lines[k] = lead + (cellsOfWidth(lines[k]!, width) ?? spacedCells(lines[k]!)!).join("|");
      }
    }
    i = Math.max(j, i + 1);
  }
  // Rows numbered from 1 on, each with as many cells, a wide gap among them: a table with no header, however few its rows
  // and though one row's gap is single (1　　北京市通州区慈善协会　　桥头镇二道沟村 / 2　　通州区青年企业家协会　　…).
  for (let i = 0; i < lines.length; ) {
    const width = /^\s*1[ \u3000]/.test(lines[i]!) ? singleSpaced(lines[i]!)?.length : undefined;
    let j = i;
    while (width && j < lines.length && lines[j]!.trim().startsWith(`${j - i + 1}`) && /^\s*[0-9]+[ \u3000]/.test(lines[j]!) && singleSpaced(lines[j]!)?.length === width) j++;
    // (Not pairs written with a dash between, 1　溪翁庄镇金叵罗村　——　库伦镇兴源村: read as pairs later.)
    if (j - i >= 2 && lines.slice(i, j).some((l) => SPACED.test(l.trim())) && !lines.slice(i, j).some((l) => /[ \u3000][—\-－~～→]+[ \u3000]/.test(l))) {
      for (let k = i; k < j; k++) lines[k] = /^\s*/.exec(lines[k]!)![0] + singleSpaced(lines[k]!)!.join("|");
    }
    i = Math.max(j, i + 1);
  }
  // A numbered table whose cells a single space keeps apart (序号 平谷区乡镇 结对乡镇 / 1 金海湖镇 兴和县城关镇): its header
  // opens with 序号 and every row with its number. (A row a stray space split otherwise is left as written.)
  const title = lines.find((l) => l.trim())?.trim();
  for (let i = 0; i < lines.length; i++) {
    const header = singleSpaced(lines[i]!);
    if (!header || header[0] !== "序号") continue;
    // (A unit the PDF set on a line of its own under the header is its sums' label's: 京蒙协作资金 / （万元）.)
    const unit = /^\s*([（(](?:万元|元|亿元)[)）])\s*$/.exec(lines[i + 1] ?? "")?.[1];
    const sums = unit ? header.findLastIndex((c) => /(资金|金额|投资|额|款)$/.test(c)) : -1;
    if (unit && sums >= 0) {
      header[sums] += unit;
      lines.splice(i + 1, 1);
    }
    for (let k = i + 1; k < lines.length; k++) {
      // (A page's break between rows, its number and the running head over the next page, is left out: the rows go on.)
      let next = k;
      while (next < lines.length && (!lines[next]!.trim() || PAGE_MARK.test(lines[next]!) || lines[next]!.trim() === title)) next++;
      if (next > k && next < lines.length && NUMBERED.test(lines[next]!) && lines.slice(k, next).some((l) => PAGE_MARK.test(l))) {
        lines.splice(k, next - k);
      }
      if (!NUMBERED.test(lines[k] ?? "")) break;
      // (A row a PDF wrapped inside its cell goes on at the next line's start: 2 学校 北京市密云区第三小 / 学 库伦旗实验小学; or
      // its last cells do, after a figure: …朝阳镇人民政府 380 / 合格.)
      const wrapped = wrappedRow(lines, k, header.length);
      if (wrapped) lines.splice(k, wrapped.lines, /^\s*/.exec(lines[k]!)![0] + wrapped.text);
      // (A PDF's spaces around a figure with its unit inside a cell are no cell breaks: 医用外科口罩 5 万只、医用防护服 1000 套.)
      let cells = singleSpaced(lines[k]!.replace(FIGURE_IN_CELL, "$1"), header.findIndex((c) => DESCRIBING_COLUMN.test(c)));
      // (Nor after a product's code, which opens the words it names: 84 消毒液, N95 口罩.)
      for (let x = 1; cells && cells.length > header.length && x < cells.length - 2; x++) {
        if (/(?:^|、)[A-Za-z0-9]+$/.test(cells[x]!) && /^[\u4e00-\u9fff]/.test(cells[x + 1]!)) cells = [...cells.slice(0, x), cells[x]! + cells[x + 1]!, ...cells.slice(x + 2)];
      }
      // (A name a PDF spaced out character by character is one cell: 化 德 县 医 院.)
      if (cells && cells.length > header.length) cells = joinedLetters(cells, header.length);
      // (A one-character cell after the number is a name's end a stray space cut off: 商都县七台 镇.)
      while (cells && cells.length > header.length && cells.slice(2).some((c) => c.length === 1)) {
        const cut = cells.findIndex((c, x) => x >= 2 && c.length === 1);
        cells = [...cells.slice(0, cut - 1), cells[cut - 1]! + cells[cut]!, ...cells.slice(cut + 1)];
      }
      if (cells?.length === header.length) {
        // (A whole row's cell may still go on at the next line, alone there: …扩繁基地建设项 … 860 / 目.)
        const tail = cellTail(cells, lines[k + 1], header);
        if (tail) {
          cells = tail;
          lines.splice(k + 1, 1);
        }
        lines[k] = /^\s*/.exec(lines[k]!)![0] + cells.join("|");
      }
    }
    lines[i] = /^\s*/.exec(lines[i]!)![0] + header.join("|");
  }
  return numberedStacks(stackedTables(labelledTables(lines))).join("\n");
}

/** A figure and its unit inside a cell, spaces a PDF set around them (not a sum before a cell that opens with 千: 152 千斤沟镇人民政府;
 * nor with 亿 or 万 of a place's name, no measure after them: 430 亿合公镇人民政府). */
const FIGURE_IN_CELL = /(?<=[\u4e00-\u9fff、]) ?([0-9]+(?:\.[0-9]+)?) (?=[个台套只件吨人户名次辆批箱袋]|[万百亿][元只个套件吨头株人册箱袋台辆亩平余多千]|千[克瓦米])/g;

/** A column's label: what a table of people heads its columns with. */
// (Or what the posting is and how long: 挂职期限, 帮扶类型, 帮扶单位及岗位.)
const COLUMN_LABEL = /^((原|派出|挂职|受援|帮扶|服务|派驻|接收|支教)?单位(及(职务|岗位))?|现任职务|职务|(挂职|帮扶|服务|派驻|支教)?(时间|期限|类型|岗位)|性别|民族|专业|科室|学科)$/;
/** A label of a table of projects after 项目名称, and the one of its sums in 万元, which a row's figure stands under. */
const PROJECT_LABEL = /^(实施地点|建设地点|项目地点|实施单位|责任单位|建设内容|(?:资金|金额|投资|援助资金|协作资金|资金规模)[（(](?:万元|元)[）)])$/;
const SUM_LABEL = /[（(](?:万元|元)[）)]$/;

/**
 * A table a PDF laid out one cell a line (姓名 / 原单位及职务 / 挂职单位及职务 / 宋立新 / 平谷区农业农村局副局长 / …): its
 * rows put back on a line each, cells kept apart by bars, while each group of lines opens with a name and holds no sentence;
 * or a table of projects, each group with a figure under the label of its sums.
 */
function stackedTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let width = 0;
    // (Not under 序号: a numbered stack of its own, read whole by numberedStacks.)
    // (Or one of projects, its sums a column of figures: 项目名称 / 实施地点 / 资金（万元） / 荞麦精深加工项目 / 扣河子镇 / 1500.)
    const unnumbered = lines[i - 1]?.trim() !== "序号";
    const projects = unnumbered && lines[i]!.trim() === "项目名称";
    const label = projects ? PROJECT_LABEL : COLUMN_LABEL;
    if (unnumbered && (lines[i]!.trim() === "姓名" || projects)) while (i + width + 1 < lines.length && label.test(lines[i + width + 1]!.trim())) width++;
    if (width === 0) {
      out.push(lines[i++]!);
      continue;
    }
    width++;
    const rows: string[] = [lines.slice(i, i + width).map((l) => l.trim()).join("|")];
    let k = i + width;
    for (; k + width <= lines.length; k += width) {
      const cells = lines.slice(k, k + width).map((l) => l.trim());
      const sumAt = projects ? lines.slice(i, i + width).findIndex((l) => SUM_LABEL.test(l.trim())) : -1;
      const opens = projects ? sumAt > 0 && /^[0-9]+(?:\.[0-9]+)?$/.test(cells[sumAt]!) && !/^[0-9.]+$/.test(cells[0]!) : /^[\u4e00-\u9fff·]{2,5}$/.test(cells[0]!);
      if (!opens || cells.some((c) => c.length === 0 || c.length > 40 || /[。；;！!？?]/.test(c))) break;
      rows.push(cells.join("|"));
    }
    if (rows.length < 2) {
      out.push(lines[i++]!);
      continue;
    }
    out.push(...rows);
    i = k;
  }
  return out;
}

/** Cells with runs of one-character cells (化 德 县 医 院) joined into one each, from the third cell on, while the row has more
 * cells than its header. */
function joinedLetters(cells: string[], width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    let j = i;
    while (i >= 2 && j + 1 < cells.length && cells[j]!.length === 1 && cells[j + 1]!.length === 1 && /[\u4e00-\u9fff]/.test(cells[j]!)) j++;
    out.push(cells.slice(i, j + 1).join(""));
    i = j;
  }
  return out.length >= width ? out : cells;
}
