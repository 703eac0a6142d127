// AUTHORED and the homes of those who wrote: a byline's authors, the body a byline or an author's note names before them.
import { isInstitution, type ArticleContext, type Relation } from "./context.js";
import { AUTHOR_NOTE, bylined } from "./subjects.js";

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

/** （作者系北京市平谷区发展和改革委员会副主任，…）: the byline's author works at the body the note names first, with its title. */
export function authorNote(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const author = bylined(ctx);
  if (!author) return out;
  for (const s of ctx.sentences) {
    const lead = AUTHOR_NOTE.exec(s.text);
    if (!lead) continue;
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
