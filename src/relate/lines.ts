// The text's non-empty lines, trimmed, with where each starts: what tables, rosters and letters are read from.
/** A non-empty line of the text, trimmed, and where it starts. */
export interface Line {
  start: number;
  text: string;
}

/** The text's non-empty lines. */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ start: at + lead, text: raw.trim() });
    at += raw.length + 1;
  }
  return out;
}
