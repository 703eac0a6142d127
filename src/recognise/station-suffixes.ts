// Name endings of stations, crews and offices the programme's later reports name: breeding by insemination, road crews, mine
// rescue, forensic institutes, service areas, financial stations, community corrections, shelters and quality oversight.
// Read with the rest of suffixes.ts's.
import type { InstitutionLabel } from "./suffixes.js";

export const STATION_SUFFIXES: [string, InstitutionLabel][] = [
  // (Stations breeding cattle and sheep by insemination, a village's or a town's: 哈拉沟村羊人工授精站, 王爷府镇肉牛冷配服务站.)
  ["人工授精站", "Organization"], ["授精站", "Organization"], ["冷配站", "Organization"], ["冷配服务站", "Organization"], ["冷配中心", "Organization"], ["配种站", "Organization"], ["人工授精服务中心", "Organization"],
  // (Forensic institutes, mine rescue teams, road crews and their stations, an expressway's service areas and a village's
  // financial station: 北京顺衡司法鉴定所, 白狼镇道班, 骆驼山镇养护站, 京承高速北石槽服务区.)
  ["司法鉴定所", "Organization"], ["鉴定所", "Organization"], ["司法鉴定中心", "Organization"], ["鉴定中心", "Organization"], ["救护队", "Organization"], ["救护大队", "Organization"], ["救护中队", "Organization"], ["金融服务站", "Organization"], ["普惠金融服务站", "Organization"], ["金融服务点", "Organization"], ["普惠金融服务点", "Organization"], ["金融驿站", "Organization"], ["道班", "Organization"], ["中心道班", "Organization"], ["养护站", "Organization"], ["服务区", "Organization"],
  // (A town's station for migrant workers' rights is a body, 土贵乌拉镇农民工维权服务站, so are a community's and a county's of care
  // for the old, 宝昌镇幸福社区智慧养老服务站, 化德县智慧养老综合服务中心; a county's centre of community corrections, its
  // shelter and a town's station of quality oversight are offices: 林西县社区矫正中心, 林西县救助管理站, 宝昌镇农畜产品质量安全监管站.)
  // (Workshops, stations and centres employing people with disabilities: 科左中旗保康镇阳光庇护工场, 林西县林西镇温馨家园辅助性就业站.)
  ["庇护工场", "Organization"], ["庇护工厂", "Organization"], ["辅助性就业中心", "Organization"], ["辅助性就业站", "Organization"],
  // (Bases where visitors try a culture or take pictures, a county's industrial park, a wedding manor and a photo studio:
  // 乌兰敖都蒙古族婚礼文化体验基地, 黄旗海湖畔婚纱摄影基地, 化德县服装工业园, 三盛玫瑰婚礼庄园, 阿尔山市雪城影楼.)
  ["体验基地", "Organization"], ["摄影基地", "Organization"], ["工业园", "Organization"], ["庄园", "Organization"], ["影楼", "Enterprise"],
  // (A banner's centre growing seedlings by tissue culture: 太仆寺旗草莓脱毒种苗组培中心.)
  ["组培中心", "Organization"], ["组培实验室", "Organization"],
  // (A county's centre disposing of dead livestock, 库伦旗病死畜禽无害化处理中心, and its plant.)
  ["无害化处理中心", "Organization"], ["无害处理中心", "Organization"], ["无害化处理厂", "Organization"], ["无害化处理场", "Organization"],
  // (A town's workstation protecting minors is a body of service, not an office: 库伦镇未成年人保护工作站.)
  ["保护工作站", "Organization"],
  // (Shops, pharmacies and restaurants, and those selling and mending machines, a trader's firm and its counter: 秀兰便民商店, 同心堂大药房,
  // 库伦旗安代风情餐馆, 顺达电动车销售维修部, 兴农电动车修配部, 隆福寺长贵民族服饰商行;
  // a town's station of repairs is a body of service: 官地镇农机维修服务站.)
  ["商店", "Enterprise"], ["大药房", "Enterprise"], ["药店", "Enterprise"], ["便民店", "Enterprise"], ["食品店", "Enterprise"], ["农资店", "Enterprise"], ["餐馆", "Enterprise"], ["饭馆", "Enterprise"],
  ["维修部", "Enterprise"], ["修理部", "Enterprise"], ["修配部", "Enterprise"], ["维修铺", "Enterprise"], ["修理铺", "Enterprise"], ["维修中心", "Enterprise"], ["维修服务站", "Organization"], ["维修服务中心", "Organization"], ["服务部", "Enterprise"], ["经营部", "Enterprise"], ["门市部", "Enterprise"], ["商行", "Enterprise"],
  // (Troupes of a village's shadow play, points and bases passing on a craft, and a park of cultural goods: 老营子村皮影戏班,
  // 白音套海苏木民间泥塑传习点, 科左中旗乌力格尔传承基地, 京蒙非遗文创园.)
  ["戏班", "Organization"], ["皮影戏班", "Organization"], ["传习点", "Organization"], ["传习基地", "Organization"], ["传习中心", "Organization"], ["传承基地", "Organization"], ["传承中心", "Organization"], ["文创园", "Organization"],
  // (A town's home for truck drivers, kept with the unions: 巴林左旗林东镇司机之家; a banner's bank of trees' and crops' germplasm:
  // 敖汉旗林木种质资源库; and a district's station of tree seedlings, an office: 北京市顺义区林木种苗站.)
  // (A bureau's brigade of forest police: 喀喇沁旗公安局森林公安大队, 林西县公安局森林警察大队.)
  ["公安大队", "Agency"], ["警察大队", "Agency"],
  // (A county's station serving its workers in Beijing is a body of service, as its labour stations are: 京蒙劳务协作驻京服务站.)
  ["驻京服务站", "Organization"], ["驻京工作站", "Organization"],
  ["司机之家", "Organization"], ["种质资源库", "Organization"], ["种质资源圃", "Organization"], ["种质库", "Organization"], ["种苗站", "Agency"], ["种苗管理站", "Agency"],
  ["维权服务站", "Organization"], ["养老服务站", "Organization"], ["养老综合服务中心", "Organization"], ["养老服务指挥中心", "Organization"], ["维权服务点", "Organization"], ["社区矫正中心", "Agency"], ["矫正中心", "Agency"], ["监管站", "Agency"], ["救助管理站", "Agency"], ["救助站", "Agency"],
];
