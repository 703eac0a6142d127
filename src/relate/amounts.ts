// Money as written in Chinese news: 600余万元, 1.065亿元, 近100万元, 超过3.5亿元.
export interface Amount {
  start: number;
  end: number;
  yuan: number;
  approx: boolean;
}

const AMOUNT = /(近|约|超过|超|逾|达|累计)?([0-9]+(?:\.[0-9]+)?)(余|多)?(万|亿)(余|多)?元/g;

export function amountsIn(text: string, offset = 0): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const unit = m[4] === "亿" ? 1e8 : 1e4;
    // Multiply in integers of the written decimals so 1.065亿 is exactly 106500000.
    const [whole, frac = ""] = m[2]!.split(".");
    const yuan = Math.round((Number(whole) + (frac ? Number(frac) / 10 ** frac.length : 0)) * unit);
    const approx = /^(近|约|超过|超|逾)$/.test(m[1] ?? "") || !!m[3] || !!m[5];
    const lead = m[1] && /^(近|约|超过|超|逾)$/.test(m[1]) ? 0 : (m[1]?.length ?? 0);
    out.push({ start: offset + m.index! + lead, end: offset + m.index! + m[0].length, yuan, approx });
  }
  return out;
}
