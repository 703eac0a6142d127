// Someone a story meets at a body, the body named as the place the sentence opens with (在千斤沟镇中心卫生院，护士长高丽娟介绍).
import { ArticleContext, isInstitution, type Relation } from "./context.js";

/** A sentence opening at a body, its title and name right after the comma, then their words. */
const OPENS = /^[^，,。]{0,6}?在/;
const OPENS_AT = new RegExp(`${OPENS.source}$`);
const SPEAKS = /^(?:介绍|说|表示|告诉|指着|谈到|坦言|感慨)/;
/** Or doing the body's work as the story meets them (公共卫生科医生张建军正在为…建立保健手册), one sent there aside. */
const AT_WORK = /^(?:正在|正)/;
const SENT = /(北京|京|专家|挂职|支教|帮扶|援|驻|派)/;

/** Whoever a sentence opening "在<body>，" names by title right after the comma, speaking or at work: they work at the body, with
 * that title. */
export function hosts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    // (Most sentences open with no 在 at all: read no names for them.)
    if (!OPENS.test(s.text)) continue;
    const refs = ctx.within(s.start, s.end);
    const body = refs.find((x) => isInstitution(x.entity) && !x.mention.nested && OPENS_AT.test(ctx.text.slice(s.start, x.mention.start)) && /^[，,]/.test(ctx.text.slice(x.mention.end, x.mention.end + 1)));
    if (!body) continue;
    const person = refs.find((x) => x.entity.label === "Person" && x.mention.start > body.mention.end && x.mention.start - body.mention.end <= 9);
    if (!person) continue;
    const role = person.mention.role;
    const next = ctx.text.slice(person.mention.end, person.mention.end + 2);
    // (A department may open the title: 公共卫生科医生张建军.)
    const between = ctx.text.slice(body.mention.end + 1, person.mention.start);
    if (!role || !(between === role || (between.endsWith(role) && /^[\u4e00-\u9fff]{1,6}[科室]$/.test(between.slice(0, -role.length)))) || !(SPEAKS.test(next) || (AT_WORK.test(next) && !SENT.test(role)))) continue;
    out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: { role }, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}
