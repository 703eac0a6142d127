// Businesses known by a name their owners put in quotes before what they are: guesthouses and farm stays (“松涛小院”民宿) and a
// chain's stores (“京蒙好物馆”密云店, “京蒙好物馆”（通州店））.
import type { Mention } from "./types.js";

/** A quoted name right before the kind of lodging it is; the name is what the quotes hold. */
const QUOTED_LODGING = /“([\u4e00-\u9fff·]{2,10})”(民宿|农家乐|牧家乐|渔家乐|客栈)/g;

/** A quoted brand right before a store of it, the store in brackets or not; the name is the brand and the store. */
const QUOTED_STORE = /“([\u4e00-\u9fff·]{2,10})”([（(]?)([\u4e00-\u9fff]{0,4}?(?:旗舰店|分店|门店|专卖店|店))([）)]?)/g;

/** Each match of `pattern` outside the spans `taken` that `nameOf` names, an enterprise. (The mention spans the quotes and
 * the kind, as a name with its suffix does, so that the place before it and the post after it stand right beside it:
 * 林俗村“松涛小院”民宿业主高秀兰.) */
function quoted(text: string, pattern: RegExp, nameOf: (m: RegExpMatchArray) => string | undefined, taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("”")) return out;
  for (const m of text.matchAll(pattern)) {
    const name = nameOf(m);
    const start = m.index!;
    const end = start + m[0].length;
    if (name === undefined || taken(start, end)) continue;
    out.push({ start, end, surface: m[0], label: "Enterprise", name, source: "suffix", confidence: 0.7 });
  }
  return out;
}

/** Each guesthouse outside the spans `taken`. */
export function recogniseGuesthouses(text: string, taken: (start: number, end: number) => boolean): Mention[] {
  return quoted(text, QUOTED_LODGING, (m) => m[1]!, taken);
}

/** Each store outside the spans `taken`: (a bracket opened is closed, （通州店）; a kind of store is no store's name, “鄂伦春林下好物”
 * 体验店, …线上店). */
export function recogniseStores(text: string, taken: (start: number, end: number) => boolean): Mention[] {
  return quoted(text, QUOTED_STORE, (m) => ((m[2] === "") !== (m[4] === "") || /^(体验|线上|线下|网上|网络|直播|展销|形象|概念)/.test(m[3]!) ? undefined : m[1]! + m[3]!), taken);
}
