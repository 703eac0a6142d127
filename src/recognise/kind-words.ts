// Names that read as a suffixed body's or place's but are words of a kind or of a clause: halls, a level's bodies, an
// office inside a government, one of each kind, a verb opening a name, a kind of village said in quotes.
import type { Jieba } from "@node-rs/jieba";
import { tagWindow } from "./segmenter.js";

/** A core that is one dictionary word, not a place's (空壳 of “空壳村”, 明星 of “明星村”, which jieba tags a name). */
function quotedWord(jieba: Jieba, core: string): boolean {
  const words = tagWindow(jieba, core, 0);
  return words.length === 1 && !/^(ns|x)$/.test(words[0]!.tag);
}

/** A discipline a university's school is named by (信息工程, 动物科学技术, 外国语言文学). */
const DEPARTMENT = /^(?!.*(?:大学|学院))[\u4e00-\u9fff]{0,6}(工程|科学|技术|计算机|文学|管理|护理|环境|经济|语言|化学|物理|数学|信息|生命|艺术|传媒|商|法)$/;

const GENERIC_CINEMA = /^(?:[\u4e00-\u9fff]*?(?:馆|中心|宫))?(?:乡村|农村|社区|城区|县城|露天|流动|移动|数字|球幕|巨幕|科普|电影|现代化|英语|大型|小型|激光|嘎查|村级|乡镇|固定|[0-9A-Za-z]+)*电?$/;

/** Whether the name `core` + `suffix`, from `start` to `e`, is no body's or place's; `adminAt` says a unit stands in it. */
export function kindOrClause(jieba: Jieba, text: string, suffix: string, core: string, start: number, e: number, locality: boolean, adminAt: boolean): boolean {
  // (Nor a level's bodies or a body's own website: 旗级部门, 科左中旗两级商务部门, 科右前旗政府网; nor a department inside a hospital, school or firm,
  // which the body names: 北京市西城区广外医院内分泌部门.)
  if ((suffix === "部门" && (/(级|(医院|卫生院|学校|中学|小学|学院|大学|公司)[\u4e00-\u9fff]{1,6})$/.test(core) || /[两三各]级/.test(core))) || (suffix === "网" && /(政府|门户|政务)$/.test(core))) return true;
  // (Nor a service's or a shop's department of a body, which the body names: 丰台区总工会职工服务部, 丰台区工商联经济服务部.)
  // (Nor a hospital's own pharmacy: 库伦旗人民医院门诊药店.)
  if (/^(服务部|经营部|门市部|大药房|药店)$/.test(suffix) && /(工会|工商联|联合会|协会|商会|局|委员会|委|政府|医院|卫生院|学校|学院|大学|中心|公司)/.test(core)) return true;
  // (Nor an office inside a government or a street's office, which the body names: 王佐镇人民政府经济发展办公室副主任 works at
  // 王佐镇人民政府.)
  // (The government's own general or press office is a body: 东城区人民政府办公室, 赤峰市人民政府新闻办公室.)
  if (suffix === "办公室" && /(人民政府|办事处)(?!新闻)[\u4e00-\u9fff]{2,8}$/.test(core)) return true;
  // (Nor a division inside a commission or a bureau, which the body names: …城市管理委员会环境卫生管理处副处长 works at the
  // commission.)
  if (suffix === "管理处" && /(委员会|教委|[^布格结当开]局)[\u4e00-\u9fff]{0,8}$/.test(core)) return true;
  // (Nor a hall of a building, 报告厅, 排练厅; nor an office named with an adverb, 明安镇再办.)
  if (suffix === "厅" && /(报告|排练|大|展|餐|客|会议|多功能|演播|宴会|服务|办事|营业|训练|舞蹈|天象|放映|阅览|影视)$/.test(core)) return true;
  if (suffix === "办" && /[再又还也都将已曾才就]$/.test(core)) return true;
  // (Nor a cinema said of its kind, or a hall's: 乡村数字影院, 球幕影院, 现代化影城, 科技馆科普影院; 宁城县中京数字影院 is one.)
  if (/^(影院|影城)$/.test(suffix) && GENERIC_CINEMA.test(core)) return true;
  // (Nor one of each kind, 各马铃薯种植专业合作社, nor a county's hospital said of a region, 草原县医院.)
  if (text[start - 1] === "各") return true;
  if (!locality && /[县旗]$/.test(core) && !adminAt && quotedWord(jieba, core.slice(0, -1))) return true;
  // (Nor a verb opening it: 深化医院"组团式"帮扶, 助力智慧图书馆, 新建专家工作站.)
  // (Or the verb after a word of how, a unit's name then no matter: 重点建设旗妇幼保健院.)
  const how = /^(重点|着力|全力|大力|持续)/.exec(core)?.[0] ?? "";
  // (Or one of setting up beside another: 配套建设就业服务站, 设置就业服务站.)
  if (!locality && /^(深化|助力|新建|建设|支持|推动|加强|打造|建立|组建|设立|设置|增设|配套|配建)|资金(助力|支持|用于)/.test(core.slice(how.length)) && (how !== "" || !adminAt)) return true;
  // (Nor a level's or a kind of place's clinics said together, 旗级医院, 嘎查村卫生室 (jieba's 嘎 + 查村), 苏木乡镇卫生院.)
  if (!locality && /^(旗级|县级|盟级|市级|镇级|乡级|村级|嘎查村|查村|苏木乡镇|乡镇|苏木镇)$/.test(core.replace(/^.*?[旗县]级$/, "旗级"))) return true;
  // (Nor a hall or desk that serves, which is a place of a body, not one: 嘎查党群服务中心, 景区游客服务中心, 苏木便民服务中心.)
  // (A named town's, its unit perhaps before it, is its government's body, though: 科布尔镇便民服务中心.)
  if (suffix === "服务中心" && /(党群|游客|便民|地接)$/.test(core) && !(/^(?:[\u4e00-\u9fff]{2,8}?[旗县区市盟])?[\u4e00-\u9fff]{2,5}(镇|乡|苏木|街道)便民$/.test(core) && !/(各|乡镇|苏木镇|镇街)/.test(core))) return true;
  // (Nor an alliance of a kind alone, 消化专科联盟, 急危重症患者可经联盟: one is named by its places, 兴安盟大米产业联盟, or by
  // Beijing's and the other side's short names, 京蒙儿科专科联盟, 京扎心血管病专科联盟.)
  // (Nor one holding a body's name, whose body is read: 四子王旗蒙中医院中蒙医骨伤专科联盟.)
  if (suffix === "联盟" && ((!adminAt && !/^京[\u4e00-\u9fff]/.test(core)) || /(医院|学校|学院|大学|中学|小学|公司)/.test(core))) return true;
  // (Nor a bureau's own centre, station or team, which the bureau names, nor a bureau and a verb read as another's name:
  // 大兴区应急管理局应急指挥中心主任 works at 大兴区应急管理局; 察右后旗应急管理局组织局业务骨干 is the bureau's doing.)
  // (Its centre of information is an institution of its own, with its own staff: 北京市顺义区农业农村局信息中心副主任.)
  if (!locality && /(局|委员会)(应急)?$/.test(core) && /(中心|站|队)$/.test(suffix) && suffix !== "信息中心") return true;
  if (suffix === "局" && /局(组织|安排|选派|派出|带领|邀请|协调|召集|动员)$/.test(core)) return true;
  // (Nor a bureau's own office, of its affairs or a task of its trade, which the bureau names: 区水务局办公室, 东城区水务局节约用水办公室;
  // an office of the programme inside it, 农业农村局京蒙协作办公室, is read.)
  if (suffix === "办公室" && /局[\u4e00-\u9fff]{0,6}$/.test(core) && !/(京蒙|协作|合作|帮扶|支援|扶贫|振兴|对口)/.test(core.slice(core.lastIndexOf("局")))) return true;
  // (Nor a logistics centre no unit names, said of its kind: 冷链物流中心, 农产品分拣中心; 林西县农产品冷链集配中心 is one.)
  // (Nor one a project builds, named in the project's name: 实施太仆寺旗城乡冷链仓储物流配送中心二期项目.)
  if (/^(物流|集配|配送|仓储|分拣|集散)中心$/.test(suffix) && (!adminAt || /^(?:[一二三四五六七八九十]期)?(?:建设|改造|扩建|新建|提升)?(?:项目|工程)/.test(text.slice(e, e + 8)))) return true;
  // (Nor any station or centre of a kind a project builds, no place nor the programme naming it: 设施农业小气候监测站建设项目,
  // 特色林果气象服务中心建设项目.)
  if (!locality && !adminAt && /(站|中心)$/.test(suffix) && !/^(京蒙|东西部)/.test(core) && /^(?:[一二三四五六七八九十]期)?(?:建设|改造|扩建|新建|提升|升级)(?:项目|工程)/.test(text.slice(e, e + 8))) return true;
  // (Nor a regional centre no unit names, said of its kind: 建设区域医疗废物处理中心, 区域性养老服务中心.)
  if (!locality && !adminAt && /^区域性?/.test(core) && /中心$/.test(suffix)) return true;
  // (Nor the place where something lies, said of any: 经属地苏木乡镇初审.)
  if (locality && /^(属地|所在|当地|本地)$/.test(core)) return true;
  // (Nor a leading group no unit names, said of any: 京蒙协作工作领导小组; 县京蒙协作工作领导小组 is the county's.)
  if (suffix === "领导小组" && !adminAt && !/^[旗县区市盟]/.test(core)) return true;
  // (Nor a level's body said of its kind, 建设县级数字乡村综合指挥中心, nor a county's village clinics together, 走进宁城乡村卫生室;
  // nor a saying, “足不出村”.)
  if (!locality && (/^[^级]{0,6}?[县旗市盟区]级/.test(core) || (suffix === "卫生室" && /乡村$/.test(core)))) return true;
  if (locality && /不出$/.test(core)) return true;
  // (Nor a platform or brand named as a village in quotes: “兴前云村”数字乡村综合服务平台.)
  if (locality && /[“"]/.test(text[start - 1] ?? "") && /^[”"](数字乡村|综合服务平台|服务平台|平台|品牌|系统|小程序|APP|app)/.test(text.slice(e, e + 8))) return true;
  // (Nor a place's rank, 设施农业第一大镇.)
  if (locality && /第[一二三四五六七八九十]大$/.test(core)) return true;
  // (Nor a verb said twice, 顺便带带卫生院的….)
  if (!locality && core.length === 2 && core[0] === core[1]) return true;
  // (Nor a university's school named by its discipline alone, no body without its university's name: 计算机学院, 数学科学学院;
  // 中国农业大学动物科学技术学院 is one, and a college is named after a place or a name, 北京城建职业技术学院.)
  if (suffix === "学院" && DEPARTMENT.test(core) && !tagWindow(jieba, core, 0).some((w) => /^(x|ns|nr|nz|j)$/.test(w.tag))) return true;
  // (Nor the pair of kinds 嘎查村 after no name, nor a kind of village said in quotes: 助力嘎查村集体经济, 从“空壳村”变成“明星村”;
  // not 乌兰哈达嘎查村企结对.)
  if (locality && ((suffix === "嘎查" && text[e] === "村" && text[e + 1] !== "企" && !tagWindow(jieba, core, 0).some((w) => w.word.length >= 2 && /^(x|ns|nr|nz|j)$/.test(w.tag))) || (/[“"]/.test(text[start - 1] ?? "") && /[”"]/.test(text[e] ?? "") && quotedWord(jieba, core)))) return true;
  return false;
}
