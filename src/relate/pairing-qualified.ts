// PAIRED_WITH of two names a pairing's word qualifies together: 结对帮扶的北京市海淀区与赤峰市敖汉旗把糜子产业列为…重点.
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, isInstitution, isPlace, type Ref } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { orient } from "./pairing-terms.js";

/** A pairing's word and 的 before the two names it qualifies (结对帮扶的, 对口帮扶的, 结对的). */
const QUALIFIER = /(?:结对帮扶|对口帮扶|对口支援|对口协作|结对)的/g;

/** Each pair of names joined by 与 or 和 right after a pairing's word and 的, each read along its written chain. */
export function qualifiedPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const out: [Ref, Ref][] = [];
  for (const m of s.text.matchAll(QUALIFIER)) {
    const at = s.start + m.index! + m[0].length;
    const refs = ctx.within(at, s.end).filter((r) => !r.mention.nested && (isPlace(r.entity) || isInstitution(r.entity)));
    if (refs[0]?.mention.start !== at) continue;
    const left = refs[runEnd(refs, 0)]!;
    const joint = left.mention.end;
    if (!/^[与和同]$/.test(ctx.text[joint] ?? "")) continue;
    const k = refs.findIndex((r) => r.mention.start === joint + 1);
    // (Two names, not the first of a list: 结对的海淀区与敖汉旗、…, whose pairs the list's own reading finds.)
    const right = k >= 0 ? refs[runEnd(refs, k)] : undefined;
    if (!right || /^[、，,]/.test(ctx.text[right.mention.end] ?? "")) continue;
    const pair = orient(ctx, left, right, false);
    if (pair) out.push(pair);
  }
  return out;
}
