// Pairings listed under a lead on pairing that closes on a colon: pairs joined by 对接 after it, or numbered items a line each
// (全年新签和续签结对协议4份，分别为： / 1.北京市大兴区妇幼保健院与察右前旗妇幼保健计划生育服务中心；).
import type { Sentence } from "../normalise/index.js";
import type { ArticleContext, Ref } from "./context.js";
import { lastOfRuns } from "./ref-runs.js";
import { chainStartIn } from "./pairing-lists.js";
import { PAIR_JOIN, PAIRING_SENTENCE } from "./joined-pairs.js";
import { orient } from "./pairing-terms.js";
import { noPairingNow } from "./pairing-denials.js";

/**
 * Pairs a list after a sentence's head on pairing joins by 对接 (两地8对乡镇结对实现全覆盖：金海湖镇对接乌丹镇，峪口镇对接五分地镇，…):
 * each item's two names, the ones written right against the word.
 */
export function dockedPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const colon = s.text.search(/[:：]/);
  if (colon < 0 || !PAIRING_SENTENCE.test(s.text.slice(0, colon)) || !s.text.includes("对接", colon)) return [];
  const refs = ctx.within(s.start + colon, s.end).filter((r) => r.entity.label !== "Person");
  const heads = lastOfRuns(refs);
  const out: [Ref, Ref][] = [];
  for (let k = 0; k + 1 < heads.length; k++) {
    if (ctx.text.slice(heads[k]!.mention.end, chainStartIn(refs, heads[k + 1]!)) !== "对接") continue;
    const pair = orient(ctx, heads[k]!, heads[k + 1]!, true);
    if (pair) out.push(pair);
  }
  return out;
}

/** A list's number opening its item (1., 2、, （3）). */
const ITEM_NUMBER = /^(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,2}[)）])\s*/;
/** The number alone, a sentence of its own before the item (1. and then the pair). */
const ITEM_NUMBER_ALONE = new RegExp(`${ITEM_NUMBER.source}$`);

/**
 * Items a line each, numbered, of two names joined by 与 or 和 under a lead on pairing that closes on a colon
 * (全年新签和续签结对协议4份，分别为： / 1.北京市大兴区妇幼保健院与察右前旗妇幼保健计划生育服务中心；): each item a pair.
 */
export function numberedPairItems(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const lineStart = ctx.text.lastIndexOf("\n", s.start - 1) + 1;
  // (The item's number may stand as a sentence of its own before it: 1. and then the pair.)
  const numbered = lineStart === s.start ? ITEM_NUMBER.test(s.text) : ITEM_NUMBER_ALONE.test(ctx.text.slice(lineStart, s.start));
  if (!numbered) return [];
  // (The lead: the line before the list's items, the items between it and this one each numbered.)
  // (Past blank lines after a heading: 一、结对帮扶学校名单（共5对） / / （一）…学校 与 …小学.)
  let lead = lineStart - 1;
  while (lead > 0 && ctx.text[lead - 1] === "\n") lead--;
  let prev = ctx.text.lastIndexOf("\n", lead - 1) + 1;
  // (A heading's number may open the lead itself: （一）推进…结对全覆盖。…分别为：.)
  while (prev > 0 && ITEM_NUMBER.test(ctx.text.slice(prev, lead)) && !/[:：]\s*$/.test(ctx.text.slice(prev, lead))) {
    lead = prev - 1;
    prev = ctx.text.lastIndexOf("\n", lead - 1) + 1;
  }
  const leadText = ctx.text.slice(prev, Math.max(prev, lead));
  // (Or a heading naming the list of pairs: 一、结对帮扶学校名单（共5对）, 二、新增结对学校.)
  const listHeading = /(名单|一览表?|清单)(?:[（(][^（()）]{1,10}[）)])?\s*$/.test(leadText) || /^[一二三四五六七八九十]{1,2}、[^。，,；;:：]{2,16}$/.test(leadText.trim());
  if ((!/[:：]\s*$/.test(leadText) && !listHeading) || !/(结对|对口帮扶|帮扶协议|结对协议|合作协议)/.test(leadText)) return [];
  // (Not one only planned or denied: 6．西城区新街口街道与大河口乡拟建立结对关系，…尚未签订协议.)
  if (noPairingNow(ctx, s, s)) return [];
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  const heads = lastOfRuns(refs);
  if (heads.length !== 2 || !PAIR_JOIN.test(ctx.text.slice(heads[0]!.mention.end, chainStartIn(refs, heads[1]!)))) return [];
  const pair = orient(ctx, heads[0]!, heads[1]!, true);
  return pair ? [pair] : [];
}
