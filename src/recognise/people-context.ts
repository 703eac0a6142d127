// People named by the context around them: a profile's opening, a roster's line, a form's field, a bracket of sex or post,
// a table's 姓名 column, someone introduced (名叫…) or saying something (…表示).
import { barredLines, isSectionHeading } from "../normalise/index.js";
import {
  LISTED_WITH_HOME_RE, TAKES_POST_RE, TENURE_LINE_RE, SUBJECT_RE, SPEAKER_AFTER_KIND_RE, WAS_RE, MONGOLIAN_SUBJECT_RE, AGED_RE, NAME_FIELD_RE, CARD_NAME_RE, APPOSED_RE, COPULA_POST_RE, BRACKETED_POST_RE,
  NARRATOR_RE, SPEAKER_AFTER_QUOTE_RE, LINE_NAME_RE, COME_FROM_RE, OF_BODY_RE, APPOINTED_RE, MEMBER_RE, CAME_TO_SERVE_RE, ITEM_FROM_RE, QUOTED_TITLE_RE, BODY_THEN_NAME_RE,
  BODY_LINE_NAME_RE, COMMA_CONTACT_RE, SECTION_CONTACT_RE, AUTHOR_NOTE_NAME_RE, SPACED_ROSTER_LINE_RE, BODY_NAME_TRADE_RE, QUOTED_HEADING_RE, SPEAKER_LINE_RE, DASHED_PAIR_RE,
  SPEAKER_NAMED_RE, SCRIPT_SPEAKER_RE, HOST_RE, PICTURE_PLACE_RE, SENT_NAME_RE, NAMED_RE, STAFF_OF_RE, PRONOUN_NEXT_RE, PROFILE_RE, POST_OF_RE,
  HEADING_NAME_RE, PROFILE_HEADING_RE, BRACKETED_SEX_RE, ROSTER_LINE_RE, PROFILE_POST_RE, NUMBERED_ROW, LABEL_ANYWHERE
} from "./context-patterns.js";
import { listedNames } from "./listed-names.js";
import { ADDRESS_WORDS, hasSurname, inTwoParts, isMongolianName, hasNonNameChars, hasNonNameCharsBeforeHe, person, surnames } from "./person-names.js";
import type { WordTests } from "./people.js";
import type { Mention } from "./types.js";
import { TERM_AT_END } from "./suffixes.js";
import { NAME_COLUMN, hasPeopleTable } from "./people-tables.js";
import { studioMaster } from "./studio-masters.js";


/** A term after a name's note in brackets (李明轩（教授）1年). */
const TERM_AFTER_NOTE = new RegExp(`(?<=[）)])\\s*${TERM_AT_END.source}`);

/** The cells under a 姓名 (or 学员) header of a table whose cells are kept apart by bars, with where their text starts. */
function nameColumnCells(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  if (!hasPeopleTable(text)) return out;
  // (Every column of people: 北京主讲教师 | 本地辅导教师.)
  let columns: number[] = [];
  let width = 0;
  for (const { start, cells } of barredLines(text)) {
    // (A section's heading between tables keeps the column: a list split by kind, 一、挂职干部 | (一)教育, goes on with its rows.)
    if (cells.length < 2) {
      if (!isSectionHeading(text, start)) columns = [];
    } else if (columns.length === 0 || cells.length !== width) {
      // (Or trainees': 学员 | 派出学校 | 跟岗学校.)
      // (Or experts' and doctors' sent: 授课专家 | 工作单位, 派驻医生.)
      columns = cells.flatMap((c, i) => (NAME_COLUMN.test(c.text) ? [i] : []));
      width = cells.length;
    } else {
      for (const column of columns) {
        const cell = cells[column]!;
        const raw = text.slice(cell.start, cell.end);
        out.push({ start: cell.start + raw.length - raw.trimStart().length, text: cell.text });
      }
    }
  }
  return out;
}

/** A surname and a word of address after one's age, the old's too (68岁的村民郭大爷, 王奶奶). */
const AGED_ADDRESSED = new RegExp(`^[\u4e00-\u9fff](${ADDRESS_WORDS}|老汉|奶奶|爷爷)`);

/** Names the context vouches for, in the order their patterns are tried (the first to take a span keeps it). */
export function contextNames(text: string, words: WordTests, add: (m: Mention) => void): void {
  const { isCommonWord, isSingleWord } = words;
  /** A name introduced as one (名叫…, 【…】): a Han name of two or three characters, or a Mongolian one. */
  // (A Mongolian one may hold a character no Han name does: 乌日娜's 日.)
  const introduced = (name: string) => ((hasSurname(name) && name.length <= 3 && !hasNonNameChars(name)) || isMongolianName(name, 2)) && !isSingleWord(name);
  /** A name with a surname we know, no function word's character, not one ordinary word, nor (where `opening`) opening with one. */
  // (Unless a name of three the article says twice or more, as it does a person it tells of: 高志刚, though 高志 is a word.)
  const repeated = (name: string) => name.length === 3 && text.split(name, 3).length > 2;
  const surnamed = (name: string, opening = true) => hasSurname(name) && !hasNonNameChars(name) && !isSingleWord(name) && (!opening || !isCommonWord(name) || repeated(name));
  /** Each name a pattern's first group holds, ending `tail` characters before its match does, taken where `accept` says (or `inRow`, for a match opening a numbered row: 3. 高远，…). */
  const byPattern = (re: RegExp, tail: number, accept: (name: string) => boolean, confidence: number, inRow?: (name: string) => boolean) => {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (accept(name) || (inRow !== undefined && NUMBERED_ROW.test(m[0]) && inRow(name))) add(person(m.index! + m[0].length - name.length - tail, name, undefined, "context", confidence));
    }
  };
  // A profile opens with the name, then sex or nation (王建军，男，汉族，…): a name even without a surname we know.
  // (An item of a numbered list may open with its number: 1. 杨帆，男，1985年出生，….)
  for (const m of text.matchAll(PROFILE_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].indexOf(name);
    // (A Mongolian name may hold a character no Han name does: 巴图孟和's 和; a word one's sex follows is a name: 5. 高远，男，….)
    const sexed = hasSurname(name) && /^[,，]\s*[男女][,，]/.test(text.slice(at + name.length, at + name.length + 4));
    if ((!hasNonNameChars(name) || isMongolianName(name, 2)) && (!isSingleWord(name) || sexed)) add(person(at, name, undefined, "context", 0.8));
  }
  byPattern(POST_OF_RE, 0, surnamed, 0.7);
  byPattern(APPOINTED_RE, 0, (name) => surnamed(name, false), 0.7);
  for (const heading of [HEADING_NAME_RE, PROFILE_HEADING_RE]) byPattern(heading, 1, introduced, 0.7);
  for (const m of text.matchAll(BRACKETED_SEX_RE)) {
    // (Three characters where a surname opens them, else two: 干部李红梅（女 is 李红梅, 孙宇（男 is 孙宇.)
    const at = m.index!;
    const name = [3, 2].map((n) => text.slice(Math.max(0, at - n), at)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && c.length >= 2 && hasSurname(c) && !hasNonNameChars(c) && !isSingleWord(c));
    if (name) add(person(at - name.length, name, undefined, "context", 0.8));
  }
  byPattern(ROSTER_LINE_RE, 1, surnamed, 0.75);
  // Lists of people: a line of names with notes in brackets, or a name opening each of a run of lines.
  const isName = (name: string, mongolian: boolean) => (hasSurname(name) || (mongolian && isMongolianName(name, 2))) && !hasNonNameChars(name) && !isSingleWord(name) && !isCommonWord(name);
  for (const x of listedNames(text, isName)) add(person(x.start, x.name, undefined, "context", 0.7));
  byPattern(SPEAKER_NAMED_RE, 0, introduced, 0.7);
  // (The label vouches for a name jieba reads as a word, 张美兰.)
  byPattern(SCRIPT_SPEAKER_RE, 0, (name) => ((hasSurname(name) && name.length <= 3) || isMongolianName(name, 2)) && !hasNonNameChars(name), 0.7);
  byPattern(HOST_RE, 0, (name) => ((hasSurname(name) && name.length <= 3) || isMongolianName(name, 2)) && !hasNonNameChars(name), 0.7);
  // (One a picture's caption places by where they stand, the name right before: ▲郑浩然（左二）, 校长助理吕晨（左二）.)
  for (const m of text.includes("（") || text.includes("(") ? text.matchAll(PICTURE_PLACE_RE) : []) {
    const name = [3, 2].map((n) => text.slice(m.index! - n, m.index!)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && surnamed(c, false));
    if (name) add(person(m.index! - name.length, name, undefined, "context", 0.7));
  }
  // (The bracket of home and post vouches for a name jieba reads a word in, 包金山, or a Mongolian one of three: 朝鲁门（赤峰市乡村振兴局…副科长）.)
  byPattern(LISTED_WITH_HOME_RE, 1, (name) => surnamed(name, false) || (name.length === 3 && isMongolianName(name, 3) && !hasNonNameChars(name)), 0.7);
  for (const m of text.matchAll(TAKES_POST_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length - m[2]!.length;
    // (Not the words of a post once held: 原挂任库伦旗副旗长 names no 原挂.)
    if (text.slice(at, at + name.length) === name && surnamed(name) && !/^原|[挂原现曾]$/.test(name)) add(person(at, name, undefined, "context", 0.65));
  }
  // (Or a Mongolian name of four or more: 3. 乌兰图雅，北京市通州区中医医院针灸科医师，…; a short one too, or one of three jieba takes for a
  // place, its post after it vouching: 4.达来，海淀区农业农村局兽医师，…, 郑卫国，; or a word, a numbered row's: 3. 高远，…笛子教师，….)
  byPattern(PROFILE_POST_RE, 1, (name) => (name.length <= 3 ? surnamed(name, false) || (name.length === 3 && hasSurname(name) && !hasNonNameChars(name) && words.isPlaceWord(name) && !/[县旗市区盟镇乡村]$/.test(name)) || (isMongolianName(name, 2) && !hasNonNameChars(name) && !isSingleWord(name)) : isMongolianName(name, 4) && !hasNonNameChars(name) && !isSingleWord(name)), 0.75,
    (name) => name.length <= 3 && hasSurname(name) && !hasNonNameChars(name) && !words.isPlaceWord(name));
  byPattern(ITEM_FROM_RE, 0, surnamed, 0.65);
  byPattern(QUOTED_TITLE_RE, 0, surnamed, 0.65);
  for (const m of text.matchAll(SPEAKER_LINE_RE)) {
    const name = m[1]!;
    if ((name.length <= 3 && surnamed(name, false)) || (isMongolianName(name, 2) && !hasNonNameChars(name))) add(person(m.index! + m[0].indexOf(name), name, undefined, "context", 0.7));
  }
  // (A Han name of two or three, or a Mongolian one: a contact after a body's line, an author's note, a comma-kept contact line.)
  const hanOrMongolian = (name: string) => (name.length <= 3 && surnamed(name, false)) || (isMongolianName(name, 2) && !hasNonNameChars(name) && !isSingleWord(name));
  // (Not an author's line, 作者：…科 刘思远: the byline reads it.)
  for (const m of text.matchAll(BODY_LINE_NAME_RE)) {
    const name = m[1]!;
    const lineStart = text.lastIndexOf("\n", m.index!) + 1;
    // (Or a Mongolian name of up to five, one jieba knows as a word too: 森林草原防火股　乌云其木格.)
    if (!(hanOrMongolian(name) || (name.length >= 4 && isMongolianName(name, 2) && !hasNonNameChars(name))) || (LABEL_ANYWHERE.test(text.slice(lineStart, m.index!)) && !/^[ \t\u3000]*[（(]?(联系人|经办人|联络员)[:：]/.test(text.slice(lineStart, m.index!)))) continue;
    add(person(m.index! + m[0].length - name.length - (m[0].length - m[0].trimEnd().length), name, undefined, "context", 0.65));
  }
  byPattern(AUTHOR_NOTE_NAME_RE, 0, hanOrMongolian, 0.7);
  byPattern(COMMA_CONTACT_RE, 0, hanOrMongolian, 0.7);
  byPattern(SECTION_CONTACT_RE, 0, (name) => (name.length <= 3 && surnamed(name, false)) || (name.length === 4 && hanOrMongolian(name)) || (name.length === 4 && surnamed(name, false) && isMongolianName(name.slice(1), 2)), 0.65);
  byPattern(BODY_THEN_NAME_RE, 0, (name) => surnamed(name, false), 0.65);
  for (const m of text.matchAll(DASHED_PAIR_RE)) {
    const [first, second] = [m[1]!, m[2]!];
    const fits = (name: string) => (name.length <= 3 && surnamed(name, false)) || (isMongolianName(name, 2) && !hasNonNameChars(name) && !isSingleWord(name));
    if (!fits(first) || !fits(second)) continue;
    add(person(m.index! + m[0].indexOf(first), first, undefined, "context", 0.7));
    add(person(m.index! + m[0].length - second.length, second, undefined, "context", 0.7));
  }
  // (A unit's character after two is no third of the name: 王岩旗财政局 is 王岩 of 旗财政局.)
  // A name with its posting in brackets (王东（挂职阿尔山市副市长）).
  for (const m of text.matchAll(BRACKETED_POST_RE)) {
    // The name is the two or three characters before the bracket, after a list mark, a comma or a verb of sending.
    const lead = /(?:^|[、,，:：\s派者])([\u4e00-\u9fff]{2,3})$/.exec(text.slice(Math.max(0, m.index! - 4), m.index!));
    const name = lead?.[1];
    if (name && surnamed(name, false)) add(person(m.index! - name.length, name, undefined, "context", 0.7));
  }
  // A table's column of names (序号|姓名|派出单位及职务|…): every row's cell in it is a name.
  for (const cell of nameColumnCells(text)) {
    // (Or several, a list mark between: 王宏伟、张晓, each vouched for by its surname, a note in brackets perhaps after each: 王建华（主任医师）、李楠（主治医师）.)
    if (/^[\u4e00-\u9fff]{2,6}(?:[（(][^（()）、]{1,8}[）)])?(?:、[\u4e00-\u9fff]{2,6}(?:[（(][^（()）、]{1,8}[）)])?)+$/.test(cell.text)) {
      let at = cell.start;
      for (const item of cell.text.split("、")) {
        const part = item.replace(/[（(][^（()）]*[）)]$/, "");
        if ((part.length <= 3 && hasSurname(part) && !hasNonNameChars(part)) || isMongolianName(part, 2)) add(person(at, part, undefined, "context", 0.7));
        at += item.length + 1;
      }
      continue;
    }
    // (A two-character name padded to three is one name: 李　昕; notes in brackets may follow the name: 阿拉坦仓（蒙古族）, 邹雅文（女）.)
    // (Or a title after a space: 张宏伟 研究员.)
    // (And a term after them, in a column of names and terms: 李明轩（教授）1年.)
    const text = cell.text.replace(TERM_AFTER_NOTE, "").replace(/\s*[（(][^（()）]{1,8}[）)]$/, "").replace(/^([\u4e00-\u9fff]{2,4})[ \u3000]+[\u4e00-\u9fff]{2,6}$/, "$1");
    const name = /^[\u4e00-\u9fff]\s+[\u4e00-\u9fff]$/.test(text) ? text.replace(/\s+/g, "") : text;
    // (A name jieba knows as a word, 高建国, is a name still where a surname opens it: the column vouches for it.)
    // (A Mongolian name may run to six characters: 额尔敦其其格; of two known parts, a function word's character in it: 那仁满都拉.)
    const long = /^[\u4e00-\u9fff]{5,6}$/.test(name) && isMongolianName(name, 4) && (!hasNonNameChars(name) || inTwoParts(name));
    // (Or a Mongolian name jieba knows as a word: 宝音.)
    if ((long || /^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,5})$/.test(name)) && (!isSingleWord(name) || hasSurname(name) || isMongolianName(name, 2)) && !/(合计|小计|总计)/.test(name)) {
      const m = person(cell.start, name, undefined, "context", 0.75);
      if (name !== text) Object.assign(m, { end: cell.start + text.length, surface: text });
      add(m);
    }
  }
  // A roster's lines, each a name and who they are (the name vouched for by its surname: the line says nothing else of it).
  for (const m of text.matchAll(SPACED_ROSTER_LINE_RE)) {
    const written = m[1]!;
    const name = written.replace(" ", "");
    // (A Mongolian name may run to five characters: 额尔德木图.)
    if (name.length <= 3 ? !surnamed(name, false) && !isMongolianName(name, 2) : !isMongolianName(name, 4) || hasNonNameChars(name)) continue;
    const at = m.index! + m[0].search(/[\u4e00-\u9fff]/);
    add(Object.assign(person(at, name, undefined, "context", 0.7), { end: at + written.length, surface: written }));
  }
  byPattern(BODY_NAME_TRADE_RE, 0, (name) => surnamed(name, false) || isMongolianName(name, 2), 0.7);
  byPattern(QUOTED_HEADING_RE, 1, (name) => (surnamed(name, false) || isMongolianName(name, 2)) && !/(书记|主任|老师|校长|院长|局长|县长|旗长|大夫|医生|同志|先生|女士|阿姨|大爷|大妈|大娘|老人|记者|村民|牧民)$/.test(name), 0.7);
  // A form's name field (姓名：王磊), alone on its line or first among fields.
  byPattern(NAME_FIELD_RE, 0, (name) => !hasNonNameChars(name) && !isSingleWord(name), 0.8);
  byPattern(CARD_NAME_RE, 0, (name) => (surnamed(name, false) || isMongolianName(name, 2)) && !hasNonNameChars(name), 0.75);
  // The narrator of a first-person account names themself (我叫李明，是…).
  byPattern(NARRATOR_RE, 0, (name) => surnamed(name, false), 0.75);
  byPattern(TENURE_LINE_RE, 0, (name) => (name.length <= 3 && surnamed(name, false) && !hasNonNameChars(name)) || isMongolianName(name, 2), 0.7);
  byPattern(LINE_NAME_RE, 1, (name) => surnamed(name) && !/^(记者|主持|编者|编辑|通讯)/.test(name), 0.7);
  byPattern(MEMBER_RE, 0, surnamed, 0.65);
  byPattern(CAME_TO_SERVE_RE, 0, surnamed, 0.65);
  byPattern(COME_FROM_RE, 0, surnamed, 0.65);
  byPattern(OF_BODY_RE, 0, surnamed, 0.65);
  byPattern(NAMED_RE, 0, introduced, 0.7);
  for (const re of [PRONOUN_NEXT_RE, STAFF_OF_RE, APPOSED_RE, COPULA_POST_RE]) byPattern(re, 0, (name) => surnamed(name) || (re === APPOSED_RE && isMongolianName(name, 3)), 0.65);
  byPattern(SENT_NAME_RE, 0, surnamed, 0.6);
  for (const m of text.matchAll(MONGOLIAN_SUBJECT_RE)) {
    // (The longest ending of the run that is a name: 妈妈乌云其其格说 is 乌云其其格.)
    const run = m[1]!;
    // (After a grower's or herder's word, where that leaves a name: 瓜农巴特尔是 is 巴特尔, not 农巴特尔.)
    const afterTrade = [1, 2, 3].find((k) => /[农民]$/.test(run.slice(0, k)) && run.length - k >= 3 && isMongolianName(run.slice(k), 3));
    const cut = afterTrade ?? [0, 1, 2, 3].find((k) => run.length - k >= 3 && isMongolianName(run.slice(k), 3));
    if (cut !== undefined) add(person(m.index! + cut, run.slice(cut), undefined, "context", 0.6));
  }
  for (const m of text.matchAll(AGED_RE)) {
    // (The longest that is a Mongolian name, else a Han one of two or three characters: 萨仁托雅已 is 萨仁托雅, 王建国已 王建国.
    // Not one said only by the surname: 68岁的包姓老牧民.)
    const run = m[1]!;
    if (/^[\u4e00-\u9fff]{1,2}[姓氏]/.test(run)) continue;
    // (Nor by a word of address: 68岁的村民郭大爷.)
    if (AGED_ADDRESSED.test(run)) continue;
    const at = m.index! + m[0].length - run.length;
    // (A Mongolian name first, however short: 巴图来自 is 巴图. A Han name's third character is no verb's: 王建国 but not 巴图来, nor
    // opens one: 李想作为….)
    // (Its 和 may end it before a verb of posture: 59岁的孟庆和拍着….)
    const heEnds = /^[\u4e00-\u9fff]着/.test(run.slice(3));
    const fits = (c: string) => !(c.length === 3 && heEnds ? hasNonNameCharsBeforeHe : hasNonNameChars)(c) && !isSingleWord(c);
    // (Up to six: 36岁的乌云其其格, 52岁的宝音德力格尔.)
    // (One of four or more may be a word of jieba's, a place named so: 78岁的乌云其木格老人.)
    const mongolian = [6, 5, 4, 3, 2].map((n) => run.slice(0, n)).find((c) => isMongolianName(c, 2) && (fits(c) || (c.length >= 4 && !hasNonNameChars(c))));
    // (Nor two that open a word of three: 68岁的高血压患者.)
    // (Nor three whose last opens a school one finished: 27岁的王浩大学毕业后 is 王浩.)
    const han = [3, 2].map((n) => run.slice(0, n)).find((c) => hasSurname(c) && !isCommonWord(c) && fits(c) && !(c.length === 2 && isSingleWord(run.slice(0, 3))) && !(c.length === 3 && ((/[来去在是说已正还也都就又和与从到把被将向给让]$/.test(c) && !(c.endsWith("和") && heEnds)) || /^(作为|担任|现任|曾任|来自|带领|负责|大学|中学|小学|高中|初中)/.test(run.slice(2)))));
    const name = mongolian ?? han;
    // (Nor a department's name cut short: 49岁的普外科主任医师.)
    if (name && /^科(?!长)/.test(run.slice(name.length))) continue;
    if (name) add(person(at, name, undefined, "context", 0.6));
  }
  // (A studio's master: see studio-masters.)
  for (let s = text.indexOf("工作室"); s >= 0; s = text.indexOf("工作室", s + 3)) {
    const master = studioMaster(text, s, (w) => isCommonWord(w) || isSingleWord(w));
    if (master) add(person(master.start, master.name, undefined, "context", 0.6));
  }
  for (const m of text.matchAll(WAS_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    if (hasSurname(name) && !hasNonNameChars(name) && !isCommonWord(name)) add(person(at, name, undefined, "context", 0.55));
  }
  for (const m of text.matchAll(SUBJECT_RE)) {
    // (An adverb between the name and 是 is no part of it: 韩雪则是第一次来草原.)
    const adverbed = /^[\u4e00-\u9fff]{2}[则也还就都又才却]$/.test(m[1]!);
    const name = adverbed ? m[1]!.slice(0, 2) : m[1]!;
    // (A word of the dictionary before such an adverb is a noun: 康复也是，得持之以恒.)
    if (adverbed && isSingleWord(name)) continue;
    // (Nor is a noun and an adverb of how many: 嘎查的牛大多是老品种.)
    if (/^.(大多|大都|多半|大半|大部|基本|一般|主要|本来|原来|其实|确实|依然|仍然|已经|总是|都是)$/.test(name)) continue;
    // (Nor is a surname and a title a name: “田园长说…” is 田雨, named in full before.)
    if (/^.(园长|院长|校长|局长|站长|所长|书记|老师|主任|医生|大夫|教授|经理|队长|村长|镇长|旗长|县长|部长|处长|科长|教练|会长|馆长|行长|厂长|社长|组长|护士)$/.test(name)) continue;
    const at = m.index! + m[0].length - m[1]!.length;
    // (Nor a place and its locative before a comma that sets a scene: 东荷叶村的田埂上，一个戴着草帽的中年人….)
    if (/[上下里边旁头]$/.test(name) && /^[,，]/.test(text.slice(at + name.length, at + name.length + 1))) continue;
    // (Nor one whose last two are a word of place: 车窗外是一望无际的草场.)
    if (name.length === 3 && /[外内里上下边旁]$/.test(name) && isSingleWord(name.slice(1))) continue;
    // (A surname and 工 is how an engineer is addressed: 郑工说 is 郑建平, named in full elsewhere.)
    if (/^.工$/.test(name)) {
      if (surnames().single.has(name[0]!)) add(person(at, name[0]!, "工", "context", 0.55, true));
      continue;
    }
    // (Nor a word for whom one learns from or works beside: 带我的师傅说.)
    if (hasSurname(name) && !hasNonNameChars(name) && (!isCommonWord(name) || (repeated(name) && !isSingleWord(name))) && !/^(师傅|师父|同事|老乡|伙伴|徒弟|同学|老板)$/.test(name)) add(person(at, name, undefined, "context", 0.55));
    // (A Mongolian name before one's age, with no Han surname: 白音花村的宝音图今年42岁.)
    else if (/^(今年|现年)/.test(text.slice(at + name.length, at + name.length + 2)) && isMongolianName(name, 3) && !hasNonNameChars(name)) add(person(at, name, undefined, "context", 0.55));
  }
  // (Not a surname and a title: ”白馆长说 is someone named in full before.)
  byPattern(SPEAKER_AFTER_QUOTE_RE, 0, (name) => !/^.(?:[\u4e00-\u9fff]?长|书记|主任|老师|医生|大夫|教授|经理|师傅|大姐|大哥|阿姨|工|教练|护士|律师|博士|会计)$/.test(name) &&
    ((name.length <= 3 && surnamed(name)) || (isMongolianName(name, 3) && !hasNonNameCharsBeforeHe(name))), 0.65);
  // (A word must end at the noun and another open at the name: 工人们说 names no one.)
  for (const m of text.matchAll(SPEAKER_AFTER_KIND_RE)) {
    const name = m[1]!;
    const at = m.index! + 1;
    if (hasSurname(name) && !hasNonNameChars(name) && !isCommonWord(name) && !isSingleWord(name) && words.startsWord(at)) add(person(at, name, undefined, "context", 0.55));
  }
}

/** A post and 的 before a name that chairs, attends or speaks (…现在我旗挂职任副旗长的孙志强主持). */
// (Or comes again: …挂任副局长的杜晓鹏又来到了菜地.)
const CHAIR_VERBS = "主持|出席|讲话|致辞|表示|介绍|说|带队|陪同|参加|发言|牵头|又来到|又一次|再次|来到";
const POST_THEN_NAME = new RegExp(`(?:长|书记|主任|常委|干部|医师|医生|教师|老师|专家)(?:[（(](?:挂职|援派)[）)])?的(?=[\\u4e00-\\u9fff]{2,3}(?:${CHAIR_VERBS}))`, "g");
const CHAIRS = new RegExp(`^(${CHAIR_VERBS})`);

/** What follows a name a posting's 的 leads to: a pause, an adverb of what one does, or one's going back (…副旗长的马骏回北京). */
const PAUSE_OR_DOING_WORDS = "[、，,]|几乎|将|也|还|一直|多次|经常|全程|每|回北京|回京|回到";
/** (Or, the post one's posting, before a pause or what one does: 大兴区挂职察右前旗卫生健康委员会副主任的王磊、…, 石景山区挂职宁城县副县长的马骏几乎每个月都来.) */
const POSTED_THEN_NAME = new RegExp(`(?:挂职|挂任|援派|派驻|担任)[^，。；;,、\\n]{2,30}?(?:长|书记|秘书|主任|常委|干部|医师|医生|教师|老师|专家)的(?=[\\u4e00-\\u9fff]{2,3}(?:${PAUSE_OR_DOING_WORDS}))`, "g");
const PAUSE_OR_DOING = new RegExp(`^(${PAUSE_OR_DOING_WORDS})`);

/** Names after a post and 的, where what they do comes next: a Han name, surname first. */
export function postedNames(text: string, add: (m: Mention) => void): void {
  if (!text.includes("的")) return;
  for (const [pattern, next] of [[POST_THEN_NAME, CHAIRS], [POSTED_THEN_NAME, PAUSE_OR_DOING]] as const) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index! + m[0].length;
      const name = [3, 2].map((n) => text.slice(at, at + n)).find((c) => next.test(text.slice(at + c.length, at + c.length + 3)) && hasSurname(c) && !hasNonNameChars(c));
      if (name) add(person(at, name, undefined, "context", 0.65));
    }
  }
}
