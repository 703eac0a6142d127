// Why a sum a sentence states is no grant of one to another: a sales figure, a plan, a rate, a part already counted, money
// of another programme or another source.
import type { Sentence } from "../normalise/index.js";
import { amountsIn, type Amount } from "./amounts.js";
import { PROJECT_SENTENCE } from "./investments.js";
import { semicolonRunHead } from "./surroundings.js";
import { isPlace, type ArticleContext } from "./context.js";

/** Beijing money named by its source rather than by who spent it. */
export const BEIJING_MONEY = /(京蒙|北京-内蒙古|北京—内蒙古|扶贫合作|东西部协作|对口帮扶|援助|北京|(?<!区内)协作)[\u4e00-\u9fff]{0,6}(资金|基金)/;
/** Figures that are no grant: sales, income, wages (月薪5500元), loans, own or matching funds, rates; and money a court or
 * the police deal with (止付冻结涉案资金, 追回欠薪). (The programme's money matched is given: 昌平区配套协作资金500万元, 协作资金配套安排.) */
const NOT_FUNDING = /(月薪|年薪|日薪|时薪|底薪|薪资|薪酬|工资|涉案|止付|冻结|追回|追缴|挽回|欠薪|罚没|罚款|赔偿|诈骗|申请|(?<!(?:协作|京蒙)资金)配套(?!(?:协作|京蒙|帮扶|援助)资金)(?=[^,，。；;]{0,2}(资金|投入|经费|[0-9零一二两三四五六七八九十]))|(旗|县|市|盟|区|镇|乡|财政|地方|本级|自治区)级?配套(?!(?:协作|京蒙|帮扶|援助)资金)|自筹|结转|可用|挤占|挪用|截留|滞留|违规使用|估算|贷款|授信|信贷|自有资金|担保|投资额|投资总额|协议投资|实际到位|到位投资|投资到位|到位率|销售|产值|收入|增收|交易|签约(?!当日|当天|仪式|后)|采购|营业|总投资|总造价|总价(?!值)|(赛事|活动|比赛|项目|工程)总投入|成交|订单|创收|利润|营收|金额累计|销售额|年均|人均|县均|户均|增加|节约|带动|本级)/;
/** Money secured from a third party (为阿尔山市争取中央资金3000万元): not the helper's own. (争取东城区京蒙协作资金 is 东城区's.) */
const SECURED_ELSEWHERE = /争取[^,，。]{0,4}(中央|国家|上级|自治区|省级|各级|各类|社会|银行|贷款|(?:镇|乡|区|市|县|旗|盟)级)|(自治区|中央|国家|省级|上级)[^,，。]{0,4}(下达|安排|拨付)的?[^,，。]{0,6}(衔接|补助|专项)|衔接推进乡村振兴补助资金|衔接资金/;
/** Money the sentence says is none of the programme's (和京蒙协作没关系, 不属于北京…). */
const DISOWNED = /(和|与|跟)(京蒙协作|东西部协作|本次结对帮扶|结对帮扶)(没有?关系|无关)|不属于(北京|京蒙|东西部协作|协作资金|财政援助)|不在(京蒙协作|东西部协作|北京)[^,，。]{0,6}(范围|之列)/;
/** Beijing's other assistance programmes and the regions they serve (对口支援 新疆和田, 西藏拉萨, 青海玉树; 湖北; 河北), each found
 * in a text by one pattern built once: a sum's clause is searched for them on every sum. */
const OTHER_PROGRAMMES = /(援疆|援藏|援青|援鄂|新疆|西藏|青海|拉萨|和田|玉树|湖北|十堰|巴东|河北|张家口|承德|保定)/g;

/** Whether a word of another programme stands in the text, outside the names of this programme's places (河北 of 房山区河北镇). */
function otherProgrammeIn(ctx: ArticleContext, from: number, to: number): boolean {
  for (const m of ctx.text.slice(from, to).matchAll(OTHER_PROGRAMMES)) {
    const at = from + m.index!;
    const end = at + m[0].length;
    if (!ctx.within(Math.max(0, at - 12), end + 12, true).some((r) => r.mention.start <= at && r.mention.end >= end && isPlace(r.entity) && ctx.sideOf(r.entity) !== undefined)) return true;
  }
  return false;
}

const NOT_FUNDING_ALL = new RegExp(NOT_FUNDING.source, "g");
/** Words of trade that name a firm's line of business as well as a figure (汽车销售服务有限公司, 农产品交易中心). */
const TRADE_IN_NAME = /^(销售|交易|采购|营业|成交)$/;

/** A sum planned, not yet given: 计划安排, 拟投入. */
const PLANNED = /(计划|拟)(安排|投入|拨付|下达)/;
/** What has been paid of it since, a sum: …，截至10月底，已经拨付到察右前旗8600万元. */
const PAID_AFTER = /(已经?|实际)(拨付|下达|到位)[^。；;]{0,16}?[0-9零一二两三四五六七八九十百千]+(?:\.[0-9]+)?[万亿]?元/;

/** The first part of a pledged sum, said to have come (首笔20万元已到账). */
/** The words that open the first part of a sum (首笔, 首期). */
export const FIRST_PART = /(首笔|第一笔|首批|首期)/;
export const FIRST_PART_PAID = new RegExp(`${FIRST_PART.source}[^,，。；;]{0,6}?[0-9零一二两三四五六七八九十百千]+(?:\\.[0-9]+)?[万亿]?元[^,，。；;]{0,6}(已到账|已拨付|已到位|到账|到位|拨付到位)`);

/** Whether the sum at `amount` (the `k`th of its sentence), in `clause`, is said to be no grant. */
export function noGrant(ctx: ArticleContext, s: Sentence, amount: Amount, k: number, clause: { start: number; end: number }): boolean {
  const clauseText = ctx.text.slice(clause.start, clause.end);
  const lead = ctx.text.slice(clause.start, amount.start);
  // (Read around this sum only, where a clause joins two: …京蒙协作资金1000万元及旗级配套资金186万元.)
  const sums = clauseText.includes("及") || clauseText.includes("和") ? amountsIn(clauseText, clause.start) : [];
  const joined = sums.length > 1 ? ctx.text.slice(amount.end, clause.end).search(/[及和]/) : -1;
  // (What the money is then said to buy for one named is no kind of it: 出资约86万元为当郎忽洞苏木采购苗木.)
  const forOne = /^[^,，。；;]{0,4}?(为|帮助|帮|给)/.exec(ctx.text.slice(amount.end, clause.end));
  const purposeAfter = !!forOne && ctx.within(amount.end + forOne[0].length, clause.end).some((r) => r.mention.start === amount.end + forOne[0].length && r.entity.label !== "Person");
  const ownEnd = purposeAfter ? amount.end : joined >= 0 ? amount.end + joined : clause.end;
  const ownStart = sums.length > 1 ? Math.max(clause.start, ...sums.filter((x) => x.end <= amount.start).map((x) => x.end)) : clause.start;
  const own = ctx.text.slice(ownStart, ownEnd);
  // (A trade's word in a body's name is no figure of it: 销售 of 北京汇通顺达汽车销售服务有限公司.)
  const inName = (m: RegExpMatchArray) => TRADE_IN_NAME.test(m[0]) && ctx.within(ownStart, ownEnd).some((r) => !isPlace(r.entity) &&
    r.mention.start <= ownStart + m.index! && r.mention.end >= ownStart + m.index! + m[0].length);
  // (Money a Beijing body raised itself is its gift: 金海湖镇今年自筹资金30万元，支持幸福乡….)
  // (Not a bare kind read as one, 医院自筹80万元: which hospital is not said.)
  const ownRaised = (m: RegExpMatchArray) => m[0] === "自筹" && ctx.within(clause.start, amount.start).some((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Province" &&
    !/^(医院|学校|公司|企业|单位|院|校)$/.test(r.mention.surface));
  if ([...own.matchAll(NOT_FUNDING_ALL)].some((m) => !ownRaised(m) && !inName(m)) || SECURED_ELSEWHERE.test(clauseText)) return true;
  // (Nor the whole league's money from all its partners, no giver named: 今年全盟京蒙协作资金规模超过9亿元.)
  if (/全(盟|市)[^,，。；;]{0,12}$/.test(lead) && !ctx.within(clause.start, amount.start).some((r) => ctx.sideOf(r.entity) === "beijing")) return true;
  // (Nor a bound each of many stays under: 其余17个项目使用京蒙协作资金均在100万元以下.)
  if (/^(以下|以内)/.test(ctx.text.slice(amount.end, amount.end + 2))) return true;
  // (Nor a threshold a rule sets: 固定资产投资5000万元以上的项目，按…给予补助.)
  if (/^以上的/.test(ctx.text.slice(amount.end, amount.end + 3))) return true;
  // (Nor money only sought, 全旗计划再争取京蒙协作资金1500万元; nor money an audit found misused, …用于镇政府办公楼维修，不符合专款专用规定.)
  if (/(计划|拟|力争|准备|将|再)[^,，。；;]{0,4}争取[^,，。；;]{0,12}$/.test(lead) || /不符合[^。；;]{0,12}(规定|要求)|违反[^。；;]{0,12}规定/.test(s.text)) return true;
  // (Nor one only intended: 拟三年投入帮扶资金1000万元, 今年拟安排财政帮扶资金1.1亿元.)
  if (/拟[^,，。；;]{0,8}?(投入|安排|出资|拿出|捐赠|捐资|拨付|提供|下达|使用)/.test(lead) && !/(已|已经|实际|累计)/.test(lead)) return true;
  // (Nor money the sentence goes on to say is none of the programme's: …投资大概3亿元，那是区内企业自己的投资，和京蒙协作没关系.)
  if (DISOWNED.test(ctx.text.slice(amount.end, s.end))) return true;
  // (Nor what a place received from all sides together: 我旗已累计接收各类抗旱救灾捐赠款物1200余万元.)
  if (/(接收|收到|接受|接收到)(了)?(各类|各方|各界|社会各界|社会各方)/.test(lead)) return true;
  // (Nor what a body reports it received, its givers unnamed: 本会共接收定向鄂伦春旗的社会捐赠款物合计人民币326.8万元, 其中资金
  // 241.3万元. A giver named, 收到北京某公司捐赠的设备, gives it.)
  // (Nor its part a giver is named for: 共接受捐赠收入…，其中北京润泽恒通科技有限公司捐赠1,500,000元.)
  const received = /(接收|收到|接受)(了)?[^。；;]{0,24}?(捐赠|捐款|款物|善款)/.exec(ctx.text.slice(s.start, amount.start));
  const givenBy = (from: number, to: number) => ctx.within(from, to).some((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Province");
  if (received && !givenBy(s.start + received.index, s.start + received.index + received[0].length) && !givenBy(Math.max(clause.start, s.start + received.index + received[0].length), amount.start)) return true;
  // (Nor a part a bracket says the sum before it holds: …拨付京蒙协作资金1.16亿元（含支持丰泽肉羊加工项目的2000万元）.)
  if (/[（(]含[^）)]{0,24}$/.test(ctx.text.slice(Math.max(s.start, amount.start - 26), amount.start)) && amountsIn(ctx.text.slice(s.start, amount.start)).length > 0) return true;
  // (Nor one batch of the year's money, its running total said next: 第三批财政帮扶资金4860万元到账。至此，…已达1.32亿元.)
  const next = ctx.sentences[s.index + 1];
  if (/第[一二三四五六七八九十0-9]+批/.test(lead) && next && /^至此[,，]?[^。]{0,40}(已达|达到|累计|共)/.test(next.text) && amountsIn(next.text).length > 0) return true;
  // (Nor a sum named before, pointed back at: 该笔资金不在上述3150万元计划之内.)
  if (/(上述|前述)$/.test(lead)) return true;
  // (Nor the sum of the items listed before: 以上合计拨付270.5万元.)
  if (/^(以上|上述)[^,，。]{0,6}(合计|共计|总计|累计)/.test(ctx.text.slice(s.start, amount.start))) return true;
  // (Nor one only pledged or not yet received: 另有意向捐赠及认捐未到位款项约430万元.)
  // (Or only meant by those signing: 集中签约3个京蒙协作项目，意向投资总额1.2亿元.)
  if (/(意向捐赠|意向捐款|认捐|未到位|未到账|尚未到位|尚未到账|尚未拨付|意向(投资|金额|资金|总额))[^,，。；;]{0,8}$/.test(lead)) return true;
  // (Nor a gift only promised, or said after to have not come yet: 承诺捐赠20万元，目前相关手续正在办理中，款项尚未到账.)
  if (/承诺[^,，。；;]{0,4}$/.test(lead) || /^[^。；;]{0,30}(尚未到账|尚未到位|尚未拨付)/.test(ctx.text.slice(amount.end, s.end))) return true;
  // (Nor what the money drew in from others: 协作资金撬动社会投资近4亿元, 带动社会资本投入2000万元.)
  if (/(撬动|带动|吸引|拉动|引导|引来)[^,，。；;]{0,10}$/.test(lead)) return true;
  // (Nor one only sought: 我们计划争取北京市级资金5000万元…，目前还在论证.)
  if (/(计划|拟|将|准备|打算|正在|力争|还要|继续)争取[^,，。；;]{0,12}$/.test(lead)) return true;
  // (Nor a sum only reckoned: 两校…计划联合开展研学活动，预计投入经费约15万元.)
  if (/预计[^,，。；;]{0,8}$/.test(lead)) return true;
  // (Or only needed, its money not yet found: 初步测算需要投资1500万元左右，资金渠道还在对接.)
  if (/(测算|估算|需要|需|约需)[^,，。；;]{0,4}(投资|投入|资金)?$/.test(lead) && !/(已|共|累计)/.test(lead)) return true;
  // (Nor money an audit finds misused: 县某局将京蒙协作资金45.6万元用于本单位办公楼维修，…，属于挤占挪用.)
  // (Or left idle: …1250万元协作资金闲置超过一年.)
  // (Or said to break the rules: …将援助资金186万元用于办公楼维修改造…，改变了资金用途，违反了…资金使用管理规定.)
  if (/(挤占|挪用|违规使用|虚报冒领|骗取|改变了?资金用途)/.test(s.text) || /违反了?[^。]{0,20}(规定|办法|制度)/.test(s.text) || /(资金|款)[^,，。]{0,4}闲置|闲置[^,，。]{0,6}(资金|款)/.test(s.text)) return true;
  // (Nor a sum promised or required at least: 2022年顺义区将安排财政援助资金不少于2.6亿元, 每年…投入帮扶资金原则上不少于20万元.)
  // (The sum may hold its 不少于.)
  // (Or a floor only planned: 2024年，两地计划安排财政援助资金不低于6000万元.)
  // (Or promised: 承诺三年内出资不低于600万元.)
  if (/(将|要|须|需|应|原则上|计划|拟|承诺)[^,，。；;]{0,20}(不少于|不低于)$/.test(ctx.text.slice(clause.start, amount.start)) ||
    (/(将|要|须|需|应|原则上|计划|拟|承诺)[^,，。；;]{0,20}$/.test(ctx.text.slice(clause.start, amount.start)) && /^(不少于|不低于)/.test(ctx.text.slice(amount.start, amount.end)))) return true;
  // Money given to a place of another province (向当雄县拨付2800万元, 向房县拨付…): another programme's.
  for (const m of lead.matchAll(/[向为给]/g)) if (ctx.g.elsewhere(lead.slice(m.index! + 1))) return true;
  // Money of Beijing's other programmes (援疆, 对口支援西藏…) where the sentence names nothing of Inner Mongolia.
  if (otherProgrammeIn(ctx, clause.start, clause.end) || (otherProgrammeIn(ctx, s.start, s.end) && !ctx.within(s.start, s.end).some((r) => ctx.sideOf(r.entity) === "inner-mongolia"))) return true;
  // What each of many must give (各区…每年向结对旗县投入…不少于5000万元) is a rule, no grant of one to another.
  // (北京市各区共向兴安盟拨付…2.35亿元 is a sum given.)
  if (/(各区|各旗县|各县|各盟市|各地区|每个区|每区|每个旗县)[^。]{0,4}(要|应|须|需)/.test(ctx.text.slice(s.start, amount.start))) return true;
  // A sum of sums the sentence gave (…正镶白旗京蒙协作资金1220万元，两旗合计2800万元) is no grant of its own.
  if (k > 0 && /^[^,，。]{0,4}(合计|共计|总计)[为达是]?$/.test(lead)) return true;
  // A gift only planned, still being arranged (今年还计划向黄旗海镇捐赠…50万元，目前双方正在对接具体项目), is none yet.
  if (/(计划|拟|将要?|准备|打算)[^,，。]{0,10}(捐赠|捐助|捐款|安排|投入|拨付|资助)/.test(lead) && /(正在对接|正在协商|正在洽谈|尚未|待定|待确定|待签)/.test(ctx.text.slice(amount.end, s.end))) return true;
  // A sum per household, person or project (每户2000元, 单个项目补助100万—500万元) is a rate, no grant to a place.
  if (/(每户|每人|每名|每个|单个|每村|每家|每头|每只|每亩|每年每)[^,，。；;]{0,14}$/.test(lead)) return true;
  // Money both sides put up together (两地共投资2062万元) is no grant from one to the other.
  if (/(两地|双方|京蒙两地)(共同?|合计|联合)/.test(lead)) return true;
  // A phase of a project stated before (其中一期投资1.2亿元) is part of it, no investment or grant of its own.
  // (Or what it has cost so far: 目前一期工程已完成投资8600万元.)
  // (The project may be named before its phase: 基地一期投资1.2亿元.)
  // (Not a fund's first injection: 设立…专项基金，首期注入资金200万元 gives it.)
  const fundFirst = /^首期(注入|投入|拨付|捐赠|捐资|出资)/.test(lead) && /基金/.test(ctx.text.slice(s.start, amount.start));
  if (!fundFirst && /^(其中|目前|现已|已)?[,，]?([该此]?(基地|项目|工程|园区|车间|厂区))?(一期|二期|三期|首期|先期|近期)/.test(lead)) return true;
  // What has been paid so far of a sum given (下达…5860万元，截至10月底已拨付4120万元) is no grant of its own; of a sum only
  // planned (计划安排…1.2亿元，截至10月底，已经拨付到察右前旗8600万元) it is the grant, and the plan none.
  const plannedBefore = PLANNED.test(ctx.text.slice(s.start, amount.start));
  // (The 截至 may open the sentence a semicolon ends before: 截至6月30日，已开工项目19个…；已拨付资金7830万元.)
  if (!plannedBefore && (/^(截至|截止|截止到)[^,，。]{0,10}(已经?|累计|共)?(拨付|支出|到位|完成|使用)/.test(lead) ||
    (/^(截至|截止|截止到)/.test(ctx.text.slice(semicolonRunHead(ctx, s).start, s.end)) && /(已经?|累计)(拨付|支出|到位|使用)/.test(lead)))) return true;
  if (PLANNED.test(lead) && PAID_AFTER.test(ctx.text.slice(amount.end, s.end))) return true;
  // (Nor a sum an agreement pledges within the year, when the sentence says what of it has come: 根据协议，长阳镇年内向八里罕镇
  // 拨付帮扶资金45万元，目前首笔20万元已到账. That first part is the grant.)
  if (/(年内|今年内|将)[^,，。；;]{0,16}$/.test(lead) && FIRST_PART_PAID.test(ctx.text.slice(amount.end, s.end))) return true;
  // (Nor a plan said after what is already paid of it: 已向化德县拨付首批京蒙协作资金3100万元，全年计划安排6200万元; or after a
  // semicolon, …拨付今年首批京蒙协作资金3860万元；按照协议，全年京蒙协作资金计划安排1.02亿元.)
  const paidFrom = PLANNED.test(lead) ? semicolonRunHead(ctx, s).start : s.start;
  if (PLANNED.test(lead) && /(已|已经)[^,，。；;]{0,16}(拨付|下达|投入|到位)/.test(ctx.text.slice(paidFrom, clause.start)) && amountsIn(ctx.text.slice(paidFrom, clause.start)).length > 0) return true;
  // (Nor any sum under a heading of plans: 四、2024年工作计划 … 计划安排财政援助资金不少于2.4亿元，其中察右后旗1.23亿元.)
  if (inPlanSection(ctx, s.start) && !/(已|已经|实际|累计)/.test(lead)) return true;
  // A sum planned for a year to come (明年…计划安排援助资金不低于三千五百万元) is no grant yet.
  // (A year's plan said at its start, 2024年丰台区计划安排…6280万元, is how a year's aid is told, and stands.)
  // (Words may come between: 计划明年再争取协作资金300万元, 计划在未来三年内再向库伦旗投入300万元. But a sum pledged in an
  // agreement the sentence names, 根据协议，丰台将在三年内投入协作资金6000万元, is the agreement's grant.)
  // (Or raised to a sum: 明年，我们区计划把援助规模提高到1.35亿元.)
  if (/(计划|拟|将要?|准备|打算)[^,，。；;]{0,16}?(安排|投入|拨付|下达|提供|出资|拿出|追加|增加|争取|提高|提升|增至|扩大)/.test(lead) &&
    /(明年|来年|下一年|下一步|下阶段|下步|后续|未来|展望|下半年|[一二两三四五六七八九十0-9]+年内)/.test(ctx.text.slice(s.start, amount.start)) &&
    !/(已|已经|实际|累计)/.test(lead) && !/(协议|协定|合同|签约)/.test(s.text)) return true;
  // (Nor one planned for a year after the article's own: 2026年密云区拟向库伦旗安排协作资金1.1亿元, written in 2025.)
  const planYear = Number(/((?:19|20)[0-9]{2})年/.exec(ctx.text.slice(s.start, amount.start))?.[1]);
  if (ctx.year && planYear > ctx.year && /(计划|拟|将要?|准备|打算)/.test(ctx.text.slice(s.start, amount.start)) && !/(已|已经|实际|累计)/.test(lead)) return true;
  // A sum only to be given, said not yet paid (年内将安排帮扶资金2000万元，…，目前资金尚未下达), is no grant yet.
  // (Or its project still being sited or weighed: 青龙湖镇今年计划拿出100万元帮我们建设香菇冷库，目前正在选址.)
  if (/(将|拟|计划)/.test(lead) && /(尚未|还未|暂未)(下达|拨付|到位|落实)|(正在|还在|仍在)(选址|论证|规划|洽谈|谋划|筹备)/.test(s.text)) return true;
  // (Nor the progress on a sum the sentence gave before: …资金2360万元，实施项目14个，…，完成投资1520万元.)
  // (…为4620万元，目前已拨付4150万元 too.)
  // (But not a part listed after 其中 with the place it goes to: …2800万元，其中拨付正镶白旗1350万元，拨付察右前旗1450万元.)
  const partListed = s.text.lastIndexOf("其中", amount.start - s.start) >= 0 && ctx.within(clause.start, amount.start).some((r) => ctx.sideOf(r.entity) === "inner-mongolia");
  if (k > 0 && !plannedBefore && !partListed && /^(目前|当前|现)?(已经?|累计|共)?(完成投资|完成|支出|拨付到位|拨付|下达|到位)/.test(lead)) return true;
  // A sum to strive for (积极争取…协作资金不低于5000万元) is a target, no grant.
  // (Or held at: 力争西城区援助资金稳定在8000万元以上.)
  if (/(争取|力争|确保|目标)[^,，。；;]*(不低于|不少于|达到|稳定在|保持在|维持在)/.test(ctx.text.slice(clause.start, amount.end))) return true;
  // (A sum written again in capitals, （大写：伍拾万元整）, is the same sum.)
  if (/[(（]大写[:：]?$/.test(ctx.text.slice(Math.max(s.start, amount.start - 4), amount.start))) return true;
  // A project's own investment (项目总投资3.2亿元，一期计划投资1.5亿元) is the investor's, read with its settling.
  if (PROJECT_SENTENCE.test(s.text) && /投资/.test(lead) && !BEIJING_MONEY.test(clauseText)) return true;
  return false;
}

/** A numbered heading line (四、2024年工作计划, 第三部分 下一步打算); notes and attachments after the plans end them ([2] 其中…,
 * 附件1). */
const HEADING_LINE = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][^\n]{0,30}(?=\n)|第[一二三四五六七八九十]{1,3}[章节部分][^\n]{0,30}(?=\n)|\[[0-9]{1,2}\]|注[:：]|附件|附表)/g;
const PLAN_HEADING = /(计划|打算|下一步|下步|思路|展望|目标任务|工作安排)/;
const PLANS_BY_CONTEXT = new WeakMap<ArticleContext, { at: number; plan: boolean }[]>();

/** Whether the last numbered heading before `at` is one of plans. */
export function inPlanSection(ctx: ArticleContext, at: number): boolean {
  let headings = PLANS_BY_CONTEXT.get(ctx);
  if (!headings) {
    // (A notice's list of projects given out, 一、项目计划, 资金计划, is what it gives, no plan for later.)
    headings = [...ctx.text.matchAll(HEADING_LINE)].map((m) => ({ at: m.index!, plan: PLAN_HEADING.test(m[0].replace(/(项目|资金)计划/g, "")) && !/(完成|成效|情况|回顾)/.test(m[0]) }));
    PLANS_BY_CONTEXT.set(ctx, headings);
  }
  // (The last heading before `at`, found by halving: a pass over them all for every sum made long reports quadratic.)
  let lo = 0;
  for (let hi = headings.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return headings[lo - 1]?.plan ?? false;
}
