// Whether a kind of posting a sentence names is said of others than the person it names: people of that kind in another
// clause, people visited or greeted, people a speaker says were sent, hosts with posts of their own beside one sent.
import type { Sentence } from "../normalise/index.js";
import { indexWithin, isInstitution, isPlace, type ArticleContext, type Ref } from "./context.js";

/** Every use of the kind in the sentence describes people of a kind (挂职干部, 支教教师, 挂职校长) outside the given clause. */
export function othersOnly(text: string, s: { start: number; end: number }, kind: string, clause: { start: number; end: number }): boolean {
  let any = false;
  for (let at = indexWithin(text, kind, s.start, s.end); at >= 0; at = indexWithin(text, kind, at + 1, s.end)) {
    any = true;
    if (at >= clause.start && at < clause.end) return false;
    // (Or heads of a kind: 为挂职校长们安排好住宿.)
    if (!/^(干部|教师|老师|医生|人员|专家|团队|队员|校长|院长)/.test(text.slice(at + kind.length, at + kind.length + 2))) return false;
    // (作为援蒙医生 says what the subject is; so do 作为顺义区选派的医疗帮扶专家 and 作为丰台区第二批援蒙医生.)
    if (/(作为|身为|是|当|任)$/.test(text.slice(Math.max(0, at - 2), at)) || /(作为|身为)[^,，。；;]{0,12}$/.test(text.slice(Math.max(s.start, at - 16), at))) return false;
  }
  return any;
}

/**
 * The person leads a visit to look at the work of the kind (带队到…调研医疗帮扶工作), or visits or greets people of the kind
 * (看望…援派医生, 慰问挂职干部, 慰问了在…挂职的干部), or comes and leaves the next day: they are not the ones sent.
 */
/** Kinds of a service a team gives where it goes. */
const SERVICE = /^(义诊|出诊|坐诊|医疗帮扶|医疗援助|支教|手术|技术指导|技能培训|带教|技术服务)$/;

export function visitsOthers(text: string, from: number, end: number, kind: string): boolean {
  // (Or leaves the next day: 副院长周海涛随队来到科左后旗，…，次日返京.)
  if (/(次日|当天|当日|翌日)(即)?(返京|返回|离开)/.test(text.slice(from, end))) return true;
  const at = indexWithin(text, kind, from, end);
  if (at < 0) return false;
  const before = text.slice(from, at);
  // (Not the title 调研员: 平谷区农业农村局四级调研员，挂任敖汉旗副旗长.)
  // (A team 一行 giving care or classes is on its service, not a visit: …冯晓雪一行4人，来到我院开展…义诊.)
  // (Nor one leading a team that gives it, 选派…黄静带队来到巴林左旗，开展为期两周的技术指导.)
  if (/(调研(?!员)|考察|走访|慰问|看望|视察|检查|督导)/.test(before) || (/(带队|率队|率团|一行)/.test(before) && !SERVICE.test(kind))) return true;
  return /^的?(干部|教师|老师|医生|人员|专家|团队|队员|人才)/.test(text.slice(at + kind.length, at + kind.length + 3)) && /(探望|会见|接见|欢送|迎接|表彰|送别)/.test(before);
}

/** Words of serving somewhere on the programme. */
const OWN_KIND = /(帮扶|支教|挂职|挂任|坐诊|出诊|驻点|援派)/;

/** A verb of saying within a few characters after a name (…校长刘洪波表示，), or a speaker's colon (白永军：), read where the name ends. */
const SAID = /[\u4e00-\u9fff]{0,6}?(表示|介绍|说|指出|强调|谈到)[,，:：]?|[:：]/y;

/**
 * The person speaks (表示, 介绍) of sending a number of others (将选派两名骨干教师赴…支教) or people of a kind (派出专家): they
 * are not the one sent.
 * (他于2022年赴…支教 after 介绍 is the speaker's own.)
 */
export function speaksOfOthers(text: string, from: number, end: number, kind: string, start = from): boolean {
  SAID.lastIndex = from;
  const said = SAID.exec(text);
  if (!said || from + said[0].length > end) return false;
  // (The kind may be read from elsewhere and another written here, where none is written before the name: 王晨说，…十二名医生和
  // 教师…分别在旗蒙医医院…开展为期半年的帮扶.)
  const written = indexWithin(text, kind, from + said[0].length, end);
  const other = written >= 0 || OWN_KIND.test(text.slice(start, from)) ? null : OWN_KIND.exec(text.slice(from + said[0].length, end));
  const at = written >= 0 ? written : other ? from + said[0].length + other.index : -1;
  if (at < 0) return false;
  const between = text.slice(from + said[0].length, at);
  // (A number of them, or people of a kind sent: 学校已连续10年派出专家到杭锦旗开展科技帮扶.)
  const others = /[0-9一二两三四五六七八九十百]+(名|位|批)/.test(between) || /(派出|选派|派遣|组织)[^,，。]{0,8}(专家|教师|老师|医生|医护|干部|人员|团队|骨干|队员)/.test(between);
  // (我旗, 我们 are the speaker's place and people, not the speaker.)
  return others && !/[他她]|我(?![们旗县市区盟院校镇村])|本人|自己/.test(between);
}

/** Every use of the word in the sentence stands in a clause, not the person's own, that names someone else: it is said of
 * them (出席的有：…挂任赤峰市人民政府副市长吴建国，赤峰市农牧局副局长田志刚 says nothing of 田志刚's 挂职). */
export function saidOfOthers(ctx: ArticleContext, s: Sentence, word: string, person: Ref): boolean {
  const clauses = ctx.clauses(s);
  const own = clauses.find((c) => person.mention.start >= c.start && person.mention.start < c.end);
  let any = false;
  const saying = /^(?:表示|说|介绍|指出|坦言|认为)[,，:：]/.test(ctx.text.slice(person.mention.end, person.mention.end + 4));
  for (let at = indexWithin(ctx.text, word, s.start, s.end); at >= 0; at = indexWithin(ctx.text, word, at + 1, s.end)) {
    any = true;
    const clause = clauses.find((c) => at >= c.start && at < c.end);
    // (Or of a count of people in another clause: …院长董海峰介绍，…累计派驻专家37人次.)
    const counted = !!clause && /^[\u4e00-\u9fff]{0,8}?[0-9一二三四五六七八九十百两]+(人次|名|人|位|批)/.test(ctx.text.slice(at + word.length, clause.end));
    // (Or of people of the kind, unnamed: …局长包金山…表示，该旗已为挂职校长们安排好住宿. Not what one is said to be: 是挂职干部,
    // 作为第三批"组团式"医疗帮扶专家.)
    const ofKind = /^(干部|教师|老师|医生|人员|专家|队员|校长|院长)/.test(ctx.text.slice(at + word.length, at + word.length + 2)) &&
      !/(是|作为|身为)[^,，。；;]{0,16}$/.test(ctx.text.slice(clause?.start ?? at, at));
    // (Or of those a Beijing body or district sends, in words the person reports: …副主任杨志刚表示，…海淀区累计选派护理骨干…到敖汉挂职.)
    const reported = saying && !!clause && clause.start > person.mention.end && ctx.within(clause.start, at).some((r) => r.entity.label !== "Person" && ctx.sideOf(r.entity) === "beijing");
    if (!clause || clause === own || (!counted && !ofKind && !reported && !ctx.within(clause.start, clause.end).some((r) => r.entity.label === "Person" && r.entity.id !== person.entity.id))) return false;
  }
  return any;
}

/** One joined to someone on assignment with a post of their own at a body or place (…挂职干部、宁城县副县长杨帆与宁城县教育体育局局长
 * 宝音图共同揭牌): a host with the one sent, not sent; the kind is said before the first one only. */
export function hostWithPost(ctx: ArticleContext, s: Sentence, p: Ref, kindWord: string): boolean {
  const from = Math.max(s.start, p.mention.start - 31);
  const joined = /[与和同](?=[^，,。；;与和同]{2,30}$)/.exec(ctx.text.slice(from, p.mention.start));
  if (!joined) return false;
  const at = from + joined.index;
  const body = ctx.within(at + 1, p.mention.start)[0];
  const kindAfter = ctx.text.indexOf(kindWord, at);
  return !!body && body.mention.start === at + 1 && (isInstitution(body.entity) || isPlace(body.entity)) &&
    ctx.within(s.start, at).some((r) => r.entity.label === "Person") && /(局长|主任|书记|[旗县市区盟镇乡]长|院长|校长|经理|董事长)$/.test(ctx.text.slice(at + 1, p.mention.start)) &&
    ctx.text.lastIndexOf(kindWord, at) >= s.start && (kindAfter < 0 || kindAfter >= s.end);
}
