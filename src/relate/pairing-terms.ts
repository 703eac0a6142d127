// What states a pairing and who may pair: the verbs and phrases, which labels pair with which, and the Beijing side first.
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, refAt, type Ref } from "./context.js";
import { placeOfBranch } from "./branches.js";
import { gapBetween } from "./ref-runs.js";

// (携手 and 牵手 too: 西城区携手科右中旗，…; 北京市第八中学携手科右中旗第一中学开展…帮扶.)
// (And two that send each other cadres: 礼贤镇与察右前旗土贵乌拉镇已连续三年互派干部挂职; two that became a pair: 东直门街道和白朗镇结成了一对;
// or a community of teaching, …中学与…中学等7对学校结成教研共同体.)
// (Or were matched as one, 东城区和化德县配成对子; or one's help to the other is what a clause tells of, 丰台区对林西县的帮扶也包括….)
// (Or are said to be a pair, or in the relation: 顺义区水务局和巴林左旗水利局也是一对, 顺义区和巴林左旗是对口帮扶的关系, …是对口帮扶医院,
// …是多年的老对子.)
export const VERB = /(对口帮扶|结对帮扶|对口支援|帮扶|结对|托管|携手|牵手)/g;
export const WITH_VERB = /(互派|手拉手|结了?亲(?!自|手|眼|口|属|情|友)|结(?:成|为)了?[^,，。]{0,8}?(?:对子|一对|城市|乡镇|镇|乡|苏木|社区|街道|学校|高校|院校|姊妹校|姐妹校|姊妹园|姐妹园|医院|村|嘎查|单位|帮扶关系|结对关系|协作关系|共同体)|结了(?:帮扶)?对子?|配对|配成了?(?:帮扶)?对子|结对|携手|牵手|成为了?[^,，。]{0,6}?(?:伙伴|结对单位|帮扶对子|姐妹|友好|亲戚)|是[^,，。]{0,12}?(?:对口帮扶|结对帮扶|结对|对口)的?(?:伙伴|对象|关系|医院|学校|单位|村子?|镇|乡镇|苏木|嘎查|社区|街道)|是[^,，。]{0,8}?对子|是[^,，。]{0,8}?(?:姐妹|姊妹|友好)(?:城市|旗县|市|县|旗|区)|结[成为]了?[“"]?(?:亲戚|一家亲)|(?:便|就|也|正)?是其中(?:的)?一对|(?:也|就|正|都)是一对|(?:签订|签署|续签)了?[^,，。]{0,14}?(?:帮扶|协作|合作|支援|共建|托管)[^,，。]{0,10}?协议|专科共建|共建(?:专科|科室|学科)|(?:建立|结成|缔结)[^,，。]{0,10}?(?:结对|帮扶|协作|合作|友好|伙伴|配对|援助|支援|姐妹|姊妹|对口)[^,，。]{0,4}关系|(?:签约|建立|组建|成立|共建)[^,，。]{0,6}(?:医联体|医共体|医疗联合体|专科联盟)|(?:医联体|医共体|医疗联合体|专科联盟)[^,，。]{0,4}(?:揭牌|挂牌|授牌|成立)|(?:开展|深化|推进|推动|加强|进行)[^,，。]{0,8}?(?:协作|合作)|(?:开展|实施|进行|深化|深入推进|加强)[^,，。]{0,8}帮扶|的[\u4e00-\u9fff]{0,4}(?:帮扶|结对)(?:合作|关系)|(?<=对[\u4e00-\u9fff]{2,12}[旗县市区盟])的(?:对口)?帮扶(?:工作)?(?=[也还已均]|中|以来|成效|包括|覆盖|涵盖|取得|持续|始于|开始)|开展[^,，。]{0,4}携手奔小康|(?:东西部|京蒙|扶贫)协作(?:联席会议|推进会|座谈会|对接会|工作会)|召开[^,，。]{0,10}?联席会议|(?<=[旗县市区盟])(?:之间)?的?(?:东西部协作|京蒙协作|扶贫协作|对口帮扶|结对帮扶)(?!资金))/;
// (对 too, as in 对乌兰察布市中心医院开展组团式帮扶, but not 对口, 对接 and other words it opens.)
export const AND = /(与|和|同(?![年时期样行比等一志学事类级步属为])|对(?![口接于此这照比象外内话待称应标])|跟(?![着随进踪岗班上]))/g;
/** Acting together with another, after its name: the two act side by side, neither is the other's partner. */
export const JOINT = /^(共同|一起|一道|同台|联合|携手)/;
/** A verb of pairing anywhere after 两校/两院 (两校结对). */
export const VERB_AT = /(结对|帮扶)/;

/**
 * Which labels may pair with which, Beijing side first (ONTOLOGY.md). Departures: bodies of government with their
 * counterparts (Agency→Agency), other bodies with theirs (Organization→Organization: 西城区第一文化馆与鄂伦春自治旗文化馆), a
 * 街道 or town with a village (古城街道和我们嘎查签了结对协议), which the programme's 街乡结对到村 reports name as often as town
 * with town, and the pairs read only where they are stated directly (DIRECT_PAIRS).
 */
const PAIRS: [string, string][] = [
  ["District", "Banner"], ["District", "League"], ["Province", "Province"], ["Township", "Township"], ["Township", "Village"], ["Village", "Village"],
  ["Enterprise", "Village"], ["School", "School"], ["Hospital", "Hospital"], ["Organization", "Village"], ["Agency", "Village"], ["Agency", "Agency"], ["Organization", "Organization"],
];

/**
 * A school, college or institute paired with a banner, town or village (北京师范大学与和林格尔县签署校地结对帮扶协议), or an
 * enterprise with a banner or town (国网北京市电力公司与赤峰市翁牛特旗结对帮扶), read only where a word of pairing is plain
 * and nothing but places and a joining word stand between the two: an agreement of business or a signing ceremony pairs
 * no one (北京林业大学与杭锦旗签订…合作框架协议), nor does a body that brought others to pair (工商联组织12家会员企业与开鲁县12个
 * 村结对).
 */
const DIRECT_PAIRS: [string, string][] = [
  ["School", "Banner"], ["School", "Township"], ["School", "Village"], ["Organization", "Banner"], ["Organization", "Township"], ["Enterprise", "Banner"], ["Enterprise", "Township"],
  // (A society with a bureau, a company with a home for the old: 东城区律师协会与察右后旗司法局签订…结对协议, …养老服务有限公司与索伦镇中心敬老院签订结对帮扶协议.)
  ["Organization", "Agency"], ["Enterprise", "Organization"],
  // (A bureau with a body its counterpart governs: 库伦旗白音花国有林场与北京市顺义区园林绿化局结对.)
  ["Agency", "Organization"],
  // (Companies of one trade, each side's: 国网北京顺义供电公司与国网巴林左旗供电公司签订结对帮扶协议, a bank's branch with a banner's
  // rural bank.)
  ["Enterprise", "Enterprise"],
  // (A school with a centre of teachers' training or a youth centre, either side's: 北京市房山区教师进修学校与通辽市库伦旗教师发展中心结对帮扶.)
  ["School", "Organization"], ["Organization", "School"],
];
const PLAIN_PAIRING = /结对|结成(?:帮扶)?对子|对口帮扶|组团帮扶|帮扶[\u4e00-\u9fff]{0,4}协议/;
/** A count of bodies after the place, or a village of it: they pair, not the place (与敖汉旗4所中小学结对, 与王爷府镇七家村结对). */
const BODIES_COUNTED = /^的?([0-9]+|[一二两三四五六七八九十]+)(所|个|家)|^[\u4e00-\u9fff]{1,5}(村|嘎查)/;
const DIRECT_GAP = /^[、，,和及与同]*(等[0-9一二三四五六七八九十]+(所|个|家)[\u4e00-\u9fff]{0,4})?(分别|共同|均|已|还)?(与|和|同|对口帮扶|结对帮扶|定点帮扶|组团帮扶|帮扶|结对)?(我旗|该旗|本旗|我县|该县)?$/;

function directlyPaired(ctx: ArticleContext, a: Ref, b: Ref): boolean {
  // (Both named where they stand, not a pointer's or the article's focus standing in for one.)
  if (a.mention.surface === undefined || b.mention.surface === undefined) return false;
  const [first, second] = a.mention.start < b.mention.start ? [a, b] : [b, a];
  const s = ctx.sentenceAt(first.mention.start);
  if (!s || second.mention.end > s.end || !PLAIN_PAIRING.test(s.text) || s.text.includes("|") || BODIES_COUNTED.test(ctx.text.slice(second.mention.end, s.end))) return false;
  return DIRECT_GAP.test(gapBetween(ctx, first, second)!);
}

/**
 * A unit's government or party committee stands for the unit in a pairing (北京市密云区人民政府与…阿尔山市人民政府签订协议,
 * 德胜街道党工委与巴彦呼舒镇党委, 新街口社区党委与哈吐布其嘎查党支部).
 */
const GOVERNING = /(人民政府|政府|党工委|党委|党总支|党支部|办事处|村委会|居委会)$/;
const UNIT_LABELS = new Set(["District", "Banner", "League", "Township", "Village"]);
function standFor(ctx: ArticleContext, r: Ref): Ref {
  if ((r.entity.label !== "Agency" && r.entity.label !== "Organization") || !GOVERNING.test(r.entity.name)) return r;
  const places = ctx.within(r.mention.start, r.mention.end, true).filter((x) => x.mention.nested && UNIT_LABELS.has(x.entity.label));
  const unit = places[places.length - 1];
  if (unit && r.mention.end - unit.mention.end <= 4) return unit;
  // (Or by its name, written short: 嘎查党支部 of 查干淖尔嘎查党支部.)
  const place = placeOfBranch(ctx, r.entity);
  return place ? refAt(place, r.mention.start, r.mention.end) : r;
}

export function orient(ctx: ArticleContext, a0: Ref, b0: Ref, helperFirst: boolean): [Ref, Ref] | null {
  const a = standFor(ctx, a0);
  const b = standFor(ctx, b0);
  if (a.entity.id === b.entity.id) return null;
  const sa = ctx.sideOf(a.entity);
  const sb = ctx.sideOf(b.entity);
  if (sa && sb && sa === sb) return null;
  let pair: [Ref, Ref];
  if (sa === "inner-mongolia" || sb === "beijing") pair = [b, a];
  else if (sa === "beijing" || sb === "inner-mongolia") pair = [a, b];
  else if (helperFirst) pair = [a, b];
  else return null;
  const labelled = ([x, y]: [string, string]) => pair[0].entity.label === x && pair[1].entity.label === y;
  // (The helper of Beijing by its name or place, not one of the central bodies' own programme: 中国农业银行定点帮扶科右中旗.)
  const ok = PAIRS.some(labelled) || (DIRECT_PAIRS.some(labelled) && ctx.sideOf(pair[0].entity) === "beijing" && directlyPaired(ctx, a0, b0));
  return ok ? pair : null;
}

/** The first Beijing-side name and the first Inner Mongolia-side one after it that may pair. */
export function firstPair(ctx: ArticleContext, refs: Ref[]): [Ref, Ref] | null {
  for (const a of refs) {
    if (ctx.sideOf(a.entity) !== "beijing") continue;
    for (const b of refs) {
      const pair = ctx.sideOf(b.entity) === "inner-mongolia" ? orient(ctx, a, b, false) : null;
      if (pair) return pair;
    }
  }
  return null;
}
/** What follows a 与 that compares two or says they border, not one that pairs them. */
export const COMPARED = /^[^,，。、]{0,8}?(同属|同为|一样|相同|相比|相似|相邻|接壤|毗邻)/;
/** What every pairing word (WITH_VERB, VERB, HELP) contains: a clause without one is passed over before those are tried. */
export const PAIRING_WORD = /结|对子|互派|手拉手|其中(?:的)?一对|是一对|对口|配对|配成|携手|牵手|伙伴|帮扶|姐妹|友好|协议|关系|医联体|医共体|医疗联合体|专科联盟|共建|协作|合作|联席会议|帮助|支援|援助|托管|亲戚/;

/** The places a helper helps, counted before they are listed (两个旗, 5个旗县). */
export const COUNTED_PLACES = /^[两二三四五六七八九十0-9]+个(?:旗县区|旗县|县区|旗|县|区|市|盟|地区|苏木乡镇|乡镇|嘎查村|村)$/;

/** Records a pair read in a sentence, once (Beijing's side first, `orient` has seen to it), with its start year. */
export type AddPair = (pair: [Ref, Ref] | null, s: Sentence, confidence: number, startOnly?: boolean, year?: number) => void;
/** Records helpers listed with the partners they help: each with the one, or respectively with as many. */
export type PairListed = (helpers: Ref[], partners: Ref[], respectively: boolean, s: Sentence, confidence: number) => void;
