// A PDF's running head, printed atop each page after the page's number (its title again, or a short form of it): left out.
import { PAGE_MARK } from "./numbered-stacks.js";

/** A running head is short and says no sentence. */
const HEAD_LIKE = /^[^。！？!?]{4,60}$/;
const bare = (line: string) => line.replace(/[\s\u3000]+/g, "");

/**
 * The lines right after a page's number that the text prints there twice at least, or that repeat its title, made blank:
 * they would split a sentence a page broke (…受益群众满意 / — 1 — / 察右中旗…自评报告 / 度达到95%以上) or a table's row.
 */
export function withoutRunningHeads(text: string): string {
  const lines = text.split("\n");
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_MARK.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (j < lines.length && HEAD_LIKE.test(lines[j]!.trim())) heads.push(j);
  }
  if (heads.length === 0) return text;
  const title = bare(lines.find((l) => l.trim()) ?? "");
  const keys = heads.map((j) => bare(lines[j]!));
  const times = new Map<string, number>();
  for (const key of keys) times.set(key, (times.get(key) ?? 0) + 1);
  heads.forEach((j, x) => { if (times.get(keys[x]!)! >= 2 || keys[x] === title) lines[j] = ""; });
  return lines.join("\n");
}
