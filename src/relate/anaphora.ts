// 该旗, 该市, 当地, 该园区: words that point back at a place or institution named shortly before.
import type { Sentence } from "../normalise/index.js";
import type { Entity } from "../resolve/index.js";
import { ArticleContext, isPlace, refAt, type Ref } from "./context.js";

const POINTERS: [RegExp, (r: Ref) => boolean][] = [
  [/^(该|本|全|我)旗/, (r) => r.entity.label === "Banner" && r.entity.name.endsWith("旗")],
  [/^(该|本|全|我)县/, (r) => r.entity.label === "Banner" && r.entity.name.endsWith("县")],
  [/^(该|本|全|我)市/, (r) => r.entity.label === "League" || (r.entity.label === "Banner" && r.entity.name.endsWith("市"))],
  [/^(该|本|全|我)盟/, (r) => r.entity.label === "League" && r.entity.name.endsWith("盟")],
  // (A town's own report or speaker says 我镇: the town named before, not the one of the pointer's own clause.)
  [/^(该|本|我)镇/, (r) => r.entity.label === "Township" && r.entity.name.endsWith("镇")],
  // A district's own report says 我区 (丰台区); so does a city district of Inner Mongolia.
  // (全区 is the whole autonomous region in Inner Mongolia's texts: no pointer.)
  [/^(该|本|我)区/, (r) => r.entity.label === "District" || (r.entity.label === "Banner" && r.entity.name.endsWith("区"))],
  // The places helped, in a Beijing report (向受援地投入…): the Inner Mongolia unit it is about.
  [/^(受援地|受援地区|受援旗县|对口地区)/, (r) => (r.entity.label === "Banner" || r.entity.label === "League") && r.entity.side === "inner-mongolia"],
  [/^当地/, (r) => isPlace(r.entity) && r.entity.label !== "Province" && r.entity.side === "inner-mongolia"],
  [/^(该)?园区/, (r) => r.entity.label === "Organization" && /园区?$/.test(r.entity.name)],
  // (So is 基地 alone opening a clause or given to, for the base named before: …孵化基地…。基地是密云区投入…建起来的, 为基地添置直播设备.)
  [/^(该)?基地/, (r) => r.entity.label === "Organization" && /基地$/.test(r.entity.name)],
  [/^该医院/, (r) => r.entity.label === "Hospital"],
  // (院 after a verb of coming, what is done there following, is the hospital of Inner Mongolia named before: …医师杜宏来院开展为期3个月的医疗帮扶.)
  [/^院$/, (r) => r.entity.label === "Hospital" && r.entity.side === "inner-mongolia"],
  // (该院 is any body named …院: a hospital, a college, an academy, 北京农学院, 北京市农林科学院.)
  [/^该院/, (r) => r.entity.label === "Hospital" || ((r.entity.label === "School" || r.entity.label === "Organization") && /院$/.test(r.entity.name))],
  // 旗医院, 县人民医院: the banner's or county's own hospital, the one of the article so named.
  [/^[旗县](人民)?医院/, (r) => r.entity.label === "Hospital" && /[旗县](人民)?医院$/.test(r.entity.name)],
  [/^该(校|学校)/, (r) => r.entity.label === "School"],
  // 该中心: a body named …中心, a health centre's or another's (社区卫生服务中心, 融媒体中心).
  [/^该中心/, (r) => r.entity.label !== "Person" && !isPlace(r.entity) && r.entity.name.endsWith("中心")],
  // 分校 alone: the branch school the article names (密云区第二中学库伦旗分校).
  [/^分校/, (r) => r.entity.label === "School" && /分校$/.test(r.entity.name)],
  // 该园 is a kindergarten's, or a park's named 园.
  [/^该园/, (r) => (r.entity.label === "School" && /幼儿园$/.test(r.entity.name)) || (r.entity.label === "Organization" && /园$/.test(r.entity.name))],
  [/^该(公司|企业|集团)/, (r) => r.entity.label === "Enterprise"],
  // (So is 合作社 alone after the cooperative named: …林兴黑木耳种植专业合作社…。…为合作社建设了菌包生产线.)
  [/^(该)?合作社(?!联合)/, (r) => r.entity.label === "Enterprise" && /合作社$/.test(r.entity.name)],
  // 该行 is a bank's (燕山农商银行…。该行又与查干嘎查结成对子), 该所 an institute's, a law firm's or a police station's.
  [/^该行/, (r) => r.entity.label === "Enterprise" && /(银行|分行|支行)/.test(r.entity.name)],
  [/^该所/, (r) => (r.entity.label === "Organization" || r.entity.label === "Agency") && /所$/.test(r.entity.name)],
  // (该站 a station's: 林西县家畜改良工作站…。该站站长王树林.)
  [/^该站/, (r) => (r.entity.label === "Organization" || r.entity.label === "Agency") && /站$/.test(r.entity.name)],
  // 该办公室, 该局: a government body named before (北京市支援合作办公室…。该办公室负责人郭文斌).
  [/^该(办公室|局|委员会|厅)/, (r) => r.entity.label === "Agency"],
  // 这家…企业, 这所…学校: the body named before, whatever is said of it between (这家位于大兴区瀛海镇的速冻食品企业).
  [/^这[家个][^，。,；;]*(企业|公司|银行|支行|分行)$/, (r) => r.entity.label === "Enterprise"],
  [/^这[家个][^，。,；;]*医院$/, (r) => r.entity.label === "Hospital"],
  [/^这所[^，。,；;]*(学校|中学|小学)$/, (r) => r.entity.label === "School"],
  // 集团 alone, in a group's own report (集团向四子王旗投入…): the one group the article names.
  [/^集团/, (r) => r.entity.label === "Enterprise" && /集团/.test(r.entity.name)],
  // (So is 公司 alone opening a clause, where the article names one company: 公司副总裁邵文斌介绍….)
  [/^公司/, (r) => r.entity.label === "Enterprise" && /公司$/.test(r.entity.name)],
  // (And 企业 alone, where the article names one enterprise: …有限公司在查干沐沦镇建厂。企业已与…塔本花嘎查结成帮扶对子.)
  [/^企业/, (r) => r.entity.label === "Enterprise"],
  // (So is 我局 or 局里 in a cadre's diary, where the article names one bureau: 我局与东井子村…签订结对帮扶协议，局里明确拨付….)
  [/^(我局|局里|局)/, (r) => r.entity.label === "Agency" && r.entity.name.endsWith("局")],
  // (So is a 卫生院 or 中心校 alone, where the article names one: 卫生院院长包金山, 到中心校听课.)
  [/^卫生院/, (r) => r.entity.label === "Hospital" && r.entity.name.endsWith("卫生院")],
  [/^中心校/, (r) => r.entity.label === "School" && /中心(学)?校$/.test(r.entity.name)],
  // (So is a bare 医院 or 学校 given to, where the article names one of Inner Mongolia: 投入…300万元，为医院购置了…, 给学校捐赠.)
  [/^医院/, (r) => r.entity.label === "Hospital" && r.entity.side === "inner-mongolia" && r.entity.name.endsWith("医院")],
  [/^学校/, (r) => r.entity.label === "School" && r.entity.side === "inner-mongolia"],
  // 该村, 全嘎查, 村里, and a bare 嘎查 standing for the one just named (让嘎查修起了牛棚), not 嘎查村 or 嘎查达.
  // (A 嘎查 is one named so, Inner Mongolia's: never the Beijing village named with it, 红光村.)
  [/^((该|本|全)嘎查|嘎查)/, (r) => r.entity.label === "Village" && (r.entity.name.endsWith("嘎查") || r.entity.side === "inner-mongolia")],
  [/^((该|本|全)村|村里)/, (r) => r.entity.label === "Village"],
  // A village's own offices and people, 村党支部书记, 村民: the village the story is set in.
  [/^村$/, (r) => r.entity.label === "Village" && r.entity.name.endsWith("村")],
];

/** A name or pointer written as where someone serves: 在 (or 赴, 到) before it, a kind of serving after (在该校支教, 在…医院挂职,
 * 赴宝昌镇第一小学开展为期一学期的支教); or 驻 before it. */
function servedAt(text: string, start: number, end: number): boolean {
  // (Or stationed there, whatever follows: 该院心内科主任医师苗青常驻林西县医院半年.)
  if (/(常驻|驻点|驻院|驻校|进驻|派驻)$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // (A word pointing at its unit may stand between: 到我旗妇幼保健院开展…医疗帮扶; the work done, 开展了为期三个月的医疗帮扶.)
  return (/(在|赴|到|前往|来到)[我该本]?$/.test(text.slice(Math.max(0, start - 3), start)) &&
    // (Or the first of bodies listed so: 分别在巴林右旗医院、巴林右旗妇幼保健院开展为期6个月的医疗帮扶.)
    /^(、[^、，。,；;\s]{2,20}?)*(开展|进行|从事)?了?(为期[^，。,]{1,8}的)?(支教|挂职|挂任|帮扶|坐诊|任教|驻点|驻院|驻校|医疗帮扶)/.test(text.slice(end, end + 40))) ||
    // (Or a post taken there: 挂任科右前旗人民医院副院长.)
    (/(挂任|挂职)$/.test(text.slice(Math.max(0, start - 2), start)) && /^[^，。,；;]{0,6}(院长|校长|主任|书记|局长|[旗县市区]长)/.test(text.slice(end, end + 10)));
}

/** A body's sending of its staff, right after the word pointing at it (该院先后派出, 该校选派). */
const SENDS = /^(先后|共|已|累计|每年|今年|再次|又|还|陆续|连续|多次|已经)*(派出|选派|派遣|抽调|选调|派驻)/;

/** A line crediting the source or the writers (来源：扎赉特旗融媒体中心): the bodies it names are no story's subject. */
const CREDIT = /^\s*(?:来源|稿源|出处|供稿|作者|编辑|责编|责任编辑|审核|通讯员|记者)\s*[:：]/;
function inCredit(ctx: ArticleContext, r: Ref): boolean {
  return CREDIT.test(ctx.text.slice(ctx.text.lastIndexOf("\n", r.mention.start - 1) + 1, r.mention.start));
}

export interface Pointer {
  start: number;
  end: number;
  ref: Ref;
}

// (Each lookbehind stands after the characters it guards: one that opens an alternative keeps the engine from skipping
// ahead to the words that can start a match, and made this pass six times slower.)
const ANY_POINTER = /这[家个][^，。,；;]{0,16}?(?:企业|公司|医院|银行|支行|分行)|这所[^，。,；;]{0,12}?(?:学校|中学|小学)|(?:集团|公司|企业)(?<=(?:^|[\n，,。；;：:】\]）)“"、|])..)(?=[\u4e00-\u9fff])|(?:卫生院|中心校)(?<=(?:^|[\n，,。；;：:】\]）)“"、|到赴在与和随向为给])...)|(?:医院|学校)(?<=[为给向]..)|院(?<=[来到]院)(?=开展|坐诊|指导|帮扶|工作|支援|带教|讲学|进行|会诊)|我局|(?:局里|局(?=党组|党委))(?<=(?:^|[\n，,。；;：:】\]）)“"、|])(?:局里|局))|分校(?<!(?:[\u4e00-\u9fff]{2}[中小]学|学校)分校)|[旗县](人民)?医院|(该|本|全)(旗|县|市|盟|村|嘎查)|(该|本|我)区|(该|本|我)镇(?![长党政人])|我(旗|县|市|盟)|当地|受援地区?|受援旗县|对口地区|该?园区|该园|该基地|基地(?<=(?:^|[\n，,。；;：:“"、|为给向于])..)(?![村镇])|该?合作社(?!联合)|该(医院|院|校|学校|中心|公司|企业|集团|办公室|局|委员会|厅)|该行(?![业为动政程列走使径])|该所(?![学中小医幼大高职])|该站(?![在点台])|嘎查(?![村达长民委])|村里|村(?<![\u4e00-\u9fff]村)(?=党|两委|委会|干部|支书|主任|会计|民(?!族))|村(?<=[的是，,、]村)(?=党|两委|委会|支书|主任|民(?!族))/g;
const found = new WeakMap<ArticleContext, Pointer[]>();
/** Words that stand for the one body of their kind the article names, wherever it names it. */
const ONLY_ONE = new Set(["集团", "公司", "企业", "分校", "卫生院", "中心校", "医院", "学校"]);
/** A word pointing at a body by its kind (该院, 该公司, 该局): what follows it is said of that body. */
export const POINTED_BODY = /^该(医院|院|校|学校|中心|园|公司|企业|集团|办公室|局|委员会|厅|行|所|站)/;

/** Every pointer word of the article, resolved once: to the last fitting mention within eight sentences, else the article's focus. */
function articlePointers(ctx: ArticleContext): Pointer[] {
  let list = found.get(ctx);
  if (list) return list;
  list = [];
  const bodies: { pointer: Pointer; sentence: number }[] = [];
  for (const m of ctx.text.matchAll(ANY_POINTER)) {
    const at = m.index!;
    if (ctx.inMention(at)) continue; // part of a recognised name
    const s = ctx.sentenceAt(at);
    const accept = POINTERS.find(([re]) => re.test(m[0]))?.[1];
    if (!s || !accept) continue;
    const focus = [ctx.imFocus, ctx.beijingFocus, ctx.voice].find((f) => f && accept(refAt(f, at)));
    // A bare 嘎查 after several villages named in this sentence or the one before is any of them: it points at none.
    // (Nor after a count: 向全旗12个嘎查捐赠.)
    if (m[0] === "嘎查" && /([0-9一二三四五六七八九十百]+个|各|多个|所有|每个)$/.test(ctx.text.slice(Math.max(0, at - 4), at))) continue;
    if (m[0] === "嘎查") {
      const from = ctx.sentences[Math.max(0, s.index - 1)]!.start;
      if (new Set(ctx.within(from, at).filter((r) => r.entity.label === "Village").map((r) => r.entity.id)).size > 1) continue;
    }
    // (Not one named in the pointer's own clause: in 天坛医院派出专家到该院坐诊, 该院 is another hospital, named before.)
    const clause = /^(该|本|这|我镇)/.test(m[0]) ? ctx.clauses(s).find((c) => at >= c.start && at < c.end) : undefined;
    // (Nor one named only as where someone comes from: in 这位来自北京市门头沟区医院的医师…挂职该院副院长, 该院 is the
    // hospital the story is set in.)
    // (But one come from that ends its clause is what the next clause goes on about: 他们来自北京市西城区德胜医院，该院与….)
    const origin = (r: Ref) => /(来自|从)$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start)) && !/^[,，]/.test(ctx.text.slice(r.mention.end, r.mention.end + 1));
    // (Nor a body's first-person stand-in: 我校副校长刘静同行，将在该校挂职 is another school.)
    const own = (r: Ref) => /^[我本贵]/.test(r.mention.surface) && r.mention.surface.length <= 3;
    // (But a post held there before, 来自北京市密云区第二中学，原任该校副校长, is at the one come from.)
    const past = /(原任|原为|原系|原是|此前任|曾任)$/.test(ctx.text.slice(Math.max(0, at - 3), at));
    // (Nor the body its clause says someone is sent to: in 该校英语教师马丽娜在太仆寺旗第一中学支教一年, 该校 is the other school.)
    // (Or its sentence: 该校数学教师韩冰主动报名，来到大杨树第三小学支教一年.)
    // (Or works in, a time between: 该院针灸科副主任医师蔡文静在我们医院已经工作了4个月. Or a county's own hospital so served: 该院
    // 派出的骨科专家郭永刚在县医院帮扶一年.)
    // (Or gone to work at: 该院麻醉科副主任医师钱秀云今年3月到宁城县中心医院工作.)
    const servedThere = new Set(clause ? ctx.within(at, s.end).filter((r) => servedAt(ctx.text, r.mention.start, r.mention.end) ||
      (r.mention.start > at && /[在到赴]/.test(ctx.text[r.mention.start - 1] ?? "") && /^[^，。,；;]{0,6}?(工作|坐诊|任教)/.test(ctx.text.slice(r.mention.end, r.mention.end + 10))) ||
      // (Or come to, the work next: 该院…王海鹰作为…专家来到阿尔山市人民医院，开展为期半年的医疗帮扶.)
      (r.mention.start > at && /(来到|前往|[到赴])$/.test(ctx.text.slice(r.mention.start - 2, r.mention.start)) && /^[，,]?(?:开展|进行|从事)[^。；;]{0,10}?(?:帮扶|支教|挂职|坐诊|指导|带教)/.test(ctx.text.slice(r.mention.end, r.mention.end + 20)))).map((r) => r.entity.id) : []);
    if (clause && /(在|到|赴|常驻|驻点)[旗县](人民)?医院/.test(ctx.text.slice(at + m[0].length, s.end))) {
      const countyHospital = onlyFitting(ctx, (r) => r.entity.label === "Hospital" && /[旗县](人民)?医院$/.test(r.entity.name));
      if (countyHospital) servedThere.add(countyHospital.id);
    }
    const earlier = clause ? (r: Ref) => accept(r) && !inCredit(ctx, r) && r.mention.start < clause.start && (past || !origin(r)) && !own(r) && !servedThere.has(r.entity.id) : (r: Ref) => accept(r) && !inCredit(ctx, r);
    // (A body's pointer may reach back further, to the one the story is set in: 该院院长包春梅 ten sentences on.)
    const body = POINTED_BODY.test(m[0]) || /^这[家所]/.test(m[0]);
    // (So may any other, where the article names just one that fits before it: an interview's 我们嘎查, a feature's 全旗.
    // Asked only when nothing nearer answers: a pass over all the article before it, for every pointer, made long
    // reports quadratic.)
    const onlyOne = () => {
      const ids = new Set<string>();
      for (const r of ctx.within(0, at, true)) if (accept(r) && ids.add(r.entity.id).size > 1) return false;
      return ids.size === 1;
    };
    // (Arrived at, 来到该院, is a body of Inner Mongolia, where one is named, not the Beijing body the one arriving comes
    // from: 他叫赵文博，是北京市顺义区医院…。…来到该院，挂任副院长. Not one come to for training: 来到该院进修.)
    // (Nor one served at, 在该校支教: 北京二中语文教师孙维佳在该校支教 is at the branch school, not at 北京二中.)
    const arriving = body && ((/(来到|到|赴|前往|进驻|派驻)$/.test(ctx.text.slice(Math.max(0, at - 2), at)) && !/^.{0,2}(进修|学习|跟岗|培训|参观|考察)/.test(ctx.text.slice(at + m[0].length, at + m[0].length + 4))) ||
      servedAt(ctx.text, at, at + m[0].length));
    // (A county's own hospital is the one the article names so, wherever it names it: 在旗医院…，…在察右中旗医院完成手术. So is
    // a group's 集团 in its own report, and a branch school's 分校.)
    if (/^[旗县]/.test(m[0]) || ONLY_ONE.has(m[0])) {
      const only = onlyFitting(ctx, accept);
      if (only) list.push({ start: at, end: at + m[0].length, ref: refAt(only, at, at + m[0].length) });
      continue;
    }
    // (我旗, 我县 is the unit the article speaks for, the one it is about, not the last banner named: 大兴区安排我旗和正镶白旗….)
    const mine = /^我[旗县市盟]/.test(m[0]) && focus && focus.side === "inner-mongolia" ? refAt(focus, at, at + m[0].length) : undefined;
    // (A body that sends its staff is the Beijing one, where one is named with its partner: 德外医院与鄂伦春自治旗人民医院建立…
    // 关系以来，该院先后派出5批23名医护人员.)
    // (Not one sending its staff to train, 该院选派骨干到天坛医院进修, which is Inner Mongolia's; nor one sent to, 我院先后向该院派出
    // 驻点专家.)
    // (Or one whose staff the sentence says serve here: 该局高级工程师孟繁星、…在我旗驻点帮扶4个月.)
    const servingHere = body && /^[^。；;]{2,30}?(?:在|到|赴|来)(?:我|本)[旗县市盟][^，。,；;]{0,6}?(?:驻点|帮扶|支教|挂职|坐诊|指导)/.test(ctx.text.slice(at + m[0].length, s.end));
    const sending = body && !/[向给为到赴往]$/.test(ctx.text.slice(Math.max(0, at - 1), at)) && (SENDS.test(ctx.text.slice(at + m[0].length, at + m[0].length + 8)) || servingHere) && !/(进修|学习|跟岗|培训|研修|轮训|考察)/.test(ctx.text.slice(at, clause?.end ?? s.end));
    // (A team led by one of the body is the body sending it: 专家组由该院康复医学科主任陈景涛带队.)
    const teamSent = body && /(专家组|专家团队?|医疗队|工作队|团队|小组|服务队)由$/.test(ctx.text.slice(Math.max(0, at - 5), at));
    // (One brought along by the one named with their body in the clause is of that body: …汤泉康复医院…主任杜明远带着该院治疗师苏晓雨.)
    const broughtBy = body && clause && /(带着|带领|率领)$/.test(ctx.text.slice(Math.max(0, at - 2), at)) ?
      ctx.recent(at, s, (r) => accept(r) && r.mention.start >= clause.start && r.mention.end < at, 0) : undefined;
    const sure = mine ?? broughtBy ?? (teamSent ? ctx.recent(at, s, (r) => earlier(r) && ctx.sideOf(r.entity) === "beijing", 8) : undefined) ?? (arriving ? ctx.recent(at, s, (r) => earlier(r) && ctx.sideOf(r.entity) === "inner-mongolia", 8) : undefined) ??
      (sending ? ctx.recent(at, s, (r) => earlier(r) && ctx.sideOf(r.entity) === "beijing", 8) : undefined);
    const named = sure ? undefined : ctx.recent(at, s, earlier, 8);
    // (A body's pointer after another of its kind since the last name that fits is the same body: …在该院开展驻点帮扶…。该院院长
    // 高建平介绍 is the hospital served at, not the Beijing one named before it.)
    const chained = named && body && !arriving ? lastBodyPointer(bodies, s.index, accept) : undefined;
    // (Or the partner the earlier pointer's own clause names after it: 德胜医院，该院与…大杨树镇中心卫生院是结对医院。…该院工会主席 is
    // still 德胜医院.)
    const partnerOfChained = () => {
      const c = ctx.clauses(ctx.sentenceAt(chained!.start)!).find((x) => chained!.start >= x.start && chained!.start < x.end);
      return !!c && named!.mention.start > chained!.end && named!.mention.end <= c.end && /^与/.test(ctx.text.slice(chained!.end, chained!.end + 1));
    };
    const again = chained && named && chained.ref.entity.id !== named.entity.id && (chained.start >= named.mention.end || partnerOfChained()) ? refAt(chained.ref.entity, at, at + m[0].length) : undefined;
    const ref = sure ?? again ?? named ?? (focus ? refAt(focus, at, at + m[0].length) : undefined) ?? (body || onlyOne() ? ctx.recent(at, s, earlier, s.index) : undefined);
    if (ref) list.push({ start: at, end: at + m[0].length, ref });
    if (ref && POINTED_BODY.test(m[0])) bodies.push({ pointer: list[list.length - 1]!, sentence: s.index });
  }
  // (A body's kind alone, given to, is the one body of the article whose name ends so: …监测中心…。昌平区投入…资金580万元，为监测中心
  // 新建实验室.)
  const tails = kindTails(ctx);
  if (tails.length > 0) {
    list.push(...tails);
    list.sort((a, b) => a.start - b.start);
  }
  found.set(ctx, list);
  return list;
}

/** A head's title right after a body's kind (站长 of 检测站站长). */
const HEAD_TITLE = /^(?:副)?(?:站长|主任|院长|校长|所长|馆长|园长|负责人|书记|经理|总经理|理事长)/;

/** Kinds that name no one body however few the article names: a bare hospital, school or centre is read above, or not at all. */
const COMMON_TAIL = /^(医院|学校|中心|公司|集团|小学|中学|大学|学院|委员会|办公室|有限公司|合作社|服务中心|人民医院|中心学校|人民政府)$/;

/** Where the article gives to a body by its kind alone (为监测中心, 向检测站, 给直营店), or names its head by it (检测站站长): the last
 * three or four characters of exactly one body's name it gives in full, written right after 为, 向 or 给, or opening a clause before
 * a head's title, outside any name. */
function kindTails(ctx: ArticleContext): Pointer[] {
  const owners = new Map<string, Entity | null>();
  for (const r of ctx.refs) {
    const e = r.entity;
    if (r.mention.nested || !/^(Hospital|School|Organization|Agency)$/.test(e.label) || e.name.length < 7) continue;
    for (const n of [3, 4]) {
      const tail = e.name.slice(-n);
      const prev = owners.get(tail);
      owners.set(tail, prev === undefined || prev?.id === e.id ? e : null);
    }
  }
  const tails = new Map([...owners].filter(([tail, e]) => e && /^[\u4e00-\u9fff]+$/.test(tail) && !COMMON_TAIL.test(tail)) as [string, Entity][]);
  if (tails.size === 0) return [];
  const out: Pointer[] = [];
  // (Each place a pointer may start is tried against the tails by lookup: one pattern of all the tails, tried after every
  // comma, cost a long report a third of a second.)
  for (const m of ctx.text.matchAll(/(?:^|[为向给\n，,。；;：:“"]|支持|帮助?|资助|用于|在)/g)) {
    const at = m.index! + m[0].length;
    const tail = [4, 3].map((n) => ctx.text.slice(at, at + n)).find((t) => tails.has(t));
    if (!tail) continue;
    const after = ctx.text.slice(at + tail.length, at + tail.length + 12);
    // (Given to, or opening a clause before its head's title: …检验检测站取得资质。检测站站长包金花介绍.)
    // (Or helped, or built in: 支持工作站建设, 帮职教中心建起, 用于产业园道路建设, 在职教中心建起了实训室.)
    const given = /^[为向给]$/.test(m[0]) || (/^(支持|帮助?|资助|用于)$/.test(m[0])) ||
      (m[0] === "在" && /^[^，。,；;]{0,6}?(新建|建设|建起|建成|改造|购置|添置|配备|安装)/.test(after));
    if (!given && !HEAD_TITLE.test(after)) continue;
    if (ctx.inMention(at)) continue;
    out.push({ start: at, end: at + tail.length, ref: refAt(tails.get(tail)!, at, at + tail.length) });
  }
  return out;
}

/** The last body pointer that fits of the sentence `index` or the three before it. (Only those are looked at, from the last back:
 * a search of them all for every pointer would grow with the square of a long report's.) */
function lastBodyPointer(bodies: { pointer: Pointer; sentence: number }[], index: number, accept: (r: Ref) => boolean): Pointer | undefined {
  for (let k = bodies.length - 1; k >= 0 && bodies[k]!.sentence >= index - 3; k--) if (accept(bodies[k]!.pointer.ref)) return bodies[k]!.pointer;
  return undefined;
}

/** The one entity of the article a pointer may stand for, named anywhere in it, if just one is. */
export function onlyFitting(ctx: ArticleContext, accept: (r: Ref) => boolean): Entity | undefined {
  const fits = new Map<string, Entity>();
  for (const r of ctx.refs) if (!r.mention.nested && accept(r)) fits.set(r.entity.id, r.entity);
  return fits.size === 1 ? [...fits.values()][0] : undefined;
}

/** The pointer words between `from` and `to` (by default the sentence) that resolve to an earlier mention. */
export function pointersIn(ctx: ArticleContext, s: Sentence, from = s.start, to = s.end): Pointer[] {
  // (The article's pointers are in text order: the first at or after `from` is found by halving, not by a search through
  // them all, which made long reports quadratic.)
  const all = articlePointers(ctx);
  let lo = 0;
  for (let hi = all.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Pointer[] = [];
  for (let i = lo; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(all[i]!);
  return out;
}
