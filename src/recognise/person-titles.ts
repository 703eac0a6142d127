// The titles people are named with, before their names (主任医师崔平) or after them (何其帅老师).

/** Titles written after a name (何其帅老师, 习近平总书记). */
export const TITLES_AFTER = ["总书记", "副书记", "书记", "老师", "教师", "医生", "大夫", "院长", "校长", "局长", "主任", "主席", "教授",
  "班主任", "班级主任", "先生", "女士", "同志", "师傅", "经理", "董事长", "总经理", "村长", "嘎查长", "旗长", "县长", "市长", "区长", "盟长", "支书", "队长", "护士", "专家", "检察长", "法官", "检察官", "政委", "警官", "律师", "公证员",
  // (Ranks of research and farming, a table's cell spacing them from the name: 孙海涛研究员, 张宏伟 研究员.)
  "研究员", "副研究员", "助理研究员", "副教授", "博士", "农艺师", "高级农艺师", "畜牧师", "兽医师", "高级工程师", "院士",
  // (An old person named before the word: 三道杖房村的王淑芬老人.)
  "老人"];
/** Titles written before a name (主任医师崔平, 园区负责人付东阳, 记者陈力): the name may lack a Han surname (图雅). */
export const STRONG_TITLES_BEFORE = ["副主任医师", "主任医师", "主治医师", "书记", "主播", "负责人", "记者", "通讯员", "董事长", "总经理",
  "副旗长", "副县长", "副市长", "副区长", "副盟长", "旗长", "县长", "区长", "市长", "盟长", "镇长", "乡长", "苏木达", "嘎查达", "嘎查长", "第一书记",
  "副检察长", "检察长", "政委", "副政委",
  // (Those who present a programme: 主持人吴迪; a democratic party's chairs: 主委马丽君.)
  "主持人", "主委", "副主委"];
/** Titles that also start ordinary phrases (农民积极参与): the name must open with a surname. */
// (Ranks of civil servants first, read whole before the 主任 they hold: 二级主任科员钱磊.)
const WEAK_TITLES_BEFORE = ["一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "主任科员", "科员", "专家", "医生", "大夫", "教师", "老师", "院长", "校长", "干部", "副主任", "主任", "村民", "牧民", "农民", "居民", "市民", "务工人员", "脱贫户", "贫困户", "养殖户", "种植户", "妇女", "志愿者", "爱心人士", "总裁", "副总裁", "总监", "主管", "副总经理", "店长", "厂长", "场长", "副场长",
  "经理", "主任", "局长", "队长", "团长", "副团长", "领队", "组长", "支书", "护士长", "助产士长", "护士", "校医", "经办员", "经办人员", "焊工", "钳工", "厨师", "厨师长", "面点师", "酿造师", "酿酒师", "工艺美术师", "高级工艺美术师", "高级工艺师", "工艺师", "分割工", "裁判长", "毕业生", "主管护师", "护师", "主管技师", "技师", "治疗师", "康复师", "社会工作师", "社工师", "医师", "副院长", "副校长", "工程师", "架构师", "技术经理人", "农艺师", "兽医师", "畜牧师", "教练", "主教练", "兽医", "教授", "副教授", "研究员", "讲师",
  "委员", "干事", "法官", "检察官", "庭长", "副庭长", "所长", "站长", "会长", "理事长", "秘书长", "处长", "副处长", "科长", "副科长", "股长", "副股长", "调研员", "巡视员", "副巡视员", "副主席", "主席", "厅长", "副厅长", "技术员", "农技员", "领队", "队员", "工作队员",
  "部长", "馆长", "社长", "行长", "园长", "台长", "主编", "演员", "歌手", "舞蹈演员", "研究生", "博士生", "硕士生", "民警", "警官", "干警", "辅警", "教导员", "员工",
  // (Kin, workmates, members and trainees named: 社员宝音说, 官员王磊, 妻子周敏是…的护士, 哥哥王志刚去年…进入…公司, 徒弟贾永强, 技术骨干魏东, 学员张宇, 青年阿拉腾.)
  // (Pupils and students by their grade or kind: 初二学生孙一诺, 大学生王萌.)
  "学生", "小学生", "中学生", "大学生", "实习生",
  "社员", "官员", "妻子", "丈夫", "爱人", "媳妇", "老伴", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "父亲", "母亲", "爸爸", "妈妈", "爷爷", "奶奶", "徒弟", "同事", "骨干", "学员", "青年", "助产士", "药师", "营养师", "麻醉师", "检验师", "护理员", "质检员",
  // (Trades of culture and sport: 舞蹈辅导员韩晓彤, 馆员鄂晨阳, 副会长郝建平, 女主人乌云其木格.)
  "辅导员", "演奏员", "馆员", "讲解员", "副会长", "农技人员", "技术人员", "专业技术人员", "工作人员", "业务人员",
  // (Students, visitors and big growers named: 学生乌日娜, 游客高淑芬, 种植大户敖云峰.)
  "学生", "游客", "种植大户", "养殖大户", "大户", "专干", "电商专干", "达人", "电商达人", "姑娘", "小伙", "小伙子", "副理事长", "女主人", "男主人",
  // (A firm's officers by their trade: 招聘专员钟雪, 客服专员.)
  "专员",
  // (And colleagues by the body they share: 同院的秦悦, 同校的李娜.)
  "同院的", "同校的", "同科室的",
  // (Lawyers and their firms' partners, and those who guide and liaise for job seekers: 律师孟晓霞, 合伙人马骏, 联络员李秀梅.)
  "律师", "合伙人", "联络员", "职业指导员", "指导员",
  // (And those of sport: 教练员杨帆, 运动员, 裁判员.)
  "教练员", "运动员", "裁判员", "裁判", "教研员",
  // (And those who supervise graduates: 博士生导师杨振邦.)
  "导师", "博士生导师", "硕士生导师",
  // (And those of a degree: 中国农业大学博士陈立群, 北京理工大学博士后王子健, 医学博士田野.)
  "博士", "博士后", "硕士",
  // (Social workers, bearers of a craft and a composer: 社工李佳蔚, 中级社工师, 传承人沈玉岚, 社区工作者周晓雯, 作曲马骁.)
  "社工", "社工师", "社会工作者", "社区工作者", "传承人", "作曲", "编导", "技术总监",
  // (Young cadres chosen for a village or a post: 大学生村官李思远, 选调生周子涵.)
  "村官", "大学生村官", "选调生",
  // (And the trades of a newsroom: 编辑刘思远, 摄像师, 剪辑师.)
  "编辑", "摄像", "摄像师", "剪辑师",
  // (Campers, the elderly and patients' kin: 营员高娃, 牧民老人道尔吉, 患者家属李桂兰.)
  "营员", "老人", "家属", "患者",
  // (Children by their grade or class, or as children: 四年级的高娜日苏, 四（3）班的王奕辰, 三年级男孩赵子墨.)
  "年级的", "班的", "男孩", "女孩", "小男孩", "小女孩",
  // (And those who keep a place: 书屋管理员徐秀梅.)
  "管理员",
  // (Those who watch forests, roads and weather, fight fires and keep a grid: 护林员乌力吉, 道班班长韩永富, 测报员萨仁高娃, 消防员额尔敦, 教官孙浩.)
  "护林员", "巡护员", "管护员", "护路员", "养路工", "班长", "班组长", "测报员", "预报员", "观测员", "消防员", "指战员", "话务员", "接线员", "教官", "网格员", "信息员", "防疫员", "扑火队员",
  // (And those of sport by what they ride, wrestle or love: 骑手其木格, 搏克手, 搏克爱好者张一鸣.)
  "骑手", "选手", "搏克手", "摔跤手", "爱好者",
  // (And those who guide and host travellers or play for them: 导游娜仁, 景区向导巴雅尔, 民宿经营户张桂芝, 马头琴手朝鲁.)
  "导游", "向导", "经营户", "马头琴手", "琴手", "主人", "业主", "店主", "场主",
  // (And officers of courts and notaries: 审判员许文博, 公证员马骁, 调解员杨国栋.)
  "审判员", "书记员", "法官助理", "公证员", "调解员", "人民调解员",
  // (And those who care for the old and oversee them: 护理工人萨仁高娃, 护理培训督导王璐瑶, 老林业工人刘振山.)
  "护理工人", "护理工", "护工", "督导", "工人",
  // (And fellows of a supervisor: 常悦和同门赵一鸣.)
  "同门", "师兄", "师姐", "师弟", "师妹",
  // (Writers and artists: 鄂伦春族作家敖长福, 画家, 诗人, 巴林石雕刻艺人其木格.)
  "作家", "画家", "诗人", "书法家", "摄影家", "艺人",
  // (And masters of a craft and its workers: 工艺美术大师孙玉华, 绣娘娜仁高娃.)
  "大师", "绣娘", "织娘",
  // (And those who plan and design: 规划师王思源, 总规划师杨静, 建筑师, 设计师.)
  "规划师", "总规划师", "高级规划师", "建筑师", "总建筑师", "设计师", "总设计师",
  // (Assistants to an officer, a village's doctor, a restorer of relics, a miner and those who keep a kind of livestock: 检察官助理高娃,
  // 村医李凤霞, 文物修复师韩冰, 老矿工韩玉山, 养驴户额尔敦.)
  "助理", "检察官助理", "村医", "修复师", "矿工", "养牛户", "养羊户", "养驴户", "养马户", "养蜂户", "养鸡户",
  // (Those who test, dispatch, drive, keep safe, broker, deal and sell (经纪人白玉山, 批发商王建设), police officers by their rank, traders and veterans: 检验员刘洋, 调度员萨仁,
  // 一级警长徐朗, 商户王春生, 退役军人于春海.)
  "经纪人", "牲畜经纪人", "批发商", "经销商", "收购商", "采购商", "检验员", "化验员", "检疫员", "调度员", "驾驶员", "司机", "安全员", "保管员", "保洁员", "协管员", "快递员", "配送员", "营业员", "售货员", "收银员",
  "统计员", "会计", "出纳", "警长", "一级警长", "二级警长", "警员", "交警", "特警", "乘务员", "商户", "摊主", "退役军人", "军人", "老兵",
  // (And those who show films in the villages: 六家子镇放映员包金山.)
  "放映员", "电影放映员",
  // (Hunters and fishers, and those who fit limbs, massage or treat: 猎民孟宝林, 假肢矫形师刘振宇, 按摩师, 理疗师, 验光师.)
  "猎民", "渔民", "矫形师", "假肢矫形师", "假肢师", "按摩师", "推拿师", "理疗师", "针灸师", "验光师", "视光师", "配镜师",
  // (And forensic examiners by their grade: 法医吴振江, 主任法医师郭振宇.)
  "法医", "法医师", "主检法医师", "副主任法医师", "主任法医师",
  // (Those who plan radiotherapy, and a department's chief: 物理师陈思远, 医学物理师周蕾, 首席医生蒋卫东.)
  "物理师", "医学物理师", "首席医生", "首席专家",
  // (And those who dispense, direct, found and run a firm or lead its engineering: 药剂师郑海燕, 动画导演刘思源, 首席执行官马骁,
  // 创始人陆薇, 总工程师韩冬.)
  "药剂师", "主管药师", "主任药师", "副主任药师", "导演", "首席执行官", "执行官", "创始人", "联合创始人", "总工程师", "副总工程师", "总农艺师",
  // (Growers by their crop, mothers and parents named, and an old hand: 果农白玉梅, 菜农, 宝妈乌日娜, 家长王春燕, 老师傅李振海.)
  "果农", "菜农", "瓜农", "花农", "茶农", "菇农", "椒农", "薯农", "奶农", "宝妈", "家长", "学生家长", "老师傅",
  // (Keepers of other livestock, grandchildren, mothers-to-be, shop owners, the disabled and starters of a business: 养鹅户刘长福, 孙子图门,
  // 孕妇杨晓丽, 老板李宝山, 残疾人孟淑贤, 创业者额尔敦.)
  "养鹅户", "养鸭户", "养猪户", "养鱼户", "养兔户", "养驼户", "孙子", "孙女", "外孙", "外孙女", "孕妇", "产妇", "老板", "老板娘", "残疾人", "创业者",
  // (Those who broadcast, keep accounts, fit hearing aids, lead a band or a customs house, and deputies: 播音员苏和, 会计师董晓萌,
  // 听力师郝佳, 指挥刘卫东, 副关长刘志强, 人大代表贾俊峰.)
  "播音员", "会计师", "注册会计师", "听力师", "指挥", "关长", "副关长", "人大代表", "党代表",
  // (Those who fly, guard crops or birds, carve, speak for trainees, and neighbours: 机长杜航, 植保员于春雷, 护鸟员葛明, 雕刻师斯琴图雅,
  // 学员代表于洪波, 邻居林芳.)
  "机长", "副机长", "飞行员", "植保员", "护鸟员", "雕刻师", "学员代表", "邻居",
  // (Those who guard against disease and pests, and who work the boats: 防保员包金山, 监测员乌力吉, 船工侯满仓, 船长杨二牛.)
  "防保员", "监测员", "消杀员", "巡查员", "船工", "船长", "艄公",
  // (And those honoured for their work: 北京市劳动模范赵国庆, 全国劳模李素丽.)
  "劳动模范", "劳模",
  // (A class's teacher, read whole before the 主任 it ends in: 120余名班主任 names no 余名班, 支教班主任刘晓楠.)
  "班主任", "班级主任"];
export const TITLES_BEFORE = [...STRONG_TITLES_BEFORE, ...WEAK_TITLES_BEFORE];
/** Nouns for kinds of person, not titles: the name after them must read as one. */
export const PERSON_NOUN = /^(学生|游客|种植大户|养殖大户|大户|患者|病人|病患)$/;
/** What a person named after a strong title goes on to do, which no ordinary word before it does (高阳在…, 高原说). */
export const ACTING = /^(在|说|来自|赴)/;
/** What a person so named goes on to say, which an adverb before it may modify too (书记全面介绍): after a name jieba holds as a
 * place only (副旗长于洋介绍). */
export const SPEAKING = /^(介绍|表示|告诉|指出|坦言|感慨)/;
/** A title, then the name it is written before.
 * (The name is looked at, not taken: a title right after it, 孙丽和检察长巴特尔, is read next.)
 * (支书 of 党总支书记 is no title: the 书记 after it is; nor 护工 of 养护工程师; nor 家长 of 家长满意度, 家长沙龙.)
 * (Longest first, so that 教练员 is read whole before 教练.)
 * (A title in quotes may close right before the name: …的“金牌调解员”杨秀兰.) */
export const BEFORE_RE = new RegExp(`(${[...TITLES_BEFORE].sort((a, b) => b.length - a.length).map((t) => (t === "支书" ? "支书(?!记)" : t === "村医" ? "村医(?![生疗务院])" : t === "家长" ? "家长(?!满意|明白|沙龙|学校|课堂|会|群|委员|开放|代表|讲座)" : t === "指挥" ? "指挥(?![部所长中])" : /工$/.test(t) ? `${t}(?!程)` : t)).join("|")})(?:[:：]\\s*| |[”"]|[（(](?:挂职|兼|代|援派|援蒙)[)）])?(?=([\\u4e00-\\u9fff]{1,5}·[\\u4e00-\\u9fff]{1,5}|[\\u4e00-\\u9fff·]{2,4})([\\u4e00-\\u9fff]{0,2}))`, "g");
/** A name, then the title it is written before. */
export const AFTER_RE = new RegExp(`([\\u4e00-\\u9fff]{1,3}(?:常务副|副|等)?)[ \u3000]?(${TITLES_AFTER.join("|")})`, "g");
