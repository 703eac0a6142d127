// ASSIGNED_TO for one of a group the sentence before says was sent somewhere: 北京市密云区医院派出的3名医疗专家已在库伦旗人民医院
// "上岗"，帮扶期半年。其中，骨科副主任医师孟庆山到岗不到一个月…
import { ArticleContext, isInstitution, isPlace, type Ref, type Relation } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";
import { KIND, kindIn, kindServedAt } from "./posts.js";
import { countOf } from "./amounts.js";

/** A group sent: the verb of sending and a count of people. */
const GROUP_SENT = /(派出|选派|选送|派驻|委派|派遣)[^。]{0,6}?[0-9一二两三四五六七八九十]+(名|位|人)|由[0-9一二两三四五六七八九十]+名[^。]{0,20}组成/;
/** Where the group went: the place right after one of these. */
const GONE_TO = /(在|到|赴|前往|来到|进驻|派驻)$/;
const TERM = /(?:为期|期限|帮扶期|服务期|时间)为?([0-9一二两三四五六七八九十半]+(?:天|个月|年半?|周))/;

/** Those the 其中 names, posted where their own clause or the group went; not those already read as posted (the 其中
 * may say each one's own post). */
export function groupMembersSent(ctx: ArticleContext, sent: Relation[]): Relation[] {
  const postedAlready = new Set(sent.map((r) => r.source));
  const out: Relation[] = [];
  if (!ctx.text.includes("其中")) return out;
  for (const s of ctx.sentences) {
    const lead = /^其中[,，]?/.exec(s.text);
    const before = ctx.sentences[s.index - 1];
    if (!lead || !before) continue;
    const sending = GROUP_SENT.exec(before.text);
    if (!sending) continue;
    // The place gone to after the sending, read along its written chain to its most specific, on Inner Mongolia's side.
    const after = ctx.within(before.start + sending.index, before.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && r.entity.label !== "Person");
    const first = after.findIndex((r) => GONE_TO.test(ctx.text.slice(Math.max(before.start, chainStart(ctx, before.start, r) - 2), chainStart(ctx, before.start, r))));
    const group: Ref | undefined = first >= 0 ? after[runEnd(after, first)] : undefined;
    // (A group whose going names no place of Inner Mongolia is left alone: 其中 of another list.)
    if (!group || ctx.sideOf(group.entity) !== "inner-mongolia") continue;
    const word = kindIn(before.text);
    const term = TERM.exec(before.text)?.[1];
    // Those the 其中 names, each clause's people where their own clause says they serve (…4人将在正镶白旗第一中学任教，
    // 周一鸣、杜若、彭程3人将在明安图镇中心学校任教), else where the group went.
    for (const clause of ctx.clauses(s)) {
      const refs = ctx.within(clause.start, clause.end);
      const people = refs.filter((r) => r.entity.label === "Person" && !postedAlready.has(r.entity.id));
      if (people.length === 0) continue;
      const serves = refs.filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "inner-mongolia" &&
        r.mention.start > people[people.length - 1]!.mention.end && /(在|到|赴)$/.test(ctx.text.slice(Math.max(clause.start, chainStart(ctx, clause.start, r) - 1), chainStart(ctx, clause.start, r))));
      const to = serves.length > 0 ? serves[runEnd(serves, 0)]! : group;
      if (!to) continue;
      const kind = kindServedAt(to.entity.label, word ? KIND[word] ?? word : "挂职");
      for (const p of people) {
        out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}

/** A count of those just named, all serving in one place: 四人均在阿尔山市人民医院驻点工作, 3人都在库伦旗人民医院坐诊. */
const TEAM_SERVES = /(?:^|[,，；;])(?:这|以上|上述)?([0-9一二两三四五六七八九十]+)(?:人|名|位)(?:均|都|全部|一起|同)(?:在|到|赴)([^,，。；;]{2,30}?)(?:驻点|坐诊|出诊|支教|任教|挂职|帮扶|工作|开展)/g;

/** ASSIGNED_TO for each of a team named before in the paragraph, as many as the count says, where the count serves. */
export function countedTeamServes(ctx: ArticleContext, sent: Relation[]): Relation[] {
  const out: Relation[] = [];
  if (!/[人名位](均|都|全部|一起|同)(在|到|赴)/.test(ctx.text)) return out;
  const postedThere = new Set(sent.map((r) => `${r.source}|${r.target}`));
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(TEAM_SERVES)) {
      const count = countOf(m[1]!);
      const at = s.start + m.index! + m[0].indexOf(m[2]!);
      const places = ctx.within(at, at + m[2]!.length).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "inner-mongolia");
      const place = places.length > 0 ? places[runEnd(places, 0)] : undefined;
      if (!place || !count) continue;
      // Those named in the paragraph before it: the team, when just as many as the count.
      const named = new Map<string, Ref>();
      for (const x of ctx.sentences.slice(0, s.index + 1)) {
        if (x.paragraph !== s.paragraph) continue;
        for (const r of ctx.within(x.start, Math.min(x.end, s.start + m.index!))) if (r.entity.label === "Person") named.set(r.entity.id, r);
      }
      if (named.size !== count) continue;
      const term = TERM.exec(ctx.paragraphText(s))?.[1];
      const kind = kindServedAt(place.entity.label, KIND[m[0].match(/(驻点|坐诊|出诊|支教|任教|挂职|帮扶)$/)?.[1] ?? ""] ?? "挂职");
      for (const id of named.keys()) {
        if (postedThere.has(`${id}|${place.entity.id}`)) continue;
        out.push({ type: "ASSIGNED_TO", source: id, target: place.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}

/** A team's members listed (团队其他6名成员分别是…刘芳、…王志强): those the team is. */
// (Its leader may be named first: 本批医疗队由…邱明远担任队长，队员包括….)
// (Or lead it: 由…主治医师刘海峰带队，队员包括….)
// (Or those it holds beside one named: …派出的第三批团队中，除了周建平，还有麻醉科主治医师郭蕾、儿科护士长马丽等人.)
const MEMBERS = /(团队|医疗队|工作队|支教团|帮扶队|专家组|专家团队|队伍)(?:([^。]{0,10}?|由[^。]{2,30}?(?:担任(?:队长|组长|领队)|带队)[,，])(成员|队员)(?:还|也)?(分别是|分别为|是|为|有|包括)[:：]?|中[,，]?(?:除了?[^。,，]{1,12}[,，])?(?:还|也)有)/;

/** ASSIGNED_TO for each member of a team the article says was sent to a body or place (…选派到科尔沁左翼中旗人民医院的
 * 第三批医疗专家团队。… 团队其他6名成员分别是…). */
export function teamMembersSent(ctx: ArticleContext, sent: Relation[], works: Relation[]): { sent: Relation[]; works: Relation[] } {
  const out: Relation[] = [];
  const homes: Relation[] = [];
  if (!MEMBERS.test(ctx.text)) return { sent: out, works: homes };
  const housed = new Set(works.map((r) => r.source));
  const postedAlready = new Set(sent.map((r) => r.source));
  for (const s of ctx.sentences) {
    const m = MEMBERS.exec(s.text);
    if (!m) continue;
    const gone = teamGoneTo(ctx, s.index, false, /第[一二三四五六七八九十0-9]{1,3}批/.exec(s.text)?.[0]);
    let to = gone?.to;
    if (!to) continue;
    // (A medical team gone to a banner serves at its hospital the sentences between name: …抵达锡林郭勒盟太仆寺旗。…我院与
    // 太仆寺旗医院在该院….)
    // (Or the one its sentence names as the hospital helped: 作为鄂伦春自治旗人民医院的对口帮扶医院，…团队…抵达阿里河镇，进驻受援医院.)
    if (isPlace(to.entity) && /医疗|医院|医师|医生/.test(m[1]! + s.text)) {
      const at = ctx.within(ctx.sentenceAt(to.mention.start)?.start ?? to.mention.end, s.start).find((r) => r.entity.label === "Hospital" && ctx.sideOf(r.entity) === "inner-mongolia");
      if (at) to = at;
    }
    // (From the team's word, its leader too: 由普外科副主任医师邱明远担任队长.)
    const from = s.start + m.index + (/^由/.test(m[2] ?? "") ? m[1]!.length : m[0].length);
    const term = TERM.exec(ctx.paragraphText(s))?.[1];
    const kind = kindServedAt(to.entity.label);
    // (Or the body the members' own sentence names with its team: 卢沟桥医院今年9月派出的第三批团队中，…还有….)
    const sender = gone?.from ?? bodyWithTeam(ctx, s.start, s.start + m.index, s.end);
    for (const p of ctx.within(from, s.end).filter((r) => r.entity.label === "Person" && !postedAlready.has(r.entity.id))) {
      out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.7, evidence: ctx.evidence(s) });
      // (And the body whose team it is their home, where it names its team: 我院第四批援蒙医疗队.)
      if (sender && !housed.has(p.entity.id)) homes.push({ type: "WORKS_AT", source: p.entity.id, target: sender.entity.id, props: p.mention.role ? { role: p.mention.role } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return { sent: out, works: homes };
}

/** Where a team went and the body that sent it, said in one of the six sentences before `index` (or in any before that names
 * its `batch`), after a verb of going or sending (北京市大兴区人民医院第六批医疗帮扶专家团队抵达…，正式进驻察哈尔右翼前旗人民医院);
 * `named`, only where the body is named with its team. */
export function teamGoneTo(ctx: ArticleContext, index: number, named = false, batch?: string): { to: Ref; from?: Ref } | undefined {
  // (Or further back, where the team is named by its batch: 第四批4名队员将…奔赴库伦旗中蒙医院 … 第四批援蒙医疗队由…带队.)
  for (let i = index - 1; i >= (batch ? 0 : Math.max(0, index - 6)); i--) {
    const before = ctx.sentences[i]!;
    if (i < index - 6 && !before.text.includes(batch!)) continue;
    if (!GROUP_SENT.test(before.text) && !TEAM.test(before.text)) continue;
    const refs = ctx.within(before.start, before.end);
    const gone = refs.filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "inner-mongolia" &&
      (/(到|进驻|入驻|派驻|来到|前往|赴|抵达|[^自从]来)$/.test(ctx.text.slice(Math.max(before.start, chainStart(ctx, before.start, r) - 2), chainStart(ctx, before.start, r))) ||
        // (Or served at: 将在鄂伦春自治旗人民医院开展为期一年的医疗帮扶.)
        (/在$/.test(ctx.text.slice(chainStart(ctx, before.start, r) - 1, chainStart(ctx, before.start, r))) && /^(开展|进行|从事)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2)))));
    const last = gone.length > 0 ? runEnd(gone, gone.length - 1) : -1;
    if (last < 0) continue;
    // (The body whose team it is names it right before, its batch and kind between at most: …人民医院第六批医疗帮扶专家团队.)
    const from = bodyWithTeam(ctx, before.start, before.end, before.end);
    // (Where the team must be named with its body, a sentence that names none is of something else: …该院累计派驻专家47人次，
    // …必须转到呼和浩特….)
    if (named && !from) continue;
    return { to: gone.filter((r) => isInstitution(r.entity)).pop() ?? gone[last]!, ...(from ? { from } : {}) };
  }
  return undefined;
}

/** The Beijing body named with its team (北京市丰台区宛平中心医院第五批援蒙医疗队) in the six sentences before `at`: the home of
 * those a table under it lists. */
export function teamSenderBefore(ctx: ArticleContext, at: number): Ref | undefined {
  const s = ctx.sentenceAt(at);
  for (let i = (s?.index ?? 0) - 1; s && i >= Math.max(0, s.index - 6); i--) {
    const sender = bodyWithTeam(ctx, ctx.sentences[i]!.start, ctx.sentences[i]!.end, ctx.sentences[i]!.end);
    if (sender) return sender;
  }
  return undefined;
}

/** Where the team the six sentences before `at` send went (…专家团队一行6人…抵达鄂伦春自治旗，正式进驻我院): the posting of those a
 * table under it lists with no column of their own for it. */
export function teamDestinationBefore(ctx: ArticleContext, at: number): Ref | undefined {
  const s = ctx.sentenceAt(at);
  return s ? teamGoneTo(ctx, s.index)?.to : undefined;
}

/** The last Beijing body named between `from` and `to` with its team's words after it, before `end`
 * (…人民医院第六批医疗帮扶专家团队, 卢沟桥医院今年9月派出的第三批团队). */
function bodyWithTeam(ctx: ArticleContext, from: number, to: number, end: number): Ref | undefined {
  return ctx.within(from, to).filter((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing" && TEAM_AFTER.test(ctx.text.slice(r.mention.end, end))).pop();
}

/** Words for a team sent, and a team's words right after the body whose team it is (its batch and kind between at most). */
const TEAM = /(团队|医疗队|工作队|支教团|帮扶队|专家组|队伍|[0-9一二两三四五六七八九十]+名队员)/;
// (Or the number of its staff it sent: 北京市东城区和平里康复医院派出的3名康复专家.)
const TEAM_AFTER = new RegExp(`^(?:[^,，。；;]{0,12}?${TEAM.source}|(?:先后|共)?(?:派出|选派|派驻|派遣)了?的?[0-9一二两三四五六七八九十]+名[\\u4e00-\\u9fff]{0,6}(?:专家|医生|医护人员|教师|老师|队员|骨干))`);
