// Who gives a sum a sentence names: the Beijing bodies named before it, a donor right before its verb, or one pointed at.
import type { Sentence } from "../normalise/index.js";
import type { Amount } from "./amounts.js";
import { pointersIn } from "./anaphora.js";
import { inProgrammeName } from "./surroundings.js";
import { ArticleContext, isInstitution, refAt, type Ref } from "./context.js";
import { listedWithLast, mostSpecific } from "./ref-runs.js";

/** The Beijing side's names among the refs, the most specific of each chain. */
export function beijingRefs(ctx: ArticleContext, refs: Ref[]): Ref[] {
  return mostSpecific(ctx, refs.filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person"));
}

/** The givers the sentence names for the sum at `amount` in `clause`: the Beijing bodies named before it (`funders`), a donor
 * right before its verb, and the ids of those who give it (none where it names none). */
export function namedGivers(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, amount: Amount, inSentence: Ref[], inClause: Ref[]): { funders: Ref[]; donor: Ref | undefined; ids: string[] } {
  const lead = ctx.text.slice(clause.start, amount.start);
  // The last funder named and those listed with it (百通科信有限公司、亦城合作发展基金会).
  // (Not a place where something is done: 公司在北京市大兴区设立销售中心，投资3000万元….)
  const funders = listedWithLast(ctx, beijingRefs(ctx, inSentence.filter((r) => r.mention.end <= amount.start && !inProgrammeName(ctx, r) &&
    // (好在 and 正在 say nothing of a place: 好在北京市西城区教育委员会今年给阿里河二小拨了65万元.)
    !/(?<![好正现实])(在|到|赴|于|落户|来到|进入)(北京市?)?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 5), r.mention.start)) &&
    // (Nor the home of unnamed givers: 北京经济技术开发区部分企业…捐赠, 大兴区爱心企业.)
    !/^的?(部分|一些|多家|辖区|爱心|[0-9一二三四五六七八九十]+家)?(企业|商户|爱心人士|社会组织)/.test(ctx.text.slice(r.mention.end, r.mention.end + 8)) &&
    // (Nor the one given to: 四子王旗组织企业向受灾严重的门头沟区捐赠….)
    !/向[^,，。向]{0,10}$/.test(ctx.text.slice(Math.max(s.start, r.mention.start - 11), r.mention.start)) &&
    // (Nor the channel a giver named before it gives through: 北京瑞丰达物流有限公司通过大兴区慈善协会向…捐赠.)
    !(/(通过|经由)$/.test(ctx.text.slice(Math.max(s.start, r.mention.start - 2), r.mention.start)) && inSentence.some((o) => o.mention.end <= r.mention.start - 2 && isInstitution(o.entity) && ctx.sideOf(o.entity) === "beijing")))), /^(、|和|及|与|联合|会同)$/);
  // (向察右后旗医院捐赠…: the one given to, not the giver.)
  const donor = inClause.filter((r) => isInstitution(r.entity) && r.mention.end <= amount.start && /^(捐资|捐助|捐赠|捐款|出资)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2)) &&
    !/[向为给对][我本该]?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start))).pop();
  if (donor) return { funders, donor, ids: [donor.entity.id] };
  // (A person may give too: 爱心人士曲振东也向库伦旗第二中学个人捐款2万元, 韩立东以个人名义向…捐赠20万元.)
  const person = inClause.filter((r) => r.entity.label === "Person" && r.mention.end <= amount.start &&
    /^(也|还|又|个人|本人|以个人名义)*向[^,，。；;]{2,24}?(个人|自费)?(捐款|捐资|捐赠|捐助)/.test(ctx.text.slice(r.mention.end, amount.start))).pop();
  if (person) return { funders, donor: person, ids: [person.entity.id] };
  // (Or a body of Beijing pointed at, giving in the clause: 仪式现场，该集团向宝力根嘎查捐款50万元.)
  // (Or giving straight after, the one given to named later: 2023年，集团出资120万元，为…卫生院购置….)
  const pointer = pointersIn(ctx, s, clause.start, amount.start).filter((p) => isInstitution(p.ref.entity) && ctx.sideOf(p.ref.entity) === "beijing" &&
    (/^(也|还|又|再|当场|现场)*向[^,，。；;]{2,24}?(捐款|捐资|捐赠|捐助)/.test(ctx.text.slice(p.end, amount.start)) ||
      /^(于[0-9]{4}年)?(也|还|又|再|共|累计|先后)*(出资|捐资|捐款|捐赠)$/.test(ctx.text.slice(p.end, amount.start)))).pop();
  if (pointer) return { funders, donor: refAt(pointer.ref.entity, pointer.start, pointer.end), ids: [pointer.ref.entity.id] };
  // (Or a body of Beijing pointed at as the sentence's subject, giving in a clause of its own: 这家位于大兴区瀛海镇的速冻食品
  // 企业…，今年又捐资30万元.)
  const pointedDonor = pointersIn(ctx, s, s.start, clause.start).filter((p) => /^这[家所]/.test(ctx.text.slice(p.start, p.end)) &&
    isInstitution(p.ref.entity) && ctx.sideOf(p.ref.entity) === "beijing" && /^(又|还|也|再|今年|去年)*(捐资|捐助|捐赠|捐款|出资)/.test(lead)).pop();
  return { funders, donor, ids: pointedDonor ? [pointedDonor.ref.entity.id] : funders.map((f) => f.entity.id) };
}
