// A chain's store named by the chain's quoted brand and the store after it (“京蒙好物馆”密云店, “京蒙好物馆”（通州店））.
import type { Mention } from "./types.js";

/** A quoted brand right before a store of it, the store in brackets or not; the name is the brand and the store. */
const QUOTED_STORE = /“([\u4e00-\u9fff·]{2,10})”([（(]?)([\u4e00-\u9fff]{0,4}?(?:旗舰店|分店|门店|专卖店|店))([）)]?)/g;

/** Each such store outside the spans `taken`. */
export function recogniseStores(text: string, taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("”")) return out;
  for (const m of text.matchAll(QUOTED_STORE)) {
    // (A bracket opened is closed: （通州店）.)
    if ((m[2] === "") !== (m[4] === "")) continue;
    // (A kind of store is no store's name: “鄂伦春林下好物”体验店, …线上店.)
    if (/^(体验|线上|线下|网上|网络|直播|展销|形象|概念)/.test(m[3]!)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    out.push({ start, end, surface: m[0], label: "Enterprise", name: m[1]! + m[3]!, source: "suffix", confidence: 0.7 });
  }
  return out;
}
