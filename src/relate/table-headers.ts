// The words a table's headers, cells and captions use to say what a column holds: the money and its unit, who gives and who
// receives, the project, its place and its state. Read by tables.ts and records.ts.

export const AMOUNT_HEADER = /(资金|金额|投资|投入|援助|补助|帮扶)[^|]{0,8}[(（](万元|亿元|元)[)）]/;
// (Or the business a sum supports, 经营主体 beside 所在地 in a table of start-ups helped; or the school or hospital a table of
// them names, 学校名称 beside 所在苏木乡镇.)
export const RECIPIENT_HEADER = /(^(?:共建|合作|协作)?园区名称$|受援单位|受援方|受赠单位|受赠方|受援地|受益单位|受益方|^(?:经营|创业|申报|回收|补贴|补助|奖补)主体(?:名称)?$|^申报单位(?:名称)?$|^扶持对象(?:名称)?$|^受扶持(单位|主体|对象)$|^[\u4e00-\u9fff]{0,4}?(学校|医院|卫生院|医疗机构|幼儿园|合作社|工作站|急救站|急救分站|服务站|站点|店铺|门店|商户|营地|基地)名称$|^承接(企业|单位|主体)$|^受(益|助)(学校|医院)(?:及(?:项目|内容|用途))?$)/;
/** A column of the body carrying each project out (实施单位 | 敖汉旗融媒体中心). */
export const IMPLEMENTER_HEADER = /^(实施主体|承担单位|实施单位|建设单位)$/;
/** A mass organisation, society or federation, which carries projects out for the places they serve (残联, 红十字会, 供销合作社联合社): no receiver as an implementer. */
export const MASS_BODY = /(联合会|联合社|[残妇侨文科]联|工会|团委|协会|商会|红十字会|供销合作社|供销社)$/;
/** A cell holding a pair dashed (沙河镇—宝昌镇): whom the row pairs, neither giving nor receiving its money. */
export const PAIR_CELL = /^[\u4e00-\u9fff]{2,16}(?:——|—|－|–)[\u4e00-\u9fff]{2,16}$/;
/** A column of the bodies a table lists by their names, beside a county's (旗县区 | 基地（机构）名称): what each row's money builds. */
export const BODY_NAME_HEADER = /^(?:基地|机构|站点|中心|工坊|车间|服务站|学校|医院|卫生院)(?:[（(][\u4e00-\u9fff]{1,4}[）)])?名称$/;
export const PLACE_HEADER = /(受赠单位|受赠方|受赠|实施地点|项目地点|建设地点|地点|受援|所在地|落户地|落地地|^落地$|^落户$|旗县|^实施旗(县)?$|苏木|乡镇|嘎查|村)/;
export const FUNDER_HEADER = /(投资主体|投资方|投资企业|签约企业|签约主体|落地企业|企业名称|帮扶单位|援助单位|出资单位|捐赠单位|捐赠方|捐赠人|捐款单位|捐款人|捐助单位|捐助方|资金来源|帮扶方|结对单位|结对方|援助方|出资方|援建单位|援建方|北京企业|北京单位|帮扶企业|结对企业|捐赠企业|结对区|帮扶区|援助区|帮扶镇街|帮扶乡镇|帮扶街道|帮扶镇|结对镇街|帮扶村|帮扶社区)/;
export const PURPOSE_HEADER = /(项目名称|建设内容|项目内容|项目|帮扶内容|资金用途|用途)/;
export const INVESTMENT_HEADER = /投资/;
/** A column or field of the enterprise that invests (投资主体, 签约企业, 企业名称; 实施企业 beside a sum invested). */
// (Or the Beijing firm a row's local one works with, where the sum is a firm's: 合作老字号企业 | … | 老字号企业投资（万元）.)
export const INVESTOR_HEADER = /(投资主体|投资方|投资企业|签约企业|落地企业|实施企业|企业名称|^合作[\u4e00-\u9fff]{0,4}企业$)/;
/** The programme's money named in a source's cell (京蒙协作资金, 东西部协作资金, 帮扶资金). */
export const PROGRAMME_MONEY = /(京蒙|东西部|协作|帮扶|援助)[^|]{0,6}资金/;
export const PLEDGED = /(认捐|未到账|待到账|尚未到位|尚未拨付)/;
/** A money column whose cells give their own unit (投资额 | 1.2亿元). */
// (Or what was paid in of it: 到位投资, 实际投资.)
export const CELL_UNIT_HEADER = /^(投资额|投资金额|总投资|计划总投资|投资|金额|捐赠金额|到位投资|到位资金|实际投资|实际到位投资|(?:京蒙|东西部)?(?:协作|援助|帮扶|财政援助|补助|投入|安排|项目)?资金)$/;
export const STATUS_HEADER = /^[\u4e00-\u9fff]{0,4}(状态|进展|进展情况|进度)$/;
/** A project only intended or talked of: no investment yet. */
export const INTENT_ONLY = /(意向|洽谈|储备|拟|计划|规划中|筹备中|待定|取消|终止|未开工|未落地|未拨付|未立项)/;
export const PRICE_HEADER = /(成交|中标|报价|合同|投标|销售|采购|预算)/;
export const PURCHASE_SIDE = /^(采购|供货|购买|销售|订购)(单位|方|商|企业|主体)$/;
export const TOTAL_ROW = /(合计|小计|总计|共计)/;
/** A unit's government, or its office: it receives for the unit. */
export const GOVERNMENT = /人民政府(办公室)?$/;
/** A money column named without its unit (or what was paid out, 实际支出), and money of others than Beijing (配套, 衔接资金). */
export const BARE_AMOUNT_HEADER = /(资金|金额|援助|补助|投资|支出)/;
/** A project's whole cost, or what a firm makes or sells: no money given. */
export const WHOLE_COST = /(总投资|总额|产值|销售|收入)/;
export const PAID_IN = /(实际|到位)/;
/** Columns about money that hold no sum: where it comes from, what it is for (资金来源（援助区）, 资金用途). */
export const NOT_A_SUM = /(来源|用途|方式|性质|类别|类型|名称)/;
export const OTHER_MONEY = /(配套|衔接|自筹|地方|自治区|中央)/;
/** A sum paid for goods bought (认购金额, 采购额, 销售金额, 以购代帮金额). */
export const PURCHASE = /(认购|采购|购买|订购|销售|交易|以购代帮|消费帮扶)(金额|额|总额)/;
/** A money column of the programme's aid, beside others (总投资) in the same table. */
export const AID_HEADER = /(协作资金|帮扶资金|援助资金|支援资金|援建资金|京蒙|东西部协作)/;
/** Money enterprises brought in, not a grant (到位投资, 企业投资, 引资). */
export const ENTERPRISE_MONEY = /(到位投资|投资到位|企业投资|引进资金|引资|招商)/;

/** A line stating a table's unit (单位：万元), the money's first where it lists others' (（单位：万元、个、人）). */
// (Its bracket may close a sentence introducing the table: 具体安排如下（单位：万元）：.)
// (A Markdown caption may close bold: **…分配表（单位：万元）**.)
export const UNIT_LINE = /单位[:：]\s*(万元|亿元|元)(?:[、,，][^)）\n]{1,12})?\s*[)）]?\s*[:：]?[\s*]*$/;
/** A note over the tables stating their unit in a sentence (表内金额单位除注明外均为万元). */
export const UNIT_NOTE = /单位(?:除注明外|除另有注明外)?(?:均|统一)?为(万元|亿元|元)/g;
export const CAPTION_YEAR = /^(?:附表|附件|表)[0-9一二三四五六七八九十]*[:：]?\s*((?:19|20)[0-9]{2})年/;
export const UNIT: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 元: 1 };
/** A giver's column that lists people too (捐赠单位（个人）, 捐赠人). */
export const DONOR_HEADER = /(捐赠|捐款|捐助)(单位[（(]个人[）)]|人|者|方)/;

/** A giver's column of gifts (捐赠单位, 捐助方, 援建单位). */
export const GIFT_HEADER = /(捐赠|捐助|捐款|援建)/;

/** Where the article says a table's money went: 拨付至各运营主体, 直接拨付到各项目实施单位账户, 以“先建后补”方式拨付项目实施主体. */
export const PAID_TO = /(?:拨付|支付|发放)(?:(?:至|到|给)各(?:个)?|(?:至|到|给)?项目)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:对公)?(?:银行)?(?:账户)?[，,。；;]/;
/** A column of subsidies or awards (补贴金额, 拟奖补金额). */
export const SUBSIDY_HEADER = /(补贴|补助|奖补|奖励|扶持)/;
/** A subsidy proposed in a notice of whom it pays (拟奖补资金, 拟扶持资金): paid, unlike a sum only planned (拟安排资金). */
export const PROPOSED_SUBSIDY = /^拟(扶持|补助|补贴|奖补|奖励)/;
/** The column naming the bodies a table's subsidies pay, by their names (企业名称, 工坊名称) or, failing those, their operators. */
// (Or any body's, a kind in brackets perhaps: 演出团体（合作社）名称; not a project's or a product's.)
export const SUBSIDISED_NAME = /^(?!.*(?:项目|产品|工程|品种|设备|物资|课程|活动))[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff]{1,6}[)）])?名称$|^企业$/;
/** A column of the names of bodies of service, workshops of crafts and stations, a row's subject (not firms, whose sums may be their own, nor
 * workshops of jobs, 车间名称, whose place the kept keys give the money). */
export const SERVICE_BODY_NAME = /^(?:非遗)?(?:工坊|网点|服务网点|站点|服务站|驿站|司机之家|基地|示范基地|工作站|传习所|传习点|学校|医院|卫生院|卫生室|幼儿园)名称$/;
export const SUBSIDISED_BODY = /^(经营主体|运营主体|创业主体|承担单位|承担主体|补助对象)$/;
