// Name endings of bodies of services, jobs and trade the programme's later reports name: bases of jobs, call centres, food banks,
// sports societies and clubs, halls, shops of hair and beauty, supply co-operatives' centres, astronomy's halls and camps, deputies'
// liaison stations, centres disposing of waste, airports and task forces, with the stations of station-suffixes. Read with the rest of
// suffixes.ts's.
import type { InstitutionLabel } from "./suffixes.js";
import { STATION_SUFFIXES } from "./station-suffixes.js";

export const SERVICE_SUFFIXES: [string, InstitutionLabel][] = [
  // (Bases and centres of jobs in services, data and calls: 翁牛特旗京蒙协作客服就业基地, 太仆寺旗京蒙数据标注基地, 鄂伦春自治旗云客服中心.)
  ["就业基地", "Organization"], ["标注基地", "Organization"], ["客服中心", "Organization"], ["呼叫中心", "Organization"],
  // (A food bank is a charity, no bank: 京鄂同心食物银行.)
  ["食物银行", "Organization"], ["食品银行", "Organization"],
  // (Societies of sport and clubs: 北京市大兴区体育总会, 北京京西乒乓球俱乐部.)
  ["体育总会", "Organization"], ["俱乐部", "Organization"],
  // (Cinemas are businesses; the bodies that take films round the villages are a culture service's: 宁城县中京数字影院,
  // 碧流台镇农村电影放映队, 太仆寺旗农村电影放映服务中心.)
  ["影院", "Enterprise"], ["影城", "Enterprise"], ["放映队", "Organization"], ["放映中心", "Organization"], ["放映服务中心", "Organization"],
  ["放映服务站", "Organization"], ["放映管理站", "Organization"],
  // (A federation of co-operatives is a society, no co-operative: 北京市丰台区农民专业合作社联合会.)
  ["合作社联合会", "Organization"],
  // (A unit's headquarters of flood control, fire or snow is its government's: 宁城县防汛抗旱指挥部.)
  ["指挥部", "Agency"],
  // (And of chess, a club's or an academy's: 兴安棋社, 鄂伦春自治旗少儿棋院.)
  ["棋社", "Organization"], ["棋院", "Organization"],
  // (Halls of swimming and of sales a county or body keeps: 巴林左旗青少年游泳馆, 阿鲁科尔沁旗特色产品展销馆.)
  ["游泳馆", "Organization"], ["展销馆", "Organization"],
  // (Shops of hair and beauty, named for their keeper or a word of luck: 丽人美发店, 阳光理发屋, 娜仁美容养生馆, 其木格美发沙龙.)
  ["美发店", "Enterprise"], ["理发店", "Enterprise"], ["美容店", "Enterprise"], ["美甲店", "Enterprise"], ["美体店", "Enterprise"], ["美发屋", "Enterprise"], ["理发屋", "Enterprise"], ["理发馆", "Enterprise"], ["美发沙龙", "Enterprise"], ["养生馆", "Enterprise"],
  // (The supply co-operatives' service centres for farmers: 巴林左旗隆昌镇为农服务中心, 太仆寺旗农资综合服务中心.)
  ["为农服务中心", "Organization"], ["为农服务站", "Organization"], ["农资综合服务中心", "Organization"], ["农资服务中心", "Organization"],
  // (Halls, camps and stations of astronomy, and the people's deputies' liaison stations: 北京天文馆, 阿尔山市青少年天文科普馆,
  // 明安图星空科普营地, 敖汉旗大黑山暗夜星空观测站, 林东镇京蒙协作人大代表联络站, 宝昌镇人大代表之家.)
  ["天文馆", "Organization"], ["科普馆", "Organization"], ["星空营地", "Organization"], ["科普营地", "Organization"], ["星空观测站", "Organization"],
  ["天文观测站", "Organization"], ["观测基地", "Organization"], ["代表联络站", "Organization"], ["代表之家", "Organization"],
  // (Centres and plants that dispose of waste, a county's own: 库伦旗医疗废物集中处置中心, 巴林左旗医疗废物集中处理中心; and the
  // businesses that buy up scrap, 巴音塔拉镇恒达废旧物资回收站.)
  ["处置中心", "Organization"], ["处理中心", "Organization"], ["回收站", "Enterprise"],
  // (Airports, which their operators run as companies: 呼伦贝尔东山国际机场, 阿尔山伊尔施机场; but a general-aviation one, works a county
  // builds with the programme's money, an organisation as a park is: 林西县通用机场.)
  ["国际机场", "Enterprise"], ["通用机场", "Organization"], ["机场", "Enterprise"],
  // (Hostels and inns, businesses of their keepers: 敖汉热水汤青年旅舍, 辽上京青年旅社, 八里罕温泉青年驿站, 打虎石村农家接待中心.)
  ["青年旅舍", "Enterprise"], ["青年旅社", "Enterprise"], ["国际青年旅舍", "Enterprise"], ["青年驿站", "Enterprise"], ["农家接待中心", "Enterprise"],
  // (A county's or district's task force for the programme, an office of its government: 宁城县京蒙协作工作专班.)
  ["工作专班", "Agency"],
  // (Stations and crews of breeding, roads, rescue, finance and the law: see station-suffixes.)
  ...STATION_SUFFIXES,
];
