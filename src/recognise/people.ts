// People: names next to a title (何其帅老师, 主任医师崔平), names the context vouches for, bylines, and names the article repeats.
import { Coverage } from "./coverage.js";
import type { Mention } from "./types.js";
import { contextNames, postedNames } from "./people-context.js";
import { creditedStaff, labelledNames, namesAfterSpaces, programmeNames } from "./labelled-names.js";
import { ADDRESS_WORDS, hasDoubleSurname, hasSurname, inTwoParts, isMongolianName, isMongolianWord, hasNonNameChars, hasNonNameCharsBeforeHe, person, surnames } from "./person-names.js";
import { isTransliterated, mongolianSyllables } from "./mongolian-syllables.js";
import { ACTING, SPEAKING, AFTER_RE, BEFORE_RE, PERSON_NOUN, STRONG_TITLES_BEFORE, TITLES_AFTER, TITLES_BEFORE } from "./person-titles.js";
import { FOLLOWERS, followerAt, followerLength } from "./name-followers.js";
import { compoundHalves } from "./compound-halves.js";
import { localPeople } from "./local-people.js";

/** Subjects a school teaches and a hospital's specialties: before 教师 or 医生 they say what the person does, not the end of
 * a name (数学教师, 麻醉医生: 麻 is a surname). */
const TAUGHT = /(数学|语文|英语|物理|化学|生物|历史|地理|政治|体育|音乐|美术|科学|信息|书法|舞蹈|麻醉|急诊|检验|影像|护理|康复|全科|口腔|乡村|家庭|社区|特教|公卫|儿科|妇产|中医|蒙医|外科|内科|超声|放射|病理|药剂|植保|农技|兽医|草原)$/;

/** A press credit, which may name others after the first, a space before each (通讯员 郭建华 乌云其木格). */
const PRESS_CREDIT = /^(记者|通讯员|实习生|摄影)$/;

/** 任 taking a class or a school's teaching, not a name of that surname: 任高二化学, 任教学副校长. */
const TAKES_CLASS = /^任(?:高[一二三]|初[一二三]|教学|[一二三四五六七八九]年级|班主任)/;

/** A surname and a word of address, read whole (患者家属李大姐). */
const SURNAME_ADDRESSED = new RegExp(`^[\u4e00-\u9fff](${ADDRESS_WORDS})$`);

/** Words of places and bodies that read like Mongolian names. */
const PLACE_WORDS = /^(嘎查|苏木|嘎查达|嘎查村|社区|街道|乡镇|旗里|盟里)$/;

/** What people recognition asks of word segmentation. */
export interface WordTests {
  /** The candidate opens with an ordinary word rather than a name (培训班, 高兴地). */
  isCommonWord(candidate: string): boolean;
  isSingleWord(candidate: string): boolean; // one ordinary word (支教, 皮肤科)
  isPlaceWord(candidate: string): boolean; // one dictionary word jieba tags a place (于洋, 高原)
  /** A word starts at this offset of the text. */
  startsWord(at: number): boolean;
}

/** Where each of the names occurs in the text, in order, overlapping or not: one pass over the text for them all. */
function occurrences(text: string, names: Set<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // (A few names are found fastest by a search each; many, as a long report has, by one pass.)
  if (names.size <= 24) {
    for (const name of names) {
      const at: number[] = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) at.push(i);
      if (at.length) out.set(name, at);
    }
    return out;
  }
  const lengths = [...new Set([...names].map((n) => n.length))];
  const firstChars = new Set([...names].map((n) => n[0]));
  for (let at = 0; at < text.length; at++) {
    if (!firstChars.has(text[at])) continue;
    for (const n of lengths) {
      const word = text.slice(at, at + n);
      if (names.has(word)) (out.get(word) ?? out.set(word, []).get(word)!).push(at);
    }
  }
  return out;
}

/** A body's ending stands right before `at`, which jieba's guesses may glue to a surname after it (局郑 of 农业农村局郑海涛). */
const afterBodysEnd = (text: string, at: number) => /[局院办委会部处站所校馆队]/.test(text[at - 1] ?? "") && /[\u4e00-\u9fff]/.test(text[at - 2] ?? "");

export function recognisePeople(
  text: string, byline: string[], blocked: (start: number, end: number) => boolean, words: WordTests,
): Mention[] {
  const { isCommonWord, isSingleWord, startsWord } = words;
  const found: Mention[] = [];
  // (Offsets the names found so far take: a search through them all per name made long reports quadratic.)
  const taken = new Coverage(text.length);
  const add = (m: Mention) => {
    // (A word of places or bodies is no one's name: 嘎查 of 嘎查党支部书记、嘎查达….)
    if (PLACE_WORDS.test(m.name)) return;
    // (Nor is a name a list hides in part, 张某某, 其某格: no one the reader can tell. Nor the state's word opening a phrase after a
    // title: 乡村教师 + 国家通用语言文字.)
    // (Nor a word of Mongolian life, a surname's character opening it: 那达慕.)
    if (m.name.includes("某") || /^国家/.test(m.name) || isMongolianWord(m.name)) return;
    if (blocked(m.start, m.end) || taken.any(m.start, m.end)) return;
    found.push(m);
    taken.mark(m.start, m.end);
  };
  const wordEnd = (at: number, room: number) => {
    if (room < 3) return 0;
    const two = isCommonWord(text.slice(at + 2, at + 6));
    return two === isCommonWord(text.slice(at + 3, at + 7)) ? 0 : two ? 2 : 3;
  };
  labelledNames(text, add, byline, isSingleWord);
  creditedStaff(text, add, byline);
  programmeNames(text, add);
  postedNames(text, add);
  for (const m of text.matchAll(BEFORE_RE)) {
    // A title that begins inside a name is none (林俗村民宿提升: 村民 across 林俗村 and 民宿).
    if (blocked(m.index!, m.index! + 1)) continue;
    // (A surname and a head's title, quoted or after a pause, address someone already named: “乌旗长懂技术” names no 懂技术.)
    if (/长$/.test(m[1]!) && hasSurname(text[m.index! - 1] ?? "") && /^[“"‘「，,。！!？?：:；;\s]$/.test(text[m.index! - 2] ?? "")) continue;
    // (A reporter spoken to is no byline: 给记者看手机, 告诉记者. Nor the last title of a quoted list: “院长+科主任+护士长”成建制.)
    if ((m[1] === "记者" && /[给向对跟和与诉]$/.test(text.slice(Math.max(0, m.index! - 1), m.index!))) || (/[”"]$/.test(m[0]) && /“[^“”]{0,12}[+＋、，,][^“”]{0,12}$/.test(text.slice(Math.max(0, m.index! - 16), m.index!)))) continue;
    // (Nor an interviewer's turn, a question after the colon: 记者：研学的“基地”是怎么建起来的？)
    if (/[:：]\s*$/.test(m[0]) && /^[^\n]*[?？]/.test(text.slice(m.index! + m[0].length))) continue;
    // (Nor the reporter's own narration after the speaker's label: 记者：郝建国是…的副旗长 names 郝建国, no reporter.)
    if (/^(记者|通讯员)$/.test(m[1]!) && /[:：]\s*$/.test(m[0]) && /^[\u4e00-\u9fff]{2,4}(?:是|在|作为|担任|介绍|说|表示|告诉|今年|现年|[,，])/.test(text.slice(m.index! + m[0].length))) continue;
    const at = m.index! + m[0].length;
    const run = m[2]!;
    // (Nor a host's words after the colon, 主持人：谢谢; nor a conjunction after a title said after a surname, 林大夫和莫日根.)
    if ((/[:：]\s*$/.test(m[0]) && /^(谢谢|感谢|大家|各位|欢迎|好的|是的|您好|你好)/.test(run)) || (/^[和与及]/.test(run) && hasSurname(text[m.index! - 1] ?? "") && TITLES_AFTER.includes(m[1]!))) continue;
    // (Nor one whose last character opens a word with the next: 全村民宿 is 民宿, not 村民 and a name; jieba's 猎民关 + 玉林 is no such word.)
    if (!STRONG_TITLES_BEFORE.includes(m[1]!) && /民$/.test(m[1]!) && !startsWord(at) && (startsWord(at - 1) || !startsWord(m.index!))) continue;
    // Two characters when a follower comes next, else three (崔平结束 / 付东阳介绍); a name in two parts joined by a
    // dot (那顺·巴雅尔) whole, when a follower comes after it.
    const dot = /^[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,5}$/.test(run) ? run.indexOf("·") : -1;
    // (The second part ends at the first follower after two characters or more: 那顺·巴雅尔说 is 那顺·巴雅尔.)
    const dottedLen = dot < 0 ? 0 : [2, 3, 4, 5].map((k) => dot + 1 + k).find((end) => end <= run.length && followerAt(text, at + end)) ?? 0;
    const dotted = dottedLen > 0;
    // A Mongolian name after a title, up to six characters, to where a follower comes (书记乌云其木格介绍).
    // (Up to two characters past the run are looked at, not taken: a next title's name stays to be read.)
    const long = run + (m[3] ?? "");
    // (Two characters only when a name part is the whole name: 旗长苏和, 村民孟和说.)
    // (Or, of three characters or more, one written in the syllables Mongolian names are, 副旗长格日勒图，; or, with no follower, one of two parts of two or more each, 牧民阿拉坦高娃开心地说.)
    const mongolian = dotted ? 0 : [6, 5, 4, 3, 2].find((n) => n <= long.length && (isMongolianName(long.slice(0, n), 2) || (n >= 3 && isTransliterated(long.slice(0, n)))) && followerAt(text, at + n)) ??
      [6, 5, 4].find((n) => n <= long.length && inTwoParts(long.slice(0, n))) ??
      // (Or one of known parts where no syllable goes on and an adverb opens after three or more, 护士乌日娜刚休完产假 (jieba's 刚休), or an ordinary word, 牧民宝音专程赶来.)
      [5, 4, 3].find((n) => n <= long.length && isMongolianName(long.slice(0, n), 2) && /^[刚才正已又也还就都曾仍便]/.test(text[at + n] ?? "") && !mongolianSyllables().has(text[at + n] ?? "")) ??
      [5, 4, 3, 2].find((n) => n <= long.length && isMongolianName(long.slice(0, n), 2) && !mongolianSyllables().has(text[at + n] ?? "") && isCommonWord(text.slice(at + n, at + n + 4)) &&
        // (Not two characters a Han surname opens where a follower comes one character on: 理事长包文明说 is 包文明, though 明说
        // is a word.)
        !(n === 2 && hasSurname(long) && followerAt(text, at + 3))) ?? 0;
    if (mongolian) {
      add(person(at, long.slice(0, mongolian), m[1], "title", 0.7));
      // (A byline's credit may name others after it: 记者：萨仁高娃 王磊.)
      if (PRESS_CREDIT.test(m[1]!)) namesAfterSpaces(text, at + mongolian, add, byline, isSingleWord);
      continue;
    }
    // (No follower after either: where an ordinary word opens after one of the two only — 副县长王哲全程跟进 is 王哲.)
    // (A speech's heading ends the name at its colon: 库伦旗人民医院院长　吴恩和：, though 和 may follow a name.)
    const headed = /^[\u4e00-\u9fff]{3}[:：][ \t]*(?:\n|$)/.test(text.slice(at, at + 8));
    // (A third character 和 before a follower ends the name, not a conjunction after two: 董事长孟庆和介绍.)
    const endsInHe = run[2] === "和" && run.length >= 3 && followerAt(text, at + 3) && !/^[和与及]/.test(text.slice(at + 3, at + 4)) && !/^(同事|同学|同伴|同行|队友|战友|爱人|妻子|丈夫|徒弟|学生|搭档)/.test(text.slice(at + 3, at + 6));
    // (A surname of two characters opens a name of three or four: 主任欧阳振华挂任….)
    const double = hasDoubleSurname(run) ? [3, 4].find((n) => n <= run.length && followerAt(text, at + n)) : undefined;
    // (Nor does 来 alone, where a follower of two characters or more, or 说 and a stop, comes after it: 书记白春来站在…, 孙福来说，…; not 李娟来到.)
    const endsInLai = run[2] === "来" && run.length >= 3 && ((followerLength(text, at + 2) === 1 && followerLength(text, at + 3) >= 2) || /^说[，,：:“"]/.test(text.slice(at + 3, at + 5)));
    const len = dotted ? dottedLen : headed || endsInHe || endsInLai ? 3 : double ?? (followerAt(text, at + 2) ? 2 : followerAt(text, at + 3) && run.length >= 3 ? 3 : wordEnd(at, run.length));
    const name = run.slice(0, len);
    const strong = STRONG_TITLES_BEFORE.includes(m[1]!);
    // (Nor 任 taking a class: 教师　任高二化学.)
    if (TAKES_CLASS.test(text.slice(at, at + 5))) continue;
    // (A credit's colon may be followed by a department: 编辑：宣传科.)
    if (/[:：]\s*$/.test(m[0]) && /[科处室股]$/.test(name)) continue;
    // (A modal verb opens a clause, not a name: 看专家要跑到通辽; nor does a verb of coming or acting as: 陈旗长来送站,
    // 副旗长当主播.)
    // (Nor does a word of negation or degree: 北京专家不只是来看病的; nor of time just past: 潘书记刚来的时候.)
    // (Nor an adverb of time, a surname's character opening it: 挂职校长迟早要回北京.)
    // (Nor a verb of speaking or laughing after a title: 巴特尔书记讲得很实在, 书记笑着迎上来; 说 no name holds, hasNonNameChars says.)
    if (/^(?:[要会能可应将就还都也想让来去当不没只才又仍到刚讲笑问]|带着|带领|陪同|陪着|跟着|亲自|迟早|早晚|始终|常常|经常|终于|总算|仍然|依然|马上|立刻|随时|从来|向来|早就|曾经)/.test(name)) continue;
    // (Nor a surname and a word of address: 患者家属李大姐.)
    if (SURNAME_ADDRESSED.test(run.slice(0, 3))) continue;
    // (Nor an adverb of doubled characters: 农民辛辛苦苦种一年.)
    if (run[0] === run[1] && run[2] !== undefined && run[2] === run[3]) continue;
    // (Nor, after a kind of person, an adverb of degree: 不少学生连规范的运球动作都不会.)
    if (PERSON_NOUN.test(m[1]!) && /^[连更很最]/.test(name)) continue;
    // (Nor a word a head's 长 opens: 专区长期有效 is 长期, no 区长.)
    if (/长$/.test(m[1]!) && /^[期久远足江城度廊河]/.test(name)) continue;
    // (A kin word inside another is no title: 妇女儿童健康.)
    if (/^(女儿|儿子|媳妇|老伴|父亲|母亲|哥哥|姐姐|弟弟|妹妹)$/.test(m[1]!) && !startsWord(m.index!)) continue;
    // (Nor the 翁 of 主人翁.)
    if (m[1] === "主人" && text[at] === "翁") continue;
    // (Nor a word a resident's 民 opens: 我市民宿业主 is 民宿.)
    if (/民$/.test(m[1]!) && isSingleWord(text.slice(at - 1, at + 1))) continue;
    // (Nor what follows a name, 斯琴校长常说; nor a feast or a meet a title's word opens: 农民丰收节, 教师节.)
    if (FOLLOWERS.includes(name) || /^(丰收节|运动会|艺术节|文化节|读书节|节日)/.test(text.slice(at, at + 3))) continue;
    // (Nor such a word and what makes it an adverb: 患者家属高兴地说.)
    if (FOLLOWERS.some((f) => f.length >= 2 && name.length > f.length && name.startsWith(f))) continue;
    // (Nor a word the title opens: 教练席上, 教练组, 专家组, 老师傅.)
    if ((/(教练|专家)$/.test(m[1]!) && /^[席员组车队团]/.test(name)) || (m[1] === "老师" && name[0] === "傅")) continue;
    // (Transliterated names take any characters, 那 of 那顺 too: the dot and the title vouch for them.)
    // After an ordinary title the parts must read as names, not phrases (医生苏日娜·巴特尔), or be known ones (会长那顺·巴雅尔); a
    // part of one character is a clan's initial before a known one (理事长宝·那顺).
    const parts = name.split("·");
    const namePart = (part: string, i: number) => isMongolianName(part, 2) ||
      ((part.length >= 2 || (i === 0 && isMongolianName(parts[1] ?? "", 2))) && !/[的了是在和与及或对为从向把被这那个们]/.test(part));
    if (dotted && (strong || parts.every(namePart))) {
      add(person(at, name, m[1], "title", strong ? 0.8 : 0.7));
      continue;
    }
    // (A heading's name may end in 和, as Mongolian names do: 吴恩和：.)
    if (!len || dotted || (headed || endsInHe ? hasNonNameCharsBeforeHe : hasNonNameChars)(name) || TITLES_BEFORE.includes(name)) continue;
    // (Nor a word of measure or 于 before a figure: 牧民鲜奶约1.1亿元, 负责人须于5月20日前.)
    if (/[约近超达逾于]$/.test(name) && /^[0-9]/.test(text[at + len] ?? "")) continue;
    // (After a colon, a name stands alone or before a follower, as a byline's does: 内蒙古日报记者：京蒙协作资金和… is a
    // question asked, not a reporter named.)
    if (/[:：]\s*$/.test(m[0]) && !followerAt(text, at + len) && !/^(记者|通讯员|摄影|编辑)/.test(text.slice(at + len, at + len + 3))) continue;
    // A word at the head of a three-character run is no objection after a strong title when a surname opens it and the run is no single word (书记包金山说: jieba reads 包金 as a word).
    // (So after an ordinary title, 院长包金山对…, when no word of two or more closes the run; nor a two-character surname jieba reads as a word, 欧阳.)
    // (After a noun for a kind of person, what opens with a word is no name: 学生宿舍楼, 游客王先生; but a name of three that speaks next may: 学生包天宇说.)
    const speaks = name.length === 3 && hasSurname(name) && (/^[:：说]/.test(text[at + 3] ?? "") || SPEAKING.test(text.slice(at + 3, at + 5)));
    if (PERSON_NOUN.test(m[1]!) && (isCommonWord(name) || (isSingleWord(name.slice(0, 2)) && !speaks) || /(先生|女士|大爷|大妈|阿姨|师傅|同志)$|^.(先|女)$/.test(text.slice(at, at + 3)))) continue;
    // (Nor, after a strong title, a name of two closing its run, which jieba reads as a word: 记者 于洋.)
    // (Nor before a verb only a person does: 主任医师高阳在…开展, 记者高原说; nor a place's name before one of speaking, 副旗长于洋介绍.)
    const closing = strong && len === 2 && (/^[^\u4e00-\u9fff]?$/.test(text.slice(at + 2, at + 3)) || (ACTING.test(text.slice(at + 2, at + 4)) && !/[时后前中里上下间]$/.test(name)) || (SPEAKING.test(text.slice(at + 2, at + 4)) && words.isPlaceWord(name))) && hasSurname(name) && !followerAt(text, at + 1);
    // (Nor a word of degree and what it says of the one titled: 年轻记者很有灵气.)
    if (/^[很更最太挺]/.test(name)) continue;
    // (Nor a word and the 化 that makes a verb of it, the 队 that makes a team of it or the 站 or 室 that makes a place of it:
    // 派驻专家常态化, 牧民马术队, 患者康复站; nor, after an ordinary title, what closes a word into a phrase: 医生成长起来, 患者康复路.)
    if (len === 3 && isSingleWord(name.slice(0, 2)) && (/[化队站室]/.test(name[2]!) || (!strong && /[起使后路过着]/.test(name[2]!) && isCommonWord(name.slice(0, 2))))) continue;
    // (A place jieba knows, of three characters, is a name after a strong title or a surname, a follower after: 主任医师马建国于, 总监马建国常驻;
    // a kind of practitioner is none: 青年蒙医师.)
    const placeNamed = (strong || hasSurname(name)) && len === 3 && words.isPlaceWord(name) && followerAt(text, at + 3);
    if (isCommonWord(name) && len !== double && !closing && !(len === 3 && hasSurname(name) && (!isSingleWord(name) || placeNamed) && (strong || placeNamed || !isSingleWord(name.slice(1))))) continue;
    if ((strong || hasSurname(name)) && !/(医师|教师|技师|律师)$/.test(name)) add(person(at, name, m[1], "title", strong ? 0.8 : 0.7));
    // (A byline's credit may name others after a space, each closing the line or before a space: 通讯员 郭建华 乌云其木格.)
    if (PRESS_CREDIT.test(m[1]!) && (strong || hasSurname(name))) namesAfterSpaces(text, at + len, add, byline, isSingleWord);
  }
  for (const m of text.matchAll(AFTER_RE)) {
    // (支书 inside 党总支书记 is no title after a name: 党总 is none.)
    if (m[2] === "支书" && text[m.index! + m[0].length] === "记") continue;
    // A noun for a kind of person before the name describes it (游客王先生, 村民李大爷): the name is what follows.
    const lead = /^(游客|记者|村民|牧民|群众|网友|患者|学生|家长|市民|居民|农民|职工|员工|队员|代表|嘉宾|客商|老板)/.exec(m[1]!)?.[0] ?? "";
    // (副 and 常务 before a title are the title's: 到武川县任副县长 names no 任副.)
    const unprefixed = m[1]!.slice(lead.length).replace(/(常务|副)+$/, "");
    // (So is what makes a longer title of it: 公司总经理孟庆丰, 120余名班主任 name no 公司总, 余名班. And 等 closing a list of those
    // the title fits is none of theirs: 昌平区农业农村局郑海涛等同志.)
    const longer = [2, 1].find((k) => unprefixed.length > k && TITLES_AFTER.includes(unprefixed.slice(-k) + m[2]!)) ?? 0;
    const run = unprefixed.slice(0, unprefixed.length - longer).replace(/(?<=[\u4e00-\u9fff]{2})等$/, "");
    const title = (m[1]!.slice(lead.length + run.length) + m[2]!).replace(/^等/, "");
    const runStart = m.index! + lead.length;
    if (!run) continue;
    // (An honour's 名 before the title is no name's: 孙卫东名校长工作室.)
    if (/名$/.test(run) && /^(校长|园长|医生|教师|老师|班主任)$/.test(m[2]!)) continue;
    // (Nor the 老 of old hands before the title: 5名农业老专家, 老干部.)
    if (/老$/.test(run) && /^(专家|干部|党员|教师|医生|同志|师傅)$/.test(m[2]!)) continue;
    for (const len of [3, 2]) {
      if (run.length < len) continue;
      const name = run.slice(run.length - len);
      // (A department before a title is no name: 呼吸科主任.)
      // (Nor a subject taught or a specialty: 高一（3）班数学教师 names no 班数学, 麻醉医生 no 麻醉.)
      // (Nor the verb 任 after the body a post is taken in: 援派太仆寺旗医院任业务副院长 names no 任业务.)
      // (Nor a word said twice before a surname: 谢谢包旗长 thanks 包旗长.)
      // (Nor the 首席 of a chief's title: 放射治疗部门首席医生蒋卫东 names no 门首席.)
      if ((len === 3 && name[0] === name[1]) || name.endsWith("首席")) continue;
      // (老人 only after 的 or a clause's opening: 村的王淑芬老人, not 用蒙语跟老人 nor 一位失能老人.)
      if (m[2] === "老人" && !/^$|[的,，。；;：:“\s]$/.test(text.slice(Math.max(0, runStart + run.length - len - 1), runStart + run.length - len))) continue;
      // (Nor a character and a verb that follows names, 三年来派驻专家; nor a field the experts are of, 马产业专家.)
      if (len === 3 && (FOLLOWERS.includes(name.slice(1)) || /^(产业|行业|企业|项目|领域|专业|产品|市场|经济|农业|牧业|工业)$/.test(name.slice(1)))) continue;
      const takesPost = name[0] === "任" && (/(院|校|局|委|办|旗|县|市|区|镇|乡|村|嘎查|公司|中心)$/.test(text.slice(Math.max(0, runStart + run.length - len - 2), runStart + run.length - len)) ||
        TAKES_CLASS.test(text.slice(runStart + run.length - len, runStart + run.length - len + 5)));
      if (hasSurname(name) && !hasNonNameChars(name) && !/[科处室组]$/.test(name) && !TAUGHT.test(name) && !isSingleWord(name) && !takesPost && (startsWord(runStart + run.length - len) || afterBodysEnd(text, runStart + run.length - len))) {
        add(person(runStart + run.length - len, name, title, "title", 0.75));
        break;
      }
    }
    // A surname alone before a title (何老师) refers to someone named in full elsewhere in the article.
    const one = run.slice(-1);
    if (surnames().single.has(one) && (run.length === 1 || /[的,。、“\s]/.test(run[run.length - 2] ?? ""))) {
      add(person(runStart + run.length - 1, one, title, "title", 0.6, true));
    }
  }
  // Names listed after one found by its title share the title: 骨科专家李建军、周晓梅到….
  for (const first of found.filter((f) => f.source === "title" && !f.surnameOnly)) {
    let end = first.end;
    while (text[end] === "、" || text[end] === "和") {
      const at = end + 1;
      // (Two characters first when a word of two that follows names ends there: 李娟来到 is 李娟 and 来到.)
      // (Or 于 or 在 before a date: 聂小川、黄静于2023年6月至8月驻….)
      // (Or 于 before a time said in words: 赵晓雪、孙蕾于今年春季….)
      const twoFirst = FOLLOWERS.some((f) => f.length >= 2 && text.startsWith(f, at + 2)) || /^[于在](?:[0-9]|今年|去年|明年|本年|当年|上半年|下半年)/.test(text.slice(at + 2, at + 6));
      const ends = (n: number) => /^[\u4e00-\u9fff]+$/.test(text.slice(at, at + n)) && (text[at + n] === "、" || followerAt(text, at + n));
      // (Or a Mongolian name of up to five characters, whole first where a syllable reads as a follower: 韩雪、敖日格乐一起, 吴永刚、那仁满都拉等.)
      const len = [5, 4].find((n) => ends(n) && isMongolianName(text.slice(at, at + n)) && followerAt(text, at + 3) && !ends(2)) ?? (twoFirst ? [2, 3] : [3, 2]).find(ends) ?? [4, 5, 3].find((n) => ends(n) && isMongolianName(text.slice(at, at + n)));
      const name = len ? text.slice(at, at + len) : "";
      if (!len || !(hasSurname(name) || isMongolianName(name)) || (hasNonNameChars(name) && !isMongolianName(name)) || TITLES_BEFORE.includes(name) || isSingleWord(name)) break;
      add(person(at, name, first.role, "title", first.confidence - 0.05));
      end = at + len;
    }
  }
  contextNames(text, words, add);
  localPeople(text, words, add);
  for (const name of byline) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) add(person(at, name, undefined, "byline", 0.9));
  }
  // Every later occurrence of a name found once is a mention too.
  const names = new Set(found.filter((f) => !f.surnameOnly).map((f) => f.name));
  const places = occurrences(text, names);
  // (Not a word found by a title that the same word follows wherever it stands: 教师周转宿舍 … 周转宿舍, jieba's 周转/nr.)
  for (const name of compoundHalves(text, found, places)) {
    names.delete(name);
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.name === name) found.splice(k, 1);
  }
  for (const name of names) {
    let next = 0;
    for (const at of places.get(name) ?? []) {
      // (Not overlapping its own previous occurrence, as a search from the end of that one would not.)
      if (at < next) continue;
      add(person(at, name, undefined, "known", 0.7));
      next = at + name.length;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
