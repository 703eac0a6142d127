// A text's lines as table rows where their cells are kept apart by bars (序号|姓名|派出单位), as ingest writes tables.

export interface Cell {
  start: number;
  end: number;
  /** The cell's text, trimmed. */
  text: string;
}

export interface BarredLine {
  start: number;
  /** The line's cells; none for a line without a bar. */
  cells: Cell[];
}

export function barredLines(text: string): BarredLine[] {
  const lines: BarredLine[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const cells: Cell[] = [];
    if (text.slice(start, end).includes("|")) {
      for (let from = start, i = start; i <= end; i++) {
        if (i === end || text[i] === "|") {
          cells.push({ start: from, end: i, text: text.slice(from, i).trim() });
          from = i + 1;
        }
      }
    }
    lines.push({ start, cells });
    start = end + 1;
  }
  return lines;
}

/** A numbered section's heading, short, as lists split by kind have (二、专业技术人才(10名), (一)教育(4名)): the table over
 * it goes on under it. */
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[)）])[^|\n]{1,24}$/;

/** Whether the line starting at `start` is a numbered section's heading. */
export function isSectionHeading(text: string, start: number): boolean {
  const end = text.indexOf("\n", start);
  return SECTION_HEADING.test(text.slice(start, end < 0 ? undefined : end));
}
