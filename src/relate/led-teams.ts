// A team sent under its leader (密云区医院专门派出由心内科主任医师刘海涛带队的5人医疗队，在库伦旗人民医院开展…医疗帮扶): the leader
// works at the body sending it and is posted where the team serves; so is the head of a team a district posts (平谷区驻敖汉旗工作组组长).
import { kindIn, kindServedAt } from "./posts.js";
import { isInstitution, isPlace, type ArticleContext, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";

/** A body sending a team, its leader named in between (派出由…刘海涛带队的5人医疗队). */
const LED_TEAM = /(?:派出|选派|组建|派遣)了?由([^，,。；;]{2,24}?)带队的[^，,。；;]{0,12}?(?:医疗队|工作队|专家团队|专家组|医疗团队|团队|支教团|帮扶队)/g;
/** Words between the team and where it serves: a time at most, then the preposition (，在, ，于7月抵达). */
const SERVES_AT = /^[，,]?[^，,。；;]{0,12}?(?:在|到|赴|进驻|入驻|前往|抵达)$/;

export function ledTeams(ctx: ArticleContext): { works: Relation[]; sent: Relation[] } {
  const works: Relation[] = [];
  const sent: Relation[] = [];
  if (!ctx.text.includes("带队的")) return { works, sent };
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(LED_TEAM)) {
      const at = s.start + m.index!;
      const from = at + m[0].indexOf(m[1]!);
      const leader = ctx.within(from, from + m[1]!.length).filter((r) => r.entity.label === "Person").pop();
      if (!leader) continue;
      const sender = ctx.within(s.start, at).filter((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing").pop();
      const end = at + m[0].length;
      const to = ctx.within(end, s.end).find((r) => (isInstitution(r.entity) || isPlace(r.entity)) && ctx.sideOf(r.entity) === "inner-mongolia" && SERVES_AT.test(ctx.text.slice(end, r.mention.start)));
      if (sender) works.push({ type: "WORKS_AT", source: leader.entity.id, target: sender.entity.id, props: leader.mention.role ? { role: leader.mention.role } : {}, confidence: 0.7, evidence: ctx.evidence(s) });
      if (to) sent.push({ type: "ASSIGNED_TO", source: leader.entity.id, target: to.entity.id, props: { kind: kindServedAt(to.entity.label) }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return { works, sent };
}

/** A team a Beijing government posts to its partner (平谷区驻敖汉旗工作组), with the words after its name that make one its head
 * or member (组长赵新宇, 领队、挂职盟委副秘书长吴宏伟). */
const POSTED_TEAM = /(工作组|工作队)$/;
const TEAM_POST = /^(?:组长|副组长|领队|队长|副队长|成员|队员)(?:[、，,]?[^，,。；;、]{0,14})?$/;

/** Who heads or serves in a posted team is posted where it is: the unit its name says it is posted to. */
export function postedTeamMembers(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(工作组|工作队)/.test(ctx.text)) return out;
  for (const team of ctx.refs) {
    if (team.entity.label !== "Agency" || team.mention.nested || !POSTED_TEAM.test(team.entity.name)) continue;
    const place = ctx.within(team.mention.start, team.mention.end, true).filter((r) => r.mention.nested && isPlace(r.entity) && ctx.sideOf(r.entity) === "inner-mongolia").pop();
    const s = ctx.sentenceAt(team.mention.start);
    if (!place || !s) continue;
    const person = ctx.within(team.mention.end, s.end).find((r) => r.entity.label === "Person");
    const between = person ? ctx.text.slice(team.mention.end, person.mention.start) : "";
    if (!person || !TEAM_POST.test(between) || ctx.within(team.mention.end, person.mention.start).some((r) => !r.mention.nested && r.entity.label !== "Person")) continue;
    out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: place.entity.id, props: { kind: kindIn(between) ?? "挂职" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** A team a body sends, and the words of its arriving where it serves (…组成的京蒙协作医疗队抵达…，入驻绍根镇中心卫生院). */
const TEAM = /(医疗队|医疗团队|专家团队|专家组|支教团|帮扶队)/;
const ARRIVES = /(?:入驻|进驻|抵达|来到|到达|前往|赴|到)$/;
/** Where a later sentence names one of the team: its leader (医疗队由…副院长杨建华带队) or a member (医疗队员、儿科主治医师范丽君). */
const TEAM_LEADER = /(?:医疗队|医疗团队|专家团队|专家组|支教团|帮扶队|团队)由([^，,。；;]{2,30}?)带队/g;
const MEMBER_BEFORE = /(?:医疗队员|队员|队长|副队长|领队)(?:[、，,][^，,。；;、]{0,14})?$/;

/** Those named later as the leader or members of the one team an article sends somewhere, posted where it serves. */
export function teamPeople(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!TEAM.test(ctx.text)) return out;
  const sites = new Map<string, { site: Relation["target"]; label: string; body: boolean; sentence: number; kind: string | undefined }>();
  for (const s of ctx.sentences) {
    const team = TEAM.exec(s.text);
    if (!team) continue;
    const from = s.start + team.index + team[0].length;
    // (At the end of the chain of places written there: 来到赤峰市巴林左旗 is the banner.)
    const after = ctx.within(from, s.end).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && ctx.sideOf(r.entity) === "inner-mongolia");
    const arrived = after.flatMap((r, i) => (ARRIVES.test(ctx.text.slice(Math.max(from, r.mention.start - 2), r.mention.start)) ? [after[runEnd(after, i)]!] : []));
    const site = arrived.filter((r) => isInstitution(r.entity)).pop() ?? arrived.pop();
    if (site) sites.set(site.entity.id, { site: site.entity.id, label: site.entity.label, body: isInstitution(site.entity), sentence: s.index, kind: kindIn(s.text) });
  }
  // (A body it serves at stands for the town a headline names: 医疗队进驻绍根镇 over …入驻绍根镇中心卫生院.)
  const bodies = [...sites.values()].filter((x) => x.body);
  const chosen = bodies.length > 0 ? bodies : [...sites.values()];
  if (chosen.length !== 1) return out;
  const { site, label, sentence, kind: said } = chosen[0]!;
  const kind = said ?? kindServedAt(label);
  for (const s of ctx.sentences.slice(sentence)) {
    const named = [...s.text.matchAll(TEAM_LEADER)].flatMap((m) => {
      const at = s.start + m.index! + m[0].indexOf(m[1]!);
      return ctx.within(at, at + m[1]!.length).filter((r) => r.entity.label === "Person").slice(-1);
    });
    const members = ctx.within(s.start, s.end).filter((r) => r.entity.label === "Person" && MEMBER_BEFORE.test(ctx.text.slice(Math.max(s.start, r.mention.start - 20), r.mention.start)));
    for (const p of [...named, ...members]) out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: site, props: { kind }, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}
