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
  // A numbered table whose cells a single space keeps apart (序号 平谷区乡镇 结对乡镇 / 1 金海湖镇 兴和县城关镇): its header
  // opens with 序号 and every row with its number. (A row a stray space split otherwise is left as written.)
  for (let i = 0; i < lines.length; i++) {
    const header = singleSpaced(lines[i]!);
    if (!header || header[0] !== "序号") continue;
    for (let k = i + 1; k < lines.length && /^\s*[0-9]{1,3} /.test(lines[k]!); k++) {
      let cells = singleSpaced(lines[k]!);
      // (A one-character cell after the number is a name's end a stray space cut off: 商都县七台 镇.)
      while (cells && cells.length > header.length && cells.slice(2).some((c) => c.length === 1)) {
        const cut = cells.findIndex((c, x) => x >= 2 && c.length === 1);
        cells = [...cells.slice(0, cut - 1), cells[cut - 1]! + cells[cut]!, ...cells.slice(cut + 1)];
      }
      if (cells?.length === header.length) lines[k] = /^\s*/.exec(lines[k]!)![0] + cells.join("|");
    }
    lines[i] = /^\s*/.exec(lines[i]!)![0] + header.join("|");
  }
  return lines.join("\n");
}

/** A line of three or more short cells kept apart by single spaces, none of them a sentence. */
function singleSpaced(line: string): string[] | undefined {
  // (A line with bars or tabs is a table of another kind already.)
  if (/[|｜\t]/.test(line)) return undefined;
  const cells = line.trim().split(/[ \u3000]/);
  return cells.length >= 3 && cells.every((c) => c.length >= 1 && c.length <= 24 && !/[。；;！!？?,，]/.test(c)) ? cells : undefined;
}
