// 我镇, 咱村, 本嘎查 of a town's or village's own post, and its 镇 or 村 before a post, as mentions of the town or village that
// publishes it.
import type { Mention } from "../recognise/index.js";
import { ArticleContext, linesOf, type Line, type Ref } from "./context.js";

/** The words a town or village writes of itself (咱们 of its spoken posts too), the kind each stands for. */
const OURS = /(?:我|本|咱们|咱)(镇|乡|苏木|街道|村|嘎查)(?![长委民级内外办])/g;
/** The kind alone opening a clause before a post of its own (镇党委书记王志强, 苏木党委书记斯日古楞, 村党支部书记关金山): the publisher's. */
const BARE = /(?<=^|[\n，,。；;：:“])(镇|乡|苏木|村|嘎查)(?=党委|党支部|党总支|党工委|人民政府|政府|长|主任)/g;
/** A line of a post's head that names its publisher, before its date at most: 白桦林村 2024-08-09 21:47 内蒙古, 原创 千斤沟镇发布. */
const PUBLISHER_LINE = /^(?:原创\s*)?(.{2,30}?)(?:发布|微报|融媒|之声)?(?:\s*(?:19|20)[0-9]{2}[-年./][0-9]{1,2}.*)?$/;
/** A credit line: 来源：白桦林村村民委员会. */
const CREDIT = /^(?:来源|供稿|发布单位|发布者|稿件来源)[:：]\s*(.{2,40}?)$/;

const KIND_OF: Record<string, "Township" | "Village"> = { 镇: "Township", 乡: "Township", 苏木: "Township", 街道: "Township", 村: "Village", 嘎查: "Village" };

/** The towns or villages a line of the head or the credit names first, nested in a body's name or not. */
function publisher(ctx: ArticleContext, line: Line, shape: RegExp): Ref | undefined {
  const m = shape.exec(line.text);
  if (!m) return undefined;
  const from = line.start + line.text.indexOf(m[1]!);
  return ctx.within(from, from + m[1]!.length, true).find((r) => r.mention.start === from && (r.entity.label === "Township" || r.entity.label === "Village"));
}

/** Each 我镇 (咱村 …) not inside a name, as a mention of the publishing town (village) of that kind, when its post names one. */
export function ownPlaceRefs(ctx: ArticleContext): Ref[] {
  if (!/(?:我|本|咱)(?:们)?(?:镇|乡|苏木|街道|村|嘎查)|(?:镇|乡|苏木|村|嘎查)(?:党委|党支部|党总支|党工委|人民政府|政府|长|主任)/.test(ctx.text)) return [];
  const lines = linesOf(ctx.text);
  const named = [
    ...lines.slice(1, 4).map((l) => publisher(ctx, l, PUBLISHER_LINE)),
    ...lines.slice(-4).map((l) => publisher(ctx, l, CREDIT)),
  ].filter((r): r is Ref => !!r);
  const out: Ref[] = [];
  for (const m of [...ctx.text.matchAll(OURS), ...ctx.text.matchAll(BARE)]) {
    const at = m.index!;
    if (ctx.inMention(at)) continue;
    // (One publisher of the kind the word says: a village's post says 咱村 of itself, not of its town.)
    const of = new Map(named.filter((r) => r.entity.label === KIND_OF[m[1]!]).map((r) => [r.entity.id, r]));
    if (of.size !== 1) continue;
    const who = [...of.values()][0]!;
    const mention: Mention = { ...who.mention, start: at, end: at + m[0].length, surface: m[0], nested: false };
    out.push({ mention, entity: who.entity });
  }
  return out;
}
