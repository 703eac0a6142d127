// ASSIGNED_TO for one of a group the sentence before says was sent somewhere: 北京市密云区医院派出的3名医疗专家已在库伦旗人民医院
// "上岗"，帮扶期半年。其中，骨科副主任医师孟庆山到岗不到一个月…
import { ArticleContext, isInstitution, isPlace, runEnd, type Ref, type Relation } from "./context.js";
import { KIND, kindIn } from "./posts.js";

/** A group sent: the verb of sending and a count of people. */
const GROUP_SENT = /(派出|选派|选送|派驻|委派|派遣)[^。]{0,6}?[0-9一二两三四五六七八九十]+(名|位|人)/;
/** Where the group went: the place right after one of these. */
const GONE_TO = /(在|到|赴|前往|来到|进驻|派驻)$/;
const TERM = /(?:为期|期限|帮扶期|服务期|时间)为?([0-9一二两三四五六七八九十半]+(?:天|个月|年半?|周))/;

/** (Not for those already read as posted elsewhere in the article: the 其中 may say each one's own post.) */
export function groupMembersSent(ctx: ArticleContext, sent: Relation[]): Relation[] {
  const postedAlready = new Set(sent.map((r) => r.source));
  const out: Relation[] = [];
  if (!ctx.text.includes("其中")) return out;
  for (const s of ctx.sentences) {
    const lead = /^其中[,，]?/.exec(s.text);
    const before = ctx.sentences[s.index - 1];
    if (!lead || !before) continue;
    const group = GROUP_SENT.exec(before.text);
    if (!group) continue;
    // The place gone to after the sending, read along its written chain to its most specific, on Inner Mongolia's side.
    const after = ctx.within(before.start + group.index, before.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && r.entity.label !== "Person");
    const first = after.findIndex((r) => GONE_TO.test(ctx.text.slice(Math.max(before.start, r.mention.start - 2), r.mention.start)));
    if (first < 0) continue;
    const to: Ref = after[runEnd(after, first)]!;
    if (ctx.sideOf(to.entity) !== "inner-mongolia") continue;
    // Those the 其中 names first, listed with titles between (其中，骨科副主任医师孟庆山、儿科主治医师李楠).
    const people: Ref[] = [];
    let from = s.start + lead[0].length;
    for (const r of ctx.within(from, s.end)) {
      if (r.entity.label !== "Person" || !/^[、和及]?[\u4e00-\u9fff]{0,12}$/.test(ctx.text.slice(from, r.mention.start))) break;
      people.push(r);
      from = r.mention.end;
    }
    const word = kindIn(before.text);
    const kind = to.entity.label === "Hospital" ? "医疗帮扶" : to.entity.label === "School" ? "支教" : word ? KIND[word] ?? word : "挂职";
    const term = TERM.exec(before.text)?.[1];
    for (const p of people.filter((x) => !postedAlready.has(x.entity.id))) {
      out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
