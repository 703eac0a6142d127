// The first pass over a source text: traditional characters folded, NFKC where it changes anything, line ends and odd spaces
// made plain, glosses in Latin letters and zero-width characters dropped, letters misread for figures put right, years in
// numerals written in figures, quotation marks of every style curly, dashes one dash.
import { MappedText } from "./text-buffer.js";
import { isDigit, isHan, isLatin, NUMERAL_YEAR, numeralValue } from "./characters.js";
import type { Simplifying } from "./simplified.js";

/** Variant forms a scanner or a Japanese font puts for characters of place names: 巿 (U+5DFF) for 市, 査 (U+67FB) for 查. */
const SCANNED_VARIANTS = new Map([[0x5dff, 0x5e02], [0x67fb, 0x67e5]]);

/** A gloss in Latin letters in brackets, four characters or more (Beijing E-Town, Taipusi Banner). */
const GLOSS = /[（(][A-Za-z][A-Za-z .,'&-]{2,60}[）)]/y;

/** Traditional characters to simplified ones in a traditional text, NFKC where it changes anything, CRLF to LF, odd spaces to a plain space, zero-width characters out. */
export function compatibilityForms(source: string, simplified: Simplifying | null): { text: string; offsets: Int32Array } {
  const out = new MappedText(source.length + 16);
  // (Whether a straight double quote in Chinese text opens or closes: they alternate within a line.)
  let quoteOpen = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) quoteOpen = false;
    // Quotation marks of every style as the curly ones Chinese text mostly uses, one for one: straight ones between
    // Chinese words ("京蒙青年"), corner brackets (「京蒙青年」, 『…』).
    if (c >= 0x300c && c <= 0x300f) {
      out.pushUnit(CORNER_QUOTES[c - 0x300c]!, i);
      continue;
    }
    // (The stroke 丨 a post's credits write for a bar, 文字丨刘畅　编辑丨孙嘉怡, is the bar NFKC makes of ｜: no character of a word.)
    if (c === 0x4e28) {
      out.pushUnit(0x7c, i);
      continue;
    }
    // (So are dashes: an en dash, a figure dash, a horizontal bar, and a hyphen between two Chinese words, as the dash
    // that pairs them: 东城区-阿尔山市, 昌平–太仆寺旗产业园.)
    if (c === 0x2012 || c === 0x2013 || c === 0x2015 || ((c === 0x2d || c === 0xff0d) && isHan(source.charCodeAt(i - 1)) && isHan(source.charCodeAt(i + 1)))) {
      out.pushUnit(0x2014, i);
      continue;
    }
    if (c === 0x22 && (joinsChinese(source.charCodeAt(i - 1)) || joinsChinese(source.charCodeAt(i + 1)))) {
      out.pushUnit(quoteOpen ? 0x201d : 0x201c, i);
      quoteOpen = !quoteOpen;
      continue;
    }
    if (c === 0x0d) {
      if (source.charCodeAt(i + 1) !== 0x0a) out.pushUnit(0x0a, i);
      continue;
    }
    if (c === 0x200b || c === 0xfeff || c === 0x200c || c === 0x200d) continue;
    // A translation's gloss in brackets right after a name (北京经济技术开发区（Beijing E-Town）的…) is dropped, so that
    // the name stands against the words it goes with; offsets keep the rest where it was.
    if ((c === 0xff08 || c === 0x28) && isHan(source.charCodeAt(i - 1))) {
      GLOSS.lastIndex = i;
      const gloss = GLOSS.exec(source);
      if (gloss) {
        i += gloss[0].length - 1;
        continue;
      }
    }
    if (c === 0x3000 || c === 0xa0 || c === 0x09) {
      out.pushUnit(0x20, i);
      continue;
    }
    // A scanner's misreadings inside a sum: a letter for a figure (l960万元, 1O0) and 兀 for 元 after 万 or 亿.
    if ((c === 0x6c || c === 0x49 || c === 0x4f || c === 0x6f) && misreadFigure(source, i, c)) {
      out.pushUnit(c === 0x6c || c === 0x49 ? 0x31 : 0x30, i);
      continue;
    }
    // A year in Chinese numerals, as official documents write it (二〇二三年): in figures, one for one.
    if ((c === 0x4e8c || c === 0x4e00) && (YEAR_IN_NUMERALS.lastIndex = i, YEAR_IN_NUMERALS.test(source))) {
      for (let k = 0; k < 4; k++) out.pushUnit(0x30 + numeralValue(source[i + k]!), i + k);
      i += 3;
      continue;
    }
    if (c === 0x5140 && /[万亿]/.test(source[i - 1] ?? "")) {
      out.pushUnit(0x5143, i);
      continue;
    }
    // (And the variant forms a scanner reads for two characters of place names: 巿 for 市, 査 for 查.)
    const variant = SCANNED_VARIANTS.get(c);
    if (variant !== undefined) {
      out.pushUnit(variant, i);
      continue;
    }
    // (A footnote's superscript figure stays one: ²2018—2020年 is a note and a year, not the number 22018.)
    if (c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079)) {
      out.pushUnit(c, i);
      continue;
    }
    if (c < 0x80 || isHan(c)) {
      out.pushUnit((simplified && (!simplified.within || simplified.within[i]) ? simplified.map[c] : 0) || c, i);
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff ? source.slice(i, i + 2) : source[i]!;
    const folded = pair.normalize("NFKC");
    out.push(folded, i);
    if (pair.length === 2) i++;
  }
  return out.build();
}

/** Corner brackets used as quotation marks (「」『』, U+300C–U+300F), to the curly marks: 「」 to “”, 『』 to ‘’. */
const CORNER_QUOTES = [0x201c, 0x201d, 0x2018, 0x2019];
/** A character of Chinese text beside which a straight quote is a Chinese quotation mark. */
const joinsChinese = (c: number) => isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f);

/** A year in numerals where the scan stands (二〇二三年). */
const YEAR_IN_NUMERALS = new RegExp(NUMERAL_YEAR, "y");

const isFigure = (c: number) => isDigit(c) || (c >= 0xff10 && c <= 0xff19);

/** A letter standing for a figure: l or I opening a number, O or o inside one or ending it (72O in a table's cell, 45O万元),
 * no Latin word around it. */
function misreadFigure(source: string, i: number, c: number): boolean {
  const before = source.charCodeAt(i - 1);
  const after = source.charCodeAt(i + 1);
  if (isLatin(before) || isLatin(after)) return false;
  return c === 0x6c || c === 0x49 ? isFigure(after) && !isFigure(before) : isFigure(before) && (isFigure(after) || !isLatin(source.charCodeAt(i - 2)));
}
