// A team counted and sent somewhere, then its members listed a line each (本批医疗队共4人，将赴…人民医院开展医疗帮扶：/ ▶ 邵志刚（队长）
// 心血管内科副主任医师 / ▶ 韩雪 …): each member ASSIGNED_TO the place, and WORKS_AT the body that posts the article, where it sends them.
import { countOf } from "./amounts.js";
import { isInstitution, isPlace, linesOf, type ArticleContext, type Line, type Ref, type Relation } from "./context.js";
import { kindServedAt, KIND } from "./posts.js";
import { runEnd } from "./ref-runs.js";

/** The head: a count of people, where they go, what they do there, and a colon. */
const HEAD = /共([0-9一二两三四五六七八九十]+)(?:人|名)[,，]?(?:将|拟|已|分别)?(?:赴|到|前往|派驻|进驻)([^,，。；;:：]{2,30}?)(?:开展|进行|从事)?(医疗帮扶|支教|挂职|帮扶|坐诊|驻点|工作)?[:：]\s*$/;
/** A member's line opens with a bullet or a number, then the name. */
const MEMBER_LINE = /^\s*(?:[0-9]{1,2}[.、．]\s*|[▶►▸•●○◆◇■★☆✦·\-—]\s*)/;
const TERM = /(?:帮扶期|为期|期限|服务期)为?([0-9一二两三四五六七八九十半]+(?:天|个月|年半?|周))/;

export function teamListPostings(ctx: ArticleContext): { works: Relation[]; sent: Relation[] } {
  const works: Relation[] = [];
  const sent: Relation[] = [];
  if (!/共[0-9一二两三四五六七八九十]+[人名]/.test(ctx.text)) return { works, sent };
  const lines = linesOf(ctx.text);
  for (const [k, line] of lines.entries()) {
    const head = HEAD.exec(line.text);
    if (!head) continue;
    const count = countOf(head[1]!);
    const at = line.start + head.index + head[0].indexOf(head[2]!, head[0].indexOf(head[1]!) + head[1]!.length);
    const places = ctx.within(at, at + head[2]!.length).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) !== "beijing");
    const place = places.length > 0 ? places[runEnd(places, 0)] : undefined;
    if (!place || !count) continue;
    // The members: the lines right after, each a bullet and a person first.
    const members: { person: Ref; line: Line }[] = [];
    for (const next of lines.slice(k + 1)) {
      // (A blank line may stand under the head; one after the members ends them.)
      if (!next.text.trim()) {
        if (members.length === 0) continue;
        break;
      }
      const mark = MEMBER_LINE.exec(next.text);
      const person = mark ? ctx.within(next.start, next.start + next.text.length).find((r) => r.entity.label === "Person") : undefined;
      if (!mark || !person || person.mention.start !== next.start + mark[0].length) break;
      members.push({ person, line: next });
    }
    if (members.length !== count) continue;
    const kind = kindServedAt(place.entity.label, KIND[head[3] ?? ""] ?? head[3] ?? "挂职");
    const s = ctx.sentenceAt(line.start + head.index);
    if (!s) continue;
    // (The article's own body sends them, where its account posts it: 我院第六批京蒙协作医疗队.)
    const sender = ctx.issuer && isInstitution(ctx.issuer) && ctx.sideOf(ctx.issuer) === "beijing" ? ctx.issuer : undefined;
    for (const { person, line: l } of members) {
      const term = TERM.exec(l.text)?.[1];
      sent.push({ type: "ASSIGNED_TO", source: person.entity.id, target: place.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
      if (sender) works.push({ type: "WORKS_AT", source: person.entity.id, target: sender.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return { works, sent };
}
