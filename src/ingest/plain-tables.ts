// A plain text's tables, their cells kept apart by tabs or by runs of spaces, written with bars as a web page's cells
// are (仁和镇|哈拉哈达镇), so that every later stage reads one kind of table.

/** Cells kept apart by two or more spaces (full-width ones too), as text aligned in columns is. */
const SPACED = /[ \u3000]{2,}/;

/** A line of at least two cells aligned by spaces, none of them a sentence. */
function spacedCells(line: string): string[] | undefined {
  const cells = line.trim().split(SPACED);
  return cells.length >= 2 && cells.every((c) => c.length <= 30 && !/[。；;！!？?]/.test(c)) ? cells : undefined;
}

export function plainTables(text: string): string {
  const lines = text.split("\n");
  // A tab-separated line: its tabs are its cell breaks.
  for (let i = 0; i < lines.length; i++) if (/\t[^\n]*\t/.test(lines[i]!)) lines[i] = lines[i]!.replace(/\t+/g, "|");
  // Three or more lines in a row aligned in the same number of columns by spaces: a table. (Fewer could be a
  // headline and a dateline spaced out, or stray spaces a PDF left.)
  for (let i = 0; i < lines.length; ) {
    const width = spacedCells(lines[i]!)?.length;
    let j = i;
    while (width && j < lines.length && spacedCells(lines[j]!)?.length === width) j++;
    if (width && j - i >= 3) {
      for (let k = i; k < j; k++) {
        const lead = /^\s*/.exec(lines[k]!)![0];
        lines[k] = lead + lines[k]!.trim().split(SPACED).join("|");
      }
    }
    i = Math.max(j, i + 1);
  }
  return lines.join("\n");
}
