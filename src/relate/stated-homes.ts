// WORKS_AT stated of people apart from their workplace's name: in profiles, in a narrator's own words, after a pointer
// (这位来自…的) or in brackets after the name.
import { ArticleContext, isInstitution, isPlace, type Ref, type Relation } from "./context.js";
import { onlyFitting } from "./anaphora.js";
import { staffOf, VILLAGERS } from "./jobs.js";
import { runEnd } from "./ref-runs.js";
import { headsInBrackets, narratorOf, opensAt, profileOf, speakerOf } from "./subjects.js";
import { HONORIFICS } from "./people.js";
import { TRADES } from "./introduced-posts.js";

const HONORIFIC_BEFORE_BRACKET = new RegExp(`^(${HONORIFICS})(?=[（(])`);

/** A profile's post: 王建军，男，…，北京市海淀区人民医院心血管内科主治医师. */
// (Titles held together may be listed: 党委副书记、镇长.)
export const PROFILE_POST = new RegExp(`^((?:[\\u4e00-\\u9fff]{1,10}、)*[\\u4e00-\\u9fff]{0,10}?(?:医师|技师|药师|护师|检验师|部长|医生|教师|老师|护士|护士长|校长|院长|主任|书记|干部|局长|镇长|乡长|股长|嘎查长|嘎查达|村长|经理|董事长|理事长|会长|行长|厂长|工程师|研究员|教研员|调研员|巡视员|教授|队长|组长|科长|处长|科员|站长|所长|旗长|县长|区长|市长|盟长|${TRADES}|委员|社工|记者|编辑|主持人|主播|干事|员工|职工|领班|工人|带头人|主管|专员|官员|缝纫工|分拣工|包装工|操作工|焊工|电工|钳工|车工))$`);

export function profilePosts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    const p = profileOf(ctx, s);
    if (!p || (!opensAt(ctx, s.start, p) && !headsInBrackets(ctx, p, s))) continue;
    for (const c of ctx.clauses(s)) {
      const places = ctx.within(c.start, c.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
      // The most specific name opening the clause, read along its chain (北京市通州区宋庄镇 → 宋庄镇).
      // (The first clause opens after a name in brackets: 【王强】北京市….)
      // (A post held before is the home too: 杜文博，原任北京市石景山区人力资源和社会保障局就业促进科科长.)
      const held = /^(原任|现任|曾任|现为|原为|系)/.exec(ctx.text.slice(c.start, c.start + 2))?.[0].length ?? 0;
      const opening = c.start === s.start && (headsInBrackets(ctx, p, s) || ctx.text[p.mention.end] === "是") ? p.mention.end + 1 : c.start + held;
      // (A clause of the profile that says where one is stationed: 侯建波，…助理研究员，驻巴达尔胡镇，负责….)
      const stationed = ctx.text[c.start] === "驻" && places[0]?.mention.start === c.start + 1 ? places[runEnd(places, 0)]! : undefined;
      if (stationed && isPlace(stationed.entity) && ctx.sideOf(stationed.entity) === "inner-mongolia" && stationed.entity.label !== "Province") {
        out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: stationed.entity.id, props: { kind: stationed.entity.label === "Village" ? "驻村" : "帮扶" }, confidence: 0.7, evidence: ctx.evidence(s) });
        continue;
      }
      if (places[0]?.mention.start !== opening) continue;
      const at = places[runEnd(places, 0)]!;
      if (at.entity.label === "Province") continue;
      const role = PROFILE_POST.exec(ctx.text.slice(at.mention.end, c.end).replace(/[。;；!！]$/, ""))?.[1];
      if (role) out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: { role }, confidence: 0.75, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** 王璐是北京市朝阳区阳光家园社会工作事务所的资深社工: the body one is said, after one's name, to be one of. */
export function staffPosts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(是|成为|当上)/.test(ctx.text)) return out;
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || ctx.text[p.mention.end] === undefined) continue;
    const s = ctx.sentenceAt(p.mention.end);
    const staff = s ? staffOf(ctx, s, p, PROFILE_POST) : undefined;
    if (staff && s) out.push({ type: "WORKS_AT", source: p.entity.id, target: staff.body.entity.id, props: { role: staff.role }, confidence: 0.7, evidence: ctx.evidence(s) });
    // (Or one of a village said to be of its people: 乌兰花嘎查的巴特尔是当地有名的种粮大户.)
    const village = !staff && s && ctx.text[p.mention.start - 1] === "的" ? ctx.recent(p.mention.start - 1, s, (r) => r.entity.label === "Village" && r.mention.end === p.mention.start - 1, 0) : undefined;
    const trade = village ? VILLAGER_SAID.exec(ctx.text.slice(p.mention.end, s!.end)) : null;
    if (village && trade) out.push({ type: "WORKS_AT", source: p.entity.id, target: village.entity.id, props: { role: trade[1]! }, confidence: 0.65, evidence: ctx.evidence(s!) });
  }
  return out;
}

/** Titles one gives after one's body. */
const TITLES = `干部|医生|医师|教师|老师|主任|书记|局长|科长|处长|院长|校长|护士|专家|职工|研究员|教授|${TRADES}`;
/** A title a first-person narrator gives themselves after their body (我是北京市朝阳区商务局干部). */
const OWN_TITLE = new RegExp(`^的?([\\u4e00-\\u9fff]{0,6}?(${TITLES}))(?=[,，。;；、]|$)`);

/** 我是北京市朝阳区商务局干部, 我从北京朝阳医院来到…, 我叫王海波，是…: where a first-person account's narrator works. */
export function narratorHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/我(是|从|来自|叫|在|一直在|原来|原先|之前|以前|此前)/.test(ctx.text)) return out;
  const writer = narratorOf(ctx);
  for (const s of ctx.sentences) {
    // (A sentence without 我 says nothing of the narrator's home: the speaker is looked for only in one with it.)
    if (!s.text.includes("我")) continue;
    // (In a transcript, the one answering: 韩立群：我是….)
    const narrator = speakerOf(ctx, s) ?? writer;
    if (!narrator) continue;
    // (Or the body where the narrator held a post before coming: 来之前我在西城区发展和改革委员会担任副主任.)
    // (Or said after 我: 我原来在怀柔区农业农村局种植业科工作; or in the clause after one of 我是: 我是…挂职的干部，原来在….)
    // (Each lookbehind is asked after the word it stands before is found, not at every position.)
    // (Or a date between: 我是2022年7月从北京市海淀区文化和旅游局来敖汉挂职的.)
    for (const m of s.text.matchAll(/我(?:是|从|来自)|从(?<=我是?于?[0-9]{4}年(?:[0-9]{1,2}月份?)?从)|(?:是|来自)(?<=我(?:的名字)?叫[\u4e00-\u9fff·]{2,6}[,，](?:是|来自))|我(?<=(?:之前|以前|此前|原来|原先)[,，]?我)(?:一直)?在|我(?:之前|以前|此前|原来|原先)(?:一直)?在|(?:之前|以前|此前|原来|原先)(?<=我是[^。；;]{2,40}[,，](?:之前|以前|此前|原来|原先))(?:一直)?在/g)) {
      const at = s.start + m.index! + m[0].length;
      const body = ctx.within(at, s.end)[0];
      if (!body || body.mention.start !== at || !isInstitution(body.entity)) continue;
      if (m[0].endsWith("在") && (ctx.sideOf(body.entity) !== "beijing" || !/^(?:[\u4e00-\u9fff]{1,6}?[科处室股])?(担任|任|当|做|工作)/.test(ctx.text.slice(body.mention.end, body.mention.end + 10)))) continue;
      const title = OWN_TITLE.exec(ctx.text.slice(body.mention.end, s.end).replace(/^(担任|任|当|做)/, ""))?.[1];
      out.push({ type: "WORKS_AT", source: narrator.entity.id, target: body.entity.id, props: title ? { role: title } : {}, confidence: 0.75, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** 这位来自北京市门头沟区医院的心内科副主任医师: the one named just before works at the body, with that title. */
export function pointedPeople(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    // (Opening the sentence or a clause of it: 再过几天，这位来自…南苑实验小学的语文老师就要结束….)
    for (const lead of s.text.matchAll(/(?<=^|[，,])(?:这位|这名|该名)(?:来自|是)?/g)) {
      const at = s.start + lead.index! + lead[0].length;
      const body = ctx.within(at, s.end)[0];
      const person = ctx.recent(at, s, (r) => r.entity.label === "Person", 2);
      const title = body && body.mention.start === at && isInstitution(body.entity) ? POINTED_TITLE.exec(ctx.text.slice(body.mention.end, s.end))?.[1] : undefined;
      if (person && title) out.push({ type: "WORKS_AT", source: person.entity.id, target: body!.entity.id, props: { role: title }, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** The title after 这位来自…的, the longest, whatever the person does next (…的数学教师红了眼眶, …的心内科副主任医师，…). */
const POINTED_TITLE = new RegExp(`^的?([\\u4e00-\\u9fff]{0,6}(${TITLES}))`);

/** What a profile gives before the post held: sex, year of birth, nation, party, schooling (女，1985年生，蒙古族，). */
const PROFILE_FACTS = /^(?:(?:男|女|[\u4e00-\u9fff]{1,4}族|[0-9]{4}年(?:[0-9]{1,2}月)?(?:生|出生)|中共党员|党员|研究生|大学本科|本科)[,，、])*/;

/** What says, after a home body in brackets, where its person is sent (挂职…, ，在…支教). */
const SENT_ON = /^(?:的)?(?:(?:派出|选派|推荐)[,，]?)?(?:挂职|援派|派驻|[,，]?(?:在|到|赴)[^,，]{2,30}?(?:挂职|支教|开展|援派|医疗帮扶|帮扶|工作))/;

/** A home post in brackets after the name (刘洋（北京市丰台区商务局副局长）): WORKS_AT the body with that role. */
export function bracketedHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    // (An honorific may stand before the brackets: 何立新同志（大兴区水务局）.)
    const open = p.mention.end + (HONORIFIC_BEFORE_BRACKET.exec(ctx.text.slice(p.mention.end, p.mention.end + 3))?.[0].length ?? 0);
    if (!/[（(]/.test(ctx.text[open] ?? "")) continue;
    const close = ctx.text.slice(open + 1, open + 48).search(/[）)]/);
    if (close < 0) continue;
    // (Past what a profile gives first: 李红梅（女，1985年生，通州区教育委员会副主任）.)
    // (And past 原, the post held before being sent: 郑凯（原通州区发展改革委副主任）.)
    const facts = PROFILE_FACTS.exec(ctx.text.slice(open + 1, open + 1 + close))?.[0].length ?? 0;
    // (Or past 来自, the body one comes from: 郑凯（来自北京市平谷区农业农村局）, whose home it is, no post said.)
    const past = /^(原任?|曾任|来自)/.exec(ctx.text.slice(open + 1 + facts, open + 1 + close))?.[0] ?? "";
    const from = open + 1 + facts + past.length;
    const inside = ctx.within(from, open + 1 + close).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    if (inside[0]?.mention.start !== from) {
      const head = groupHead(ctx, p, ctx.text.slice(from, open + 1 + close));
      if (head) out.push(head);
      continue;
    }
    const at = inside[runEnd(inside, 0)]!;
    const rest = ctx.text.slice(at.mention.end, open + 1 + close);
    const s = ctx.sentenceAt(p.mention.start);
    if (!s || at.entity.label === "Province") continue;
    // (A posting after the home is no part of the role: 北京市东城区挂职阿尔山市副市长; 展览路医院，在扎赉特旗…开展医疗帮扶.)
    const sentOn = SENT_ON.test(rest);
    // (The post ends at a comma where the bracket goes on to the posting: 北京市平谷区农业农村局副局长，现挂职….)
    const role = sentOn ? undefined : PROFILE_POST.exec(rest.replace(/[,，;；、][\s\S]*$/, ""))?.[1];
    if (role) out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: { role }, confidence: 0.75, evidence: ctx.evidence(s) });
    else if (past === "来自" && rest === "" && isInstitution(at.entity)) out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
    // (And the posts held with it, each with its body after a 、: 孙慧敏（顺义区女企业家协会会长、北京鑫源盛达食品有限公司董事长）.)
    if (role) {
      for (const next of inside.filter((r) => isInstitution(r.entity) && ctx.text[r.mention.start - 1] === "、")) {
        const after = ctx.text.slice(next.mention.end, open + 1 + close);
        const held = PROFILE_POST.exec(after.replace(/[,，;；、][\s\S]*$/, ""))?.[1];
        if (held && next.entity.id !== at.entity.id) out.push({ type: "WORKS_AT", source: p.entity.id, target: next.entity.id, props: { role: held }, confidence: 0.7, evidence: ctx.evidence(s) });
      }
    }
    // (Or the body alone in the brackets, or with its department: 何立新同志（大兴区水务局）, 吴海龙（鄂伦春自治旗人民医院普外科）.)
    // (Or the body that sent them: 高志强（东城区商务局派出）.)
    else if (((sentOn || /^(派出|选派|推荐|委派)$/.test(rest)) && ctx.sideOf(at.entity) === "beijing") || ((rest === "" || /^[\u4e00-\u9fff]{1,8}(科|室|病区)$/.test(rest)) && isInstitution(at.entity))) out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** A unit's head's post, its unit named by its level alone (区委副书记、区长, 副区长, 旗委常委、副旗长). */
const LEVEL_HEAD_POST = /^(?:([区旗县市盟])委(?:常委|副?书记)[、，,]?)?(?:(?:常务)?副?([区旗县市盟])长)?$/;

/** One listed under a unit's name with a head's post of it in brackets (密云区：邓远明（区委副书记、区长），宋建平（副区长）):
 * WORKS_AT the unit the line opens with, where the post's level is the unit's. */
function groupHead(ctx: ArticleContext, p: Ref, post: string): Relation | undefined {
  const level = LEVEL_HEAD_POST.exec(post);
  const char = level?.[1] ?? level?.[2];
  if (!level || !char || (level[1] && level[2] && level[1] !== level[2])) return undefined;
  const lineStart = ctx.text.lastIndexOf("\n", p.mention.start - 1) + 1;
  const unit = ctx.within(lineStart, p.mention.start).find((r) => r.mention.start === lineStart && isPlace(r.entity));
  const s = ctx.sentenceAt(p.mention.start);
  if (!unit || !s || !/^[:：]/.test(ctx.text.slice(unit.mention.end, unit.mention.end + 1)) || !unit.entity.name.endsWith(char)) return undefined;
  return { type: "WORKS_AT", source: p.entity.id, target: unit.entity.id, props: { role: post }, confidence: 0.7, evidence: ctx.evidence(s) };
}

/** A head's title of the post's own hospital or school, bare before the name (院党委书记郭建新、院长马丽娟, 校长李明). */
const OWN_HEAD = /(?:^|[，,、。；;：:\s])((?:院|校)(?:党委|党总支)?(?:常务)?副?(?:书记|院长|校长)|副?(?:院长|校长))$/;
/** A hospital's department and a medical title, bare before the name (麻醉科主治医师孟晓雯, 护理部护士长张思琪): one of the post's
 * own hospital's staff. */
const OWN_STAFF = /(?:^|[，,、。；;：:\s])((?:(?![的院])[\u4e00-\u9fff]){1,8}?(?:科|护理部)(?:副)?(?:主任医师|主治医师|医师|护士长|护士|技师|主任|医生|药师))$/;

/** Heads of the hospital or school whose own post this is (its 我院, 我校), named by a bare title, and a hospital's staff named
 * by department and title: WORKS_AT it, unless a home is read for them in the sentence already (库伦旗中蒙医院院长张三、副院长
 * 李四 are the other hospital's). */
export function ownHeads(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const own = (kind: string) => ctx.refs.find((r) => r.mention.surface === `我${kind}` && (r.entity.label === (kind === "院" ? "Hospital" : "School")))?.entity;
  const bodies = { 院: own("院"), 校: own("校") };
  if (!bodies.院 && !bodies.校) return [];
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    const before = ctx.text.slice(Math.max(0, p.mention.start - 16), p.mention.start);
    const staff = bodies.院 ? OWN_STAFF.exec(before) : null;
    const m = OWN_HEAD.exec(before.slice(-10)) ?? staff;
    const body = m ? bodies[m === staff || /院/.test(m[1]!) ? "院" : "校"] : undefined;
    const s = ctx.sentenceAt(p.mention.start);
    if (body && s && !homes.some((h) => h.source === p.entity.id && h.evidence.start === s.start)) out.push({ type: "WORKS_AT", source: p.entity.id, target: body.id, props: { role: m![1]! }, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}

/** A head's bare title, and the ending of a body's name it heads (队长 of 乌兰牧骑 or …队, 馆长 of …馆); a village's heads, of the
 * village's kind (嘎查达 of a 嘎查, 村党支部书记 of a 村). */
const HEAD_OF: [RegExp, RegExp, "body" | "village"][] = [
  [/^(副)?队长$/, /(乌兰牧骑|队)$/, "body"], [/^(副)?团长$/, /团$/, "body"], [/^(副)?馆长$/, /馆$/, "body"], [/^(副)?站长$/, /站$/, "body"], [/^(副)?所长$/, /所$/, "body"], [/^(副)?社长$/, /社$/, "body"], [/^(副)?院长$/, /院$/, "body"], [/^(副)?校长$/, /(学|校)$/, "body"], [/^(副)?园长$/, /园$/, "body"], [/^(副)?理事长$/, /(合作社|协会|基金会|联合会|商会)$/, "body"],
  [/^嘎查(党支部)?(副)?书记(、嘎查达)?$|^嘎查达$|^嘎查长$/, /嘎查$/, "village"], [/^村(党支部)?(副)?书记(、村主任)?$|^村主任$/, /村$/, "village"],
  [/^社员$/, /合作社$/, "body"],
];

/** One opening a sentence or a clause by a head's bare title (队长莫日根介绍，…, 校长其木格跟我说) heads the body of the kind the
 * title heads named last within a few sentences before (鄂伦春自治旗乌兰牧骑成立于1958年…), else the one such body the article
 * names, unless a home is read for them there already. */
export function openingBodyHeads(ctx: ArticleContext, homes: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person") continue;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    const clause = ctx.clauses(s).find((c) => p.mention.start >= c.start && p.mention.start < c.end);
    if (!clause) continue;
    const title = ctx.text.slice(clause.start, p.mention.start).replace(/^[“"「]/, "");
    const head = HEAD_OF.find(([t]) => t.test(title));
    if (!head || homes.some((h) => h.source === p.entity.id && h.evidence.start === s.start)) continue;
    const [, ends, kind] = head;
    const fits = (r: Ref) => (kind === "body" ? isInstitution(r.entity) : r.entity.label === "Village") && !r.mention.nested && ends.test(r.entity.name);
    const last = ctx.recent(clause.start, s, fits, 6);
    // (Not a body its own sentence says gives or sends: the head thanking it is another's, 北京朝阳医院捐赠设备，院长张明表示感谢.)
    if (last && last.mention.start >= s.start && GIVES.test(ctx.text.slice(last.mention.end, clause.start))) continue;
    const body = last?.entity ?? onlyFitting(ctx, fits);
    if (body) out.push({ type: "WORKS_AT", source: p.entity.id, target: body.id, props: { role: title }, confidence: 0.6, evidence: ctx.evidence(s) });
  }
  return out;
}

/** One said to be of a village's people, after their name (是当地有名的种粮大户). */
const VILLAGER_SAID = new RegExp(`^(?:就|也)?是[^，,。；;]{0,10}?(${VILLAGERS})`);

/** Words of a body giving or sending to another. */
const GIVES = /捐|赠|投入|援建|资助|派出|选派|支援|帮扶/;
