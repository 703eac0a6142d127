// ASSIGNED_TO: 支教, 挂职, 医疗帮扶, 援蒙, 出诊 — where people from Beijing are sent, said in prose (brackets and companions: their own modules).
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, bySource, isInstitution, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";
import { ASSIGNMENT, ASSIGNMENT_ALL, KIND, kindIn, kindServedAt, DEPARTMENT_HEAD, POSTED_KINDS, POSTS, TAKEN_POSTS } from "./posts.js";
import { subjects } from "./subjects.js";
import { hostWithPost, othersOnly, saidOfOthers, speaksOfOthers, visitsOthers } from "./others-sent.js";
import { pointersIn } from "./anaphora.js";
import { bracketedPostings, titledFocus, TITLES_BEFORE_NAME, TITLES_TAKEN_AFTER } from "./bracketed-postings.js";
import { companions } from "./companions.js";
import { respectiveTarget, runEndOfList } from "./respective-postings.js";

/** 任 of a post taken, not of a title that holds it (主任医师) nor of 责任. */
const TAKES = /(?<![主责信放])任/;

/** A reporter or editor reports the assignment and is not on it (记者 王芳), unless named as one of a body's staff, its name
 * right before the title (库伦旗融媒体中心记者包海峰, …新媒体部编辑刘思远 will serve there). */
function reporting(ctx: ArticleContext, s: Sentence, p: Ref): boolean {
  const role = p.mention.role ?? "";
  if (!/^(记者|通讯员|编辑|摄影|摄)$/.test(role)) return false;
  const titleAt = p.mention.start - role.length;
  if (ctx.text.slice(titleAt, p.mention.start) !== role) return true;
  const body = ctx.within(s.start, titleAt).filter((r) => isInstitution(r.entity)).pop();
  if (!body) return true;
  // (Listed after others of the staff with titles of their own: …记者包海峰、编辑娜仁花.)
  const gap = ctx.text.slice(body.mention.end, titleAt);
  return !/^(?:[\u4e00-\u9fff]{1,6}?(?:部|室|组))?(?:[\u4e00-\u9fff·]{2,12}[、和])*$/.test(gap) ||
    (gap.length > 8 && !ctx.within(body.mention.end, titleAt).some((r) => r.entity.label === "Person"));
}

/** Whether the post written after `r` is held by another named right after it (宁城县教育体育局局长宝音图, not the person read). */
function postOfAnother(ctx: ArticleContext, r: Ref, person: Ref): boolean {
  const post = POSTS.exec(ctx.text.slice(r.mention.end, r.mention.end + 8))?.[0] ?? "";
  const holder = ctx.within(r.mention.end + post.length, r.mention.end + post.length + 4).find((x) => x.entity.label === "Person");
  return !!holder && holder.mention.start === r.mention.end + post.length && holder.entity.id !== person.entity.id;
}

/** 支教, 挂职, 医疗帮扶, 援蒙, 出诊: a person serving at an Inner Mongolia institution or place. */
export function assignments(ctx: ArticleContext, worksAt: Relation[]): Relation[] {
  const out: Relation[] = [];
  // Those whose brackets say where they are posted (王东（挂职阿尔山市副市长）) are read there, one by one.
  const posted = bracketedPostings(ctx);
  const worksOf = bySource(worksAt);
  const inBrackets = new Set(posted.map((r) => r.source));
  for (const s of ctx.sentences) {
    // 派驻 (常驻) says only that someone was sent: a named kind of assignment comes first, else a village's is 驻村, a hospital's
    // 医疗帮扶, a school's 支教 (unless a post there is taken: …担任阿旗医院执行院长), any other 挂职.
    // (被派到 and 被派往 too: 陈静是…语文教师，这次被派到科尔沁左翼后旗实验小学.)
    // (驻村, 驻嘎查 before a title too: 选派的驻嘎查第一书记周思远.)
    // (Or stationed at a village from a date: 于2023年4月起驻乌兰不浪村开展帮扶.)
    // (选派…到 too, the one chosen going there: 选派速度滑冰教练李默到太仆寺旗第一中学.)
    // (And a notice's 拟派往, one proposed to be sent: …主治医师，拟派往科右前旗蒙医医院.)
    // (Or a team led in: 刘慧敏带领…组成的医疗队入驻敖汉旗人民医院, …专家团队（带队专家：…尹志刚）入驻….)
    // (Operations one leads there say a posting only where no post is taken: …担任翁牛特旗医院的业务副院长，…开展了冠脉介入手术.)
    const named = kindIn(s.text);
    let kindWord = (named === "手术" && TAKES.test(s.text) ? undefined : named) ?? (/(派驻|(?:拟|将)派往|常驻|随队进驻|被(?:选)?派(?:到|往)|选派[^,，。；;]{2,24}?(?:到|赴)|驻(?:村|嘎查)(?:第一)?书记|(?:起|开始|长期|常年)驻[\u4e00-\u9fff]{2,16}?(?:村|嘎查)|(?:将|拟)驻[\u4e00-\u9fff]{2,20}?(?:工作|帮扶|坐诊)|(?:医疗队|团队|专家组|工作队|支教团)(?:[（(][^）)]{2,24}[）)])?(?:入驻|进驻))/.test(s.text) ? "派驻" : undefined);
    // (Placed somewhere for a kind the sentence before names: …参加的是为期一个月的跟岗学习。其中，…图雅被安排在东城区安定门第五小学.)
    // (Or in the paragraph before: …来到阿尔山市，开展为期两个月的冰雪运动支教。/ 东城区帮扶阿尔山市已有多年。…周楠被安排在阿尔山市第一中学.)
    if (!kindWord && /被(安排|分配)(在|到|至)/.test(s.text)) {
      for (let k = s.index - 1; !kindWord && k >= 0 && ctx.sentences[k]!.paragraph >= s.paragraph - 1; k--) kindWord = kindIn(ctx.sentences[k]!.text);
    }
    const welcomed = /迎来/.test(s.text);
    // Someone from Beijing who takes a post in Inner Mongolia (马立新担任乌兰浩特市人民医院执行院长) holds it on 挂职.
    // (任 alone takes one too: 李建华任集宁二中校长.)
    // (So does a cadre on 挂职 named by that word alone, taking the post in the sentence: 挂职干部王磊现在担任扎赉特旗的副旗长.)
    const takesPost = (!kindWord || (kindWord === "挂职" && /挂职干部[\u4e00-\u9fff]{2,4}[,，]?(?:现在|目前|现)?(?:担任|出任)/.test(s.text) && !/挂职(?!干部)/.test(s.text))) && TAKES.test(s.text);
    // Someone from Beijing who worked a stated term at an Inner Mongolia body (在敖汉旗医院工作了六个月, 在我院工作半年)
    // served there: a hospital's is 医疗帮扶, a school's 支教, any other's 挂职.
    const served = !kindWord && !welcomed && !takesPost && SERVED.test(s.text);
    if (served) kindWord = "工作";
    // (An acting head named after the title, 林西县医院执行院长周建国, holds the post on 挂职 whatever the sentence says.)
    if (!kindWord && !takesPost && /执行(院长|校长)/.test(s.text)) kindWord = "挂职";
    if (!kindWord && !welcomed && !takesPost) continue;
    const paragraph = ctx.paragraphText(s);
    if (!kindWord && welcomed) kindWord = ASSIGNMENT.exec(paragraph)?.[1];
    if (takesPost) kindWord = "挂职";
    if (!kindWord) continue;
    // A delegation's visit (带队赴…开展结对帮扶工作) is no assignment.
    if (kindWord === "帮扶工作" && /(带队|率队|率团|带领|考察|调研|走访|慰问|对接)/.test(s.text)) continue;
    // Where a person works is not where they are sent, except a post held on 挂职 or 援派 in Inner Mongolia
    // (科右前旗副旗长李文博 is posted there).
    const posted = POSTED_KINDS.test(kindWord);
    // A reporter named in the byline reports the assignment; she is not on it.
    // (One named after the kind where 我 goes before it is whom the narrator serves with, not one sent: 我就每两周去…卫生院坐诊一天，
    // 顺便带带卫生院的年轻医生赵永军.)
    const me = /我(?![们国区旗县市盟校院镇乡村])/.exec(s.text);
    // (Not one the kind nearest before describes, 在锦山蒙古族中学支教的陈思远: a clause must end between.)
    // (The sentence's words of assignment are found once, and only where it says 我.)
    const kindsAt = me ? [...s.text.matchAll(ASSIGNMENT_ALL)].map((m) => m.index!) : [];
    const narrated = (p: Ref) => {
      const kindAt = kindsAt.filter((at) => s.start + at < p.mention.start).pop() ?? -1;
      return !!me && kindAt > me.index && /[,，;；]/.test(ctx.text.slice(s.start + kindAt, p.mention.start));
    };
    for (const person of subjects(ctx, s).filter((p) => !reporting(ctx, s, p) && p.mention.source !== "byline" && !inBrackets.has(p.entity.id) && !narrated(p) && !hostWithPost(ctx, s, p, kindWord!))) {
      // (Someone 来自北京 is from Beijing too, though the article names no body of theirs.)
      const fromBeijing = () => /来自北京市?的?$/.test(ctx.text.slice(Math.max(0, person.mention.start - 6), person.mention.start));
      const held = worksOf.get(person.entity.id) ?? [];
      const worksInBeijing = () => held.some((w) => ctx.entities.has(w.target) && ctx.sideOf(ctx.entities.get(w.target)!) === "beijing");
      if ((takesPost || served) && !fromBeijing() && !worksInBeijing()) continue;
      const home = new Set(held.filter((w) => !(posted && ctx.entities.has(w.target) && ctx.sideOf(ctx.entities.get(w.target)!) === "inner-mongolia")).map((w) => w.target));
      // Cadres and doctors of Inner Mongolia are posted to Beijing too (科右前旗人民医院副院长包海军到东城区第一人民医院挂职):
      // whoever works only on that side serves on the other.
      const sides = held.filter((w) => ctx.entities.has(w.target)).map((w) => ctx.sideOf(ctx.entities.get(w.target)!));
      // (So does one the sentence says goes to Beijing for it, no workplace read: 她作为科右前旗首批赴京挂职干部，到海淀区文化和旅游局挂职一年.)
      const toBeijing = sides.length === 0 && /(赴京|来京|进京|到京|在京)(挂职|跟岗|学习|进修|培训|锻炼)/.test(s.text);
      const away = ((sides.length > 0 && sides.every((x) => x === "inner-mongolia")) || toBeijing) && !takesPost ? "inner-mongolia" : "beijing";
      // (A word pointing back at the place or body stands where it is written: 到该园支教.)
      const pointed = pointersIn(ctx, s).map((x) => ({ mention: { ...x.ref.mention, start: x.start, end: x.end, nested: false }, entity: x.ref.entity }));
      // Gone to, from where the place's written chain begins (前往内蒙古乌兰察布市察哈尔右翼后旗).
      const goneTo = (r: Ref) => {
        const head = chainStart(ctx, s.start, r);
        // (Not a place gone to on a visit: 副旗长（挂职）陈宇航到玫瑰营镇调研.)
        const end = chainEnd(ctx, s, r);
        if (VISITING.test(ctx.text.slice(end, end + 2))) return false;
        // (Or to where it lies: 来到位于嫩江畔的莫旗尼尔基镇. Or into it, in the unit the article speaks for, whose 旗 the name
        // holds: 走进我旗宝昌镇第二小学.)
        // (走进 alone is a visit's: 先后走进天池镇、明水河镇义诊.)
        // (Or stationed there: 全程驻点居力很镇.)
        // (Or sent to it: 援派至扎赉特旗人民医院, 派驻至…. Or teaching there: 分别任教于保康镇第一幼儿园和….)
        return /((在|到|赴|来到|前往|派往|驻|驻点|驻守|蹲点|来|进驻|奔赴|抵达|援派至|派驻至|选派至|派至|任教于|服务于)((我|该|本)[旗县市盟区]?)?|走进(我|该|本)[旗县市盟区]?)(位于[^,，。]{1,10}的)?$/.test(ctx.text.slice(Math.max(0, head - 16), head));
      };
      const candidates = [...ctx.within(s.start, s.end), ...pointed].sort((a, b) => a.mention.start - b.mention.start)
        .filter((r) => r.entity.label !== "Person" && r.entity.label !== "Province" && !home.has(r.entity.id))
        // (A village's resident secretary may come from its own side: 太仆寺旗财政局干部赵文斌被派驻东井子村.)
        .filter((r) => ctx.sideOf(r.entity) !== away || (/^(驻村|派驻)$/.test(kindWord) && r.entity.label === "Village"))
        // (Not a post first meant, then changed: 孙立同志原拟挂职科尔沁右翼中旗副旗长，因工作需要调整为突泉县副县长.)
        .filter((r) => !/(原拟|原定|原计划)(挂职|挂任|到|赴|任)?$/.test(ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, r) - 5), chainStart(ctx, s.start, r))))
        // (Nor where one is said not to go: 其本人不赴太仆寺旗驻点.)
        .filter((r) => !/(不|未|没有|无需)(在|到|赴|来到|前往|去)$/.test(ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, r) - 4), chainStart(ctx, s.start, r))))
        // (Or the place gone to, then the post: 到武川县任副县长.)
        // (The place may end a chain written after 任: 现任察右后旗红旗村第一书记.)
        // (A county's committee seat too: 接任卓资县委常委、副县长.)
        // (Or the place's, with 的 before the post: 现在担任苏尼特右旗的副旗长.)
        // (A department's head too: 周鹏任库伦旗人民医院普外科主任.)
        .filter((r) => takesPost ? (ctx.text[chainStart(ctx, s.start, r) - 1] === "任" && (TAKEN_POSTS.test(postAfter(ctx.text, r.mention.end, 8)) || POSTS.test(postAfter(ctx.text, r.mention.end, 10)) || DEPARTMENT_HEAD.test(postAfter(ctx.text, r.mention.end, 14)))) ||
            // (Or in a clause of its own after the place: 来到…巴彦乌兰嘎查，担任驻嘎查第一书记.)
            (/(到|赴|来到|前往|在)$/.test(ctx.text.slice(chainStart(ctx, s.start, r) - 2, chainStart(ctx, s.start, r))) && /^[,，]?担?任/.test(ctx.text.slice(r.mention.end, r.mention.end + 3)) &&
              TAKEN_POSTS.test(ctx.text.slice(ctx.text.indexOf("任", r.mention.end) + 1, ctx.text.indexOf("任", r.mention.end) + 9)))
          : welcomed ? r.mention.end <= s.start + s.text.indexOf("迎来")
          // 在/到/赴 the place, or the place right before the kind of posting (正镶白旗挂职副旗长).
          // (Or right after it: 挂职科左后旗人民医院副院长.)
          // (Or after a dash that names what it is: 到我校的手拉手学校——察右后旗育才中学.)
          : goneTo(r) ||
            /(到|在|赴)[^,，。]{0,12}(学校|医院|单位|嘎查|村)——$/.test(ctx.text.slice(Math.max(s.start, r.mention.start - 16), r.mention.start)) ||
            // (Not where another place follows the kind: 密云区援派库伦旗干部 is sent from 密云区 to 库伦旗.)
            (ctx.text.startsWith(kindWord!, r.mention.end) && !ctx.within(r.mention.end + kindWord!.length, s.end).some((x) => x.mention.start === r.mention.end + kindWord!.length && isPlace(x.entity))) ||
            ctx.text.endsWith(kindWord!, r.mention.start) ||
            // (Or after the post it names: 现挂职任阿尔山市第一中学副校长.)
            /(挂职|挂任|援派)(担任|任)$/.test(ctx.text.slice(r.mention.start - 4, r.mention.start)) ||
            // (A post taken on 挂职 where the kind named is another: 作为医疗帮扶专家来到…，挂职该院副院长.)
            (/(挂职|挂任|援派)$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)) && TAKEN_POSTS.test(ctx.text.slice(r.mention.end, r.mention.end + 8))) ||
            // (Or in a clause of its own after the posting: 赴科右前旗挂职，任科尔沁右翼前旗索伦中学副校长; 担任…文化旅游体育局的副局长.)
            (/[,，](?:并|同时)?(?:担任|任|挂任|出任)$/.test(ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, r) - 5), chainStart(ctx, s.start, r))) && TAKEN_POSTS.test(ctx.text.slice(r.mention.end, r.mention.end + 9).replace(/^的/, ""))) ||
            // (Or an acting head's post, named before the name: 林西县医院执行院长周建国.)
            (/^执行(院长|校长)/.test(ctx.text.slice(r.mention.end, r.mention.end + 4)) && worksInBeijing()) ||
            // A post held there by someone on 挂职: 敖汉旗副旗长、海淀区挂职干部杨帆 (or after 的, as a translation writes it: 八林左旗的副旗长).
            // (Not a post of another named right after it: …杨帆与宁城县教育体育局局长宝音图.)
            (posted && POSTS.test(ctx.text.slice(r.mention.end, r.mention.end + 9).replace(/^的/, "")) && !postOfAnother(ctx, r, person)));
      // Several postings in one sentence, a clause each (张伟挂职…，赵明远挂职…，刘洁挂职…): each person's own clause first.
      const clause = ctx.clauses(s).find((c) => person.mention.start >= c.start && person.mention.start < c.end);
      const own = clause ? candidates.filter((r) => r.mention.start >= clause.start && r.mention.end <= clause.end) : [];
      // The kind naming only others (盟长霍照良…表示，希望挂职干部…) sends no one in another clause, unless that clause says
      // the person served a term there (…，其中…主任医师赵文静在化德县医院帮扶一年).
      const servedHere = !served && !!clause && SERVED.test(ctx.text.slice(clause.start, clause.end)) && worksInBeijing();
      // (Nor one whose own clause names a kind of its own: …挂职团队：…，从北京市平谷中学来、在锦山蒙古族中学支教的陈思远.)
      // (Or a post taken there: 从平谷区医院来、在旗医院任副院长的杨帆.)
      const clauseText = clause ? ctx.text.slice(clause.start, clause.end) : "";
      // (Or the titles of the unit in focus taken after the name: …的刘海涛同志担任旗委常委、副旗长.)
      const takenAfter = posted && clause ? titledFocus(ctx, TITLES_TAKEN_AFTER.exec(ctx.text.slice(person.mention.end, clause.end))?.[1]) : undefined;
      const ownKind = kindIn(clauseText) ?? (/任/.test(clauseText) && (TAKEN_POSTS.test(clauseText.slice(clauseText.indexOf("任") + 1)) || UNIT_POST_AFTER.test(clauseText.slice(clauseText.indexOf("任") + 1))) ? "挂职" : undefined) ?? (takenAfter ? "挂职" : undefined);
      const kindHere: string = ownKind && !GENERAL_KINDS.test(ownKind) ? ownKind : kindWord;
      if (clause && !servedHere && !ownKind && othersOnly(ctx.text, s, kindWord, clause)) continue;
      // (Nor where the kind is written only in the clauses of others named with posts of their own: 出席的有：…挂任赤峰市人民
      // 政府副市长吴建国，赤峰市农牧局副局长田志刚，….)
      if (clause && !servedHere && !ownKind && saidOfOthers(ctx, s, kindWord, person)) continue;
      if (visitsOthers(ctx.text, person.mention.end, s.end, kindWord)) continue;
      if (speaksOfOthers(ctx.text, person.mention.end, s.end, kindWord, s.start)) continue;
      // (A body in a clause after the person's, one naming no one else, before places of their own clause: 前往…察哈尔右翼后旗，
      // 到…——察右后旗育才中学开展支教.)
      const onward = own.length > 0 && own.every((r) => isPlace(r.entity)) && clause
        ? candidates.filter((r) => r.mention.start >= clause.end && isInstitution(r.entity) && !ctx.within(clause.end, r.mention.start).some((x) => x.entity.label === "Person"))
        : [];
      // The unit in focus, for its titles held on 挂职 with no name of it before the person's own clause looks further
      // (怀柔区挂职干部、县委常委、副县长杨帆 in 多伦县).
      const titled = own.length === 0 && posted ? titledFocus(ctx, TITLES_BEFORE_NAME.exec(ctx.text.slice(Math.max(s.start, person.mention.start - 24), person.mention.start).replace(/[（(](挂职|兼|代|援派|援蒙)[)）]$/, ""))?.[1]) : undefined;
      // (Not a body in another's clause, with its own person: …副县长（挂职）高翔，翁牛特旗人民政府副旗长巴特尔.)
      const clauses = ctx.clauses(s);
      const othersClause = (r: Ref) => {
        const c = clauses.find((x) => r.mention.start >= x.start && r.mention.start < x.end);
        return !!c && ctx.within(c.start, c.end).some((x) => x.entity.label === "Person" && x.entity.id !== person.entity.id);
      };
      let target = respectiveTarget(ctx, s, person, candidates) ?? (titled ? refAt(titled, person.mention.start) : undefined) ?? (takenAfter && own.length === 0 ? refAt(takenAfter, person.mention.end) : undefined) ??
        (onward.some((r) => !othersClause(r)) ? onward.filter((r) => !othersClause(r)) : own.length ? own : candidates.filter((r) => !othersClause(r))).sort((a, b) => (isInstitution(b.entity) ? 1 : 0) - (isInstitution(a.entity) ? 1 : 0))[0];
      if (!target) continue;
      // (The place inside it where the kind is said, or gone to to take a post, in a clause after: 来到兴安盟阿尔山市，在白狼镇挂职一年;
      // 来到通辽市库伦旗，被派到伊和塔拉嘎查担任第一书记.)
      const container = target;
      // (A village the gazetteer does not hold is taken to lie there.)
      const within = (r: Ref) => ctx.contains(container.entity.id, r.entity.id) || (r.entity.label === "Village" && isPlace(container.entity) && !ctx.g.unit(r.entity.id) && ctx.sideOf(r.entity) !== "beijing");
      const inner = candidates.find((r) => r.mention.start > container.mention.end && within(r) && (ctx.text.startsWith(kindWord!, r.mention.end) || (goneTo(r) && /^[,，]?(?:担任|任)/.test(ctx.text.slice(r.mention.end, r.mention.end + 3)))) && !othersClause(r));
      if (inner) target = inner;
      // Read along a written chain of places to its most specific (派驻翁牛特旗乌丹镇白音套海村).
      if (isPlace(target.entity)) {
        const places = ctx.within(s.start, s.end).filter((r) => isPlace(r.entity));
        // (A pointer opens the chain too: 到我旗古里乡朝阳村担任驻村第一书记.)
        const pointer = target;
        const named = places.indexOf(target);
        const at = named >= 0 ? named : places.findIndex((r) => r.mention.start === pointer.mention.end && ctx.contains(pointer.entity.id, r.entity.id));
        if (at >= 0) target = places[runEnd(places, at)]!;
        // (And on to the body of the place written after it and 的: 派驻到赤峰市翁牛特旗的翁牛特旗医院产科.)
        const end = target.mention.end;
        const body = ctx.text[end] === "的" ? ctx.within(end + 1, s.end).find((r) => r.mention.start === end + 1 && isInstitution(r.entity)) : undefined;
        if (body?.entity.name.startsWith(target.entity.name)) target = body;
      }
      // (A term written by its ends: 2022年8月至2024年8月.)
      const duration = /(?:为期|时间|期限|时长|帮扶期|服务期|任期|支教期|挂职期)(?:为|是)?([0-9一二两三四五六七八九十半]+(?:天|个月|年半?|周)|一个学期|一学期|一学年|一个学年)/.exec(s.text)?.[1] ??
        /((?:19|20)[0-9]{2}年[0-9]{1,2}月)(?:至|到|—|-|－)((?:19|20)[0-9]{2}年)?[0-9]{1,2}月/.exec(s.text)?.[0] ??
        /(?:支教|挂职|坐诊|出诊|帮扶|援蒙|工作)(?:学习|锻炼|工作)?([0-9一二两三四五六七八九十半]+(?:天|个月|年|周))/.exec(s.text)?.[1] ??
        /([0-9一二两三四五六七八九十半]+(?:天|个月|年))的(?:支教|挂职|帮扶)(?!情谊|关系|历史|经历|经验|感情)/.exec(paragraph)?.[1];
      // One after another (先后在阿尔山市第一中学、白狼镇中心学校支教): each of those listed.
      for (const t of /(先后|相继)/.test(ctx.text.slice(person.mention.end, target.mention.start)) ? listedFrom(ctx, s, target) : [target]) {
        // (A post taken in a village, its 第一书记, is 驻村 too.)
        // (A teacher who takes a school's post, a doctor a hospital's, serves as teachers and doctors do: 数学特级教师刘建国
        // 担任科右中旗第一中学执行校长 is 支教.)
        const role = person.mention.role ?? held.find((w) => typeof w.props["role"] === "string")?.props["role"];
        const practises = typeof role === "string" && ((t.entity.label === "School" && /(教师|老师)$/.test(role)) || (t.entity.label === "Hospital" && /(医生|医师|护士|护师|技师)$/.test(role)));
        // (So is 帮扶工作 or 驻点 at a hospital or school: a medical team's 帮扶工作 is 医疗帮扶.)
        const general = /^(帮扶工作|帮扶|驻点|蹲点)$/.test(kindWord ?? "") && (t.entity.label === "Hospital" || t.entity.label === "School");
        // (A kind the sentence names stands where the body's does not: 作为科技特派员在库伦旗开展科技帮扶 is 科技帮扶.)
        const named = kindHere !== "工作" && kindHere !== "派驻" && !GENERAL_KINDS.test(kindHere) ? KIND[kindHere] ?? kindHere : "挂职";
        const kind = served || servedHere || general || (takesPost && practises) ? kindServedAt(t.entity.label, named)
          : kindHere === "派驻" || takesPost ? (t.entity.label === "Village" ? "驻村" : takesPost || TAKEN_POSTS.test(ctx.text.slice(t.mention.end, t.mention.end + 8)) || HEADS_THERE.test(ctx.text.slice(person.mention.end, s.end)) ? "挂职" : kindServedAt(t.entity.label)) : KIND[kindHere] ?? kindHere;
        // (A village's 第一书记 is stationed there, whatever word took the post: 驻林俗村担任第一书记.)
        const stationed = t.entity.label === "Village" && kind === "挂职" && (/第一书记/.test(clauseText) || /^[,，]?(?:担任|任)[^,，。]{0,4}第一书记/.test(ctx.text.slice(t.mention.end, t.mention.end + 10))) ? "驻村" : kind;
        const props: Record<string, string> = duration ? { kind: stationed, duration } : { kind: stationed };
        out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: t.entity.id, props, confidence: 0.75, evidence: ctx.evidence(s) });
      }
    }
  }
  const all = [...out, ...posted, ...companions(ctx, out)];
  // A posting to a place inside another of the same person's (察右后旗, then its 红旗村) is the one meant.
  // (So is an institution named after the place: 翁牛特旗乌丹第一中学 in 翁牛特旗.)
  const inside = (outer: string, inner: string) => ctx.contains(outer, inner) || (ctx.entities.get(inner)?.name.startsWith(ctx.entities.get(outer)?.name ?? "\u0000") ?? false);
  const allOf = bySource(all);
  return all.filter((r) => !allOf.get(r.source)!.some((o) => o !== r && o.target !== r.target && inside(r.target, o.target)));
}

/** What one comes to a place to do on a visit. */
const VISITING = /^(调研|考察|走访|慰问|检查|督导|视察|参观|看望|座谈|对接|洽谈|参加|出席|开会|参会|领奖)/;

/** Where the written chain of places a ref opens or continues ends (到察右前旗玫瑰营镇: after 玫瑰营镇). */
function chainEnd(ctx: ArticleContext, s: Sentence, r: Ref): number {
  const places = ctx.within(r.mention.start, s.end).filter((x) => isPlace(x.entity));
  return places[0] === r || places[0]?.mention.start === r.mention.start ? places[runEnd(places, 0)]!.mention.end : r.mention.end;
}

/** The names of the target's kind listed from it on (A、B和C). */
function listedFrom(ctx: ArticleContext, s: { end: number }, target: Ref): Ref[] {
  const refs = ctx.within(target.mention.start, s.end).filter((r) => r.entity.label === target.entity.label);
  return refs.slice(0, runEndOfList(ctx, refs) + 1);
}

/** A stated term of work (工作了六个月, 工作半年), work gone to (到宁城县中心医院工作), work there now (现在就在库伦旗人民医院帮扶), or help given there (在敖汉旗医院开展
 * 护理帮扶). */
const SERVED = /(?:工作|帮扶|服务|任教)了?(?:整整|足足)?[0-9一二两三四五六七八九十半]+(?:天|个月|年|周)|(?:到|赴|前往)[^,，。]{2,20}?工作(?![室站组队会])|在[^,，。]{2,16}?帮扶期间|(?:现在|目前|如今)(?:就|正|也|还)?在[^,，。]{2,20}?(?:帮扶|坐诊|任教|工作)|在[^,，。]{2,20}?开展[^,，。]{0,6}帮扶/;

/** A unit's seat or head's post after its name (卓资县委常委、副县长). */
const UNIT_POST_AFTER = /^[\u4e00-\u9fff]{2,12}?(委常委|副?(旗长|县长|市长|区长|盟长|镇长|乡长))/;
/** Taking a head's post after the name (刘海涛担任阿旗医院执行院长): a post held, not a doctor's or teacher's work. */
const HEADS_THERE = /^(?:同志)?[^,，。]{0,4}(?:担任|出任|任)[^,，。]{0,20}?(?:执行|常务)?副?(?:院长|校长)/;
/** Kinds that say only that someone helps, not how. */
const GENERAL_KINDS = /^(援蒙|帮扶工作|帮扶)$/;

/** The text after a place where a post's title would stand, past a 的 (苏尼特右旗的副旗长). */
function postAfter(text: string, at: number, length: number): string {
  const from = text[at] === "的" ? at + 1 : at;
  return text.slice(from, from + length);
}
