// Guesthouses and farm stays known by the name their hosts put in quotes before what they are (“松涛小院”民宿, “沙漠之舟”民宿).
import type { Mention } from "./types.js";

/** A quoted name right before the kind of lodging it is; the name is what the quotes hold. */
const QUOTED_LODGING = /“([\u4e00-\u9fff·]{2,10})”(民宿|农家乐|牧家乐|渔家乐|客栈)/g;

/** Each such name outside the spans `taken`. */
export function recogniseGuesthouses(text: string, taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("”")) return out;
  for (const m of text.matchAll(QUOTED_LODGING)) {
    // (The mention spans the quotes and the kind, as a name with its suffix does, so that the place before it and the post
    // after it stand right beside it: 林俗村“松涛小院”民宿业主高秀兰.)
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    out.push({ start, end, surface: m[0], label: "Enterprise", name: m[1]!, source: "suffix", confidence: 0.7 });
  }
  return out;
}
