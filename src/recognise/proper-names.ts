// Whether the words before a suffix make a proper name (北京华康谷物科技有限公司, 二龙路医院) or a kind (示范村, 手拉手学校).
import type { Jieba } from "@node-rs/jieba";
import { isBrand } from "./brands.js";
import { tagWindow } from "./segmenter.js";
import type { Mention } from "./types.js";

/** Cores that make a locality's name generic, not a proper name (示范村, 行政村, 各嘎查村, 多个村, 村容村貌, the 副镇 of 副镇长, 猎民村, a unit's kind pointed at,
 * 我旗嘎查, a time, 那时候嘎查, one by one, 逐乡逐村 …; all of one, 惠及全嘎查; a saying, 十里八乡; a rank of credit, 信用嘎查; the towns in general, 苏木镇建设嘎查; a trade a village is known for, 旅游专业村, or a sumu, 牧业苏木; those who came to one, 北京专家来嘎查; a disease's area, 病区村; an honour, 文明乡, 牧区文明嘎查; 多伦诺尔镇 is a name). */
export const GENERIC_LOCALITY = /(副$|全$|文明$|^(有关|相关)|^(空壳|薄弱|软弱涣散|后进|先进|富裕|优秀|列席|实现|培训|跟岗|挂职|跟岗挂职)$|(?:^|结果)(调查|抽样|抽查|样本|监测|受访)$|一轮$|不少|许多|很多|更多|一些|大部分|部分|所有|乡村|振兴|产业|示范|特色|贫困|脱贫|行政|集体|美丽|重点|结对|对子|帮扶|受援|协作|^京蒙(协作)?$|^(安排|民族)$|^(项目|改厕|缺水|试点|受益|空心)$|^(安置|搬迁|移民|连|培育|融入|城镇)$|共建|草原|深化|强化|加强|推进|推动|开展|实施|完善|促进|所在|落户|落地|当地|各级|基层|周边|全国|友好|姐妹|兄弟|辖区|嘎查$|村$|镇$|乡$|[着了过]$|(农业|牧业|工业|旅游|商贸|交通|文化|人口|经济|畜牧业?)[大重强名]?$)|病区|专业$|(?:^|[既也还都就正])是$|^([各每该全本个这那几其此村某]|多[个家所名位种项处年方地]|上述|前述|以上|下列)|^(硬化|亮化|绿化|美化|改造|新建|修建|整治|进入|深入|组织|社会|企业|单位|部门|机关|参加|利用|规范|标准化|规范化|捐赠|捐建|援建|面向|地处|位于)$|^(偏远|边远|纯牧业?|纯农业?|纯牧区|数字|智慧|全部|城郊|近郊|远郊)$|全部$|(硬化|亮化|绿化|美化|整治)$|^(两地|两镇|两旗|两县|双方|三地)|^(镇苏木|苏木镇|镇乡|苏木乡)$|^(受援)?(旗县区?|县区|区县|盟市|县市)$|^(参加|利用|规范|带动|引导|组织)|^(猎民|牧民|农民|渔民|移民|生态移民|北京|内蒙古|牧区|农区|林区|山区|半山区|浅山区|深山区|平原)$|^[(（][^)）]*[)）]$|^[旗县区市盟]$|^(时候|那时|当时|现在|如今|过去|以前|以后|目前|后来|平时)$|^逐|逐$|(惠及|覆盖|遍及|带动|辐射)全$|^民宿$|^十里八$|^信用$|^(途经|经过|沿线|沿途)$|^(空心|任职|激活|派驻|结对帮扶)$|^(苏木镇|苏木乡镇|乡镇|镇街)(?=[\u4e00-\u9fff])|(专家|干部|医生|记者|老师|队员|志愿者|大家|我们|他们)来$/;
/** Cores that make an institution's name generic (市级最强党支部, 当地电商中心; the kind of a pairing, 手拉手学校; a grade, 首都三甲医院,
 * 二级甲等综合医院, 旗县级医院; those of places counted, 两村党支部 (not a village named by figures, 五三村); a kind of school's mark, 艺术特色学校, 民族地区学校, 蒙汉双语学校; schools and kindergartens, 中小学幼儿园; those a level runs directly, 旗直中小学校; a unit's towns' in general, 巴林左旗苏木乡镇综合文化站, 各镇（苏木）综合文化站; a count, 四所学校; one owned by a level, 区属骨干医院; one of villages or towns in general, 嘎查村养老服务站, 乡镇卫生院; a kind of school, 普通高中, 农村薄弱学校, 中等职业学校; all of a unit's, 力争全旗农家书屋; a kind of honoured master, 名医工作室; a level and 里, the verb 办 after it: 帮镇里办培训; the word for villages opening it, 嘎查肉牛养殖合作社; a unit's grade of a kind or its works, 通辽市示范儿童之家, 巴林右旗建设儿童之家; the counties helped in general, 受援旗县乡村振兴局; a county's schools of a kind, 四子王旗普通高中; a time, 今年夏天合作社接待…). */
export const GENERIC_INSTITUTION = /手把手|特色$|项目$|^(北京|京|蒙|内蒙古)方$|^(今年|去年|明年|前年|当年|近年|如今|目前|现在)|^强村$|^[至到赴往抵]?[镇乡]$|^[两三四五六七八九十几](村|镇|嘎查|苏木)$|^(民族地区|蒙汉双语|双语)$|中小学$|^[旗县市盟区]直属?|(苏木乡镇|苏木镇)$|[(（](苏木|镇|乡)[)）]$|^(国家级|自治区级|省级|市级|盟级|盟市级|旗县级|旗级|县级|区级)(重点|示范|优质|特色|骨干)*$|^(京蒙协作|东西部协作|京蒙|扶贫协作|对口帮扶|手拉手|结对|帮扶|共建|对口|协作|合作|结对帮扶|苏木镇|镇街|社区卫生|养老|互助|互助养老|农村互助)$|[一二三](级|甲)([甲乙丙]等)?$|^[一二三]级[甲乙丙]等|^[0-9一二两三四五六七八九十几多]+[所家个座]$|(旗县|县区|县市|区县)级?$|^(名医|名中医|名师|名校长|名班主任|劳模|大师)$|^(夏令营|冬令营|研学)$|(全[旗县市区盟镇乡村]|最|当地|所在|各级|基层|周边|我们|他们|这个|那个|一个|每个|多个|多家|首个|首家|首座|^(力争|计划|拟)?(新建|组建|筹建)|更多|有关|相关|其他|对应|职能|以上|上述|前述|两地|双方|三地|两镇|两旗|两县)|(苏木乡镇|乡镇|苏木镇|镇街|嘎查村|农村牧区|农牧区|[和及、]城区)(专职|志愿|义务)?$|(部分|全部|所有)|^(工作领导小组|领导小组|家庭|农村|牧区|乡村|城乡|城区|企事业单位|事业单位|单位)$|^(社区|小区|安置点|安置社区)(就业|综合|党群|便民)?$|^(牧民|农民|农牧民|村民|渔民|猎民)(专业|志愿|义务)?$|^([各每该全本个这那几其此座处]|多[个家所名位种项处年方地])|^[区县旗市盟省]属|^(嘎查村|苏木乡镇|乡镇|镇村|村级|镇级)|^经?(评标|评审|磋商|谈判|验收|评估|评议)$|^(普通|农村|牧区|城镇|城乡|乡村|薄弱|现有|中等职业|职业|公办|民办|寄宿制?|中小|基层|偏远|地区|全日制|镇区|城区)+$|(共有|现有|拥有)$|^(受援|结对|帮扶|援助)?(旗县|县区|区县|盟市|县市)(?!级)|^(镇|村|县|旗|区|市|乡|苏木|嘎查)里$|^嘎查|^(标准化|规范化|示范|智慧|数字化|智能化?)(村|嘎查)?$|(建设|新建|援建|捐建)(标准化|规范化|智慧|数字化)$|(协作|京蒙)(建设|新建|援建|捐建)$|[旗县市区盟]直属?$|^(蒙古族|达斡尔族|鄂温克族|鄂伦春族|满族|回族|朝鲜族|少数民族|民族)(乡村|农村|牧区|城镇)?$|^(行业|商|图书馆|文化馆|博物馆)$|^(好|优秀|先进|在?京|示范)?劳务(协作)?$|(优质|优秀|普惠性?)$|^(镇|乡|苏木)中心$|^在?京$|(发挥|带动|引导|依托|动员)$|等[0-9一二三四五六七八九十]+家|^[(（][^)）]*[)）]$|^(股份|股份经济|集体经济)$|(?<![社小园景])[旗县市区盟](示范|标准化|规范化|建设)$|[旗县市区盟](普通|薄弱|公办|民办)+$/;
/** Endings whose names are proper whatever words they are made of (经济日报, 某某有限公司). */
// (A cooperative's registered name too, 敖汉旗丰收杂粮种植专业合作社, when a place or a coined word is in it: 种植合作社
// alone is a kind.)
export const LEGAL_SUFFIX = /(有限公司|有限责任公司|股份有限公司|合作社|日报|晚报|时报|协会)$/;
/** Facilities named by what they do (肉牛屠宰加工厂, 医疗废物集中处置中心) and shops online by what they sell (风干牛肉网店): proper only with a place or a coined word in them, however long
 * (jieba tags 屠宰 a person's name). */
export const FACILITY_SUFFIX = /^(加工厂|工厂|酒坊|养殖场|牧场|农场|林场|种羊场|繁育场|网店|处置中心|处理中心|回收站)$/;
/** Parks and spaces hatching start-ups (孵化园, 众创空间): bodies with a place's or the programme's name before them. */
export const START_UP_PARKS = "孵化基地|孵化园|返乡创业孵化园|返乡创业园|众创空间|创业园";
/** Public centres named by what they do (教师发展中心, 展销中心), and a government's departments (主管部门, 行政监督部门): proper
 * only with a known place in them (库伦旗教师发展中心). */
export const PLACED_SUFFIX = new RegExp(`^(俱乐部|训练营地|拳击队|击剑队|体操队|赛艇队|皮划艇队|游泳队|射击队|射箭队|武术队|举重队|柔道队|棒球队|${START_UP_PARKS}|游泳馆|展销馆|就业基地|标注基地|客服中心|呼叫中心|示范基地|繁育基地|种植基地|养殖基地|产业基地|育苗基地|示范园区|示范园|繁育中心|育苗中心|试验站|研修中心|教师发展中心|展销中心|交易中心|交易市场|信息中心|旅游中心|公园|公共资源交易中心|培训中心|研究中心|康复中心|福利中心|慈善总会|物流园|物流园区|保税区|直播基地|培训基地|实训基地|研学实践基地|研学基地|教育基地|康养基地|旅居基地|康养营地|科学城|新区|大数据中心|促进中心|试验示范基地|科技小院|专家工作站|孵化基地|加工园区|诊断中心|电子商务公共服务中心|电子商务服务中心|电商公共服务中心|电商服务中心|部门|日间照料中心|养老驿站|颐养中心|运动中心|健身中心|训练中心|训练馆|训练基地|活动中心|广场舞队|发电厂|体验馆|展示中心|康复站|康复研究中心|急救站|急救分站|救护中心|救护站|救护点|救助中心|检测中心|检验站|质量安全中心|教学点|学会|科普馆|道班|中心道班|养护站|救助站|工作专班|加工园)$`);

/** A core before a body's ending that names bodies of a kind, not one: a hospital or school of one side of the programme,
 * as a table's header names them (北京市帮扶医院 | 赤峰市受援医院); one a distance is told from (家里离旗医院七十多公里); a
 * province's courts, or the programme's, or an idea of them (北京法院, 东西部法院, 智慧法院). */
export function bodiesInGeneral(suffix: string, core: string): boolean {
  return (/^(医院|学校|中学|小学|幼儿园|卫生院)$/.test(suffix) && /(帮扶|受援|结对|援建|支援|对口)$/.test(core)) ||
    /离[旗县]$/.test(core) ||
    // (Nor the hospitals or schools of a league's banners and counties together, levels named in general: 赤峰市旗县蒙医中医医院.)
    (/(医院|卫生院|学校|中学|小学)$/.test(suffix) && /(旗县|县区|旗区|县旗)/.test(core)) ||
    // (A university's faculty named by its subject alone: 来自教育学院、文学院、美术学院等7个院系.)
    (suffix === "学院" && /^(文|理|工|医|法|商|农|美术|音乐|教育|体育|外国语|外语|艺术|经济|管理|经济管理|信息|计算机|新闻|历史|化学|物理|数学|生命科学|护理|药|马克思主义)$/.test(core)) ||
    (/^(法院|检察院)$/.test(suffix) && /^(北京|首都|内蒙古|全国|全区|全市|东西部|智慧|基层|两级|三级|各级)$/.test(core)) ||
    // (Nor a masters' studio named by its kind, a department or the programme, not by its master: 骨伤科名医工作室, 京蒙中医药名医工作室;
    // 王忠名医工作室 is one.)
    (suffix === "工作室" && /(名医|名中医|名老中医|专家)$/.test(core) && (!/^[\u4e00-\u9fff]{2,3}(名医|名中医|名老中医|专家)$/.test(core) || /科(名医|名中医|名老中医|专家)$/.test(core))) ||
    // (Nor a kind of network: 5G远程医疗专网, 光纤网.)
    // (Nor a net that keeps or shields things: 防逃网, 防鸟网, 遮阳网.)
    (suffix === "网" && /(专|宽带|光纤|光|电|物联|互联|局域|骨干|防逃|防护|防鸟|防虫|防雹|遮阳|拦|围|渔|隔离)$/.test(core)) ||
    // (Nor a kind of hospital: “智慧医院”建设, 互联网医院.)
    (suffix === "医院" && /^(智慧|互联网|数字化?|智能化?)$/.test(core)) ||
    // (Nor a kind of market: 建设智慧农贸市场, 标准化农贸市场.)
    (suffix === "农贸市场" && /^(智慧|综合|标准化|规范化|现代化?|新型|城乡|乡镇|农村|社区|集贸)+$/.test(core)) ||
    // (Nor bodies counted, not named: 巴林左旗不少学校, 北京一些酒店, 水泉乡个别教学点; nor one a year's plan builds: 太仆寺旗明年计划新建急救分站.)
    /(许多|不少|很多|好多|众多|一些|多所|多家|几所|几家|所有|个别|多数|少数)$/.test(core) || /(今年|明年|去年|前年|今后)/.test(core);
}

/** Where a dictionary word tagged an organisation (nt) that ends at `e` and starts before `start` opens, or -1. */
export function knownOrganisation(jieba: Jieba, text: string, start: number, e: number): number {
  let from = start;
  while (from > Math.max(0, start - 8) && /[\u4e00-\u9fff]/.test(text[from - 1]!)) from--;
  if (from === start) return -1;
  const words = tagWindow(jieba, text.slice(from, e), from);
  const last = words[words.length - 1];
  return last && last.tag === "nt" && last.end === e && last.start < start ? last.start : -1;
}

/** Listed right after a name of the same kind (京东集团、酒仙网): a name too, however plain its words. */
export function listedAfter(found: Mention[], text: string, start: number, label: string | undefined): boolean {
  if (!/^[、和及]$/.test(text[start - 1] ?? "")) return false;
  return foundEndingAt(found, start - 1, label) !== undefined;
}

/** The name of the label found last that ends at `end`. Names are found in text order: only the last few can end there. */
export function foundEndingAt(found: Mention[], end: number, label: string | undefined): Mention | undefined {
  for (let i = found.length - 1; i >= 0 && found[i]!.end >= end; i--) if (found[i]!.end === end && found[i]!.label === label) return found[i];
  return undefined;
}

/** Where a name listed after one of its kind begins, at the list mark before it (二龙路医院、湛蓝路医院), or -1: its words
 * count for nothing there. (A locality's name so read is short and holds no other place's ending or a function word: not
 * 兴寿镇桃林村.) */
// (The last of a list may follow 和 or 及: 大井村、三圣村和后房子村, jieba's 和后. A Mongolian village's or sumu's name may be
// longer, up to `longest`: 宝日胡舒嘎查、额很乌苏嘎查, jieba's adverb 很.)
export function listMarkBefore(found: Mention[], text: string, start: number, suffixAt: number, locality: boolean, label: string | undefined, longest = 4): number {
  for (let mark = start; mark >= Math.max(0, start - 6); mark--) {
    // (Not a pointer or a preposition after it: 天义镇和我们长阳镇, 上海市浦江人民医院、在普洱市人民医院挂职; nor an adverb of
    // time before one, 北京市海淀区人民法院、正在前旗法院挂职.)
    if (!/[、和及]/.test(text[mark] ?? "") || /^(?:[我咱你他她这那该本各每全在到赴向从]|正在|已经|曾经|仍在|还在|现在|目前)/.test(text.slice(mark + 1, mark + 3))) continue;
    const plain = !locality || (suffixAt - mark - 1 <= longest && !(longest > 4 ? /镇|乡|村|嘎查|苏木|街道|[与和及的]/ : /[镇乡村嘎查苏木街道与和及的]/).test(text.slice(mark + 1, suffixAt)));
    if (plain && start !== mark + 1 && /^[\u4e00-\u9fff]*$/.test(text.slice(mark + 1, suffixAt)) && suffixAt - mark - 1 <= 8 && listedAfter(found, text, mark + 1, label)) return mark + 1;
  }
  return -1;
}

function hasNameWord(words: { word: string; tag: string }[]): boolean {
  return words.some((w) => /^(ns|nr|nrt|nz|nt|x|j|eng)$/.test(w.tag));
}

/** A core is a proper name when some word in it is one (place, person, organisation, unknown word) or it is long. */
export function isProper(words: { word: string; tag: string }[], core: string): boolean {
  if (core.length >= 3 || /^(国家|中国|全国)/.test(core)) return true;
  return hasNameWord(words) || words.some((w) => /^第/.test(w.word) || isBrand(w.word));
}

/** Verbs that take what follows as their object, and a sum that pays for it (捐资60万元建设…): a verb right after one of them
 * opens no name. */
export const OBJECT_OF = /(用于|用来|用以|支持|帮助|助力|推动|带动|促进|加快|推进|着力|[0-9一二两三四五六七八九十百千万亿]元)$/;
