// Name endings that say what kind of institution or locality a name is, longest first.
import type { NodeLabel } from "../graph/index.js";
import { SERVICE_SUFFIXES } from "./service-suffixes.js";

export type InstitutionLabel = Extract<NodeLabel, "Enterprise" | "Hospital" | "School" | "Organization" | "Agency">;
export type LocalityLabel = Extract<NodeLabel, "Township" | "Village">;

export const INSTITUTION_SUFFIXES: [string, InstitutionLabel][] = [
  ["股份有限公司", "Enterprise"], ["有限责任公司", "Enterprise"], ["有限公司", "Enterprise"], ["分公司", "Enterprise"], ["支公司", "Enterprise"], ["分行", "Enterprise"], ["支行", "Enterprise"], ["集团", "Enterprise"],
  ["公司", "Enterprise"], ["联合社", "Enterprise"], ["信用合作联社", "Enterprise"], ["信用联社", "Enterprise"], ["信用社", "Enterprise"], ["合作社", "Enterprise"], ["超市", "Enterprise"], ["批发市场", "Enterprise"], ["交易市场", "Enterprise"], ["奇石市场", "Enterprise"], ["文化市场", "Enterprise"], ["旧货市场", "Enterprise"], ["古玩市场", "Enterprise"],
  ["种羊场", "Enterprise"], ["繁育场", "Enterprise"], ["育种场", "Enterprise"], ["扩繁基地", "Organization"], ["繁殖中心", "Organization"], ["配送站", "Organization"], ["改良站", "Agency"], ["改良中心站", "Agency"], ["养殖场", "Enterprise"], ["蜂场", "Enterprise"], ["牧场", "Enterprise"], ["农场", "Enterprise"], ["林场", "Organization"], ["加工厂", "Enterprise"], ["菌棒厂", "Enterprise"], ["饲料厂", "Enterprise"], ["面粉厂", "Enterprise"], ["淀粉厂", "Enterprise"], ["粉条厂", "Enterprise"], ["乳品厂", "Enterprise"], ["服装厂", "Enterprise"], ["榨油厂", "Enterprise"], ["有机肥厂", "Enterprise"], ["箱包厂", "Enterprise"], ["家具厂", "Enterprise"], ["皮具厂", "Enterprise"], ["加工坊", "Enterprise"], ["酒坊", "Enterprise"],
  ["工厂", "Enterprise"], ["发电厂", "Enterprise"], ["刀具厂", "Enterprise"], ["砖厂", "Enterprise"], ["建材厂", "Enterprise"], ["水泥厂", "Enterprise"], ["酒厂", "Enterprise"], ["酿酒厂", "Enterprise"], ["酿造厂", "Enterprise"], ["食品厂", "Enterprise"], ["工艺品厂", "Enterprise"], ["雕刻厂", "Enterprise"], ["木器厂", "Enterprise"], ["制品厂", "Enterprise"], ["印刷厂", "Enterprise"], ["包装厂", "Enterprise"], ["服饰厂", "Enterprise"], ["酒店", "Enterprise"], ["银行", "Enterprise"], ["新闻网", "Organization"], ["信息网", "Organization"], ["日报网", "Organization"], ["晚报网", "Organization"], ["网", "Enterprise"], ["网店", "Enterprise"],
  ["中西医结合医院", "Hospital"], ["中医医院", "Hospital"], ["医院", "Hospital"], ["卫生院", "Hospital"], ["卫生服务中心", "Hospital"], ["卫生服务站", "Hospital"], ["保健院", "Hospital"],
  // (Centres of rehabilitation, health care and eye care are places of care: 库伦旗残疾人康复中心, 门头沟区儿童眼保健中心, 宁城县眼视光中心.)
  ["保健中心", "Hospital"], ["视光中心", "Hospital"], ["康复中心", "Hospital"], ["康复服务中心", "Hospital"], ["康复站", "Hospital"], ["康复研究中心", "Hospital"],
  // (Blood stations and centres are bodies of health care: 锡林郭勒盟中心血站, 北京市红十字血液中心.)
  ["防治所", "Hospital"], ["防治院", "Hospital"], ["精神卫生中心", "Hospital"], ["中心血站", "Hospital"], ["血站", "Hospital"], ["血液中心", "Hospital"],
  // (Stations and centres of emergency care: 花吐古拉镇急救站, 北京市红十字会紧急救援中心.)
  ["急救站", "Hospital"], ["急救分站", "Hospital"], ["急救分中心", "Hospital"], ["紧急救援中心", "Hospital"],
  ["诊所", "Hospital"], ["医疗中心", "Hospital"], ["会诊中心", "Hospital"], ["诊断中心", "Hospital"], ["急救中心", "Hospital"], ["计划生育服务中心", "Hospital"], ["卫生室", "Hospital"], ["医疗集团", "Hospital"], ["分院", "Hospital"],
  ["教育集团", "School"],
  ["职业技术学院", "School"], ["学院", "School"], ["大学", "School"], ["中学", "School"], ["小学", "School"],
  ["职业高中", "School"], ["职业中专", "School"], ["职业教育中心", "School"], ["职业技术教育中心", "School"], ["职教中心", "School"], ["职专", "School"], ["职校", "School"], ["职中", "School"], ["党校", "School"], ["教师进修学校", "School"], ["中心学校", "School"], ["九年一贯制学校", "School"], ["十二年一贯制学校", "School"], ["一贯制学校", "School"], ["中心小学", "School"], ["中心校", "School"], ["高中", "School"], ["学校", "School"], ["幼儿园", "School"], ["幼儿院", "School"], ["开放大学", "School"], ["分校", "School"], ["教学点", "School"],
  // (Centres of childcare for infants are schools of the youngest: 北京市海淀区清河托育园, 化德县京蒙协作托育中心, 阿鲁科尔沁旗婴幼儿照护服务中心;
  // the centre guiding them is a public body: 科右前旗婴幼儿照护服务指导中心.)
  ["托育园", "School"], ["托育中心", "School"], ["托育综合服务中心", "School"], ["照护服务中心", "School"], ["照护服务指导中心", "Organization"],
  ["党支部", "Organization"], ["基金会", "Organization"], ["协会", "Organization"], ["互助会", "Organization"], ["学会", "Organization"], ["分会", "Organization"], ["商会", "Organization"],
  ["联合会", "Organization"], ["促进会", "Organization"], ["研究会", "Organization"], ["事务所", "Organization"], ["产业园区", "Organization"], ["产业园", "Organization"], ["加工园", "Organization"], ["物流园", "Organization"], ["合作园", "Organization"], ["科技园", "Organization"],
  ["工业园区", "Organization"], ["工业集中区", "Organization"], ["敬老院", "Organization"], ["养老院", "Organization"], ["颐养院", "Organization"], ["颐养中心", "Organization"], ["老年公寓", "Organization"], ["托养中心", "Organization"], ["福利院", "Organization"], ["光荣院", "Organization"], ["烈士陵园", "Organization"], ["互助幸福院", "Organization"], ["幸福院", "Organization"],
  ["融媒体中心", "Organization"], ["服务中心", "Agency"], ["信息中心", "Agency"], ["服务热线", "Agency"], ["便民热线", "Agency"], ["科学院", "Organization"], ["工程院", "Organization"], ["研究所", "Organization"], ["双创中心", "Organization"], ["分中心", "Organization"], ["创新中心", "Organization"], ["研究院", "Organization"],
  ["工商联", "Organization"], ["残联", "Organization"], ["妇联", "Organization"], ["科协", "Organization"], ["文联", "Organization"], ["侨联", "Organization"], ["总工会", "Organization"], ["工会", "Organization"], ["供销社", "Organization"], ["日报", "Organization"], ["日报客户端", "Organization"], ["晚报客户端", "Organization"], ["晚报", "Organization"], ["时报", "Organization"], ["报社", "Organization"],
  ["电视台", "Organization"], ["广播电台", "Organization"], ["红十字会", "Organization"],
  // (Supply and marketing cooperatives are bodies of members, not firms: 北京市供销合作总社, 昌平区供销合作社; alliances of a trade
  // or of hospitals' specialties: 兴安盟大米产业联盟, 京蒙儿科专科联盟.)
  ["供销合作社", "Organization"], ["供销合作社联合社", "Organization"], ["供销合作总社", "Organization"], ["供销总社", "Organization"], ["联盟", "Organization"],
  // (Halls where the programme's goods are sold, and centres of the arts: 石景山区京西消费帮扶馆, 天桥艺术中心; shopping centres are
  // firms: 回龙观乐享汇购物中心, 北京西单商场. An exhibition hall is a venue only, as the sample gold keeps 在北京展览馆成功举办….)
  ["帮扶馆", "Organization"], ["消费帮扶中心", "Organization"], ["消费帮扶服务中心", "Organization"], ["艺术中心", "Organization"], ["购物中心", "Enterprise"], ["商场", "Enterprise"],
  // (Offices of investment promotion and of a government's own affairs: 兴安盟投资促进中心, 西城区机关事务管理中心.)
  // (And the city's board over its hospitals: 北京市医院管理中心.)
  ["投资促进中心", "Agency"], ["事务管理中心", "Agency"], ["自然资源所", "Agency"], ["医院管理中心", "Agency"], ["事务中心", "Agency"], ["基金管理中心", "Agency"], ["事业管理中心", "Agency"],
  // (A government's leading group for the programme is a body of its own: 太仆寺旗京蒙协作工作领导小组.)
  ["领导小组", "Agency"],
  // (Public bodies named as centres of a kind: 密云区教师研修中心, 库伦旗教师发展中心, 兴安盟公共资源交易中心.)
  ["研修中心", "Organization"], ["教师发展中心", "Organization"], ["事业发展中心", "Agency"], ["展销中心", "Organization"], ["交易中心", "Organization"], ["证券交易所", "Organization"], ["交易所", "Organization"], ["物流中心", "Organization"], ["集配中心", "Organization"], ["配送中心", "Organization"], ["仓储中心", "Organization"], ["分拣中心", "Organization"], ["集散中心", "Organization"], ["培训中心", "Organization"], ["培训站", "Organization"],
  // (Social workers' bodies and care centres are social organisations, not offices: 北京市大兴区青禾社会工作服务中心,
  // 阿里河镇社会工作服务站, 北京市西城区广外街道养老照料中心; a trade union's station for outdoor workers, 白音察干镇户外劳动者服务站.)
  // (So are the stations serving veterans, 宝昌镇退役军人服务站, 丰台区退役军人服务中心; their bureaus and the army's offices are
  // the state's: 太仆寺旗人民武装部.)
  ["退役军人服务站", "Organization"], ["退役军人服务中心", "Organization"], ["人民武装部", "Agency"], ["人武部", "Agency"],
  ["社会工作服务中心", "Organization"], ["社会工作服务站", "Organization"], ["社工服务中心", "Organization"], ["社工站", "Organization"], ["劳动者服务站", "Organization"], ["户外劳动者服务站", "Organization"], ["养老照料中心", "Organization"], ["日间照料中心", "Organization"], ["养老驿站", "Organization"], ["颐养中心", "Organization"], ["养老服务中心", "Organization"], ["养老服务指导中心", "Organization"], ["托养服务中心", "Organization"],
  // (So are the bodies of social work's growth and guidance, charities' centres, the old's and a community's, and the homes villages keep for
  // children and women: 北京市东城区和光社会工作发展中心, 北京市石景山区同心公益服务中心, 北京兴华爱心助学服务中心, 后房子村儿童之家; and the centres protecting and guiding children's welfare, 巴林右旗未成年人救助保护中心, 阿尔山市儿童福利指导中心.)
  // (And halls and centres showing a place's produce: 库伦旗农特产品展销体验馆, 突泉好粮品牌展示中心.)
  ["体验馆", "Organization"], ["展示中心", "Organization"],
  // (And centres of the young's science and activities: 房山区青少年科技活动中心, 北京市海淀区青少年科技教育中心.)
  ["科技活动中心", "Organization"], ["科技教育中心", "Organization"],
  // (And the disabled's centres of care, aids and service, kept by their federation, and the homes towns keep for them: 太仆寺旗辅助器具
  // 服务中心, 察右前旗残疾人综合服务中心, 北京市昌平区残疾人康复服务指导中心, 平地泉镇残疾人托养中心, 宝昌镇残疾人之家; a trade's centres of
  // technical service: 北京市房山区纺织服装技术服务中心, 巴林左旗风电运维服务中心.)
  ["康复服务指导中心", "Organization"], ["辅助器具服务中心", "Organization"], ["辅具服务中心", "Organization"], ["残疾人综合服务中心", "Organization"], ["残疾人服务中心", "Organization"],
  ["残疾人托养中心", "Organization"], ["残疾人之家", "Organization"], ["技术服务中心", "Organization"], ["运维服务中心", "Organization"],
  // (So are the old's canteens and stations of care a village or a town keeps: 哈日干吐嘎查老年食堂, 巴音乌兰嘎查养老服务站,
  // 坤都镇老年助餐服务中心.)
  ["老年食堂", "Organization"], ["养老服务站", "Organization"], ["助餐服务中心", "Organization"],
  ["社会工作发展中心", "Organization"], ["社会工作指导中心", "Organization"], ["公益服务中心", "Organization"], ["助学服务中心", "Organization"], ["爱心服务中心", "Organization"], ["志愿服务中心", "Organization"], ["老年服务中心", "Organization"], ["为老服务中心", "Organization"], ["社区服务中心", "Organization"], ["儿童之家", "Organization"], ["妇女之家", "Organization"], ["救助保护中心", "Organization"], ["儿童福利指导中心", "Organization"],
  // (Studios named for a model worker, a master or a place: 赵红梅劳模创新工作室, 伊尔施镇桦树皮画工作室.)
  ["工作室", "Organization"], ["工坊", "Organization"], ["志愿服务队", "Organization"], ["志愿队", "Organization"], ["护鸟队", "Organization"], ["护林队", "Organization"], ["巡护队", "Organization"], ["观鸟社", "Organization"], ["宣讲团", "Organization"], ["讲师团", "Organization"], ["团委", "Organization"], ["团工委", "Organization"],
  // (The youth league's young pioneers' committee and its school, and a youth federation's short name: 西城区少工委, 北京市通州区团校, 顺义区青联.)
  ["少工委", "Organization"], ["团校", "School"], ["青联", "Organization"],
  // (Stations of experts and science yards a university or academy keeps in a banner, and its trial bases: 库伦旗荞麦专家工作站,
  // 敖汉旗谷子科技小院, 千斤沟镇马铃薯试验示范基地.)
  ["专家工作站", "Organization"], ["科研工作站", "Organization"], ["研究生支教团", "Organization"], ["医养结合中心", "Organization"], ["医养结合服务中心", "Organization"], ["联合实验室", "Organization"], ["联合实验站", "Organization"], ["研究站", "Organization"], ["奶食坊", "Enterprise"], ["咖啡馆", "Enterprise"], ["咖啡屋", "Enterprise"], ["咖啡店", "Enterprise"], ["奶咖店", "Enterprise"], ["咖啡驿站", "Enterprise"], ["奶咖驿站", "Enterprise"], ["创新实践基地", "Organization"], ["科技小院", "Organization"], ["标本馆", "Organization"], ["植物园", "Organization"], ["种子站", "Agency"], ["种子管理站", "Agency"], ["良种场", "Enterprise"], ["菌种站", "Enterprise"], ["试验示范基地", "Organization"],
  // (Zones and parks of trade: 二连浩特京平国际陆港物流园, 满洲里综合保税区, 二连浩特跨境电商直播基地.)
  ["物流园", "Organization"], ["物流园区", "Organization"], ["保税区", "Organization"], ["直播基地", "Organization"],
  // (Bases of air rescue, of filming, of wellness stays and camps for visitors: 兴安盟航空医疗救援基地, 罕山影视外景基地, 阿尔山市白狼峰康养旅居基地, 罕山星空露营地,
  // 索伦河谷自驾车营地, 宝昌城郊露营公园.)
  ["救援基地", "Organization"], ["零工驿站", "Organization"], ["影视基地", "Organization"], ["拍摄基地", "Organization"], ["外景基地", "Organization"], ["康养基地", "Organization"], ["旅居基地", "Organization"], ["康养营地", "Organization"], ["露营地", "Organization"], ["自驾车营地", "Organization"], ["房车营地", "Organization"], ["运动营地", "Organization"], ["徒步营地", "Organization"], ["飞行营地", "Organization"], ["滑翔伞营地", "Organization"], ["露营公园", "Organization"], ["露营点", "Organization"],
  // (Ports of entry and zones of development and border trade, named for their place: 二连浩特公路口岸, 策克口岸, 赤峰高新技术产业开发区,
  // 二连浩特边境经济合作区.)
  ["口岸", "Organization"], ["开发区", "Organization"], ["经济合作区", "Organization"],
  // (Centres serving e-commerce are run for trade, not offices of government, though public: 扎赉特旗电子商务公共服务中心,
  // 察右前旗京蒙协作电商服务中心; and bases hatching it and parks of processing: 鄂伦春自治旗直播电商孵化基地, 宁城县返乡创业孵化园, 八里罕镇众创空间, 巴林左旗返乡创业园, 四子王旗奶食品标准化加工园区.)
  ["电子商务公共服务中心", "Organization"], ["电子商务服务中心", "Organization"], ["电商公共服务中心", "Organization"], ["电商服务中心", "Organization"], ["电商服务站", "Organization"], ["电子商务服务站", "Organization"],
  ["孵化基地", "Organization"], ["孵化中心", "Organization"], ["孵化园", "Organization"], ["返乡创业孵化园", "Organization"], ["返乡创业园", "Organization"], ["众创空间", "Organization"], ["创业园", "Organization"], ["加工园区", "Organization"],
  ...SERVICE_SUFFIXES, // (Bodies of services, jobs and shops, and airports: see service-suffixes.)
  // (Scenic areas and forest parks are run as bodies: 玉龙沙湖景区, 阿尔山国家森林公园.)
  ["景区", "Organization"], ["湿地公园", "Organization"], ["自然保护区", "Organization"], ["动物园", "Organization"], ["野生动物救护中心", "Organization"], ["救护中心", "Organization"], ["救助中心", "Organization"], ["野生动物救护站", "Organization"], ["救护站", "Organization"], ["救护点", "Organization"], ["观鸟会", "Organization"], ["旅游区", "Organization"], ["度假区", "Organization"], ["旅游中心", "Organization"], ["公园", "Organization"], ["国家森林公园", "Organization"], ["森林公园", "Organization"],
  // (Bases, parks and centres of growing and breeding, named with their place: 察右后旗马铃薯脱毒种薯繁育基地, 科右前旗京蒙农业科技
  // 示范园, 达茂旗肉羊良种繁育中心; a kind alone, 养鸭基地, is none.)
  ["示范基地", "Organization"], ["繁育基地", "Organization"], ["种植基地", "Organization"], ["养殖基地", "Organization"], ["产业基地", "Organization"],
  ["育苗基地", "Organization"], ["示范园区", "Organization"], ["示范园", "Organization"], ["繁育中心", "Organization"], ["育苗中心", "Organization"], ["试验站", "Organization"],
  // (And bases of training, kept apart from bases of growing and making, which are bodies only with their place: 库伦旗京蒙协作就业技能培训基地.)
  ["培训基地", "Organization"], ["实训基地", "Organization"],
  // (And of research, care and charity: 北京市谷物研究中心, 鄂伦春自治旗第二社会福利中心, 科左中旗慈善总会.)
  ["研究中心", "Organization"], ["福利中心", "Organization"], ["慈善总会", "Organization"],
  // (Culture and sport: 昌平区文化馆, 太仆寺旗乌兰牧骑, 北京歌剧舞剧院, 顺义区民族乐团, 延庆区体校, 东胜村农家书屋, 北京科学中心.)
  ["文化馆", "Organization"], ["图书馆", "Organization"], ["分馆", "Organization"], ["农家书屋", "Organization"], ["创作中心", "Organization"], ["动漫社", "Organization"], ["漫画社", "Organization"], ["草原书屋", "Organization"], ["职工书屋", "Organization"], ["科学中心", "Organization"], ["科普中心", "Organization"], ["科学馆", "Organization"], ["天文台", "Organization"], ["博物馆", "Organization"], ["博物院", "Organization"], ["文物保护中心", "Organization"], ["文物管理所", "Organization"], ["文物管理处", "Organization"], ["画院", "Organization"], ["书画院", "Organization"], ["艺术馆", "Organization"], ["文化活动中心", "Organization"], ["文物保护所", "Organization"], ["管理处", "Organization"], ["非遗保护中心", "Organization"], ["非物质文化遗产保护中心", "Organization"], ["文化服务中心", "Organization"], ["市民文化中心", "Organization"], ["文化中心", "Organization"], ["阅读中心", "Organization"], ["文物保护管理所", "Organization"], ["考古工作站", "Organization"], ["纪念馆", "Organization"], ["村史馆", "Organization"], ["展示馆", "Organization"], ["新时代文明实践所", "Organization"], ["新时代文明实践站", "Organization"], ["新时代文明实践中心", "Organization"], ["美术馆", "Organization"], ["科技馆", "Organization"],
  // (Publishers and bookshops are businesses: 人民文学出版社, 中国少年儿童新闻出版总社, 北京出版集团, 中华书局, 通辽市新华书店.)
  ["出版社", "Enterprise"], ["出版总社", "Enterprise"], ["出版集团", "Enterprise"], ["发行集团", "Enterprise"], ["书局", "Enterprise"], ["书店", "Enterprise"],
  // (Youth centres and bases of study tours and of teaching the young: 北京市东城区青少年活动中心, 正镶白旗明安图科学文化研学实践基地,
  // 库伦旗青少年禁毒教育基地.)
  // (Centres of sport and fitness, named with their place: 北京市东城区青少年冰雪运动中心, 宁城县全民健身中心.)
  ["运动中心", "Organization"], ["健身中心", "Organization"], ["训练中心", "Organization"], ["训练馆", "Organization"],
  // (Ski resorts and ice parks are businesses; a team of skaters or skiers is a club.)
  // (A union's centres and homes of its workers are its own, a society's; a sanitation centre is a government's, no clinic.)
  ["职工服务中心", "Organization"], ["职工之家", "Organization"], ["疗休养中心", "Organization"], ["暖心驿站", "Organization"], ["人才驿站", "Organization"], ["环境卫生服务中心", "Agency"],
  // (Teams that fight forest and grass fires are units of their own, as rescue teams are.)
  ["森林消防队", "Organization"], ["扑火队", "Organization"],
  ["滑雪场", "Enterprise"], ["冰雪乐园", "Enterprise"], ["滑雪队", "Organization"], ["速滑队", "Organization"], ["冰球队", "Organization"],
  // (Sports teams and the bases they train at: 北京市曲棍球队, 四子王旗搏克训练基地; a school's team is its own part, see OWN_PARTS.)
  ["曲棍球队", "Organization"], ["广场舞队", "Organization"], ["足球队", "Organization"], ["篮球队", "Organization"], ["排球队", "Organization"], ["摔跤队", "Organization"], ["田径队", "Organization"], ["拳击队", "Organization"], ["击剑队", "Organization"], ["体操队", "Organization"], ["赛艇队", "Organization"], ["皮划艇队", "Organization"], ["游泳队", "Organization"], ["射击队", "Organization"], ["射箭队", "Organization"], ["武术队", "Organization"], ["举重队", "Organization"], ["柔道队", "Organization"], ["棒球队", "Organization"], ["训练基地", "Organization"], ["教学实践基地", "Organization"],
  ["少年宫", "Organization"], ["青少年宫", "Organization"], ["活动中心", "Organization"], ["妇女儿童活动中心", "Organization"], ["儿童活动中心", "Organization"], ["青少年活动中心", "Organization"], ["校外活动中心", "Organization"], ["科学技术馆", "Organization"], ["研学实践基地", "Organization"], ["研学基地", "Organization"], ["研学营地", "Organization"], ["训练营地", "Organization"], ["研学驿站", "Organization"], ["教育基地", "Organization"], ["综合文化站", "Organization"], ["文化站", "Organization"], ["传习所", "Organization"], ["乌兰牧骑", "Organization"], ["歌舞团", "Organization"], ["剧团", "Organization"], ["评剧团", "Organization"], ["京剧团", "Organization"], ["晋剧团", "Organization"], ["话剧团", "Organization"], ["剧场", "Organization"], ["艺术团", "Organization"], ["演出队", "Organization"], ["文艺队", "Organization"], ["曲艺队", "Organization"], ["杂技队", "Organization"], ["传承队", "Organization"], ["剧社", "Organization"], ["文艺宣传队", "Organization"], ["剧院", "Organization"], ["舞剧院", "Organization"], ["乐团", "Organization"], ["曲艺团", "Organization"], ["杂技团", "Organization"], ["舞蹈团", "Organization"], ["体校", "School"], ["特殊教育中心", "School"], ["特教中心", "School"],
  ["发展和改革委员会", "Agency"], ["疾病预防控制中心", "Agency"], ["预防控制中心", "Agency"], ["疾控中心", "Agency"], ["工作站", "Agency"], ["推广站", "Agency"], ["总站", "Agency"], ["服务站", "Agency"], ["兽医站", "Agency"], ["畜牧站", "Agency"], ["植保站", "Agency"], ["检疫站", "Agency"], ["防治检疫站", "Agency"], ["地震台", "Organization"], ["地震监测站", "Organization"], ["植检站", "Agency"], ["农技站", "Agency"], ["林业站", "Agency"], ["草原站", "Agency"], ["水利站", "Agency"], ["监督站", "Agency"], ["勘测站", "Agency"], ["监测站", "Organization"], ["检测站", "Organization"], ["水文站", "Agency"], ["农机站", "Agency"], ["推广中心", "Agency"], ["教委", "Agency"], ["卫健委", "Agency"], ["发改委", "Agency"], ["组织部", "Agency"], ["宣传部", "Agency"], ["统战部", "Agency"], ["社会工作部", "Agency"], ["发展和改革局", "Agency"], ["管理委员会", "Agency"], ["管委会", "Agency"], ["常委会", "Agency"], ["政协", "Agency"], ["执法总队", "Agency"], ["执法队", "Agency"], ["执法中队", "Agency"], ["总队", "Agency"], ["办公室", "Agency"], ["办事处", "Agency"], ["联络处", "Agency"], ["部门", "Agency"], ["委员会", "Agency"],
  // (Fire and rescue brigades, emergency centres and stations of forestry: 北京市怀柔区消防救援支队, 多伦县消防救援大队,
  // 延庆区应急指挥中心, 密云区园林绿化局林业保护站. Reserve centres are institutions: see the laboratories below.)
  ["消防救援支队", "Agency"], ["消防救援大队", "Agency"], ["消防救援站", "Agency"], ["救援大队", "Agency"], ["专职消防队", "Agency"], ["消防队", "Agency"],
  // (Volunteer rescue teams are social bodies, not brigades of the state: 北京亦庄蓝天救援队.)
  ["救援队", "Organization"],
  ["公共资源交易中心", "Agency"], ["不动产登记中心", "Agency"], ["登记中心", "Agency"], ["指挥中心", "Agency"], ["保护站", "Agency"], ["管护站", "Agency"], ["管护中心", "Agency"], ["化工园区", "Organization"],
  // (Bodies of the digital economy and their parks: 察右后旗大数据中心, 石景山区数字经济促进中心, 中关村软件园, 科右前旗数字经济产业孵化园.)
  ["大数据中心", "Agency"], ["促进中心", "Agency"], ["软件园", "Organization"], ["孵化园", "Organization"], ["新区", "Organization"], ["科技园区", "Organization"], ["科学城", "Organization"],
  // (Inspection and enforcement brigades: 海淀区劳动保障监察大队, 旗农牧局综合行政执法大队.)
  ["监察大队", "Agency"], ["执法大队", "Agency"], ["稽查大队", "Agency"], ["监察支队", "Agency"], ["执法支队", "Agency"],
  // (The police's detachments and posts: 海淀交通支队, 科右前旗公安局交通管理大队, 北京市公安局治安管理总队, 天池景区警务站.)
  ["交通支队", "Agency"], ["交通管理支队", "Agency"], ["交通管理大队", "Agency"], ["交管大队", "Agency"], ["交管支队", "Agency"], ["交警大队", "Agency"], ["交警支队", "Agency"],
  ["治安管理总队", "Agency"], ["警务站", "Agency"], ["警务室", "Agency"],
  // (Laboratories that test food and produce are public institutions, not offices of government: 北京市丰台区食品药品检验所,
  // 阿鲁科尔沁旗食品检验检测中心, 北京市食品安全监控和风险评估中心.)
  // (So are the centres that keep a unit's reserves: 阿旗粮食和物资储备中心, 库伦旗应急物资储备中心.)
  ["储备中心", "Organization"], ["检验检测中心", "Organization"], ["检测中心", "Organization"], ["检验站", "Organization"], ["质量安全中心", "Agency"], ["检验所", "Organization"], ["快检中心", "Organization"], ["监控中心", "Organization"], ["风险评估中心", "Organization"],
  ["人民检察院", "Agency"], ["检察院", "Agency"], ["人民法院", "Agency"], ["人民法庭", "Agency"], ["法院", "Agency"], ["司法所", "Agency"], ["仲裁院", "Agency"], ["养护中心", "Agency"], ["养护服务中心", "Agency"], ["税务所", "Agency"], ["财政所", "Agency"], ["经营管理站", "Agency"], ["经管站", "Agency"], ["税务分局", "Agency"], ["市场监督管理所", "Agency"], ["市场监管所", "Agency"], ["监测中心", "Organization"], ["档案中心", "Agency"], ["方志馆", "Organization"], ["灌区", "Organization"], ["苗圃", "Organization"], ["农贸市场", "Enterprise"], ["红白理事会", "Organization"], ["村民理事会", "Organization"], ["乡贤理事会", "Organization"], ["登记处", "Agency"], ["监督所", "Agency"], ["法律援助中心", "Agency"], ["公证处", "Agency"], ["调解委员会", "Organization"], ["派出所", "Agency"], ["海关", "Agency"],
  // (Archives and the offices of chronicles and statistics in towns are the government's: 北京市昌平区档案馆, 太仆寺旗档案史志馆,
  // 溪翁庄镇统计所, 库伦镇统计站.)
  // (So are the weather service's observatories, national stations and centres: 北京市气象台, 库伦旗国家气象观测站, 北京市人工影响
  // 天气中心, 北京市气象探测中心; an automatic station, 自动气象观测站, is a kind of device.)
  ["气象台", "Agency"], ["国家气象观测站", "Agency"], ["人工影响天气中心", "Agency"], ["气候中心", "Agency"], ["气象探测中心", "Agency"],
  ["档案馆", "Agency"], ["档案史志馆", "Agency"], ["史志馆", "Agency"], ["统计所", "Agency"], ["统计站", "Agency"],
  ["人民政府", "Agency"], ["行政公署", "Agency"], ["分局", "Agency"], ["局", "Agency"], ["厅", "Agency"], ["办", "Agency"], ["委", "Agency"], ["对口支援合作处", "Agency"], ["支援合作处", "Agency"],
];

export const LOCALITY_SUFFIXES: [string, LocalityLabel][] = [
  // (地区 only where the gazetteer knows the name: Beijing registers towns so, 太阳宫地区; 受援地区 is none.)
  ["街道", "Township"], ["苏木", "Township"], ["地区", "Township"], ["镇", "Township"], ["乡", "Township"],
  ["嘎查", "Village"], ["社区", "Village"], ["村", "Village"],
];

/** Single-character endings need a longer name before them: 局 alone ends 格局 and 布局 too. */
export const SHORT_SUFFIX_MIN_CORE = 2;

/** Whole words that end like an institution or locality but are common nouns. */
export const COMMON_WORDS = new Set([
  "展厅", "大厅", "餐厅", "客厅", "门厅", "乡村振兴", "扶贫", "脱贫攻坚", "产业", "格局", "布局", "大局", "结局", "全局", "当局", "开局", "时局", "政局", "骗局", "饭局", "棋局", "残局", "赌局",
  "举办", "开办", "创办", "承办", "主办", "协办", "代办", "督办", "怎么办", "兴办", "查办", "包办", "筹办", "试办", "领办", "合办",
  "互联网", "物联网", "电网", "管网", "路网", "上网", "官网", "联网", "网", "局域网", "光网", "农网", "全网",
  "乡村", "城乡", "农村", "新农村", "全村", "该村", "本村", "各村", "进村", "驻村", "行政村", "贫困村", "嘎查村", "示范村", "试点村",
  "自然村", "重点村", "中关村", "魏公村", "亚运村", "奥运村", "地球村", "度假村", "中心村", "村村", "邻村", "乡镇", "城镇", "坐镇", "村镇", "集镇", "小镇", "重镇", "家乡", "故乡", "下乡", "沙乡", "水乡", "山乡", "他乡", "异乡",
  "老乡", "他乡", "异乡", "城市", "社区", "嘎查", "苏木", "全乡", "该乡", "全镇", "该镇", "街道",
  "中小学", "大中小学", "高校", "母校", "学校", "医院", "公司", "集团", "政府", "党委", "市委", "区委", "旗委", "县委", "盟委", "委",
  "常委", "工委", "党工委", "财政协", "市政府", "区政府", "旗政府", "县政府", "各级政府", "地方政府", "人民政府", "党政", "党委政府",
]);

/** A phone number, perhaps labelled, its last digits masked or not (010-68872317, 电话：0476-4222603, 0471-696XXXX): a pattern's
 * source, for a contact's line read in recognise and in relate alike. */
export const PHONE = "(?:电话|手机)?[:：]?[0-9][0-9\\-－— ]{6,}[×*Xx]*";

/** Labels a notice writes a person's name after (联系人：马骁, 组长：孟庆和…): a pattern's source. */
/** Headers over a column of people stationed in villages, which may stand last in a table's header (律师事务所 | 结对嘎查村 | 驻点律师),
 * or anywhere before a bar (嘎查（村） | 法律顾问 | 结对律师事务所). */
export const STATIONED_HEADERS = "驻点律师|驻村律师|派驻律师|驻村干部|驻村第一书记|驻村法律顾问|村居法律顾问|村（居）法律顾问|法律顾问";
/** Headers over columns that give each person sent with a term after the name (派驻人员及期限 | 李明轩（教授）1年). */
export const TERMED_HEADERS = "派驻人员及期限|派出人员及期限";
/** A term closing a cell after a name (李明轩（教授）1年). */
export const TERM_AT_END = /([0-9一二两三四五六七八九十半]+(?:个月|年|学期|学年))$/;
/** Headers over the people who run a row's body (负责人, 创业青年 beside 经营主体): the body is where they work. */
export const RUNNER_HEADERS = "负责人|带头人|创业青年|创业者|经营者|创办人|法定代表人";
/** Headers over a column of experts sent, or of those one side's part of a pair is in the charge of (派驻专家, 北京方负责人). */
export const SENT_HEADERS = "派驻专家|派出专家|帮扶专家|驻点专家|(?:北京方|京方|蒙方|受援方|帮扶方|结对方|项目|学校|医院)负责人";
/** The labels of a meeting's programme before a speaker's name (致辞：何建新，…; 分享人：高娃，…). */
export const PROGRAMME_LABELS = "主持人|致辞|分享人|主讲人|发言人|报告人|点评人|点评嘉宾|对话嘉宾|主讲嘉宾";
/** A label's English gloss before its colon, as conference materials print it (致辞 Remarks：, 主持人 Moderator：). */
export const LABEL_GLOSS = "(?:[ \\t\u3000]*[A-Za-z][A-Za-z .&/-]{0,30}?)?";
export const PERSON_LABELS = "口述|联系人|项目联系人|编制人|填报人|制表人|起草人|报送人|记录人|编写人|翻译|采购人联系人|联系方式|负责人|项目经理|项目负责人|经办人|组长|副组长|成员|签发人|审核人|联络员|作者|撰稿|撰文|执笔人|执笔|撰稿人|供稿|责任编辑|值班编辑|编辑|责编|美编|主编|审核|审校|校对|初审|复审|终审|监制|总监制|文字|摄影|摄像|图片|图文|文图|编导|剪辑|编译|整理|采写|记录|出品人|总导演|导演|制片人|解说|配音|策划|统筹|领队|带队|教练|主教练|技术指导|指导老师|指导教师";

/** Bodies whose names end in a common word (政局 of 财政局): their ending is a body's, not the word's. */
export const BODIES_ENDING_IN_WORDS = new Set(["财政局", "民政局", "邮政局", "市政局", "行政局", "猎民村", "移民村"]);

/** Words that may stand inside a name although jieba tags them as verbs (开发 in 农牧业开发有限责任公司). */
export const NAME_VERBS = new Set([
  "开发", "发展", "合作", "服务", "管理", "建设", "投资", "控股", "养殖", "种植", "加工", "销售", "经营", "运营", "创新",
  "研究", "培训", "教育", "监管", "执法", "振兴", "支援", "输出", "流动", "扶贫", "帮扶", "协作", "消费", "交流", "保障",
  "设计", "咨询", "生产", "制造", "批发", "贸易", "联合", "促进", "保护", "救助", "卫生", "保健", "医疗", "技术", "实验",
  "示范", "孵化", "创业", "就业", "组织", "推广", "检测", "规划", "监督", "审计", "改革", "防控", "应急", "救护", "急救", "治理", "统计", "融", "办",
  // (And what bodies of reading, breeding, legal aid, mediation and a city's running do: 北京海淀阅读公益基金会, 林西县家畜改良工作站,
  // 法律援助中心, 北京经济技术开发区城市运行局.)
  "阅读", "改良", "繁育", "防疫", "援助", "调解", "仲裁", "救援", "健身", "运行",
  // (And what trade, registers, repairers and breakers of cars do: 果品产销协会, 购销合作社, 不动产登记事务中心, 电动车维修服务部, 报废汽车回收拆解有限公司.)
  "产销", "购销", "营销", "登记", "维修", "修理", "报废", "回收", "拆解",
  // (And the fields of a unit's committees and their offices, a centre's work of disposal and what it disposes of, and seedlings freed of viruses:
  // 太仆寺旗禁毒委员会办公室, 防汛抗旱指挥部, 库伦旗医疗废物集中处置中心, 库伦旗病死畜禽无害化处理中心, 太仆寺旗草莓脱毒种苗组培中心.)
  "禁毒", "戒毒", "防汛", "抗旱", "普法", "助残", "维稳", "集中", "处置", "病死", "处理", "脱毒",
]);

/** Verbs of sending and leading people, and of settling and signing, never inside a name whatever jieba tags them (选派 comes out as a noun). */
export const NAME_BREAKS = new Set([
  "选派", "派出", "派驻", "派遣", "选调", "选送", "委派", "指派", "援派", "互派", "建强", "邀请", "率领", "带领", "组织开展", "协调", "动员", "牵头",
  "叫做", "叫作", "名叫", "名为", "称为", "落户", "入驻", "扎根", "驻点", "蹲点", "签订", "签约", "对口", "托管", "所属", "下属", "组团", "挂任", "挂职", "担任", "任职",
  // Visiting and contacting take a body as their object (实地调研肉牛养殖合作社, 可联系兴安盟乡村振兴局).
  "调研", "考察", "走访", "看望", "慰问", "参观", "联系", "谢谢", "感谢",
  // (Nor does supplying, nor 主要 before it: 主要供给新发地农产品批发市场.)
  "供给", "主要",
  // (Nor does striving for what it is to reach: 力争格根塔拉草原旅游区年内通过…; nor the role a body plays: 基地经营主体四子王旗….)
  "力争", "主体",
  // (Nor forming one, nor buying from one, nor showing up at one: 支持乌兰胡舒嘎查组建肉牛养殖合作社, 以…的价格收购合作社育肥牛,
  // 四子王旗羊肉专柜亮相超市.)
  "组建", "收购", "亮相",
  // (Nor consulting a body, 经商北京市人民政府支援合作办公室同意; nor a trader's role before its name, 经销商北京京西鲜达商贸有限公司.)
  "经商", "经销商", "供应商", "采购商",
  // (Nor planning one as a whole, or again: 自治区农牧厅统筹规划种羊场, 帮助该旗重新规划儿童福利院.)
  "统筹", "统筹规划", "重新",
  // (Nor choosing its site: 项目选址产业园.)
  "选址",
  // Nor do posts held (王哲原任延庆区经济和信息化局副局长).
  "原任", "现任", "曾任", "历任", "时任", "前任",
  // (Nor verbs taking a body as their object, 负责合作社的农机, 扶持农民专业合作社, 纳入合作社规范化建设.)
  "负责", "扶持", "纳入", "发挥", "壮大", "念好",
  // (Nor handing over, nor an interview's 对话 or 专访 before whom it speaks with: 交由义发泉村…合作社运营, 对话普仁医院王立群.)
  "交由", "交给", "对话", "专访",
  // (经 alone is through whom a thing passes: 名单经学校推荐 names no school.)
  "经",
  // Nor do verbs of giving, linking or staying that take a body as their object (资助新惠中学, 连线天坛医院, 住进医院).
  "资助", "捐助", "捐赠", "连线", "住进", "依托",
  // Nor does one acting together with it (会同海淀区工商联).
  "会同", "协同",
  // Nor do verbs that ask a body to act (建议旗财政局…, 责令旗林业和草原局…).
  "建议", "要求", "责令", "督促", "提请", "报请",
  // A subsidiary's own name follows these (公司全资子公司化德亦智新能源有限公司).
  "子公司", "全资", "全资子公司", "控股子公司", "旗下",
  // Nor do verbs of matching, linking, summing up or directing money that take a body or place as object (牵线北京…有限公司,
  // 直连…医院, 总结热水汤村经验, 投向好腰苏木), nor one's old school (母校北京农学院).
  "牵线", "牵线搭桥", "搭桥", "直连", "总结", "投向", "母校",
  // (Nor do verbs of helping on and linking up: 东城区妇联助力阿尔山市巾帼工坊, 链接通州区慈善协会.)
  "助力", "链接",
  // (Nor do one entrusting and one holding shares: 委托北京华林碳汇技术服务有限公司, 股东北京京科新能源集团有限公司.)
  "委托", "股东",
]);

/** Word tags that end a name when met going left: prepositions, conjunctions, particles, pronouns, adverbs, verbs. */
export const STOP_TAGS = /^(p|c|u.*|r.*|d|v|vd|ad|y|e|o|q|f|t|z)$/;

/** Words of a trade that stand between an enterprise's trade name and its legal form (康瑞 + 农牧科技 + 有限公司). */
export const TRADE_WORDS = [
  "实业", "科技", "动漫", "动画", "影视", "游戏", "食品", "农业", "农牧业", "农牧", "牧业", "乳业", "控股", "投资", "能源", "新能源", "发展", "建设", "医药", "电力",
  "文化", "城市", "城建", "物业", "园林", "绿化", "工程", "传媒", "旅游", "文旅", "商贸", "贸易", "物流", "冷链", "国际", "产业", "矿业", "化工", "置业", "信息", "环保", "环境",
  "生物", "技术", "供应链", "管理", "新材料", "材料", "电子", "智能", "机械", "设备", "医疗", "器械", "服装", "服饰", "纺织", "制药",
  "药业", "餐饮", "饮食", "油脂", "电子商务", "电商", "网络", "数字", "健康", "建材", "装备", "制造", "畜牧", "肉类", "肉业", "种业", "羊绒",
  "精密", "光电", "汽车", "家政", "服务", "农产品", "新能源汽车", "云计算", "软件", "通信", "检测", "咨询", "智造", "机器人", "教育",
  // (And the produce a group trades in: 北京康源蔬菜集团 is 康源集团.)
  "蔬菜", "果蔬", "粮油", "乳品", "奶业", "饲料", "皮毛", "绒业", "毛纺", "针织", "针纺", "毛衫", "织造", "编织",
  "沙棘", "马铃薯", "薯业", "燕麦", "杂粮", "小米", "米业", "面业", "肉牛", "肉羊", "蜂业", "中药材", "药材", "蒙药", "种薯", "果业",
  "林业", "草业", "饮品", "酒业", "水产", "花卉", "苗木", "航空", "飞防", "植保", "无人机", "农机", "物联网", "大数据", "人工智能", "粮食", "储运", "储备", "仓储", "物资", "粮油储备", "家具", "家居", "木业", "出租汽车", "出租车", "公共交通", "公交", "客运", "运输", "交通",
];

/** Characters after a suffix that show it is the start of another word (学生, 局面, 办法, 网络, 景区村庄). */
export const CONTINUES: Record<string, RegExp> = {
  学: /^生(?!物)/, 景区: /^村(?:庄|落)/,
  // (学会 is learning too, 学会了用手机: a learned society only where no aspect or object follows.)
  学会: /^[了着过的这那怎如用说做看打开使一两几些]/, 局: /^[面势部限促长域]/, 办: /^[法理事学公好成到税起]/, 委: /^[员托屈婉会]/, 政协: /^[作议同助商]/, 网: /^[络点站购红民友上签室棚格袋约]/, 厅: /^[堂长]/,
  // (镇街 is towns and subdistricts together: 两地镇街互访; so is 镇村 before its levels, 规范镇村两级档案室; 镇痛 is analgesia, 患者自控镇痛.)
  // (局域网 is a network: 馆内局域网.)
  // (村民 is villagers, but 林俗村民宿 is 林俗村's guesthouses; 大学生村官 is a village official; 村屯 villages in general; 村部 a
  // village's office, 改造闲置村部, though 永兴村部分村民 is 永兴村's.)
  // (乡村 is the countryside, but 乌拉哈乡村民 is a town's villagers. 村医 is a village doctor, 骨干村医 names no village; nor
  // does a slogan, 县聘乡管村用.)
  // (社区卫生服务中心 is a kind of health centre: 月坛 of 西城区月坛社区卫生服务中心 names no community; nor does community corrections, 专职社区矫正工作者.)
  // (职专 of 兼职专家 is no school: 专家 goes on; nor is 联合会 of 联合会商 a federation.)
  职专: /^(家|业|门|职|科|班)/, 联合会: /^商/,
  校: /^(?:长|园(?![艺林])|医(?!学))/, 镇: /^(?:[定静压街痛级]|村(?:两级|级|干部|联动|一体)|镇(?:结对|共建|联建|协作))/, 乡: /^(?:[亲情土愁音里下镇]|管(?![理委])|村(?!民(?!宿)|干部))/, 村: /^(?:民(?![宿族俗居歌乐])|[里落庄头口委干集级组务子官企貌史屯用]|部(?!分)|医(?![务疗院保生]))/, 社区: /^(卫生服务|服务|矫正|[工居])/,
  园: /^[区林艺丁地长]/, 场: /^[所景面合地]/, 市: /^[场民值]/, 院: /^[长士子落]/, 报: /^[道告名表送]/,
  // (A street named after a body, 学院路街道, 医院路: the body's suffix goes on into the street's name.)
  学院: /^(路|南路|北路|街|大街)/, 医院: /^(路|街|大街)/, 大学: /^(路|街|城|生(?!物|态|命|产|活))/,
  // (A community or village named after a forest farm: 天池林场社区; or after a park, 博兴街道林肯公园社区.)
  林场: /^(社区|村|嘎查|街道|镇)/, 公园: /^(社区|小区)/, 灌区: /^(社区|村|嘎查|管理)/,
  // (A farm's owner is no farm: 永兴家庭农场农场主高占山.)
  农场: /^主/, 牧场: /^主/,
  // (An association's branch, but not a meeting's other venue: 分会场.)
  分会: /^场/,
  // (Or a village named after a sumu: 土贵乌拉镇三苏木村, 天山镇罕苏木嘎查, though 三苏木 reads as a sumu.)
  苏木: /^(?:村|嘎查(?!两级|村|干部|达))/,
};

/** Characters that, alone between a town and 村, make a word, not a village's name (驻村, 进村, 全村, 各村, 通村公路, 整村推进). */
export const SINGLE_NOT_CORE = /[驻进入到在通整下包全本该各每其这那个与和及或的了等对为从向把被由之是有将也都就还又并镇乡村县旗市区盟一二三四五六七八九十两几多数]/;
export const SCHOOL_STAGE = /^(小学|中学|初中|高中)$/;
export const SUBJECT = /^(数学|语文|英语|物理|化学|生物|历史|地理|政治|道德与法治|思想政治|音乐|美术|体育|科学|信息技术|心理)/;
export const BODY_END = /(院|所|中心|局|委|室|中学|学校)$/;

/** Halls a school or a firm may have of its own (舍伯吐镇中心学校图书馆, 房山区文化馆剧场), and the bodies that have them. */
export const HALL = /^(图书馆|博物馆|纪念馆|美术馆|科技馆|少年宫|剧场|训练馆)$/;
export const BODY_BEFORE_HALL = /(学校|小学|中学|大学|学院|中心校|医院|公司|集团|文化馆|剧院)$/;
