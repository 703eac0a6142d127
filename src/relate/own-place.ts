// 我镇, 咱村, 我们嘎查, 我们公司: a place or body said in the first person, as a mention of the one it is: the speaker's, whose
// body a speech's heading or the line introducing them names (库伦旗扣河子镇党委书记　白玉梅：), else the town's or village's that
// publishes the post.
import type { Mention } from "../recognise/index.js";
import { ArticleContext, linesOf, type Line, type Ref } from "./context.js";

/** The words a place says of itself (咱们 of its spoken posts too), the kind each stands for. */
const OURS = /(?:我们|我|本|咱们|咱)(镇|乡|苏木|街道|村|嘎查|区|旗|县)(?![长委民级内外办])|我们(公司|企业|学校|医院)|我(院|校)(?![长区级内外])|(我们)(?!公司|企业|学校|医院|镇|乡|苏木|街道|村|嘎查|区|旗|县|的)/g;
/** The kind alone opening a clause before a post of its own (镇党委书记王志强, 苏木党委书记斯日古楞, 村党支部书记关金山), or a
 * street or sumu alone as the clause's subject (街道累计向…投入, 苏木所辖…): the publisher's, else the one the article names. */
const BARE = /(?<=^|[\n，,。；;：:“])(?:(镇|乡|苏木|村|嘎查)(?=党委|党支部|党总支|党工委|人民政府|政府|长|主任)|(街道|苏木|社区)(?![—\-－~～、和与及或]))/g;
/** A line of a post's head that names its publisher, before its date at most: 白桦林村 2024-08-09 21:47 内蒙古, 原创 千斤沟镇发布. */
const PUBLISHER_LINE = /^(?:原创\s*)?(.{2,30}?)(?:发布|微报|融媒|之声)?(\s*(?:19|20)[0-9]{2}[-年./][0-9]{1,2}.*)?$/;
/** A credit line: 来源：白桦林村村民委员会. */
const CREDIT = /^(?:来源|供稿|发布单位|发布者|稿件来源)[:：]\s*(.{2,40}?)$/;

/** A town or township, not a sumu or a street (their words are their own). */
const town = (r: Ref) => r.entity.label === "Township" && !/(苏木|街道)$/.test(r.entity.name);
/** The places each kind word may stand for. A publisher is a town or village; a speaker may speak for a district or banner too. */
const KIND_OF: Record<string, (r: Ref) => boolean> = {
  // (A sumu's word is no street's: 苏木党委书记 in a street's report is the sumu's.)
  镇: (r) => town(r), 乡: (r) => town(r), 苏木: (r) => r.entity.label === "Township" && r.entity.name.endsWith("苏木"),
  街道: (r) => r.entity.label === "Township" && r.entity.name.endsWith("街道"), 社区: (r) => r.entity.label === "Village" && r.entity.name.endsWith("社区"), 村: (r) => r.entity.label === "Village", 嘎查: (r) => r.entity.label === "Village",
  区: (r) => r.entity.label === "District" || (r.entity.label === "Banner" && r.entity.name.endsWith("区")),
  旗: (r) => r.entity.label === "Banner" && r.entity.name.endsWith("旗"), 县: (r) => r.entity.label === "Banner" && r.entity.name.endsWith("县"),
  公司: (r) => r.entity.label === "Enterprise", 企业: (r) => r.entity.label === "Enterprise", 学校: (r) => r.entity.label === "School", 医院: (r) => r.entity.label === "Hospital",
  校: (r) => r.entity.label === "School", 院: (r) => r.entity.label === "Hospital",
  // (我们 alone, where a firm's head speaks, is the firm: 2023年我们在居力很镇投资1600万元.)
  我们: (r) => r.entity.label === "Enterprise",
};
const SPEAKERS_ONLY = new Set(["区", "旗", "县", "公司", "企业", "学校", "医院", "校", "院", "我们"]);

/** The towns or villages a line of the head or the credit names as the publisher, nested in a body's name or not
 * (鄂伦春自治旗诺敏镇人民政府 2024-01-15 09:30: 诺敏镇). */
function publisher(ctx: ArticleContext, line: Line, shape: RegExp): Ref[] {
  const m = shape.exec(line.text);
  // (A name alone on the line is short and no sentence: ——记房山区派驻我县柳树营子村帮扶干部孟庆辉 is a subtitle.)
  if (!m || (shape === PUBLISHER_LINE && !m[2] && (m[1]!.length > 16 || /[—，,。：:“”]/.test(m[1]!)))) return [];
  const from = line.start + line.text.indexOf(m[1]!);
  return ctx.within(from, from + m[1]!.length, true).filter((r) => r.entity.label === "Township" || r.entity.label === "Village");
}

/** A speech's heading, alone on its line: a body and post, the speaker's name, a colon (密云区副区长　蔡宏斌：). */
function headingPlaces(ctx: ArticleContext, line: Line): Ref[] | undefined {
  if (!/[:：]$/.test(line.text) || line.text.length > 40) return undefined;
  const refs = ctx.within(line.start, line.start + line.text.length, true);
  const last = refs.filter((r) => !r.mention.nested).pop();
  if (last?.entity.label !== "Person" || !/^\s*[:：]$/.test(ctx.text.slice(last.mention.end, line.start + line.text.length))) return undefined;
  return refs.filter((r) => r.mention.end <= last.mention.start && r.entity.label !== "Person");
}

/** The places of the speaker whose words hold `at`: their heading the nearest above, within a few lines; or, where the
 * line opens with their name and a colon (钟凯：我们公司…), the bodies the line that introduces them gives (钟　凯　北京瀚宇…有限公司副总经理). */
function speakerPlaces(ctx: ArticleContext, lines: Line[], at: number): Ref[] | undefined {
  let k = lines.findIndex((l) => l.start > at) - 1;
  if (k < -1) k = lines.length - 1;
  const own = lines[k];
  const first = own ? ctx.within(own.start, own.start + own.text.length)[0] : undefined;
  if (own && first?.entity.label === "Person" && first.mention.start === own.start && /^[:：]/.test(ctx.text.slice(first.mention.end, first.mention.end + 1))) {
    const introduced = lines.find((l) => l !== own && l.text.length <= 40 && ctx.within(l.start, l.start + l.text.length).some((r) => r.entity.id === first.entity.id) &&
      ctx.within(l.start, l.start + l.text.length).some((r) => r.entity.label !== "Person"));
    return introduced ? ctx.within(introduced.start, introduced.start + introduced.text.length, true).filter((r) => r.entity.label !== "Person") : undefined;
  }
  for (let i = k - 1; i >= Math.max(0, k - 6); i--) {
    const places = headingPlaces(ctx, lines[i]!);
    if (places) return places;
  }
  return undefined;
}

/** The street, sumu or community of the article (its kind word, 街道, 苏木 or 社区, ending its name), where it names just one. */
function onlyNamed(ctx: ArticleContext, kind: "街道" | "苏木" | "社区"): Ref[] {
  const fits = KIND_OF[kind]!;
  const found = new Map<string, Ref>();
  for (const r of ctx.refs) if (!r.mention.nested && fits(r) && !found.has(r.entity.id)) found.set(r.entity.id, r);
  return found.size === 1 ? [...found.values()] : [];
}

/** Each first-person place word not inside a name, as a mention of the place of that kind it stands for, where one is told. */
export function ownPlaceRefs(ctx: ArticleContext): Ref[] {
  if (!/(?:我|本|咱)(?:们)?(?:镇|乡|苏木|街道|村|嘎查|区|旗|县)|我们(?:公司|企业|学校|医院)|我[院校]|(?:镇|乡|苏木|村|嘎查)(?:党委|党支部|党总支|党工委|人民政府|政府|长|主任)|街道|苏木|社区/.test(ctx.text)) return [];
  const lines = linesOf(ctx.text);
  const published = [...lines.slice(1, 4).flatMap((l) => publisher(ctx, l, PUBLISHER_LINE)), ...lines.slice(-4).flatMap((l) => publisher(ctx, l, CREDIT))];
  const out: Ref[] = [];
  // (Each kind's one town or village looked for once: a search per word made long reports quadratic.)
  const named = new Map<"街道" | "苏木" | "社区", Ref[]>();
  for (const m of [...ctx.text.matchAll(OURS), ...ctx.text.matchAll(BARE)]) {
    const at = m.index!;
    if (ctx.inMention(at)) continue;
    const kind = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const fits = KIND_OF[kind]!;
    // (A speaker speaks for their own body's place; a post's own words for its publisher's, one of the kind the word says: a
    // village's post says 咱村 of itself, not of its town.)
    const spoken = /^(我们|我)/.test(m[0]) ? speakerPlaces(ctx, lines, at)?.filter(fits) : undefined;
    const of = new Map((spoken?.length ? spoken.slice(-1) : SPEAKERS_ONLY.has(kind) ? [] : published.filter(fits)).map((r) => [r.entity.id, r]));
    // (With no publisher of that kind, a street's or sumu's word is the one of the article so named, where it names one:
    // a street's report says 街道 of itself, 苏木党委书记 of the sumu it pairs with.)
    // (A village's or town's word alone is a pointer's, read there.)
    // (So does a community's: 社区组织居民捐款2.8万元.)
    if (of.size === 0 && (kind === "街道" || kind === "苏木" || kind === "社区") && !spoken?.length) {
      if (!named.has(kind)) named.set(kind, onlyNamed(ctx, kind));
      for (const r of named.get(kind)!) of.set(r.entity.id, r);
    }
    if (of.size !== 1) continue;
    const who = [...of.values()][0]!;
    const mention: Mention = { ...who.mention, start: at, end: at + m[0].length, surface: m[0], nested: false };
    out.push({ mention, entity: who.entity });
  }
  return out;
}
