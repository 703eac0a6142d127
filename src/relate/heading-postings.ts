// ASSIGNED_TO from a list's heading that says who helps whom ((一)北京市海淀医院帮扶鄂伦春自治旗人民医院（5名）): each person of
// the numbered items under it serves at the helped body, unless the item says where of its own.
import { ArticleContext, isInstitution, isPlace, linesOf, type Ref, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { kindServedAt } from "./posts.js";

/** A heading's help from one body to another: the verb between the two names. */
const HELPS = /(?:对口|组团式?|结对)?(?:帮扶|支援|托管|援助)/;
/** A heading's opening (（一）, 一、, 1.) and its count of people after the helped body (（5名）, 5人). */
const HEADING_OPEN = /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?\s*$/;
const COUNT_AFTER = /^\s*(?:[(（]\s*[0-9一二三四五六七八九十]{1,3}\s*(?:名|人)\s*[)）])?\s*[:：]?\s*$/;
/** An item of the list: its number, then the person. */
const ITEM = /^\s*[0-9]{1,2}\s*[.、．]/;
/** Words of an item that post the person somewhere of its own (挂任…, 派驻…, 到…支教). */
const OWN_POSTING = /(挂任|挂职|派驻|援派|驻|到|赴|前往)/;

export function headingPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!HELPS.test(ctx.text)) return out;
  const lines = linesOf(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h]!;
    const m = HELPS.exec(line.text);
    if (!m || line.text.length > 60 || /[。；;，,]/.test(line.text) || !lines[h + 1] || !ITEM.test(lines[h + 1]!.text)) continue;
    const verbAt = line.start + m.index;
    const named = ctx.within(line.start, line.start + line.text.length).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    const helpers = mostSpecific(ctx, named.filter((r) => r.mention.end <= verbAt));
    const helped = mostSpecific(ctx, named.filter((r) => r.mention.start >= verbAt + m[0].length));
    const helper = helpers[helpers.length - 1];
    const target = helped[helped.length - 1];
    if (!helper || !target || !HEADING_OPEN.test(ctx.text.slice(line.start, named[0]!.mention.start)) ||
      ctx.sideOf(helper.entity) !== "beijing" || ctx.sideOf(target.entity) !== "inner-mongolia" ||
      !COUNT_AFTER.test(ctx.text.slice(target.mention.end, line.start + line.text.length))) continue;
    for (let i = h + 1; i < lines.length && ITEM.test(lines[i]!.text); i++) {
      const item = lines[i]!;
      const end = item.start + item.text.length;
      const person: Ref | undefined = ctx.within(item.start, end).find((r) => r.entity.label === "Person");
      if (!person || OWN_POSTING.test(ctx.text.slice(person.mention.end, end))) continue;
      const s = ctx.sentenceAt(person.mention.start);
      if (!s) continue;
      out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: target.entity.id, props: { kind: kindServedAt(target.entity.label, "帮扶") }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
