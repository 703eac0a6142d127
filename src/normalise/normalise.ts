// normalise(text): NFKC, hard line breaks and stray spaces repaired, repeated passages collapsed, offsets kept.
import { MappedText, composeOffsets } from "./text-buffer.js";
import { simplifyingMap, toSimplified } from "./simplified.js";
import { compatibilityForms } from "./compatibility.js";
import { joinLines } from "./wraps.js";
import { isField, NUMBERED_HEADING } from "./line-kinds.js";

export interface NormaliseOptions {
  /** Paragraphs shorter than this are never collapsed as repeats (headings may repeat on purpose). */
  minRepeatLength: number;
  /** Share of non-final lines above which a text is taken as hard-wrapped (PDF extraction). */
  wrappedLineShare: number;
  /** Whether lines may be rejoined at all: a web page's lines are its own blocks, never a wrap. */
  repairWraps: boolean;
  /** Share of Chinese characters in traditional-only forms above which a text is folded to simplified ones. */
  traditionalShare: number;
  /** The same share, higher, above which one line of a simplified text is folded (a passage reposted in traditional ones). */
  traditionalLineShare: number;
}
export const NORMALISE_DEFAULTS: NormaliseOptions = { minRepeatLength: 6, wrappedLineShare: 0.5, repairWraps: true, traditionalShare: 0.05, traditionalLineShare: 0.2 };

export interface NormalisedText {
  text: string;
  /** offsets[i] is the index in the source text of normalised character i. */
  offsets: Int32Array;
  /** Paragraphs dropped because they repeated an earlier one. */
  repeatsDropped: number;
  /** The text (or some of its paragraphs) was written in traditional characters, folded here to simplified ones. */
  traditional: boolean;
}

export function normalise(source: string, options: Partial<NormaliseOptions> = {}): NormalisedText {
  const o = { ...NORMALISE_DEFAULTS, ...options };
  const simplified = simplifyingMap(source, o.traditionalShare, o.traditionalLineShare);
  const a = compatibilityForms(source, simplified);
  const b = joinLines(a.text, o.repairWraps ? o.wrappedLineShare : Infinity, o.repairWraps);
  const c = dropRepeats(b.text, o.minRepeatLength);
  const offsets = composeOffsets(composeOffsets(c.offsets, b.offsets), a.offsets);
  return { text: c.text, offsets, repeatsDropped: c.dropped, traditional: simplified !== null };
}

/** A title read as its article's text is (NFKC, odd spaces plain, folded to simplified characters when the text was):
 * ２０２３年 in a headline is 2023年 in the story. */
export function normaliseTitle(title: string, traditional: boolean): string {
  return compatibilityForms(traditional ? toSimplified(title) : title, null).text;
}

/** Drops a paragraph that repeats an earlier one word for word (a PDF's body printed twice), but not a field. */
function dropRepeats(text: string, minLength: number): { text: string; offsets: Int32Array; dropped: number } {
  const out = new MappedText(text.length + 16);
  const seen = new Set<string>();
  let dropped = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue;
    const para = text.slice(start, i);
    const key = para.replace(/\s+/g, "");
    // (A labelled field recurs in a list of records by nature: 帮扶单位：北京市平谷区 under each project.)
    if (key.length >= minLength && seen.has(key) && !isField(para) && !NUMBERED_HEADING.test(key)) {
      dropped++;
    } else {
      if (key.length >= minLength) seen.add(key);
      if (out.length) out.pushUnit(0x0a, start > 0 ? start - 1 : 0);
      for (let k = start; k < i; k++) out.pushUnit(text.charCodeAt(k), k);
    }
    start = i + 1;
  }
  return { ...out.build(), dropped };
}
