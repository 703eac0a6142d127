// AUTHORED and the homes of those who wrote: a byline's authors, the body a byline or an author's note names before them.
import { isInstitution, linesOf, type ArticleContext, type Ref, type Relation } from "./context.js";
import { NEWS_OUTLET } from "./grant-words.js";
import { AUTHOR_NOTE, notedAuthor } from "./subjects.js";

/** 作者：北京朝阳医院呼吸与危重症医学科 刘思远: the author works at the body the byline names before them, in its department. */
export function bylineHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || p.mention.source !== "byline") continue;
    const lineStart = ctx.text.lastIndexOf("\n", p.mention.start - 1) + 1;
    const label = /^\s*作者\s*[:：]\s*/.exec(ctx.text.slice(lineStart, p.mention.start));
    const body = label && ctx.within(lineStart + label[0].length, p.mention.start)[0];
    const s = ctx.sentenceAt(p.mention.start);
    if (!body || !s || body.mention.start !== lineStart + label[0].length || !isInstitution(body.entity)) continue;
    const department = ctx.text.slice(body.mention.end, p.mention.start).trim();
    const props: Record<string, string> = /^[\u4e00-\u9fff]{1,12}(科|部|处|室|系|组|中心)$/.test(department) ? { role: department } : {};
    out.push({ type: "WORKS_AT", source: p.entity.id, target: body.entity.id, props, confidence: 0.8, evidence: ctx.evidence(s) });
  }
  return out;
}

/** Labels of an outlet's own staff in a credit (记者, 实习生), and of others it names (通讯员, 摄影). */
const STAFF_LABEL = /^(?:全媒体记者|特约记者|首席记者|记者|实习记者|实习生)$/;
const CREDIT_LABEL = /(全媒体记者|特约记者|首席记者|实习记者|记者|实习生|通讯员|摄影|摄像|编辑|审核)[\s:：]*$/;

/** Spaces, and a date and time at most, between an outlet and its reporter's label. */
const DATED_GAP = /^[ \t\u3000]*(?:(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \t\u3000]*[0-9]{1,2}:[0-9]{2})?[ \t\u3000]*)?$/;

/**
 * The outlet's reporters in its credit: 乌兰察布日报讯（记者　冯瑞　实习生　高一鸣）, 科左中旗融媒体中心记者 包海龙 赵雅琪: each name
 * after 记者 or 实习生 works at the outlet named before, up to the next label (通讯员 王月 is the outlet's guest, not its staff).
 */
export function reporterHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/记者|实习生|通讯员/.test(ctx.text)) return out;
  for (const line of linesOf(ctx.text)) {
    const credit = /^\s*(.{2,40}?)(讯[（(]|(?:全媒体|特约|首席)?记者|通讯员)/.exec(line.text);
    if (!credit) continue;
    const headEnd = line.start + credit[0].length - credit[2]!.length;
    const outlet = ctx.within(line.start, headEnd).filter((r) => !r.mention.nested && isInstitution(r.entity) && NEWS_OUTLET.test(r.entity.name)).pop();
    // (The date of the post may stand between, on a source's line: 来源：阿鲁科尔沁旗融媒体中心 2023-11-08 记者 娜仁高娃.)
    // (Or the close of the quotes its name stands in: 整理　《北京西城报》记者　杜娟.)
    // (Or a comma, on a source's line: （来源：新华社，记者 孟和 吴晓光）.)
    const gap = ctx.text.slice(outlet?.mention.end ?? headEnd, headEnd);
    if (!outlet || !(gap === "" || DATED_GAP.test(gap) || /^[》」』]$/.test(gap) || (/^[，,]$/.test(gap) && /^\s*[（(]?来源[:：]/.test(line.text)))) continue;
    const from = outlet.mention.end;
    // (The outlet's own correspondents where its name runs straight into the label: 库伦旗融媒体中心通讯员　萨如拉　王海峰.)
    const own = credit[2] === "通讯员" && outlet.mention.end === headEnd;
    // (In brackets, to their close; else to the line's end.)
    const close = credit[2]!.startsWith("讯") ? line.text.search(/[)）]/) : line.text.length;
    const to = close < 0 ? line.start + line.text.length : line.start + close;
    const s = ctx.sentenceAt(from);
    if (!s) continue;
    // (Each name takes the label written right before it, 记者 包海龙 赵雅琪 both; words of another kind between end it: 【赤峰日报
    // 记者】我想请问李昊副旗长 names no reporter.)
    let label: string | undefined;
    let at = from;
    for (const p of ctx.within(from, to).filter((r) => r.entity.label === "Person")) {
      const gap = ctx.text.slice(at, p.mention.start);
      const named = CREDIT_LABEL.exec(gap)?.[1];
      label = named ?? (/^[\s:：、,，]*$/.test(gap) ? label : undefined);
      at = p.mention.end;
      if (label && (STAFF_LABEL.test(label) || (own && label === "通讯员"))) out.push({ type: "WORKS_AT", source: p.entity.id, target: outlet.entity.id, props: { role: label }, confidence: 0.75, evidence: ctx.evidence(s) });
    }
  }
  return out;
}

/** （作者系北京市平谷区发展和改革委员会副主任，…）: the byline's author works at the body the note names first, with its title. */
export function authorNote(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    const lead = AUTHOR_NOTE.exec(s.text);
    const author = lead ? notedAuthor(ctx, s) : undefined;
    if (!lead || !author) continue;
    const at = s.start + lead[0].length;
    const body = ctx.within(at, s.end)[0];
    if (!body || body.mention.start !== at || !isInstitution(body.entity)) continue;
    const role = /^([\u4e00-\u9fff]{1,8}?(?:长|主任|书记|委员|干部|医师|教师|研究员|教授))(?=[,，）)。]|$)/.exec(ctx.text.slice(body.mention.end, s.end))?.[1];
    out.push({ type: "WORKS_AT", source: author.entity.id, target: body.entity.id, props: role ? { role } : {}, confidence: 0.75, evidence: ctx.evidence(s) });
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

/** 本报记者刘畅: a reporter of the paper a post's head names (北京西城报 2024-06-21 08:30), where it names just one. */
export function ownPaperReporters(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("本报")) return out;
  const papers = new Map<string, Ref>();
  for (const line of linesOf(ctx.text).slice(0, 4)) {
    for (const r of ctx.within(line.start, line.start + line.text.length)) if (!r.mention.nested && isInstitution(r.entity) && NEWS_OUTLET.test(r.entity.name)) papers.set(r.entity.id, r);
  }
  if (papers.size !== 1) return out;
  const paper = [...papers.values()][0]!;
  for (const m of ctx.text.matchAll(/本报(全媒体记者|特约记者|首席记者|实习记者|记者|实习生)[\s:：]*/g)) {
    const at = m.index + m[0].length;
    const s = ctx.sentenceAt(at);
    // (And those named right after on the same line, apart by spaces or not: 本报记者 阿拉坦仓 刘慧敏; or after a title of the paper's of
    // their own: 本报记者 韩雪 特约记者 乌兰.)
    for (let from = at, role = m[1]!; s !== undefined; ) {
      const person = ctx.within(from, from + 12).find((r) => r.entity.label === "Person" && r.mention.start === from);
      if (!person) break;
      out.push({ type: "WORKS_AT", source: person.entity.id, target: paper.entity.id, props: { role }, confidence: 0.7, evidence: ctx.evidence(s) });
      const next = /^[ \u3000、]*(?:(全媒体记者|特约记者|首席记者|实习记者|见习记者|实习生)[\s:：]*)?/.exec(ctx.text.slice(person.mention.end, person.mention.end + 12))!;
      role = next[1] ?? role;
      from = person.mention.end + next[0].length;
    }
  }
  return out;
}
