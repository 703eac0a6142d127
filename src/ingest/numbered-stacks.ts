// Numbered tables a PDF laid out one cell a line, a cell wrapped onto lines of its own (序号 / 密云区结对单位 / … / 2 / 穆家峪镇 /
// 扣河子 / 镇 / 续签): each row put back on a line, cells apart by bars.

/** A column's label: short words, no figure, no sentence. */
const LABEL = /^[\u4e00-\u9fff（）()]{2,12}$/;
/** A page's number between two pages of the table (— 4 —). */
// (Or a page of so many: 第 1 页，共 2 页.)
export const PAGE_MARK = /^\s*(?:[-—－–]\s*[0-9]{1,3}\s*[-—－–]|第\s*[0-9]{1,3}\s*页(?:\s*[,，]?\s*共\s*[0-9]{1,3}\s*页)?)\s*$/;
const TOTAL = /^\s*(合计|总计|小计)\s*$/;
/** A place's name whole, a cell of its own. */
const PLACE_WHOLE = /^[\u4e00-\u9fff]{1,6}(镇|乡|苏木|旗|县|村|嘎查|街道)$/;
/** What a body's or a place's name ends with. */
const NAME_END = /(社|司|院|校|局|委|会|中心|镇|乡|村|嘎查|苏木|旗|县|区|市|场|园|站|所|厂|店|坊|室)$/;
/** The longest a wrapped piece of a cell runs, in characters: the end of a name (村, 嘎查). */
const PIECE = 3;

/** A label's unit wrapped onto a line of its own (帮扶资金 / （万元）): the label's. */
const UNIT = /^[（(][\u4e00-\u9fff]{1,3}[)）]$/;

interface Header { labels: string[]; lines: number }

/** The header's labels after 序号 at line `i` and the lines they take, the row numbered `first` under them, or none. */
function labelsAt(lines: string[], i: number, first = 1): Header {
  if (lines[i]?.trim() !== "序号") return { labels: [], lines: 0 };
  const labels: string[] = [];
  let j = i + 1;
  // (A page's break may part the labels, its number and the blank lines where its heads were: 序号 / 项目名称 / — 2 — / 实施地点.)
  const pageBreak = (k: number) => !lines[k]!.trim() || PAGE_MARK.test(lines[k]!);
  for (; j < lines.length && (LABEL.test(lines[j]!.trim()) || (pageBreak(j) && labels.length > 0 && LABEL.test(lines[nextLine(lines, j)]?.trim() ?? ""))); j++) {
    const label = lines[j]!.trim();
    if (pageBreak(j)) continue;
    if (UNIT.test(label) && labels.length > 0) labels[labels.length - 1] += label;
    else labels.push(label);
  }
  // (A blank line may part the labels from the first row, as it parts the rows.)
  while (j < lines.length && !lines[j]!.trim()) j++;
  return labels.length >= 2 && lines[j]?.trim() === String(first) ? { labels, lines: j - i - 1 } : { labels: [], lines: 0 };
}

/** The first line after `k` that is neither blank nor a page's number. */
function nextLine(lines: string[], k: number): number {
  let n = k;
  while (n < lines.length && (!lines[n]!.trim() || PAGE_MARK.test(lines[n]!))) n++;
  return n;
}

/** A row's lines made its cells: the shortest pieces joined to the line before them until the row has as many as the header. */
function cellsOf(pieces: string[], width: number): string[] | undefined {
  const cells = [...pieces];
  while (cells.length > width) {
    // (A note in brackets wrapped onto a line of its own is its cell's first: 鄂伦春族非遗文化产业园 / （一期）.)
    let k = cells.findIndex((c, x) => x > 0 && /^[（(][^（()）]{1,6}[）)]$/.test(c));
    // (A place whole is a cell of its own, however short: 乌丹镇.)
    if (k < 0) for (let x = 1; x < cells.length; x++) if (cells[x]!.length <= PIECE && !PLACE_WHOLE.test(cells[x]!) && !/^[0-9.]+$/.test(cells[x]!) && (k < 0 || cells[x]!.length < cells[k]!.length)) k = x;
    // (Else the piece after one a name's wrap cut short: 翁牛特旗金谷源杂粮种植农民专 / 业合作社联合社.)
    if (k < 0) k = cells.findIndex((c, x) => x > 0 && /^[\u4e00-\u9fff]/.test(c) && /[\u4e00-\u9fff]$/.test(cells[x - 1]!) && !NAME_END.test(cells[x - 1]!) && NAME_END.test(c));
    if (k < 0) return undefined;
    cells.splice(k - 1, 2, cells[k - 1]! + cells[k]!);
  }
  return cells.length === width ? cells : undefined;
}

export function numberedStacks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = labelsAt(lines, i);
    const labels = header.labels;
    if (labels.length === 0) {
      out.push(lines[i++]!);
      continue;
    }
    const rows = [["序号", ...labels].join("|")];
    let k = i + header.lines + 1;
    // (The lines right above the header, the table's title and unit, may be printed again over it on the next page.)
    const above = new Set(lines.slice(Math.max(0, i - 3), i).map((l) => l.trim()).filter(Boolean));
    for (let n = 1; ; n++) {
      // (The table goes on past a page's number and its header printed again.)
      let at = k;
      while (at < lines.length && (!lines[at]!.trim() || PAGE_MARK.test(lines[at]!) || (at > k && above.has(lines[at]!.trim())))) at++;
      if (at > k && labelsAt(lines, at, n).labels.join("|") === labels.join("|")) at += header.lines + 1;
      if (lines[at]?.trim() !== String(n)) break;
      const pieces: string[] = [];
      let j = at + 1;
      // (A row of sums closes the table: 合计.)
      // (The text may go on right after the last row, a paragraph set in or a sentence: its lines are no cells.)
      const paragraph = (line: string) => /^[ \t\u3000]{2}|[。，,；;]/.test(line);
      for (; j < lines.length && lines[j]!.trim() && !PAGE_MARK.test(lines[j]!) && !TOTAL.test(lines[j]!) && !(pieces.length >= labels.length && (lines[j]!.trim() === String(n + 1) || paragraph(lines[j]!))); j++) pieces.push(lines[j]!.trim());
      // (A row of as many lines as the header has labels is its cells whatever they say, a comma in one: …各1条，建成后由…运营.)
      const exact = pieces.length === labels.length && pieces.every((p) => p.length <= 60 && !/[。；;！!？?]$/.test(p));
      const cells = exact ? pieces : pieces.every((p) => p.length <= 40 && !/[。；;！!？?，,]/.test(p)) ? cellsOf(pieces, labels.length) : undefined;
      if (!cells) break;
      rows.push([String(n), ...cells].join("|"));
      k = j;
    }
    if (rows.length < 3) {
      out.push(lines[i++]!);
      continue;
    }
    out.push(...rows);
    i = k;
  }
  return out;
}
