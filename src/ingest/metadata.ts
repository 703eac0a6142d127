// Article metadata read off the text: title, date, source and byline where the article states them.
import { NUMERAL_YEAR, numeralValue } from "../normalise/index.js";

export interface ArticleMetadata {
  title: string;
  date: string | null;
  source: string | null;
  byline: string[];
}

const NAME = "[\\u4e00-\\u9fff·]{2,6}";

/** The first `n` lines with words in them: a blank line between each (as some converters write text) moves nothing down. */
function topLines(text: string, n: number): string {
  const lines: string[] = [];
  for (let at = 0; lines.length < n && at <= text.length; ) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim()) lines.push(line);
    if (end < 0) break;
    at = end + 1;
  }
  return lines.join("\n");
}

/** The same, up to the first line of the story's prose (a sentence of thirty characters or more): a date under it is an
 * event's (一、培训时间 / 2024年4月16日至18日), not the article's. */
function headLines(text: string, n: number): string {
  const lines = topLines(text, n).split("\n");
  // (Not the title, which may exclaim: …5个项目签约，千万元款物落地嘎查！)
  const prose = lines.findIndex((l, i) => i > 0 && l.length >= 30 && /。|[，,].*[！？]/.test(l));
  return (prose < 0 ? lines : lines.slice(0, prose)).join("\n");
}

/** A dated line near the top: 2023 年 8 月 15 日 (spaces as PDF extraction leaves them), after a post's author and account
 * (原创 太仆寺旗融媒 太仆寺旗融媒 2024年09月27日), however indented; or a date set off in a line near the top: 来源：密云区支援合作办 |
 * 2024-09-30. */
function dateNearTop(lines: string): RegExpExecArray | null {
  return /^[ \t\u3000]*[^\n]{0,30}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^\n]{0,40}$/m.exec(lines) ??
    /(?:^|[|｜\s　])(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])/m.exec(lines);
}

function firstDate(text: string): string | null {
  const m = /(?:发布时间|发布日期|日期|时间)\s*[:：]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/.exec(text) ??
    /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/m.exec(text) ??
    dateNearTop(headLines(text, 6));
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}

function source(text: string): string | null {
  const labelled = /来源\s*[:：]\s*([^\s:：]{2,30}?)(?=\s|浏览|发布|作者|$)/m.exec(text)?.[1];
  if (labelled) return labelled;
  const reprinted = /[（(]\s*据\s*《([^》]{2,20})》/.exec(text)?.[1];
  if (reprinted) return reprinted;
  const paper = /[（(]\s*([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报))\s*记者/.exec(text)?.[1];
  if (paper) return paper;
  // 新华社呼和浩特11月26日电, 人民网呼和浩特9月28日电: the agency of a dateline.
  const dateline = /^\s*([\u4e00-\u9fff]{2,8}(?:社|网|日报|报|电视台))[\u4e00-\u9fff]{2,8}?[0-9]{1,2}月[0-9]{1,2}日电/m.exec(topLines(text, 8))?.[1];
  if (dateline) return dateline;
  // 兴安日报讯, 通辽新闻网讯: the outlet that opens the report.
  const opener = /^\s*(?:本报讯|([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报|新闻网|网|电视台))讯)/m.exec(text)?.[1];
  if (opener) return opener;
  const url = /(?:地址|网址|原文链接)\s*[:：]\s*(https?:\/\/\S+)/.exec(text)?.[1];
  return url ?? null;
}

/** A line that gives an article's date or source (来源：…, 发布时间：…, 2024年9月3日 …). */
// (Or an account's name, then the date: 北京大兴融媒　2024-05-17 19:42　记者 杨帆.)
const DATE_AND_SOURCE = /(来源|发布时间|发布日期|日期|时间)[:：]|^\s*\d{4}(年\d{1,2}月|-\d{1,2}-)|^\s*[\u4e00-\u9fff]{2,16}[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}/;

/** The date a speech was given, on a line of its own (——2024年1月9日在库伦旗第十七届人民代表大会第三次会议上, （2024年7月10日）). */
const SPEECH_DATE = /^(?:[—－-]+\s*\d{4}年\d{1,2}月\d{1,2}日(?:在|于)|[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$)/;

/** A post without a name (盟委副书记, 旗长). */
const POST_ALONE = /(书记|主任|主席|委员|[旗县盟市区镇乡局处科]长)$/;

/** A line of nothing but credits and names: 本报记者 李明 通讯员 王晓东. */
// (A Mongolian name may run to four: 通讯员 萨仁高娃.)
// (The outlet may open it: 内蒙古日报记者 高娃 刘向东; and the kind of reporter, 通辽日报全媒体记者 其其格 萨仁; pictures' credit too,
// 记者：特日格乐　图：张宇航.)
const CREDITS_LINE = /^\s*(?:(?:本报|本台|[\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|报社|电视台|融媒体中心|新闻网|新闻中心))?(?:全媒体|融媒体|首席|见习|特约|实习)?(?:记者|通讯员|摄影|编辑|审核|校对|责编|图(?=\s*[:：]))\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,4}(?:[\s、,，]+|$))+)+$/;

/** A credit's title standing among the names it credits (本报记者, 实习生, 特约记者): no name. */
const CREDIT_WORD = /^(本报|本台)?(记者|通讯员|摄影|编辑|实习生|见习记者|实习记者|特约记者|首席记者|特约通讯员|审核|校对|责编)$/;

/** A name with the credit's title it may follow taken off (本报记者包玉梅, 本刊记者 alone leaves nothing; so does an outlet's,
 * 融媒体记者). */
function withoutCredit(name: string): string {
  return name.replace(/^(本报|本刊|本台|本网|融媒体?|[\u4e00-\u9fff]{2,10}?(?:日报|晚报|融媒体中心|电视台|新闻网))?(特约|见习|首席|实习)?(记者|通讯员|摄影|编辑|实习生)/, "");
}

/** Bylines: a line led by □ or ■ with names, 作者: NAME (or 作者: BODY NAME), or (X报记者 NAME 通讯员 NAME). */
function byline(text: string): string[] {
  const names: string[] = [];
  const boxed = /^\s*[□■▢◻]\s*([^\n]+)$/m.exec(text)?.[1];
  // □记者 包玉梅: the titles on the line are not names.
  if (boxed) names.push(...boxed.trim().split(/[\s、,，]+/).map(withoutCredit).filter((n) => new RegExp(`^${NAME}$`).test(n)));
  // (作者：宝音 吴晓东: every name on it, up to the page's next label.)
  // (作者:记者 那仁满都拉: the title is no name, and a Mongolian name runs to six characters; 作者：党委宣传科 is a body.)
  const authors = /作者\s*[:：][ \t　]*([\u4e00-\u9fff·]{2,6}(?:[ \t　、,，]+[\u4e00-\u9fff·]{2,6})*)(?=\s|$)/m.exec(text)?.[1];
  if (authors) names.push(...authors.split(/[ \t　、,，]+/).map(withoutCredit).filter((n) => n.length >= 2 && !/(来源|发布|时间|浏览|编辑|审核|日期|点击|责编)/.test(n) && !/(科|处|室|部|局|办|委|站|队|中心|报|网)$/.test(n)));
  // (作者：北京朝阳医院呼吸与危重症医学科 刘思远: the writer's body, then the name.)
  const affiliated = authors ? undefined : /作者\s*[:：][ \t　]*[\u4e00-\u9fff]{4,30}[ \t　]+([\u4e00-\u9fff·]{2,4})[ \t　]*$/m.exec(text)?.[1];
  if (affiliated) names.push(affiliated);
  // 文/图 刘晓红 孟和, 文：李明, 撰稿 王芳: a short line near the top, or at the foot ((整理：孟凡)), that says who wrote it.
  const all = text.split("\n");
  for (const full of [...all.slice(0, 12), ...all.slice(Math.max(12, all.length - 6))]) {
    // (Up to the next credit's label, the editor's no author's: （文/孙丽萍 包晓东  编辑/韩雪）.)
    const line = full.replace(/[ \t　]+(?:编辑|责编|责任编辑|审核|校对|图|摄影|摄像)\s*[/／:：][^/／:：]*$/, "");
    const credit = /^\s*[（(]?(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文字|撰稿|整理|执笔|采写|文)\s*[/／:：|｜\s]\s*([\u4e00-\u9fff·][\u4e00-\u9fff·\s、,，]{1,30}?)[）)]?\s*$/.exec(line)?.[1];
    // (采写：本刊记者　林晓峰: the credit's title is no name.)
    // (文字｜体育组 杨帆: the writer's team is no name.)
    if (credit) names.push(...credit.trim().split(/[\s、,，]+/).map(withoutCredit).filter((n) => new RegExp(`^${NAME}$`).test(n) && n.length <= 5 && !/[组科室部处股]$/.test(n)));
  }
  // (Or on the line of the source, each credit after its mark: 来源：扎赉特旗融媒体中心　文/斯琴　图/韩雪.)
  for (const line of all.slice(0, 12)) {
    if (!/(来源|稿源|发布)/.test(line)) continue;
    // (In brackets too: 来源：西城残联 微信公众号 2023-09-14 （文/刘思雨 编辑/赵航）.)
    for (const m of line.matchAll(/(?:^|[\s　|｜（(])(?:文|图|文字|摄影|图片)\s*[/／:：]\s*([\u4e00-\u9fff·]{2,5})(?=[\s　|｜）)]|$)/g)) names.push(withoutCredit(m[1]!));
  }
  // A speech's speaker, alone on the line under its title and over its date (…发言 / 郭振宇 / （2024年7月10日）).
  const head = text.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 4);
  // (Not the post alone, the name left out: 盟委副书记.)
  const speaker = head.findIndex((l, i) => i > 0 && /^[\u4e00-\u9fff·]{2,5}$/.test(l) && !POST_ALONE.test(l) && /^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$/.test(head[i + 1] ?? ""));
  if (speaker > 0) names.push(head[speaker]!);
  // (Or after the body and post they speak as, under or over the speech's date: ——2024年1月9日在…会议上 / 库伦旗人民政府代旗长　包斯琴.)
  const posted = head.findIndex((l, i) => i > 0 && /^[\u4e00-\u9fff]{4,30}\s+[\u4e00-\u9fff·]{2,4}$/.test(l) && [head[i - 1], head[i + 1]].some((x) => x !== undefined && SPEECH_DATE.test(x)));
  if (posted > 0) names.push(/([\u4e00-\u9fff·]{2,4})$/.exec(head[posted]!)![1]!);
  // (A paper's authors under its title, each with their body in brackets: 高文博（北京市顺义区图书馆） 哈斯其其格（…图书馆）.)
  for (const l of head.slice(1, 3)) {
    const items = l.split(/[ \t　、,，;；]+/).filter(Boolean);
    const authored = items.map((item) => /^([\u4e00-\u9fff·]{1,5}(?![区旗县市盟镇乡村])[\u4e00-\u9fff])[（(][\u4e00-\u9fff（()）]{2,28}(?:院|馆|局|委|校|学|中心|公司|集团|所|站|会|部|科|室|社|厅|处|办|队)[）)]$/.exec(item)?.[1]);
    if (authored.every((n) => n !== undefined && new RegExp(`^${NAME}$`).test(n))) names.push(...(authored as string[]));
  }
  // 记者 高娃 报道 at the head of the body.
  const reported = /^\s*(?:本报)?记者\s*([\u4e00-\u9fff]{2,4})\s*报道/m.exec(topLines(text, 12))?.[1];
  if (reported) names.push(reported);
  // (Or a broadcast's closing words, the names set apart by spaces: 本台记者 乌日娜 白晓峰 报道。)
  // (Or an outlet's name before 记者: 扎赉特旗融媒体中心记者　乌云塔娜　宝音　报道.)
  const closing = /(?:本台|本报|^[\u4e00-\u9fff]{2,14})记者((?:[ \t　]+[\u4e00-\u9fff]{2,4}){1,4})[ \t　]+报道[。.]?\s*$/m.exec(text.split("\n").slice(-6).join("\n"))?.[1];
  if (closing) names.push(...closing.trim().split(/[ \t　]+/));
  // A byline line near the top: 记者 李明 通讯员 王晓东, 本报记者 李明.
  // (Or at the foot, over the editors: 记者：乌日娜　包海龙.)
  const lines = [...all.slice(0, 12), ...all.slice(Math.max(12, all.length - 6))];
  for (const full of lines) {
    // (Or at the end of the line of date and source: 2024年9月3日 来源：兴安日报 记者 包金花.)
    const credit = DATE_AND_SOURCE.test(full) ? /\s(?:本报|本台)?(?:记者|通讯员)[\s\S]*$/.exec(full)?.[0] : undefined;
    const line = credit ?? full;
    // (A line of credits only: 记者从旗里获悉，今年… opens a sentence.)
    if (!CREDITS_LINE.test(line) || line.trim().length > 40) continue;
    // (A colon may follow the title: 记者：郭鹏　娜仁.)
    // (And the photographer's: 记者 杨帆　摄影 郭子健.)
    for (const part of line.matchAll(/(?:记者|通讯员|摄影|摄像|图(?=\s*[:：]))\s*[:：]?\s*((?:[\u4e00-\u9fff]{2,4}[\s、,，]*)+)/g)) {
      // (What they did closes some: 扎赉特旗融媒体中心记者　乌云塔娜　宝音　报道.)
      names.push(...part[1]!.split(/[\s、,，]+/).filter((n) => /^[\u4e00-\u9fff]{2,4}$/.test(n) && !CREDIT_WORD.test(n) && !/^(?:报道|整理|采写|撰稿|供稿|执笔|摄影?|编译|翻译|综合|编写)+$/.test(n)));
    }
  }
  for (const m of text.matchAll(/[（(][^）)\n]{0,20}?(?:记者|通讯员)([^）)\n]{2,40})[）)]/g)) {
    for (const part of m[0].matchAll(/(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,3}?)(?=通讯员|记者|[\s、,，）)]|$)/g)) names.push(part[1]!);
    // More names after the first, set apart by spaces or 、: （通讯员 王志刚 李红）.
    // (A place the reporters write from closes some: （记者 塔娜 王宇 兴安盟报道）.)
    // (And what they did with it: （本报记者 韩雪 乌兰 整理）, （记者 王海燕 编译）.)
    const credited = m[0].replace(/\s+[\u4e00-\u9fff]{0,8}报道\s*(?=[）)]$)/, "").replace(/\s+(?:整理|采写|撰稿|供稿|执笔|摄影?|编辑|编译|翻译|综合|编写)+\s*(?=[）)]$)/, "");
    for (const part of credited.matchAll(/(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}((?:[\s、,，]+[\u4e00-\u9fff]{2,3})+)\s*[）)]/g)) {
      names.push(...part[1]!.split(/[\s、,，]+/).filter((n) => /^[\u4e00-\u9fff]{2,3}$/.test(n) && !CREDIT_WORD.test(n)));
    }
  }
  return [...new Set(names)];
}

/** A newspaper page's masthead (…第03版…) and links (上一版), a table's row, a credit in brackets, or a labelled field of a
 * page's furniture (来源：, 发布日期：). */
const MASTHEAD = /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[上下本]一?版|PDF版|^[|｜]|^[（(][^（()）]*(供稿|摄)[）)]$|^(来源|发布|日期|时间|作者|编辑|责任编辑|稿源|信息来源)[^:：]{0,4}[:：]/;

const COLUMN_TAG = /^【[^】]{1,10}】\s*/;
/** The kinds of official document a title ends in. */
const DOCUMENT_KIND = /(通知|通报|公告|公示|决定|意见|方案|报告|纪要|批复|办法|细则|名单|规划|总结)$/;

/** The headline, a column's tag before it left out (【京蒙协作】, the site's filing, no part of it), given or read. */
function title(text: string, given?: string): string {
  if (given) return given.replace(COLUMN_TAG, "");
  const labelled = /^\s*标题\s*[:：]\s*(.+)$/m.exec(text)?.[1]?.trim();
  if (labelled) return labelled.replace(COLUMN_TAG, "");
  for (const raw of text.split("\n").slice(0, 40)) {
    const line = raw.trim().replace(COLUMN_TAG, "");
    const han = line.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    // (Not a paper's masthead with its page, 乌兰察布日报　2023年12月19日　第03版：旗县区新闻, nor a labelled field.)
    // (A document's title may run long, ending in its kind: …关于公布2024年度…名单的通知.)
    if (han >= 6 && (line.length <= 40 || (line.length <= 90 && DOCUMENT_KIND.test(line))) && !/[。,，;；]$/.test(line) && !/\d+字|分钟|首页|>/.test(line) && !MASTHEAD.test(line)) return line;
  }
  return text.trim().split("\n")[0]!.trim().slice(0, 40);
}

/** Full-width figures and their separators as plain ones (２０２４－０１－０５), and a date in numerals in figures (二〇二三年
 * 十二月五日), for reading a date; the title and names keep what is written. */
function plainFigures(text: string): string {
  return text.replace(/[\uff0d-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(DATE_IN_NUMERALS, (_m, y: string, mo: string, d: string) =>
    `${figures(y)}年${numeral(mo)}月${numeral(d)}日`).replace(YEAR_IN_NUMERALS, (y) => figures(y));
}

/** A year in numerals before 年 (二〇二四年3月18日), its month and day in figures or not. */
const YEAR_IN_NUMERALS = new RegExp(NUMERAL_YEAR, "g");
const figures = (year: string) => [...year].map(numeralValue).join("");

/** A date in Chinese numerals, as a notice is signed (二〇二三年十二月五日). */
const DATE_IN_NUMERALS = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

/** The value of a month's or day's numerals (十二, 二十五, 三十一). */
function numeral(n: string): number {
  const digit = (c: string | undefined) => "零一二三四五六七八九".indexOf(c ?? "");
  const ten = n.indexOf("十");
  if (ten < 0) return digit(n);
  return (ten === 0 ? 1 : digit(n[0])) * 10 + (ten === n.length - 1 ? 0 : digit(n[ten + 1]));
}

export function readMetadata(text: string, given: { title?: string; date?: string; source?: string } = {}): ArticleMetadata {
  const figured = plainFigures(text);
  return { title: title(text, given.title), date: given.date ?? firstDate(figured), source: given.source ?? source(figured), byline: byline(figured) };
}
