// Tables exported from a spreadsheet or a system as comma-separated values (序号,项目名称,实施地点,…): each row's cells kept
// apart by bars, as the other tables are, its quotes taken off.

/** A CSV line's cells, a quoted cell holding commas and doubled quotes; undefined where a quote is left open. */
export function commaCells(line: string): string[] | undefined {
  const cells: string[] = [];
  let at = 0;
  const text = line.replace(/\r$/, "");
  for (;;) {
    if (text[at] === '"') {
      let value = "";
      let k = at + 1;
      for (;;) {
        const close = text.indexOf('"', k);
        if (close < 0) return undefined;
        value += text.slice(k, close);
        if (text[close + 1] === '"') {
          value += '"';
          k = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      cells.push(value);
      if (at === text.length) return cells;
      if (text[at] !== ",") return undefined;
      at++;
      continue;
    }
    const comma = text.indexOf(",", at);
    cells.push(text.slice(at, comma < 0 ? text.length : comma));
    if (comma < 0) return cells;
    at = comma + 1;
  }
}

/** A header's label: short, no figure alone, no sentence. (Not a clause of prose a PDF wrapped between commas: 把智慧农业作为京蒙协作的
 * 重点领域.) */
const LABEL = /^[^\d\s。；;！!？?|][^。；;！!？?|]{0,11}$/;

/**
 * The text with each CSV table's lines made rows of bars: a header of three labels or more, then two lines or more of as many
 * cells (a last empty cell may be left off). A bar inside a cell becomes a full-width one, so that it parts no cells.
 */
export function commaTables(text: string): string {
  if (!text.includes(",")) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const header = commaCells(lines[i]!.trim());
    if (!header || header.length < 3 || !header.every((c) => LABEL.test(c.trim()))) continue;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const cells = commaCells(lines[j]!.trim());
      if (!cells || (cells.length !== header.length && cells.length !== header.length - 1)) break;
      rows.push(cells);
    }
    if (rows.length < 2) continue;
    const row = (cells: string[]) => cells.map((c) => c.trim().replace(/\|/g, "｜")).join("|");
    lines.splice(i, j - i, row(header), ...rows.map(row));
    i = j - 1;
  }
  return lines.join("\n");
}
