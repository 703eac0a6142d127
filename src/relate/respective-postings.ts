// People listed before 分别 and as many places after it (张明、李红分别到科右中旗第一中学、第二中学支教): each one's own place.
import { ArticleContext, isInstitution, isPlace, LISTED, type Ref } from "./context.js";
import { listedWithLast, mostSpecific } from "./ref-runs.js";

/**
 * People listed before 分别 and as many places listed after it (张明、李红分别到科右中旗第一中学、第二中学支教): the
 * person's own place, by their place in the list.
 */
export function respectiveTarget(ctx: ArticleContext, s: { start: number; end: number; text: string }, person: Ref, candidates: Ref[]): Ref | undefined {
  const at = s.text.indexOf("分别");
  if (at < 0) return undefined;
  const split = s.start + at;
  const people = peopleListed(ctx, ctx.within(s.start, split).filter((r) => r.entity.label === "Person"));
  const k = people.findIndex((p) => p.entity.id === person.entity.id);
  if (k < 0 || people.length < 2) return undefined;
  // (Every place listed counts, not only the first one written after 到 or 在.)
  const first = candidates.find((r) => r.mention.start >= split);
  const after = first ? ctx.within(first.mention.start, s.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && ctx.sideOf(r.entity) === ctx.sideOf(first.entity)) : [];
  // (Each place may carry the post taken there: 分别挂职阿尔山市副市长、科右前旗副旗长、突泉县副县长.)
  const places = after.length ? listedWithLast(ctx, mostSpecific(ctx, after.slice(0, runEndOfList(ctx, after, LISTED_WITH_POSTS) + 1)), LISTED_WITH_POSTS, true) : [];
  return places.length === people.length ? places[k] : undefined;
}

/** The last person named and those listed before it, each with a title of their own or none (李强、护士长张敏). */
function peopleListed(ctx: ArticleContext, people: Ref[]): Ref[] {
  const out = people.slice(-1);
  for (let k = people.length - 2; k >= 0; k--) {
    const p = people[k]!;
    const next = out[0]!;
    // (Each with their own place and title: 阿里河镇副镇长关玉兰、大杨树镇党委委员孟德明.)
    const between = /^[、和及与]([\u4e00-\u9fff]{0,16})$/.exec(ctx.text.slice(p.mention.end, next.mention.start));
    if (!between || (between[1] && !(next.mention.role && between[1].endsWith(next.mention.role)))) break;
    out.unshift(p);
  }
  return out;
}

/** The index of the last of the names listed first among refs (A、B和C…). */
export function runEndOfList(ctx: ArticleContext, refs: Ref[], joiner = LISTED): number {
  let i = 0;
  while (refs[i + 1] && (refs[i + 1]!.mention.start === refs[i]!.mention.end || joiner.test(ctx.text.slice(refs[i]!.mention.end, refs[i + 1]!.mention.start)))) i++;
  return i;
}

/** What joins places listed with the posts taken there (阿尔山市副市长、科右前旗副旗长). */
const LISTED_WITH_POSTS = /^(?:(?:常务)?副?(?:市长|旗长|县长|区长|镇长|乡长|局长|院长|校长|主任|书记))?[、和及与]$/;
