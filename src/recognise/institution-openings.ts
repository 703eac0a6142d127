// Where an institution's name opens, back over words a name holds or past words a clause put before it: a registered name
// over a trade name jieba breaks, a college joining two fields with 与, a kind or a verb before the place, a town no list knows.
import type { Jieba } from "@node-rs/jieba";
import { isOrdinaryWord, opensWithOrdinaryWord, tagWindow } from "./segmenter.js";
import { studioMaster } from "./studio-masters.js";
import { NAME_BREAKS, PERSON_LABELS, TRADE_WORDS } from "./suffixes.js";
import { foundEndingAt, LEGAL_SUFFIX, OBJECT_OF } from "./proper-names.js";
import { VERB_BEFORE_PLACE } from "./name-words.js";
import type { PlaceIndex } from "./place-index.js";
import type { Mention } from "./types.js";

export interface Openings {
  places: PlaceIndex;
  /** Where no name may reach back past. */
  floor: number;
  /** The names found so far, in text order. */
  found: Mention[];
}

/** What never stands between a company's place and the rest of its name: function words and verbs of a clause. */
const LEGAL_GAP_BREAK = /[的在与及或了等对为从向把被由之是将也都就还又并让使给到以同跟来去据]|企业|单位|公司|引进|引入|招引|吸引|协调|推动|组织|带动/;

/** Words that break a name, listed once for the runs checked against them. */
const NAME_BREAK_WORDS = [...NAME_BREAKS];

/** A run between a unit and the rest of a name that reads as no clause: Han characters only, with no function word and no
 * word that breaks a name (盛和 of 北京草原盛和农牧科技有限公司, 清河湾 of 海淀区清河湾小学). */
function nameRun(gap: string): boolean {
  // (The 来 of 未来, a trade name's word, is no verb: 北京市未来城律师事务所.)
  return /^[\u4e00-\u9fff]+$/.test(gap) && !LEGAL_GAP_BREAK.test(gap.replace(/未来/g, "")) && !NAME_BREAK_WORDS.some((w) => gap.includes(w));
}

/** Verbs of two characters that open a clause between a unit and a school's or hospital's ending (昌平区援建小学). */
const CLAUSE_OF_TWO = /^(援建|新建|建设|建成|支持|帮扶|结对|对口|设立|捐建|共建|举办|开办|创办|走进|来到|前往|包括|组织|覆盖|选派|派驻|支教|联合|携手|牵手|捐赠|资助|援助|改造|扩建|进入|发展|打造|推进|推动|实施|开展|兴办|招收|拥有|成立|筹建|依托|对接|协调|服务|带动|引进|托管|帮助|参观|考察|调研|慰问|看望|聚焦|围绕|面向|瞄准)$/;

/** Kinds of body whose names may hold a quoted brand (“邻里守望”志愿者协会): associations, teams, studios. */
const QUOTED_KIND = /(协会|服务队|志愿队|联合会|工作室|工坊|服务站|宣讲团|讲师团)$/;

/** A core of words of trade alone (电子商务, 农业科技): no trade name of its own. */
const TRADE_ONLY = new RegExp(`^(?:${TRADE_WORDS.join("|")})+$`);

/** Past the kind of a unit pointed at before the unit named in full (我旗正镶白旗发展和改革委员会 opens at 正镶白旗). */
export function pastPointedKind(text: string, at: number, adminStarts: Set<number>): number {
  return /^[旗县区市盟]$/.test(text[at] ?? "") && /[我本该]/.test(text[at - 1] ?? "") && adminStarts.has(at + 1) ? at + 1 : at;
}

/** Past a figure right before a unit the name would hold: a table's cells run together (活动100正镶白旗农牧和科技局). */
export function pastFigureBeforeUnit(text: string, at: number, s: number, adminStarts: Set<number>): number {
  for (const m of text.slice(at, s).matchAll(/[0-9]+(?=[\u4e00-\u9fff])/g)) {
    if (adminStarts.has(at + m.index! + m[0].length)) return at + m.index! + m[0].length;
  }
  return at;
}

/** The start of the institution's name ending in `suffix` at `s`, read from `start`: where the rules moved it, or undefined
 * where none did. `label` is the suffix's. */
export function institutionOpening(jieba: Jieba, text: string, suffix: string, label: string | undefined, start: number, s: number, o: Openings): number | undefined {
  const { adminStarts, adminEnds, localityEnds, localityStarts } = o.places;
  let at = start;
  let moved = false;
  const move = (to: number) => {
    at = to;
    moved = true;
  };
  // (A studio of skill named after its master opens with the master's name, however jieba cuts it: 杜 + 建明/v + 工匠创新工作室.)
  const master = suffix === "工作室" && /(技能大师|劳模|工匠)(创新)?$/.test(text.slice(Math.max(0, s - 6), s)) ? studioMaster(text, s, (w) => opensWithOrdinaryWord(jieba, w) || isOrdinaryWord(jieba, w)) : undefined;
  if (master && master.start < at) move(master.start);
  // A registered company's name runs back to the place it opens with over words jieba breaks at a conjunction's
  // character (北京草原盛和农牧科技有限公司: 盛和, not 盛 and 和), where nothing between reads as a clause. (So does a
  // registered firm of lawyers or accountants, 北京市朝和律师事务所, and a registered foundation, 北京草原守望公益基金会.)
  if (LEGAL_SUFFIX.test(suffix) || suffix === "基金会" || (suffix === "事务所" && /(律师|会计师|税务师)$/.test(text.slice(s - 3, s)))) {
    const unit = o.places.unitBefore(at);
    const gap = unit ? text.slice(unit.end, at) : "";
    // (A trade name jieba breaks at a function word's character runs back too, where without it the name is words of trade
    // only: 北京鲜到家电子商务有限公司, not 电子商务有限公司.)
    const tradeOnly = TRADE_ONLY.test(text.slice(at, s)) && gap.length <= 6 && /^[\u4e00-\u9fff]+$/.test(gap) && !/[的与和及或在是]/.test(gap);
    // (Or over a conjunction's character alone opening the trade name, no place after it: 北京和颐园餐饮有限公司,
    // 兴和县和牧农牧业专业合作社; 北京和内蒙古伊利… is two.)
    const conjunction = !!unit && /^[和与及]$/.test(gap) && !adminStarts.has(at) && /^[\u4e00-\u9fff]{2,}$/.test(text.slice(at, s)) && unit.label !== "Township";
    // (Never past the place the name opens with: 通州区慈善协会和 + 北京运河康泰医疗器械有限公司.)
    if (unit && (((unit.label === "Province" || unit.label === "District") && gap.length >= 2 && gap.length <= 8 && (nameRun(gap) || tradeOnly) && !adminStarts.has(at)) || conjunction)) move(unit.start);
  }
  // (So does a school's or hospital's over a short core jieba breaks up, right after its unit: 海淀区清河湾小学 (清 a time),
  // 正蓝旗上都第二中学 (上 a direction, 都 an adverb).)
  if (/^(School|Hospital)$/.test(label ?? "")) {
    const unit = o.places.unitBefore(at);
    const gap = unit ? text.slice(unit.end, s) : "";
    // (Never over a whole name of its kind: 北京市延庆区香水园小学小学美术教师 is the school and a primary teacher.)
    if (unit && /^(District|Banner|League)$/.test(unit.label) && at > unit.end && gap.length >= 2 && gap.length <= 6 && nameRun(gap) && !o.places.adminIn(unit.end, s) &&
      !/(小学|中学|学校|医院|卫生院|幼儿园|大学|学院)/.test(gap) && !(gap.length === 2 && CLAUSE_OF_TWO.test(gap)) &&
      // (Not a clause's verb between, 在阿尔山市设立分校, whatever jieba tags it (翁牛特旗新建/ns卫生室), nor a conjunction or
      // preposition, 东城区和景山学校; a name of two characters jieba reads as a verb is a school's, 门头沟区育新小学, unless a verb
      // of the programme's.)
      !tagWindow(jieba, gap, unit.end).some((w) => /^(c|p)/.test(w.tag) || (/^v/.test(w.tag) && !(gap.length === 2 && w.word === gap && !CLAUSE_OF_TWO.test(gap))))) {
      // (With the places written before the unit: 北京市门头沟区育新小学.)
      move(o.places.openingOfPlacesBefore(unit.start));
    }
  }
  // (A kind said before the name is no part of it: 朝阳区企业北京华康谷物科技有限公司, 本地企业福瑞薯业有限公司, 丰台区爱心企业….)
  if (/(公司|合作社|集团)$/.test(suffix)) {
    const kind = /^([\u4e00-\u9fff]{0,10}?)企业/.exec(text.slice(at, s));
    const k = kind ? at + kind[0].length : -1;
    const owner = kind ? kind[1]!.replace(/(爱心|骨干|重点|龙头|民营|国有|知名|优质|帮扶)$/, "") : "";
    const placed = kind && (owner ? adminEnds.has(at + owner.length) || /(本地|当地|区内|旗内|县内|辖区内?|域内)$/.test(owner)
      : adminEnds.has(at) || /(本地|当地|区内|旗内|县内|辖区内?|域内)$/.test(text.slice(Math.max(0, at - 3), at)));
    if (kind && placed && s - k >= 4) move(k);
  }
  // (A college or institute whose name joins two fields with 与 runs back over it to its university or academy named just
  // before: 中国农业大学资源与环境学院, 北京市农林科学院草业花卉与景观生态研究所.)
  const from = at;
  // (The second field may hold a verb jieba opened the name after: 质量标准与 + 检测 + 技术研究所.)
  const joined = /^(学院|研究所|研究院|研究中心|系)$/.test(suffix) ? [0, 2].find((n) => text[at - 1 - n] === "与" && /^[\u4e00-\u9fff]*$/.test(text.slice(at - n, at))) : undefined;
  if (joined !== undefined) {
    const and = at - 1 - joined;
    const parent = [2, 3, 4, 5, 6].map((k) => o.found.findLast((f) => f.end === and - k && /(大学|学院|科学院|研究院)$/.test(f.name))).find(Boolean);
    const fields = parent ? text.slice(parent.end, and) : "";
    // (Not where a body's name whole stands before 与, nor a place opens what follows it: 北京联合大学旅游学院与兴安职业技术学院 is two.)
    if (parent && /^[\u4e00-\u9fff]+$/.test(fields) && !/[的在和及或了对为从向把被是]/.test(fields) && !/(学院|大学|学校|研究所|研究院|中心|医院)$/.test(fields) && !adminStarts.has(from)) at = parent.start;
  }
  // (So does a centre whose name joins two tasks with 和 or 与, back to the unit it is named after: 北京市食品安全监控和风险评估中心,
  // 北京市顺义区教育研究和教师研修中心, 阿旗粮食和物资储备中心; not two bodies listed, 区第一中学和第二中学, nor a place's, 镇和村.)
  if (/中心$/.test(suffix) && /^[和与]$/.test(text[at - 1] ?? "") && s - at <= 6 && !o.places.adminIn(at, s)) {
    const unitEnd = [2, 3, 4, 5, 6, 7, 8].map((k) => at - 1 - k).find((p) => adminEnds.has(p));
    const tasks = unitEnd !== undefined ? text.slice(unitEnd, at - 1) : "";
    if (unitEnd !== undefined && nameRun(tasks) && !/(院|所|中心|局|委|室|学|校|园|公司|会|站|办|队|馆|部|社|村|镇|乡|苏木|嘎查|社区|街道)$/.test(tasks)) at = o.places.openingOfPlacesBefore(unitEnd);
  }
  // (Nor a place and a verb of building before what is built: 帮助林家地村建设小米加工厂 builds 小米加工厂.)
  const builtAt = !LEGAL_SUFFIX.test(suffix) ? /(建设|新建|援建|兴建|扩建|建成|建起)(?=[\u4e00-\u9fff]{2})/.exec(text.slice(at, s)) : null;
  if (builtAt && (localityEnds.has(at + builtAt.index) || adminEnds.has(at + builtAt.index) || /(村|镇|乡|嘎查|苏木|社区)$/.test(text.slice(at, at + builtAt.index)))) {
    at += builtAt.index + builtAt[0].length;
  }
  // (Nor a preposition or a word of example jieba glued to the place the name opens with: 转诊至科右前旗人民医院, 如太仆寺旗中蒙医院,
  // 就连西城区展览路医院.)
  if (/^[至往到赴向从在于如连即据把对为与及经给]$/.test(text[at] ?? "") && adminStarts.has(at + 1)) at++;
  // (A government's office in another city is named through the government: 巴彦淖尔市人民政府驻北京联络处.)
  const stationedBy = /^(办事处|联络处)$/.test(suffix) && text[at - 1] === "驻" ? foundEndingAt(o.found, at - 1, "Agency") : undefined;
  if (stationedBy) at = stationedBy.start;
  // (Nor the body's word of a pointer before it: 我局乌兰花税务分局党支部 is the bureau's 乌兰花税务分局党支部.)
  if (/^[局院校委办]$/.test(text[at] ?? "") && /[我该本]$/.test(text[at - 1] ?? "") && s - at >= 4) at++;
  // (Nor a body named before and the copula saying what it is: 太仆寺旗中蒙医院系北京市昌平区中医医院对口帮扶医院.)
  const said = /^.*(?:院|校|局|公司|中心|会)(?:系|是|为)/.exec(text.slice(at, s));
  if (said && adminStarts.has(at + said[0].length) && s - at - said[0].length >= 2) at += said[0].length;
  at = pastPointedKind(text, at, adminStarts);
  // (Nor a kind said before a place the name opens with: 转交结对学校库伦旗第三中学 is 库伦旗第三中学.)
  const kindBefore = /^(?:结对|帮扶|受援)?(?:学校|医院|单位|企业|公司|机构)/.exec(text.slice(at, s));
  if (kindBefore && adminStarts.has(at + kindBefore[0].length)) at += kindBefore[0].length;
  // (A name that would open with a town's or township's ending opens with the town, its name one no list knows: 用于宝国吐乡非遗工坊.)
  if (/^(乡|镇)(?!村|镇|街)/.test(text.slice(at, s)) && at - o.floor >= 2) {
    const head = /(?:^|[^\u4e00-\u9fff]|[的在与和及或了等对为从向把被由之于到])([\u4e00-\u9fff]{2,3})$/.exec(text.slice(Math.max(o.floor, at - 4), at))?.[1];
    // (Nor a list's ordinal, a conjunction, an adverb or a word ending in a function word: ；二是镇卫生院…, 同时镇卫生院, 已经在镇中心学校;
    // a town's name may hold one, 阿里和镇卫生院.)
    if (head && !adminEnds.has(at) && !OBJECT_OF.test(head) && !/(位于|建设|援建|捐建|改造|新建|扶持|资助|全|各|本|该|每|个|所)$/.test(head) && !/^[一二三四五六七八九十]是$/.test(head) && !/[的在与及或了等对为从向把被由之于到是]$/.test(head) &&
      !(head.length === 2 && tagWindow(jieba, head, 0).some((w) => w.word.length === 2 && /^[vcdpr]/.test(w.tag)))) at -= head.length;
  }
  if (at !== from) moved = true;
  // (A name holding a quoted brand runs back over it, and over the places or the body it belongs to before it:
  // 朝阳区双井街道“邻里守望”志愿者协会, 北京市密云区中医医院“京蒙义诊草原行”志愿服务队; alone, at a clause's start: “向阳花”青年志愿服务队.)
  // (A word or two of kind may stand between the quote and the ending, 青年 of “向阳花”青年志愿服务队.)
  const closeAt = /”[\u4e00-\u9fff]{0,4}$/.exec(text.slice(Math.max(0, at - 6), at)) ? text.lastIndexOf("”", at - 1) + 1 : -1;
  if (closeAt > 0 && s - closeAt <= 4 && !/[的和与及在是为了]/.test(text.slice(closeAt, s)) && !adminStarts.has(closeAt) && QUOTED_KIND.test(suffix)) {
    const open = text.lastIndexOf("“", closeAt - 2);
    const quoted = open >= 0 ? text.slice(open + 1, closeAt - 1) : "";
    const owner = open >= 0 ? o.places.placeEndingAt(open) ?? o.found.findLast((f) => f.end === open && f.label !== "Person")?.start : undefined;
    if (/^[\u4e00-\u9fff·—]{2,10}$/.test(quoted) && (owner !== undefined || /(^|[\n，,。：:；;、]|组建|成立|设立|依托)$/.test(text.slice(Math.max(0, open - 2), open)))) {
      move(o.places.openingOfPlacesBefore(owner ?? open));
    }
  }
  // (Nor a verb before a generic place word: 请嘎查党支部书记… is the 嘎查's committee.)
  // (Nor one of building: 捐资60万元建设嘎查卫生室 builds the 嘎查's clinic.)
  const verbBefore = /^([请让叫向帮给把被由在]|建设|新建|援建|捐建|修建|改造|扩建|建成|建起)(?=嘎查|村|苏木|镇|乡)/.exec(text.slice(at, s));
  if (verbBefore) move(at + verbBefore[1]!.length);
  // (Nor the kind of a body ending the word before a town the name opens with: 结对校索伦镇中心学校 is 索伦镇中心学校.)
  if (/^[校院]$/.test(text[at] ?? "") && localityStarts.has(at + 1)) move(at + 1);
  const pastFigure = pastFigureBeforeUnit(text, at, s, adminStarts);
  if (pastFigure !== at) move(pastFigure);
  // (Nor a member's role, a verb of having or the copula 系 before the place that opens the name: 集团成员校顺义区石园第三小学,
  // 现有北京市大兴区兴华路小学, 吴永红系通州区中西医结合医院.)
  const role = /^[\u4e00-\u9fff]{0,4}?(成员校|成员单位|成员园|总校|分校|牵头校|牵头单位|现有|拥有|包括|系)/.exec(text.slice(at, s));
  if (role && adminStarts.has(at + role[0].length)) move(at + role[0].length);
  // (Nor one taking a post at the banner's body, the banner said alone: 挂职的王硕任旗应急管理局副局长 names 旗应急管理局.)
  const taking = /^[\u4e00-\u9fff]{1,4}?任(?=[旗盟][\u4e00-\u9fff]{2})/.exec(text.slice(at, s));
  if (taking) move(at + taking[0].length);
  // (Nor the words saying whose the assets are, before a village's body: 项目资产归八号地村股份经济合作社所有.)
  const owner = /^[\u4e00-\u9fff]{0,4}?(资产|所有权|产权|收益)(归属于|归属|归)/.exec(text.slice(at, s));
  if (owner && (localityStarts.has(at + owner[0].length) || /^[\u4e00-\u9fff]{2,8}?(村|嘎查|镇|苏木|乡)/.test(text.slice(at + owner[0].length, s)))) move(at + owner[0].length);
  // (Nor a verb of keeping or deepening ties that opens a clause before a unit: 深化顺义区第二中学与…的结对关系.)
  const deepening = /^(深化|加强|巩固|拓展|扩大|延续|继续|深入|持续|推进|推动|促进|提升|完善|加快|做好|抓好|强化|保持|维护)/.exec(text.slice(at, s));
  if (deepening && adminStarts.has(at + deepening[0].length)) move(at + deepening[0].length);
  // (Nor a verb of posting, aiding or linking before the place: 支教太仆寺旗第二中学, 援助察右前旗蒙中医院.)
  // (Wherever it stands in the run: 中心已上联东城区中医医院 is 东城区中医医院.)
  for (let q = at + 2; q < s - 1; q++) {
    if (!adminStarts.has(q) && !localityStarts.has(q)) continue;
    if (VERB_BEFORE_PLACE.test(text.slice(Math.max(at, q - 4), q))) {
      move(q);
      break;
    }
  }
  return moved ? at : undefined;
}

/** A label a person's name follows in a notice (联系人：, 成员：). */
const PERSON_LABEL_BEFORE = new RegExp(`(${PERSON_LABELS})[:：]\\s*$`);

/** The start of the body's name ending at `s`, read from `start`, where a mark moves it: past a person's label, back over the
 * unit that keeps the body in another (驻), past a report's 报. Undefined where none does. */
export function institutionOpeningAtMarks(text: string, start: number, s: number, places: PlaceIndex): number | undefined {
  let at = start;
  let moved = false;
  // (A person's label opens no body's name, but the name after it: 成员：王岩旗财政局农业股股长 names 王岩 of 旗财政局.)
  // (Not where a unit opens the name: 联系人：敖汉旗教育体育局.)
  if (PERSON_LABEL_BEFORE.test(text.slice(Math.max(0, at - 5), at)) && !places.adminStarts.has(at)) {
    const unit = text.slice(at, s).search(/[旗县](?=[\u4e00-\u9fff])/);
    if (unit >= 2 && unit <= 3) {
      at += unit;
      moved = true;
    }
  }
  // (A feature's subtitle, ——记北汽集团派驻…第一书记, profiles someone of the body after 记.)
  if (text[at] === "记" && /[—─-]$/.test(text.slice(Math.max(0, at - 1), at))) {
    at += 1;
    moved = true;
  }
  // (A body one unit keeps in another is named with both: 宁城县驻房山区劳务工作站, jieba's 驻 a verb.)
  if (text[at - 1] === "驻" && places.adminStarts.has(at)) {
    const home = places.placeEndingAt(at - 1);
    if (home !== undefined) {
      at = places.openingOfPlacesBefore(home);
      moved = true;
    }
  }
  // (A body reported to is named after 报: 情况报旗民政局, 名单报县委组织部.)
  const reportedTo = /^[^报]{1,12}报(?=[旗县区市盟][\u4e00-\u9fff])/.exec(text.slice(at, s));
  if (reportedTo && !places.adminStarts.has(at + reportedTo[0].length - 1)) {
    at += reportedTo[0].length;
    moved = true;
  }
  // (Nor does a verb of reporting right before a unit the gazetteer knows, jieba reading it a noun: 已报告北京市西城区…办公室.)
  const reported = pastReporting(text, at, s, places.adminStarts);
  if (reported !== at) {
    at = reported;
    moved = true;
  }
  // (Nor does where a text was taken from: 本文转自呼伦贝尔日报 names 呼伦贝尔日报; nor a paper's section on its page's
  // line: 3　要闻　兴安日报.)
  const source = /^(?:转自|摘自|选自|引自|来源于|源自|转载自|要闻|头版|综合新闻|本地新闻)(?=[\u4e00-\u9fff])/.exec(text.slice(at, s));
  if (source) {
    at += source[0].length;
    moved = true;
  }
  return moved ? at : undefined;
}

/** Where a body's name opens past a verb of reporting before a unit the gazetteer knows, jieba reading it with the clause (已报告
 * 北京市西城区…办公室): the last such verb in [at, s), or `at`. */
export function pastReporting(text: string, at: number, s: number, adminStarts: Set<number>): number {
  const verb = [...text.slice(at, s).matchAll(/(?:报告|报送|上报|呈报|抄送|抄报)(?=[\u4e00-\u9fff])/g)].findLast((m) => adminStarts.has(at + m.index! + m[0].length));
  return verb ? at + verb.index! + verb[0].length : at;
}
