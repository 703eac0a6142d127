// Jieba word segmentation, with the gazetteer's names loaded so that place names come out as single words.
import { createRequire } from "node:module";
import { Jieba } from "@node-rs/jieba";
import type { Gazetteer } from "../gazetteer/index.js";
import { agencyNames } from "./agencies.js";
import { FUNCTION_CHARS } from "./name-words.js";
import { isMongolianName } from "./person-names.js";
import { learnRareVerbs } from "./rare-verbs.js";

const require = createRequire(import.meta.url);

export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let shared: Jieba | undefined;

/** Words the dictionary tags as names, or as verbs, that are common nouns: a verb, crops and the departments of hospitals and offices (康复 of
 * 患者康复站, 胡麻 the flax, “玉米副旗长”, 派出康复科、治未病科), retagged in its own lines, as a word loaded again keeps its first tag. */
const RETAGGED: Record<string, string> = {
  康复: "vn", 胡麻: "n", 玉米: "n", 燕麦: "n", 西红柿: "n", 木耳: "n", 胡萝卜: "n", 金莲花: "n", 阳光: "n", 康复科: "n", 五官科: "n", 呼吸科: "n", 小儿科: "n", 麻醉科: "n", 卫生科: "n", 宣传科: "n", 计财科: "n", 路政科: "n",
  语文科: "n", 本专科: "n", 夏令营: "n", 冬令营: "n", 麻醉: "vn", 西医: "n", 小康: "n",
  // (And trauma and breathing, which name hospitals and their wards, and sports, which name schools and grounds: 北京市石景山区运动创伤医院,
  // 北京市海淀区颐和呼吸病医院, 北京市丰台区青少年轮滑运动学校.)
  创伤: "n", 呼吸: "vn", 举重: "n", 轮滑: "n", 跳水: "n", 蹦床: "n", 拔河: "n", 摔跤: "n",
  // (And an opera's name jieba reads as an idiom, which names troupes: 库伦旗民间二人转剧团.)
  二人转: "n",
  // (And pest control, which names firms, and a river's name jieba reads as an adverb, which names hospitals: 北京绿盾环境有害生物防制
  // 有限公司, 北京京西永定医院.)
  防制: "vn", 永定: "ns",
  // (And care, which names centres of it: 门头沟区儿童眼保健中心; and flowers jieba takes for people: 郁金香师傅 is no 郁金香.)
  保健: "vn", 郁金香: "n", 金银花: "n",
};
/** The dictionary with those words' lines retagged, in one pass over it (a pass a word took three times as long at start-up). */
function retagged(dict: Uint8Array): Uint8Array {
  const line = new RegExp(`^(${Object.keys(RETAGGED).join("|")}) ([0-9]+) (?:nr|l|v|d)$`, "gm");
  const text = Buffer.from(dict).toString("utf8");
  learnRareVerbs(text);
  return Buffer.from(text.replace(line, (_, word: string, frequency: string) => `${word} ${frequency} ${RETAGGED[word]}`));
}

export function segmenter(gazetteer: Gazetteer): Jieba {
  if (!shared) {
    const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    shared = Jieba.withDict(retagged(dict));
    const lines = gazetteer.units.map((u) => `${u.name} 200000 ns`);
    // Standard names of government bodies that hold 和: one word each, so that a name is not cut there.
    lines.push(...agencyNames().map((a) => `${a} 200000 nt`));
    // Kinds of medicine a hospital's name holds (太仆寺旗蒙中医医院): one word each, so that 蒙 is not read as a verb there.
    // (And 蒙医药 itself, no surname 蒙 opening a name: 蒙医药是库伦旗的特色.)
    lines.push(...["蒙中医", "中蒙医", "蒙西医", "中西医", "蒙医药"].map((w) => `${w} 200000 n`));
    // (And their joining, which names a hospital of a field after it: 北京市通州区中西医结合骨伤医院.)
    lines.push(...["中西医结合", "中蒙医结合", "蒙中医结合", "蒙西医结合"].map((w) => `${w} 200000 n`));
    // (Words of the programme's own, which jieba does not know and would read as names: 文旅 of 文旅协作, 冷链 of 冷链物流 (冷 a
    // surname), 初心 of a Party member's pledge.)
    lines.push(...["文旅", "农文旅", "文旅体", "冷链", "初心", "非遗"].map((w) => `${w} 200000 n`));
    // (And the region's folk operas and songs, which name troupes and schools: 二人台 is no 二人 and a classifier 台.)
    lines.push(...["二人台", "漫瀚调", "乌力格尔"].map((w) => `${w} 200000 n`));
    // (And crafts of felt and leather, which name workshops: 阿什罕苏木毡绣非遗工坊 is no verb 绣.)
    lines.push(...["毡绣", "皮绣", "蒙绣", "毡艺", "皮艺", "皮雕"].map((w) => `${w} 200000 n`));
    // (And the programme's own name, a proper one: 京蒙 of 玫瑰营镇京蒙协作木雕非遗工坊 is no verb 蒙.)
    lines.push(...["京蒙", "京蒙协作"].map((w) => `${w} 200000 nz`));
    // (And Mongolian words that name villages, which jieba glues to their 村 or reads as a pronoun and a verb: 三星他拉村, 哈拉他拉村.)
    lines.push(...["他拉"].map((w) => `${w} 3000 ns`));
    // (And its verbs, which jieba cuts apart or does not know: 跟岗 is no surname 跟 with a name, 驻村, 包联 and 入职 are done.)
    lines.push(...["跟岗", "驻村", "包联", "入职"].map((w) => `${w} 200000 v`));
    // (And Beijing's towns and streets by their names alone, which name its schools, where jieba knows no word of them: 上地 of
    // 北京市海淀区上地实验学校 is no 上 and 地; 东升, a word already, stays one.)
    const jieba = shared;
    // (And Inner Mongolia's towns by names of three characters or more alone: 扣河子 of 库伦旗蒙银村镇银行扣河子支行 is no verb 扣;
    // not those that name people too, 额尔敦.)
    const townNames = gazetteer.townships.map((t) => [t.name.replace(/(街道|地区|镇|乡|苏木)$/, ""), t.side === "beijing" ? 2 : 3] as const);
    lines.push(...[...new Map(townNames)].filter(([n, shortest]) => n.length >= shortest && n.length <= 5 && !FUNCTION_CHARS.test(n[0]!) && !isMongolianName(n, 2) && jieba.cut(n, false).length > 1).map(([n]) => `${n} 3000 ns`));
    shared.loadDict(Buffer.from(lines.join("\n") + "\n"));
  }
  return shared;
}

/**
 * Remembers a pure function of a short string: the same windows and candidates recur throughout a corpus (place
 * names with the words before them, people's names), and each jieba call crosses into native code. Bounded: the
 * memory is dropped whole when full, which keeps it cheap and its results unaffected.
 */
function memo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  let seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = compute(key);
      if (seen.size >= limit) seen = new Map();
      seen.set(key, value);
    }
    return value;
  };
}

interface Tagged { word: string; tag: string; start: number }
const MEMO_LIMIT = 50_000;
const tagMemos = new WeakMap<Jieba, (text: string) => Tagged[]>();

/** Tags a window of text and returns words with offsets relative to `offset`. */
export function tagWindow(jieba: Jieba, text: string, offset: number): Word[] {
  let tagged = tagMemos.get(jieba);
  if (!tagged) {
    tagged = memo(MEMO_LIMIT, (window) => {
      const out: Tagged[] = [];
      let pos = 0;
      for (const t of jieba.tag(window, true)) {
        const i = window.indexOf(t.word, pos);
        const start = i < 0 ? pos : i;
        out.push({ word: t.word, tag: t.tag, start });
        pos = start + t.word.length;
      }
      return out;
    });
    tagMemos.set(jieba, tagged);
  }
  return tagged(text).map((t) => ({ word: t.word, tag: t.tag, start: offset + t.start, end: offset + t.start + t.word.length }));
}

const NAME_TAGS = /^(nr|nrt|nrfg|x)$/;

interface WordTestMemos {
  opens: (candidate: string) => boolean;
  single: (candidate: string) => boolean;
  place: (candidate: string) => boolean;
  starts: (key: string) => boolean;
}
const testMemos = new WeakMap<Jieba, WordTestMemos>();

function wordTests(jieba: Jieba): WordTestMemos {
  let m = testMemos.get(jieba);
  if (!m) {
    m = {
      opens: memo(MEMO_LIMIT, (candidate) => {
        const first = jieba.tag(candidate, true)[0];
        return !!first && first.word.length >= 2 && !NAME_TAGS.test(first.tag);
      }),
      single: memo(MEMO_LIMIT, (candidate) => {
        const words = jieba.tag(candidate, false);
        return words.length === 1 && !NAME_TAGS.test(words[0]!.tag);
      }),
      place: memo(MEMO_LIMIT, (candidate) => {
        const words = jieba.tag(candidate, false);
        return words.length === 1 && words[0]!.tag === "ns";
      }),
      // The key is the text around the position, then the position within it.
      starts: memo(MEMO_LIMIT, (key) => {
        const bar = key.lastIndexOf("|");
        const around = key.slice(0, bar);
        const at = Number(key.slice(bar + 1));
        let pos = 0;
        for (const w of jieba.cut(around, true)) {
          if (pos === at) return true;
          pos += w.length;
          if (pos > at) return false;
        }
        return pos === at;
      }),
    };
    testMemos.set(jieba, m);
  }
  return m;
}

/** The candidate opens with a dictionary word of two or more characters that is not a name (培训班, 高兴地). */
export function opensWithOrdinaryWord(jieba: Jieba, candidate: string): boolean {
  return wordTests(jieba).opens(candidate);
}

/** The candidate is one dictionary word that is not a name (支教, 皮肤科). */
export function isOrdinaryWord(jieba: Jieba, candidate: string): boolean {
  return wordTests(jieba).single(candidate);
}

/** The candidate is one dictionary word jieba tags a place (于洋, a person's name too). */
export function isPlaceWord(jieba: Jieba, candidate: string): boolean {
  return wordTests(jieba).place(candidate);
}

/** A word starts at `at` in the text around it (not 蒙协作 inside 京蒙协作专家). */
export function wordStartsAt(jieba: Jieba, text: string, at: number): boolean {
  const from = Math.max(0, at - 3);
  return wordTests(jieba).starts(`${text.slice(from, at + 3)}|${at - from}`);
}

/** A word jieba reads as a verb ends at `at` in the text around it (说 of 想说说六户镇). */
export function verbEndsAt(jieba: Jieba, text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  return tagWindow(jieba, text.slice(from, at + 3), from).some((w) => w.end === at && /^v/.test(w.tag));
}

/** Whether a word no name ends in closes at `at`: a verb, or a word of two characters or more that is no noun, place or
 * unknown word (紧紧围绕, 特有 of 二连浩特有口岸). */
export function clauseWordEndsAt(jieba: Jieba, text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  return tagWindow(jieba, text.slice(from, at + 3), from).some((w) => w.end === at && (/^v/.test(w.tag) || (w.word.length >= 2 && !/^(n|x|s|f|j|eng)/.test(w.tag))));
}
