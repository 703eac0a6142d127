// ASSIGNED_TO told of one a pronoun points at (…高雅静…。今年8月底，她主动报名，来到…察右前旗第三中学，任教…，支教期为一年): the
// place of the other side the pronoun's clause goes to, where the sentence says the assignment's kind.
import { isInstitution, isPlace, type ArticleContext, type Relation } from "./context.js";
import { ASSIGNMENT, KIND, kindIn, kindServedAt } from "./posts.js";
import { chainStart, runEnd } from "./ref-runs.js";

/** Verbs of going or serving before the place (来到, 赴, 在), what qualifies it between (来到与我校结对的…). */
const GOES_TO = /(来到|到|赴|前往|进驻|派驻|在)(?:[^，,。；;]{0,12}的)?$/;
/** A term said in the sentence (支教期为一年, 为期半年). */
const TERM = /(?:期为|为期|期限为?)([0-9一二两三四五六七八九十半]+(?:个月|年半?|学期|学年))/;

/** `homes`: where people are said to work; one the pronoun points at must work on Beijing's side. */
export function pronounPostings(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  if (!/[他她]/.test(ctx.text)) return out;
  const beijingHome = new Set(homes.filter((h) => ctx.entities.has(h.target) && ctx.sideOf(ctx.entities.get(h.target)!) === "beijing").map((h) => h.source));
  for (const s of ctx.sentences) {
    if (!ASSIGNMENT.test(s.text)) continue;
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她](?![们])/g)) {
      const at = s.start + m.index!;
      // (Not one who speaks of others, nor goes on a visit: 他表示，学校将于10月带队赴正镶白旗看望支教团成员.)
      if (ctx.inMention(at) || ctx.within(at, s.end).some((r) => r.entity.label === "Person") || /^[他她](表示|说|介绍|认为|指出|强调|告诉|提到|希望)/.test(ctx.text.slice(at, at + 4))) continue;
      // The first place or body of the other side after a verb of going, in the sentence.
      const refs = ctx.within(at, s.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "inner-mongolia");
      const k = refs.findIndex((r) => GOES_TO.test(ctx.text.slice(Math.max(at, chainStart(ctx, at, r) - 16), chainStart(ctx, at, r))));
      if (k < 0) continue;
      const place = refs[runEnd(refs, k)]!;
      if (/^(看望|考察|调研|慰问|参加|出席|对接|洽谈|参观|走访)/.test(ctx.text.slice(place.mention.end, place.mention.end + 2))) continue;
      const person = ctx.recent(at, s, (r) => r.entity.label === "Person", 2);
      if (!person || !beijingHome.has(person.entity.id)) continue;
      const word = kindIn(ctx.text.slice(at, s.end));
      const kind = kindServedAt(place.entity.label, word ? KIND[word] ?? word : "挂职");
      const term = TERM.exec(ctx.text.slice(at, s.end))?.[1];
      out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: place.entity.id, props: term ? { kind, duration: term } : { kind }, confidence: 0.65, evidence: ctx.evidence(s) });
      break;
    }
  }
  return out;
}
