// Splits normalised text into sentences with their offsets: the unit evidence is quoted in.
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) the sentence stands in. */
  paragraph: number;
}

const END = /[。!?;…]/;
/**
 * The longest sentence kept whole, in characters. Text run on without a full stop (an OCR dump, a list pasted as one
 * line) is cut at the last comma or space before it: relations are read within a sentence, and a sentence of
 * thousands of names made that reading quadratic (200,000 characters took 29 s and 3 GB).
 */
export const MAX_SENTENCE = 600;
const CLOSERS = /[”"’」』)]/;
/** A post's leading tags and bracketed headline (#京蒙协作# 【顺义区援建…卫生院投入使用】顺义区投入…): each stands alone, so that the
 * body's sentence is not read as going on from the headline. */
const LEAD_TAGS = /^\s*(?:#[^#\n]{1,20}#\s*)+$/;
// (Five characters or more: 【王强】 heading a portrait is the name of its subject, read with what follows.)
const LEAD_HEADLINE = /^\s*(?:#[^#\n]{1,20}#\s*)*【[^【】\n]{5,80}$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const emit = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (i - start >= MAX_SENTENCE && ch !== "\n") {
      let cut = i;
      for (let k = i - 1; k > start + MAX_SENTENCE / 2; k--) {
        if (/[,，、\s]/.test(text[k]!)) {
          cut = k + 1;
          break;
        }
      }
      emit(cut);
      start = cut;
    }
    if ((ch === "#" && LEAD_TAGS.test(text.slice(start, i + 1)) && text[i + 1] !== "#") || (ch === "】" && LEAD_HEADLINE.test(text.slice(start, i)))) {
      emit(i + 1);
      start = i + 1;
    } else if (ch === "\n") {
      emit(i);
      start = i + 1;
      paragraph++;
    } else if (END.test(ch)) {
      let j = i + 1;
      while (j < text.length && (END.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
      emit(j);
      start = j;
      i = j - 1;
    }
  }
  emit(text.length);
  return out;
}
