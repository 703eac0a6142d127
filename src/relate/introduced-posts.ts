// WORKS_AT of one introduced as working at a body: "张春明是…小学的一名英语教师", "他叫杨帆，北京市顺义区农业农村局干部".
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";

/** Trades a post may end in besides the usual titles (高级农艺师, 滑雪教练). */
export const TRADES = "农艺师|畜牧师|兽医师|工程师|技术员|教练|演奏员|演员|辅导员|馆员|讲解员|理事长|指导员|联络员|社工师|育婴员|讲师|总监|治疗师|康复师|营养师|麻醉师|助产士|规划师|设计师|放映员|驾驶员";
/** The post one introduced by 是 or a comma holds at the body named (张春明是…小学的一名英语教师, 他叫刘建国，是…的高级农艺师; a
 * department or centre of it before the post, …医院信息中心副主任). */
const INTRODUCED_POST = new RegExp(`^(?:的(?:一名|一位)?([\\u4e00-\\u9fff]{0,6}?(?:教师|老师|医生|医师|护士|校长|院长|主任|干部|职工|员工|书记|司机|工人|操作工|技工|保安|厨师|总厨|厨师长|服务员|月嫂|育婴员|护理员|领班|${TRADES}|兽医|农技员|专家|科长|处长|局长|经理|会计|主管|检验师|药师|技师|讲师|教授|研究员|科员|调研员))|((?:[\\u4e00-\\u9fff]{1,6}?(?:与[\\u4e00-\\u9fff]{1,6}?)?(?:科|部|处|室|中心))?(?:党委|党组|党工委)?(?:副|常务副)?(?:[一二三四]级)?(?:委员|主任医师|主治医师|医师|护士长|主任|局长|处长|科长|院长|校长|书记|经理|总经理|董事长|理事长|会长|社长|所长|站长|调研员|研究员|主任科员|科员|镇长|乡长|部长))|[\\u4e00-\\u9fff]{1,8}?(?:教研组长|年级组长|教师|老师)|(?:[\\u4e00-\\u9fff]{0,4}?高级)?(?:${TRADES}))`);

/** The post one is introduced as holding at the body or place named after the name (是, a comma, 系, 原是). */
export function introducedPosts(ctx: ArticleContext, s: Sentence, p: Ref): Relation[] {
  const out: Relation[] = [];
  // (Or pointed at: 负责授课的杜雅楠是该校电子商务专业教师.)
  const pointedAfter = pointersIn(ctx, s, p.mention.end, s.end).map((x) => refAt(x.ref.entity, x.start, x.end));
  // (Or a town or county, read to the end of its written chain: 卢晓东是北京市怀柔区汤河口镇的一名干部.)
  const later = [...ctx.within(p.mention.end, s.end), ...pointedAfter].sort((a, b) => a.mention.start - b.mention.start);
  const first = later.find((r) => isInstitution(r.entity) || isPlace(r.entity));
  const chain = first && isPlace(first.entity) ? later.filter((r) => isPlace(r.entity) && r.mention.start >= first.mention.start) : [];
  const end = chain.length > 0 ? chain[runEnd(chain, 0)]! : first;
  const after = end?.entity.label === "Province" ? undefined : end;
  // (An interview's answer too: 陈晓明：我是北京市通州区发展和改革委员会副主任.)
  // (Or a comma after a name that opens the sentence, the post closing the clause: 他叫杨帆，北京市顺义区农业农村局干部.)
  const gap = after ? ctx.text.slice(p.mention.end, (first ?? after).mention.start) : "";
  // (Or an item of a roster after 其中：, the body the one sent came from, 原: 其中：陈思远，原北京市大兴区商务局副局长，挂任….)
  const sentOn = () => /^[^。]{0,60}?(挂任|挂职|援派|派驻|支教)/.test(ctx.text.slice(after!.mention.end, s.end));
  const introduced = (/^[,，]$/.test(gap) || (/^[,，]原$/.test(gap) && sentOn())) && /^((他|她)叫)?$|其中[:：]$/.test(ctx.text.slice(s.start, p.mention.start));
  // (Said of now: 包金山现在是北京京密华达包装制品有限公司的一名叉车司机.)
  // (Or of before: 杨国栋原是北京市密云区农业农村局的一名科长.)
  // (After the age at most: 孙立平今年42岁，是….)
  // (Or in an official's words, 系: 刘昊天同志系北京市海淀区发展和改革委员会副主任.)
  if (after && (/^((?:(?:今年|现年)[0-9一二三四五六七八九十]{2,4}岁)?[,，]?(现在|如今|目前|现|原|曾|此前|同时|同时也|也|还)?(已经|已)?是|[:：]我是|(?:同志)?(?:现|原)?系)$/.test(gap) || introduced)) {
    const tail = INTRODUCED_POST.exec(ctx.text.slice(after.mention.end, s.end));
    // (An introduction may close on 干部 alone, which 是 takes only after 的: a narrator's is read by narratorHomes.)
    const cadre = !tail && introduced ? /^干部/.exec(ctx.text.slice(after.mention.end, s.end)) : null;
    if (cadre && /^([,，。；;、]|$)/.test(ctx.text.slice(after.mention.end + 2, s.end))) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: after.entity.id, props: { role: "干部" }, confidence: 0.8, evidence: ctx.evidence(s) });
    }
    const closes = tail && /^([,，。；;、]|$)/.test(ctx.text.slice(after.mention.end + tail[0].length, s.end));
    // (Not a post held where one was sent: 郝建国是石景山区派驻四子王旗挂职的副旗长.)
    const postedThere = !!tail && /(派驻|派往|挂职|挂任|援派)/.test(ctx.text.slice(p.mention.end, after.mention.end + tail[0].length));
    if (tail && (!introduced || closes) && !postedThere) out.push({ type: "WORKS_AT", source: p.entity.id, target: after.entity.id, props: { role: tail[1] ?? tail[2] ?? tail[0] }, confidence: 0.8, evidence: ctx.evidence(s) });
  }
  if (out.length === 0) out.push(...nowPosts(ctx, s, p, later));
  return out;
}

/** What the sentence goes on to say one is now, no one else named between: 苏日娜是首批赴京实习的学生之一，如今已是北京京北汽车修理有限公司
 * 的一名机电维修技师. */
const NOW_IS = /[,，](?:如今|现在|目前|现)(?:已经|已)?(?:是|成为了?)$/;

function nowPosts(ctx: ArticleContext, s: Sentence, p: Ref, later: Ref[]): Relation[] {
  // (The one the sentence is of: no one named before, nor a word before that makes the name another's object, 在李秀梅的推荐下.)
  if (ctx.within(s.start, p.mention.start).some((r) => r.entity.label === "Person") || /[在由经给向与和跟同对把被让请受随陪]$/.test(ctx.text.slice(s.start, p.mention.start))) return [];
  for (const body of later) {
    if (body.entity.label === "Person") return [];
    if (!isInstitution(body.entity) || !NOW_IS.test(ctx.text.slice(p.mention.end, body.mention.start))) continue;
    const tail = INTRODUCED_POST.exec(ctx.text.slice(body.mention.end, s.end));
    return tail ? [{ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props: { role: tail[1] ?? tail[2] ?? tail[0] }, confidence: 0.75, evidence: ctx.evidence(s) }] : [];
  }
  return [];
}
