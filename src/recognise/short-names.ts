// Short names an article writes for a body it names in full (苏木卫生院, 首博): each kept for one body only, then read where it
// stands as a word of its own.
import type { Coverage } from "./coverage.js";
import { findLiterals } from "./literals.js";
import type { Mention } from "./types.js";

/** Keeps `short` for the body `m`, or for none where another body has it too (两个苏木卫生院). */
export function keepShortName(bodyOf: Map<string, Mention | null>, short: string, m: Mention): void {
  const known = bodyOf.get(short);
  bodyOf.set(short, known === undefined || known?.name === m.name ? m : null);
}

/** Each use of a kept short name outside `covered`, not inside a word: after no character of a name, or after a function word
 * (巴彦镇卫生院 is a name of its own, not 镇卫生院 of another). */
export function shortNameUses(text: string, bodyOf: Map<string, Mention | null>, covered: Coverage): Mention[] {
  const shorts = [...bodyOf.keys()].filter((k) => bodyOf.get(k)).sort((a, b) => b.length - a.length);
  if (shorts.length === 0) return [];
  const out: Mention[] = [];
  for (const hit of findLiterals(text, shorts)) {
    const end = hit.at + hit.word.length;
    // (A verb taking the body as its object may stand right before it: 主动对接京能集团.)
    if (covered.any(hit.at, end) || (/[\u4e00-\u9fff]/.test(text[hit.at - 1] ?? "") && !/[的在到赴与和及、为是从向随给对于把被将让由经至往入驻进]/.test(text[hit.at - 1]!) &&
      !/(对接|联合|携手|引进|依托|借助|邀请|会同|协调|吸引|联系|走访|考察|参观|支持|帮助)$/.test(text.slice(Math.max(0, hit.at - 2), hit.at)))) continue;
    const body = bodyOf.get(hit.word)!;
    out.push({ start: hit.at, end, surface: hit.word, label: body.label, name: body.name, source: "learned", confidence: 0.6 });
  }
  return out;
}
