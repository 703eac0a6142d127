// People named by the context around them: a profile's opening, a roster's line, a form's field, a bracket of sex or post,
// a table's 姓名 column, someone introduced (名叫…) or saying something (…表示).
import { barredLines } from "../normalise/index.js";
import { listedNames } from "./listed-names.js";
import { hasSurname, isMongolianName, hasNonNameChars, person } from "./person-names.js";
import { PERSON_LABELS } from "./suffixes.js";
import type { WordTests } from "./people.js";
import type { Mention } from "./types.js";

/** Names listed with their home and title in brackets (分别是：刘建国（北京市丰台区中心医院心血管内科主任医师）、陈晓燕（…）). */
const LISTED_WITH_HOME_RE = /(?:[：:、]|是)([\u4e00-\u9fff]{2,3})[（(](?=[^（()）\n]{2,30}?(?:医院|学校|中学|小学|大学|学院|局|委员会|中心|公司)[^（()）\n]{0,16}?[）)])/g;
/** A name opening a clause before the post it takes or took: 田静任奈曼旗委常委、副旗长, 王哲原任延庆区…副局长. */
const TAKES_POST_RE = /(?:^|[，,。；;、\s])([\u4e00-\u9fff]{2,3}?)((?:挂职|原|现|曾)?任)(?=[\u4e00-\u9fff]{2,10}?(?:委常委|副?(?:旗长|县长|市长|区长|盟长|镇长|乡长|局长|院长|校长|主任|书记)))/g;
const SUBJECT_RE = /(?:^|[的,。;:!?“”"\s】])([\u4e00-\u9fff]{2,3})(?=是|就是|说|表示|介绍|作为|担任|现任|曾任|虽然|将自己|出席并|主持会议|致辞|[,，](?:一个|一名|一位|今年|现年|是)|(?:今年|现年)[0-9一二三四五六七八九十]{2,4}岁)/g;
/** A name opening a clause before what it was (杨国栋原是…的一名科长, 吕翔原是…的老师): its 原 is no part of it. */
const WAS_RE = /(?:^|[的,。;:!?“”"\s])([\u4e00-\u9fff]{2,3}?)(?=(?:原|曾|此前|之前)(?:是|为|系|在))/g;
/** A Mongolian name of three characters or more, whole or two parts joined, before a verb of saying (乌日娜表示, 额尔敦毕力格介绍). */
const MONGOLIAN_SUBJECT_RE = /([\u4e00-\u9fff]{3,6})(?=说|表示|介绍|告诉|认为|坦言|回忆|是|作为)/g;
/** Someone introduced by their age (25岁的萨仁托雅已经…, 今年58岁的王建国): the name is read after 的, its end by what it can be. */
const AGED_RE = /[0-9一二三四五六七八九十]{1,3}岁的([\u4e00-\u9fff]{2,6})/g;
const NAME_FIELD_RE = /(?:^|\n)[ \t]*(?:姓名|名字)[:：][ \t]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,5})(?=[ \t]*(?:\n|$|[,，;；|]))/g;
const BRACKETED_POST_RE = /[（(](?:挂职|现任|任|拟任|援派|派驻|原任?(?=[\u4e00-\u9fff]{2,12}(?:局|委|办|院|校|区|县|旗|市|中心|公司)[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|委员|干部)[）)]))/g;
const NARRATOR_RE = /(?:我叫|我的名字叫|我是|本人)([\u4e00-\u9fff]{2,3})(?=[,，。;；]|[,，]?是)/g;
/** A list's line that opens with a name and a colon, then where the person works and the post (杨帆：北京市顺义区医院普外科
 * 副主任医师，挂职…). */
const LINE_NAME_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff]{2,3})[:：](?=[^\n:：]{2,40}?(?:医师|医生|教师|老师|护士长|护士|技师|干部|调研员|研究员|局长|主任|书记|院长|校长|经理|科长|处长))/g;
/** Someone said to come from a place or body, then what they take on (来自丰台区的温少杰接任卓资县委常委、副县长, 来自…的马骏目前在…). */
// (Or one said to live in a place, doing something now: 家住新地房村的刘桂兰如今在…, 来自突泉镇永安村的王志强一边….)
const COME_FROM_RE = /(?:来自|家住)[\u4e00-\u9fff]{2,20}?的([\u4e00-\u9fff]{2,3}?)(?=(?:目前|现在|如今|眼下|正|已)?(?:接任|现任|现为|挂职|挂任|担任|任|来到|赴|将在|在|一边|正在))/g;
/** Someone named after their body and 的, then the post or place they go to (商务金融局的孟祥宇挂任巴林右旗副旗长, 博兴街道的曹蕾到…). */
// (Or then a pronoun that goes on about them: 海淀区人力资源和社会保障局的朱晓，她挂职….)
const OF_BODY_RE = /(?:局|委|办|院|校|公司|集团|街道|中心|医院|学校|中学|小学)的([\u4e00-\u9fff]{2,3}?)(?=挂任|挂职|担任|出任|到|赴|来到|前往|被派|[,，][他她])/g;
/** A line of a notice appointing or removing, opening with the name (刘志强（挂职）为…副主任；杜建新的…副主任（挂职）职务；). */
const APPOINTED_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．]\s*)?(?:任命|免去|聘任)?([\u4e00-\u9fff]{2,3})(?:同志)?(?=(?:的|[（(]挂职[)）]为|为)[^\n；;。]{2,40}?(?:职务|[（(]挂职[)）])[；;。]?[ \t]*(?:\n|$))/g;
/** One of a group counted before, named after 其中 (…一共四个人，其中赵磊来自东华门街道办事处). */
const MEMBER_RE = /其中[,，]?([\u4e00-\u9fff]{2,3}?)(?=来自|从|现任|担任|原任|现在|在[\u4e00-\u9fff]{2,12}(?:挂职|支教|任教|工作))/g;
/** An item of a list run on in a paragraph, opening with the name and where the person comes from (；何建勇来自北京市房山区商务局，
 * 挂任…). */
const ITEM_FROM_RE = /[；;]([\u4e00-\u9fff]{2,3}?)(?=来自[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|办|院|校|中心|公司|政府|街道|镇|乡)[,，])/g;
/** A name right after the body the person comes from, then where they go (北京市房山区第一医院孔令辉，将到…, …委员会许文博，拟挂任…). */
const BODY_THEN_NAME_RE = /(?:局|委员会|院|校|学校|医院|中心|公司)([\u4e00-\u9fff]{2,3}?)(?=[,，](?:拟|将|将要)(?:挂任|挂职|到|赴|前往|担任|出任))/g;
/** A name closing a line after its body and department and a space (敖汉旗教育体育局德育股 孙立国; 北京市怀柔区教育委员会 京蒙协作
 * 办公室 杜建军): a contact's or signatory's line. */
const BODY_LINE_NAME_RE = /(?:局|委员会|委|科|股|室|办公室|中心|医院|学校|公司|部|处|站|院|校)[ \t\u3000]+([\u4e00-\u9fff]{2,3})[ \t\u3000]*(?=\n|$)/g;
/** A roster's line: a name (two characters padded to three, 赵　敏, as official lists align them), a space, then who they are, to the
 * line's end or a bracket: a post, or a body's name and a post (王建华　北京市东城区景山街道党工委书记, 包金山　科右前旗乡村振兴局股长). */
const SPACED_ROSTER_LINE_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．][ \t]*)?([\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})[ \t]+(?=[^\n]{0,40}?(?:书记|[旗县区市盟镇乡局处科股站所部院校厂队组社馆行]长|主任|医师|医生|教师|老师|干部|经理|董事长|总裁|主席|会长|理事长|秘书长|委员|专员|科员|护士|技师|工程师|研究员|教授|馆员|社工|志愿者)(?:[（(][^\n]*)?[ \t]*(?:\n|$))/g;
/** A heading's name between its body and its trade in brackets, a space before it or none (（一）翁牛特旗乌丹第一中学　包春梅（化学教师）). */
const BODY_NAME_TRADE_RE = /(?:学校|中学|小学|医院|卫生院|局|委员会|中心|公司|办公室|政府)[ \t]?([\u4e00-\u9fff]{2,4})(?=[（(][^（()）\n]{0,10}(?:教师|老师|医师|医生|护士|护师|技师|主任|干部|校长|院长|局长|科长|站长)[)）][ \t]*(?:\n|$))/g;
/** A feature's section headed by its subject's name and their words in quotes (高雅静：“这里的孩子，眼睛特别亮”). */
const QUOTED_HEADING_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff·]{2,4})[:：][ \t]*(?=[“"「][^\n]{2,40}[”"」][ \t]*(?:\n|$))/g;
/** A speaker's line of a transcript, the name, who they are in brackets, then a colon (刘卫东（石景山区委组织部副部长）：…). */
const SPEAKER_LINE_RE = /(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff·]{2,6})[（(][^（()）\n]{2,60}[）)][ \t\u3000]*[:：]/g;
/** A list's pair of names joined by a dash, the second's place in brackets (1. 孟庆华—吴海龙（鄂伦春自治旗人民医院普外科）): a
 * mentor and an apprentice, a helper and the helped. */
const DASHED_PAIR_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,4})[—–－]{1,2}([\u4e00-\u9fff]{2,4})(?=[（(])/g;
/** The one who said the words just quoted (说这话的是周振宇。). */
const SPEAKER_NAMED_RE = /(?:说这话的|说这番话的|说话的|讲这话的)(?:人)?是([\u4e00-\u9fff]{2,3})(?=[。,，;；])/g;
/** A speaker's label in a video or radio script (同期声（张美兰）：…). */
// (Or the name after the label's bracket, its body in brackets after: 【同期声】莫秀珍（…合作社负责人）.)
const SCRIPT_SPEAKER_RE = /(?:同期声|采访|受访者|口述|嘉宾)(?:[（(]|】[ \t]*)([\u4e00-\u9fff·]{2,6}?)(?=[)）]|[（(][^）)\n]{2,40}[)）][ \t]*(?:\n|$))/g;
/** One named right after the verb that sends them, before the next of a list or where they go (选派韩冬和…杨帆到…). */
const SENT_NAME_RE = /(?:选派|派出|委派|派遣|选送)([\u4e00-\u9fff]{2,3}?)(?=和另|、|同志|到|赴|前往)/g;
/** Someone introduced by name (一位名叫张丽的北京医生, 一位名为乌兰的妇女, 他叫巴图，是…, 一个叫托娅的小姑娘). */
const NAMED_RE = /(?:名叫|名为|名字叫|叫做|[他她]叫|(?:一个|一位|一名)叫)([\u4e00-\u9fff]{2,4})(?=[的,，。;；、]|[,，]?是)/g;
/** A name that becomes or is one of a body's staff (包桂英成为北京雅绣坊服饰有限公司的一名缝纫工). */
const STAFF_OF_RE = /(?:^|[，,。；;：:\s“”"）)])([\u4e00-\u9fff]{2,3}?)(?=(?:是|成为|当上了?|现为)[^,，。；;]{4,30}?的(?:一名|一位)[\u4e00-\u9fff]{1,8}(?:工|员|师|生|长|手))/g;
/** A name said after 是, the next clause going on about the person by 他 or 她 (另外一个人是陈静，她是护士长). */
const PRONOUN_NEXT_RE = /是([\u4e00-\u9fff]{2,3}?)(?=[,，][他她](?:是|来自|在|原|曾|今年|已经|已))/g;
const PROFILE_RE = /(?:^|\n)\s*(?:[0-9]{1,2}[.、．]\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*|【[^】\n]{1,8}】)?([\u4e00-\u9fff·]{2,6}?)(?:[,，][ \t\u3000]*|[ \t\u3000]+|(?=[男女][,，](?:[\u4e00-\u9fff]{1,4}族|[0-9]{4}年)))(?:男|女|[\u4e00-\u9fff]{1,4}族|[0-9]{2}岁)[,，]/g;
/** A name after a post or an assignment and 的, then a verb or a stop (现任察右中旗副旗长的刘志强来自…, 在…中学支教的陈思远。). */
const POST_OF_RE = /(?:旗长|县长|市长|区长|盟长|镇长|乡长|局长|处长|科长|书记|主任|院长|校长|医生|医师|教师|老师|干部|专家|支教|挂职|医疗帮扶)的([\u4e00-\u9fff]{2,3}?)(?=来自|是|说|表示|介绍|认为|告诉|对记者|向记者|汇报|发言|讲话|致辞|在发言|在讲话|在会上|与|和|一道|一起|多方|积极|主动|亲自|先后|带领|牵头|协调|一直|始终|多次|[,，。;；])/g;
/** A name in brackets heading a line (【王强】北京市…副主任): a portrait's subject. */
const HEADING_NAME_RE = /(?:^|\n)[ \t]*【([\u4e00-\u9fff·]{2,6})】/g;
/** A name with its sex in brackets after it (李红梅（女，1985年生，…）): read back from the bracket. */
const BRACKETED_SEX_RE = /[（(](?:男|女)[,，、)）]/g;
/** A roster's line: a name and, in brackets, where the person works or serves (王晓东（北京市东城区挂职阿尔山市副市长）). */
const ROSTER_LINE_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff·]{2,4})[（(](?=[^（()）\n]{0,40}(?:区|旗|县|市|盟|医院|学校|中学|小学|大学|学院|局|委|公司|镇|村|挂职|支教|帮扶)[^（()）\n]{0,40}[）)][ \t]*(?:\n|$))/g;
/** A profile's opening, a name then its body and post (张伟，北京市…局副局长，…), at a line's start or an item's of a list run on
 * in a paragraph, after its heading's stop or the item before's semicolon (（一）挂职干部。刘建军，昌平区发展和改革委员会副主任，
 * 挂职…；王珊，昌平区农业农村局四级调研员，挂职…). */
// (A list's number may open the line: 1.王海鹰，北京市大兴区人民医院骨科副主任医师，援派至…; and a trade's rank end the post:
// 高级农艺师.)
const PROFILE_POST_RE = /(?:^|\n|[。；;:：])\s*(?:【[^】\n]{1,8}】|[0-9]{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,6})[,，](?=[^,，。;；\n]{4,30}?(?:主任|局长|书记|院长|校长|处长|科长|旗长|县长|区长|市长|镇长|乡长|盟长|部长|会长|队长|技师|护士|护师|药师|经理|董事长|主席|教师|医生|医师|研究员|教授|调研员|农艺师|畜牧师|兽医师|工程师|站长|所长|研究生|讲师|助教)[,，])/g;
/** A notice's labelled person (联系人：马骁, 组长：孟庆和…, 项目经理：孙志强（一级建造师）): the label's name, its spaces gone. */
// (The field may open a bracket: （联系人：杨帆，四子王旗东西部协作工作办公室；电话：…）.)
// (A label may follow another field on its line, after a space: 编辑：王蕾　审核：苏日娜.)
const LABELLED_PERSON_RE = new RegExp(`(?:^|\\n|[ \\t\u3000])[ \\t\u3000]*[（(]?(?:${PERSON_LABELS})[:：][ \\t\u3000]*(?=[\\u4e00-\\u9fff])`, "g");
const LABEL_ANYWHERE = new RegExp(`(${PERSON_LABELS})[:：]`);
/** What may follow such a name on its line: the line's end, a bracket, a space or a mark, another field, or a body. */
const AFTER_LABELLED = /^(?:$|\n|[(（\s,，;；。:：、]|联系|电话|手机|传真|邮箱|[\u4e00-\u9fff]{1,12}?(?:旗|县|区|市|盟|局|委|办|院|校|公司|中心|镇|乡|苏木))/;

/** A column's header over names: of people, trainees, experts or doctors sent. */
// (A note on what the cells hold may follow in brackets: 执行院长（派出单位职务）.)
export const NAME_COLUMN = /^(姓名|名字|学员|授课专家|主讲专家|授课人|主讲人|授课教师|专家姓名|派驻医生|派驻人员|派出人员|帮扶医生|支教教师|帮扶人员|联系人|负责人|带头人|理事长|执行院长|执行校长|带队专家)(?:[（(][^）)]{1,12}[）)])?$/;

/** The cells under a 姓名 (or 学员) header of a table whose cells are kept apart by bars, with where their text starts. */
function nameColumnCells(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  if (!/(姓名|名字|学员|专家|授课人|主讲人|教师|医生|人员|联系人|负责人|带头人|理事长|执行院长|执行校长)(?:[（(][^）)|]{1,12}[）)])?\s*\|/.test(text)) return out;
  let column = -1;
  let width = 0;
  for (const { cells } of barredLines(text)) {
    if (cells.length < 2) column = -1;
    else if (column < 0 || cells.length !== width) {
      // (Or trainees': 学员 | 派出学校 | 跟岗学校.)
      // (Or experts' and doctors' sent: 授课专家 | 工作单位, 派驻医生.)
      column = cells.findIndex((c) => NAME_COLUMN.test(c.text));
      width = cells.length;
    } else {
      const cell = cells[column]!;
      const raw = text.slice(cell.start, cell.end);
      out.push({ start: cell.start + raw.length - raw.trimStart().length, text: cell.text });
    }
  }
  return out;
}

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
  /** Each name a pattern's first group holds, ending `tail` characters before its match does, taken where `accept` says. */
  const byPattern = (re: RegExp, tail: number, accept: (name: string) => boolean, confidence: number) => {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (accept(name)) add(person(m.index! + m[0].length - name.length - tail, name, undefined, "context", confidence));
    }
  };
  // A profile opens with the name, then sex or nation (王建军，男，汉族，…): a name even without a surname we know.
  // (An item of a numbered list may open with its number: 1. 杨帆，男，1985年出生，….)
  for (const m of text.matchAll(PROFILE_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].indexOf(name);
    // (A Mongolian name may hold a character no Han name does: 巴图孟和's 和.)
    if ((!hasNonNameChars(name) || isMongolianName(name, 2)) && !isSingleWord(name)) add(person(at, name, undefined, "context", 0.8));
  }
  byPattern(POST_OF_RE, 0, surnamed, 0.7);
  byPattern(APPOINTED_RE, 0, (name) => surnamed(name, false), 0.7);
  byPattern(HEADING_NAME_RE, 1, introduced, 0.7);
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
  byPattern(LISTED_WITH_HOME_RE, 1, surnamed, 0.7);
  for (const m of text.matchAll(TAKES_POST_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length - m[2]!.length;
    // (Not the words of a post once held: 原挂任库伦旗副旗长 names no 原挂.)
    if (text.slice(at, at + name.length) === name && surnamed(name) && !/^原|[挂原现曾]$/.test(name)) add(person(at, name, undefined, "context", 0.65));
  }
  // (Or a Mongolian name of four or more: 3. 乌兰图雅，北京市通州区中医医院针灸科医师，….)
  byPattern(PROFILE_POST_RE, 1, (name) => (name.length <= 3 ? surnamed(name, false) : isMongolianName(name, 4) && !hasNonNameChars(name) && !isSingleWord(name)), 0.75);
  byPattern(ITEM_FROM_RE, 0, surnamed, 0.65);
  for (const m of text.matchAll(SPEAKER_LINE_RE)) {
    const name = m[1]!;
    if ((name.length <= 3 && surnamed(name, false)) || (isMongolianName(name, 2) && !hasNonNameChars(name))) add(person(m.index! + m[0].indexOf(name), name, undefined, "context", 0.7));
  }
  // (Not an author's line, 作者：…科 刘思远: the byline reads it.)
  for (const m of text.matchAll(BODY_LINE_NAME_RE)) {
    const name = m[1]!;
    const lineStart = text.lastIndexOf("\n", m.index!) + 1;
    if (!surnamed(name, false) || (LABEL_ANYWHERE.test(text.slice(lineStart, m.index!)) && !/^[ \t\u3000]*[（(]?(联系人|经办人|联络员)[:：]/.test(text.slice(lineStart, m.index!)))) continue;
    add(person(m.index! + m[0].length - name.length - (m[0].length - m[0].trimEnd().length), name, undefined, "context", 0.65));
  }
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
    // (A two-character name padded to three is one name: 李　昕.)
    // (Notes in brackets may follow the name: 阿拉坦仓（蒙古族）, 邹雅文（女）.)
    // (Or a title after a space: 张宏伟 研究员.)
    const text = cell.text.replace(/\s*[（(][^（()）]{1,8}[）)]$/, "").replace(/^([\u4e00-\u9fff]{2,4})[ \u3000]+[\u4e00-\u9fff]{2,6}$/, "$1");
    const name = /^[\u4e00-\u9fff]\s+[\u4e00-\u9fff]$/.test(text) ? text.replace(/\s+/g, "") : text;
    // (A name jieba knows as a word, 高建国, is a name still where a surname opens it: the column vouches for it.)
    if (/^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,5})$/.test(name) && (!isSingleWord(name) || hasSurname(name)) && !/(合计|小计|总计)/.test(name)) {
      const m = person(cell.start, name, undefined, "context", 0.75);
      if (name !== text) Object.assign(m, { end: cell.start + text.length, surface: text });
      add(m);
    }
  }
  // A roster's lines, each a name and who they are (the name vouched for by its surname: the line says nothing else of it).
  for (const m of text.matchAll(SPACED_ROSTER_LINE_RE)) {
    const written = m[1]!;
    const name = written.replace(" ", "");
    if (!surnamed(name, false) && !isMongolianName(name, 2)) continue;
    const at = m.index! + m[0].search(/[\u4e00-\u9fff]/);
    add(Object.assign(person(at, name, undefined, "context", 0.7), { end: at + written.length, surface: written }));
  }
  byPattern(BODY_NAME_TRADE_RE, 0, (name) => surnamed(name, false) || isMongolianName(name, 2), 0.7);
  byPattern(QUOTED_HEADING_RE, 1, (name) => (surnamed(name, false) || isMongolianName(name, 2)) && !/(书记|主任|老师|校长|院长|局长|县长|旗长|大夫|医生|同志|先生|女士|阿姨|大爷|大妈|大娘|老人|记者|村民|牧民)$/.test(name), 0.7);
  // A form's name field (姓名：王磊), alone on its line or first among fields.
  byPattern(NAME_FIELD_RE, 0, (name) => !hasNonNameChars(name) && !isSingleWord(name), 0.8);
  // The narrator of a first-person account names themself (我叫李明，是…).
  byPattern(NARRATOR_RE, 0, (name) => surnamed(name, false), 0.75);
  byPattern(LINE_NAME_RE, 1, (name) => surnamed(name) && !/^(记者|主持|编者|编辑|通讯)/.test(name), 0.7);
  byPattern(MEMBER_RE, 0, surnamed, 0.65);
  byPattern(COME_FROM_RE, 0, surnamed, 0.65);
  byPattern(OF_BODY_RE, 0, surnamed, 0.65);
  byPattern(NAMED_RE, 0, introduced, 0.7);
  byPattern(PRONOUN_NEXT_RE, 0, surnamed, 0.65);
  byPattern(STAFF_OF_RE, 0, surnamed, 0.65);
  byPattern(SENT_NAME_RE, 0, surnamed, 0.6);
  for (const m of text.matchAll(MONGOLIAN_SUBJECT_RE)) {
    // (The longest ending of the run that is a name: 妈妈乌云其其格说 is 乌云其其格.)
    const run = m[1]!;
    const cut = [0, 1, 2, 3].find((k) => run.length - k >= 3 && isMongolianName(run.slice(k), 3));
    if (cut !== undefined) add(person(m.index! + cut, run.slice(cut), undefined, "context", 0.6));
  }
  for (const m of text.matchAll(AGED_RE)) {
    // (The longest that is a Mongolian name, else a Han one of two or three characters: 萨仁托雅已 is 萨仁托雅, 王建国已 王建国.
    // Not one said only by the surname: 68岁的包姓老牧民.)
    const run = m[1]!;
    if (/^[\u4e00-\u9fff]{1,2}[姓氏]/.test(run)) continue;
    const at = m.index! + m[0].length - run.length;
    // (A Mongolian name first, however short: 巴图来自 is 巴图. A Han name's third character is no verb's: 王建国 but not 巴图来.)
    const fits = (c: string) => !hasNonNameChars(c) && !isSingleWord(c);
    // (Up to five: 36岁的乌云其其格.)
    const mongolian = [5, 4, 3, 2].map((n) => run.slice(0, n)).find((c) => isMongolianName(c, 2) && fits(c));
    const han = [3, 2].map((n) => run.slice(0, n)).find((c) => hasSurname(c) && !isCommonWord(c) && fits(c) && !(c.length === 3 && /[来去在是说已正还也都就又和与从到把被将向给让]$/.test(c)));
    const name = mongolian ?? han;
    if (name) add(person(at, name, undefined, "context", 0.6));
  }
  for (const m of text.matchAll(WAS_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    if (hasSurname(name) && !hasNonNameChars(name) && !isCommonWord(name)) add(person(at, name, undefined, "context", 0.55));
  }
  for (const m of text.matchAll(SUBJECT_RE)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    if (hasSurname(name) && !hasNonNameChars(name) && (!isCommonWord(name) || (repeated(name) && !isSingleWord(name)))) add(person(at, name, undefined, "context", 0.55));
  }
}

/** Names a notice's labels vouch for (联系人：马骁, 组长：孟庆和鄂伦春自治旗…), read before titles are: a title's reading
 * (组长：孟庆 and 和) would take the span first. */
export function labelledNames(text: string, add: (m: Mention) => void, byline: string[] = []): void {
  if (!LABEL_ANYWHERE.test(text)) return;
  // (The label vouches for a name jieba reads as a word, 王岩.)
  // (Nor is 和 a conjunction there, where a body follows: 组长：孟庆和鄂伦春自治旗乡村振兴局副局长.)
  const labelled = (c: string) => ((c.length <= 3 && hasSurname(c) && !hasNonNameChars(c.replace(/和$/, ""))) || isMongolianName(c, 2));
  for (const m of text.matchAll(LABELLED_PERSON_RE)) {
    let at = m.index! + m[0].length;
    // (Not another label, 作者: 来源:, nor a title or a body's office, 审核：李主任, 编辑：宣传科.)
    const fits = (c: string) => /^[\u4e00-\u9fff]+$/.test(c) && AFTER_LABELLED.test(text.slice(at + c.length, at + c.length + 14)) &&
      !/^\s*[:：]/.test(text.slice(at + c.length, at + c.length + 3)) && !/(主任|书记|老师|科|处|室|部|办|局|股|组)$/.test(c);
    // After the body and a space first: 联系人：市卫生健康委基层卫生健康科　白玉洁, 联系人：敖汉旗教育体育局德育股 孙立国 (not 敖汉).
    // (A space the text lost between a section and the name is no loss where the phone comes next: …消费帮扶科郑晓，电话.)
    const afterBody = /^[\u4e00-\u9fff]{2,24}?(?:局|委|办|科|股|室|院|校|中心|公司|政府|部|会|队|所|站)[ \t\u3000]+(?=[\u4e00-\u9fff])/.exec(text.slice(at, at + 40)) ??
      /^[\u4e00-\u9fff]{2,24}?(?:科|股|室|处|部)(?=[\u4e00-\u9fff]{2,3}(?:[,，]?(?:电话|手机|联系电话)|[ \t]*(?:\n|$)))/.exec(text.slice(at, at + 40));
    const from = afterBody ? at + afterBody[0].length : at;
    let name = afterBody ? [3, 2].map((n) => text.slice(from, from + n)).find((c) => /^[\u4e00-\u9fff]+$/.test(c) && /^(?:$|\n|[\s(（)）,，;；。]|电话|手机)/.test(text.slice(from + c.length, from + c.length + 2)) && labelled(c)) : undefined;
    if (name) at = from;
    // (Else the name right after the label; a Mongolian name of five or six characters whole: 作者：特木尔巴根（…）.)
    name ??= [6, 5].map((n) => text.slice(at, at + n)).find((c) => fits(c) && isMongolianName(c)) ??
      [3, 2, 4].map((n) => text.slice(at, at + n)).find((c) => fits(c) && !(c.length === 3 && /[旗县区市盟镇乡村]$/.test(c)) && labelled(c));
    // (The byline's names are read as the byline's: 作者：王海波.)
    if (!name || byline.includes(name)) continue;
    add(person(at, name, undefined, "context", 0.7));
    // (Its list may go on over the lines under it, a name and a space opening each: 成员：王岩…\n吴海燕 旗审计局审计师.)
    for (let next = text.indexOf("\n", at); next >= 0; next = text.indexOf("\n", at)) {
      const row = /^\n[ \t]*([\u4e00-\u9fff]{2,4})[ \t]+(?=[\u4e00-\u9fff])/.exec(text.slice(next, next + 12));
      if (!row || !labelled(row[1]!)) break;
      at = next + row[0].indexOf(row[1]!);
      add(person(at, row[1]!, undefined, "context", 0.65));
    }
  }
}

/** A post and 的 before a name that chairs, attends or speaks (…现在我旗挂职任副旗长的孙志强主持). */
const CHAIR_VERBS = "主持|出席|讲话|致辞|表示|介绍|说|带队|陪同|参加|发言|牵头";
const POST_THEN_NAME = new RegExp(`(?:长|书记|主任|常委|干部|医师|医生|教师|老师|专家)(?:[（(](?:挂职|援派)[）)])?的(?=[\\u4e00-\\u9fff]{2,3}(?:${CHAIR_VERBS}))`, "g");
const CHAIRS = new RegExp(`^(${CHAIR_VERBS})`);

/** Names after a post and 的, where what they do comes next: a Han name, surname first. */
export function postedNames(text: string, add: (m: Mention) => void): void {
  if (!text.includes("的")) return;
  for (const m of text.matchAll(POST_THEN_NAME)) {
    const at = m.index! + m[0].length;
    const name = [3, 2].map((n) => text.slice(at, at + n)).find((c) => CHAIRS.test(text.slice(at + c.length, at + c.length + 2)) && hasSurname(c) && !hasNonNameChars(c));
    if (name) add(person(at, name, undefined, "context", 0.65));
  }
}
