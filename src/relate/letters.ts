// Words that stand for an institution named elsewhere, read as mentions of it: 贵院 and 我院 of a letter (致…的感谢信),
// and a kind opening a clause (基金会向…, 公司董事长…).
import type { Mention } from "../recognise/index.js";
import { ArticleContext, isInstitution, linesOf, type Line, type Ref } from "./context.js";

/** The title of a letter to someone, and a salutation line (北京市朝阳医院：). */
const TO_TITLE = /^致(.{2,40}?)的?(感谢信|慰问信|公开信|贺信|感谢函|表扬信|一封信)$/;
const SALUTATION = /^(.{2,40})[:：]$/;
const YOURS = /贵(院|校|单位|公司|局|委|中心|会)/g;
const OURS = /我(院|校)(?![长区级内外])/g;

/** The one institution a line names, when the line names nothing else. */
function institutionOf(ctx: ArticleContext, line: Line, whole: RegExp): Ref | undefined {
  const m = whole.exec(line.text);
  if (!m) return undefined;
  const from = line.start + line.text.indexOf(m[1]!);
  const named = ctx.within(from, from + m[1]!.length).filter((r) => isInstitution(r.entity));
  return named.length === 1 && named[0]!.mention.start === from && named[0]!.mention.end === from + m[1]!.length ? named[0] : undefined;
}

/** 贵院 and 我院 of a letter as mentions of the institutions written to and signing; none when the text is no letter. */
export function letterRefs(ctx: ArticleContext): Ref[] {
  if (!/贵(院|校|单位|公司|局|委|中心|会)/.test(ctx.text)) return [];
  const all = linesOf(ctx.text);
  const head = all.slice(0, 4);
  const to = head.map((l) => institutionOf(ctx, l, TO_TITLE)).find(Boolean) ?? head.map((l) => institutionOf(ctx, l, SALUTATION)).find(Boolean);
  if (!to) return [];
  // The signature: a line near the end that is an institution's name and nothing else.
  const from = all.slice(-3).reverse().map((l) => institutionOf(ctx, l, /^(.+)$/)).find(Boolean);
  const out: Ref[] = [];
  const stand = (re: RegExp, who: Ref | undefined) => {
    if (!who) return;
    for (const m of ctx.text.matchAll(re)) {
      const at = m.index!;
      if (ctx.inMention(at)) continue;
      const mention: Mention = { ...who.mention, start: at, end: at + m[0].length, surface: m[0], nested: false };
      out.push({ mention, entity: who.entity });
    }
  };
  stand(YOURS, to);
  stand(OURS, from);
  return out;
}

/** An institution's kind opening a clause (基金会向…捐赠, 公司董事长…, 该医院…): the one of that kind named just before. */
const HEAD = /(?<=^|[，,。；;：:\n])(该)?(基金会|公司|集团|医院|学校|协会|商会|合作社)(?=[\u4e00-\u9fff])/g;

export function headRefs(ctx: ArticleContext): Ref[] {
  const out: Ref[] = [];
  for (const m of ctx.text.matchAll(HEAD)) {
    const at = m.index!;
    const s = ctx.sentenceAt(at);
    if (!s || ctx.inMention(at)) continue;
    const kind = m[2]!;
    const named = ctx.recent(at, s, (r) => isInstitution(r.entity) && r.entity.name.endsWith(kind), 3);
    if (named) out.push({ mention: { ...named.mention, start: at, end: at + m[0].length, surface: m[0], nested: false }, entity: named.entity });
  }
  return out;
}
