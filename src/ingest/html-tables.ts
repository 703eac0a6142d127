// An HTML table's merged cells written out: a cell spanning columns (colspan) is repeated in each column it spans, and
// one spanning rows (rowspan) in each row it spans, so that every row reads whole (肉羊养殖园区|江岸苏木|1200, not
// 江岸苏木|1200) and its cells line up with the header's.

const CELL = /<(t[dh])\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const ROW = /<tr\b([^>]*)>([\s\S]*?)<\/tr>/gi;

export function expandMergedCells(html: string): string {
  if (!/(rowspan|colspan)/i.test(html)) return html;
  return html.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => expandRowspans(expandColspans(table)));
}

/** Each cell spanning n columns written n times, each spanning one. */
function expandColspans(table: string): string {
  if (!/colspan\s*=\s*["']?[2-9]/i.test(table)) return table;
  return table.replace(CELL, (cell, _tag: string, attrs: string) => {
    const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1);
    return span > 1 ? cell.replace(/\scolspan\s*=\s*["']?\d+["']?/i, "").repeat(Math.min(span, 20)) : cell;
  });
}

function expandRowspans(table: string): string {
  if (!/rowspan\s*=\s*["']?[2-9]/i.test(table)) return table;
  // Cells carried down: column index → the cell's HTML and the rows it still spans.
  const carried = new Map<number, { cell: string; left: number }>();
  return table.replace(ROW, (_row, attrs: string, inner: string) => {
    const own = [...inner.matchAll(CELL)].map((m) => ({ cell: m[0], span: Number(/rowspan\s*=\s*["']?(\d+)/i.exec(m[2]!)?.[1] ?? 1) }));
    const cells: string[] = [];
    let k = 0;
    for (let col = 0; k < own.length || carried.has(col); col++) {
      const down = carried.get(col);
      if (down) {
        cells.push(down.cell);
        if (--down.left === 0) carried.delete(col);
        continue;
      }
      const c = own[k++]!;
      cells.push(c.cell);
      if (c.span > 1) carried.set(col, { cell: c.cell.replace(/\srowspan\s*=\s*["']?\d+["']?/i, ""), left: c.span - 1 });
    }
    return `<tr${attrs}>${cells.join("")}</tr>`;
  });
}
