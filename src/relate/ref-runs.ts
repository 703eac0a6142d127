// Names written together: listed with 、 or 和 (东城区、西城区), or run one into the next (赤峰市阿鲁科尔沁旗).
import { isPlace, type ArticleContext, type Ref } from "./context.js";

/**
 * The last of `refs` and those listed right before it, each joined to the next by a word `joiner` accepts
 * (百通科信有限公司、亦城合作发展基金会); with `sameLabel`, only refs of the last one's label.
 */
export function listedWithLast(ctx: ArticleContext, refs: Ref[], joiner: RegExp, sameLabel = false): Ref[] {
  const last = refs[refs.length - 1];
  if (!last) return [];
  const listed = [last];
  for (let k = refs.length - 2; k >= 0; k--) {
    const r = refs[k]!;
    // The places a listed name is written under are no part of the gap (巴林左旗、通辽市库伦旗).
    const head = listed[0]!;
    let gapEnd = head.mention.start;
    for (const x of ctx.within(r.mention.end, gapEnd).reverse()) {
      if (x.mention.end === gapEnd && isPlace(x.entity) && ctx.contains(x.entity.id, head.entity.id)) gapEnd = x.mention.start;
    }
    // (Nor is an aside in brackets after a name: 通辽市科尔沁左翼中旗（简称科左中旗）、开鲁县.)
    if ((sameLabel && r.entity.label !== last.entity.label) || !joiner.test(ctx.text.slice(r.mention.end, gapEnd).replace(/^[（(][^（()）]{1,16}[）)]/, ""))) break;
    listed.unshift(r);
  }
  return listed;
}

/** Names of one kind listed from the first of `refs` to the last (大营子村、二号地村 of a table's cell or a record's field), or
 * the first alone where the list holds the others not. */
export function placesListed(ctx: ArticleContext, refs: Ref[]): Ref[] {
  const listed = listedWithLast(ctx, refs, /^(、|和|及)$/, true);
  return listed.length === refs.length ? listed : refs.slice(0, 1);
}

/**
 * Names written one right after another (赤峰市阿鲁科尔沁旗, 翁牛特旗乌丹镇白音套海村) form a run; `refs` in text order.
 * The index of the last ref of the run that refs[i] opens, and of the first ref of the run that refs[i] closes.
 */
export function runEnd(refs: Ref[], i: number): number {
  while (refs[i + 1] && refs[i + 1]!.mention.start === refs[i]!.mention.end) i++;
  return i;
}
export function runStart(refs: Ref[], i: number): number {
  while (i > 0 && refs[i - 1]!.mention.end === refs[i]!.mention.start) i--;
  return i;
}

/** The last ref of each run, in text order: each written chain read to its most specific (顺义区杨镇东庄户村 → 东庄户村). */
export function lastOfRuns(refs: Ref[]): Ref[] {
  const out: Ref[] = [];
  for (let k = 0; k < refs.length; k = runEnd(refs, k) + 1) out.push(refs[runEnd(refs, k)]!);
  return out;
}

/** The seat named as such before the place that is it, after 在 (在旗府所在地新惠镇, 在县政府所在地天义镇). */
export const SEAT_NAMED = "(?:[旗县市区盟]?(?:府|政府)所在地)";

/** Where the written chain of names that ends with `r` begins, looked for from `from` on (察右后旗红旗村: at 察右后旗). */
export function chainStart(ctx: ArticleContext, from: number, r: Ref): number {
  const refs = ctx.within(from, r.mention.end);
  const k = refs.indexOf(r);
  return k < 0 ? r.mention.start : refs[runStart(refs, k)]!.mention.start;
}

/** Drops refs that are places containing another ref of the list (北京市 before 昌平区), keeping the specific. */
export function mostSpecific(ctx: ArticleContext, refs: Ref[]): Ref[] {
  return refs.filter((r) => !refs.some((o) => o !== r && (ctx.contains(r.entity.id, o.entity.id) || (r.entity.id === o.entity.id && o.mention.start > r.mention.start))));
}

/** The text between two names with the names written in it left out (A、B等 of A、B等昌平区), or undefined where a name between
 * is not one `keep` accepts. */
export function gapBetween(ctx: ArticleContext, a: Ref, b: Ref, keep: (r: Ref) => boolean = () => true): string | undefined {
  let gap = "";
  let at = a.mention.end;
  for (const r of ctx.within(a.mention.end, b.mention.start)) {
    if (r.mention.start < at) continue;
    if (!keep(r)) return undefined;
    gap += ctx.text.slice(at, r.mention.start);
    at = r.mention.end;
  }
  return gap + ctx.text.slice(at, b.mention.start);
}

/** `first` and the refs of its label listed right after it, each joined to the one before by a word `joiner` accepts
 * (位于顺义区的北京蓝翼航空部件有限公司、北京恒瑞达汽车零部件有限公司和北京顺和物流有限公司); `refs` in text order. */
export function listedFrom(ctx: ArticleContext, refs: Ref[], first: Ref, joiner: RegExp): Ref[] {
  const listed = [first];
  for (const r of refs) {
    const last = listed[listed.length - 1]!;
    if (r.mention.start < last.mention.end) continue;
    if (r.entity.label !== first.entity.label || !joiner.test(ctx.text.slice(last.mention.end, r.mention.start))) break;
    listed.push(r);
  }
  return listed;
}
