// What the lines around a table say of it: the unit of its figures, its caption's year, and who gives or receives what its
// rows list (the caption's city, the line introducing it, the gift the sentences before tell of, the receiver a notice names, a
// note under it on whose money its rows are).
import { ArticleContext, isInstitution, isPlace, refAt, type Ref } from "./context.js";
import type { Entity } from "../resolve/index.js";
import { AID_HEADER } from "./table-headers.js";

/** The text of the line that starts at `start`, without its line break. */
export function lineFrom(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** What the lines just above a table state of it: the unit of its figures (单位：万元), the year its caption names
 * (附表：2024年第一批…分配表). */
export function statedAbove(text: string, lines: { start: number; cells: unknown[] }[], h: number, re: RegExp): string | undefined {
  for (let k = h - 1; k >= Math.max(0, h - 3); k--) {
    const found = re.exec(lineFrom(text, lines[k]!.start))?.[1];
    if (found) return found;
  }
  return undefined;
}
/** The line right above a table, past a blank one (a Markdown table stands a blank line under its caption). */
export function captionAbove(text: string, lines: { start: number; cells: unknown[] }[], h: number): string {
  const above = lines[h - 1] && !lineFrom(text, lines[h - 1]!.start).trim() ? lines[h - 2] : lines[h - 1];
  return lineFrom(text, (above ?? lines[h]!).start);
}

/** The places of Beijing the caption right above a table names before the money it speaks of (`money`), where its words pass
 * `speaks`. */
function placesBeforeMoney(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number, money: RegExp, speaks: (text: string) => boolean = () => true): Ref[] {
  const caption = lines[h - 1];
  if (!caption || caption.cells.length > 0) return [];
  const text = lineFrom(ctx.text, caption.start);
  const at = speaks(text) ? text.search(money) : -1;
  return at < 0 ? [] : ctx.within(caption.start, caption.start + at).filter((x) => ctx.sideOf(x.entity) === "beijing" && isPlace(x.entity));
}

/** The Beijing city a caption right above a table names as the money's (2023年北京市财政援助资金分配情况), if one does. */
// (Not the city's money a district pools with its own and lays out: 通州区统筹北京市财政援助资金和区级帮扶资金，安排….)
export function captionGiver(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number): Entity | undefined {
  return placesBeforeMoney(ctx, lines, h, /(援助|帮扶|协作)资金/, (text) => /北京市(财政|级)/.test(text) && !/(统筹|整合)(使用)?北京市(财政|级)/.test(text)).pop()?.entity;
}

/** The unit of Beijing a table's caption names as the money's owner, of any level (2024年丰台区京蒙协作资金村集体经济发展项目安排表). */
export function captionOwner(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number): Entity | undefined {
  return placesBeforeMoney(ctx, lines, h, /(京蒙协作|东西部协作|援助|帮扶|协作)资金/).filter((x) => x.entity.label !== "Province").pop()?.entity;
}

/** A body of Beijing's side that can give: not the city itself, nor a person. */
const beijingBody = (ctx: ArticleContext, x: Ref) => ctx.sideOf(x.entity) === "beijing" && x.entity.label !== "Province" && x.entity.label !== "Person";
/** Words saying whose money it is, by where it comes from (全部来源于顺义区东西部协作资金). */
const SAID_WHOSE = /(?:来源于|来自于?)[^，。；]{2,30}?资金/;

/** The Beijing giver a source's cell names by its money (资金来源 | 顺义区京蒙协作资金), over a column of the row's pair. */
export function sourceCellGiver(ctx: ArticleContext, cell: { start: number; end: number }): Entity | undefined {
  return ctx.within(cell.start, cell.end).filter((x) => beijingBody(ctx, x)).pop()?.entity;
}

/** The Beijing giver the line introducing a table says pays the money out (由北京市通州区商务局从京蒙协作消费帮扶专项资金中列支). */
export function payerAbove(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number): Entity | undefined {
  let above = h - 1;
  while (above > 0 && h - above <= 2 && lines[above] && sectionHeading(ctx, lines[above]!)) above--;
  const intro = lines[above];
  if (!intro || intro.cells.length > 0) return undefined;
  const text = lineFrom(ctx.text, intro.start);
  // (Not where the line says whose money it is before who pays it out: 全部来源于顺义区东西部协作资金，由顺义团区委…拨付.)
  if (SAID_WHOSE.test(text)) return undefined;
  const paid = /由([^，。；,;由]{2,30}?)(?:从[^，。；,;]{2,30}?)?(?:列支|拨付|支付|出资)/.exec(text);
  if (paid) return ctx.within(intro.start + paid.index, intro.start + paid.index + 1 + paid[1]!.length).filter((x) => beijingBody(ctx, x)).pop()?.entity;
  // (Or, with no one named paying, the programme's money it is paid from: …建设资金从北京市昌平区2024年京蒙协作资金中列支.)
  const from = /从([^，。；,;从]{2,30}?(?:京蒙|东西部)?协作[^，。；,;]{0,6}?资金)中?列支/.exec(text);
  return from ? ctx.within(intro.start + from.index, intro.start + from.index + from[0].length).filter((x) => beijingBody(ctx, x)).pop()?.entity : undefined;
}

/** A section's heading or a caption right above a table (一、“非遗进校园”传习基地校名单, 附件：服务网点名单): the line above it
 * introduces the table. */
function sectionHeading(ctx: ArticleContext, line: { start: number; cells: unknown[] }): boolean {
  if (line.cells.length > 0) return false;
  const text = lineFrom(ctx.text, line.start);
  // (Short, and opened by a section's number or 附件, or closed by what a caption calls its table.)
  return /^\s*(?:[一二三四五六七八九十]{1,3}、|附件[0-9一二三四五六七八九十]?[:：]?)?[\u4e00-\u9fff“”《》"0-9（）()]{2,30}\s*$/.test(text) &&
    /^\s*(?:[一二三四五六七八九十]{1,3}、|附件)|(?:名单|清单|表|情况)\s*$/.test(text);
}

/** A Beijing body the line introducing a table says gives (北京市石景山区下达我旗京蒙协作资金3150万元，具体安排如下：). */
export function introGiver(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number): Entity | undefined {
  // (Past a section's heading right above it, to the paragraph it heads the details of: …北京市通州区安排我旗京蒙协作资金1.26亿元… /
  // 一、项目计划明细 / 序号 | ….)
  const heading = lines[h - 1] && lines[h - 1]!.cells.length === 0 && /^\s*[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,16}\s*$/.test(lineFrom(ctx.text, lines[h - 1]!.start));
  const intro = heading ? lines[h - 2] : lines[h - 1];
  if (!intro || intro.cells.length > 0) return undefined;
  const text = lineFrom(ctx.text, intro.start);
  const beijing = (x: Ref) => beijingBody(ctx, x);
  // (Whose money it is, said where it comes from, before who pays it out: 全部来源于顺义区东西部协作资金，由顺义团区委…拨付.)
  const source = SAID_WHOSE.exec(text);
  const owner = source ? ctx.within(intro.start + source.index, intro.start + source.index + source[0].length).filter(beijing).pop() : undefined;
  if (owner) return owner.entity;
  // (Or whose money the verb pays out, named right after it: 计划安排海淀区京蒙协作资金840万元, after bodies of its named before.)
  const paid = /(?:下达|拨付|投入|安排|使用)([^，。；,;]{2,16}?)(?:京蒙协作|东西部协作|财政援助|援助|帮扶|协作)资金/.exec(text);
  const payer = paid ? ctx.within(intro.start + paid.index, intro.start + paid.index + paid[0].length).filter(beijing).pop() : undefined;
  if (payer) return payer.entity;
  const at = text.search(/(下达|拨付|投入|安排|援助|支持)/);
  return at < 0 ? undefined : ctx.within(intro.start, intro.start + at).filter(beijing).pop()?.entity;
}

/** The body a gift's table lists the gifts of (本次捐赠明细如下： / 受赠学校 | … | 金额（万元）): the last one of Beijing's side, or of
 * neither, that the sentences before it say gives (北京远帆数智科技股份有限公司…公益项目捐赠仪式在…举行). */
export function donorAbove(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number, header: string[]): Entity | undefined {
  const intro = lines[h - 1];
  const introText = intro && intro.cells.length === 0 ? lineFrom(ctx.text, intro.start) : "";
  if (!GIFT_WORD.test(introText) && !header.some((c) => /^受赠/.test(c))) return undefined;
  const at = ctx.sentenceAt(lines[h]!.start)?.index ?? ctx.sentences.length;
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const s = ctx.sentences[i]!;
    const gift = GIFT_WORD.exec(s.text);
    if (!gift) continue;
    // (Not one the gift goes through: 通过北京市顺义区慈善协会定向捐赠 is the company's.)
    const giver = ctx.within(s.start, s.start + gift.index).filter((x) => isInstitution(x.entity) && ctx.sideOf(x.entity) !== "inner-mongolia" && !/(通过|经由|经)$/.test(ctx.text.slice(x.mention.start - 2, x.mention.start))).pop();
    if (giver) return giver.entity;
  }
  return undefined;
}
const GIFT_WORD = /(捐赠|捐助|捐资|捐献)/;

/** The unit a note right under a table states (注：资金单位为万元, 单位：万元). */
export function statedBelow(text: string, lines: { start: number; cells: unknown[] }[], h: number): string | undefined {
  let end = h + 1;
  while (end < lines.length && lines[end]!.cells.length > 0) end++;
  // (Past a blank line, as a page sets a note off.)
  if (lines[end] && lines[end + 1] && text.slice(lines[end]!.start, lines[end + 1]!.start).trim() === "") end++;
  const line = lines[end];
  if (!line) return undefined;
  return /^(?:注|备注|说明)?[:：]?\s*(?:[^。\n]{0,8})?单位(?:[:：]\s*|(?:均|统一)?为)(万元|亿元|元)/.exec(lineFrom(text, line.start))?.[1];
}
/** A notice's caption naming who received the gifts its table lists (巴林右旗红十字会接受…爱心捐赠款物公示). */
const RECEIVED_CAPTION = /^([^\n。]{2,30}?)(?:接受|接收|收到)[^\n。]{0,40}(?:捐赠|捐款|捐助|款物)/;
/** The body of Inner Mongolia a caption up to six lines over a table names as receiving its gifts. */
export function receiverAbove(ctx: ArticleContext, lines: { start: number }[], h: number): Ref | undefined {
  for (let k = h - 1; k >= Math.max(0, h - 6); k--) {
    const start = lines[k]!.start;
    const head = RECEIVED_CAPTION.exec(ctx.text.slice(start, lines[k + 1]!.start))?.[1];
    const body = head ? ctx.within(start, start + head.length).filter((r) => (isInstitution(r.entity) || isPlace(r.entity)) && ctx.sideOf(r.entity) === "inner-mongolia").pop() : undefined;
    if (body) return body;
  }
  return undefined;
}

/** Whether a column of Beijing's supporters gives its rows' money: where the money's column names none of the programme's,
 * 资金规模 | 北京方支持单位, and no note under the table says whose money all its rows are (以上项目资金均为昌平区…援助资金); or where
 * it says it funds, 北京方资助单位. Beside 京蒙协作资金 the district in focus gives. */
export function supportersGive(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number, column: string, amountHeader: string): boolean {
  return /^(北京方?|京方)(支持|资助|对接)单位$/.test(column) && (/资助/.test(column) || (!AID_HEADER.test(amountHeader) && !ownerBelow(ctx, lines, h)));
}

/** What opens a note on whose money all of a table's rows are (以上项目资金均为…). */
const ALL_ROWS_MONEY = /(?:以上|上述|表中)[^。\n]{0,12}资金[^。\n]{0,4}(?:均为|全部为|均系|均来自|均来源于|来源于|全部来自)/;
/** The district of Beijing a note within six lines under a table says all its rows' money is of (1．以上项目资金均为昌平区2024年京蒙协作
 * 财政援助资金). */
function ownerBelow(ctx: ArticleContext, lines: { start: number; cells: unknown[] }[], h: number): Entity | undefined {
  let end = h + 1;
  while (end < lines.length && lines[end]!.cells.length > 0) end++;
  for (let k = end; k < Math.min(lines.length, end + 6); k++) {
    const text = lineFrom(ctx.text, lines[k]!.start);
    const m = ALL_ROWS_MONEY.exec(text);
    if (!m) continue;
    const from = lines[k]!.start + m.index + m[0].length;
    return ctx.within(from, from + 16).find((x) => x.entity.label === "District" && ctx.sideOf(x.entity) === "beijing")?.entity;
  }
  return undefined;
}

/** The giver of money a cell names by its level: the city's (市级资金) or the district's a note names (区级资金指通州区…), or
 * the district in focus. */
export function levelGiver(ctx: ArticleContext, cell: string): Entity | undefined {
  const level = /^(市级|区级)/.exec(cell)?.[1];
  if (!level) return undefined;
  if (level === "市级") return ctx.entities.get(ctx.g.lookup("北京市")?.id ?? "");
  const note = /区级(?:资金|财政资金)?(?:指|为|是)([^，,。；;）)]{2,16}?区)/.exec(ctx.text);
  const named = note ? ctx.within(note.index! + note[0].length - note[1]!.length, note.index! + note[0].length).filter((x) => x.entity.label === "District").pop()?.entity : undefined;
  return named ?? (ctx.beijingFocus?.label === "District" ? ctx.beijingFocus : undefined);
}

/** The district a row's own column of Beijing's partners names, where the column of money is the programme's: 投资企业 | 北京结对区
 * | … | 其中京蒙协作资金（万元） is the district's money, the firm's investment beside it its own. */
export function pairedDistrictGives(ctx: ArticleContext, header: string[], row: { start: number; end: number }[], amountAt: number): Entity | undefined {
  if (!/(京蒙|东西部)协作资金/.test(header[amountAt]!)) return undefined;
  const at = header.findIndex((c) => /^(北京)?(结对|帮扶|对口帮扶)(区|地区|城区)$/.test(c));
  return at < 0 ? undefined : ctx.within(row[at]!.start, row[at]!.end).find((x) => x.entity.label === "District" && ctx.sideOf(x.entity) === "beijing")?.entity;
}

/** The one hospital, school or organisation of Inner Mongolia the article's title names, placed at `at`. */
export function titleBody(ctx: ArticleContext, at: number): Ref | undefined {
  const title = ctx.sentences[0];
  if (!title) return undefined;
  const bodies = [...new Set(ctx.within(title.start, title.end).filter((r) => !r.mention.nested && /^(Hospital|School|Organization)$/.test(r.entity.label) && ctx.sideOf(r.entity) === "inner-mongolia").map((r) => r.entity))];
  return bodies.length === 1 ? refAt(bodies[0]!, at) : undefined;
}
