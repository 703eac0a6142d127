// Ports of entry (口岸): their names are mostly places written as they sound, which jieba cuts apart (额布/都/格口岸).
/** A port's kind or a count of them, not its name: 陆路口岸, 边境口岸, 两个口岸. */
// (Or a region's, or a verb's object: 自治区口岸所在旗市, 重要出境口岸, 不止在口岸, 开到了口岸.)
const PORT_KIND = /(陆路|公路|铁路|航空|水运|边境|对外|开放|国家级|一类|二类|沿边|重点|主要|边贸|双边|国际|出境|入境|进境|出入境|自治区|内蒙古|北京|全区|全市|[各该本这那我全两三四五六七八九十几多个座处的在到了着过])$/;

/** A region's whole, whose ports are many: 自治区口岸所在旗市. */
const REGION = /^(内蒙古自治区|内蒙古|自治区|北京市?|全区|全市|全国|我国|中国)$/;

/** What may stand right before a port's name: punctuation, the text's start, or a preposition of one character. */
const BEFORE_NAME = /^$|[\s，,。；;：:、（）()“”"《》【】与和及经在从至向对往离距据由]$/;

/**
 * Where the name of the port whose 口岸 starts at `s` opens, read back to what may stand before a name (二）甘其毛都口岸,
 * 与额布都格口岸), two to six characters, and past a verb that ends inside them (依托甘其毛都口岸); none where that finds no such
 * edge or reads a kind (最大的陆路口岸).
 */
export function portOpening(text: string, s: number, verbEndsAt: (at: number) => boolean, clauseWordEndsAt: (at: number) => boolean = verbEndsAt): number | undefined {
  // (A verb right before is no name's end, nor a word of a clause: 二连有口岸, 紧紧围绕口岸.)
  if (clauseWordEndsAt(s)) return undefined;
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
    // (Nor past a linking word jieba leaves inside the run: 记者就口岸, 通过满州里口岸.)
    const link = /^.*(?:[就与及对在从向经到]|通过|经过|依托|围绕|包括)/.exec(text.slice(start, s));
    if (link) start += link[0].length;
    return s - start < 2 || PORT_KIND.test(text.slice(start, s)) || /^[的之]/.test(text.slice(start, s)) ? undefined : start;
  }
  return undefined;
}

/**
 * Whether a name read back from 口岸 by the words of a name alone is no port's: a run the port's own reading refused that
 * opens at no unit (紧紧围绕口岸经济, 对俄陆路口岸), one a verb closes (二连浩特有口岸), or a region's ports (自治区口岸).
 */
export function notAPort(name: string, s: number, opensAtUnit: boolean, clauseWordEndsAt: (at: number) => boolean): boolean {
  return !opensAtUnit || clauseWordEndsAt(s) || REGION.test(name);
}
