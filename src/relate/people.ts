// WORKS_AT, ASSIGNED_TO and AUTHORED: where people work, where they are sent, and who wrote the article.
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, runEnd, runStart, type Ref, type Relation } from "./context.js";

/** What may stand between a workplace and a person: a department, 的, a title (放射科的主任医师, 记者). */
const WORKPLACE_GAP = /^(的)?([\u4e00-\u9fff]{1,6}?(科|部|处|室|系|组|中心|办公室))?(的)?(一名|一位)?[\u4e00-\u9fff]{0,6}$/;
const NOT_IN_GAP = /[在到赴与和对从向为把被是说等、]/;
const ASSIGNMENT = /(医疗帮扶|支教|挂职|援蒙|出诊|坐诊|义诊|驻村|援派|对口支援|帮扶工作)/;
/** Kinds of assignment that hold a post where they are sent, and the posts held. */
const POSTED_KINDS = /^(挂职|援派|援蒙)$/;
const POSTS = /^(党委|党工委|人民政府|政府)?(常务)?副?(旗长|县长|市长|盟长|区长|镇长|乡长|局长|主任|书记)/;
/** Posts taken in an institution or place (执行院长, 副旗长). */
const TAKEN_POSTS = /^(执行|常务|名誉)?副?(院长|校长|主任|旗长|县长|市长|盟长|区长|书记|局长|镇长|乡长)/;
const KIND: Record<string, string> = { 坐诊: "出诊", 义诊: "出诊", 对口支援: "援蒙", 帮扶工作: "帮扶", 援派: "援蒙" };


/** "北京丰台医院放射科的主任医师崔平", "来自锡林郭勒的主播图雅", "张春明是…小学的一名英语教师". */
export function workplaces(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const people = ctx.refs.filter((r) => r.entity.label === "Person");
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const s = ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    // Listed right after someone placed just now (李建军、周晓梅): the same workplace and role.
    const previous = people[k - 1];
    // (Or with a title of its own: 英语教师孙晓雯、数学教师马俊峰, which is the role then.)
    // (The one before may carry its posting in brackets: 王东（挂职阿尔山市副市长）、李北.)
    const brackets = previous ? /^[（(][^（()）]{0,30}[）)]/.exec(ctx.text.slice(previous.mention.end, p.mention.start))?.[0].length ?? 0 : 0;
    const gapStart = (previous?.mention.end ?? 0) + brackets;
    const between = previous ? /^[、和]([\u4e00-\u9fff]{0,6})$/.exec(ctx.text.slice(gapStart, p.mention.start)) : null;
    // (Not when a place or institution of its own stands between: 副区长李刚、四子王旗旗长苏和.)
    const ownPlace = previous && ctx.within(gapStart, p.mention.start).length > 0;
    const listedAfter = out.length > 0 && between && !ownPlace && (!between[1] || (p.mention.role && between[1].endsWith(p.mention.role))) ? previous : undefined;
    const shared = listedAfter && out.findLast((r) => r.source === listedAfter.entity.id && r.evidence.start === s.start);
    if (shared) {
      out.push({ ...shared, source: p.entity.id, ...(between?.[1] ? { props: { role: between[1] } } : {}) });
      continue;
    }
    const before = ctx.within(s.start, p.mention.start).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && r.entity.label !== "Province");
    const nearest = before[before.length - 1];
    let w = nearest;
    // 顺义区医院派驻巴林左旗医院的医生李娜: the place sent to is the posting; home is the one that sent.
    // (The place sent to may be written as a chain, 翁牛特旗乌丹镇白音套海村: the sender stands before its start.)
    const head = runStart(before, before.length - 1);
    const sender = before[head - 1];
    if (nearest && sender && /^(派驻|派往|派到|选派到|派出到|驻)$/.test(ctx.text.slice(sender.mention.end, before[head]!.mention.start))) w = sender;
    let role = p.mention.role;
    if (w && nearest) {
      const gap = ctx.text.slice(nearest.mention.end, p.mention.start);
      // 奈曼旗挂职副旗长王海涛 is posted there, not employed there: that is for assignments(). 海淀区挂职干部 is from there.
      if (ASSIGNMENT.test(gap) && ctx.sideOf(w.entity) !== "beijing") continue;
      // 科右中旗副旗长张伟（挂职）: a post held in Inner Mongolia by someone on 挂职 or 援派 is the posting, not a home.
      if (ctx.sideOf(w.entity) === "inner-mongolia" && POSTS.test(gap) && /(挂职|援派|援蒙)/.test(s.text)) {
        // The home may be listed before the post (丰台区挂职干部、正镶白旗副旗长刘洋): the Beijing name and its title.
        const home = before[before.length - 2];
        const title = home && ctx.sideOf(home.entity) === "beijing" ? /^([\u4e00-\u9fff]{1,8}?(?:干部|书记|主任|长))、$/.exec(ctx.text.slice(home.mention.end, nearest.mention.start))?.[1] : undefined;
        if (home && title) out.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: { role: title }, confidence: 0.7, evidence: ctx.evidence(s) });
        continue;
      }
      // 昌平区委副书记、区长郭延红: titles listed, each ending as titles do.
      const titles = gap.includes("、") && gap.split("、").every((part) => /^[\u4e00-\u9fff]{1,7}$/.test(part) && /(长|书记|主任|委员|干部)$/.test(part));
      // 派出骨科专家, 派出的语文教师: the verb of sending is no part of the role, nor of the gap.
      const said = gap.replace(/^(派出|选派|派驻|选送|委派|派遣)/, "");
      if (gap.length <= 12 && ((WORKPLACE_GAP.test(said) && !NOT_IN_GAP.test(said)) || titles)) {
        const dept = /^(?:的)?([\u4e00-\u9fff]{1,6}?(?:科|部|处|室|系|组))/.exec(said)?.[1];
        // 挂职干部 before the name whose title is 干部: the whole is the role, not a department and a title.
        const titled = dept && p.mention.role && dept.endsWith(p.mention.role);
        // The words before the name end in its title (党委书记, 心内科主任医师): they are the role as written.
        // 阿鲁科尔沁旗委书记: the 委 continues the place's last character (旗委), which belongs to the role.
        const committee = /^委/.test(said) && /[旗县市区盟镇乡]$/.test(nearest.mention.surface) ? nearest.mention.surface.slice(-1) : "";
        const written = committee + said.replace(/的/g, "").replace(/^(一名|一位)/, "");
        role = p.mention.role && written.endsWith(p.mention.role) && written.length <= 10 ? written : titled ? dept : [dept, p.mention.role ?? said.replace(/^的|的$/g, "").replace(dept ?? "", "").replace(/^的/, "")].filter(Boolean).join("") || undefined;
        // Sent from w to nearest: a post's title written there (第一书记, 副院长) is held where the person was sent.
        if (w !== nearest && role && /(书记|长)$/.test(role)) role = undefined;
        out.push({ type: "WORKS_AT", source: p.entity.id, target: w.entity.id, props: role ? { role } : {}, confidence: 0.8, evidence: ctx.evidence(s) });
        continue;
      }
    }
    // A pointer word before a title: 园区负责人付东阳.
    const pointer = pointersIn(ctx, s, Math.max(s.start, p.mention.start - 8), p.mention.start).pop();
    if (pointer && /^[\u4e00-\u9fff]{0,5}$/.test(ctx.text.slice(pointer.end, p.mention.start)) && p.mention.role) {
      out.push({ type: "WORKS_AT", source: p.entity.id, target: pointer.ref.entity.id, props: { role: ctx.text.slice(pointer.start, p.mention.start) }, confidence: 0.6, evidence: ctx.evidence(s) });
      continue;
    }
    // "张春明是北京市昌平区沙河中心小学的一名英语教师"
    const after = ctx.within(p.mention.end, s.end).filter((r) => isInstitution(r.entity))[0];
    // (An interview's answer too: 陈晓明：我是北京市通州区发展和改革委员会副主任.)
    if (after && /^([,，]?是|[:：]我是)$/.test(ctx.text.slice(p.mention.end, after.mention.start))) {
      const tail = /^(?:的(?:一名|一位)?([\u4e00-\u9fff]{1,6}?(?:教师|老师|医生|医师|护士|校长|院长|主任|干部|职工|员工|书记))|((?:副|常务副)?(?:主任|局长|处长|科长|院长|校长|书记|经理|总经理|董事长|所长|站长)))/.exec(ctx.text.slice(after.mention.end, s.end));
      if (tail) out.push({ type: "WORKS_AT", source: p.entity.id, target: after.entity.id, props: { role: tail[1] ?? tail[2]! }, confidence: 0.8, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** The person a sentence is about: one named in it, else 她/他 pointing at the last person named nearby, else the one
 * whose profile the paragraph is (王建军，男，…。2022年7月起在…挂职). */
function subjects(ctx: ArticleContext, s: Sentence): Ref[] {
  const named = ctx.within(s.start, s.end).filter((r) => r.entity.label === "Person");
  if (named.length) return named;
  const pronoun = /[她他]/.exec(s.text);
  if (pronoun) {
    const r = ctx.recent(s.start + pronoun.index, s, (x) => x.entity.label === "Person", 3);
    return r ? [r] : [];
  }
  const profile = profileOf(ctx, s);
  if (profile) return [profile];
  // 我 in a first-person account is its narrator (我作为京蒙协作支教教师，来到…), in an interview the one answering
  // (陈晓明：…); 我们, 我旗, 我校 are not.
  const narrator = /我(?![们国区旗县市盟校院镇乡村])/.test(s.text) ? speakerOf(ctx, s) ?? narratorOf(ctx) : undefined;
  return narrator ? [narrator] : [];
}

/** The one answering in an interview's paragraph: the person whose name and a colon open it (陈晓明：…). */
function speakerOf(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const first = paragraphStart(ctx, s);
  const p = first && ctx.within(first.start, first.end).find((r) => r.entity.label === "Person");
  return p && p.mention.start === first!.start && /^[:：]/.test(ctx.text.slice(p.mention.end, p.mention.end + 1)) ? p : undefined;
}

/** The person a first-person account names as its narrator (我叫李明), if any. */
function narratorOf(ctx: ArticleContext): Ref | undefined {
  if (!narrators.has(ctx)) {
    const m = /(?:我叫|我的名字叫|我是|本人)([\u4e00-\u9fff]{2,3})/.exec(ctx.text);
    const at = m ? m.index + m[0].length - m[1]!.length : -1;
    narrators.set(ctx, ctx.refs.find((r) => r.entity.label === "Person" && r.mention.start === at));
  }
  return narrators.get(ctx);
}
const narrators = new WeakMap<ArticleContext, Ref | undefined>();

/** The person a paragraph opens with as a profile does (name, then 男/女 or a nation), if any. */
function profileOf(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const first = paragraphStart(ctx, s);
  if (!first) return undefined;
  const p = ctx.within(first.start, first.end).find((r) => r.entity.label === "Person");
  return p && p.mention.start === first.start && /^[,，](男|女|[\u4e00-\u9fff]{1,4}族)[,，]/.test(ctx.text.slice(p.mention.end, p.mention.end + 8)) ? p : undefined;
}

const paragraphStarts = new WeakMap<ArticleContext, Map<number, Sentence>>();

/** The first sentence of the paragraph a sentence is in (the map is built once per article). */
function paragraphStart(ctx: ArticleContext, s: Sentence): Sentence | undefined {
  let firsts = paragraphStarts.get(ctx);
  if (!firsts) {
    firsts = new Map();
    for (const x of ctx.sentences) if (!firsts.has(x.paragraph)) firsts.set(x.paragraph, x);
    paragraphStarts.set(ctx, firsts);
  }
  return firsts.get(s.paragraph);
}

/** A profile's post: 王建军，男，…，北京市海淀区人民医院心血管内科主治医师. */
const PROFILE_POST = /^([\u4e00-\u9fff]{0,10}?(?:医师|医生|教师|老师|护士|护士长|校长|院长|主任|书记|干部|局长|镇长|乡长|经理|工程师|研究员|教授|队长))$/;

export function profilePosts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    const p = profileOf(ctx, s);
    if (!p || p.mention.start !== s.start) continue;
    for (const c of ctx.clauses(s)) {
      const places = ctx.within(c.start, c.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
      // The most specific name opening the clause, read along its chain (北京市通州区宋庄镇 → 宋庄镇).
      if (places[0]?.mention.start !== c.start) continue;
      const at = places[runEnd(places, 0)]!;
      if (at.entity.label === "Province") continue;
      const role = PROFILE_POST.exec(ctx.text.slice(at.mention.end, c.end).replace(/[。;；!！]$/, ""))?.[1];
      if (role) out.push({ type: "WORKS_AT", source: p.entity.id, target: at.entity.id, props: { role }, confidence: 0.75, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** 支教, 挂职, 医疗帮扶, 援蒙, 出诊: a person serving at an Inner Mongolia institution or place. */
export function assignments(ctx: ArticleContext, worksAt: Relation[]): Relation[] {
  const out: Relation[] = [];
  // Those whose brackets say where they are posted (王东（挂职阿尔山市副市长）) are read there, one by one.
  const posted = bracketedPostings(ctx);
  const inBrackets = new Set(posted.map((r) => r.source));
  const paragraphs = new Map<number, string>();
  for (const x of ctx.sentences) paragraphs.set(x.paragraph, (paragraphs.get(x.paragraph) ?? "") + x.text);
  for (const s of ctx.sentences) {
    // 派驻 says only that someone was sent: a named kind of assignment comes first, else a village's is 驻村, any other 挂职.
    let kindWord = ASSIGNMENT.exec(s.text)?.[1] ?? (/派驻/.test(s.text) ? "派驻" : undefined);
    const welcomed = /迎来/.test(s.text);
    // Someone from Beijing who takes a post in Inner Mongolia (马立新担任乌兰浩特市人民医院执行院长) holds it on 挂职.
    const takesPost = !kindWord && /(担任|出任|兼任)/.test(s.text);
    if (!kindWord && !welcomed && !takesPost) continue;
    const paragraph = paragraphs.get(s.paragraph)!;
    if (!kindWord && welcomed) kindWord = ASSIGNMENT.exec(paragraph)?.[1];
    if (takesPost) kindWord = "挂职";
    if (!kindWord) continue;
    // Where a person works is not where they are sent, except a post held on 挂职 or 援派 in Inner Mongolia
    // (科右前旗副旗长李文博 is posted there).
    const posted = POSTED_KINDS.test(kindWord);
    // A reporter named in the byline reports the assignment; she is not on it.
    for (const person of subjects(ctx, s).filter((p) => !/^(记者|通讯员|编辑|摄影|摄)$/.test(p.mention.role ?? "") && p.mention.source !== "byline" && !inBrackets.has(p.entity.id))) {
      if (takesPost && !worksAt.some((w) => w.source === person.entity.id && ctx.entities.has(w.target) && ctx.sideOf(ctx.entities.get(w.target)!) === "beijing")) continue;
      const home = new Set(worksAt.filter((w) => w.source === person.entity.id && !(posted && ctx.entities.has(w.target) && ctx.sideOf(ctx.entities.get(w.target)!) === "inner-mongolia")).map((w) => w.target));
      const candidates = ctx.within(s.start, s.end)
        .filter((r) => r.entity.label !== "Person" && r.entity.label !== "Province" && !home.has(r.entity.id))
        .filter((r) => ctx.sideOf(r.entity) !== "beijing")
        .filter((r) => takesPost ? /(担任|出任|兼任)$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)) && TAKEN_POSTS.test(ctx.text.slice(r.mention.end, r.mention.end + 6))
          : welcomed ? r.mention.end <= s.start + s.text.indexOf("迎来")
          // 在/到/赴 the place, or the place right before the kind of posting (正镶白旗挂职副旗长).
          : /(在|到|赴|来到|前往|驻|来)$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)) || ctx.text.startsWith(kindWord!, r.mention.end) ||
            // A post held there by someone on 挂职: 敖汉旗副旗长、海淀区挂职干部杨帆.
            (posted && POSTS.test(ctx.text.slice(r.mention.end, r.mention.end + 8))));
      let target = candidates.sort((a, b) => (isInstitution(b.entity) ? 1 : 0) - (isInstitution(a.entity) ? 1 : 0))[0];
      if (!target) continue;
      // Read along a written chain of places to its most specific (派驻翁牛特旗乌丹镇白音套海村).
      if (isPlace(target.entity)) {
        const places = ctx.within(s.start, s.end).filter((r) => isPlace(r.entity));
        const at = places.indexOf(target);
        if (at >= 0) target = places[runEnd(places, at)]!;
      }
      const kind = kindWord === "派驻" ? (target.entity.label === "Village" ? "驻村" : "挂职") : KIND[kindWord] ?? kindWord;
      const props: Record<string, string> = { kind };
      const duration = /(?:为期|时间|期限|时长)为?([0-9一二两三四五六七八九十半]+(?:天|个月|年|周))/.exec(s.text)?.[1] ??
        /(?:支教|挂职|坐诊|出诊|帮扶|援蒙)([0-9一二两三四五六七八九十半]+(?:天|个月|年|周))/.exec(s.text)?.[1] ??
        /([0-9一二两三四五六七八九十半]+(?:天|个月|年))的(?:支教|挂职|帮扶)/.exec(paragraph)?.[1];
      if (duration) props["duration"] = duration;
      out.push({ type: "ASSIGNED_TO", source: person.entity.id, target: target.entity.id, props, confidence: 0.75, evidence: ctx.evidence(s) });
    }
  }
  return [...out, ...posted, ...companions(ctx, out)];
}

const BRACKETED_POST = /^[（(](挂职|现任|任|拟任|援派|派驻)/;
const bracketed = (ctx: ArticleContext, p: Ref) => BRACKETED_POST.test(ctx.text.slice(p.mention.end, p.mention.end + 3));

/** 王东（挂职阿尔山市副市长）、李北（挂职科右前旗副旗长）: each person is posted where their own brackets say. */
function bracketedPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || !bracketed(ctx, p)) continue;
    const close = ctx.text.slice(p.mention.end, p.mention.end + 40).search(/[）)]/);
    const s = ctx.sentenceAt(p.mention.start);
    if (close < 0 || !s) continue;
    const inside = ctx.within(p.mention.end, p.mention.end + close).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) !== "beijing");
    if (inside.length === 0) continue;
    const target = inside[runEnd(inside, 0)]!;
    const word = BRACKETED_POST.exec(ctx.text.slice(p.mention.end, p.mention.end + 3))![1]!;
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: target.entity.id, props: { kind: word === "援派" ? "援蒙" : "挂职" }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}

/** 和我一同来的还有…王芳芳: those who came with someone on assignment are on it too (with the narrator, else the last one sent). */
function companions(ctx: ArticleContext, sent: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    if (!/(一同|一起|同行|同批)[^。，,]{0,8}的?还有/.test(s.text)) continue;
    const named = ctx.within(s.start, s.end).filter((r) => r.entity.label === "Person");
    const narrator = /我(?![们国区旗县市盟校院镇乡村])/.test(s.text) ? narratorOf(ctx) : undefined;
    const lead = narrator?.entity.id ?? sent.filter((r) => r.evidence.start < s.start).pop()?.source;
    for (const r of sent.filter((x) => x.source === lead)) {
      for (const p of named) if (p.entity.id !== lead) out.push({ ...r, source: p.entity.id, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** Bylines: each named author wrote the article. */
export function authorship(ctx: ArticleContext, byline: string[]): Relation[] {
  const out: Relation[] = [];
  for (const name of byline) {
    const ref = ctx.refs.find((r) => r.entity.label === "Person" && r.entity.name === name);
    const s = ref && ctx.sentenceAt(ref.mention.start);
    if (ref && s) out.push({ type: "AUTHORED", source: ref.entity.id, target: ctx.id, props: {}, confidence: 0.9, evidence: ctx.evidence(s) });
  }
  return out;
}
