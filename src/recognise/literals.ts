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
  // Words by their first two characters (one-character words by their one), each with its place in `words`: an article's
  // many names may share a first character (北京…), and a list by one character was tried word by word at each offset.
  const byPair = new Map<number, { word: string; order: number }[]>();
  const bySingle = new Map<number, { word: string; order: number }[]>();
  // A filter of first characters, so that most offsets are passed over without a lookup.
  const firsts = new Uint8Array(4096);
  words.forEach((w, order) => {
    if (w.length === 0) return;
    const c = w.charCodeAt(0);
    firsts[c & 4095] = 1;
    const map = w.length === 1 ? bySingle : byPair;
    const key = w.length === 1 ? c : c * 65536 + w.charCodeAt(1);
    (map.get(key) ?? map.set(key, []).get(key)!).push({ word: w, order });
  });
  const out: LiteralHit[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let word: string | undefined;
    let order = Infinity;
    if (firsts[c & 4095]) {
      // (A plain loop: a closure per offset was most of what the scan allocated.)
      const pairs = i + 1 < text.length ? byPair.get(c * 65536 + text.charCodeAt(i + 1)) : undefined;
      for (let k = 0; pairs && k < pairs.length; k++) {
        if (!text.startsWith(pairs[k]!.word, i)) continue;
        word = pairs[k]!.word;
        order = pairs[k]!.order;
        break;
      }
      const singles = bySingle.get(c);
      if (singles && singles[0]!.order < order) {
        word = singles[0]!.word;
        order = singles[0]!.order;
      }
    }
    if (word) {
      out.push({ at: i, word });
      i += word.length;
    } else i++;
  }
  return out;
}
