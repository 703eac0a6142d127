// recognise: places, institutions, localities, people and listed names in real sentences.
import { defaultGazetteer } from "../gazetteer/index.js";
import { normalise } from "../normalise/index.js";
import { recognise, type Mention } from "./index.js";

const g = defaultGazetteer();
function mentions(text: string, byline: string[] = []): Mention[] {
  return recognise(g, { id: "article:test", title: "", text: normalise(text).text, byline }).mentions;
}
const names = (ms: Mention[], label: string) => [...new Set(ms.filter((m) => m.label === label).map((m) => m.name))];

describe("recognise institutions", () => {
  it.each([
    ["近日,来自北京丰台医院放射科的主任医师崔平结束了工作。", "Hospital", "北京丰台医院"],
    ["首都医科大学宣武医院专家赵义在宁城县中心医院出诊。", "Hospital", "首都医科大学宣武医院"],
    ["该项目资产权属归太仆寺旗同济农牧业开发有限责任公司,中化现代农业(内蒙古)有限公司租赁经营。", "Enterprise", "中化现代农业(内蒙古)有限公司"],
    ["该项目资产权属归太仆寺旗同济农牧业开发有限责任公司,中化现代农业(内蒙古)有限公司租赁经营。", "Enterprise", "太仆寺旗同济农牧业开发有限责任公司"],
    ["北京百通科信机械设备有限公司、北京亦城合作发展基金会在巴林右旗职业高中实施的项目。", "Organization", "北京亦城合作发展基金会"],
    ["华能内蒙古东部能源有限公司与巴林右旗签订了项目。", "Enterprise", "华能内蒙古东部能源有限公司"],
    ["北京中医药大学东方医院结对帮扶巴林右旗蒙医医院。", "Hospital", "巴林右旗蒙医医院"],
    ["昌平区中医医院与太仆寺旗蒙中医医院已签订对口帮扶协议。", "Hospital", "太仆寺旗蒙中医医院"],
    ["设施蔬菜产业园由北京绿之源农业发展有限公司投资建设。", "Enterprise", "北京绿之源农业发展有限公司"],
    ["一个北京公司，北京森林之源食品有限公司，投资了8000万元。", "Enterprise", "北京森林之源食品有限公司"],
    ["现将今年1至11月经区扶贫支援办登记的捐赠款物公示如下。", "Agency", "区扶贫支援办"],
    ["公司设立全资子公司库伦旗华牧康荞麦食品有限公司（以下简称“库伦子公司”），赵立新兼任库伦子公司执行董事。", "Enterprise", "库伦旗华牧康荞麦食品有限公司"],
    ["投入100万元为太仆寺旗五福村敬老院添置生活用品。", "Organization", "太仆寺旗五福村敬老院"],
    ["(经济日报记者陈力通讯员张炳存)", "Organization", "经济日报"],
    ["依托与京东集团、酒仙网开展线上线下帮扶项目。", "Enterprise", "酒仙网"],
    // (A river's name jieba opens with a one-character verb is the park's, after a verb, a place or nothing.)
    ["保护归流河国家湿地公园的候鸟。", "Organization", "归流河国家湿地公园"],
    ["房山区对库伦旗养畜牧河湿地公园实施生态修复。", "Organization", "库伦旗养畜牧河湿地公园"],
    // (A sports team and the base it trains at; a women's and children's centre.)
    ["选派北京市曲棍球队教练韩立新到莫旗体育运动学校挂职。", "Organization", "北京市曲棍球队"],
    ["丰台区京蒙协作资金98万元，支持四子王旗搏克训练基地改造提升。", "Organization", "四子王旗搏克训练基地"],
    ["邀请北京市顺义区妇女儿童活动中心手工编织教师刘桂芬来旗授课。", "Organization", "北京市顺义区妇女儿童活动中心"],
    // (People by a craft's title, by their age after a Mongolian name, and a contact whose space a PDF lost before the bracket's end.)
    ["邀请北京工艺美术大师孙玉华等6名技能培训老师来旗授课。", "Person", "孙玉华"],
    ["“在家门口就能挣钱。”43岁的绣娘娜仁高娃一边说一边绣。", "Person", "娜仁高娃"],
    ["家住大板镇巴彦汉嘎查的阿拉坦其其格今年38岁，过去一家人靠几十只羊过日子。", "Person", "阿拉坦其其格"],
    ["力争全年新增吸纳妇女就业1000人以上。\n（联系人：市妇联发展部周雅琴）\n", "Person", "周雅琴"],
    // (A trade's association, its trade a verb jieba reads; a library's branch; a district's centre of the programme's goods.)
    ["北京市出版发行业协会会长韩立新介绍。", "Organization", "北京市出版发行业协会"],
    ["昌平区图书馆阿旗分馆正式挂牌。", "Organization", "昌平区图书馆阿旗分馆"],
    ["顺义区消费帮扶中心自2022年运营以来销售额逐年增长。", "Organization", "顺义区消费帮扶中心"],
    // (A community named after a park.)
    ["街道下辖的林肯公园社区与查干诺尔镇浩尔吐嘎查开展结对。", "Village", "林肯公园社区"],
    // (Names ending in 来, before a verb of two; a kind between one's age and name; a name said called so; a village head's title;
    // a name before a modal verb and before a gesture.)
    ["五星村党支部书记白春来站在电站围栏外。", "Person", "白春来"],
    ["56岁的牧民其其格家就是受益户之一。", "Person", "其其格"],
    ["一个建档立卡的贫困户,名字叫做韩桂芝,在电站做清洁工作。", "Person", "韩桂芝"],
    ["宝龙山镇东双井嘎查的嘎查长包金山说，过去嘎查的集体经济是零。", "Person", "包金山"],
    ["另外，科右中旗融媒体中心主播苏日娜会在现场开直播。", "Person", "苏日娜"],
    ["合作社理事长萨仁竖起了大拇指。", "Person", "萨仁"],
    // (A firm named for the works it builds; names listed before 于 and a time in words; one before 毕业于.)
    ["由北京中关村科技园建设发展有限公司投资建设。", "Enterprise", "北京中关村科技园建设发展有限公司"],
    ["该园已选派骨干教师赵晓雪、孙蕾于今年春季学期赴太仆寺旗第一幼儿园支教一学期。", "Person", "孙蕾"],
    ["四子王旗第二幼儿园青年教师娜仁毕业于内蒙古师范大学。", "Person", "娜仁"],
    // (Standard names of offices of the programme, read whole after a government's name.)
    ["北京市房山区人民政府合作交流办公室副主任郑文博介绍。", "Agency", "北京市房山区人民政府合作交流办公室"],
    ["大兴区对口支援和区域合作领导小组办公室印发通知。", "Agency", "大兴区对口支援和区域合作领导小组办公室"],
    // (A paper a bracketed credit opens with, and a ranger by his title.)
    ["（内蒙古晨报记者 李想 通讯员 胡日查）", "Organization", "内蒙古晨报"],
    ["(北方新报记者 吴迪 通讯员 敖其尔)", "Organization", "北方新报"],
    ["将推动更多北京体育俱乐部与旗县学校结对。（内蒙古晨报记者 李想 通讯员 胡日查）", "Organization", "内蒙古晨报"],
    ["巴彦查干嘎查草原管护员巴特尔已经干了八年。", "Person", "巴特尔"],
    // (A project's contact, and a contact's line of its name and phone.)
    ["3.项目联系方式\n项目联系人：吴晓燕\n电　话：0482-8219046\n", "Person", "吴晓燕"],
    ["联系方式：包金山　0482-8263175\n", "Person", "包金山"],
    // (后 of time, glued to the unknown name after a verb, is the clause's.)
    ["玉米直接拉到烘干塔，烘干后昌禾公司按订单收走。", "Enterprise", "昌禾公司"],
    ["赤峰市委主要领导率党政代表团赴北京市先后同市支援合作办、国资委对接。", "Agency", "市支援合作办"],
    ["从西城区二龙路医院、湛蓝路医院等医疗卫生单位抽调人才。", "Hospital", "湛蓝路医院"],
    ["朝阳区人力资源和社会保障局在奈曼旗设立劳务工作站。", "Agency", "朝阳区人力资源和社会保障局"],
    ["中国人寿保险股份有限公司北京市分公司向阿尔山市捐款。", "Enterprise", "中国人寿保险股份有限公司北京市分公司"],
    ["兴安盟商务局局长赵建国介绍。", "Agency", "兴安盟商务局"],
    ["翁牛特旗就业服务中心主任白玉梅介绍。", "Agency", "翁牛特旗就业服务中心"],
    ["新街口社区党委与巴彦呼舒镇哈吐布其嘎查党支部签订协议。", "Organization", "巴彦呼舒镇哈吐布其嘎查党支部"],
    ["新街口社区党委与巴彦呼舒镇哈吐布其嘎查党支部签订协议。", "Village", "哈吐布其嘎查"],
    // (Names in a list, each after its department.)
    ["队员包括超声科赵婧、儿科吴天宇、检验科何佳。", "Person", "吴天宇"],
    // (A name after a post and 的, where what the person does comes next.)
    ["仪式由北京经开区社会事业局选派、现挂职我旗旗委常委、副旗长的董浩主持。", "Person", "董浩"],
    // (A name jieba reads as a figure between a place and the ending: 八角 of 石景山区八角中学.)
    ["北京市石景山区八角中学的教师代表在兴和县第一中学上示范课。", "School", "北京市石景山区八角中学"],
    // (A party school and public centres named with their place: 西城区委党校, 库伦旗教师发展中心; not a kind alone, 牧民技能培训中心.)
    ["北京市西城区委党校承办的培训班开班。", "School", "北京市西城区委党校"],
    ["密云区教师罗晓川在库伦旗教师发展中心挂职副主任。", "Organization", "库伦旗教师发展中心"],
    // (A town the gazetteer knows right after a verb of settling, whatever jieba makes of it: 入驻上都镇奶食品产业园.)
    ["北京润蓝乳业有限公司入驻上都镇奶食品产业园，投资3200万元。", "Township", "上都镇"],
    // (A village named for a family, 黄家村, not a count of places, 3家村.)
    ["北京兴农薯业科技有限公司与平地泉镇黄家村签订帮扶协议。", "Village", "黄家村"],
    // (A minister's or a curator's title before the name: 统战部部长林海燕, 文化馆馆长沈佳.)
    ["西城区委常委、统战部部长林海燕，鄂伦春自治旗旗长孟和巴雅尔与首都观众一同观看演出。", "Person", "林海燕"],
    // (One character jieba reads as a verb between a place and a place name of its own: 育 of 海淀区育新桥实验学校.)
    ["带队的北京市海淀区育新桥实验学校副校长田野告诉笔者。", "School", "北京市海淀区育新桥实验学校"],
    // (Opening inside a known town, whatever jieba makes of its name (穆/家/峪), a name opens with the town and its county.)
    ["密云区穆家峪镇社区卫生服务中心与库伦旗六家子镇卫生院结成帮扶对子。", "Hospital", "密云区穆家峪镇社区卫生服务中心"],
    ["北京八中向集宁一中捐赠实验器材。", "School", "集宁一中"],
    ["我叫李明，是北京市海淀区中关村第一小学的一名数学教师。", "Person", "李明"],
    ["中日友好医院的专家到鄂托克前旗人民医院义诊。", "Hospital", "中日友好医院"],
    ["北京亦庄投资控股有限公司向达尔罕茂明安联合旗捐赠。", "Enterprise", "北京亦庄投资控股有限公司"],
    ["北京经开区社会组织联合会组织辖区企业捐款。", "Organization", "北京经开区社会组织联合会"],
    ["东城区选派王东（挂职阿尔山市副市长）。", "Person", "王东"],
    ["西城区人民法院与科右前旗人民检察院签订协议。", "Agency", "西城区人民法院"],
    ["西城区人民法院与科右前旗人民检察院签订协议。", "Agency", "科右前旗人民检察院"],
    ["西城区司法局同期组织北京市金诚同达律师事务所的律师开展法律援助。", "Organization", "北京市金诚同达律师事务所"],
    ["护士长孙丽和检察长巴特尔出席。", "Person", "巴特尔"],
    ["北京市农业农村局计划财务处处长赵明远挂职锡林郭勒盟农牧局副局长。", "Person", "赵明远"],
    ["朝阳区选派北京市第八十中学6名骨干教师组团帮扶乌兰察布市集宁区第二中学。", "School", "乌兰察布市集宁区第二中学"],
    ["丰台区农业农村局与正蓝旗农牧和科技局签订协议。", "Agency", "正蓝旗农牧和科技局"],
    ["内蒙古自治区教育厅厅长侯元介绍。", "Person", "侯元"],
    ["敖汉旗古鲁板蒿乡五十家子村的敖汉旗丰收杂粮种植专业合作社，如今已有社员230户。", "Enterprise", "敖汉旗丰收杂粮种植专业合作社"],
    ["北京市委书记尹力率北京市党政代表团赴内蒙古考察。", "Person", "尹力"],
    ["锡林郭勒盟中心医院院长陶格图共同为分院揭牌。", "Person", "陶格图"],
    ["街道所属北三里社区、幸福二村社区分别与归流河嘎查、永胜嘎查结对。", "Village", "北三里社区"],
    ["街道所属北三里社区、幸福二村社区分别与归流河嘎查、永胜嘎查结对。", "Village", "幸福二村社区"],

    // (A Mongolian name after its town runs longer than a Han one, whatever jieba makes of 都 in it.)
    ["清晨六点，库伦旗额勒顺镇阿日昆都冷嘎查的荞麦田里，荞麦花开得正旺。", "Village", "阿日昆都冷嘎查"],
    ["渤海所村与巴彦淖尔嘎查签订村村结对协议。", "Village", "渤海所村"],
    ["渤海所村与巴彦淖尔嘎查签订村村结对协议。", "Village", "巴彦淖尔嘎查"],
  ])("%s → %s %s", (text, label, name) => {
    expect(names(mentions(text), label)).toContain(name);
  });

  it("takes schools called by place and number (北京四中, 密云二中), not 一中心 or a court", () => {
    const ms = mentions("北京四中和密云二中的教师到赤峰二中交流,北京一中院审理,打造北京一中心。");
    expect(names(ms, "School").sort()).toEqual(["北京四中", "密云二中", "赤峰二中"]);
  });

  it("does not take common words for institutions", () => {
    const ms = mentions("在服务和融入新发展格局中,12所中小学幼儿园举办活动,乡村振兴示范村建设。");
    expect(ms.filter((m) => m.label !== "Province")).toEqual([]);
    expect(names(mentions("北京市延庆区、内蒙古多伦县两地文旅部门联合举办推介会。"), "Agency")).toEqual([]);
    // (Nor a centre named by what it does alone.)
    expect(names(mentions("新建牧民技能培训中心和特色农畜产品展销中心各一处。"), "Organization")).toEqual([]);
  });

  it("reads a locality jieba splits whole where the article spelt it whole before (支持归流河嘎查)", () => {
    expect(names(mentions("社区与大石寨镇归流河嘎查结对。街道拨付资金，支持归流河嘎查建设加工车间。"), "Village")).toEqual(["归流河嘎查"]);
  });

  it("reads a name opening an item of a list run on in a paragraph, before its body and post (。刘建军，…副主任，…；王珊，…调研员，…)", () => {
    expect(names(mentions("（一）挂职干部。刘建军，昌平区发展和改革委员会副主任，挂职我旗旗委常委、副旗长；王珊，昌平区农业农村局四级调研员，挂职旗乡村振兴局副局长。"), "Person"))
      .toEqual(["刘建军", "王珊"]);
  });

  it("ends a name before the posture its person is found in (高级农艺师丁香蹲在一垄番茄旁)", () => {
    expect(names(mentions("丰台区农业技术推广站高级农艺师丁香蹲在一垄番茄旁，掐掉多余的侧枝。"), "Person")).toEqual(["丁香"]);
  });

  it("reads a name after a title and a colon as a byline's, alone or before another title, not a question's opening (记者：京蒙协作资金…)", () => {
    expect(names(mentions("记者：王磊 通讯员：李明\n内蒙古日报记者：京蒙协作资金和企业投资是什么关系？"), "Person")).toEqual(["王磊", "李明"]);
  });

  it("reads a name before 家 without it (牧民巴图家的羊圈), and no school in a unit's schools (科右中旗学校)", () => {
    expect(names(mentions("在嘎查牧民巴图家的羊圈里。"), "Person")).toEqual(["巴图"]);
    expect(names(mentions("区内15所中小学与科右中旗学校结对。"), "School")).toEqual([]);
  });

  it("reads no person after a title where a modal verb follows it (看专家要跑到通辽), and no 据 opening a body's name", () => {
    expect(names(mentions("以前看专家要跑到通辽。"), "Person")).toEqual([]);
    expect(names(mentions("据科右中旗卫生健康委员会主任白金山介绍。"), "Agency")).toEqual(["科右中旗卫生健康委员会"]);
    expect(names(mentions("妙峰山镇派出农业技术员王建华、刘玉兰两人常驻铁沙盖镇。"), "Person")).toEqual(["王建华", "刘玉兰"]);
  });

  it("reads no school ending inside 校长 (乌丹第一中学校长)", () => {
    expect(names(mentions("乌丹第一中学校长孙志刚说。"), "School")).toEqual(["乌丹第一中学"]);
  });

  it("reads no hospital in a grade (创建二级甲等医院)", () => {
    expect(names(mentions("帮助库伦旗人民医院成功创建二级甲等医院。"), "Hospital")).toEqual(["库伦旗人民医院"]);
  });

  it("reads no cooperative named by its kind alone (鼓励种植合作社和种植大户)", () => {
    expect(names(mentions("对大棚进行补贴,鼓励种植合作社和种植大户。"), "Enterprise")).toEqual([]);
  });

  it("reads no title that begins inside a name (林俗村民宿提升)", () => {
    expect(names(mentions("|林俗村民宿提升|白狼镇林俗村| 300 |"), "Person")).toEqual([]);
  });

  it("reads no person in a department before a title (呼吸科主任医师张文博)", () => {
    expect(names(mentions("其中，呼吸科主任医师张文博担任我院业务副院长。"), "Person")).toEqual(["张文博"]);
  });

  it("reads no league in a 嘎查 named like one, no village in a verb's object, no enterprise in a list of activities", () => {
    expect(names(mentions("渤海所村与巴彦淖尔嘎查结对。"), "League")).toEqual([]);
    expect(names(mentions("公司捐赠10万元，用于建设嘎查集体牛棚。他来到建设村。"), "Village")).toEqual(["建设村"]);
    expect(names(mentions("海淀区向赤峰市投入资金，支持建设科技孵化、人才培训等平台。"), "Enterprise")).toEqual([]);
  });

  it("reads no name across a verb of pairing, no town named by the programme, and 中关村 for no village", () => {
    expect(names(mentions("北京积水潭医院对口帮扶乌兰察布市中心医院纪实"), "Hospital").sort()).toEqual(["乌兰察布市中心医院", "北京积水潭医院"]);
    expect(names(mentions("党建引领京蒙协作 街道苏木结对共建结硕果"), "Township")).toEqual([]);
    expect(names(mentions("北京市海淀区中关村第一小学的教师"), "Village")).toEqual([]);
  });

  it("opens no name with a verb of visiting or contacting, a subsidiary's words or the town a body stands in", () => {
    expect(names(mentions("会后赴嘎查实地调研肉牛养殖合作社运营情况。"), "Enterprise")).toEqual(["肉牛养殖合作社"]);
    expect(names(mentions("可联系兴安盟乡村振兴局东西部协作科。"), "Agency")).toEqual(["兴安盟乡村振兴局"]);
    expect(names(mentions("公司全资子公司化德亦智新能源有限公司负责建设。"), "Enterprise")).toEqual(["化德亦智新能源有限公司"]);
    expect(names(mentions("实施地点：宝昌镇太仆寺旗人民医院；"), "Hospital")).toEqual(["太仆寺旗人民医院"]);
    expect(names(mentions("乌兰花镇中心卫生院"), "Hospital")).toEqual(["乌兰花镇中心卫生院"]);
  });

  it("opens a name with a counter's character no number stands before (用于天皮山工业园区), and not after one (3天)", () => {
    expect(names(mentions("其中1200万元用于天皮山工业园区京蒙协作标准化厂房建设。"), "Organization")).toEqual(["天皮山工业园区"]);
  });

  it("reads a town named after its county whole (多伦县多伦诺尔镇), misspelt after the county's short name too, and no county inside it", () => {
    const ms = mentions("园区在多伦县多伦诺尔镇正式开园。");
    expect(names(ms, "Township")).toEqual(["多伦诺尔镇"]);
    expect(ms.filter((m) => m.label === "Banner").map((m) => m.surface)).toEqual(["多伦县"]);
    expect(names(mentions("公司在多伦淖尔镇投资3500万元。"), "Township")).toEqual(["多伦淖尔镇"]);
  });

  it("reads a school by its number alone (二中) as the one school of the article so numbered, not inside 十二中", () => {
    const ms = mentions("北京市第二中学与兴和县第一中学续签结对协议。二中地理教师冯晓光来到兴和，十二中的老师也来了。");
    expect(ms.filter((m) => m.source === "learned").map((m) => `${m.surface}>${m.name}`)).toEqual(["二中>北京市第二中学"]);
  });

  it("reads a body before 原 without it, and the name in brackets after 接任者", () => {
    const ms = mentions("接任者郑凯（原通州区发展改革委副主任）日前到岗。");
    expect(names(ms, "Agency")).toEqual(["通州区发展改革委"]);
    expect(names(ms, "Person")).toEqual(["郑凯"]);
  });

  it("reads an enterprise's trade name (京南智造, 顺鑫通达) and the name without its trade's words (康瑞) as the enterprise", () => {
    const ms = mentions("北京京南智造新材料科技有限公司、北京顺鑫通达冷链物流有限公司和北京康瑞农牧科技有限公司签约。京南智造董事长周可、顺鑫通达总经理何建平和康瑞负责人出席。");
    expect(ms.filter((m) => m.source === "learned").map((m) => `${m.surface}>${m.name}`)).toEqual([
      "京南智造>北京京南智造新材料科技有限公司", "顺鑫通达>北京顺鑫通达冷链物流有限公司", "康瑞>北京康瑞农牧科技有限公司"]);
  });

  it("reads a short name of five that a place opens (亦庄新材料), but never the place alone as the enterprise", () => {
    const ms = mentions("北京亦庄新材料科技股份有限公司落户巴林右旗。亦庄新材料在我旗投资建设的项目已完成投资3.2亿元。北京亦庄与我旗结对。");
    expect(ms.filter((m) => m.source === "learned").map((m) => `${m.surface}>${m.name}`)).toEqual(["亦庄新材料>北京亦庄新材料科技股份有限公司"]);
  });

  it("reads a name after a title where an ordinary word follows it (副县长王哲全程跟进), and one before 原任", () => {
    expect(names(mentions("延庆区挂职干部、兴和县委常委、副县长王哲全程跟进了该项目。王哲原任延庆区经济和信息化局副局长。"), "Person")).toEqual(["王哲"]);
    expect(names(mentions("北京市农林科学院研究员赵立军时，他正带着农技人员测产。"), "Person")).toEqual([]);
  });
});

describe("recognise no name opened by a party to a purchase (供应商) or by 须经 before a unit's one character", () => {
  it.each([
    ["墙体保温层施工顺延，供应商通辽市绿野温室工程有限公司已按期完成。", "Enterprise", "通辽市绿野温室工程有限公司"],
    ["采购需求须经旗乡村振兴局组织专家论证。", "Agency", "旗乡村振兴局"],
  ])("%s", (text, label, name) => {
    expect(names(mentions(text), label)).toEqual([name]);
  });
});

describe("recognise no body opened by a verb taking it as its object, and no farm in its owner's title", () => {
  it.each([
    ["太仆寺旗永兴家庭农场农场主高占山就是受益者。", "Enterprise", ["太仆寺旗永兴家庭农场"]],
    ["丈夫赵志军负责合作社的农机和冷库管理。", "Enterprise", []],
    ["其中用于扶持农民专业合作社、家庭农场等新型经营主体。", "Enterprise", []],
    ["每年按投资额6%收取租金，用于壮大嘎查集体经济。", "Village", []],
  ])("%s", (text, label, expected) => {
    expect(names(mentions(text), label)).toEqual(expected);
  });
});

describe("recognise a name before the post it takes over (冯涛接任…副旗长)", () => {
  it("leaves 接 to the verb", () => {
    expect(names(mentions("来自北京经济技术开发区社会事业局的冯涛接任巴林右旗委常委、副旗长。"), "Person")).toEqual(["冯涛"]);
  });
});

describe("recognise no name opened by a word of handing over, a post held before, or an interview", () => {
  it.each([
    ["车间改造建成，交由义发泉村种养殖农民专业合作社运营。", "Enterprise", "义发泉村种养殖农民专业合作社"],
    ["副旗长钱宇挂职前任北京市通州区经济和信息化局副局长。", "Agency", "北京市通州区经济和信息化局"],
    ["【11月16日】对话普仁医院王立群：把带不走的团队留下来", "Hospital", "普仁医院"],
  ])("%s", (text, label, name) => {
    expect(names(mentions(text), label)).toEqual([name]);
  });
});

describe("recognise a registered company's name as its place, a trade name of any characters and its trade", () => {
  it.each([
    ["这家企业在巴林左旗注册成立了赤峰顺左服饰有限公司。", "赤峰顺左服饰有限公司"],
    ["我们在当地注册成立了太仆寺旗京北鲜到食品有限公司。", "太仆寺旗京北鲜到食品有限公司"],
    ["资产归太仆寺旗宝昌城市建设投资有限责任公司所有。", "太仆寺旗宝昌城市建设投资有限责任公司"],
  ])("%s", (text, name) => {
    expect(names(mentions(text), "Enterprise")).toEqual([name]);
  });
  it("leaves out a verb of a clause after a place, and a place before one the name opens with", () => {
    expect(names(mentions("巴林左旗引进顺达服饰有限公司。"), "Enterprise")).toEqual(["顺达服饰有限公司"]);
    expect(names(mentions("1999年，宣武区所属北京宣联食品有限公司在八里罕镇投资600万元。"), "Enterprise")).toEqual(["北京宣联食品有限公司"]);
  });
});

describe("recognise enterprises known by a short name", () => {
  it("reads a declared short name that ends as a body's name (库伦子公司) as the declared body, though a place opens it", () => {
    const ms = mentions("公司设立全资子公司库伦旗华牧康荞麦食品有限公司（以下简称“库伦子公司”），赵立新兼任库伦子公司执行董事。");
    expect(names(ms, "Enterprise")).toEqual(["库伦旗华牧康荞麦食品有限公司"]);
  });

  it("reads 美团, 蒙牛 and 伊利 where words start and end with them, not 京东 inside 北京东城区, and the first of a list after its verb", () => {
    expect(names(mentions("美团在科右中旗建设智慧农业基地，蒙牛和伊利收购当地鲜奶。"), "Enterprise")).toEqual(["美团", "蒙牛", "伊利"]);
    expect(names(mentions("北京东城区与阿尔山市结对。"), "Enterprise")).toEqual([]);
    expect(names(mentions("通过京东、拼多多等电商平台销售。"), "Enterprise")).toEqual(["京东", "拼多多"]);
  });
});

describe("recognise no locality in a set phrase", () => {
  it("reads no village out of 村容村貌", () => {
    expect(names(mentions("捐赠资金50万元，用于改善村容村貌。"), "Village")).toEqual([]);
  });

  it("reads no town out of a deputy town head's title (甘旗卡镇副镇长)", () => {
    expect(names(mentions("赵志刚挂职科左后旗甘旗卡镇副镇长。"), "Township")).toEqual(["甘旗卡镇"]);
  });
});

describe("recognise a school by the name of its place and its number (阿里河二小)", () => {
  it("reads the short form as the school the article names in full, its units left out", () => {
    const ms = mentions("她在呼伦贝尔市鄂伦春自治旗阿里河第二小学支教。北京市西城区教育委员会今年给阿里河二小拨了65万元。");
    expect(ms.find((m) => m.surface === "阿里河二小")?.name).toBe("呼伦贝尔市鄂伦春自治旗阿里河第二小学");
  });
  it("reads 一中 after a word pointing at its banner (我旗一中)", () => {
    const ms = mentions("北京市海淀区玉泉实验学校与科尔沁右翼前旗第一中学结对。郑晓明挂任我旗一中执行校长。");
    expect(ms.filter((m) => m.label === "School" && m.surface.endsWith("一中")).map((m) => `${m.surface}=${m.name}`)).toEqual(["我旗一中=科尔沁右翼前旗第一中学"]);
  });
});

describe("recognise government bodies by their place", () => {
  it("reads 财政局 and 民政局 though 政局 is a word, opens a body's name at its place, and takes no verb asking it into it", () => {
    expect(names(mentions("太仆寺旗财政局干部赵文斌说，延庆区民政局参加，当前政局稳定。"), "Agency")).toEqual(["太仆寺旗财政局", "延庆区民政局"]);
    expect(names(mentions("资金拨至科左后旗财政局。中共科左后旗委员会召开会议。"), "Agency")).toEqual(["科左后旗财政局", "中共科左后旗委员会"]);
    expect(names(mentions("对滞留的资金，建议旗财政局会同旗乡村振兴局处理。"), "Agency")).toEqual(["旗财政局", "旗乡村振兴局"]);
  });
});

describe("recognise a police branch, a league's office and registered names jieba breaks", () => {
  it("reads 北京市公安局密云分局 and 兴安盟行政公署 whole, 北京市朝和律师事务所 though jieba breaks 朝和 at its 和, 嘎仙 after its banner and 呼和 opening a Mongolian name", () => {
    expect(names(mentions("近日，北京市公安局密云分局与库伦旗公安局召开京蒙警务协作联席会议。"), "Agency")).toEqual(["北京市公安局密云分局", "库伦旗公安局"]);
    expect(names(mentions("北京市援派干部、兴安盟行政公署副盟长杜永刚牵头负责全盟京蒙协作统筹工作。"), "Agency")).toEqual(["兴安盟行政公署"]);
    expect(names(mentions("鄂伦春自治旗嘎仙山珍食品有限公司借助北京渠道。"), "Enterprise")).toEqual(["鄂伦春自治旗嘎仙山珍食品有限公司"]);
    expect(names(mentions("呼和格日嘎查党支部书记　吴宝音："), "Organization")).toEqual(["呼和格日嘎查党支部"]);
    expect(names(mentions("第二批驻点律师——北京市朝和律师事务所律师韩冰、北京市弘霁律师事务所律师祁远航——抵达科左中旗。"), "Organization")).toEqual(["北京市朝和律师事务所", "北京市弘霁律师事务所"]);
  });
  it("reads a name after a police title (政委韩立新, 民警丁昊宇) and none in 职工普惠", () => {
    expect(names(mentions("密云分局党委副书记、政委韩立新出席。治安支队民警丁昊宇挂职库伦旗公安局副局长。"), "Person")).toEqual(["韩立新", "丁昊宇"]);
    expect(names(mentions("把消费帮扶融入职工普惠服务。"), "Person")).toEqual([]);
  });
});

describe("recognise villages named with common words, and communities with a place's morpheme", () => {
  it("reads 前进村 right after its town or a town's pointer, but no village in 驻村 or 进村 after a town, nor in 新一轮村村结对", () => {
    expect(names(mentions("4｜长辛店街道东山坡社区｜吉生太镇前进村"), "Village")).toEqual(["东山坡社区", "前进村"]);
    expect(names(mentions("沙河镇兴旺庄村与我镇前进村结成对子。"), "Village")).toEqual(["兴旺庄村", "前进村"]);
    expect(names(mentions("巴音镇驻村工作队进驻。宝昌镇干部进村入户。沙河镇向我镇拨付镇级帮扶资金60万元。"), "Village")).toEqual([]);
    expect(names(mentions("沙河镇向我镇拨付镇级帮扶资金60万元。"), "Township")).toEqual(["沙河镇"]);
    expect(names(mentions("金海湖镇茅山后村与梧桐花镇公吉堂村签订了新一轮村村结对协议。"), "Village")).toEqual(["茅山后村", "公吉堂村"]);
  });
  it("reads 运河湾社区 (jieba's 运河 + 湾) and a union named after its cooperative", () => {
    expect(names(mentions("街道所属运河湾社区与苏木查干础鲁嘎查随后也结为“一家亲”。"), "Village")).toContain("运河湾社区");
    expect(names(mentions("北京绿谷大桃专业合作社联合社与前进村结对。"), "Enterprise")).toEqual(["北京绿谷大桃专业合作社联合社"]);
  });
});

describe("recognise names that end in 和 or run before 出生, and a village after a preposition jieba glued", () => {
  it("reads 孟庆和 before 介绍 and 李春生 before 出生于, but keeps 和 a conjunction between two names", () => {
    expect(names(mentions("北京绿谷董事长孟庆和介绍，基地所需的玉米。企业董事长李春生出生于山东寿光。"), "Person")).toEqual(["孟庆和", "李春生"]);
    expect(names(mentions("院长王刚和村民一起。"), "Person")).toEqual(["王刚"]);
  });
  it("reads 东滩村 again in 集团向东滩村 (jieba's 向东)", () => {
    expect(names(mentions("北京京源能源集团有限公司与太仆寺旗宝昌镇东滩村签订结对帮扶协议。集团向东滩村捐赠帮扶资金150万元。"), "Village")).toEqual(["东滩村"]);
  });
});

describe("recognise the last of a list after 和, and no list mark before a pointer or a preposition", () => {
  it("reads 后房子村 after 三圣村和 (jieba's 和后), 普洱市人民医院 after 、在, and no 我们长阳镇", () => {
    expect(names(mentions("分别与巴音塔拉镇大井村、三圣村和后房子村结成帮扶对子。"), "Village")).toEqual(["大井村", "三圣村", "后房子村"]);
    expect(names(mentions("来自上海市浦江人民医院、在普洱市人民医院挂职副院长的陈嘉医生。"), "Hospital")).toEqual(["上海市浦江人民医院", "普洱市人民医院"]);
    expect(names(mentions("宁城县天义镇和我们长阳镇结对已经三年了。"), "Township")).toEqual(["天义镇", "长阳镇"]);
  });
});

describe("recognise no name in a word a title runs into, an origin or a measure", () => {
  it("reads no one in 全村民宿接待, 吉林籍护士 or 牧民鲜奶约1.1亿元, and 杨宁 before 等5名", () => {
    expect(names(mentions("2024年全村民宿接待游客1.2万人次。一位吉林籍护士郭亚楠加入。公司每年收购当地牧民鲜奶约1.1亿元。"), "Person")).toEqual(["郭亚楠"]);
    expect(names(mentions("选派姚远、杨宁等5名干部赴四子王旗挂职。村民王秀英说。"), "Person")).toEqual(["姚远", "杨宁", "王秀英"]);
    expect(names(mentions("阿尔山市利用东城区援助资金建设的白狼镇林俗村民宿集群，全年接待游客3.2万人次。"), "Person")).toEqual([]);
    expect(names(mentions("阿尔山市利用东城区援助资金建设的白狼镇林俗村民宿集群，全年接待游客3.2万人次。"), "Village")).toEqual(["林俗村"]);
  });
});

describe("recognise names of Beijing's gates and names listed", () => {
  it("reads 门外 in a school's name, ends a company's name at its legal form, and runs a listed village back to its list mark", () => {
    expect(names(mentions("北京市西城区德胜门外小学与鄂伦春自治旗大杨树镇第一小学结对。"), "School")).toEqual(["北京市西城区德胜门外小学", "鄂伦春自治旗大杨树镇第一小学"]);
    const text = "北京京兴建材有限公司三家子公司，分别与巴音塔拉镇大井村、三圣村、后房子村结成对子。在八里罕镇、三座店乡建成示范基地。";
    expect(names(mentions(text), "Enterprise")).toEqual(["北京京兴建材有限公司"]);
    expect(names(mentions(text), "Village")).toEqual(["大井村", "三圣村", "后房子村"]);
    expect(names(mentions(text), "Township")).toEqual(["巴音塔拉镇", "八里罕镇", "三座店乡"]);
  });
});

describe("recognise a district's congress and consultative bodies", () => {
  it("reads 人大常委会 and 政协, but no 政协 in 财政协作", () => {
    expect(names(mentions("巴林左旗自然资源局干部常振东被派驻东山湾村。"), "Agency")).toEqual(["巴林左旗自然资源局"]);
    expect(names(mentions("丰台区人大常委会副主任郑海波带领考察团。东城区政协副主席郑晓光表示。海淀区政协调研组赴科左。顺义区级财政协作资金到位。"), "Agency")).toEqual(["丰台区人大常委会", "东城区政协", "海淀区政协"]);
  });
});

describe("recognise Mongolian names that hold 日", () => {
  it("reads 莫日根 after a title, though 日 opens no Han name", () => {
    expect(names(mentions("鄂伦春自治旗人民医院检验科主管技师莫日根去年赴北京宣仁医院进修。"), "Person")).toEqual(["莫日根"]);
  });
});

describe("recognise a known town after a verb that takes a place", () => {
  it("reads 上都镇 after 建设, though jieba reads 上 as a direction", () => {
    expect(names(mentions("其中，投入6200万元建设上都镇乳制品产业园，其余用于桑根达来镇奶牛养殖牧场升级改造。"), "Township")).toEqual(["上都镇", "桑根达来镇"]);
  });
});

describe("recognise a name jieba splits into single characters after its place", () => {
  it("reads 海淀区上地医院 whole (上 + 地)", () => {
    expect(names(mentions("海淀区上地医院与科尔沁右翼前旗人民医院结对。"), "Hospital")).toEqual(["海淀区上地医院", "科尔沁右翼前旗人民医院"]);
  });
});

describe("recognise no list's number in a name", () => {
  it("leaves （二） out of the school it opens the line before", () => {
    expect(names(mentions("会议议定：\n（二）北京市大兴区第一中学与察右前旗第一中学结对事宜，由两地教育部门牵头。"), "School")).toEqual(["北京市大兴区第一中学", "察右前旗第一中学"]);
  });
});

describe("recognise halls of culture and sport", () => {
  it("reads a district's cultural centre, a banner's troupe and a sports school, and no hall of a school's own", () => {
    const ms = mentions("昌平区文化馆和太仆寺旗乌兰牧骑联合演出，延庆区体校派出教练，基金会援建了舍伯吐镇中心学校图书馆。");
    expect(names(ms, "Organization")).toEqual(expect.arrayContaining(["昌平区文化馆", "太仆寺旗乌兰牧骑"]));
    expect(names(ms, "School")).toEqual(expect.arrayContaining(["延庆区体校", "舍伯吐镇中心学校"]));
    expect(ms.some((m) => m.name.endsWith("图书馆"))).toBe(false);
  });
});

describe("recognise mass organisations by their endings", () => {
  it("reads 妇联, 科协 and 总工会 after their place", () => {
    expect(names(mentions("延庆区妇联、多伦县科协和东城区总工会开展培训。"), "Organization")).toEqual(["延庆区妇联", "多伦县科协", "东城区总工会"]);
  });
});

describe("recognise Beijing institutions known by a short form", () => {
  it("reads 北医三院, 人大附中, 北京101中学 and 301医院 under their full names, and no 301医院 inside a longer number", () => {
    const ms = mentions("北医三院、人大附中、北京101中学和301医院的专家。2301医院不是。");
    expect(names(ms, "Hospital")).toEqual(["北京大学第三医院", "中国人民解放军总医院"]);
    expect(names(ms, "School")).toEqual(["中国人民大学附属中学", "北京一零一中学"]);
    expect(ms.filter((m) => m.name === "中国人民解放军总医院").map((m) => m.surface)).toEqual(["301医院"]);
  });
});

describe("recognise banners by their common short names", () => {
  it("reads a banner's first character and 旗 as the banner the article names in full, where no other named could be meant", () => {
    const ms = mentions("鄂伦春自治旗位于大兴安岭。韩立新挂任鄂旗旗委常委，鄂旗县区干部参加。");
    expect(ms.filter((m) => m.label === "Banner").map((m) => `${m.surface}>${m.name}`)).toEqual(["鄂伦春自治旗>鄂伦春自治旗", "鄂旗>鄂伦春自治旗"]);
    expect(names(mentions("鄂伦春自治旗和鄂托克旗都有项目。鄂旗很大。"), "Banner")).toEqual(["鄂伦春自治旗", "鄂托克旗"]);
  });

  it("reads 阿旗, 翁旗, 喀旗, 太旗, 托县, 东苏旗 and 西苏旗, and no 托县 inside 委托县 or 依托县", () => {
    expect(names(mentions("阿旗、翁旗、喀旗、太旗、托县、东苏旗和西苏旗。"), "Banner")).toEqual(["阿鲁科尔沁旗", "翁牛特旗", "喀喇沁旗", "太仆寺旗", "托克托县", "苏尼特左旗", "苏尼特右旗"]);
    expect(names(mentions("托县的项目。受委托县政府依托县域经济发展。"), "Banner")).toEqual(["托克托县"]);
  });

  it("reads the leagues' former names still in use (乌盟, 巴盟, 伊盟, 哲盟, 昭盟, 呼盟, 阿盟)", () => {
    expect(names(mentions("乌盟、巴盟、伊盟、哲盟、昭盟、呼盟和阿盟的企业。"), "League")).toEqual(["乌兰察布市", "巴彦淖尔市", "鄂尔多斯市", "通辽市", "赤峰市", "呼伦贝尔市", "阿拉善盟"]);
  });

  it("reads units' former names as the units they became (密云县, 宣武区, 哲里木盟, 集宁市)", () => {
    const ms = mentions("密云县、宣武区与哲里木盟、集宁市结对。");
    expect(names(ms, "District")).toEqual(["密云区", "西城区"]);
    expect(names(ms, "League")).toEqual(["通辽市"]);
    expect(names(ms, "Banner")).toEqual(["集宁区"]);
  });

  it("reads 巴左旗, 巴右旗 and 额旗", () => {
    expect(names(mentions("顺义区帮扶巴左旗，海淀区帮扶巴右旗，额旗也在其列。"), "Banner")).toEqual(["巴林左旗", "巴林右旗", "额济纳旗"]);
  });

  it("reads a misspelt banner of another league than the one just named by how it sounds, not as a unit of that league", () => {
    expect(names(mentions("朝阳区帮扶苏尼特右旗，顺义区帮扶八林左旗。"), "Banner")).toEqual(["苏尼特右旗", "巴林左旗"]);
  });

  it("reads kinds as no bodies (劳务工作站 in general, 优质幼儿园, 镇中心幼儿园, 内蒙古高中, 各镇（苏木）卫生院, 资金建设…加工厂)", () => {
    const text = "统筹各旗县在京劳务工作站42个，建好用好劳务工作站。与昌平区优质幼儿园结对，每个镇中心幼儿园都有北京老师。受援的内蒙古高中本科上线率提高。" +
      "延伸到全旗各镇（苏木）卫生院。利用海淀区京蒙协作资金建设饲草料加工厂。";
    const bodies = mentions(text).filter((m) => /^(Organization|Agency|School|Hospital|Enterprise)$/.test(m.label));
    expect(bodies).toEqual([]);
    expect(names(mentions("她紧张得手直发抖。“带我的师傅说，护理员就是老人的亲人。”"), "Person")).toEqual([]);
  });

  it("names an academy's part after 院 in full, after the academy named before (院玉米研究所)", () => {
    const ms = mentions("北京市农林科学院2023年工作总结。规划面积1200亩，院玉米研究所每年在基地开展育种材料鉴定。");
    expect(ms.filter((m) => m.surface === "院玉米研究所").map((m) => m.name)).toEqual(["北京市农林科学院玉米研究所"]);
  });

  it("reads a vocational school's training base as the school's own part, and no village's name past 盘活", () => {
    expect(names(mentions("北京亦城合作发展基金会捐资建设巴林右旗职业高中汽修实训基地。"), "Organization")).toEqual(["北京亦城合作发展基金会"]);
    expect(names(mentions("顺义区投入资金盘活乌兰嘎查闲置资产。"), "Village")).toEqual(["乌兰嘎查"]);
  });

  it("reads a body a place and the programme name, the verbs of its work inside (…京蒙协作返乡创业孵化基地), not money building one", () => {
    expect(names(mentions("阿鲁科尔沁旗京蒙协作返乡创业孵化基地还将与赤峰学院合作。"), "Organization")).toEqual(["阿鲁科尔沁旗京蒙协作返乡创业孵化基地"]);
    expect(names(mentions("察右中旗京蒙协作资金建成直播电商产业园。"), "Organization")).not.toContain("察右中旗京蒙协作资金建成直播电商产业园");
  });

  it("reads no chamber in chambers in general (商协会, 在京商会, 商会结村), nor past 组织 after a body's ending", () => {
    const ms = mentions("区工商联将充分发挥商会组织联系广泛的优势。昌平区工商联组织商会企业赴阿鲁科尔沁旗考察。签订“商会结村”结对帮扶协议。北京乌兰察布企业商会等8家商协会负责人，依托在京商会和行业协会。");
    expect(names(ms, "Organization")).toEqual(["区工商联", "昌平区工商联", "北京乌兰察布企业商会"]);
    expect(names(ms, "Village")).toEqual([]);
    expect(names(mentions("北京经开区社会组织联合会捐资38万元。"), "Organization")).toEqual(["北京经开区社会组织联合会"]);
  });

  it("reads no town's name past 通过, no name in 问到, and one before 突发", () => {
    expect(names(mentions("今年以来，顺义区通过石园街道的巴林左旗特色农产品展销中心帮助销售。"), "Township")).toEqual(["石园街道"]);
    expect(names(mentions("发布会上，有记者问到今年在医疗方面有哪些新变化？巴音查干嘎查的牧民额尔德尼突发胸痛。"), "Person")).toEqual(["额尔德尼"]);
  });

  it("reads 突全县 as 突泉县, which it sounds just as, though 全县 alone is the whole county", () => {
    expect(names(mentions("兴安盟突全县以京蒙合作为契机，推动全县产业发展。"), "Banner")).toEqual(["突泉县"]);
  });

  it("reads no body in a kind of association or a library's branch alone (行业协会, 图书馆分馆), nor a name in a word of address after one's age", () => {
    expect(names(mentions("组织全市各级商会、行业协会和会员企业深度参与。"), "Organization")).toEqual([]);
    expect(names(mentions("推进房山区文化馆总分馆建设。"), "Organization")).toEqual(["房山区文化馆"]);
    expect(names(mentions("宝山镇新发村68岁的村民郭大爷突发胸痛。"), "Person")).toEqual([]);
    expect(names(mentions("医生李娟来到卫生院。"), "Person")).toEqual(["李娟"]);
  });

  it("reads an autonomous banner's long name misspelt, its 自治 before the suffix (莫力达娃达斡尔族自治旗 is eleven characters)", () => {
    expect(names(mentions("呼伦贝尔市莫力达娃达斡尔族自治旗人民医院与朝阳区结对，鄂伦淳自治旗也在其列。"), "Banner")).toEqual(["莫力达瓦达斡尔族自治旗", "鄂伦春自治旗"]);
  });

  it("reads no misspelt unit in the tail of another province's (哈尔市 of 齐齐哈尔市 is no 海拉尔区)", () => {
    expect(names(mentions("过去部分患者需转诊至黑龙江省加格达奇区或更远的齐齐哈尔市救治。"), "Banner")).toEqual([]);
  });
});

describe("recognise localities", () => {
  it("reads a chain of banner, township and village without the county prefix", () => {
    const ms = mentions("近日的太仆寺旗宝昌镇边墙村格外热闹。");
    expect(names(ms, "Banner")).toEqual(["太仆寺旗"]);
    expect(names(ms, "Township")).toEqual(["宝昌镇"]);
    expect(names(ms, "Village")).toEqual(["边墙村"]);
  });

  it("reads no village in one said in the first person (给咱村, 派到我村), nor the kind of the place pointed at before a name (我苏木…嘎查)", () => {
    expect(names(mentions("今年德胜街道给咱村拨了帮扶资金，是街道派到我村的驻村干部。"), "Village")).toEqual([]);
    expect(names(mentions("北京中丰宏泰建设集团有限公司与我苏木乌兰哈达嘎查村企结对签约。"), "Village")).toEqual(["乌兰哈达嘎查"]);
    expect(names(mentions("——记房山区派驻我县柳树营子村帮扶干部孟庆辉"), "Village")).toEqual(["柳树营子村"]);
  });

  it("reads a town before its head's title, 镇长 doubling its 镇 (四子王旗乌兰花镇镇长其木格), and a town before 长期", () => {
    const ms = mentions("四子王旗乌兰花镇镇长其木格说，很好。乌兰花镇长期以来发展很快。");
    expect(names(ms, "Township")).toEqual(["乌兰花镇"]);
    expect(names(ms, "Person")).toEqual(["其木格"]);
  });

  it("reads a village named by one character after its town (窦店镇芦村), and no village in 驻村 or 各村", () => {
    expect(names(mentions("窦店镇芦村与太平乡五三村开展村村结对。"), "Village")).toEqual(["芦村", "五三村"]);
    expect(names(mentions("宝昌镇驻村干部走访了全镇，新华镇各村都有项目。"), "Village")).toEqual([]);
  });

  it("reads villages named with 各, 家 or 于 inside (西赵各庄村, 王家庄村) after a town, and no 该村", () => {
    const ms = mentions("顺义区北石槽镇西赵各庄村与平谷区大华山镇王家庄村结对，该村发展很快。");
    expect(names(ms, "Village")).toEqual(["西赵各庄村", "王家庄村"]);
  });

  it("reads 准旗, 达旗 and 杭后, and no unit in 旗舰 or 旗下", () => {
    const ms = mentions("天猫旗舰店里的准格尔旗羊绒，到达旗舰店。达旗和准旗结对，杭后也来了。京东集团旗下企业。");
    expect(names(ms, "Banner")).toEqual(["准格尔旗", "达拉特旗", "杭锦后旗"]);
  });

  it("reads a suffix misheard as a character of its sound (察右后奇, 多伦线, 兴安蒙), and no 县 in 有限", () => {
    const ms = mentions("兴安蒙的同志说，丰台区帮扶察右后奇，延庆区帮扶多伦线，某某股有限公司也来了。");
    expect(names(ms, "Banner")).toEqual(["察哈尔右翼后旗", "多伦县"]);
    expect(names(ms, "League")).toEqual(["兴安盟"]);
  });

  it("reads a school named after a banner whose suffix is misheard whole (科右前奇第一中学)", () => {
    expect(names(mentions("教师王小明到科右前奇第一中学支教。"), "School")).toEqual(["科右前奇第一中学"]);
  });

  it("reads no name across a verb of helping after another institution's ending (北京市第一六一中学组团式帮扶科右中旗第一中学)", () => {
    expect(names(mentions("北京市第一六一中学组团式帮扶科右中旗第一中学。"), "School")).toEqual(["北京市第一六一中学", "科右中旗第一中学"]);
    expect(names(mentions("北京市第一六一中学帮扶科右中旗第一中学。"), "School")).toEqual(["北京市第一六一中学", "科右中旗第一中学"]);
  });

  it("reads a company named by an enterprise's short name and its ending whole (首钢集团, not 首钢)", () => {
    expect(names(mentions("近日，首钢集团结对帮扶察右后旗红旗村。"), "Enterprise")).toEqual(["首钢集团"]);
  });

  it("reads no hospital named by a grade (首都三甲医院, 二级甲等医院)", () => {
    expect(names(mentions("让我们在家门口就能学到首都三甲医院的技术。"), "Hospital")).toEqual([]);
    expect(names(mentions("巴林左旗医院成功创建二级甲等医院。"), "Hospital")).toEqual(["巴林左旗医院"]);
  });

  it("reads no institution's name across a verb after a town (在白音察干镇建设肉羊产业园)", () => {
    expect(names(mentions("投入资金3200万元，在白音察干镇建设肉羊产业园。"), "Organization")).toEqual([]);
  });

  it("reads no school named by the kind of a pairing (结为手拉手学校)", () => {
    expect(names(mentions("北京市第八十中学与科尔沁右翼中旗第一中学结为手拉手学校。"), "School")).toEqual(["北京市第八十中学", "科尔沁右翼中旗第一中学"]);
  });

  it("reads a town misspelt as it sounds right after its county, though the misspelling holds a function word (归流和镇)", () => {
    expect(names(mentions("东城区与科右前旗归流和镇开展结对。"), "Township")).toEqual(["归流和镇"]);
    expect(names(mentions("东城区干部和镇里的群众一起劳动。"), "Township")).toEqual([]);
  });

  it("resolves a misspelt banner before a village (赤峰市哈钦旗兴隆村)", () => {
    const ms = mentions("赤峰市哈钦旗兴隆村,现代化的养鸭基地使兴隆村再次繁荣起来。");
    expect(names(ms, "Banner")).toEqual(["喀喇沁旗"]);
    expect(names(ms, "Village")).toEqual(["兴隆村"]);
  });
});

describe("recognise names that run back over a title or a verb", () => {
  it("reads no community in a community health centre's kind (西城区月坛社区卫生服务中心), but one before a clinic (幸福社区卫生室)", () => {
    const ms = mentions("西城区月坛社区卫生服务中心全科医生孟和来到幸福社区卫生室。");
    expect(names(ms, "Hospital")).toEqual(["西城区月坛社区卫生服务中心", "幸福社区卫生室"]);
    expect(names(ms, "Village")).toEqual(["幸福社区"]);
  });

  it("reads a registered name filling a table's cell from the cell's start (|京北方泰数据服务有限公司|)", () => {
    expect(names(mentions("序号|帮扶主体|结对村\n2|京北方泰数据服务有限公司|平安村"), "Enterprise")).toEqual(["京北方泰数据服务有限公司"]);
  });

  it("reads a Beijing street named by a direction and a count (东四): jieba tags it a time", () => {
    expect(names(mentions("东城区东四社区卫生服务中心与我市白狼镇卫生院结成帮扶对子。"), "Hospital")).toEqual(["东城区东四社区卫生服务中心", "白狼镇卫生院"]);
  });

  it("reads a place named by a lot or a gully counted (三号地村党支部, 五道沟村): jieba tags 三号 and 五道 numerals", () => {
    const ms = mentions("三号地村党支部书记高福全说，千斤沟镇五道沟村也来了。");
    expect(names(ms, "Organization")).toEqual(["三号地村党支部"]);
    expect(names(ms, "Village")).toContain("五道沟村");
  });

  it("reads a level of schooling jieba tags an idiom inside a school's name (库伦旗职业中等专业学校)", () => {
    expect(names(mentions("今年，密云区安排资金150万元，支持库伦旗职业中等专业学校建设实训室。"), "School")).toEqual(["库伦旗职业中等专业学校"]);
  });

  it("ends a name before a person named after a title and a verb of staying (骨科副主任医师陈晓东驻点太仆寺旗中蒙医院)", () => {
    const ms = mentions("该院骨科副主任医师陈晓东驻点太仆寺旗中蒙医院开展为期一年的帮扶。");
    expect(names(ms, "Hospital")).toEqual(["太仆寺旗中蒙医院"]);
    expect(names(ms, "Person")).toEqual(["陈晓东"]);
  });

  it("leaves the 任 of 挂任 out of a government body's standard name (挂任旗人力资源和社会保障局副局长)", () => {
    expect(names(mentions("副科长郑凯挂任旗人力资源和社会保障局副局长。"), "Agency")).toEqual(["旗人力资源和社会保障局"]);
  });

  it("reads a name after a body and 的 before the post or place taken (商务金融局的孟祥宇挂任…, 博兴街道的曹蕾到…)", () => {
    const ms = mentions("北京经济技术开发区商务金融局的孟祥宇挂任巴林右旗副旗长；经开区博兴街道的曹蕾到巴林右旗任驻村第一书记。");
    expect(names(ms, "Person")).toEqual(["孟祥宇", "曹蕾"]);
  });
});

describe("recognise people", () => {
  it("reads a coach's name, and none in a word the title opens (教练席上)", () => {
    expect(names(mentions("延庆区体校滑雪教练田野来了。四子王旗第二中学的教练席上，坐着体育教师邓凯。"), "Person")).toEqual(["田野", "邓凯"]);
  });
  it("reads rows of a list whose posts end in 医生 or 社工 (★ 何思源　…全科医生，…)", () => {
    const text = "共3名：\n★ 高　翔　西城区展览路街道党工委委员，挂职我镇党委副书记\n★ 何思源　北京市西城区阜外社区卫生服务中心全科医生，在诺敏镇卫生院开展医疗帮扶\n★ 田　甜　三塔社区社工，驻新发村开展社区治理帮扶";
    expect(names(mentions(text), "Person")).toEqual(["高翔", "何思源", "田甜"]);
  });
  it("reads the 书记 of 党总支书记, not 支书, and a name before 握着", () => {
    expect(names(mentions("签约那天，大东流村党总支书记冯德胜握着他的手。"), "Person")).toEqual(["冯德胜"]);
  });
  it("reads a speech heading's name to its colon, one ending in 和 too (库伦旗人民医院院长　吴恩和：)", () => {
    expect(names(mentions("座谈会发言摘要\n\n库伦旗人民医院院长　吴恩和：\n北京市密云区医院与我院结对已满三年。"), "Person")).toEqual(["吴恩和"]);
  });
  it("reads no name in an interviewer's question after 记者：", () => {
    expect(names(mentions("记者：研学的“基地”是怎么建起来的？\n孙立伟：关键是找准结合点。"), "Person")).toEqual([]);
  });
  it("reads names after a company's titles (副总裁邵文斌, 人力资源总监许文静, 招聘主管周立新, 店长包雅琴)", () => {
    expect(names(mentions("公司副总裁邵文斌介绍，公司人力资源总监许文静专程赶来，招聘主管周立新一遍遍介绍，店长包雅琴一边打包。"), "Person")).toEqual(["邵文斌", "许文静", "周立新", "包雅琴"]);
  });

  it("reads no name running into 自, 因 or 接任 after it (李婧自2024年3月起…, 葛帅接任…, 吕斌因家庭原因…)", () => {
    expect(names(mentions("数学教师李婧自2024年3月起挂任副校长。干部葛帅接任副县长。医师吕斌因家庭原因不再派出。"), "Person")).toEqual(["李婧", "葛帅", "吕斌"]);
  });

  it("reads 陈旗长 as a surname and a title, not 陈巴尔虎旗, and no name from a verb after a title (旗长来送站)", () => {
    const ms = mentions("副旗长陈昊去托扎敏乡。陈旗长原来在朝阳区商务局工作。陈旗长来送站。翁旗长期坚持发展。");
    expect(names(ms, "Banner")).toEqual(["翁牛特旗"]);
    // (陈 alone is the surname that resolve reads as 陈昊.)
    expect(names(ms, "Person")).toEqual(["陈昊", "陈"]);
  });

  it("reads a name after a post and 的 (现任察右中旗副旗长的刘志强来自…), and no word so placed", () => {
    expect(names(mentions("现任察右中旗副旗长的刘志强来自丰台区。"), "Person")).toEqual(["刘志强"]);
    expect(names(mentions("旗长的讲话，书记的要求。"), "Person")).toEqual([]);
  });

  it("opens a company's name with its region in brackets past the clause's verb, a verb of naming and a kind of company", () => {
    const ms = mentions("二是推动京泰（阿巴嘎旗）风力发电有限公司风电项目。项目公司京泰风力发电有限公司已注册。准格尔的公司叫华晟源（准格尔）新材料有限公司。");
    expect(names(ms, "Enterprise")).toEqual(["京泰(阿巴嘎旗)风力发电有限公司", "京泰风力发电有限公司", "华晟源(准格尔)新材料有限公司"]);
  });

  it("reads one come from a body without the 现 of now after the name (来自…商务局的吴昊现挂职…)", () => {
    expect(names(mentions("来自北京市西城区商务局的吴昊现挂职鄂伦春自治旗副旗长。"), "Person")).toEqual(["吴昊"]);
  });

  it("reads a city's district without its 区 right after its city (乌海市乌达工业园区), and nowhere else", () => {
    const ms = mentions("位于乌海市乌达工业园区的企业投产。乌达工业园区建成。");
    expect(ms.filter((m) => m.label === "Banner").map((m) => `${m.name}@${m.start}`)).toEqual(["乌达区@5"]);
  });

  it("reads lecture teams with a quoted brand after their place (顺义区“京蒙同心”宣讲团), a Party committee's as its body", () => {
    const ms = mentions("顺义区“京蒙同心”宣讲团来到巴林左旗。东城区“京蒙同心”理论宣讲团成员。中共北京市顺义区委讲师团副团长刘建华。");
    expect(names(ms, "Organization")).toEqual(["顺义区“京蒙同心”宣讲团", "东城区“京蒙同心”理论宣讲团"]);
    expect(names(ms, "Agency")).toEqual(["中共北京市顺义区委讲师团"]);
  });

  it("reads bodies of food testing, markets, councils and registries by their endings", () => {
    const ms = mentions("丰台区支持察右中旗食品药品检验检测中心建设，北京市丰台区食品药品检验所派出专家。太仆寺旗食品安全快检中心投用，科布尔镇综合农贸市场设快检室。八里罕镇市场监管所所长于海霞说。塔本花嘎查红白理事会会长宝音图。北京市昌平区民政局婚姻登记处的吴佳。");
    expect(names(ms, "Agency")).toEqual(["八里罕镇市场监管所", "北京市昌平区民政局婚姻登记处"]);
    expect(names(ms, "Enterprise")).toEqual(["科布尔镇综合农贸市场"]);
    // (Laboratories are public institutions, not offices of government.)
    expect(names(ms, "Organization")).toEqual(["察右中旗食品药品检验检测中心", "北京市丰台区食品药品检验所", "太仆寺旗食品安全快检中心", "塔本花嘎查红白理事会"]);
  });

  it("reads no office in how a wedding is held (婚事新办, 丧事简办, 大操大办), no department in a hall (…有限公司做前厅接待)", () => {
    expect(names(mentions("倡导婚事新办、丧事简办，不再大操大办，按新规矩办。"), "Agency")).toEqual([]);
    expect(mentions("她将进入北京运河湾酒店管理有限公司做前厅接待。").filter((m) => m.label === "Agency")).toEqual([]);
  });

  it("reads no village in the works done in villages (共硬化村内道路, 计划硬化村内巷道)", () => {
    expect(names(mentions("全旗共硬化村内道路12公里，计划硬化村内巷道5公里，西营子村亮化工程完工。"), "Village")).toEqual(["西营子村"]);
  });

  it("reads no village in a verb of building done right after a town (在赛罕街道建起社区…车间), but 建设社区 stays", () => {
    expect(names(mentions("荣华街道妇联捐助帮扶资金15万元，在赛罕街道建起社区巾帼手工编织车间。"), "Village")).toEqual([]);
    expect(names(mentions("在赛罕街道建设社区开展活动。"), "Village")).toEqual(["建设社区"]);
  });

  it("reads no hospital's grade as a name (晋升三级乙等综合医院), nor a name past 访 or 距 before a place", () => {
    expect(names(mentions("库伦旗人民医院晋升三级乙等综合医院。访科左中旗人民医院院长。距兴安盟人民医院80公里。"), "Hospital")).toEqual(["库伦旗人民医院", "科左中旗人民医院", "兴安盟人民医院"]);
  });

  it("opens a name past 入职 and past 代表 before a place (正式入职昌骏公司, 同学代表北京亦庄精工智能装备有限公司)", () => {
    expect(names(mentions("6名订单班学员正式入职昌骏公司，他和两名同学代表北京亦庄精工智能装备有限公司参加比赛。"), "Enterprise")).toEqual(["昌骏公司", "北京亦庄精工智能装备有限公司"]);
  });

  it("reads no association in the 协 of 协作 (京蒙儿科协作项目), and one's 科协 still", () => {
    expect(names(mentions("首都医科大学附属北京儿童医院京蒙儿科协作项目负责人王思远。库伦旗科协组织活动。"), "Organization")).toEqual(["库伦旗科协"]);
  });

  it("reads no name in the programme's verbs after a post (书记跟岗学习, 书记驻村)", () => {
    expect(names(mentions("嘎查村党组织书记跟岗学习人员公示。第一书记驻村帮扶。"), "Person")).toEqual([]);
  });

  it("reads a name in brackets heading a line (【王强】…), and no bracketed word", () => {
    expect(names(mentions("【王强】北京市东城区发改委副主任。\n【工作动态】东城区召开会议。"), "Person")).toEqual(["王强"]);
  });

  it("reads a name with its sex in brackets after it (李红梅（女，1985年生）)", () => {
    expect(names(mentions("其中，李红梅（女，1985年生）挂职教育局；选派干部孙宇（男，蒙古族）挂职医院。"), "Person")).toEqual(["李红梅", "孙宇"]);
  });

  it.each([
    ["来自北京丰台医院放射科的主任医师崔平结束了在兴安盟的工作。", "崔平"],
    ["园区负责人付东阳介绍,园区实行标准化育肥。", "付东阳"],
    ["来自锡林郭勒的主播图雅正在推介奶酪。", "图雅"],
    ["北京顺义区的何其帅老师。", "何其帅"],
    ["查干楚鲁嘎查第一书记那顺·巴雅尔说,北京的帮扶让嘎查变了样。", "那顺·巴雅尔"],
    ["记者 阿拉坦·其其格 报道", "阿拉坦·其其格"],
    ["察右后旗医院护士长陈静来到病房。", "陈静"],
    ["赤峰市敖汉旗北京劳务输出流动党支部书记薛爱国对记者说。", "薛爱国"],
    ["“70后”的张春明是北京市昌平区沙河中心小学的一名英语教师。", "张春明"],
    ["王秀琴,一个贫困家庭的主妇,高兴地说。", "王秀琴"],
    ["科左后旗甘旗卡镇双胜嘎查党支部书记包金山说,嘎查修起了牛棚。", "包金山"],
    ["援蒙医生苏日娜·巴特尔来到医院。", "苏日娜·巴特尔"],
    ["三里屯街道的志愿者李雪梅走进巴彦呼舒镇。", "李雪梅"],
    ["科右前旗居力很镇村民孟和说，以前养牛靠天吃饭。", "孟和"],
    ["张伟，北京市朝阳区发改委副主任，2023年7月起挂职科右中旗副旗长。", "张伟"],
    ["北京市商务局干部王刚现任红旗村驻村第一书记。", "王刚"],
  ])("%s → %s", (text, name) => {
    expect(names(mentions(text), "Person")).toEqual([name]);
  });

  it("takes a noun for a kind of person before a surname and title for no part of a name (游客王先生)", () => {
    const people = mentions("来自海淀区的游客王先生说,这里风景很美。").filter((m) => m.label === "Person");
    expect(people.filter((m) => !m.surnameOnly)).toEqual([]);
  });

  it("reads bylines and surname-and-title references", () => {
    const ms = mentions("□巴依斯古楞 张璐\n北京顺义区的何其帅老师。何老师就起床。", ["巴依斯古楞", "张璐"]);
    expect(names(ms, "Person")).toEqual(["巴依斯古楞", "张璐", "何其帅", "何"]);
    expect(ms.find((m) => m.name === "何")?.surnameOnly).toBe(true);
  });

  it("takes no ordinary words for names", () => {
    expect(names(mentions("农牧民积极参与种植。干部培训班开班。高兴地说。"), "Person")).toEqual([]);
  });
});

describe("recognise lists", () => {
  it("names the items of a list closed by 等 and a count", () => {
    const ms = mentions("首农、中粮、中化、国家能源、奥仓、宏福等61家北京企业相继落户赤峰。");
    expect(names(ms, "Enterprise")).toEqual(["首农", "中粮", "中化", "国家能源", "奥仓", "宏福"]);
  });

  it("opens no body's name with 会同 (旗工商联要会同海淀区工商联…)", () => {
    expect(names(mentions("旗工商联要会同海淀区工商联梳理企业需求清单。"), "Organization")).toContain("海淀区工商联");
    expect(names(mentions("旗委组织部会同丰台区委组织部选派干部。"), "Agency")).not.toContain("旗委组织部会同丰台区委组织部");
  });

  it("reads no item of a list in words that join or point (126家企业、社会组织与我旗118个嘎查)", () => {
    expect(names(mentions("截至11月底，海淀区共有126家企业、社会组织与我旗118个嘎查（村）建立结对关系。"), "Village")).toEqual([]);
  });

  it("trims the words before a list's first item", () => {
    const ms = mentions("投入近3022万元推进西山坡、大圪洞、上皮坊3个乡村振兴示范村建设。");
    expect(names(ms, "Village")).toEqual(["西山坡", "大圪洞", "上皮坊"]);
  });
});

describe("recognise short names an article declares", () => {
  it("reads a short name declared in brackets after a body as that body, full-width or half-width", () => {
    const ms = mentions("北京德青源农业科技股份有限公司（以下简称“德青源”）与察右前旗签约。丰台区促成德青源落户察右前旗。");
    expect(ms.filter((m) => m.surface === "德青源").map((m) => m.name)).toEqual(["北京德青源农业科技股份有限公司", "北京德青源农业科技股份有限公司"]);
    const half = mentions("北京百度网讯科技有限公司(简称\"百度\")与翁牛特旗签订协议,百度将投资2000万元。");
    expect(half.filter((m) => m.surface === "百度").map((m) => m.name)).toEqual(["北京百度网讯科技有限公司", "北京百度网讯科技有限公司"]);
    // (Declared after no body, a short name is none: 两地 of （以下简称“两地”）.)
    expect(mentions("北京市与内蒙古自治区（以下简称“两地”）深化协作，两地互访频繁。").filter((m) => m.surface === "两地")).toEqual([]);
  });

  it("reads a college named by one character between its place and 学院 (北京农学院), and no preposition so (派往)", () => {
    expect(names(mentions("北京农学院与内蒙古农业大学签约。"), "School")).toEqual(["北京农学院", "内蒙古农业大学"]);
    expect(names(mentions("王海燕被派往察右后旗人民医院。"), "Hospital")).toEqual(["察右后旗人民医院"]);
  });
});

describe("recognise a body by the kind of its place alone", () => {
  it("reads 苏木卫生院 and 苏木中心校 after 阿力得尔苏木卫生院 and …中心校 as those bodies, and no other sumu's", () => {
    const ms = mentions("阿力得尔苏木卫生院与阿力得尔苏木中心校结对。罗晓梅到苏木卫生院坐诊，何静赴苏木中心校支教。");
    expect(ms.filter((m) => m.source === "learned").map((m) => `${m.surface}>${m.name}`)).toEqual(["苏木卫生院>阿力得尔苏木卫生院", "苏木中心校>阿力得尔苏木中心校"]);
    // (Two sumus' hospitals named, 苏木卫生院 is either: none.)
    expect(mentions("阿力得尔苏木卫生院与巴彦苏木卫生院结对。罗晓梅到苏木卫生院坐诊。").filter((m) => m.source === "learned")).toEqual([]);
  });
  it("reads a name that 呼和 opens whole (呼和哈达嘎查), and no name of a bracket declaring a short one", () => {
    expect(names(mentions("25万元用于呼和哈达嘎查庭院经济项目。"), "Village")).toEqual(["呼和哈达嘎查"]);
    const declared = mentions("仪式在察哈尔右翼前旗第一中学（以下简称察右前旗一中）报告厅举行。");
    expect(names(declared, "School")).toEqual(["察哈尔右翼前旗第一中学"]);
    expect(names(declared, "Agency")).toEqual([]);
  });
  it("reads no school of a list passed through one (名单经学校推荐)", () => {
    expect(names(mentions("受助名单经学校推荐产生。"), "School")).toEqual([]);
  });
});

describe("recognise no unit of another province by its sound", () => {
  it("reads 湖北省武汉市 as no 乌海市, and a village named as a common word where its branch follows (穆家峪镇新农村党支部), no 组织村", () => {
    expect(names(mentions("还有来自湖北省武汉市的大学生志愿者陈晨。"), "League")).toEqual([]);
    const ms = mentions("密云区穆家峪镇新农村党支部书记何建民来到查干嘎查。新农村将组织村内民宿经营户与查干嘎查牧民结对。");
    expect(names(ms, "Village")).toEqual(["新农村", "查干嘎查"]);
  });
});

describe("recognise a hunters' village by its long name", () => {
  it("reads 多布库尔猎民村 whole, inside its branch's name too", () => {
    expect(names(mentions("六铺炕社区党委与多布库尔猎民村党支部签订共建协议。"), "Village")).toEqual(["六铺炕社区", "多布库尔猎民村"]);
  });
});

describe("recognise no preposition in a name jieba read as a person's", () => {
  it("reads 德胜医院, not 团队由德胜医院", () => {
    expect(names(mentions("医疗团队由德胜医院心内科主任韩明远带队。"), "Hospital")).toEqual(["德胜医院"]);
  });
});

describe("recognise people without a Han surname", () => {
  it("reads a Mongolian name of three characters or more before a verb of saying, and the longest such ending of a run", () => {
    const ms = mentions("乌日娜表示感谢。额尔敦毕力格介绍了情况。斯琴高娃是带头人。学生的妈妈乌云其其格说。乌兰浩特市是首府。");
    expect(names(ms, "Person")).toEqual(["乌日娜", "额尔敦毕力格", "斯琴高娃", "乌云其其格"]);
  });

  it("reads someone introduced by name (名叫张丽的, 他叫巴图，), and a listed name before a verb of two (李娟来到)", () => {
    expect(names(mentions("一位名叫张丽的北京医生来到科右前旗。他叫巴图，是当地牧民。"), "Person")).toEqual(["张丽", "巴图"]);
    expect(names(mentions("支教老师王晓燕、李娟来到阿尔山。"), "Person")).toEqual(["王晓燕", "李娟"]);
  });

  it("reads a name after a title before 代表 or 组成 (挂职干部杨帆代表…, 护士长王静组成…)", () => {
    expect(names(mentions("东城区挂职干部杨帆代表阿尔山市接收了捐赠。手术室护士长王静组成医疗队。"), "Person")).toEqual(["杨帆", "王静"]);
  });

  it("reads no locality or body named by a kind (民族特色村寨, 各苏木镇人民政府)", () => {
    const ms = mentions("各苏木镇人民政府：满族屯满族乡民族特色村寨建设项目。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Agency")).toEqual([]);
  });

  it("reads two bodies either side of 联合 after a body's ending (月坛街道联合西城区慈善协会), one name inside a firm's (鑫创联合)", () => {
    const ms = mentions("月坛街道联合西城区慈善协会向四家子镇捐赠资金。北京鑫创联合农业科技有限公司落户突泉县。");
    expect(names(ms, "Organization")).toEqual(["西城区慈善协会"]);
    expect(names(ms, "Enterprise")).toEqual(["北京鑫创联合农业科技有限公司"]);
  });

  it("reads no name from a word of places (嘎查党支部书记、嘎查达…)", () => {
    expect(names(mentions("（嘎查党支部书记、嘎查达吉日嘎拉插话）：小赵来了以后很辛苦。"), "Person")).not.toContain("嘎查");
  });

  it("reads a town Beijing registers as 地区 where the gazetteer knows it, and no 受援地区", () => {
    const ms = mentions("朝阳区太阳宫地区与敖汉旗四家子镇结对。向受援地区投入资金。");
    expect(names(ms, "Township")).toEqual(["太阳宫地区", "四家子镇"]);
  });

  it("reads a name opening a clause before the post it takes (田静任奈曼旗委常委), and none from 任期", () => {
    expect(names(mentions("邵振华任库伦旗委常委、副旗长，田静任奈曼旗委常委、副旗长。主任张明任期三年。"), "Person")).toEqual(["邵振华", "田静", "张明"]);
  });

  it("reads no institution swallowing 挂任 (挂任扎赉特旗人民医院副院长), and 动物疫病预防控制中心 as an agency", () => {
    const ms = mentions("许静怡来到扎赉特旗，挂任扎赉特旗人民医院副院长。顺义区动物疫病预防控制中心高级兽医师高建赴正镶白旗。");
    expect(names(ms, "Hospital")).toEqual(["扎赉特旗人民医院"]);
    expect(names(ms, "Agency")).toEqual(["顺义区动物疫病预防控制中心"]);
    expect(names(ms, "Person")).toEqual(["高建"]);
  });

  it("reads no unit from the end of a town's name (丰镇 of 永丰镇), and no village from a verb (硬化村内道路)", () => {
    const ms = mentions("实施地点：永丰镇三道沟村；建设内容：硬化村内道路3.2公里。");
    expect(ms.filter((m) => m.unitId === "banner:150981" || m.surface === "丰镇")).toEqual([]);
    expect(names(ms, "Village")).toEqual(["三道沟村"]);
  });

  it("reads names listed with their homes in brackets (分别是：刘建国（…医院…主任医师）、陈晓燕（…）)", () => {
    expect(names(mentions("此次来院的专家分别是：刘建国（北京市丰台区中心医院心血管内科主任医师）、陈晓燕（北京丰台康宁医院妇产科副主任医师）。"), "Person")).toEqual(["刘建国", "陈晓燕"]);
  });

  it("reads a company's name whole back to its place over a conjunction's character (北京草原盛和…有限公司), and its short name", () => {
    const ms = mentions("这里是北京草原盛和农牧科技有限公司的基地。草原盛和董事长赵启明说。");
    expect(names(ms, "Enterprise")).toEqual(["北京草原盛和农牧科技有限公司"]);
    expect(ms.filter((m) => m.surface === "草原盛和").map((m) => m.name)).toEqual(["北京草原盛和农牧科技有限公司"]);
  });

  it("reads names listed before a verb of setting out (王思远、韩冬、赵婧启程)", () => {
    expect(names(mentions("支教教师王思远、韩冬、赵婧启程前往察右后旗。"), "Person")).toEqual(["王思远", "韩冬", "赵婧"]);
  });

  it("reads a roster's names, each on its line before its unit in brackets, and no heading so", () => {
    const ms = mentions("先进个人：\n王晓东（北京市东城区挂职阿尔山市副市长）\n刘敏（北京市西城区展览路医院，在扎赉特旗人民医院开展医疗帮扶）\n名单（第一批）\n");
    expect(names(ms, "Person")).toEqual(["王晓东", "刘敏"]);
  });

  it("reads a form's 姓名 field alone on its line, and no name run on into a sentence", () => {
    expect(names(mentions("姓名：王磊\n派出单位：北京市东城区发展和改革委员会"), "Person")).toEqual(["王磊"]);
    expect(names(mentions("姓名：请填写真实姓名"), "Person")).toEqual([]);
  });

  it("reads the cells of a table's 姓名 column as names, and no other cell", () => {
    const ms = mentions("名单如下：\n序号|姓名|派出单位\n1|刘振宇|东城区\n2|巴特尔|西城区\n合计|2人|");
    expect(names(ms, "Person")).toEqual(["刘振宇", "巴特尔"]);
  });

  it("keeps a 姓名 column through a list's section headings, and not through a paragraph", () => {
    const ms = mentions("一、挂职干部\n派出单位|姓名|援派岗位\n大兴区商务局|梁思远|挂职乌兰察布市商务局副局长\n二、专业技术人才(10名)\n(一)教育(4名)\n" +
      "北京市大兴区兴泰中学|宋 佳|察右前旗第二中学支教\n大兴区礼贤镇中心幼儿园|杨 柳|察右前旗平地泉镇中心幼儿园支教\n以上同志表现突出，予以表扬。\n一中|杨柳|二中");
    expect(names(ms, "Person")).toEqual(["梁思远", "宋佳", "杨柳"]);
  });

  it("reads a Mongolian name after a title up to where a follower comes, and not a next title's name", () => {
    expect(names(mentions("嘎查党支部书记乌云其木格介绍，项目运行良好。"), "Person")).toEqual(["乌云其木格"]);
    expect(names(mentions("牧民巴特尔笑着说。"), "Person")).toEqual(["巴特尔"]);
    expect(names(mentions("书记张明、主任李红出席。"), "Person").sort()).toEqual(["张明", "李红"].sort());
    // 副 before a title is the title's (任副县长 names no 任副).
    expect(names(mentions("李强到武川县任副县长。"), "Person")).toEqual([]);
  });

  it("ends a name before how often one does a thing, and before a colleague joined by 和", () => {
    expect(names(mentions("牧民乌云常跟我说，北京来的专家帮了大忙。嘎查党支部书记巴特尔常来看望。"), "Person")).toEqual(["乌云", "巴特尔"]);
    expect(names(mentions("主任医师张伟和同事何嘉怡来到医院。同院的秦悦也参加了义诊。"), "Person")).toEqual(["张伟", "何嘉怡", "秦悦"]);
  });

  it("reads names in labelled fields after another field of the line, after a body, and Mongolian ones whole; no label or office for a name", () => {
    const ms = mentions("作者：特木尔巴根（扎赉特旗巴彦高勒镇宝日胡硕嘎查党支部书记）\n联系单位：太仆寺旗商务局　联系人：张海燕（投资促进股股长）\n联系人：市卫生健康委基层卫生健康科　白玉洁\n作者: 来源: 巴林右旗乡村振兴局");
    expect(names(ms, "Person")).toEqual(["特木尔巴根", "张海燕", "白玉洁"]);
  });

  it("reads no village in the pair of kinds 嘎查村, in one said in quotes, nor a pronoun before a village's name", () => {
    expect(names(mentions("京蒙协作助力嘎查村集体经济发展。确保全旗嘎查村集体经济收入稳定。从一个集体经济“空壳村”变成了“明星村”。"), "Village")).toEqual([]);
    expect(names(mentions("西城区德胜街道跟我们新发村是“一对一”结对的。"), "Village")).toEqual(["新发村"]);
    expect(names(mentions("来源：科右前旗政府网。经嘎查村申报、旗级部门联审。"), "Enterprise")).toEqual([]);
  });

  it("reads people after trades of culture and sport, and surnames of the Daur", () => {
    const ms = mentions("舞蹈辅导员韩晓彤赴太仆寺旗。学会副会长郝建平看完演出。馆员鄂晨阳被选派到博物馆挂职。女主人乌云其木格同时也是理事长。");
    expect(names(ms, "Person")).toEqual(["韩晓彤", "郝建平", "鄂晨阳", "乌云其木格"]);
  });

  it("reads a town's health centre from the town the article named, not from a verb before it, and no body of towns in general", () => {
    const ms = mentions("王蕾每月到索伦镇卫生院坐诊，带教索伦镇卫生院全科医生乌兰其其格。顺便带带卫生院的年轻医生。门头沟区更多社区卫生服务中心与达茂旗苏木乡镇卫生院结对。");
    expect(names(ms, "Hospital")).toEqual(["索伦镇卫生院"]);
    expect(names(ms, "Township")).toEqual(["索伦镇"]);
  });

  it("reads students, visitors and big growers by name, and no word after the noun (学生宿舍楼)", () => {
    const ms = mentions("来自敖汉旗四家子镇的学生乌日娜在发言中说。来自门头沟区的游客高淑芬是第一次来。新发村种植大户敖云峰今年种了600亩大豆。用于分校学生宿舍楼维修。家住新地房村的刘桂兰如今在车间上班。");
    expect(names(ms, "Person")).toEqual(["乌日娜", "高淑芬", "敖云峰", "刘桂兰"]);
  });

  it("reads no body in kinds said in general, halls, verbs opening a name, or one of each kind", () => {
    const ms = mentions("（一）深化医院“组团式”帮扶。把北京标准带进草原县医院。一是部分农村牧区学校结对帮扶。覆盖莫旗全部高中、初中和城区小学。北京市昌平职业学校综合楼报告厅里掌声阵阵。下一步将在百灵庙镇、明安镇再办4期培训班。新建专家工作站3个。各马铃薯种植专业合作社、家庭农场及种植大户：");
    expect(ms.filter((m) => !["Township", "Banner", "District", "Province"].includes(m.label)).map((m) => m.name)).toEqual(["北京市昌平职业学校"]);
    expect(names(mentions("大石寨镇是科尔沁右翼前旗的一个农业大镇。印着嘎查名字的大米卖进了北京。"), "Township")).toEqual(["大石寨镇"]);
    expect(names(mentions("大石寨镇中心学校的斯琴校长常说：“北京来的老师带来了新方法。”"), "Person")).toEqual(["斯琴"]);
    expect(names(mentions("丰台区与科右前旗结对帮扶是2021年开始的，文旅是我们很看重的一块。"), "Person")).toEqual([]);
  });

  it("reads no district in a verb before 区 nor a county in levels named together (选派区民政局, 深化区县结对)", () => {
    const ms = mentions("乌兰察布市化德县。1.深化区县结对。大兴区与化德县结对以来，选派区民政局养老服务科副科长彭海涛到化德县民政局挂职。");
    expect(names(ms, "District")).toEqual(["大兴区"]);
    expect(ms.filter((m) => m.source === "noisy")).toEqual([]);
  });
  it("reads a body reported to after 报, and a contact after a department whose space the text lost", () => {
    expect(names(mentions("请将落实情况报旗民政局养老服务股。"), "Agency")).toEqual(["旗民政局"]);
    expect(names(mentions("联系人：朝阳区红十字会赈济救护部　李婧"), "Person")).toEqual(["李婧"]);
  });
  it("opens no name with a verb of matching, linking, summing up or directing money, nor with one's old school or the 于 of 用于", () => {
    const ms = mentions("他牵线北京中关村科技融资担保有限公司与库伦旗合作。他还联系母校北京农学院。其中2600万元投向好腰苏木。敖汉旗将总结热水汤村经验。资金用于额尔敦宝力格嘎查建设。");
    expect(names(ms, "Enterprise")).toEqual(["北京中关村科技融资担保有限公司"]);
    expect(names(ms, "School")).toEqual(["北京农学院"]);
    expect(names(ms, "Township")).toEqual(["好腰苏木"]);
    expect(names(ms, "Village").sort()).toEqual(["热水汤村", "额尔敦宝力格嘎查"].sort());
  });
  it("reads no village after a verb of trade (等渠道销售嘎查小米), nor an agency after 他经", () => {
    const ms = mentions("通过双创中心等渠道销售嘎查小米。2023年，他经工作站推荐进入北京燕房宏达建筑工程有限公司当钢筋工。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads the Youth League's committees as organisations, training bases as bodies, and a station general as an agency", () => {
    const ms = mentions("共青团库伦旗委员会书记包金花介绍。在库伦镇建成库伦旗京蒙协作就业技能培训基地。杜志强是北京市畜牧总站高级畜牧师。");
    expect(names(ms, "Organization").sort()).toEqual(["共青团库伦旗委员会", "库伦旗京蒙协作就业技能培训基地"].sort());
    expect(names(ms, "Agency")).toEqual(["北京市畜牧总站"]);
  });
  it("reads lawyers, partners and liaisons by their titles, a Mongolian name of five after the age, and no name in 专区长期有效", () => {
    const ms = mentions("北京市东城区律师协会理事、律师孟晓霞仔细查看合同。合伙人马骏已在察右后旗挂职。驻站联络员李秀梅说。今年36岁的乌云其其格笑着说。招聘会时间为3月（线上专区长期有效）。");
    expect(names(ms, "Person").sort()).toEqual(["孟晓霞", "马骏", "李秀梅", "乌云其其格"].sort());
  });
  it("reads a name of three that opens with a word (高志 of 高志刚) where the article says it three times", () => {
    const once = mentions("“刚来时啥也不懂。”高志刚说。");
    expect(names(once, "Person")).toEqual([]);
    const thrice = mentions("扎赛营子村的高志刚就是其中之一。“刚来时啥也不懂。”高志刚说。去年冬天，高志刚又找到工作。");
    expect(names(thrice, "Person")).toEqual(["高志刚"]);
  });
  it("runs a company's name back to its place over a function word's character where the rest is words of trade only", () => {
    expect(names(mentions("北京鲜到家电子商务有限公司是敖汉小米在北京的主要销售渠道之一。"), "Enterprise")).toEqual(["北京鲜到家电子商务有限公司"]);
    expect(names(mentions("化德县残疾人康复服务中心和库伦旗残疾人康复中心收到捐赠。"), "Hospital").sort()).toEqual(["化德县残疾人康复服务中心", "库伦旗残疾人康复中心"].sort());
  });
  it("reads a town the gazetteer knows after 扎根, and no clinics of a level or of a kind of place (旗级医院, 嘎查村卫生室, 试点村)", () => {
    const ms = mentions("杨帆则扎根归流河镇卫生院。推动远程医疗向嘎查村卫生室延伸。搭建起“北京三甲医院—旗级医院—苏木乡镇卫生院”体系。加强科右前旗级医院建设。六户镇永丰村是首批试点村之一。");
    expect(names(ms, "Hospital")).toEqual(["归流河镇卫生院"]);
    expect(names(ms, "Village")).toEqual(["永丰村"]);
  });
  it("reads standard names of bodies holding 和 (政务服务和数据管理局), and a company after a zone's 企业 of nine characters", () => {
    const ms = mentions("由北京经济技术开发区企业亦云数科（北京）技术有限公司承建，向突泉县政务服务和数据管理局移交。");
    expect(names(ms, "Agency")).toEqual(["突泉县政务服务和数据管理局"]);
    expect(names(ms, "Enterprise")).toEqual(["亦云数科(北京)技术有限公司"]);
  });
  it("reads social workers' bodies and studios as organisations, halls that serve as no bodies, and 教练员 whole before 教练", () => {
    const ms = mentions("北京市大兴区青禾社会工作服务中心选派社工。巴音宝力格嘎查党群服务中心和景区游客服务中心开放。“赵红梅劳模创新工作室”揭牌。房山区体育局选派另一名教练员杨帆到鄂伦春自治旗。不少学生连规范的运球动作都不会。院长苏雅拉图说。");
    expect(names(ms, "Organization").sort()).toEqual(["北京市大兴区青禾社会工作服务中心", "赵红梅劳模创新工作室"].sort());
    expect(names(ms, "Agency")).toEqual(["房山区体育局"]);
    expect(names(ms, "Person").sort()).toEqual(["杨帆", "苏雅拉图"].sort());
  });
  it("reads a name opening a list's numbered line before its body and post (1.王海鹰，北京市大兴区人民医院骨科副主任医师，…)", () => {
    const ms = mentions("现将名单公布如下：\n1.王海鹰，北京市大兴区人民医院骨科副主任医师，援派至扎赉特旗人民医院开展医疗帮扶；\n6.韩志强，大兴区农业技术推广站高级农艺师，挂职扎赉特旗农牧局副局长。");
    expect(names(ms, "Person").sort()).toEqual(["王海鹰", "韩志强"].sort());
  });
  it("reads workshops as bodies, and no name through 援派 (西城区援派鄂伦春自治旗乌兰牧骑的舞蹈编导)", () => {
    const ms = mentions("东城区投入资金50万元建设白狼镇林俗村非遗工坊。西城区援派鄂伦春自治旗乌兰牧骑的舞蹈编导吕思彤说。");
    expect(names(ms, "Organization").sort()).toEqual(["白狼镇林俗村非遗工坊", "鄂伦春自治旗乌兰牧骑"].sort());
  });
  it("reads 朝阳 after 北京 as the district, where no 区 follows (北京朝阳环卫集团有限公司)", () => {
    const ms = mentions("北京朝阳环卫集团有限公司捐款。北京朝阳区委书记出席。");
    expect(ms.filter((m) => m.label === "District").map((m) => [m.name, m.surface])).toEqual([["朝阳区", "朝阳"], ["朝阳区", "朝阳区"]]);
  });
  it("reads campers, the elderly and patients' kin by title, names before what they do next, and 一个叫 NAME", () => {
    const ms = mentions("营员高娃笑着说。82岁的牧民老人道尔吉正下棋。巴彦套海嘎查党支部书记宝音算了一笔账。患者家属李桂兰告诉记者。嘎查牧民其木格领到保单后说。赵全营镇机关干部郑海涛驻大石寨镇永兴村。一个叫乌日娜的女孩写道。石景山医院心内科主任医师赵敏派驻兴和县人民医院。患者家属李大姐说。");
    expect(names(ms, "Person").sort()).toEqual(["高娃", "道尔吉", "宝音", "李桂兰", "其木格", "郑海涛", "乌日娜", "赵敏"].sort());
  });
  it("opens no name with a kind said before its place (结对学校库伦旗第三中学), and opens one with a town no list knows, not with 用于", () => {
    const ms = mentions("已通过库伦旗教育局转交结对学校库伦旗第三中学。其中600万元用于宝国吐乡非遗工坊改造。投入帮扶资金80000元，用于乡卫生院设备购置。");
    expect(names(ms, "School")).toEqual(["库伦旗第三中学"]);
    expect(names(ms, "Organization")).toEqual(["宝国吐乡非遗工坊"]);
    expect(names(ms, "Hospital")).toEqual([]);
  });
  it("reads experts' stations and science yards as organisations, a list's numbered graduate student, and no town after 指导 nor a company in 网室", () => {
    const ms = mentions("1. 孟凡宇，中国农业大学动物科技学院博士研究生，派驻库伦旗肉牛科技小院（库伦镇吉斯台嘎查）；\n邵文杰派驻正镶白旗设施蔬菜专家工作站，指导明安图镇农户。海淀区安排资金460万元，用于察右后旗种薯基地网室建设。");
    expect(names(ms, "Organization").sort()).toEqual(["库伦旗肉牛科技小院", "正镶白旗设施蔬菜专家工作站"].sort());
    expect(names(ms, "Person")).toContain("孟凡宇");
    expect(names(ms, "Township").sort()).toEqual(["库伦镇", "明安图镇"].sort());
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads zones and parks of trade with a place in them, not a kind of park alone, and names before 独自 or 听说", () => {
    const ms = mentions("平谷区支持二连浩特京平国际陆港物流园建设，又建成农产品冷链物流园。妻子王静独自在北京照顾女儿。阿拉腾塔拉嘎查牧民额尔敦毕力格听说奶酪厂要开工。北京未来智造机器人有限公司落户。");
    expect(names(ms, "Organization")).toEqual(["二连浩特京平国际陆港物流园"]);
    expect(names(ms, "Person").sort()).toEqual(["王静", "额尔敦毕力格"].sort());
    expect(names(ms, "Enterprise")).toEqual(["北京未来智造机器人有限公司"]);
  });
  it("reads no kind of enterprise before a company (丰台区爱心企业…), no preposition before a place (转诊至…), no place and verb of building before what is built, no adverb and verb before a level's body", () => {
    const ms = mentions("均已转诊至科右前旗人民医院进一步诊治。丰台区爱心企业康泰宁医疗器械有限公司捐赠。重点建设旗妇幼保健院。北京海创未来教育科技有限公司捐资28万元，帮助林家地村建设小米加工厂。");
    expect(names(ms, "Hospital")).toEqual(["科右前旗人民医院"]);
    expect(names(ms, "Enterprise").sort()).toEqual(["北京海创未来教育科技有限公司", "康泰宁医疗器械有限公司"].sort());
  });
  it("reads a college or institute joining two fields with 与 whole, back to its university or academy", () => {
    const ms = mentions("中国农业大学资源与环境学院2022级硕士研究生陈雨桐常驻小院。北京市农林科学院草业花卉与景观生态研究所助理研究员侯建波说。");
    expect(names(ms, "School")).toEqual(["中国农业大学资源与环境学院"]);
    expect(names(ms, "Organization")).toEqual(["北京市农林科学院草业花卉与景观生态研究所"]);
  });
  it("reads the names of a roster's items run on in a paragraph: after 其中：, a Mongolian name of four, 来自…, after the body, and a dashed pair", () => {
    const ms = mentions("本次期满返京的共有挂职干部3名，其中：陈思远，原北京市大兴区商务局副局长，挂任察右前旗旗委常委、副旗长；孟凡超，原北京市大兴区黄村镇人民政府副镇长，挂任土贵乌拉镇党委副书记；何建勇来自北京市房山区商务局，挂任四子王旗工业和信息化局副局长。\n3. 乌兰图雅，北京市通州区中医医院针灸科医师，派驻库伦旗蒙医医院；\n北京市房山区第一医院孔令辉，将到四子王旗蒙医医院开展医疗帮扶。\n1. 孟庆华—吴海龙（鄂伦春自治旗人民医院普外科）\n");
    expect(names(ms, "Person").sort()).toEqual(["乌兰图雅", "何建勇", "吴海龙", "孔令辉", "孟凡超", "孟庆华", "陈思远"].sort());
  });
  it("reads youth centres and bases of study tours, a community with a short name after its town or a trade after it, and no body helping another read as one", () => {
    const ms = mentions("北京市东城区青少年活动中心与科右前旗青少年活动中心结对。正镶白旗明安图科学文化研学实践基地。朝阳区将敖汉旗研学基地纳入。2.额勒顺镇幸福家园社区服装加工车间\n3.扣河子镇新村社区荞麦食品车间\n（三）北京市海淀区妇幼保健院帮扶大杨树镇中心卫生院（1名）\n推动北京采购企业与内蒙古合作社签约，销往北京市批发市场。");
    expect(names(ms, "Organization").sort()).toEqual(["北京市东城区青少年活动中心", "正镶白旗明安图科学文化研学实践基地", "科右前旗青少年活动中心"].sort());
    expect(names(ms, "Village").sort()).toEqual(["幸福家园社区", "新村社区"].sort());
    expect(names(ms, "Hospital").sort()).toEqual(["北京市海淀区妇幼保健院", "大杨树镇中心卫生院"].sort());
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("opens a body's name past a unit's kind pointed at (我旗正镶白旗…), and reads a school's name of two characters jieba takes for a verb after its unit, with the places before", () => {
    const ms = mentions("我旗正镶白旗发展和改革委员会副主任巴特尔到北京挂职。北京市门头沟区育新小学语文教师赵晓彤到阿里河镇第二小学支教。昌平区援建小学。");
    expect(names(ms, "Agency")).toEqual(["正镶白旗发展和改革委员会"]);
    expect(names(ms, "School").sort()).toEqual(["北京市门头沟区育新小学", "阿里河镇第二小学"].sort());
  });
  it("reads a vocational school's short name (科右前旗职专), not a part-time expert's title", () => {
    const ms = mentions("赵立伟来到科右前旗职专支教。学校聘请兼职专家授课。");
    expect(names(ms, "School")).toEqual(["科右前旗职专"]);
  });
  it("reads fire and rescue brigades, emergency centres, bodies of the digital economy and their parks, and no counterpart departments or title read as a name", () => {
    const ms = mentions("北京市怀柔区消防救援支队与多伦县消防救援大队签订结对协议。于洋赴正镶白旗消防救援大队挂职，任副大队长。与察右后旗对应部门签订。察右后旗大数据中心与石景山区数字经济促进中心对接，建设智慧农牧业大数据中心。位于中关村软件园的企业。中国移动在和林格尔县投资。8个镇苏木乡应急站。");
    expect(names(ms, "Agency").sort()).toEqual(["北京市怀柔区消防救援支队", "多伦县消防救援大队", "察右后旗大数据中心", "石景山区数字经济促进中心", "正镶白旗消防救援大队"].sort());
    expect(names(ms, "Organization")).toEqual(["中关村软件园"]);
    expect(names(ms, "Enterprise")).toEqual(["中国移动"]);
    expect(names(ms, "Person")).not.toContain("任副大");
    expect(names(ms, "Township")).toEqual([]);
  });
  it("reads no school over a whole one before it (北京市延庆区香水园小学小学美术教师)", () => {
    expect(names(mentions("1. 潘晓蕾，北京市延庆区香水园小学小学美术教师，支教。"), "School")).toEqual(["北京市延庆区香水园小学"]);
  });
  it("reads care centres for the disabled as organisations, social workers' titles, and a name after a posting and 的 before an adverb (…副旗长的马骁多方联络)", () => {
    const ms = mentions("从大兴区商务局到正镶白旗挂职任副旗长的马骁多方联络。顺义区儿童福利院选派社会工作师赵婷婷、康复治疗师孟琦2人。科右前旗残疾人康复中心和科右前旗残疾人托养服务中心。");
    expect(names(ms, "Person").sort()).toEqual(["孟琦", "赵婷婷", "马骁"].sort());
    expect(names(ms, "Organization").sort()).toEqual(["科右前旗残疾人托养服务中心", "顺义区儿童福利院"].sort());
    expect(names(ms, "Hospital")).toEqual(["科右前旗残疾人康复中心"]);
  });
  it("reads a transcript's speaker before who they are in brackets and a colon, and a school named with a figure jieba reads after its place", () => {
    const ms = mentions("刘卫东（石景山区委组织部副部长）：两地干部往来越来越频繁。\n巴特尔（咱们旗茫汗苏木牧民）：去年冬天我胸口疼。\n石景山区八角实验中学教师王丽娜说。在兴隆镇一处非遗工坊。");
    expect(names(ms, "Person").sort()).toEqual(["刘卫东", "巴特尔", "王丽娜"].sort());
    expect(names(ms, "School")).toEqual(["石景山区八角实验中学"]);
    expect(names(ms, "Organization")).not.toContain("一处非遗工坊");
  });
  it("reads a name opening a clause before 出席并讲话, and a contributor's name after the body in brackets (（供稿：…乡村振兴局 白雪莲）)", () => {
    const ms = mentions("察右前旗召开推进会，高志强出席并讲话。\n（供稿：科左中旗乡村振兴局 白雪莲）");
    expect(names(ms, "Person").sort()).toEqual(["白雪莲", "高志强"].sort());
  });
  it("reads a new district named after its place (和林格尔新区), not a kind of one", () => {
    const ms = mentions("北京云衡智算科技有限公司落户和林格尔新区。推进城市新区建设。");
    expect(names(ms, "Organization")).toEqual(["和林格尔新区"]);
  });
  it("reads a team or association holding a quoted brand whole, with the body or places it belongs to, and a banner's youth league committee as an organisation", () => {
    const ms = mentions("北京京华师范学院“青春京彩”志愿服务队一行14人来到。共青团北京市朝阳区委员会组建“向阳花”青年志愿服务队。朝阳区双井街道“邻里守望”志愿者协会与热水汤村结对。“京蒙携手·商会同行”平谷区商会成立。鄂伦春自治旗团委书记。为群众打造“家门口”的服务站。");
    expect(names(ms, "Organization").sort()).toEqual(["“向阳花”青年志愿服务队", "共青团北京市朝阳区委员会", "北京京华师范学院“青春京彩”志愿服务队", "平谷区商会", "朝阳区双井街道“邻里守望”志愿者协会", "鄂伦春自治旗团委"].sort());
    expect(names(ms, "School")).toEqual(["北京京华师范学院"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads a park named after two places joined by a dash whole, never two bodies paired with one", () => {
    const ms = mentions("北京华禾智能装备有限公司入驻昌平—太仆寺旗京蒙协作产业园。首都医科大学附属北京妇产医院—呼伦贝尔市妇幼保健院。");
    expect(names(ms, "Organization")).toEqual(["昌平—太仆寺旗京蒙协作产业园"]);
    expect(names(ms, "Hospital").sort()).toEqual(["呼伦贝尔市妇幼保健院", "首都医科大学附属北京妇产医院"].sort());
  });
  it("runs a trade name over a conjunction's character alone after its place (北京和颐园餐饮有限公司), not over a place after it, and reads a section head's name (股长吴琼)", () => {
    const ms = mentions("北京和颐园餐饮有限公司厨师长郑伟。兴和县和牧农牧业专业合作社。丰台区和北京首农食品集团有限公司签约。库伦旗乡村振兴局综合股股长吴琼说。");
    expect(names(ms, "Enterprise").sort()).toEqual(["兴和县和牧农牧业专业合作社", "北京和颐园餐饮有限公司", "北京首农食品集团有限公司"].sort());
    expect(names(ms, "Person")).toContain("吴琼");
  });

  it("reads people whose surname is also a word (曾, 万, 时) or less common (萧, 傅, 阎, 赖), and not the words", () => {
    const ms = mentions("北京市大兴区人民医院医生曾晓东来到察右前旗。校长万立新说，学校新建了图书馆。记者萧雅琳、傅国强报道。" +
      "副旗长阎振华和赖文斌出席。时海峰介绍，他曾经在北京工作。我们向大家介绍，老师傅手把手教了三天，带动万名群众增收。");
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["曾晓东", "万立新", "萧雅琳", "傅国强", "阎振华", "赖文斌", "时海峰"]));
    for (const word of ["曾经", "向大家", "傅手", "万名"]) expect(names(ms, "Person")).not.toContain(word);
  });

  it("reads a name said after 是 where the next clause goes on about the person by 他 or 她 (另外一个人是陈静，她是护士长)", () => {
    expect(names(mentions("队里的另外一个人是陈静，她是护士长，来自北京丰台医院。问题是时间，她是知道的。"), "Person")).toEqual(["陈静"]);
  });

  it("reads a name before 博士 as before any title (北京市大兴区黄村医院的李明哲博士)", () => {
    expect(names(mentions("北京市大兴区黄村医院的李明哲博士被派到察哈尔右翼前旗人民医院。在读博士生参加了培训。"), "Person")).toEqual(["李明哲"]);
  });

  it("reads a profile's name before sex and nation set apart by a space or by nothing, a Mongolian one whole", () => {
    const ms = mentions("现将部分同志事迹简介如下：\n\n赵明辉　男，汉族，1981年9月生，中共党员，北京市通州区运河医院骨科副主任医师。\n\n" +
      "巴图孟和男，蒙古族，1985年11月生，中共党员，呼伦贝尔市鄂伦春自治旗阿里河镇党委副书记。\n\n苏和 男，蒙古族，1990年7月生，太仆寺旗宝昌第一中学数学教师。");
    expect(names(ms, "Person").sort()).toEqual(["巴图孟和", "苏和", "赵明辉"].sort());
  });
});

describe("recognise names whole over words jieba reads otherwise, the programme's offices, and kinds that name no body", () => {
  it("runs a company's name over a character jieba reads as a preposition between its place and its brand (北京顺通达), not a route's", () => {
    const ms = mentions("她把情况反映给顺义的朋友，北京顺通达建材有限公司随即向学校捐赠了设备。赤峰至北京物流有限公司开通了专线。");
    expect(names(ms, "Enterprise")).toContain("北京顺通达建材有限公司");
    expect(names(ms, "Enterprise")).not.toContain("赤峰至北京物流有限公司");
  });
  it("reads the standard names of the programme's offices and of investment bureaus whole (…人民政府支援合作办公室, …东西部协作和支援合作工作领导小组办公室, 投资促进局)", () => {
    const ms = mentions("北京市大兴区人民政府支援合作办公室。北京经济技术开发区东西部协作和支援合作工作领导小组办公室　　2023年7月20日。大兴区投资促进局多次组织区内企业赴两旗考察。");
    expect(names(ms, "Agency").sort()).toEqual(["北京市大兴区人民政府支援合作办公室", "北京经济技术开发区东西部协作和支援合作工作领导小组办公室", "大兴区投资促进局"].sort());
  });
  it("runs a name over a word of age jieba reads as a time (北京亦庄青年企业家商会)", () => {
    expect(names(mentions("北京亦庄青年企业家商会则与幸福之路苏木哈日根台嘎查结对。"), "Organization")).toEqual(["北京亦庄青年企业家商会"]);
  });
  it("reads no body in a kind of school (普通高中, 中等职业学校, 农村薄弱学校)", () => {
    expect(names(mentions("全旗普通高中、中等职业学校和农村薄弱学校都得到了支持。北京市第二中学派出教师。"), "School")).toEqual(["北京市第二中学"]);
  });
  it("reads no body in a kind owned by a level (区属骨干医院, 市属医院)", () => {
    const ms = mentions("丰台区对口帮扶林西县，我院作为区属骨干医院，与林西县医院结对。两家市属医院参加。");
    expect(names(ms, "Hospital")).toEqual(["林西县医院"]);
  });
});

describe("recognise a roster's lines and a table's cells", () => {
  it("takes the name opening a line of who they are, a two-character one padded to three, and no word so set", () => {
    const ms = mentions("二、先进个人\n王建华　北京市东城区景山街道党工委书记\n赵　敏　北京市东城区北新桥医院心内科主任医师（2023年在科右前旗人民医院医疗帮扶6个月）\n宝　音　居力很镇党委书记\n联系　方式　见附件");
    expect(names(ms, "Person").sort()).toEqual(["宝音", "王建华", "赵敏"]);
  });

  it("reads a village filling a table's cell whole, a bracket after it saying where it lies, and no column's heading", () => {
    const ms = mentions("受援地区|苏木镇|嘎查村\n库伦旗|扣河子镇|扣河子村（扣河子镇）\n库伦旗|六家子镇|前当铺村");
    expect(names(ms, "Village").sort()).toEqual(["前当铺村", "扣河子村"]);
    expect(names(ms, "Township").sort()).toEqual(["六家子镇", "扣河子镇"]);
  });
});

describe("recognise bodies after a verb of taking a post, with fields joined by 和, and none closing a list", () => {
  it("reads no 任 into a body a clause opens with it, fields joined by 和 into one bureau, and no body ending in 等", () => {
    const ms = mentions("挂职干部周鹏，任旗乡村振兴局副局长。科左中旗商务和工业信息化局局长韩立新说，我局会同旗商务局、农牧局等部门推进。");
    expect(names(ms, "Agency").sort()).toEqual(["农牧局", "旗乡村振兴局", "旗商务局", "科左中旗商务和工业信息化局"].sort());
  });
});

describe("recognise kin named after their kin word, and brigades of inspection", () => {
  it("reads a name after 哥哥 or 母亲, none inside another word, and a labour inspection brigade", () => {
    const ms = mentions("她的哥哥王志刚去年通过劳务工作站进入北京新航城航空地面服务有限公司。母亲李秀兰在家照看孙子。祖父亲手种下的树还在。老乡联系海淀区劳动保障监察大队追回了工资。");
    expect(names(ms, "Person").sort()).toEqual(["李秀兰", "王志刚"].sort());
    expect(names(ms, "Agency")).toContain("海淀区劳动保障监察大队");
  });
});

describe("recognise no classifier or supplying verb before a name", () => {
  it("opens a name at the place after 项目公司 or 龙头, and past 主要供给", () => {
    const ms = mentions("去年8月，企业在达茂旗注册成立项目公司达茂旗清源绿氢能源有限公司。此外，本地龙头库伦旗蒙荞农业专业合作社等4家企业也已入园。八成以上进北京，主要供给新发地农产品批发市场。");
    expect(names(ms, "Enterprise").sort()).toEqual(["库伦旗蒙荞农业专业合作社", "新发地农产品批发市场", "达茂旗清源绿氢能源有限公司"].sort());
  });
});

describe("recognise names listed with their homes in brackets, items a semicolon parts", () => {
  it("reads each item's name, a town's post among them", () => {
    const ms = mentions("本批到岗的挂职干部共3名：王振宇（北京市顺义区农业农村局副局长）挂任科左中旗旗委常委、副旗长；刘畅（顺义区经济和信息化局产业发展科科长）挂任科左中旗工业和信息化局副局长；陈思远（顺义区李桥镇党委委员、副镇长）挂任舍伯吐镇党委副书记。");
    expect(names(ms, "Person").sort()).toEqual(["刘畅", "王振宇", "陈思远"].sort());
  });

  it("reads a name whose post in brackets is a head's of a place or a party's, jieba reading a word in it", () => {
    const ms = mentions("参会人员：赵磊（北京市昌平区副区长）；包金山（科尔沁左翼后旗旗委副书记、旗长）；马丽（北京市昌平区医院麻醉科主任）");
    expect(names(ms, "Person").sort()).toEqual(["包金山", "赵磊", "马丽"].sort());
  });
});

describe("recognise bases of growing named with their county", () => {
  it("reads a base or park a county's name opens, not a town's nor a kind alone", () => {
    const ms = mentions("延庆区投入资金建设察右后旗马铃薯脱毒种薯繁育基地。八里罕镇肉牛养殖基地已投产，建成了这个养鸭基地。库伦旗建成蛋鸡养殖基地，通辽市级东西部协作示范园区挂牌。");
    expect(names(ms, "Organization")).toEqual(["察右后旗马铃薯脱毒种薯繁育基地"]);
  });
});

describe("recognise a name before the post it took, a body's long name between", () => {
  it("reads 周立新 before 原任 and a long committee's name", () => {
    const ms = mentions("上一批挂职干部代表作交流发言。周立新原任大兴区住房和城乡建设委员会副主任，2021年5月起挂任察右前旗旗委常委、副旗长。");
    expect(names(ms, "Person")).toEqual(["周立新"]);
  });
});

describe("recognise no name in a transcript's courtesies, a request or a producing area", () => {
  it("reads no 谢谢包 before 旗长, no 请 in the bureau asked to speak, and no unit misspelt in 核心产区", () => {
    const ms = mentions("好 谢谢包旗长 下面请旗乡村振兴局其木格局长通报项目进度 我们是科尔沁黄牛的核心产区 那个 北京京北牧业在甘旗卡镇投了八千万");
    expect(names(ms, "Person")).not.toContain("谢谢包");
    expect(names(ms, "Agency")).toEqual(["旗乡村振兴局"]);
    expect(ms.filter((m) => m.label === "Banner" || m.label === "District").map((m) => m.surface)).toEqual([]);
  });
});

describe("recognise a speaker after a noun for what one does", () => {
  it("reads 韩桂芝 after 民宿管家 and 刘桂英 after 缝纫工, and no one in 工人们说", () => {
    const ms = mentions("民宿管家韩桂芝说，今年收入翻了一番。来自张皋镇的缝纫工刘桂英说：“现在每月能挣三千多。”工人们说，活儿不累。");
    expect(names(ms, "Person").sort()).toEqual(["刘桂英", "韩桂芝"].sort());
  });
});

describe("recognise a name whose first character jieba glues to nothing after 的", () => {
  it("reads 桦韵非遗工坊 whole", () => {
    const ms = mentions("她在扎鲁特旗创办的桦韵非遗工坊，吸纳了20名妇女就业。");
    expect(names(ms, "Organization")).toEqual(["桦韵非遗工坊"]);
  });
});

describe("recognise a town the gazetteer knows right after a verb", () => {
  it("reads 六户镇 after 说说 and 居力很镇 after 投入, and the village after each", () => {
    const ms = mentions("今天想说说六户镇新合村的王大爷。其中，投入居力很镇2100余万元建设肉牛养殖小区。");
    expect(names(ms, "Township")).toEqual(["六户镇", "居力很镇"]);
    expect(names(ms, "Village")).toEqual(["新合村"]);
  });
});

describe("recognise centres and parks of e-commerce and processing, and a name past its building verb", () => {
  it("reads them whole with their place, a brand before a region in brackets, and no verb of building in a name", () => {
    const ms = mentions("丰台区投入资金建设扎赉特旗电子商务公共服务中心。西城区支持建设鄂伦春自治旗直播电商孵化基地。怀柔区援建四子王旗奶食品标准化加工园区。鑫达（库伦）冷链物流园落户扣河子镇。燕麦精深加工园区已投产。");
    expect(names(ms, "Organization").sort()).toEqual(["四子王旗奶食品标准化加工园区", "扎赉特旗电子商务公共服务中心", "鄂伦春自治旗直播电商孵化基地", "鑫达(库伦)冷链物流园"].sort());
  });
});

describe("recognise homes of mutual care and no verb of helping or linking in a name", () => {
  it("reads a village's 互助幸福院, not a kind alone, and stops at 助力 and 链接", () => {
    const ms = mentions("卢沟桥街道向统部镇北大营子村互助幸福院捐赠资金10万元。捐款用于建设互助养老幸福院。东城区妇联助力阿尔山市巾帼工坊发展。社工链接通州区慈善协会资源。");
    expect(names(ms, "Organization").sort()).toEqual(["东城区妇联", "统部镇北大营子村互助幸福院", "通州区慈善协会", "阿尔山市巾帼工坊"].sort());
  });
});

describe("recognise no word of entrusting, holding shares or only in a name, and no verb's first character in one's name", () => {
  it("reads the bodies after 委托, 股东 and 仅, and 李想 before 作为", () => {
    const ms = mentions("29岁的李想作为西城区选派的专业技术人才。委托北京华林碳汇技术服务有限公司实施。股东北京京科新能源集团有限公司投资。仅大杨树镇林业工作站就有12人。");
    expect(names(ms, "Person")).toEqual(["李想"]);
    expect(names(ms, "Enterprise").sort()).toEqual(["北京京科新能源集团有限公司", "北京华林碳汇技术服务有限公司"].sort());
    expect(names(ms, "Agency")).toEqual(["大杨树镇林业工作站"]);
  });
});

describe("recognise scenic areas and forest parks", () => {
  it("reads a named scenic area and a national forest park, and no kind alone", () => {
    const ms = mentions("通州区投入资金提升玉龙沙湖景区基础设施。游客走进阿尔山国家森林公园。周边景区也迎来客流。");
    expect(names(ms, "Organization").sort()).toEqual(["玉龙沙湖景区", "阿尔山国家森林公园"].sort());
  });
});

describe("recognise no name of one character left after a function word", () => {
  it("reads no 列基金会 in 仅列基金会, but a unit's 县 and a township's one character", () => {
    const ms = mentions("上表仅列基金会自有资金支出。捐款由县红十字会统一接收。带动扎赉特旗和康苏木丰远嘎查群众增收。");
    expect(names(ms, "Organization")).toEqual(["县红十字会"]);
    expect(names(ms, "Township")).toHaveLength(1);
    expect(names(ms, "Village")).toEqual(["丰远嘎查"]);
  });
});

describe("recognise people's tribunals", () => {
  it("reads a tribunal named by its town", () => {
    expect(names(mentions("丰台区法院的大井人民法庭建设诉讼服务中心。"), "Agency").sort()).toEqual(["丰台区法院", "大井人民法庭"].sort());
  });
});

describe("recognise a student or intern named after the word for them", () => {
  it("reads 韩雪 after 实习生 in a byline", () => {
    expect(names(mentions("通辽日报全媒体记者 宝音 实习生 韩雪"), "Person").sort()).toEqual(["宝音", "韩雪"].sort());
  });
});

describe("recognise credits set apart by a bar", () => {
  it("reads both names of 编辑：何苗 | 审核：哈斯巴根", () => {
    expect(names(mentions("编辑：何苗 | 审核：哈斯巴根"), "Person").sort()).toEqual(["何苗", "哈斯巴根"].sort());
  });
});

describe("recognise no figure of a table's cell run into a name", () => {
  it("opens the body at its unit after 100 and 620", () => {
    const ms = mentions("培训活动100正镶白旗农牧和科技局。冷藏车（套）620正镶白旗明安图奶业发展有限公司");
    expect(names(ms, "Agency")).toEqual(["正镶白旗农牧和科技局"]);
    expect(names(ms, "Enterprise")).toEqual(["正镶白旗明安图奶业发展有限公司"]);
  });
});

describe("recognise a place named by a figure", () => {
  it("reads 千斤沟人民法庭 and 三道营村, jieba's numerals opening them", () => {
    const ms = mentions("千斤沟人民法庭庭长王刚出席。三道营村党支部书记李强说。");
    expect(names(ms, "Agency")).toEqual(["千斤沟人民法庭"]);
    expect(names(ms, "Village")).toEqual(["三道营村"]);
  });
});

describe("recognise banks and their branches' bodies", () => {
  it("reads 北京和润银行赤峰分行 whole: 和 before one character opens a brand after a place", () => {
    expect(names(mentions("北京和润银行赤峰分行向巴林左旗捐赠50万元。"), "Enterprise")).toEqual(["北京和润银行赤峰分行"]);
  });

  it("reads a branch's union and party branch with the branch nested in them", () => {
    const ms = mentions("中国银行昌平支行工会组织捐款。北京农商银行昌平支行党支部组织捐款。");
    expect(names(ms, "Organization").sort()).toEqual(["中国银行昌平支行工会", "北京农商银行昌平支行党支部"].sort());
    expect(names(ms, "Enterprise").sort()).toEqual(["中国银行昌平支行", "北京农商银行昌平支行"].sort());
  });

  it("reads no company in a bank's line of business (赤峰分行公司业务部), no body in its office, no union of units in general", () => {
    expect(names(mentions("京融银行赤峰分行公司业务部总经理马骏笑着说。"), "Enterprise")).toEqual(["京融银行赤峰分行"]);
    const ms = mentions("（农行赤峰分行办公室　供稿）组织区内机关、企事业单位工会采购卓资县农畜产品。");
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Organization")).toEqual([]);
  });
});

describe("recognise notices of tenders", () => {
  it("reads every name a label or a list of names gives, a bracketed note between", () => {
    expect(names(mentions("联系人：郭婷婷、王斌\n"), "Person")).toEqual(["郭婷婷", "王斌"]);
    const ms = mentions("六、磋商小组成员名单：丁瑞芳、宝音图、高飞、佟丽丽（采购人代表）、王振东\n");
    expect(names(ms, "Person")).toEqual(["丁瑞芳", "宝音图", "高飞", "佟丽丽", "王振东"]);
  });

  it("reads no body in a tender's panels or a government's departments in general, a public resource centre as an agency", () => {
    const ms = mentions("经评标委员会评审，报行业主管部门和行政监督部门备案。在察右前旗公共资源交易中心开标。");
    expect(names(ms, "Agency")).toEqual(["察右前旗公共资源交易中心"]);
    expect(names(ms, "Organization")).toEqual([]);
  });

  it("reads a brand closing on 和 before its ending after a place, and no party's word before a company", () => {
    expect(names(mentions("依托北京经开区康和医院开展远程会诊。"), "Hospital")).toEqual(["北京经开区康和医院"]);
    expect(names(mentions("为学校和医院捐赠物资。"), "Hospital")).toEqual([]);
    expect(names(mentions("运营方北京鲁谷绿源农业发展有限公司负责人介绍。"), "Enterprise")).toEqual(["北京鲁谷绿源农业发展有限公司"]);
  });
});

describe("recognise a mass organisation, a title and a build verb before a name", () => {
  it("opens a unit's women's federation at its place, past a person and a verb, and after its title 设计师", () => {
    const ms = mentions("北京燕京绣坊文化传播有限公司设计师周曼受昌平区妇联委托。乌云其木格代表自治区妇联致辞。");
    expect(names(ms, "Organization")).toEqual(["昌平区妇联", "自治区妇联"]);
    expect(names(ms, "Enterprise")).toEqual(["北京燕京绣坊文化传播有限公司"]);
  });

  it("reads two bodies where 联合 or 和 joins them, the second opening with its place", () => {
    const ms = mentions("西城区妇联联合西城区女企业家协会捐赠。通州区慈善协会和北京运河康泰医疗器械有限公司捐赠。");
    expect(names(ms, "Organization")).toEqual(["西城区妇联", "西城区女企业家协会", "通州区慈善协会"]);
    expect(names(ms, "Enterprise")).toEqual(["北京运河康泰医疗器械有限公司"]);
  });

  it("reads day-care centres and care stations by their place, none after a verb of building or a kind of village", () => {
    const ms = mentions("孟晓蕾来到库伦镇兴源社区日间照料中心。新建、改扩建互助幸福院12所，建成嘎查村养老服务站5个。");
    expect(names(ms, "Organization")).toEqual(["库伦镇兴源社区日间照料中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
});

describe("recognise an editor credited in brackets", () => {
  it("reads 【责任编辑：郭琳】 and （责任编辑：那仁）", () => {
    expect(names(mentions("他表示感谢。\n【责任编辑：郭琳】\n（责任编辑：那仁）"), "Person")).toEqual(["郭琳", "那仁"]);
  });
});

describe("recognise the people a story's credits and its children's grades name", () => {
  it("reads each credit of a line, a bar for the colon, a team before the name", () => {
    expect(names(mentions("他表示感谢。\n文字：林晓雨　摄影：巴特尔　编辑：高敏\n文字｜体育组 杨帆\n编辑｜宋可欣"), "Person")).toEqual(["林晓雨", "巴特尔", "高敏", "杨帆", "宋可欣"]);
  });

  it("reads a child by grade, class or as a boy, and a winner by what is won", () => {
    const ms = mentions("三年级男孩赵子墨正在踢球。四（3）班的王奕辰在镜头前大喊。牧民阿拉坦仓夺得冠军。体育教师杜明笑言。");
    expect(names(ms, "Person")).toEqual(["赵子墨", "王奕辰", "阿拉坦仓", "杜明"]);
  });
});

describe("recognise a registered town after a word that takes a place, and a name before 回", () => {
  it("reads a town after 跟, 距 or a seat, and no name opening with 请", () => {
    const ms = mentions("一些乡镇距旗所在地阿里河镇有两三百公里。我们跟梧桐花镇太平庄村结了对子。赤峰日报记者：请介绍一下情况。");
    expect(names(ms, "Township")).toEqual(["阿里河镇", "梧桐花镇"]);
    expect(names(ms, "Person")).toEqual([]);
  });

  it("ends a name where 回 takes its place", () => {
    expect(names(mentions("挂职的副旗长孙伟回北京招商。"), "Person")).toEqual(["孙伟"]);
  });
});

describe("recognise a college's branch and the people a body's line lists", () => {
  it("reads 北京教育学院大兴分院 as a school and the names after a body's colon, notes in brackets", () => {
    const ms = mentions("▶北京教育学院大兴分院：张立新（教研员）、许静（心理健康）\n北京市大兴区人民医院分院开诊。");
    expect(names(ms, "School")).toEqual(["北京教育学院大兴分院"]);
    expect(names(ms, "Person")).toEqual(["张立新", "许静"]);
    expect(names(mentions("▶北京市大兴区第一中学：李春燕（数学）、周明（物理）"), "Person")).toEqual(["李春燕", "周明"]);
  });
});

describe("recognise Mongolian names jieba cuts apart, and villages' pointers", () => {
  it("reads a transliterated name cut in pieces as one name word, after a banner glued to it too", () => {
    expect(names(mentions("由洪格尔苏木乌日根塔拉牧民专业合作社运营。"), "Enterprise")).toEqual(["洪格尔苏木乌日根塔拉牧民专业合作社"]);
    expect(names(mentions("带动东乌旗额吉淖尔奶食品专业合作社等11家经营主体。"), "Enterprise")).toEqual(["东乌旗额吉淖尔奶食品专业合作社"]);
    const ms = mentions("巴彦图嘎嘎查党支部书记朝鲁门笑着回忆。");
    expect(names(ms, "Village")).toEqual(["巴彦图嘎嘎查"]);
    expect(names(ms, "Organization")).toEqual(["巴彦图嘎嘎查党支部"]);
  });

  it("reads no village in a pointer, a time or 所辖, and no body inside 嘎查", () => {
    const ms = mentions("苏木所辖宝力根陶海嘎查有牧户。企业与我旗嘎查结对。那时候嘎查集体经济一年三万元。车间建在嘎查部办公室东侧。新创建示范家庭牧场20处。12家企业和牧民专业合作社参展。");
    expect(names(ms, "Village")).toEqual(["宝力根陶海嘎查"]);
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });

  it("reads names after titles: dotted with a clan's initial, before 叫 or 患, and none holding 挂职", () => {
    const ms = mentions("理事长宝·那顺是川井人。会长那顺·巴雅尔说。大家都管挂职副旗长刘晓峰叫“刘驼长”。牧民哈斯额尔敦患高血压多年。");
    expect(names(ms, "Person")).toEqual(["宝·那顺", "那顺·巴雅尔", "刘晓峰", "哈斯额尔敦"]);
  });
});

describe("recognise a Mongolian name by its syllables, a teacher before 主讲, and no brand inside a name", () => {
  it("reads 格日勒图 after a title, 杨振邦 before 主讲, and no 华为 in 赵国华为师", () => {
    const ms = mentions("巴林右旗人民政府副旗长格日勒图，相关负责人出席。博士生导师杨振邦主讲中医经典。青年医师拜赵国华为师。");
    expect(names(ms, "Person")).toEqual(["格日勒图", "杨振邦"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("recognise the bodies and people of alliances", () => {
  it("reads a hospital whose brand ends in 和 before its kind, and a member school past its role or 现有", () => {
    expect(names(mentions("联盟由北京安和儿童医院牵头。"), "Hospital")).toEqual(["北京安和儿童医院"]);
    const ms = mentions("集团成员校顺义区石园第三小学与林东镇第二小学结对。集团现有北京市大兴区兴华路小学等9所成员校。");
    expect(names(ms, "School")).toEqual(["顺义区石园第三小学", "林东镇第二小学", "北京市大兴区兴华路小学"]);
  });

  it("reads a studio's master before the honour, and no name ending in the honour's 名", () => {
    expect(names(mentions("决定成立“京蒙协作孙卫东名校长工作室”。"), "Person")).toEqual(["孙卫东"]);
  });
});

describe("recognise a posting's verb and one-by-one outside a name", () => {
  it("reads no verb of aiding or linking, nor the copula 系, into the body or town after it", () => {
    const ms = mentions("吴永红系通州区中西医结合医院主任医师。大兴区中西医结合医院是援助察右前旗蒙中医院的主力单位。中心已上联东城区中医医院，下联长顺镇等乡镇卫生院。");
    expect(names(ms, "Hospital")).toEqual(["通州区中西医结合医院", "大兴区中西医结合医院", "察右前旗蒙中医院", "东城区中医医院"]);
    expect(names(ms, "Township")).toEqual(["长顺镇"]);
  });

  it("reads the school after 支教 and no town in 逐乡逐村", () => {
    const ms = mentions("邵敏（南口镇中心小学，支教千斤沟镇中心学校）\n张颖（燕平中学，支教太仆寺旗第二中学）\n工作队员逐乡逐村走访。");
    expect(names(ms, "School")).toEqual(["南口镇中心小学", "千斤沟镇中心学校", "燕平中学", "太仆寺旗第二中学"]);
    expect(names(ms, "Township")).toEqual(["南口镇", "千斤沟镇"]);
    expect(names(ms, "Village")).toEqual([]);
  });
});

describe("recognise no body in a list of respects, no committee in 委派, no name in 信中", () => {
  it("reads no enterprise in a list of respects (土地、用工、电价等方面) nor of fields (生物医药、智能制造等领域)", () => {
    expect(names(mentions("我县在土地、用工、电价等方面为北京企业提供支持。"), "Enterprise")).toEqual([]);
    expect(names(mentions("亦庄将在生物医药、智能制造等领域引导企业开展合作。"), "Enterprise")).toEqual([]);
    expect(names(mentions("首农、中粮、中化等61家北京企业落户。"), "Enterprise")).toEqual(["首农", "中粮", "中化"]);
  });

  it("reads the committee before 委派, and a committee's 委 before 派驻", () => {
    expect(names(mentions("受海淀区教委委派，教师王璐前往。"), "Agency")).toEqual(["海淀区教委"]);
    expect(names(mentions("孙立伟是怀柔区发展改革委派驻正镶白旗的挂职干部。"), "Agency")).toEqual(["怀柔区发展改革委"]);
  });

  it("reads no person in a letter's 信中", () => {
    expect(names(mentions("感谢杜玉洁老师的付出。信中说，杜老师开齐了实验课。"), "Person")).not.toContain("信中");
  });

  it("reads ports of entry by their transliterated names, and no kind of port (陆路口岸) nor a verb's (二连有口岸)", () => {
    expect(names(mentions("新左旗吉布胡朗图苏木与额布都格口岸相邻。二）甘其毛都口岸进口农产品。距离策克口岸不远。"), "Organization")).toEqual(["额布都格口岸", "甘其毛都口岸", "策克口岸"]);
    expect(names(mentions("二连浩特是我国对蒙古国最大的陆路口岸。二连有口岸、有通道。依托甘其毛都口岸发展加工业。"), "Organization")).toEqual(["甘其毛都口岸"]);
    expect(names(mentions("冷藏车经二连浩特公路口岸入境。"), "Organization")).toEqual(["二连浩特公路口岸"]);
  });

  it("reads no port in a clause's words (紧紧围绕口岸经济, 二连浩特有口岸, 重要出境口岸, 开到了口岸) nor a region's (自治区口岸), and a body named for its port whole", () => {
    const ms = mentions("紧紧围绕口岸经济高质量发展。二连浩特有口岸、有通道优势。也是中欧班列的重要出境口岸。魏医生把诊室开到了口岸边上。与自治区口岸所在旗市对接。据甘其毛都口岸管理委员会介绍，通关顺畅。");
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "Agency")).toEqual(["甘其毛都口岸管理委员会"]);
  });

  it("reads customs offices (北京海关, 二连海关) and the teams a Beijing government posts to its partner as agencies", () => {
    expect(names(mentions("北京海关所属平谷海关与二连海关签署协议。"), "Agency")).toEqual(["北京海关", "平谷海关", "二连海关"]);
    const ms = mentions("依托怀柔区驻东乌旗工作组，丰台区援派干部察右中旗工作组、昌平区京蒙协作驻太仆寺旗工作组和顺义区援派干部工作组开展工作。北京市昌平区援派太仆寺旗工作队队长李明说，雪灾当晚他带领工作组赶到。");
    expect(names(ms, "Agency")).toEqual(["怀柔区驻东乌旗工作组", "丰台区援派干部察右中旗工作组", "昌平区京蒙协作驻太仆寺旗工作组", "顺义区援派干部工作组", "北京市昌平区援派太仆寺旗工作队"]);
  });

  it("reads blood stations and centres as bodies of care, rescue teams and first-aid centres as organisations, and a campus before its department", () => {
    const ms = mentions("协调北京市红十字血液中心向兴安盟中心血站捐赠储血冰箱。北京亦庄蓝天救援队队员冯涛、首都医科大学附属北京同仁医院南区急诊科护士长韩雪来到巴林右旗应急救护培训中心。");
    expect(names(ms, "Hospital")).toEqual(["北京市红十字血液中心", "兴安盟中心血站", "首都医科大学附属北京同仁医院南区"]);
    expect(names(ms, "Organization")).toEqual(["北京亦庄蓝天救援队", "巴林右旗应急救护培训中心"]);
  });

  it("reads archives, chronicles' and statistics offices, the weather service's bodies and bureaus whose field jieba reads as a verb (统计局) as agencies", () => {
    const ms = mentions("北京市昌平区档案馆与太仆寺旗档案史志馆签约。北京市密云区统计局与通辽市库伦旗统计局、溪翁庄镇统计所和库伦镇统计站座谈。北京市气象台、北京市人工影响天气中心专家来到库伦旗国家气象观测站，新建自动气象观测站20个。");
    expect(names(ms, "Agency")).toEqual(["北京市昌平区档案馆", "太仆寺旗档案史志馆", "北京市密云区统计局", "通辽市库伦旗统计局", "溪翁庄镇统计所", "库伦镇统计站", "北京市气象台", "北京市人工影响天气中心", "库伦旗国家气象观测站"]);
  });

  it("reads museums, offices of relics and a paper's news app as organisations, not a body's own app (融媒体中心客户端)", () => {
    const ms = mentions("记者陈思远（北京日报客户端）报道。翁牛特旗文物保护中心、察哈尔右翼中旗文物保护管理所、内蒙古博物院和辽上京遗址考古工作站参加。作品在朝阳区融媒体中心客户端播出。");
    expect(names(ms, "Organization")).toEqual(["北京日报客户端", "翁牛特旗文物保护中心", "察哈尔右翼中旗文物保护管理所", "内蒙古博物院", "辽上京遗址考古工作站", "朝阳区融媒体中心"]);
  });

  it("reads no school in a unit's schools of a kind of place (宁城县乡村学校, 北京市石景山区学校), a real one beside them", () => {
    const ms = mentions("支持宁城县乡村学校和北京市石景山区学校结对，阿旗县域高中与宁城县蒙古族中学受益。");
    expect(names(ms, "School")).toEqual(["宁城县蒙古族中学"]);
  });

  it("reads a name after 大夫, and one a teacher is said to be called (马老师叫马德胜，是…)", () => {
    expect(names(mentions("北京市密云区医院的骨科大夫钱卫东，在库伦旗人民医院挂职副院长一年半。"), "Person")).toEqual(["钱卫东"]);
    expect(names(mentions("马老师叫马德胜，是北京市顺义区动物疫病预防控制中心的高级兽医师。"), "Person")).toContain("马德胜");
  });

  it("reads a station named after a town of the article or numbered under its bureau whole, with the bureau before it", () => {
    const ms = mentions("铁沙盖镇、扣河子镇。察右中旗公安局铁沙盖派出所、库伦旗税务局扣河子税务分局和国家税务总局北京市顺义区税务局第二税务所结对。铁沙盖派出所所长巴特尔说。");
    expect(names(ms, "Agency")).toEqual(["察右中旗公安局铁沙盖派出所", "库伦旗税务局扣河子税务分局", "国家税务总局北京市顺义区税务局第二税务所", "铁沙盖派出所"]);
    expect(names(mentions("国家税务总局锡林郭勒盟税务局副局长孟繁荣。"), "Agency")).toEqual(["国家税务总局锡林郭勒盟税务局"]);
    expect(names(mentions("丰台分局新村派出所所长说。"), "Village")).toEqual([]);
  });

  it("reads no company in a kind of company (上市公司, 科创板上市公司, 新设子公司), a declared short name still", () => {
    const ms = mentions("充分发挥上市公司作用，公司在旗县新设子公司。科创板上市公司。设立全资子公司库伦旗云岫新能源有限公司（以下简称“库伦子公司”），库伦子公司负责。");
    expect(names(ms, "Enterprise")).toEqual(["库伦旗云岫新能源有限公司"]);
  });

  it("reads stock exchanges as organisations and no body in a field of study (…学院酒店管理专业)", () => {
    expect(names(mentions("公司股票在上海证券交易所和深圳证券交易所上市。"), "Organization")).toEqual(["上海证券交易所", "深圳证券交易所"]);
    const ms = mentions("她是通辽职业学院酒店管理与数字化运营专业的学生，从兴安职业技术学院酒店管理专业毕业，进入北京云蒙山庄酒店管理有限公司。");
    expect(names(ms, "Enterprise")).toEqual(["北京云蒙山庄酒店管理有限公司"]);
    expect(names(ms, "School")).toEqual(["通辽职业学院", "兴安职业技术学院"]);
  });

  it("reads no body by an address's street (地址：…契丹大街中段政务服务中心, …人民路旗卫生健康委员会)", () => {
    const ms = mentions("地址：察哈尔右翼中旗科布尔镇人民路旗卫生健康委员会办公楼三楼\n联系地址：乌拉特中旗海流图镇政府街乌拉特中旗乡村振兴局312室");
    expect(names(ms, "Agency")).toEqual(["旗卫生健康委员会", "乌拉特中旗乡村振兴局"]);
  });

  it("reads veterans' service stations, homes of honour and martyrs' cemeteries as organisations, the army's offices as agencies", () => {
    const ms = mentions("宝昌镇退役军人服务站、丰台区退役军人服务中心、太仆寺旗光荣院、太仆寺旗烈士陵园和太仆寺旗人民武装部。");
    expect(names(ms, "Organization")).toEqual(["宝昌镇退役军人服务站", "丰台区退役军人服务中心", "太仆寺旗光荣院", "太仆寺旗烈士陵园"]);
    expect(names(ms, "Agency")).toEqual(["太仆寺旗人民武装部"]);
  });

  it("reads every name a film's credits give after a label, a space between, Mongolian names whole and past a body in brackets", () => {
    const ms = mentions("出品人：刘建华\n总监制：赵建国　乌力吉\n监制：孙晓东　萨仁图雅\n导演：包斯琴（太仆寺旗融媒体中心）　郑晓\n摄像：吴昊　斯琴巴特尔　林子豪\n解说：于静\n");
    expect(names(ms, "Person")).toEqual(["刘建华", "赵建国", "乌力吉", "孙晓东", "萨仁图雅", "包斯琴", "郑晓", "吴昊", "斯琴巴特尔", "林子豪", "于静"]);
  });

  it("reads the accounts of a microblog by their handles and verified marks (@丰台教育, 巴林左旗融媒 V), not a verb's 发布 nor a body's word", () => {
    const ms = mentions("锡林郭勒发布 V：转发微博 //@太仆寺旗发布:欢迎\n（三）@丰台教育 9月19日 16:30\n@顺义发布 @巴林左旗融媒 @敖汉旗教育局\n海淀教育事业发展。巴林左旗发布了通知。");
    expect(names(ms, "Organization")).toEqual(["锡林郭勒发布", "太仆寺旗发布", "丰台教育", "顺义发布", "巴林左旗融媒"]);
  });

  it("reads zones of development as bodies (怀柔区雁栖经济开发区), but 北京经济技术开发区 however written as the unit", () => {
    expect(names(mentions("位于怀柔区雁栖经济开发区，毗邻阿拉善高新技术产业开发区和二连浩特边境经济合作区。"), "Organization")).toEqual(["怀柔区雁栖经济开发区", "阿拉善高新技术产业开发区", "二连浩特边境经济合作区"]);
    const ms = mentions("北京市经济技术开发区与经济技术开发区。");
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "District")).toContain("北京经济技术开发区");
  });

  it("reads no school in a university's school named by its discipline alone (计算机学院), and keeps one named with its university", () => {
    expect(names(mentions("信息工程学院、计算机学院与数学科学学院的教师，和中国农业大学动物科学技术学院教授陈光。"), "School")).toEqual(["中国农业大学动物科学技术学院"]);
  });

  it("reads no one in a credit's department nor in a host's thanks (编辑：宣传科, 主持人：谢谢)", () => {
    expect(names(mentions("主持人：谢谢。供稿：医务科　编辑：宣传科\n主持人：王晓燕（北京广播电视台记者）"), "Person")).toEqual(["王晓燕"]);
  });

  it("reads the names after a newsroom's trades (编辑刘思远, 主持人吴迪)", () => {
    expect(names(mentions("库伦旗融媒体中心记者包海峰、编辑娜仁花和主持人吴迪将赴密云跟岗。新媒体部编辑刘思远到岗。"), "Person")).toEqual(["包海峰", "娜仁花", "吴迪", "刘思远"]);
  });

  it("reads no name in 任 taking a class (任高二化学, 任教学副校长), nor a verb before a school's unit (深化顺义区第二中学)", () => {
    const ms = mentions("◆宋立伟　北京市密云区第二中学化学教师　任高二化学\n◆郝敏　北京市密云区第三中学数学教师　任高一数学\n拟派往科右前旗第一中学，任教学副校长。深化顺义区第二中学与保康第一中学的结对。");
    expect(names(ms, "Person")).toEqual(["宋立伟", "郝敏"]);
    expect(names(ms, "School")).toEqual(["北京市密云区第二中学", "北京市密云区第三中学", "科右前旗第一中学", "顺义区第二中学", "保康第一中学"]);
  });

  it("reads a roster's rows of a newsroom's staff, a Mongolian name of five characters too (额尔德木图　舍伯吐镇　党委宣传委员)", () => {
    expect(names(mentions("1. 白乙拉　科左中旗融媒体中心　记者\n2. 额尔德木图　舍伯吐镇　党委宣传委员\n3. 刘晓菲　北京市密云区第七小学音乐教师　→　库伦旗额勒顺镇中心学校\n"), "Person")).toEqual(["白乙拉", "额尔德木图", "刘晓菲"]);
  });
  it("reads no verb of teaching before a school's town (任教于保康镇第一幼儿园), and a kindergarten again without the town it opened with", () => {
    const ms = mentions("二人分别任教于保康镇第一幼儿园和舍伯吐镇中心幼儿园。考察组走访了宝龙山镇乌兰敖都嘎查幼儿园。公司向乌兰敖都嘎查幼儿园捐赠了器械。");
    expect(names(ms, "School")).toEqual(["保康镇第一幼儿园", "舍伯吐镇中心幼儿园", "宝龙山镇乌兰敖都嘎查幼儿园", "乌兰敖都嘎查幼儿园"]);
  });
  it("reads a contract's parties (甲方, 乙方) and a second name hung beside a body's own (加挂“…分院”牌子) as that body", () => {
    const ms = mentions("托管方（甲方）：北京市海淀区温泉医院\n受托方（乙方）：敖汉旗医院\n乙方加挂“北京市海淀区温泉医院敖汉分院”牌子。甲方副院长彭卫国常驻乙方。");
    const of = (surface: string) => ms.filter((m) => m.surface === surface).map((m) => m.name);
    expect(of("乙方")).toEqual(["敖汉旗医院", "敖汉旗医院"]);
    expect(of("甲方")).toEqual(["北京市海淀区温泉医院"]);
    expect(of("北京市海淀区温泉医院敖汉分院")).toEqual(["敖汉旗医院"]);
  });
  it("reads a reading room's keeper (书屋管理员徐秀梅), a reporter of two characters jieba reads as a word (记者 于洋), and a village's reading room", () => {
    const ms = mentions("兴安日报社全媒体记者 于洋\n东胜村农家书屋管理员徐秀梅是个热心肠。调研组察看了农家书屋运行情况。");
    expect(names(ms, "Person")).toEqual(["于洋", "徐秀梅"]);
    expect(names(ms, "Organization")).toEqual(["兴安日报社", "东胜村农家书屋"]);
  });

  it("reads two libraries joined by 联合 (东城区第一图书馆联合国家图书馆)", () => {
    expect(names(mentions("东城区第一图书馆联合国家图书馆，向科右前旗图书馆捐赠图书。"), "Organization")).toEqual(["东城区第一图书馆", "国家图书馆", "科右前旗图书馆"]);
  });
  it("reads a museum's two initials as the museum the article names in full (首博), and a science centre (北京科学中心)", () => {
    const ms = mentions("“首都博物馆藏文物展”开幕。首博陈列部副研究馆员贺嘉禾抵达。北京科学中心展教部工程师邢志远说。");
    expect(ms.filter((m) => m.surface === "首博").map((m) => m.name)).toEqual(["首都博物馆"]);
    expect(names(ms, "Organization")).toEqual(["首都博物馆", "北京科学中心"]);
  });
});

describe("recognise the bodies and people of fairs and signings", () => {
  it("reads supply cooperatives and alliances as organisations, halls of goods, arts centres and offices of investment, not an alliance of a kind alone", () => {
    const ms = mentions("北京市供销合作总社和昌平区供销合作社主办。北京物美商业集团股份有限公司与兴安盟大米产业联盟签约，京蒙儿科专科联盟成立，急危重症患者可经联盟转诊，加入消化专科联盟。主会场设在石景山区京西消费帮扶馆，开幕式在天桥艺术中心北广场举办。来源：兴安盟投资促进中心。西城区机关事务管理中心将两旗产品纳入目录。活动在回龙观乐享汇购物中心举办。");
    expect(names(ms, "Organization").sort()).toEqual(["京蒙儿科专科联盟", "兴安盟大米产业联盟", "北京市供销合作总社", "天桥艺术中心", "昌平区供销合作社", "石景山区京西消费帮扶馆"].sort());
    expect(names(ms, "Agency").sort()).toEqual(["兴安盟投资促进中心", "西城区机关事务管理中心"].sort());
    expect(names(ms, "Enterprise").sort()).toEqual(["北京物美商业集团股份有限公司", "回龙观乐享汇购物中心"].sort());
  });

  it("reads a contact's name between the body's colon and the phone, and a credit's in brackets after its body", () => {
    const ms = mentions("联系人：\n石景山区商务局：孙雅琪　010-68872317\n宁城县商务局：李春生　0476-4222603\n\n（兴安盟投资促进中心　白晓燕）");
    expect(names(ms, "Person")).toEqual(["孙雅琪", "李春生", "白晓燕"]);
  });

  it("reads a name before 作项目推介 (盟长乌力吉图作项目推介)", () => {
    expect(names(mentions("盟委副书记、盟长乌力吉图作项目推介。"), "Person")).toEqual(["乌力吉图"]);
  });
});

describe("recognise bureaus and the villages of emergency work", () => {
  it("reads a bureau, not its centre nor a verb after it, and the banner's bureau after one taking a post there (王硕任旗应急管理局)", () => {
    const ms = mentions("北京市大兴区应急管理局应急指挥中心主任张广涛说。察右后旗应急管理局组织局业务骨干参加培训。门头沟区应急管理局派驻我旗挂职的王硕任旗应急管理局副局长。");
    expect(names(ms, "Agency").sort()).toEqual(["北京市大兴区应急管理局", "察右后旗应急管理局", "旗应急管理局", "门头沟区应急管理局"].sort());
  });

  it("reads a Mongolian village whole where jieba reads 都 in it (巴彦温都尔嘎查), not over a kind of unit, a conjunction or a verb before it", () => {
    const ms = mentions("白音套海苏木的站点建在巴彦温都尔嘎查和查干诺尔嘎查。推动结对区镇街与协作旗县苏木乡镇结对全覆盖。大兴区支持金牧镇和祥嘎查。捐款用于新建巴彦温都尔嘎查卫生室。");
    expect(names(ms, "Village")).toEqual(["巴彦温都尔嘎查", "查干诺尔嘎查", "祥嘎查"]);
    expect(names(ms, "Hospital")).toEqual(["巴彦温都尔嘎查卫生室"]);
  });
});

describe("recognise the bodies and people of notices and explainers", () => {
  it("reads a leading group as a body, past a verb sending papers to it, none in a formula of approval by its level alone, and no sumu said of any", () => {
    const ms = mentions("京蒙协作工作领导小组成员单位参加。库伦旗京蒙协作工作领导小组统筹推进。清单于12月底前报昌平区东西部协作和支援合作工作领导小组办公室备案。电子版报送至旗乡村振兴局。经县京蒙协作工作领导小组研究。企业项目经属地苏木乡镇初审后报送。");
    expect(names(ms, "Agency").sort()).toEqual(["库伦旗京蒙协作工作领导小组", "旗乡村振兴局", "昌平区东西部协作和支援合作工作领导小组办公室"].sort());
    expect(names(ms, "Township")).toEqual([]);
  });

  it("reads the names of a numbered list of people posted, a ward's head, a cadre and a librarian among them", () => {
    const ms = mentions("5.白雪梅，北京市东城区天坛中西医结合医院护士长，派驻阿尔山市人民医院。\n7.钱江，北京市东城区文化和旅游局干部，挂职阿尔山市文化旅游体育局。\n8.曹一帆，北京市东城区第二文化馆馆员，派驻阿尔山市文化馆。");
    expect(names(ms, "Person")).toEqual(["白雪梅", "钱江", "曹一帆"]);
  });
});

describe("recognise the bodies and people of digital work", () => {
  it("reads a banner and a firm joined by 联合, engineers' titles, and no level's kind, county's clinics, saying or platform as a name", () => {
    const ms = mentions("支持巴林右旗联合中国移动赤峰分公司新建5G基站。云岫智算首席架构师周嘉铭驻场。来自中关村昌平园的技术经理人杜若溪本月起到包头挂职。北京专家走进宁城乡村卫生室。让刘凤芝“足不出村”就能看上。建设县级数字乡村综合指挥中心1处。在全旗推开的“兴前云村”数字乡村综合服务平台。");
    expect(names(ms, "Enterprise")).toEqual(["中国移动赤峰分公司"]);
    expect(names(ms, "Person")).toEqual(["周嘉铭", "杜若溪"]);
    expect([...names(ms, "Hospital"), ...names(ms, "Agency"), ...names(ms, "Village")]).toEqual([]);
  });
});

describe("recognise newspapers named by 报 alone, and herbs' people", () => {
  it("reads a paper where a reporter's line, a source's field or title marks credit it, not a kind of writing nor 本报", () => {
    const ms = mentions("中国中医药报记者 沈越\n正文。\n（来源：中国中医药报）\n《石景山报》2024年6月21日\n本报记者 张三\n见《工作简报》。");
    expect(names(ms, "Organization")).toEqual(["中国中医药报", "石景山报"]);
  });

  it("reads a Mongolian name before 掰着 and a firm after 便联合", () => {
    const ms = mentions("德力格尔嘎查牧民额尔敦毕力格掰着指头算账。她便联合北京德善堂中药集团股份有限公司，在大杨树镇建起加工车间。");
    expect(names(ms, "Person")).toEqual(["额尔敦毕力格"]);
    expect(names(ms, "Enterprise")).toEqual(["北京德善堂中药集团股份有限公司"]);
  });
});

describe("recognise villages named by a count of households", () => {
  it("reads 大五家村 and 三家村, not a count of each", () => {
    const ms = mentions("4．贝子府镇大五家村：建设规模400千瓦。八里罕镇三家村也建了电站。每家村都有。");
    expect(names(ms, "Village")).toEqual(["大五家村", "三家村"]);
  });
});

describe("recognise the bodies and people of greenhouses", () => {
  it("reads a village's cooperative past the words saying whose the assets are, one posted who comes again, and no town's rank", () => {
    const ms = mentions("项目资产归八号地村股份经济合作社所有。收购社员燕麦原粮。在商都县乡村振兴局挂任副局长的杜晓鹏又来到了菜地。乌敦套海镇是翁牛特旗设施农业第一大镇。归流河镇第二中学开学。");
    expect(names(ms, "Enterprise")).toEqual(["八号地村股份经济合作社"]);
    expect(names(ms, "Person")).toEqual(["杜晓鹏"]);
    expect(names(ms, "Township")).toEqual(["乌敦套海镇", "归流河镇"]);
  });
});

describe("recognise people named after 的 before the post they take", () => {
  it("reads 王硕 of 挂职的王硕任旗应急管理局副局长, not a word before 任", () => {
    const ms = mentions("门头沟区应急管理局派驻我旗挂职的王硕任旗应急管理局副局长。我旗的发展任重道远，全局的工作任务由局长安排。");
    expect(names(ms, "Person")).toEqual(["王硕"]);
  });
});

describe("recognise housing's bodies", () => {
  it("reads bodies whose fields 和 joins, city building and cooperation offices among them, and a paper on its publisher's line", () => {
    const ms = mentions("北京西城报 2024-06-21 08:30\n东城区住房和城市建设委员会与化德县住房和城乡建设局结对。东城区对口支援和合作办公室供稿。");
    expect(names(ms, "Agency")).toEqual(["东城区住房和城市建设委员会", "化德县住房和城乡建设局", "东城区对口支援和合作办公室"]);
    expect(names(ms, "Organization")).toEqual(["北京西城报"]);
  });
});

describe("recognise a bureau's own office as the bureau", () => {
  it("reads 水务局 of its offices of affairs and of a trade's task, and the programme's office inside a bureau whole", () => {
    const ms = mentions("东城区水务局节约用水办公室主任李卫东说。联系人：马丽娟，昌平区水务局办公室。农业农村局京蒙协作办公室主任到会。");
    expect(names(ms, "Agency")).toEqual(["东城区水务局", "昌平区水务局", "农业农村局京蒙协作办公室"]);
  });
});

describe("recognise memorials' people", () => {
  it("reads names before 像往常 and 红着, none of 来派驻 or 刚来, and credits a slash sets off", () => {
    const ms = mentions("牧民包金山像往常一样拿起手机。局长吴国华红着眼圈说。三年来派驻专家14批次。“潘书记刚来的时候，大伙儿都犯嘀咕。”\n（文/周婷　编辑/高阳）");
    expect(names(ms, "Person")).toEqual(["包金山", "吴国华", "潘", "周婷", "高阳"]);
  });
});

describe("recognise a Mongolian name jieba reads 都 in, inside a body's name", () => {
  it("reads 乌兰敖都 of a cooperative whole, and no adverb 都 before a trade", () => {
    const ms = mentions("牵头成立了科左中旗乌兰敖都牧业专业合作社。大家都肉牛专业合作社。");
    expect(names(ms, "Enterprise")).toEqual(["科左中旗乌兰敖都牧业专业合作社", "肉牛专业合作社"]);
  });
});

describe("recognise logistics' centres and contacts", () => {
  it("reads a logistics centre a unit names, not one of its kind; a contact after a body; no reporter's notes nor cold chain as a person", () => {
    const ms = mentions("林西县农产品冷链集配中心建成。这座冷链物流中心投资最大。“冷链是农产品进京绕不开的坎。”\n记者手记\n科左中旗乡村振兴局联系人：白玉龙，联系电话：0475-321");
    expect(names(ms, "Organization")).toEqual(["林西县农产品冷链集配中心"]);
    expect(names(ms, "Person")).toEqual(["白玉龙"]);
  });
});

describe("recognise water works' villages and a panel's names", () => {
  it("reads a Mongolian village listed after another whole, one named after a sumu, and names on the line under a list's heading", () => {
    const ms = mentions("在该苏木宝日胡舒嘎查、额很乌苏嘎查新建储水窖52处。（一）土贵乌拉镇三苏木村、新风村：新打机电井3眼。\n五、评标委员会成员名单\n\n王建军、齐玉柱、郝美英\n\n六、公告期限");
    expect(names(ms, "Village")).toEqual(["宝日胡舒嘎查", "额很乌苏嘎查", "三苏木村", "新风村"]);
    expect(names(ms, "Person")).toEqual(["王建军", "齐玉柱", "郝美英"]);
  });
});

describe("recognise stations of supervision and survey", () => {
  it("reads a water works' supervision station and a hydrology survey station as agencies", () => {
    const ms = mentions("北京市昌平区水务工程质量监督站副站长侯建新到场。密云区水文水资源勘测站派出技术人员。");
    expect(names(ms, "Agency")).toEqual(["北京市昌平区水务工程质量监督站", "密云区水文水资源勘测站"]);
  });
});

describe("recognise people sent, each after a department, their count after them", () => {
  it("reads 王磊 and 周婧 of 选派水资源管理科王磊、农村水利科周婧两名技术骨干", () => {
    const ms = mentions("区水务局已选派水资源管理科王磊、农村水利科周婧两名技术骨干到扎赉特旗水利局开展技术帮扶。");
    expect(names(ms, "Person")).toEqual(["王磊", "周婧"]);
  });
});

describe("recognise a name ending in 和 after an age", () => {
  it("reads 孟庆和 before a verb of posture, and 王芳 before 和 her husband", () => {
    const ms = mentions("59岁的孟庆和拍着鼓囊囊的粮袋。36岁的王芳和丈夫一起。");
    expect(names(ms, "Person")).toEqual(["孟庆和", "王芳"]);
  });
});

describe("recognise bodies of breeding, law and reading, and the central government's", () => {
  it("reads stations of animal health, breeding farms, notaries and legal aid", () => {
    const ms = mentions("来自北京市丰台区动物卫生监督所的兽医师赵文博在林西县动物卫生监督所挂职。平地泉镇的京南湖羊良种繁育场里热气腾腾。北京市丰华公证处与林西县公证处结对，北京市丰台区法律援助中心与林西县法律援助中心结对。");
    expect(names(ms, "Agency")).toEqual(expect.arrayContaining(["北京市丰台区动物卫生监督所", "林西县动物卫生监督所", "北京市丰华公证处", "林西县公证处", "北京市丰台区法律援助中心", "林西县法律援助中心"]));
    expect(names(ms, "Enterprise")).toEqual(["京南湖羊良种繁育场"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("keeps words of reading and breeding in a name (北京海淀阅读公益基金会, 林西县家畜改良工作站) and a grassland's book room", () => {
    const ms = mentions("北京海淀阅读公益基金会向敖汉旗捐赠图书。丰台区向林西县家畜改良工作站捐赠冻精。科左中旗舍伯吐镇东敖包嘎查草原书屋管理员白音仓说。");
    expect(names(ms, "Organization")).toEqual(["北京海淀阅读公益基金会", "科左中旗舍伯吐镇东敖包嘎查草原书屋"]);
    expect(names(ms, "Agency")).toEqual(["林西县家畜改良工作站"]);
  });
  it("reads the central government's bodies but not a kind of department, nor courts in general", () => {
    const ms = mentions("落实最高人民法院关于东西部法院交流的部署，把北京法院的经验带到内蒙古法院系统。农业农村部和国家发改委支持，财政部门拨付资金。");
    expect(names(ms, "Agency")).toEqual(["最高人民法院", "农业农村部", "国家发改委"]);
  });
  it("reads no body in a document's number, a source's verb or a village official", () => {
    const ms = mentions("文号：林政办发〔2024〕41号。本文转自呼伦贝尔日报。其木格是嘎查的一名大学生村官。力争全旗农家书屋年借阅量突破10万册次。");
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Organization")).toEqual(["呼伦贝尔日报"]);
    expect(names(ms, "Village")).toEqual([]);
  });
  it("reads a writer, a lawyer by surname, and a picture's credit after a slash", () => {
    const ms = mentions("鄂伦春族作家敖长福的手稿收了进来。律师李志远说，李律师每次都来。\n（文/张雪  图/刘畅  编辑/高娃）");
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["敖长福", "李志远", "刘畅"]));
  });
});

describe("recognise Mongolian names with 日, speakers after a quote, and villages named after towns", () => {
  it("reads 乌日娜 after an age and after a quote before a gesture and 说, but no day (今日)", () => {
    const ms = mentions("52岁的乌日娜患病多年。“北京的娘家人每年都来看我们。”王秀兰拉着韩晓梅的手说。今日阳光很好。");
    expect(names(ms, "Person")).toEqual(["乌日娜", "王秀兰"]);
  });
  it("reads 刘畅 before 分两批 and 乌兰 after 妇女", () => {
    const ms = mentions("乳腺科副主任医师刘畅分两批来库伦旗开展医疗帮扶。记者遇到了刚从北京回来过年的妇女乌兰，她说她在北京做育儿嫂。");
    expect(names(ms, "Person")).toEqual(["刘畅", "乌兰"]);
  });
  it("reads 衙门口社区 and 登特科村 after 登特科镇, and no village in a saying or in all of one", () => {
    const ms = mentions("鲁谷街道与登特科镇建立关系，衙门口社区与登特科村结成“姐妹村居”。提起其其格，十里八乡没有不知道的。争取让分红惠及全嘎查。");
    expect(names(ms, "Village")).toEqual(["衙门口社区", "登特科村"]);
    expect(names(ms, "Township")).toEqual(["鲁谷街道", "登特科镇"]);
  });
});

describe("recognise posts taken in a county's body, and those who guard forests", () => {
  it("reads 县应急管理局 after 挂任, though jieba reads 任县 as a word, and 马骏 before 担任", () => {
    const ms = mentions("王强来到宁城县，挂任县应急管理局副局长。马骏担任县农牧局副局长。");
    expect(names(ms, "Agency")).toEqual(["县应急管理局", "县农牧局"]);
    expect(names(ms, "Person")).toEqual(["马骏"]);
  });
  it("reads forest rangers, weather observers and instructors, and no village or website in a list of departments or a network", () => {
    const ms = mentions("县应急管理局会同财政、农牧等部门对受灾情况逐村核查。推动两地在监测站网建设方面合作。护林员乌力吉已经巡护了20多年。我局选派测报员萨仁高娃跟岗学习。消防救援支队教官孙浩带队。");
    expect(names(ms, "Person")).toEqual(["乌力吉", "萨仁高娃", "孙浩"]);
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("recognise riders, 那 opening a Mongolian name, and bodies of sport", () => {
  it("reads 其木格 after 骑手 before 家住, 那木汗 and 那顺 but no 那些, 张一鸣 after 爱好者, and no one in 农民丰收节", () => {
    const ms = mentions("17岁的骑手其木格家住白音敖包嘎查。在车间里工作的那木汗说：挣得多了。旗长那顺致欢迎辞。那些孩子很高兴。搏克爱好者张一鸣是干部。我县在大井镇举办农民丰收节趣味运动会。");
    expect(names(ms, "Person")).toEqual(["其木格", "那木汗", "那顺", "张一鸣"]);
  });
  it("reads centres of sport and fitness, a school given to past the verb, and no body in 把夏令营办到", () => {
    const ms = mentions("器材赠送给乌兰达坝苏木中心学校。教练陈思远来自北京市东城区青少年冰雪运动中心。希望他们把夏令营办到敖汉来。比赛在宁城县全民健身中心开赛。");
    expect(names(ms, "School")).toEqual(["乌兰达坝苏木中心学校"]);
    expect(names(ms, "Organization")).toEqual(["北京市东城区青少年冰雪运动中心", "宁城县全民健身中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads no village in the towns in general (11个苏木镇建设嘎查村级全民健身场地)", () => {
    expect(names(mentions("顺义区在巴林左旗11个苏木镇建设嘎查村级全民健身场地。"), "Village")).toEqual([]);
  });
});

describe("recognise a short Mongolian name opening a roster's item", () => {
  it("reads 达来 and 贾红霞 before their bodies and posts", () => {
    const ms = mentions("部分专家派驻情况如下：\n1.达来，海淀区农业农村局兽医师，派驻赤峰市敖汉旗，服务期2个月；\n2.贾红霞，北京华牧兴种畜科技有限公司技术总监，派驻通辽市奈曼旗，服务期1个月。");
    expect(names(ms, "Person")).toEqual(["达来", "贾红霞"]);
  });
});

describe("recognise guesthouses by their quoted names, their hosts and guides, and credits of a post", () => {
  it("reads “松涛小院”民宿 as 松涛小院, its host and the guides, and no village in 3个民宿村 nor after 距", () => {
    const ms = mentions("白狼镇林俗村“松涛小院”民宿业主高秀兰说。“沙漠之舟”民宿主人宝音图一边给客人烤全羊一边说。距朝鲁吐嘎查6公里的银沙湾景区。景区向导巴雅尔今年带了200多个家庭。该公司导游娜仁被评为金牌导游。组织我市民宿业主赴京培训。连接景区与3个民宿村。发扬主人翁精神。");
    expect(names(ms, "Enterprise")).toEqual(["松涛小院", "沙漠之舟"]);
    expect(names(ms, "Person")).toEqual(["高秀兰", "宝音图", "巴雅尔", "娜仁"]);
    expect(names(ms, "Village")).toEqual(["林俗村", "朝鲁吐嘎查"]);
  });
  it("reads 文/图 and 编译 credits, and 日 after 吴 in a Mongolian name", () => {
    const ms = mentions("标题\n文/图：吴日根　编辑：白雪\n\n正文。\n（编译：张敏）");
    expect(names(ms, "Person")).toEqual(["吴日根", "白雪", "张敏"]);
  });
});

describe("recognise no teacher in 援蒙特教教师 and no paper's section in its name", () => {
  it("reads 赵明媚 after 援蒙特教教师 and 兴安日报 after its page's section", () => {
    const ms = mentions("正文。\n3　要闻　兴安日报\n记顺义区援蒙特教教师赵明媚。");
    expect(names(ms, "Person")).toEqual(["赵明媚"]);
    expect(names(ms, "Organization")).toEqual(["兴安日报"]);
  });
});

describe("recognise a Mongolian name ending in 图 and a post's holder before 常说", () => {
  it("reads 萨其拉图 whole and 周海涛 after 副县长的", () => {
    const ms = mentions("哈日干吐嘎查党支部书记萨其拉图说：收获很大。这是挂任兴和县委常委、副县长的周海涛常说的一句话。");
    expect(names(ms, "Person")).toEqual(["萨其拉图", "周海涛"]);
  });
});

describe("recognise a city's running bureau, a paper ending in 时报, and no adverb in a name", () => {
  it("reads 北京经济技术开发区城市运行局, 中国绿色时报, and 韩雪 before 则是", () => {
    const ms = mentions("北京经济技术开发区城市运行局派出园林专家马骁。韩雪则是第一次来草原。\n（中国绿色时报记者 李文涛 通讯员 吴晓燕）");
    expect(names(ms, "Agency")).toEqual(["北京经济技术开发区城市运行局"]);
    expect(names(ms, "Organization")).toEqual(["中国绿色时报"]);
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["马骁", "韩雪", "李文涛"]));
    expect(names(ms, "Person")).not.toContain("韩雪则");
  });
});

describe("recognise officers of courts and the capital's courts in general", () => {
  it("reads 许文博 after 审判员 and no court in 首都法院", () => {
    const ms = mentions("东城区人民法院审判员许文博，挂职阿尔山市人民法院副院长。让草原群众感受到首都法院的司法服务。");
    expect(names(ms, "Person")).toEqual(["许文博"]);
    expect(names(ms, "Agency")).toEqual(["东城区人民法院", "阿尔山市人民法院"]);
  });
});

describe("recognise no book room of a banner in general", () => {
  it("reads no body in 库伦旗草原书屋建设 but a gacha's book room", () => {
    const ms = mentions("哈日努拉嘎查的变化是库伦旗草原书屋建设的一个缩影。东敖包嘎查草原书屋管理员白音仓说。");
    expect(names(ms, "Organization")).toEqual(["东敖包嘎查草原书屋"]);
  });
});

describe("recognise the programme's offices, and no body in a kind, a header or a distance", () => {
  it("reads 大兴区对口支援办公室 but no 名医工作室 alone, no 北京市帮扶医院 header, no 家里离旗医院", () => {
    const ms = mentions("大兴区对口支援办公室的一位负责人表示。密云专家把名医工作室开到库伦旗。家里离旗医院七十多公里。\n序号 | 北京市帮扶医院 | 赤峰市受援医院\n1 | 北京市顺义区空港医院 | 科左中旗第二人民医院\n");
    expect(names(ms, "Agency")).toEqual(["大兴区对口支援办公室"]);
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "Hospital")).toEqual(["北京市顺义区空港医院", "科左中旗第二人民医院"]);
  });
});

describe("recognise fields joined with 产业, stations of experts, and a villager before what he grows", () => {
  it("reads 李占军 before 种了, 科技和产业促进局 whole, a station of experts as no government's, and no website in 网棚", () => {
    const ms = mentions("村民李占军种了40亩谷子。北京经济技术开发区科技和产业促进局支持。京蒙中药材专家工作站成立。建设智能化网棚。");
    expect(names(ms, "Person")).toEqual(["李占军"]);
    expect(names(ms, "Agency")).toEqual(["北京经济技术开发区科技和产业促进局"]);
    expect(names(ms, "Organization")).toEqual(["京蒙中药材专家工作站"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("recognise credit cooperatives", () => {
  it("reads a county's credit cooperative, past 获, and no village in a rank of credit", () => {
    const ms = mentions("察右前旗农村信用合作联社向合作社发放贷款200万元。项目另获县农村信用合作联社贷款500万元。全旗评定信用嘎查12个。");
    expect(names(ms, "Enterprise")).toEqual(["察右前旗农村信用合作联社", "县农村信用合作联社"]);
    expect(names(ms, "Village")).toEqual([]);
  });
});

describe("recognise no name of a surname and a title, and no kindergartens counted", () => {
  it("reads 田园长 as no one, and no kindergarten in 共有幼儿园, 现有幼儿园 or 偏远地区幼儿园", () => {
    const ms = mentions("小组跟随大兴区第一幼儿园园长田雨学习，“田园长说，老师要相信孩子。”察右后旗共有幼儿园32所。突泉县现有幼儿园20所。偏远地区幼儿园师资不足。");
    expect(names(ms, "Person")).toEqual(["田雨"]);
    expect(names(ms, "School")).toEqual(["大兴区第一幼儿园"]);
  });
});

describe("recognise carers and their overseers, and no body or place counted or in general", () => {
  it("reads carers, an overseer, an old worker and one before 由该, no 处区域性… centre and no 牧区苏木", () => {
    const ms = mentions("还将在茫汗苏木新建2处区域性养老服务中心。中心主任赵丽娟由该公司派驻。照顾那顺的护理工人萨仁高娃今年39岁。护理培训督导王璐瑶已经在旗里工作了8个月。85岁的老林业工人刘振山已经和志愿者们成了忘年交。到目前，牧区苏木还没有建集中式的幸福院。");
    expect(names(ms, "Person")).toEqual(["赵丽娟", "萨仁高娃", "王璐瑶", "刘振山"]);
    expect(names(ms, "Township")).toEqual(["茫汗苏木"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
});

describe("recognise a supervisor's fellows", () => {
  it("reads 赵一鸣 after 同门", () => {
    expect(names(mentions("常悦和同门赵一鸣是今年春天住进小院的，白天下地。"), "Person")).toContain("赵一鸣");
  });
});

describe("recognise a name after an honour in quotes", () => {
  it("reads 杨国栋 after “金牌调解员” and 王丽 after “最美护士”", () => {
    expect(names(mentions("协会副会长、“金牌调解员”杨国栋先后3次赴察右前旗开展培训。“最美护士”王丽说。"), "Person")).toEqual(["杨国栋", "王丽"]);
  });
});

describe("recognise no town or body in words of levels", () => {
  it("reads no town in 镇（街道）苏木 and no office in 镇里办", () => {
    const ms = mentions("关于深化门头沟区与扎赉特旗镇（街道）苏木结对帮扶工作的通知。街道每年拿出专项经费，帮镇里办培训、卖农产品。");
    expect(names(ms, "Township")).toEqual([]);
    expect(names(ms, "Agency")).toEqual([]);
  });
});

describe("recognise the youth league's committees in its short forms", () => {
  it("reads 团海淀区委 and 丰台团区委 as committees, no more", () => {
    expect(names(mentions("团海淀区委副书记何静授牌。丰台团区委和县团委一起设立了资金。"), "Organization")).toEqual(["团海淀区委", "丰台团区委"]);
  });
});

describe("recognise workshops and web shops", () => {
  it("reads 加工坊 and 网店 as the endings of enterprises' names", () => {
    expect(names(mentions("科左中旗萨仁奶食品加工坊和察右前旗娜仁花农产品网店获得扶持。"), "Enterprise")).toEqual(["科左中旗萨仁奶食品加工坊", "察右前旗娜仁花农产品网店"]);
  });
});

describe("recognise an engineer addressed by surname and 工", () => {
  it("reads 郑工 as the surname of one named in full elsewhere", () => {
    const ms = mentions("高级工程师郑建平来了。“林子就能这么管。”郑工说，关键是造管并重。");
    expect(ms.filter((m) => m.label === "Person").map((m) => `${m.name}${m.surnameOnly ? "(surname)" : ""}`)).toEqual(["郑建平", "郑(surname)"]);
  });
});

describe("recognise a village's history hall, a showroom, a centre of civilised practice and a troupe", () => {
  it("reads 村史馆, 展示馆, 新时代文明实践所 and 剧团 as the endings of organisations' names, but no exhibition hall", () => {
    const ms = mentions("永兴村村史馆建成。库伦安代文化展示馆开放。乌丹镇新时代文明实践所挂牌。北京宣南京剧团演出。活动在北京展览馆举办。");
    expect(names(ms, "Organization")).toEqual(["永兴村村史馆", "库伦安代文化展示馆", "乌丹镇新时代文明实践所", "北京宣南京剧团"]);
  });
});

describe("recognise no person in a dance or a verb and its complement", () => {
  it("reads no one in 安代舞是一种… nor in 游客戴上VR眼镜", () => {
    expect(names(mentions("安代舞是一种起源于库伦旗的蒙古族传统舞蹈。游客戴上VR眼镜，便能走进聚落。"), "Person")).toEqual([]);
  });
});

describe("recognise a town's villagers and a Mongolian name before an age", () => {
  it("reads 乌拉哈乡 before 村民, and 宝音图 before 今年42岁", () => {
    const ms = mentions("察右前旗乌拉哈乡村民王二虎说。来自长胜镇白音花村的宝音图今年42岁，是一名班组长。");
    expect(names(ms, "Township")).toEqual(["乌拉哈乡", "长胜镇"]);
    expect(names(ms, "Person")).toEqual(["王二虎", "宝音图"]);
  });
});

describe("recognise a village's e-commerce station", () => {
  it("reads 电商服务站 as an organisation's ending, as 电商服务中心 is", () => {
    expect(names(mentions("套海嘎查电商服务站站长乌日娜说。"), "Organization")).toEqual(["套海嘎查电商服务站"]);
  });
});

describe("recognise a body named after a village the article names, its 嘎查 left out", () => {
  it("reads the cooperative's whole name past the places before the village's name (…阿拉达尔吐苏木沙日格台肉牛养殖专业合作社)", () => {
    const ms = mentions("孙建华在阿拉达尔吐苏木沙日格台嘎查。由位于沙日格台嘎查的扎赉特旗阿拉达尔吐苏木沙日格台肉牛养殖专业合作社负责运营。");
    expect(names(ms, "Enterprise")).toEqual(["扎赉特旗阿拉达尔吐苏木沙日格台肉牛养殖专业合作社"]);
  });
});

describe("recognise no place in a verb before it", () => {
  it("reads 大冷村 after 硬化, and no town in a header's 途经苏木乡镇", () => {
    expect(names(mentions("用于硬化大冷村通组道路3.2公里。"), "Village")).toEqual(["大冷村"]);
    expect(names(mentions("线路名称|途经苏木乡镇|日均带货（件）\n"), "Township")).toEqual([]);
  });
});

describe("recognise no school in a faculty named by its subject alone, nor in 大学生", () => {
  it("reads no 文学院 or 美术学院 among a university's faculties, no 首都大学 in 首都大学生, but 北京大学生命科学学院", () => {
    const ms = mentions("团队成员来自教育学院、文学院、美术学院等7个院系，让首都大学生留得下。北京大学生命科学学院来了。");
    expect(names(ms, "School")).toEqual(["北京大学生命科学学院"]);
  });
});

describe("recognise a league's working committee opening at its unit", () => {
  it("reads 经开区团工委 after 代表, not 代表经开区团工委", () => {
    expect(names(mentions("我代表经开区团工委欢迎大家。"), "Organization")).toEqual(["经开区团工委"]);
  });
});

describe("recognise a firm's name opening at its province, past a word of the clause", () => {
  it("reads 北京中科博瑞生物技术有限公司 after 新主人 and 北京禾丰源食品有限公司 after a sum, but keeps a brand (华能) and 中国", () => {
    const ms = mentions("新主人北京中科博瑞生物技术有限公司入驻。投资1.2亿元北京禾丰源食品有限公司建厂。华能内蒙古东部能源有限公司投资。中国北京同仁堂集团来了。");
    expect(names(ms, "Enterprise")).toEqual(["北京中科博瑞生物技术有限公司", "北京禾丰源食品有限公司", "华能内蒙古东部能源有限公司", "中国北京同仁堂集团"]);
  });
});

describe("recognise no village in a word for villages in general", () => {
  it("reads no 空心村, 激活嘎查 or a header's 任职村, but 大北村", () => {
    expect(names(mentions("序号|姓名|派出单位|任职村|任职时间\n大北村以前是典型的空心村。京蒙“支部联建”激活嘎查集体经济。"), "Village")).toEqual(["大北村"]);
  });
});

describe("recognise an old person named before 老人, and one named after a kind of person and 叫", () => {
  it("reads 王淑芬 and 郭二平, and no one in 用蒙语跟老人 or 一位失能老人", () => {
    const ms = mentions("有一位黄旗海镇马莲渠村的老乡，叫郭二平，六十多岁。梧桐花镇三道杖房村的王淑芬老人对此深有体会。护士长乌云用蒙语跟老人说了半天。一位失能老人住了进来。");
    expect(names(ms, "Person")).toEqual(["郭二平", "王淑芬", "乌云"]);
  });
});

describe("recognise no name in a surname and a coach's title", () => {
  it("reads no 刘教练 before 说", () => {
    expect(names(mentions("主教练刘振宇来了。“好。”刘教练说。"), "Person")).toEqual(["刘振宇"]);
  });
});

describe("recognise a registered name whose brand opens with a counter's character after its district", () => {
  it("reads 北京大兴天骏马术俱乐部有限公司 whole, not from 骏马", () => {
    expect(names(mentions("北京大兴天骏马术俱乐部有限公司在该嘎查投资300万元。"), "Enterprise")).toEqual(["北京大兴天骏马术俱乐部有限公司"]);
  });
});

describe("recognise the programme's 京蒙 after a banner's short form, and a Hope Project school", () => {
  it("reads 敖汉京蒙协作产业园 and the 京蒙希望小学 of a banner, but no school in 希望小学生", () => {
    const ms = mentions("敖汉京蒙协作产业园和敖汉旗京蒙希望小学，海淀·敖汉京蒙希望小学。他希望小学生好好学习。");
    expect(names(ms, "Organization")).toEqual(["敖汉京蒙协作产业园"]);
    expect(names(ms, "School")).toEqual(["敖汉旗京蒙希望小学", "海淀·敖汉京蒙希望小学"]);
  });
});

describe("recognise a family farm under its owner's name", () => {
  it("reads 王建国家庭农场 and 苏德毕力格家庭牧场 from the owner on, and keeps a banner or a longer name read otherwise", () => {
    const ms = mentions("王建国家庭农场位于新惠镇。牧民苏德毕力格家庭牧场有500只羊。科左中旗额尔敦家庭农场和查干苏鲁克家庭牧场。他建起了家庭牧场。");
    expect(names(ms, "Enterprise")).toEqual(["王建国家庭农场", "苏德毕力格家庭牧场", "科左中旗额尔敦家庭农场", "查干苏鲁克家庭牧场"]);
  });
});

describe("recognise no name after a campaign's joined hands in quotes", () => {
  it("reads no 夏令营 after “手拉手”, but 王建国 after “养殖能手”", () => {
    expect(names(mentions("参加“京蒙少年手拉手”夏令营，丰台区。“养殖能手”王建国说。"), "Person")).toEqual(["王建国"]);
  });
});

describe("recognise social work's and charities' centres and villages' homes for children as organisations", () => {
  it("reads 和光社会工作发展中心, 同心公益服务中心 and 儿童之家 as organisations", () => {
    const ms = mentions("北京市东城区和光社会工作发展中心与北京市石景山区同心公益服务中心在新发村儿童之家开展活动。");
    expect(names(ms, "Organization")).toEqual(["北京市东城区和光社会工作发展中心", "北京市石景山区同心公益服务中心", "新发村儿童之家"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
});

describe("recognise no body through a person's title, nor one named by the word for villages", () => {
  it("reads 北京亦庄企业家协会, not a name running over 会长周子航代表, and no 嘎查肉牛养殖合作社", () => {
    const ms = mentions("北京亦庄企业家协会会长周子航代表协会与宝日勿苏镇宝日勿苏嘎查签订结对帮扶协议。资金用于嘎查肉牛养殖合作社扩建棚圈。");
    expect(names(ms, "Organization")).toEqual(["北京亦庄企业家协会"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("recognise a town where a project is sited, and a body named after its Mongolian founder and a morpheme", () => {
  it("reads 新城子镇 and 查干诺尔镇 after 选址, and 太仆寺旗乌日娜奶食品专业合作社 whole", () => {
    const ms = mentions("项目总投资2.8亿元，选址新城子镇；项目选址查干诺尔镇。牧民乌日娜创办的太仆寺旗乌日娜奶食品专业合作社，过去产品只在旗里卖。");
    expect(names(ms, "Township")).toEqual(["新城子镇", "查干诺尔镇"]);
    expect(names(ms, "Enterprise")).toEqual(["太仆寺旗乌日娜奶食品专业合作社"]);
  });
});

describe("recognise a league's party committee as the league", () => {
  it("reads no body in 锡林郭勒盟委, as in 太仆寺旗委", () => {
    expect(names(mentions("锡林郭勒盟委副书记包金山、太仆寺旗委书记李明出席。"), "Agency")).toEqual([]);
  });
});

describe("recognise a body reported to, past the verb jieba reads with the clause", () => {
  it("reads 北京市西城区京蒙协作工作领导小组办公室 after 已报告 and 北京市昌平区教育委员会 after 报送", () => {
    const ms = mentions("相关情况已报告北京市西城区京蒙协作工作领导小组办公室。名单报送北京市昌平区教育委员会。");
    expect(names(ms, "Agency")).toEqual(["北京市西城区京蒙协作工作领导小组办公室", "北京市昌平区教育委员会"]);
  });
});

describe("recognise no home for children named by a unit's grade or works alone", () => {
  it("reads 后房子村儿童之家 (前 or 后 opening a village after a word of being somewhere) but no 通辽市示范儿童之家, 巴林右旗建设儿童之家 or 标准化儿童之家, and keeps 社区建设办", () => {
    const ms = mentions("通辽市示范儿童之家。巴林右旗建设儿童之家20个。建成标准化儿童之家。在后房子村儿童之家。社区建设办主任说。");
    expect(names(ms, "Organization")).toEqual(["后房子村儿童之家"]);
    expect(names(ms, "Agency")).toEqual(["社区建设办"]);
  });
});

describe("recognise a studio's station in another unit as an organisation", () => {
  it("reads 顺义区名师工作室巴林左旗工作站 as an organisation, not an office", () => {
    const ms = mentions("顺义区名师工作室巴林左旗工作站揭牌成立。");
    expect(names(ms, "Organization")).toEqual(["顺义区名师工作室巴林左旗工作站"]);
  });
});

describe("recognise a body opening at its district past a word of intent, and no town in a word for mountain towns", () => {
  it("reads 延庆区医院 after 力争, and no 山区镇", () => {
    const ms = mentions("力争延庆区医院尽快恢复。流村镇、南口镇等山区镇受灾严重。");
    expect(names(ms, "Hospital")).toEqual(["延庆区医院"]);
    expect(names(ms, "Township")).toEqual(["流村镇", "南口镇"]);
  });
});

describe("recognise no name through a head's title, a verb of going, or one of guiding jieba reads a noun", () => {
  it("reads 新惠第三小学 and 西苑实验小学 apart, and 化德县医院 after 指导", () => {
    const ms = mentions("新惠第三小学校长包金山赴西苑实验小学跟岗。北京专家团队指导化德县医院开展工作。");
    expect(names(ms, "School")).toEqual(["新惠第三小学", "西苑实验小学"]);
    expect(names(ms, "Hospital")).toEqual(["化德县医院"]);
  });
  it("reads 北京经济开发区 as the development zone", () => {
    expect(names(mentions("北京经济开发区向巴林右旗捐赠物资。"), "District")).toEqual(["北京经济技术开发区"]);
  });
});

describe("recognise a school's ordinal jieba cut from its number, and no name past 经 or in a word for a unit's whole", () => {
  it("reads 北京市第一九八中学 and 北京市房山区慈善协会, and no 力争村 or 进全苏木", () => {
    const ms = mentions("北京市第一九八中学副校长孙立军挂职。第8项经北京市房山区慈善协会捐赠。力争村企结对实现全覆盖。把做法写进全苏木的工作规范。");
    expect(names(ms, "School")).toEqual(["北京市第一九八中学"]);
    expect(names(ms, "Organization")).toEqual(["北京市房山区慈善协会"]);
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Township")).toEqual([]);
  });
});

describe("recognise a school named by its unit, its town's core and its number", () => {
  it("reads 海淀区温泉二中 and 敖汉旗新惠二中", () => {
    const ms = mentions("同批来的海淀区温泉二中刘畅老师去了敖汉旗。敖汉旗新惠二中的老师也来了。");
    expect(names(ms, "School")).toEqual(["海淀区温泉二中", "敖汉旗新惠二中"]);
  });
});

describe("recognise a community named with the programme's name and a verb", () => {
  it("reads 京蒙安居社区, but no village in 四道沟村签订村村结对", () => {
    const ms = mentions("安置区为土贵乌拉镇京蒙安居社区。十渡镇马安村与黑里河镇四道沟村签订村村结对协议。");
    expect(names(ms, "Village")).toEqual(["京蒙安居社区", "马安村", "四道沟村"]);
  });
});

describe("recognise no place in words for villages of a kind or those concerned, nor a cooperative named by its kind alone", () => {
  it("reads no 空壳村, 薄弱村, 相关苏木 or bare 股份经济合作社, but 红山咀村股份经济合作社 and 经济日报", () => {
    const ms = mentions("资产确权到24个嘎查村股份经济合作社。消除空壳村、薄弱村。各有关苏木乡镇和相关苏木。红山咀村股份经济合作社成立。经济日报记者陈力报道。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Township")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual(["红山咀村股份经济合作社"]);
    expect(names(ms, "Organization")).toEqual(["经济日报"]);
  });
});

describe("recognise a society of trade, halls and centres showing produce, and no body in a way of helping", () => {
  it("reads 宁城县八里罕镇果品产销协会, 库伦旗农特产品展销体验馆 and 突泉好粮品牌展示中心, and no 手把手帮合作社", () => {
    const ms = mentions("宁城县八里罕镇果品产销协会成立。在密云区设立库伦旗农特产品展销体验馆1个。突泉好粮品牌展示中心开业。专家手把手帮合作社建立记录。");
    expect(names(ms, "Organization")).toEqual(["宁城县八里罕镇果品产销协会", "库伦旗农特产品展销体验馆", "突泉好粮品牌展示中心"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("recognise nurseries and the programme's named bases, and no town in a verb, a word of receiving or 民族", () => {
  it("reads 巴林右旗京蒙协作智能化蔬菜育苗中心 and 京蒙协作设施农业示范园, no 安排镇, 受援镇 or 民族乡, but 鄂温克民族乡", () => {
    const ms = mentions("位于大板镇白音汉嘎查的巴林右旗京蒙协作智能化蔬菜育苗中心正式投产。在五十家子镇建设京蒙协作设施农业示范园。今年昌平区安排镇级结对帮扶资金460万元，直接拨付受援镇苏木。全旗8个镇、2个民族乡和鄂温克民族乡。");
    expect(names(ms, "Organization")).toEqual(["巴林右旗京蒙协作智能化蔬菜育苗中心", "京蒙协作设施农业示范园"]);
    expect(names(ms, "Township").sort()).toEqual(["五十家子镇", "大板镇", "鄂温克民族乡"].sort());
  });
});

describe("recognise a Mongolian name of two known parts after a title with no follower, and a long one in a column of names", () => {
  it("reads 阿拉坦高娃 before 开心地说, 阿古达木 after 旗长, and 额尔敦其其格 in a 嘉宾 column", () => {
    const ms = mentions("牧民阿拉坦高娃开心地说。巴林右旗旗长阿古达木出席会议。\n期数|嘉宾|原单位及职务\n第1期|杨帆|北京市昌平区医院 普外科主任医师\n第4期|额尔敦其其格|阿鲁科尔沁旗天山口镇 副镇长\n");
    expect(names(ms, "Person")).toEqual(["阿拉坦高娃", "阿古达木", "杨帆", "额尔敦其其格"]);
  });
});

describe("recognise a Beijing group by its short name, and a declared short name in a subtitle above the full one", () => {
  it("reads 京能集团 and 北控集团 as the groups named in full, and ——记北汽集团 as 北京汽车集团有限公司", () => {
    const ms = mentions("北京能源集团有限责任公司在化德县落户。京能集团与白音特拉村结对。北京控股集团有限公司签约，北控集团捐赠100万元。");
    expect(names(ms, "Enterprise")).toEqual(["北京能源集团有限责任公司", "北京控股集团有限公司"]);
    const profiled = mentions("——记北汽集团派驻乌兰嘎查第一书记赵宏伟\n这位北京汽车集团有限公司（以下简称北汽集团）的工程师来到嘎查。");
    expect(names(profiled, "Enterprise")).toEqual(["北京汽车集团有限公司"]);
  });
});

describe("recognise centres of charity, student aid and volunteers as organisations, not offices of government", () => {
  it("reads 北京兴华爱心助学服务中心 and 北京市朝阳区青年志愿服务中心 as Organization", () => {
    const ms = mentions("北京兴华爱心助学服务中心资助察右前旗职业中学家庭困难学生42名。北京市朝阳区青年志愿服务中心组织志愿者。");
    expect(names(ms, "Organization")).toEqual(["北京兴华爱心助学服务中心", "北京市朝阳区青年志愿服务中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
});

describe("recognise a firm whose Mongolian name jieba cuts into bound forms, and branch centres", () => {
  it("reads 巴林右旗查干沐沦牧业有限公司 whole and 石景山区消费帮扶分中心 as an organisation, and no body opening with 往", () => {
    const ms = mentions("北京亦庄鲜链供应链管理有限公司与巴林右旗查干沐沦牧业有限公司签订采购协议。在石景山区消费帮扶分中心设立展销区。医疗队前往奥罗琴自治旗人民医院。");
    expect(names(ms, "Enterprise")).toEqual(["北京亦庄鲜链供应链管理有限公司", "巴林右旗查干沐沦牧业有限公司"]);
    expect(names(ms, "Organization")).toEqual(["石景山区消费帮扶分中心"]);
    expect(names(ms, "Hospital").some((n) => n.startsWith("往"))).toBe(false);
  });
});

describe("recognise people named after their post, in a script's labels and when introduced", () => {
  it("reads a name after a post and 的 before 全程 (挂职任副旗长的王建军全程参与), and one after a title before 翻看", () => {
    const ms = mentions("从昌平区商务局到太仆寺旗挂职任副旗长的王建军全程参与了对接工作。西坊子村党支部书记李树林翻看着报告说：好。");
    expect(names(ms, "Person")).toEqual(["王建军", "李树林"]);
  });
  it("reads the host's name in brackets (主持人（萨仁）：) and a Mongolian name of six introduced (女孩，叫莫日根其其格)", () => {
    const ms = mentions("主持人（萨仁）：听众朋友们好。有一个鄂伦春族的女孩，叫莫日根其其格。");
    expect(names(ms, "Person")).toEqual(["萨仁", "莫日根其其格"]);
  });
  it("reads a card's name alone on its line over 原单位, and a credit's 整理", () => {
    const ms = mentions("1️⃣ 王志刚\n👤原单位：北京市朝阳区商务局\n整理：李晓红");
    expect(names(ms, "Person")).toEqual(["王志刚", "李晓红"]);
  });
});

describe("recognise names in contacts, signings, kinship and given names with 向", () => {
  it("reads a contact after a department's colon with a comma before the phone's label, and a pupil's class signing", () => {
    const ms = mentions("区教委基础教育科：王磊，联系电话：010-63867245。\n鄂伦春自治旗第一中学 初二（1）班 孟梓涵\n");
    expect(names(ms, "Person")).toEqual(["王磊", "孟梓涵"]);
  });
  it("reads one introduced as a partner (伙伴叫周一诺), a father after 爸爸, and 李向东 after his post", () => {
    const ms = mentions("我的伙伴叫周一诺，她很热情。刘子轩的爸爸刘建国是一名公交车司机。昌平区委副书记、区长李向东率党政代表团赴太仆寺旗调研。他们向东走了三里。");
    expect(names(ms, "Person")).toEqual(["周一诺", "刘建国", "李向东"]);
  });
});

describe("recognise a government's public account named after its unit", () => {
  it("reads 库伦发布 and 巴林左旗发布 where a post credits them, not the verb 发布 after a unit", () => {
    const ms = mentions("原创 库伦发布 库伦发布 2024-04-18 19:06 内蒙古\n转自：巴林左旗发布\n宁城发布了通知。察右中旗发布《实施方案》。");
    expect(names(ms, "Organization")).toEqual(["库伦发布", "巴林左旗发布"]);
  });
  it("reads a publisher a post credits, its date glued on, and a media centre's account as the centre the text names", () => {
    const ms = mentions("原创 莫旗发布 2024-08-21 17:30 内蒙古\n原创 北京丰台官方发布 2024-01-02\n来源：北京石景山融媒　发布时间：2024-09-12\n" +
      "原创 莫旗融媒 2024-10-25\n莫旗融媒体中心记者报道。巴林左旗发布2024年项目清单。巴林右旗融媒报道。");
    expect(names(ms, "Organization")).toEqual(["莫旗发布", "北京丰台官方发布", "北京石景山融媒", "莫旗融媒体中心"]);
  });
  it("reads a news site in a source's field, its date glued on or a bracket after (来源：北方新闻网 2024-12-03)", () => {
    const ms = mentions("来源：北方新闻网 2024-12-03\n2024年6月12日 来源：北疆资讯网（回译）");
    expect(names(ms, "Organization")).toEqual(["北方新闻网", "北疆资讯网"]);
  });
});

describe("recognise no body in a count of bodies of a kind", () => {
  it("reads no school in 库伦旗三所学校, and 扣河子镇中学 before 三所学校", () => {
    const ms = mentions("北京这家企业为库伦旗三所学校送来暖冬礼包，用于额勒顺镇中心学校、库伦镇中心小学和扣河子镇中学三所学校的改造。");
    expect(names(ms, "School")).toEqual(["额勒顺镇中心学校", "库伦镇中心小学", "扣河子镇中学"]);
  });
});

describe("recognise contacts in a table's last column", () => {
  it("reads the names under 联系人 closing a table's header", () => {
    const ms = mentions("序号|项目名称|实施地点|联系人\n1|保康镇帮扶车间项目|保康镇|张伟\n2|宝龙山镇肉牛交易市场项目|宝龙山镇|包文斌\n");
    expect(names(ms, "Person")).toEqual(["张伟", "包文斌"]);
  });
});

describe("recognise names of credits", () => {
  it("reads a picture's credit by a slash, and a second name after a space (文/韩雪松　图/冯一鸣, 图片：额尔敦　周明)", () => {
    const ms = mentions("好的。\n文/韩雪松　图/冯一鸣\n图片：额尔敦　周明\n编辑：王蕾　审核：苏日娜");
    expect(names(ms, "Person")).toEqual(["韩雪松", "冯一鸣", "额尔敦", "周明", "王蕾", "苏日娜"]);
  });
});

describe("recognise a unit misspelt as it sounds, a village's ending inside it", () => {
  it("reads 鄂伦村自治旗 as 鄂伦春自治旗, not a village 鄂伦村", () => {
    const ms = mentions("西城区与鄂伦村自治旗结对。鄂伦村自治旗人民医院院长说好。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Banner")).toEqual(["鄂伦春自治旗"]);
  });
});

describe("recognise people a picture's caption places by where they stand", () => {
  it("reads the name right before （左二）, （右一） or （中）, after a title too", () => {
    const ms = mentions("▲郑浩然（左二）在病房查房。东直门中学校长助理吕晨（左二）带队来阿。图为活动现场（左一）。");
    expect(names(ms, "Person")).toEqual(["郑浩然", "吕晨"]);
  });
});

describe("a name of two jieba reads as a word, after a strong title and before what a person does", () => {
  it("reads 高阳 and 高远 (主任医师高阳在…, 副旗长高远说), not an adverb (书记全面介绍)", () => {
    const ms = mentions("北京市昌平区医院主任医师高阳在太仆寺旗人民医院开展医疗帮扶。挂职副旗长高远说，两地协作成效明显。刚才，其木格书记全面介绍了情况。");
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["高阳", "高远"]));
    expect(names(ms, "Person")).not.toContain("全面");
  });
});

describe("a person jieba cuts into a lone surname and a given name, after a title, before a body's name", () => {
  it("reads no hospital across the person (普外科副主任医师韩东升任旗医院 names no body of that name)", () => {
    const ms = mentions("北京市密云区医院派出专家到库伦旗人民医院，其中普外科副主任医师韩东升任旗医院外科主任。");
    expect(names(ms, "Hospital")).not.toContain("普外科副主任医师韩东升任旗医院");
    expect(names(ms, "Person")).toContain("韩东升");
  });
});

describe("a meeting programme's speakers, a label (with its English gloss) before the name and the body after a comma", () => {
  it("reads 何建新 and 高娃, not one a transcript's host calls by title (主持人：杨医生，您在…)", () => {
    const ms = mentions("会议议程\n致辞 Remarks：何建新，北京市支援合作办公室副主任\n分享人：高娃，察哈尔右翼前旗人民政府副旗长\n主持人：杨医生，您在阿旗医院工作一年，最大的感受是什么？");
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["何建新", "高娃"]));
    expect(ms.filter((m) => m.label === "Person" && m.source === "context").map((m) => m.name)).not.toContain("杨医生");
  });
});

describe("the state's financial bodies", () => {
  it("reads the central bank's branch as an agency, and a branch written after its head office as one body", () => {
    const ms = mentions("中国人民银行太仆寺旗支行、国家金融监督管理总局锡林郭勒监管分局太仆寺监管支局联合督导。");
    expect(names(ms, "Agency").sort()).toEqual(["中国人民银行太仆寺旗支行", "国家金融监督管理总局锡林郭勒监管分局太仆寺监管支局"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
});

describe("the programme's name inside a body's, after a town (jieba reads 京蒙's 蒙 as a verb)", () => {
  it("reads 玫瑰营镇京蒙协作木雕非遗工坊 whole", () => {
    const ms = mentions("走进乌兰察布市察哈尔右翼前旗玫瑰营镇京蒙协作木雕非遗工坊，刨花的清香扑面而来。");
    expect(names(ms, "Organization")).toEqual(["乌兰察布市察哈尔右翼前旗玫瑰营镇京蒙协作木雕非遗工坊"]);
  });
});

describe("a hospital's campus written after its name", () => {
  it("reads 北京积水潭医院回龙观院区 and 北京同仁医院南区 whole, not a 南区 that opens a word", () => {
    const ms = mentions("北京积水潭医院回龙观院区骨科医生许磊到太仆寺旗。北京同仁医院南区的护士。北京同仁医院南区医生。");
    expect(names(ms, "Hospital").sort()).toEqual(["北京同仁医院", "北京同仁医院南区", "北京积水潭医院回龙观院区"]);
  });
});

describe("a slogan's or a kind's community, no place's name", () => {
  it("reads no village in 京蒙好物进社区 or 大型社区, and keeps 先进苏木 and 前进村", () => {
    const ms = mentions("开展“京蒙好物进社区”活动，在大型社区设立专柜。库伦旗先进苏木、梧桐花镇前进村也参加了。");
    expect(names(ms, "Village")).toEqual(["前进村"]);
    expect(names(ms, "Township")).toContain("先进苏木");
  });
});

describe("a registered name whose coined word holds a function word's character inside (薯都源)", () => {
  it("reads 内蒙古薯都源农业科技有限公司 whole", () => {
    expect(names(mentions("· 王志刚，内蒙古薯都源农业科技有限公司董事长"), "Enterprise")).toEqual(["内蒙古薯都源农业科技有限公司"]);
  });
});

describe("a village bank's kind (村镇银行)", () => {
  it("reads no village in 北京顺义银座村镇银行股份有限公司", () => {
    const ms = mentions("北京顺义银座村镇银行股份有限公司向巴林左旗发放贷款。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual(["北京顺义银座村镇银行股份有限公司"]);
  });
});

describe("a verb of taking a post before a name, and 苏木 before 乡镇", () => {
  it("reads 曙光村党支部 after 高票当选, and no sumu in 须经苏木乡镇党委审核", () => {
    const ms = mentions("她高票当选曙光村党支部书记。推荐人选须经苏木乡镇党委审核。");
    expect(names(ms, "Organization")).toEqual(["曙光村党支部"]);
    expect(names(ms, "Township")).toEqual([]);
  });
});

describe("a labour station a banner keeps where its people work", () => {
  it("is an organisation, not an agency (太仆寺旗驻昌平劳务工作站)", () => {
    const ms = mentions("太仆寺旗驻昌平劳务工作站设在回龙观街道，林西县家畜改良工作站派出技术员。");
    expect(names(ms, "Organization")).toEqual(["太仆寺旗驻昌平劳务工作站"]);
    expect(names(ms, "Agency")).toEqual(["林西县家畜改良工作站"]);
  });
});

describe("a verb of going or belonging jieba glues to a place that opens a name", () => {
  it("reads the name from the place (资产归科左中旗兴农…有限责任公司, 八里罕至北京新发地…)", () => {
    const ms = mentions("项目资产归科左中旗兴农投资发展有限责任公司所有。从八里罕至北京新发地农产品批发市场。");
    expect(names(ms, "Enterprise").sort()).toEqual(["北京新发地农产品批发市场", "科左中旗兴农投资发展有限责任公司"]);
  });
});

describe("a question word after a title", () => {
  it("reads no name in 村书记讲怎么带着群众干", () => {
    expect(names(mentions("看乡村民宿，听村书记讲怎么带着群众干。"), "Person")).toEqual([]);
  });
});

describe("a chain's store named by its quoted brand", () => {
  it("reads 京蒙好物馆密云店 and 京蒙好物馆通州店, not a kind of store (体验店)", () => {
    const ms = mentions("入驻北京市密云区“京蒙好物馆”密云店。在“京蒙好物馆”（通州店）设立专柜。开设了“鄂伦春林下好物”体验店。");
    expect(names(ms, "Enterprise").sort()).toEqual(["京蒙好物馆密云店", "京蒙好物馆通州店"]);
  });
});

describe("bodies of government services", () => {
  it("reads 政务服务与数据管理局 whole, as Inner Mongolia names it, and a town's 便民服务中心; not a sumu's in general", () => {
    const found = names(mentions("巴林左旗政务服务与数据管理局发布通知。科布尔镇便民服务中心和各苏木乡镇便民服务中心的工作人员参加学习。"), "Agency");
    expect(found).toEqual(expect.arrayContaining(["巴林左旗政务服务与数据管理局", "科布尔镇便民服务中心"]));
    expect(found).not.toContain("数据管理局");
    expect(found.some((n) => n.includes("苏木乡镇便民"))).toBe(false);
  });
  it("reads a unit's 12345 hotline as its agency, and its operators (话务员) as people", () => {
    const m = mentions("首批跟岗的宁城县12345政务服务便民热线话务员孙悦已于9月初到石景山区12345市民服务热线报到。");
    expect(names(m, "Agency")).toEqual(expect.arrayContaining(["宁城县12345政务服务便民热线", "石景山区12345市民服务热线"]));
    expect(names(m, "Person")).toEqual(["孙悦"]);
  });
  it("reads a firm's trade name that holds 未来 whole (北京市未来城律师事务所)", () => {
    expect(names(mentions("北京市燕平律师事务所结对幸福乡，北京市未来城律师事务所结对永丰镇。"), "Organization")).toEqual(["北京市燕平律师事务所", "北京市未来城律师事务所"]);
  });
});

describe("ski resorts, skating teams and clinics of prevention", () => {
  it("reads a ski resort as an enterprise and a youth ski team as a club", () => {
    const m = mentions("阿尔山白狼峰滑雪场与阿尔山市青少年滑雪队签订协议，库伦旗银沙湾冰雪乐园同时开园。");
    expect(names(m, "Enterprise")).toEqual(["阿尔山白狼峰滑雪场", "库伦旗银沙湾冰雪乐园"]);
    expect(names(m, "Organization")).toEqual(["阿尔山市青少年滑雪队"]);
  });
  it("reads a clinic of dental prevention (牙病防治所) as a hospital", () => {
    expect(names(mentions("北京市西城区牙病防治所也与旗人民医院签订了结对帮扶协议。"), "Hospital")).toContain("北京市西城区牙病防治所");
  });
});

describe("a place named by a figure of 里, and clinics of mental health", () => {
  it("reads 五里坨 after its district as a place's name, though jieba reads 五里 as a figure and 坨 as a verb", () => {
    expect(names(mentions("北京市石景山区五里坨医院精神科主治医师韦嘉到旗医院坐诊。"), "Hospital")).toContain("北京市石景山区五里坨医院");
  });
  it("reads a 精神卫生中心 and a 防治院 as hospitals", () => {
    const m = mentions("通州区将翁牛特旗精神卫生中心列为帮扶重点，北京市海淀区精神卫生防治院派出心理治疗师。");
    expect(names(m, "Hospital")).toEqual(["翁牛特旗精神卫生中心", "北京市海淀区精神卫生防治院"]);
  });
});

describe("villages of a kind, and 村容村貌", () => {
  it("reads no village in 每个项目村, 改厕村, 缺水村, nor in 大营子村村容村貌", () => {
    const m = mentions("他每个项目村都去三次，在每个改厕村配套建设粪污收集点，缺水村推广粪尿分集式户厕。骆驼山镇大营子村村容村貌提升。");
    expect(names(m, "Village")).toEqual(["大营子村"]);
  });
});

describe("firms of lawyers and accountants", () => {
  it("reads accountants' firms as businesses, lawyers' and social workers' firms as societies", () => {
    const m = mentions("北京市鼎昌律师事务所、北京中天华会计师事务所与北京市朝阳区阳光家园社会工作事务所共同参与。");
    expect(names(m, "Enterprise")).toEqual(["北京中天华会计师事务所"]);
    expect(names(m, "Organization")).toEqual(["北京市鼎昌律师事务所", "北京市朝阳区阳光家园社会工作事务所"]);
  });
});

describe("a byline's names after its credit, a station's head in a table, and workers' unions' bodies", () => {
  it("reads every name a credit lists after a space (通讯员 郭建华 乌云其木格)", () => {
    expect(names(mentions("工人日报记者 刘晓燕　通讯员 郭建华 乌云其木格\n正文。"), "Person")).toEqual(["刘晓燕", "郭建华", "乌云其木格"]);
  });
  it("reads the names of a column of those in charge (站点负责人)", () => {
    const text = "| 乡镇（苏木） | 嘎查村 | 建设方式 | 站点负责人 | 结对帮扶单位 |\n| --- | --- | --- | --- | --- |\n| 宝昌镇 | 边墙村 | 改造 | 李秀英 | 昌平区沙河镇 |\n| 宝昌镇 | 东山村 | 新建 | 王福生 | 昌平区南口镇 |\n";
    expect(names(mentions(text), "Person")).toEqual(["李秀英", "王福生"]);
  });
  it("reads a union's service centre, home, rest home and stations as its own, and a sanitation centre as an agency", () => {
    const m = mentions("太仆寺旗职工服务中心、库伦镇京蒙职工之家、北京市顺义区职工疗休养中心、宝昌镇京蒙暖心驿站和库伦旗环境卫生服务中心。");
    expect(names(m, "Organization")).toEqual(["太仆寺旗职工服务中心", "库伦镇京蒙职工之家", "北京市顺义区职工疗休养中心", "宝昌镇京蒙暖心驿站"]);
    expect(names(m, "Agency")).toEqual(["库伦旗环境卫生服务中心"]);
  });
  it("reads teams fighting forest fires, a station of plant protection, and two names before 于 and a date", () => {
    const m = mentions("北京市八达岭林场专业森林消防队和大杨树镇森林草原专业扑火队参加演练。北京市密云区植保植检站农艺师聂小川、黄静于2023年6月驻扣河子镇。");
    expect(names(m, "Organization")).toEqual(["北京市八达岭林场专业森林消防队", "大杨树镇森林草原专业扑火队"]);
    expect(names(m, "Agency")).toEqual(["北京市密云区植保植检站"]);
    expect(names(m, "Person")).toEqual(["聂小川", "黄静"]);
  });
});

describe("insurance bodies, and a verb's 办", () => {
  it("reads 医疗保障事务中心 and 社会保险基金管理中心 as agencies", () => {
    const m = mentions("丰台区医疗保障事务中心与北京市顺义区社会保险基金管理中心派员指导。");
    expect(names(m, "Agency")).toEqual(["丰台区医疗保障事务中心", "北京市顺义区社会保险基金管理中心"]);
  });
  it("reads no office in a verb's 办, an office's short name still one (区支援合作办)", () => {
    const m = mentions("患者可在出院结算前补办备案手续，老百姓办一次社保不用再跑。区支援合作办统一协调。");
    expect(names(m, "Agency")).toEqual(["区支援合作办"]);
  });
});

describe("a place before the copula, and the 职 of 挂职", () => {
  it("reads no town or village in 乌丹镇是镇镇结对 or 沙巴尔台村是村村结对 but the place before 是", () => {
    const m = mentions("翁牛特旗乌丹镇是镇镇结对，梧桐花镇沙巴尔台村是村村结对。");
    expect(names(m, "Township")).toEqual(["乌丹镇", "梧桐花镇"]);
    expect(names(m, "Village")).toEqual(["沙巴尔台村"]);
  });
  it("opens a body's name past the 职 of 挂职, though jieba reads 记挂 as a word", () => {
    expect(names(mentions("草原邮路——记挂职察右中旗邮政分公司的北京邮政人"), "Enterprise")).toEqual(["察右中旗邮政分公司"]);
  });
});

describe("verbs of sending, approving or getting before a body its level opens", () => {
  it.each([
    ["请于月底前报区教委备案。", "报区教委"],
    ["经旗委组织部研究决定。", "经旗委组织部"],
    ["该项目获市局表彰。", "获市局"],
  ])("reads no body %s of %s", (text, glued) => {
    expect(names(mentions(text), "Agency")).not.toContain(glued);
  });
});

describe("the fifty-seventh stop's bodies: markets, troupes, parks, and what is a body's own part", () => {
  it("reads a livestock market named with its place, not one only built", () => {
    const ms = mentions("过去要拉到天山镇活畜交易市场，库伦旗活牛交易市场位于库伦镇。");
    expect(names(ms, "Enterprise").sort()).toEqual(["天山镇活畜交易市场", "库伦旗活牛交易市场"].sort());
    expect(names(mentions("新建活畜交易市场。"), "Enterprise")).toEqual([]);
  });
  it("reads troupes and theatres, a school's band as the school", () => {
    const ms = mentions("北京歌剧舞剧院、北京市曲剧团、顺义区民族乐团和北京杂技团参演。北京市昌平区城关小学管乐团演出。");
    expect(names(ms, "Organization").sort()).toEqual(["北京歌剧舞剧院", "北京市曲剧团", "顺义区民族乐团", "北京杂技团"].sort());
    expect(names(ms, "School")).toEqual(["北京市昌平区城关小学"]);
  });
  it("reads scenic areas and parks with their place, none without", () => {
    const ms = mentions("太仆寺旗御马苑旅游区与北京世界公园结对，四子王旗格根塔拉草原旅游中心参加。建设城市公园和湿地公园。");
    expect(names(ms, "Organization").sort()).toEqual(["太仆寺旗御马苑旅游区", "北京世界公园", "四子王旗格根塔拉草原旅游中心"].sort());
  });
  it("reads a hospital's centre, smart hospital or masters' studio as the hospital, and no smart hospital in general", () => {
    const ms = mentions("实施四子王旗人民医院智慧医院建设项目。莫旗人民医院远程医疗中心投入运行。北京丰台医院信息中心工程师赵宇航。旗中蒙医院名医工作室。支持开展“智慧医院”建设。");
    expect(names(ms, "Hospital").sort()).toEqual(["四子王旗人民医院", "莫旗人民医院", "北京丰台医院", "旗中蒙医院"].sort());
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads a masters' studio named by its master, not one named by its department or the programme", () => {
    const ms = mentions("建成脾胃病、骨伤科名医工作室2个。设立京蒙中医药名医工作室。王忠名医工作室揭牌。");
    expect(names(ms, "Organization")).toEqual(["王忠名医工作室"]);
  });
  it("reads no cooperative's name past the verb forming it or buying from it, and no works of the banners in general", () => {
    const ms = mentions("支持乌兰胡舒嘎查组建肉牛养殖合作社，以高于市场价的价格收购合作社育肥牛。引导北京企业到旗县建杂粮加工厂。");
    expect(names(ms, "Enterprise")).toEqual(["肉牛养殖合作社"]);
  });
  it("reads no business from a list of kinds of business, nor systems from a list of them", () => {
    const ms = mentions("两地文旅部门、旅行社、景区、民宿及行业协会代表参加。以及旅行社、酒店、民宿企业负责人。将HIS、LIS、PACS等11个系统接入统一平台。");
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads no village in the first 村 of 村村结对, and no supermarket a counter shows up at", () => {
    const ms = mentions("十三陵镇仙人洞村与罕苏木苏木朝阳嘎查新签村村结对协议。四子王旗羊肉专柜亮相超市。");
    expect(names(ms, "Village")).toEqual(["仙人洞村", "朝阳嘎查"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads a town after 归, the verb of belonging, and a town whose name opens with 归", () => {
    expect(names(mentions("资产归新惠镇集体所有。归流河镇。"), "Township").sort()).toEqual(["新惠镇", "归流河镇"].sort());
  });
  it("reads no county misspelt in both its name and its suffix inside a word (中心和线上)", () => {
    const ms = mentions("新建电子结算中心和线上交易平台。");
    expect(ms.filter((m) => m.label === "Banner")).toEqual([]);
  });
  it("reads no person in a noun and an adverb of how many, nor in a word of feeling and 地", () => {
    const ms = mentions("那时候，嘎查的牛大多是老品种。患者家属高兴地说：好。");
    expect(names(ms, "Person")).toEqual([]);
  });
});

describe("the fifty-seventh stop's second batch: heritage, special schools, garments, drones", () => {
  it("reads the bodies that keep relics and heritage, and none consulted with 经商", () => {
    const ms = mentions("经商北京市人民政府支援合作办公室同意。北京市房山区云居寺文物管理处、北京市颐和园管理处、北京市丰台区卢沟桥文物保护所、顺义区非遗保护中心参加。综合管理处负责。");
    expect(names(ms, "Organization").sort()).toEqual(["北京市房山区云居寺文物管理处", "北京市颐和园管理处", "北京市丰台区卢沟桥文物保护所", "顺义区非遗保护中心"].sort());
    expect(names(ms, "Agency")).toEqual(["北京市人民政府支援合作办公室"]);
  });
  it("reads a special school's centre, and a school's centre of training as the school", () => {
    const ms = mentions("北京市丰台区特殊教育中心与四子王旗特殊教育学校结对，建设库伦旗特殊教育学校康复训练中心。");
    expect(names(ms, "School").sort()).toEqual(["北京市丰台区特殊教育中心", "四子王旗特殊教育学校", "库伦旗特殊教育学校"].sort());
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads a cooperative named for a Mongolian name whose first character doubles a function word's", () => {
    expect(names(mentions("额勒顺镇的库伦旗其其格民族服饰专业合作社有社员42人。"), "Enterprise")).toEqual(["库伦旗其其格民族服饰专业合作社"]);
  });
  it("reads painting academies and art halls, a supply and marketing union as a society, and no cooperatives counted as a kind", () => {
    const ms = mentions("乌兰察布市群众艺术馆、北京画院、通州区运河书画院和阿鲁科尔沁旗天山镇文化活动中心参加。阿鲁科尔沁旗供销合作社联合社与扣河子镇的6家蔬菜种植合作社签订协议。经销商北京京西鲜达商贸有限公司收购。");
    expect(names(ms, "Organization").sort()).toEqual(["乌兰察布市群众艺术馆", "北京画院", "通州区运河书画院", "阿鲁科尔沁旗天山镇文化活动中心", "阿鲁科尔沁旗供销合作社联合社"].sort());
    expect(names(ms, "Enterprise")).toEqual(["北京京西鲜达商贸有限公司"]);
  });
  it("opens a park's name past a place and the planning and building verbs after it", () => {
    const ms = mentions("下一步将依托京蒙协作资金，在巴林左旗林东镇规划建设京蒙纺织服装产业园。");
    expect(names(ms, "Organization")).toEqual(["京蒙纺织服装产业园"]);
  });
  it("reads no committee in a bureau's 委派, and no name in 手把手", () => {
    const ms = mentions("受北京市农业农村局委派，公司派来的教官孙浩手把手教她组装机器。");
    expect(names(ms, "Agency")).toEqual(["北京市农业农村局"]);
    expect(names(ms, "Person")).toEqual(["孙浩"]);
  });
});

describe("the fifty-seventh stop's third batch: emergency centres, wetlands, the press, networks and misheard suffixes", () => {
  it("reads a short form with its suffix misheard after it as the unit, not a word the character opens", () => {
    const ms = mentions("四子王其人民医院胸痛中心通过认证。四子王其他地方也在建。");
    expect(ms.filter((m) => m.label === "Banner").map((m) => m.surface)).toEqual(["四子王其", "四子王"]);
    expect(names(ms, "Banner")).toEqual(["四子王旗"]);
  });
  it("reads emergency centres as clinics, and wetland parks, reserves, rescue stations and zoos as bodies", () => {
    const ms = mentions("巴林左旗急救中心、海淀区翠湖国家城市湿地公园、阿鲁科尔沁国家级自然保护区、阿鲁科尔沁旗野生动物救护站、北京观鸟会和北京动物园参加。");
    expect(names(ms, "Hospital")).toEqual(["巴林左旗急救中心"]);
    expect(names(ms, "Organization").sort()).toEqual(["海淀区翠湖国家城市湿地公园", "阿鲁科尔沁国家级自然保护区", "阿鲁科尔沁旗野生动物救护站", "北京观鸟会", "北京动物园"].sort());
  });
  it("reads the press a list names, and no goods or places in general", () => {
    const ms = mentions("来自北京日报、新京报等12家首都媒体的记者。邀请兴安盟大米、牛肉干、草原酸奶等特色农产品。网络覆盖全部苏木，偏远村、纯牧业嘎查也通了网，建成四子王旗医院5G远程医疗专网。巴音敖包嘎查距离种羊场不到20公里，距离策克口岸更远。");
    expect(names(ms, "Organization").sort()).toEqual(["北京日报", "新京报", "策克口岸"].sort());
    expect(names(ms, "Enterprise")).toEqual([]);
    expect(names(ms, "Village")).toEqual(["巴音敖包嘎查"]);
    expect(names(ms, "Township")).toEqual([]);
  });
});

describe("the fifty-ninth stop's batch: the disabled's centres, villages named as kinds, misspelt units inside names, bodies side by side", () => {
  it("reads the disabled's centres of aids, service and care, and a trade's centres of technical service, as organisations", () => {
    const ms = mentions("太仆寺旗辅助器具服务中心、察右前旗残疾人综合服务中心、平地泉镇残疾人托养中心、宝昌镇残疾人之家和北京市房山区纺织服装技术服务中心参加。");
    expect(names(ms, "Organization").sort()).toEqual(["太仆寺旗辅助器具服务中心", "察右前旗残疾人综合服务中心", "平地泉镇残疾人托养中心", "宝昌镇残疾人之家", "北京市房山区纺织服装技术服务中心"].sort());
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads a village named as a kind right after its town, and no such kind elsewhere", () => {
    const ms = mentions("在隆昌镇富裕村，车间开工。古里乡猎民村的妇女也来了。全旗的贫困村和富裕村都有车间。");
    expect(names(ms, "Village")).toEqual(["富裕村", "猎民村"]);
  });
  it("reads a school named with a misspelt unit whose misspelling holds a kind's word (突全县: 全县)", () => {
    const ms = mentions("突全县与北京市石景山区结对后，北京市石景山区实验中学向突全县第一中学捐赠了计算机。");
    expect(names(ms, "School")).toEqual(["北京市石景山区实验中学", "突全县第一中学"]);
  });
  it("reads no body in a hospital's rehabilitation department, in the banners' hospitals in general, or after a verb of joining", () => {
    const ms = mentions("四子王旗蒙中医医院针灸康复中心开诊。表1　赤峰市旗县蒙医中医医院结对情况。第二年就有40多户主动加入合作社。");
    expect(names(ms, "Hospital")).toEqual(["四子王旗蒙中医医院"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("opens no name with going back or with distance, and reads no person in a word made a verb", () => {
    const ms = mentions("“等我毕业了，想回太仆寺旗中蒙医院当一名护士。”在绍根镇，离阿日宝力格嘎查不远的塔本花嘎查。争取房山区中医医院派驻专家常态化。");
    expect(names(ms, "Hospital")).toEqual(["太仆寺旗中蒙医院", "房山区中医医院"]);
    expect(names(ms, "Village")).toEqual(["阿日宝力格嘎查", "塔本花嘎查"]);
    expect(names(ms, "Person")).toEqual([]);
  });
  it("reads two bodies each named with its unit written side by side as two, but a branch named through its head office as one", () => {
    const ms = mentions("赤峰市农牧局赤峰市乡村振兴局联合调研组到巴林左旗调研，北京市公安局丰台分局派员参加。");
    expect(names(ms, "Agency")).toEqual(["赤峰市农牧局", "赤峰市乡村振兴局", "北京市公安局丰台分局"]);
  });
  it("reads 市科协 before 会同 as the city's association, the young's centres of science as organisations, and a website whose reporter writes as the press", () => {
    const ms = mentions("市科协会同市支援合作办组织评审。房山区青少年科技活动中心和北京市海淀区青少年科技教育中心参加。（中国经济网记者 刘晓燕）");
    expect(names(ms, "Organization")).toEqual(["市科协", "房山区青少年科技活动中心", "北京市海淀区青少年科技教育中心", "中国经济网"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("opens no village's name with the 归 of owning, and reads no person in a word made a team", () => {
    const ms = mentions("车间建成后资产归巴音敖包嘎查集体所有。用于支持当地牧民马术队建设。归流河镇的牧民也来了。");
    expect(names(ms, "Village")).toEqual(["巴音敖包嘎查"]);
    expect(names(ms, "Township")).toEqual(["归流河镇"]);
    expect(names(ms, "Person")).toEqual([]);
  });
  it("opens a Mongolian town's name with the character jieba cut off as a verb, as the gazetteer's towns open (查干)", () => {
    const ms = mentions("考察团一行还走访了查干沐沦镇的白绒山羊养殖户。");
    expect(names(ms, "Township")).toEqual(["查干沐沦镇"]);
  });
  it("opens no park's name with planning to build, and no 与 pairing a school with one of a place ends it as a field of study", () => {
    const ms = mentions("旗里正在谋划建设羊绒产业园。北京市顺义区职业学校与巴林左旗职业中等专业学校结对。");
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "School")).toEqual(["北京市顺义区职业学校", "巴林左旗职业中等专业学校"]);
  });
  it("reads a town of one character the gazetteer knows opening a sentence", () => {
    const ms = mentions("顺义区杨镇与巴林左旗十三敖包镇结对。杨镇向十三敖包镇捐赠帮扶资金30万元。");
    expect(ms.filter((m) => m.label === "Township" && m.name === "杨镇").length).toBe(2);
  });
  it("reads centres of childcare for infants as schools, and the centre guiding them as an organisation", () => {
    const ms = mentions("北京市海淀区清河托育园与化德县京蒙协作托育中心、阿鲁科尔沁旗婴幼儿照护服务中心结对，科右前旗婴幼儿照护服务指导中心参加。");
    expect(names(ms, "School")).toEqual(["北京市海淀区清河托育园", "化德县京蒙协作托育中心", "阿鲁科尔沁旗婴幼儿照护服务中心"]);
    expect(names(ms, "Organization")).toEqual(["科右前旗婴幼儿照护服务指导中心"]);
  });
  it("reads the old's canteens and stations of care as organisations, and no longer kind's word alone as a body", () => {
    const ms = mentions("巴音乌兰嘎查养老服务站和坤都镇老年助餐服务中心开业。孟佳琪是北京市海淀区一心社会工作服务中心的一名社工。");
    expect(names(ms, "Organization")).toEqual(["巴音乌兰嘎查养老服务站", "坤都镇老年助餐服务中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("opens no name with a verb of joining with, of being stationed, or with a town's suffix jieba glued to a village's name", () => {
    const ms = mentions("企业联合库伦旗农牧和科技局建立了繁育基地。专家抵达科右前旗，分驻大坝沟镇、居力很镇等地。博日嘎镇罕山村民宿项目开工。");
    expect(names(ms, "Agency")).toEqual(["库伦旗农牧和科技局"]);
    // (博日嘎镇 is read too since the seventy-fifth stop, jieba's 嘎 a sound now kept in a name: 嘎仙洞.)
    expect(names(ms, "Township")).toEqual(["大坝沟镇", "居力很镇", "博日嘎镇"]);
    expect(names(ms, "Village")).toEqual(["罕山村"]);
  });
  it("reads a government body written right after another body of its unit as a body of its own", () => {
    const ms = mentions("内蒙古自治区农牧业科学院内蒙古自治区乡村振兴局联合召开会议。");
    expect(names(ms, "Organization")).toEqual(["内蒙古自治区农牧业科学院"]);
    expect(names(ms, "Agency")).toEqual(["内蒙古自治区乡村振兴局"]);
  });
  it("reads no person in a word of degree after a title", () => {
    const ms = mentions("中心很多年轻记者很有灵气，缺的是系统训练和见世面的机会。");
    expect(names(ms, "Person")).toEqual([]);
  });
});

describe("the sixtieth stop's batch: words opening on a village's 村, a road's two ends, words of example before a unit, craftsmen", () => {
  it("reads no village in the 村 of 村史馆 or of 整村 after a village's name", () => {
    const ms = mentions("东城区在化德县德包图乡白音特拉村建设村史馆。库伦图镇大井坡村整村推进街巷硬化。");
    expect(names(ms, "Village")).toEqual(["白音特拉村", "大井坡村"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads no verb of linking a road into a village's name", () => {
    const ms = mentions("修建连通富裕村的公路。修建通往东沟村的公路。");
    expect(names(ms, "Village")).toEqual(["东沟村"]);
  });
  it("reads a road's two ends apart: a town, 至, and a sumu the gazetteer knows", () => {
    const ms = mentions("阿鲁科尔沁旗投入资金。其中，天山口镇至罕苏木苏木的牧区公路已建成通车。");
    expect(names(ms, "Township")).toEqual(["天山口镇", "罕苏木苏木"]);
  });
  it("opens a body's name at its unit, past a word of example jieba glued to it", () => {
    const ms = mentions("部分旗县将医疗冷链纳入统一调度，如太朴寺旗中蒙医院。就连西城区展览路医院的营养科也列入。");
    expect(names(ms, "Hospital")).toEqual(["太朴寺旗中蒙医院", "西城区展览路医院"]);
  });
  it("reads a craftsman named after 艺人, Mongolian names too", () => {
    const ms = mentions("巴林石雕刻艺人其木格将现场展示。乌力格尔艺人巴图吉日嘎拉老师唱了四十分钟。");
    expect(names(ms, "Person")).toEqual(["其木格", "巴图吉日嘎拉"]);
  });
  it("reads no village in a trade a village is known for", () => {
    const ms = mentions("五星村被确定为全旗首批旅游专业村。计划新建旅游专业村3个。");
    expect(names(ms, "Village")).toEqual(["五星村"]);
  });
  it("reads no village in the 通村 of a road reaching the villages, right after a town", () => {
    const ms = mentions("2 十三敖包镇通村公路改造项目 十三敖包镇敖包吐村至巴彦塔拉嘎查。");
    expect(names(ms, "Village")).toEqual(["敖包吐村", "巴彦塔拉嘎查"]);
  });
  it("reads centres of intangible heritage, of a town's culture and of a street's citizens as organisations", () => {
    const ms = mentions("巩固东城区非物质文化遗产保护中心与化德县文化馆结对成果。龙泉镇文化服务中心主任韩雪说。经开区荣华街道市民文化中心举办展览。");
    expect(names(ms, "Organization")).toEqual(["东城区非物质文化遗产保护中心", "化德县文化馆", "龙泉镇文化服务中心", "经开区荣华街道市民文化中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("opens no listed platform with the verb of going onto it, and reads a hospital's campus as its own name", () => {
    const ms = mentions("推动特色产品入驻京东、美团优选等平台。北京同仁医院南区与巴林右旗医院结成帮扶对子。北京天坛医院亦庄院区派出专家。");
    expect(names(ms, "Enterprise")).toEqual(["京东", "美团优选"]);
    expect(names(ms, "Hospital")).toEqual(["北京同仁医院南区", "巴林右旗医院", "北京天坛医院亦庄院区"]);
  });
  it("reads notaries' offices as the state's, mediation committees as organisations, and a lawyer chosen by a bureau", () => {
    const ms = mentions("北京市西城区公证处与莫旗公证处结对。永顺镇人民调解委员会的“金牌调解员”杨秀兰来到翁牛特旗。北京市京昌律师事务所律师孙立伟受昌平区司法局选派。");
    expect(names(ms, "Agency")).toEqual(["北京市西城区公证处", "莫旗公证处", "昌平区司法局"]);
    expect(names(ms, "Organization")).toEqual(["永顺镇人民调解委员会", "北京市京昌律师事务所"]);
    expect(names(ms, "Person")).toEqual(["杨秀兰", "孙立伟"]);
  });
  it("reads an association's branch named after it, but no branch in a meeting's other venue", () => {
    const ms = mentions("中国畜牧业协会骆驼分会承办。设立阿拉善分会场。各区老科协分会建立了联络机制。");
    expect(names(ms, "Organization")).toEqual(["中国畜牧业协会骆驼分会"]);
  });
  it("opens no name over a body and the copula before it, nor a village's over what the unit will do; no village in 村屯 or 城郊村", () => {
    const ms = mentions("太仆寺旗中蒙医院系北京市昌平区中医医院对口帮扶医院。下一步，四子王旗将总结阿木古楞嘎查的做法。北京干部扎根村屯。永丰村等城郊村完成改造。将军庙村开展活动。");
    expect(names(ms, "Hospital")).toEqual(["太仆寺旗中蒙医院", "北京市昌平区中医医院"]);
    expect(names(ms, "Village")).toEqual(["阿木古楞嘎查", "永丰村", "将军庙村"]);
  });
  it("reads an ethnic township the gazetteer knows by its long name", () => {
    const ms = mentions("莫旗统筹京蒙协作资金，在杜拉尔鄂温克民族乡开展“美丽庭院”创建。");
    expect(names(ms, "Township")).toEqual(["杜拉尔鄂温克民族乡"]);
  });
  it("reads couriers listed or named alone as enterprises, and no village in the words after their list", () => {
    const ms = mentions("整合了中国邮政、中通、韵达等6家快递品牌的进村业务。京东物流也入驻了服务站。顺丰村的村民说。");
    expect(names(ms, "Enterprise")).toEqual(["中国邮政", "中通", "韵达", "京东物流"]);
    expect(names(ms, "Village")).toEqual(["顺丰村"]);
  });
  it("reads no school one goes to", () => {
    const ms = mentions("他的爱人在北京工作，孩子刚上小学。儿子考上大学。");
    expect(names(ms, "School")).toEqual([]);
  });
  it("reads the young's centres out of school as organisations and a 幼儿院 as a school", () => {
    const ms = mentions("四子王旗青少年校外活动中心开设公益课程。北京市海淀区六一幼儿院与科右前旗第一幼儿园结对。");
    expect(names(ms, "Organization")).toEqual(["四子王旗青少年校外活动中心"]);
    expect(names(ms, "School")).toEqual(["北京市海淀区六一幼儿院", "科右前旗第一幼儿园"]);
  });
  it("reads no person in an old hand's 老 before the title, and no school one speaks for", () => {
    const ms = mentions("房山区5名农业老专家到库伦旗。阿拉坦其其格代表学校参加比赛。");
    expect(names(ms, "Person")).toEqual([]);
    expect(names(ms, "School")).toEqual([]);
  });
});

describe("the sixty-first stop's batch", () => {
  it("reads a bureau's centre of information as a body of its own, but not its centre of command", () => {
    const ms = mentions("北京市顺义区农业农村局信息中心副主任王建国来到巴林左旗。大兴区应急管理局应急指挥中心主任李强说。");
    expect(names(ms, "Agency")).toEqual(["北京市顺义区农业农村局信息中心", "大兴区应急管理局"]);
  });
  it("reads a name jieba knows as a word after a strong title and before a verb of speaking", () => {
    const ms = mentions("顺义区挂职干部、巴林左旗副旗长于洋介绍，今年共投入资金500万元。");
    expect(names(ms, "Person")).toEqual(["于洋"]);
  });
  it("reads food laboratories as organisations, their names holding what they watch over (安全)", () => {
    const ms = mentions("北京市丰台区食品药品安全监控中心技术人员来旗。实施巴林左旗农畜产品质量安全检验检测中心提升改造项目。");
    expect(names(ms, "Organization")).toEqual(["北京市丰台区食品药品安全监控中心", "巴林左旗农畜产品质量安全检验检测中心"]);
  });
  it("reads a centre joining two tasks with 和 back to its unit, and a unit's reserve centre as an organisation", () => {
    const ms = mentions("北京市顺义区教育研究和教师研修中心组织培训。我们和阿旗粮食和物资储备中心一起制定办法。顺义区第一中学和教师发展中心参加。");
    expect(names(ms, "Organization")).toEqual(["北京市顺义区教育研究和教师研修中心", "阿旗粮食和物资储备中心"]);
    expect(names(ms, "School")).toEqual(["顺义区第一中学"]);
  });
  it("reads a court's tribunal through the court, no town in the court's name, and no body listed after an adverb of time", () => {
    const ms = mentions("杜宏伟是北京市房山区人民法院良乡人民法庭庭长。车上除了科右前旗法院索伦人民法庭的法官，还有来自北京市海淀区人民法院、正在前旗法院挂职的孙晓雯。");
    expect(names(ms, "Agency")).toEqual(["北京市房山区人民法院良乡人民法庭", "科右前旗法院索伦人民法庭", "北京市海淀区人民法院"]);
    expect(names(ms, "Township")).toEqual([]);
  });
  it("reads resettled communities' bodies: a community named after a park, its clinic, no generic centre and no verb opening one", () => {
    const ms = mentions("博兴街道林肯公园社区与团结社区结对。新建社区服务中心1处，设置就业服务站、党群活动室，配套建设就业服务站。每周到富民社区卫生服务站坐诊。社区就业服务站共推送岗位。培育社区社会组织6个，车间开进安置社区，连社区广场上也装了器材。");
    expect(names(ms, "Village")).toEqual(["林肯公园社区", "团结社区"]);
    expect(names(ms, "Hospital")).toEqual(["富民社区卫生服务站"]);
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads no one in a place and its locative before a comma that sets a scene", () => {
    expect(names(mentions("清晨五点半，库伦旗扣河子镇东荷叶村的田埂上，一个戴着草帽的中年人正蹲在地头。"), "Person")).toEqual([]);
  });
  it("reads a bureau's branch past the pointer that opens it, no office in 办税, no bodies said of those above, no town in a bureau's name", () => {
    const ms = mentions("丰台区税务局第二税务所党支部与我局乌兰花税务分局党支部结对。回旗后在乌兰花镇办税服务厅推广应用，围绕智慧办税开展。挂职人选安排在上述旗县税务局。乌力吉曾在房山区税务局良乡税务所跟岗学习。");
    expect(names(ms, "Organization")).toEqual(["丰台区税务局第二税务所党支部", "乌兰花税务分局党支部"]);
    expect(names(ms, "Agency")).toEqual(["丰台区税务局第二税务所", "乌兰花税务分局", "房山区税务局良乡税务所"]);
    expect(names(ms, "Township")).toEqual(["乌兰花镇"]);
  });
  it("reads archives' and chronicles' bodies and staff, no bureau in 局域网 and no town in 镇村两级", () => {
    const ms = mentions("额尔敦牵头完成了馆内局域网改造，帮助林东镇规范镇村两级档案室建设。北京经济技术开发区档案中心向巴林右旗档案馆捐赠设备。北京方志馆向内蒙古方志馆捐赠地方志书。巴林左旗档案馆业务人员孟凡宇到顺义区档案馆跟岗学习。");
    expect(names(ms, "Agency")).toEqual(["北京经济技术开发区档案中心", "巴林右旗档案馆", "巴林左旗档案馆", "顺义区档案馆"]);
    expect(names(ms, "Organization")).toEqual(["北京方志馆", "内蒙古方志馆"]);
    expect(names(ms, "Township")).toEqual(["林东镇"]);
    expect(names(ms, "Person")).toEqual(["孟凡宇"]);
  });
  it("reads no body in a station or centre of a kind a project's name builds", () => {
    const ms = mentions("3 | 设施农业小气候监测站建设项目 | 巴林右旗大板镇 | 95 | 巴林右旗气象局\n6 | 特色林果气象服务中心建设项目 | 宁城县天义镇 | 110 | 宁城县气象局\n");
    expect(names(ms, "Agency")).toEqual(["巴林右旗气象局", "宁城县气象局"]);
  });
  it("opens no name past a department's 组织 (内蒙古自治区文化和旅游厅组织12支乌兰牧骑)", () => {
    const ms = mentions("内蒙古自治区文化和旅游厅组织12支乌兰牧骑赴京演出。");
    expect(names(ms, "Agency")).toEqual(["内蒙古自治区文化和旅游厅"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads a government's office in another city through the government (巴彦淖尔市人民政府驻北京联络处)", () => {
    const ms = mentions("巴彦淖尔市人民政府驻北京联络处相关负责人介绍。赤峰市人民政府驻北京办事处组织推介。");
    expect(names(ms, "Agency")).toEqual(["巴彦淖尔市人民政府驻北京联络处", "赤峰市人民政府驻北京办事处"]);
  });
  it("reads an irrigation district by its name, not one of a kind, nor inside a village's name", () => {
    const ms = mentions("同步实施察尔森灌区续建配套与节水改造。全旗大型灌区建设加快推进。伊和灌区嘎查牧民受益。");
    expect(names(ms, "Organization")).toEqual(["察尔森灌区"]);
    expect(names(ms, "Village")).toEqual(["伊和灌区嘎查"]);
  });
  it("reads no brigade of towns in general nor of herders' volunteers, a town's own one read", () => {
    const ms = mentions("重点支持苏木镇专职消防队建设。让苏木乡镇的专职消防队和牧民志愿消防队先顶上去。坤都镇专职消防队队长说。");
    expect(names(ms, "Agency")).toEqual(["坤都镇专职消防队"]);
  });
  it("reads troupes of an opera and theatres, not a cultural centre's own stage", () => {
    const ms = mentions("北京市房山区评剧团一行32人赴库伦旗。位于西城区的北京宣南剧场与喀喇沁旗乌兰牧骑结对。演出在房山区文化馆剧场举行。");
    expect(names(ms, "Organization")).toEqual(["北京市房山区评剧团", "北京宣南剧场", "喀喇沁旗乌兰牧骑", "房山区文化馆"]);
  });
  it("reads nurseries and a state forest farm named for a place a distance names, a village a sumu's name opens, no site in 网格", () => {
    const ms = mentions("北京市石景山区模式口苗圃向宁城县捐赠苗木。北京市石景山区五里坨国有林场与宁城县黑里河国有林场结对。西关社区与天山镇罕苏木嘎查结对。护林员网格化管理。");
    expect(names(ms, "Organization")).toEqual(["北京市石景山区模式口苗圃", "北京市石景山区五里坨国有林场", "宁城县黑里河国有林场"]);
    expect(names(ms, "Village")).toEqual(["西关社区", "罕苏木嘎查"]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads no name after a surname and a head's title that address someone (“乌旗长懂技术”)", () => {
    const ms = mentions("牧民说：“乌旗长懂技术、懂牧民。”副旗长乌日娜介绍。");
    expect(names(ms, "Person")).not.toContain("懂技术");
    expect(names(ms, "Person")).toContain("乌日娜");
  });
});

describe("the sixty-second stop's batch", () => {
  it("reads 京蒙共建 after a place inside a park's name, but not opening one, and no verb of giving to in a name", () => {
    const ms = mentions("突泉县京蒙共建产业园肉牛屠宰加工车间项目。正镶白旗京蒙共建乳业园区管理委员会副主任郝俊峰说。2021年京蒙共建杜蒙肉羊产业园区续建项目。");
    expect(names(ms, "Organization")).toEqual(["突泉县京蒙共建产业园", "杜蒙肉羊产业园区"]);
    expect(names(ms, "Agency")).toEqual(["正镶白旗京蒙共建乳业园区管理委员会"]);
    expect(names(mentions("村医们通过手机就可以把疑似卒中的病人信息发送给旗医院。"), "Hospital")).toEqual([]);
  });
  it("reads no village clinic of a kind (标准化村卫生室, 捐赠村卫生室) nor one a building verb opens, jieba's place or not", () => {
    const ms = mentions("新建标准化村卫生室35所。丰台区向四子王旗捐赠村卫生室医疗设备。通州区投入资金给翁牛特旗新建卫生室。京蒙协作建设智慧卫生室60个。北京良乡鑫达建设有限公司承建。");
    expect(names(ms, "Hospital")).toEqual([]);
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual(["北京良乡鑫达建设有限公司"]);
  });
  it("reads no village in a village doctor (骨干村医) nor in a slogan (县聘乡管村用), a village's doctor kept, and no town in 坐镇", () => {
    const ms = mentions("选拔30名骨干村医，带教村医60名，探索“县聘乡管村用”模式。北京专家坐镇，巴彦嘎查村医务室建成。");
    expect(names(ms, "Village")).toEqual(["巴彦嘎查"]);
    expect(names(ms, "Township")).toEqual([]);
  });
  it("reads no name a list hides in part (张某某), and a head midwife's title whole (助产士长孙悦)", () => {
    expect(names(mentions("1 | 张某某 | 男 | 5 | 平地泉镇\n2 | 其某格 | 女 | 8 | 玫瑰营镇\n患儿家长王某说。"), "Person")).toEqual([]);
    expect(names(mentions("建立早期预警评分制度；助产士长孙悦来院驻点帮扶。"), "Person")).toEqual(["孙悦"]);
  });
  it("opens no name with a word of lying in or facing somewhere (地处, 附有, 面向)", () => {
    const ms = mentions("报告末尾还附有北京市海淀医院影像专家的复核意见。杭锦后旗地处河套灌区，扩大面向社区和家庭的销售。");
    expect(names(ms, "Hospital")).toEqual(["北京市海淀医院"]);
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "Village")).toEqual([]);
  });
  it("reads a unit's diagnostic centre as a hospital (科右前旗远程影像诊断中心)", () => {
    expect(names(mentions("50多公里外的科右前旗远程影像诊断中心就出具了诊断报告。"), "Hospital")).toEqual(["科右前旗远程影像诊断中心"]);
  });
  it("reads a branch through the body it is a branch of (北京开放大学房山分校), and a college's teaching site", () => {
    const ms = mentions("北京开放大学房山分校与通辽开放大学库伦分校签订结对协议。北京市东城区老年大学阿尔山教学点揭牌。");
    expect(names(ms, "School")).toEqual(["北京开放大学房山分校", "通辽开放大学库伦分校", "北京市东城区老年大学阿尔山教学点"]);
  });
  it("reads labs' stations as organisations, a registered name jieba cut into whole as the article gave it, and an institute joining two fields", () => {
    const ms = mentions("谱尼测试集团股份有限公司向阿旗捐赠设备。与检测中心结对的谱尼测试集团股份有限公司派出专家。库伦旗农畜产品质量安全检验检测站建成。北京市农林科学院质量标准与检测技术研究所研究员郑晓燕来旗。产品成功进入物美科技集团有限公司门店。");
    expect(names(ms, "Enterprise")).toEqual(["谱尼测试集团股份有限公司", "物美科技集团有限公司"]);
    expect(names(ms, "Organization")).toEqual(["库伦旗农畜产品质量安全检验检测站", "北京市农林科学院质量标准与检测技术研究所"]);
  });
  it("reads no school of a kind: a banner's own (旗直学校), an ethnic group's in general (蒙古族学校); and no person opening with 国家", () => {
    const ms = mentions("巴林左旗直学校教师参加培训。全旗蒙古族学校和达斡尔族乡村学校都开了课。阿鲁科尔沁旗蒙古族实验学校。实施乡村教师国家通用语言文字教学能力提升工程。");
    expect(names(ms, "School")).toEqual(["阿鲁科尔沁旗蒙古族实验学校"]);
    expect(names(ms, "Person")).toEqual([]);
  });
  it("reads a bureau joining two fields one of which is written short (工信和商务局)", () => {
    expect(names(mentions("区商务局选派干部刘洋到四子王旗工信和商务局挂职副局长。"), "Agency")).toContain("四子王旗工信和商务局");
  });
});

describe("the sixty-third stop's batch", () => {
  it("reads a Mongolian name after a grower's word, not the word's last character (瓜农巴特尔是)", () => {
    expect(names(mentions("七家子村的瓜农巴特尔是第一批种瓜的人。"), "Person")).toEqual(["巴特尔"]);
  });
  it("reads the police's detachments, through the bureau right before them (…公安局交通管理大队, 海淀交通支队)", () => {
    const ms = mentions("培训面向兴安盟科尔沁右翼前旗公安局交通管理大队的交警。北京市公安局公安交通管理局海淀交通支队派出教学组。北京市公安局治安管理总队 刘畅。");
    expect(names(ms, "Agency")).toEqual(expect.arrayContaining(["兴安盟科尔沁右翼前旗公安局交通管理大队", "北京市公安局公安交通管理局海淀交通支队", "北京市公安局治安管理总队"]));
  });
  it("reads a station filling a table's cell whatever its name's words (|八角派出所|), and no station of a province (北京市派出所)", () => {
    const ms = mentions("序号 | 北京市派出所 | 所在区\n1 | 前门派出所 | 东城区\n2 | 八角派出所 | 石景山区\n3 | 良乡派出所 | 房山区\n");
    expect(names(ms, "Agency")).toEqual(["前门派出所", "八角派出所", "良乡派出所"]);
  });
  it("reads publishers and bookshops as businesses (人民文学出版社, 中华书局, 通辽市新华书店)", () => {
    const ms = mentions("中国少年儿童新闻出版总社和人民文学出版社捐赠图书。中华书局、通辽市新华书店负责配送。");
    expect(names(ms, "Enterprise")).toEqual(["中国少年儿童新闻出版总社", "人民文学出版社", "中华书局", "通辽市新华书店"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads no port past a word linking it to the clause (记者就口岸, 通过满州里口岸)", () => {
    const ms = mentions("记者就口岸经济采访。货物通过满州里口岸出境。与额布都格口岸对接。");
    expect(names(ms, "Organization")).toEqual(["额布都格口岸"]);
  });
  it("opens a bureau's name after the 任 of 挂职任 (挂职任旗农牧局副局长)", () => {
    const ms = mentions("他来到科右前旗，挂职任旗农牧局副局长，挂职两年。");
    expect(ms.filter((m) => m.label === "Agency").map((m) => m.surface)).toEqual(["旗农牧局"]);
  });

  it("reads no name opening with an adverb of time after a title (挂职校长迟早要回北京)", () => {
    expect(names(mentions("“挂职校长迟早要回北京。”院长常建国介绍。"), "Person")).toEqual(["常建国"]);
  });

  it("opens no body's name before a verb of taking a post inside its run (…副主任医师林雪挂任科右前旗人民医院)", () => {
    const ms = mentions("北京市海淀医院消化内科副主任医师林雪挂任科右前旗人民医院副院长。");
    expect(names(ms, "Hospital")).toEqual(["北京市海淀医院", "科右前旗人民医院"]);
    expect(names(ms, "Person")).toEqual(["林雪"]);
  });

  it("reads no one in a word of Mongolian life written as a name is (那达慕是草原的节日, 牧民那达慕)", () => {
    expect(names(mentions("“那达慕是草原的节日。”嘎查举办首届“牧民那达慕”。巴特尔是冠军。"), "Person")).toEqual(["巴特尔"]);
  });

  it("names a company's branch through the company written right before it (北京通和牧业科技有限公司翁牛特旗分公司)", () => {
    expect(names(mentions("项目由北京通和牧业科技有限公司翁牛特旗分公司实施。"), "Enterprise")).toEqual(["北京通和牧业科技有限公司翁牛特旗分公司"]);
  });

  it("reads no detachment of a bureau's own departments as a body (密云分局刑侦支队)", () => {
    expect(names(mentions("北京市公安局密云分局刑侦支队副支队长包金山来到旗公安局。"), "Agency")).not.toContain("密云分局刑侦支队");
  });

  it("takes no trade's word alone for an enterprise's short name (出版 of 北京出版集团), a brand's still (华丰 of 北京华丰集团)", () => {
    const ms = mentions("北京出版集团捐赠图书，共建出版专业。北京华丰集团投资建厂，华丰在四子王旗建成车间。");
    expect(ms.filter((m) => m.source === "learned").map((m) => m.surface)).toEqual(["华丰"]);
  });
});

describe("the sixty-fourth stop's batch", () => {
  it("reads names after a village's doctor, an officer's assistant, a restorer, a miner and a keeper of donkeys (村医李凤霞, 检察官助理高娃)", () => {
    const ms = mentions("三合村村医李凤霞是第一批学员。化德县检察院检察官助理高娃赴京跟岗。文物修复师韩冰、杨帆赴馆帮扶。老矿工韩玉山咧嘴一笑。养驴户额尔敦赶着两头肉驴。");
    expect(names(ms, "Person")).toEqual(["李凤霞", "高娃", "韩冰", "杨帆", "韩玉山", "额尔敦"]);
  });
  it("reads no village doctor's title inside 乡村医生 (乡村医生王秀兰)", () => {
    expect(names(mentions("乌兰板申村乡村医生王秀兰领到新设备。"), "Person")).toEqual(["王秀兰"]);
  });
  it("ends a name at what one wants or judges (牧民乌日娜想扩大, 局长特木尔评价说)", () => {
    expect(names(mentions("牧民乌日娜想扩大养羊规模。农牧局局长特木尔评价说：“好。”"), "Person")).toEqual(["乌日娜", "特木尔"]);
  });
  it("reads a name jieba holds as a place after a strong title and before a follower (主任医师马建国于)", () => {
    expect(names(mentions("热带医学科主任医师马建国于5月到院。"), "Person")).toEqual(["马建国"]);
  });
  it("reads a working group's members after its label (课题组成员：孙若楠　阿拉坦仓　李嘉怡)", () => {
    expect(names(mentions("课题组成员：孙若楠　阿拉坦仓　李嘉怡\n"), "Person")).toEqual(["孙若楠", "阿拉坦仓", "李嘉怡"]);
  });
  it("reads airports as the companies that run them (呼伦贝尔东山国际机场, 阿尔山伊尔施机场)", () => {
    const ms = mentions("航班从北京大兴国际机场飞抵呼伦贝尔东山国际机场，阿尔山伊尔施机场也开通航线。");
    expect(names(ms, "Enterprise")).toEqual(["北京大兴国际机场", "呼伦贝尔东山国际机场", "阿尔山伊尔施机场"]);
  });
  it("keeps an age of history in a museum's name (北京古代建筑博物馆)", () => {
    expect(names(mentions("北京古代建筑博物馆与鄂伦春民族博物馆结成对子。"), "Organization")).toEqual(["北京古代建筑博物馆", "鄂伦春民族博物馆"]);
  });
});

describe("the sixty-fourth stop's second batch", () => {
  it("reads a vocational school named 职业中专 and a talent station (科右前旗职业中专, 四子王旗京蒙人才驿站)", () => {
    const ms = mentions("北京市海淀区职业学校与科右前旗职业中专结为“姊妹学校”。丰台区在乌兰花镇建设四子王旗京蒙人才驿站。");
    expect(names(ms, "School")).toEqual(["北京市海淀区职业学校", "科右前旗职业中专"]);
    expect(names(ms, "Organization")).toEqual(["四子王旗京蒙人才驿站"]);
  });
  it("reads another unit's zone of development as its own, not Beijing's (通辽经济技术开发区), and a region's department joining fields (工业和信息化厅)", () => {
    const ms = mentions("通辽经济技术开发区引进北京企业。内蒙古自治区工业和信息化厅副厅长苏日娜说。北京市经济技术开发区也来了。");
    expect(names(ms, "Organization")).toEqual(["通辽经济技术开发区"]);
    expect(names(ms, "Agency")).toEqual(["内蒙古自治区工业和信息化厅"]);
    expect(names(ms, "District")).toEqual(["北京经济技术开发区"]);
  });
  it("reads no school named by its grade alone (国家级重点学校)", () => {
    expect(names(mentions("兴安盟科尔沁右翼前旗职业中等专业学校是国家级重点学校。"), "School")).toEqual(["兴安盟科尔沁右翼前旗职业中等专业学校"]);
  });
  it("reads no banner's short form whose first character closes a word of arriving (到达旗政府 names no 达旗), the short form still read", () => {
    expect(names(mentions("落地后驱车约40分钟即可到达旗政府所在地阿里河镇。"), "Banner")).toEqual([]);
    expect(names(mentions("北京企业落户达旗。"), "Banner")).toEqual(["达拉特旗"]);
  });
});

describe("the sixty-fifth stop's batch", () => {
  it("reads the democratic parties' committees whole (民建丰台区委, 民盟兴安盟委会, 九三学社密云区工委, 民建中央), their chairs named after 主委", () => {
    const ms = mentions("农工党丰台区委主委马丽君带队调研。民盟兴安盟委会与民建内蒙古自治区委员会签约。九三学社密云区工委组织专家，民建中央领导出席。民建大兴区委会员企业捐赠。");
    expect(names(ms, "Organization")).toEqual(["农工党丰台区委", "民盟兴安盟委会", "民建内蒙古自治区委员会", "九三学社密云区工委", "民建中央", "民建大兴区委"]);
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Person")).toEqual(["马丽君"]);
  });
  it("names a party's committee written both ways by the longer (民建北京市委, 民建北京市委会)", () => {
    expect(names(mentions("民建北京市委会发布通知。民建北京市委将会同有关方面推进。"), "Organization")).toEqual(["民建北京市委会"]);
  });
  it("reads the youth league's committee of a unit named whole (乌兰察布市团市委), its school and its pioneers' committee", () => {
    const ms = mentions("乌兰察布市团市委书记出席。北京市通州区团校青年教师陈子涵挂职。西城区少工委组织少先队员。");
    expect(names(ms, "Organization")).toEqual(["乌兰察布市团市委", "西城区少工委"]);
    expect(names(ms, "School")).toEqual(["北京市通州区团校"]);
  });
  it("reads no person in 康复 nor in a station of it (康复也是, 患者康复站), and reads a named rehabilitation station as a place of care", () => {
    const ms = mentions("京蒙协作不是一年两年的事，康复也是，得持之以恒。北京康复医院在科右前旗建成患者康复站。长辛店镇向乌兰花镇东方红社区康复站捐赠器材。");
    expect(names(ms, "Person")).toEqual([]);
    expect(names(ms, "Hospital")).toEqual(["北京康复医院", "乌兰花镇东方红社区康复站"]);
  });
  it("reads no person in a department or a kind of medicine (派出康复科、治未病科, 49岁的普外科主任医师, 蒙医药是…的特色)", () => {
    const ms = mentions("并派出康复科、治未病科2名科室主任。这位49岁的普外科主任医师来自北京。蒙医药是库伦旗的特色。“玉米副旗长”刘振宇。农民辛辛苦苦种一年。");
    expect(names(ms, "Person")).toEqual(["刘振宇"]);
  });
  it("reads the school before a school doctor (尼尔基第一中学校医刘晓芳), a Mongolian name with 海日 (市长海日瀚说)", () => {
    const ms = mentions("尼尔基第一中学校医刘晓芳表示。扎兰屯市委副书记、市长海日瀚说。");
    expect(names(ms, "School")).toEqual(["尼尔基第一中学"]);
    expect(names(ms, "Person")).toEqual(["刘晓芳", "海日瀚"]);
  });
  it("reads a national centre the country's name opens as a place's would (中国康复研究中心), a place of care", () => {
    expect(names(mentions("中国康复研究中心言语治疗师吕文博赴四子王旗。"), "Hospital")).toEqual(["中国康复研究中心"]);
    expect(names(mentions("该项目建设培训中心和研究中心。"), "Organization")).toEqual([]);
  });
  it("reads those who handle claims by their title (经办员张慧敏, 经办人员敖日格勒)", () => {
    const ms = mentions("四子王旗医疗保障服务中心经办员张慧敏已到丰台区。接收阿鲁科尔沁旗医疗保障事务中心经办人员敖日格勒跟岗。");
    expect(names(ms, "Person")).toEqual(["张慧敏", "敖日格勒"]);
  });
  it("reads the city's hospitals' board and a programme's news site (北京市医院管理中心, 京蒙协作信息网)", () => {
    const ms = mentions("北京市医院管理中心与兴安盟卫健委签约。据京蒙协作信息网报道。");
    expect(names(ms, "Agency")).toEqual(["北京市医院管理中心", "兴安盟卫健委"]);
    expect(names(ms, "Organization")).toEqual(["京蒙协作信息网"]);
  });
});

describe("the sixty-fifth stop's third batch", () => {
  it("reads an experts' station named for its work, verbs and all (四子王旗马铃薯脱毒种薯院士专家工作站), none that is only planned", () => {
    const ms = mentions("访四子王旗马铃薯脱毒种薯院士专家工作站常驻专家郝振邦。拟认定“赤峰市阿鲁科尔沁旗草原生态修复院士专家工作站”等6家单位。力争新建院士专家工作站1个。");
    expect(names(ms, "Organization")).toEqual(["四子王旗马铃薯脱毒种薯院士专家工作站", "赤峰市阿鲁科尔沁旗草原生态修复院士专家工作站"]);
  });
  it("reads two bureaus a title's lost space joins as two (丰台区园林绿化局四子王旗林业和草原局), and a park whose place opens with 归 (归流河)", () => {
    const ms = mentions("签订了《丰台区园林绿化局四子王旗林业和草原局生态保护协作协议》。在科右前旗归流河国家湿地公园开展监测。");
    expect(names(ms, "Agency")).toEqual(["丰台区园林绿化局", "四子王旗林业和草原局"]);
    expect(names(ms, "Organization")).toEqual(["科右前旗归流河国家湿地公园"]);
  });
  it("opens a Beijing firm's legal name at 北京 after a village's a heading's wrap joins to it, not after 中国", () => {
    const ms = mentions("公司结对巴林右旗大板镇巴彦汉嘎查北京博瑞康泰生物科技有限公司是经开区的一家民营企业。中国北京同仁堂（集团）有限责任公司捐赠。");
    expect(names(ms, "Enterprise")).toEqual(["北京博瑞康泰生物科技有限公司", "中国北京同仁堂(集团)有限责任公司"]);
  });
  it("reads academicians named before their title and the academy of engineering (谭观澜院士, 中国工程院)", () => {
    const ms = mentions("中国工程院院士来了。我们北京市农林科学院的谭观澜院士受邀到这边考察。北京中医药大学廖文渊院士团队在库伦旗设站。");
    expect(names(ms, "Organization")).toEqual(["中国工程院", "北京市农林科学院"]);
    expect(names(ms, "Person")).toEqual(["谭观澜", "廖文渊"]);
  });
  it("reads a team named by the programme and its league (京蒙协作呼伦贝尔工作组)", () => {
    expect(names(mentions("呼伦贝尔市林业和草原局、京蒙协作呼伦贝尔工作组联合发布。"), "Agency")).toEqual(["呼伦贝尔市林业和草原局", "京蒙协作呼伦贝尔工作组"]);
  });
});

describe("the sixty-fifth stop's fourth batch", () => {
  it("reads two colleges 与 joins as two, where the first is named whole and a place opens the second (…旅游学院与兴安职业技术学院)", () => {
    const ms = mentions("北京联合大学旅游学院与兴安职业技术学院签订协议。中国农业大学资源与环境学院派出专家。");
    expect(names(ms, "School")).toEqual(["北京联合大学旅游学院", "兴安职业技术学院", "中国农业大学资源与环境学院"]);
  });
  it("reads stations of emergency care with their place and bases of air rescue (花吐古拉镇急救站, 兴安盟航空医疗救援基地), none of a kind alone", () => {
    const ms = mentions("兴安盟航空医疗救援基地揭牌。花吐古拉镇急救站和北京市红十字会紧急救援中心合作，建设孕产妇急救站。");
    expect(names(ms, "Organization")).toEqual(["兴安盟航空医疗救援基地"]);
    expect(names(ms, "Hospital")).toEqual(["花吐古拉镇急救站", "北京市红十字会紧急救援中心"]);
  });
  it("reads people by their trades and a win (焊工朝鲁, 厨师乌日娜, 裁判长高志强, 毕业生白音仓, 学生韩宇获…), none in a summer camp (学生夏令营)", () => {
    const ms = mentions("鑫源机械制造有限公司焊工朝鲁以总分92.5分获得第一名。餐饮有限公司厨师乌日娜摘得第一。裁判长高志强是该校教师。2023届毕业生白音仓进入北京城建集团。库伦旗职业技术学校学生韩宇获一等奖。组织学生夏令营活动。");
    expect(names(ms, "Person")).toEqual(["朝鲁", "乌日娜", "高志强", "白音仓", "韩宇"]);
  });
  it("reads camps by their kinds of camping (罕山星空露营地, 索伦河谷自驾车营地), not a summer camp's", () => {
    const ms = mentions("在罕山星空露营地、索伦河谷自驾车营地、骆驼山房车营地开展活动。组织夏令营营地活动。");
    expect(names(ms, "Organization")).toEqual(["罕山星空露营地", "索伦河谷自驾车营地", "骆驼山房车营地"]);
  });
});

describe("the sixty-sixth stop's batch", () => {
  it("reads no person in anaesthesia, which jieba's dictionary tags a name (派出麻醉、普外…, 患者麻醉)", () => {
    const ms = mentions("良乡医院先后派出麻醉、普外、妇产等专业骨干12名。科室已能独立完成高龄、危重患者麻醉。北京市累计选派麻醉、疼痛专业医生180名。");
    expect(names(ms, "Person")).toEqual([]);
  });
  it("reads no town in analgesia (患者自控镇痛, 针刺镇痛), nor a town named by a list's ordinal or a conjunction (二是镇卫生院, 同时镇卫生院)", () => {
    const ms = mentions("推广患者自控镇痛和针刺镇痛。一是加强培训；二是镇卫生院无痛诊疗设备使用率偏低。同时镇卫生院设备老化。用于宝国吐乡非遗工坊。");
    expect(names(ms, "Township")).toEqual([]);
    expect(names(ms, "Hospital")).toEqual([]);
    expect(names(ms, "Organization")).toEqual(["宝国吐乡非遗工坊"]);
  });
  it("reads no body in a machine bought (购置了麻醉工作站), nor in the verb after 重新 (该旗重新规划儿童福利院)", () => {
    const ms = mentions("给科右前旗人民医院购置了麻醉工作站、超声仪。帮助该旗重新规划儿童福利院功能布局。");
    expect(ms.filter((m) => m.label !== "Banner").map((m) => m.name)).toEqual(["科右前旗人民医院"]);
  });
  it("reads a body after a verb of going glued to its unit's character (分配至旗疾控中心 is 旗疾控中心)", () => {
    const ms = mentions("碘快速检测仪20台，将分配至旗疾控中心和林东镇卫生院。");
    expect(names(ms, "Agency")).toEqual(["旗疾控中心"]);
  });
  it("reads no locality for a disease's area or a pastoral sumu (病区村, 病区苏木镇, 牧业苏木)", () => {
    const ms = mentions("全旗现有饮水型氟中毒病区村37个。已全部配发至病区苏木镇。到脑木更苏木等3个牧业苏木巡回筛查。");
    expect(ms.filter((m) => m.label === "Township" || m.label === "Village").map((m) => m.name)).toEqual(["脑木更苏木"]);
  });
  it("reads centres protecting and guiding children's welfare (巴林右旗未成年人救助保护中心, 阿尔山市儿童福利指导中心)", () => {
    const ms = mentions("巴林右旗未成年人救助保护中心和阿尔山市儿童福利指导中心签约。");
    expect(names(ms, "Organization")).toEqual(["巴林右旗未成年人救助保护中心", "阿尔山市儿童福利指导中心"]);
  });
  it("reads no person in a scene's place (车窗外是…), a word of three (高血压患者) or a kind of doctor (公卫医生)", () => {
    const ms = mentions("车窗外是一望无际的草场。68岁的高血压患者刚量完血。派出全科医生、公卫医生到结对卫生院坐诊。59岁的王建国说。");
    expect(names(ms, "Person")).toEqual(["王建国"]);
  });
  it("reads the trades of a project's firms as no names (宠物用品、包装印刷等配套企业, 饲料厂、宠物食品厂等企业)", () => {
    const ms = mentions("引进宠物用品、包装印刷等配套企业。依托饲料厂、宠物食品厂等企业建设就业帮扶车间7个。引进伊利、蒙牛等企业。");
    expect(names(ms, "Enterprise")).toEqual(["伊利", "蒙牛"]);
  });
  it("reads a village named by its households (五家子村) and the body named after it, and a university's campus (中国地质大学（北京）)", () => {
    const ms = mentions("其中，五家子村秸秆收储专业合作社去年实现分红。联合中国地质大学（北京）开展勘查。");
    expect(names(ms, "Village")).toEqual(["五家子村"]);
    expect(names(ms, "Enterprise")).toEqual(["五家子村秸秆收储专业合作社"]);
    expect(names(ms, "School")).toEqual(["中国地质大学(北京)"]);
  });
  it("reads no school of a kind (艺术特色学校, 义务教育阶段学校, 白狼镇乡村学校) nor one in a campus (副中心校园)", () => {
    const ms = mentions("推动“一校一品”艺术特色学校建设。四子王旗义务教育阶段学校音乐课开课率100%。伊尔施镇、白狼镇乡村学校的46名孩子。跳进城市副中心校园。");
    expect(names(ms, "School")).toEqual([]);
  });
});

describe("the sixty-sixth stop's second batch", () => {
  it("reads a registered name over a coined word of two after its place (北京朝来天陆科技有限公司)", () => {
    expect(names(mentions("招商落户察右后旗的北京朝来天陆科技有限公司，在旗工业园区投资1.2亿元。"), "Enterprise")).toEqual(["北京朝来天陆科技有限公司"]);
  });
  it("reads no website in a network formed (连点成网), no body past 等距 or 优先 (吉生太镇等距旗医院, 优先保障学校), nor a town past 已经在", () => {
    const ms = mentions("公共场所AED从“零星分布”到“连点成网”。重点布设在供济堂镇、吉生太镇等距旗医院较远的苏木乡镇。优先保障学校、车站等场所。“急救课”已经在镇中心学校开了一个多月。");
    expect(ms.filter((m) => !["Township"].includes(m.label)).map((m) => m.name)).toEqual([]);
  });
  it("reads a town whose name holds a function word before its body (阿里和镇卫生院)", () => {
    expect(names(mentions("派出康复治疗师5人次到阿里和镇卫生院开展服务。"), "Hospital")).toEqual(["阿里和镇卫生院"]);
  });
  it("reads no school of a kind (民族地区学校, 蒙汉双语学校, 中小学幼儿园, 旗直中小学校)", () => {
    const ms = mentions("前旗中小学幼儿园专任教师中。库伦旗现有中小学幼儿园42所。重点支持乡村学校和民族地区学校。蒙汉双语学校课堂观察。1 | 旗直中小学校AED配置项目 | 天山镇 |");
    expect(names(ms, "School")).toEqual([]);
  });
  it("reads a town after a body whose branch it keeps, not over the body's name (莫旗文化馆腾克镇分馆 names 腾克镇)", () => {
    const ms = mentions("这里是莫旗文化馆腾克镇分馆。");
    expect(names(ms, "Township")).toEqual(["腾克镇"]);
    expect(names(ms, "Organization")).toEqual(["莫旗文化馆腾克镇分馆"]);
  });
  it("reads no station of a unit's towns in general, though a shorter ending would take it (苏木镇综合文化站, 各镇（苏木）综合文化站)", () => {
    const ms = mentions("在各镇（苏木）综合文化站设立分馆。主要用于苏木镇综合文化站提档升级。实施巴林左旗苏木乡镇综合文化站提档升级项目。巴彦镇综合文化站站长说。");
    expect(names(ms, "Organization")).toEqual(["巴彦镇综合文化站"]);
  });
  it("reads a grid company's name past an expert's glued to 到 (…吕建伟到 + 国网 + 库伦旗供电公司)", () => {
    expect(names(mentions("国网北京房山供电公司选派配电专家吕建伟到国网库伦旗供电公司开展技术帮扶。"), "Enterprise")).toEqual(["国网北京房山供电公司", "国网库伦旗供电公司"]);
  });
  it("reads no body set up (村集体办起), sited (项目选址产业园), gone to (正读高中) or counted (两村党支部), and no town of sumu and towns (牧区苏木镇)", () => {
    const ms = mentions("宁城县：村集体办起“小肥厂”。项目选址产业园东侧。孩子正读高中。两村党支部联合。覆盖牧区苏木镇12个。罕苏木苏木巴彦嘎查。");
    expect(ms.filter((m) => m.label !== "Banner").map((m) => m.name)).toEqual(["罕苏木苏木", "巴彦嘎查"]);
    // (A village named by figures is no count: 五三村党支部.)
    expect(names(mentions("五三村党支部书记说。"), "Organization")).toEqual(["五三村党支部"]);
  });
});

describe("the sixty-sixth stop's third batch", () => {
  it("reads a youth-league committee under the league's full name (共产主义青年团巴林右旗委员会), and no shop online by what it sells (风干牛肉网店)", () => {
    const ms = mentions("共产主义青年团巴林右旗委员会联合开展活动。其其格开起了风干牛肉网店。2 奶食品网店标准化加工间改造。");
    expect(names(ms, "Organization")).toEqual(["共产主义青年团巴林右旗委员会"]);
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads the people of a table's columns of mentors and apprentices (北京导师 | … | 阿旗徒弟)", () => {
    const ms = mentions("序号 | 北京导师 | 导师单位 | 职称 | 阿旗徒弟 | 徒弟单位\n1 | 王振国 | 北京市昌平区医院 | 主任医师 | 宝音 | 阿鲁科尔沁旗医院\n2 | 齐海燕 | 北京市昌平区沙河医院 | 主管护师 | 吴敏 | 绍根镇中心卫生院\n");
    expect(names(ms, "Person")).toEqual(["王振国", "宝音", "齐海燕", "吴敏"]);
  });
});

describe("the sixty-seventh stop's batch", () => {
  it("reads the people a credit lists after a space: after a Mongolian reporter's name, after a body in brackets, or on a line alone after it", () => {
    const ms = mentions("（记者：萨仁高娃 王磊）\n（四子王旗融媒体中心 斯琴 刘畅）\n科右前旗总工会 包海龙\n北京市农林科学院 内蒙古农牧业科学院\n");
    expect(names(ms, "Person")).toEqual(["萨仁高娃", "王磊", "斯琴", "刘畅", "包海龙"]);
  });
  it("reads the people of a preparer's and a translator's labels, of a contact after a working group's name, and of members after a bracket", () => {
    const ms = mentions("编制人：高娃　　审核人：韩志强\n北京市丰台区驻四子王旗工作组联系人：马骏　联系电话：0474-5211058\n（翻译：刘畅 校对：乌日娜）\n组长：周建华（研究中心主任）　成员：宋雅琴　阿拉坦仓\n");
    expect(names(ms, "Person")).toEqual(["高娃", "韩志强", "马骏", "刘畅", "乌日娜", "周建华", "宋雅琴", "阿拉坦仓"]);
  });
  it("reads a contact after a body named with a museum's or a section's ending (自治区档案馆 孟庆华, 儿童福利处 赵明远)", () => {
    const ms = mentions("（联系人：自治区档案馆 孟庆华，电话：0471-1234567）\n（联系人：市民政局儿童福利处 赵明远）\n");
    expect(names(ms, "Person")).toEqual(["孟庆华", "赵明远"]);
  });
});

describe("the sixty-seventh stop's second batch", () => {
  it("reads bases of wellness stays and of teaching the young with their place (阿尔山市白狼峰康养旅居基地, 库伦旗青少年禁毒教育基地)", () => {
    const ms = mentions("东城区支持建设阿尔山市白狼峰康养旅居基地。房山区援建库伦旗青少年禁毒教育基地。");
    expect(names(ms, "Organization")).toEqual(["阿尔山市白狼峰康养旅居基地", "库伦旗青少年禁毒教育基地"]);
  });
  it("reads the 都 of a Mongolian place in a body's name, though jieba reads an adverb (科右前旗乌兰毛都草原康养基地, 阿鲁科尔沁旗巴彦温都尔草原康养营地)", () => {
    const ms = mentions("支持建设科右前旗乌兰毛都草原康养基地和阿鲁科尔沁旗巴彦温都尔草原康养营地。");
    expect(names(ms, "Organization")).toEqual(["科右前旗乌兰毛都草原康养基地", "阿鲁科尔沁旗巴彦温都尔草原康养营地"]);
  });
  it("reads a committee's office by its field, a verb to jieba (太仆寺旗禁毒委员会办公室, 巴林左旗禁毒社会工作服务中心)", () => {
    const ms = mentions("太仆寺旗禁毒委员会办公室联合巴林左旗禁毒社会工作服务中心开展宣传。");
    expect(names(ms, "Agency")).toEqual(["太仆寺旗禁毒委员会办公室"]);
    expect(names(ms, "Organization")).toEqual(["巴林左旗禁毒社会工作服务中心"]);
  });
  it("reads no side of a unit in a sumu's name (四子王旗最北端脑木更苏木 is 脑木更苏木; 旗北部苏木 names none)", () => {
    const ms = mentions("家住四子王旗最北端脑木更苏木的牧民巴特尔。位于旗北部苏木。");
    expect(names(ms, "Township")).toEqual(["脑木更苏木"]);
  });
  it("reads no school in 集中学习, nor a verb of guiding in a Party school's name (党校集中学习, 指导旗委党校)", () => {
    const ms = mentions("学员们在北京经济技术开发区党校集中学习。指导旗委党校教师开展集体备课。");
    expect(names(ms, "School")).toEqual(["北京经济技术开发区党校"]);
  });
});

describe("the sixty-seventh stop's third batch", () => {
  it("reads a firm's form of partnership in brackets as its name's, and a town's finance office and a bureau's station (林东镇财政所, …农村经营管理站)", () => {
    const ms = mentions("北京中关审合会计师事务所（普通合伙）与林东镇财政所、阿鲁科尔沁旗农牧局农村经营管理站签约。");
    expect(names(ms, "Enterprise")).toEqual(["北京中关审合会计师事务所(普通合伙)"]);
    expect(names(ms, "Agency")).toEqual(["林东镇财政所", "阿鲁科尔沁旗农牧局农村经营管理站"]);
  });
  it("reads no locality in an honour (评选文明乡, 牧区文明嘎查), and no verb of sending or strengthening in a council's name (定期互派红白理事会, 建强红白理事会)", () => {
    const ms = mentions("评选文明乡、牧区文明嘎查。两地定期互派红白理事会成员交流，建强红白理事会，白音花嘎查红白理事会成立。");
    expect(ms.filter((m) => m.label === "Township" || m.label === "Organization").map((m) => m.name)).toEqual(["白音花嘎查红白理事会"]);
  });
  it("reads centres of rescue with their place (阿鲁科尔沁旗野生动物收容救护中心, 北京猛禽救助中心), none without (救助中心)", () => {
    const ms = mentions("阿鲁科尔沁旗野生动物收容救护中心与北京猛禽救助中心合作。建设救助中心。");
    expect(names(ms, "Organization")).toEqual(["阿鲁科尔沁旗野生动物收容救护中心", "北京猛禽救助中心"]);
  });
});

describe("the sixty-seventh stop's fourth batch", () => {
  it("reads no firm counted (正镶白旗一家奶食品合作社), no office in 越办越好, no port in a port's economy (转化为口岸经济), and a port by its name (满洲里口岸)", () => {
    const ms = mentions("正镶白旗一家奶食品合作社的负责人说，巴林左旗的物流园越办越好，把红利转化为口岸经济。满洲里口岸货运量增长。");
    expect(ms.filter((m) => !["Banner", "Province"].includes(m.label)).map((m) => m.name)).toEqual(["满洲里口岸"]);
  });
  it("reads no person in a specialty before a title (草原植保医生)", () => {
    expect(names(mentions("“草原植保医生”周立群把北京的植保经验带来。"), "Person")).toEqual(["周立群"]);
  });
});
describe("the sixty-seventh stop's fifth batch", () => {
  it("reads people after the titles of those who test, dispatch and trade, police ranks and veterans (检验员刘洋, 调度员萨仁, 一级警长徐朗, 商户王春生, 退役军人于春海)", () => {
    const ms = mentions("检验员刘洋说。调度员萨仁一边安抚家属。一级警长徐朗结合案例授课。商户王春生一边过磅。由退役军人于春海领办。");
    expect(names(ms, "Person")).toEqual(["刘洋", "萨仁", "徐朗", "王春生", "于春海"]);
  });
  it("reads a person at whose home a clause ends (走进村民张德胜家，…)", () => {
    expect(names(mentions("走进千斤沟镇十八顷村村民张德胜家，房顶上18块光伏板整齐排列。"), "Person")).toEqual(["张德胜"]);
  });
});
describe("the sixty-seventh stop's sixth batch", () => {
  it("reads a contact's name in brackets after a date a wrapped line joined (2024年1月15日（联系人：白晓峰，…）), and after a sentence's stop (…反映。联系人：赵丽娟)", () => {
    const ms = mentions("2024年1月15日（联系人：白晓峰，电话：0482-xxxxxxx）\n请向兴和县乡村振兴局反映。联系人：赵丽娟，电话：0474-7212035。");
    expect(names(ms, "Person")).toEqual(["白晓峰", "赵丽娟"]);
  });
  it("reads a credit of the page or the report (本版责编：李雪, 本报告执笔：赵文斌)", () => {
    expect(names(mentions("（本版责编：李雪）\n（本报告执笔：赵文斌。）"), "Person")).toEqual(["李雪", "赵文斌"]);
  });
});
describe("the sixty-seventh stop's seventh batch", () => {
  it("reads centres and stations testing farm goods' safety and bases of filming (巴林左旗农畜产品质量安全检测中心, 罕山影视外景基地)", () => {
    const ms = mentions("巴林左旗农畜产品质量安全检测中心和兴和县农畜产品质量安全中心签约。昌平区支持建设罕山影视外景基地。建设检测中心。");
    expect(names(ms, "Organization")).toEqual(["巴林左旗农畜产品质量安全检测中心", "罕山影视外景基地"]);
    expect(names(ms, "Agency")).toEqual(["兴和县农畜产品质量安全中心"]);
  });
  it("reads no village in a company strengthening villages (喀喇沁旗锦山强村发展有限公司, 强村公司)", () => {
    const ms = mentions("喀喇沁旗锦山强村发展有限公司成立，各嘎查组建强村公司。");
    expect(ms.filter((m) => m.label !== "Banner").map((m) => m.name)).toEqual(["喀喇沁旗锦山强村发展有限公司"]);
  });
  it("reads no person in the first half of a compound repeated after a title (教师周转宿舍 … 周转宿舍, jieba's 周转/nr)", () => {
    const ms = mentions("援建乡村教师周转宿舍投用。周转宿舍产权归学校所有。特岗教师张雨桐把行李放进房间。");
    expect(names(ms, "Person")).toEqual(["张雨桐"]);
  });
});
describe("the sixty-seventh stop's eighth batch", () => {
  it("reads a firm's name past a character jieba reads as a preposition before a word it alone takes for a place (北京 + 顺 + 天马/ns + 业)", () => {
    expect(names(mentions("北京顺天马业科技有限公司在巴林左旗投资。"), "Enterprise")).toEqual(["北京顺天马业科技有限公司"]);
  });
  it("reads a Mongolian village's name back to where it opens, over a word of another kind (哈日 + 道/q + 卜嘎查)", () => {
    expect(names(mentions("劲松北社区与哈日道卜嘎查分别结成对子。"), "Village")).toEqual(["劲松北社区", "哈日道卜嘎查"]);
  });
});
describe("the sixty-seventh stop's ninth batch", () => {
  it("reads labour arbitration courts and odd-job stations (北京市丰台区劳动人事争议仲裁院, 乌丹镇零工驿站), and no verb of assigning in a firm's name (中心指派北京恒正律师事务所)", () => {
    const ms = mentions("北京市丰台区劳动人事争议仲裁院与乌丹镇零工驿站对接。中心指派北京恒正律师事务所律师。");
    expect(names(ms, "Agency")).toEqual(["北京市丰台区劳动人事争议仲裁院"]);
    expect(names(ms, "Organization")).toEqual(["乌丹镇零工驿站", "北京恒正律师事务所"]);
  });
});
describe("the sixty-seventh stop's tenth batch", () => {
  it("reads no body in one's own office (周明远办公室的灯还亮着), a bureau's office still (海淀区支援合作办公室)", () => {
    const ms = mentions("夜里十点，周明远办公室的灯还亮着。海淀区支援合作办公室来电。");
    expect(names(ms, "Agency")).toEqual(["海淀区支援合作办公室"]);
  });
});
describe("the sixty-seventh stop's eleventh batch", () => {
  it("reads road maintenance centres (奈曼旗公路养护中心), no village a road reaches (牧区通嘎查公路), and a teaching point only with its place (三合村教学点, not 固定教学点)", () => {
    const ms = mentions("奈曼旗公路养护中心修缮牧区通嘎查公路。设立三合村教学点。设立固定教学点。");
    expect(names(ms, "Agency")).toEqual(["奈曼旗公路养护中心"]);
    expect(names(ms, "School")).toEqual(["三合村教学点"]);
    expect(names(ms, "Village")).toEqual(["三合村"]);
  });
});
describe("the sixty-seventh stop's twelfth batch", () => {
  it("reads no town's office in general after a verb of going (下达至镇财政所), a town's named one still (林东镇财政所)", () => {
    expect(names(mentions("320万元于2023年5月下达至镇财政所，截至审计。"), "Agency")).toEqual([]);
    expect(names(mentions("林东镇财政所负责管理。"), "Agency")).toEqual(["林东镇财政所"]);
  });
});

describe("the sixty-eighth stop's first batch", () => {
  it("reads the name a credit's label and its line's end or a space close, of no known surname (编辑：达丽娅　审核：…)", () => {
    expect(names(mentions("好。\n编辑：达丽娅　审核：孟根\n"), "Person")).toEqual(["达丽娅", "孟根"]);
    expect(names(mentions("好。\n编辑：特日格乐 审核：韩雪\n"), "Person")).toEqual(["特日格乐", "韩雪"]);
    // (Not an ordinary word, a reporter's rank, nor a heading's words after a body's ending with no label.)
    expect(names(mentions("好。\n图片：网络\n文字：综合\n"), "Person")).toEqual([]);
    expect(names(mentions("□本报记者 苏日娜 见习记者 周航\n"), "Person")).not.toContain("见习记者");
    expect(names(mentions("01 一台晚会 两地情深\n"), "Person")).toEqual([]);
  });
  it("ends a Mongolian name of known parts after a title where an ordinary word opens (牧民宝音专程赶来), a Han name whole", () => {
    expect(names(mentions("额勒斯台苏木牧民宝音专程赶来复查。"), "Person")).toEqual(["宝音"]);
    expect(names(mentions("医生托娅结业返岗后，牵头开展了新技术。"), "Person")).toEqual(["托娅"]);
    expect(names(mentions("库伦旗金丰玉米种植专业合作社理事长包文明说：“好。”"), "Person")).toEqual(["包文明"]);
  });
});

describe("the sixty-eighth stop's second batch", () => {
  it("parts two bodies a verb of helping joins after a society's or a federation's ending (东城区红十字会帮扶阿尔山市红十字会)", () => {
    expect(names(mentions("东城区红十字会帮扶阿尔山市红十字会。"), "Organization")).toEqual(["东城区红十字会", "阿尔山市红十字会"]);
    expect(names(mentions("东城区妇联帮扶阿尔山市妇联。"), "Organization")).toEqual(["东城区妇联", "阿尔山市妇联"]);
  });
  it("reads a standard body's name that holds 和 whole (巴林右旗行政审批和政务服务局), and study camps", () => {
    expect(names(mentions("张悦到巴林右旗行政审批和政务服务局挂职副局长。"), "Agency")).toEqual(["巴林右旗行政审批和政务服务局"]);
    expect(names(mentions("海淀区支持科右前旗建设乌兰毛都草原生态研学营地。"), "Organization")).toEqual(["乌兰毛都草原生态研学营地"]);
  });
  it("reads a news site where a credit stands ((人民网记者 赵明), 来源：内蒙古新闻网), no 互联网", () => {
    expect(names(mentions("好。\n(人民网记者 赵明 通讯员 哈斯)\n"), "Organization")).toEqual(["人民网"]);
    expect(names(mentions("来源：内蒙古新闻网\n好。"), "Organization")).toEqual(["内蒙古新闻网"]);
    expect(names(mentions("来源：互联网\n好。"), "Organization")).toEqual([]);
  });
});

describe("the sixty-eighth stop's third batch", () => {
  it("reads no body in a notice's formula of approval by a leading group named by its level (经旗京蒙协作工作领导小组研究), its office still", () => {
    expect(names(mentions("经旗京蒙协作工作领导小组研究，现将四子王旗2024年项目公示如下。"), "Agency")).toEqual([]);
    expect(names(mentions("请向旗京蒙协作工作领导小组办公室反映。"), "Agency")).toEqual(["旗京蒙协作工作领导小组办公室"]);
  });
  it("reads a village's office as none (改造闲置村部), and no field's word in a village's name (实施地点浩尔吐嘎查)", () => {
    expect(names(mentions("在乌兰胡硕嘎查改造闲置村部，建成车间。"), "Village")).toEqual(["乌兰胡硕嘎查"]);
    expect(names(mentions("第8项实施地点浩尔吐嘎查为顺义区李桥镇沮沟村的结对嘎查。"), "Village")).toEqual(["浩尔吐嘎查", "沮沟村"]);
  });
});

describe("the sixty-eighth stop's fourth batch", () => {
  it("marks a village's Party branch named as its secretary's post (五星村党支部书记王强), not where it acts (与…结对)", () => {
    const held = mentions("扣河子镇五星村党支部书记王强说，合作社很好。").find((m) => m.surface === "扣河子镇五星村党支部" || m.surface === "五星村党支部");
    expect(held?.asTitle).toBe(true);
    const acting = mentions("五星村党支部与永丰村党支部结对。").find((m) => m.surface === "五星村党支部");
    expect(acting?.asTitle).toBeUndefined();
  });
});

describe("the sixty-eighth stop's fifth batch", () => {
  it("opens no body's name over an idiom before its place (库伦旗积极争取内蒙古自治区工业和信息化厅)", () => {
    expect(names(mentions("库伦旗积极争取内蒙古自治区工业和信息化厅支持。"), "Agency")).toEqual(["内蒙古自治区工业和信息化厅"]);
  });
});

describe("the sixty-eighth stop's sixth batch", () => {
  it("reads a site in 网 the text credits as a paper as a news outlet wherever it names it (来源：北疆网), a shop's site still a firm", () => {
    expect(names(mentions("来源：北疆网\n好，北疆网报道。"), "Organization")).toEqual(["北疆网"]);
    expect(names(mentions("依托与京东集团、酒仙网开展线上线下帮扶项目。"), "Enterprise")).toContain("酒仙网");
  });
});

describe("the sixty-eighth stop's seventh batch", () => {
  it("reads a learned society with a place in its name (北京护理学会), none where 学会 is learning (在北京学会了翻身)", () => {
    expect(names(mentions("区还协调北京护理学会与呼伦贝尔市护理学会签订协议。"), "Organization")).toEqual(["北京护理学会", "呼伦贝尔市护理学会"]);
    expect(names(mentions("高娃说：“在北京学会了翻身。”让更多的草原姐妹学会这门手艺。"), "Organization")).toEqual([]);
  });
});

describe("the sixty-eighth stop's eighth batch", () => {
  const table = "序号 | 北京律师事务所 | 结对嘎查村 | 所属苏木乡镇 | 法律顾问 | 服务方式\n1 | 北京市仁和律师事务所 | 后兴隆地村 | 林东镇 | 孙建华 | 驻村+线上\n4 | 北京市顺平律师事务所 | 十三敖包村 | 十三敖包镇 | 王宏伟、张晓 | 驻村+线上\n";
  it("reads each of the names a table's cell lists (王宏伟、张晓), and no village of the counties in general (受援旗县嘎查村)", () => {
    expect(names(mentions(table), "Person")).toEqual(["孙建华", "王宏伟", "张晓"]);
    expect(names(mentions("注：资金指结对区安排用于受援旗县嘎查村法律服务的资金。"), "Village")).toEqual([]);
  });
  it("ends a name where what one does at once follows (律师孙悦即赴敖包吐嘎查驻点)", () => {
    expect(names(mentions("北京市亦鑫律师事务所律师孙悦即赴敖包吐嘎查驻点。"), "Person")).toEqual(["孙悦"]);
  });
});

describe("the sixty-eighth stop's ninth batch", () => {
  it("reads the speaker right after a quote, a Mongolian name whole (“…。”宝音德力格尔笑着说), no surname and title (”白馆长说)", () => {
    expect(names(mentions("“一个月就能卖一万二。”宝音德力格尔笑着说。"), "Person")).toEqual(["宝音德力格尔"]);
    expect(names(mentions("“好。”李春生告诉小编。"), "Person")).toEqual(["李春生"]);
    expect(names(mentions("“好。”白馆长说。“好。”大家都说。"), "Person")).toEqual([]);
  });
});

describe("the sixty-eighth stop's tenth batch", () => {
  it("reads a name right after a village's or town's 的 that a follower ends (西河子村的那仁图雅。, 巴彦呼树镇的图门在北京), no field and its locative", () => {
    expect(names(mentions("来自乌兰花镇西河子村的那仁图雅。这个19岁的姑娘很好。"), "Person")).toEqual(["那仁图雅"]);
    expect(names(mentions("巴彦呼树镇的图门在北京星光汽车学校学习。"), "Person")).toEqual(["图门"]);
    expect(names(mentions("东荷叶村的田埂上，一个中年人在忙碌。巴彦嘎查的牛圈里很干净。"), "Person")).toEqual([]);
  });
});

describe("the sixty-eighth stop's eleventh batch", () => {
  it("takes no table's next header for a name a label vouches for (负责人 | 奖补资金（万元）)", () => {
    expect(names(mentions("序号 | 主体名称 | 所在苏木镇 | 负责人 | 奖补资金（万元）\n1 | 库伦旗蒙源荞麦食品有限公司 | 扣河子镇 | 包海龙 | 5\n"), "Person")).toEqual(["包海龙"]);
  });
  it("reads a Mongolian name ending in 和 after a gacha's 的 (五家子嘎查的巴图孟和正在调试设备)", () => {
    expect(names(mentions("来自库伦旗扣河子镇五家子嘎查的巴图孟和正在调试设备。"), "Person")).toEqual(["巴图孟和"]);
  });
  it("names 我院's part after the article's own academy, the first named, not the last named before it", () => {
    const ms = mentions("北京市农林科学院2024年工作总结。与赤峰市农牧科学研究院共建联合实验室。我院蔬菜研究所与边墙村结成帮扶对子。");
    expect(ms.find((m) => m.surface === "我院蔬菜研究所")?.name).toBe("北京市农林科学院蔬菜研究所");
  });
});

describe("the sixty-ninth stop's first batch", () => {
  it("ends a name before 于 and the year one came in (杨帆于2023年从昌平区选派到阿旗挂职)", () => {
    expect(names(mentions("杨帆于2023年从昌平区选派到阿旗挂职。"), "Person")).toEqual(["杨帆"]);
  });
  it("reads a name before 等 and the title that fits those listed (昌平区农业农村局郑海涛等同志), the body's ending glued to its surname", () => {
    expect(names(mentions("其中昌平区农业农村局郑海涛等同志参加。"), "Person")).toEqual(["郑海涛"]);
  });
  it("reads the writers a 执笔人 credit names, each with the body in brackets after", () => {
    expect(names(mentions("执笔人：郑文博（北京市支援合作办）　高娃（内蒙古自治区乡村振兴局）"), "Person")).toEqual(["郑文博", "高娃"]);
  });
  it("reads no body of the counties helped in general (受援旗县乡村振兴局), and a town whose name runs into a brand's 乡 as the town", () => {
    const ms = mentions("数据来源：受援旗县乡村振兴局。喀喇沁旗牛家营子镇药乡桔梗种植专业合作社成立。");
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Township")).toEqual(["牛家营子镇"]);
  });
});

describe("the sixty-ninth stop's second batch", () => {
  it("reads a township a street office took the place of by its old name (花乡 of 花乡街道), and the village after it apart", () => {
    const ms = mentions("丰台区花乡草桥村与巴林左旗大井坡村结对。");
    expect(names(ms, "Township")).toEqual(["花乡"]);
    expect(names(ms, "Village")).toEqual(["草桥村", "大井坡村"]);
  });
  it("reads no shop named by a province alone (进入北京超市), and a Beijing group's short name after a verb taking it (主动对接京能集团)", () => {
    const ms = mentions("北京能源集团有限责任公司（京能集团）旗下企业。产品进入北京超市。主动对接京能集团等首都能源企业。");
    expect(names(ms, "Enterprise")).toEqual(["北京能源集团有限责任公司"]);
  });
  it("reads a name after its body's 的 and when one went to serve (房山区应急管理局的杨帆，2023年3月到库伦旗…挂职)", () => {
    expect(names(mentions("房山区应急管理局的杨帆，2023年3月到库伦旗工业和信息化局挂职副局长。"), "Person")).toEqual(["杨帆"]);
  });
});

describe("the sixty-ninth stop's fourth batch", () => {
  it("reads people by their relief or joy and as members (敖特根长出了一口气, 特木尔笑得, 社员宝音说), no phrase after a title (医生成长起来)", () => {
    const ms = mentions("嘎查牧民敖特根长出了一口气。合作社理事长特木尔笑得合不拢嘴。社员宝音说，他家种了40亩甘草。看到当地的医生成长起来了。农牧民普遍使用火炉。");
    expect(names(ms, "Person")).toEqual(["敖特根", "特木尔", "宝音"]);
  });
  it("reads a paper after 据 in a credit's bracket, and no village those who came to it name (北京专家来嘎查)", () => {
    const ms = mentions("（据北方新报 记者 白乙拉 报道）去年北京专家来嘎查培训了20多名牧民。");
    expect(names(ms, "Organization")).toEqual(["北方新报"]);
    expect(names(ms, "Village")).toEqual([]);
  });
});

describe("the sixty-ninth stop's fifth batch", () => {
  it("reads a discipline team a commission stations in a body whole (库伦旗纪委监委驻农牧局纪检监察组, 巴林左旗纪委监委派驻第三纪检监察组)", () => {
    const ms = mentions("监督单位：库伦旗纪委监委驻农牧局纪检监察组。巴林左旗纪委监委派驻第三纪检监察组。");
    expect(names(ms, "Agency")).toEqual(["库伦旗纪委监委驻农牧局纪检监察组", "巴林左旗纪委监委派驻第三纪检监察组"]);
  });
  it("opens no name over one's home place or what one strives for (回到家乡乌兰哈达嘎查, 力争格根塔拉草原旅游区)", () => {
    const ms = mentions("他回到家乡乌兰哈达嘎查创业。力争格根塔拉草原旅游区年内通过评定。");
    expect(names(ms, "Village")).toEqual(["乌兰哈达嘎查"]);
    expect(names(ms, "Organization")).toEqual(["格根塔拉草原旅游区"]);
  });
  it("opens no cooperative's name over the role it plays (基地经营主体四子王旗丰裕农牧业专业合作社)", () => {
    expect(names(mentions("基地经营主体四子王旗丰裕农牧业专业合作社理事长乌日娜说。"), "Enterprise")).toEqual(["四子王旗丰裕农牧业专业合作社"]);
  });
});

describe("the sixty-ninth stop's sixth batch", () => {
  it("reads no school of a county's kind (四子王旗普通高中), a school of its nation still (巴林左旗蒙古族中学)", () => {
    const ms = mentions("丰台区派驻四子王旗普通高中教师名单。推动区内优质高中与库伦旗普通高中结对。巴林左旗蒙古族中学。");
    expect(names(ms, "School")).toEqual(["巴林左旗蒙古族中学"]);
  });
  it("reads a market named for a Beijing village in 各庄 whole (北京岳各庄农副产品批发市场)", () => {
    expect(names(mentions("销往北京岳各庄农副产品批发市场。"), "Enterprise")).toEqual(["北京岳各庄农副产品批发市场"]);
  });
});

describe("the seventieth stop's first batch", () => {
  it("reads the name after 一个叫做 and after a man or woman's 叫 (一个叫做白音仓的人, 男人叫李建国，)", () => {
    const ms = mentions("土泉县人民医院的院长，一个叫做白音仓的人，这样告诉记者。男人叫李建国，今年46岁。");
    expect(names(ms, "Person")).toEqual(["白音仓", "李建国"]);
  });
  it("ends a name at whom one helps or what one has just had done (书记包巴特尔帮我们, 牧民吴宝音图做完检查后说)", () => {
    const ms = mentions("社区党委书记包巴特尔帮我们把筛查点设在了社区活动室。来自库伦镇哈达图嘎查的牧民吴宝音图做完检查后说。");
    expect(names(ms, "Person")).toEqual(["包巴特尔", "吴宝音图"]);
  });
  it("reads no name after a title where a verb of speaking opens what follows (巴特尔书记说得很实在)", () => {
    expect(names(mentions("巴特尔书记说得很实在。"), "Person")).toEqual(["巴特尔"]);
  });
  it("reads those who fit limbs and hunters as titles (高级假肢矫形师刘振宇为他量身取型)", () => {
    expect(names(mentions("北京康立行假肢矫形器有限公司技术总监、高级假肢矫形师刘振宇为他量身取型。"), "Person")).toEqual(["刘振宇"]);
  });
  it("reads a second contact on a line of its own, a Mongolian name of three with its body and post in brackets", () => {
    const ms = mentions("联系人：陈晓燕（赤峰市卫生健康委员会医政医管科科长）　联系电话：0476-8336215\n　　　　朝鲁门（赤峰市乡村振兴局东西部协作科副科长）　联系电话：0476-8827340");
    expect(names(ms, "Person")).toEqual(["陈晓燕", "朝鲁门"]);
  });
  it("reads no 说 into a name, nor 佚名 as one (杨帆说，…; 作者:佚名)", () => {
    expect(names(mentions("包丽娜说：“以前我只会教学生打字。”检测指标一直很稳定。”杨帆说，今年公司收购肉苁蓉。"), "Person")).toEqual(["包丽娜", "杨帆"]);
    expect(names(mentions("2024-09-03 15:12:08　来源:网络转载　作者:佚名\n\n正文。"), "Person")).toEqual([]);
  });
  it("reads no township's word into a village's name where the town before it was read not (随着七台镇东坊子村, 千斤钩镇东井子村)", () => {
    const ms = mentions("随着七台镇东坊子村残疾人康复站正式揭牌。营员们来到千斤钩镇东井子村。");
    expect(names(ms, "Village")).toEqual(["东坊子村", "东井子村"]);
  });
  it("reads no verb of arranging into a list's first item (协调京东、美团优选等平台), and a logistics park by its ending (宝昌镇蔬菜冷链物流园)", () => {
    const ms = mentions("协调京东、美团优选等平台开设销售专区。建设宝昌镇蔬菜冷链物流园。");
    expect(names(ms, "Enterprise")).toEqual(["京东", "美团优选"]);
    expect(names(ms, "Organization")).toEqual(["宝昌镇蔬菜冷链物流园"]);
  });
  it("reads no figure and counter, time or lesson as a name's (再建2处陶艺工坊, 今年夏天合作社, 陶艺课就是…)", () => {
    const ms = mentions("今年再建2处陶艺工坊。巴特尔书记告诉我，今年夏天合作社接待游客6000多人次。她笑着说：“陶艺课就是这个样子。”");
    expect(names(ms, "Organization").filter((n) => /\d/.test(n))).toEqual([]);
    expect(names(ms, "Enterprise")).toEqual([]);
    expect(names(ms, "Person")).toEqual(["巴特尔"]);
  });
  it("keeps 北方 opening a paper's name (北方经济时报)", () => {
    expect(names(mentions("据北方经济时报报道。"), "Organization")).toEqual(["北方经济时报"]);
  });
  it("keeps 和 between the syllables of a Mongolian village's name (额日和图嘎查), not between two villages", () => {
    const ms = mentions("贡宝拉格苏木额日和图嘎查的牧民。东风村和巴彦嘎查结对。");
    expect(names(ms, "Village")).toEqual(["额日和图嘎查", "东风村", "巴彦嘎查"]);
  });
});

describe("the seventy-first stop's first batch", () => {
  it("reads bases of jobs and centres of calls named with their county as bodies, and their kind alone as none", () => {
    const ms = mentions("翁牛特旗京蒙协作客服就业基地在乌丹镇揭牌。设鄂伦春自治旗云客服中心。在科右前旗科尔沁镇建设数据标注基地。");
    expect(names(ms, "Organization")).toEqual(["翁牛特旗京蒙协作客服就业基地", "鄂伦春自治旗云客服中心"]);
  });
  it("reads halls of swimming named with their county, not a school's indoor one, and shops of hair and beauty", () => {
    const ms = mentions("巴林左旗青少年游泳馆正式开馆。投入资金改造库伦旗第二中学室内游泳馆。丽人美发店、娜仁美容养生馆开业。");
    expect(names(ms, "Organization")).toEqual(["巴林左旗青少年游泳馆"]);
    expect(names(ms, "School")).toEqual(["库伦旗第二中学"]);
    expect(names(ms, "Enterprise")).toEqual(["丽人美发店", "娜仁美容养生馆"]);
  });
  it("reads no goods of an earlier list as schools a later list in the clause ends with (炒米、黄米、糜子面等产品通过…等学校)", () => {
    const ms = mentions("阿旗炒米、黄米、糜子面等产品通过昌平区消费帮扶专柜、北京市昌平区第一中学等学校食堂销往北京。");
    expect(names(ms, "School")).toEqual(["北京市昌平区第一中学"]);
  });
  it("reads a food bank as a charity, no bank (京鄂同心食物银行)", () => {
    expect(names(mentions("京鄂同心食物银行在阿里河镇揭牌。"), "Organization")).toEqual(["京鄂同心食物银行"]);
  });
  it("opens a name at the unit written again after the town a chain of places reached (赤峰市宁城县汐子镇宁城县京蒙协作产业园)", () => {
    expect(names(mentions("该项目选址赤峰市宁城县汐子镇宁城县京蒙协作产业园。"), "Organization")).toEqual(["宁城县京蒙协作产业园"]);
  });
});

describe("the seventy-second stop's first batch", () => {
  it("opens a body's name with a Mongolian name jieba cut as a doubled word (琪琪/i + 格 of 琪琪格美容养生馆)", () => {
    expect(names(mentions("她开办的琪琪格美容养生馆吸纳了5名妇女。"), "Enterprise")).toEqual(["琪琪格美容养生馆"]);
  });
  it("reads a name jieba holds as a place after an ordinary title when a surname opens it and a follower comes next (技术总监马建国常驻)", () => {
    expect(names(mentions("北京雪羚羊绒制品有限公司技术总监马建国常驻园区。"), "Person")).toEqual(["马建国"]);
  });
  it("reads a news agency before its reporter or in its dateline, but no community named like it (新华社, 新华社区)", () => {
    expect(names(mentions("（新华社记者 吴云 翻译整理）"), "Organization")).toEqual(["新华社"]);
    expect(names(mentions("（新华社记者 吴云 翻译整理）"), "Person")).toEqual(["吴云"]);
    expect(names(mentions("新华社呼和浩特12月10日电（记者张三）今年…"), "Organization")).toEqual(["新华社"]);
    expect(names(mentions("长顺镇新华社区开展活动。"), "Organization")).toEqual([]);
  });
  it("leaves the 中 of 其中 out of a name a misspelt county opens (其中华德县鑫达服装有限公司)", () => {
    expect(names(mentions("其中华德县鑫达服装有限公司今年接到订单。"), "Enterprise")).toEqual(["华德县鑫达服装有限公司"]);
  });
  it("names a hospital's new building as the hospital, a named campus as the campus (新院区, 回龙观院区)", () => {
    expect(names(mentions("为梧桐花镇中心卫生院新院区完成测绘。北京积水潭医院回龙观院区派出专家。"), "Hospital")).toEqual(["梧桐花镇中心卫生院", "北京积水潭医院回龙观院区"]);
  });
  it("reads registries and the supply co-operatives' centres for farmers as bodies (不动产登记中心, 为农服务中心, 农资综合服务中心)", () => {
    const ms = mentions("太仆寺旗不动产登记中心组成工作组。巴林左旗隆昌镇为农服务中心投入运营。太仆寺旗农资综合服务中心开业。");
    expect(names(ms, "Agency")).toEqual(["太仆寺旗不动产登记中心"]);
    expect(names(ms, "Organization")).toEqual(["巴林左旗隆昌镇为农服务中心", "太仆寺旗农资综合服务中心"]);
  });
  it("reads a zone's office of pairing aid as a body (北京经济技术开发区对口支援合作处)", () => {
    expect(names(mentions("抄送：北京经济技术开发区对口支援合作处"), "Agency")).toEqual(["北京经济技术开发区对口支援合作处"]);
  });
  it("reads no courses a list names before 等…的学校 as schools (开设编程、机器人等课程的学校)", () => {
    expect(names(mentions("全旗开设编程、机器人、3D打印等课程的学校增加到18所。"), "School")).toEqual([]);
  });
  it("reads a cadre named after the post taken and 的, before a pause or what the cadre does (挂职…副主任的王磊、…)", () => {
    const ms = mentions("大兴区挂职察右前旗卫生健康委员会副主任的王磊、挂职正镶白旗卫生健康委员会副主任的陈思远，全程协调。石景山区挂职宁城县副县长的马骏几乎每个月都来。");
    expect(names(ms, "Person")).toEqual(["王磊", "陈思远", "马骏"]);
  });
  it("reads a school named for a Beijing street or town jieba knows no word of (北京市海淀区上地实验学校, …苏家坨中心小学)", () => {
    const ms = mentions("北京市海淀区上地实验学校与敖汉旗下洼镇中学结对，北京市海淀区苏家坨中心小学与敖汉旗新惠第一小学结对。");
    expect(names(ms, "School")).toEqual(["北京市海淀区上地实验学校", "敖汉旗下洼镇中学", "北京市海淀区苏家坨中心小学", "敖汉旗新惠第一小学"]);
  });
  it("reads halls and camps of astronomy and deputies' liaison stations as bodies, a hall of a museum as the museum (数字天象厅)", () => {
    const ms = mentions("阿尔山市青少年天文科普馆开馆。明安图星空科普营地落成。林东镇京蒙协作人大代表联络站揭牌。巴林左旗青少年科技馆数字天象厅投入使用。建成防震减灾科普馆。");
    expect(names(ms, "Organization")).toEqual(["阿尔山市青少年天文科普馆", "明安图星空科普营地", "林东镇京蒙协作人大代表联络站", "巴林左旗青少年科技馆"]);
  });
  it("keeps a brand of 之 and two characters whole (草原之星牧家乐专业合作社), and reads no distance nor guiding into a name", () => {
    const ms = mentions("化德县草原之星牧家乐专业合作社成立。营地距中国科学院国家天文台不足10公里。由结对学校选派教师指导学校天文社团建设。");
    expect(names(ms, "Enterprise")).toEqual(["化德县草原之星牧家乐专业合作社"]);
    expect(names(ms, "School")).toEqual([]);
  });
  it("names a commission's division as the commission (…城市管理委员会环境卫生管理处副处长)", () => {
    expect(names(mentions("胡振华，北京市西城区城市管理委员会环境卫生管理处副处长。"), "Agency")).toEqual(["北京市西城区城市管理委员会"]);
  });
  it("reads a teacher named after 叫 and one who comes from Beijing at a sentence's opening", () => {
    const ms = mentions("学校原来只有一位信息技术教师，叫李金锁，五十多岁。周立新来自北京市顺义区教育委员会，现在挂职。");
    expect(names(ms, "Person")).toEqual(["李金锁", "周立新"]);
  });
  it("reads a commission, not its 委 and the 委派 after it (受北京市西城区卫生健康委员会委派)", () => {
    expect(names(mentions("受北京市西城区卫生健康委员会委派，专家赴鄂伦春自治旗。"), "Agency")).toEqual(["北京市西城区卫生健康委员会"]);
  });
  it("reads a town the gazetteer knows over a character jieba took for a verb, and a branch named by its town (扣河子镇, …扣河子支行)", () => {
    const ms = mentions("从支行出来，我们顺路去了扣河子镇中心卫生院。库伦旗蒙银村镇银行扣河子支行开在镇政府对面。");
    expect(names(ms, "Hospital")).toEqual(["扣河子镇中心卫生院"]);
    expect(names(ms, "Enterprise")).toEqual(["库伦旗蒙银村镇银行扣河子支行"]);
  });
  it("reads 那日 as a Mongolian name's opening before the rest of a village's name (那日图嘎查), a kitchen's head as a title, and no verb of aim in a school's name", () => {
    const ms = mentions("投入135万元支持贡宝拉格苏木那日图嘎查牧民妇女毛毡合作社改造生产车间。厨师长吴建军带着3名厨师准备午餐。赤峰市敖汉旗聚焦幼儿园膳食营养短板。");
    expect(names(ms, "Enterprise")).toEqual(["贡宝拉格苏木那日图嘎查牧民妇女毛毡合作社"]);
    expect(names(ms, "Person")).toEqual(["吴建军"]);
    expect(names(ms, "School")).toEqual([]);
  });
  it("opens no town's name with the kind of body it is said to be (结对帮扶单位林海街道社区卫生服务中心)", () => {
    const ms = mentions("北京市东城区安定门医院为其结对帮扶单位林海街道社区卫生服务中心定向捐赠急救包。");
    expect(names(ms, "Hospital")).toEqual(["北京市东城区安定门医院", "林海街道社区卫生服务中心"]);
  });
  it("reads no name in 曾 and a verb of going after a title (专家曾到额勒顺镇), 曾 the surname before a given name (记者曾毅)", () => {
    const ms = mentions("北京市农林科学院的荞麦育种专家曾到额勒顺镇田间考察。记者曾毅说。");
    expect(names(ms, "Person")).toEqual(["曾毅"]);
  });
});

describe("recognise: the seventy-third stop's first batch", () => {
  it("reads people on a contact's line of comma-kept items, lines a PDF would not run together (…机关幼儿园，业务园长，刘静，010-6974××××)", () => {
    const ms = mentions("联络人如下：\n北京市昌平区机关幼儿园，业务园长，刘静，010-6974××××\n北京市昌平区城北中心幼儿园，保教主任，马晓丽，010-6971××××\n");
    expect(names(ms, "Person")).toEqual(["刘静", "马晓丽"]);
  });
  it("reads a county's centre of waste disposal, no regional one said of its kind (库伦旗医疗废物集中处置中心, 区域医疗废物处理中心)", () => {
    const ms = mentions("密云区支持建设的库伦旗医疗废物集中处置中心投入运行。企业投资建设区域医疗废物处理中心。");
    expect(names(ms, "Organization")).toEqual(["库伦旗医疗废物集中处置中心"]);
    expect(names(mentions("各地建设医疗废物集中处置中心。"), "Organization")).toEqual([]);
  });
  it("reads villages named by verbs alone in a table's cells and in a list of villages, not a header's or a slogan's (|新建村|, 前进村、团结村)", () => {
    const ms = mentions("序号|乡镇|村(嘎查)|任职村\n1|长顺镇|团结村|1\n2|朝阳镇|新建村|2\n前进村、团结村都建了广场。懂农业、爱农村、爱农民。");
    expect(names(ms, "Village")).toEqual(["团结村", "新建村", "前进村"]);
  });
  it("reads a school's name through a verb after its quarter's, and no 中学校 where a stray space parts 校长 (清河启明中学, 第一中学校 长)", () => {
    const ms = mentions("来自北京市海淀区清河启明中学的支教老师冯子豪。林西县第一中学校 长陶格斯表示。");
    expect(names(ms, "School")).toEqual(["北京市海淀区清河启明中学", "林西县第一中学"]);
  });
  it("reads no town in a verb's characters and a particle (跟着市残联 is no 根河市)", () => {
    expect(names(mentions("东城区帮扶阿尔山市。我跟着市残联的同志下乡走访。"), "Banner")).toEqual(["阿尔山市"]);
  });
  it("reads an author named in the note on the author (（作者周文博系…）) and 包 before 日 as a name's (包日胜)", () => {
    const ms = mentions("（作者周文博系北京市东城区民政局干部）。外科医生包日胜配合。");
    expect(names(ms, "Person")).toEqual(["周文博", "包日胜"]);
  });
  it("reads the weather service's centre of observation, a recycling station with its brand, no name in 负责人须于 (北京市气象探测中心)", () => {
    const ms = mentions("赵思琪，北京市气象探测中心工程师。巴音塔拉镇恒达废旧物资回收站收购地膜，再生资源回收站也收。各作业点负责人须于5月20日前完成培训。");
    expect(names(ms, "Agency")).toEqual(["北京市气象探测中心"]);
    expect(names(ms, "Enterprise")).toEqual(["巴音塔拉镇恒达废旧物资回收站"]);
    expect(names(ms, "Person")).not.toContain("须于");
  });
  it("reads a Party committee's department of social work and a Mongolian name jieba keeps as one word (区委社会工作部, 78岁的乌云其木格)", () => {
    const ms = mentions("北京市密云区委社会工作部牵头组织志愿者。七十八岁的乌云其木格老人是我印象最深的学员。");
    expect(names(ms, "Agency")).toEqual(["北京市密云区委社会工作部"]);
    expect(names(ms, "Person")).toEqual(["乌云其木格"]);
  });
  it("reads a name before 留在 as the name alone (全科医生赵磊留在了扣河子镇卫生院)", () => {
    expect(names(mentions("签约仪式结束后，全科医生赵磊留在了扣河子镇卫生院。"), "Person")).toEqual(["赵磊"]);
  });
});

describe("recognise: the seventy-fourth stop's first batch", () => {
  it("reads those who plan radiotherapy and a department's chief by their titles, no 门首席 (物理师陈思远, 首席医生蒋卫东)", () => {
    const ms = mentions("选派放疗科副主任医师刘振宇、物理师陈思远到宁城县中心医院帮扶。安定门医院的放射治疗部门首席医生蒋卫东来到华德县医院。");
    expect(names(ms, "Person")).toEqual(["刘振宇", "陈思远", "蒋卫东"]);
  });
  it("reads a school whose name a field of study follows, and a hospital named after a town ending in a count's characters (卫生学校医学影像, 北七家医院)", () => {
    const ms = mentions("北京市顺义区卫生学校医学影像技术专业教师宁晓雯到通辽支教。北京市昌平区北七家医院与阿鲁科尔沁旗人民医院签订协议。新建三家医院。");
    expect(names(ms, "School")).toEqual(["北京市顺义区卫生学校"]);
    expect(names(ms, "Hospital")).toEqual(["北京市昌平区北七家医院", "阿鲁科尔沁旗人民医院"]);
  });
  it("reads no village in the villages a survey took (调查村, 抽查村)", () => {
    expect(names(mentions("结果显示，调查村犬只免疫密度为93.2%，抽查村达标。"), "Village")).toEqual([]);
  });
  it("reads incubators and parks of start-ups with their places, not the kind alone (察右前旗返乡创业孵化园, 八里罕镇众创空间, 创业孵化基地)", () => {
    const ms = mentions("大兴区支持建设察右前旗返乡创业孵化园和八里罕镇众创空间。敖汉旗京蒙协作青年创业园、巴林左旗返乡创业园相继建成。入驻创业孵化基地。在长顺镇建立了京蒙电子信息产业孵化园。");
    expect(names(ms, "Organization")).toEqual(["察右前旗返乡创业孵化园", "八里罕镇众创空间", "敖汉旗京蒙协作青年创业园", "巴林左旗返乡创业园", "京蒙电子信息产业孵化园"]);
  });
  it("reads a class teacher's title whole, and a general-aviation airport by its kind, works built as a park is (120余名班主任, 林西县通用机场)", () => {
    expect(names(mentions("应邀为全市120余名班主任作了专题讲座。支教班主任刘晓楠说。"), "Person")).toEqual(["刘晓楠"]);
    expect(names(mentions("林西县通用机场顺利完成首次校验飞行。巴林左旗林东通用机场开工。"), "Organization")).toEqual(["林西县通用机场", "巴林左旗林东通用机场"]);
  });
  it("reads no scenic area in a kind of village, nor a village in a slogan (景区村庄, 以景带村, 以嘎查为主体)", () => {
    const ms = mentions("用于五岔沟镇景区村庄的提升。坚持以村为景、以景带村。这是太仆寺旗首个以嘎查为主体创建的景区。玉龙沙湖景区接待游客。");
    expect(names(ms, "Organization")).toEqual(["玉龙沙湖景区"]);
    expect(names(ms, "Village")).toEqual([]);
  });
  it("reads a district's branch of emergency care as a hospital (北京市大兴区急救分中心)", () => {
    expect(names(mentions("北京市大兴区急救分中心与察右前旗急救站结对。"), "Hospital")).toEqual(["北京市大兴区急救分中心", "察右前旗急救站"]);
  });
  it("reads centres guiding care of the elderly (北京市西城区养老服务指导中心, 林西县居家养老服务指导中心)", () => {
    const ms = mentions("北京市西城区养老服务指导中心选派护理专家朱红梅。林西县居家养老服务指导中心负责培训。");
    expect(names(ms, "Organization")).toEqual(["北京市西城区养老服务指导中心", "林西县居家养老服务指导中心"]);
  });
  it("reads plants by what they make where a county opens their names, not one said by its yearly output, a town's works or the first of a kind (…香菇菌棒厂, 库伦旗蒙原饲料厂; 年产3000万棒…, 扣河子镇牛粪有机肥厂, 首座…)", () => {
    const ms = mentions("宁城县八里罕镇京蒙协作香菇菌棒厂正式投产运营。宁城县年产3000万棒香菇菌棒厂投产。库伦旗蒙原饲料厂投产。扣河子镇牛粪有机肥厂、库伦旗首座规模化牛粪有机肥厂投产。");
    expect(names(ms, "Enterprise")).toEqual(["宁城县八里罕镇京蒙协作香菇菌棒厂", "库伦旗蒙原饲料厂"]);
  });
  it("reads stations and centres of breeding a county's name opens, not their kinds alone (…冻精配送站, …扩繁基地, …繁殖中心, …家畜改良站, …育种场)", () => {
    const ms = mentions("宁城县肉牛良种冻精配送站投用。敖汉旗肉牛良种扩繁基地建成。扎赉特旗肉牛良种繁殖中心落成。巴林左旗家畜改良站派员。京蒙协作华西牛核心育种场落户新城子镇。建设冻精配送站。");
    expect(names(ms, "Organization")).toEqual(["宁城县肉牛良种冻精配送站", "敖汉旗肉牛良种扩繁基地", "扎赉特旗肉牛良种繁殖中心"]);
    expect(names(ms, "Agency")).toEqual(["巴林左旗家畜改良站"]);
    expect(names(ms, "Enterprise")).toEqual(["京蒙协作华西牛核心育种场"]);
  });
  it("reads no name after a title closing a quote it does not open, nor a kind of practitioner after 青年 (“院长+科主任+护士长”成建制, 青年蒙医师)", () => {
    expect(names(mentions("“院长+科主任+护士长”成建制入驻。今年已有8名青年蒙医师“出师”。"), "Person")).toEqual([]);
  });
  it("reads no school in the schools of the countryside (京蒙协作乡村学校)", () => {
    expect(names(mentions("大兴区为京蒙协作乡村学校建设阅览室。"), "School")).toEqual([]);
  });
  it("reads no name through a road's reaching a place, nor a village in a slogan (道路直通阿里河镇卫生院, 一企帮一村, 公路连通嘎查村)", () => {
    const ms = mentions("投入资金，道路直通阿里河镇卫生院；开展“一企帮一村”结对。用于旗级公路连通嘎查村的主干道路。");
    expect(names(ms, "Hospital")).toEqual(["阿里河镇卫生院"]);
    expect(names(ms, "Village")).toEqual([]);
  });
  it("reads no hospital in a side's (北京方医院, 蒙方医院)", () => {
    expect(names(mentions("由北京方医院派出专家，蒙方医院负责保障。"), "Hospital")).toEqual([]);
  });
});

describe("recognise: the seventy-fifth stop's first batch", () => {
  it("reads a body named after a town of the banner before it and a kind after the town's name, whatever jieba makes of it (库伦旗白音花国有林场)", () => {
    expect(names(mentions("库伦旗白音花国有林场与北京市顺义区园林绿化局结对。"), "Organization")).toEqual(["库伦旗白音花国有林场"]);
  });
  it("reads a body named for whom it serves in a phrase of five (朝阳区青少年儿童图书馆)", () => {
    expect(names(mentions("朝阳区青少年儿童图书馆向科右中旗捐赠图书。"), "Organization")).toEqual(["朝阳区青少年儿童图书馆"]);
  });
  it("reads 半 of a team's kind and a sound jieba reads in a place's name as a name's (…半专业扑火队, 嘎仙洞景区)", () => {
    const ms = mentions("大杨树镇森林草原半专业扑火队队长关卫东。鄂伦春自治旗嘎仙洞景区接待游客。");
    expect(names(ms, "Organization")).toEqual(["大杨树镇森林草原半专业扑火队", "鄂伦春自治旗嘎仙洞景区"]);
  });
  it("reads no name through a verb of building jieba reads as a place, a village so named kept (重点区域新建森林草原扑火队; 新建村卫生室)", () => {
    const ms = mentions("在坤都镇等重点区域新建森林草原扑火队6支。在坤都镇新建村卫生室。");
    expect(names(ms, "Organization")).not.toContain("重点区域新建森林草原扑火队");
    expect(names(ms, "Hospital")).toEqual(["坤都镇新建村卫生室"]);
  });
  it("reads no short form closing a word of making so (深化德胜街道 names no 化德), and the place's own town after a word of two (西城区深化德胜街道)", () => {
    const ms = mentions("西城区深化德胜街道与阿里河镇的结对。东城区帮扶化德。");
    expect(names(ms, "Banner")).toEqual(["化德县"]);
    expect(names(ms, "Township")).toEqual(["德胜街道", "阿里河镇"]);
  });
  it("reads a village named by a field counted in shares, not a site's 地 before a village (八股地村; 实施地巴彦温都尔嘎查)", () => {
    const ms = mentions("现场一派繁忙景象。八股地村党支部书记白凤英介绍。5号项目实施地巴彦温都尔嘎查与北小营镇前鲁各庄村为结对村。");
    expect(names(ms, "Village")).toEqual(["八股地村", "巴彦温都尔嘎查", "前鲁各庄村"]);
  });
  it("reads homes for the old and centres of care by their kinds (…颐养院, …老年公寓, …托养中心), not a kind alone (建设老年公寓)", () => {
    const ms = mentions("北京市石景山区京西颐养院。顺义区石园街道颐和老年公寓护理员其其格。库伦旗残疾人康复托养中心。建设老年公寓。");
    expect(names(ms, "Organization")).toEqual(["北京市石景山区京西颐养院", "顺义区石园街道颐和老年公寓", "库伦旗残疾人康复托养中心"]);
  });
  it("reads troupes named for the region's folk operas and villages' troupes (…二人台艺术团, …二人转剧团, …演出队, …剧社, …文艺宣传队), not a kind alone", () => {
    const ms = mentions("察右前旗二人台艺术团团长武占林。库伦旗民间二人转剧团。化德县长顺镇碾子沟村二人台演出队。化德县七号镇东营子村民间剧社。化德县德包图乡坤兑滩村文艺宣传队。组建文艺宣传队。");
    expect(names(ms, "Organization")).toEqual(["察右前旗二人台艺术团", "库伦旗民间二人转剧团", "化德县长顺镇碾子沟村二人台演出队", "化德县七号镇东营子村民间剧社", "化德县德包图乡坤兑滩村文艺宣传队"]);
  });
  it("reads a unit's public centres of a sector as its bodies (库伦旗水利事业发展中心, …社会保险事业管理中心), not the phrase alone", () => {
    const ms = mentions("库伦旗水利事业发展中心主任李春燕。科右前旗体育事业发展中心。推动文化事业发展中心。昌平区社会保险事业管理中心副主任王立新。");
    expect(names(ms, "Agency")).toEqual(["库伦旗水利事业发展中心", "科右前旗体育事业发展中心", "昌平区社会保险事业管理中心"]);
  });
  it("reads registers' centres and towns' offices of land (…不动产登记事务中心, 林西县不动产登记中心, 林东镇自然资源所)", () => {
    const ms = mentions("额尔敦毕力格赴北京市丰台区不动产登记事务中心跟岗。林西县不动产登记中心。林东镇自然资源所所长包金山。");
    expect(names(ms, "Agency")).toEqual(["北京市丰台区不动产登记事务中心", "林西县不动产登记中心", "林东镇自然资源所"]);
  });
  it("ends a name before 看在眼里 and opens none with an adverb of only (孙浩看在眼里; 今年光北京…有限公司)", () => {
    const ms = mentions("合作社的变化，乌兰敖包嘎查驻村第一书记孙浩看在眼里。的做工，今年光北京南海子马术俱乐部有限公司一家就订了200副。");
    expect(names(ms, "Person")).toEqual(["孙浩"]);
    expect(names(ms, "Enterprise")).toEqual(["北京南海子马术俱乐部有限公司"]);
  });
  it("reads apiaries by their kind (鄂伦春自治旗甘河蜜源家庭蜂场), not the kind alone (标准化蜂场)", () => {
    const ms = mentions("鄂伦春自治旗甘河蜜源家庭蜂场负责人孟淑梅。建设标准化蜂场。");
    expect(names(ms, "Enterprise")).toEqual(["鄂伦春自治旗甘河蜜源家庭蜂场"]);
  });
  it("reads 会同 before a bureau as acting together, not a county's name (县乡村振兴局会同县农牧和科技局)", () => {
    expect(names(mentions("县乡村振兴局会同县农牧和科技局审核。"), "Agency")).toEqual(["县乡村振兴局", "县农牧和科技局"]);
  });
  it("ends a name before a verb done (翻着, 迎了), 援蒙 or 结成, keeping a name of three (赵志刚, 李建国, 周海燕; 梁晨结成了对子)", () => {
    const ms = mentions("乡村医生赵志刚翻着新建的药品台账说。公司董事长李建国迎了出来。高级农艺师周海燕援蒙一年。数学教师梁晨结成了师徒对子。");
    expect(names(ms, "Person")).toEqual(["赵志刚", "李建国", "周海燕", "梁晨"]);
  });
  it("reads a contact written right after a section's name, the space between lost, before the phone (…社会帮扶科 张秀云，联系电话：…)", () => {
    expect(names(mentions("赤峰市乡村振兴局社会帮扶科 张秀云，联系电话：0476-8825107"), "Person")).toEqual(["张秀云"]);
  });
  it("reads a hospital's office as its part, the hospital the body (北京市石景山医院医保办主任)", () => {
    const ms = mentions("北京市石景山医院医保办主任孟凡超。");
    expect(names(ms, "Hospital")).toEqual(["北京市石景山医院"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads plants of bags and furniture a county's name opens, not the kind alone or a town's works (察右前旗黄旗海箱包厂; 扣河子镇家具厂)", () => {
    const ms = mentions("察右前旗黄旗海箱包厂吸纳就业。建设箱包厂。宁城县大城子镇兴盛家具厂。扣河子镇家具厂。");
    expect(names(ms, "Enterprise")).toEqual(["察右前旗黄旗海箱包厂", "宁城县大城子镇兴盛家具厂"]);
  });
  it("reads a contact's Mongolian name after a section's name and a space (…防火股　乌云其木格)", () => {
    expect(names(mentions("联系人：阿尔山市应急管理局森林草原防火股　乌云其木格\n联系电话：0482-8866123\n"), "Person")).toEqual(["乌云其木格"]);
  });
  it("reads no village in 村村 closing a slogan nor an office in 未办 (“二人台唱响村村”; 不动产未办证)", () => {
    const ms = mentions("全年组织“京蒙同心·二人台唱响村村”巡演112场。尚有1600余宗不动产未办证。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads 随 glued to a unit's one character as going with the banner's hospital (随旗人民医院义诊队 names 旗人民医院)", () => {
    expect(names(mentions("骨科医生刘婧，随旗人民医院义诊队来到古里乡。"), "Hospital")).toEqual(["旗人民医院"]);
  });
});

describe("recognise: the seventy-sixth stop's first batch", () => {
  it("reads forensic institutes, road crews and their stations, and stations breeding by insemination (北京顺衡司法鉴定所, 额勒顺镇道班, 哈拉沟村羊人工授精站)", () => {
    const ms = mentions("专家团由北京顺衡司法鉴定所所长郭振宇带队。溪翁庄镇捐资5万元为额勒顺镇道班购置设备。骆驼山镇养护站站长韩永富介绍。建设哈拉沟村羊人工授精站，喀喇沁旗王爷府镇肉牛冷配服务站投用。汐子镇工业集中区建成。");
    expect(names(ms, "Organization")).toEqual(["北京顺衡司法鉴定所", "额勒顺镇道班", "骆驼山镇养护站", "哈拉沟村羊人工授精站", "喀喇沁旗王爷府镇肉牛冷配服务站", "汐子镇工业集中区"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads no crew's station a verb opens, nor a town in a header's 落户苏木镇 (已培训道班职工; 企业名称 | 落户苏木镇)", () => {
    const ms = mentions("已培训道班职工和护路员200余人次，再新建道班3座。\n序号|企业名称|落户苏木镇|总投资（万元）\n");
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "Township")).toEqual([]);
  });
  it("reads an expressway's service area through the expressway, and none of the kind alone (京承高速北石槽服务区; 高速公路服务区, 北京服务区)", () => {
    const ms = mentions("展销活动在京承高速北石槽服务区启动。依托境内高速公路服务区打造新渠道，再对接北京服务区专柜。");
    expect(names(ms, "Organization")).toEqual(["京承高速北石槽服务区"]);
  });
  it("reads people after the titles of road crews, hunters and forensic examiners (道班班长韩永富, 猎民关玉林, 法医吴振江, 护路员宝音德力格尔)", () => {
    const ms = mentions("额勒顺镇道班班长韩永富说。希日特奇村的猎民关玉林受了伤。公安局的法医吴振江跑下来。58岁的护路员宝音德力格尔每天巡路。");
    expect(names(ms, "Person")).toEqual(["韩永富", "关玉林", "吴振江", "宝音德力格尔"]);
  });
  it("reads 工程师 whole where 护工 would end inside it (公路养护工程师刘海涛), and no name after 村民 of 民宿", () => {
    expect(names(mentions("交通局选派公路养护工程师刘海涛到库伦旗挂职。全村民宿接待游客。"), "Person")).toEqual(["刘海涛"]);
  });
  it("reads a contact after a section's name and a space, a Han surname before a Mongolian name (流通业发展科 高乌日娜　联系电话)", () => {
    expect(names(mentions("联系人：乌兰察布市商务局流通业发展科 高乌日娜　联系电话：0474-8217340\n"), "Person")).toEqual(["高乌日娜"]);
  });
  it("reads a picture's credit after a space on a line of credits, not a caption's opening (记者：特日格乐　图：张宇航; 图：额勒顺镇道班职工在清雪)", () => {
    // (The reporter is read too, since the name parts know 特日格乐.)
    expect(names(mentions("正文。\n记者：特日格乐　图：张宇航\n图：额勒顺镇道班职工在清雪\n"), "Person")).toEqual(["特日格乐", "张宇航"]);
  });
  it("reads a brewery's and an oil mill's workshop as enterprises (宁城县八里罕镇老窖酒坊)", () => {
    expect(names(mentions("宁城县八里罕镇老窖酒坊等首批签约。"), "Enterprise")).toEqual(["宁城县八里罕镇老窖酒坊"]);
  });
  it("reads brokers by their title and a narrator after 口述 (经纪人白玉山; 口述：周振宇　整理：…)", () => {
    const ms = mentions("舍伯吐镇乌兰陶勒盖嘎查经纪人白玉山掏出证书。\n口述：周振宇　整理：林西县融媒体中心记者 张晓燕\n");
    expect(names(ms, "Person")).toEqual(["白玉山", "周振宇", "张晓燕"]);
  });
  it("reads no campus through a clause's words before 院区, nor a name through 再 after its place (宁城县中心医院也将院区…; 大城子镇再建设口袋公园)", () => {
    const ms = mentions("宁城县中心医院也将院区东侧绿地改造为康复步道。今年大城子镇再建设口袋公园2处。北京积水潭医院回龙观院区派出专家。");
    expect(names(ms, "Hospital")).toEqual(["宁城县中心医院", "北京积水潭医院回龙观院区"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads a column of coaches sent as a column of people (支教教练员（派出单位） | 张立伟（北京市东城区景山学校）)", () => {
    const ms = mentions("序号|受援学校|特色项目|支教教练员（派出单位）|支教时间\n1|阿尔山市第一中学|武术|张立伟（北京市东城区景山学校）|2024.09—2025.07\n2|阿尔山市第二小学|武术|刘畅（北京市东城区府学胡同小学）|2024.09—2025.01\n");
    expect(names(ms, "Person")).toEqual(["张立伟", "刘畅"]);
  });
  it("reads a village whose Mongolian name jieba cuts before an adverb's 都 (乌兰敖都嘎查), not 都 after a pronoun (他们都嘎查)", () => {
    expect(names(mentions("在乌兰敖都嘎查调研。他们都嘎查来的。"), "Village")).toEqual(["乌兰敖都嘎查"]);
  });
  it("reads no community in community corrections, and a county's centre of them as an office (专职社区矫正工作者; 林西县社区矫正中心)", () => {
    const ms = mentions("林西县社区矫正中心揭牌。配备专职社区矫正工作者12名。");
    expect(names(ms, "Agency")).toEqual(["林西县社区矫正中心"]);
    expect(names(ms, "Village")).toEqual([]);
  });
  it("reads no village in words of merit, attending or training before 村 (优秀村党组织书记, 列席村“两委”例会, 培训村（社区）党组织书记)", () => {
    expect(names(mentions("邀请7名优秀村党组织书记现身说法，列席村“两委”例会，为鄂伦春旗培训村（社区）党组织书记。"), "Village")).toEqual([]);
  });
  it("opens a body's name at its unit after a document's title run into it (京蒙协作专题材料 + 喀喇沁旗发展和改革委员会)", () => {
    const ms = mentions("京蒙协作专题材料喀喇沁旗发展和改革委员会2024年1月。巴林右旗京蒙协作活畜交易体系建设情况汇报巴林右旗农牧局。");
    expect(names(ms, "Agency")).toEqual(["喀喇沁旗发展和改革委员会", "巴林右旗农牧局"]);
  });
  it("reads shelters, mine rescue teams and towns' stations of quality oversight as bodies (林西县救助管理站, 宁城县矿山救护队, 宝昌镇农畜产品质量安全监管站)", () => {
    const ms = mentions("林西县救助管理站站长张凤岐介绍。宁城县矿山救护队参加演练。宝昌镇农畜产品质量安全监管站完成检测。");
    expect(names(ms, "Agency")).toEqual(["林西县救助管理站", "宝昌镇农畜产品质量安全监管站"]);
    expect(names(ms, "Organization")).toEqual(["宁城县矿山救护队"]);
  });
  it("reads no federation in 联合会商 (疑难个案联合会商机制)", () => {
    expect(names(mentions("两地建立疑难个案联合会商机制。"), "Organization")).toEqual([]);
  });
  it("reads a column of pharmacists stationed as a column of people (驻点药师（职称） | 赵文静（主管药师）)", () => {
    const ms = mentions("序号|受援医院|北京结对帮扶医院|驻点药师（职称）|驻点帮扶期限\n1|巴林左旗医院|北京市顺义区中医医院|赵文静（主管药师）|2023年5月—10月\n2|林西县医院|北京丰台医院|孙建国（副主任药师）|2023年6月—11月\n");
    expect(names(ms, "Person")).toEqual(["赵文静", "孙建国"]);
  });
  it("reads no school of a project (项目学校 heading a table's column; 进校园项目学校)", () => {
    const ms = mentions("序号|项目学校|所在乡镇|北京结对学校\n1|化德县第一中学|长顺镇|北京市东城区崇文门中学\n全县冰上运动进校园项目学校达到12所。");
    expect(names(ms, "School")).toEqual(["化德县第一中学", "北京市东城区崇文门中学"]);
  });
  it("reads a surname and a courtesy title as no one of its own where the surname stands nowhere else, but keeps it where it may find a name (市民张女士; 是关金山 … 关大爷)", () => {
    const own = (text: string) => names(mentions(text).filter((m) => !m.surnameOnly), "Person");
    expect(own("市民张女士拿起一盒羊排。")).toEqual([]);
    expect(mentions("市民张女士拿起一盒羊排。").find((m) => m.label === "Person")).toMatchObject({ name: "张", role: "女士", surnameOnly: true });
    expect(own("真正让射箭课活起来的，是关金山。第一次见面，关大爷说：“射箭要稳。”")).toEqual(["关大爷"]);
    expect(own("第一次见面，关大爷说：“射箭要稳。”")).toEqual([]);
  });
  it("reads a village's financial service station as a body a place must open, none of the kind alone (六户镇永安村金融服务站; 边境金融服务站)", () => {
    const ms = mentions("六户镇永安村金融服务站站长孙桂兰介绍。全旗设立边境金融服务站和京蒙协作金融服务站，建成京蒙协作农村牧区金融服务站20个。");
    expect(names(ms, "Organization")).toEqual(["六户镇永安村金融服务站"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads each of several names in a cell of a column of people, a title in brackets after each (王建华（主任医师）、李楠（主治医师）)", () => {
    const ms = mentions("序号|旗县受援医院|驻点专家（职称）|驻点时间\n1|阿鲁科尔沁旗医院|王建华（主任医师）、李楠（主治医师）|3月—8月\n2|巴林左旗医院|赵海燕（副主任医师）|3月—8月\n");
    expect(names(ms, "Person")).toEqual(["王建华", "李楠", "赵海燕"]);
  });
  it("reads a town's station for migrant workers' rights as a body a place must open (土贵乌拉镇农民工维权服务站; 京蒙协作农民工维权服务站 none)", () => {
    expect(names(mentions("土贵乌拉镇农民工维权服务站和京蒙协作农民工维权服务站都已挂牌。"), "Organization")).toEqual(["土贵乌拉镇农民工维权服务站"]);
  });
  it("reads no name through a verb of naming before it (名字叫做京典数码科技有限公司)", () => {
    expect(names(mentions("这家公司名字叫做京典数码科技有限公司，专门做古籍数字化。"), "Enterprise")).toEqual(["京典数码科技有限公司"]);
  });
  it("reads stations and centres of care for the old as bodies, not offices (化德县智慧养老综合服务中心, 库伦旗智慧养老服务指挥中心)", () => {
    const ms = mentions("化德县智慧养老综合服务中心和库伦旗智慧养老服务指挥中心投入运行。");
    expect(names(ms, "Organization")).toEqual(["化德县智慧养老综合服务中心", "库伦旗智慧养老服务指挥中心"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
});

describe("the seventy-seventh stop's first batch", () => {
  it("reads a town's workstation protecting minors as a body of service, not an office (库伦镇未成年人保护工作站)", () => {
    const ms = mentions("库伦镇未成年人保护工作站挂牌运行。");
    expect(names(ms, "Organization")).toEqual(["库伦镇未成年人保护工作站"]);
    expect(names(ms, "Agency")).toEqual([]);
  });
  it("reads names from a column of a post held at the row's school (学校名称 | 法治副校长 | 派出单位)", () => {
    const ms = mentions("序号|学校名称|法治副校长|派出单位|现任职务\n1|察右前旗第一中学|高建军|北京市大兴区人民检察院|第七检察部副主任\n2|察右前旗第二中学|斯琴巴特尔|察右前旗人民检察院|第二检察部主任\n");
    expect(names(ms, "Person")).toEqual(["高建军", "斯琴巴特尔"]);
  });
  it("reads a Mongolian name after a title up to an adverb jieba glues to the next word (儿科护士乌日娜刚休完产假)", () => {
    expect(names(mentions("该院儿科护士乌日娜刚休完产假。"), "Person")).toEqual(["乌日娜"]);
  });
  it("reads a county's centre disposing of dead livestock whole, through jieba's verbs 病死 and 处理 (库伦旗病死畜禽无害化处理中心)", () => {
    expect(names(mentions("由北京市密云区援建的库伦旗病死畜禽无害化处理中心在扣河子镇投入运行。"), "Organization")).toEqual(["库伦旗病死畜禽无害化处理中心"]);
  });
  it("reads a banner's centre growing virus-free seedlings by tissue culture whole (太仆寺旗草莓脱毒种苗组培中心)", () => {
    expect(names(mentions("昌平区投入资金建设太仆寺旗草莓脱毒种苗组培中心。"), "Organization")).toEqual(["太仆寺旗草莓脱毒种苗组培中心"]);
    expect(names(mentions("林场新建了苗木组培中心。"), "Organization")).toEqual([]);
  });
  it("reads a name after a post and 的 before a verb of bringing others together (副市长的孟凡磊牵线下)", () => {
    expect(names(mentions("在东城区商务局干部、挂职阿尔山市副市长的孟凡磊牵线下，企业投资300万元。"), "Person")).toEqual(["孟凡磊"]);
  });
  it("reads workshops, stations and centres employing people with disabilities as bodies (科左中旗保康镇阳光庇护工场, …辅助性就业站)", () => {
    const ms = mentions("科左中旗保康镇阳光庇护工场和林西县林西镇温馨家园辅助性就业站已投入使用。");
    expect(names(ms, "Organization")).toEqual(["科左中旗保康镇阳光庇护工场", "林西县林西镇温馨家园辅助性就业站"]);
  });
  it("ends a village's name before the post taken in it (哈拉沟村任村党支部书记助理, jieba's 任村)", () => {
    const ms = mentions("此次被安排到巴林左旗隆昌镇哈拉沟村任村党支部书记助理。");
    expect(names(ms, "Village")).toEqual(["哈拉沟村"]);
    expect(names(ms, "Organization")).toEqual([]);
  });
  it("reads bases of experience and photography, an industrial park, a manor and a photo studio as bodies (化德县服装工业园, 阿尔山市雪城影楼)", () => {
    const ms = mentions("大兴区支持黄旗海湖畔婚纱摄影基地和三盛玫瑰婚礼庄园。阿尔山市雪城影楼和化德县服装工业园也得到支持。");
    expect(names(ms, "Organization")).toEqual(["黄旗海湖畔婚纱摄影基地", "三盛玫瑰婚礼庄园", "化德县服装工业园"]);
    expect(names(ms, "Enterprise")).toEqual(["阿尔山市雪城影楼"]);
  });
  it("reads names after the titles of young cadres chosen for a village or a post (大学生村官李思远, 选调生周子涵)", () => {
    expect(names(mentions("北小营镇东府村大学生村官李思远和大兴区选调生周子涵将到库伦旗挂职。"), "Person")).toEqual(["李思远", "周子涵"]);
  });
});

describe("the seventy-eighth stop's first batch", () => {
  it("reads shops that sell and mend machines as firms, through jieba's verb 维修, and a body's service department as no firm (金鹏农机电动车维修服务部)", () => {
    const ms = mentions("顺达电动车销售维修部和金鹏农机电动车维修服务部挂牌运营。丰台区总工会职工服务部开展慰问。");
    expect(names(ms, "Enterprise")).toEqual(["顺达电动车销售维修部", "金鹏农机电动车维修服务部"]);
  });
  it("reads a town's station of repairs as a body of service, not an office (官地镇农机维修服务站)", () => {
    expect(names(mentions("通州区为官地镇农机维修服务站购置设备。"), "Organization")).toEqual(["官地镇农机维修服务站"]);
  });
  it("reads shops and restaurants by their trade names, but not the kind alone (秀兰便民商店, 库伦旗安代风情餐馆)", () => {
    const ms = mentions("秀兰便民商店和库伦旗安代风情餐馆开通了数字人民币。全镇有农资店5家。");
    expect(names(ms, "Enterprise")).toEqual(["秀兰便民商店", "库伦旗安代风情餐馆"]);
  });
  it("reads troupes of shadow play, points passing on a craft and parks of cultural goods as bodies (老营子村皮影戏班, 白音套海苏木民间泥塑传习点)", () => {
    const ms = mentions("八里罕镇老营子村皮影戏班、白音套海苏木民间泥塑传习点和京蒙非遗文创园得到支持。村里有个戏班。");
    expect(names(ms, "Organization")).toEqual(["八里罕镇老营子村皮影戏班", "白音套海苏木民间泥塑传习点", "京蒙非遗文创园"]);
  });
  it("reads workshops named for crafts of felt and leather whole (阿什罕苏木毡绣非遗工坊)", () => {
    expect(names(mentions("阿什罕苏木毡绣非遗工坊吸纳29人就业。"), "Organization")).toEqual(["阿什罕苏木毡绣非遗工坊"]);
  });
  it("reads a village's station of inclusive finance, a town's home for truck drivers and a banner's bank of germplasm, a place opening each (吉祥嘎查普惠金融服务站)", () => {
    const ms = mentions("吉祥嘎查普惠金融服务站、巴林左旗林东镇司机之家和敖汉旗林木种质资源库建成。建设货车司机之家和林木种质资源圃。");
    expect(names(ms, "Organization")).toEqual(["吉祥嘎查普惠金融服务站", "巴林左旗林东镇司机之家", "敖汉旗林木种质资源库"]);
  });
  it("reads firms taking scrapped cars apart whole, through jieba's verbs 报废, 回收 and 拆解, and a county's station for its workers in Beijing as a body of service", () => {
    const ms = mentions("化德县东华报废汽车回收拆解有限公司投产。京蒙劳务协作驻京服务站为务工人员提供服务。");
    expect(names(ms, "Enterprise")).toEqual(["化德县东华报废汽车回收拆解有限公司"]);
    expect(names(ms, "Organization")).toEqual(["京蒙劳务协作驻京服务站"]);
  });
  it("reads a district's station of tree seedlings as an office (北京市顺义区林木种苗站)", () => {
    expect(names(mentions("北京市顺义区林木种苗站提供技术支持。"), "Agency")).toEqual(["北京市顺义区林木种苗站"]);
  });
  it("reads pharmacies as firms, not a hospital's own (化德县百姓康大药房, 七号镇益康药店), and a bureau's brigade of forest police as an office", () => {
    const ms = mentions("化德县百姓康大药房和七号镇益康药店通过评审。喀喇沁旗公安局森林公安大队开展巡护。全县药店120家。");
    expect(names(ms, "Enterprise")).toEqual(["化德县百姓康大药房", "七号镇益康药店"]);
    expect(names(ms, "Agency")).toEqual(["喀喇沁旗公安局森林公安大队"]);
  });
  it("reads a hospital's department written 部门 as the hospital's, no office of its own (北京市西城区广外医院内分泌部门)", () => {
    const ms = mentions("北京市西城区广外医院内分泌部门的副主任医师陈敏在喀喇沁旗医院帮扶。");
    expect(names(ms, "Agency")).toEqual([]);
    expect(names(ms, "Hospital")).toEqual(["北京市西城区广外医院", "喀喇沁旗医院"]);
  });
  it("reads no town across a table's bar from its county (正镶白旗 | 伊和淖尔苏木卫生院)", () => {
    const ms = mentions("序号|旗|受援医疗机构\n9|正镶白旗|伊和淖尔苏木卫生院\n");
    expect(names(ms, "Hospital")).toEqual(["伊和淖尔苏木卫生院"]);
    expect(names(ms, "Township")).toEqual(["伊和淖尔苏木"]);
  });
  it("reads names after a forest farm's head and a brewer's title, and the name a profile's heading opens (场长额尔敦毕力格, 酿造师周建国, 【人物简介】王静)", () => {
    const ms = mentions("【人物简介】王静，北京市西城区青少年儿童图书馆馆员。阿尔山市白狼林场场长额尔敦毕力格带的路。北京燕康源食品有限公司酿造师周建国培训工人。");
    expect(names(ms, "Person")).toEqual(["王静", "额尔敦毕力格", "周建国"]);
  });
});

describe("the seventy-ninth stop's first batch", () => {
  it("reads a troupe after a town whose last character jieba glued to the name's first (库伦 + 镇安 + 代 of 库伦镇安代艺术团), and teams of art and acrobats", () => {
    const ms = mentions("库伦镇安代艺术团、扣河子镇乌兰牧骑式文艺队、六家子镇民间杂技队和先进苏木安代传承队参加演出。");
    expect(names(ms, "Organization")).toEqual(["库伦镇安代艺术团", "扣河子镇乌兰牧骑式文艺队", "六家子镇民间杂技队", "先进苏木安代传承队"]);
  });
  it("reads no team of a kind of body alone (重点支持乌兰牧骑杂技队建设), nor a bureau's team of inspectors apart from the bureau", () => {
    const ms = mentions("重点支持乌兰牧骑杂技队建设。昌平区应急管理局安全生产执法队队长赵振宇说。巴林左旗林东镇综合行政执法队揭牌。");
    expect(names(ms, "Organization")).toEqual([]);
    expect(names(ms, "Agency")).toEqual(["昌平区应急管理局", "巴林左旗林东镇综合行政执法队"]);
  });
  it("opens no firm's name with the word of a kind of firm (顺义区的企业顺鑫…, 龙头企业顺鑫…), though one's trade may hold it (青创企业孵化器)", () => {
    const ms = mentions("顺义区的企业顺鑫文旅发展有限公司在林东镇投资。龙头企业蒙源文旅发展有限公司签约。内蒙古青创企业孵化器管理有限公司揭牌。");
    expect(names(ms, "Enterprise")).toEqual(["顺鑫文旅发展有限公司", "蒙源文旅发展有限公司", "内蒙古青创企业孵化器管理有限公司"]);
  });
  it("reads a Mongolian name of two known parts in a column of names though a function word's character is in it (那仁满都拉, 阿拉坦苏和)", () => {
    const ms = mentions("序号|单位名称|负责人\n1|库伦镇安代艺术团|那仁满都拉\n2|库伦镇农民艺术团|阿拉坦苏和\n");
    expect(names(ms, "Person")).toEqual(["那仁满都拉", "阿拉坦苏和"]);
  });
  it("runs no name back over a list's mark past the words before its unit (密云区商务局、现任库伦旗人民政府)", () => {
    const ms = mentions("来自密云区商务局、现任库伦旗人民政府副旗长的挂职干部赵立强表示，将全力推进。");
    expect(names(ms, "Agency")).toEqual(["密云区商务局", "库伦旗人民政府"]);
  });
  it("reads a town's law-enforcement team (宁城县天义镇综合行政执法队) and a bureau named short (东城区城管执法局)", () => {
    const ms = mentions("北京市东城区城市管理综合行政执法局与阿尔山市综合行政执法局结对。东城区城管执法局向宁城县天义镇综合行政执法队捐赠设备。");
    expect(names(ms, "Agency")).toEqual(["北京市东城区城市管理综合行政执法局", "阿尔山市综合行政执法局", "东城区城管执法局", "宁城县天义镇综合行政执法队"]);
  });
  it("reads names after a craft's master title and one introduced by 有个叫 (高级工艺美术师杨秀兰, 有个叫乌力吉的小伙子)", () => {
    const ms = mentions("北京市大兴区礼贤职业学校高级工艺美术师杨秀兰到正镶白旗支教。学徒里有个叫乌力吉的小伙子。");
    expect(names(ms, "Person")).toEqual(["杨秀兰", "乌力吉"]);
  });
  it("reads markets of stones and crafts, factories of knives and wine, seed stations, herbaria and laboratories as bodies", () => {
    const ms = mentions("敖汉旗新惠奇石文化市场、翁牛特旗玉龙民族刀具厂、宁城县八里罕酒厂、林西县种子站、阿鲁科尔沁旗良种场和库伦旗中蒙药材标本馆参加展会。");
    expect(names(ms, "Enterprise")).toEqual(["敖汉旗新惠奇石文化市场", "翁牛特旗玉龙民族刀具厂", "宁城县八里罕酒厂", "阿鲁科尔沁旗良种场"]);
    expect(names(ms, "Agency")).toEqual(["林西县种子站"]);
    expect(names(ms, "Organization")).toEqual(["库伦旗中蒙药材标本馆"]);
  });
  it("reads no village in a company for stronger villages (兴井强村实业有限公司), and keeps 富强村", () => {
    const ms = mentions("林西县大井镇兴井强村实业有限公司成立。大井镇富强村村民参加培训。");
    expect(names(ms, "Village")).toEqual(["富强村"]);
    expect(names(ms, "Enterprise")).toEqual(["林西县大井镇兴井强村实业有限公司"]);
  });
  it("reads a studio of skill from its master's name, a trade's word perhaps between (刘建国焊接技能大师工作室), and a master's name before a teacher's honour", () => {
    const ms = mentions("刘建国焊接技能大师工作室和杜建明工匠创新工作室揭牌。京蒙协作孙卫东名校长工作室成立。太仆寺旗蒙中医院名医工作室开诊。");
    expect(names(ms, "Organization")).toEqual(["刘建国焊接技能大师工作室", "杜建明工匠创新工作室"]);
    expect(names(ms, "Person")).toEqual(["孙卫东"]);
  });
  it("reads the names in columns of a studio's leader and a village firm's manager (领办人, 乡村CEO)", () => {
    const ms = mentions("序号|工作室|领办人|所在单位\n1|李春雷劳模创新工作室|李春雷|北京恒达顺电气设备有限公司\n\n序号|强村公司名称|乡村CEO\n1|巴林左旗林东镇富民强村运营有限公司|乌力吉\n");
    expect(names(ms, "Person")).toEqual(["李春雷", "乌力吉"]);
  });
  it("reads one a body sent named after 的, before 来 and the unit come to (选派的刘思远来鄂伦春自治旗…), not a kind of person (选派的干部到…)", () => {
    const ms = mentions("西城区融媒体中心选派的刘思远来鄂伦春自治旗融媒体中心挂职副主任。北京市选派的干部到内蒙古挂职。");
    expect(names(ms, "Person")).toEqual(["刘思远"]);
  });
  it("reads brickworks as firms, and a company's own factory as the company (…有限公司啤酒厂), unless named for its place (…有限公司牛栏山酒厂)", () => {
    const ms = mentions("翁牛特旗宏顺砖厂负责人于长海说。北京燕京啤酒（多伦）有限公司啤酒厂扩建。北京顺鑫农业股份有限公司牛栏山酒厂捐赠。北京华远清洁能源有限公司生物质燃料加工厂投产。");
    expect(names(ms, "Enterprise")).toEqual(["翁牛特旗宏顺砖厂", "北京燕京啤酒(多伦)有限公司", "北京顺鑫农业股份有限公司牛栏山酒厂", "北京华远清洁能源有限公司"]);
  });
  it("reads no village a count makes a kind (打造成一个羊肚菌嘎查), and a spawn station as a firm (宁城县京石食用菌菌种站)", () => {
    const ms = mentions("要把村子打造成一个羊肚菌嘎查。宁城县京石食用菌菌种站投产。他是一个贡宝拉格苏木的牧民。");
    expect(names(ms, "Village")).toEqual([]);
    expect(names(ms, "Township")).toEqual(["贡宝拉格苏木"]);
    expect(names(ms, "Enterprise")).toEqual(["宁城县京石食用菌菌种站"]);
  });
});

describe("the eightieth stop", () => {
  it("reads a firm's station for researchers as a body, the firm nested in it (…有限公司博士后科研工作站, …博士后创新实践基地)", () => {
    const ms = mentions("内蒙古科沁牧业集团有限公司博士后科研工作站揭牌。奈曼旗沙源薯业有限公司博士后创新实践基地成立。");
    expect(names(ms, "Organization")).toEqual(["内蒙古科沁牧业集团有限公司博士后科研工作站", "奈曼旗沙源薯业有限公司博士后创新实践基地"]);
    expect(names(ms, "Enterprise")).toEqual(["内蒙古科沁牧业集团有限公司", "奈曼旗沙源薯业有限公司"]);
  });
  it("reads a university's team of graduates teaching, the university nested in it (北京工商大学研究生支教团)", () => {
    const ms = mentions("北京工商大学研究生支教团6名志愿者在库伦旗第三中学支教一学年。");
    expect(names(ms, "Organization")).toEqual(["北京工商大学研究生支教团"]);
    expect(names(ms, "School")).toEqual(["北京工商大学", "库伦旗第三中学"]);
  });
  it("reads a village named for a count of rooms (五间房村), which jieba takes for a time", () => {
    const ms = mentions("今天，五间房村互助幸福院建成。今天，五间房村的村民来了。");
    expect(names(ms, "Village")).toEqual(["五间房村"]);
    expect(names(ms, "Organization")).toEqual(["五间房村互助幸福院"]);
  });
});

describe("the eightieth stop's second batch", () => {
  it("reads joint laboratories and research stations as bodies, dairy shops and coffee houses as firms", () => {
    const ms = mentions("双方共建京锡布病联合实验室。北京林业大学多伦沙地生态定位研究站成立。阿拉坦奶食坊负责人说。库伦旗玉山奶茶咖啡馆开业，库伦旗海燕奶咖驿站也开业了。");
    expect(names(ms, "Organization")).toEqual(["京锡布病联合实验室", "北京林业大学多伦沙地生态定位研究站"]);
    expect(names(ms, "Enterprise")).toEqual(["阿拉坦奶食坊", "库伦旗玉山奶茶咖啡馆", "库伦旗海燕奶咖驿站"]);
  });
});
describe("the eightieth stop's fourth batch", () => {
  it("reads a centre of medical and elderly care as a body (…医养结合服务中心)", () => {
    const ms = mentions("科右中旗医养结合服务中心投入使用。乌兰察布康颐汇医养结合中心开业。");
    expect(names(ms, "Organization")).toEqual(["科右中旗医养结合服务中心", "乌兰察布康颐汇医养结合中心"]);
  });
  it("reads a name ending in 来 after a title before 说 and a stop (书记孙福来说，), not 来说 of 对…来说", () => {
    const ms = mentions("上郝庄村党支部书记孙福来说，今年收入高。对村民来说，这是好事。");
    expect(names(ms, "Person")).toEqual(["孙福来"]);
  });
});

describe("the eighty-first stop", () => {
  it("reads a firm's founder named after a head's title as a person, not the firm's short name (…格日勒图蒙古袍制作有限公司负责人格日勒图)", () => {
    const ms = mentions("巴林右旗格日勒图蒙古袍制作有限公司负责人格日勒图表示，公司计划再吸纳30名绣娘。");
    expect(names(ms, "Person")).toEqual(["格日勒图"]);
    expect(names(ms, "Enterprise")).toEqual(["巴林右旗格日勒图蒙古袍制作有限公司"]);
  });
  it("reads the names of a table's column of trainees' teachers (带教老师)", () => {
    const ms = mentions("序号｜姓名｜工作单位｜进修医院｜带教老师\n1｜关晓峰｜鄂伦春自治旗人民医院｜北京市西城区展览路医院｜王建新 主任医师\n");
    expect(names(ms, "Person")).toEqual(expect.arrayContaining(["关晓峰", "王建新"]));
  });
  it("reads a school of nine years through (九年一贯制学校) whole, its town nested", () => {
    const ms = mentions("西城区新街口中学与鄂伦春自治旗甘河镇九年一贯制学校结对。");
    expect(names(ms, "School")).toEqual(["西城区新街口中学", "鄂伦春自治旗甘河镇九年一贯制学校"]);
  });
});

describe("the eighty-second stop", () => {
  it("keeps a counter's character jieba cuts after the province in a foundation's name (北京 + 泓/q + 川/j + 公益基金会)", () => {
    const ms = mentions("北京泓川公益基金会向巴林左旗捐赠50万元，北京泓德公益基金会也参与其中。");
    expect(names(ms, "Organization")).toEqual(["北京泓川公益基金会", "北京泓德公益基金会"]);
  });
  it("opens a body's name after a dot that follows a town, before a county's whole name (📍汐子镇 · 宁城县…有限公司)", () => {
    const ms = mentions("📍汐子镇 · 宁城县盛源淀粉有限公司\n京蒙协作密云·阿尔山产业园开园。");
    expect(names(ms, "Enterprise")).toEqual(["宁城县盛源淀粉有限公司"]);
    expect(names(ms, "Organization")).toEqual(["密云·阿尔山产业园"]);
  });
});

describe("the eighty-second stop: words jieba reads as a time or an adverb inside a name", () => {
  it("keeps a character read as a time (清/t) or a word read as an adverb (永定/d) between a district and a school's words", () => {
    expect(names(mentions("北京市海淀区清河湾实验小学与敖汉旗四家子镇九年一贯制学校结成帮扶对子。"), "School")).toContain("北京市海淀区清河湾实验小学");
    expect(names(mentions("北京市大兴区永定实验中学与察右前旗第一中学结对。"), "School")).toContain("北京市大兴区永定实验中学");
    // (Not an adverb of the clause: 大兴区积极实验….)
    expect(names(mentions("大兴区积极推动中学结对。"), "School")).toEqual([]);
  });
  it("reads no person in money said to be about a sum (的钱大约是6800万元)", () => {
    expect(names(mentions("其中用在辣椒产业的钱大约是6800万元。"), "Person")).toEqual([]);
  });
});

describe("the eighty-second stop: people", () => {
  it("reads a name after an age, a people and an old hand's trade (68岁的鄂伦春族老马倌关福林), and after 女孩叫", () => {
    expect(names(mentions("68岁的鄂伦春族老马倌关福林推开马圈的木门。70岁的老人王建国说。"), "Person")).toEqual(["关福林", "王建国"]);
    expect(names(mentions("女孩叫孟小雅，家住托扎敏乡希日特奇猎民村。"), "Person")).toEqual(["孟小雅"]);
  });
  it("reads a Mongolian name listed after a titled one whole, a syllable of it no follower (吴永刚、那仁满都拉等4人)", () => {
    expect(names(mentions("手把手带教荞乡医院泌尿外科医生吴永刚、那仁满都拉等4人。"), "Person")).toEqual(["吴永刚", "那仁满都拉"]);
    expect(names(mentions("其中血液科医生包特日格乐进修归来后已能独立开展采集。"), "Person")).toEqual(["包特日格乐"]);
  });
  it("reads no person in a field of experts (马产业专家) nor after patients in general (患者普遍存在)", () => {
    expect(names(mentions("四、京蒙协作马产业专家服务团名单"), "Person")).toEqual([]);
    expect(names(mentions("发现当地结石患者普遍存在就诊晚、结石大的问题。"), "Person")).toEqual([]);
  });
  it("reads a coach's or a guide's label as a person's (技术指导：李梦（…）)", () => {
    expect(names(mentions("技术指导：李梦（北京市东城区东华门实验小学体育教师）\n领队：王刚\n"), "Person")).toEqual(["李梦", "王刚"]);
  });
});

describe("the eighty-second stop: bodies and places", () => {
  it("opens a school's name after 代表 before its town, and keeps it inside a deputies' station (人大代表联络站)", () => {
    const ms = mentions("赛场上，代表四家子镇中心小学出战的四年级学生张雨萱一路闯进四强。巴林左旗林东镇人大代表联络站开展活动。");
    expect(names(ms, "School")).toEqual(["四家子镇中心小学"]);
    expect(names(ms, "Organization")).toEqual(["巴林左旗林东镇人大代表联络站"]);
  });
  it("reads a known town after a verb jieba joined to it (助建白狼镇), not a town's own numeral (十三敖包镇)", () => {
    const ms = mentions("【东城区300万元助建白狼镇马术体验基地】顺义区帮扶巴林左旗十三敖包镇。");
    expect(names(ms, "Township")).toEqual(["白狼镇", "十三敖包镇"]);
  });
  it("reads no school in a town's seat in general (镇区学校)", () => {
    expect(names(mentions("和平里街道为镇区学校捐赠净水设备。"), "School")).toEqual([]);
  });
});

describe("the eighty-second stop: profiles and brands", () => {
  it("reads a profile's name jieba takes for a place, or whose post is a head of a hall (郑卫国，…主任医师；王书恒，…副馆长)", () => {
    const ms = mentions("郑卫国，北京大兴黄村骨科医院脊柱外科主任医师，派驻察哈尔右翼前旗人民医院；\n1. 王书恒，北京市密云区文化馆副馆长，挂职库伦旗文化旅游体育局副局长，期限2年。");
    expect(names(ms, "Person")).toEqual(["郑卫国", "王书恒"]);
  });
  it("keeps a registered name's brand that opens with a character names hold (北京 + 同泽堂 + 参业有限公司)", () => {
    expect(names(mentions("2024年3月，北京同泽堂参业有限公司与阿尔山市签约。"), "Enterprise")).toEqual(["北京同泽堂参业有限公司"]);
  });
});

describe("the eighty-second stop: short forms", () => {
  it("reads a short form's ending given in full before whole back to a word's start, not into a number (12345政务服务便民热线)", () => {
    const ms = mentions("宁城县12345政务服务便民热线互相开放。两地签署《12345政务服务便民热线协同联动合作协议》。");
    expect(names(ms, "Agency")).toEqual(["宁城县12345政务服务便民热线", "政务服务便民热线"]);
  });
});

describe("the eighty-second stop: graduates", () => {
  it("reads no university in one's having graduated (王晓宇大学毕业后), a university's own name kept (清华大学毕业)", () => {
    expect(names(mentions("王晓宇大学毕业后在北京工作。他清华大学毕业后回到赤峰。"), "School")).toEqual(["清华大学"]);
  });
});

describe("the eighty-third stop: Mongolian names opening with 那", () => {
  it("reads a village whose name jieba does not know and opens with 那, right after its banner (翁牛特旗那吉来村, 那仁宝力格嘎查)", () => {
    expect(names(mentions("翁牛特旗那吉来村的村民种植沙地瓜。"), "Village")).toEqual(["那吉来村"]);
    expect(names(mentions("翁牛特旗那仁宝力格嘎查的牧民"), "Village")).toEqual(["那仁宝力格嘎查"]);
  });
  it("reads no village in a demonstrative or a title before a town's (翁牛特旗那几个嘎查, 宝昌镇副镇长)", () => {
    expect(names(mentions("翁牛特旗那几个嘎查的牧民都来了。"), "Village")).toEqual([]);
    expect(names(mentions("太仆寺旗宝昌镇副镇长乌云其其格介绍。"), "Township")).toEqual(["宝昌镇"]);
  });
});

describe("the eighty-third stop: lists and brands", () => {
  it("reads a village opening with 那 listed after another (新府村、那吉来村), no demonstrative listed (新府村、那些村)", () => {
    expect(names(mentions("明年在乌敦套海镇新府村、那吉来村再建2个千亩红薯示范基地。"), "Village")).toEqual(["新府村", "那吉来村"]);
    expect(names(mentions("新府村、那些村都来了。"), "Village")).toEqual(["新府村"]);
  });
  it("reads no town in a quoted regional brand (“巴林驼乡”区域公用品牌)", () => {
    expect(names(mentions("巴林右旗将与北京经开区共同打造“巴林驼乡”区域公用品牌。"), "Township")).toEqual([]);
  });
  it("reads a name set apart by commas after a post (合作社的理事长，孟庆山，这样告诉记者)", () => {
    expect(names(mentions("巴林左旗索布嘎红薯种植合作社的理事长，孟庆山，这样告诉记者。"), "Person")).toEqual(["孟庆山"]);
  });
});

describe("the eighty-third stop: bureaus of two fields", () => {
  it("reads 和 between a place's two fields before a bureau's ending (八林左旗农业和畜牧业局), not between two bureaus", () => {
    expect(names(mentions("根据八林左旗农业和畜牧业局的介绍，全旗种植面积扩大。"), "Agency")).toEqual(["八林左旗农业和畜牧业局"]);
    expect(names(mentions("赤峰市公安局和锡林郭勒盟公安局联合开展行动。"), "Agency")).toEqual(["赤峰市公安局", "锡林郭勒盟公安局"]);
  });
});

describe("the eighty-third stop: sport", () => {
  it("reads a club named by its sport's verb (巴林右旗青少年搏击俱乐部) and a place's team of a sport (北京市拳击队), a school's team its own part", () => {
    expect(names(mentions("用于巴林右旗青少年搏击俱乐部日常运营。年轻时他是北京市拳击队队员。"), "Organization")).toEqual(["巴林右旗青少年搏击俱乐部", "北京市拳击队"]);
    expect(names(mentions("天义镇第一中学武术队获得冠军。"), "Organization")).toEqual([]);
  });
  it("reads a referee's title (国家一级拳击裁判高振宇), a name after a post and 的 before 在 (副旗长的李卫东在…), and 成为 after a name (吴静成为)", () => {
    expect(names(mentions("北京市海淀区知春里实验中学体育教师、国家一级拳击裁判高振宇主动报名。"), "Person")).toEqual(["高振宇"]);
    expect(names(mentions("挂职敖汉旗副旗长的李卫东在揭牌仪式上说。"), "Person")).toEqual(["李卫东"]);
    expect(names(mentions("运动医学科副主任医师吴静成为第一位来兴安医院坐诊的北京医生。"), "Person")).toEqual(["吴静"]);
  });
  it("reads a village whose surname's character jieba reads as a preposition right after its town (沙河镇于辛庄村), no year after a town (沙河镇于2020年)", () => {
    expect(names(mentions("沙河镇于辛庄村与宝昌镇边墙村结成了对子。沙河镇于2020年建成。"), "Village")).toEqual(["于辛庄村", "边墙村"]);
  });
  it("reads no village of a name withheld (德胜街道某社区)", () => {
    expect(names(mentions("德胜街道某社区党委书记张蕴每次来都要到营地看看。"), "Village")).toEqual([]);
  });
  it("reads a profile's name before a post ending in a therapist's trade (2. 高文博，永乐妇产医院盆底康复治疗师，…)", () => {
    expect(names(mentions("二、派驻专家名单\n2. 高文博，永乐妇产医院盆底康复治疗师，派驻宁城县妇幼保健院开展医疗帮扶，期限6个月；"), "Person")).toEqual(["高文博"]);
  });
});

describe("the eighty-third stop: profiles", () => {
  it("reads a word a surname opens as a name where one's sex follows it (5. 高远，男，…)", () => {
    expect(names(mentions("三、派驻人员\n5. 高远，男，北京市昌平区教育委员会体育美育科副科长，挂职阿鲁科尔沁旗教育体育局副局长，期限2年；"), "Person")).toEqual(["高远"]);
  });
});

describe("the eighty-third stop: copulas, followers and units misspelt as others elsewhere", () => {
  it("reads a name before 系 and the body it works at (黄晓岚系潮白河实验中学体育教研组长), no school of the name", () => {
    const ms = mentions("负责全旗击剑课程的统筹；黄晓岚系潮白河实验中学体育教研组长，是该校击剑特色课程负责人。");
    expect(names(ms, "Person")).toEqual(["黄晓岚"]);
    expect(names(ms, "School")).toEqual(["潮白河实验中学"]);
  });
  it("ends a name before 后来 (董事长陈龙后来专程…)", () => {
    expect(names(mentions("公司董事长陈龙后来专程到阿尔山考察。"), "Person")).toEqual(["陈龙"]);
  });
  it("reads a unit of elsewhere that sounds just as one the article names as that one (临西县 after 林溪县), not alone (河北省临西县)", () => {
    const ms = mentions("林溪县青少年业余运动学校的校长刘宝山先生说。自从2010年北京市丰泰区和临西县结成对口帮扶的伙伴以来。");
    expect(ms.filter((m) => m.label === "Banner").map((m) => m.name)).toEqual(["林西县", "林西县"]);
    expect(names(mentions("河北省临西县的企业来到武汉市。"), "Banner")).toEqual([]);
  });
});

describe("the eighty-third stop: words before 村", () => {
  it("reads no village in 既是村妇联主席 and no person joined by 和 after a title said after a surname (林大夫和莫日根)", () => {
    expect(names(mentions("她既是村妇联主席，又是旗人大代表。"), "Village")).toEqual([]);
    expect(names(mentions("如今，在林大夫和莫日根的定期随访下，她已经减了9公斤。"), "Person")).not.toContain("和莫日根");
  });
});

describe("the eighty-third stop: 和 in Mongolian villages", () => {
  it("reads 和 ending a gacha's name after syllables (胡尔勒镇哈日珠日和嘎查), not between two gacha (巴彦嘎查和乌兰嘎查)", () => {
    expect(names(mentions("北京垒动体育科技有限公司与胡尔勒镇哈日珠日和嘎查结成帮扶对子。"), "Village")).toEqual(["哈日珠日和嘎查"]);
    expect(names(mentions("巴彦嘎查和乌兰嘎查结对。"), "Village")).toEqual(["巴彦嘎查", "乌兰嘎查"]);
  });
});

describe("the eighty-third stop: institutes and document numbers", () => {
  it("reads a research institute named by what it studies (北京中科乳业微生物研究院) and no town in a document's code (科中乡振发〔2024〕17号)", () => {
    expect(names(mentions("陈晓岚是北京中科乳业微生物研究院的副研究员。"), "Organization")).toEqual(["北京中科乳业微生物研究院"]);
    expect(names(mentions("科中乡振发〔2024〕17号\n关于印发方案的通知。"), "Township")).toEqual([]);
  });
});

describe("the eighty-fourth stop: sport and medicine", () => {
  it("reads a training ground named by its sport (林西县青少年举重训练中心, 科左中旗青少年举重训练馆), no school's own hall of it", () => {
    expect(names(mentions("丰台区支持林西县青少年举重训练中心建设。顺义区援建科左中旗青少年举重训练馆。"), "Organization")).toEqual(["林西县青少年举重训练中心", "科左中旗青少年举重训练馆"]);
    expect(names(mentions("海淀区援建敖汉旗青少年业余体育学校体操训练馆。"), "Organization")).toEqual([]);
  });
  it("reads no training base without a place (青少年乒乓球训练基地), but one the programme names (京蒙管道工人训练基地)", () => {
    expect(names(mentions("在汐子镇建成青少年乒乓球训练基地。"), "Organization")).toEqual([]);
    expect(names(mentions("在林东镇建成京蒙管道工人训练基地。"), "Organization")).toEqual(["京蒙管道工人训练基地"]);
  });
  it("reads a school named by its sport and hospitals named by trauma or by joined medicines (轮滑运动学校, 运动创伤医院, 中西医结合骨伤医院)", () => {
    expect(names(mentions("北京市丰台区青少年轮滑运动学校的教练李晗来到林西。"), "School")).toEqual(["北京市丰台区青少年轮滑运动学校"]);
    expect(names(mentions("北京市石景山区运动创伤医院与宁城县中心医院结成帮扶对子。"), "Hospital")).toEqual(["北京市石景山区运动创伤医院", "宁城县中心医院"]);
    expect(names(mentions("7. 北京市通州区中西医结合骨伤医院——翁牛特旗蒙医中医医院"), "Hospital")).toEqual(["北京市通州区中西医结合骨伤医院", "翁牛特旗蒙医中医医院"]);
  });
  it("reads a profile's name before a rank alone (6. 欧阳丹，主管药师，来自…)", () => {
    expect(names(mentions("派驻专家名单：\n6. 欧阳丹，主管药师，来自北京市朝阳区妇幼保健院。\n7. 李明，主治医师，来自北京市朝阳区妇幼保健院。"), "Person")).toEqual(["欧阳丹", "李明"]);
  });
});

describe("the eighty-fourth stop: halls for the old, dance teams and power plants", () => {
  it("reads a place's activity centre, square-dance team and power plant (新惠镇老年活动中心, 孤山子村广场舞队, 敖汉旗生活垃圾焚烧发电厂)", () => {
    expect(names(mentions("学院路街道捐资20万元，为新惠镇老年活动中心添置了设备。"), "Organization")).toEqual(["新惠镇老年活动中心"]);
    expect(names(mentions("孤山子村广场舞队获得一等奖。"), "Organization")).toEqual(["孤山子村广场舞队"]);
    expect(names(mentions("海淀区支持敖汉旗生活垃圾焚烧发电厂建设。"), "Enterprise")).toEqual(["敖汉旗生活垃圾焚烧发电厂"]);
  });
  it("reads none of these without a place (老年活动中心, 生物质发电厂)", () => {
    expect(names(mentions("村里新建了老年活动中心和生物质发电厂。"), "Organization")).toEqual([]);
    expect(names(mentions("村里新建了老年活动中心和生物质发电厂。"), "Enterprise")).toEqual([]);
  });
});

describe("the eighty-fourth stop: units misspelt as another province's", () => {
  it("reads another province's unit that sounds just as one of a league the article names as that one (临西县 where 赤丰市 is named)", () => {
    expect(names(mentions("内蒙古赤丰市临西县的应急通信志愿者协会成立了。临西县应急管理局表示支持。"), "Banner")).toEqual(["林西县"]);
  });
  it("reads none where no such league is named (河北省临西县)", () => {
    expect(names(mentions("河北省临西县的企业来访。"), "Banner")).toEqual([]);
  });
});

describe("the eighty-fourth stop: lands named for camels", () => {
  it("reads no township in a land named for its camels (巴彦塔拉驼乡, 中国驼乡), a township of 乡 still one (托扎敏乡)", () => {
    expect(names(mentions("巴林右旗被誉为巴彦塔拉驼乡，阿拉善是中国驼乡。鄂伦春自治旗托扎敏乡的猎民来了。"), "Township")).toEqual(["托扎敏乡"]);
  });
});

describe("the eighty-fifth stop: schools and hospitals named by a rare verb", () => {
  it("reads a rare verb between a unit and the kind as the name's own (敖汉旗启明特殊教育学校, 北京市昌平区回天皮肤病医院, 林东镇育新中学)", () => {
    expect(names(mentions("北京市密云区育新特殊教育学校与敖汉旗启明特殊教育学校结对。"), "School")).toEqual(["北京市密云区育新特殊教育学校", "敖汉旗启明特殊教育学校"]);
    expect(names(mentions("北京市昌平区回天皮肤病医院派出专家。"), "Hospital")).toEqual(["北京市昌平区回天皮肤病医院"]);
    expect(names(mentions("巴林左旗林东镇育新中学的学生来京研学。"), "School")).toEqual(["巴林左旗林东镇育新中学"]);
  });
  it("reads no common verb nor the programme's there as a name's (海淀区推动学校, 敖汉旗结对学校)", () => {
    expect(names(mentions("海淀区推动学校改革。"), "School")).toEqual([]);
    expect(names(mentions("敖汉旗结对学校达到30所。"), "School")).toEqual([]);
  });
});

describe("the eighty-fifth stop: names jieba cuts at a demonstrative or a counter", () => {
  it("reads a village whose Mongolian name opens with 那 in two characters after its town (舍伯吐镇那仁嘎查), not 那个嘎查", () => {
    expect(names(mentions("清晨六点，科尔沁左翼中旗舍伯吐镇那仁嘎查的文化活动室里已经亮起了灯。"), "Village")).toEqual(["那仁嘎查"]);
    expect(names(mentions("他说那个嘎查很远。"), "Village")).toEqual([]);
  });
  it("reads 口 inside a name before a word of it (北京市石景山区模式口木偶剧团)", () => {
    expect(names(mentions("北京市石景山区模式口木偶剧团与宁城县八里罕皮影剧团结成帮扶对子。"), "Organization")).toEqual(["北京市石景山区模式口木偶剧团", "宁城县八里罕皮影剧团"]);
  });
  it("reads a person in a row a dash opens (——戴晓峰，顺义区体育局竞赛训练科科长，…)", () => {
    expect(names(mentions("三、挂职干部\n——戴晓峰，顺义区体育局竞赛训练科科长，挂职巴林左旗文化旅游体育局副局长，挂职期2年；\n"), "Person")).toEqual(["戴晓峰"]);
  });
});

describe("the eighty-fifth stop: task forces, chess clubs and processing parks", () => {
  it("reads a unit's task force, chess clubs and processing parks (宁城县京蒙协作工作专班, 兴安棋社, 扎赉特旗马具皮革加工园)", () => {
    expect(names(mentions("宁城县京蒙协作工作专班 编印　2024年4月28日\n京蒙协作招商引资工作专班成立。"), "Agency")).toEqual(["宁城县京蒙协作工作专班"]);
    expect(names(mentions("兴安棋社与上京棋社交流，西城区投入30万元建设鄂伦春自治旗少儿棋院。"), "Organization")).toEqual(["兴安棋社", "上京棋社", "鄂伦春自治旗少儿棋院"]);
    expect(names(mentions("扎赉特旗马具皮革加工园正式投产，京蒙协作林果产品加工园同时开工。"), "Organization")).toEqual(["扎赉特旗马具皮革加工园", "京蒙协作林果产品加工园"]);
  });
  it("reads none without a place or the programme's name (他带领工作专班下乡, 村里建了加工园)", () => {
    expect(names(mentions("他带领工作专班下乡，村里建了加工园。"), "Agency")).toEqual([]);
    expect(names(mentions("他带领工作专班下乡，村里建了加工园。"), "Organization")).toEqual([]);
  });
});

describe("the eighty-fifth stop: Mongolian medicine's hospitals and rescue stations", () => {
  it("reads 蒙 right before a hospital's ending as its medicine (扎赉特旗音德尔蒙医院, 兴安盟蒙医院)", () => {
    expect(names(mentions("周立伟在扎赉特旗音德尔蒙医院开展医疗帮扶，兴安盟蒙医院派员参加。"), "Hospital")).toEqual(["扎赉特旗音德尔蒙医院", "兴安盟蒙医院"]);
  });
  it("reads a place's rescue station or point (巴林左旗海东青猛禽救护站, 宁城县黑里河镇猛禽救护点), none without a place", () => {
    expect(names(mentions("顺义区投入80万元建设巴林左旗海东青猛禽救护站，宁城县黑里河镇猛禽救护点同时启用。"), "Organization")).toEqual(["巴林左旗海东青猛禽救护站", "宁城县黑里河镇猛禽救护点"]);
    expect(names(mentions("村里设了救护点。"), "Organization")).toEqual([]);
  });
});

describe("the eighty-fifth stop: rows and endings read past a word", () => {
  it("reads a school whose name runs on into a subject (…潞河园艺职业学校园艺专业教师), not a campus (副中心校园)", () => {
    expect(names(mentions("3．陈雨桐，北京市通州区潞河园艺职业学校园艺专业教师，赴翁牛特旗职业中等专业学校支教。走进副中心校园。"), "School")).toEqual(["北京市通州区潞河园艺职业学校", "翁牛特旗职业中等专业学校"]);
  });
  it("reads no town in 镇镇结对 (…在北京签订镇镇结对帮扶协议)", () => {
    expect(names(mentions("北京市丰台区花乡与赤峰市林西县新城子镇在北京签订镇镇结对帮扶协议。"), "Township")).not.toContain("签订镇");
  });
  it("reads a numbered row's name that is a word too, and a post with a note in brackets (3. 高远，…笛子教师，; …音乐教师（马头琴方向），)", () => {
    const text = "一、支教教师名单\n3. 高远，北京市石景山区金顶街第三小学笛子教师，支教学校：宁城县八里罕镇中心小学；\n4. 乌兰图雅，北京市石景山区苹果园中学音乐教师（马头琴方向），支教学校：宁城县汐子镇中心学校；\n5. 周敏，石景山区青少年活动中心手风琴辅导员，支教单位：宁城县青少年活动中心。\n";
    expect(names(mentions(text), "Person")).toEqual(["高远", "乌兰图雅", "周敏"]);
  });
  it("reads no word a row does not open as a name (他说高远的志向…)", () => {
    expect(names(mentions("他说高远，北京市石景山区金顶街第三小学笛子教师，都这么想。"), "Person")).toEqual([]);
  });
});

describe("the eighty-sixth stop: cinemas, projection teams and the crafts of the stage", () => {
  it("reads cinemas as firms and projection teams and centres as bodies (宁城县中京数字影院, 碧流台镇农村电影放映队)", () => {
    const ms = mentions("宁城县中京数字影院开业，绰尔河数字影城经理韩冬介绍。碧流台镇农村电影放映队与北京市昌平区农村数字电影放映服务中心结对。");
    expect(names(ms, "Enterprise")).toEqual(["宁城县中京数字影院", "绰尔河数字影城"]);
    expect(names(ms, "Organization")).toEqual(["碧流台镇农村电影放映队", "北京市昌平区农村数字电影放映服务中心"]);
  });
  it("reads no cinema said of its kind or a hall's (乡村数字影院, 球幕影院, 科技馆科普影院)", () => {
    const ms = mentions("建设乡村数字影院和现代化影城，在武川县科技馆科普影院放映，引进移动球幕影院。");
    expect(names(ms, "Enterprise")).toEqual([]);
  });
  it("reads a village's troupe of ballad singers and a federation of co-operatives (大马库伦村农民曲艺队, …合作社联合会)", () => {
    expect(names(mentions("窦店村出资12万元，帮大马库伦村成立了大马库伦村农民曲艺队。"), "Organization")).toEqual(["大马库伦村农民曲艺队"]);
    expect(names(mentions("北京市丰台区农民专业合作社联合会与双井店村结对。"), "Organization")).toEqual(["北京市丰台区农民专业合作社联合会"]);
  });
  it("reads a projectionist after the town, and a row's player or ballad teacher (六家子镇放映员包金山, 孟繁星，…相声演员，)", () => {
    expect(names(mentions("六家子镇放映员包金山从事农村电影放映31年。"), "Person")).toEqual(["包金山"]);
    expect(names(mentions("二、驻点人员\n1. 孟繁星，北京市顺义区曲艺家协会副主席、相声演员，驻巴彦套海嘎查。\n"), "Person")).toEqual(["孟繁星"]);
  });
  it("reads no name in a quarter or a team (每个季度派老师, 曲艺队队长马秀兰)", () => {
    expect(names(mentions("文化中心将会每个季度派老师到官底镇。"), "Person")).toEqual([]);
    expect(names(mentions("曲艺队队长马秀兰笑着说。"), "Person")).toEqual(["马秀兰"]);
  });
  it("reads 驻 before a unit's own troupe as where one serves, not the name (…辅导员，驻科左中旗乌兰牧骑), but keeps a stationed office's", () => {
    const ms = mentions("2. 杜晓川，北京市顺义区文化馆曲艺辅导员，驻科左中旗乌兰牧骑，挂职副队长。驻顺义劳务工作站站长王强说。");
    expect(names(ms, "Organization")).toEqual(expect.arrayContaining(["科左中旗乌兰牧骑", "顺义劳务工作站"]));
    expect(names(ms, "Organization")).not.toContain("驻科左中旗乌兰牧骑");
  });
  it("reads a profile's name after any pictograph, joined ones too, the post perhaps ending the sentence (🧑‍💼唐伟，…副局长，; 👩‍⚕️许佳，…副主任医师。)", () => {
    const ms = mentions("👥人物\n🧑‍💼唐伟，石景山区商务局副局长，2023年起挂职宁城县委常委。\n👩‍⚕️许佳，北京市石景山区古城医院中医科副主任医师。今年5月，她来到宁城县。\n");
    expect(names(ms, "Person")).toEqual(["唐伟", "许佳"]);
  });
  it("reads a Beijing district misspelt with 山区, a mountain area's word elsewhere (石境山区 for 石景山区; 贫困山区)", () => {
    const ms = mentions("北京市石境山区和赤丰市凝城县结对。在贫困山区建设学校。");
    expect(names(ms, "District")).toEqual(["石景山区"]);
  });
  it("reads a body's coined word that opens with 同 or 和 or a firm's with 首 after its place (北京海淀同康医院, 北京首泉水务科技有限公司), and a unit's headquarters (宁城县防汛抗旱指挥部)", () => {
    expect(names(mentions("洪水退去后，北京海淀同康医院派出由急诊科副主任医师张蕾带队的5人医疗队。"), "Hospital")).toEqual(["北京海淀同康医院"]);
    expect(names(mentions("宁城县防汛抗旱指挥部发布通知。"), "Agency")).toEqual(["宁城县防汛抗旱指挥部"]);
    expect(names(mentions("北京首泉水务科技有限公司近日落户宁城县。"), "Enterprise")).toEqual(["北京首泉水务科技有限公司"]);
  });
  it("reads a park counted in the programme's name (敖汉旗京蒙协作万只羔羊育肥产业园), and a bureau after a verb glued to its unit (任旗 + 人力资源和社会保障局)", () => {
    expect(names(mentions("海淀区投入资金建设敖汉旗京蒙协作万只羔羊育肥产业园。"), "Organization")).toEqual(["敖汉旗京蒙协作万只羔羊育肥产业园"]);
    const ms = mentions("挂职干部陈思远（任旗人力资源和社会保障局副局长）负责统筹。考核材料报旗人力资源和社会保障局。");
    expect(ms.filter((m) => m.label === "Agency").map((m) => m.surface)).toEqual(["旗人力资源和社会保障局", "旗人力资源和社会保障局"]);
  });
  it("reads a card's name after a pictograph and a colon (👩‍🏫 林晓燕：…有限公司培训总监，)", () => {
    expect(names(mentions("👥讲师团\n👩‍🏫 林晓燕：北京京西巧姐家政服务有限公司培训总监，负责课程。\n"), "Person")).toEqual(["林晓燕"]);
  });
  it("reads a hospital again without the places its name opens with (安和医院 after 北京东城安和医院)", () => {
    const ms = mentions("北京东城安和医院与化德县康宁医院结对后，安和医院职业病科主任医师罗文静在康宁医院开展医疗帮扶。");
    expect(ms.filter((m) => m.label === "Hospital").map((m) => m.surface)).toEqual(expect.arrayContaining(["安和医院"]));
  });
});

describe("the eighty-seventh stop: hostels, titles of a firm's officers and names before a pronoun", () => {
  it("reads hostels and a farm's guest house as firms (敖汉热水汤青年旅舍, 辽上京青年旅社, 打虎石村农家接待中心)", () => {
    const ms = mentions("敖汉旗建设敖汉热水汤青年旅舍，辽上京青年旅社和打虎石村农家接待中心也开业了。");
    expect(names(ms, "Enterprise")).toEqual(["敖汉热水汤青年旅舍", "辽上京青年旅社", "打虎石村农家接待中心"]);
  });
  it("reads names after the titles of those who dispense, direct and found (药剂师郑海燕到…, 动画导演刘思源到…, 创始人陆薇告诉…)", () => {
    const ms = mentions("仁和中医医院派遣药剂师郑海燕到医院。公司选派动画导演刘思源到医院。公司创始人陆薇告诉小编，首席执行官马骁说好。");
    expect(names(ms, "Person")).toEqual(["郑海燕", "刘思源", "陆薇", "马骁"]);
  });
  it("reads a name a back-translation follows with a pronoun (党支部书记赵春生他说)", () => {
    expect(names(mentions("在林西县新城子镇中兴村，中兴村的党支部书记赵春生他说，水来了。"), "Person")).toEqual(["赵春生"]);
  });
  it("ends a school's name at a verb of going jieba glued to the name before it (…体育教师包金山赴仁和实验中学)", () => {
    const ms = mentions("科左中旗保康第三中学教师包金山赴仁和实验中学跟岗学习。");
    expect(names(ms, "School")).toEqual(["科左中旗保康第三中学", "仁和实验中学"]);
    expect(names(ms, "Person")).toEqual(["包金山"]);
  });
  it("reads a one-character town after its district (顺义区的杨镇)", () => {
    expect(names(mentions("顺义区的杨镇和巴林左旗的林东镇结成了帮扶的对子。"), "Township")).toEqual(["杨镇", "林东镇"]);
  });
  it("reads a numbered row's name whose post ends the item with a semicolon (2. 刘建军，乌敦套海镇党委书记；)", () => {
    const ms = mentions("（二）旗内责任人\n\n1. 布仁巴雅尔，翁牛特旗工业和信息化局局长；\n2. 刘建军，乌敦套海镇党委书记；\n");
    expect(names(ms, "Person")).toEqual(["布仁巴雅尔", "刘建军"]);
  });
  it("reads a news agency credited on a source's line with a comma (（来源：新华社，记者 孟和）)", () => {
    expect(names(mentions("鄂伦春旗非遗传承\n西城区投入资金。\n（来源：新华社，记者 孟和 吴晓光）\n"), "Organization")).toEqual(["新华社"]);
  });
});

describe("the eighty-eighth stop: growers, parents and a count after a name", () => {
  it("reads names after growers, mothers, parents and an old hand (果农白玉梅说, 宝妈乌日娜抱着, 家长王春燕说, 老师傅李振海)", () => {
    const ms = mentions("东营子村果农白玉梅说，很好。宝妈乌日娜抱着女儿。家长王春燕说，很好。还有干了二十多年的老师傅李振海。");
    expect(names(ms, "Person")).toEqual(["白玉梅", "乌日娜", "王春燕", "李振海"]);
  });
  it("reads no name in what parents are counted by or meet in (家长满意度, 家长沙龙, 家长明白)", () => {
    expect(names(mentions("要提升家长满意度，举办家长沙龙38场，让孩子和家长明白：游戏背后有美术。"), "Person")).toEqual([]);
  });
  it("reads names after keepers of livestock, kin, the disabled, those who broadcast or keep accounts and deputies (养鹅户刘长福, 孙子图门, 播音员苏和, 会计师董晓萌, 人大代表贾俊峰)", () => {
    const ms = mentions("在嘎查养鹅户刘长福家里算账。包金山的孙子图门今年上初二。肢体残疾人孟淑贤在车间从事制作。播音员苏和将于5月赴北京。经管站会计师董晓萌等专家授课。永丰镇人大代表贾俊峰介绍，很好。民乐团指挥刘卫东在宁城县支教。");
    expect(names(ms, "Person")).toEqual(["刘长福", "图门", "孟淑贤", "苏和", "董晓萌", "贾俊峰", "刘卫东"]);
  });
  it("reads names after those who fly, guard crops or birds, carve, speak for trainees, and neighbours (机长杜航, 护鸟员葛明, 雕刻师斯琴图雅, 学员代表于洪波, 邻居林芳)", () => {
    const ms = mentions("机长杜航今年41岁。兴牧村护鸟员葛明说，好。今年刚满30岁的雕刻师斯琴图雅说，好。学员代表于洪波说，好。邻居林芳是医生。站长关红艳算过一笔账。");
    expect(names(ms, "Person")).toEqual(["杜航", "葛明", "斯琴图雅", "于洪波", "林芳", "关红艳"]);
  });
  it("reads a name set apart after a post with 先生 after it or 他的名字是 before it (副团长，刘长顺先生，这样说道; 局长，他的名字是那顺巴雅尔，他说)", () => {
    const ms = mentions("曲艺团的副团长，刘长顺先生，这样说道。地震局的局长，他的名字是那顺巴雅尔，他说：“很好。”");
    expect(names(ms, "Person")).toEqual(["刘长顺", "那顺巴雅尔"]);
  });
  it("ends a name before a mood, a key pressed and 有 with a count (王春来乐呵呵地说, 特日格乐按下, 马国栋有15年)", () => {
    const ms = mentions("村党支部书记王春来乐呵呵地说。六年级学生特日格乐按下回车键。公司培训讲师马国栋有15年操作经验。");
    expect(names(ms, "Person")).toEqual(["王春来", "特日格乐", "马国栋"]);
  });
});

describe("the eighty-eighth stop: lawyers' columns, reading centres and places that end in a mouth", () => {
  it("reads the names under a column of lawyers (联系律师)", () => {
    const ms = mentions("结对情况见下表：\n\n序号 | 昌平区律师事务所 | 结对嘎查村 | 所属苏木镇 | 联系律师\n1 | 北京市燕平律师事务所 | 小边墙村 | 宝昌镇 | 王海川\n2 | 北京市沙河明德律师事务所 | 红旗村 | 红旗镇 | 孙悦\n");
    expect(names(ms, "Person")).toEqual(["王海川", "孙悦"]);
  });
  it("reads reading centres, cultural centres and a cultural centre's library as bodies (昌平区阅读中心, 海淀区北部文化中心图书馆)", () => {
    const ms = mentions("昌平区阅读中心与旗图书馆结对。海淀区北部文化中心图书馆馆员林书桐说，很好。阿尔山市文化中心举办演出。");
    expect(names(ms, "Organization")).toEqual(["昌平区阅读中心", "旗图书馆", "海淀区北部文化中心图书馆", "阿尔山市文化中心"]);
  });
  it("reads a line's town before a dot apart from the body after it (📍翁牛特旗海拉苏镇·海拉苏镇卫生院起降点)", () => {
    const ms = mentions("空中急救快讯\n📍 翁牛特旗乌丹镇·乌丹医院楼顶停机坪\n📍 翁牛特旗海拉苏镇·海拉苏镇卫生院起降点\n");
    expect(names(ms, "Hospital")).toEqual(["乌丹医院", "海拉苏镇卫生院"]);
  });
  it("reads villages named for a plain, 他拉, its 他 no pronoun (三星他拉村, 广德公镇他拉干村)", () => {
    expect(names(mentions("翁牛特旗三星他拉村村民说。翁牛特旗广德公镇他拉干村股份经济合作社成立。"), "Village")).toEqual(["三星他拉村", "他拉干村"]);
  });
  it("reads creation centres and cartoon clubs as bodies (翁牛特旗青少年动漫创作中心, 小马鞍动漫社)", () => {
    expect(names(mentions("翁牛特旗青少年动漫创作中心揭牌。小马鞍动漫社社长说，很好。"), "Organization")).toEqual(["翁牛特旗青少年动漫创作中心", "小马鞍动漫社"]);
  });
  it("reads a school named after a place that ends in a mouth (石景山区衙门口实验小学), jieba's measure word 口 aside", () => {
    expect(names(mentions("北京市石景山区衙门口实验小学与宁城县结对。"), "School")).toEqual(["北京市石景山区衙门口实验小学"]);
  });
});

describe("the eighty-ninth stop: students, boatmen, eye hospitals, stations of radio and stars", () => {
  it("reads a student's name whose first two make a word when a speech follows, not a dormitory (学生包天宇说, 学生宿舍楼)", () => {
    expect(names(mentions("阿尔山市第一中学学生包天宇说：“好。”用于学生宿舍楼的维修和学生常见病防治。"), "Person")).toEqual(["包天宇"]);
  });
  it("reads a name by one's age up to six characters, and not a school finished after it (宝音德力格尔, 王浩大学毕业)", () => {
    expect(names(mentions("52岁的宝音德力格尔干了二十多年。27岁的王浩大学毕业后回到家乡。"), "Person")).toEqual(["宝音德力格尔", "王浩"]);
  });
  it("reads no 不 closing a name, and a Mongolian contact of five characters after the section (马骁不是, …疾控股 那仁满都拉，电话)", () => {
    expect(names(mentions("马骁不是一个人在战斗。马骁说。"), "Person")).toEqual(["马骁"]);
    expect(names(mentions("三、联系方式\n联系人：库伦旗卫生健康委员会疾控股 那仁满都拉，电话0475-6123456\n"), "Person")).toEqual(["那仁满都拉"]);
  });
  it("reads a posted cadre named after 的 who goes back to Beijing (…副旗长的马骏回北京)", () => {
    expect(names(mentions("时任丰台区挂职扎赉特旗副旗长的马骏回北京招商。"), "Person")).toEqual(["马骏"]);
  });
  it("reads those who guard against disease, work the boats or fit glasses, and no verb after a head called by surname (防保员包金山, 船工侯满仓, 视光师赵晨, 孙副旗长陪着)", () => {
    const ms = mentions("舍伯吐镇防保员包金山说。摆渡了20多年的船工侯满仓笑得合不拢嘴。还有视光师赵晨。包装是孙副旗长陪着一个字一个字改的。");
    expect(names(ms, "Person")).toEqual(["包金山", "侯满仓", "赵晨"]);
  });
  it("reads names set apart after one's post in a clumsy translation, 女士 and 认为 after them (…的副主任，其木格女士，认为)", () => {
    expect(names(mentions("锡林郭勒盟疾病预防控制中心的副主任，其木格女士，认为这种模式值得推广。"), "Person")).toEqual(["其木格"]);
  });
  it("reads firms of pest control and hospitals named for a river or by a rare verb after a district's short name", () => {
    const ms = mentions("北京绿盾环境有害生物防制有限公司捐赠药械。北京京西永定医院和北京昌平回天眼科医院派出专家。");
    expect(names(ms, "Enterprise")).toEqual(["北京绿盾环境有害生物防制有限公司"]);
    expect(names(ms, "Hospital")).toEqual(["北京京西永定医院", "北京昌平回天眼科医院"]);
  });
  it("reads centres of eye care and health care as hospitals, and radio stations, observatories and halls of science as organisations", () => {
    const ms = mentions("门头沟区儿童眼保健中心和宁城县眼视光中心开展筛查。林西人民广播电台、黑里河星空天文台、北京西城青少年天文科学馆和北京中关村天文科普中心参加。");
    expect(names(ms, "Hospital")).toEqual(["门头沟区儿童眼保健中心", "宁城县眼视光中心"]);
    expect(names(ms, "Organization")).toEqual(["林西人民广播电台", "黑里河星空天文台", "北京西城青少年天文科学馆", "北京中关村天文科普中心"]);
  });
  it("reads no website in ride-hailing or a shelter belt's network, no town in a town-level project, and no person in a flower (宁城籍网约车, 农田防护林网, 首个镇级, 郁金香师傅)", () => {
    const ms = mentions("300余名宁城籍网约车司机在京就业。建设星耀镇农田防护林网20公里。这是以来首个镇级花卉合作项目。花乡来的“郁金香师傅”说。");
    expect(ms.filter((m) => m.label !== "Banner" && m.label !== "Township").map((m) => m.name)).toEqual([]);
    expect(names(ms, "Township")).toEqual(["星耀镇", "花乡"]);
  });
});

describe("the ninetieth stop: a misspelt unit after its misspelt league, vocational centres", () => {
  it("reads a misspelt unit right after a misspelt league as that league's (星安盟阿尚市 is 兴安盟's 阿尔山市)", () => {
    const ms = mentions("星安盟阿尚市，是一个在大兴安岭的山里的小城市，夏天很凉快。");
    expect(ms.filter((m) => m.label === "League" || m.label === "Banner").map((m) => m.name)).toEqual(["兴安盟", "阿尔山市"]);
  });
  it("reads a 职业技术教育中心 as a school", () => {
    expect(names(mentions("北京市朝阳区职业技术教育中心与科右中旗职业教育中心结对。"), "School")).toEqual(["北京市朝阳区职业技术教育中心", "科右中旗职业教育中心"]);
  });
});

describe("the ninety-first stop: bodies counted or planned, nets, phrases read as names", () => {
  it("reads no body counted or planned, not named (兴安盟许多学校, 巴林左旗不少学校, 太仆寺旗明年计划新建急救分站)", () => {
    const ms = mentions("兴安盟许多学校、卫生院告别了燃煤锅炉。巴林左旗不少学校和卫生院换了锅炉。太仆寺旗明年计划新建急救分站3个。");
    expect(ms.filter((m) => m.label !== "League" && m.label !== "Banner").map((m) => m.name)).toEqual([]);
  });
  it("reads no net that keeps fish in as a site (配套建设环沟、防逃网, 养殖户防逃网)", () => {
    expect(mentions("配套建设环沟、防逃网、进排水设施。养殖户防逃网被冲坏。").map((m) => m.name)).toEqual([]);
  });
  it("reads no person in doing two things at once nor in cattle and sheep (边看边谈, 消纳牛羊粪6万吨)", () => {
    expect(names(mentions("现场还有好几家北京的采购商边看边谈。每年可消纳牛羊粪6万吨。"), "Person")).toEqual([]);
  });
  it("reads no village named 对子 (成为了对子村)", () => {
    expect(names(mentions("黑庄户乡的郎各庄村与巴彦呼舒镇的巴彦乌兰嘎查成为了对子村。"), "Village")).toEqual(["郎各庄村", "巴彦乌兰嘎查"]);
  });
});
