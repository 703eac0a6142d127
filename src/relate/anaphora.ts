// 该旗, 该市, 当地, 该园区: words that point back at a place or institution named shortly before.
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, isPlace, type Ref } from "./context.js";

const POINTERS: [RegExp, (r: Ref) => boolean][] = [
  [/^(该|本|全)旗/, (r) => r.entity.label === "Banner" && r.entity.name.endsWith("旗")],
  [/^(该|本|全)县/, (r) => r.entity.label === "Banner" && r.entity.name.endsWith("县")],
  [/^(该|本|全)市/, (r) => r.entity.label === "League" || (r.entity.label === "Banner" && r.entity.name.endsWith("市"))],
  [/^(该|本|全)盟/, (r) => r.entity.label === "League" && r.entity.name.endsWith("盟")],
  [/^当地/, (r) => isPlace(r.entity) && r.entity.label !== "Province" && r.entity.side === "inner-mongolia"],
  [/^(该)?园区/, (r) => r.entity.label === "Organization" && /园区?$/.test(r.entity.name)],
  [/^该(医院|院)/, (r) => r.entity.label === "Hospital"],
  [/^该(校|学校)/, (r) => r.entity.label === "School"],
  [/^该(公司|企业|集团)/, (r) => r.entity.label === "Enterprise"],
];

export interface Pointer {
  start: number;
  end: number;
  ref: Ref;
}

/** Every pointer word in the sentence that resolves to an earlier mention. */
export function pointersIn(ctx: ArticleContext, s: Sentence, from = s.start, to = s.end): Pointer[] {
  const out: Pointer[] = [];
  for (let i = from; i < to; i++) {
    const rest = ctx.text.slice(i, Math.min(to, i + 4));
    for (const [re, accept] of POINTERS) {
      const m = re.exec(rest);
      if (!m) continue;
      // A pointer word inside a recognised name is part of that name.
      if (ctx.refs.some((r) => r.mention.start <= i && i < r.mention.end)) break;
      const ref = ctx.recent(i, s, accept, 8) ?? (ctx.imFocus && accept({ mention: { start: 0, end: 0 } as Ref["mention"], entity: ctx.imFocus }) ? { mention: { start: i, end: i + m[0].length } as Ref["mention"], entity: ctx.imFocus } : undefined);
      if (ref) out.push({ start: i, end: i + m[0].length, ref });
      i += m[0].length - 1;
      break;
    }
  }
  return out;
}
