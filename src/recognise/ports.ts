// Ports of entry (口岸): their names are mostly places written as they sound, which jieba cuts apart (额布/都/格口岸).
/** A port's kind or a count of them, not its name: 陆路口岸, 边境口岸, 两个口岸. */
const PORT_KIND = /(陆路|公路|铁路|航空|水运|边境|对外|开放|国家级|一类|二类|沿边|重点|主要|边贸|双边|国际|[各该本这那我全两三四五六七八九十几多个座处的])$/;

/** What may stand right before a port's name: punctuation, the text's start, or a preposition of one character. */
const BEFORE_NAME = /^$|[\s，,。；;：:、（）()“”"《》【】与和及经在从至向对往离距]$/;

/**
 * Where the name of the port whose 口岸 starts at `s` opens, read back to what may stand before a name (二）甘其毛都口岸,
 * 与额布都格口岸), two to six characters, and past a verb that ends inside them (依托甘其毛都口岸); none where that finds no such
 * edge or reads a kind (最大的陆路口岸).
 */
export function portOpening(text: string, s: number, verbEndsAt: (at: number) => boolean): number | undefined {
  // (A verb right before is no name's end: 二连有口岸.)
  if (verbEndsAt(s)) return undefined;
  for (let k = 2; k <= 6 && s - k >= 0; k++) {
    const run = text.slice(s - k, s);
    if (!/^[\u4e00-\u9fff]+$/.test(run)) return undefined;
    if (!BEFORE_NAME.test(text.slice(Math.max(0, s - k - 1), s - k))) continue;
    let start = s - k;
    for (let at = s - 2; at > s - k; at--) {
      if (verbEndsAt(at)) {
        start = at;
        break;
      }
    }
    return PORT_KIND.test(text.slice(start, s)) || /^[的之]/.test(text.slice(start, s)) ? undefined : start;
  }
  return undefined;
}
