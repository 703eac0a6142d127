// Which of two longer names a short one stands for in an article: the nearest named before it, as a reader takes it.
import type { ArticleDoc } from "../recognise/index.js";

/** Where each name is first mentioned in an article. */
export function firstMentions(doc: ArticleDoc): Map<string, number> {
  const at = new Map<string, number>();
  for (const m of doc.mentions) if (!at.has(m.name) || m.start < at.get(m.name)!) at.set(m.name, m.start);
  return at;
}

/** Whether `long` is a better reading of `short` than `prev`: in an article (`firstAt`), the one named last before the short
 * form's first use (丰台支行 after 北京农商银行丰台支行, though 中国工商银行北京丰台支行 comes later); else, and across the corpus, the
 * longest, then the first in code-point order, so that the choice does not hang on the order the names were met in. */
export function betterReading(long: string, prev: string, short: string, firstAt?: Map<string, number>): boolean {
  if (firstAt) {
    const at = (n: string) => firstAt.get(n) ?? Infinity;
    const from = at(short);
    const before = (n: string) => at(n) < from;
    if (before(long) !== before(prev)) return before(long);
    if (before(long) && at(long) !== at(prev)) return at(long) > at(prev);
  }
  return long.length > prev.length || (long.length === prev.length && long < prev);
}
