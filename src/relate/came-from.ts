// WORKS_AT from where people are said to come from or to have served before: 来自…, 从…来到, 原任…, 他原任….
import { ArticleContext, isInstitution, isPlace, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { PROFILE_POST } from "./stated-homes.js";
import { enteredFrom } from "./jobs.js";

/** 张建峰从延庆区发展和改革委员会来到多伦县, 刘志强来自丰台区发展和改革委员会: the body someone comes from is where they work. */
/** What stands between two people listed together: 、 alone, or 、 and the next one's department and post. */
const LISTED_GAP = /^、(?:[\u4e00-\u9fff]{0,10}(?:医师|护师|技师|药师|医生|护士|教师|老师|专家|干部|工程师|研究员))?$/;

/** Where one comes from, or worked before being posted (原任, 挂职前任, 来敖汉旗前是, 挂职前在…工作), right after the name. */
const FROM = /^(分别|均|都|同样|也|亦)?(从|来自|原任|原为|原系|此前任|(?:挂职|援蒙|支教|派驻|下派|来[\u4e00-\u9fff]{1,5}?)(?:前|之前|以前)[,，]?[任是系为在])/;

export function cameFrom(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const people = ctx.refs.filter((r) => r.entity.label === "Person" && r.mention.source !== "byline");
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    // (People listed before it say it together: 周海峰、林晓雯、马俊分别来自大兴区人民医院骨科、儿科和麻醉科.)
    let j = k;
    // (Or each with their post before the name: 耳鼻咽喉科主治医师周雅琴、麻醉科主治医师马骁、…均来自同仁医院.)
    while (people[j - 1] && LISTED_GAP.test(ctx.text.slice(people[j - 1]!.mention.end, people[j]!.mention.start))) j--;
    // (A title after the name is no break: 孙浩老师来自延庆区第四小学.)
    // (Nor a title said of it in a clause of its own: 陈静是护士长，来自北京丰台医院; 陈静，她是护士长，来自…; 欧阳丹，主管药师，来自….)
    const titled = /^(老师|医生|大夫|教师|同志|专家)(?=来自|从|原任|原为|原系|此前任|挂职前|援蒙前|支教前)/.exec(ctx.text.slice(p.mention.end, p.mention.end + 5))?.[0] ??
      /^(?:(?:[,，][他她])?是[\u4e00-\u9fff]{1,10}?|[,，][\u4e00-\u9fff]{0,6}?)(?:长|师|员|士|专家|干部|医生|老师)[,，](?=来自)|^[,，](?=来自)/.exec(ctx.text.slice(p.mention.end, p.mention.end + 16))?.[0] ?? "";
    // (A date may stand between: 刘思远2022年从顺义区商务局来到巴林左旗挂职.)
    // (Or 是一位, told what they are: 张文博是一位从东城区发展和改革委员会派来的干部.)
    const between = /^(?:(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|是(?:一位|一名)?)(?=从)/.exec(ctx.text.slice(p.mention.end + titled.length, p.mention.end + titled.length + 12))?.[0] ?? "";
    const from = FROM.exec(ctx.text.slice(p.mention.end + titled.length + between.length, p.mention.end + titled.length + between.length + 14));
    const s = ctx.sentenceAt(p.mention.start);
    // (Or before the post then held and the name: 来自大兴区发展改革委、现任察右前旗旗委常委、副旗长的挂职干部李振东.)
    // (Or 从 the body 来: 从平谷区医院来、在旗医院任副院长的杨帆.)
    const came = !from && s ? ctx.within(s.start, p.mention.start).filter((r) => isInstitution(r.entity) &&
      (ctx.text.slice(r.mention.start - 2, r.mention.start) === "来自" || (ctx.text[r.mention.start - 1] === "从" && ctx.text[r.mention.end] === "来"))).pop() : undefined;
    // (Or 从 the body 来 to do the work, then the title: 从北京市大兴区第一中学来支教的英语教师王春燕.)
    if (came && s && (/^来?[、,，](?:(?:现任|现为|现?挂任|现?挂职)|在[^。；;“”"]{0,20}?(?:任|挂职|支教|帮扶|工作))[^。；;“”"]{0,30}?的[\u4e00-\u9fff]{0,8}$/.test(ctx.text.slice(came.mention.end, p.mention.start)) ||
      (ctx.text[came.mention.start - 1] === "从" && /^来(?:[\u4e00-\u9fff]{0,2}(?:支教|挂职|帮扶|援蒙|坐诊|任教|驻点|交流|工作))?的[\u4e00-\u9fff]{0,8}$/.test(ctx.text.slice(came.mention.end, p.mention.start)))) &&
      !ctx.within(came.mention.end, p.mention.start).some((r) => r.entity.label === "Person")) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: came.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
    }
    if (!from) continue;
    const at = p.mention.end + titled.length + between.length + from[0].length;
    const body = s ? placeComeFrom(ctx, at, s.end, from[2] === "来自") : undefined;
    if (!s || !body) continue;
    // (A comma alone before it sets apart the body that closes the clause: 康复治疗师朱宏涛，来自北京顺义运动创伤医院; not one of others
    // named after it, …，来自北京市…医院的12名专家.)
    if (/^[,，]$/.test(titled) && !/^([,，。；;、]|$)/.test(ctx.text.slice(body.mention.end, body.mention.end + 1))) continue;
    // (从 a body, then gone somewhere: 从…来到; 来自 a body says it alone. The post held there may come between: 从…中心副主任的
    // 岗位上，来到….)
    const post = /^[\u4e00-\u9fff]{0,8}?的?岗位上?[,，]?/.exec(ctx.text.slice(body.mention.end, body.mention.end + 14))?.[0] ?? "";
    if (from[2] === "从" && !/^(来到|到|赴|前往|调到|派到|挂职|(?:选|被)?派来|调来)/.test(ctx.text.slice(body.mention.end + post.length, body.mention.end + post.length + 2))) continue;
    // The post held there before being sent is the role (高远原任北京经济技术开发区商务金融局副局长; 宋志诚来阿鲁科尔沁旗前是…体育局的副局长);
    // or the department worked in (马骁挂职前在北京市丰台区教育委员会体卫艺科工作).
    const former = /^(原|此前)|前[,，]?[任是系为在]$/.test(from[2]!);
    const worked = former && from[2]!.endsWith("在") ? /^([\u4e00-\u9fff]{0,10}?(?:科|处|室|部|中心|站|所))?(?:工作|任职)/.exec(ctx.text.slice(body.mention.end, s.end)) : null;
    const held = !former ? undefined : worked ? worked[1] ?? "" : from[2]!.endsWith("在") ? undefined :
      /^的?(?:一名|一位)?([\u4e00-\u9fff]{0,10}?(?:长|主任|书记|委员|干部|科员|调研员))(?=[,，。；;]|$)/.exec(ctx.text.slice(body.mention.end, s.end))?.[1];
    if (former && (held === undefined || ctx.sideOf(body.entity) !== "beijing")) continue;
    const listed = people.slice(j, k + 1);
    // Their departments, one each, after the body (骨科、儿科和麻醉科).
    const departments = from[1] === "分别" ? /^([\u4e00-\u9fff]{1,6}?(?:科|部|中心))((?:[、和及][\u4e00-\u9fff]{1,6}?(?:科|部|中心))+)/.exec(ctx.text.slice(body.mention.end, s.end)) : null;
    const roles = departments ? [departments[1]!, ...departments[2]!.split(/[、和及]/).filter(Boolean)] : [];
    listed.forEach((q, i) => out.push({ type: "WORKS_AT", source: q.entity.id, target: body.entity.id, props: roles.length === listed.length ? { role: roles[i]! } : held ? { role: held } : {}, confidence: 0.7, evidence: ctx.evidence(s) }));
  }
  return out;
}

/** The body named right at `at`, or, where `places` allows (来自…), the most specific place of the chain written there, after a
 * word pointing at its unit at most (来自该旗托扎敏乡希日特奇猎民村: the village). */
function placeComeFrom(ctx: ArticleContext, at: number, end: number, places: boolean): Ref | undefined {
  const pointer = places ? /^(该|本|我)[旗县市盟区]/.exec(ctx.text.slice(at, at + 2))?.[0].length ?? 0 : 0;
  const refs = ctx.within(at + pointer, end).filter((r) => isInstitution(r.entity) || (places && isPlace(r.entity)));
  const first = refs[0];
  if (!first || first.mention.start !== at + pointer) return undefined;
  if (isInstitution(first.entity)) return pointer ? undefined : first;
  const last = refs[runEnd(refs, 0)]!;
  return last.entity.label !== "Province" && isPlace(last.entity) ? last : undefined;
}

/** 他原任北京市顺义区发展和改革委员会副主任, 来商都之前，他是门头沟区农业农村局副局长: the one 他 points at worked there. */
export function pronounHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    // (Or the name itself, told of before it, and a comma: 目前在阿尔山挂职副市长的韩旭，原为东城区文化和旅游局副局长.)
    // (No lookbehind opens an alternative: it keeps the engine from skipping ahead to where a match can start.)
    // (Or opening the sentence: 胡立新原为石景山区民政局社会救助科副科长; or after the title it is named with: 退休特级教师秦国栋原来是
    // 北京市海淀区中关村第一小学的校长.)
    for (const m of s.text.matchAll(/[他她](?:原任|原为|原系|原是|原先是|此前任|此前是|之前是|以前是|曾任|原来是|是)|[,，](?:原任|原为|原系|原是|原来是)|(?<=[\u4e00-\u9fff])(?:原任|原为|原系|原来是)|[他她](?:还是|也是)/g)) {
      const at = s.start + m.index! + m[0].length;
      const pronoun = /^[他她]/.test(m[0]);
      const opening = (r: { mention: { start: number } }) => r.mention.start === s.start || /[,，。；;：:]/.test(ctx.text[r.mention.start - 1] ?? "");
      const named = pronoun ? undefined : ctx.within(s.start, s.start + m.index!).filter((r) => r.entity.label === "Person" && r.mention.end === s.start + m.index! && (ctx.text[r.mention.start - 1] === "的" || (/^原|^[,，]原来是/.test(m[0]) && (opening(r) || !!r.mention.role)))).pop();
      if (pronoun ? ctx.inMention(s.start + m.index!) : !named) continue;
      const places = ctx.within(at, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
      if (places[0]?.mention.start !== at) continue;
      const body = places[runEnd(places, 0)]!;
      // (A post held before, or now, on the Beijing side that sent them: its title ends the clause.)
      const role = PROFILE_POST.exec(ctx.text.slice(body.mention.end, s.end).split(/[,，。;；]/)[0]!)?.[1]?.replace(/^的/, "").replace(/^(一名|一位)/, "");
      if (!role || body.entity.label === "Province" || !isInstitution(body.entity) || ctx.sideOf(body.entity) !== "beijing") continue;
      const person = named ?? ctx.recent(s.start + m.index!, s, (r) => r.entity.label === "Person", 2);
      if (person) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: { role }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
    // (他经工作站推荐进入…有限公司当钢筋工: the body the one 他 points at went to work at, as for one named.)
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她](?![们])/g)) {
      const at = s.start + m.index! + 1;
      const body = ctx.inMention(at - 1) ? undefined : enteredFrom(ctx, s, at);
      const person = body ? ctx.recent(at - 1, s, (r) => r.entity.label === "Person", 2) : undefined;
      if (body && person) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
    // (他从北京市西城区文化和旅游局来到喀喇沁旗: the Beijing body come from, as for one named.)
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她](?:于?[0-9]{4}年(?:[0-9]{1,2}月份?)?)?从/g)) {
      const at = s.start + m.index! + m[0].length;
      const bodies = ctx.within(at, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
      const body = bodies[0]?.mention.start === at ? bodies[runEnd(bodies, 0)]! : undefined;
      if (!body || !isInstitution(body.entity) || ctx.sideOf(body.entity) !== "beijing" || !/^(来到|来|到|赴|前往|调到|派到)/.test(ctx.text.slice(body.mention.end, body.mention.end + 2))) continue;
      const person = ctx.recent(s.start + m.index!, s, (r) => r.entity.label === "Person", 2);
      if (person) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
    // (他原来在北京市丰台区教育委员会工作: the Beijing body one worked at, as for one named.)
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她](?:原来|原先|此前|之前|以前|过去)?在/g)) {
      const at = s.start + m.index! + m[0].length;
      const bodies = ctx.within(at, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
      const body = bodies[0]?.mention.start === at ? bodies[runEnd(bodies, 0)]! : undefined;
      if (!body || !isInstitution(body.entity) || ctx.sideOf(body.entity) !== "beijing" || !/^[^，。,；;]{0,4}工作/.test(ctx.text.slice(body.mention.end, body.mention.end + 6))) continue;
      const person = ctx.recent(s.start + m.index!, s, (r) => r.entity.label === "Person", 2);
      if (person) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
    // (她来自该旗托扎敏乡希日特奇猎民村: the place come from, as for one named.)
    for (const m of s.text.matchAll(/(?<=^|[,，。；;])[他她]来自/g)) {
      const at = s.start + m.index! + m[0].length;
      const home = placeComeFrom(ctx, at, s.end, true);
      const person = home ? ctx.recent(s.start + m.index!, s, (r) => r.entity.label === "Person", 2) : undefined;
      if (home && person) out.push({ type: "WORKS_AT", source: person.entity.id, target: home.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** Those the sentence before lists, said to come from a body together (他们均来自北京市广渠门中学): WORKS_AT it. */
export function listedCameFrom(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    const m = /^(?:他们|她们)(?:均|都|全部|皆|也)?(?:来自|系)/.exec(s.text);
    const before = ctx.sentences[s.index - 1];
    if (!m || !before || before.paragraph !== s.paragraph) continue;
    const body = ctx.within(s.start + m[0].length, s.end)[0];
    if (!body || body.mention.start !== s.start + m[0].length || !isInstitution(body.entity)) continue;
    const listed = new Set(ctx.within(before.start, before.end).filter((r) => r.entity.label === "Person").map((r) => r.entity.id));
    if (listed.size < 2) continue;
    for (const id of listed) out.push({ type: "WORKS_AT", source: id, target: body.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** 这位…带头人离开京西职业技术学校，来到察右后旗职业教育中心支教: the Beijing body one left for a posting is where they work. */
export function leftFor(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(/离开/g)) {
      const at = s.start + m.index! + 2;
      const body = ctx.within(at, s.end)[0];
      if (!body || body.mention.start !== at || !isInstitution(body.entity) || ctx.sideOf(body.entity) !== "beijing") continue;
      // (Gone on to the post: 来到, 赴 …; not a visit's end, 离开北京市…中学时.)
      if (!/^[,，]?(来到|到|赴|前往|奔赴|远赴|只身来到)/.test(ctx.text.slice(body.mention.end, body.mention.end + 5))) continue;
      const person = ctx.recent(at - 2, s, (r) => r.entity.label === "Person", 1);
      if (person) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
