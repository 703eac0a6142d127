// WORKS_AT: where people work, named beside their workplace or introduced as working there (…是…的一名英语教师).
import { POINTED_BODY, pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, lastIndexWithin, refAt, type Relation } from "./context.js";
import { hostWithPost, saidOfOthers } from "./others-sent.js";
import { chainStart, runStart } from "./ref-runs.js";
import { ASSIGNMENT, districtTitles, POSTS, TAKEN_POSTS, unitOfTitles } from "./posts.js";
import { sentenceSubject } from "./pairing-subjects.js";
import { cameFromBody, enteredWork, formerPost, jobBefore, postedFromPost, postTaken, takenWhereSent, workedAt } from "./jobs.js";
import { introducedPosts } from "./introduced-posts.js";

/** A department's ending (心内科, 宣传部; a court's division, 民一庭; a county bureau's section, 登记注册股; a vocational school's
 * course, 汽修专业; a hospital's clinic or ward, 法医门诊). */
const DEPARTMENT_END = "科|部门|部|处|室|系|组|庭|股|专业|门诊|病区|大队|支队|中队|团队";
/** What may stand between a workplace and a person: a department, 的, a title (放射科的主任医师, 记者). */
// (A student's year may open it: 中国农业大学2021级硕士研究生刘一鸣; the title may be in quotes: …委员会的“金牌调解员”杨秀兰; a stage of
// schooling before what is taught: …教师进修学校小学数学教研员孙立平.)
const WORKPLACE_GAP = new RegExp(`^(的)?(第[一二三四五六七八九十0-9]{1,2}批|(?:19|20)[0-9]{2}级)?([\\u4e00-\\u9fff]{1,8}?(${DEPARTMENT_END}|中心|办公室|所))?(的)?(一名|一位)?(?:(?:小学|初中|高中|中学)(?!的))?(?:[“"][\\u4e00-\\u9fff]{1,6}[”"]|[\\u4e00-\\u9fff]{0,6}|[\\u4e00-\\u9fff]{0,4}高级[\\u4e00-\\u9fff]{2,5})$`);
/** A department's name opening what is said before a person's title (心内科主任医师). */
const DEPARTMENT = new RegExp(`^(?:的)?([\\u4e00-\\u9fff]{1,8}?(?:${DEPARTMENT_END}))`);
/** A section of the body the one before works at, before the next name listed (王磊、农村水利科周婧, 赵敏、检验科的孙佳琪): the same body. */
const LISTED_SECTION = /^[\u4e00-\u9fff]{1,8}?(?:科|室|处|股|庭|部)的?$/;
const NOT_IN_GAP = /[在到赴与和对从向为把被是说等、]|关于/;

/** Those a bureau chooses and sends but does not employ: doctors and teachers (朝阳区卫健委选派的12名医生…). */
const PRACTITIONER = /(医生|医师|专家|教师|老师|护士|护师|技师)$/;

/** Words for those trained or young, before a name: no post at the place written before them. */
const TRAINEE = /^(学员|青年)$/;

/** A clause that sends the person named after it, its sender unnamed (并选派教师, 先后派出医生, 今年选派农机专业教师). */
const SENT_IN_CLAUSE = /^(?:(?:19|20)[0-9]{2}年|今年|去年|当年|每年|此次)?(?:并|还|又|先后|陆续|同时|随后|此后)?(?:选派|派出|派遣|委派|选送)了?[\u4e00-\u9fff]{0,8}$/;

/** A body's kind ending a word before a title (基金会 of 基金会秘书长, 嘎查党支部 of 嘎查党支部书记). */
const BODY_WORD_END = /(会|院|局|委|办|校|公司|集团|中心|所|站|社|部|嘎查|村)$/;

/** "北京丰台医院放射科的主任医师崔平", "来自锡林郭勒的主播图雅", "张春明是…小学的一名英语教师". */
export function workplaces(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const people = ctx.refs.filter((r) => r.entity.label === "Person");
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const s = ctx.sentenceAt(p.mention.start);
    // (The Party's General Secretary, whose instructions documents cite, works at no place they name: 大兴区深入学习贯彻
    // 习近平总书记…精神.)
    if (!s || p.mention.role === "总书记") continue;
    // 农民宝音，如今在北京首都机场集团物业公司当保安: the job the person does there now, beside any named before.
    const now = /^[,，](?:如今|现在|目前|现)(?:已经|已)?在/.exec(ctx.text.slice(p.mention.end, p.mention.end + 8));
    const there = now ? ctx.within(p.mention.end, s.end).filter((r) => isInstitution(r.entity))[0] : undefined;
    const job = there && there.mention.start === p.mention.end + now![0].length
      ? /^(?:当|做|任|担任|从事)([\u4e00-\u9fff]{1,6}?)(?=[,，。；;]|$)/.exec(ctx.text.slice(there.mention.end, s.end)) : null;
    if (there && job) out.push({ type: "WORKS_AT", source: p.entity.id, target: there.entity.id, props: { role: job[1]! }, confidence: 0.65, evidence: ctx.evidence(s) });
    // 李慧在丰台区东高地第一小学任教: where one of Beijing's works, said right after the name.
    const workplace = workedAt(ctx, s, p);
    if (workplace) out.push({ type: "WORKS_AT", source: p.entity.id, target: workplace.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    // 在北京良乡物流有限公司做分拣员的…村民赵德胜: the job done there, said before the name.
    const doing = jobBefore(ctx, s, p);
    if (doing) out.push({ type: "WORKS_AT", source: p.entity.id, target: doing.body.entity.id, props: { role: doing.job }, confidence: 0.65, evidence: ctx.evidence(s) });
    // 白晓东经订单班培训后，进入北京星途智能科技有限公司总部从事无人机测绘工作: the body one went on to work at.
    // …，此前任石景山区发展和改革委员会副主任: the post held before 挂职.
    const former = formerPost(ctx, s, p);
    if (former) out.push({ type: "WORKS_AT", source: p.entity.id, target: former.body.entity.id, props: former.post ? { role: former.post } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
    // 从北京市东城区发展改革委到科右前旗挂职任副旗长的刘建军: the body one was sent from.
    const origin = cameFromBody(ctx, s, p);
    if (origin && !out.some((r) => r.source === p.entity.id && r.target === origin.entity.id)) out.push({ type: "WORKS_AT", source: p.entity.id, target: origin.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    // 吴晓峰兼任大杨树镇第一中学的法治副校长: a post taken there, said right after the name.
    const taken = postTaken(ctx, s, p);
    if (taken && !takenWhereSent(ctx, s, p, taken) && !out.some((r) => r.source === p.entity.id && r.target === taken.body.entity.id)) out.push({ type: "WORKS_AT", source: p.entity.id, target: taken.body.entity.id, props: { role: taken.post }, confidence: 0.65, evidence: ctx.evidence(s) });
    const entered = enteredWork(ctx, s, p);
    if (entered && !out.some((r) => r.source === p.entity.id && r.target === entered.entity.id)) out.push({ type: "WORKS_AT", source: p.entity.id, target: entered.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
    // Listed right after someone placed just now (李建军、周晓梅): the same workplace and role.
    const previous = people[k - 1];
    // (Or with a title of its own: 英语教师孙晓雯、数学教师马俊峰, which is the role then.)
    // (The one before may carry its posting in brackets: 王东（挂职阿尔山市副市长）、李北.)
    const brackets = previous ? /^[（(][^（()）]{0,30}[）)]/.exec(ctx.text.slice(previous.mention.end, p.mention.start))?.[0].length ?? 0 : 0;
    const gapStart = (previous?.mention.end ?? 0) + brackets;
    const between = previous ? /^[、和]([\u4e00-\u9fff]{0,10})$/.exec(ctx.text.slice(gapStart, p.mention.start)) : null;
    // (Not when a place or institution of its own stands between: 副区长李刚、四子王旗旗长苏和.)
    const ownPlace = previous && ctx.within(gapStart, p.mention.start).length > 0;
    // (Nor a title of another body named short: 库伦旗副旗长白玉兰、基金会秘书长吕静.)
    const otherBody = !!between?.[1] && BODY_WORD_END.test(between[1].slice(0, between[1].length - (p.mention.role?.length ?? 0)));
    const listedAfter = out.length > 0 && between && !ownPlace && !otherBody && (!between[1] || (p.mention.role && between[1].endsWith(p.mention.role)) || LISTED_SECTION.test(between[1])) ? previous : undefined;
    const shared = listedAfter && out.findLast((r) => r.source === listedAfter.entity.id && r.evidence.start === s.start);
    if (shared) {
      out.push({ ...shared, source: p.entity.id, ...(between?.[1] ? { props: { role: between[1].replace(/的$/, "") } } : {}) });
      continue;
    }
    // One of those a Beijing body, named or pointed at, sent in the clauses before: 北京安贞医院先后派出骨干46人次，其中心外科主任医师
    // 马涛…; 该校先后派出9名教师赴科左中旗授课，其中护理教师孔令媛….
    // (Or the first of them: …每年选派2名骨干记者赴科右前旗融媒体中心挂职，首批挂职的记者赵思远.)
    // (Or the one heading the team sent, in the next clause: …有限公司派出了23人的技术团队，项目经理罗振宇带着队员….)
    const among = /(?:派出|选派|选送|派遣|委派)[^。;；]*?(?:[,，](?:其中|首批(?:挂职|派出|选派|派驻)?)[,，]?|(?:团队|队伍|医疗队|工作队|专家组|服务队)[,，])(?:的)?([\u4e00-\u9fff]{0,12})$/.exec(ctx.text.slice(s.start, p.mention.start));
    // (Not where a body of the person's own is named after 其中: 其中门头沟区农业农村局副局长庞志刚. Nor a bureau that only chose them:
    // 朝阳区卫健委选派的12名医生…，其中心内科专家卢志刚.)
    const ownBodyNamed = among ? ctx.within(p.mention.start - among[1]!.length, p.mention.start).length > 0 : true;
    const sendingBody = among && !ownBodyNamed && p.mention.role && among[1]!.endsWith(p.mention.role) ? beijingBefore(ctx, s.start, s.start + among.index) : undefined;
    if (sendingBody && !(sendingBody.entity.label === "Agency" && PRACTITIONER.test(p.mention.role ?? ""))) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: sendingBody.entity.id, props: { role: among![1]! }, confidence: 0.7, evidence: ctx.evidence(s) });
      continue;
    }
    const before = ctx.within(s.start, p.mention.start).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && r.entity.label !== "Province");
    const nearest = before[before.length - 1];
    // 丰台区副区长张立新，旗委副书记、旗长包海龙: titles of the unit the article is about, with no name of it in their clause.
    const clauseStart = Math.max(s.start, lastIndexWithin(ctx.text, "，", s.start, p.mention.start) + 1, lastIndexWithin(ctx.text, ",", s.start, p.mention.start) + 1, previous?.mention.end ?? 0);
    // (A word joining the person to the clause's subject is no title: 与旗委书记乌力吉共同签署.)
    const titles = ctx.text.slice(clauseStart, p.mention.start).replace(/^(与|和|同|跟|向|由|陪同|会同)(?=[\u4e00-\u9fff])/, "");
    const unit = unitOfTitles(titles);
    const focus = ctx.imFocus;
    if (unit && focus && (nearest === undefined || nearest.mention.end <= clauseStart) && (focus.label === "Banner" || focus.label === "League") && focus.name.endsWith(unit)) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: focus.id, props: { role: titles }, confidence: 0.65, evidence: ctx.evidence(s) });
      continue;
    }
    // (So are a district's, 区委书记周振邦, 副区长马丽娟, in an article whose Beijing side is one district, where no unit of Inner
    // Mongolia in focus is a 区.)
    const district = ctx.beijingFocus;
    if (district?.label === "District" && districtTitles(titles) && (nearest === undefined || nearest.mention.end <= clauseStart) && !focus?.name.endsWith("区")) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: district.id, props: { role: titles }, confidence: 0.6, evidence: ctx.evidence(s) });
      continue;
    }
    // A clause of sending with no subject of its own, the sentence's subject sends: 京西职业学校与兴和县职业技术学校结成对子后，
    // 选派教师吴晓丽到兴和县职业技术学校支教.
    const sentBySubject = SENT_IN_CLAUSE.test(ctx.text.slice(clauseStart, p.mention.start)) && clauseStart > s.start && ctx.within(clauseStart, p.mention.start).length === 0
      ? sentenceSubject(ctx, s, clauseStart) : undefined;
    if (sentBySubject && isInstitution(sentBySubject.entity) && p.mention.role) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: sentBySubject.entity.id, props: { role: p.mention.role }, confidence: 0.65, evidence: ctx.evidence(s) });
      continue;
    }
    let w = nearest;
    // (An enterprise named or pointed at right before the place its post is for is the workplace: 该公司察右后旗项目经理邓伟.)
    if (nearest && isPlace(nearest.entity)) {
      let chain = before.length - 1;
      while (chain > 0 && isPlace(before[chain - 1]!.entity) && before[chain - 1]!.mention.end === before[chain]!.mention.start) chain--;
      const firm = before[chain - 1];
      const post = ctx.text.slice(nearest.mention.end, p.mention.start).replace(/[ \t\u3000]+$/, "");
      if (firm?.entity.label === "Enterprise" && firm.mention.end === before[chain]!.mention.start && /^[\u4e00-\u9fff]{1,8}$/.test(post)) {
        out.push({ type: "WORKS_AT", source: p.entity.id, target: firm.entity.id, props: { role: post }, confidence: 0.65, evidence: ctx.evidence(s) });
        continue;
      }
    }
    // 顺义区医院派驻巴林左旗医院的医生李娜: the place sent to is the posting; home is the one that sent.
    // (The place sent to may be written as a chain, 翁牛特旗乌丹镇白音套海村: the sender stands before its start.)
    const head = runStart(before, before.length - 1);
    const sender = before[head - 1];
    // (A word pointing at the unit may stand before the chain: …农业农村局派驻我旗贲红镇二道洼村的第一书记韩志强.)
    // (Or sent to help there, where that is Inner Mongolia: 密云区援派库伦旗干部周海涛; 选派北京丰台医院…医师 names the home.)
    const sentWord = sender ? /^(派驻|派往|派到|选派到|派出到|驻|援派|选派|派遣)((我|该|本)[旗县市盟])?$/.exec(ctx.text.slice(sender.mention.end, before[head]!.mention.start)) : null;
    // (Or the one sending to the place after 向, the title after the verb: 顺义区还向巴林左旗选派水务干部刘海涛 is of 顺义区.)
    const towards = nearest && sender && /^(?:还|又|也|先后|累计|共|已|再|持续|每年)?向$/.test(ctx.text.slice(sender.mention.end, before[head]!.mention.start)) &&
      /^(?:选派|派出|派遣|选送|援派|派驻)了?[\u4e00-\u9fff]{0,8}$/.test(ctx.text.slice(nearest.mention.end, p.mention.start));
    if (towards) {
      if (ctx.sideOf(sender.entity) === "beijing" && ctx.sideOf(nearest.entity) === "inner-mongolia") out.push({ type: "WORKS_AT", source: p.entity.id, target: sender.entity.id, props: p.mention.role ? { role: p.mention.role } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
      continue;
    }
    if (nearest && sender && sentWord && (!/^(援派|选派|派遣)$/.test(sentWord[1]!) || (ctx.sideOf(before[head]!.entity) === "inner-mongolia" && ctx.sideOf(sender.entity) === "beijing"))) w = sender;
    // (Sent there by a body the text does not name, 区医院派驻多伦县人民医院的孙立群: the place is the posting, no home; unless one's post
    // at the body before says it, read below.)
    else if (nearest && /(派驻|派往|派到|选派到)$/.test(ctx.text.slice(Math.max(s.start, before[head]!.mention.start - 3), before[head]!.mention.start)) && !postedFromPost(ctx, sender, before[head]!, nearest, p)) continue;
    let role = p.mention.role;
    // (A place one is of, the post said after the name, is no workplace: 乌兰哈达嘎查的乌日娜是…合作社理事长 works at the
    // cooperative, read below.)
    const ofPlace = !!w && !!nearest && isPlace(w.entity) && ctx.text.slice(nearest.mention.end, p.mention.start) === "的" && /^(现在|如今|目前|现|也|还)?是/.test(ctx.text.slice(p.mention.end, p.mention.end + 3));
    if (w && nearest && !ofPlace) {
      // (Spaces that set the name apart from its post are no part of the role: 库伦旗人民政府代旗长　包斯琴.)
      // (Nor is the bracket that closes the body's full name after its short one: 潞河医院（首都医科大学附属北京潞河医院）骨科的.)
      const restated = before[before.length - 2]?.entity.id === nearest.entity.id && /^[（(]$/.test(ctx.text.slice(before[before.length - 2]!.mention.end, nearest.mention.start));
      // (Nor the commas that set a name apart after its body's post, as a clumsy translation writes it: …医院的骨科医生，陈志强，在….)
      const between = ctx.text.slice(nearest.mention.end, p.mention.start);
      // (Or 先生 after the name, 他的名字是 before it: …中心的主任，杜建军先生，对记者说; …地震局的局长，他的名字是那顺巴雅尔，他说.)
      const apposed = /^的[\u4e00-\u9fff]{1,8}[,，](?:[他她]的名字(?:是|叫))?$/.test(between) && /^(?:先生|女士)?[,，]/.test(ctx.text.slice(p.mention.end, p.mention.end + 3));
      const spaced = between.replace(apposed ? /[,，](?:[他她]的名字(?:是|叫))?$/ : /[ \t]+$/, "");
      const gap = restated ? spaced.replace(/^[)）]/, "") : spaced;
      // 奈曼旗挂职副旗长王海涛 is posted there, not employed there: that is for assignments(). 海淀区挂职干部 is from there.
      // (Nor a Beijing body one learns or serves at, 在北新桥幼儿园跟岗的刘海燕; a post held on 挂职 after a home's post is read below.)
      const heldThere = ctx.sideOf(w.entity) === "inner-mongolia" && /^(挂职|挂任)/.test(gap) && [POSTS, TAKEN_POSTS].some((post) => post.test(gap.slice(2))) ? gap.slice(2) : undefined;
      if (ASSIGNMENT.test(gap) && !heldThere && (ctx.sideOf(w.entity) !== "beijing" || /^(跟岗|进修|挂职|支教|实习)(学习|锻炼|培训)?的$/.test(gap))) continue;
      // 科右中旗副旗长张伟（挂职）: a post held in Inner Mongolia by someone on 挂职 or 援派 is the posting, not a home.
      // (Not one sent to Beijing from that post: 旗发改委副主任张丽娟在平谷区发改委挂职了一年.)
      const toBeijing = ctx.within(p.mention.end, s.end).some((r) => ctx.sideOf(r.entity) === "beijing" && /^(挂职|跟岗|进修)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2)));
      // (Not where the word is said only of others named beside them: …挂任赤峰市人民政府副市长吴建国，赤峰市农牧局副局长田志刚.)
      const sent = [...new Set(s.text.match(/(挂职|挂任|援派|援蒙|派驻)/g) ?? [])];
      // (Or a body's head there, 挂职阿尔山市人民医院副院长; and an acting head, 执行院长, is one posted whatever the sentence says.)
      const acting = /^执行(院长|校长)/.test(gap);
      if (ctx.sideOf(w.entity) === "inner-mongolia" && [POSTS, TAKEN_POSTS].some((post) => post.test(heldThere ?? gap.replace(/^的/, ""))) && (acting || (sent.length > 0 && !sent.every((word) => saidOfOthers(ctx, s, word, p) || hostWithPost(ctx, s, p, word)))) && !toBeijing) {
        // The home may be listed before the post (丰台区挂职干部、正镶白旗副旗长刘洋): the Beijing name and its title.
        // (Or the body that sent them there before it: 东城区派驻阿尔山市挂职干部、阿尔山市委常委、副市长刘晓峰.)
        const sentThere = before[before.length - 3];
        const via = sentThere && ctx.sideOf(sentThere.entity) === "beijing" && /^(派驻|派往|派到|选派到)$/.test(ctx.text.slice(sentThere.mention.end, before[before.length - 2]!.mention.start));
        const home = via ? sentThere : before[before.length - 2];
        const titleFrom = via ? before[before.length - 2]! : home;
        // (派出的援派干部: the verb of sending is no part of the title.)
        // (The kind of posting may open the post: 北京经济技术开发区商务金融局副局长、挂职巴林右旗委常委、副旗长李昊; or 现任: 昌平区选派的
        // 挂职干部、现任阿鲁科尔沁旗人社局副局长赵立新.)
        const title = home && ctx.sideOf(home.entity) === "beijing" ? /^([\u4e00-\u9fff]{0,8}?(?:干部|书记|主任|长))、(?:现任|现)?(?:挂职|挂任|援派|派驻|选派到|派到|派往)?$/.exec(ctx.text.slice(titleFrom!.mention.end, nearest.mention.start))?.[1]?.replace(/^的/, "").replace(/^(派出|选派|派驻|选送|委派|派遣|派来)的?/, "") : undefined;
        if (home && title) out.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: { role: title }, confidence: 0.7, evidence: ctx.evidence(s) });
        // (Or right before the kind of posting: 西城区挂职突泉县副县长的赵鹏, 丰台区派驻四子王旗工作组组长、…副旗长宋立伟.)
        else if (home && ctx.sideOf(home.entity) === "beijing" && /^(挂职|援派|派驻)$/.test(ctx.text.slice(home.mention.end, nearest.mention.start))) {
          out.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
        }
        continue;
      }
      // 在北京市朝阳区驻科左后旗劳务工作站，站长赵丽…: a head's title right after the body that sets the scene.
      const scene = /^[,，]((?:副|常务副)?(?:站长|院长|校长|所长|馆长|园长|社长|行长|经理|总经理|董事长|理事长|主任|书记|负责人))$/.exec(gap);
      // (So does a village's, for its people: 在归流河镇乌兰哈达嘎查，牧民额尔德木图家的院墙上….)
      const villagers = /^[,，]((?:嘎查|村)?(?:牧民|村民|农民|党支部书记|嘎查长|嘎查达|村主任|村长))$/.exec(gap);
      const sceneStart = chainStart(ctx, s.start, w);
      if ((scene || (villagers && w.entity.label === "Village")) && w === nearest && (isInstitution(w.entity) || villagers) && (/(^|[,，。])在$/.test(ctx.text.slice(Math.max(s.start, sceneStart - 2), sceneStart)) ||
        // (Or after where it stands: 在白狼镇洮儿河村的阿尔山市林俊蓝莓种植专业合作社，理事长赵凤霞….)
        (scene !== null && /(^|[,，。])在[^,，。；;]{2,14}的$/.test(ctx.text.slice(Math.max(s.start, sceneStart - 17), sceneStart))))) {
        out.push({ type: "WORKS_AT", source: p.entity.id, target: w.entity.id, props: { role: (scene ?? villagers)![1]! }, confidence: 0.7, evidence: ctx.evidence(s) });
        continue;
      }
      // 一名来自北京大学第三医院的医生，名叫陈晓峰: the title said, then the name introduced.
      const introduced = /^的([\u4e00-\u9fff]{0,6}?(?:医生|医师|教师|老师|护士|专家|干部))[,，]?(?:名叫|名为|叫)$/.exec(gap);
      if (introduced) {
        out.push({ type: "WORKS_AT", source: p.entity.id, target: w.entity.id, props: { role: introduced[1]! }, confidence: 0.7, evidence: ctx.evidence(s) });
        continue;
      }
      // 昌平区委副书记、区长郭延红: titles listed, each ending as titles do.
      // (Or what they are sent as, then their trade: …派驻翁牛特旗的科技特派员、农艺师苏海燕.)
      // (A team's title may run longer: 骨科主任医师、医疗帮扶团队队长周建平.)
      // (Or a firm's trades, 公司高级育婴师、培训讲师马秀云.)
      const titles = gap.includes("、") && gap.split("、").every((part) => /^[\u4e00-\u9fff]{1,10}$/.test(part) && /(长|书记|主任|委员|成员|常委|干部|特派员|政委|师|医生|专家|护士|研究员|教研员|调研员|科员|院士|教授|理事|主席|法官|检察官|记者|主编|教练|干事)$/.test(part));
      // 派出骨科专家, 派出的语文教师: the verb of sending is no part of the role, nor of the gap.
      // (Nor is where they are stationed: 选派的驻嘎查第一书记.)
      // (Nor the 由 of a team led by one: 派出由总规划师杨静带队的….)
      const said = gap.replace(/^(还|也|又|先后|再|已|共|累计|原定|计划|拟|将|陆续|每年)*(派出|选派|派驻|选送|委派|派遣|派来|派去|派往)/, "").replace(/^(的)?驻(村|嘎查|社区)/, "$1").replace(/^由(?=[\u4e00-\u9fff]{2})/, "");
      // (A department's name may hold 与 and run long: 呼吸与危重症医学科主任医师; so may a school's course, 汽车运用与维修专业教研组长.)
      const plain = said.replace(/^(的)?[\u4e00-\u9fff]{1,6}与[\u4e00-\u9fff]{1,6}?(科|专业)/, "$1$2");
      // (Not a place gone to: 同批来到科右中旗的工作队员刘畅, 同批到赤峰的田野 work elsewhere.)
      // (Nor past another person named between: 教授陈光应宋立新邀请….)
      const otherBetween = ctx.within(nearest.mention.end, p.mention.start).some((r) => r.entity.label === "Person");
      const goneTo = otherBetween || w === nearest && /(到|到达|前往|派往|进驻|奔赴)$/.test(ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, nearest) - 2), chainStart(ctx, s.start, nearest))) && ctx.sideOf(nearest.entity) === "inner-mongolia";
      // (Nor where someone lives: 家住朝阳区的市民王女士.)
      if (/(家住|住在|居住在|居住于|生活在)$/.test(ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, nearest) - 3), chainStart(ctx, s.start, nearest)))) continue;
      // (Titles listed may run longer: 西城区挂职干部、旗委常委、副旗长林晓峰.)
      if (!goneTo && (plain.length <= 12 || (DEPARTMENT.test(plain) && plain.length <= 15) || (titles && gap.length <= 24)) && ((WORKPLACE_GAP.test(plain) && !NOT_IN_GAP.test(plain)) || titles)) {
        const dept = DEPARTMENT.exec(said)?.[1];
        // 挂职干部 before the name whose title is 干部: the whole is the role, not a department and a title.
        const titled = dept && p.mention.role && dept.endsWith(p.mention.role);
        // The words before the name end in its title (党委书记, 心内科主任医师): they are the role as written.
        // 阿鲁科尔沁旗委书记: the 委 continues the place's last character (旗委), which belongs to the role.
        const committee = /^委/.test(said) && /[旗县市区盟镇乡]$/.test(nearest.mention.surface) ? nearest.mention.surface.slice(-1) : "";
        const written = committee + said.replace(/的/g, "").replace(/^(一名|一位)/, "");
        // (Titles listed are the role as written, however long: 骨科主任医师、医疗帮扶团队队长.)
        role = p.mention.role && written.endsWith(p.mention.role) && (written.length <= 10 || titles) ? written : titled ? dept : [dept, p.mention.role ?? said.replace(/^的|的$/g, "").replace(dept ?? "", "").replace(/^的/, "")].filter(Boolean).join("") || undefined;
        // (Titles of a cadre on 挂职 with posts held in Inner Mongolia after it: the home's is the first, 挂职干部.)
        if (titles && /(挂职|援派)/.test(gap.split("、")[0]!)) role = gap.split("、")[0]!;
        // Sent from w to nearest: a post's title written there (第一书记, 副院长) is held where the person was sent.
        if (w !== nearest && role && /(书记|长)$/.test(role)) role = undefined;
        // (An honorific is no role: 旗发改委的李海军同志.)
        if (role && HONORIFIC.test(role)) role = undefined;
        // (A trainee or a youth of a place is from there, not at work there: 扣河子镇学员包金花, read on for where they work.)
        if (!(TRAINEE.test(p.mention.role ?? "") && said.replace(/^的/, "") === p.mention.role)) {
          out.push({ type: "WORKS_AT", source: p.entity.id, target: w.entity.id, props: role ? { role } : {}, confidence: 0.8, evidence: ctx.evidence(s) });
          continue;
        }
      }
    }
    // One of those the sentence before says a Beijing body sent: 贵院先后派出12名专家…。其中，呼吸科主任医师张文博….
    // (…；心内科副主任医师李雪…: each part of the 其中, set off by semicolons, names another of them.)
    const opened = ctx.sentences[s.index - 1];
    const further = opened && /^其中/.test(opened.text) && /[；;]$/.test(opened.text);
    // (Or the first of them sent: 该中心每年选派2名医生…。首批派出的全科医生韩冰.)
    const lead = (further ? /^()([\u4e00-\u9fff]{0,12})$/ : /^(其中[,，]?|(?:首批|第一批|此次|本次)?(?:派出|选派)的)([\u4e00-\u9fff]{0,12})$/).exec(ctx.text.slice(s.start, p.mention.start));
    const prev = lead && p.mention.role && lead[2]!.endsWith(p.mention.role) ? ctx.sentences[s.index - (further ? 2 : 1)] : undefined;
    const sentBy = prev && /(派出|选派|选送|派遣|委派)/.exec(prev.text);
    const sentFrom = sentBy ? beijingBefore(ctx, prev!.start, prev!.start + sentBy.index) : undefined;
    if (sentFrom && lead) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: sentFrom.entity.id, props: { role: lead[2]! }, confidence: 0.65, evidence: ctx.evidence(s) });
      continue;
    }
    // A pointer word before a title: 园区负责人付东阳.
    // (Not one stationed there, 驻嘎查第一书记: that is a posting.)
    const pointer = pointersIn(ctx, s, Math.max(s.start, p.mention.start - 16), p.mention.start).filter((x) => ctx.text[x.start - 1] !== "驻").pop();
    // (Titles held together may stand between: 村党支部书记兼村委会主任高玉林.)
    // (Or a company's department before the title: 公司运维中心高级工程师高振宇.)
    const held = pointer ? ctx.text.slice(pointer.end, p.mention.start) : "";
    if (pointer && (/^[\u4e00-\u9fff]{0,5}$/.test(held) || /^[\u4e00-\u9fff]{2,6}兼[\u4e00-\u9fff]{2,6}$/.test(held) || (pointer.ref.entity.label === "Enterprise" && /^[\u4e00-\u9fff]{1,6}(部|处|室|中心)[\u4e00-\u9fff]{1,6}$/.test(held)) ||
      // (Or a hospital's or school's department: 该院心内科副主任医师韩冬.)
      ((pointer.ref.entity.label === "Hospital" || pointer.ref.entity.label === "School") && /^[\u4e00-\u9fff]{1,6}(科|部|处|室|中心|组)[\u4e00-\u9fff]{1,8}$/.test(held))) && p.mention.role) {
      // (The pointer's body is no part of the role: 该院院长 is 院长; 园区负责人 stays as written.)
      const role = ctx.text.slice(pointer.start, p.mention.start).replace(POINTED_BODY, "") || p.mention.role!;
      out.push({ type: "WORKS_AT", source: p.entity.id, target: pointer.ref.entity.id, props: { role }, confidence: 0.6, evidence: ctx.evidence(s) });
      continue;
    }
    out.push(...introducedPosts(ctx, s, p));
  }
  return out;
}

/** Words of address after a name (李海军同志): no role, and no part of what follows the name. */
export const HONORIFICS = "同志|先生|女士";
const HONORIFIC = new RegExp(`^(${HONORIFICS})$`);

/** The last Beijing-side institution or place named in [start, end). */
function beijingBefore(ctx: ArticleContext, start: number, end: number) {
  // (Or pointed at: 该中心每年选派2名医生.)
  const pointed = pointersIn(ctx, ctx.sentenceAt(start)!, start, end).map((x) => refAt(x.ref.entity, x.start, x.end));
  return [...ctx.within(start, end), ...pointed].sort((a, b) => a.mention.start - b.mention.start)
    .filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) === "beijing").pop();
}
