// A PDF's running head, printed atop each page after the page's number (its title again, or a short form of it): left out.
import { PAGE_MARK } from "./numbered-stacks.js";

/** A running head is short and says no sentence. */
const HEAD_LIKE = /^[^。！？!?]{4,60}$/;
/** A page's number printed bare. */
const BARE_NUMBER = /^\s*[0-9]{1,3}\s*$/;
const bare = (line: string) => line.replace(/[\s\u3000]+/g, "");
/** The lines a title may be among: a document's issuer and number may stand above it. */
const OPENING_LINES = 4;

/** Whether the characters of `short` stand in `long` in their order. */
function within(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The lines right after a page's number that the text prints there twice at least, that repeat its title, or that the line
 * right before the number prints too (with that line), made blank:
 * they would split a sentence a page broke (…受益群众满意 / — 1 — / 察右中旗…自评报告 / 度达到95%以上) or a table's row.
 */
export function withoutRunningHeads(text: string): string {
  const lines = text.split("\n");
  // Each page mark's head, the line after it, and foot, the line before it (…京蒙协作资 / 北京市密云区…办公室　京蒙协作简报 / — 7 —
  // / 北京市密云区…办公室　京蒙协作简报 / 金总规模…): a page's furniture where the two print the same.
  const marks: { head: number; foot: number }[] = [];
  // (A bare number may be a page's too, where a blank line parts it from a head printed so after two numbers at least:
  // …结对嘎查村（个）/ 3 / 36 / (blank) / 北京城能热力集团有限公司 2023 年度社会责任报告. A table's cell is parted by none.)
  const bareMarks: { mark: number; head: number; key: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const numbered = BARE_NUMBER.test(lines[i]!);
    if (!numbered && !PAGE_MARK.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const head = j < lines.length && HEAD_LIKE.test(lines[j]!.trim()) ? j : -1;
    if (numbered) {
      if (head > i + 1) bareMarks.push({ mark: i, head, key: bare(lines[head]!) });
      continue;
    }
    let k = i - 1;
    while (k >= 0 && !lines[k]!.trim()) k--;
    marks.push({ head, foot: k >= 0 && HEAD_LIKE.test(lines[k]!.trim()) ? k : -1 });
  }
  for (const m of bareMarks) {
    if (bareMarks.filter((o) => o.key === m.key).length < 2) continue;
    lines[m.mark] = "";
    lines[m.head] = "";
  }
  const heads = marks.filter((m) => m.head >= 0).map((m) => ({ ...m, key: bare(lines[m.head]!) }));
  if (heads.length === 0) return lines.join("\n");
  const title = bare(lines.find((l) => l.trim()) ?? "");
  // (Or a short form of the title, its words in their order: 阿鲁科尔沁旗京蒙协作体育帮扶工作情况报告 atop a page of 阿鲁科尔沁旗教育体育局
  // 关于2024年上半年京蒙协作体育帮扶工作情况的报告, the title printed under the issuer's name and the document's number.)
  const opening = lines.filter((l) => l.trim()).slice(0, OPENING_LINES).map(bare);
  const ofTitle = (key: string) => key === title || (key.length >= 8 && opening.some((line) => line.length > key.length && within(key, line)));
  const times = new Map<string, number>();
  for (const { key } of heads) times.set(key, (times.get(key) ?? 0) + 1);
  for (const { head, foot, key } of heads) {
    const footed = foot >= 0 && bare(lines[foot]!) === key && key !== title;
    if (times.get(key)! >= 2 || ofTitle(key) || footed) lines[head] = "";
    if (footed) lines[foot] = "";
  }
  return lines.join("\n");
}
