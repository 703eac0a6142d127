// What a person's name may be: a Han surname and one or two characters, or a Mongolian name; the mention a name makes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";
import type { Mention } from "./types.js";

let surnameCache: { single: Set<string>; double: Set<string> } | undefined;
/** The surnames of data/surnames.txt, single and double (欧阳). */
export function surnames() {
  if (!surnameCache) {
    const words = readFileSync(join(projectRoot(), "data", "surnames.txt"), "utf8")
      .split("\n").filter((l) => !l.startsWith("#")).join(" ").split(/\s+/).filter(Boolean);
    surnameCache = { single: new Set(words.filter((w) => w.length === 1)), double: new Set(words.filter((w) => w.length === 2)) };
  }
  return surnameCache;
}
let mongolianCache: Set<string> | undefined;
/** The parts of Mongolian personal names of data/mongolian-name-parts.txt (乌云, 其木格, 巴特尔). */
export function mongolianNameParts(): Set<string> {
  mongolianCache ??= new Set(readFileSync(join(projectRoot(), "data", "mongolian-name-parts.txt"), "utf8")
    .split("\n").filter((l) => !l.startsWith("#")).join(" ").split(/\s+/).filter(Boolean));
  return mongolianCache;
}
/** Words of Mongolian life written as names are, no one's name: a fair, a troupe, a tent, an instrument, a song's form (那达慕是草原的节日). */
const MONGOLIAN_WORDS = /^(那达慕|乌兰牧骑|蒙古包|马头琴|敖包|搏克|呼麦|安代|好来宝|乌力格尔|查干萨日|苏力德)/;
export const isMongolianWord = (name: string) => MONGOLIAN_WORDS.test(name);

/** A Mongolian name written in Chinese: one part of three characters or more, or two parts (乌云其木格, 巴特尔). */
export function isMongolianName(name: string, shortest = 3): boolean {
  if (isMongolianWord(name)) return false;
  const parts = mongolianNameParts();
  if (name.length >= shortest && parts.has(name)) return true;
  for (let cut = 1; cut < name.length; cut++) if (parts.has(name.slice(0, cut)) && parts.has(name.slice(cut)) && name.length >= 3) return true;
  // (Or one with the ending -tu, "having": 萨其拉 + 图, as 乌力吉图 and 巴雅尔图 are.)
  if (name.length >= 4 && name.endsWith("图") && parts.has(name.slice(0, -1))) return true;
  // (Or a Han surname before one, as Mongols of the east take one: 白乌力吉, 包那顺.)
  return name.length >= 4 && surnames().single.has(name[0]!) && parts.has(name.slice(1));
}
/** A Mongolian name of two known parts, each of two characters or more (阿拉坦 + 高娃). */
export function inTwoParts(name: string): boolean {
  const parts = mongolianNameParts();
  for (let cut = 2; cut <= name.length - 2; cut++) if (parts.has(name.slice(0, cut)) && parts.has(name.slice(cut))) return true;
  return false;
}
export const hasSurname = (name: string) => surnames().double.has(name.slice(0, 2)) || surnames().single.has(name[0]!);
/** A name opening with a surname of two characters (欧阳振华, 司马南): it may run to four. */
/** Words one is addressed by after one's surname (李大姐, 王师傅): a way of calling someone, no name. */
export const ADDRESS_WORDS = "大姐|大哥|大爷|大妈|大娘|大叔|阿姨|师傅";

export const hasDoubleSurname = (name: string) => surnames().double.has(name.slice(0, 2));

// (Nor is a writing's or a place's 中 a name: 信中说 is "the letter says", 文中, 心中.)
// (元 names people too, 侯元, but not after a numeral: 五千元; so does 月, 秦月, but not a month: 十月, 本月, 月底.)
// (说 is no name's: 杨帆说，… and 包丽娜说：“… name 杨帆 and 包丽娜; nor is 佚名, anonymous, one; nor a lesson, 陶艺课就是这个样子.)
// (向 is a given name's before its last, 李向东, 王向阳; a preposition elsewhere.)
// (日 is a Mongolian name's after the syllable it closes, 乌日娜, 斯日古楞, 那日苏, 海日瀚, or the surname 包, 包日胜; a day's elsewhere. 那 opens one before the
// syllable it goes with, 那木汗, 那仁, 那顺; elsewhere it points. (Nor is the sika deer, 梅花鹿, a 梅 so named; nor 边看边谈, doing two things at once, nor 牛羊粪, cattle and sheep.) A quarter, 季度, and a team, 队, are no name's: 每个季度派老师, 曲艺队队长; nor is 不, which opens a clause after one: 马骁不是一个人在战斗.)
const NOT_NAME_CHARS = /那(?![木仁日顺达钦森])|向(?![东阳前荣红明]$)|[的了是在和与及或对为从把被由这个们我你您他她它该每各些就还又都也并而且但将已曾正年时分万亿第区县旗市盟镇乡村院校局办会社部委队籍副请挂舞等说佚课不]|^.[上下]$|(?<![乌斯阿其萨图那哈塔巴苏吉格额赛宝吴达敖查海特包])日|[零一二三四五六七八九十百千两]元|^元|^月|[零一二三四五六七八九十百千两本每上下当次个正腊岁]月|月[底初份中末薪均度]|季度|^[信文书函稿报网心家梦]中$|怎么|什么|如何|为何|大约|大概|约为|约合|^梅花鹿|^边.边$|^牛羊/;

/** Surnames that are also words a name never holds (曾经, 万元, 时间): a name may open with one, the rest holding none. (Not
 * 向, whose preposition opens far more phrases than the surname names people: 向大家, 向记者.) */
const WORD_SURNAME = /^[曾万时]/;
/** Where such a surname is the word (曾任, 万人次, 时间), not a name. */
const SURNAME_AS_WORD = /^曾[经任在是为被到赴去来获多]|^万[元人名户亩头只吨斤件次余多个家所千亿株套台]|^时[间候期代段刻节]/;

/** A name holds a character no name holds (的, 了, 第, 旗 …; 曾, 万 only as its surname). */
export function hasNonNameChars(name: string): boolean {
  if (WORD_SURNAME.test(name) && !SURNAME_AS_WORD.test(name)) return NOT_NAME_CHARS.test(name.slice(1));
  return NOT_NAME_CHARS.test(name);
}

/** As hasNonNameChars, a closing 和 aside: a Mongolian name may end in it (巴图孟和), a conjunction's character elsewhere. */
export const hasNonNameCharsBeforeHe = (name: string): boolean => hasNonNameChars(name.replace(/和$/, ""));

export function person(start: number, name: string, role: string | undefined, source: Mention["source"], confidence: number, surnameOnly = false): Mention {
  const m: Mention = { start, end: start + name.length, surface: name, label: "Person", name, source, confidence };
  if (role) m.role = role;
  if (surnameOnly) m.surnameOnly = true;
  return m;
}
