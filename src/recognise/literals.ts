// Every occurrence of a few literal names in a text, in one pass: what an alternation of them finds, without compiling one per article.

export interface LiteralHit {
  at: number;
  word: string;
}

/**
 * Leftmost, non-overlapping occurrences of `words`; where several start at one offset, the first of them in `words`
 * order is taken, as a regular expression `w1|w2|…` would. (A pattern built per article cost its compilation every
 * time: the names differ from one article to the next, so no cache serves them.)
 */
export function findLiterals(text: string, words: readonly string[]): LiteralHit[] {
  const byFirst = new Map<number, string[]>();
  // A filter of first characters, so that most offsets are passed over without a lookup.
  const firsts = new Uint8Array(4096);
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    firsts[c & 4095] = 1;
    (byFirst.get(c) ?? byFirst.set(c, []).get(c)!).push(w);
  }
  const out: LiteralHit[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const list = firsts[c & 4095] ? byFirst.get(c) : undefined;
    // (A plain loop: a closure per offset was most of what the scan allocated.)
    let word: string | undefined;
    if (list) for (let k = 0; k < list.length && !word; k++) if (text.startsWith(list[k]!, i)) word = list[k];
    if (word) {
      out.push({ at: i, word });
      i += word.length;
    } else i++;
  }
  return out;
}
