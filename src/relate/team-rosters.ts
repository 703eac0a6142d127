// A team's members listed under a heading (本批专家名单：/ ★周明辉 心血管内科副主任医师 / …; 团队成员及派出单位如下：/ 韩冬梅（北京市
// 门头沟区医院，…）; 团队其他成员是：/ ▶北京市大兴区第一中学：李春燕（数学）、周明（物理）; 队员名单：贾庆国（北京丰台医院）、…), of a
// team the sentences before say was sent: ASSIGNED_TO where it went, WORKS_AT the body that sent it or each line's own.
import { ArticleContext, isInstitution, isPlace, linesOf, type Line, type Ref, type Relation } from "./context.js";
import { kindServedAt } from "./posts.js";
import { ROW_MARK } from "../normalise/index.js";
import { ROW_OPENING } from "./rosters.js";
import { teamGoneTo } from "./sent-groups.js";

/** What heads a list of a team's members, at its line's end: 本批专家名单, 团队成员及派出单位如下：, 团队其他成员是：. */
const ROSTER_HEADING = /^[^,，。；;]{0,16}(名单|成员|队员)[^,，。；;:：]{0,8}?(如下|是|为)?[:：]?$/;
/** Or at its sentence's start, the members after it on the same line: 队员名单：贾庆国（北京丰台医院）、…. */
const ROSTER_LEAD = /^[^,，。；;]{0,16}(名单|成员|队员)[:：]/;
/** A member's post at the end of their line (★周明辉 心血管内科副主任医师). */
const POST_AT_END = /^\s*([\u4e00-\u9fff]{2,16}?(?:医师|医生|护士长|护士|技师|教师|老师|干部|专家))$/;

/** A row's number or mark at a line's start, if any. */
const ROW_MARK_AT_START = new RegExp(`^${ROW_MARK}?`);

interface Member { person: Ref; line: Line; home?: Ref }

export function rosterTeamSent(ctx: ArticleContext, sent: Relation[]): { works: Relation[]; sent: Relation[] } {
  const out = { works: [] as Relation[], sent: [] as Relation[] };
  if (!/(名单|成员|队员)/.test(ctx.text)) return out;
  const postedAlready = new Set(sent.map((r) => r.source));
  const lines = linesOf(ctx.text);
  const beijingBodyAt = (at: number, end: number) => ctx.within(at, end).find((r) => r.mention.start === at && isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing");
  lines.forEach((line, k) => {
    // (The heading may close its line's last sentence: …全面参与医院管理。团队成员及派出单位如下：.)
    const tailAt = Math.max(line.text.lastIndexOf("。"), line.text.lastIndexOf("；")) + 1;
    const lead = ROSTER_LEAD.exec(line.text);
    const members: Member[] = [];
    const headed = ROSTER_HEADING.test(line.text.slice(tailAt));
    if (headed) {
      for (const next of lines.slice(k + 1)) {
        const person = ctx.within(next.start, next.start + next.text.length).find((r) => r.entity.label === "Person");
        if (person && ROW_OPENING.test(ctx.text.slice(next.start, person.mention.start))) {
          members.push({ person, line: next });
          continue;
        }
        // (Or a line of the body that sent them, then its people: ▶北京市大兴区第一中学：李春燕（数学）、周明（物理）.)
        const mark = ROW_MARK_AT_START.exec(next.text)![0].length;
        const home = beijingBodyAt(next.start + mark, next.start + next.text.length);
        if (!home || !/^[:：]/.test(ctx.text.slice(home.mention.end, home.mention.end + 1))) break;
        const people = ctx.within(home.mention.end, next.start + next.text.length).filter((r) => r.entity.label === "Person");
        if (people.length === 0) break;
        for (const p of people) members.push({ person: p, line: next, home });
      }
    } else if (lead) {
      const s = ctx.sentenceAt(line.start);
      const end = s ? Math.min(s.end, line.start + line.text.length) : line.start + line.text.length;
      for (const person of ctx.within(line.start + lead[0].length, end).filter((r) => r.entity.label === "Person")) members.push({ person, line });
    } else return;
    const s = ctx.sentenceAt(line.start + (headed ? tailAt : 0));
    // (Where each line names its own body, the team need not be named with one.)
    const ownHomes = members.length > 0 && members.every((m) => m.home || ctx.within(m.person.mention.end, m.line.start + m.line.text.length).some((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing"));
    const team = members.length >= 2 && s ? teamGoneTo(ctx, s.index, !ownHomes) : undefined;
    if (!team) return;
    const kind = kindServedAt(team.to.entity.label);
    for (const { person, line: l, home } of members) {
      const evidence = ctx.evidence(ctx.sentenceAt(person.mention.start) ?? s!);
      const role = POST_AT_END.exec(ctx.text.slice(person.mention.end, l.start + l.text.length).replace(/[|｜\s]+/g, ""))?.[1];
      // (Nor where the line says where its own member serves: 1. 程立伟，…主任医师，受援单位：林西县医院.)
      const ownPosting = ctx.within(person.mention.end, l.start + l.text.length).some((r) => (isInstitution(r.entity) || isPlace(r.entity)) && ctx.sideOf(r.entity) === "inner-mongolia");
      if (!postedAlready.has(person.entity.id) && !ownPosting) out.sent.push({ type: "ASSIGNED_TO", source: person.entity.id, target: team.to.entity.id, props: { kind }, confidence: 0.7, evidence });
      const from = home ?? (ownHomes ? undefined : team.from);
      if (from) out.works.push({ type: "WORKS_AT", source: person.entity.id, target: from.entity.id, props: role ? { role } : {}, confidence: 0.7, evidence });
    }
  });
  return out;
}
