// Cadres of Inner Mongolia posted to Beijing, their home post before the name and the Beijing post after 挂职
// (太仆寺旗商务局副局长其木格，挂职西城区商务局局长助理): WORKS_AT the home, ASSIGNED_TO the Beijing body.
import { isInstitution, isPlace, type ArticleContext, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";

export interface ReversePostings {
  works: Relation[];
  sent: Relation[];
  /** person|body of each home read above, which no posting may name. */
  notPosted: Set<string>;
}

/** A post written between a body and the name (副局长, 党委副书记): Han characters, no clause. */
const POST_BETWEEN = /^[\u4e00-\u9fff]{1,10}$/;
const CLAUSE_WORDS = /[的在与和及对为从向把被是将到赴]/;

export function reversePostings(ctx: ArticleContext): ReversePostings {
  const out: ReversePostings = { works: [], sent: [], notPosted: new Set() };
  if (!/(挂职|挂任)/.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    if (!/(挂职|挂任)/.test(s.text)) continue;
    for (const c of ctx.clauses(s)) {
      const refs = ctx.within(c.start, c.end);
      for (const [k, p] of refs.entries()) {
        if (p.entity.label !== "Person") continue;
        const home: Ref | undefined = refs.slice(0, k).filter((r) => isInstitution(r.entity) || isPlace(r.entity)).pop();
        const between = home ? ctx.text.slice(home.mention.end, p.mention.start) : "";
        if (!home || ctx.sideOf(home.entity) !== "inner-mongolia" || !POST_BETWEEN.test(between) || CLAUSE_WORDS.test(between)) continue;
        // The Beijing post right after the name's clause: …其木格，挂职西城区商务局局长助理.
        const verb = /^[,，]?(挂职|挂任)/.exec(ctx.text.slice(p.mention.end, p.mention.end + 4));
        if (!verb) continue;
        const from = p.mention.end + verb[0].length;
        const chain = ctx.within(from, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
        if (chain[0]?.mention.start !== from) continue;
        const to = chain[runEnd(chain, 0)]!;
        if (ctx.sideOf(to.entity) !== "beijing" || to.entity.label === "Province") continue;
        out.works.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: { role: between }, confidence: 0.75, evidence: ctx.evidence(s) });
        out.sent.push({ type: "ASSIGNED_TO", source: p.entity.id, target: to.entity.id, props: { kind: "挂职" }, confidence: 0.75, evidence: ctx.evidence(s) });
        out.notPosted.add(`${p.entity.id}|${home.entity.id}`);
      }
    }
  }
  return out;
}
