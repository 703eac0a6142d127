// What a name's words, read leftwards from its ending, may not open with: a clause's place and building verb, a word saying
// something of the body (原, 任, a town before its county), the programme's name before a place, verbs, digits.
import { isHan } from "../normalise/index.js";
import type { Word } from "./segmenter.js";
import type { NameSpan } from "./names.js";
import { NAME_VERBS } from "./suffixes.js";
import { OPEN, SENDING, BUILD_VERBS } from "./name-words.js";

/** Words of planning before a building verb (规划建设, 谋划建设). */
const PLANNING = /^(规划|计划|拟|将|正在|着力|重点|谋划|筹划)$/;

/** Kinds of place jieba tags places, which name none (城市建设, 乡村振兴). */
const KIND_OF_PLACE = /^(城市|城乡|城镇|乡村|农村|县城|牧区|山区|县域)$/;

/** The name's words from where its head may open, and where that is. */
export function trimmedHead(
  text: string, kept: Word[], start: number, suffixStart: number, legal: boolean,
  placeAt: (at: number) => boolean, placeEndsAt: (at: number) => boolean,
): NameSpan {
  // A place followed by a building verb ends a clause, not a name's head: 在察右中旗建设马铃薯加工厂. (A registered
  // name may open with its place and such a word when nothing before it makes a clause: 北京亦庄投资控股有限公司.)
  for (let k = kept.length - 2; k >= 0; k--) {
    const placesOnly = kept.slice(0, k + 1).every((w) => w.tag === "ns" || placeAt(w.start) || placeEndsAt(w.end));
    if (legal && placesOnly && !/[在到于向赴往]/.test(text[kept[0]!.start - 1] ?? "")) break;
    // (Not a kind of place jieba tags a place, 宝昌 + 城市 + 建设 + 投资 of 太仆寺旗宝昌城市建设投资有限责任公司.)
    // (Or a word of planning and the verb: 在巴林左旗林东镇规划建设京蒙纺织服装产业园.)
    const planned = PLANNING.test(kept[k + 1]!.word) && BUILD_VERBS.has(kept[k + 2]?.word ?? "") ? 1 : 0;
    if (((kept[k]!.tag === "ns" && !KIND_OF_PLACE.test(kept[k]!.word)) || placeEndsAt(kept[k]!.end)) && BUILD_VERBS.has(kept[k + 1 + planned]!.word)) {
      kept.splice(0, k + 2 + planned);
      start = kept[0]?.start ?? suffixStart;
      break;
    }
  }
  // (Planning to build, with no place before, opens no name either: 旗里正在谋划建设羊绒产业园 names 羊绒产业园.)
  // (Not before a level's body, which the verbs leave no name: 重点建设旗妇幼保健院.)
  const plannedAt = legal ? -1 : kept.findIndex((w, k) => PLANNING.test(w.word) && BUILD_VERBS.has(kept[k + 1]?.word ?? "") && k + 2 < kept.length && !/^[旗县区市盟]$/.test(kept[k + 2]!.word));
  if (plannedAt >= 0) {
    kept.splice(0, plannedAt + 2);
    start = kept[0]!.start;
  }
  // Words before a place that say something of the body, not its name: 原 (郑凯（原通州区发展改革委副主任）), 任 (挂任
  // 科左后旗农牧局副局长), 记 of a
  // portrait's subtitle (——记北京市农林科学院…), and a town before the county that holds it, where the body stands
  // (实施地点：宝昌镇太仆寺旗人民医院), though not one of its villages' bodies (白狼镇林俗村非遗工坊).
  const beforePlace = kept.length > 1 && (kept[1]!.tag === "ns" || placeAt(kept[1]!.start));
  if (beforePlace && (/^(原|前|记|任|现任|兼任|挂任|担任|出任)$/.test(kept[0]!.word) || (kept.length > 2 && /(镇|乡|苏木|街道)$/.test(kept[0]!.word) && !/(村|嘎查)/.test(text.slice(kept[1]!.start, suffixStart))))) {
    kept.shift();
    start = kept[0]!.start;
  }
  // The programme's name before a place labels the name rather than opening it (京蒙协作密云·阿尔山产业园).
  const head = kept.map((w) => w.word).join("");
  const programme = /^(京蒙协作|京蒙|东西部协作|东西协作)/.exec(head);
  if (programme) {
    let n = 0;
    for (let len = 0; n < kept.length && len < programme[0].length; n++) len += kept[n]!.word.length;
    const next = kept[n];
    if (next && (next.tag === "ns" || placeAt(next.start)) && kept.slice(0, n).map((w) => w.word).join("") === programme[0]) {
      kept.splice(0, n);
      start = next.start;
    }
  }
  // A name does not open with a verb (帮扶巴林右旗蒙医医院 is 巴林右旗蒙医医院 after 帮扶), nor with one of sending, however
  // jieba tags it (援派太仆寺旗医院任业务副院长).
  // (Nor with one of building, whatever jieba tags it, though nothing is left: 改扩建 + 互助幸福院.)
  // (Nor with one of creating: 新创建 + 示范 + 家庭牧场.)
  while (kept.length > 0 && /^(新建|改建|扩建|改扩建|续建|修建|新创建|创建|新增)$/.test(kept[0]!.word)) {
    kept.shift();
    start = kept[0]?.start ?? suffixStart;
  }
  const innerOnly = legal || kept.some((w) => OPEN.has(w.word));
  // (Nor with a verb no name holds, taken inside a registered name after words the name does not reach back to: 二是 + 推动 +
  // 京泰（阿巴嘎旗）风力发电有限公司.)
  while (kept.length > 1 && ((/^v/.test(kept[0]!.tag) && NAME_VERBS.has(kept[0]!.word)) || (innerOnly && kept[0]!.tag === "v" && kept[0]!.word.length >= 2 && isHan(text.charCodeAt(kept[0]!.start - 1))) || SENDING.has(kept[0]!.word))) {
    kept.shift();
    start = kept[0]!.start;
  }
  // (Nor with the word of a kind of firm before a firm's own name: 顺义区的企业 + 顺鑫 + 文旅发展有限公司, 龙头企业 + 顺鑫….)
  if (/^[\u4e00-\u9fff]{0,2}企业$/.test(kept[0]?.word ?? "") && /^(x|nz|nr|nrt|ns|j)$/.test(kept[1]?.tag ?? "")) {
    kept.shift();
    start = kept[0]!.start;
  }
  // Digits may not open a name (3所学校), but ordinals inside one may (第二中学).
  while (kept.length && /^[0-9]/.test(kept[0]!.word)) {
    kept.shift();
    start = kept[0]?.start ?? suffixStart;
  }
  return { start, words: kept };
}
