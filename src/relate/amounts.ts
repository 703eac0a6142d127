// Money as written in Chinese news: 600余万元, 1.065亿元, 近100万元, 超过3.5亿元, 3,500万元, 一千万元, 5000元, 近亿元,
// 伍佰万元 (the financial numerals of certificates), 5000万人民币, 1亿2000万元.
export interface Amount {
  start: number;
  end: number;
  yuan: number;
  approx: boolean;
}

const DIGITS = "[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?";
// (With decimals after 点: 一点二亿元, 三点五亿元.)
const HAN_DIGITS = "[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?";
// (A figure may carry a character multiplier before 万 or 亿: 3千万元.)
const AMOUNT = new RegExp(`(近|约|超过|超|逾|不少于|不低于|至少|达|累计)?(${DIGITS}|${HAN_DIGITS})([十百千])?(余|多)?(万|亿)?(余|多)?(?:元|人民币)`, "g");
/** 1亿2000万元, 两亿三千万元: hundreds of millions and tens of thousands in one sum. */
const COMPOUND = new RegExp(`(近|约|超过|超|逾|累计|达)?(${DIGITS}|${HAN_DIGITS})亿零?(${DIGITS}|${HAN_DIGITS})([十百千])?(余|多)?万(余|多)?(?:元|人民币)`, "g");
/** 近亿元, 逾亿元, 超亿元: a hundred million, about. */
const ABOUT_YI = /(近|逾|超过|超)亿(?:元|人民币)/g;

/** 捐款50万, 拨付资金3000万: 万 or 亿 with no 元, read as money only right after a word of giving money. */
const GIVING = "(?:捐款|捐资|资金|投入|拨付|出资|人民币|善款|援助|捐赠)(?:共|约|近|累计|达|总计|合计|超过|逾)?";
// (Anchored on the word of giving rather than looking behind for it at every character.)
const BARE = new RegExp(`(${GIVING})(${DIGITS})(余|多)?(万|亿)(余|多)?(?=[^\\u4e00-\\u9fff元至到—－\\-~～]|$|用于|支持|帮助|资助|的资金|为|给|建设|实施)`, "g");

/** What every sum holds. */
const MONEY_MARK = /[元万亿]|人民币/;

/** What stands between the ends of a range of money (300万至500万元). */
const RANGE_MARKS = "至到—－-~～";

const HAN_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const HAN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };

/** 一千 → 1000, 一百五十 → 150, 十五 → 15; null for what is not a number below ten thousand. */
export function hanNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in HAN_VALUE) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 一二 is no number
      digit = HAN_VALUE[c]!;
    } else if (c in HAN_UNIT) {
      total += (digit ?? 1) * HAN_UNIT[c]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A count as written, in figures or characters (12, 十二); null for what is none. */
export function countOf(written: string): number | null {
  return /^[0-9]+$/.test(written) ? Number(written) : hanNumber(written);
}

/** A number as written, in figures or characters, times a unit; null for what is none. */
function times(written: string, unit: number): number | null {
  if (!/^[0-9]/.test(written)) {
    const [whole, frac = ""] = written.split("点");
    const n = hanNumber(whole!);
    if (n === null) return null;
    // Decimals read digit by digit (一点二五 is 1.25), in integers as figures are.
    const digits = [...frac].map((c) => HAN_VALUE[c] ?? 0).join("");
    return digits ? Math.round((n + Number(digits) / 10 ** digits.length) * unit) : n * unit;
  }
  // Multiply in integers of the written decimals so 1.065亿 is exactly 106500000.
  const [whole, frac = ""] = written.replace(/,/g, "").split(".");
  return Math.round((Number(whole) + (frac ? Number(frac) / 10 ** frac.length : 0)) * unit);
}

export function amountsIn(text: string, offset = 0): Amount[] {
  const out: Amount[] = [];
  // (Every sum ends in 元 or 人民币, or has 万 or 亿: most text has none, and is passed over at once.)
  if (!MONEY_MARK.test(text)) return out;
  // Sums in two units first (1亿2000万元): their parts are no sums of their own.
  const compound: [number, number][] = [];
  for (const m of text.includes("亿") ? text.matchAll(COMPOUND) : []) {
    const yi = times(m[2]!, 1e8);
    const wan = times(m[3]!, (m[4] ? HAN_UNIT[m[4]]! : 1) * 1e4);
    if (yi === null || wan === null) continue;
    const lead = m[1] && /^(近|约|超过|超|逾)$/.test(m[1]) ? 0 : (m[1]?.length ?? 0);
    compound.push([m.index!, m.index! + m[0].length]);
    out.push({ start: offset + m.index! + lead, end: offset + m.index! + m[0].length, yuan: yi + wan, approx: /^(近|约|超过|超|逾)$/.test(m[1] ?? "") || !!m[5] || !!m[6] });
  }
  const inCompound = (at: number) => compound.some(([a, b]) => at >= a && at < b);
  for (const m of text.matchAll(AMOUNT)) {
    if (inCompound(m.index!)) continue;
    const written = m[2]!;
    const unit = (m[5] === "亿" ? 1e8 : m[5] === "万" ? 1e4 : 1) * (m[3] ? HAN_UNIT[m[3]]! : 1);
    let yuan: number;
    if (/^[0-9]/.test(written)) {
      yuan = times(written, unit)!;
      // Plain yuan below a thousand are prices and wages (每斤3元), not money given; nothing is no sum (0万元).
      if ((!m[5] && yuan < 1000) || yuan === 0) continue;
    } else {
      // Numbers in characters only with 万 or 亿 (一千万元): 一元 and the like are not amounts anyone reports.
      // (数百万元, 几千万元, 上百万元: a size, not an amount.)
      if (/[数几上好成]$/.test(text.slice(Math.max(0, m.index! - 1), m.index!)) && !m[1]) continue;
      const n = times(written, unit);
      if (n === null || n === 0 || unit === 1) continue;
      yuan = n;
    }
    // (4.5亿元以上 is at least that.)
    // (So is the top of a range, 300万至500万元.)
    const ranged = RANGE_MARKS.includes(text[m.index! - 1] ?? "") && /[0-9零一二两三四五六七八九十百千]+[万亿]?元?(至|到|—|－|-|~|～)$/.test(text.slice(Math.max(0, m.index! - 8), m.index!));
    const approx = /^(近|约|超过|超|逾|不少于|不低于|至少)$/.test(m[1] ?? "") || !!m[4] || !!m[6] || text.startsWith("以上", m.index! + m[0].length) || ranged;
    const lead = m[1] && /^(近|约|超过|超|逾|不少于|不低于|至少)$/.test(m[1]) ? 0 : (m[1]?.length ?? 0);
    out.push({ start: offset + m.index! + lead, end: offset + m.index! + m[0].length, yuan, approx });
  }
  for (const m of text.includes("亿") ? text.matchAll(ABOUT_YI) : []) {
    if (inCompound(m.index!)) continue;
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, yuan: 1e8, approx: true });
  }
  for (const m of /[万亿](?!元)/.test(text) ? text.matchAll(BARE) : []) {
    const at = m.index! + m[1]!.length;
    if (inCompound(at)) continue;
    const yuan = times(m[2]!, m[4] === "亿" ? 1e8 : 1e4)!;
    const approx = !!m[3] || !!m[5] || /(约|近|超过|逾)$/.test(m[1]!);
    out.push({ start: offset + at, end: offset + m.index! + m[0].length, yuan, approx });
  }
  return out.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
}
