// ASSIGNED_TO from a list's heading that says where its people serve: who helps whom ((一)北京市海淀医院帮扶鄂伦春自治旗人民医院
// （5名）), where they go (（一）赴顺义区融媒体中心跟岗（6人）) or the body a team serves (▍“组团式”帮扶团队（密云二中库伦旗分校）):
// each person of the items under it serves there, unless the item says where of its own.
import { BULLET } from "../normalise/index.js";
import { ArticleContext, isInstitution, isPlace, linesOf, type Ref, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { KIND, kindServedAt } from "./posts.js";

/** A heading's help from one body to another: the verb between the two names. */
const HELPS = /(?:对口|组团式?|结对)?(?:帮扶|支援|托管|援助)/;
/** A heading's going somewhere to serve or learn: the verb before the place, the kind after it. */
const GOES = /(?:赴|到|前往)$/;
const GOES_KIND = /^(跟岗|挂职|支教|进修|实习|锻炼|帮扶)(?:学习|锻炼|培训)?/;
/** A team's heading, the body it serves in brackets at its end. */
const TEAM = /(?:帮扶|支教|医疗|工作|组团式”?)(?:团队|队|小组)[”"]?\s*[(（]/;
/** A heading's opening (（一）, 一、, 1., ▍) and its count of people after the helped body (（5名）, 5人). */
const HEADING_OPEN = /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|▍)?\s*$/;
const COUNT_AFTER = /^\s*(?:[(（]\s*[0-9一二三四五六七八九十]{1,3}\s*(?:名|人)\s*[)）])?\s*[:：]?\s*$/;
/** An item of the list: its number or mark, then the person. */
const ITEM = new RegExp(`^\\s*(?:[0-9]{1,2}\\s*[.、．]|${BULLET})`);
/** Words of an item that post the person somewhere of its own (挂任…, 派驻…, 到…支教, → a body). */
const OWN_POSTING = /(挂任|挂职|派驻|援派|驻|到|赴|前往|→|->)/;

/** Where a heading line says its people serve, and the kind, if it is one of the three shapes. */
function headingTarget(ctx: ArticleContext, line: { start: number; text: string }): { target: Ref; kind: string } | undefined {
  if (line.text.length > 60 || /[。；;，,]/.test(line.text)) return undefined;
  const end = line.start + line.text.length;
  const named = ctx.within(line.start, end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
  if (named.length === 0) return undefined;
  const m = HELPS.exec(line.text);
  if (m && HEADING_OPEN.test(ctx.text.slice(line.start, named[0]!.mention.start))) {
    const verbAt = line.start + m.index;
    const helper = mostSpecific(ctx, named.filter((r) => r.mention.end <= verbAt)).pop();
    const target = mostSpecific(ctx, named.filter((r) => r.mention.start >= verbAt + m[0].length)).pop();
    if (helper && target && ctx.sideOf(helper.entity) === "beijing" && ctx.sideOf(target.entity) === "inner-mongolia" && COUNT_AFTER.test(ctx.text.slice(target.mention.end, end))) {
      return { target, kind: kindServedAt(target.entity.label, "帮扶") };
    }
  }
  // (赴顺义区融媒体中心跟岗（6人）: those of either side, going to learn or to serve.)
  const first = named[0]!;
  const opening = ctx.text.slice(line.start, first.mention.start);
  const target = mostSpecific(ctx, named).pop()!;
  const kind = GOES_KIND.exec(ctx.text.slice(target.mention.end, end));
  if (GOES.test(opening) && HEADING_OPEN.test(opening.replace(GOES, "")) && kind && COUNT_AFTER.test(ctx.text.slice(target.mention.end + kind[0].length, end))) {
    return { target, kind: KIND[kind[1]!] ?? kind[1]! };
  }
  // (▍“组团式”帮扶团队（密云二中库伦旗分校）: the body in brackets closing the heading, of Inner Mongolia.)
  const team = TEAM.exec(line.text);
  const last = named[named.length - 1]!;
  if (team && last.mention.start >= line.start + team.index + team[0].length && /^\s*[)）]\s*[:：]?\s*$/.test(ctx.text.slice(last.mention.end, end)) &&
    isInstitution(last.entity) && ctx.sideOf(last.entity) === "inner-mongolia") {
    return { target: last, kind: kindServedAt(last.entity.label, "帮扶") };
  }
  // (▌敖汉旗新惠第一中学（6人）: a body of Inner Mongolia alone after the heading's mark, the count of its people after it.)
  if (BODY_OPEN.test(opening) && isInstitution(target.entity) && ctx.sideOf(target.entity) === "inner-mongolia" && COUNTED.test(ctx.text.slice(target.mention.end, end))) {
    return { target, kind: kindServedAt(target.entity.label, "帮扶") };
  }
  return undefined;
}

/** What opens a heading that is a body alone: a number or a mark. */
const BODY_OPEN = new RegExp(`^\\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[▍▌]|${BULLET})?\\s*$`);
/** The count of people closing such a heading, required. */
const COUNTED = /^\s*[(（]\s*[0-9一二三四五六七八九十]{1,3}\s*(?:名|人)\s*[)）]\s*[:：]?\s*$/;

/** An item of the list under a heading: numbered or marked, or a row opening with a person's name (罗　婧　清华大学附属中学英语教师). */
function isItem(ctx: ArticleContext, line: { start: number; text: string } | undefined): boolean {
  return !!line && (ITEM.test(line.text) || ctx.within(line.start, line.start + line.text.length).some((r) => r.entity.label === "Person" && r.mention.start === line.start));
}

export function headingPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(帮扶|支援|托管|援助|团队|工作队|医疗队|跟岗|挂职|支教|进修|实习|锻炼)/.test(ctx.text)) return out;
  const lines = linesOf(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    if (!isItem(ctx, lines[h + 1])) continue;
    const heading = headingTarget(ctx, lines[h]!);
    if (!heading) continue;
    const { target, kind } = heading;
    for (let i = h + 1; i < lines.length && isItem(ctx, lines[i]); i++) {
      const item = lines[i]!;
      const end = item.start + item.text.length;
      const person: Ref | undefined = ctx.within(item.start, end).find((r) => r.entity.label === "Person");
      if (!person || OWN_POSTING.test(ctx.text.slice(person.mention.end, end))) continue;
      // (Not one whose own body the item names on the target's side: they would serve at home.)
      const own = ctx.within(person.mention.end, end).find((r) => isInstitution(r.entity) || isPlace(r.entity));
      if (own && own.entity.id !== target.entity.id && ctx.sideOf(own.entity) === ctx.sideOf(target.entity)) continue;
      const s = ctx.sentenceAt(person.mention.start);
      if (!s) continue;
      out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: target.entity.id, props: { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
