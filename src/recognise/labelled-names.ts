// Names a notice's labels and a text's credits vouch for (联系人：马骁, 组长：孟庆和…, 图片：额尔敦　周明, 成员名单：…).
import { LABELLED_PERSON_RE, LABEL_ANYWHERE, AFTER_LABELLED } from "./context-patterns.js";
import { hasSurname, isMongolianName, hasNonNameChars, hasNonNameCharsBeforeHe, person } from "./person-names.js";
import { LABEL_GLOSS, PERSON_LABELS, PROGRAMME_LABELS } from "./suffixes.js";
import { BULLET, CREDITED_BODY_ENDING } from "../normalise/index.js";
import type { Mention } from "./types.js";

/** A list of names a notice gives (评标委员会成员名单：, 磋商小组成员名单：; or on the line under a heading so ending: 五、评标委员会
 * 成员名单 / 王建军、齐玉柱), or a line's body then its people (▶北京市大兴区第一中学：
 * 李春燕（数学）、周明（物理）). */
const NAME_LIST_RE = /名单[:：][ \t\u3000]*(?=[\u4e00-\u9fff])|名单[:：]?[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?=[\u4e00-\u9fff]{2,4}、)|(?:^|\n)[ \t]*[^\u4e00-\u9fff\s0-9a-zA-Z（(]?[\u4e00-\u9fff]{2,30}?(?:学校|中学|小学|大学|学院|分院|医院|卫生院|公司|中心)[:：](?=[\u4e00-\u9fff]{2,4}[（(、])/g;

/** Names a notice's labels vouch for (联系人：马骁, 组长：孟庆和鄂伦春自治旗…), read before titles are: a title's reading
 * (组长：孟庆 and 和) would take the span first. */
export function labelledNames(text: string, add: (m: Mention) => void, byline: string[] = [], isWord?: IsWord): void {
  // (A credit by a slash counts: 文/韩雪松　图/冯一鸣; a picture's after a space, 图：张宇航.)
  if (!LABEL_ANYWHERE.test(text) && !/(名单|院|校|学|司|心)[:：]|名单\s*\n|(?:^|[\s|｜])[文图][/／]|[ \t\u3000]图[:：]/.test(text)) return;
  for (const m of [...text.matchAll(LABELLED_PERSON_RE), ...text.matchAll(NAME_LIST_RE)]) {
    let at = m.index! + m[0].length;
    // (Not another label, 作者: 来源:, nor a title or a body's office, 审核：李主任, 编辑：宣传科.)
    const fits = (c: string) => /^[\u4e00-\u9fff]+$/.test(c) && AFTER_LABELLED.test(text.slice(at + c.length, at + c.length + 14)) &&
      !/^\s*[:：]/.test(text.slice(at + c.length, at + c.length + 3)) && !/(主任|书记|老师|科|处|室|部|办|局|股|组)$/.test(c);
    // After the body and a space first: 联系人：市卫生健康委基层卫生健康科　白玉洁, 联系人：敖汉旗教育体育局德育股 孙立国 (not 敖汉).
    // (A space the text lost between a section and the name is no loss where the phone comes next, or the line's end: …消费帮扶科郑晓，电话,
    // （联系人：市妇联发展部周雅琴）, …基层卫生健康处杨帆010-83970512.)
    const afterBody = /^[\u4e00-\u9fff]{2,24}?(?:局|委|办|科|股|室|组|院|校|中心|公司|政府|部|会|队|所|站|处|馆)[ \t\u3000]+(?=[\u4e00-\u9fff])/.exec(text.slice(at, at + 40)) ??
      /^[\u4e00-\u9fff]{2,24}?(?:科|股|室|处|部)(?=[\u4e00-\u9fff]{2,3}(?:[,，]?(?:电话|手机|联系电话)|[ \t]*[0-9]{3}|[)）]?[ \t]*(?:\n|$)))/.exec(text.slice(at, at + 40));
    const from = afterBody ? at + afterBody[0].length : at;
    // (A Mongolian name may run to five: …疾控股 那仁满都拉，电话.)
    let name = afterBody ? [5, 4, 3, 2].map((n) => text.slice(from, from + n)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && /^(?:$|\n|[\s(（)）,，;；。0-9]|电话|手机)/.test(text.slice(from + c.length, from + c.length + 2)) && (c.length <= 3 && vouched(c) || standsAlone(c, isWord) || (c.length === 5 && isMongolianName(c)))) : undefined;
    if (name) at = from;
    // (Else the name right after the label; a Mongolian name of five or six characters whole: 作者：特木尔巴根（…）.)
    name ??= [6, 5].map((n) => text.slice(at, at + n)).find((c) => fits(c) && isMongolianName(c)) ??
      [3, 2, 4].map((n) => text.slice(at, at + n)).find((c) => fits(c) && !(c.length === 3 && /[旗县区市盟镇乡村]$/.test(c)) && vouched(c)) ??
      // (Or whatever name the label and a line's end or a space close, of no known surname: 编辑：达丽娅　审核：….)
      // (Not a bracket, which a table's next header may open: 负责人 | 奖补资金（万元）.)
      [4, 3, 2].map((n) => text.slice(at, at + n)).find((c) => /^(?:$|[\s、])/.test(text.slice(at + c.length, at + c.length + 1)) && standsAlone(c, isWord));
    // (The byline's names are read as the byline's: 作者：王海波.)
    if (!name || byline.includes(name)) continue;
    add(person(at, name, undefined, "context", 0.7));
    // (Others the label names may follow, a list mark between: 联系人：郭婷婷、王斌; 成员名单：白音仓、孙立新、赵红梅.)
    // (A bracketed note may stand after one: 佟丽丽（采购人代表）、王振东.)
    const noted = (end: number) => end + (/^[（(][^（()）\n]{1,12}[）)](?=、)/.exec(text.slice(end, end + 16))?.[0].length ?? 0);
    for (let end = noted(at + name.length); text[end] === "、"; end = noted(end)) {
      const from = end + 1;
      const next = [2, 3, 4].map((n) => text.slice(from, from + n)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && /^(?:$|[、，,。；;（(\s])/.test(text.slice(from + c.length, from + c.length + 1)) && vouched(c));
      if (!next || byline.includes(next)) break;
      add(person(from, next, undefined, "context", 0.65));
      end = from + next.length;
    }
    // (Or a space between, as credits set them: see namesAfterSpaces.)
    namesAfterSpaces(text, at + name.length, add, byline, isWord);
    // (Its list may go on over the lines under it, a name and a space opening each: 成员：王岩…\n吴海燕 旗审计局审计师.)
    for (let next = text.indexOf("\n", at); next >= 0; next = text.indexOf("\n", at)) {
      const row = /^\n[ \t]*([\u4e00-\u9fff]{2,4})[ \t]+(?=[\u4e00-\u9fff])/.exec(text.slice(next, next + 12));
      if (!row || !vouched(row[1]!)) break;
      at = next + row[0].indexOf(row[1]!);
      add(person(at, row[1]!, undefined, "context", 0.65));
    }
  }
}

/** A meeting programme's label, its English gloss kept, or a list's bullet, before a name, a comma and the body one is of (致辞
 * Remarks：何建新，北京市支援合作办公室副主任; · 韩雪，北京兴厨餐饮管理有限公司（…）总经理). A transcript's 主持人： opens speech,
 * never a name so followed. */
const PROGRAMME_NAME_RE = new RegExp(`(?:(?:^|[\\s（(|])(?:${PROGRAMME_LABELS})${LABEL_GLOSS}[:：]|(?:^|\\n)[ \\t]*${BULLET})[ \\t]*([\\u4e00-\\u9fff]{2,4})(?=[,，](?![您你我他她在是])[\\u4e00-\\u9fff]{2,30}?(?:局|委|办|院|校|学|处|馆|公司|中心|政府|会|部|所|站|队|社)[\\u4e00-\\u9fff]{0,8}(?:$|[\\s,，;；。（()）A-Za-z]))`, "g");

const PROGRAMME_ANYWHERE = new RegExp(PROGRAMME_LABELS);

/** The names a meeting's programme gives after its labels. */
export function programmeNames(text: string, add: (m: Mention) => void): void {
  if (!PROGRAMME_ANYWHERE.test(text)) return;
  for (const m of text.matchAll(PROGRAMME_NAME_RE)) {
    const name = m[1]!;
    // (Not one called by a title: 主持人：杨医生，….)
    if (/(医生|老师|大夫|主任|书记|[总长])$/.test(name)) continue;
    if ((hasSurname(name) && name.length <= 3 && !hasNonNameChars(name)) || isMongolianName(name, 2)) add(person(m.index! + m[0].length - name.length, name, undefined, "context", 0.7));
  }
}

/** A body's name opening a line or a bracket, a space after it: a credit's, when only names follow to the bracket's or the line's
 * end ((科右中旗税务局 包红梅 王晓东), 科右前旗总工会 包海龙). */
const CREDITED_BODY_RE = new RegExp(`(?:^|\\n|[（(])[ \\t\u3000]*[^\\s（()）,，。;；:：、]{2,30}?(?:${CREDITED_BODY_ENDING})(?=(?:[ \u3000]+[\\u4e00-\\u9fff]{2,6}){1,4}[ \u3000]*(?:[)）]|\\n|$))`, "g");

/** The people a credit names after their body, no label before it: （四子王旗融媒体中心 斯琴 刘畅）. */
export function creditedStaff(text: string, add: (m: Mention) => void, byline: string[] = []): void {
  // (No label vouches here, only a body's ending, which a heading's word may have too: 一台晚会　两地情深.)
  for (const m of text.matchAll(CREDITED_BODY_RE)) namesAfterSpaces(text, m.index + m[0].length, add, byline);
}

/** A credit's word, or two run together (翻译整理), which may follow a name after a space: no name of its own. */
const CREDIT_WORD = new RegExp(`^(?:${PERSON_LABELS}|记者|通讯员|实习生|特约|本报|电话|手机)+$`);

/** A name a label or credit vouches for, though jieba reads it as a word (王岩): a Han name of up to three characters, or a
 * Mongolian one; 和 may close it, no conjunction where a body follows (组长：孟庆和鄂伦春自治旗乡村振兴局副局长). */
function vouched(c: string): boolean {
  return (c.length <= 3 && hasSurname(c) && !hasNonNameCharsBeforeHe(c)) || isMongolianName(c, 2);
}

/** Whether a candidate is one ordinary word of the dictionary (网络, 综合, 海棠). */
export type IsWord = (candidate: string) => boolean;

/** A name a credit's delimiters vouch for, though it has no known surname nor Mongolian parts (达丽娅, 特日格乐): two to four
 * characters none of which a name never holds, no office's or place's ending, no credit's word and no ordinary word (图片：网络).
 * Only where the dictionary can be asked. */
function standsAlone(c: string, isWord: IsWord | undefined): boolean {
  return isWord !== undefined && /^[\u4e00-\u9fff]{2,4}$/.test(c) && !hasNonNameChars(c) && !/[科处室部办局股组队站所院校会心社旗县区市盟镇乡村]$/.test(c) &&
    !CREDIT_WORD.test(c) && !/(记者|编辑|通讯员|实习生|主任|书记|老师|医生|经理|长|总)$/.test(c) && !isWord(c);
}

/**
 * The names a credit lists after its first, a space before each, each closing the line or before a space, a bracket or a
 * list mark (图片：额尔敦　周明, 通讯员 郭建华 乌云其木格); a Mongolian name whole (摄像：吴昊　斯琴巴特尔); past one's body in brackets
 * (导演：包斯琴（太仆寺旗融媒体中心）　郑晓). `end` is where the first name ends.
 */
export function namesAfterSpaces(text: string, end: number, add: (m: Mention) => void, byline: string[] = [], isWord?: IsWord): void {
  const bracketed = (at: number) => at + (/^[（(][^（()）\n]{2,20}[）)](?=[ \u3000])/.exec(text.slice(at, at + 24))?.[0].length ?? 0);
  for (let at = bracketed(end); /^[ \u3000]{1,2}[\u4e00-\u9fff]/.test(text.slice(at, at + 3)); ) {
    const from = at + /^[ \u3000]+/.exec(text.slice(at))![0].length;
    const next = [6, 5, 4, 3, 2].map((n) => text.slice(from, from + n)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && /^(?:$|\n|[ \u3000（()）]|、)/.test(text.slice(from + c.length, from + c.length + 1)) && !CREDIT_WORD.test(c) &&
      ((c.length <= 3 ? vouched(c) : isMongolianName(c, 2)) || standsAlone(c, isWord)));
    if (!next || byline.includes(next)) return;
    add(person(from, next, undefined, "context", 0.65));
    at = bracketed(from + next.length);
  }
}
