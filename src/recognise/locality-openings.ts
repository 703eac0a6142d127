// Where a town's or village's name opens: past 驻 or a pointed kind (我苏木), back over a name jieba reads as nothing after a
// larger place (托扎敏乡希日特奇猎民村), or at a town the article named before (带教索伦镇卫生院).
import type { Jieba } from "@node-rs/jieba";
import { tagWindow } from "./segmenter.js";
import { GENERIC_LOCALITY } from "./proper-names.js";
import { VERB_BEFORE_PLACE } from "./name-words.js";
import type { Mention } from "./types.js";

/** What never stands in a locality's name taken whole after a larger place: function words, and a pointer opening it. */
// (Nor a verb of going through or drawing on: 顺义区通过石园街道的展销中心; nor what the unit will do: 四子王旗将总结阿木古楞嘎查的做法; nor a route: 大井镇至红星村.)
export const LOCALITY_RUN_BREAK = /[的在与和及或了等对为从向把被由之到至]|^(?:[其该这每各个家所名位些于]|那(?![木仁日顺达钦森]))|^将(?!军)|^(通过|经过|依托|借助|利用)/;
/** A preposition or pronoun after the larger place, up to which a locality's name read as nothing does not run back
 * (德胜街道跟我们新发村 is 新发村, jieba's 新 + 发村). (他拉, a plain, is no pronoun: 广德公镇他拉干村.) */
export const BEFORE_LOCALITY_RUN = /^.*(?:[跟同给我你她们咱]|他(?!拉))/;

export interface LocalityOpenings {
  /** Where the larger place written before the name ends (0 where none is), and the run from there to the suffix. */
  floor: number;
  run: string;
  /** A locality name the gazetteer knows. */
  known?: (name: string) => boolean;
  /** The last name found of each spelling. */
  named: Map<string, Mention>;
}

/** The start of the town's or village's name whose suffix spans [s, e), read from `start`: where the rules moved it, or
 * undefined where none did. */
export function localityOpening(jieba: Jieba, text: string, s: number, e: number, start: number, o: LocalityOpenings): number | undefined {
  let at = start;
  // (Nor 驻, stationed at, before a village: 起驻林俗村 is 林俗村.)
  const stationed = text[at] === "驻" && s - at >= 3;
  if (stationed) at++;
  // (Nor a verb of posting, aiding or linking: 支教千斤沟镇中心学校, 下联长顺镇.)
  if (VERB_BEFORE_PLACE.test(text.slice(at, at + 2)) && s - at >= 4) at += 2;
  // (Nor a kind of body the place is said to be, before its name: 结对帮扶单位林海街道社区卫生服务中心.)
  const kind = /^(?:单位|企业|机构)/.exec(text.slice(at, s));
  if (kind && s - at - kind[0].length >= 2) at += kind[0].length;
  // (Nor one's home place, a word for it before its name: 回到家乡乌兰哈达嘎查.)
  const home = /^(?:家乡|老家|故乡)/.exec(text.slice(at, s));
  if (home && s - at - home[0].length >= 2) at += home[0].length;
  // (Nor 距 or 距离, how far it is: 距朝鲁吐嘎查6公里.)
  const distance = /^距离?/.exec(text.slice(at, s));
  if (distance && s - at - distance[0].length >= 2) at += distance[0].length;
  // (Nor where a project is sited, which jieba reads as nouns with the name: 项目选址新城子镇.)
  const sited = /选址(?:于|在)?/.exec(text.slice(at, s));
  if (sited && s - at - sited.index - sited[0].length >= 2) at += sited.index + sited[0].length;
  // (Nor 辖 of 所辖 or 下辖, which jieba may glue to the name: 苏木所辖宝力根陶海嘎查.)
  if (text[at] === "辖" && /[所下管统直]/.test(text[at - 1] ?? "") && s - at >= 3) at++;
  // A locality read as a kind of its residents (猎民村) right after a larger place runs back to it, where the words
  // between are a name's (托扎敏乡希日特奇猎民村).
  // (So does one read as nothing: jieba makes no name of 希日特奇猎民.)
  const from = o.floor + (BEFORE_LOCALITY_RUN.exec(o.run)?.[0].length ?? 0);
  const ownRun = text.slice(from, s);
  if (o.floor > 0 && at > from && (at === s || GENERIC_LOCALITY.test(text.slice(at, s))) && ownRun.length <= 7 && (from === o.floor || (ownRun.length >= 2 && !/^[就也都还又才便再曾已将正很最更]/.test(ownRun) &&
    // (After a pronoun the rest must read as a name's: 一起下嘎查 and 附近村 are none.)
    !tagWindow(jieba, ownRun, from).some((w) => w.word.length >= 2 && !/^(n|x|j)/.test(w.tag)))) &&
    /^[\u4e00-\u9fff]+$/.test(ownRun) && !LOCALITY_RUN_BREAK.test(ownRun) && !GENERIC_LOCALITY.test(ownRun) &&
    !tagWindow(jieba, ownRun, from).some((w) => w.word.length >= 2 && /^v/.test(w.tag))) at = from;
  // (Nor is the kind of a place pointed at: 我苏木乌兰哈达嘎查 is 乌兰哈达嘎查 of 我苏木, 我县柳树营子村 柳树营子村.)
  const pointedKind = /^(苏木|镇|乡|街道|旗|县)/.exec(text.slice(at, s));
  if (pointedKind && /[我本该全咱]$/.test(text.slice(Math.max(0, at - 1), at)) && s - at > pointedKind[0].length + 1) at += pointedKind[0].length;
  // (A known town or village the article has named before is the name of a longer run no one knows, one or two
  // characters of a verb before it: 到索伦镇卫生院坐诊，带教索伦镇卫生院… names 索伦镇 twice.)
  if (o.known && at < s - 1 && !o.known(text.slice(at, e))) {
    for (let q = at + 1; q <= at + 2 && q < s; q++) {
      if (!o.named.has(text.slice(q, e)) || !o.known(text.slice(q, e))) continue;
      at = q;
      break;
    }
  }
  // (Or back over a character jieba took for a verb, where the gazetteer knows the longer name: 去了 + 扣/v + 河子镇 is 扣河子镇.)
  if (o.known && !o.known(text.slice(at, e))) {
    for (let q = at - 1; q >= Math.max(at - 2, o.floor, 0); q--) {
      if (!/[\u4e00-\u9fff]/.test(text[q]!) || !o.known(text.slice(q, e))) continue;
      at = q;
      break;
    }
  }
  return at !== start ? at : undefined;
}
