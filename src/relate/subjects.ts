// Who a sentence is about when it names no one: 她/他, a profile's subject, a first-person narrator or an interview's speaker.
import type { Sentence } from "../normalise/index.js";
import { ITEM_MARK } from "../recognise/index.js";
import { isInstitution, isPlace, lastIndexWithin, type ArticleContext, type Ref } from "./context.js";
import { TRADES } from "./introduced-posts.js";

/** The person a sentence is about: one named in it, else 她/他 pointing at the last person named nearby, else the one
 * whose profile the paragraph is (王建军，男，…。2022年7月起在…挂职). */
export function subjects(ctx: ArticleContext, s: Sentence): Ref[] {
  // (Not one named as whose kin someone is: 张雅琴的丈夫…李明.)
  // (Nor one named as whom another came with: 与王海涛同批来到科右中旗的工作队员刘畅….)
  // (Nor the speaker a transcript's line opens with, 韩立群：…, who speaks of others named after.)
  const named = ctx.within(s.start, s.end).filter((r) => r.entity.label === "Person" && !/^的(丈夫|妻子|爱人|父亲|母亲|儿子|女儿|孩子|同事|学生|家人)/.test(ctx.text.slice(r.mention.end, r.mention.end + 3)) &&
    !(/[与和同跟]$/.test(ctx.text.slice(r.mention.start - 1, r.mention.start)) && /^(同批|一起|一同|同期|一道)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2))) &&
    !(r.mention.start === s.start && /^[:：]/.test(ctx.text[r.mention.end] ?? "") && /[^:：]*[\u4e00-\u9fff]{2}/.test(ctx.text.slice(r.mention.end + 1, s.end)) && ctx.within(r.mention.end, s.end).some((x) => x.entity.label === "Person")));
  if (named.length) return named;
  // A row that opens with a name and a colon is about that one (孟凡宇：平谷区农业农村局四级调研员，挂任敖汉旗副旗长), where
  // no 我 makes it a transcript's answer.
  const prev = ctx.sentences[s.index - 1];
  const row = prev && prev.paragraph === s.paragraph && /^[\u4e00-\u9fff·]{2,5}[:：]$/.test(prev.text) && !/我/.test(s.text)
    ? ctx.within(prev.start, prev.end).find((r) => r.entity.label === "Person" && r.mention.start === prev.start) : undefined;
  if (row) return [row];
  // 他们, 她们 opening the sentence: those the sentence before lists (…四名骨干教师：语文教师何静、数学教师梁晨…。他们均来自…，在分校支教一年).
  const they = /^(他们|她们)/.exec(s.text);
  const before = ctx.sentences[s.index - 1];
  if (they && before && before.paragraph === s.paragraph) {
    const listed = [...new Map(ctx.within(before.start, before.end).filter((r) => r.entity.label === "Person").map((r) => [r.entity.id, r])).values()];
    if (listed.length >= 2) return listed;
  }
  // (Not 他 inside a name: 白音他拉苏木.) (这位 and 这名 point back as 他 does: 这位来自…的医师.)
  // (Nor one who is the object of another's doing: 记者在科布尔镇对他进行了专访.)
  const pronoun = [...s.text.matchAll(/[她他](?!们)|这位|这名|该名/g)].find((m) => !ctx.inMention(s.start + m.index!) && !/[对向给为跟和与同把让请帮访]$/.test(s.text.slice(0, m.index!)));
  if (pronoun) {
    const r = ctx.recent(s.start + pronoun.index!, s, (x) => x.entity.label === "Person", 3);
    return r ? [r] : [];
  }
  const profile = profileOf(ctx, s);
  if (profile) return [profile];
  // (A note on the author, （作者系…，2022年7月起挂职…）, is about the one the byline names.)
  // (Read as the one the note is about, not as the byline's reporter of others.)
  const written = AUTHOR_NOTE.test(s.text) ? notedAuthor(ctx, s) : undefined;
  if (written) return [asSubject(written)];
  // 我 in a first-person account is its narrator (我作为京蒙协作支教教师，来到…), in an interview the one answering
  // (陈晓明：…); 我们, 我旗, 我校 are not.
  const me = /我(?![们国区旗县市盟校院镇乡村])/.exec(s.text);
  const narrator = me ? quotedOf(ctx, s, s.start + me.index) ?? speakerOf(ctx, s) ?? narratorOf(ctx) : undefined;
  return narrator ? [narrator] : [];
}

/**
 * The one quoted when 我 stands inside quotation marks: named just before them with a verb of saying (刘医生说：“我…”),
 * in this sentence or the one before (a quote's full stop may end a sentence inside it).
 */
function quotedOf(ctx: ArticleContext, s: Sentence, at: number): Ref | undefined {
  // (Searched from the sentence before: a quote opened earlier has no one named in reach to have said it.)
  const floor = ctx.sentences[Math.max(0, s.index - 1)]!.start;
  const open = lastIndexWithin(ctx.text, "“", floor, at);
  if (open < 0 || lastIndexWithin(ctx.text, "”", floor, at) > open) return undefined;
  const said = ctx.recent(open, s, (r) => r.entity.label === "Person", 1);
  return said && /^[\u4e00-\u9fff]{0,8}(说|表示|介绍|告诉记者|感慨|坦言|笑着说)[:：,，]?$/.test(ctx.text.slice(said.mention.end, open)) ? said : undefined;
}

/** The one answering in an interview's paragraph: the person whose name and a colon open it (陈晓明：…). */
export function speakerOf(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const labelOf = (first: Sentence | undefined) => {
    const p = first && ctx.within(first.start, first.end).find((r) => r.entity.label === "Person");
    // (The name may stand in brackets: 【高翔】：.)
    const opens = p && (p.mention.start === first!.start || (p.mention.start === first!.start + 1 && /[【\[]/.test(ctx.text[first!.start]!)));
    const after = p ? /^[】\]]?[:：]/.exec(ctx.text.slice(p.mention.end, p.mention.end + 2)) : null;
    if (opens && after) return { ref: p!, alone: p!.mention.end + after[0].length >= first!.end };
    // (Or a speech's heading alone on its line, the body and post before the name: 库伦旗委常委、副旗长(挂职)　田立新：.)
    const named = first ? ctx.within(first.start, first.end).filter((r) => r.entity.label === "Person").pop() : undefined;
    const heading = named && first!.end - first!.start <= 40 && /^[:：]\s*$/.test(ctx.text.slice(named.mention.end, first!.end));
    return heading ? { ref: named!, alone: true } : undefined;
  };
  const own = labelOf(paragraphStart(ctx, s));
  if (own) return own.ref;
  // (Or on a line of its own before the answer's paragraphs: 【高翔】： then what they said. Another's line, or a heading,
  // ends it.)
  for (let p = s.paragraph - 1; p >= Math.max(0, s.paragraph - 6); p--) {
    // (Looked up by the paragraph's number: a search through the sentences for every one asking made long reports quadratic.)
    const first = firstOfParagraph(ctx, p);
    if (!first) continue;
    const label = labelOf(first);
    if (label) return label.alone ? label.ref : undefined;
    if (/^[【\[][^】\]]*[】\]][:：]|^[\u4e00-\u9fff]{1,6}[:：]/.test(first.text)) return undefined;
  }
  return undefined;
}

/**
 * The person a first-person account names as its narrator (我叫李明), if any; else its one author, where the account is
 * no report (援蒙日记, 作者：…医学科 刘思远: a report's 记者 writes of others).
 */
export function narratorOf(ctx: ArticleContext): Ref | undefined {
  if (!narrators.has(ctx)) {
    const m = /(?:我叫|我的名字叫|我是|本人)([\u4e00-\u9fff]{2,3})/.exec(ctx.text);
    const at = m ? m.index + m[0].length - m[1]!.length : -1;
    narrators.set(ctx, ctx.refs.find((r) => r.entity.label === "Person" && r.mention.start === at) ?? author(ctx));
  }
  return narrators.get(ctx);
}
const narrators = new WeakMap<ArticleContext, Ref | undefined>();

/** A note on who the author is: （作者系北京市平谷区发展和改革委员会副主任，…）, the author's name perhaps in it (（作者周文博系…）). */
export const AUTHOR_NOTE = /^[（(]?作者(?:[\u4e00-\u9fff·]{2,6}?)?(?:系|为|是|现任|现为)/;

/** The one a note on the author is about: the person it names after 作者, else the one the byline names. */
export function notedAuthor(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const at = s.start + s.text.indexOf("作者") + 2;
  return ctx.within(at, at + 7).find((r) => r.entity.label === "Person" && r.mention.start === at) ?? bylined(ctx);
}

/** The one person the byline names, as a mention of them. */
export function bylined(ctx: ArticleContext): Ref | undefined {
  const authors = ctx.refs.filter((r) => r.entity.label === "Person" && r.mention.source === "byline");
  return authors.length > 0 && new Set(authors.map((r) => r.entity.id)).size === 1 ? authors[0] : undefined;
}

/** The one author of an account that is no report, as the narrator: the byline's name, read as the one who writes. */
function author(ctx: ArticleContext): Ref | undefined {
  const one = /(记者|通讯员|报道|讯)/.test(ctx.text) ? undefined : bylined(ctx) ?? signedUnderTitle(ctx);
  return one ? asSubject(one) : undefined;
}

/** A name on a line of its own under the title, its post in brackets at most (何雨桐（北京市延庆区第一中学数学教师）): the author. */
function signedUnderTitle(ctx: ArticleContext): Ref | undefined {
  for (const s of ctx.sentences.slice(1, 4)) {
    const p = ctx.within(s.start, s.end)[0];
    if (p?.entity.label === "Person" && p.mention.start === s.start && /^([（(][^（()）]{2,40}[）)])?$/.test(ctx.text.slice(p.mention.end, s.end).trim())) return p;
  }
  return undefined;
}

/** A byline's mention read as the one a sentence is about, not as the reporter of others. */
const asSubject = (r: Ref): Ref => ({ mention: { ...r.mention, source: "context" }, entity: r.entity });

/** The person a paragraph opens with as a profile does (name, then 男/女 or a nation), if any. */
/** A clause that ends in a post's title (…发改委副主任). */
// (Or a trade's rank: 北京市畜牧总站高级畜牧师; or a head's of any body: 站长, 所长; or a firm's director, 技术总监.)
// (Or a trade's: 文化馆曲艺辅导员, 曲艺家协会副主席、相声演员.)
const TITLED = new RegExp(`(主任|[局院校处科旗县区市盟镇乡站所队行厂园馆组]长|书记|经理|董事长|主席|教师|医生|医师|干部|研究员|教授|总监|护士|护士长|社工|主管|专员|官员|调研员|巡视员|科员|药师|技师|护师|检验师|教研员|老师|${TRADES})$`);

/** What may stand before a profile's name: an item's mark as a profile's line opens with it, a label, an author's word. */
const ITEM_OPENING = new RegExp(`^(${ITEM_MARK}|【[^】\\n]{1,8}】\\s*|(人物|个人)?(简介|档案|名片|小档案)[:：]\\s*)?(本文作者|作者)?$`);

/** A name opening the text at `at`, after an item's number at most (1. 杨帆，男，…). */
export function opensAt(ctx: ArticleContext, at: number, p: Ref): boolean {
  // (Or after a label in brackets, or one a colon ends: 【人物简介】杜文博，…; 人物简介：赵文博，….)
  // (Or an author's, introduced so: 【编者按】本文作者刘文博，….)
  return p.mention.start === at || ITEM_OPENING.test(ctx.text.slice(at, p.mention.start));
}

export function profileOf(ctx: ArticleContext, s: Sentence): Ref | undefined {
  const first = paragraphStart(ctx, s);
  if (!first) return undefined;
  const p = ctx.within(first.start, first.end).find((r) => r.entity.label === "Person");
  // (The name may head the paragraph in brackets: 【王强】北京市东城区发展和改革委员会副主任，….)
  if (!p || (!opensAt(ctx, first.start, p) && !headsInBrackets(ctx, p, first))) return undefined;
  // (Sex and nation may stand in brackets: 周晓梅（女），北京市西城区广安中医医院针灸科副主任医师，….)
  // (Or the age: 孙立新，45岁，北京市大兴区兴华路小学副校长.)
  // (A space may stand for the comma, or nothing where the fields show what follows: 赵明辉　男，汉族，…; 巴图孟和男，蒙古族，….)
  if (/^((?:[,，】][ \t\u3000]*|[ \t\u3000]+|(?=[男女][,，](?:[\u4e00-\u9fff]{1,4}族|[0-9]{4}年)))(男|女|[\u4e00-\u9fff]{1,4}族|[0-9]{2}岁)[,，]|[（(](男|女)(?:[,，、][\u4e00-\u9fff]{1,4}族)?[）)][,，])/.test(ctx.text.slice(p.mention.end, p.mention.end + 10))) return p;
  // (Or the post held, opening with its body: 张伟，北京市朝阳区发改委副主任，….)
  // (Or said with 是, the sentence ending with the post: 刘志强是首都医科大学附属北京朝阳医院心脏中心副主任医师。)
  // (Or after a colon, the name a card's: 🔹王一鸣：北京市顺义区文化和旅游局挂职干部，…; the post may end the sentence.)
  // (Or end the item: 2. 刘建军，乌敦套海镇党委书记；.)
  const next = /^[,，】:：]([^,，。;；\n]{2,30})[,，。；;]/.exec(ctx.text.slice(p.mention.end, p.mention.end + 34)) ?? /^是([^,，。;；\n]{2,30})。/.exec(ctx.text.slice(p.mention.end, p.mention.end + 34));
  const body = next ? ctx.within(p.mention.end + 1, p.mention.end + 1 + next[1]!.length)[0] : undefined;
  // (A post held before, or held now, may say so: 杜文博，原任北京市石景山区人力资源和社会保障局就业促进科科长，….)
  const held = next ? /^(原任|现任|曾任|现为|原为|系)/.exec(next[1]!)?.[0].length ?? 0 : 0;
  return body && body.mention.start === p.mention.end + 1 + held && (isInstitution(body.entity) || isPlace(body.entity)) && TITLED.test(next![1]!) ? p : undefined;
}

/** The name opens the paragraph in brackets of its own (【王强】…). */
export function headsInBrackets(ctx: ArticleContext, p: Ref, first: { start: number }): boolean {
  return p.mention.start === first.start + 1 && ctx.text[first.start] === "【" && ctx.text[p.mention.end] === "】";
}

const paragraphStarts = new WeakMap<ArticleContext, Map<number, Sentence>>();

/** The first sentence of the paragraph a sentence is in (the map is built once per article). */
export function paragraphStart(ctx: ArticleContext, s: Sentence): Sentence | undefined {
  return firstOfParagraph(ctx, s.paragraph);
}

/** The first sentence of a paragraph, by its number. */
function firstOfParagraph(ctx: ArticleContext, paragraph: number): Sentence | undefined {
  let firsts = paragraphStarts.get(ctx);
  if (!firsts) {
    firsts = new Map();
    for (const x of ctx.sentences) if (!firsts.has(x.paragraph)) firsts.set(x.paragraph, x);
    paragraphStarts.set(ctx, firsts);
  }
  return firsts.get(paragraph);
}
