// Tables aligned by the width of their spaces (序号　姓名　　派出单位及职务　…, a padded name 曹　阳 in its column): each row
// cut where the header's columns start on screen and written with bars.

/** Columns a character takes on screen: Han, full-width forms and the ideographic space take two. */
export function width(c: number): number {
  return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}
const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/** A run of text on a line: where it starts and ends in the source, the screen column it starts at, the gap before it. */
interface Token { start: number; end: number; column: number; gap: number }

/** Columns a character takes where the text was padded by its count of characters, as a program pads it: one each. */
const oneEach = (_c: number) => 1;

function tokens(text: string, widthOf: (c: number) => number = width): Token[] {
  const out: Token[] = [];
  let column = 0;
  let gap = 0;
  for (let i = 0, to = text.length; i < to; ) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      gap += widthOf(c);
      column += widthOf(c);
      i++;
      continue;
    }
    const start = i;
    const at = column;
    while (i < to && !isBlank(text.charCodeAt(i))) column += widthOf(text.charCodeAt(i++));
    out.push({ start, end: i, column: at, gap: out.length === 0 ? 0 : gap });
    gap = 0;
  }
  return out;
}

/** A header's columns: runs apart by gaps two columns wide or more, three at least, each a short label. (A single space
 * parts two labels too where the rows' cells start under the second: 序号 项目名称 over 1    马铃薯种薯繁育基地.) */
function headerColumns(text: string, line: Token[], rowStarts: Set<number> = new Set()): number[] | undefined {
  const columns: Token[] = [];
  for (const t of line) {
    const last = columns[columns.length - 1];
    if (last && t.gap < 2 && !(t.gap === 1 && (rowStarts.has(t.column) || rowStarts.has(t.column - 1)))) last.end = t.end;
    else columns.push({ ...t });
  }
  // (A column may say it holds parts of the one before: 其中：产业发展.)
  const labels = columns.map((c) => text.slice(c.start, c.end).replace(/^其中[:：]/, ""));
  // (Nor is a label one character: that is half a padded name, 韩　雪, of a row of a list with no header.)
  if (columns.length < 3 || labels.some((l) => l.length > 14 || /[，。；：,;:!?！？]/.test(l) || !/[\u4e00-\u9fff]/.test(l) || /^[\u4e00-\u9fff]$/.test(l))) return undefined;
  return columns.map((c) => c.column);
}

/** The column each token of a row falls in: the last whose start it is at or past (a cell may run on into the gap). */
function rowCells(line: Token[], columns: number[]): Token[][] {
  const cells: Token[][] = columns.map(() => []);
  for (const t of line) {
    let k = 0;
    while (k + 1 < columns.length && columns[k + 1]! <= t.column + 1) k++;
    cells[k]!.push(t);
  }
  return cells;
}

/** How many of the wide-spaced cells of the lines under a header start where its columns do, with a way of counting columns. */
function fit(lines: string[], h: number, widthOf: (c: number) => number): number {
  const columns = headerColumns(lines[h]!, tokens(lines[h]!, widthOf), rowStarts(lines, h, widthOf));
  if (!columns) return -1;
  const starts = new Set(columns);
  let hits = 0;
  for (let r = h + 1; r < Math.min(lines.length, h + 6); r++) for (const t of tokens(lines[r]!, widthOf)) if (t.gap >= 2 && starts.has(t.column)) hits++;
  return hits;
}

/** Where the wide-spaced cells of the lines right under a header start. */
function rowStarts(lines: string[], h: number, widthOf: (c: number) => number): Set<number> {
  const out = new Set<number>();
  for (let r = h + 1; r < Math.min(lines.length, h + 6); r++) for (const t of tokens(lines[r]!, widthOf)) if (t.gap >= 2) out.add(t.column);
  return out;
}

/** The lines with each aligned table's header and rows written as cells apart by bars. */
export function alignedTables(lines: string[]): string[] {
  const out = [...lines];
  for (let h = 0; h < lines.length; h++) {
    // (Only a line with a wide gap can head such a table: the scan is spared for all other lines. Tabs part cells of their
    // own kind of table, read apart.)
    if (!/\u3000|  /.test(lines[h]!) || lines[h]!.includes("\t")) continue;
    // (Padded for the screen, a Han character two columns wide, or by a program counting characters: the way under which
    // more of the rows' cells start where the header's columns do.)
    const widthOf = fit(lines, h, oneEach) > fit(lines, h, width) ? oneEach : width;
    const columns = headerColumns(lines[h]!, tokens(lines[h]!, widthOf), rowStarts(lines, h, widthOf));
    if (!columns) continue;
    // The rows under it: lines that fill two of its columns at least, each cut once.
    const rows: { at: number; cells: Token[][] }[] = [{ at: h, cells: rowCells(tokens(lines[h]!, widthOf), columns) }];
    // (A row's cells a PDF wrapped go on in a line set in under them, its first column empty and fewer cells filled than a row
    // fills: 2  赵雪梅  北京市东城区和平里第四小学语文  …中心学校教师（支 / 教师  教）. Each piece goes on its cell.)
    const wrapped: { at: number; cells: Token[][]; row: number }[] = [];
    for (let r = h + 1; r < lines.length && !lines[r]!.includes("\t"); r++) {
      const cells = rowCells(tokens(lines[r]!, widthOf), columns);
      const filled = cells.filter((c) => c.length > 0).length;
      // (Not a row of sums, 合计 under the names and its figures under theirs.)
      const pieces = cells.filter((c) => c.length > 0).map((c) => lines[r]!.slice(c[0]!.start, c[c.length - 1]!.end));
      if (rows.length > 1 && cells[0]!.length === 0 && filled >= 1 && filled <= columns.length - 2 && rows[rows.length - 1]!.cells[0]!.length > 0 && /^[ \u3000]{2,}/.test(lines[r]!) &&
        !pieces.some((p) => /^[0-9.,，%]+$|合计|小计|总计|共计/.test(p))) {
        wrapped.push({ at: r, cells, row: rows.length - 1 });
        continue;
      }
      if (filled < 2) break;
      rows.push({ at: r, cells });
    }
    // (Nor where a row's cell would hold two runs a wide gap parts, aligned neither way: cells kept apart by runs of spaces
    // alone, read as such later.)
    const wide = (line: string, a: Token, b: Token) => /^(?: {2,}|\u3000{2,}| \u3000|\u3000 )/.test(line.slice(a.end, b.start));
    if (rows.some(({ at, cells }) => cells.some((cell) => cell.some((t, i) => i > 0 && wide(lines[at]!, cell[i - 1]!, t))))) continue;
    // (Nor where a single space parts every two runs of every line: cells each as wide as its words, 序号　房山区乡镇　… over
    // 1　窦店镇　铁沙盖镇　30, are aligned by nothing, and read as such later; a row of sums padded under its figures, 合计　　　750,
    // aligns nothing either.)
    if (rows.every(({ at }) => !/[ \u3000]{2,}/.test(lines[at]!.trim()) || /^[ \u3000]*(合计|小计|总计|共计)/.test(lines[at]!))) continue;
    // (Two rows at least that reach a third column: prose with double spaces is no table.)
    if (rows.slice(1).filter((row) => row.cells.slice(2).some((c) => c.length > 0)).length < 2) continue;
    // (Where every line holds as many runs as the header has columns, but they fall under the columns otherwise, the text
    // was parted by its gaps, not aligned: 序号　朝阳区党组织　　科右中旗党组织 over 1　三里屯街道…党委　　巴彦呼舒镇…党支部 is a run a cell.)
    // (A row's runs are its cells' runs in order, each in one cell.)
    const byRuns = rows.every(({ cells }) => cells.flat().length === columns.length) && rows.some(({ cells }) => cells.some((cell) => cell.length !== 1));
    const text = (line: string, cell: Token[]) => (cell.length ? line.slice(cell[0]!.start, cell[cell.length - 1]!.end) : "");
    const written = rows.map(({ at, cells }) => (byRuns ? cells.flat().map((t) => [t]) : cells).map((cell) => text(lines[at]!, cell)));
    for (const w of wrapped) {
      w.cells.forEach((cell, i) => { if (cell.length && i < written[w.row]!.length) written[w.row]![i] += text(lines[w.at]!, cell); });
      out[w.at] = DROPPED;
    }
    rows.forEach(({ at }, k) => { out[at] = written[k]!.join("|"); });
    h = Math.max(rows[rows.length - 1]!.at, ...wrapped.map((w) => w.at));
  }
  return out.filter((line) => line !== DROPPED);
}

/** A line whose pieces went on the cells of the row above it. */
const DROPPED = "\u0000";
