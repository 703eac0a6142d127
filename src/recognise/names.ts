// Finding where a name that ends in a known suffix begins: words are taken leftwards until one cannot be in a name.
import type { Jieba } from "@node-rs/jieba";
import { isHan } from "../normalise/index.js";
import type { Word } from "./segmenter.js";
import { placeCutWindow, placeWords } from "./place-words.js";
import { tradeNamePlace } from "./trade-names.js";
import { LOCALITY_SUFFIXES, NAME_BREAKS } from "./suffixes.js";
import { hasSurname, isMongolianName } from "./person-names.js";
import { isTransliterated } from "./mongolian-syllables.js";
import { OPEN, HELPING, INSTITUTION_END, CLAUSE_VERBS, CLASSIFIERS, GUIDING_VERBS, COMPANY_KINDS, BUILD_VERBS, FUNCTION_CHARS, innerVerb, isNameWord, namingVerb } from "./name-words.js";
import { trimmedHead } from "./name-heads.js";
import { twoCharacterPart } from "./name-pairs.js";
import { keptCharacter } from "./name-characters.js";
import { adverbInName, counterInName, naLocality, nameAndCopula, sectorsJoined } from "./misread-parts.js";
import { NETWORK_PREFIXES } from "./name-prefixes.js";
import { gluedRest, HEAD_TITLE_END, isBureauAt, OWN_BODY, programmeBefore, STATIONED, TITLE_END } from "./name-stops.js";

export interface NameSpan { start: number; words: Word[] }

const WINDOW = 24;
/** The national grid's and carriers' names, which open their local companies' before the place. */
const GRID_OPENING = new RegExp(`^(${NETWORK_PREFIXES})$`);
const CLOSE = new Set([")", "）"]);

/**
 * The start of the name whose suffix begins at `suffixStart`: words are accepted leftwards while they may be
 * part of a name; a bracketed region ((内蒙古), (亦庄·赤峰)) is kept when a name continues before it.
 * `floor` is where the name may not reach past (the end of an earlier mention or a clause). A `legal` name (one
 * ending in 有限公司 and the like) may hold a verb between two name words, unless a place follows it (`placeAt`).
 */
export function nameStart(
  jieba: Jieba, text: string, suffixStart: number, floor: number, legal = false,
  placeAt: (at: number) => boolean = () => false, placeEndsAt: (at: number) => boolean = () => false,
): NameSpan {
  let from = Math.max(floor, suffixStart - WINDOW);
  for (let i = suffixStart - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (!isHan(c) && !OPEN.has(text[i]!) && !CLOSE.has(text[i]!) && text[i] !== "·" && text[i] !== "—" && !/[0-9A-Za-z]/.test(text[i]!)) {
      from = i + 1;
      break;
    }
  }
  if (from >= suffixStart) return { start: suffixStart, words: [] };
  const words = placeWords(placeCutWindow(jieba, text, from, suffixStart, placeEndsAt), placeAt, placeEndsAt);
  let start = suffixStart;
  const kept: Word[] = [];
  // (Whether the ending is a town's or a village's, asked once: the walk asks it of its words.)
  const beforeLocality = LOCALITY_SUFFIXES.some(([locality]) => text.startsWith(locality, suffixStart));
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (CLOSE.has(w.word)) {
      // Keep a short bracketed part only if its opening bracket is inside the window.
      let j = k - 1;
      while (j >= 0 && !OPEN.has(words[j]!.word)) j--;
      if (j < 0 || w.end - words[j]!.start > 12) break;
      // (Nor a short name the bracket declares: 第一中学（以下简称察右前旗一中）报告厅 is no body's name.)
      if (/^[(（](以下|下文)?(简称|称)/.test(text.slice(words[j]!.start, w.end))) break;
      // (Not a list's number opening the line: （二）北京市大兴区第一中学 is the school.)
      if (/^[(（][一二三四五六七八九十0-9]{1,3}[)）]$/.test(text.slice(words[j]!.start, w.end))) break;
      for (let q = k; q >= j; q--) kept.unshift(words[q]!);
      start = words[j]!.start;
      k = j;
      continue;
    }
    // (A figure and its counter before a kind leave no name: 再建 + 2 + 处 + 陶艺工坊, jieba reading 处 a noun, names no body.)
    if (/^[0-9]+$/.test(w.word) && /^[处个家所座名项批]$/.test(kept[0]?.word ?? "")) { kept.length = 0; start = suffixStart; break; }
    // A dot or a dash between two places joins them into one name (密云·阿尔山产业园, 昌平—太仆寺旗京蒙协作产业园); elsewhere
    // it opens the name.
    const placeWord = (x: Word | undefined) => x !== undefined && (x.tag === "ns" || placeAt(x.start));
    // (A dash only after a place whole: 北京妇产医院—呼伦贝尔市妇幼保健院 pairs two bodies.)
    const wholePlace = (x: Word | undefined) => x !== undefined && (x.tag === "ns" || (placeAt(x.start) && placeEndsAt(x.end)));
    // (Not for a school or hospital, which is one side's: 东城区—阿尔山市学校结对名单 pairs the two's schools.)
    const jointKind = !/^(学校|小学|中学|医院|卫生院|幼儿园)/.test(text.slice(suffixStart, suffixStart + 3));
    // (Not a town's before a county's or a town's name, a line's place, then the body: 📍汐子镇 · 宁城县盛源淀粉有限公司, 📍海拉苏镇·海拉苏镇卫生院.)
    const townThenUnit = w.word === "·" && /(镇|乡|苏木|街道)$/.test(words[k - 1]?.word ?? "") && /([县旗区市盟]|镇|乡|苏木|街道)$/.test(kept[0]?.word ?? "");
    if ((w.word === "·" ? placeWord(words[k - 1]) && !townThenUnit : w.word === "—" && wholePlace(words[k - 1]) && jointKind) && placeWord(kept[0])) {
      kept.unshift(w);
      start = w.start;
      continue;
    }
    if (OPEN.has(w.word) || w.word === "·" || w.word === "—") break;
    // (Nor do words of lying in, facing or entering somewhere, whatever jieba tags them: 杭锦后旗 + 地处 + 河套 + 灌区, 附有 +
    // 北京市海淀医院, 成功 + 进入 + 物美科技集团有限公司.)
    if (/^(地处|位于|附有|面向|来自|进入|走进|进驻|入驻)$/.test(w.word)) break;
    // (A place jieba knows that opens with a conjunction is none of the gazetteer's: 车间 + 和县 + 公共实训基地.)
    if (w.tag === "ns" && /^[和与及][县旗区市镇乡村]$/.test(w.word) && !placeAt(w.start)) break;
    // A person's name before a unit's one character opens no name (王岩 of 成员：王岩旗财政局…): the body is 旗财政局.
    if (w.tag === "nr" && /^[旗县]$/.test(kept[0]?.word ?? "") && !placeAt(w.start)) break;
    // A person named after their title stands before the name, never in it: the name opens at the first place after the
    // person (骨科副主任医师陈晓东驻点太仆寺旗中蒙医院), or there is none (教师朱华丽赴丰镇市 names no 华丽赴丰镇).
    // (jieba may not know the name, cutting it as new words: 主任 + 刘建 + 东任 + 察右前旗.)
    // (Or cutting its surname off alone before a given name it knows: 主任医师 + 韩 + 东升 + 任旗 + 医院.)
    const loneSurname = w.word.length === 1 && hasSurname(w.word) && kept[0]?.tag === "nr";
    if ((w.tag === "nr" || (w.tag === "x" && hasSurname(w.word)) || loneSurname) && TITLE_END.test(words[k - 1]?.word ?? "") && !placeAt(w.start)) {
      // (Past the grid's or a carrier's name that opens a body before its place: 专家吕建伟到 + 国网 + 库伦旗 + 供电公司.)
      const place = kept.findIndex((x, i) => placeAt(x.start) || (GRID_OPENING.test(x.word) && placeAt(kept[i + 1]?.start ?? -1)));
      if (place < 0) return { start: suffixStart, words: [] };
      kept.splice(0, place);
      start = kept[0]!.start;
      break;
    }
    // A head's title never stands inside a name (新惠第三小学校长 + 包金 + 山赴 + 西苑实验小学); nor a school's whole kind right before
    // a school's ending (香水园 + 小学 + 小学美术教师).
    if (kept.length > 0 && w.word.length >= 2 && HEAD_TITLE_END.test(w.word) && !placeAt(w.start)) break;
    if (k === words.length - 1 && /^(小学|中学|学校)$/.test(w.word) && /^(小学|中学|学校)/.test(text.slice(suffixStart, suffixStart + 2))) break;
    // (Nor one's title right before a place that opens the name, as a list's row runs on when its spaces are lost: 北京市海淀医院
    // 主任医师 + 察右前旗人民医院.)
    if (w.word.length >= 2 && /(医师|教师|老师|医生|护士|干部)$/.test(w.word) && kept[0] !== undefined && placeAt(kept[0].start) && !placeAt(w.start)) break;
    // (Nor a character of going or belonging, visiting or distance a place was cut from: 归 + 科左中旗…, 至 + 北京…, 访 + …, 距 + ….)
    // (Nor one of going back, an auxiliary perhaps glued to it: 想回 + 太仆寺旗中蒙医院.)
    // (Unless it opens a place's name: 归 of 归流河. 至, 赴 and 往 go before any name: 分类转介至 + 黄旗海口腔医院.)
    // (Or one of distance jieba glued to 等 before a unit's one character: 吉生太镇 + 等距 + 旗 + 医院.)
    if ((/^(?:[归至往到向赴从自于访距离回]|[想要将再又能可会就也还][回归])$/.test(w.word) && kept[0] !== undefined && (placeAt(kept[0].start) || /^[至赴往]$/.test(w.word)) && !placeAt(w.start)) ||
      (/^等[距离]$/.test(w.word) && /^[旗县区市盟]$/.test(kept[0]?.word ?? ""))) break;
    // (Nor a bureau's whole name right before a place and another bureau, as a title's lost space joins two: 丰台区园林绿化局 +
    // 四子王旗林业和草原局; but a branch or a unit is named through its bureau, 赤峰市生态环境局 + 巴林左旗分局, …公安交通管理局 + 昌平交通支队,
    // …监管分局 + 太仆寺监管支局, as a province's is through the national one, 国家税务总局 + 北京市税务局.)
    if ((w.word.length >= 2 || k > 0) && /[局厅]$/.test(w.word) && !/总局$/.test(w.word) && kept[0] !== undefined && placeAt(kept[0].start) && !placeAt(w.start) &&
      isBureauAt(text, suffixStart)) break;
    // (Nor one of being stationed, or jieba's word of it glued to the town's name: 分驻 + 大坝沟镇.)
    // (Nor 驻 before a unit's own troupe, hospital or school: …辅导员，驻科左中旗乌兰牧骑 is where one serves; 驻顺义劳务工作站 is a name.)
    if ((STATIONED.test(w.word) && w.word.length === 2) || nameAndCopula(w, placeWord(kept[0])) || (w.word === "驻" && placeWord(kept[0]) && OWN_BODY.test(text.slice(suffixStart, suffixStart + 4)))) break;
    // (Nor a verb of acting together that jieba reads as a place with the unit's one character: 会同 + 县农牧和科技局, not 会同县.)
    if ((STATIONED.test(w.word) && k === words.length - 1) || (/^(ns|n)$/.test(w.tag) && /^(会同|协同)[县旗区市]$/.test(w.word) && !placeAt(w.start))) {
      const rest = gluedRest(w, 2);
      kept.unshift(rest);
      start = rest.start;
      break;
    }
    // (Nor a place's distance from it, the place before: 巴音敖包嘎查距离种羊场不到20公里; nor 距 at all, 营地 + 距/n + 中国科学院.)
    if ((w.word === "距离" && placeEndsAt(w.start)) || w.word === "距") break;
    // (Nor a verb of taking a post, jieba's word ending with it: 高票当选 + 曙光 + 村党支部.)
    if (/(当选|担任|出任|兼任|选任)$/.test(w.word)) break;
    // (Nor the verb an adverb of doing again or more opens, whatever jieba tags it: 该旗 + 重新 + 规划/n + 儿童福利院.)
    if (/^(重新|再次|进一步|大力|着力|逐步|优先)$/.test(words[k - 1]?.word ?? "") && w.word.length === 2 && !placeAt(w.start)) break;
    // (Nor does 经, through, before a place: 第8项 + 经 + 北京市房山区慈善协会.)
    // (Nor 须经 before a unit's one character: 须经 + 旗 + 乡村振兴局.)
    if (w.word.length <= 2 && /经$/.test(w.word) && !placeAt(w.start) && (placeWord(kept[0]) || /^[旗县区市盟]$/.test(kept[0]?.word ?? ""))) break;
    // (Nor a verb of guiding or visiting before a unit's one character or the kind alone, whatever jieba tags it: 指导 + 旗委 + 党校, 指导/n + 学校.)
    if (GUIDING_VERBS.has(w.word) && (/^[旗县区市盟]委?$/.test(kept[0]?.word ?? "") || (kept.length === 0 && k === words.length - 1))) break;
    // (Nor does a verb of going jieba glued to a name's end before a place: 包金 + 山赴 + 西苑; 赴 before any name: 包金 + 山赴 + 仁和.)
    if (w.tag === "x" && w.word.length >= 2 && (/赴$/.test(w.word) || (/[抵至往归]$/.test(w.word) && placeWord(kept[0])))) break;
    // (Nor one glued to a unit's one character after it: 分配 + 至旗 + 疾控中心 names 旗疾控中心; 随旗 + 人民 + 医院 names 旗人民医院; 任旗 + 人力资源和社会保障局.)
    if (w.tag === "x" && ((/^[赴抵至往到随跟][旗县区市盟]$/.test(w.word) && kept.every((x) => /^(人民|蒙医|中蒙|中医|妇幼保健)$/.test(x.word))) || (/^[报任][旗县区市盟]$/.test(w.word) && !/政府/.test(text.slice(w.end, suffixStart + 4))))) {
      const rest = gluedRest(w, 1);
      kept.unshift(rest);
      start = rest.start;
      break;
    }
    // jieba's new-word guess may glue a function word to a name (把京蒙, 我为): keep what follows it.
    // (Not a coined word's second half after its first, 金诚 + 同达: a preposition follows no unknown word.)
    // (Never a preposition no name opens a half with: 储窖 + 由村 of 储窖由村股份经济合作社运营.)
    const coined = w.word.length === 2 && words[k - 1]?.tag === "x" && words[k - 1]!.word.length >= 2 && !FUNCTION_CHARS.test(words[k - 1]!.word) && !FUNCTION_CHARS.test(w.word[1]!) && !/^[由被把将从向在给让使据]/.test(w.word);
    // A date's 月 or 日 after its figure ends the name before the word it opens (1至11月经区扶贫支援办: jieba reads 月经 as
    // a word, and the 经 of 经…登记 is no name's).
    // (So does an issue's or a batch's count: 第6期 + 北京经济技术开发区…办公室.)
    if (/^[年月日号期批届]/.test(w.word) && /[0-9一二三四五六七八九十]/.test(text[w.start - 1] ?? "")) break;
    // (之 joins a brand's two halves, 绿之源, 森林 + 之源: no function word there.)
    const brandOf = /^[\u4e00-\u9fff]之[\u4e00-\u9fff]$/.test(w.word) || (/^之[\u4e00-\u9fff]{1,2}$/.test(w.word) && /^(n|x)/.test(words[k - 1]?.tag ?? ""));
    // (A preposition jieba glued to the name after it, reading them as a person's name: 团队由 + 德胜 + 医院, its 由德胜.)
    // (Or the 于 of 用于 jieba cut from its verb: 用 + 于额尔 + 敦宝力 + 格嘎查.)
    const yu = w.word[0] === "于" && /[用位属对由至等处]$/.test(words[k - 1]?.word ?? "");
    // (Or a verb of naming: 公司 + 叫华晟源 + (准格尔)新材料有限公司.)
    // (Or a town's suffix jieba glued to the village's name after it: 博日嘎镇 + 罕山村 cut as 博日嘎 + 镇罕山 + 村.)
    const townEnd = w.tag === "x" && w.word.length >= 3 && /^[镇乡]/.test(w.word) && k === words.length - 1;
    // (Or a word of distance opening the clause: ，离阿日 + 宝力格 + 嘎查.)
    // (Or the 归 of owning: 资产归 + 巴音 + 敖包 + 嘎查集体所有.)
    const distance = (k === 0 && w.tag === "x" && /^[离距]/.test(w.word)) || (w.tag === "x" && w.word[0] === "归" && /^[\u4e00-\u9fff]{1,2}?(?:村|嘎查|社区|镇|乡|苏木)?(?:村?集体)?所有/.test(text.slice(suffixStart, suffixStart + 8)));
    if (w.word.length >= 3 && (/^nr|^nz/.test(w.tag) || (w.tag === "x" && w.word[0] === "叫") || distance || townEnd) && (/^[由被把将向从在给让对叫]/.test(w.word) || yu || distance || townEnd) && !placeAt(w.start)) {
      const rest = gluedRest(w, 1);
      kept.unshift(rest);
      start = rest.start;
      break;
    }
    // (Nor 后 or 前 of time, which jieba glued after a verb to the unknown name that follows: 烘干 + 后昌禾 + 公司 is 昌禾公司.)
    if (w.tag === "x" && w.word.length >= 3 && /^[后前]/.test(w.word) && /^v/.test(words[k - 1]?.tag ?? "") && !placeAt(w.start)) {
      const rest = gluedRest(w, 1);
      kept.unshift(rest);
      start = rest.start;
      break;
    }
    // (呼和, blue, and 伊和, big, open names, 呼和格日嘎查; nor is one inside a coined word of three after a place: 内蒙古 + 薯都源 + ….)
    // (Or one of two that opens no function word, a place before and a word of the name after: 北京 + 朝来 + 天陆 + 科技有限公司; or of
    // three opening with a character names hold too, the rest no function word: 北京 + 同泽堂 + 参业有限公司; any body's of two, 海淀 + 同康 + 医院.)
    const brandWithin = ((legal && ((w.word.length === 3 && (!FUNCTION_CHARS.test(w.word[0]! + w.word[2]!) || (/^[同那和其于来]/.test(w.word) && !FUNCTION_CHARS.test(w.word.slice(1))))) || (w.word.length === 2 && !FUNCTION_CHARS.test(w.word[0]!) && kept.length > 0))) || (w.word.length === 2 && /^[同和]/.test(w.word) && !FUNCTION_CHARS.test(w.word[1]!))) && placeWord(words[k - 1]);
    // (Nor doubled, as no function word is: 其其格, a Mongolian name, in 库伦旗其其格民族服饰专业合作社; nor a village's opening with 那.)
    const localityName = naLocality(text, words, k, kept, beforeLocality, placeWord, placeEndsAt);
    if (w.tag === "x" && w.word.length > 1 && FUNCTION_CHARS.test(w.word.replace(/[呼伊]和/g, "").replace(/([\u4e00-\u9fff])\1/g, "")) && !coined && !brandOf && !brandWithin && !localityName) {
      // Keep what follows the last function character (孙伟到 before 库伦旗人民医院 leaves nothing).
      let cut = w.word.length;
      while (cut > 0 && !FUNCTION_CHARS.test(w.word[cut - 1]!)) cut--;
      // (Unless what follows is a word no name holds: 他 + 经 of 他经工作站推荐.)
      // (Nor one character alone before the ending: 仅 + 列 of 上表仅列基金会自有资金 names no 列基金会.)
      // (A place's one character stays, 和 + 康 of 和康苏木, named like 和林格尔; so does a unit's, 由 + 县 of 县红十字会.)
      const alone = w.word.length - cut === 1 && kept.length === 0 && !/[县旗区市盟省]$/.test(w.word) && !beforeLocality;
      if (cut < w.word.length && !NAME_BREAKS.has(w.word.slice(cut)) && !alone) {
        const rest = gluedRest(w, cut);
        kept.unshift(rest);
        start = rest.start;
      }
      break;
    }
    // A verb of helping right after another institution's ending opens a clause between two names, not a name
    // (北京市第一六一中学帮扶科右中旗第一中学; 组团式帮扶 too).
    // (After a society's, a federation's or an office's ending too: 东城区红十字会帮扶阿尔山市红十字会, 东城区妇联帮扶阿尔山市妇联.)
    if (HELPING.has(w.word) && (INSTITUTION_END.test(words[k - 1]?.word ?? "") || /(会|联|局|委|办|中心|站|馆)$/.test(words[k - 1]?.word ?? ""))) break;
    // (So does 组织 after a body's ending, a verb whatever jieba tags it: 昌平区工商联组织商会企业 names 昌平区工商联.)
    if (w.word === "组织" && /(联|会|局|委|办|院|校|厅|公司|集团)$/.test(words[k - 1]?.word ?? "") && words[k - 1]!.word !== "社会") break;
    // So does 联合 after a body's, locality's or county's ending (月坛街道联合西城区慈善协会, 东城区第一图书馆联合国家图书馆 are two bodies,
    // 支持巴林右旗联合中国移动赤峰分公司 a banner and a firm).
    // (Or after an adverb, opening the clause: 便联合北京德善堂中药集团股份有限公司.)
    if (w.word === "联合" && (/(街道|镇|乡|村|嘎查|苏木|社区|公司|集团|医院|学校|中学|小学|局|委|会|联|馆|院|校|中心|站|旗|县)$/.test(words[k - 1]?.word ?? "") || /^(便|就|又|还|并|也|再|先后|共同|主动|积极)$/.test(words[k - 1]?.word ?? ""))) break;
    if (w.word === "组团式" && HELPING.has(kept[0]?.word ?? "") && INSTITUTION_END.test(words[k - 1]?.word ?? "")) {
      kept.shift();
      start = kept[0]?.start ?? suffixStart;
      break;
    }
    // 企业 or 单位 (餐饮企业 too) just before a place is a classifier, not part of the name (北京企业北京德青源…).
    // (So is a party's word: 分包方北京鑫泰恒达建筑劳务有限公司, 甲方北京…, 运营方北京…; and 龙头, 本地龙头库伦旗蒙荞…合作社; and a place jieba
    // does not know as one, 项目公司达茂旗清源绿氢能源有限公司.)
    // (Or a party to a purchase: 供应商通辽市绿野温室工程有限公司.)
    if ((CLASSIFIERS.has(w.word) || /(企业|单位|机构|供应商|承包商|中标人|成交人|采购人|代表)$/.test(w.word) || (w.word.length >= 2 && /方$/.test(w.word)) || (w.word === "方" && (/^(分包|总包|承包|发包|甲|乙|丙|合作|投资|供货|采购|施工|建设|委托|受托)$/.test(words[k - 1]?.word ?? "") || (/^v/.test(words[k - 1]?.tag ?? "") && words[k - 1]!.word.length === 2)))) && (kept[0]?.tag === "ns" || (kept[0] !== undefined && placeAt(kept[0].start)))) break;
    if (kept.length > 0 && (COMPANY_KINDS.test(w.word) || (w.word === "公司" && COMPANY_KINDS.test((words[k - 1]?.word ?? "") + w.word)))) break;
    // Registered company names hold verbs between name words (东方雨虹防水技术股份有限公司).
    // (A verb before a place opens a clause instead: 权属归太仆寺旗同济…有限责任公司.)
    const beforePlace = kept[0] !== undefined && (kept[0].tag === "ns" || placeAt(kept[0].start));
    // Numerals name registered companies too (北京三元食品股份有限公司, 北京 + 首 + 泉水 + 务科技有限公司), though never a count of things (12家).
    // (So does one right after a place or the programme, 石景山区八角中学, …京蒙协作万只羔羊育肥产业园: jieba reads 八角 as a figure.)
    const numeral = (legal ? kept.length > 0 : placeWord(words[k - 1]) || /^(京蒙协作|京蒙|东西部协作)$/.test(words[k - 1]?.word ?? "")) && w.tag === "m" && (/^[\u4e00-\u9fff]{2,}$/.test(w.word) || (legal && w.word === "首" && placeWord(words[k - 1]))) && (!/[家个所名位项批次户人年月日处座支条张]$/.test(w.word) || /^[百千万]年$/.test(w.word));
    // (A figure before a place's one character names a place, 千斤 + 沟 of 千斤沟人民法庭, 三道 + 营: no count of things.)
    // (So does a count of households before 子, as the north names villages, 五家 + 子 + 村; 地 of a field, 八股地村; rooms before 房, 五间 + 房 + 村.)
    const numberedPlace = (w.tag === "m" && kept.length > 0 && kept[0]!.word.length === 1 && ((/^[一二三四五六七八九十百千万两]+[斤道号]?$/.test(w.word) &&
      /^[沟营屯台湾河梁店堡井窑甸岔铺坝滩岭泉]$/.test(kept[0]!.word)) || (/^[一二三四五六七八九十两]+家$/.test(w.word) && kept[0]!.word === "子"))) ||
      (w.word === "地" && w.tag === "uv" && /^[一二三四五六七八九十百千两]+[股亩号份垧]$/.test(words[k - 1]?.word ?? "")) || (/^[一二三四五六七八九十两]+间$/.test(w.word) && kept[0]?.word === "房");
    // A place the gazetteer knows is a name word whatever jieba tags it (首都 of 北京首都旅游集团 comes out an adverb).
    const place = placeAt(w.start) && placeEndsAt(w.end);
    // A verb before a place opens the clause the name stands in (组织北京市金诚同达律师事务所).
    // (Whatever jieba tags one of guiding or visiting: 团队 + 指导/n + 化德县医院; after a place too, 驻库伦镇 + 指导 + 文创…基地.)
    if ((beforePlace && (/^v/.test(w.tag) || GUIDING_VERBS.has(w.word)) && CLAUSE_VERBS.has(w.word) && !place) || (GUIDING_VERBS.has(w.word) && kept.length >= 2 && placeWord(words[k - 1]))) break;
    // (So does an idiom or set phrase of four characters, an adverb and its verb: 库伦旗 + 积极争取 + 内蒙古自治区工业和信息化厅.)
    if (beforePlace && /^[li]$/.test(w.tag) && w.word.length >= 4 && !place) break;
    // (So does one of building after the money that builds: 海淀区京蒙协作资金建设饲草料加工厂 names 饲草料加工厂 at most.)
    if (BUILD_VERBS.has(w.word) && /资金$/.test(words[k - 1]?.word ?? "")) break;
    // (So does one of building, 投入资金建设扎赉特旗电子商务公共服务中心.)
    // (Or one jieba reads as a place, before words of no place: 重点区域 + 新建/ns + 森林草原防火检查站; 新建村 stays.)
    if (BUILD_VERBS.has(w.word) && !place && (beforePlace || (w.tag === "ns" && kept.length > 0 && !/^(村|嘎查|镇|乡|社区|街道|苏木)/.test(kept[0]!.word)))) break;
    // (So does one of handing over, whatever jieba tags it: 交由 + 武川县…合作社; an adverb of only, 今年光 + 北京…有限公司; one of again or already after a place too, 大城子镇 + 再 + 建设口袋公园; a word holding 在 before a place, 三年内在/b + 保康镇工业园区.)
    if ((beforePlace && /^(交由|交给|移交|转交|交付|租给|承包给|光|仅|仅仅|单|单单|只|就连)$/.test(w.word) && !place) || (w.tag === "d" && /^(再|已|已经|曾|曾经|正在)$/.test(w.word)) || (beforePlace && !place && /[在对把被从向了]/.test(w.word))) break;
    // (Nor is any verb of giving to, whatever jieba tags it and whatever follows: 病人信息 + 发送给 + 旗医院 names 旗医院.)
    if (w.word.length >= 2 && /(?<!供)给$/.test(w.word) && !place) break;
    // 所 before a village's ending is a name's (渤海所村, 千户所村), after a place's name.
    const garrison = w.word === "所" && k === words.length - 1 && /^[村屯]/.test(text.slice(suffixStart, suffixStart + 1)) && words[k - 1]?.tag === "ns";
    // One character of what is taught or done, between a place and the ending (北京农学院): jieba leaves it a morpheme.
    // (Or a place's own morpheme after a noun, 运河 + 湾 of 运河湾社区.)
    // (Or 口, which jieba reads as a counter: 衙门 + 口 of 衙门口社区; a word of the name may follow it, 模式 + 口 + 木偶 + 剧团.)
    const morpheme = (w.tag === "zg" || (w.tag === "q" && w.word === "口")) && w.word.length === 1 && (k === words.length - 1 || (w.word === "口" && /^n/.test(kept[0]?.tag ?? "") && kept[0]!.word.length >= 2)) && !FUNCTION_CHARS.test(w.word) &&
      (placeWord(words[k - 1]) || (/[湾园里苑庄屯营坊桥湖泉沟河台寨堡口]/.test(w.word) && /^(n|nz|nr)$/.test(words[k - 1]?.tag ?? "")));
    const counter = counterInName(w, words, k, kept, legal, placeEndsAt);
    if (twoCharacterPart(text, words, k, kept, suffixStart, placeWord)) {
      kept.unshift(words[k - 1]!, w);
      start = words[k - 1]!.start;
      k--;
      continue;
    }
    // (外 or 内 after a city gate is a place's: 德胜门外小学, 朝阳门内.)
    const gate = /^[外内]$/.test(w.word) && /门$/.test(words[k - 1]?.word ?? "") ||
      // (So is 和 between syllables of a Mongolian village's or sumu's name, or ending it: 额日 + 和 + 图 of 额日和图嘎查, 珠日 + 和 + 嘎查.)
      (w.word === "和" && /^(嘎查|苏木)/.test(text.slice(suffixStart, suffixStart + 2)) && words[k - 1]?.tag === "x" && isTransliterated(words[k - 1]!.word) && !/(嘎查|苏木)$/.test(words[k - 1]!.word) && (kept.length === 0 || isTransliterated(kept.map((x) => x.word).join(""))));
    // (前 or 后 opens a village's name after a word of going or being somewhere: 来到后房子村, 在前进村 aside.)
    const direction = /^[前后]$/.test(w.word) && w.tag === "f" && /^(村|嘎查|屯)/.test(text.slice(suffixStart, suffixStart + 2)) && kept.length > 0 &&
      (k === 0 ? /[、，,。；;：:\s]/.test(text[w.start - 1] ?? "\n") : /^(在|到|来到|走进|赴|至|于|从|、|，|,|。)$/.test(words[k - 1]!.word));
    // (A verb right before a community's, village's or school's ending names it after a name's word: see namingVerb.)
    const settled = namingVerb(text, words, k, suffixStart, placeEndsAt);
    // (A lone 第 before the number jieba cut from it is the name's ordinal: 北京市 + 第 + 一九八 + 中学.)
    const ordinal = w.word === "第" && /^[〇零一二三四五六七八九十百0-9]+$/.test(kept[0]?.word ?? "");
    // (希望 right before a school's ending names the kind of school the Hope Project built: 敖汉旗京蒙希望小学.)
    const hope = w.word === "希望" && k === words.length - 1 && /^(小学|中学|学校)/.test(text.slice(suffixStart, suffixStart + 2));
    // (A name whose region stands in brackets holds its brand's words as a registered name does: 鑫 + 达 of 鑫达（库伦）冷链物流园.)
    // (共建 after the programme's sides, after a place, names who built it: 突泉县 + 京蒙 + 共建 + 产业园. With no place before, 京蒙共建
    // is said of the name: 京蒙共建杜蒙肉羊产业园区.)
    const jointlyBuilt = w.word === "共建" && /^(京蒙|东西部)$/.test(words[k - 1]?.word ?? "") && placeWord(words[k - 2]);
    // (One character jieba reads as a verb, a sound, a preposition or a morpheme that opens or goes on a name: see name-characters.)
    const characterKept = keptCharacter({ text, words, k, kept, suffixStart, legal, placeAt, placeEndsAt, placeWord, beforePlace });
    const mongolian = kept.length > 0 && /^(.)\1$/.test(w.word) && isMongolianName(w.word + kept[0]!.word); // (琪琪/i + 格 of 琪琪格美容养生馆)
    const adverbName = adverbInName(w, kept, placeEndsAt);
    if (!isNameWord(w) && !mongolian && !adverbName && !jointlyBuilt && !characterKept && !numeral && !numberedPlace && !garrison && !place && !morpheme && !counter && !gate && !sectorsJoined(text, words, k, kept, suffixStart, placeWord, placeEndsAt) && !hope && !direction && !ordinal && !settled && !((legal || OPEN.has(kept[0]?.word ?? "") || programmeBefore(words, k, placeWord)) && k > 0 && innerVerb(w) && isNameWord(words[k - 1]!) && !beforePlace && !(CLAUSE_VERBS.has(w.word) && placeWord(words[k - 1])))) {
      // (A registered name is its place, a trade name of any characters and its trade: 赤峰 + 顺 + 左 + 服饰有限公司.)
      // (Only where no place opens the name yet: 宣武区所属 + 北京宣联食品有限公司.)
      const placeAtK = legal && !kept.some((x) => placeWord(x)) ? tradeNamePlace(words, k, suffixStart, placeWord) : -1;
      if (placeAtK < 0) break;
      for (let q = k; q > placeAtK; q--) kept.unshift(words[q]!);
      start = words[placeAtK + 1]!.start;
      k = placeAtK + 1;
      continue;
    }
    kept.unshift(w);
    start = w.start;
  }
  return trimmedHead(text, kept, start, suffixStart, legal, placeAt, placeEndsAt);
}
