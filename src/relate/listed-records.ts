// People's records run on a list's line, their fields parted by commas (1. 程立伟，北京市丰台区云岗医院心血管内科主任医师，
// 受援单位：林西县医院（挂任副院长），帮扶时间：2024年7月至2025年6月): WORKS_AT the body the line gives after the name,
// ASSIGNED_TO the body its posting's field names.
import { linesOf, type ArticleContext, type Relation } from "./context.js";
import { PERSON_FIELDS, personPostings } from "./table-postings.js";

/** A list's line opening with a name and a comma, its number before it at most. */
const ROW = /^\s*(?:[0-9]{1,2}[.、．]\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*)?([\u4e00-\u9fff·]{2,6})[,，]/;

export function listedRecordPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/[,，](?:[^,，\n]{0,8})[:：]/.test(ctx.text)) return out;
  for (const line of linesOf(ctx.text)) {
    const row = ROW.exec(line.text);
    if (!row) continue;
    const nameAt = line.start + row[0].length - row[1]!.length - 1;
    // The line's parts after the name, each to its comma (a bracket's commas kept inside it).
    const parts: { start: number; end: number; text: string }[] = [];
    let from = line.start + row[0].length;
    let depth = 0;
    for (let i = from; i <= line.start + line.text.length; i++) {
      const c = ctx.text[i];
      if (c === "（" || c === "(") depth++;
      else if (c === "）" || c === ")") depth--;
      else if (i === line.start + line.text.length || (depth === 0 && (c === "，" || c === "," || c === "；" || c === ";"))) {
        parts.push({ start: from, end: i, text: ctx.text.slice(from, i) });
        from = i + 1;
      }
    }
    const field = (re: RegExp) => {
      for (const p of parts) {
        const m = /^\s*([^:：]{2,10})[:：]\s*/.exec(p.text);
        if (m && re.test(m[1]!)) return { label: m[1]!, start: p.start + m[0].length, end: p.end, value: p.text.slice(m[0].length) };
      }
      return undefined;
    };
    const posting = field(PERSON_FIELDS.posting);
    if (!posting) continue;
    // (The part right after the name, unlabelled, is the home and post: 北京市丰台区云岗医院心血管内科主任医师.)
    const home = parts[0] && !/[:：]/.test(parts[0].text) ? { start: parts[0].start, end: parts[0].end } : undefined;
    const duration = field(PERSON_FIELDS.duration);
    // (A bracket after the posting's body says the post held there: 林西县医院（挂任副院长）.)
    const bracket = /[（(][^（()）]*[)）]\s*$/.exec(posting.value);
    out.push(...personPostings(ctx, {
      name: { start: nameAt, end: nameAt + row[1]!.length }, at: nameAt,
      ...(home ? { home } : {}), posting: { start: posting.start, end: bracket ? posting.end - bracket[0].length : posting.end }, postingLabel: posting.label,
      ...(duration ? { duration: duration.value.trim() } : {}),
    }));
  }
  return out;
}
