// What a line of a document is: a table's row, a field, a heading, a roster's entry, the end of a name.
import { BULLET, ITEM_CLOSERS, ITEM_OPENERS, ROW_MARK } from "./characters.js";

/** A line that is no more than the end of a name: one or two characters and a village's or a government's ending. */
export const NAME_ENDING_ALONE = /^[\u4e00-\u9fff]{0,2}(村|嘎查|政府)$/;

/** A line that is a village's name alone. */
export const VILLAGE_ALONE = /^[\u4e00-\u9fff]{1,6}(村|嘎查)$/;

/** A line a transcript opens with the time: [00:01:05], 00:01:05, (01:05). */
const TIMED_LINE = /^\s*[\[(（【]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])）】]?/;

/**
 * A row of a list or table, a numbered heading or a labelled field: it ends its line. A row pairs two things with a
 * dash or a bar (榆垡镇—保康镇) and has no commas, which prose wrapped mid-sentence has.
 */
export function isRow(text: string): boolean {
  // (A transcript's line, timed at its start, is one speaker's turn: [00:01:05] 赵国庆：….)
  if (TIMED_LINE.test(text)) return true;
  // (Nor is a roster's line, a post and the name after a space: 北京经济技术开发区挂职干部、巴林右旗副旗长 孙浩然.)
  if (POST_AND_NAME.test(text)) return true;
  // (A comma between digits groups thousands, 500,000: no clause ends there.)
  // (A pair written with a double dash is a row too: 北京市普仁医院——化德县医院.)
  // (A case's heading ends its line, however long: 案例一：村村结对，“窦店经验”走进扣河子.)
  if (CASE_HEADING.test(text) && !/[。！？!?]/.test(text)) return true;
  // (The pair's year may close it after a comma: 北京市大兴区人民医院——察哈尔右翼前旗人民医院，2021年.)
  const dated = text.replace(/[，,]\s*(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?起?(?:结对)?$/, "");
  return (/[^—]—{1,2}[^—]|[|｜\t→]/.test(dated) && !/[，,。；;]/.test(dated.replace(/([0-9]),(?=[0-9]{3})/g, "$1"))) || (looksLikeHeading(text) && text.length < 20 && !SENTENCE_BEGUN.test(text)) || isField(text);
}

/** A line, short though it be, whose last sentence began after a full stop inside it: running text, no heading nor row, but a wrap
 * (…能多两成。”太仆 / 寺旗千斤沟镇…; （二）引企业，强链条。北京京通绿源种). */
export const SENTENCE_BEGUN = /[。！？!?][”"’」]?[\u4e00-\u9fff]+$/;

/** A list's item mark opening a line. */
export const LIST_MARK = new RegExp(`^${BULLET}`);

/** A line written mostly in Latin letters: a translation's, not a Chinese one's. */
export function inLatin(text: string): boolean {
  const letters = text.replace(/[^A-Za-z\u4e00-\u9fff]/g, "");
  return letters.length > 0 && letters.replace(/[^A-Za-z]/g, "").length > letters.length * 0.6;
}

/** A line that is a post and a name set apart after it by a space, no sentence before. */
const POST_AND_NAME = /^[^，,。；;！!？?]{2,40}(?:长|主任|书记|记者|干部|委员|主席|局长|经理|董事长|院长|校长|教师|医师|专家)[ \u3000]+[\u4e00-\u9fff]{2,4}$/;

/** A field's label, what else it covers in brackets, and a colon (受援乡镇（苏木）：): after the spaces that set it apart from the
 * field before, it opens the next (帮扶镇街：延庆镇　　受援乡镇（苏木）：…). */
// (Its English gloss may stand before the colon, as conference materials print it: 主持人 Moderator：.)
export const NEXT_FIELD = /^[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?:[ \t]*[A-Za-z][A-Za-z .&/-]{0,30}?)?[:：]/;
/** What opens a labelled field: its label, after a list's number at most (1．帮扶镇街：…). */
export const FIELD_OPENING = new RegExp(`^(?:[0-9]{1,2}[.、．]|[(（][一二三四五六七八九十0-9]{1,2}[)）])?\\s*${NEXT_FIELD.source.slice(1)}`);

/** A labelled field alone on its line (实施地点：新惠镇王家营子村), as notices and forms list them. */
export function isField(text: string): boolean {
  return FIELD_OPENING.test(text) && !/[，,。；;]/.test(text) && text.length <= 60;
}

/** A line a blank line follows that is a subtitle or a headline, not a sentence a page broke: no punctuation of a sentence,
 * and a dash opening it or a space between its items (——大兴区对口帮扶察右前旗教育体育工作综述, 专家坐诊 “传帮带”留下好技术). */
export function headlineAlone(text: string): boolean {
  return !/[，,。；;：:]/.test(text) && (/^——/.test(text) || ITEM_SPACE.test(text));
}

// (Not a school's or hospital's name a line opens with, the rest of a name a page wrapped: …榆垡中学与察右前旗 / 第一中学、….)
export function looksLikeHeading(text: string): boolean {
  return /^(第[一二三四五六七八九十]+(?![一二三四五六七八九十]|中学|小学|幼儿园|医院|人民医院|中心|实验|高级中学|初级中学|完全小学|职业)|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.、．](?![0-9]))/.test(text) || (text.length <= 24 && SUBSECTION.test(text)) || CASE_HEADING.test(text);
}

/** A numbered case or example heading a section of a report (案例一：, 典型案例2：). */
const CASE_HEADING = /^(?:典型)?(?:案例|事例|范例)[一二三四五六七八九十0-9]{1,3}[：:]/;

/** A subsection's number and its title set apart by a space (5.1 管理方针, 2.3.1 人才帮扶); not a figure a line opens with
 * (1.6 亿平方米). */
const SUBSECTION = /^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\s+(?![万亿千百十元个年月日名户]|人次|人(?![\u4e00-\u9fff]))[\u4e00-\u9fff][^，,。；;]*$/;

/** A row of a list's opening up to its name's end: a name of two or three characters (one padded to three: 张　立), after
 * the number or the mark the row may open with (1. 邵明轩　北京市…, ★ 周明辉　心血管内科…), and notes in brackets after it
 * (2. 刘晓燕（女）　北京市…). */
export const NAMED_ROW_HEAD = new RegExp(`^${ROW_MARK}?[\\u4e00-\\u9fff](?:[\\u4e00-\\u9fff]{1,2}|\\s[\\u4e00-\\u9fff])(?:[（(][^（()）\\n]{1,8}[）)])?`);
/** A row of a list opening with such a name set apart by a space. */
export const NAMED_ROW = new RegExp(`${NAMED_ROW_HEAD.source}\\s+[\\u4e00-\\u9fff]`);

/** A picture's number opening its caption's line, set apart by a space. */
export const FIGURE_HEAD = /^(?:图|照片|图片)[0-9]{1,2}(?=\s+[\u4e00-\u9fff])/;

/** A long line of phrases that spaces part instead of commas, as speech recognition writes them (…是重头戏 北京市大兴区人民医院的
 * 李文静医生 在察右前旗医院…): four at least, nearly all of two characters or more (letter spacing parts single ones). */
export const spokenPhrases = (parts: string[]) => parts.length >= 4 && parts.filter((part) => part.length >= 2).length >= 0.8 * parts.length;

/** A space between two items of a headline: a Chinese character or a closing quote or bracket before it, one or an opening one after. */
export const ITEM_SPACE = new RegExp(`[\\u4e00-\\u9fff${ITEM_CLOSERS}]\\s+[\\u4e00-\\u9fff${ITEM_OPENERS}]`);

/** The ending of a body's name (组织部, 乡村振兴局, 人民政府, 委员会, 政策研究室). */
export const BODY_END = /(部|局|委|办|办公室|室|所|站|馆|处|厅|府|会|院|校|组|中心|公司|集团)$/;

/** A numbered heading, short and no sentence (一、街道赴阿力得尔苏木开展结对共建): a table of contents names it before the
 * section does, and the section must keep it. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分])[^。！？!?]{2,30}$/;
