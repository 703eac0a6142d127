// Where an institution's name opens, past words a clause put before it or back over words a name holds: a college joining two
// fields with 与, a place and a verb of building, a preposition or a kind before the place, a town no list knows.
import type { Jieba } from "@node-rs/jieba";
import { tagWindow } from "./segmenter.js";
import { LEGAL_SUFFIX, OBJECT_OF } from "./proper-names.js";
import type { Mention } from "./types.js";

export interface Openings {
  adminStarts: Set<number>;
  adminEnds: Set<number>;
  localityEnds: Map<number, number>;
  /** Where no name may reach back past. */
  floor: number;
  /** The names found so far, in text order. */
  found: Mention[];
}

/** The start of the institution's name ending in `suffix` at `s`, read from `start`: moved where a rule says, else `start`. */
export function institutionOpening(jieba: Jieba, text: string, suffix: string, start: number, s: number, o: Openings): number {
  let at = start;
  // (A college or institute whose name joins two fields with 与 runs back over it to its university or academy named just
  // before: 中国农业大学资源与环境学院, 北京市农林科学院草业花卉与景观生态研究所.)
  if (/^(学院|研究所|研究院|研究中心|系)$/.test(suffix) && text[at - 1] === "与") {
    const parent = [2, 3, 4, 5, 6].map((k) => o.found.findLast((f) => f.end === at - 1 - k && /(大学|学院|科学院|研究院)$/.test(f.name))).find(Boolean);
    const fields = parent ? text.slice(parent.end, at - 1) : "";
    if (parent && /^[\u4e00-\u9fff]+$/.test(fields) && !/[的在和及或了对为从向把被是]/.test(fields)) at = parent.start;
  }
  // (Nor a place and a verb of building before what is built: 帮助林家地村建设小米加工厂 builds 小米加工厂.)
  const builtAt = !LEGAL_SUFFIX.test(suffix) ? /(建设|新建|援建|兴建|扩建|建成|建起)(?=[\u4e00-\u9fff]{2})/.exec(text.slice(at, s)) : null;
  if (builtAt && (o.localityEnds.has(at + builtAt.index) || o.adminEnds.has(at + builtAt.index) || /(村|镇|乡|嘎查|苏木|社区)$/.test(text.slice(at, at + builtAt.index)))) {
    at += builtAt.index + builtAt[0].length;
  }
  // (Nor a preposition jieba glued to the place the name opens with: 转诊至科右前旗人民医院.)
  if (/^[至往到赴向从在于]$/.test(text[at] ?? "") && o.adminStarts.has(at + 1)) at++;
  // (Nor a kind said before a place the name opens with: 转交结对学校库伦旗第三中学 is 库伦旗第三中学.)
  const kindBefore = /^(?:结对|帮扶|受援)?(?:学校|医院|单位|企业|公司|机构)/.exec(text.slice(at, s));
  if (kindBefore && o.adminStarts.has(at + kindBefore[0].length)) at += kindBefore[0].length;
  // (A name that would open with a town's or township's ending opens with the town, its name one no list knows: 用于宝国吐乡非遗工坊.)
  if (/^(乡|镇)(?!村|镇|街)/.test(text.slice(at, s)) && at - o.floor >= 2) {
    const head = /(?:^|[^\u4e00-\u9fff]|[的在与和及或了等对为从向把被由之于到])([\u4e00-\u9fff]{2,3})$/.exec(text.slice(Math.max(o.floor, at - 4), at))?.[1];
    if (head && !o.adminEnds.has(at) && !OBJECT_OF.test(head) && !/(位于|建设|援建|捐建|改造|新建|扶持|资助|全|各|本|该|每|个|所)$/.test(head) &&
      !(head.length === 2 && tagWindow(jieba, head, 0).some((w) => w.word.length === 2 && /^v/.test(w.tag)))) at -= head.length;
  }
  return at;
}
