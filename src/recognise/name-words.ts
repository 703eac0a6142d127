// The words a name that ends in a known suffix may hold, read one by one as nameStart walks leftwards.
import type { Word } from "./segmenter.js";
import { NAME_BREAKS, NAME_VERBS, STOP_TAGS } from "./suffixes.js";
import { isRareVerb } from "./rare-verbs.js";

/** Verbs of helping one body helps another by; and the ends of the bodies that do. */
export const SENDING = new Set(["援派", "派驻", "选派", "派出", "选送", "委派", "下派"]);
/** A verb of posting, aiding or linking written right before the place helped or linked (支教千斤沟镇中心学校, 挂职太仆寺旗…,
 * 援助察右前旗蒙中医院, 上联东城区中医医院, 下联长顺镇, 连通富裕村, 任教于保康镇第一幼儿园): no part of that place's name nor of its body's. */
export const VERB_BEFORE_PLACE = /(支教|挂职|援派|派驻|派往|驻点|援助|支援|上联|下联|连通|连接|通往|直通|(?:任教|就职|任职|工作|服务|就读|毕业)于)$/;
export const HELPING = new Set(["帮扶", "支援", "结对", "援助", "援建", "托管", "对口帮扶", "结对帮扶", "组团式帮扶", "对口支援"]);
export const INSTITUTION_END = /(中学|小学|学校|医院|大学|学院|公司|集团|卫生院|保健院|幼儿园|^院)$/;

/** Verbs of guiding, visiting and linking up, which open a clause whatever jieba tags them (团队 + 指导/n + 化德县医院). */
export const GUIDING_VERBS = new Set(["指导", "协助", "帮助", "对接", "考察", "走访", "慰问", "参观", "调研", "聚焦", "直通", "连通", "通往", "直达", "代表"]);
/** Verbs that take people or bodies as their object; before a place they open a clause (帮扶 before one may be a name's). */
export const CLAUSE_VERBS = new Set(["组织", "代表", "联合", "引进", "引导", "安排", "联系", "委托", "推荐", "陪同", "协调", "召集", "聘请", "鼓励", "动员", "邀请", "销往", "运往", "发往", "送往", "供应", "进入", "走进", "综合",
  // (And those of guiding, visiting and linking up, and of a road reaching a place: 团队指导化德县医院, 考察科右前旗人民医院, 道路直通阿里河镇卫生院.)
  ...GUIDING_VERBS]);
/** A bracket opening a part of a name (亦庄·赤峰 in (亦庄·赤峰)). */
export const OPEN = new Set(["(", "（"]);
export const CLASSIFIERS = new Set(["企业", "单位", "机构", "部门", "公司", "龙头"]);
/** Kinds of company a company's name follows, never opens (项目公司 + 京泰（阿巴嘎旗）风力发电有限公司, 子公司 + 北京…). */
export const COMPANY_KINDS = /^(项目公司|子公司|母公司|全资子公司|控股子公司|合资公司|平台公司|运营公司|新公司)$/;
export const BUILD_VERBS = new Set(["建设", "投资", "建立", "设立", "成立", "打造", "新建", "兴建", "实施", "支持", "援建", "共建", "助建", "捐建"]);

/** Function words: never inside a name. */
/** Adverbs of a clause, never a name's word, whatever follows them. */
export const CLAUSE_ADVERB = /^(共同|全面|积极|不断|大力|正在|已经|继续|率先|首次|专门|主动|重点|一起|同时|分别|先后|相继|陆续|依次|统一|集中|直接|全力|深入|广泛|切实|认真|着力|逐步|共计|一共|总共|累计|还将|也将|均已|再次|首先|随后|目前|正式|初步|基本|全部|一律|另外|特别|尤其)$/;
export const FUNCTION_CHARS = /[的在与和及或了等对为从向把被由于之其该这那每各个家所名位些我你他她它们是有将也都就还又并而且但让使请给到以同跟来去据仅]/;
/** Direction words that do stand in names (东部 in 华能内蒙古东部能源有限公司, 北方 in 北方经济时报). */
export const NAME_DIRECTIONS = new Set(["东部", "西部", "南部", "北部", "中部", "东西部", "东北", "西北", "华北", "华东", "华南", "西南", "东南", "北方", "南方"]);

/** Sports jieba reads as verbs, which name clubs and training grounds. (Those the segmenter retags as nouns, 举重 and 轮滑, are
 * name words already: see its RETAGGED.) */
const SPORT_VERBS = /^(搏击|骑行|越野|滑雪|滑冰|登山|游泳|跑步|健身|射击|击剑|划船|攀岩|垂钓|骑马|徒步|露营|定向)$/;

/** A verb right before the ending that names the place after a name's word (京蒙 + 安居 + 社区), or the school after a town's or a
 * quarter's name (清河 + 启明 + 中学, 林东 + 求实 + 中学). (Not after a place's own ending, the verb opening a clause: 四道沟村 + 签订 +
 * 村村结对.) */
export function namingVerb(text: string, words: Word[], k: number, suffixStart: number, placeEndsAt: (at: number) => boolean): boolean {
  const w = words[k]!;
  const before = words[k - 1];
  if (w.tag !== "v" || w.word.length !== 2 || !before || before.word.length < 2 || BUILD_VERBS.has(w.word)) return false;
  // (A verb the dictionary has rarely seen names a school or a hospital after a unit, what it serves between: 敖汉旗 + 启明 +
  // 特殊教育 + 学校, 昌平区 + 回天 + 皮肤病 + 医院; not one of the programme's, a clause's: …旗 + 结对 + 学校.)
  // (Or after a district's short name, its specialty one word with the ending: 北京昌平 + 回天 + 眼科医院.)
  if (((before.tag === "ns" && /[区旗县市镇乡]$/.test(before.word)) || placeEndsAt(w.start)) && isRareVerb(w.word) && /^(学校|中学|小学|医院)/.test(text.slice(suffixStart, suffixStart + 2)) &&
    words.slice(k + 1).every((x) => /^(n|vn|l|nz)$/.test(x.tag) && !FUNCTION_CHARS.test(x.word))) {
    return !HELPING.has(w.word) && !SENDING.has(w.word) && !CLAUSE_VERBS.has(w.word) && !NAME_BREAKS.has(w.word) && !VERB_BEFORE_PLACE.test(w.word);
  }
  if (k !== words.length - 1) return false;
  if (/^(社区|村|嘎查)/.test(text.slice(suffixStart, suffixStart + 2))) {
    return /^(x|nz|ns|j)$/.test(before.tag) && !FUNCTION_CHARS.test(before.word) && !/(村|嘎查|镇|乡|苏木|社区|街道|[区旗县市盟])$/.test(before.word) && !placeEndsAt(w.start);
  }
  // (A sport's verb names a club or a training ground after a name's word: 巴林右旗 + 青少年 + 搏击 + 俱乐部, 北京西山 + 骑行 + 俱乐部,
  // 北京 + 青少年 + 游泳 + 训练中心.)
  if (/^(俱乐部|训练中心|训练基地|训练馆|训练营地)/.test(text.slice(suffixStart, suffixStart + 4))) return SPORT_VERBS.test(w.word);
  return /^(中学|小学|学校|幼儿园)/.test(text.slice(suffixStart, suffixStart + 3)) && before.tag === "ns" && !/[区旗县市盟省]$/.test(before.word) && !CLAUSE_VERBS.has(w.word) && !NAME_BREAKS.has(w.word);
}

export function innerVerb(w: Word): boolean {
  return /^v/.test(w.tag) && !NAME_BREAKS.has(w.word) && !BUILD_VERBS.has(w.word) && !FUNCTION_CHARS.test(w.word);
}

export function isNameWord(w: Word): boolean {
  if (NAME_BREAKS.has(w.word)) return false;
  // (现代 names parks and farms, 土贵乌拉镇现代农牧业产业园, though jieba reads it as a time; 古代 and 近代 name museums, 北京古代建筑博物馆.)
  if (NAME_DIRECTIONS.has(w.word) || /^[村镇乡旗县市区盟]$/.test(w.word) || /^(现代|古代|近代)$/.test(w.word)) return true;
  // (So do those it reads as times that name an age: 青年 of 北京亦庄青年企业家商会, 老年 of 老年大学.)
  if (w.tag === "t" && /^(青年|少年|老年|中年)$/.test(w.word)) return true;
  // (各庄 ends Beijing's villages' names, though jieba reads it as a pronoun: 岳各庄, 马各庄.)
  if (w.word === "各庄") return true;
  // 里 of 和平里, 东 of 城东: one-character direction words stand in place names.
  if (w.tag === "f" && /^[里东西南北中]$/.test(w.word)) return true;
  // (zg too, a character jieba reads as a bound form: 沦 of 查干沐沦; o, one it reads as a sound, 嘎 of 嘎仙洞; not 往 before a place, nor a body's ending, 园 of 香水园小学.)
  if (w.word.length === 1 && !FUNCTION_CHARS.test(w.word) && (/^(d|a|b|ng|nr|ns|n|x|j|o)$/.test(w.tag) || (w.tag === "zg" && !/[往园院校站所馆场厂局会社部委办室队团店]/.test(w.word)))) return true;
  // (A set phrase of four may name what a body governs: 巴林左旗自然资源局, jieba's 自然资源 a phrase.)
  // (Or whom it serves, in five: 朝阳区青少年儿童图书馆, jieba's 青少年儿童 a phrase.)
  // (Or what it deals in, in three: 丰台区不动产登记事务中心, jieba's 不动产 a phrase; or what it studies, 北京中科乳业微生物研究院.)
  if (w.tag === "l" && (w.word.length === 4 || /^(青少年|少年|儿童|妇女|老年)/.test(w.word) || /^(不动产|微生物|传染病)$/.test(w.word)) && w.word.length <= 5 && !FUNCTION_CHARS.test(w.word)) return true;
  if (/^[0-9A-Za-z]+$/.test(w.word)) return true;
  // (半 of a team's kind, which jieba reads as a numeral: 大杨树镇森林草原半专业扑火队.)
  if (w.word === "半" && w.tag === "m") return true;
  if (/^第[一二三四五六七八九十0-9]+$/.test(w.word)) return true;
  // Places named by a distance or a count (三里屯, 八里庄, 十里堡): jieba tags 三里 a numeral.
  // (So are those named by a lot or a gully counted, 三号地村, 五道沟村, 二道河子村: jieba tags 三号 and 五道 numerals.)
  // (Or by shares of land, 八股地村, 大六份村: jieba tags 八股 a numeral too.)
  if (/^[一二三四五六七八九十百千]+[里堡铺营屯庄店号道股份]$/.test(w.word)) return true;
  // (And by a direction and a count, 东四, 西四, as Beijing's streets are: jieba tags them times.)
  if (/^[东西南北][一二三四五六七八九十]{1,2}$/.test(w.word)) return true;
  // A school's number in characters after its 第 (北京市第一六一中学: jieba cuts 第一 and 六一).
  if (/^[〇零一二三四五六七八九十百]+$/.test(w.word) && w.tag === "m") return true;
  if (NAME_VERBS.has(w.word)) return true;
  // (A branch's ending before the ending of a body of its own, however jieba tags it: 昌平 + 支行 + 党支部.)
  if (/^(支行|分行|分公司|支公司|分院|分校|分会)$/.test(w.word)) return true;
  // A level of schooling jieba tags an idiom (库伦旗职业中等专业学校).
  if (/^(初等|中等|高等)(专业|职业|技术)$/.test(w.word)) return true;
  // Two such words run together (扶贫开发, tagged an idiom) are one too.
  if (w.word.length === 4 && NAME_VERBS.has(w.word.slice(0, 2)) && NAME_VERBS.has(w.word.slice(2))) return true;
  if (w.word.length === 1 && FUNCTION_CHARS.test(w.word)) return false;
  // A word opening with 零 that counts nothing (零部件, 零售): jieba tags it a numeral.
  if (/^零[\u4e00-\u9fff]/.test(w.word) && !/^零[一二三四五六七八九十点]/.test(w.word)) return true;
  // (A mouth, of a gate, a road or a pass, closes a place's name, however jieba tags it: 衙门 + 口 + 实验小学.)
  if (w.word === "口") return true;
  if (STOP_TAGS.test(w.tag)) return false;
  // (An adjective used as a noun names what a body watches over: 食品药品 + 安全 + 监控中心.)
  return /^(n.*|x|j|a|an|b|s|g|h|k|vn|eng)$/.test(w.tag);
}
