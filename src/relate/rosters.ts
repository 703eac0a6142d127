// WORKS_AT from lists of people: a roster's lines under 以上…均来自 a body, and rows that give a name, then a body and a post.
import { BULLET, ROW_MARK, type Sentence } from "../normalise/index.js";
import { LABEL_GLOSS, PROGRAMME_LABELS } from "../recognise/index.js";
import { ArticleContext, isInstitution, isPlace, type Ref, type Relation } from "./context.js";
import { chainStart, runEnd } from "./ref-runs.js";
import { KIND, kindIn, kindServedAt } from "./posts.js";
import { PROFILE_POST } from "./stated-homes.js";

/** 以上教师均来自北京市密云区第二中学: every one listed in the lines right above works there. */
export function rosterHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/以上/.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    const lead = /^以上[\u4e00-\u9fff]{0,6}?(?:均|都|全部|皆)(?:来自|系|为|是)/.exec(s.text);
    if (!lead) continue;
    const at = s.start + lead[0].length;
    const body = ctx.within(at, s.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    const home = body[0] && body[0].mention.start === at ? body[runEnd(body, 0)]! : undefined;
    if (!home || home.entity.label === "Province") continue;
    // (The list stands in the lines right above, each naming people; the first line naming none ends it.)
    for (let i = s.index - 1; i >= Math.max(0, s.index - 6); i--) {
      const line = ctx.sentences[i]!;
      const people = ctx.within(line.start, line.end).filter((r) => r.entity.label === "Person");
      if (people.length === 0) break;
      for (const p of people) out.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** What opens a list's row before its name: its number or mark (1., ★, ●). */
export const ROW_OPENING = new RegExp(`^${ROW_MARK}?$`);

/** A list's mark opening the line before the name (· 韩雪，…). */
const BULLET_BEFORE = new RegExp(`^\\s*${BULLET}\\s*$`);

/** A meeting programme's label right before the name, its English gloss kept (致辞 Remarks：何建新，…; （主持人：周蔓，…）). */
const PROGRAMME_LABEL = new RegExp(`(?:^|[\\s（(|])(?:${PROGRAMME_LABELS})${LABEL_GLOSS}[:：][ \\t]*$`);

/** A list's row, the name then its body and post (高振华 北京市通州区发展和改革委员会副主任，挂任…; 王晓东 北京市东城区发改委副主任
 * 挂职阿尔山市副市长): the person, the body, the post, and where the row's line ends. */
interface Row { person: Ref; body: Ref; role: string | undefined; s: Sentence; lineEnd: number }

const rowsOf = new WeakMap<ArticleContext, Row[]>();

/** The article's rows, read once for both the homes and the postings they give. */
function listedRows(ctx: ArticleContext): Row[] {
  const read = rowsOf.get(ctx);
  if (read) return read;
  const out: Row[] = [];
  for (const p of ctx.refs) {
    // (Or a colon after the name: 杨帆：北京市顺义区医院普外科副主任医师，挂职….)
    // (The row may open with its number or mark: 1.邵明轩 北京市…, ● 陈晓东　大兴区人民医院….)
    const lineStart = ctx.text.lastIndexOf("\n", p.mention.start - 1) + 1;
    const labelled = PROGRAMME_LABEL.test(ctx.text.slice(Math.max(lineStart, p.mention.start - 40), p.mention.start));
    if (p.entity.label !== "Person" || (!ROW_OPENING.test(ctx.text.slice(lineStart, p.mention.start)) && !labelled)) continue;
    // (Notes in brackets may follow the name, the space after them lost: 2. 刘晓燕（女）北京市昌平区沙河中心小学英语教师.)
    // (Or the body and the post in brackets after it: 韩冬梅（北京市门头沟区医院，心血管内科副主任医师）.)
    const bracketed = /^[（(](?=[^（()）\n]{2,40}[,，]([^（()）\n]{2,30})[）)])/.exec(ctx.text.slice(p.mention.end, p.mention.end + 80));
    // (A table of two columns may stand for the space: 宋丽君|区教育委员会副主任.)
    // (Or, after a programme's label or a row's mark, a comma: 致辞：何建新，北京市支援合作办公室副主任; · 王志刚，…公司董事长.)
    // (A numbered profile's comma is read as a profile's, not here.)
    const gap = bracketed?.[0].length ?? (labelled || BULLET_BEFORE.test(ctx.text.slice(lineStart, p.mention.start)) ? /^[,，]/.exec(ctx.text.slice(p.mention.end))?.[0].length : undefined) ?? /^(?:[ \t\u3000:：]+|\|[ \t\u3000]*|[（(][^（()）\n,，]{0,3}(?:[,，、][^（()）\n,，]{0,5})?[）)][ \t\u3000:：]?)/.exec(ctx.text.slice(p.mention.end, p.mention.end + 14))?.[0].length;
    if (!gap) continue;
    const from = p.mention.end + gap;
    // (The row's first part, to its first comma or the line's end: a colon may end a sentence.)
    const rest = /^[^\n,，。;；]*/.exec(ctx.text.slice(from))![0];
    const clause = { start: from, end: from + rest.length };
    const s = ctx.sentenceAt(clause.end - 1) ?? ctx.sentenceAt(p.mention.start);
    if (!s) continue;
    const places = ctx.within(from, clause.end).filter((r) => isInstitution(r.entity) || isPlace(r.entity));
    if (places[0]?.mention.start !== from) continue;
    const body = places[runEnd(places, 0)]!;
    if (body.entity.label === "Province") continue;
    // (The row may go on, after a space, to where they are posted: 王晓东 北京市东城区发改委副主任 挂职阿尔山市副市长.)
    // (Or straight on, where the text lost the space: …副主任挂任阿尔山市委常委.)
    // (Or a note in brackets close it: …心内科主任医师（2023年在科右前旗人民医院医疗帮扶6个月）.)
    // (Or straight on to the body served, of the other side: …医院主任医师察右前旗人民医院医疗帮扶1年.)
    // (Not one a note in brackets names: …主任医师（2023年在科右前旗人民医院医疗帮扶6个月）.)
    const served = ctx.within(body.mention.end, clause.end).find((x) => isInstitution(x.entity) && !x.mention.nested && ctx.sideOf(x.entity) !== undefined && ctx.sideOf(x.entity) !== ctx.sideOf(body.entity) &&
      !/[（(]/.test(ctx.text.slice(body.mention.end, x.mention.start)));
    const role = bracketed ? PROFILE_POST.exec(bracketed[1]!)?.[1] : PROFILE_POST.exec(ctx.text.slice(body.mention.end, served?.mention.start ?? clause.end).trim().replace(/[ \t]*[A-Za-z][A-Za-z .&/-]*$/, "").replace(/[。;；,，]$/, "").replace(/[（(][^（()）]*[）)]$/, "").replace(/\s*(?:→|->|⇒|➡)[\s\S]*$/, "").replace(/\s+(挂职|挂任|援派|支教|拟任|任)[\s\S]*$/, "").replace(/(挂职|挂任|援派|拟任)[\s\S]*$/, ""))?.[1];
    const nl = ctx.text.indexOf("\n", p.mention.end);
    out.push({ person: p, body, role, s, lineEnd: nl < 0 ? ctx.text.length : nl });
  }
  rowsOf.set(ctx, out);
  return out;
}

/** WORKS_AT the body a list's row gives, with its post. */
export function listedPosts(ctx: ArticleContext): Relation[] {
  return listedRows(ctx).filter((r) => r.role).map((r) => ({ type: "WORKS_AT", source: r.person.entity.id, target: r.body.entity.id, props: { role: r.role! }, confidence: 0.75, evidence: ctx.evidence(r.s) }));
}

/** What opens where a row's person serves: a verb of serving, or an arrow (北京市密云区第四幼儿园教师　→　库伦旗扣河子镇中心幼儿园). */
const SERVES_AT = /(?:挂职|挂任|帮扶|支教|坐诊|驻点|派驻|援派|任|在|到|赴|→|->|⇒|➡)[ \t]*$/;

/** Where a row of Beijing's people says one serves, further on its line (● 马丽娟　大兴区人民医院麻醉科主治医师，帮扶我院麻醉科):
 * ASSIGNED_TO the first body or place of the other side that a verb of serving opens. */
export function listedPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const r of listedRows(ctx)) {
    if (!r.role || ctx.sideOf(r.body.entity) !== "beijing") continue;
    const kind = kindIn(ctx.text.slice(r.body.mention.end, r.lineEnd));
    // (Or, where the line says the kind, the body set apart by spaces after the post: 北京市海淀医院主任医师　察右前旗人民医院 医疗帮扶.)
    const spaced = (x: Ref) => !!kind && /[ \t\u3000]$/.test(ctx.text.slice(r.body.mention.end, chainStart(ctx, r.body.mention.end, x)));
    const to = ctx.within(r.body.mention.end, r.lineEnd).find((x) => (isInstitution(x.entity) || isPlace(x.entity)) && x.entity.label !== "Province" &&
      ctx.sideOf(x.entity) !== "beijing" && (SERVES_AT.test(ctx.text.slice(Math.max(r.body.mention.end, chainStart(ctx, r.body.mention.end, x) - 4), chainStart(ctx, r.body.mention.end, x))) || spaced(x)));
    if (!to) continue;
    out.push({ type: "ASSIGNED_TO", source: r.person.entity.id, target: to.entity.id, props: { kind: kindServedAt(to.entity.label, kind ? KIND[kind] ?? kind : "挂职") }, confidence: 0.7, evidence: ctx.evidence(r.s) });
  }
  return out;
}

/** …运河中学3名支教教师抵达突泉县。此次来突泉支教的3名教师分别是数学教师陈思远、英语教师赵婧和物理教师孙立新: those a count names
 * work at the body a sentence just before gave that count of people to. */
export function countedGroupHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(分别是|分别为|[名位][\u4e00-\u9fff]{0,8}[:：])/.test(ctx.text)) return out;
  for (const s of ctx.sentences) {
    // (Or a colon after the count: …还有潮白河中学的5名骨干教师：语文老师刘海燕、数学老师陈博….)
    const m = /([0-9一二两三四五六七八九十]+)(名|位)[\u4e00-\u9fff]{0,8}?(?:分别是|分别为|(?=[:：]))[:：]?/.exec(s.text);
    if (!m) continue;
    const listFrom = s.start + m.index + m[0].length;
    const people = ctx.within(listFrom, s.end).filter((r) => r.entity.label === "Person");
    if (people.length === 0) continue;
    // (The body the count was given to just before: 北京市通州区运河中学3名支教教师.)
    let home: ReturnType<ArticleContext["within"]>[number] | undefined;
    for (let i = s.index; i >= Math.max(0, s.index - 3) && !home; i--) {
      const before = ctx.sentences[i]!;
      // (The sentence's own count too: 潮白河中学的5名骨干教师：….)
      const end = i === s.index ? s.start + m.index + m[1]!.length + 1 : before.end;
      for (const c of ctx.text.slice(before.start, end).matchAll(new RegExp(`${m[1]}(名|位)`, "g"))) {
        const at = before.start + c.index!;
        const body = ctx.within(before.start, at).filter((r) => isInstitution(r.entity) && (r.mention.end === at || (r.mention.end === at - 1 && ctx.text[at - 1] === "的"))).pop();
        if (body) home = body;
      }
    }
    if (!home) continue;
    for (const p of people) {
      // (The title written before each name is the role: 数学教师陈思远.)
      const written = /(?:^|[、和及,，:：是为])([\u4e00-\u9fff]{0,8}?(?:教师|老师|医生|医师|专家|干部|护士))$/.exec(ctx.text.slice(Math.max(listFrom, p.mention.start - 12), p.mention.start))?.[1];
      const role = written || p.mention.role;
      out.push({ type: "WORKS_AT", source: p.entity.id, target: home.entity.id, props: role ? { role } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

