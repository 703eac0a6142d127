// Pairings of two names joined by 与 listed in a sentence on pairing, or led in by one (卢沟桥街道与乌兰花镇、方庄街道与吉生太镇).
import type { Sentence } from "../normalise/index.js";
import type { ArticleContext, Ref } from "./context.js";
import { lastOfRuns } from "./ref-runs.js";
import { orient } from "./pairing-terms.js";
import { chainStartIn } from "./pairing-lists.js";

/** A list's item mark opening a sentence: （一）, 1. */
const ITEM_OPENING = /^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．])/;

/** Two names joined by 与 or 和, a word pointing at the unit in focus allowed before the second (古城街道与我县城关镇). */
export const PAIR_JOIN = /^(与|和|同)(我[旗县市盟]|该[旗县市])?$/;
/** A sentence about pairing, whose list of pairs (分别是：卢沟桥街道与乌兰花镇、方庄街道与吉生太镇) each pairs two. */
export const PAIRING_SENTENCE = /(结对|结成对子|结成帮扶对子|结亲|牵手|帮扶协议)/;

/** What opens pairs named after a sentence on pairing, as its examples or its additions: 其中，…; 今年新增…; 新结对的…;
 * 同在结对名单上的，还有…. */
const PAIRS_CUE = /(其中|新增|新结对的|结对的|还有|包括)[，,：:]?$/;

/**
 * Pairs of one kind named as a sentence on pairing's examples or additions, by it or by the one before it in the paragraph
 * (…又有4所昌平学校与太仆寺旗学校结成对子。其中，昌平区沙河中心小学与太仆寺旗宝昌镇第二小学的合作开展得最早; 今年新增
 * 密云区第二中学与库伦旗第二中学、密云区果园小学与额勒顺镇中心小学两对): each pair two bodies of one side each, joined by 与.
 */
export function continuedPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const before = s.index > 0 ? ctx.sentences[s.index - 1] : undefined;
  if (!s.text.includes("与") || !(PAIRING_SENTENCE.test(s.text) || (before?.paragraph === s.paragraph && PAIRING_SENTENCE.test(before.text)))) return [];
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  const heads = lastOfRuns(refs);
  const out: [Ref, Ref][] = [];
  for (let k = 0; k + 1 < heads.length; k++) {
    const a = heads[k]!;
    const b = heads[k + 1]!;
    const clause = ctx.clauses(s).find((c) => a.mention.start >= c.start && a.mention.start < c.end);
    // (The cue may be a clause of its own: 其中，….)
    if (!clause || !PAIR_JOIN.test(ctx.text.slice(a.mention.end, chainStartIn(refs, b))) || !PAIRS_CUE.test(ctx.text.slice(Math.max(s.start, clause.start - 3), chainStartIn(refs, a)))) continue;
    // The cued pair and those listed after it, apart by 、.
    for (let i = k; i + 1 < heads.length; i += 2) {
      const x = heads[i]!;
      const y = heads[i + 1]!;
      if (i > k && ctx.text.slice(heads[i - 1]!.mention.end, chainStartIn(refs, x)) !== "、") break;
      if (!PAIR_JOIN.test(ctx.text.slice(x.mention.end, chainStartIn(refs, y)))) break;
      const pair = x.entity.label === y.entity.label ? orient(ctx, x, y, false) : null;
      if (pair) out.push(pair);
    }
    break;
  }
  return out;
}

/** Pairs listed as two names joined by 与, each pair apart from the next by 、: two pairs at least, in a sentence on pairing. */
export function listedPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  // (Or the items of a list a sentence on pairing leads in with its colon, one pair or more each: 安排以下结对单位开展专场对接： /
  // （一）通州区宋庄镇与乌丹镇，宋庄镇小堡村与乌丹镇布日敦嘎查； / （三）通州区马驹桥镇与亿合公镇；)
  let lead = s.index;
  while (lead > 0 && ITEM_OPENING.test(ctx.sentences[lead]!.text)) lead--;
  const ledIn = lead < s.index && ITEM_OPENING.test(s.text) && /[:：]\s*$/.test(ctx.sentences[lead]!.text) && PAIRING_SENTENCE.test(ctx.sentences[lead]!.text);
  if (!ledIn && (!PAIRING_SENTENCE.test(s.text) || !/与[^、，,。]{2,20}[、，,][^、，,。]{2,20}与/.test(s.text))) return [];
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  // Each name's run read to its most specific (顺义区杨镇东庄户村 is 东庄户村).
  const heads = lastOfRuns(refs);
  const pairs: { a: Ref; b: Ref }[] = [];
  for (let k = 0; k + 1 < heads.length; k++) {
    const a = heads[k]!;
    const b = heads[k + 1]!;
    if (PAIR_JOIN.test(ctx.text.slice(a.mention.end, chainStartIn(refs, b)))) pairs.push({ a, b });
  }
  // (Only pairs one after another, apart by 、: a list, not two clauses that each pair once. Or by commas, where nothing but
  // pairs follows a heading's colon: ——镇镇结对：大兴区礼贤镇与察右前旗黄旗海镇，魏善庄镇与巴音塔拉镇.)
  const colon = Math.max(s.text.indexOf("："), s.text.indexOf(":"));
  const commas = colon >= 0 && PAIRING_SENTENCE.test(s.text.slice(0, colon)) && !/[。;；]/.test(s.text.slice(colon, -1));
  const apart = (p: { b: Ref }, q: { a: Ref }) => {
    const gap = ctx.text.slice(p.b.mention.end, chainStartIn(refs, q.a));
    return gap === "、" || (commas && (gap === "，" || gap === ","));
  };
  const listed = ledIn ? pairs : pairs.filter((p, i) => (i > 0 && apart(pairs[i - 1]!, p)) || (i + 1 < pairs.length && apart(p, pairs[i + 1]!)));
  return listed.map((p) => orient(ctx, p.a, p.b, true)).filter((x): x is [Ref, Ref] => x !== null);
}

