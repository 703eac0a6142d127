// relate: pairings, structure, people and money in real sentences, each with its evidence.
import { defaultGazetteer } from "../gazetteer/index.js";
import { normalise } from "../normalise/index.js";
import { recognise } from "../recognise/index.js";
import { resolve } from "../resolve/index.js";
import { plainTables } from "../ingest/index.js";
import { relate, type Relation } from "./index.js";
import { indexWithin, lastIndexWithin } from "./context.js";

const g = defaultGazetteer();
function relations(text: string, title = ""): { rels: Relation[]; name: (id: string) => string } {
  const doc = recognise(g, { id: "article:test", title, text: normalise(text).text, byline: [] });
  const r = resolve(g, [doc]);
  const rels = relate(g, r.docs[0]!, r.entities);
  return { rels, name: (id) => r.entities.get(id)?.name ?? id };
}
const show = (text: string, type: string, title = "") => {
  const { rels, name } = relations(text, title);
  return rels.filter((r) => r.type === type).map((r) => `${name(r.source)}>${name(r.target)}`);
};

describe("searches bounded by a sentence", () => {
  const text = "挂职干部，到了。他在科右中旗支教。";
  it("finds a word only where it starts inside the bounds, though it may run past their end", () => {
    expect(indexWithin(text, "支教", 9, text.length)).toBe(14);
    expect(indexWithin(text, "支教", 9, 15)).toBe(14);
    expect(indexWithin(text, "支教", 9, 14)).toBe(-1);
    expect(indexWithin(text, "挂职", 1, text.length)).toBe(-1);
  });
  it("finds the last one starting at or before a point and not before the floor", () => {
    expect(lastIndexWithin(text, "，", 0, 10)).toBe(4);
    expect(lastIndexWithin(text, "，", 5, 10)).toBe(-1);
    expect(lastIndexWithin(text, "挂职", 0, 0)).toBe(0);
    expect(lastIndexWithin(text, "科右", 0, 10)).toBe(10);
    expect(lastIndexWithin(text, "科右", 0, 9)).toBe(-1);
  });
});

describe("homes of people listed with their body", () => {
  it("reads a team's leader named where a body sends it (派出由…刘海涛带队的5人医疗队，在…开展医疗帮扶) as the body's and posted where it serves", () => {
    const text = "为此，密云区医院专门派出由心内科主任医师刘海涛带队的5人医疗队，在库伦旗人民医院开展为期半年的医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(["刘海涛>密云区医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海涛>库伦旗人民医院"]);
  });
  it("reads a column of 单位及职务 beside a column of names as their homes", () => {
    const text = "培训课程安排\n| 日期 | 课程内容 | 授课人 | 单位及职务 |\n| 5月13日下午 | 直播电商行业趋势 | 高远 | 北京星河数智电子商务有限公司总经理 |\n| 5月14日 | 短视频剪辑实操 | 韩雪 | 北京星河数智电子商务有限公司内容总监 |\n| 5月18日下午 | 本土主播经验分享 | 苏日娜 | 察右中旗塔拉红电子商务有限公司主播 |\n";
    expect(show(text, "WORKS_AT")).toEqual(["高远>北京星河数智电子商务有限公司", "韩雪>北京星河数智电子商务有限公司", "苏日娜>察右中旗塔拉红电子商务有限公司"]);
  });
  it("reads a column of where each is stationed (派驻地点) as their postings", () => {
    const text = "序号|姓名|工作单位|职称/职务|派驻地点\n1|李建华|中国农业大学农学院|教授|敖汉旗四家子镇\n2|赵国栋|北京市海淀区中医医院|主任中药师|敖汉旗蒙医中医医院\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["李建华>四家子镇", "赵国栋>敖汉旗蒙医中医医院"]);
  });
  it("reads a numbered list's and a table's names with their body in brackets (2. 孙悦（北京中关村数字农业科技有限公司）)", () => {
    const list = "优秀帮扶主播名单：\n1. 吴桐（北京市通州区融媒体中心）\n2. 孙悦（北京中关村数字农业科技有限公司）";
    expect(show(list, "WORKS_AT")).toEqual(["吴桐>北京市通州区融媒体中心", "孙悦>北京中关村数字农业科技有限公司"]);
    const table = "场次\t日期\t结对区\t主讲主播（单位）\t成交额（万元）\n1\t8月5日\t通州区\t吴桐（北京市通州区融媒体中心）\t312\n2\t8月12日\t海淀区\t孙悦（北京中关村数字农业科技有限公司）\t468\n3\t8月19日\t西城区\t何一鸣（北京市西城区融媒体中心）\t205";
    expect(show(plainTables(table), "WORKS_AT")).toEqual(["吴桐>北京市通州区融媒体中心", "孙悦>北京中关村数字农业科技有限公司", "何一鸣>北京市西城区融媒体中心"]);
  });
});

describe("PART_OF from a table's columns of levels", () => {
  it("reads a column of leagues beside one of banners (盟市 | 旗县（市）)", () => {
    const text = "序号|盟市|旗县（市）|北京结对区|项目名称\n1|乌兰察布市|察右前旗|大兴区|中央厨房产业园项目\n2|锡林郭勒盟|正镶白旗|大兴区|牛羊肉预制菜加工项目\n";
    expect(show(text, "PART_OF").filter((p) => !p.endsWith("北京市"))).toEqual(["察哈尔右翼前旗>乌兰察布市", "正镶白旗>锡林郭勒盟"]);
  });
});

describe("PAIRED_WITH", () => {
  it("pairs the rows of a table of gifts whose caption right above says they are pairs (…街镇结对情况 over 街镇 | 苏木乡镇 | 捐赠资金)", () => {
    const text = "表3 海淀区与敖汉旗部分街镇结对情况\n海淀区街镇|敖汉旗苏木乡镇|2023年捐赠资金（万元）\n海淀街道|新惠镇|50\n中关村街道|四家子镇|45\n";
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["海淀街道>新惠镇", "中关村街道>四家子镇"]));
    expect(show("海淀区街镇|敖汉旗苏木乡镇|2023年捐赠资金（万元）\n海淀街道|新惠镇|50\n中关村街道|四家子镇|45\n", "PAIRED_WITH")).toEqual([]);
  });
  it("takes a column headed by places only Inner Mongolia has (结对嘎查村) for that side, where the gazetteer knows none of its villages", () => {
    const text = "一、企村结对项目\n\n序号|项目名称|帮扶主体|所在旗县|苏木乡镇|结对嘎查村|帮扶资金（万元）\n1|肉牛托管养殖项目|北京兴牧源农业发展有限公司|察右前旗|黄旗海镇|三股泉村|85\n2|冷凉蔬菜订单种植项目|北京京南鑫盛农产品批发市场有限公司|察右前旗|玫瑰营镇|玫瑰营村|40\n";
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["北京兴牧源农业发展有限公司>三股泉村", "北京京南鑫盛农产品批发市场有限公司>玫瑰营村"]));
  });
  it("pairs a table's column of Beijing bodies with its column of villages, its body the giver of the row's sum, and the village part of the town its cell names", () => {
    const text = plainTables("2024年首批商会结对名单\n序号\t商会（协会）名称\t所在区\t结对旗县\t结对嘎查村\t2024年帮扶计划\n1\t北京市昌平区回龙观商会\t昌平区\t太仆寺旗\t千斤沟镇西井子村\t捐资50万元建设草莓育苗大棚\n2\t北京市顺义区民营企业商会\t顺义区\t巴林左旗\t隆昌镇二八地村\t捐资40万元改造肉牛养殖小区\n3\t北京亦庄商会\t北京经济技术开发区\t巴林右旗\t大板镇白音套海嘎查\t捐资60万元建设党群服务中心");
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["北京市昌平区回龙观商会>西井子村", "北京市顺义区民营企业商会>二八地村", "北京亦庄商会>白音套海嘎查"]));
    expect(show(text, "FUNDED")).toEqual(["北京市昌平区回龙观商会>西井子村", "北京市顺义区民营企业商会>二八地村", "北京亦庄商会>白音套海嘎查"]);
    expect(show(text, "PART_OF").filter((p) => p.startsWith("西井子村"))).toEqual(["西井子村>千斤沟镇"]);
  });
  it("pairs the two places a pairing 之间 names (昌平区和太仆寺旗之间的对口帮扶)", () => {
    expect(show("北京市昌平区和锡林郭勒盟太仆寺旗之间的对口帮扶已持续五年。", "PAIRED_WITH")).toEqual(["昌平区>太仆寺旗"]);
    expect(show("多伦县与西城区之间的京蒙协作不断深化。", "PAIRED_WITH")).toEqual(["西城区>多伦县"]);
  });
  it("pairs a list of places in the clause before, counted, with the list 分别由 gives them (…翁牛特旗5个旗县，分别由昌平区、…通州区结对帮扶)", () => {
    const text = "项目覆盖阿鲁科尔沁旗、林西县、宁城县、敖汉旗、翁牛特旗5个旗县，分别由昌平区、丰台区、石景山区、海淀区、通州区结对帮扶。";
    expect(show(text, "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗", "丰台区>林西县", "石景山区>宁城县", "海淀区>敖汉旗", "通州区>翁牛特旗"]);
  });
  it("pairs the giver with the partners a clause names as such after its money (…资金2800万元，支持结对地区…), its 我区 too, and no start year from the money's", () => {
    const { rels, name } = relations("2024年大兴区安排区级财政帮扶资金2800万元，支持结对地区乌兰察布市察哈尔右翼前旗和锡林郭勒盟正镶白旗实施帮扶项目12个。");
    expect(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["since"]}`)).toEqual(["大兴区>察哈尔右翼前旗 null", "大兴区>正镶白旗 null"]);
    const voiced = "北京市大兴区人民政府\n\n北京市大兴区2024年东西部协作帮扶项目安排情况公告\n\n按照京蒙两地东西部协作工作部署，经区委、区政府研究同意，2024年我区安排区级财政帮扶资金2800万元，支持结对地区乌兰察布市察哈尔右翼前旗和锡林郭勒盟正镶白旗实施帮扶项目12个。";
    expect(show(voiced, "PAIRED_WITH", "北京市大兴区2024年东西部协作帮扶项目安排情况公告")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>正镶白旗"]);
  });
  it("takes the subject of a clause with none from the clause right before, where a name opens it, not from the sentence's head", () => {
    const text = "北京市丰台区宛平中心医院\n\n我院第五批援蒙医疗队抵达林西\n\n近年来，丰台区对口帮扶林西县，我院作为区属骨干医院，于2019年与林西县医院签订结对帮扶协议。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["丰台区>林西县", "北京市丰台区宛平中心医院>林西县医院"]);
  });
  it("reads 我们镇 and 我们区 of a speech as the places of its speaker's body, named in its heading", () => {
    const text = "座谈会发言摘登\n\n密云区副区长　蔡宏斌：\n我们区安排库伦旗的京蒙协作资金是1.52亿元，已全部拨付到位。\n\n库伦旗扣河子镇党委书记　白玉梅：\n我们镇和北京市密云区溪翁庄镇是结对镇。";
    expect(show(text, "PAIRED_WITH")).toContain("溪翁庄镇>扣河子镇");
    expect(show(text, "FUNDED")).toEqual(["密云区>库伦旗"]);
  });
  it("reads 我院 of a speech's speaker as their hospital, and 我 as the speaker its heading names, not the byline's writer", () => {
    const text = "表态发言摘要\n库伦旗融媒体中心　2024-03-22 17:05　作者:白玉梅\n\n库伦旗委常委、副旗长(挂职)　田立新：\n我来自北京市密云区农业农村局，去年4月到库伦旗挂职。\n\n库伦旗人民医院院长　吴恩和：\n北京市密云区医院与我院结对已满三年。";
    expect(show(text, "WORKS_AT")).toEqual(expect.arrayContaining(["田立新>北京市密云区农业农村局", "吴恩和>库伦旗人民医院"]));
    expect(show(text, "WORKS_AT").some((r) => r.startsWith("白玉梅"))).toBe(false);
    expect(show(text, "PAIRED_WITH")).toContain("北京市密云区医院>库伦旗人民医院");
  });
  it("reads 我们 alone of a firm's head as the firm (■ 北京惠通…有限公司总经理　周海平： / 2023年我们在居力很镇投资1600万元)", () => {
    const text = "消费帮扶发言摘登\n海淀区与科右前旗结对。\n■ 北京惠通连锁超市有限公司总经理　周海平：\n我们公司在北京有120家门店。2023年我们在居力很镇投资1600万元，建成了大米直采加工基地。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京惠通连锁超市有限公司>居力很镇"]);
  });
  it("reads 我们学校 and 我们公司 of a speaker as the bodies the line introducing them names", () => {
    const text = "座谈会纪要\n参会人员：\n钟　凯　北京瀚宇新能源装备有限公司副总经理\n吴桂兰　巴林右旗大板第三小学校长\n\n钟凯：我们公司向巴林右旗捐赠了50万元。\n吴桂兰：我们学校和北京亦庄实验小学是结对校。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京亦庄实验小学>巴林右旗大板第三小学"]);
    expect(show(text, "FUNDED")).toEqual(["北京瀚宇新能源装备有限公司>巴林右旗"]);
  });
  it("reads the partner named after 是 (我们镇的结对镇是丰台区王佐镇, …的对口单位是大兴区礼贤镇)", () => {
    expect([...new Set(show("座谈会\n\n四子王旗供济堂镇镇长　其木格：\n我们镇的结对镇是丰台区王佐镇。", "PAIRED_WITH"))]).toEqual(["王佐镇>供济堂镇"]);
    expect([...new Set(show("土贵乌拉镇的对口单位是大兴区礼贤镇。", "PAIRED_WITH"))]).toEqual(["礼贤镇>土贵乌拉镇"]);
  });
  it("reads a pairing a question states before what it asks, and none it asks about", () => {
    expect(show("问：很多人知道大兴区和察右前旗是京蒙协作的结对区旗，但两家医院之间是什么关系？", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗"]);
    expect(show("北京市密云区支援合作办公室\n问：通辽市霍林郭勒市也是我区的帮扶对象吗？", "PAIRED_WITH")).toEqual([]);
  });
  it("reads the partner 作为 names after a clause of time (今年以来，作为…的结对帮扶区，大兴区…)", () => {
    expect(show("今年以来，作为察哈尔右翼前旗的结对帮扶区，大兴区坚持把科技帮扶作为京蒙协作的重要抓手。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗"]);
  });
  it("pairs the helper with partners coordinated after its verb, not the narrator's own place nor one past a verb", () => {
    expect(show("去年乌兰察布市办推介会，门头沟区帮扶的化德县、丰台区帮扶的四子王旗和我们兴和县同台推介。", "PAIRED_WITH")).toEqual(["门头沟区>化德县", "丰台区>四子王旗"]);
    expect(show("12月2日，同属赤峰市、由北京市顺义区对口帮扶的巴林左旗组织乡镇干部一行15人来巴林右旗考察。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
  });

  it("pairs on 开展…帮扶 after 与 or 对, and never through 对口 or 对接", () => {
    expect(show("北京市第一六一中学与科右中旗第一中学开展组团式帮扶。", "PAIRED_WITH")).toEqual(["北京市第一六一中学>科右中旗第一中学"]);
    expect(show("北京积水潭医院对乌兰察布市中心医院开展组团式帮扶。", "PAIRED_WITH")).toEqual(["北京积水潭医院>乌兰察布市中心医院"]);
    expect(show("朝阳区对科右前旗进行全方位帮扶。", "PAIRED_WITH")).toEqual(["朝阳区>科尔沁右翼前旗"]);
    expect(show("昌平区与太仆寺旗签订对口帮扶协议。", "PAIRED_WITH")).toEqual(["昌平区>太仆寺旗"]);
  });

  it("pairs a word pointing at a place before 与 (我县与…, 该旗与…) as the place", () => {
    expect(show("多伦县京蒙协作工作简报\n今年以来，我县与北京市延庆区持续深化京蒙协作。", "PAIRED_WITH")).toEqual(["延庆区>多伦县"]);
    expect(show("科右中旗位于兴安盟西部。该旗与北京市朝阳区结对。", "PAIRED_WITH")).toEqual(["朝阳区>科尔沁右翼中旗"]);
  });

  it("pairs a district with the banner whose voice the article is (我们始终把同北京市密云区的结对协作…), reading 我旗 in a list as the banner", () => {
    expect(show("库伦旗工作报告\n我旗经济稳步增长。我们始终把同北京市密云区的结对协作作为加快发展的重要机遇。", "PAIRED_WITH")).toEqual(["密云区>库伦旗"]);
    expect(show("正镶白旗2023年工作情况\n我旗经济稳步增长。大兴区与我旗、察右前旗分别结对开展东西部协作。", "PAIRED_WITH")).toEqual(["大兴区>正镶白旗", "大兴区>察哈尔右翼前旗"]);
  });

  it("pairs a clause that goes on from the sentence's subject (…原与托扎敏乡结对，2022年3月起调整为与诺敏镇结对)", () => {
    expect(show("月坛街道原与托扎敏乡结对，2022年3月起调整为与诺敏镇结对。", "PAIRED_WITH")).toEqual(["月坛街道>诺敏镇"]);
  });

  it("pairs none with the partner of the years before this (在此之前的三年里，与科左后旗结对帮扶的是北京市平谷区)", () => {
    expect(show("顺义区与科左后旗结成协作对子。在此之前的三年里,与科左后旗结对帮扶的是北京市平谷区。", "PAIRED_WITH")).toEqual(["顺义区>科尔沁左翼后旗"]);
  });

  it("pairs none said to have ended later in the sentence, nor one handed on (转为结对…)", () => {
    expect(show("鲁谷街道与大六号镇的结对关系因鲁谷街道承担其他帮扶任务，已于2023年终止。", "PAIRED_WITH")).toEqual([]);
    expect(show("此前与七号镇结对的东城区前门街道，已于2023年底按区里统一安排转为结对公腊胡洞乡。", "PAIRED_WITH")).not.toContain("前门街道>七号镇");
  });

  it("pairs none in a span of years closed before the article's year (2018—2020年：…), though it may when undated", () => {
    const text = "2021年起：经开区与突泉县建立区县结对关系。\n2018—2020年：突泉县由北京市房山区结对帮扶。";
    const pairs = (date?: string) => {
      const doc = recognise(g, { id: "article:test", title: "", text: normalise(text).text, byline: [], ...(date ? { date } : {}) });
      const r = resolve(g, [doc]);
      return relate(g, r.docs[0]!, r.entities).filter((x) => x.type === "PAIRED_WITH").map((x) => `${r.entities.get(x.source)?.name}>${r.entities.get(x.target)?.name}`);
    };
    expect(pairs("2024-12-01")).toEqual(["北京经济技术开发区>突泉县"]);
    expect(pairs()).toEqual(["北京经济技术开发区>突泉县", "房山区>突泉县"]);
  });

  it("pairs the one said after the verb to be the partner (与我旗结对…的是北京市通州区), and none still being talked of", () => {
    expect(show("翁牛特旗医院迎来专家。2021年以来与我旗结对开展东西部协作的是北京市通州区,海淀区没有与我旗结对。", "PAIRED_WITH")).toEqual(["通州区>翁牛特旗"]);
    expect(show("关于巴林右旗与门头沟区开展结对的事宜，目前两地仍在协商，尚未正式确定。", "PAIRED_WITH")).toEqual([]);
    expect(show("穆家峪镇与茫汗苏木结对工作尚在筹备，拟于2024年签订结对协议。", "PAIRED_WITH")).toEqual([]);
  });

  it("pairs a leading 与…以来 with the subject of the clause after it, past a dateline", () => {
    expect(show("兴安日报讯（记者 乌日汗）自2021年与北京市东城区建立结对关系以来，科右前旗坚持双向交流。", "PAIRED_WITH")).toEqual(["东城区>科尔沁右翼前旗"]);
  });

  it("pairs a district named as a pointer's partner without 的 (西城区作为我旗结对帮扶区), undated by a year heading it; none said to have ended", () => {
    const { rels, name } = relations("敖汉旗京蒙协作工作动态\n2023年，北京市西城区作为我旗结对帮扶区，下达资金。");
    expect(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["since"]}`)).toEqual(["西城区>敖汉旗 null"]);
    expect(show("原西城区展览路街道与四家子镇的结对关系于今年6月结束，展览路街道改为与贝子府镇结对。", "PAIRED_WITH")).toEqual(["展览路街道>贝子府镇"]);
  });

  it("pairs a 街道 with a village pointed at (古城街道和我们嘎查签了结对协议), where the article names that one village", () => {
    expect(show("赵文博被选派到达茂旗希拉穆仁镇查干哈达嘎查任第一书记。\n赵文博：石景山区古城街道和我们嘎查签了结对协议。", "PAIRED_WITH")).toEqual(["古城街道>查干哈达嘎查"]);
  });

  it("pairs the district with 我旗 after its verb, not a venue after the partner, and one helping a body's place (通州区对口帮扶的科左中旗…公司)", () => {
    expect(show("太仆寺旗2024年度项目公示\n2024年，北京市延庆区继续对口帮扶我旗。", "PAIRED_WITH")).toEqual(["延庆区>太仆寺旗"]);
    expect(show("北京市朝阳区麦子店街道与赤峰市巴林左旗乌兰达坝苏木在林东镇签订京蒙协作结对帮扶协议。", "PAIRED_WITH")).toEqual(["麦子店街道>乌兰达坝苏木"]);
    expect(show("北京京粮优选供应链管理有限公司与通州区对口帮扶的科尔沁左翼中旗的蒙源牧业有限公司签订牛肉采购协议。", "PAIRED_WITH")).toEqual(["通州区>科尔沁左翼中旗"]);
  });

  it("pairs rows joined by a double dash, dated by the month they began (1．西城区德胜街道——多伦淖尔镇，2021年10月起结对)", () => {
    const { rels, name } = relations("结对情况公示\n一、街镇结对情况\n1．西城区德胜街道——多伦淖尔镇，2021年10月起结对。\n2．西城区什刹海街道——大北沟镇，2021年10月起结对。");
    expect(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["since"]}`)).toEqual(["德胜街道>多伦淖尔镇 2021", "什刹海街道>大北沟镇 2021"]);
  });

  it("pairs 我区 of a report with every banner listed after 与, past an aside declaring a short name", () => {
    expect(show("北京市门头沟区工作报告\n2021年起，我区与呼伦贝尔市鄂伦春自治旗、莫力达瓦达斡尔族自治旗（以下简称\"莫旗\"）结对开展东西部协作。", "PAIRED_WITH", "北京市门头沟区工作报告")).toEqual(["门头沟区>鄂伦春自治旗", "门头沟区>莫力达瓦达斡尔族自治旗"]);
  });

  it("pairs nothing dated by a span that has closed (此前（2017—2020年）我旗与北京市东城区结对), nor two towns paired as one's parts", () => {
    expect(show("察右中旗公示\n此前（2017—2020年）我旗与北京市东城区结对，相关资金已全部执行完毕。", "PAIRED_WITH")).toEqual([]);
    expect(show("6．西城区新街口街道与大河口乡拟建立结对关系，目前正在对接。", "PART_OF")).toEqual(["新街口街道>西城区"]);
  });

  it("pairs the two sides a joint meeting's name joins with a dash (门头沟区—化德县2024年东西部协作联席会议)", () => {
    expect(show("6月1日，门头沟区—化德县2024年东西部协作联席会议在我县召开。", "PAIRED_WITH")).toEqual(["门头沟区>化德县"]);
  });

  it("pairs a clause adding a partner (…的同时，新增结对正镶白旗) with the sentence's subject, and none said past and handed on", () => {
    expect(show("此前一并由大兴区结对的四子王旗，2021年结对关系调整后改由其他区帮扶。大兴区在继续帮扶察右前旗的同时，新增结对锡林郭勒盟正镶白旗。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>正镶白旗"]);
  });

  it("pairs districts with no league whose banners are counted after it (7个区与乌兰察布市8个旗县结对帮扶)", () => {
    expect(show("2021年以来，北京市东城区、朝阳区、丰台区等7个区与乌兰察布市8个旗县结对帮扶，燕麦成为重点。", "PAIRED_WITH")).toEqual([]);
    expect(show("2021年以来，北京市东城区与乌兰察布市结对帮扶。", "PAIRED_WITH")).toEqual(["东城区>乌兰察布市"]);
  });

  it("pairs nothing only believed (不少人以为…的对口帮扶方是朝阳区，其实…) nor in a counted kind (多个结对旗县)", () => {
    expect(show("不少人以为敖汉旗的对口帮扶方是朝阳区，其实早在2010年，敖汉旗就与海淀区结为对口帮扶关系。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
    expect(show("记者近日走访北京多家用人单位和内蒙古多个结对旗县发现，京蒙劳务协作正在转变。", "PAIRED_WITH")).toEqual([]);
  });
  it("pairs nothing put off, awaiting signature, being negotiated or to be promoted (暂不, 尚待…签署, 正在商签中, 也在商谈, 将积极推动…建立)", () => {
    for (const text of ["此外，魏善庄镇与黄茂营乡的结对事宜已完成初步对接，协议尚待双方正式签署。", "扣河子镇暂不与密云区溪翁庄镇单独建立结对关系，相关帮扶事项由旗级统筹安排。",
      "另悉，密云区溪翁庄镇与库伦镇的结对协议正在商签中。", "据悉，海淀区温泉镇与敖汉旗玛尼罕乡也在商谈结对事宜，计划明年正式签约。",
      "会议还商定，下一步将积极推动昌平区南口镇与太仆寺旗千斤沟镇建立镇镇结对关系。"]) expect(show(text, "PAIRED_WITH")).toEqual([]);
    expect(show("北京市海淀区温泉镇与敖汉旗四家子镇结对帮扶三年来，温泉镇向四家子镇投入帮扶资金300余万元。", "PAIRED_WITH")).toEqual(["温泉镇>四家子镇"]);
  });
  it("pairs nothing only planned or talked of (结对协议拟于下半年签署, 拟于明年与…探讨建立协作关系)", () => {
    expect(show("平谷区与呼伦贝尔市扎兰屯市的结对协议拟于下半年签署。", "PAIRED_WITH")).toEqual([]);
    expect(show("北京经济技术开发区拟于明年与苏尼特右旗探讨建立协作关系。", "PAIRED_WITH")).toEqual([]);
  });

  it("pairs in a clause that goes on without a subject (…，同时继续对口帮扶多伦县、正蓝旗) from the sentence's", () => {
    expect(show("延庆区与河北省怀来县开展京冀协作，同时继续对口帮扶锡林郭勒盟多伦县、正蓝旗。", "PAIRED_WITH")).toEqual(["延庆区>多伦县", "延庆区>正蓝旗"]);
  });

  it("pairs one said to be the other's partner before 作为 (丰台区作为正镶白旗的京蒙协作结对区)", () => {
    expect(show("北京市丰台区作为正镶白旗的京蒙协作结对区，与华能集团形成帮扶合力。", "PAIRED_WITH")).toEqual(["丰台区>正镶白旗"]);
  });

  it("pairs a partner named by what it is to the other (是…的对口帮扶旗县, 作为…的结对帮扶地区), not by the aid's words", () => {
    expect(show("科右中旗是北京市朝阳区的对口帮扶旗县。", "PAIRED_WITH")).toEqual(["朝阳区>科尔沁右翼中旗"]);
    expect(show("作为房山区的结对帮扶地区，镶黄旗今年发展很快。", "PAIRED_WITH")).toEqual(["房山区>镶黄旗"]);
    expect(show("科右中旗是朝阳区的帮扶资金重点投向。", "PAIRED_WITH")).toEqual([]);
  });

  it("pairs 两地 and 双方 with the two the sentence before named, only when it names one of either side", () => {
    expect(show("北京市丰台区党政代表团到正镶白旗考察。两地签订了东西部协作协议。", "PAIRED_WITH")).toEqual(["丰台区>正镶白旗"]);
    expect(show("怀柔区代表团一行来到四子王旗，双方举行座谈会，并签订结对帮扶协议。", "PAIRED_WITH")).toEqual(["怀柔区>四子王旗"]);
    expect(show("丰台区、房山区代表团到正镶白旗、镶黄旗考察。两地签订了东西部协作协议。", "PAIRED_WITH")).toEqual([]);
  });

  it("dates a pairing begun 今年 or 去年 by the article's date, but not one carried on 今年以来", () => {
    const since = (text: string) => {
      const doc = recognise(g, { id: "article:test", title: "", text: normalise(text).text, byline: [], date: "2024-05-20" });
      const r = resolve(g, [doc]);
      return relate(g, r.docs[0]!, r.entities).filter((x) => x.type === "PAIRED_WITH").map((x) => x.props["since"]);
    };
    expect(since("今年3月，北京市延庆区与多伦县签订结对帮扶协议。")).toEqual([2024]);
    expect(since("去年，北京市延庆区与多伦县签订结对帮扶协议。")).toEqual([2023]);
    expect(since("今年以来，北京市延庆区与多伦县持续深化结对帮扶。")).toEqual([null]);
  });

  it("pairs on 结为…学校, 缔结…关系 and a 共建 agreement", () => {
    expect(show("北京市第八十中学与科尔沁右翼中旗第一中学结为手拉手学校。", "PAIRED_WITH")).toEqual(["北京市第八十中学>科尔沁右翼中旗第一中学"]);
    expect(show("北京儿童医院与通辽市医院缔结友好医院关系。", "PAIRED_WITH")).toEqual(["北京儿童医院>通辽市医院"]);
    expect(show("怀柔区汤河口镇与四子王旗江岸苏木签订共建协议。", "PAIRED_WITH")).toEqual(["汤河口镇>江岸苏木"]);
    expect(show("首都儿科研究所附属儿童医院与乌兰察布市妇幼保健院签订托管协议。", "PAIRED_WITH")).toEqual(["首都儿科研究所附属儿童医院>乌兰察布市妇幼保健院"]);
  });

  it("reads helpers listed together: with one partner, respectively (分别), and never a list onto a list", () => {
    expect(show("西城区、东城区帮扶阿尔山市。", "PAIRED_WITH")).toEqual(["西城区>阿尔山市", "东城区>阿尔山市"]);
    expect(show("昌平区和顺义区分别帮扶阿鲁科尔沁旗、巴林左旗。", "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗", "顺义区>巴林左旗"]);
    expect(show("北京市西城区、东城区等对口帮扶呼伦贝尔市莫旗、鄂伦春旗、新右旗。", "PAIRED_WITH")).toEqual([]);
  });

  it("pairs lists on either side of 与 respectively (分别), rows of a list written with a dash, and a pairing named by its start", () => {
    expect(show("北京市石景山区、门头沟区分别与乌兰察布市察哈尔右翼后旗、察哈尔右翼中旗建立结对帮扶关系。", "PAIRED_WITH")).toEqual(["石景山区>察哈尔右翼后旗", "门头沟区>察哈尔右翼中旗"]);
    expect(show("镇镇结对\n1. 榆垡镇—保康镇\n2. 礼贤镇—花吐古拉镇", "PAIRED_WITH")).toEqual(["榆垡镇>保康镇", "礼贤镇>花吐古拉镇"]);
    expect(show("海淀区—敖汉旗京蒙协作产业园项目签约仪式在北京举行。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
    expect(show("海淀区—敖汉旗人民医院远程会诊中心揭牌。", "PAIRED_WITH")).toEqual([]);
    expect(show("专科结对名单\n北京天坛医院神经外科—兴安盟人民医院神经外科\n北京安贞医院—通辽市医院心脏外科", "PAIRED_WITH")).toEqual(["北京天坛医院>兴安盟人民医院", "北京安贞医院>通辽市医院"]);
    expect(show("自2021年结对以来,怀柔区累计向四子王旗投入资金2.36亿元。", "PAIRED_WITH")).toEqual(["怀柔区>四子王旗"]);
    expect(show("北京市与内蒙古自治区签署京蒙协作框架协议。", "PAIRED_WITH")).toEqual(["北京市>内蒙古自治区"]);
    expect(show("内蒙古大学与北京大学结为对口支援高校已20年。", "PAIRED_WITH")).toEqual(["北京大学>内蒙古大学"]);
    expect(show("北京市密云区人民政府与兴安盟阿尔山市人民政府签订东西部协作协议。", "PAIRED_WITH")).toEqual(["密云区>阿尔山市"]);
    expect(show("通州区消费帮扶专柜全年销售翁牛特旗农产品5000万元。", "PAIRED_WITH")).toEqual([]);
  });

  it("reads years written in characters (二〇二一年以来) as documents write them", () => {
    const { rels } = relations("二〇二一年以来，通州区与翁牛特旗结对帮扶。二〇二三年，通州区向翁牛特旗投入帮扶资金5000万元。");
    expect(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => r.props["since"])).toEqual([2021]);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["year"])).toEqual([2023]);
  });

  it("dates no pairing by the year of a document signed (签订2024年…协议, 《2024年…协议》)", () => {
    for (const text of ["北京市延庆区与多伦县签订2024年东西部协作协议。", "延庆区与多伦县签订《2024年延庆区东西部协作协议》。"]) {
      expect(relations(text).rels.filter((r) => r.type === "PAIRED_WITH").map((r) => r.props["since"])).toEqual([null]);
    }
    expect(relations("2021年怀柔区与四子王旗签订结对帮扶协议。").rels.find((r) => r.type === "PAIRED_WITH")?.props["since"]).toBe(2021);
  });

  it("dates no pairing by the year of a meeting it names", () => {
    const { rels } = relations("3月28日，2024年北京市—内蒙古自治区东西部协作联席会议在北京召开。北京市与内蒙古自治区签署了协作协议。");
    const since = rels.filter((r) => r.type === "PAIRED_WITH").map((r) => r.props["since"]);
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((y) => y === null)).toBe(true);
  });

  it("takes the year a pairing began over other years, and never a report's year (年度)", () => {
    const { rels } = relations("2023年,丰台区继续帮扶四子王旗,两地自2021年建立结对关系。");
    expect(rels.find((r) => r.type === "PAIRED_WITH")?.props["since"]).toBe(2021);
    const report = relations("2022年度,东城区对口帮扶阿尔山市。");
    expect(report.rels.find((r) => r.type === "PAIRED_WITH")?.props["since"]).toBeNull();
  });

  it("reads each pair of an enumeration, Beijing side first, with the year from the sentence before", () => {
    const text = "2010年,京蒙两地签署协议。根据统一安排,昌平区帮扶阿鲁科尔沁旗,顺义区帮扶巴林左旗,经济技术开发区帮扶巴林右旗。";
    const { rels, name } = relations(text);
    const pairs = rels.filter((r) => r.type === "PAIRED_WITH");
    expect(pairs.map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(["昌平区>阿鲁科尔沁旗", "顺义区>巴林左旗", "北京经济技术开发区>巴林右旗"]);
    expect(pairs.every((p) => p.props["since"] === 2010)).toBe(true);
    expect(pairs[0]!.evidence.sentence).toContain("昌平区帮扶阿鲁科尔沁旗");
  });

  it("turns 'Inner Mongolia 与 Beijing 结对' round", () => {
    expect(show("通辽科左中旗与北京顺义区结对,带领企业落户。", "PAIRED_WITH")).toEqual(["顺义区>科尔沁左翼中旗"]);
    expect(show("兴安盟阿尔桑市与北京市东城区结成姐妹城市。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
  });

  it("pairs townships with townships across coordination, not with the banner", () => {
    expect(show("北京经开区荣华街道结对帮扶巴林右旗赛罕街道及达尔罕街道,捐助90万元。", "PAIRED_WITH")).toEqual(["荣华街道>赛罕街道", "荣华街道>达尔罕街道"]);
  });

  it("reads 在X的帮扶下 against the banner the title names", () => {
    expect(show("在北京经开区的帮扶下,一批企业积极到巴林右旗投资兴业。", "PAIRED_WITH", "巴林右旗京蒙协作纪实")).toEqual(["北京经济技术开发区>巴林右旗"]);
  });

  it("pairs government bodies, courts and procuratorates (两院), and a list of village pairs in Inner Mongolia's words", () => {
    expect(show("东城区教委与乌兰浩特市教育局还签订了教育协作协议。", "PAIRED_WITH")).toEqual(["东城区教委>乌兰浩特市教育局"]);
    expect(show("北京市西城区人民检察院与科右前旗人民检察院召开座谈会，两院签订协作协议。", "PAIRED_WITH")).toEqual(["北京市西城区人民检察院>科右前旗人民检察院"]);
    const text = "渤海镇六渡河村与查干补力格苏木额尔登敖包嘎查、渤海所村与巴彦淖尔嘎查分别签订村村结对协议。";
    expect(show(text, "PAIRED_WITH")).toEqual(["六渡河村>额尔登敖包嘎查", "渤海所村>巴彦淖尔嘎查"]);
    expect(show(text, "PART_OF")).toEqual(["六渡河村>渤海镇", "额尔登敖包嘎查>查干补力格苏木"]);
  });

  it("pairs on an agreement with a long name, and not through the 和 inside a name", () => {
    expect(show("丰台区与锡林郭勒盟正蓝旗签署京蒙协作奶食品产业园共建协议。", "PAIRED_WITH")).toEqual(["丰台区>正蓝旗"]);
    expect(show("丰台区农业农村局与正蓝旗农牧和科技局还签订了技术合作协议。", "PAIRED_WITH")).toEqual(["丰台区农业农村局>正蓝旗农牧和科技局"]);
  });

  it("reads no pairing a clause denies or ends, and pairs on 与…的东西部协作", () => {
    expect(show("丰台区不再与察右后旗开展结对帮扶，改由石景山区接续帮扶察右后旗。", "PAIRED_WITH")).toEqual(["石景山区>察哈尔右翼后旗"]);
    expect(show("海淀区继续做好与内蒙古赤峰市的东西部协作工作。", "PAIRED_WITH")).toEqual(["海淀区>赤峰市"]);
  });

  it("pairs hospitals that set up an alliance (建立医联体), and takes no place of the other side for a child", () => {
    expect(show("北京友谊医院与锡林郭勒盟中心医院签约建立紧密型医联体。", "PAIRED_WITH")).toEqual(["北京友谊医院>锡林郭勒盟中心医院"]);
    expect(show("窦店镇窦店村与巴彦查干嘎查签订村村结对协议。", "PART_OF")).toEqual(["窦店村>窦店镇"]);
  });

  it("pairs the Beijing name that opens a sentence with those a later clause pairs it with (…，与…深化结对帮扶)", () => {
    expect(show("2023年，北京市东城区坚持把京蒙协作作为重大政治任务，与兴安盟阿尔山市、科尔沁右翼前旗深化结对帮扶。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市", "东城区>科尔沁右翼前旗"]);
    expect(show("记者了解到，东城区医院专家团队近日出发，与阿尔山市深化结对帮扶。", "PAIRED_WITH")).toEqual([]);
  });

  it("pairs the rows of a list written with colons (东城区：阿尔山市、科右前旗；), and no speaker's line", () => {
    expect(show("具体结对关系如下：\n东城区：阿尔山市、科右前旗；\n西城区：突泉县。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市", "东城区>科尔沁右翼前旗", "西城区>突泉县"]);
    expect(show("东城区与阿尔山市结对以来。\n东城区：阿尔山市是我们的老朋友。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
  });

  it("does not pair the same side or levels the ontology does not pair", () => {
    expect(show("北京市对赤峰市8个贫困旗县开展结对帮扶。昌平区帮扶顺义区。", "PAIRED_WITH")).toEqual([]);
  });
});

describe("PAIRED_WITH from lists", () => {
  it("reads a village of a town written with 的 (九渡河镇的红庙村) as part of it, and two villages that became kin (成为了“亲戚”) as paired", () => {
    const text = "村和嘎查之间也是一样的：怀柔区九渡河镇的红庙村与那日图苏木的巴彦乌拉嘎查成为了“亲戚”，两个地方的书记每季度通一次电话。";
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["红庙村>九渡河镇", "巴彦乌拉嘎查>那日图苏木"]));
    expect(show(text, "PAIRED_WITH")).toEqual(["红庙村>巴彦乌拉嘎查"]);
  });
  it("pairs 两校 said to be partners (两校是…结对学校) with the two schools named before", () => {
    expect(show("北京市石景山区八角中学的教师代表在兴和县第一中学上示范课。两校是石景山区—兴和县京蒙协作框架下的结对学校。", "PAIRED_WITH"))
      .toContain("北京市石景山区八角中学>兴和县第一中学");
  });
  it("reads a list of dash pairs after words on pairing, closed by their count (…结对全覆盖 A—B、C—D等13对…结对关系全部落实)", () => {
    expect(show("乡镇结对全覆盖 朝阳区金盏乡—科左中旗保康镇、孙河乡—舍伯吐镇、崔各庄乡—花吐古拉镇等13对乡镇结对关系全部落实。", "PAIRED_WITH"))
      .toEqual(expect.arrayContaining(["金盏乡>保康镇", "孙河乡>舍伯吐镇", "崔各庄乡>花吐古拉镇"]));
  });
  it("reads pairs joined by 与 and run on with commas under a heading on pairing (——镇镇结对：A与B，C与D)", () => {
    expect(show("——镇镇结对：大兴区礼贤镇与察右前旗黄旗海镇，魏善庄镇与巴音塔拉镇，青云店镇与乌拉哈乡；", "PAIRED_WITH"))
      .toEqual(["礼贤镇>黄旗海镇", "魏善庄镇>巴音塔拉镇", "青云店镇>乌拉哈乡"]);
  });
  it("pairs villages listed respectively, the first after its town and 的, one whose name ends in a word after one of its kind", () => {
    expect(show("签约仪式上，北小营镇的前鲁各庄村、东府村、后礼务村分别与十三敖包镇的敖包山村、好来宝嘎查、石匠沟村签订结对协议。", "PAIRED_WITH"))
      .toEqual(["前鲁各庄村>敖包山村", "东府村>好来宝嘎查", "后礼务村>石匠沟村"]);
    expect(show("仪式上，南口镇兴隆口村、石岭村、上庄村分别与千斤沟镇大井村、前进村、五道沟村签订了村村结对协议。", "PAIRED_WITH"))
      .toEqual(["兴隆口村>大井村", "石岭村>前进村", "上庄村>五道沟村"]);
  });
  it("reads dash pairs run on with commas each to the next pair's head (卢沟桥街道—乌兰花镇，长辛店镇—吉生太镇)", () => {
    expect(show("镇（街道）与苏木乡镇结对3对：丰台区卢沟桥街道—乌兰花镇，丰台区长辛店镇—吉生太镇，丰台区王佐镇—供济堂镇；", "PAIRED_WITH", "四子王旗"))
      .toEqual(["卢沟桥街道>乌兰花镇", "长辛店镇>吉生太镇", "王佐镇>供济堂镇"]);
    // (Not a pair followed by a comma and a clause that opens no pair of its own.)
    expect(show("丰台区卢沟桥街道—乌兰花镇，丰台区代表团考察了产业园。", "PAIRED_WITH", "四子王旗")).toEqual([]);
  });
  it("pairs the items a pairing sentence's head lists as joined by 对接, towns the gazetteer knows read whole after it", () => {
    expect(show("两地8对乡镇结对实现脱贫乡镇全覆盖：金海湖镇对接乌丹镇，峪口镇对接五分地镇，东高村镇对接梧桐花镇。", "PAIRED_WITH", "翁牛特旗"))
      .toEqual(["金海湖镇>乌丹镇", "峪口镇>五分地镇", "东高村镇>梧桐花镇"]);
    // (Not a list that is no pairing's: 会上，金海湖镇对接乌丹镇的企业.)
    expect(show("会上，金海湖镇对接乌丹镇的企业。", "PAIRED_WITH")).toEqual([]);
  });
  it("reads a specialty alliance's unveiling as the two hospitals' pairing (…与…骨伤专科联盟正式揭牌)", () => {
    expect(show("北京市丰台区南苑中医医院与四子王旗蒙中医院中蒙医骨伤专科联盟正式揭牌。", "PAIRED_WITH")).toEqual(["北京市丰台区南苑中医医院>四子王旗蒙中医院"]);
  });
  it("pairs the one a sentence opens with and the partner it names (…，结对对象是花吐古拉镇新发村)", () => {
    expect(show("北京朝禾餐饮管理有限公司旗下有60多家连锁门店，结对对象是花吐古拉镇新发村。", "PAIRED_WITH", "科左中旗")).toEqual(["北京朝禾餐饮管理有限公司>新发村"]);
  });
  it("reads 结了对子 as a pairing's verb (朝阳区双桥医院跟…人民医院结了对子)", () => {
    expect(show("朝阳区双桥医院跟科尔沁左翼中旗人民医院结了对子，每年轮派专家坐诊。", "PAIRED_WITH")).toEqual(["朝阳区双桥医院>科尔沁左翼中旗人民医院"]);
  });
  it("pairs two lists of units as long as each other joined by 与 before their pairing, place by place, and not lists of other lengths", () => {
    expect(show("今年以来，我市察右前旗、四子王旗、兴和县、化德县、察右后旗5个旗县与北京市大兴区、丰台区、石景山区、门头沟区、延庆区的结对协作不断深化。", "PAIRED_WITH", "乌兰察布市"))
      .toEqual(expect.arrayContaining(["大兴区>察哈尔右翼前旗", "丰台区>四子王旗", "石景山区>兴和县", "门头沟区>化德县", "延庆区>察哈尔右翼后旗"]));
    expect(show("今年以来，北京市海淀区、通州区、东城区与我盟科右前旗、科右中旗、阿尔山市持续深化结对帮扶关系。", "PAIRED_WITH", "兴安盟"))
      .toEqual(expect.arrayContaining(["海淀区>科尔沁右翼前旗", "通州区>科尔沁右翼中旗", "东城区>阿尔山市"]));
    expect(show("市卫生健康委指导顺义区、房山区、平谷区和北京经济技术开发区，依托与赤峰市巴林左旗、宁城县、翁牛特旗、巴林右旗分别建立的结对关系，深化协作。", "PAIRED_WITH"))
      .toEqual(expect.arrayContaining(["顺义区>巴林左旗", "房山区>宁城县", "平谷区>翁牛特旗", "北京经济技术开发区>巴林右旗"]));
    expect(show("今年以来，察右前旗、四子王旗、兴和县与大兴区、丰台区的结对协作不断深化。", "PAIRED_WITH")).not.toContain("丰台区>四子王旗");
  });
  it("pairs bodies of one kind named as a pairing sentence's examples or additions (其中，…与…; 今年新增…与…、…与…两对), not two of another kind", () => {
    expect(show("今年秋季学期，又有4所昌平学校与太仆寺旗学校结成对子。其中，昌平区沙河中心小学与太仆寺旗宝昌镇第二小学的合作开展得最早。", "PAIRED_WITH"))
      .toContain("昌平区沙河中心小学>太仆寺旗宝昌镇第二小学");
    expect(show("密云区与库伦旗已有11对中小学结成对子。今年新增北京市密云区第二中学与库伦旗第二中学、密云区果园小学与库伦旗额勒顺镇中心小学两对。", "PAIRED_WITH"))
      .toEqual(expect.arrayContaining(["北京市密云区第二中学>库伦旗第二中学", "密云区果园小学>库伦旗额勒顺镇中心小学"]));
    // (Without a sentence on pairing, two schools named together are only named together.)
    expect(show("昌平区教委召开会议。其中，昌平区沙河中心小学与太仆寺旗宝昌镇第二小学的老师作了发言。", "PAIRED_WITH")).toEqual([]);
    // (Nor a school and a hospital.)
    expect(show("两地结成对子。其中，昌平区沙河中心小学与太仆寺旗中蒙医院开展了活动。", "PAIRED_WITH")).not.toContain("昌平区沙河中心小学>太仆寺旗中蒙医院");
  });
  it("pairs a list of pairs each joined by 与 (分别是：卢沟桥街道与乌兰花镇、方庄街道与吉生太镇; 如南彩镇与林东镇、杨镇与十三敖包镇)", () => {
    expect(show("丰台区六个街道与我旗六个苏木乡镇签订结对帮扶协议，分别是：卢沟桥街道与乌兰花镇、方庄街道与吉生太镇、马家堡街道与供济堂镇。", "PAIRED_WITH", "四子王旗"))
      .toEqual(expect.arrayContaining(["卢沟桥街道>乌兰花镇", "方庄街道>吉生太镇", "马家堡街道>供济堂镇"]));
    expect(show("顺义区九个镇与我旗九个乡镇苏木实现结对全覆盖，如南彩镇与林东镇、杨镇与十三敖包镇、北小营镇与隆昌镇等。", "PAIRED_WITH", "巴林左旗"))
      .toEqual(expect.arrayContaining(["南彩镇>林东镇", "杨镇>十三敖包镇", "北小营镇>隆昌镇"]));
    expect(show("石景山区九个街道与我县九个乡镇实现结对全覆盖，其中古城街道与我县城关镇、八角街道与我县张皋镇率先开展街镇共建。", "PAIRED_WITH", "兴和县"))
      .toEqual(expect.arrayContaining(["古城街道>城关镇", "八角街道>张皋镇"]));
  });

  it("pairs a unit headed with its partner in brackets (宁城县（结对区：房山区）), and rows under it that open with a bullet", () => {
    const text = "现将村企结对、村村结对名单公布如下：\n宁城县（结对区：房山区）\n·房山区青龙湖镇石梯村——宁城县八里罕镇瓦南村\n·北京桃乡果业有限公司——翁牛特旗乌丹镇东山嘎查";
    expect(show(text, "PAIRED_WITH")).toEqual(["房山区>宁城县", "石梯村>瓦南村", "北京桃乡果业有限公司>东山嘎查"]);
  });

  it("pairs rows a line sets side by side, apart by spaces (长辛店镇—乌兰花镇　　王佐镇—吉生太镇)", () => {
    const text = "丰台区11个街道（镇）与我旗苏木乡镇结对情况如下：\n长辛店镇—乌兰花镇　　王佐镇—吉生太镇\n卢沟桥街道—库伦图镇　宛平街道—供济堂镇";
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["长辛店镇>乌兰花镇", "王佐镇>吉生太镇", "卢沟桥街道>库伦图镇", "宛平街道>供济堂镇"]));
  });

  it("pairs helpers listed before 对口支援 respectively with as many, and no list with a list without 分别", () => {
    expect(show("北京大学人民医院、北京朝阳医院分别对口支援乌拉特前旗人民医院和磴口县人民医院。", "PAIRED_WITH"))
      .toEqual(["北京大学人民医院>乌拉特前旗人民医院", "北京朝阳医院>磴口县人民医院"]);
    expect(show("北京大学人民医院、北京朝阳医院对口支援乌拉特前旗人民医院和磴口县人民医院。", "PAIRED_WITH")).toEqual([]);
    expect(show("北京大学人民医院、北京朝阳医院对口支援乌拉特前旗人民医院。", "PAIRED_WITH"))
      .toEqual(["北京大学人民医院>乌拉特前旗人民医院", "北京朝阳医院>乌拉特前旗人民医院"]);
  });

  it("dates the pairs of a list above by its footnote (以上结对关系自2022年起建立), and no pair outside the list", () => {
    const { rels, name } = relations("顺义区与巴林左旗结对。\n序号|顺义区|巴林左旗\n1|东府村|东城村\n2|北郎中村|隆昌村\n以上结对关系自2022年起建立。");
    expect([...new Set(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["since"]}`))])
      .toEqual(["顺义区>巴林左旗 null", "东府村>东城村 2022", "北郎中村>隆昌村 2022"]);
  });
});

describe("PART_OF and LOCATED_IN", () => {
  it("reads a league's county and a province's league joined by 的 (乌兰察布市的察哈尔右翼前旗, 内蒙古的赤峰市), not units of two sides", () => {
    const text = "北京市大兴区与乌兰察布市的察哈尔右翼前旗签署了协议。内蒙古的赤峰市也派出代表。北京市的赤峰市场开业。";
    expect(show(text, "PART_OF").sort()).toEqual(["察哈尔右翼前旗>乌兰察布市", "赤峰市>内蒙古自治区", "大兴区>北京市"].sort());
  });
  it("places a body a unit keeps elsewhere (…驻科左后旗劳务工作站) where it is kept", () => {
    expect(show("北京市朝阳区驻科左后旗劳务工作站成立于2021年。", "LOCATED_IN")).toEqual(["北京市朝阳区驻科左后旗劳务工作站>科尔沁左翼后旗"]);
  });

  it("places a branch named after its parent and its place in the place before its ending (北京朝阳医院科右前旗分院)", () => {
    expect(show("北京朝阳医院科右前旗分院正式揭牌。", "LOCATED_IN")).toEqual(["北京朝阳医院科右前旗分院>科尔沁右翼前旗"]);
  });

  it("places what lies in a place named after 位于 and before 的, whichever side it is of", () => {
    expect(show("位于科右前旗的北京顺鑫农业牧场年出栏肉牛1万头。", "LOCATED_IN")).toEqual(["北京顺鑫农业牧场>科尔沁右翼前旗"]);
  });

  it("reads administrative chains and names that open with a place", () => {
    const text = "近日的太仆寺旗宝昌镇边墙村格外热闹。作为援蒙医生到太仆寺旗中蒙医院工作。";
    expect(show(text, "PART_OF")).toEqual(["宝昌镇>太仆寺旗", "边墙村>宝昌镇"]);
    expect(show(text, "LOCATED_IN")).toEqual(["太仆寺旗中蒙医院>太仆寺旗"]);
  });

  it("places what 位于 or 坐落在 a place there, through a park's name to its place", () => {
    expect(show("北京德青源农业科技股份有限公司位于库伦旗工业园区内。", "LOCATED_IN")).toEqual(["库伦旗工业园区>库伦旗", "北京德青源农业科技股份有限公司>库伦旗"]);
    expect(show("北京市第八中学坐落在西城区。", "LOCATED_IN")).toEqual(["北京市第八中学>西城区"]);
  });

  it("places a park named without a place in the one banner the sentences before are about", () => {
    const text = "乌兰察布市四子王旗是全国最大的种羊生产基地。为了补足短板，京蒙共建的杜蒙肉羊产业园区上马了。";
    expect(show(text, "LOCATED_IN")).toEqual(["杜蒙肉羊产业园区>四子王旗"]);
    expect(show("四子王旗和察右中旗都养羊。京蒙共建的杜蒙肉羊产业园区上马了。", "LOCATED_IN")).toEqual([]);
  });

  it("reads a chain inside a name written in full as stated, and a short one as part of the name", () => {
    expect(show("医生到兴安盟扎赉特旗人民医院工作。", "PART_OF")).toEqual(["扎赉特旗>兴安盟"]);
    expect(show("来自北京丰台医院的主任医师崔平。", "PART_OF")).toEqual([]);
  });

  it("places what is built or settles somewhere there, not what builds something there", () => {
    expect(show("北京顺信控股集团有限公司在科左中旗建立了育肥牛周转基地。", "LOCATED_IN")).toEqual([]);
    expect(show("东城区推动北京市第二中学在阿尔山市设立分校。", "LOCATED_IN")).toEqual([]);
    expect(show("京蒙消费帮扶双创中心在北京加紧建设。", "LOCATED_IN")).toEqual(["京蒙消费帮扶双创中心>北京市"]);
  });
});

describe("people", () => {
  it("reads a list's rows opening with a mark, each a body and post, then where they serve (● 马丽娟　大兴区人民医院…，帮扶我院麻醉科)", () => {
    const text = "大兴专家要回家了\n察右前旗人民医院　2024-03-12 18:20\n【这一批，是他们】\n● 陈晓东　大兴区人民医院心血管内科副主任医师，挂职我院副院长\n● 马丽娟　大兴区人民医院麻醉科主治医师，帮扶我院麻醉科";
    const { rels, name } = relations(text);
    const of = (type: string) => rels.filter((r) => r.type === type).map((r) => `${name(r.source)}>${name(r.target)}`);
    expect(of("WORKS_AT")).toEqual(expect.arrayContaining(["陈晓东>大兴区人民医院", "马丽娟>大兴区人民医院"]));
    expect(of("ASSIGNED_TO")).toEqual(expect.arrayContaining(["陈晓东>察右前旗人民医院", "马丽娟>察右前旗人民医院"]));
    const school = "北京老师来了\n库伦旗第三中学　2024-01-05\n本学期来我校支教的老师：\n★ 杜明远　北京市密云区云水中学数学教师，任我校初二（3）班数学课\n★ 侯　佳　北京市密云区云水中学英语教师，任我校初一英语课";
    expect(show(school, "ASSIGNED_TO")).toEqual(expect.arrayContaining(["杜明远>库伦旗第三中学", "侯佳>库伦旗第三中学"]));
  });
  it("reads a post in a street's party committee as held in the street (德胜街道工委副书记贺晓燕)", () => {
    expect(show("8月5日，德胜街道工委副书记贺晓燕带着街道的几位同志来到鄂伦春自治旗。", "WORKS_AT")).toEqual(["贺晓燕>德胜街道"]);
  });
  it("reads where one comes from, a place too, after a name or a pronoun (巴图来自八仙筒镇, 她来自该旗…猎民村)", () => {
    expect(show("32岁的巴图来自八仙筒镇，以前在家养几头牛。“离家近，还能照顾老人。”巴图说。", "WORKS_AT")).toEqual(["巴图>八仙筒镇"]);
    expect(show("鄂伦春自治旗的传承人葛淑珍在现场演示。“以前我们的手艺只在山里传。”葛淑珍说。她来自该旗托扎敏乡希日特奇猎民村，目前带徒18人。", "WORKS_AT")).toContain("葛淑珍>希日特奇猎民村");
    expect(show("医疗队中年龄最小的是儿科医生苏晓梅，她来自西城区新街口社区卫生服务中心。", "WORKS_AT")).toEqual(["苏晓梅>西城区新街口社区卫生服务中心"]);
  });
  it("reads the body that sent one named after what they are sent as and their trade (…派驻翁牛特旗的科技特派员、农艺师苏海燕)", () => {
    expect(show("入冬以来，平谷区农业技术推广站派驻翁牛特旗的科技特派员、农艺师苏海燕每周走访乌丹镇。", "WORKS_AT")).toEqual(["苏海燕>平谷区农业技术推广站"]);
  });
  it("reads the post of one introduced by 他叫 in the clause after, a technician's too (高级农艺师), and a coach's (滑雪教练)", () => {
    expect(show("他叫刘建国，是北京市密云区农业技术推广站的高级农艺师，也是密云区选派到库伦旗的科技特派员。", "WORKS_AT")).toEqual(["刘建国>北京市密云区农业技术推广站"]);
    expect(show("目前，延庆区体校滑雪教练田野正在察右后旗第一中学挂职担任体育教研组副组长。", "WORKS_AT")).toEqual(["田野>延庆区体校"]);
  });
  it("gives the one named just before the body 这位来自… says she comes from (这位来自…南苑实验小学的语文老师)", () => {
    const text = "孩子们把一条洁白的哈达献给了他们的班主任冯雅琴。再过几天，这位来自北京市丰台区南苑实验小学的语文老师就要结束为期一年的支教。";
    expect(show(text, "WORKS_AT")).toContain("冯雅琴>北京市丰台区南苑实验小学");
  });
  it("reads a numbered roster's rows set apart by wide spaces (1. 邵明轩　北京市…副主任　挂任…), and a table's unit listed first (（单位：万元、个、人）)", () => {
    const text = "附：第四批北京市挂职干部人才名单\n\n1. 邵明轩　北京市东城区发展和改革委员会副主任　挂任阿尔山市委常委、副市长\n2. 蔡雨桐　北京市东城区卫生健康委员会医政科科长　挂任阿尔山市卫生健康委员会副主任\n3. 贺志刚　北京市海淀区商务局副局长　挂任科尔沁右翼前旗委常委、副旗长";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual([
      "邵明轩>北京市东城区发展和改革委员会 副主任", "蔡雨桐>北京市东城区卫生健康委员会 医政科科长", "贺志刚>北京市海淀区商务局 副局长"]);
    const table = "北京市与赤峰市结对帮扶。\n（单位：万元、个、人）\n序号|旗县区|结对区|北京援助资金|实施项目\n1|巴林左旗|顺义区|9860|31";
    expect(show(table, "FUNDED")).toEqual(["顺义区>巴林左旗"]);
    // (Nor any sum under a heading of the year's work to come: 四、2024年工作安排.)
    expect(show("赤峰市与北京市结对。\n\n四、2024年工作安排\n\n2024年北京市拟安排我市财政援助资金约5.8亿元，重点向产业发展倾斜。", "FUNDED", "赤峰市2023年度京蒙协作资金公告")).toEqual([]);
  });

  it("reads 公司 alone opening a clause as the one company the article names (公司副总裁邵文斌介绍…)", () => {
    const { rels, name } = relations("北京智语星河科技有限公司在居力很镇设立数据标注车间。公司副总裁邵文斌介绍，去年公司营业收入约2.3亿元。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["邵文斌>北京智语星河科技有限公司 副总裁"]);
  });

  it("reads a profile's home held before (杜文博，原任…科长，…) after a label in brackets (【人物简介】)", () => {
    const { rels, name } = relations("【人物简介】杜文博，原任北京市石景山区人力资源和社会保障局就业促进科科长，2022年7月起到乌兰察布市兴和县挂职，任县委常委、副县长。");
    expect(rels.filter((r) => r.type === "WORKS_AT" || r.type === "ASSIGNED_TO").map((r) => `${r.type} ${name(r.source)}>${name(r.target)}`).sort()).toEqual([
      "ASSIGNED_TO 杜文博>兴和县", "WORKS_AT 杜文博>北京市石景山区人力资源和社会保障局"]);
  });

  it("reads 驻点 at a hospital as 医疗帮扶, none where one is said not to go, and 该校's staff sent to the other school as the first's", () => {
    const posts = (text: string) => {
      const { rels, name } = relations(text);
      return rels.filter((r) => r.type === "WORKS_AT" || r.type === "ASSIGNED_TO").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["kind"] ?? ""}`.trim());
    };
    expect(posts("北京市昌平区中医医院与太仆寺旗中蒙医院结对。该院骨科副主任医师陈晓东驻点太仆寺旗中蒙医院开展为期一年的帮扶。")).toContain("ASSIGNED_TO 陈晓东>太仆寺旗中蒙医院 医疗帮扶");
    expect(posts("北京市昌平区医院主任医师何振华将通过远程会诊平台每月提供会诊，其本人不赴太仆寺旗驻点。").filter((p) => p.startsWith("ASSIGNED_TO"))).toEqual([]);
    expect(posts("昌平区第二实验小学与宝昌镇第一小学结对，该校英语教师周敏赴宝昌镇第一小学开展为期一学期的支教。").sort()).toEqual([
      "ASSIGNED_TO 周敏>宝昌镇第一小学 支教", "WORKS_AT 周敏>昌平区第二实验小学"]);
  });

  it("reads 是 a body and a department's title after a name (他叫赵文博,是北京市顺义区医院心内科副主任医师), and 来到该院 as the body of Inner Mongolia", () => {
    const text = "科左后旗人民医院\n他叫赵文博,是北京市顺义区医院心内科副主任医师。今年3月,他作为顺义区选派的医疗帮扶专家来到该院,挂任副院长,为期一年。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT" || r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"] ?? r.props["kind"]}`)).toEqual([
      "赵文博>北京市顺义区医院 心内科副主任医师", "赵文博>科左后旗人民医院 医疗帮扶"]);
  });

  it("reads 旗医院 as the banner's hospital the article names, before or after", () => {
    const text = "察右中旗新闻\n在旗医院,来自北京大学首钢医院的骨科副主任医师刘畅,正在我旗开展为期半年的医疗帮扶。他已在察右中旗医院完成手术四十余台。";
    const { rels, name } = relations(text, "察右中旗新闻");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`)).toEqual(["刘畅>察右中旗医院 医疗帮扶"]);
  });

  it("reads a post set apart from the name by spaces (库伦旗人民政府代旗长　包斯琴)", () => {
    expect(show("库伦旗人民政府代旗长　包斯琴\n\n过去一年，全旗经济增长。", "WORKS_AT")).toEqual(["包斯琴>库伦旗人民政府"]);
  });

  it("reads 挂任 as said only of the one in its clause, not of officials listed after with posts of their own", () => {
    const text = "出席发布会的有:北京市援蒙干部赤峰工作组组长、挂任赤峰市人民政府副市长吴建国,赤峰市农牧局副局长田志刚,宁城县人民政府副县长孙宏伟。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(["吴建国>赤峰市人民政府"]);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(expect.arrayContaining(["田志刚>赤峰市农牧局", "孙宏伟>宁城县人民政府"]));
  });

  it("reads the head of the body that sets the scene (在…工作站，站长赵丽), and the job someone now does (如今在…当保安)", () => {
    expect(show("在北京市朝阳区驻科左后旗劳务工作站，站长赵丽每天接听电话。", "WORKS_AT")).toEqual(["赵丽>北京市朝阳区驻科左后旗劳务工作站"]);
    expect([...new Set(show("农民宝音，如今在北京首都机场集团物业公司当保安。", "WORKS_AT"))]).toEqual(["宝音>北京首都机场集团物业公司"]);
    // (Not a head named after a clause of another kind.)
    expect(show("北京朝阳医院捐赠设备，院长张明表示感谢。", "WORKS_AT")).toEqual([]);
  });

  it("reads a roster's home in brackets without the posting that follows it as a role", () => {
    const { rels, name } = relations("王晓东（北京市东城区挂职阿尔山市副市长）\n刘敏（北京市西城区展览路医院，在扎赉特旗人民医院开展医疗帮扶）\n");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"] ?? ""}`))
      .toEqual(["王晓东>东城区 ", "刘敏>北京市西城区展览路医院 "]);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`))
      .toEqual(["王晓东>阿尔山市 挂职", "刘敏>扎赉特旗人民医院 医疗帮扶"]);
  });

  it("sends people to a body pointed at (到该园支教), the one named before their clause, not their own", () => {
    const text = "由房山区援建的敖汉旗新惠镇第三幼儿园投入使用。房山区教委选派良乡第二幼儿园骨干教师孙佳到该园支教一学期。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["孙佳>敖汉旗新惠镇第三幼儿园"]);
  });

  it("reads 这位来自…的 title as the one named before, and 挂职该院 as the hospital the story is set in, not the one he came from", () => {
    const text = "库伦旗人民医院心内科病房里，北京医生陈立伟说起了往事。这位来自北京市门头沟区医院的心内科副主任医师，作为京蒙协作医疗帮扶专家来到通辽市库伦旗，挂职该院副院长，帮扶期一年半。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["陈立伟>北京市门头沟区医院 心内科副主任医师"]);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["duration"]}`)).toEqual(["陈立伟>库伦旗人民医院 一年半"]);
  });

  it("reads one a Beijing body chose who now serves on 挂职, said before the name (…选派、现在我旗挂职任副旗长的孙志强)", () => {
    const text = "昌平区对口帮扶太仆寺旗。\n仪式由昌平区发展和改革委员会选派、现在我旗挂职任副旗长的孙志强主持。";
    expect(show(text, "WORKS_AT", "太仆寺旗")).toEqual(["孙志强>昌平区发展和改革委员会"]);
    expect(show(text, "ASSIGNED_TO", "太仆寺旗")).toEqual(["孙志强>太仆寺旗"]);
    // (…选派到我旗挂职的副旗长赵楠; 来自…、现任…副旗长（挂职）的方明.)
    expect(show("密云区对口帮扶库伦旗。\n从密云区商务局选派到我旗挂职的副旗长赵楠参加座谈。", "WORKS_AT", "库伦旗")).toEqual(["赵楠>密云区商务局"]);
    expect(show("来自朝阳区发展和改革委员会、现任科左中旗副旗长（挂职）的方明表示，下一步将推动更多产品进京。", "WORKS_AT")).toEqual(["方明>朝阳区发展和改革委员会"]);
  });

  it("reads one a district sent to hold a post of the banner in focus, no place named (丰台区派来的挂职副旗长陈立新)", () => {
    const text = "四子王旗与丰台区座谈。还有丰台区派来的挂职副旗长陈立新，三年里跑遍了全旗所有苏木乡镇。";
    expect(show(text, "WORKS_AT", "四子王旗召开座谈会")).toEqual(["陈立新>丰台区"]);
    expect(show(text, "ASSIGNED_TO", "四子王旗召开座谈会")).toEqual(["陈立新>四子王旗"]);
  });

  it("posts no speaker where others counted after their words are sent (王晨说，…十二名医生和教师…分别在旗蒙医医院…帮扶)", () => {
    const text = "丰台区派驻四子王旗挂职副旗长的王晨陪同考察团走访了乌兰花镇。王晨说，从这个月开始，丰台区的十二名医生和教师将陆续到位，分别在旗蒙医医院和旗第一小学开展为期半年的帮扶。";
    expect(show(text, "ASSIGNED_TO", "四子王旗")).toEqual(["王晨>四子王旗"]);
  });

  it("gives no one listed after another the other's workplace where their title names a body of its own (、基金会秘书长吕静)", () => {
    expect(show("库伦旗副旗长白玉兰、基金会秘书长吕静出席并为学生代表颁发助学金证书。", "WORKS_AT")).toEqual(["白玉兰>库伦旗"]);
  });

  it("reads a district's heads by its titles alone (区委书记周振邦, 副区长马丽娟) in an article whose Beijing side is that district", () => {
    const text = "房山区与宁城县召开联席会议\n房山区对口帮扶宁城县。区委副书记、区长陶俊峰出席并讲话，宁城县委书记李长河介绍情况。副区长马丽娟主持会议。";
    expect(show(text, "WORKS_AT", "房山区与宁城县召开联席会议")).toEqual(expect.arrayContaining(["陶俊峰>房山区", "马丽娟>房山区"]));
  });

  it("reads the banner's head by titles of the banner alone (旗委副书记、旗长包海龙) in an article about it", () => {
    expect(show("丰台区—科右前旗联席会议召开\n丰台区副区长张立新，旗委副书记、旗长包海龙出席会议。", "WORKS_AT")).toEqual(["张立新>丰台区", "包海龙>科尔沁右翼前旗"]);
  });

  it("reads each of those listed before 分别来自 a body, with their departments in order", () => {
    const { rels, name } = relations("本批专家周海峰、林晓雯、马俊分别来自大兴区人民医院骨科、儿科和麻醉科。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`))
      .toEqual(["周海峰>大兴区人民医院 骨科", "林晓雯>大兴区人民医院 儿科", "马俊>大兴区人民医院 麻醉科"]);
  });

  it("takes 我公司 for the enterprise a breadcrumb names first", () => {
    const text = "我公司与化德县签约\n北京亦庄智造新能源科技股份有限公司 > 新闻中心 > 公司动态 2023-07-14\n会上，我公司与化德县人民政府正式签署储能电池项目投资协议。项目总投资12.6亿元。";
    expect(show(text, "INVESTED_IN")).toContain("北京亦庄智造新能源科技股份有限公司>化德县");
  });

  it("reads heads named by a bare title (院党委书记郭建新、院长马丽娟) in a hospital's own post as its, not another's named before", () => {
    const text = "北京市密云区燕山医院\n\n接力援蒙路\n\n6月20日上午，我院门诊楼前暖意融融。院党委书记郭建新、院长马丽娟到场迎接。\n库伦旗中蒙医院院长张三、副院长李四来我院交流。";
    expect(show(text, "WORKS_AT")).toEqual(["张三>库伦旗中蒙医院", "李四>库伦旗中蒙医院", "郭建新>北京市密云区燕山医院", "马丽娟>北京市密云区燕山医院"]);
    // (And staff named by department and title, 麻醉科主治医师孟晓雯; not one another hospital sent, 该院派来的消化内科主任.)
    const staff = "北京市密云区燕山医院\n\n接力援蒙路\n\n我院与库伦旗中蒙医院结对。麻醉科主治医师孟晓雯帮助该院建立了术后镇痛管理规范。";
    expect(show(staff, "WORKS_AT")).toEqual(["孟晓雯>北京市密云区燕山医院"]);
  });

  it("reads a cadre's home before titles held in the banner (西城区挂职干部、旗委常委、副旗长林晓峰; 丰台区派驻四子王旗工作组组长、…宋立伟, the team the district posts)", () => {
    expect(show("西城区挂职干部、旗委常委、副旗长林晓峰在出征仪式上表示，西城区将建立档案。", "WORKS_AT", "鄂伦春自治旗召开座谈会")).toEqual(["林晓峰>西城区"]);
    expect(show("四子王旗委副书记、旗长敖特根，丰台区派驻四子王旗工作组组长、旗委常委、副旗长宋立伟出席开工仪式。", "WORKS_AT")).toContain("宋立伟>丰台区派驻四子王旗工作组");
  });

  it("reads a department holding 与 before a title (呼吸与危重症医学科主任医师葛明), and 帮扶 with a term as a posting", () => {
    const text = "密云区医院呼吸与危重症医学科主任医师葛明去年在库伦旗人民医院帮扶了整整一年，帮助该院建成了呼吸重症监护单元。";
    expect(show(text, "WORKS_AT")).toEqual(["葛明>密云区医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["葛明>库伦旗人民医院"]);
    // (Not 帮扶 with no term: 昌平区帮扶太仆寺旗 is a pairing, and 在…帮扶 alone no posting told.)
    expect(show("密云区医院主任医师葛明在库伦旗人民医院帮扶时，带教了8名医生。", "ASSIGNED_TO")).toEqual([]);
  });

  it("reads the body one is said to be sent by, no place said (任蕾是东城区文化和旅游局派来的干部)", () => {
    expect(show("任蕾是东城区文化和旅游局派来的干部，目前在阿尔山市文化旅游体育局挂职担任副局长。", "WORKS_AT")).toEqual(["任蕾>东城区文化和旅游局"]);
  });

  it("reads a cadre's home from the body that sent them before the place and post (东城区派驻阿尔山市挂职干部、…副市长刘晓峰)", () => {
    expect(show("会上，东城区派驻阿尔山市挂职干部、阿尔山市委常委、副市长刘晓峰通报了情况。", "WORKS_AT")).toEqual(["刘晓峰>东城区"]);
    expect(show("会上，东城区派驻阿尔山市挂职干部、阿尔山市委常委、副市长刘晓峰通报了情况。", "ASSIGNED_TO")).toEqual(["刘晓峰>阿尔山市"]);
  });

  it("reads a home alone in brackets after an honorific (何立新同志（大兴区水务局）)", () => {
    expect(show("原拟派出的何立新同志（大兴区水务局）因工作需要暂缓派出。", "WORKS_AT")).toEqual(["何立新>大兴区水务局"]);
  });

  it("reads no home where a body the text does not name sent someone (区医院派驻多伦县人民医院的孙立群)", () => {
    expect(show("区医院派驻多伦县人民医院的孙立群同志扎根一线两年。", "WORKS_AT")).toEqual([]);
  });

  it("takes 我校 for the school a post's body opens with, and sends its teachers to the school named after a dash", () => {
    const text = "我校教师赴察右后旗支教\n9月4日，北京市通州区运河东路学校支教教师王思远启程前往内蒙古乌兰察布市察哈尔右翼后旗，到我校的手拉手学校——察右后旗育才中学开展为期一学期的支教工作。我校副校长刘静同行，将在该校挂职副校长一年。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(["王思远>察右后旗育才中学", "刘静>察右后旗育才中学"]);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)}`)).toContain("刘静>北京市通州区运河东路学校");
  });

  it("reads a letter's signatory under the signing body (科尔沁右翼前旗人民医院\\n院长：斯琴巴特尔)", () => {
    const text = "致北京市东城区永定门医院的感谢信\n北京市东城区永定门医院：\n贵院专家帮助我院建成胸痛中心。\n此致\n敬礼！\n科尔沁右翼前旗人民医院\n院长：斯琴巴特尔\n2024年1月18日";
    expect(show(text, "WORKS_AT")).toEqual(["斯琴巴特尔>科尔沁右翼前旗人民医院"]);
  });

  it("sends one who served 在我院帮扶期间, and one of ours who trained in Beijing (进修)", () => {
    const text = "致北京市东城区永定门医院的感谢信\n北京市东城区永定门医院：\n贵院护理部主管护师张丽同志在我院帮扶期间，帮助我院完善制度。我院神经内科医师乌云其其格在贵院进修半年。\n科尔沁右翼前旗人民医院";
    expect(show(text, "ASSIGNED_TO")).toEqual(["张丽>科尔沁右翼前旗人民医院", "乌云其其格>北京市东城区永定门医院"]);
  });

  it("sends an Inner Mongolia cadre shadowing a Beijing post (跟岗学习) there on 挂职", () => {
    expect(show("阿尔山市林业和草原局副局长包玉山在东城区园林绿化局跟岗学习。", "ASSIGNED_TO")).toEqual(["包玉山>东城区园林绿化局"]);
  });

  it("posts a team's 帮扶工作 at a hospital as 医疗帮扶, each member listed with a title of their own", () => {
    const { rels, name } = relations("由北京积水潭医院骨科主任医师张立新、麻醉科副主任医师李红组成的医疗队，赴乌兰察布市中心医院开展为期3个月的帮扶工作。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)} ${r.props["role"]}`)).toEqual(["张立新 骨科主任医师", "李红 麻醉科副主任医师"]);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => r.props["kind"])).toEqual(["医疗帮扶", "医疗帮扶"]);
  });

  it("reads a cadre's home from 来自 before the post then held, and from the post held before being sent (原任)", () => {
    const text = "来自大兴区发展改革委、现任察右前旗旗委常委、副旗长的挂职干部李振东说，厂房已封顶。王哲原任延庆区经济和信息化局副局长，2022年7月到兴和县挂职。";
    const { rels, name } = relations(text);
    const of = (type: string) => rels.filter((r) => r.type === type).map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"] ?? r.props["kind"] ?? ""}`.trim());
    expect(of("WORKS_AT")).toEqual(expect.arrayContaining(["李振东>大兴区发展改革委", "王哲>延庆区经济和信息化局 副局长"]));
    expect(of("ASSIGNED_TO")).toEqual(expect.arrayContaining(["李振东>察哈尔右翼前旗 挂职", "王哲>兴和县 挂职"]));
  });

  it("posts a cadre whose post in the county's committee comes after the Beijing home (…挂职干部、兴和县委常委、副县长王哲)", () => {
    expect(show("延庆区挂职干部、兴和县委常委、副县长王哲全程跟进了该项目的落地。", "ASSIGNED_TO")).toEqual(["王哲>兴和县"]);
  });

  it("posts a cadre by the titles of the county in focus (县委常委、副县长), and one serving a term in a clause of their own", () => {
    const text = "多伦县召开推进会\n北京市怀柔区挂职干部、县委常委、副县长杨帆（北京市怀柔区农业农村局副局长）通报有关情况，其中北京市怀柔区医院儿科主任医师赵文静在多伦县医院帮扶一年。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`)).toEqual(["杨帆>多伦县 挂职", "赵文静>多伦县医院 医疗帮扶"]);
  });

  it("reads a home in brackets after 原 (接任者郑凯（原通州区发展改革委副主任）)", () => {
    expect(show("接任者郑凯（原通州区发展改革委副主任）日前到岗，挂职期两年。", "WORKS_AT")).toEqual(["郑凯>通州区发展改革委"]);
  });

  it("reads those come from a body (从…来、在…任…的杨帆), each with the kind their own clause names, and a cadre sent to Beijing from her post", () => {
    const text = "我还要谢谢平谷区挂职团队：从平谷区医院来、在喀喇沁旗医院任副院长的杨帆，从北京市平谷中学来、在锦山蒙古族中学支教的陈思远。旗发改委副主任张丽娟在平谷区发改委挂职了一年。";
    const { rels, name } = relations(text);
    const of = (type: string) => rels.filter((r) => r.type === type).map((r) => `${name(r.source)}>${name(r.target)}${r.props["kind"] ? " " + r.props["kind"] : ""}`);
    expect(of("WORKS_AT")).toEqual(expect.arrayContaining(["杨帆>平谷区医院", "陈思远>北京市平谷中学"]));
    expect(of("ASSIGNED_TO")).toEqual(expect.arrayContaining(["杨帆>喀喇沁旗医院 挂职", "陈思远>锦山蒙古族中学 支教", "张丽娟>平谷区发改委 挂职"]));
  });

  it("posts no one where they are the object of another's doing (记者在科布尔镇对他进行了专访)", () => {
    expect(show("2022年7月，怀柔区农业农村局副局长马骁来到察右中旗，挂职旗委常委、副旗长。挂职期满前夕，记者在科布尔镇对他进行了专访。", "ASSIGNED_TO")).toEqual(["马骁>察哈尔右翼中旗"]);
  });

  it("reads a note on the author (（作者系…副主任，…起挂职…）) of the one the byline names", () => {
    const text = "发言\n郭振宇\n今天要离开了。\n（作者系北京市平谷区发展和改革委员会副主任，2022年7月起挂职赤峰市喀喇沁旗旗委常委、副旗长）";
    const doc = recognise(g, { id: "article:test", title: "发言", text: normalise(text).text, byline: ["郭振宇"] });
    const r = resolve(g, [doc]);
    const rels = relate(g, r.docs[0]!, r.entities).filter((x) => x.type === "WORKS_AT" || x.type === "ASSIGNED_TO");
    expect(rels.map((x) => `${x.type} ${r.entities.get(x.source)?.name}>${r.entities.get(x.target)?.name}`)).toEqual([
      "WORKS_AT 郭振宇>北京市平谷区发展和改革委员会", "ASSIGNED_TO 郭振宇>喀喇沁旗"]);
  });

  it("posts a teacher who takes a school's post as 支教, and a leader who takes one as 挂职", () => {
    const kinds = (text: string) => relations(text).rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => r.props["kind"]);
    expect(kinds("北京市第八十中学数学特级教师刘建国担任科右中旗第一中学执行校长。")).toEqual(["支教"]);
    expect(kinds("北京市第八十中学副校长刘建国担任科右中旗第一中学执行校长。")).toEqual(["挂职"]);
  });

  it("sends a cadre on 交流任职 or to a post taken where they go (到武川县任副县长), and no speaker who speaks of sending others", () => {
    expect(show("北京市门头沟区选派干部李强到武川县交流任职。", "ASSIGNED_TO")).toEqual(["李强>武川县"]);
    expect(show("科右前旗人民医院副院长包海军到北京市东城区第一人民医院挂职学习。", "ASSIGNED_TO")).toEqual(["包海军>北京市东城区第一人民医院"]);
    expect(show("挂职干部刘洋（北京市丰台区商务局副局长）在正镶白旗工作两年。", "WORKS_AT")).toEqual(["刘洋>北京市丰台区商务局"]);
    const { rels, name } = relations("由北京市西城区派出的援派干部、扎赉特旗副旗长赵明介绍了情况。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.target)} ${r.props["role"]}`)).toEqual(["西城区 援派干部"]);
    expect(show("朝阳区卫生健康委员会副主任郝建军看望了在科右中旗人民医院工作的朝阳区援派医生。", "ASSIGNED_TO")).toEqual([]);
    expect(show("北京市朝阳区骨干教师张明、李红分别到科右中旗第一中学、科右中旗第二中学支教一年。", "ASSIGNED_TO")).toEqual(["张明>科右中旗第一中学", "李红>科右中旗第二中学"]);
    expect(show("北京安贞医院医生周强、王丽分别在乌兰察布市中心医院和察右前旗医院开展医疗帮扶。", "ASSIGNED_TO")).toEqual(["周强>乌兰察布市中心医院", "王丽>察右前旗医院"]);
    expect(show("北京市门头沟区选派干部李强到武川县任副县长。", "ASSIGNED_TO")).toEqual(["李强>武川县"]);
    expect(show("东城区选派的挂职干部王强、李明、张伟分别挂职阿尔山市副市长、科右前旗副旗长、突泉县副县长。", "ASSIGNED_TO")).toEqual(["王强>阿尔山市", "李明>科尔沁右翼前旗", "张伟>突泉县"]);
    const secretary = relations("来自北京的王刚现任察右后旗红旗村第一书记。");
    expect(secretary.rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${secretary.name(r.source)}>${secretary.name(r.target)} ${r.props["kind"]}`)).toEqual(["王刚>红旗村 驻村"]);
    expect(show("北京市怀柔区第一中学校长刘洪波表示，学校将每学期选派两名骨干教师赴四子王旗第一中学支教。", "ASSIGNED_TO")).toEqual([]);
    expect(show("北京市怀柔区第一中学教师刘洪波介绍，他于2022年赴四子王旗第一中学支教。", "ASSIGNED_TO")).toEqual(["刘洪波>四子王旗第一中学"]);
    expect(show("北京林业大学教授刘洪涛介绍，学校已连续10年派出专家到杭锦旗开展科技帮扶。", "ASSIGNED_TO")).toEqual([]);
    expect(show("东城区卫健委主任王刚带队到阿尔山市人民医院调研医疗帮扶工作。", "ASSIGNED_TO")).toEqual([]);
    expect(show("东城区区长孙立慰问了在阿尔山市挂职的干部。", "ASSIGNED_TO")).toEqual([]);
    const answer = "记者：有哪些做法？\n白永军：朝阳区选派了12名党政干部到我旗挂职，其中朝阳区发展和改革委员会副主任陈立伟挂职奈曼旗副旗长。";
    expect(show(answer, "ASSIGNED_TO")).toEqual(["陈立伟>奈曼旗"]);
  });

  it("names the kind of posting by its specific word, not by 援蒙 said first", () => {
    const { rels } = relations("刘敏作为北京市第十批援蒙医疗专家，来到杭锦旗人民医院开展为期一年的医疗帮扶。");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => r.props["kind"])).toEqual(["医疗帮扶"]);
  });

  it("reads where a first-person narrator works (我叫…，是…干部) and where they are sent, past a 他 inside a name", () => {
    const { rels, name } = relations("我叫王海波，是北京市朝阳区商务局干部，2023年7月被派驻到奈曼旗白音他拉苏木哈日干图嘎查任第一书记。");
    const people = rels.filter((r) => r.type === "WORKS_AT" || r.type === "ASSIGNED_TO").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["role"] ?? r.props["kind"]}`);
    expect(people).toEqual(["WORKS_AT 王海波>北京市朝阳区商务局 干部", "ASSIGNED_TO 王海波>哈日干图嘎查 驻村"]);
  });

  it("sends someone from Beijing who worked a stated term at an Inner Mongolia body, by what the body is", () => {
    const { rels, name } = relations("东城区第一人民医院的医生赵建华在阿巴嘎旗人民医院工作了半年。来自北京师范大学附属中学的数学教师吴海燕已在敖汉旗新惠中学工作了两年。");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`)).toEqual(["赵建华>阿巴嘎旗人民医院 医疗帮扶", "吴海燕>敖汉旗新惠中学 支教"]);
    expect(show("科右中旗人民医院的医生乌日娜在科右中旗人民医院工作了十年。", "ASSIGNED_TO")).toEqual([]);
  });

  it("sends science envoys on 科技帮扶 (科技特派员)", () => {
    const { rels, name } = relations("北京市农林科学院研究员赵立军作为科技特派员在库伦旗开展科技帮扶。");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`)).toEqual(["赵立军>库伦旗 科技帮扶"]);
  });

  it("reads titles that open with a standing committee seat (区委常委、副区长; 挂职干部、…市委常委、副市长)", () => {
    const { rels, name } = relations("东城区委常委、副区长李刚出席会议。东城区挂职干部、阿尔山市委常委、副市长张三主持会议。");
    expect(rels.filter((r) => r.type === "WORKS_AT" || r.type === "ASSIGNED_TO").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["role"] ?? r.props["kind"]}`))
      .toEqual(["WORKS_AT 李刚>东城区 区委常委、副区长", "WORKS_AT 张三>东城区 挂职干部", "ASSIGNED_TO 张三>阿尔山市 挂职"]);
  });

  it("reads home post and assignment, with kind and duration", () => {
    const text = "近日,来自北京丰台医院放射科的主任医师崔平结束了在兴安盟扎赉特旗人民医院为期40天的医疗帮扶工作。";
    const { rels, name } = relations(text);
    const works = rels.find((r) => r.type === "WORKS_AT")!;
    expect([name(works.source), name(works.target), works.props["role"]]).toEqual(["崔平", "北京丰台医院", "放射科主任医师"]);
    const sent = rels.find((r) => r.type === "ASSIGNED_TO")!;
    expect([name(sent.target), sent.props["kind"], sent.props["duration"]]).toEqual(["兴安盟扎赉特旗人民医院", "医疗帮扶", "40天"]);
  });

  it("reads 我 inside quotation marks as the one quoted (王磊说：“我来…支教…”)", () => {
    const text = "北京市海淀区人民医院的医生王磊说：“我来科右中旗人民医院支教已经一年了。”";
    expect(show(text, "ASSIGNED_TO")).toEqual(["王磊>科右中旗人民医院"]);
    expect(show("“我来科右中旗人民医院已经一年了。”这是王磊第三次来。", "ASSIGNED_TO")).toEqual([]);
  });

  it("takes a post held in Inner Mongolia on 挂职 for the posting, not a home; and a Beijing doctor's post taken there (担任)", () => {
    // (The Beijing name listed before the post is the home: 西城区's 援派干部.)
    expect(show("北京市西城区援派干部、科右中旗副旗长张伟（挂职）介绍,今年已引进企业12家。", "WORKS_AT")).toEqual(["张伟>西城区"]);
    expect(show("北京市西城区援派干部、科右中旗副旗长张伟（挂职）介绍,今年已引进企业12家。", "ASSIGNED_TO")).toEqual(["张伟>科尔沁右翼中旗"]);
    expect(show("东城区第一人民医院副院长马立新担任乌兰浩特市人民医院执行院长。", "ASSIGNED_TO")).toEqual(["马立新>乌兰浩特市人民医院"]);
  });

  it("reads someone sent (派驻) to a village down a chain of places: home the sender, posting the village, 驻村", () => {
    const text = "北京市通州区派驻翁牛特旗乌丹镇白音套海村第一书记王磊带领村民发展设施农业。";
    expect(show(text, "WORKS_AT")).toEqual(["王磊>通州区"]);
    const { rels } = relations(text);
    expect(rels.find((r) => r.type === "ASSIGNED_TO")?.props["kind"]).toBe("驻村");
    expect(show(text, "ASSIGNED_TO")).toEqual(["王磊>白音套海村"]);
  });

  it("sends those who came with someone where that one was sent, and reads a delegation's visit as no assignment", () => {
    const text = "刘敏是北京大学第三医院骨科副主任医师，她到杭锦旗人民医院开展为期一年的医疗帮扶。与刘敏一同来到杭锦旗的，还有麻醉科主治医师陈鹏和护士长孙丽。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘敏>杭锦旗人民医院", "陈鹏>杭锦旗人民医院", "孙丽>杭锦旗人民医院"]);
    expect(show("怀柔区渤海镇党委书记赵国强带队赴四子王旗查干补力格苏木开展结对帮扶工作。", "ASSIGNED_TO")).toEqual([]);
  });

  it("reads each posting of a sentence from its person's clause, one of those sent (其中…), and the most specific place of a person's postings", () => {
    const text = "北京市发展和改革委员会综合处副处长张伟挂职锡林郭勒盟发展和改革委员会副主任，丰台区商务局副局长刘洁挂职正镶白旗人民政府副旗长。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["张伟>锡林郭勒盟发展和改革委员会", "刘洁>正镶白旗人民政府"]);
    expect(show("锡林郭勒盟委副书记、盟长霍照良在欢迎会上表示，希望挂职干部尽快融入当地。", "ASSIGNED_TO")).toEqual([]);
    const sent = "北京安贞医院先后派出骨干46人次，其中心外科主任医师马涛担任乌兰察布市第二医院执行院长。";
    expect(show(sent, "WORKS_AT")).toEqual(["马涛>北京安贞医院"]);
    expect(show(sent, "ASSIGNED_TO")).toEqual(["马涛>乌兰察布市第二医院"]);
    expect(show("北京干部张建军：在察右后旗当好驻村第一书记。2023年4月，北京市通州区宋庄镇干部张建军被派驻到察哈尔右翼后旗白音察干镇红旗村，任驻村第一书记。", "ASSIGNED_TO")).toEqual(["张建军>红旗村"]);
  });

  it("reads a term written by its ends as the duration", () => {
    const text = "2022年8月至2024年8月，北京市怀柔区发展和改革委员会副主任刘振国挂职四子王旗人民政府副旗长。";
    expect(relations(text).rels.find((r) => r.type === "ASSIGNED_TO")?.props["duration"]).toBe("2022年8月至2024年8月");
  });

  it("sends no one named as another's kin (张雅琴的丈夫…李明), and pairs nothing on 同年", () => {
    const text = "张雅琴的丈夫、通州区第二医院骨科医生李明也在同年到翁牛特旗医院开展医疗帮扶。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["李明>翁牛特旗医院"]);
    expect(show(text, "PAIRED_WITH")).toEqual([]);
  });

  it("reads a profile: the person it opens with, the home post, and the assignment in the next sentence", () => {
    const text = "王建军,男,汉族,北京市海淀区人民医院心血管内科主治医师。2022年7月起在科右中旗人民医院挂职副院长。";
    expect(show(text, "WORKS_AT")).toEqual(["王建军>北京市海淀区人民医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["王建军>科右中旗人民医院"]);
  });
});

describe("FUNDED and INVESTED_IN", () => {
  it("reads an enterprise's sum signed for in a table as its investment in the place of the side that signs with it", () => {
    const text = "| 序号 | 项目名称 | 北京方签约单位 | 巴林左旗方签约单位 | 签约金额（万元） |\n| 1 | 肉牛精深加工项目 | 北京顺牧源食品有限公司 | 巴林左旗人民政府 | 22000 |\n| 2 | 冷链物流仓储中心项目 | 北京天竺空港物流有限公司 | 林东镇人民政府 | 6500 |\n| 3 | 乡村振兴示范村建设 | 顺义区支援合作办 | 隆昌镇人民政府 | 1500 |\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京顺牧源食品有限公司>巴林左旗", "北京天竺空港物流有限公司>林东镇"]);
    expect(show(text, "FUNDED")).toEqual(["顺义区支援合作办>隆昌镇"]);
  });
  it("gives a table's sum from the body its source's bracket names, not the district after it, and none for a project not yet approved", () => {
    const text = "化德县京蒙协作项目进展\n序号|项目名称|实施地点|资金来源|金额(万元)|进度\n1|服装帮扶车间扩建|长顺镇|京蒙协作资金(东城区)|520|已完工\n2|彩超设备捐赠|化德县医院|社会帮扶(北京东方兴业商贸有限公司，东城区企业)|45|已交付\n3|马铃薯种薯繁育基地|德包图乡|京蒙协作资金(东城区)|700|前期论证，未立项\n";
    expect(show(text, "FUNDED")).toEqual(["东城区>长顺镇", "北京东方兴业商贸有限公司>化德县医院"]);
  });
  it("gives a gift to each body listed after the one it is given to, the last of them no giver (向阿里河镇第一小学、大杨树镇第二中学捐赠)", () => {
    expect(show("北京德胜书苑文化发展有限公司向阿里河镇第一小学、大杨树镇第二中学捐赠资金54万元。", "FUNDED")).toEqual(["北京德胜书苑文化发展有限公司>阿里河镇第一小学", "北京德胜书苑文化发展有限公司>大杨树镇第二中学"]);
    expect(show("12月8日，北京德胜书苑文化发展有限公司向鄂伦春自治旗阿里河镇第一小学、大杨树镇第二中学捐赠图书1.8万册，价值约54万元。", "FUNDED")).toEqual(["北京德胜书苑文化发展有限公司>鄂伦春自治旗阿里河镇第一小学", "北京德胜书苑文化发展有限公司>大杨树镇第二中学"]);
  });
  it("gives a table's sum to the place or body its project's name holds where the only other column names the office carrying it out", () => {
    const text = "库伦旗2023年度京蒙协作资金项目绩效评价结果\n|序号|项目名称|实施单位|京蒙协作资金(万元)|资金来源|\n|1|白音花镇哈日干图嘎查帮扶车间建设项目|白音花镇人民政府|350|密云区区级|\n|2|库伦旗人民医院医疗设备购置项目|库伦旗卫生健康委员会|280|密云区区级|\n|3|乡村振兴干部人才培训项目|库伦旗乡村振兴局|110|密云区区级|\n";
    expect(show(text, "FUNDED")).toEqual(["密云区>哈日干图嘎查", "密云区>库伦旗人民医院", "密云区>库伦旗乡村振兴局"]);
  });
  it("reads no grant in a sum a plan for next year raises the aid to (明年…计划把援助规模提高到1.35亿元)", () => {
    expect(show("昌平区与太仆寺旗结对。明年，昌平区计划把援助规模提高到1.35亿元，重点向产业和就业倾斜。", "FUNDED")).toEqual([]);
  });
  it("reads a giver after 好在, and 拨了 as giving", () => {
    expect(show("她在鄂伦春自治旗阿里河第二小学支教。好在北京市西城区教育委员会今年给阿里河二小拨了65万元，专门用于建设一间智慧教室。", "FUNDED")).toEqual(["北京市西城区教育委员会>鄂伦春自治旗阿里河第二小学"]);
  });
  it("reads the parts of a total that 这笔钱里 opens, each where it goes, and 另有 one more of them", () => {
    const { rels, name } = relations("昌平区今年向太仆寺旗拨付京蒙协作财政援助资金2860万元，比去年多了两成。这笔钱里，1200万元投向宝昌镇的肉牛养殖园区，另有约300万元支持太仆寺旗中蒙医院建设远程会诊中心。");
    const funded = rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.target)}:${r.props["amountYuan"]}:${r.props["partOfYuan"] ?? "-"}:${r.props["purpose"]}`);
    expect(funded).toEqual(expect.arrayContaining(["宝昌镇:12000000:-:肉牛养殖园区", "太仆寺旗中蒙医院:3000000:-:建设远程会诊中心"]));
  });
  it("reads no grant in what a thing costs in all (储窖总造价近200万元, 本次赛事总投入约260万元), but reads equipment given by its value", () => {
    expect(show("丰台区与四子王旗结对。据组委会介绍，本次赛事总投入约260万元。储窖总造价近200万元。", "FUNDED")).toEqual([]);
    expect(show("北京康泰医疗器械集团有限公司向扎赉特旗捐赠医疗设备共计23台（套），总价值386万元。", "FUNDED")).toEqual(["北京康泰医疗器械集团有限公司>扎赉特旗"]);
  });
  it("reads 公司总经理 after the company's sentence as its head's post, and an investment still weighed as none", () => {
    const text = "北京兴农源农业科技有限公司与后房子村结对。公司总经理何佳表示，企业正在对察右前旗马铃薯全粉加工项目进行考察论证，初步计划投资1500万元。";
    expect(show(text, "WORKS_AT")).toEqual(["何佳>北京兴农源农业科技有限公司"]);
    expect(show(text, "INVESTED_IN")).toEqual([]);
    expect(show("北京兴旺航空物流有限公司负责人透露，公司正与察右前旗有关方面洽谈，拟投资1.5亿元在当地建设冷链物流园。", "INVESTED_IN")).toEqual([]);
  });
  it("places an enterprise's own investment where the article is set, not in the village it pairs with", () => {
    const text = "巴林右旗举行京蒙协作产业合作新闻发布会\n一家是北京亦芯智能装备有限公司，2022年入驻园区，投资3.2亿元建设风电装备零部件生产线。\n北京亦芯智能装备有限公司与查干沐沦镇巴彦汉嘎查结对，今年向该嘎查捐款100万元。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.target)} ${r.props["amountYuan"]}`)).not.toContain("巴彦汉嘎查 320000000");
  });
  it("gives a sum to the Beijing body a pointer in its clause stands for (该集团向宝力根嘎查捐款50万元)", () => {
    const text = "北京鸿泰建设集团有限公司与舍伯吐镇宝力根嘎查结对。仪式现场，该集团向宝力根嘎查捐款50万元，用于扩建棚圈。";
    expect(show(text, "FUNDED", "科左中旗")).toEqual(["北京鸿泰建设集团有限公司>宝力根嘎查"]);
  });
  it("gives a sum in brackets after an item to the item's place (…用于宝力根嘎查肉牛圈舍扩建（30万元）和乌兰哈达嘎查…（20万元）)", () => {
    const text = "学院路街道向乌兰毛都苏木捐赠帮扶资金50万元，分别用于宝力根嘎查肉牛圈舍扩建（30万元）和乌兰哈达嘎查牧家乐改造提升（20万元）。\n街道所属学知园社区、静淑苑社区分别与乌兰毛都苏木宝力根嘎查、乌兰哈达嘎查结成对子。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" && name(r.target).endsWith("嘎查")).map((r) => `${name(r.target)} ${r.props["amountYuan"]}`).sort())
      .toEqual(["乌兰哈达嘎查 200000", "宝力根嘎查 300000"]);
  });
  it("gives money for 该嘎查 to the 嘎查 named before, never the Beijing village named with it", () => {
    const text = "库伦旗额勒顺镇阿日昆都冷嘎查的荞麦田里，荞麦花开得正旺。\n“红光村是我们的‘亲戚’。”宝音朝克图笑着说。去年，红光村村集体拿出帮扶资金10万元，帮嘎查购买了200箱意蜂。\n今年，密云区安排京蒙协作资金380万元，支持该嘎查建设荞麦加工车间。";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["密云区>阿日昆都冷嘎查"]));
  });
  it("reads what an enterprise opening the sentence spends on its plant in a later clause as its investment, not the district's aid", () => {
    const sums = (text: string, title = "") => {
      const { rels, name } = relations(text, title);
      return rels.filter((r) => r.type === "FUNDED" || r.type === "INVESTED_IN").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`);
    };
    const text = "察右前旗又一批帮扶车间投产\n北京瑞丰诚服饰有限公司以租赁方式使用厂房。这家大兴区企业今年6月落户我旗，先后投入缝纫设备、裁床等600余万元，主要承接工装订单。";
    expect(sums(text)).toEqual(["INVESTED_IN 北京瑞丰诚服饰有限公司>察哈尔右翼前旗 6000000"]);
    // (Settling and investing in one sentence: the sum is the settler's. A place of Beijing after it is where its goods go.)
    expect(sums("物美科技集团有限公司落户科右前旗，投资1.5亿元建设农畜产品加工配送中心，产品供应北京市场。")).toContain("INVESTED_IN 物美科技集团有限公司>科尔沁右翼前旗 150000000");
    // (After a time, by a word pointing at the enterprise, which settles there too.)
    const pointed = relations("最终说动了北京森语康源健康科技有限公司。\n去年11月，这家做功能食品的企业落户鄂伦春自治旗，投资7600万元建设蓝莓冻干粉生产线。");
    expect(pointed.rels.filter((r) => r.source.includes("森语康源")).map((r) => `${r.type} ${pointed.name(r.target)} ${r.props["amountYuan"] ?? ""}`))
      .toEqual(expect.arrayContaining(["INVESTED_IN 鄂伦春自治旗 76000000", "LOCATED_IN 鄂伦春自治旗 "]));
    // (Enterprises called settled ones, visiting elsewhere, settle nowhere; nor does one in a phrase: 该企业入驻的厂房由延庆区…建设.)
    expect(show("四子王旗组织北京丰禾源牧业科技有限公司等入驻企业到兴和县观摩学习产业园区建设经验。", "INVESTED_IN")).toEqual([]);
    expect(show("北京雅绮服饰有限公司在兴和县生产。据了解，该企业入驻的标准化厂房由延庆区投入京蒙协作资金1800万元建设。", "LOCATED_IN")).not.toContain("北京雅绮服饰有限公司>延庆区");
    // (Money given in aid by an enterprise is none of this: 投入帮扶资金.)
    expect(sums("北京瑞丰诚服饰有限公司与三岔口村结对，投入帮扶资金50万元，用于村集体经济发展。", "察右前旗")).not.toContain("INVESTED_IN 北京瑞丰诚服饰有限公司>察哈尔右翼前旗 500000");
  });
  it("gives a clause going on after a semicolon to the last giver, not the district in focus (…基金会向…中学捐赠…；向…医院捐赠资金100万元)", () => {
    const text = "密云区与库伦旗结对帮扶。密云区动员社会力量参与。密云区还组织企业对接。\n此次，北京惠民乡村发展基金会向库伦旗第二中学捐赠助学资金50万元，用于资助学生；向库伦旗蒙医中医医院捐赠资金100万元，用于购置设备。";
    expect(show(text, "FUNDED")).toEqual(["北京惠民乡村发展基金会>库伦旗第二中学", "北京惠民乡村发展基金会>库伦旗蒙医中医医院"]);
  });

  it("gives a person's own gift to the person (爱心人士曲振东也向库伦旗第二中学个人捐款2万元), not to the district in focus", () => {
    expect(show("密云区与库伦旗结对帮扶。密云区动员社会力量参与。密云区还组织企业对接。\n仪式上，来自辽宁省沈阳市的爱心人士曲振东也向库伦旗第二中学个人捐款2万元。", "FUNDED")).toEqual(["曲振东>库伦旗第二中学"]);
  });

  it("gives a gift to the giver named before the channel it goes through (…公司通过大兴区慈善协会向…卫生院捐赠)", () => {
    expect(show("8月，北京瑞丰达物流有限公司通过大兴区慈善协会向玫瑰营镇卫生院捐赠救护车1辆，价值约36万元。", "FUNDED")).toEqual(["北京瑞丰达物流有限公司>玫瑰营镇卫生院"]);
  });

  it("reads a table's unit from a note right under it (注：资金单位为万元), and no grant in what has been paid of a sum given, past a semicolon", () => {
    const table = "大兴区与察哈尔右翼前旗结对帮扶。2023年主要项目如下。\n序号|项目名称|实施地点|京蒙资金|旗级配套\n1|种薯繁育基地|黄旗海镇|1500|300\n2|帮扶车间|玫瑰营镇|600|0\n注：资金单位为万元。";
    expect(show(table, "FUNDED", "察哈尔右翼前旗京蒙协作资金项目公告")).toEqual(["大兴区>黄旗海镇", "大兴区>玫瑰营镇"]);
    const progress = "2024年，房山区向宁城县下达京蒙协作资金10200万元。截至6月30日，已开工项目19个，开工率86.4%；已拨付资金7830万元，拨付率76.8%。";
    expect(relations(progress).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([102000000]);
  });

  it("gives a list item's sum to the place its head names, before the article's partner (（一）土贵乌拉镇肉牛养殖小区扩建项目。使用协作资金2150万元)", () => {
    const text = "北京市大兴区是我旗京蒙协作结对帮扶区。2023年，大兴区共向察哈尔右翼前旗拨付财政帮扶资金9460万元。\n\n（一）土贵乌拉镇肉牛养殖小区扩建项目。使用协作资金2150万元，新建标准化棚圈42座。\n\n（二）平地泉镇冷链物流中心项目。使用协作资金1800万元，建设冷库一座。";
    expect(show(text, "FUNDED", "察哈尔右翼前旗2023年京蒙协作项目")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>土贵乌拉镇", "大兴区>平地泉镇"]);
  });

  it("reads no grant in a table of sums only planned (拟申报项目 | 拟受援单位 | 拟安排资金（万元）)", () => {
    const text = "海淀区与科右前旗结对帮扶。\n拟申报项目|拟受援单位|拟安排资金（万元）\n智慧课堂建设|科右前旗第三中学|120\n学生宿舍改造|科右前旗居力很镇民族小学|300";
    expect(show(text, "FUNDED")).toEqual([]);
  });

  it("guesses no recipient from a photo's caption or a news outlet's credit", () => {
    const text = "太仆寺旗2023年京蒙协作工作总结\n\n［图］6月14日，昌平区党政代表团在千斤沟镇肉牛育肥基地调研。太仆寺旗融媒体中心记者 包红梅 摄\n\n全年到位京蒙协作财政援助资金1.36亿元，其中北京市级资金9800万元。";
    expect(show(text, "FUNDED", "太仆寺旗2023年京蒙协作工作总结")).not.toContain("北京市>千斤沟镇");
    expect(show(text, "FUNDED", "太仆寺旗2023年京蒙协作工作总结")).not.toContain("北京市>太仆寺旗融媒体中心");
  });

  it("marks a part of a total given the same receiver with the total, in its sentence or the one after (…3860万元，其中教育领域1150万元)", () => {
    const parts = (text: string) => relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => `${r.props["amountYuan"]}<${r.props["partOfYuan"] ?? "-"}`);
    expect(parts("2023年，密云区共向库伦旗投入京蒙协作资金3860万元，其中教育领域1150万元。")).toEqual(["38600000<-", "11500000<38600000"]);
    expect(parts("2023年，东城区向阿尔山市拨付京蒙协作资金三千二百万元。其中，一千八百五十万元用于产业发展；六百万元用于就业帮扶。").sort())
      .toEqual(["18500000<32000000", "32000000<-", "6000000<32000000"]);
    // (A part given another receiver is that receiver's only sum: it counts there once.)
    expect(parts("2023年，东城区向阿尔山市拨付京蒙协作资金三千二百万元，其中一千八百五十万元用于白狼镇林俗村民宿建设。").sort())
      .toEqual(["18500000<-", "32000000<-"]);
  });
  it("reads no grant in a sum only reckoned (预计投入经费约15万元)", () => {
    expect(show("东城区与阿尔山市结对。同在结对名单上的，还有东城区和平里第三小学与阿尔山市白狼镇中心学校。两校今年计划联合开展研学活动，预计投入经费约15万元。", "FUNDED", "东城区对口帮扶阿尔山市")).toEqual([]);
  });
  it("reads no grant in a year's plan said after what is already paid of it (已…拨付首批…3100万元，全年计划安排6200万元)", () => {
    const { rels } = relations("门头沟区已向化德县拨付首批京蒙协作资金3100万元，全年计划安排6200万元。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([31000000]);
  });
  it("reads no grant in a plan for years to come (计划在未来三年内再向库伦旗投入300万元), but a sum an agreement pledges", () => {
    expect(show("基金会秘书长表示，基金会计划在未来三年内再向库伦旗投入300万元。石景山区初步计划明年再投入不少于5000万元支持镶黄旗。", "FUNDED")).toEqual([]);
    expect(show("根据协议，丰台区将在三年内投入协作资金6000万元，支持正蓝旗建设奶食品加工园区。", "FUNDED")).toEqual(["丰台区>正蓝旗"]);
  });

  it("reads a table whose unit is stated over it (单位：万元), its givers under 结对区, dated by its caption, local money aside", () => {
    const text = "附表：2024年第一批京蒙协作财政援助资金分配表\n单位：万元\n序号|旗县|结对区|京蒙协作资金合计|自治区衔接资金配套\n1|敖汉旗|朝阳区|2150|300\n2|林西县|东城区|1880|200";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]} ${r.props["year"]}`)).toEqual(["朝阳区>敖汉旗 21500000 2024", "东城区>林西县 18800000 2024"]);
  });

  it("reads a row's own Beijing body as its giver, and a header naming a banner (结对单位（库伦旗）) as the side helped", () => {
    const text = "密云区2023年度考核结果\n序号|镇街|结对苏木乡镇（库伦旗）|捐赠资金(万元)|得分\n1|溪翁庄镇|库伦镇|62|96.5\n序号|单位|结对单位（库伦旗）|协作资金/捐赠(万元)|得分\n1|北京市密云区医院|库伦旗人民医院|25|96.0";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["溪翁庄镇>库伦镇 620000", "北京市密云区医院>库伦旗人民医院 250000"]);
  });

  it("gives a list item's sum to what the item names, not to the item before it, nor leaves it for the items after", () => {
    const text = "正镶白旗京蒙协作指标\n大兴区与我旗结对。\n1．北京市大兴区拨付京蒙协作财政援助资金1380万元。\n2．大兴区各镇街捐款捐物折合212.6万元。\n3．伊和淖尔苏木光伏帮扶电站项目：京蒙协作资金300万元。\n4．就业帮扶车间建设项目：京蒙协作资金150万元。";
    const { rels, name } = relations(text, "正镶白旗京蒙协作指标");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual([
      "大兴区>正镶白旗 13800000", "大兴区>正镶白旗 2126000", "大兴区>伊和淖尔苏木 3000000", "大兴区>正镶白旗 1500000"]);
  });

  it("reads no grant from enterprises' own investment named as a group, an investment by 该公司, nor a sum to strive for", () => {
    const text = "库伦旗工作报告\n我旗与密云区结对。引进北京云岫农业发展有限公司等4家北京企业落地，完成投资1.8亿元，其中该公司在白音花镇投资6200万元建设杂粮仓储加工基地。积极争取密云区年度协作资金不低于5000万元。";
    const { rels, name } = relations(text, "库伦旗工作报告");
    expect(rels.filter((r) => r.type === "FUNDED" || r.type === "INVESTED_IN").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual([
      "INVESTED_IN 北京云岫农业发展有限公司>白音花镇 62000000"]);
  });

  it("reads no Beijing grant where a unit of Inner Mongolia gives, written as a chain after a bracketed heading", () => {
    const text = "京蒙协作工作简讯\n东城区与兴和县结对。东城区安排兴和县资金2900万元。\n【区内协作】鄂尔多斯市东胜区向兴安盟科右中旗拨付区内协作资金1000万元，用于肉牛养殖。";
    const { rels, name } = relations(text, "京蒙协作工作简讯");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["东城区>兴和县 29000000"]);
  });

  it("reads a year's sum named by its source as given, its part paid so far as none, and an estimate as none", () => {
    const text = "兴和县回复\n北京市西城区与我县结对开展东西部协作。2024年度西城区协作资金为4620万元,目前已拨付4150万元。今年重点项目包括:张皋镇马铃薯种薯繁育基地,使用协作资金1500万元。该路段初步估算投资210万元。";
    const { rels, name } = relations(text, "兴和县回复");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["西城区>兴和县 46200000", "西城区>张皋镇 15000000"]);
    expect(show("通州与翁牛特旗结对。今年通州区3860万元京蒙协作资金已全部拨付到位。", "FUNDED")).toEqual(["通州区>翁牛特旗"]);
    expect(show("门头沟区与武川县结对。门头沟区累计引导23家北京企业落户武川县，到位资金12.8亿元。", "FUNDED")).toEqual([]);
  });

  it("reads an enterprise's investment in a table of projects as INVESTED_IN, none only intended, and none by a name in brackets", () => {
    const text = "本次推介会部分项目清单\n序号|项目名称|投资主体|落户地|总投资（万元）|状态|\n1|冷链物流集配中心|北京京南鲜达冷链物流有限公司|察右前旗平地泉镇|8600|落地|\n2|绿色算力中心|北京云启数智科技有限公司|察右前旗|120000|意向|\n3|奶豆腐加工车间扩建|正镶白旗察干乳业有限责任公司（北京京白乳业科技有限公司提供技术及包销）|正镶白旗星耀镇|2800|签约|";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" || r.type === "INVESTED_IN").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual([
      "INVESTED_IN 北京京南鲜达冷链物流有限公司>平地泉镇 86000000"]);
  });

  it("reads a sum invested as the enterprise's of its column, not the paired district's beside it (北京结对区 | 投资企业 | 投资额)", () => {
    const text = "京蒙协作马铃薯产业项目\n旗县|北京结对区|投资企业|投资额|主要产品\n四子王旗|怀柔区|北京雁栖食品集团有限公司|3.6亿元|冷冻薯条\n卓资县|朝阳区|北京朝丰食品有限公司|9500万元|马铃薯粉条\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" || r.type === "INVESTED_IN").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`).sort()).toEqual([
      "INVESTED_IN 北京朝丰食品有限公司>卓资县 95000000", "INVESTED_IN 北京雁栖食品集团有限公司>四子王旗 360000000"]);
  });

  it("places a signed enterprise where it is registered, and pairs neither column (企业注册地 | 落地旗县市)", () => {
    const text = "本次签约项目一览\n序号|项目名称|签约企业|企业注册地|落地旗县市|总投资（亿元）\n1|铝基新材料精深加工项目|北京京铝新材料科技有限公司|石景山区|霍林郭勒市|8.5\n2|矿用装备再制造项目|北京京西智造装备科技有限公司|门头沟区|扎鲁特旗|2.1\n";
    expect(show(text, "LOCATED_IN").sort()).toEqual(expect.arrayContaining(["北京京西智造装备科技有限公司>门头沟区", "北京京铝新材料科技有限公司>石景山区"]));
    expect(show(text, "INVESTED_IN").sort()).toEqual(["北京京西智造装备科技有限公司>扎鲁特旗", "北京京铝新材料科技有限公司>霍林郭勒市"]);
    expect(show(text, "PAIRED_WITH")).toEqual([]);
  });

  it("gives a row's money to the giver its level names in a column of the money's kind (资金类别 | 市级, 区级)", () => {
    const text = "北京市丰台区与林西县结对。\n林西县2024年京蒙协作资金项目计划\n| 序号 | 项目名称 | 建设地点 | 资金规模（万元） | 资金类别 | 实施单位 |\n|---|---|---|---|---|---|\n| 1 | 大井镇帮扶车间项目 | 林西县大井镇大井村 | 480 | 市级 | 大井镇人民政府 |\n| 2 | 展销中心提升项目 | 林西县林西镇 | 100 | 区级 | 林西县商务局 |\n";
    expect(show(text, "FUNDED").sort()).toEqual(["丰台区>林西镇", "北京市>大井村"]);
  });

  it("gives a park's money to the park its column names (共建园区名称 | 所在旗县区 | 北京共建区)", () => {
    const text = "京蒙共建产业园区协作资金投入情况\n序号|共建园区名称|所在旗县区|北京共建区|2023年投入京蒙协作资金（万元）|主要用途\n1|巴林左旗工业园区|巴林左旗|顺义区|1200|标准化厂房\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>巴林左旗工业园区"]);
  });

  it("gives a chronicle's entry its own place, or the banner in focus, never the place of the entry before", () => {
    const text = "昌平区—兴和县东西部协作大事记\n2022年9月10日　昌平区向兴和县第一中学捐赠图书。\n2023年3月28日　2023年度昌平区财政援助资金5200万元全部到位。";
    const { rels, name } = relations(text, "昌平区—兴和县东西部协作大事记");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["昌平区>兴和县 52000000"]);
  });

  it("reads no Beijing grant in the region's money for rural revitalisation handed down", () => {
    expect(show("平谷区与察右前旗结对。察右前旗统筹使用自治区下达的衔接推进乡村振兴补助资金1.2亿元。", "FUNDED")).toEqual([]);
  });

  it("reads a park's table of firms, each cell with its own unit, as investments in the banner the park's article is about, none still talked of", () => {
    const text = "扎赉特旗京蒙协作产业园\n入驻企业一览\n企业名称|来源地|主营|投资额|状态\n北京丰禾米业有限公司|北京丰台|稻米精深加工|1.2亿元|已投产\n北京宝润达生物科技有限公司|北京丰台|秸秆饲料|约5000万元|洽谈中\n说明：北京京鑫谷物科技有限公司原计划投资8000万元建设糙米饮品生产线，2022年因市场原因终止协议，未实际投资。";
    const { rels, name } = relations(text, "扎赉特旗京蒙协作产业园");
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京丰禾米业有限公司>扎赉特旗 120000000"]);
  });

  it("reads a table of gifts with thousands grouped and values said (折合240,000) under 受赠单位, none only pledged", () => {
    const text = "房山区社会力量捐赠款物明细公示\n序号｜捐赠单位｜捐赠内容｜金额或折合（元）｜受赠单位｜用途/备注\n1｜北京窦店兴华清真肉类食品有限公司｜防寒服800件｜折合240,000｜突泉县教育局｜发放全县中小学困难学生\n2｜北京长阳康泰医疗器械有限公司｜便携式彩超1台｜折合680,000｜突泉县人民医院｜—\n3｜北京京房建工集团有限公司｜认捐现金｜1,000,000｜突泉县慈善总会｜已签认捐协议，截至公示日未到账";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual([
      "北京窦店兴华清真肉类食品有限公司>突泉县教育局 240000", "北京长阳康泰医疗器械有限公司>突泉县人民医院 680000"]);
  });

  it("gives a table's gifts to the body its caption says received them (…红十字会接受…捐赠款物公示), whatever each row's use", () => {
    const text = "巴林右旗红十字会接受北京经济技术开发区“温暖过冬”爱心捐赠款物公示\n\n现将本会接受的捐赠款物情况公示如下：\n\n" +
      "序号｜捐赠单位（个人）｜捐赠内容｜金额或折价（元）｜定向用途\n1｜北京亦庄新材料科技股份有限公司｜现金｜300000｜大板镇巴彦汉嘎查困难户冬季取暖\n" +
      "2｜北京经济技术开发区红十字会｜现金｜200000｜巴林右旗蒙医医院购置急救设备\n3｜北京恒润达物流有限公司｜认捐现金｜100000（尚未到账）｜非定向";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual([
      "北京亦庄新材料科技股份有限公司>巴林右旗红十字会 300000", "北京经济技术开发区红十字会>巴林右旗红十字会 200000"]);
  });

  it("reads no grant to a local enterprise in a table of investments, and no investment only intended (意向投资…洽谈中)", () => {
    const text = "扎赉特旗京蒙协作产业园\n丰台区与扎赉特旗结对。\n企业名称|来源地|投资额|状态\n扎赉特旗好力保米业有限责任公司|扎赉特旗本地|2600万元|已投产";
    expect(show(text, "FUNDED", "扎赉特旗京蒙协作产业园")).toEqual([]);
    expect(show("突泉县工作汇报\n北京亦华新能源科技有限公司在六户镇的风光储一体化项目洽谈中，意向投资8.6亿元。", "INVESTED_IN")).toEqual([]);
  });

  it("reads no grant in a loan or an enterprise's own money", () => {
    expect(show("巴林右旗与北京经开区结对。农行为北京亦牧京蒙科技有限公司在大板镇的项目提供项目贷款1.2亿元，企业自有资金1.1亿元。", "FUNDED")).toEqual([]);
  });

  it("gives a part of a total to the town its clause names, not to the unit over several towns when another portion goes elsewhere", () => {
    const text = "宁城县发布\n今年海淀区向我县投入协作资金5200万元,其中1800万元用于八里罕镇设施农业园区,另有一部分用于黑里河镇乡村旅游基础设施。";
    const { rels, name } = relations(text, "赤峰市新闻发布会");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["海淀区>宁城县 52000000", "海淀区>八里罕镇 18000000"]);
  });

  it("reads a table of people's term stated over it, and their kind from where they are sent under a header that names none", () => {
    const text = "（二）专业技术人才（帮扶期限1年，2023年8月至2024年7月）\n姓名|性别|原单位及职务|帮扶单位及岗位\n冯雅琳|女|北京市顺义区医院妇产科副主任医师|科左中旗人民医院妇产科\n宋佳|女|北京市顺义区第二中学英语教师|科左中旗保康第一中学";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]} ${r.props["duration"]}`)).toEqual([
      "冯雅琳>科左中旗人民医院 医疗帮扶 1年", "宋佳>科左中旗保康第一中学 支教 1年"]);
  });

  it("posts people a table lists under 在我院任职 to the hospital the headline names, with 科室及职称 as the role", () => {
    const text = "专家团队进驻科左后旗人民医院\n姓名|派出单位|科室及职称|在我院任职|帮扶期限\n邓立群|首都医科大学附属北京友谊医院|普外科 主任医师|执行院长|1年";
    const { rels, name } = relations(text, "专家团队进驻科左后旗人民医院");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO" || r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"] ?? r.props["role"]}`)).toEqual([
      "邓立群>首都医科大学附属北京友谊医院 普外科主任医师", "邓立群>科左后旗人民医院 医疗帮扶"]);
  });

  it("posts those a table lists with no posting column where the team the sentences above send went, and reads no clinic's hours as a term", () => {
    const text = "北京市西城区第三批“组团式”医疗帮扶专家团队一行6人，于9月4日抵达鄂伦春自治旗，正式进驻鄂伦春自治旗人民医院开展为期一年的帮扶工作。\n专家出诊时间表\n序号|姓名|派出单位|科室|职称|出诊时间\n1|马俊|西城区月坛医院|骨科|副主任医师|每周一、周四全天\n2|石磊|西城区什刹海医院|眼科|主治医师|周一至周五上午";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["duration"] ?? "-"}`).sort()).toEqual(["石磊>鄂伦春自治旗人民医院 -", "马俊>鄂伦春自治旗人民医院 -"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["石磊>西城区什刹海医院", "马俊>西城区月坛医院"]);
  });
  it("posts those listed who go with the team (…邱雪、…杜鹏程随队进驻扎赉特旗人民医院)", () => {
    const text = "丰台区与扎赉特旗结对。心内科副主任医师邱雪、麻醉科主治医师杜鹏程随队进驻扎赉特旗人民医院。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["杜鹏程>扎赉特旗人民医院", "邱雪>扎赉特旗人民医院"]);
  });
  it("gives those a table lists with no home column the body whose team the sentences above send", () => {
    const text = "6月3日，北京市丰台区宛平中心医院第五批援蒙医疗队一行5人抵达赤峰市林西县，开展为期半年的医疗帮扶工作。队员名单及派驻单位如下：\n姓名|科室|职称|派驻单位|帮扶期限\n董海涛|心血管内科|主任医师|林西县医院|2024年6月—2024年12月\n黄丽娟|全科医学科|主治医师|统部镇中心卫生院|2024年6月—2024年12月";
    expect(show(text, "WORKS_AT").sort()).toEqual(["董海涛>北京市丰台区宛平中心医院", "黄丽娟>北京市丰台区宛平中心医院"]);
    expect(show(text, "ASSIGNED_TO")).toContain("董海涛>林西县医院");
  });
  it("goes on with a table's rows past a list's section headings, under 援派岗位", () => {
    const text = "一、挂职干部\n派出单位|姓名|援派岗位\n大兴区商务局|梁思远|挂职乌兰察布市商务局副局长\n二、专业技术人才(2名)\n(一)教育(1名)\n北京市大兴区兴泰中学|宋 佳|察右前旗第二中学支教\n(二)医疗卫生(1名)\n北京市大兴区永兴医院|李振华|察右前旗人民医院普外科";
    expect(show(text, "WORKS_AT").sort()).toEqual(["宋佳>北京市大兴区兴泰中学", "李振华>北京市大兴区永兴医院", "梁思远>大兴区商务局"]);
    // (Some also read from the row's own words, 支教 and 挂职: the same relation twice, merged when the graph is built.)
    expect([...new Set(show(text, "ASSIGNED_TO"))].sort()).toEqual(["宋佳>察右前旗第二中学", "李振华>察右前旗人民医院", "梁思远>乌兰察布市商务局"]);
  });
  it("posts people a table lists under 接收单位 by the kind of body, the department in brackets as the role", () => {
    const { rels, name } = relations("序号|姓名|派出单位|接收单位|帮扶期限\n1|陈立|北京市平谷区医院（普外科）|四子王旗人民医院|6个月\n2|杨雪|北京市平谷中学（数学）|四子王旗第一中学|一学期");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["kind"]}`)).toEqual(["陈立>四子王旗人民医院 医疗帮扶", "杨雪>四子王旗第一中学 支教"]);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => r.props["role"])).toEqual(["普外科", "数学"]);
  });

  it("reads no Beijing grant in money got from the region (获得自治区商务厅奖补资金), given by a body of no Beijing side, only to be given, or spent so far", () => {
    const focus = "北京经开区与巴林右旗结对。北京经开区今年安排资金2600万元支持巴林右旗。";
    expect(show(focus + "巴林云仓获得自治区商务厅奖补资金200万元。", "FUNDED")).toHaveLength(1);
    expect(show("丰台区与扎赉特旗结对。丰台区安排资金320万元支持扎赉特旗。香港晨曦教育基金会向音德尔第三中学捐赠了价值50万元的图书。", "FUNDED")).toEqual(["丰台区>扎赉特旗"]);
    expect(show("石景山区与阿尔山市签订协议。按照协议，石景山区年内将安排帮扶资金2000万元，重点支持白狼镇，目前资金尚未下达。", "FUNDED")).toEqual([]);
    const { rels } = relations("怀柔区安排多伦县京蒙协作资金2360万元，实施项目14个，目前已开工11个，完成投资1520万元。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([23600000]);
  });

  it("gives an item's sum in a list of pairs from the pair's Beijing side, and a total before items to several to none", () => {
    const { rels, name } = relations("结对情况公示\n1．西城区德胜街道——多伦淖尔镇，2021年10月起结对。2023年街道投入帮扶资金150000元，用于党群活动场所改造。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["德胜街道>多伦淖尔镇 150000"]);
    const report = "北京市门头沟区2023年度东西部协作资金绩效自评报告\n我区与鄂伦春自治旗、莫旗结对。\n全年实际拨付4580万元。\n1．鄂伦春自治旗：拨付2300万元。\n2．莫旗：拨付2280万元。";
    const funded = relations(report, report.split("\n")[0]);
    expect(funded.rels.filter((r) => r.type === "FUNDED").map((r) => `${funded.name(r.source)}>${funded.name(r.target)} ${r.props["amountYuan"]} ${r.props["year"]}`)).toEqual([
      "门头沟区>鄂伦春自治旗 23000000 2023", "门头沟区>莫力达瓦达斡尔族自治旗 22800000 2023"]);
  });

  it("reads no grant in money a body of the region hands down (自治区农牧厅今年下达的80万元) or only to be applied for", () => {
    expect(show("东城区与库伦旗结对。自治区农牧厅今年下达的80万元荞麦项目资金，也交给了团队来实施。", "FUNDED")).toEqual([]);
    expect(show("通州区与正镶白旗结对。一是计划向通州区申请2025年东西部协作资金200万元，建设牛羊肉分割车间。", "FUNDED")).toEqual([]);
  });

  it("reads no grant in money the sentence says is none of the programme's (和京蒙协作没关系)", () => {
    expect(show("怀柔区与察右中旗结对。呼和浩特的一家乳企也在旗里扩建牧场，投资大概3亿元，那是区内企业自己的投资，和京蒙协作没关系。", "FUNDED")).toEqual([]);
  });

  it("dates a sum 同年 by the sentence before, reads no investment only intended (投资意向协议，拟投资…，仍在洽谈中)", () => {
    const { rels } = relations("2023年，大兴区安排资金1960万元支持察右前旗。同年，大兴区向正镶白旗拨付帮扶资金1420万元。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["year"])).toEqual([2023, 2023]);
    expect(show("北京兴旺食品有限公司也与察右前旗签订了投资意向协议，拟投资5000万元建设燕麦深加工项目，目前仍在洽谈中。", "INVESTED_IN")).toEqual([]);
  });

  it("reads an enterprise's sum, then where it builds in the next clause, and a clause going on to invest (此次在园区投资) as its own, no grant", () => {
    expect(show("北京康瑞农牧科技有限公司投资1.5亿元，在土贵乌拉镇建设肉羊屠宰加工生产线。", "INVESTED_IN")).toEqual(["北京康瑞农牧科技有限公司>土贵乌拉镇"]);
    const park = "京蒙协作锡林郭勒飞地产业园在多伦县正式开园。首家入驻的中科翼能是北京经济技术开发区的一家储能电池企业，此次在园区投资2.6亿元建设储能电池模组项目。北京中科翼能储能技术有限公司是首家企业。";
    expect(show(park, "INVESTED_IN")).toEqual(["北京中科翼能储能技术有限公司>锡林郭勒盟"]);
    expect(show(park, "FUNDED")).toEqual([]);
  });

  it("reads an enterprise's agreement signed with a government past the aside that declares its short name, with the project's total next", () => {
    const { rels, name } = relations("北京德青源农业科技股份有限公司（以下简称“德青源”）与乌兰察布市察哈尔右翼前旗人民政府签订生猪养殖项目投资协议。项目总投资3.2亿元，一期计划投资1.5亿元，选址察右前旗玫瑰营镇。丰台区促成德青源落户察右前旗。");
    expect(rels.filter((r) => r.type === "INVESTED_IN" || r.type === "FUNDED").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`))
      .toEqual(["INVESTED_IN 北京德青源农业科技股份有限公司>察哈尔右翼前旗 320000000", "INVESTED_IN 北京德青源农业科技股份有限公司>察哈尔右翼前旗 320000000"]);
  });

  it("reads the investor of what a visit saw in the place gone to (赴和林格尔县考察了…公司投资建设的…基地)", () => {
    expect(show("与会人员赴和林格尔县考察了北京首农食品集团有限公司投资建设的奶牛养殖基地。", "INVESTED_IN")).toEqual(["北京首农食品集团有限公司>和林格尔县"]);
  });

  it("reads the giver named after the sum as its source (均为北京市东城区援助资金), and for the items listed under it", () => {
    const { rels, name } = relations("现将京蒙协作资金项目计划下达给你们，资金2860万元，均为北京市东城区援助资金。具体如下：\n1.索伦镇肉牛养殖小区建设项目，资金900万元；\n2.归流河镇蔬菜大棚建设项目，资金760万元。");
    expect(rels.filter((r) => r.type === "FUNDED").slice(1).map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]} ${r.props["purpose"]}`))
      .toEqual(["东城区>索伦镇 9000000 肉牛养殖小区建设项目", "东城区>归流河镇 7600000 蔬菜大棚建设项目"]);
  });

  it("gives money to a unit, not to its government's office that stands in focus", () => {
    expect(show("发文机关：科尔沁右翼前旗人民政府办公室\n东城区投入京蒙协作资金2860万元。", "FUNDED")).toEqual(["东城区>科尔沁右翼前旗"]);
  });

  it("reads no grant from what has been paid so far of a sum given, and gives a gift made jointly (联合) from both", () => {
    expect(show("西城区下达敖汉旗京蒙协作资金5860万元，截至10月底已拨付4120万元。", "FUNDED")).toEqual(["西城区>敖汉旗"]);
    expect(show("月坛街道联合西城区慈善协会向四家子镇捐赠帮扶资金150万元。", "FUNDED")).toEqual(["月坛街道>四家子镇", "西城区慈善协会>四家子镇"]);
  });

  it("reads enterprises that sign respectively as investing (分别与…签约，计划投资额分别为…), not as giving", () => {
    const { rels, name } = relations("北京中科禾润生物技术有限公司、北京康源乳业有限公司分别与商都县、察右后旗签约，计划投资额分别为3.2亿元和1.8亿元。");
    expect(rels.filter((r) => r.type === "INVESTED_IN" || r.type === "FUNDED").map((r) => `${r.type} ${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`))
      .toEqual(["INVESTED_IN 北京中科禾润生物技术有限公司>商都县 320000000", "INVESTED_IN 北京康源乳业有限公司>察哈尔右翼后旗 180000000"]);
  });

  it("gives money for projects in several towns of the banner in focus to the banner", () => {
    expect(show("丰台区—科右前旗联席会议召开\n丰台区计划安排京蒙协作资金6280万元，重点支持察尔森镇肉牛产业园、索伦镇庭院经济和归流河镇冷链物流中心建设。", "FUNDED"))
      .toEqual(["丰台区>科尔沁右翼前旗"]);
  });

  it("gives each part listed with 、 to its own, the total to neither, and reads no phase of a project as another", () => {
    const { rels, name } = relations("2024年朝阳区向敖汉旗、喀喇沁旗安排财政援助资金共1.2亿元，其中敖汉旗6,500万元、喀喇沁旗5,500万元。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["朝阳区>敖汉旗 65000000", "朝阳区>喀喇沁旗 55000000"]);
    const phases = relations("北京鑫顺达肉类食品有限公司在镶黄旗新宝拉格镇投资3.6亿元，建设肉羊项目，其中一期投资1.2亿元，已投产。");
    expect(phases.rels.filter((r) => r.type === "INVESTED_IN").map((r) => r.props["amountYuan"])).toEqual([360000000]);
  });

  it("reads an enterprise said to have settled somewhere before its name (落户敖汉旗的…公司，总投资1.2亿元) as invested and placed there, and one that builds in the clause after its sum", () => {
    const settled = "2022年落户敖汉旗的北京禾谷源食品科技有限公司，总投资1.2亿元，在敖汉旗小米产业园建设了深加工生产线。";
    expect(show(settled, "INVESTED_IN")).toEqual(["北京禾谷源食品科技有限公司>敖汉旗"]);
    expect(show(settled, "LOCATED_IN")).toContain("北京禾谷源食品科技有限公司>敖汉旗");
    expect(show("又讯此前于今年3月落户园区的北京金谷坊食品有限公司投资3000万元建设的燕麦片生产线正在调试。", "LOCATED_IN")).toEqual([]);
    expect(show("为了把供应链建到田间地头，北京惠邻佳超市连锁有限公司还于去年8月投资1200万元，在化德县建设了一座农产品分拣配送中心。", "INVESTED_IN")).toEqual(["北京惠邻佳超市连锁有限公司>化德县"]);
  });
  it("reads a table's city-level column as the city's and its district-level column as each row's partner's, under a caption of the programme's money", () => {
    const text = "北京市与赤峰市开展京蒙协作。\n表1　2023年各旗县京蒙协作资金到位情况（单位：万元）\n序号|旗县|结对区|市级资金|区级资金|合计\n1|阿鲁科尔沁旗|昌平区|5820|1450|7270\n2|巴林左旗|顺义区|5460|1500|6960";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" && r.props["amountYuan"] !== null).map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`).sort())
      .toEqual(["北京市>巴林左旗 54600000", "北京市>阿鲁科尔沁旗 58200000", "昌平区>阿鲁科尔沁旗 14500000", "顺义区>巴林左旗 15000000"].sort());
  });
  it("reads the money the district whose voice the article is gives by its 我区, and its parts", () => {
    const text = "北京市东城区人民政府\n首页 > 政务公开 > 计划总结\n\n东城区2023年上半年东西部协作工作情况\n\n来源：东城区支援合作办　　发布时间：2023-07-21\n\n（一）资金拨付。上半年，我区向两地拨付区级财政帮扶资金2350万元，其中阿尔山市1280万元、化德县1070万元。";
    expect(show(text, "FUNDED", "东城区2023年上半年东西部协作工作情况").sort()).toEqual(["东城区>化德县", "东城区>阿尔山市"]);
  });
  it("gives a row's or a record's sum to each place of one kind its cell lists, shared (千斤沟镇大营子村、二号地村)", () => {
    const table = "2024年北京市昌平区安排我旗京蒙协作资金，项目计划如下：\n序号|项目名称|实施地点|资金规模（万元）|帮扶方\n1|草莓种苗繁育基地提升项目|宝昌镇边墙村|520|昌平区\n2|肉牛标准化养殖暖棚建设项目|千斤沟镇大营子村、二号地村|460|昌平区";
    const { rels, name } = relations(table);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]} ${r.props["shared"]}`).sort())
      .toEqual(["昌平区>二号地村 4600000 true", "昌平区>大营子村 4600000 true", "昌平区>边墙村 5200000 false"]);
    const record = "密云区与库伦旗结对。\n项目名称：肉牛养殖项目\n实施地点：白音花镇双山子村、三家子村\n资金规模：300万元\n帮扶单位：北京市密云区";
    expect(show(record, "FUNDED").sort()).toEqual(["密云区>三家子村", "密云区>双山子村"]);
  });
  it("reads a record's sum whose unit its label carries (资金规模（万元）：680), and no other reading of the line", () => {
    const text = "1. 项目名称：肉牛养殖基地建设项目；实施地点：贡宝拉格苏木巴彦宝拉格嘎查；资金规模（万元）：680；帮扶单位：北京市延庆区\n2. 项目名称：种薯储藏窖；实施地点：千斤沟镇西营子村；资金规模（万元）：300（其中京蒙协作资金200万元，旗级配套资金100万元）；帮扶单位：北京市延庆区";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["延庆区>巴彦宝拉格嘎查 6800000", "延庆区>西营子村 2000000"]);
  });

  it("reads no grant from local matching money (旗级配套资金), or from a sum written again in capitals", () => {
    expect(show("北京市延庆区向太仆寺旗安排京蒙协作资金4480万元，旗级配套资金100万元。", "FUNDED").length).toBe(1);
    expect(show("麦子店街道向乌兰达坝苏木捐赠帮扶资金￥50万元（大写：伍拾万元整），用于合作社建设。", "FUNDED")).toEqual(["麦子店街道>乌兰达坝苏木"]);
  });

  it("gives a banner's money in a sentence set there (在太仆寺旗，…支持宝昌镇…), and looks for a receiver past the clause of a sum before", () => {
    expect(show("在太仆寺旗，延庆区全年投入财政援助资金4320万元，重点支持宝昌镇京蒙协作产业园建设。", "FUNDED")).toEqual(["延庆区>太仆寺旗"]);
    expect(show("平谷区向镶黄旗投入财政援助资金3650万元，平谷区金海湖镇还与镶黄旗新宝拉格镇结成帮扶对子，捐赠帮扶资金100万元。", "FUNDED"))
      .toEqual(["平谷区>镶黄旗", "金海湖镇>新宝拉格镇"]);
  });

  it("gives a firm's gift to the body it goes on improving (用于改善…中心学校办学条件)", () => {
    expect(show("北京麦田时光文化传媒有限公司捐赠30万，用于改善乌兰达坝苏木中心学校办学条件。", "FUNDED")).toEqual(["北京麦田时光文化传媒有限公司>乌兰达坝苏木中心学校"]);
  });

  it("reads no investment from a signing the next clause says is a purchase (与巴林左旗签约，采购…)", () => {
    expect(show("北京禾丰源超市连锁有限公司与巴林左旗签约，采购小米、荞麦等杂粮2400万元。", "INVESTED_IN")).toEqual([]);
  });

  it("reads no Beijing money from a gift a banner gave a Beijing district (四子王旗…向…门头沟区捐赠…), and the banner's own gift as its", () => {
    expect(show("2023年8月北京遭遇强降雨，四子王旗第一时间组织当地企业向受灾严重的门头沟区捐赠物资，价值45万元。", "FUNDED")).toEqual([]);
    expect(show("房山区对口帮扶宁城县。7月底房山区遭受特大暴雨灾害后，宁城县干部群众自发向房山区捐款62.3万元。", "FUNDED")).toEqual(["宁城县>房山区"]);
  });

  it("reads no grant from money only pledged, promised or not yet received (认捐未到位, 承诺…不低于), and a person's gift in their own name", () => {
    expect(show("房山区对口帮扶宁城县。另有意向捐赠及认捐未到位款项约430万元，已督促相关单位尽快落实。", "FUNDED")).toEqual([]);
    expect(show("2020年，北京润泽公益基金会与库伦旗人民政府签订助学合作协议，承诺三年内出资不低于600万元。", "FUNDED")).toEqual([]);
    expect(show("仪式上，北京京密建材集团有限公司董事长韩立东以个人名义向库伦旗蒙古族中学捐赠20万元。", "FUNDED")).toEqual(["韩立东>库伦旗蒙古族中学"]);
  });

  it("reads an enterprise's investment in a place pointed at, and a gift to a banner's villages counted (向全旗12个嘎查)", () => {
    const text = "北京草原盛和农牧科技有限公司在镶黄旗建设基地。三年来，该公司在该旗累计投资近2.8亿元。2023年，草原盛和向全旗12个嘎查捐赠帮扶资金500余万元。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.target)} ${r.props["amountYuan"] ?? ""}`)).toContain("镶黄旗 280000000");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(["北京草原盛和农牧科技有限公司>镶黄旗"]);
  });

  it("gives a region's money from Beijing, not from the district in focus", () => {
    expect(show("北京市召开会议。密云区对口帮扶兴安盟阿尔山市。全年向内蒙古投入财政援助资金33.6亿元。", "FUNDED")).toEqual(["北京市>内蒙古自治区"]);
  });

  it("gives a total whose parts the next sentence gives to several to none of them, and nothing for 0万元", () => {
    expect(show("昌平区与太仆寺旗、阿鲁科尔沁旗结对。全年投入财政援助资金2.4亿元。其中，向太仆寺旗投入1.1亿元，向阿鲁科尔沁旗投入1.3亿元。", "FUNDED"))
      .toEqual(["昌平区>太仆寺旗", "昌平区>阿鲁科尔沁旗"]);
    expect(show("怀柔区向四子王旗投入资金0万元。", "FUNDED")).toEqual([]);
  });

  it("names a part of a total by its kind, and goods given by what they are (捐赠物资价值45万元)", () => {
    const purposes = (text: string) => relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["purpose"]);
    expect(purposes("门头沟区投入京蒙协作资金1850万元支持凉城县，其中：产业项目资金1200万元，就业帮扶资金350万元。").slice(1)).toEqual(["产业项目", "就业帮扶"]);
    expect(purposes("北京京西商贸集团有限公司向凉城县岱海镇捐赠物资价值45万元。")).toEqual(["物资"]);
    expect(purposes("通州区安排东西部协作资金6800万元。")).not.toContain("东西部协作");
  });

  it("dates money said to be given 今年, 去年 or 前年 by the article's own date, and none without it", () => {
    const years = (date: string | null) => {
      const doc = recognise(g, { id: "article:test", title: "", text: normalise("今年，东城区投入帮扶资金5000万元支持阿尔山市。去年，东城区向阿尔山市投入帮扶资金4000万元。").text, byline: [], date });
      const r = resolve(g, [doc]);
      return relate(g, r.docs[0]!, r.entities).filter((x) => x.type === "FUNDED").map((x) => x.props["year"]);
    };
    expect(years("2024-05-20")).toEqual([2024, 2023]);
    expect(years(null)).toEqual([null, null]);
  });

  it("places an investment pointed at a park (将在园区建设…) in the unit the park is named after", () => {
    const { rels, name } = relations("京蒙协作武川产业园位于武川县。北京康源药业有限公司将在园区建设中药材饮片加工厂，总投资8000万元。");
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京康源药业有限公司>武川县 80000000"]);
  });

  it("gives each amount listed after 分别 to its own, one giver to several places or several to one", () => {
    const grants = (text: string) => { const { rels, name } = relations(text); return rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`); };
    expect(grants("东城区、西城区分别向阿尔山市、扎赉特旗投入帮扶资金5000万元、4800万元。")).toEqual(["东城区>阿尔山市 50000000", "西城区>扎赉特旗 48000000"]);
    expect(grants("东城区向阿尔山市、科右前旗分别投入帮扶资金5000万元、6000万元。")).toEqual(["东城区>阿尔山市 50000000", "东城区>科尔沁右翼前旗 60000000"]);
    expect(grants("东城区、西城区、朝阳区分别向阿尔山市、扎赉特旗投入帮扶资金5000万元、4800万元。")).toEqual([]);
    // (The district in focus gives by its budget, unnamed in the sentence.)
    expect(grants("顺义区与科左中旗、巴林左旗结对。上一轮协作期内，区财政向科左中旗、巴林左旗分别投入东西部协作资金1.05亿元和9800万元。"))
      .toEqual(["顺义区>科尔沁左翼中旗 105000000", "顺义区>巴林左旗 98000000"]);
  });

  it("gives money to a bare 医院 the one hospital of Inner Mongolia the article names, and a body's gift to its partner body", () => {
    const grants = (text: string) => { const { rels, name } = relations(text); return rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`); };
    expect(grants("大兴区与察右前旗结对。北京市大兴区兴华医院和察右前旗人民医院签了结对帮扶协议。设备方面，大兴区投入东西部协作资金300万元，为医院购置了造影机；兴华医院也捐赠了价值80万元的心电监护设备。"))
      .toEqual(["大兴区>察右前旗人民医院 3000000", "北京市大兴区兴华医院>察右前旗人民医院 800000"]);
  });

  it("gives money's purpose without the one recipient it opens with, but not without the first of several", () => {
    const purposes = (text: string) => relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["purpose"]);
    expect(purposes("东城区投入帮扶资金5,000万元支持阿尔山市发展旅游。")).toEqual(["发展旅游"]);
    expect(purposes("昌平区投入资金3022万元,用于西山坡、大圪洞3个示范村建设。")[0]).toBe("西山坡、大圪洞3个示范村建设");
    expect(purposes("北京爱家营企业集团有限公司捐赠80万元，帮助察右中旗科布尔镇黄羊城村修建村级道路。")).toEqual(["修建村级道路"]);
    expect(purposes("顺义区投入京蒙协作资金600万元，援建巴林左旗哈拉哈达镇中心卫生院综合楼。")).toEqual(["援建巴林左旗哈拉哈达镇中心卫生院综合楼"]);
    expect(purposes("密云区投入近亿元资金，支持阿尔山市建设冰雪旅游基地。")).toEqual(["冰雪旅游基地"]);
    expect(purposes("东城区投入京蒙协作资金3000万元，建设白狼镇林下经济产业园。")).toEqual(["白狼镇林下经济产业园"]);
    expect(purposes("简讯\n●东城区向阿尔山市捐赠100万元。")).toEqual(["东城区向阿尔山市捐赠100万元"]);
  });

  it("gives money to the one named as helped before places merely named after it, but along a chain to its end", () => {
    expect(show("两年来，密云区累计投入帮扶资金1200万元，帮助阿尔山市建设了白狼镇林俗村、五岔沟镇的4个项目。", "FUNDED")).toEqual(["密云区>阿尔山市"]);
    expect(show("两年来，东城区累计投入帮扶资金1200万元，支持阿尔山市白狼镇发展林下经济。", "FUNDED")).toEqual(["东城区>白狼镇"]);
  });

  it("gives a clause that goes on without a subject (同时，还将向…捐赠) the last giver of its paragraph", () => {
    const text = "会上，东城区决定追加投入资金500万元，用于阿尔山市冰雪旅游。同时，还将向白狼镇捐赠物资价值30万元。\n另一段。还将向五岔沟镇捐赠10万元。";
    expect(show(text, "FUNDED")).toEqual(["东城区>阿尔山市", "东城区>白狼镇"]);
  });

  it("gives no money secured from a third party (争取中央资金) to the helper, but money secured from the helper is the helper's", () => {
    expect(show("东城区帮扶阿尔山市。东城区为阿尔山市争取中央资金3000万元。", "FUNDED")).toEqual([]);
    expect(show("东城区帮扶阿尔山市。阿尔山市争取东城区京蒙协作资金4200万元。", "FUNDED")).toEqual(["东城区>阿尔山市"]);
  });

  it("dates a yearly report's money by the year its title names, unless the sentence sums years", () => {
    const { rels } = relations("石景山区全年向察右后旗投入资金9870万元。石景山区累计向察右后旗投入资金3亿元。", "察右后旗2023年京蒙协作工作总结");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["year"])).toEqual([2023, null]);
  });

  it("marks a sum given to several as shared, but not one each receives whole (各投入)", () => {
    const shared = (text: string) => relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["shared"]);
    expect(shared("东城区向阿尔山市、科右前旗各投入帮扶资金500万元。")).toEqual([false, false]);
    expect(shared("西城区向扎赉特旗、突泉县共投入帮扶资金1000万元。")).toEqual([true, true]);
  });

  it("gives each grant a clause lists its own receiver, and the parts of a total the total's year", () => {
    const { rels, name } = relations("2023年，北京市共向兴安盟投入财政援助资金9.87亿元。其中：东城区向阿尔山市投入1.52亿元、向科右前旗投入1.63亿元；西城区向扎赉特旗投入1.58亿元。");
    const funded = rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]} ${r.props["year"]}`);
    expect(funded).toEqual(["北京市>兴安盟 987000000 2023", "东城区>阿尔山市 152000000 2023", "东城区>科尔沁右翼前旗 163000000 2023", "西城区>扎赉特旗 158000000 2023"]);
  });

  it("takes Beijing's total for Beijing's when the district in focus has a share of it, and money both sides put up for no grant", () => {
    const title = "北京经开区与巴林右旗京蒙协作纪实";
    const text = "北京经开区与巴林右旗结对。2021年以来,共投入京蒙帮扶资金1.065亿元,实施项目39个,其中经开区资金3077.6万元。";
    const { rels, name } = relations(text, title);
    const funded = rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`);
    expect(funded).toEqual(expect.arrayContaining(["北京市>巴林右旗 106500000", "北京经济技术开发区>巴林右旗 30776000"]));
    expect(show("顺义区与巴林左旗结对以来,两地共投资2062万元,发展扫帚苗产业。", "FUNDED")).toEqual([]);
  });

  it("gives a part of a project's cost (其中京蒙协作资金…) to what the district built (援建的…)", () => {
    expect(show("大兴区援建的库伦旗人民医院住院楼正式投入使用，项目总投资1.5亿元，其中京蒙协作资金8000万元。", "FUNDED")).toEqual(["大兴区>库伦旗人民医院"]);
  });

  it("takes the funder from the sentence and the most specific recipient from the clause", () => {
    const { rels, name } = relations("北京市累计向赤峰市投入帮扶资金43.38亿元,实施项目1789个。");
    const f = rels.find((r) => r.type === "FUNDED")!;
    expect([name(f.source), name(f.target), f.props["amountYuan"], f.props["approx"]]).toEqual(["北京市", "赤峰市", 4338000000, false]);
  });

  it("reads a donor before its verb and an enterprise's investment as INVESTED_IN", () => {
    expect(show("赤峰市哈钦旗兴隆村有了养鸭基地。中国保利集团捐资20万元,建成了这个养鸭基地。", "FUNDED")).toEqual(["中国保利集团>兴隆村"]);
    expect(show("北京艾牧业科技有限公司投资2亿元在科优前旗改造秸秆。", "INVESTED_IN")).toEqual(["北京艾牧业科技有限公司>科尔沁右翼前旗"]);
  });

  it("gives money to the funder's one partner when the sentence names no recipient, and a bare 嘎查 after several to none", () => {
    const text = "渤海镇与查干补力格苏木结成帮扶对子，六渡河村与额尔登敖包嘎查、渤海所村与巴彦淖尔嘎查分别结对。三年来，渤海镇累计投入帮扶资金120万元，支持嘎查发展肉羊养殖。";
    expect(show(text, "FUNDED")).toEqual(["渤海镇>查干补力格苏木"]);
  });

  it("places an enterprise's investment the sentence does not place where the article last was in Inner Mongolia", () => {
    expect(show("走进商都县七台镇京蒙帮扶车间，机器轰鸣。这个车间由北京雪莲羊绒股份有限公司投资800万元建设。", "INVESTED_IN")).toEqual(["北京雪莲羊绒股份有限公司>七台镇"]);
  });

  it("gives money to the one that receives it (获得…捐赠的…，价值…)", () => {
    const { rels, name } = relations("此外，阿尔山市人民医院获得北京市东城区第一人民医院捐赠的医疗设备，价值85万元。");
    const f = rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["purpose"]}`);
    expect(f).toEqual(["北京市东城区第一人民医院>阿尔山市人民医院 医疗设备"]);
  });

  it("reads a project's labelled fields on one line (资金规模：…；帮扶单位：…)", () => {
    const text = "一、项目名称：肉牛养殖基地建设项目；实施地点：奈曼旗明仁苏木巴彦塔拉嘎查；资金规模：350万元；帮扶单位：北京市丰台区。";
    expect(show(text, "FUNDED")).toEqual(["丰台区>巴彦塔拉嘎查"]);
  });

  it("pairs on 携手, the helper before it and the partner after", () => {
    expect(show("近年来，西城区携手科右中旗，在产业合作等方面持续发力。", "PAIRED_WITH")).toEqual(["西城区>科尔沁右翼中旗"]);
    expect(show("北京市第八中学携手科右中旗第一中学，开展组团式教育帮扶。", "PAIRED_WITH")).toEqual(["北京市第八中学>科右中旗第一中学"]);
    expect(show("京蒙携手谱新篇。", "PAIRED_WITH")).toEqual([]);
  });

  it("reads the body someone came from (从…来到) as where they work", () => {
    expect(show("2023年7月，副县长张建峰从延庆区发展和改革委员会来到多伦县挂职。", "WORKS_AT")).toEqual(["张建峰>延庆区发展和改革委员会"]);
    expect(show("副县长张建峰从延庆区发展和改革委员会获悉。", "WORKS_AT")).toEqual([]);
  });

  it("pairs partners that became partners (成为了伙伴) and helpers 在…的帮助之下", () => {
    expect(show("海淀区和敖汉旗在2019年成为了伙伴。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
    expect(show("在北京市海淀区的帮助之下，敖汉旗正在经历巨大的变化。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
  });

  it("pairs the two sides of a joint meeting (与…召开联席会议)", () => {
    expect(show("东城区与阿尔山市召开联席会议。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
  });

  it("pairs a pairing said the other way round (由…对口帮扶, 受到…的对口帮扶)", () => {
    expect(show("扎赉特旗由北京市西城区对口帮扶。", "PAIRED_WITH")).toEqual(["西城区>扎赉特旗"]);
    expect(show("突泉县受到北京市西城区的对口帮扶。", "PAIRED_WITH")).toEqual(["西城区>突泉县"]);
  });

  it("pairs on 牵手 as on 携手", () => {
    expect(show("北京市第二中学牵手科右前旗第一中学，共建名师工作室。", "PAIRED_WITH")).toEqual(["北京市第二中学>科右前旗第一中学"]);
  });

  it("reads 我院 of a hospital's own post as the hospital named under its title, and only a 院's", () => {
    const text = "感谢您，北京专家\n科右中旗人民医院 2023-12-28\n北京大学人民医院副主任医师陈嘉伟在我院开展医疗帮扶工作半年。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["陈嘉伟>科右中旗人民医院"]);
    expect(show(text.replace("科右中旗人民医院 2023", "科右中旗第一中学 2023"), "ASSIGNED_TO")).toEqual([]);
  });

  it("reads 贵院 and 我院 of a letter as the hospitals written to and signing", () => {
    const text = "致北京市朝阳医院的感谢信\n北京市朝阳医院：\n贵院还向我院捐赠价值200万元的呼吸机。\n科尔沁右翼前旗人民医院\n2024年2月6日";
    expect(show(text, "FUNDED")).toEqual(["北京市朝阳医院>科尔沁右翼前旗人民医院"]);
  });

  it("gives a part of a project's whole cost to the one whose project it is (…医院新门诊综合楼项目总投资…，其中昌平区安排…), not its teller", () => {
    expect(show("昌平区对口帮扶太仆寺旗。据了解，太仆寺旗医院新门诊综合楼项目总投资1.2亿元，其中昌平区安排京蒙协作资金2000万元，其余由旗财政配套解决。", "FUNDED"))
      .toEqual(["昌平区>太仆寺旗医院"]);
    expect(show("大兴区对口帮扶察右前旗。据察右前旗乡村振兴局介绍，厂房项目总投资460万元，其中大兴区援助京蒙协作资金300万元，旗级配套资金110万元。", "FUNDED"))
      .toEqual(["大兴区>察哈尔右翼前旗"]);
  });

  it("gives money to the hospital of Inner Mongolia a pointer after 支持 stands for, though a Beijing hospital was named last", () => {
    const text = "队长贾文斌此次挂职鄂伦春自治旗人民医院副院长。德胜门医院与该院于2021年签订对口帮扶协议。今年，西城区卫生健康委员会安排帮扶资金300万元，支持该院胸痛中心建设。";
    expect(show(text, "FUNDED")).toEqual(["西城区卫生健康委员会>鄂伦春自治旗人民医院"]);
  });

  it("gives each item of a list a colon opens to whom its head gives (…向太仆寺旗捐赠了抗旱物资，合计…：A…；B…)", () => {
    const text = "今年我旗千斤沟镇旱情严重。辖区两家企业也向太仆寺旗捐赠了抗旱物资，合计价值约86万元：北京燕平农机装备有限公司捐赠抗旱水泵120台，价值38万元；北京沙河源饲料有限公司捐赠青贮饲草400吨，价值48万元。";
    expect(show(text, "FUNDED")).toEqual(["北京燕平农机装备有限公司>太仆寺旗", "北京沙河源饲料有限公司>太仆寺旗"]);
  });

  it("reads an enterprise's own money for its project as its investment where the project stands (其中京禾源自己出资3.2亿元)", () => {
    const text = "北京京禾源农业科技有限公司（以下简称“京禾源”）的产业园位于巴林左旗林东镇。项目总投资为5.1亿元，其中京禾源自己出资3.2亿元，另外1.5亿元来自银行贷款。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京京禾源农业科技有限公司>林东镇"]);
    expect(show(text, "FUNDED")).toEqual([]);
  });

  it("reads no grant from what a place received from all sides (接收各类…捐赠款物), and no investment only intended at first (初步意向投资)", () => {
    expect(show("昌平区对口帮扶太仆寺旗。今年以来，我旗已累计接收各类抗旱救灾捐赠款物1200余万元。", "FUNDED")).toEqual([]);
    expect(show("北京燕平农机装备有限公司负责人表示，公司还计划明年在太仆寺旗设立农机售后服务站，初步意向投资50万元。", "INVESTED_IN")).toEqual([]);
  });

  it("reads 贵校 and 我校 of a letter a story prints whole, by its salutation and the signature over its date", () => {
    const text = "北京市西城区德胜实验小学收到一封感谢信。现将感谢信全文刊发如下。\n尊敬的北京市西城区德胜实验小学全体老师、同学们：\n" +
      "我们还要感谢贵校的赵一鸣老师。他从今年3月起来我校支教。\n此致\n敬礼！\n鄂伦春自治旗大杨树镇中心学校全体师生\n2023年11月20日\n记者了解到，两地已有14对中小学结成帮扶对子。";
    expect(show(text, "WORKS_AT")).toEqual(["赵一鸣>北京市西城区德胜实验小学"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["赵一鸣>鄂伦春自治旗大杨树镇中心学校"]);
  });

  it("gives a sum over the years since a pairing began no year, and a year it was spent its year", () => {
    const { rels } = relations("自2022年结对以来,德胜街道累计向巴彦呼舒镇投入帮扶资金86万元。2023年,德胜街道向巴彦呼舒镇投入帮扶资金30万元。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["year"])).toEqual([null, 2023]);
  });

  it("reads 我区 as the district of the body the article is credited to (…供稿)", () => {
    const text = "2023年，我区扎实推进与科右中旗的结对帮扶工作。全年我区向受援地投入财政援助资金1.26亿元。\n（大兴区支援合作办供稿）";
    expect(show(text, "PAIRED_WITH")).toEqual(["大兴区>科尔沁右翼中旗"]);
    expect(show(text, "FUNDED")).toEqual(["大兴区>科尔沁右翼中旗"]);
  });

  it("gives no money of Beijing's other programmes to Inner Mongolia, and takes no place where something is done for a funder", () => {
    expect(show("海淀区与赤峰市结对。2023年，海淀区落实对口支援新疆和田地区工作部署，全年投入援疆资金4.5亿元。", "FUNDED")).toEqual([]);
    expect(show("通辽市的公司在北京市大兴区设立销售中心，投资3000万元建设冷链物流配送仓。大兴区商务局介绍。大兴区为企业服务。", "FUNDED")).toEqual([]);
  });

  it("reads a kind opening a clause as the one of that kind just named, and a grant told in the headline and the body once", () => {
    const text = "北京市慈善基金会捐赠500万元助力兴安盟教育\n北京市慈善基金会项目启动。基金会向兴安盟教育局捐赠资金500万元，用于资助学生。";
    expect(show(text, "FUNDED")).toEqual(["北京市慈善基金会>兴安盟教育局"]);
    expect(show("内蒙古科尔沁牛业股份有限公司是通辽市的企业。公司董事长吴国军说。", "WORKS_AT")).toEqual(["吴国军>内蒙古科尔沁牛业股份有限公司"]);
    // (企业 before its head's title: any enterprise named just before.)
    expect(show("北京禾丰种业科技有限公司在太仆寺旗建成智能温室12栋。企业负责人杨志刚介绍，基地去年销售收入约9000万元。", "WORKS_AT")).toEqual(["杨志刚>北京禾丰种业科技有限公司"]);
  });

  it("gives an investment the amount given as its 投资额, but not a group's total (…等企业4家…)", () => {
    const one = relations("北京二商集团有限责任公司在察右后旗的白音察干镇设立了肉羊加工厂，投资额为1.2亿元。");
    expect(one.rels.filter((r) => r.type === "INVESTED_IN").map((r) => r.props["amountYuan"])).toEqual([120000000]);
    const group = relations("引进北京三快在线科技有限公司等企业4家落地察右后旗,实际投资额1.8亿元。");
    expect(group.rels.filter((r) => r.type === "INVESTED_IN").map((r) => r.props["amountYuan"])).toEqual([undefined]);
  });

  it("reads no grant from what each of many must give (各区要…不少于…)", () => {
    expect(show("各区要按照协议要求，每年向结对旗县投入财政援助资金不少于5000万元。", "FUNDED")).toEqual([]);
    expect(show("全年北京市各区共向兴安盟拨付京蒙协作资金2.35亿元。", "FUNDED")).toEqual(["北京市>兴安盟"]);
  });

  it("gives money for a facility a sentence opens pointing at (该基地, 这批大棚) to the one place the sentence before set it in, or to the base its county names", () => {
    expect(show("昌平区对口帮扶太仆寺旗。代表团来到千斤沟镇三道沟村肉牛养殖基地。该基地由昌平区投入京蒙协作资金380万元建设。", "FUNDED")).toEqual(["昌平区>三道沟村"]);
    expect(show("昌平区对口帮扶太仆寺旗。代表团来到太仆寺旗千斤沟镇三道沟村肉牛养殖基地。该基地由昌平区投入京蒙协作资金380万元建设。", "FUNDED")).toEqual(["昌平区>太仆寺旗千斤沟镇三道沟村肉牛养殖基地"]);
    expect(show("海淀区对口帮扶科右前旗。\n在归流河镇西沟村，一排排智慧大棚里，番茄长势正旺。这批大棚由海淀区投入京蒙协作资金860万元建设。", "FUNDED")).toEqual(["海淀区>西沟村"]);
    // (Not where the sentence before names places of two chains: the facility's own is unknown.)
    expect(show("昌平区对口帮扶太仆寺旗。代表团先后来到宝昌镇和千斤沟镇。该基地由昌平区投入京蒙协作资金380万元建设。", "FUNDED")).toEqual(["昌平区>太仆寺旗"]);
  });

  it("gives money to the name the sentence before gave, not a place nested in it", () => {
    expect(show("由北京市大兴区援建的库伦旗人民医院新住院楼正式投入使用。该项目总投资1.5亿元，其中京蒙协作资金8000万元。", "FUNDED")).toEqual(["北京市>库伦旗人民医院"]);
  });

  it("counts sales and output as no funding", () => {
    expect(show("北京市已采购自治区消费帮扶产品64亿元,年产值达300余万元。", "FUNDED")).toEqual([]);
  });
});

describe("list items that name their own place before their sum", () => {
  const report = "化德县2024年京蒙协作绩效自评\n全年到位门头沟区财政援助资金8950万元，实施项目24个。主要项目：\n" +
    "——长顺镇京蒙协作服装产业园标准化厂房（三期）：援助资金3200万元；\n——德包图乡肉牛养殖小区：援助资金980万元；\n——化德县医院远程影像诊断中心：援助资金300万元。";
  it("gives each item's sum, after a heading ending in a colon, to the place or body its head names, not to the partner", () => {
    expect(show(report, "FUNDED")).toEqual(["门头沟区>化德县", "门头沟区>长顺镇", "门头沟区>德包图乡", "门头沟区>化德县医院"]);
  });
  it("reads the town that opens a project's name as the project's place (1.库伦镇荞麦产业园建设项目)", () => {
    const text = "库伦旗京蒙协作绩效自评报告\n2023年，密云区下达我旗京蒙协作财政援助资金9860万元。主要项目如下：\n1.库伦镇荞麦产业园建设项目：京蒙资金1600万元。\n2.库伦旗蒙医医院医疗设备购置项目：京蒙资金420万元。";
    expect(show(text, "FUNDED")).toEqual(["密云区>库伦旗", "密云区>库伦镇", "密云区>库伦旗蒙医医院"]);
  });
});

describe("a body's pointer beside a pair, where the one posted goes to the other", () => {
  it("reads 该校, 该院 and 该中心 as the body the person comes from, when the sentence sends them to its partner", () => {
    const text = "北京市西城区广宁实验小学与鄂伦春自治旗大杨树第三小学结为“手拉手”学校。今年9月，该校数学教师韩冰主动报名，来到大杨树第三小学支教一年。\n" +
      "海淀区上地医院与科尔沁右翼前旗人民医院结对以来，已派出3批专家。该院心内科主任曹明远挂任科右前旗人民医院副院长。\n" +
      "海淀区西北旺镇社区卫生服务中心与居力很镇卫生院签订结对协议，该中心护士长何丽娟在居力很镇卫生院驻院帮扶3个月。";
    expect(show(text, "WORKS_AT")).toEqual(["韩冰>北京市西城区广宁实验小学", "曹明远>海淀区上地医院", "何丽娟>海淀区西北旺镇社区卫生服务中心"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["韩冰>鄂伦春自治旗大杨树第三小学", "曹明远>科尔沁右翼前旗人民医院", "何丽娟>居力很镇卫生院"]);
  });
});

describe("a district's notice of its money to its partner", () => {
  const notice = "关于大兴区2023年度京蒙协作帮扶资金分配情况的公开\n现将我区2023年度对口帮扶乌兰察布市察哈尔右翼前旗（以下简称察右前旗）区级财政援助资金分配情况公开如下。\n" +
    "2023年，我区安排京蒙协作区级财政援助资金3600万元，已于4月20日全额拨付察右前旗，资金投向察右前旗玫瑰营镇、黄旗海镇、巴音塔拉镇、土贵乌拉镇4个镇和旗人民医院。\n" +
    "分配明细表（单位：万元）：\n序号|受援地点或单位|项目名称|援助资金|备注\n1|玫瑰营镇|肉羊产业园配套设施项目|1350|续建\n2|察哈尔右翼前旗人民医院|医疗设备购置项目|390|大兴区人民医院结对共建\n" +
    "联系单位：北京市大兴区支援合作办公室";
  it("reads the banner it names most as its focus, the total as the banner's, not its towns', and the table under a unit closing its sentence", () => {
    expect(show(notice, "FUNDED")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>玫瑰营镇", "大兴区>察哈尔右翼前旗人民医院"]);
  });
});

describe("a notice's projects, each a heading and its fields a line", () => {
  it("gives Beijing's part of each, in the notice's unit, to the place its heading names", () => {
    const text = "太仆寺旗2024年度京蒙协作资金项目计划公示\n2024年，结对帮扶我旗的北京市昌平区安排京蒙协作财政援助资金4860万元。\n二、项目明细（金额单位：万元）\n" +
      "1.千斤沟镇西营子村肉牛养殖基地建设项目\n建设内容：新建标准化牛舍2栋。\n资金构成：总投资980，其中京蒙协作资金800，旗级配套180。\n实施主体：千斤沟镇人民政府\n\n" +
      "2.太仆寺旗中蒙医院远程会诊中心建设项目\n建设内容：购置远程会诊终端。该院自2022年起与昌平区中医医院结对。\n资金构成：总投资450，全部为京蒙协作资金。\n实施主体：太仆寺旗卫生健康委员会";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["太仆寺旗 48600000", "西营子村 8000000", "太仆寺旗中蒙医院 4500000"]);
  });
  it("reads the source's sum, not the contract's, and a field's line apart from the next field's", () => {
    const text = "鄂伦春自治旗京蒙协作项目竣工验收结果公示\n北京市西城区安排我旗东西部协作资金1882万元。现将验收结果公示如下：\n" +
      "项目二：阿里河镇达尔滨村桦树皮手工艺帮扶车间项目\n建设地点：阿里河镇达尔滨村\n合同金额：291.60万元　　决算审定金额：286.30万元\n资金来源：西城区东西部协作资金280万元，村集体自筹6.30万元\n验收结论：合格。车间已吸纳当地群众23人就业。\n\n" +
      "项目三：鄂伦春自治旗人民医院远程诊疗设备购置项目\n采购方式：公开招标\n合同金额：452.00万元\n资金来源：西城区东西部协作资金452万元\n验收结论：合格。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["西城区>鄂伦春自治旗 18820000", "西城区>达尔滨村 2800000", "西城区>鄂伦春自治旗人民医院 4520000"]);
  });
});

describe("givers and receivers that are no one's name", () => {
  it("reads no village in a campaign's quoted name, and no district as the giver of its unnamed enterprises", () => {
    const text = "北京经济技术开发区与巴林右旗结对。北京经济技术开发区部分企业通过“亦企兴村”行动另向巴林右旗捐赠社会帮扶资金300万元。";
    const { rels, name } = relations(text);
    expect(rels.some((r) => name(r.target) === "亦企兴村" || name(r.source) === "亦企兴村")).toBe(false);
    expect(show(text, "FUNDED")).toEqual([]);
  });
});

describe("cadres of Inner Mongolia posted to Beijing's towns and streets", () => {
  it("reads each one's home and host, by a committee member's title, a Mongolian name and a dash row's partner after 我旗", () => {
    const text = "丰台区与我旗结对。目前两地已建立的镇街结对关系为：\n丰台区卢沟桥街道——我旗乌兰花镇\n丰台区王佐镇——我旗查干补力格苏木\n" +
      "其中，供济堂镇组织委员李娜在长辛店镇跟岗，查干补力格苏木副苏木达阿拉坦仓在王佐镇跟岗。";
    expect(show(text, "PAIRED_WITH", "四子王旗京蒙协作简报")).toEqual(expect.arrayContaining(["卢沟桥街道>乌兰花镇", "王佐镇>查干补力格苏木"]));
    expect(show(text, "WORKS_AT", "四子王旗京蒙协作简报")).toEqual(["李娜>供济堂镇", "阿拉坦仓>查干补力格苏木"]);
    expect(show(text, "ASSIGNED_TO", "四子王旗京蒙协作简报")).toEqual(["李娜>长辛店镇", "阿拉坦仓>王佐镇"]);
  });
  it("gives each of two people listed with their own place and title the place 分别 gives them", () => {
    const text = "培训结束后，鄂伦春自治旗阿里河镇副镇长关玉兰、大杨树镇党委委员孟德明将留在西城区，分别到德胜街道、西长安街街道挂职3个月。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["关玉兰>德胜街道", "孟德明>西长安街街道"]);
  });
});

describe("a village's own people", () => {
  it("reads 村党支部书记 and 村民 as the village's, and a banner cadre sent to live there as assigned to it", () => {
    const text = "太仆寺旗骆驼山镇东井子村的食用菌大棚里已经亮起了灯。56岁的村民韩凤英戴着头灯剪香菇。\n" +
      "2021年5月，太仆寺旗财政局干部赵文斌被派驻东井子村任驻村第一书记。“过去开会喊不来人。”村党支部书记张有福说。";
    expect(show(text, "WORKS_AT")).toEqual(["韩凤英>东井子村", "赵文斌>太仆寺旗财政局", "张有福>东井子村"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["赵文斌>东井子村"]);
    expect(show("柳树营子村的番茄正值采收期。村党支部书记兼村委会主任高玉林守在分拣棚里。", "WORKS_AT")).toEqual(["高玉林>柳树营子村"]);
  });
});

describe("a village work team", () => {
  it("reads its first secretary, sent by a body of the same side, and its members named after him, Mongolian names too, as posted to the village", () => {
    const text = "2021年6月，通辽市林业和草原局派驻的第一书记白乌力吉来到哈日干图嘎查。他和工作队员韩雪、敖日格乐一起列出了清单。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["白乌力吉>哈日干图嘎查", "韩雪>哈日干图嘎查", "敖日格乐>哈日干图嘎查"]);
    expect(show("2021年5月，太仆寺旗财政局干部赵文斌被派驻东井子村任驻村第一书记兼工作队队长，队员李晓东、乌日娜随后到岗。", "ASSIGNED_TO")).toEqual(["赵文斌>东井子村", "李晓东>东井子村", "乌日娜>东井子村"]);
  });
});

describe("a first secretary stationed in a village by a Beijing body", () => {
  it("reads the body that chose them as their home and the village as their posting (选派的驻嘎查第一书记), and 作《…》 as no part of a name", () => {
    const text = "在脑木更嘎查，丰台区农业农村局选派的驻嘎查第一书记周思远向考察团汇报了嘎查集体经济发展情况。中国人民大学公共管理学院教授石磊作《乡村振兴战略下的县域治理》专题辅导。";
    expect(show(text, "WORKS_AT")).toEqual(["周思远>丰台区农业农村局", "石磊>中国人民大学公共管理学院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["周思远>脑木更嘎查"]);
  });
});

describe("teachers of Inner Mongolia placed in Beijing's schools", () => {
  it("reads 被安排在 with the kind the sentence before names, and a school's side from the town its name opens with", () => {
    const text = "阿尔山市与东城区结对。4名小学骨干教师参加的是为期一个月的跟岗学习。其中，五岔沟镇中心学校数学教师刘海燕和白狼镇中心学校语文教师图雅被安排在东城区安定门第五小学。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海燕>东城区安定门第五小学", "图雅>东城区安定门第五小学"]);
  });
});

describe("a posting placed in a paragraph after the one naming its kind", () => {
  it("reads 被安排在 with the kind the paragraph before names (…来到阿尔山市，开展…冰雪运动支教。/ …周楠被安排在阿尔山市第一中学)", () => {
    const text = "周楠是北京市第二中学的体育教师。去年12月，她来到阿尔山市，开展为期两个月的冰雪运动支教。\n东城区帮扶阿尔山市已有多年。周楠被安排在阿尔山市第一中学，每周五个下午带训练。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["周楠>阿尔山市第一中学"]);
  });
});

describe("a table's givers", () => {
  it("reads the column of who gave over the column of the row's pair (北京结对区 | … | 捐赠单位)", () => {
    const text = "2024年度京蒙协作器材捐赠项目表\n序号 | 受赠学校 | 所在旗县（市） | 北京结对区 | 捐赠内容 | 金额（万元） | 捐赠单位\n" +
      "1 | 阿尔山市第一中学 | 兴安盟阿尔山市 | 东城区 | 越野滑雪板60套 | 38.5 | 北京市冰雪运动发展基金会\n" +
      "2 | 库伦旗第二小学 | 通辽市库伦旗 | 房山区 | 轮滑鞋200套 | 12.6 | 北京雪驰冰雪运动器材有限公司\n";
    expect(show(text, "FUNDED")).toEqual(["北京市冰雪运动发展基金会>阿尔山市第一中学", "北京雪驰冰雪运动器材有限公司>库伦旗第二小学"]);
  });
});

describe("a table's pairs and their money", () => {
  it("reads a column of pairs a district's name opens (丰台区结对单位) as the pairs, and the money the caption says is the district's as its", () => {
    const text = "2024年丰台区京蒙协作资金村集体经济发展项目安排表\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位 | 丰台区结对单位\n" +
      "1 | 肉羊标准化养殖棚圈建设项目 | 吉生太镇西滩村 | 260 | 吉生太镇人民政府 | 王佐镇西王佐村\n" +
      "2 | 马铃薯种薯储窖建设项目 | 供济堂镇三元井村 | 220 | 供济堂镇人民政府 | 长辛店镇张家坟村\n" +
      "3 | 杜蒙肉羊育肥托养项目 | 库伦图镇大井坡村 | 150 | 库伦图镇人民政府 | 北京丰泽源农产品有限公司\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["西王佐村>西滩村", "张家坟村>三元井村", "北京丰泽源农产品有限公司>大井坡村"]);
    expect(show(text, "FUNDED")).toEqual(["丰台区>西滩村", "丰台区>三元井村", "丰台区>大井坡村"]);
  });
  it("reads a column of paired towns its header says are a district's (结对镇街（海淀区）): each paired with the row's town, not the village the project names, the money the line above says is the district's", () => {
    const text = "2024年共安排海淀区京蒙协作资金3600万元，支持我旗嘎查村开展乡村振兴示范村建设，具体如下：\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位 | 结对镇街（海淀区）\n" +
      "1 | 白音塔拉嘎查乡村振兴示范村建设项目 | 居力很镇白音塔拉嘎查 | 850 | 居力很镇人民政府 | 温泉镇\n2 | 永丰村人居环境整治提升项目 | 归流河镇永丰村 | 620 | 归流河镇人民政府 | 上庄镇\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["温泉镇>居力很镇", "上庄镇>归流河镇"]);
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["海淀区>白音塔拉嘎查", "海淀区>永丰村"]));
  });
  it("gives a row's money to the school its project's name builds up, named for the town of the row's place column", () => {
    const text = "顺义区对口帮扶巴林左旗。2024年顺义区京蒙协作资金学前教育项目如下：\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位\n1 | 林东镇第二幼儿园改扩建项目 | 林东镇 | 860 | 巴林左旗教育局\n2 | 幼儿园教师培训项目 | 隆昌镇 | 40 | 巴林左旗教育局\n";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["顺义区>林东镇第二幼儿园", "顺义区>隆昌镇"]));
  });
  it("reads a table's 落户地 as where each firm settles, its sum only planned", () => {
    const text = "一、招商引资签约项目\n序号 | 企业名称 | 项目名称 | 落户地 | 计划投资额（万元）\n1 | 北京禾丰源农业科技有限公司 | 年产5万吨有机大米加工项目 | 兴安盟科右前旗 | 15000\n2 | 北京京蒙牧歌食品有限公司 | 荞麦全产业链开发项目 | 通辽市库伦旗 | 8000\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京禾丰源农业科技有限公司>科尔沁右翼前旗", "北京京蒙牧歌食品有限公司>库伦旗"]);
  });
});

describe("sums right after whom one helps", () => {
  it("reads 房山区帮扶库伦旗9006万元 as a grant in a sentence on money, each of a list", () => {
    const text = "通辽市2023年京蒙协作成效。从资金投入看，房山区帮扶库伦旗9006万元，顺义区帮扶科左后旗1.05亿元（均含北京市级资金）。";
    expect(show(text, "FUNDED")).toEqual(["房山区>库伦旗", "顺义区>科尔沁左翼后旗"]);
  });
});

describe("a table of awards and each winner's project lead", () => {
  it("reads the lead of a row's winning supplier as working there (中标（成交）供应商 | … | 项目负责人)", () => {
    const text = "一、中标（成交）结果汇总表\n序号 | 项目名称 | 采购人 | 中标（成交）供应商 | 中标（成交）金额（万元） | 项目负责人\n" +
      "1 | 库伦旗扣河子镇肉牛标准化养殖基地建设项目 | 库伦旗扣河子镇人民政府 | 通辽市恒泰建筑安装有限责任公司 | 1386.52 | 韩志强\n";
    expect(show(text, "WORKS_AT")).toEqual(["韩志强>通辽市恒泰建筑安装有限责任公司"]);
    expect(show(text, "FUNDED")).toEqual([]);
  });
});

describe("a table's column of each posting's kind", () => {
  it("reads the kind a column of its own says, over the one its posting's label would (服务单位 | 类型 | 挂职（副局长）)", () => {
    const text = "表1 2024年上半年昌平区来阿鲁科尔沁旗体育支教挂职人员情况\n序号 | 姓名 | 派出单位 | 服务单位 | 类型 | 期限\n" +
      "1 | 孙浩然 | 北京市昌平区第二中学 | 阿鲁科尔沁旗天山第一中学 | 支教 | 一学期\n3 | 马骏 | 昌平区体育局 | 阿鲁科尔沁旗教育体育局 | 挂职（副局长） | 一年\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["kind"]}`)).toEqual(["孙浩然>阿鲁科尔沁旗天山第一中学>支教", "马骏>阿鲁科尔沁旗教育体育局>挂职"]);
  });
});

describe("work at a firm's own unit", () => {
  it("reads 进入…有限公司下属的…中心工作 as work at the unit", () => {
    const text = "巴林左旗妇女乌日娜说，日子好了。培训结束后，乌日娜来到北京，进入北京颐寿园养老服务有限公司下属的颐寿园养老照料中心工作。";
    expect(show(text, "WORKS_AT")).toContain("乌日娜>颐寿园养老照料中心");
  });
});

describe("investments in a site built in a place", () => {
  it("reads the place written before the site's verb of building (计划投资3200万元在察右后旗建设火山滑雪训练基地)", () => {
    const text = "北京雪缘体育文化发展有限公司看中了乌兰哈达的条件，计划投资3200万元在察右后旗建设火山滑雪训练基地。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京雪缘体育文化发展有限公司>察哈尔右翼后旗"]);
  });
});

describe("people a notice names in labelled fields", () => {
  it("reads a committee's members with their bodies, a contact with the body above, a project manager with the bidder above", () => {
    const text = "鄂伦春自治旗京蒙协作项目验收公示\n验收组成员：\n组　长：孟庆和　鄂伦春自治旗乡村振兴局副局长\n成　员：王　岩　旗财政局农业股股长\n　　　　吴海燕　旗审计局审计师\n" +
      "第一中标候选人：兴安盟鑫达建设工程有限公司\n项目经理：孙志强（一级建造师）\n招标人：科尔沁右翼前旗归流河镇人民政府\n联系人：那日苏　电话：0482-8611092";
    expect(show(text, "WORKS_AT")).toEqual(["孟庆和>鄂伦春自治旗乡村振兴局", "王岩>鄂伦春自治旗财政局", "吴海燕>鄂伦春自治旗审计局", "孙志强>兴安盟鑫达建设工程有限公司", "那日苏>科尔沁右翼前旗归流河镇人民政府"]);
  });
});

describe("money that is the local side's own, or only needed", () => {
  it("reads no grant of Beijing's in a part the local side pays (县级财政整合资金), nor in a sum a project would need", () => {
    const text = "宁城县大城子镇柳树营子村与房山区结对。园区总投资860万元。其中，房山区京蒙协作资金520万元，县级财政整合资金240万元，村集体与农户自筹100万元。\n" +
      "下一步村里打算引进番茄酱深加工项目，“初步测算需要投资1500万元左右，资金渠道还在对接”。";
    expect(relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([5200000]);
  });
});

describe("a pairing told in passing of a neighbour", () => {
  it("reads no pairing in 同属 (of the same league), and the neighbour's own pairing after 由", () => {
    const text = "察右前旗与大兴区结对。与我旗同属乌兰察布市、由北京市延庆区对口帮扶的察右后旗，今年10月专门派人来大榆树村考察学习。";
    expect(show(text, "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗", "延庆区>察哈尔右翼后旗"]);
  });
});

describe("an enterprise's own report", () => {
  const report = "北京京兴城市建设投资集团有限公司\n2023年度社会责任报告（节选）\n● 三年累计向察右前旗投入帮扶资金1650万元\n" +
    "作为扎根大兴区的区属国有企业，京兴集团始终履行国企社会责任。2021年，大兴区与察哈尔右翼前旗建立结对关系。\n" +
    "2023年，集团出资120万元，为察哈尔右翼前旗黄茂营乡中心卫生院购置医疗设备。\n" +
    "集团先后选派4人次赴察右前旗工作。其中，投资发展部经理赵立新2022年起挂职察哈尔右翼前旗发展和改革委员会副主任；党群工作部干事孙萌自2023年4月起担任大井村驻村第一书记。";
  it("reads the group, by its short name and by 集团 alone, as the giver and as the home of those it sent", () => {
    expect(show(report, "FUNDED")).toEqual(["北京京兴城市建设投资集团有限公司>察哈尔右翼前旗", "北京京兴城市建设投资集团有限公司>察哈尔右翼前旗黄茂营乡中心卫生院"]);
    expect(show(report, "WORKS_AT")).toEqual(["赵立新>北京京兴城市建设投资集团有限公司", "孙萌>北京京兴城市建设投资集团有限公司"]);
  });
});

describe("helpers listed before a comma and partners after 分别与", () => {
  it("pairs each with its own, in order", () => {
    const text = "大兴区与察右前旗结对。集团所属北京京兴物业管理有限公司、北京京兴园林绿化工程有限公司、北京京兴建材有限公司三家子公司，分别与巴音塔拉镇大井村、三圣村、后房子村结成村企帮扶对子。";
    expect(show(text, "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗", "北京京兴物业管理有限公司>大井村", "北京京兴园林绿化工程有限公司>三圣村", "北京京兴建材有限公司>后房子村"]);
  });
});

describe("a hospital's own post about its team", () => {
  it("reads the site's header as 我院, and the team's leader and members as the hospital's, posted where the team serves", () => {
    const post = "北京市西城区白纸坊医院\n我院第四批援蒙医疗队抵达鄂伦春自治旗\n发布日期：2025-08-11\n" +
      "8月8日，我院第四批援蒙医疗队一行5人抵达内蒙古呼伦贝尔市鄂伦春自治旗，将在鄂伦春自治旗人民医院开展为期一年的医疗帮扶。\n" +
      "本批医疗队由普外科副主任医师邱明远担任队长，队员包括心内科主治医师董雪、护理部主管护师罗佳。";
    expect(show(post, "ASSIGNED_TO")).toEqual(["邱明远>鄂伦春自治旗人民医院", "董雪>鄂伦春自治旗人民医院", "罗佳>鄂伦春自治旗人民医院"]);
    expect(show(post, "WORKS_AT")).toEqual(["邱明远>北京市西城区白纸坊医院", "董雪>北京市西城区白纸坊医院", "罗佳>北京市西城区白纸坊医院"]);
  });
  it("posts a team's leader (由…带队) and members listed by department (超声科赵婧) where the team of that batch went, however far back", () => {
    const post = "北京市密云区燕山医院\n接力援蒙路\n第三批援蒙医疗队5名队员返回密云；第四批4名队员将于次日出发，奔赴库伦旗中蒙医院。\n" +
      "韩志远说，一切顺利。患者转危为安。当地护士30余人得到带教。该院胸痛中心通过认证。门诊量增长41%。业务收入增长35%。\n" +
      "第四批援蒙医疗队由呼吸与危重症医学科主治医师刘海峰带队，队员包括超声科赵婧、儿科吴天宇、检验科何佳。";
    expect(show(post, "ASSIGNED_TO")).toEqual(["刘海峰>库伦旗中蒙医院", "赵婧>库伦旗中蒙医院", "吴天宇>库伦旗中蒙医院", "何佳>库伦旗中蒙医院"]);
  });
  it("posts the members a team also counts (团队成员还包括…) at the hospital its sentence names as the one helped, not the town it reached", () => {
    const text = "3月，作为鄂伦春自治旗人民医院的对口帮扶医院，北京市西城区月坛中医医院第三批帮扶团队一行7人抵达阿里河镇，进驻受援医院。" +
      "团队成员还包括该院麻醉科主治医师李文博、西城区大栅栏社区卫生服务中心全科医生宋佳等。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["李文博>鄂伦春自治旗人民医院", "宋佳>鄂伦春自治旗人民医院"]);
  });
  it("posts a medical team gone to a banner at the banner's hospital the sentences between name", () => {
    const post = "4月14日，北京市昌平区第二人民医院第三批援蒙医疗队一行5人抵达锡林郭勒盟太仆寺旗，正式开始为期半年的医疗帮扶工作。当天下午，我院与太仆寺旗医院在该院举行续签仪式。\n" +
      "本批医疗队由我院普外科副主任医师孙海涛担任队长，队员包括心内科主治医师韩璐。";
    expect(show(post, "ASSIGNED_TO")).toEqual(["孙海涛>太仆寺旗医院", "韩璐>太仆寺旗医院"]);
  });
});

describe("a school's public-account post", () => {
  it("reads the account named in its head (原创　作者　账号　日期) as 我校", () => {
    const post = "支教日记\n原创 大兴一小 北京市大兴区第一小学 2024年06月28日 17:30 北京\n\n编者按：今年2月底，我校语文教师林晓雨来到科右前旗察尔森镇中心学校，开始为期一年的支教生活。";
    expect(show(post, "WORKS_AT")).toEqual(["林晓雨>北京市大兴区第一小学"]);
  });
});

describe("a bureau's own page", () => {
  it("reads 我委 as the body the page's credit names", () => {
    const page = "海淀区与科右前旗续签教育协作框架协议\n来源：北京市海淀区教育委员会　　时间：2023年09月11日\n9月7日，北京市海淀区教育委员会与科尔沁右翼前旗教育体育局举行协议续签仪式。我委副主任孟庆伟代表签字。";
    expect(show(page, "WORKS_AT")).toEqual(["孟庆伟>北京市海淀区教育委员会"]);
  });
});

describe("parts of a total two sentences on", () => {
  it("reads 其中 parts after a sentence of no sum that follows the total, and 现代 in a park's name", () => {
    const text = "察哈尔右翼前旗2025年上半年京蒙协作工作情况\n2025年，大兴区共下达我旗京蒙协作财政援助资金1.18亿元。资金共安排项目26个，截至6月底已开工22个。其中，安排2300万元用于我旗土贵乌拉镇现代农牧业产业园冷链仓储中心建设，安排1600万元用于我旗黄茂营乡12个村的人居环境整治。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(expect.arrayContaining(["黄茂营乡 16000000"]));
    expect(rels.filter((r) => r.type === "FUNDED").some((r) => r.props["amountYuan"] === 23000000 && name(r.target) === "察哈尔右翼前旗土贵乌拉镇现代农牧业产业园")).toBe(true);
  });
});

describe("a sum planned for a year after the article's own", () => {
  it("reads no grant in it, though this year's plan stands", () => {
    const doc = (text: string) => { const d = recognise(g, { id: "article:test", title: "", text: normalise(text).text, byline: [], date: "2025-09-01" }); const r = resolve(g, [d]); return relate(g, r.docs[0]!, r.entities).filter((x) => x.type === "FUNDED").map((x) => x.props["amountYuan"]); };
    expect(doc("密云区与库伦旗结对。按照两地最新商定的计划，2026年密云区拟向库伦旗安排协作资金1.1亿元。")).toEqual([]);
    expect(doc("密云区与库伦旗结对。2025年密云区计划向库伦旗安排协作资金1.1亿元。")).toEqual([110000000]);
  });
});

describe("an enterprise called one of a place's", () => {
  it("locates it there (昌平区企业…, 同为大兴区企业的…), but not one sent to a place", () => {
    const text = "今年3月，昌平区企业北京禾丰源食品有限公司在太仆寺旗投资。在该旗黄茂营乡，同为大兴区企业的北京瀛海兴盛食品有限公司建设了工厂。";
    expect(show(text, "LOCATED_IN").filter((x) => x.startsWith("北京"))).toEqual(["北京禾丰源食品有限公司>昌平区", "北京瀛海兴盛食品有限公司>大兴区"]);
  });
});

describe("an enterprise settled in a park and a floor only planned", () => {
  it("places the investment in the town the park is named after, and reads no grant in a planned floor", () => {
    const text = "丰台区与四子王旗结对。北京草原兴牧食品有限公司落户乌兰花镇京蒙协作产业园，投资1.6亿元建设年屠宰肉羊30万只加工项目。2024年，两地计划安排财政援助资金不低于6000万元。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN" && r.props["amountYuan"]).map((r) => `${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["乌兰花镇 160000000"]);
    expect(rels.filter((r) => r.type === "FUNDED")).toEqual([]);
  });
});

describe("a tender notice's project money", () => {
  it("reads Beijing's sum a source names beside the local one it is joined to (…资金1000万元及旗级配套资金186万元)", () => {
    const text = "本招标项目库伦旗2024年京蒙协作扣河子镇荞麦精深加工车间建设项目已批准建设，建设资金来自北京市密云区京蒙协作资金1000万元及旗级配套资金186万元。";
    expect(relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([10000000]);
    expect(show(text, "FUNDED")).toEqual(["密云区>扣河子镇"]);
  });
});

describe("a hospital named again without its place", () => {
  it("reads 上地医院 as 海淀区上地医院, and 向我旗人民医院捐赠 as given to the banner's hospital, not by it", () => {
    const text = "海淀区上地医院与科尔沁右翼前旗人民医院结对以来，已派出3批共21名专家。此外，上地医院还向我旗人民医院捐赠了价值约160万元的医疗设备。";
    expect(show(text, "FUNDED")).toEqual(["海淀区上地医院>科尔沁右翼前旗人民医院"]);
  });
});

describe("one who takes over a post", () => {
  it("serves where the one taken over from served (接任第一书记的是…)", () => {
    const text = "2019年，巴林左旗自然资源局干部常振东被派驻东山湾村，任驻村第一书记。此后几年村里变化很大。常振东驻村期满，接任第一书记的是巴林左旗农牧局的年轻干部于海洋。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["常振东>东山湾村", "于海洋>东山湾村"]);
  });
});

describe("two schools said to have become partners", () => {
  it("pairs the two named before 两校…结为", () => {
    const text = "在居力很镇中心学校，学生与北京市海淀区中关村第五小学学生同上一节科学课。两校自2022年起结为帮扶学校，已开展同步课堂。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市海淀区中关村第五小学>居力很镇中心学校"]);
  });
});

describe("hospitals that build a specialty together or renew their agreement", () => {
  it("pairs them (开展专科共建, 续签对口帮扶协议)", () => {
    expect(show("三年来，密云区中医医院与库伦旗蒙医医院开展专科共建。", "PAIRED_WITH")).toEqual(["密云区中医医院>库伦旗蒙医医院"]);
    expect(show("北京市房山区长阳医院与宁城县中心医院续签对口帮扶协议。", "PAIRED_WITH")).toEqual(["北京市房山区长阳医院>宁城县中心医院"]);
  });
});

describe("a league paper's page about one of its banners", () => {
  const text = "乌兰察布日报　2023年12月19日　第03版：旗县区新闻\n\n——北京市丰台区紧急支援四子王旗抗击雪灾纪实\n\n" +
    "14日凌晨，12辆货车从丰台出发。其中，2000套棉衣棉被由北京卢沟桥供销商贸有限公司捐赠，价值约46万元。\n\n" +
    "12日晚，丰台区红十字会决定动用应急备灾资金，向四子王旗红十字会拨付救灾款50万元，定向用于脑木更苏木、红格尔苏木受灾牧户的生活救助。";
  it("takes the banner, not the paper's league, as the focus, and keeps a body the sum is sent to by name", () => {
    expect(show(text, "FUNDED", "风雪驰援 京蒙同心")).toEqual(["北京卢沟桥供销商贸有限公司>四子王旗", "丰台区红十字会>四子王旗红十字会"]);
  });
});

describe("bodies of a kind paired, and rows that pair no one", () => {
  it("pairs two cultural centres or unions of the two sides (西城区第一文化馆与鄂伦春自治旗文化馆签订结对共建协议)", () => {
    expect(show("演出前，西城区第一文化馆与鄂伦春自治旗文化馆签订结对共建协议。", "PAIRED_WITH")).toEqual(["西城区第一文化馆>鄂伦春自治旗文化馆"]);
  });
  it("reads no pair from a table of gifts, nor from a credit line set in cells", () => {
    const gifts = "2024年北京市社会力量京蒙协作捐赠情况表\n\n序号 | 捐赠单位 | 受赠单位 | 金额（万元）\n3 | 北京市红十字会 | 阿尔山市红十字会 | 30\n";
    expect(show(gifts, "PAIRED_WITH")).toEqual([]);
    const credits = "东西部协作短视频脚本\n\n字幕:东西部协作 让草原的味道走进京城\n落版:多伦县融媒体中心|怀柔区融媒体中心\n";
    expect(show(credits, "PAIRED_WITH")).toEqual([]);
  });
});

describe("what an enterprise built, named with its place", () => {
  it("is its investment there, at the project's total (…公司投资建设的千斤沟镇房车营地已于去年落地，项目总投资3200万元)", () => {
    const text = "另据介绍，北京嘉禾田园文旅发展有限公司投资建设的千斤沟镇房车营地已于去年落地，项目总投资3200万元，今年7月将正式营业。";
    const { rels, name } = relations(text, "太仆寺旗文旅推介会");
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京嘉禾田园文旅发展有限公司>千斤沟镇 32000000"]);
  });
});

describe("a people's name, a firm's manager at its site, and who pays the rest", () => {
  it("reads no banner in a people's name (鄂伦春族歌手关晓云)", () => {
    expect(show("同台献艺的还有来自黑龙江省黑河市的鄂伦春族歌手关晓云。", "WORKS_AT")).toEqual([]);
  });
  it("puts a manager at the enterprise pointed at before the site (该公司察右后旗项目经理邓伟)", () => {
    const text = "负责日常运营的北京雪驰体育文化发展有限公司去年落户察右后旗。该公司察右后旗项目经理邓伟说，雪季以来已接待群众4.3万人次。";
    expect(show(text, "WORKS_AT", "延庆冰雪助力察右后旗")).toEqual(["邓伟>北京雪驰体育文化发展有限公司"]);
  });
  it("gives no money to one that pays the rest of the cost (其余由自治区…解决)", () => {
    const text = "这座冰雪运动中心位于白音察干镇，项目总投资2680万元。其中，延庆区投入京蒙协作资金1500万元，其余由自治区体育彩票公益金和旗本级财政解决。";
    expect(show(text, "FUNDED", "延庆冰雪助力察右后旗")).toEqual(["延庆区>白音察干镇"]);
  });
});

describe("a sum told before, said again to give its parts", () => {
  it("gives each part with the sum's giver, a bare sum for a use after a semicolon too", () => {
    const text = "2023年，东城区共安排京蒙协作资金5230万元，其中用于文化领域的资金356万元，重点支持阿尔山市公共文化设施提升。\n" +
      "（二）精准投放协作资金。356万元文化领域资金中，150万元用于阿尔山市文化馆数字化改造；106万元用于白狼镇综合文化站改造；100万元用于五岔沟镇林俗文化非遗传习所建设。";
    const { rels, name } = relations(text, "东城区文化和旅游局关于2023年京蒙文化协作工作情况的报告");
    const parts = rels.filter((r) => r.type === "FUNDED" && Number(r.props["amountYuan"]) <= 1500000).map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`);
    expect(parts.sort()).toEqual(["东城区>五岔沟镇林俗文化非遗传习所 1000000", "东城区>白狼镇综合文化站 1060000", "东城区>阿尔山市文化馆 1500000"]);
  });
});

describe("a whole with a local part, and money only sought", () => {
  it("gives the district in focus its part, not the whole its local side shares (其中丰台区京蒙协作资金640万元，旗级配套资金320万元)", () => {
    const text = "北京市丰台区在四子王旗援建的32处全民健身广场已全部完工。项目共投入资金约960万元，其中丰台区京蒙协作资金640万元，旗级配套资金320万元。";
    const { rels } = relations(text, "丰台区援建四子王旗健身广场");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([6400000]);
  });
  it("reads no grant in money a place plans to seek (计划争取京蒙协作资金11.6亿元)", () => {
    expect(show("据了解，赤峰市今年计划争取京蒙协作资金11.6亿元。", "FUNDED", "昌平区与赤峰市座谈")).toEqual([]);
  });
});

describe("a profile under a label, and an enterprise a sentence opens with settling later", () => {
  it("reads the post of a profile a colon's label opens (人物简介：赵文博，密云区文化和旅游局副局长，…)", () => {
    const text = "——访密云区挂职库伦旗副旗长赵文博\n人物简介：赵文博，密云区文化和旅游局副局长，2022年7月起挂职通辽市库伦旗旗委常委、副旗长。";
    expect(show(text, "WORKS_AT", "访密云区挂职库伦旗副旗长赵文博")).toEqual(["赵文博>密云区文化和旅游局"]);
  });
  it("settles the enterprise pointed at where a later clause settles with a time only (这家企业总部在密云，…，2023年入驻额勒顺镇)", () => {
    const text = "记者：运营企业是哪家？\n赵文博：北京云岫山居民宿管理有限公司。这家企业总部在密云，手里有十几家长城民宿，2023年入驻额勒顺镇，负责集群的日常运营。";
    expect(show(text, "INVESTED_IN", "访密云区挂职库伦旗副旗长赵文博")).toEqual(["北京云岫山居民宿管理有限公司>额勒顺镇"]);
  });
  it("reads one investment where a settling's chain and its sum name it (落户太仆寺旗红旗镇，投资8000万元)", () => {
    const text = "我们公司北京绿源谷食品有限公司总部在昌平区，2022年落户太仆寺旗红旗镇，投资8000万元建成燕麦精深加工厂。";
    expect(show(text, "INVESTED_IN", "昌平区企业在太仆寺旗")).toEqual(["北京绿源谷食品有限公司>红旗镇"]);
  });
});

describe("one pair of many, a name introduced by 是, and a body whose works take the money", () => {
  it("pairs the two said to be one of the pairs (檀州小学与额勒顺镇中心小学便是其中一对)", () => {
    const text = "密云区与库伦旗自2021年起结对，两地教育部门推动31对中小学手拉手，北京市密云区檀州小学与额勒顺镇中心小学便是其中一对。";
    expect(show(text, "PAIRED_WITH").filter((p) => p.includes("小学"))).toEqual(["北京市密云区檀州小学>额勒顺镇中心小学"]);
  });
  it("reads a name a comma and 是 introduce (说这话的刘雅婷，是北京市密云区檀州小学的数学教师)", () => {
    expect(show("说这话的刘雅婷，是北京市密云区檀州小学的数学教师。", "WORKS_AT")).toEqual(["刘雅婷>北京市密云区檀州小学"]);
  });
  it("gives the money to the body whose works open the sentence (额勒顺镇中心小学新建的学生食堂…，使用密云区京蒙协作资金180万元)", () => {
    const text = "2023年密云区向库伦旗投入京蒙协作资金7800万元。额勒顺镇中心小学新建的学生食堂和宿舍楼，使用密云区京蒙协作资金180万元。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" && r.props["amountYuan"] === 1800000).map((r) => `${name(r.source)}>${name(r.target)}`)).toEqual(["密云区>额勒顺镇中心小学"]);
  });
});

describe("a post held before, said after a pronoun or a name's comma, and an enterprise's own spending", () => {
  it("reads 他原是…的一名处长 and …的韩旭，原为…副局长 as the home", () => {
    const text = "鄂伦春自治旗政府办公楼里，副旗长冯志刚正和同事核对项目清单。他原是北京市西城区发展和改革委员会的一名处长，2022年4月起挂职鄂伦春自治旗副旗长。";
    expect(show(text, "WORKS_AT")).toEqual(["冯志刚>北京市西城区发展和改革委员会"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["冯志刚>鄂伦春自治旗"]);
    expect(show("目前在阿尔山挂职副市长的韩旭，原为东城区文化和旅游局副局长，他把北京胡同的做法带到了温泉街道。", "WORKS_AT")).toEqual(["韩旭>东城区文化和旅游局"]);
  });
  it("reads what an enterprise has spent since it settled as its investment, after a frame and where it is based (在招商方面，总部位于…的…，至今已累计投入3.5亿元)", () => {
    const text = "在招商方面，总部位于北京东城区的北京雪缘文化旅游集团有限公司2022年落户阿尔山市，至今已累计投入3.5亿元，在白狼镇兴建滑雪度假区。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED")).toEqual([]);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京雪缘文化旅游集团有限公司>阿尔山市 350000000"]);
  });
});

describe("a cadre now on 挂职 with the titles of the banner in focus, and a pairing's start before a league and its banner", () => {
  const text = "2023年，我旗与北京市海淀区持续深化京蒙协作。海淀区援派干部程明远现挂职旗委常委、副旗长，分管京蒙协作和招商引资。\n" +
    "自2021年两地结对以来，兴安盟科尔沁右翼前旗已连续三年在东西部协作考核中获评好等次。";
  it("posts the cadre to the banner in focus and keeps the district as home", () => {
    expect(show(text, "ASSIGNED_TO", "科右前旗：京蒙协作结硕果")).toEqual(["程明远>科尔沁右翼前旗"]);
    expect(show(text, "WORKS_AT", "科右前旗：京蒙协作结硕果")).toEqual(["程明远>海淀区"]);
  });
  it("pairs the district with the banner, not its league", () => {
    expect(show(text, "PAIRED_WITH", "科右前旗：京蒙协作结硕果")).toEqual(["海淀区>科尔沁右翼前旗"]);
  });
});

describe("an office pointed at, and a plant moved in", () => {
  it("puts the head of 该办公室 at the office named before", () => {
    const text = "北京市支援合作办公室日前公布数据，2023年北京市共向内蒙古自治区拨付京蒙协作财政援助资金约33.6亿元。该办公室负责人郭文斌表示，今年将继续加大力度。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["郭文斌>北京市支援合作办公室 负责人"]);
  });
  it("settles an enterprise that moves a line to a county (整体迁至化德县)", () => {
    const text = "其中来自门头沟区的北京京西制衣有限公司去年把一条羽绒服生产线整体迁至化德县，但未披露投资金额。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京京西制衣有限公司>化德县"]);
  });
});

describe("a village's party branch where someone holds its post", () => {
  it("puts the branch's secretary at the village (东河村党支部书记)", () => {
    expect(show("高文斌　太仆寺旗宝昌镇东河村党支部书记高文斌介绍，村里今年新建了温室大棚。", "WORKS_AT")).toEqual(["高文斌>东河村"]);
  });
});

describe("a commendation's list of people, notes in brackets after their names", () => {
  const text = "二、先进个人（12名）\n1. 张立军　北京市昌平区医院骨科副主任医师，援派太仆寺旗医院任业务副院长\n2. 刘晓燕（女）　北京市昌平区沙河中心小学英语教师，在太仆寺旗宝昌第一小学支教\n" +
    "6. 其木格（女，蒙古族）　太仆寺旗乡村振兴局京蒙协作股股长\n7. 李振华　太仆寺旗千斤沟镇党委副书记、镇长\n";
  it("reads each row's body and post, titles listed with 、 too, and no name in 任业务副院长", () => {
    expect(show(text, "WORKS_AT").sort()).toEqual(["其木格>太仆寺旗乡村振兴局", "刘晓燕>北京市昌平区沙河中心小学", "张立军>北京市昌平区医院", "李振华>千斤沟镇"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘晓燕>太仆寺旗宝昌第一小学", "张立军>太仆寺旗医院"]);
  });
  it("pairs the district under whose help (倾情帮扶下) the banner speaks", () => {
    expect(show("一年来，在北京市昌平区的倾情帮扶下，太仆寺旗推动京蒙协作走深走实。", "PAIRED_WITH")).toEqual(["昌平区>太仆寺旗"]);
  });
});

describe("a commendation's table and its list of bodies with their partners in brackets", () => {
  it("reads a home's cell that goes on to where one serves (丰台区商务局副局长，挂职四子王旗副旗长)", () => {
    const text = "二、成绩突出个人\n\n| 序号 | 姓名 | 工作单位及职务 |\n|---|---|---|\n| 1 | 胡振江 | 丰台区商务局副局长，挂职四子王旗副旗长 |\n| 2 | 田小慧（女） | 石景山区京西实验中学英语教师，在兴和县第一中学支教 |\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["田小慧>石景山区京西实验中学", "胡振江>丰台区商务局"]);
    // (The prose reading of the row finds the same postings: the graph keeps each once.)
    expect([...new Set(show(text, "ASSIGNED_TO"))].sort()).toEqual(["田小慧>兴和县第一中学", "胡振江>四子王旗"]);
  });
  it("pairs each body with the partner its brackets name, where the heading says so (括号内为结对帮扶对象)", () => {
    const text = "一、先进集体（括号内为结对帮扶对象）\n\n1. 北京市东城区东华门街道（白狼镇）\n2. 北京市东城区第一人民医院（阿尔山市人民医院）\n\n二、先进个人\n\n1. 北京市东城区景山街道（五岔沟镇）\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["东华门街道>白狼镇", "北京市东城区第一人民医院>阿尔山市人民医院"]);
  });
});

describe("a partner named by what it is to the other, after words on who says so and a span of time", () => {
  it("pairs 大兴区 with the banner it is the partner district of (会上通报，作为察右前旗的结对帮扶区，过去一年大兴区…)", () => {
    expect(show("会上通报，作为察右前旗的结对帮扶区，过去一年大兴区坚持该旗所需、大兴所能，推动协作走深走实。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗"]);
  });
});

describe("a profile whose sex stands in brackets", () => {
  it("reads the body and post after 周晓梅（女），", () => {
    expect(show("周晓梅（女），北京市西城区广安中医医院针灸科副主任医师，派驻鄂伦春自治旗中蒙医院帮扶，带教当地医师12人。", "WORKS_AT")).toEqual(["周晓梅>北京市西城区广安中医医院"]);
  });
});

describe("a settling written as a chain of places", () => {
  it("invests where it stands, at the chain's end (落户锡林郭勒盟正蓝旗上都镇)", () => {
    const text = "去年，北京润蓝乳业有限公司落户锡林郭勒盟正蓝旗上都镇，建成年产奶酪2000吨的生产线。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京润蓝乳业有限公司>上都镇"]);
  });
});

describe("students and experts of a university sent to a banner", () => {
  it("reads a student's year in the post and names listed after it (中国农业大学2021级硕士研究生刘一鸣、陈思彤背着行囊…)", () => {
    const text = "2022年秋天，中国农业大学2021级硕士研究生刘一鸣、陈思彤背着行囊，被派驻到科左中旗花吐古拉镇。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘一鸣>中国农业大学", "陈思彤>中国农业大学"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘一鸣>花吐古拉镇", "陈思彤>花吐古拉镇"]);
  });
  it("ends a name before 打 (给中国农业大学副教授窦立群打视频电话)", () => {
    expect(show("种植户举着手机给中国农业大学副教授窦立群打视频电话。", "WORKS_AT")).toEqual(["窦立群>中国农业大学"]);
  });
});

describe("a college pointed at by 该院", () => {
  it("puts one named after 该院 and a title at the college named before (还有该院副教授林晓)", () => {
    const text = "北京农学院副教授王建华被派驻太仆寺旗红旗村。与王建华同批来的，还有该院副教授林晓。";
    expect(show(text, "WORKS_AT")).toEqual(["王建华>北京农学院", "林晓>北京农学院"]);
  });
});

describe("schools said to become sister schools", () => {
  it("pairs them (结成“冰雪姊妹校”, 结为“手拉手”姊妹校)", () => {
    expect(show("延庆区第二中学与察哈尔右翼后旗第一中学结成“冰雪姊妹校”，两校约定每年互派师生交流。", "PAIRED_WITH")).toEqual(["延庆区第二中学>察哈尔右翼后旗第一中学"]);
  });
});

describe("a head named by a bare title opening the sentence after the body's", () => {
  it("puts the 队长 at the troupe the sentence before opened with (…乌兰牧骑成立于1958年…。队长莫日根介绍…)", () => {
    const text = "鄂伦春自治旗乌兰牧骑成立于1958年，是全区最早组建的乌兰牧骑之一。队长莫日根介绍，这是该队第三次进京演出。";
    expect(show(text, "WORKS_AT")).toEqual(["莫日根>鄂伦春自治旗乌兰牧骑"]);
  });
});

describe("a table's name column with notes in brackets, and a branch secretary in a cell", () => {
  it("reads 阿拉坦仓（蒙古族） as the name and puts the branch's secretary at the village", () => {
    const text = "| 序号 | 姓名 | 工作单位及职务 |\n|---|---|---|\n| 7 | 阿拉坦仓（蒙古族） | 四子王旗红格尔苏木脑木更嘎查党支部书记 |\n| 8 | 白晓峰 | 兴和县人民医院院长 |\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["白晓峰>兴和县人民医院", "阿拉坦仓>脑木更嘎查"]);
  });
  it("reads no township in a word for fellows from home (同乡商会)", () => {
    expect(show("只系一班河北人喺北京西城开嘅同乡商会，钱系佢哋会员企业夹出嚟。", "PART_OF").filter((p) => p.includes("乡"))).toEqual([]);
  });
});

describe("colleges, institutes and banks paired with a banner or a village", () => {
  it("pairs a college or an institute with a banner where a word of pairing is plain and they are joined directly", () => {
    expect(show("5月16日，北京师范大学与呼和浩特市和林格尔县签署校地结对帮扶协议。", "PAIRED_WITH")).toEqual(["北京师范大学>和林格尔县"]);
    expect(show("仪式上，北京市农林科学院与察右前旗签订了《科技帮扶合作协议》。", "PAIRED_WITH")).toEqual(["北京市农林科学院>察哈尔右翼前旗"]);
  });
  it("pairs none by a business agreement, a signing ceremony, a count of the banner's schools or members sent to pair", () => {
    expect(show("同日，北京林业大学还与鄂尔多斯市杭锦旗人民政府签订库布其沙漠生态治理合作框架协议。", "PAIRED_WITH")).toEqual([]);
    expect(show("北京市昌平区律师协会与太仆寺旗京蒙协作签约仪式。", "PAIRED_WITH")).toEqual([]);
    expect(show("本报讯11月8日，北京市陈经纶中学教育集团与赤峰市敖汉旗4所中小学结对帮扶签约。", "PAIRED_WITH")).toEqual([]);
    expect(show("此外，北京市朝阳区工商业联合会组织12家会员企业与开鲁县12个村结对。", "PAIRED_WITH")).toEqual([]);
  });
  it("reads 该行 as the bank named before (该行又与额勒顺镇查干嘎查结成“金融帮扶对子”)", () => {
    const text = "北京燕山农村商业银行股份有限公司与库伦旗签订金融帮扶合作协议。该行又与额勒顺镇查干嘎查结成“金融帮扶对子”。该行青年员工马骁被派驻查干嘎查，担任驻村工作队员。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京燕山农村商业银行股份有限公司>库伦旗", "北京燕山农村商业银行股份有限公司>查干嘎查"]);
    expect(show(text, "WORKS_AT")).toEqual(["马骁>北京燕山农村商业银行股份有限公司"]);
  });
  it("pairs bodies of law listed in pairs, a police branch among them", () => {
    const text = "海淀区人民法院与科尔沁右翼前旗人民法院、北京市公安局海淀分局与科尔沁右翼前旗公安局、海淀区司法局与科尔沁右翼前旗司法局，三对单位都签了结对协议。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市公安局海淀分局>科尔沁右翼前旗公安局", "海淀区人民法院>科尔沁右翼前旗人民法院", "海淀区司法局>科尔沁右翼前旗司法局"]);
  });
  it("reads no grant in money the police froze (止付冻结涉案资金近290万元)", () => {
    const text = "密云分局的一套反诈预警模型被“移植”到库伦旗，今年以来已劝阻潜在受害群众300余人，止付冻结涉案资金近290万元。";
    expect(show(text, "FUNDED", "京蒙警务协作")).toEqual([]);
  });
});

describe("postings and pairs told in a reply to deputies", () => {
  it("pairs towns listed in pairs that send each other cadres (…、榆垡镇与巴音塔拉镇已连续三年互派干部挂职)", () => {
    const text = "大兴区礼贤镇与察右前旗土贵乌拉镇、榆垡镇与巴音塔拉镇已连续三年互派干部挂职。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["榆垡镇>巴音塔拉镇", "礼贤镇>土贵乌拉镇"]);
  });
  it("posts one who 挂职任 a post at the body named after it, and a doctor named 秦月 (月 a name's, not a month's)", () => {
    expect(show("北京市第二十一中学副校长汤振华现挂职任阿尔山市第一中学副校长。", "ASSIGNED_TO")).toEqual(["汤振华>阿尔山市第一中学"]);
    const text = "房山区良乡医院与宁城县中心医院结对三年来，先后派出18名专家驻院帮扶。良乡医院妇产科主任医师秦月目前正在该院开展为期一年的医疗帮扶。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["秦月>宁城县中心医院"]);
  });
  it("posts a companion where her own clause says she serves (同批来的还有…护士长郑丽，她在察右前旗蒙中医医院…)", () => {
    const text = "大兴区人民医院心内科副主任医师罗佳明来到察哈尔右翼前旗，开始为期一年的医疗帮扶，挂职担任察哈尔右翼前旗人民医院副院长。同批来的还有我们区中西医结合医院的护士长郑丽，她在察右前旗蒙中医医院帮着搞护理质控。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["罗佳明>察哈尔右翼前旗人民医院", "郑丽>察右前旗蒙中医医院"]);
  });
  it("gives a project's money to the body that carries it out, and reads no grant in a bound each stays under", () => {
    const text = "丰台区与四子王旗结对帮扶。2023年，丰台区向我旗拨付京蒙协作资金9650万元。\n\n（四）胸痛中心建设项目\n承担单位：四子王旗人民医院\n京蒙协作资金：310万元\n建设内容：购置设备\n\n其余17个项目使用京蒙协作资金均在100万元以下，详见附件。";
    const { rels, name } = relations(text, "四子王旗2023年京蒙协作项目公示");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`).sort()).toEqual(["丰台区>四子王旗 96500000", "丰台区>四子王旗人民医院 3100000"]);
  });
});

describe("communities paired as kin, and a second gift of the same giver", () => {
  it("pairs a community and a gacha said to become kin (结为\"亲戚\")", () => {
    expect(show("2022年，密云区鼓楼街道与茫汗苏木签订结对协议，鼓楼街道果园社区与哈日干吐嘎查结为\"亲戚\"。", "PAIRED_WITH")).toEqual(["鼓楼街道>茫汗苏木", "果园社区>哈日干吐嘎查"]);
  });
  it("gives a second gift opened by 另 to whom the clause before gave, not to the giver's partner village", () => {
    const text = "朝阳区恒信达建设集团有限公司向科左中旗第三中学捐赠资金50万元，另捐赠价值30余万元的图书。恒信达集团与花吐古拉镇前进村签订结对帮扶协议。";
    const { rels, name } = relations(text, "商会助力科左中旗");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["科左中旗第三中学 500000", "科左中旗第三中学 300000"]);
  });
});

describe("towns paired one by one, and enterprises with a banner or a town", () => {
  it("pairs two lists of towns one with one (…与库伦旗库伦镇、扣河子镇一一结对)", () => {
    expect(show("密云区溪翁庄镇、太师屯镇与库伦旗库伦镇、扣河子镇一一结对。", "PAIRED_WITH")).toEqual(["溪翁庄镇>库伦镇", "太师屯镇>扣河子镇"]);
  });
  it("pairs a Beijing enterprise with a banner or a town it signs to help, but not a central body's own programme, a row of a table, nor the town of a village that pairs", () => {
    expect(show("北京中关村云启科技有限公司与阿尔山市白狼镇签订结对帮扶协议，并向白狼镇捐款100万元。", "PAIRED_WITH")).toEqual(["北京中关村云启科技有限公司>白狼镇"]);
    expect(show("国网北京市电力公司与赤峰市翁牛特旗结对帮扶以来，实施了农网改造项目。", "PAIRED_WITH")).toEqual(["国网北京市电力公司>翁牛特旗"]);
    expect(show("在中央单位定点帮扶方面，中国农业银行定点帮扶科右中旗，投入资金1800万元。", "PAIRED_WITH")).toEqual([]);
    expect(show("北京德青源农业科技股份有限公司与喀喇沁旗王爷府镇七家村结对。", "PAIRED_WITH")).not.toContain("北京德青源农业科技股份有限公司>王爷府镇");
  });
  it("reads a place and the short name the article declares as the declared body (北京燕山农商银行)", () => {
    const text = "北京燕山农商银行结对帮扶库伦旗见闻\n\n2021年，北京燕山农村商业银行股份有限公司（以下简称“燕山农商银行”）在北京市密云区的推动下，与库伦旗签订金融帮扶合作协议。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京燕山农村商业银行股份有限公司>库伦旗"]);
  });
});

describe("villagers at home", () => {
  it("puts a herder at the village named before the title, in the clause or setting the scene (在…嘎查，牧民额尔德木图…)", () => {
    expect(show("白音敖包嘎查牧民苏和两家结对认亲。", "WORKS_AT")).toEqual(["苏和>白音敖包嘎查"]);
    expect(show("在归流河镇乌兰哈达嘎查，牧民额尔德木图家的院墙上贴着一张合影。", "WORKS_AT")).toEqual(["额尔德木图>乌兰哈达嘎查"]);
    expect(show("在脑木更苏木乌兰敖包嘎查，党支部书记其其格正组织牧民排队领取饲料。", "WORKS_AT")).toEqual(["其其格>乌兰敖包嘎查"]);
  });
});

describe("a list of villages after 分别与, its last after 和", () => {
  const text = "大兴区魏善庄镇与察右前旗巴音塔拉镇是两地确定的镇镇结对单位。依托这一机制，集团所属北京京兴物业管理有限公司、北京京兴园林绿化工程有限公司、北京京兴建材有限公司三家子公司，分别与巴音塔拉镇大井村、三圣村和后房子村结成帮扶对子。";
  it("pairs each company with its village, and none of the villages with another", () => {
    expect(show(text, "PAIRED_WITH").filter((p) => /村$/.test(p)).sort()).toEqual(["北京京兴园林绿化工程有限公司>三圣村", "北京京兴建材有限公司>后房子村", "北京京兴物业管理有限公司>大井村"]);
  });
  it("puts every village of the list in the town before it", () => {
    expect(show(text, "PART_OF").filter((p) => /村>/.test(p)).sort()).toEqual(["三圣村>巴音塔拉镇", "后房子村>巴音塔拉镇", "大井村>巴音塔拉镇"]);
  });
});

describe("an enterprise that a sentence opens pointing at, investing in a later clause", () => {
  it("reads its investment where the clause says where and when first (该企业总部位于…，此次在大板镇投资3200万元…)", () => {
    const text = "7月10日，北京亦庄华牧源生物科技有限公司年产10万吨饲草料加工项目在大板镇开工。该企业总部位于北京经济技术开发区，此次在大板镇投资3200万元建设饲草加工厂，投产后预计年销售收入1.5亿元。";
    const { rels, name } = relations(text, "巴林右旗京蒙协作周报");
    // (The project started there, in the sentence before, is the same investment: one edge in the graph, both sentences its evidence.)
    expect([...new Set(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`))]).toEqual(["北京亦庄华牧源生物科技有限公司>大板镇 32000000"]);
  });
});

describe("a town named again as the giver after its village", () => {
  it("gives from the town the clause names, to the village after 帮 (长沟镇出资约60万元帮下桥头村…)", () => {
    const text = "镇村层面，房山区长沟镇与宁城县八里罕镇结对，长沟镇泉水峪村与八里罕镇下桥头村结成“姊妹村”，长沟镇出资约60万元帮下桥头村建起了食用菌大棚。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["长沟镇>下桥头村 600000"]);
  });
});

describe("a village of Inner Mongolia opening the sentence, paired in a later clause", () => {
  it("pairs it with the Beijing village the clause names (我旗骆驼山镇东大井村曾是…，与昌平区小汤山镇汤泉村结对以来)", () => {
    expect(show("我旗骆驼山镇东大井村曾是集体经济薄弱村，与昌平区小汤山镇汤泉村结对以来，两村共建了一座冷链仓储库。", "PAIRED_WITH", "太仆寺旗")).toEqual(["汤泉村>东大井村"]);
  });
});

describe("a partner that acts with another", () => {
  it("pairs the helper with its partner only, not the one the partner acts with (…察右后旗与四子王旗共同推介)", () => {
    expect(show("在乌兰察布市联合举办京蒙协作产业对接会，延庆区结对帮扶的察右后旗与四子王旗共同推介特色产品。", "PAIRED_WITH")).toEqual(["延庆区>察哈尔右翼后旗"]);
  });
});

describe("a body's pointer after another of its kind", () => {
  it("is the body the pointer before stood for, named since (在该院开展…驻点帮扶…。该院院长高建平介绍)", () => {
    const text = "大兴区人民医院与察哈尔右翼前旗人民医院建立对口帮扶关系。2023年下半年，大兴区人民医院骨科主任医师韩志刚带领5人医疗团队，在该院开展为期半年的驻点帮扶，完成手术40余台。该院院长高建平介绍，医院骨科门诊量同比增长了三成。";
    expect(show(text, "WORKS_AT")).toEqual(["韩志刚>大兴区人民医院", "高建平>察哈尔右翼前旗人民医院"]);
  });
});

describe("a cadre stationed at a village from a date", () => {
  it("posts them there on 驻村 (于2023年4月起驻乌兰不浪村开展帮扶)", () => {
    expect(show("丰台区王佐镇干部曹海龙于2023年4月起驻乌兰不浪村开展帮扶，协助种薯基地建设。", "ASSIGNED_TO", "四子王旗")).toEqual(["曹海龙>乌兰不浪村"]);
  });
});

describe("a contact named in brackets with the body they act for", () => {
  it("puts them at that body (（联系人：杨帆，四子王旗东西部协作工作办公室；电话：…）)", () => {
    const text = "现将有关事项通知如下。\n（联系人：杨帆，四子王旗东西部协作工作办公室；电话：0474-5212345）";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["杨帆>四子王旗东西部协作工作办公室 联系人"]);
  });
});

describe("postings into the unit the article speaks for, and stationed far down a chain", () => {
  it("posts one who 走进我旗 a school, or 抵达 one, and no one who only 走进 towns for free clinics", () => {
    expect(show("6月12日，昌平区回龙观中心小学英语教师刘晓芸走进我旗宝昌镇第二小学，开始为期一学期的支教生活。", "ASSIGNED_TO", "太仆寺旗一周要闻")).toEqual([expect.stringMatching(/^刘晓芸>.*宝昌镇第二小学$/)]);
    expect(show("同日，北京市第八十中学数学教师孙晓雯抵达敖汉旗新惠中学，开始为期一学期的支教工作。", "ASSIGNED_TO")).toEqual(["孙晓雯>敖汉旗新惠中学"]);
    expect(show("刚到阿尔山，同仁医院眼科副主任医师陈立新就发现问题。他和同事们每周下乡义诊，先后走进天池镇、明水河镇。", "ASSIGNED_TO").filter((a) => /镇$/.test(a))).toEqual([]);
  });
  it("posts a cadre stationed at a village written with its banner and town (自9月起驻科左中旗保康镇新艾里嘎查任第一书记)", () => {
    expect(show("朝阳区农业农村局干部郑浩然自9月起驻科左中旗保康镇新艾里嘎查任第一书记。", "ASSIGNED_TO")).toEqual(["郑浩然>新艾里嘎查"]);
  });
});

describe("a league's money from all its partners", () => {
  it("reads no grant of the district in focus in the whole league's sum (今年全盟京蒙协作资金规模超过9亿元)", () => {
    const text = "怀柔区与正蓝旗结对帮扶。其木格在讲话中提到，今年全盟京蒙协作资金规模超过9亿元，太仆寺旗、多伦县等地已积累了不少经验。";
    expect(show(text, "FUNDED", "锡林郭勒盟")).toEqual([]);
  });
});

describe("a street's and a sumu's word alone", () => {
  const text = "学院路街道京蒙协作工作简报\n海淀区学院路街道与科右前旗阿力得尔苏木结对。本年度，街道共投入阿力得尔苏木帮扶资金40万元。苏木党委书记宝音介绍了情况。卫生院院长包金山表示感谢。阿力得尔苏木卫生院与海淀区学院路社区卫生服务中心签约。";
  it("reads 街道 giving as the street the article names, and 苏木党委书记 as the sumu's, not the street's", () => {
    expect(show(text, "FUNDED")).toEqual(["学院路街道>阿力得尔苏木"]);
    expect(show(text, "WORKS_AT")).toEqual(expect.arrayContaining(["宝音>阿力得尔苏木", "包金山>阿力得尔苏木卫生院"]));
  });
  it("reads the street's community after its word alone as the community (街道二里庄社区)", () => {
    expect(show("海淀区学院路街道与阿力得尔苏木结对。座谈中，街道二里庄社区与苏木所辖呼和哈达嘎查续签了党建共建协议。", "PAIRED_WITH")).toContain("二里庄社区>呼和哈达嘎查");
  });
});

describe("a body's notice of donations received and given", () => {
  const text = "北京市西城区慈善协会\n关于2022年度定向用于鄂伦春自治旗的捐赠款物接收及使用情况的公示\n一、捐赠接收情况\n2022年度，本会共接收定向鄂伦春自治旗的社会捐赠款物合计人民币326.8万元，其中资金241.3万元。主要捐赠方如下：\n1. 北京金融街瑞信投资管理有限公司，捐赠资金120万元；\n2. 北京德胜门书苑文化发展有限公司，捐赠少儿图书1.2万册，折合人民币37.5万元；\n二、款物使用情况\n（一）向大杨树镇中心卫生院拨付医疗设备一批，折合48万元；\n（二）向诺敏镇拨付45万元，用于人居环境整治。\n以上合计拨付93万元。";
  it("reads each donor's gift, goods by their value, the issuer's grants, and no sum received or summed again", () => {
    expect(show(text, "FUNDED", "北京市西城区慈善协会关于定向用于鄂伦春自治旗的捐赠款物的公示").sort()).toEqual(["北京德胜门书苑文化发展有限公司>鄂伦春自治旗", "北京金融街瑞信投资管理有限公司>鄂伦春自治旗", "北京市西城区慈善协会>大杨树镇中心卫生院", "北京市西城区慈善协会>诺敏镇"].sort());
  });
  it("reads no giver in a place opening a fund's name in quotes (向…教育局拨付“西城助学金”60万元)", () => {
    expect(show("北京市西城区慈善协会\n关于捐赠款物使用情况的公示\n（一）向鄂伦春自治旗教育局拨付“西城助学金”60万元。", "FUNDED")).toEqual(["北京市西城区慈善协会>鄂伦春自治旗教育局"]);
  });
});

describe("briefs of postings, pledges and projects", () => {
  it("posts a cadre to the village a pointer's chain ends with, and not to a town visited (到我旗古里乡朝阳村担任驻村第一书记; 到玫瑰营镇调研)", () => {
    expect(show("西城区展览路街道干部宋磊到我旗古里乡朝阳村担任驻村第一书记已满一年。", "ASSIGNED_TO", "鄂伦春自治旗简讯")).toEqual(["宋磊>朝阳村"]);
    expect([...new Set(show("察右前旗简讯\n旗委常委、副旗长（挂职）陈宇航到玫瑰营镇调研。陈宇航来自大兴区发展和改革委员会，2023年7月起在我旗挂职。", "ASSIGNED_TO", "察右前旗简讯"))]).toEqual(["陈宇航>察哈尔右翼前旗"]);
  });
  it("reads the first part of a pledge come as the grant, and not the pledge (年内…拨付45万元，目前首笔20万元已到账)", () => {
    const { rels } = relations("房山区长阳镇与宁城县八里罕镇签订结对帮扶协议。根据协议，长阳镇年内向八里罕镇拨付帮扶资金45万元，目前首笔20万元已到账。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([200000]);
  });
  it("reads a project's site where the signing names it (项目选址我旗托扎敏乡), and a project started after its enterprise's name", () => {
    expect(show("鄂伦春自治旗简讯\n北京京林文旅发展有限公司与我旗签订森林康养综合体项目投资协议，项目选址我旗托扎敏乡，计划总投资3.2亿元。", "INVESTED_IN", "鄂伦春自治旗简讯")).toEqual(["北京京林文旅发展有限公司>托扎敏乡"]);
    expect(show("大兴区招商引进的北京瑞丰泰生物科技有限公司饲用燕麦深加工项目在察右前旗平地泉镇开工。", "INVESTED_IN")).toEqual(["北京瑞丰泰生物科技有限公司>平地泉镇"]);
  });
  it("reads supporting works as no matching funds (支持平地泉镇建设配套标准化厂房), and no giver in the project a part of a sum supports", () => {
    expect(show("大兴区与察右前旗结对。大兴区已安排京蒙协作资金1500万元支持平地泉镇建设配套标准化厂房。旗财政配套600万元。", "FUNDED")).toEqual(["大兴区>平地泉镇"]);
    expect(show("丰台区与四子王旗结对。北京丰泽农业发展集团有限公司在乌兰花镇建厂。今年以来，丰台区已向四子王旗拨付京蒙协作资金1.16亿元（含支持丰泽肉羊加工项目的2000万元）。", "FUNDED")).toEqual(["丰台区>四子王旗"]);
  });
  it("reads no investment in focus where the site named is none of ours (在崇礼区投资1.5亿元)", () => {
    expect(show("门头沟区与化德县结对。雪峰冰雪装备有限公司在崇礼区投资1.5亿元建设滑雪器材生产基地。", "INVESTED_IN", "化德县")).toEqual([]);
  });
});

describe("a hospital's pointer and its people", () => {
  it("reads the one come from that ends its clause as the next clause's 该院, and a department before a title (该院心内科副主任医师韩冬)", () => {
    const text = "几位医护人员来到专馆采购。他们来自北京市西城区德胜医院，该院与鄂伦春自治旗大杨树镇中心卫生院是结对医院。“我们工会今年计划采购农产品。”该院工会主席徐文娟说。德胜医院已先后派出4批医务人员。今年3月，该院心内科副主任医师韩冬来到大杨树镇中心卫生院，开始为期半年的帮扶工作。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["徐文娟>北京市西城区德胜医院", "韩冬>北京市西城区德胜医院"].sort());
    expect(show(text, "ASSIGNED_TO")).toEqual(["韩冬>鄂伦春自治旗大杨树镇中心卫生院"]);
  });
  it("reads no 该院 as the hospital its sentence says one is stationed at or works in (常驻林西县医院, 在我们医院已经工作了4个月)", () => {
    expect(show("北京市房山区第一医院与林西县医院建立对口帮扶关系，该院心内科主任医师苗青常驻林西县医院半年。", "WORKS_AT")).toEqual(["苗青>北京市房山区第一医院"]);
    expect(show("北京市石景山区中医医院与兴和县人民医院签订对口帮扶协议，该院派出的骨科专家郭永刚在县医院帮扶一年。", "ASSIGNED_TO")).toEqual(["郭永刚>兴和县人民医院"]);
  });
});

describe("a company's yearly help and its share of a project", () => {
  it("reads the one company's 公司每年向该嘎查提供帮扶资金, and a district's sum for supporting works (用于配套冷链设施建设)", () => {
    const text = "海淀区与科右前旗结对。北京惠民鲜达商贸有限公司与察尔森镇乌兰哈达嘎查签订结对帮扶协议。根据协议，公司每年向该嘎查提供帮扶资金10万元。项目总投资1.2亿元，其中海淀区安排京蒙协作资金1500万元用于配套冷链设施建设。";
    expect(show(text, "FUNDED").sort()).toEqual(["北京惠民鲜达商贸有限公司>乌兰哈达嘎查", "海淀区>科尔沁右翼前旗"].sort());
  });
});

describe("communities and villages paired through their party bodies", () => {
  it("pairs communities' committees with villages' branches respectively, as the places (…社区党委、…社区党委分别与…党支部、…党支部)", () => {
    const text = "西城区与鄂伦春自治旗结对。德胜街道六铺炕社区党委、双旗杆社区党委分别与多布库尔猎民村党支部、东升村党支部签订共建协议。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["六铺炕社区>多布库尔猎民村", "双旗杆社区>东升村", "西城区>鄂伦春自治旗"].sort());
  });
  it("pairs a table's rows of a community's committee and a village's branch, as the places", () => {
    const text = "2024年度朝阳区—科右中旗“支部结对共建”名单\n序号|朝阳区党组织|科右中旗党组织\n1|三里屯街道北三里社区党委|巴彦呼舒镇乌逊嘎查党支部\n2|呼家楼街道核桃园社区党委|巴彦呼舒镇哈吐布其嘎查党支部";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北三里社区>乌逊嘎查", "核桃园社区>哈吐布其嘎查"].sort());
  });
  it("reads a gift to a village's branch, written short, as the village's (向嘎查党支部捐赠)", () => {
    const text = "北京星图智造科技有限公司与巴林右旗查干淖尔嘎查签订结对协议，查干淖尔嘎查党支部书记阿拉坦仓出席。当天，星图智造公司向嘎查党支部捐赠帮扶资金5万元。";
    expect(show(text, "FUNDED")).toEqual(["北京星图智造科技有限公司>查干淖尔嘎查"]);
  });
  it("reads the first one sent by a body pointed at as its staff (该中心每年选派2名医生…。首批派出的全科医生韩冰)", () => {
    const text = "西城区德胜社区卫生服务中心与大杨树镇中心卫生院签署结对帮扶协议。按照协议，该中心每年选派2名医生到卫生院坐诊带教。首批派出的全科医生韩冰将在卫生院工作3个月。";
    expect(show(text, "WORKS_AT")).toEqual(["韩冰>西城区德胜社区卫生服务中心"]);
  });
});

describe("a table's money column a district names", () => {
  it("gives every row's sum from that district, whatever Beijing body a row names", () => {
    const text = "北京市密云区对口帮扶库伦旗。\n库伦旗2024年东西部协作项目计划表\n单位：万元\n序号|项目名称|建设地点|主要建设内容|密云区援助资金|实施单位\n1|远程会诊中心建设项目|库伦旗人民医院|接入北京市密云区医院远程诊疗平台|200|库伦旗卫生健康委员会";
    expect(show(text, "FUNDED")).toEqual(["密云区>库伦旗人民医院"]);
  });
});

describe("a league's tables of the city's money and the districts' own", () => {
  it("reads a column the city's budget names as the city's, and the district's own column as the row's district's", () => {
    const text = "乌兰察布市2023年京蒙协作工作综述\n我市5个旗县分别与北京市大兴区、丰台区等结对。\n| 旗县 | 结对区 | 北京市财政援助资金（万元） | 区级帮扶资金（万元） |\n|------|------|------|------|\n| 察右前旗 | 大兴区 | 9150 | 1020 |\n| 四子王旗 | 丰台区 | 8860 | 760 |\n| 合计 | — | 18010 | 1780 |";
    expect(show(text, "FUNDED").sort()).toEqual(["北京市>察哈尔右翼前旗", "北京市>四子王旗", "大兴区>察哈尔右翼前旗", "丰台区>四子王旗"].sort());
  });
  it("reads a caption's city budget as the giver of the table under it", () => {
    const text = "兴安盟召开京蒙协作总结会\n2023年北京市东城区、海淀区与我盟旗县市结对帮扶。\n\n2023年北京市财政援助资金分配情况\n|旗县市|结对区|资金|项目数|\n|阿尔山市|东城区|7360万元|32|\n|科右前旗|海淀区|1.02亿元|48|\n";
    expect(show(text, "FUNDED").sort()).toEqual(["北京市>阿尔山市", "北京市>科尔沁右翼前旗"].sort());
  });
  it("reads the league in focus as the one given to, not the region named in passing before (在自治区…考核中获评)", () => {
    const text = "——乌兰察布市2023年京蒙协作工作综述\n我市连续第三年在自治区东西部协作考核中获评“好”等次。\n全年到位北京市财政援助资金4.12亿元，安排项目187个。";
    expect(show(text, "FUNDED", "携手同心谱新篇")).toEqual(["北京市>乌兰察布市"]);
  });
});

describe("a cadre's diary of the bureau that sent them", () => {
  it("reads 我局 and 局里 as the one bureau named before: pairing, grant and its head", () => {
    const text = "2022年5月，北京市昌平区农业农村局干部韩卫东来到太仆寺旗千斤沟镇东井子村，担任驻村第一书记。局党组书记马建军带队来村里调研。会上，我局与东井子村正式签订结对帮扶协议，局里明确拨付帮扶资金15万元，专项用于冷库建设。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市昌平区农业农村局>东井子村"]);
    expect(show(text, "FUNDED")).toEqual(["北京市昌平区农业农村局>东井子村"]);
    expect(show(text, "WORKS_AT")).toContain("马建军>北京市昌平区农业农村局");
  });
});

describe("a table of trainees sent to Beijing", () => {
  it("reads each trainee's school at home and the Beijing school they train at (学员 | 派出学校 | 跟岗学校)", () => {
    const text = "大兴区与察右前旗结对。\n| 学员 | 派出学校 | 跟岗学校 | 导师 |\n|------|------|------|------|\n| 其木格 | 察右前旗土贵乌拉镇中心校 | 大兴区第一中学 | 杨晓东 |\n| 马志刚 | 察右前旗第三中学 | 大兴区第一中学 | 韩雪梅 |";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["其木格>大兴区第一中学", "马志刚>大兴区第一中学"].sort());
    // (Their teachers, 导师, work at the school they train at.)
    expect(show(text, "WORKS_AT").sort()).toEqual(["其木格>察右前旗土贵乌拉镇中心校", "杨晓东>大兴区第一中学", "韩雪梅>大兴区第一中学", "马志刚>察右前旗第三中学"].sort());
  });
});

describe("a project built by an enterprise, said after it", () => {
  it("reads 由…投资建设 with the project's total, where the facility pointed at stands or else in the banner in focus", () => {
    expect(show("库伦旗招商引资项目清单\n密云区与库伦旗结对。\n1.荞麦精深加工项目。由北京云岫农业发展有限公司投资建设，总投资1.8亿元。", "INVESTED_IN", "库伦旗")).toEqual(["北京云岫农业发展有限公司>库伦旗"]);
    const text = "大兴区与察右前旗结对。现场教学安排在位于我旗巴音塔拉镇的华牧肉羊良种繁育场。该场由北京华牧兴业牧业科技有限公司投资建设，项目总投资1.2亿元。";
    expect(show(text, "INVESTED_IN", "察右前旗")).toEqual(["北京华牧兴业牧业科技有限公司>巴音塔拉镇"]);
  });
});

describe("a company's own report and sums only intended", () => {
  it("reads the company its report's head names as the giver where its sentences say 集团 or 公司", () => {
    const text = "北京禾丰源农业科技集团有限公司2023年度社会责任报告（节选）\n第五章　扎根草原沃土\n集团与太仆寺旗二道洼村结对。截至2023年末，集团在太仆寺旗累计投入帮扶资金420万元。其中，向二道洼村捐赠280万元。";
    expect([...new Set(show(text, "FUNDED", "北京禾丰源农业科技集团有限公司2023年度社会责任报告（节选）"))].sort()).toEqual(["北京禾丰源农业科技集团有限公司>二道洼村", "北京禾丰源农业科技集团有限公司>太仆寺旗"].sort());
  });
  it("reads no grant in a sum only intended (拟三年投入帮扶资金1000万元), nor a village in 上述嘎查", () => {
    expect(show("昌平区与太仆寺旗结对。昌平区拟三年投入帮扶资金1000万元，在宝昌镇建设光伏电站。", "FUNDED")).toEqual([]);
    expect(show("公司对巴林右旗的公益捐赠总额约320万元（含上述嘎查光伏电站）。", "FUNDED").some((r) => r.includes("上述"))).toBe(false);
  });
});

describe("a hospital pointed at as it sends its staff, and one gone to work at", () => {
  it("reads 该院 that sends staff as the Beijing hospital named with its partner, and the next 该院 alike", () => {
    const text = "北京市西城区德外医院与鄂伦春自治旗人民医院建立“组团式”对口帮扶关系以来，该院先后派出5批23名医护人员驻点帮扶。今年，该院心内科主任医师贺建国担任旗人民医院执行院长。";
    expect(show(text, "WORKS_AT", "鄂伦春自治旗")).toContain("贺建国>北京市西城区德外医院");
    expect(show(text, "ASSIGNED_TO", "鄂伦春自治旗")).toContain("贺建国>鄂伦春自治旗人民医院");
  });
  it("keeps 该院 that one sends staff to, or that sends its own to train, on Inner Mongolia's side", () => {
    expect(show("我院与察哈尔右翼前旗平地泉中心医院签订对口帮扶协议。两年来，我院先后向该院派出驻点专家21人次。该院心内科医生张志强在我院进修。", "WORKS_AT", "北京市大兴区南城医院"))
      .toContain("张志强>察哈尔右翼前旗平地泉中心医院");
    expect(show("兴安盟人民医院与北京天坛医院结对。该院先后选派主治医师王磊到天坛医院进修。", "WORKS_AT")).not.toContain("王磊>北京天坛医院");
  });
  it("reads 该院 as the one its doctor comes from where the clause names where they went to work (到…工作)", () => {
    const text = "医疗方面，房山区长阳医院与宁城县中心医院开展对口帮扶。该院麻醉科副主任医师钱秀云今年3月到宁城县中心医院工作，帮助建立了疼痛门诊。";
    expect(show(text, "WORKS_AT", "宁城县")).toContain("钱秀云>房山区长阳医院");
  });
});

describe("sums that are no grant: drawn in, meant, aimed at, or another programme's", () => {
  it("reads no grant in what aid drew in, in a signing's intended total, in a level to strive for, nor in a plan still being sited", () => {
    expect(show("大兴区与察右前旗结对。协作资金撬动社会投资近4亿元，新建改造标准化温室大棚1200栋。", "FUNDED", "察右前旗")).toEqual([]);
    expect(show("密云区与库伦旗结对。会上还集中签约3个京蒙协作项目，意向投资总额1.2亿元。", "FUNDED", "库伦旗")).toEqual([]);
    expect(show("西城区与鄂伦春自治旗结对。2025年，我旗将力争西城区援助资金稳定在8000万元以上。", "FUNDED", "鄂伦春自治旗")).toEqual([]);
    expect(show("房山区青龙湖镇与宁城县五化镇结对。青龙湖镇今年计划拿出100万元帮我们建设香菇冷库，目前正在选址。", "FUNDED", "宁城县")).toEqual([]);
  });
  it("reads a town of Beijing whose name holds another province's (河北镇) as a giver, and 拿出 as giving", () => {
    const text = "房山区河北镇与宁城县五化镇自2022年结成对子以来，“手”越握越紧。河北镇出资在五化镇建设的42栋食用菌大棚今年全部投产，仅此一项，河北镇今年就投入帮扶资金380万元。";
    expect(show(text, "FUNDED", "宁城县")).toEqual(["河北镇>五化镇"]);
    expect(show("门头沟区斋堂镇与七号镇结对后，斋堂镇拿出28万元，帮后房子村建起了一座文冠果育苗温室。", "FUNDED")).toEqual(["斋堂镇>后房子村"]);
  });
  it("reads money paid to buy for one named as given to it, but a loan named after a sum as none", () => {
    expect(show("所用苗木由延庆区园林绿化局出资约86万元为察右后旗当郎忽洞苏木采购。", "FUNDED")).toEqual(["延庆区园林绿化局>当郎忽洞苏木"]);
    const loan = relations("该项目总投资4.5亿元，其中北京朝禾牧业有限公司出资3.8亿元，其余7000万元为银行项目贷款。").rels;
    expect(loan.some((r) => r.props["amountYuan"] === 70000000)).toBe(false);
  });
  it("reads a registered foundation's name over a verb (守望) as its giver and partner", () => {
    const text = "——北京草原守望公益基金会与吉生太镇大井坡村签订帮扶协议，首批捐赠帮扶资金35万元，用于购置移动式喷灌设备。";
    expect(show(text, "FUNDED")).toEqual(["北京草原守望公益基金会>大井坡村"]);
    expect(show(text, "PAIRED_WITH")).toEqual(["北京草原守望公益基金会>大井坡村"]);
  });
});

describe("people named by kin, by what they were, and sent from a body to a body", () => {
  it("reads a name after 妻子 or 技术骨干 and before 原是, and the post 是…的 or 原是…的 gives", () => {
    expect(show("妻子周敏是昌平区城北社区卫生服务中心的护士，儿子今年读初三。", "WORKS_AT")).toEqual(["周敏>昌平区城北社区卫生服务中心"]);
    expect(show("杨国栋原是北京市密云区农业农村局的一名科长，四十八岁。", "WORKS_AT")).toEqual(["杨国栋>北京市密云区农业农村局"]);
    expect(show("吕翔原是北京经济技术开发区荣华实验学校的信息技术老师，2023年9月起在巴林右旗大板第三中学支教。", "WORKS_AT")).toEqual(["吕翔>北京经济技术开发区荣华实验学校"]);
    const sent = "在示范区首部泵房，丰台区水务局派驻四子王旗水利局的技术骨干魏东介绍了智能水肥一体化系统的运行情况。";
    expect(show(sent, "WORKS_AT")).toEqual(["魏东>丰台区水务局"]);
    expect(show(sent, "ASSIGNED_TO")).toEqual(["魏东>四子王旗水利局"]);
  });
  it("reads 援派 between a Beijing district and a banner as sent from the one to the other", () => {
    expect(show("——记密云区援派库伦旗干部周海涛", "WORKS_AT")).toEqual(["周海涛>密云区"]);
    expect(show("——记密云区援派库伦旗干部周海涛", "ASSIGNED_TO")).toEqual(["周海涛>库伦旗"]);
    expect(show("丰台区卫健委选派北京丰台医院心内科主任医师张卫东到四子王旗人民医院挂职副院长。", "WORKS_AT")).toEqual(["张卫东>北京丰台医院"]);
  });
  it("reads the post taken in a clause after the posting as where one serves (赴…挂职，任…副校长)", () => {
    expect(show("2022年8月，北京市海淀区枫林实验中学副校长邵长海赴科右前旗挂职，任科尔沁右翼前旗索伦中学副校长。", "ASSIGNED_TO")).toEqual(["邵长海>科尔沁右翼前旗索伦中学"]);
  });
});

describe("towns and villages paired, listed short, and a company named by its head", () => {
  it("reads a town the gazetteer knows after a verb of pairing, and a list cut short", () => {
    expect(show("乡镇结对实现全覆盖：大兴区礼贤镇牵手我旗土贵乌拉镇，榆垡镇对接平地泉镇，庞各庄镇帮扶巴音塔拉镇。", "PAIRED_WITH", "察右前旗")).toContain("庞各庄镇>巴音塔拉镇");
    expect(show("石景山区9个街道与我县9个乡镇一一对应结对，具体为：八角街道—城关镇，苹果园街道—张皋镇，鲁谷街道—赛乌素镇，……（其余略）。", "PAIRED_WITH", "兴和县")).toContain("鲁谷街道>赛乌素镇");
  });
  it("reads villages after their towns and 的, paired with 结了对", () => {
    const text = "大兴区与察右前旗结对。再往下，安定镇的后安定村和玫瑰营镇的三号地村也结了对。";
    expect(show(text, "PAIRED_WITH", "察右前旗")).toContain("后安定村>三号地村");
    expect(show(text, "PART_OF", "察右前旗")).toEqual(expect.arrayContaining(["后安定村>安定镇", "三号地村>玫瑰营镇"]));
  });
  it("reads 星驰公司 as the company whose name opens so, its trade words between, and where 位于 or 总部在 places one", () => {
    expect(show("他牵线的第一个项目，是北京星驰精密机械有限公司。星驰公司还和查干沐沦苏木巴彦塔拉嘎查结成了帮扶对子。", "PAIRED_WITH", "巴林右旗")).toEqual(["北京星驰精密机械有限公司>巴彦塔拉嘎查"]);
    expect(show("位于海淀区中关村的数智互联科技有限公司认购了减排量。", "LOCATED_IN")).toEqual(["数智互联科技有限公司>海淀区"]);
    expect(show("来到位于海淀区上地街道的北京智语星河科技有限公司。", "LOCATED_IN")).not.toContain("北京智语星河科技有限公司>海淀区");
  });
});

describe("a sumu renamed a town, a clinic a gift builds, and posts of heads and doctors", () => {
  it("reads a town registered as a sumu (查干沐沦镇 for 查干沐沦苏木) paired by a company with 结对 alone", () => {
    const text = "北京经济技术开发区与巴林右旗结对。北京星河云算科技有限公司结对查干沐沦镇，帮助搭建农产品电商直播间。";
    expect(show(text, "PAIRED_WITH", "巴林右旗")).toContain("北京星河云算科技有限公司>查干沐沦镇");
  });
  it("reads a clinic built by a sum as the village's, not a village named 建设嘎查", () => {
    const text = "北京京瑞康医疗器械有限公司与宝日勿苏镇白音高勒嘎查结对，捐资60万元建设嘎查卫生室。";
    expect(show(text, "FUNDED", "巴林右旗")).toEqual(["北京京瑞康医疗器械有限公司>白音高勒嘎查"]);
  });
  it("reads a doctor whose title holds 任 (主任医师) gone to work at a hospital as posted there", () => {
    expect(show("房山区长阳医院麻醉科副主任医师钱秀云今年3月到宁城县中心医院工作。", "ASSIGNED_TO", "宁城县")).toEqual(["钱秀云>宁城县中心医院"]);
  });
  it("reads a banner's head met with (与旗委书记乌力吉) as the banner's, and a name of a surname of two characters", () => {
    const text = "太仆寺旗2023年京蒙协作工作总结\n4月18日，北京市昌平区委书记刘振宇率党政代表团来我旗考察，与旗委书记乌力吉共同签署《2023年京蒙协作框架协议》。";
    expect(show(text, "WORKS_AT", "太仆寺旗2023年京蒙协作工作总结")).toContain("乌力吉>太仆寺旗");
    expect(show("北京市海淀区上地医院神经外科主任欧阳振华挂任科尔沁右翼前旗人民医院副院长。", "WORKS_AT")).toEqual(["欧阳振华>北京市海淀区上地医院"]);
  });
});

describe("trainees placed in work, staff sent by a body pointed at, and one come from a body", () => {
  it("reads a trainee's town as no workplace, and the company they went on to work at (进入…工作, 如今已是…的一名)", () => {
    const text = "俄体镇学员白晓东经订单班培训后，进入北京星途智能科技有限公司总部从事无人机测绘工作。去年参加培训的扣河子镇学员包金花，如今已是北京爱家佳禾家政服务有限公司的一名高级育婴员。";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["包金花>北京爱家佳禾家政服务有限公司", "白晓东>北京星途智能科技有限公司"]);
    expect(show("学生王明进入北京大学学习。", "WORKS_AT")).toEqual([]);
  });
  it("reads one of those a school pointed at sent (该校先后派出…，其中…) as its staff, and 是该校…教师", () => {
    const sent = "北京市朝阳区健康职业技术学校与科尔沁左翼中旗职业教育中心结为帮扶对子。三年间，该校先后派出9名教师赴科左中旗授课，其中护理教师孔令媛在科左中旗职业教育中心支教整整一年。";
    expect(show(sent, "WORKS_AT")).toEqual(["孔令媛>北京市朝阳区健康职业技术学校"]);
    const is = "北京市丰台区长辛店职业技术学校与四子王旗职业中学结对。负责授课的杜雅楠是该校电子商务专业教师，那个学期，她被派驻四子王旗职业中学支教。";
    expect(show(is, "WORKS_AT")).toEqual(["杜雅楠>北京市丰台区长辛店职业技术学校"]);
  });
  it("reads no bureau that chose doctors as their employer, nor one named after 其中 as the sender", () => {
    expect(show("朝阳区卫健委选派的12名医生在科左中旗人民医院开展组团式帮扶，其中心内科专家卢志刚已经连续两年留在我旗。", "WORKS_AT", "科左中旗")).toEqual([]);
    expect(show("门头沟区选派挂职干部3名，其中门头沟区农业农村局副局长庞志刚挂任我县副县长。", "WORKS_AT", "化德县")).toEqual(["庞志刚>门头沟区农业农村局"]);
  });
  it("reads a body pointed at with its seat inside the pointing words (这家总部位于…的企业) as lying there", () => {
    const text = "他牵线的第一个项目，是北京星驰精密机械有限公司。这家总部位于北京经济技术开发区的企业2023年落户巴林右旗工业园区。";
    expect(show(text, "LOCATED_IN", "巴林右旗")).toContain("北京星驰精密机械有限公司>北京经济技术开发区");
  });
  it("reads one come from a body, a word of time before their posting (来自…的马骏目前在…挂职)", () => {
    const text = "来自朝阳区发展和改革委员会的马骏目前在科左中旗挂职副旗长。";
    expect(show(text, "WORKS_AT")).toEqual(["马骏>朝阳区发展和改革委员会"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["马骏>科尔沁左翼中旗"]);
  });
});

describe("a notice's records of pairs with their sums, a field a line or several", () => {
  const notice = "察哈尔右翼后旗乡村振兴局关于2024年北京市延庆区镇街结对帮扶资金项目安排情况的公示\n\n现将2024年延庆区各镇街向我旗结对乡镇（苏木）拨付的结对帮扶资金项目安排情况予以公示。\n\n一、项目明细\n\n" +
    "1．帮扶镇街：延庆区延庆镇　　受援乡镇（苏木）：白音察干镇\n项目名称：白音察干镇村级光伏帮扶电站运维提升\n建设内容：更换逆变器12台，修缮电站围栏800米\n结对帮扶资金：35万元　　旗级配套资金：无\n\n" +
    "2．帮扶镇街：张山营镇　　受援乡镇（苏木）：乌兰哈达苏木\n项目名称：嘎查集体经济肉牛托养\n建设内容：购置基础母牛60头\n结对帮扶资金：45万元（其中10万元为张山营镇西大庄科村定向捐赠）　　旗级配套资金：无\n\n" +
    "3．帮扶镇街：康庄镇　　受援乡镇（苏木）：土牧尔台镇\n项目名称：肉羊养殖标准化圈舍改造\n结对帮扶资金：40万元　　旗级配套资金：28万元（项目总投资68万元）";
  it("reads each record's helper and helped as a pair, and its sum of the pair's money as given, a sum before its parts too", () => {
    const { rels, name } = relations(notice, "察哈尔右翼后旗乡村振兴局关于2024年北京市延庆区镇街结对帮扶资金项目安排情况的公示");
    const of = (type: string) => rels.filter((r) => r.type === type).map((r) => `${name(r.source)}>${name(r.target)}${r.props["amountYuan"] ? ` ${r.props["amountYuan"]}` : ""}`).sort();
    expect(of("PAIRED_WITH")).toEqual(expect.arrayContaining(["延庆镇>白音察干镇", "张山营镇>乌兰哈达苏木", "康庄镇>土牧尔台镇"]));
    expect(of("FUNDED")).toEqual(expect.arrayContaining(["延庆镇>白音察干镇 350000", "张山营镇>乌兰哈达苏木 450000", "康庄镇>土牧尔台镇 400000"]));
    expect(of("FUNDED").some((f) => f.endsWith(" 280000"))).toBe(false);
  });
  it("pairs a record's district with the banner its project is built in (建设地点：…阿尔山市白狼镇 / 北京结对区：东城区)", () => {
    const text = "京蒙协作新能源重点项目清单\n\n1.阿尔山市光伏示范项目\n建设地点：兴安盟阿尔山市白狼镇\n投资主体：北京东方光合新能源有限公司\n北京结对区：东城区\n总投资：3.2亿元\n\n2.突泉县风电制氢示范项目\n建设地点：兴安盟突泉县东杜尔基镇\n投资主体：北京平源风电科技有限公司\n北京结对区：平谷区\n总投资：6.5亿元\n建设内容：平谷区安排京蒙协作资金600万元，用于项目周边村屯道路。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["东城区>阿尔山市", "平谷区>突泉县"]);
    expect(show(text, "FUNDED")).toEqual(["平谷区>突泉县"]);
  });
  it("reads no one site's money in a sum whose parts go to the several sites the record names", () => {
    const text = "大兴区与察右前旗结对。\n（二）乡镇卫生院能力提升项目\n实施单位：土贵乌拉镇中心卫生院、巴音塔拉镇卫生院\n建设内容：购置数字化X光机等设备\n使用协作资金：340万元（其中土贵乌拉镇中心卫生院200万元，巴音塔拉镇卫生院140万元）";
    expect(relations(text, "察右前旗").rels.some((r) => r.type === "FUNDED" && r.props["amountYuan"] === 3400000)).toBe(false);
  });
});

describe("towns' own words, pairs headed in brackets, a community's gift, and a cadre of a town", () => {
  it("reads 两镇 as the two towns named before, and 我镇 as the town named before the clause, not the giver in it", () => {
    const text = "5月19日，北京市昌平区沙河镇党委书记周建国带领考察团来到我旗千斤沟镇，就两镇结对帮扶工作进行深入对接。他说，自2021年两镇结成对子以来，沙河镇累计向我镇投入帮扶资金186万元。";
    expect(show(text, "PAIRED_WITH", "太仆寺旗")).toContain("沙河镇>千斤沟镇");
    expect(show(text, "FUNDED", "太仆寺旗")).toEqual(["沙河镇>千斤沟镇"]);
  });
  it("reads a pair a section's heading brackets (【黄村镇—土贵乌拉镇】…) and a community's gift said by 社区 alone", () => {
    const text = "大兴区镇街结对帮扶察右前旗。\n【黄村镇—土贵乌拉镇】一座保鲜库，稳住一条产业链\n黄村镇今年向土贵乌拉镇拨付帮扶资金150万元。\n【林校路街道—黄茂营乡】城市社区“认亲”农村\n林校路街道兴华园社区与黄茂营乡元山子村结成“城乡对子”。社区组织居民捐款2.8万元，资助元山子村18名困难家庭学生。";
    expect(show(text, "PAIRED_WITH", "察右前旗")).toEqual(expect.arrayContaining(["黄村镇>土贵乌拉镇", "林校路街道>黄茂营乡", "兴华园社区>元山子村"]));
    expect(show(text, "FUNDED", "察右前旗")).toContain("兴华园社区>元山子村");
  });
  it("reads one said to be a cadre of a town written with its county (是北京市怀柔区汤河口镇的一名干部) as working at the town", () => {
    expect(show("卢晓东是北京市怀柔区汤河口镇的一名干部，在镇农业办干了整整十年。", "WORKS_AT")).toEqual(["卢晓东>汤河口镇"]);
  });
  it("reads a market goods are sold to as no site of an investment, which is then the unit in focus", () => {
    const text = "太仆寺旗京蒙协作招商引资项目集中签约。北京中建瑞丰新材料有限公司将投资1.8亿元建设装配式建筑构件生产基地，产品主要销往锡林郭勒盟南部以及河北张家口等地。";
    expect(show(text, "INVESTED_IN", "太仆寺旗")).toEqual(["北京中建瑞丰新材料有限公司>太仆寺旗"]);
  });
  it("reads a town the gazetteer knows after a body's kind ending a word (结对校索伦镇中心学校), and the school named after it", () => {
    const text = "海淀区与科右前旗结对。上庄镇中心小学校长卢晓东介绍，学校的结对校索伦镇中心学校地处科右前旗索伦镇。";
    const { rels, name } = relations(text, "科右前旗");
    expect(rels.some((r) => name(r.source).startsWith("校") || name(r.target).startsWith("校"))).toBe(false);
    expect(show(text, "LOCATED_IN", "科右前旗")).toContain("索伦镇中心学校>索伦镇");
  });
  it("reads a facility named before the company that built it (…车间，由…公司投资600万元建设) as the investment's site, and more only planned as none", () => {
    const text = "朝阳区与科左中旗结对。这个车间的正式名称叫东艾力嘎查京蒙协作就业帮扶车间，由北京锦绣丝路服饰有限公司投资600万元建设，去年8月投产。公司计划今年再追加投资200万元，新增一条羽绒服生产线。";
    const { rels, name } = relations(text, "科左中旗");
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京锦绣丝路服饰有限公司>东艾力嘎查 6000000"]);
    expect(show("在朝阳区选派到东艾力嘎查驻村的第一书记马骁看来，车间的意义不止于挣钱。", "ASSIGNED_TO")).toEqual(["马骁>东艾力嘎查"]);
  });
});

describe("bodies named by their unit's kind, stations and branch banks, and a sum pointed back at", () => {
  it("reads 我旗妇幼保健院 as the banner's body named in full, served at, and the Beijing one its doctor comes from", () => {
    const text = "北京市平谷区妇幼保健院与翁牛特旗妇幼保健院于2023年签订结对帮扶协议，今年3月起，该院儿科主任马晓燕到我旗妇幼保健院开展为期半年的医疗帮扶。";
    expect(show(text, "ASSIGNED_TO", "翁牛特旗")).toEqual(["马晓燕>翁牛特旗妇幼保健院"]);
    expect(show(text, "WORKS_AT", "翁牛特旗")).toEqual(["马晓燕>北京市平谷区妇幼保健院"]);
  });
  it("reads a service station and a branch bank as bodies (…社会工作服务站, …昌平支行), and 这家…支行 as the bank", () => {
    expect(show("西城区与鄂伦春自治旗结对。西城区为大杨树镇社会工作服务站投入京蒙协作资金68万元，用于站点改造。", "FUNDED")).toEqual(["西城区>大杨树镇社会工作服务站"]);
    const bank = "参与基金合作的还有北京燕都农村商业银行股份有限公司昌平支行。这家位于昌平区政府街的支行去年与千斤沟镇红星村结成帮扶对子。";
    expect(show(bank, "LOCATED_IN")).toContain("北京燕都农村商业银行股份有限公司昌平支行>昌平区");
  });
  it("reads no grant in a sum named before and pointed back at (不在上述3150万元计划之内)", () => {
    const text = "北京市大兴区魏善庄镇与我旗黄茂营乡于2023年签订结对帮扶协议。今年，魏善庄镇安排镇级帮扶资金50万元，用于支持黄茂营乡建设村级电商服务站，该笔资金不在上述3150万元计划之内。";
    expect(relations(text, "察右前旗").rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([500000]);
  });
});

describe("a helper named after the one it helps is pointed at, and one helped that opens the sentence", () => {
  it("reads 结对帮扶我旗的北京市大兴区 as the district pairing with the banner the article speaks for", () => {
    const text = "察哈尔右翼前旗2024年京蒙协作工作总结\n2024年，结对帮扶我旗的北京市大兴区下达我旗京蒙协作财政援助资金共计3150万元。";
    expect(show(text, "PAIRED_WITH", "察哈尔右翼前旗2024年京蒙协作工作总结")).toEqual(["大兴区>察哈尔右翼前旗"]);
  });
  it("reads 在…的帮扶下 as helping the banner that opens the sentence, not the one the article is about", () => {
    const text = "巴林右旗2024年京蒙协作纪实\n北京经济技术开发区与巴林右旗结对。与右旗毗邻的赤峰市巴林左旗，则在顺义区的帮扶下走出了另一条路子。";
    expect(show(text, "PAIRED_WITH", "巴林右旗").sort()).toEqual(["北京经济技术开发区>巴林右旗", "顺义区>巴林左旗"]);
  });
});

describe("labour cooperation: wages, workers at Beijing firms, stations kept in another unit, and a banner's own pairing", () => {
  it("reads a wage as no grant (对方提供月薪5500元)", () => {
    const text = "当天，刘宝山与北京京南物业管理有限公司初步达成就业意向，对方提供月薪5500元、包吃包住的保安岗位。";
    expect(show(text, "FUNDED")).toEqual([]);
  });
  it("reads a banner opening the sentence as the one a later clause pairs with a district (库伦旗隶属通辽市，2021年起与…结对帮扶)", () => {
    expect(show("库伦旗隶属通辽市，2021年起与北京市密云区开展东西部协作结对帮扶。", "PAIRED_WITH")).toEqual(["密云区>库伦旗"]);
  });
  it("reads 这家公司 as the company before it that pairs with a village", () => {
    const text = "她被北京丰泽酒店管理有限公司整体录用。这家公司后来还与额尔敦嘎查签订了结对帮扶协议。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京丰泽酒店管理有限公司>额尔敦嘎查"]);
  });
  it("reads workers of Beijing firms: a job said before the name, a post after 是…的一名, an age before 是", () => {
    expect(show("在北京良乡物流有限公司做分拣员的宁城县大城子镇村民赵德胜说。", "WORKS_AT")).toContain("赵德胜>北京良乡物流有限公司");
    expect(show("萨仁托雅介绍，家里有羊。如今，她是北京丰泽酒店管理有限公司的一名客房领班。", "WORKS_AT")).toEqual(["萨仁托雅>北京丰泽酒店管理有限公司"]);
    expect(show("孙立平今年42岁，是北京京西畜牧兽医研究所的副研究员。", "WORKS_AT")).toEqual(["孙立平>北京京西畜牧兽医研究所"]);
    expect(show("孙立平的妻子李慧在丰台区东高地第一小学任教。", "WORKS_AT")).toEqual(["李慧>丰台区东高地第一小学"]);
    // (Called by surname and 师傅, and teaching there: 执教.)
    expect(show("课堂上，中式面点高级技师李建国一边示范一边讲。52岁的李师傅在北京市丰台区长辛店职业技能培训学校执教二十多年。", "WORKS_AT"))
      .toEqual(["李建国>北京市丰台区长辛店职业技能培训学校"]);
  });
  it("reads the Beijing body one left for a posting as one's workplace", () => {
    expect(show("门头沟区与察右后旗结对。是门头沟区派来的刘振华老师。今年3月，这位带头人离开北京市门头沟区京西职业技术学校，来到察右后旗职业教育中心支教，为期一年。", "WORKS_AT"))
      .toEqual(["刘振华>北京市门头沟区京西职业技术学校"]);
    expect(show("刘振华老师说，离开北京市京西职业技术学校时，学生们都来送行。", "WORKS_AT")).toEqual([]);
  });
  it("reads a station one unit keeps in another by both names, and where it is said to lie or be set up", () => {
    expect(show("4月28日，宁城县驻房山区劳务工作站在房山区阎村镇挂牌。", "LOCATED_IN")).toContain("宁城县驻房山区劳务工作站>阎村镇");
    expect(show("位于丰台区卢沟桥街道的四子王旗驻京劳务服务站，是务工人员的娘家。", "LOCATED_IN")).toEqual(["四子王旗驻京劳务服务站>卢沟桥街道"]);
    expect(show("依托设在朝阳区的科左中旗驻京劳务工作站，及时发布用工需求。", "LOCATED_IN")).toEqual(["科左中旗驻京劳务工作站>朝阳区"]);
  });
  it("reads 旗人社局 as the banner's 人力资源和社会保障局 the article names in full", () => {
    const text = "专班办公室设在科尔沁左翼中旗人力资源和社会保障局，办公室主任由旗人社局局长白永胜兼任。";
    expect(show(text, "WORKS_AT", "科左中旗通知")).toEqual(["白永胜>科尔沁左翼中旗人力资源和社会保障局"]);
  });
  it("reads the sender of a clause of sending with no subject as the sentence's subject", () => {
    const text = "石景山区京西职业学校与兴和县职业技术学校结成对子后，选派教师吴晓丽到兴和县职业技术学校支教。";
    expect(show(text, "WORKS_AT")).toEqual(["吴晓丽>石景山区京西职业学校"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["吴晓丽>兴和县职业技术学校"]);
  });
  it("reads an interviewee's former workplace (我原来在…工作; 我是…的干部，原来在…工作)", () => {
    const text = "——访怀柔区挂职干部、正蓝旗副旗长杨帆\n记者：您好。\n杨帆：我原来在怀柔区农业农村局种植业科工作，2022年7月来到正蓝旗挂任旗政府副旗长。";
    expect(show(text, "WORKS_AT", "访谈")).toContain("杨帆>怀柔区农业农村局");
    const other = "记者：您好。\n田春雨：我是通州区派到科右中旗挂职的干部，原来在通州区人力资源和社会保障局工作。";
    expect(show(other, "WORKS_AT", "访谈")).toEqual(["田春雨>通州区人力资源和社会保障局"]);
  });
});

describe("science, welfare and bulletins: stationed staff, centres, parts for named bodies, batches and planned projects", () => {
  it("reads 驻守 and 驻点 before a town as a posting there", () => {
    expect(show("北京市大兴区农业技术推广站推广研究员周振华驻守玫瑰营镇8个月。", "ASSIGNED_TO")).toEqual(["周振华>玫瑰营镇"]);
    expect(show("北京京研农业科技研究院副研究员吴桂兰全程驻点居力很镇，指导示范户。", "ASSIGNED_TO", "科右前旗")).toEqual(["吴桂兰>居力很镇"]);
  });
  it("reads the town inside the banner gone to where the kind of posting is said (来到阿尔山市，在白狼镇挂职一年)", () => {
    const text = "常青今年51岁，是北京金街餐饮管理有限公司的行政总厨。去年6月，他作为东城区选派的人才来到兴安盟阿尔山市，在白狼镇挂职一年。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["常青>白狼镇"]);
  });
  it("reads centres of research and care and a charity federation by their endings", () => {
    expect(show("站在地头的李秀英是北京市谷物研究中心的研究员。", "WORKS_AT")).toEqual(["李秀英>北京市谷物研究中心"]);
    const text = "密云区残疾人康复服务中心康复治疗师吕晓光自2023年3月起派驻库伦旗残疾人康复中心工作，为期一年。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["吕晓光>库伦旗残疾人康复中心"]);
  });
  it("reads a part of a total for a body named first, and parts after 已拨付资金中 and 安排", () => {
    const own = "全年密云区共向我旗投入残疾人帮扶资金286.5万元。其中：库伦旗残疾人康复中心设备购置120万元；残疾人辅助器具适配43.5万元。";
    expect(show(own, "FUNDED", "库伦旗残联总结").sort()).toEqual(["密云区>库伦旗", "密云区>库伦旗残疾人康复中心"]);
    const paid = "上半年大兴区向察右前旗拨付京蒙协作资金8600万元。已拨付资金中，玫瑰营镇1450万元，用于肉牛养殖园区；黄旗海镇980万元，用于人居环境整治。";
    expect(show(paid, "FUNDED", "大兴区简报").sort()).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>玫瑰营镇", "大兴区>黄旗海镇"]);
  });
  it("reads no grant in one batch whose running total the next sentence gives, nor in a plan after what is paid", () => {
    const batch = "太仆寺旗京蒙协作简报\n近日，昌平区第三批财政帮扶资金4860万元到账。至此，昌平区今年向我旗拨付的京蒙协作资金已达1.32亿元。";
    expect(relations(batch).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([132000000]);
    const plan = "顺义区已向巴林左旗拨付今年首批京蒙协作资金3860万元；按照协议，全年京蒙协作资金计划安排1.02亿元。";
    expect(relations(plan).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([38600000]);
  });
  it("reads no investment in a project only signed, to start later, unless it has settled", () => {
    expect(show("京顺丰谷农业发展有限公司与巴林左旗签约，拟投资3亿元建设谷子良种繁育基地，项目计划明年开工。", "INVESTED_IN")).toEqual([]);
    expect(show("北京雁栖源乳业有限公司的奶酪项目签约落户正蓝旗上都镇，项目拟投资1.5亿元，计划今年5月开工建设。", "INVESTED_IN")).toEqual(["北京雁栖源乳业有限公司>上都镇"]);
  });
  it("reads no grant to a body the money passes through (通过…慈善总会向…捐款)", () => {
    expect(show("北京牧歌乳业有限公司通过巴林左旗慈善总会向隆昌镇中心小学捐款30万元。", "FUNDED")).toEqual(["北京牧歌乳业有限公司>隆昌镇中心小学"]);
  });
  it("reads communities pairing 手拉手, and a school's 特教 short form as its full name", () => {
    expect(show("滨河街道承平园社区与乌丹镇东城社区“手拉手”，每季度开展一次互学。", "PAIRED_WITH", "翁牛特旗")).toEqual(["承平园社区>东城社区"]);
    const school = "北京市海淀区明德特殊教育学校与科尔沁右翼前旗特殊教育学校结对。教师何嘉怡到科右前旗特教学校支教。";
    expect(show(school, "ASSIGNED_TO")).toEqual(["何嘉怡>科尔沁右翼前旗特殊教育学校"]);
  });
  it("reads a hospital's name from where the one named after its doctor takes a post (…主任刘建东任察右前旗医院执行院长)", () => {
    const text = "大兴区人民医院骨科主任刘建东任察右前旗医院执行院长，帮助该院开展首例手术。";
    expect(show(text, "WORKS_AT")).toEqual(["刘建东>大兴区人民医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘建东>察右前旗医院"]);
  });
  it("reads no body of another province as lying where the one listed before it does", () => {
    expect(show("验收专家组由兴安盟农牧业科学研究所、辽宁省滨海稻作研究所等单位的7名专家组成。", "LOCATED_IN")).toEqual(["兴安盟农牧业科学研究所>兴安盟"]);
  });
});

describe("bulletins: pairs in a table's cells, rows under 我区, heads of the body named before, and 驻 before a village", () => {
  it("reads pairs dashed in a table's first cell, and no grant in what enterprises brought in", () => {
    // (As ingest writes a table aligned by spaces: its cells kept apart by bars.)
    const text = "赤峰市京蒙产业协作专报\n结对关系及北京企业落地情况如下：\n\n结对关系|新增落地项目（个）|实际到位投资（亿元）\n顺义区—巴林左旗|9|4.3\n房山区—宁城县|11|5.6\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["房山区>宁城县", "顺义区>巴林左旗"]);
    expect(show(text, "FUNDED")).toEqual([]);
  });
  it("reads rows of pairs that open with the writer's own 我区", () => {
    const text = "朝阳区京蒙协作简报\n我区43个街乡与科左中旗全部15个苏木镇实现结对全覆盖。今年新调整2对：\n我区三里屯街道—科左中旗保康镇\n我区孙河乡—科左中旗舍伯吐镇\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["三里屯街道>保康镇", "孙河乡>舍伯吐镇", "朝阳区>科尔沁左翼中旗"]);
  });
  it("reads a head named by a bare 院长 as heading the body the sentence before opened with", () => {
    const text = "宝昌镇中心敬老院始建于2008年，现集中供养特困老人47名。院长赵春梅告诉记者，院里取暖设施老化。";
    expect(show(text, "WORKS_AT", "太仆寺旗")).toEqual(["赵春梅>宝昌镇中心敬老院"]);
  });
  it("reads 驻 as no part of the village after it, and a village's 第一书记 as stationed there", () => {
    const text = "东华门街道派出的干部赵一鸣自去年起驻林俗村担任第一书记。";
    const { rels, name } = relations(text, "阿尔山市简报");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.target)} ${r.props["kind"]}`)).toEqual(["林俗村 驻村"]);
  });
  it("reads a part 投向 a town after 其中", () => {
    const text = "今年西城区安排我旗财政援助资金1.08亿元，截至8月底已全部拨付。其中，投向大杨树镇大豆精深加工项目3600万元。";
    expect(show(text, "FUNDED", "鄂伦春自治旗简报")).toContain("西城区>大杨树镇");
  });
});

describe("welfare pieces: 结亲 and an example's subject, 作为…援蒙医生, a fund's first injection, and a secretary's village", () => {
  it("reads 结亲 as pairing, and the town an example opens with as the one paired", () => {
    expect(show("咱们卢沟桥街道和乌兰察布市四子王旗吉生太镇“结亲”已经整整三年了。", "PAIRED_WITH", "卢沟桥街道公众号")).toEqual(["卢沟桥街道>吉生太镇"]);
    expect(show("宝音满都拉：有。比如舍伯吐镇，跟朝阳区潘家园街道结对已经三年了。", "PAIRED_WITH", "访谈")).toEqual(["潘家园街道>舍伯吐镇"]);
  });
  it("reads 作为…援蒙医生 as the subject's own kind of posting, served where a later clause says", () => {
    const text = "我街道宛平城社区卫生服务中心全科医生梁晓东，作为丰台区第二批援蒙医生，去年9月起在吉生太镇卫生院工作。";
    expect(show(text, "ASSIGNED_TO", "卢沟桥街道公众号")).toEqual(["梁晓东>吉生太镇卫生院"]);
  });
  it("reads a fund's first injection as a grant, and a sum only to be used (拟使用) as none", () => {
    const fund = "2023年，海淀区慈善协会设立“草原春苗”专项基金，首期注入资金200万元，专门资助科右前旗的孤儿和困境儿童。";
    expect(show(fund, "FUNDED")).toEqual(["海淀区慈善协会>科尔沁右翼前旗"]);
    const planned = "石景山区与兴和县结对。下半年计划实施的县社会福利院等3个项目，拟使用京蒙协作资金420万元，目前正在履行审批程序。";
    expect(show(planned, "FUNDED")).toEqual([]);
  });
  it("reads a secretary's village (…第一书记胡立新所在的张皋镇永胜村) and the post a name opening the sentence held (原为…)", () => {
    const text = "工作组走访了石景山区选派的驻村第一书记胡立新所在的张皋镇永胜村。胡立新原为石景山区民政局社会救助科副科长。";
    expect(show(text, "ASSIGNED_TO", "兴和县简报")).toEqual(["胡立新>永胜村"]);
    expect(show(text, "WORKS_AT", "兴和县简报")).toContain("胡立新>石景山区民政局");
  });
  it("reads a name after its age (25岁的萨仁托雅), but not one said by its surname alone (68岁的包姓老牧民)", () => {
    const text = "早上，25岁的萨仁托雅已经换好了工装。如今，她是北京丰泽酒店管理有限公司的一名客房领班。一位68岁的包姓老牧民被送到旗医院。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type !== "LOCATED_IN").map((r) => `${r.type} ${name(r.source)}>${name(r.target)}`)).toEqual(["WORKS_AT 萨仁托雅>北京丰泽酒店管理有限公司"]);
  });
});

describe("villagers' secretaries, Mongolian village names, names inside a unit's school, and a helper named after the one it helps", () => {
  it("reads a village branch's secretary as working in the village, its Mongolian name read whole (呼和格日嘎查)", () => {
    expect(show("呼和格日嘎查党支部书记　吴宝音：我们嘎查很受益。", "WORKS_AT")).toEqual(["吴宝音>呼和格日嘎查"]);
    expect(show("“现在能用上滴灌。”乌兰章古嘎查党支部书记宝音激动地说。", "WORKS_AT")).toEqual(["宝音>乌兰章古嘎查"]);
  });
  it("reads a school's name after its unit whole over a short core jieba breaks (海淀区清河湾小学), not over a verb", () => {
    expect(show("海淀区清河湾小学的老师来了。", "LOCATED_IN")).toEqual(["海淀区清河湾小学>海淀区"]);
    expect(show("东城区推动北京市第二中学在阿尔山市设立分校。", "LOCATED_IN")).toEqual([]);
  });
  it("reads a forest farm and a Party committee's body by the unit they open with", () => {
    expect(show("中共四子王旗委员会组织部发文。阿尔山市天池林场职工植树。", "LOCATED_IN").sort()).toEqual(["中共四子王旗委员会组织部>四子王旗", "阿尔山市天池林场>阿尔山市"]);
    // (Not a community named after a forest farm: 天池林场社区.)
    expect(show("天池镇天池林场社区与北京的社区结对。", "LOCATED_IN")).toEqual([]);
  });
  it("reads 结为对口帮扶关系 as pairing, and a helper named after the one it helps though the clause pairs others", () => {
    expect(show("北京市顺义区与巴林左旗结为对口帮扶关系。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
    expect(show("对口帮扶正蓝旗的怀柔区近日推动怀柔区雁栖镇与正蓝旗上都镇结对。", "PAIRED_WITH").sort()).toEqual(["怀柔区>正蓝旗", "雁栖镇>上都镇"]);
  });
});

describe("party branches of institutions stand for the institution", () => {
  it("reads a pairing, a post and a seat of an institution's branch as the institution's", () => {
    const text = "北京望辰科技股份有限公司党支部与查干础鲁嘎查党支部结对。北京市西城区什刹海妇幼保健院党支部与鄂伦春自治旗妇幼保健计划生育服务中心党支部结对共建。公司党支部书记周楠介绍。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市西城区什刹海妇幼保健院>鄂伦春自治旗妇幼保健计划生育服务中心", "北京望辰科技股份有限公司>查干础鲁嘎查"]);
    expect(show(text, "WORKS_AT")).toEqual(["周楠>北京望辰科技股份有限公司"]);
    expect(show(text, "LOCATED_IN")).toContain("北京市西城区什刹海妇幼保健院>西城区");
  });
});

describe("profiles by age, a term's 帮扶, and records of a project a body helps", () => {
  it("reads a profile whose second field is the age (孙立新，45岁，…副校长)", () => {
    const text = "【人物名片】孙立新，45岁，北京市大兴区兴华路小学副校长，小学语文高级教师。";
    expect(show(text, "WORKS_AT", "访谈")).toEqual(["孙立新>北京市大兴区兴华路小学"]);
  });
  it("reads 开展为期半年的帮扶 at a hospital as a medical posting", () => {
    const text = "大兴区人民医院副主任医师赵晓彤今年3月来到察右前旗人民医院，开展为期半年的帮扶。";
    const { rels, name } = relations(text, "察右前旗新闻");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.target)} ${r.props["kind"]}`)).toEqual(["察右前旗人民医院 医疗帮扶"]);
  });
  it("reads a record's helping body as paired with the one carrying the project out, and its programme money as the district's", () => {
    const text = "科尔沁左翼中旗乡村振兴局公示\n北京市朝阳区是我旗京蒙协作结对帮扶区。\n（一）科尔沁左翼中旗人民医院胸痛中心建设项目\n实施单位：科尔沁左翼中旗人民医院\n帮扶单位：北京市朝阳区太阳宫医院\n资金规模：京蒙协作资金1200万元，旗级配套资金300万元。\n";
    expect(show(text, "PAIRED_WITH")).toContain("北京市朝阳区太阳宫医院>科尔沁左翼中旗人民医院");
    expect(show(text, "FUNDED")).toEqual(["朝阳区>科尔沁左翼中旗人民医院"]);
  });
});

describe("the most specific partner of a written chain, and counts that are no names", () => {
  it("pairs the banner of a chain the verb's partner is written in, not the league opening it", () => {
    expect(show("4月16日，顺义区对口帮扶的赤峰市巴林左旗乌兰达坝苏木退化草原修复项目开工建设。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
    expect(show("4月20日，丰台区与结对帮扶地区乌兰察布市四子王旗在乌兰花镇北山共同栽植“京蒙友谊林”。", "PAIRED_WITH")).toEqual(["丰台区>四子王旗"]);
  });
  it("reads no village in 不少嘎查 and no body in 这座工厂", () => {
    const { rels } = relations("额勒顺镇不少嘎查“一场风刮走半年收成”。这座工厂的主人叫周明远。");
    expect(rels).toEqual([]);
  });
});

describe("resident secretaries: the village gone to for the post, one named after the village, and a body that stationed them", () => {
  it("reads the village one was sent to to take the post inside the banner come to (伊和塔拉嘎查, its 伊和 a Mongolian word)", () => {
    const text = "2022年4月，密云区穆家峪镇干部张海涛作为京蒙协作挂职干部来到通辽市库伦旗，被派到伊和塔拉嘎查担任第一书记。";
    const { rels, name } = relations(text, "库伦旗");
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.target)} ${r.props["kind"]}`)).toEqual(["伊和塔拉嘎查 驻村"]);
  });
  it("reads a secretary named after the village, and the body of either side that stationed them (则是…派驻的干部)", () => {
    const text = "大坝沟村的驻村第一书记李明远则是宁城县人民法院派驻的干部，主要负责村里的矛盾调解。";
    expect(show(text, "ASSIGNED_TO", "宁城县")).toEqual(["李明远>大坝沟村"]);
    expect(show(text, "WORKS_AT", "宁城县")).toEqual(["李明远>宁城县人民法院"]);
  });
  it("reads a banner's 文化旅游和体育局 whole", () => {
    expect(show("房山区文化和旅游局干部崔莹到宁城县挂职，任宁城县文化旅游和体育局副局长。", "ASSIGNED_TO")).toEqual(["崔莹>宁城县文化旅游和体育局"]);
  });
});

describe("colleagues named only as another's", () => {
  it("gives one named as a colleague the home of the person named before them, and cuts 和 off the first name", () => {
    const text = "北京市朝阳区人民医院主任医师张伟和同事何嘉怡来到科右前旗人民医院开展医疗帮扶。同院的秦悦也参加了义诊。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["何嘉怡>北京市朝阳区人民医院", "张伟>北京市朝阳区人民医院", "秦悦>北京市朝阳区人民医院"]);
  });
  it("gives a colleague of the same school no hospital", () => {
    expect(show("北京市朝阳区人民医院主任医师张伟来到库伦旗。同校的秦悦也来了。", "WORKS_AT")).toEqual(["张伟>北京市朝阳区人民医院"]);
  });
});

describe("PART_OF said in words", () => {
  it("reads where a place lies, what it belongs to, and a place pointed at before a smaller one", () => {
    const text = "奈曼旗位于通辽市西南部。察哈尔右翼前旗隶属乌兰察布市。大石寨镇是内蒙古兴安盟科尔沁右翼前旗的一个农业大镇。位于科右前旗西部的索伦镇，距旗所在地一百多公里。";
    expect(show(text, "PART_OF").sort()).toEqual(["兴安盟>内蒙古自治区", "大石寨镇>科尔沁右翼前旗", "奈曼旗>通辽市", "察哈尔右翼前旗>乌兰察布市", "科尔沁右翼前旗>兴安盟", "索伦镇>科尔沁右翼前旗"]);
    expect(show("奈曼旗旗长讲话\n怀柔区渤海镇与我旗白音他拉苏木结成对口帮扶镇（苏木）。", "PART_OF", "奈曼旗旗长讲话")).toContain("白音他拉苏木>奈曼旗");
  });
  it("reads no part where the places are only compared or listed", () => {
    expect(show("奈曼旗与通辽市的其他旗县一样，位于科尔沁沙地。", "PART_OF")).toEqual([]);
  });
});

describe("contacts after another field of their line", () => {
  it("gives a contact the body the line's unit field names", () => {
    expect(show("联系单位：太仆寺旗商务局　联系人：张海燕（投资促进股股长）　电话：0479-5222316", "WORKS_AT")).toEqual(["张海燕>太仆寺旗商务局"]);
  });
});

describe("settling written with its place before the verb, and bodies of culture", () => {
  it("reads 已在白狼镇落户 as investing there", () => {
    expect(show("北京山水间文化旅游发展有限公司已在白狼镇落户，总投资4500万元建设冰雪研学营地。", "INVESTED_IN")).toEqual(["北京山水间文化旅游发展有限公司>白狼镇"]);
  });
  it("reads a library named with its banner short as the one named in full", () => {
    const text = "莫力达瓦达斡尔族自治旗图书馆签下协议。海淀区图书馆与莫旗图书馆正式结为对口帮扶单位。";
    expect(show(text, "PAIRED_WITH")).toEqual(["海淀区图书馆>莫力达瓦达斡尔族自治旗图书馆"]);
  });
});

describe("tables of experts and doctors sent", () => {
  it("reads a lecturer's name and title in one cell, and the body in the next", () => {
    const text = "| 日期 | 培训内容 | 授课专家 | 工作单位 |\n|---|---|---|---|\n| 4月16日上午 | 马铃薯脱毒种薯繁育 | 张宏伟 研究员 | 北京市农林科学院蔬菜研究所 |\n";
    expect(show(text, "WORKS_AT")).toEqual(["张宏伟>北京市农林科学院蔬菜研究所"]);
  });
  it("reads a doctor sent from one body to another, a note in brackets after the name", () => {
    const text = "| 序号 | 派出单位（密云区） | 受援单位（太仆寺旗） | 派驻医生 | 驻点期限 |\n|---|---|---|---|---|\n| 1 | 溪翁庄镇社区卫生服务中心 | 千斤沟镇卫生院 | 李卫东（全科） | 2024年4月—9月 |\n";
    expect(show(text, "WORKS_AT")).toEqual(["李卫东>溪翁庄镇社区卫生服务中心"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["李卫东>千斤沟镇卫生院"]);
  });
});

describe("cadres of Inner Mongolia posted to Beijing, and notices of appointment", () => {
  it("reads the post before the name as the home and the Beijing post after 挂职 as the posting", () => {
    const text = "1. 太仆寺旗商务局副局长其木格，挂职西城区商务局局长助理；\n2. 太仆寺旗宝昌镇党委副书记巴特尔，挂职西城区金融街街道工委副书记；";
    expect(show(text, "WORKS_AT").sort()).toEqual(["其木格>太仆寺旗商务局", "巴特尔>宝昌镇"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["其木格>西城区商务局", "巴特尔>金融街街道"]);
  });
  it("reads each line of a notice appointing or removing cadres on 挂职, and no home in its heading", () => {
    const text = "科尔沁右翼前旗人民政府关于刘志强等同志任免职务的通知\n任命：\n刘志强（挂职）为科尔沁右翼前旗发展和改革委员会副主任；\n免去：\n吕鹏的科尔沁右翼前旗大石寨镇副镇长（挂职）职务。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘志强>科尔沁右翼前旗发展和改革委员会", "吕鹏>大石寨镇"]);
    expect(show(text, "WORKS_AT")).toEqual([]);
  });
  it("reads a name after its body and 的 before a pronoun, and a civil servant's rank", () => {
    expect(show("同批来的还有海淀区人力资源和社会保障局的朱晓，她挂职化德县人力资源和社会保障局副局长。", "ASSIGNED_TO")).toEqual(["朱晓>化德县人力资源和社会保障局"]);
    expect(show("房山区农业农村局二级主任科员钱磊挂任达茂旗农牧和科技局副局长。", "WORKS_AT")).toEqual(["钱磊>房山区农业农村局"]);
  });
});

describe("recipients named as of a place, and money a Beijing body raised itself", () => {
  it("gives the school a place is named before, not the place (资助位于德伯斯镇的兴华小学, 用于…巴音塔拉镇的德胜小学建设…)", () => {
    expect(show("丰台区慈善协会出资40万元，资助位于德伯斯镇的兴华小学改善办学条件。", "FUNDED")).toEqual(["丰台区慈善协会>兴华小学"]);
    const { rels } = relations("大兴区教育委员会安排教育帮扶资金120万元，用于察右前旗巴音塔拉镇的德胜小学建设录播教室和图书室。");
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => r.props["purpose"])).toEqual(["建设录播教室和图书室"]);
  });
  it("reads a Beijing town's own money given as a grant (自筹资金30万元，支持幸福乡), not a hospital's unnamed", () => {
    expect(show("平谷区金海湖镇与太仆寺旗幸福乡结成帮扶对子，金海湖镇今年自筹资金30万元，支持幸福乡发展庭院经济。", "FUNDED")).toEqual(["金海湖镇>幸福乡"]);
    expect(show("远程会诊中心项目总投资616万元，其中京蒙协作资金386万元，医院自筹80万元。", "FUNDED")).toEqual([]);
  });
});

describe("a district's bodies named by its level in its own reports", () => {
  it("reads 区卫健委 as the district's commission the heading names in full", () => {
    const text = "门头沟区卫生健康委员会2023年度京蒙协作医疗卫生帮扶工作总结\n区卫健委干部梁晨任达茂旗石宝镇乌兰胡舒嘎查驻村第一书记。";
    expect(show(text, "WORKS_AT")).toEqual(["梁晨>门头沟区卫生健康委员会"]);
  });
});

describe("postings said by the kind of those sent, by 选派…到, and homes said with 也是 or by a head's title", () => {
  it("reads 为期半年的产科帮扶, 帮扶医生 and 帮扶期 as postings", () => {
    expect(show("北京市通州区妇幼保健院助产士吴晓红也来到奈曼旗妇幼保健计划生育服务中心，开展为期半年的产科帮扶。", "ASSIGNED_TO")).toEqual(["吴晓红>奈曼旗妇幼保健计划生育服务中心"]);
  });
  it("reads one a body chose and sent to a school", () => {
    expect(show("西城区青少年业余体育学校选派速度滑冰教练李默到太仆寺旗第一中学，开展为期一学期的冰雪运动指导。", "ASSIGNED_TO")).toEqual(["李默>太仆寺旗第一中学"]);
  });
  it("reads homes said with 也是, of a troupe's player, and of a cooperative's head opening the next sentence", () => {
    expect(show("女主人乌云其木格同时也是阿尔山市鹿鸣林俗民宿专业合作社的理事长。", "WORKS_AT")).toEqual(["乌云其木格>阿尔山市鹿鸣林俗民宿专业合作社"]);
    expect(show("领奏的乌日娜是四子王旗乌兰牧骑的马头琴演奏员，今年只有24岁。", "WORKS_AT")).toEqual(["乌日娜>四子王旗乌兰牧骑"]);
    expect(show("巴音草原肉羊养殖专业合作社成立于2019年。理事长那仁满都拉介绍，合作社2022年起与北京专家合作。", "WORKS_AT")).toEqual(["那仁满都拉>巴音草原肉羊养殖专业合作社"]);
  });
});

describe("a partner named by what it is to the other, a government's departments, and abbreviations of bodies", () => {
  it("pairs a banner said to be a district's partner after the programme's name or in the clause before 是", () => {
    expect(show("科左后旗是北京市通州区东西部协作的结对地区，也是全国有名的黄牛之乡。", "PAIRED_WITH")).toEqual(["通州区>科尔沁左翼后旗"]);
    expect(show("位于锡林郭勒盟南端的太仆寺旗，是平谷区的结对帮扶旗县。", "PAIRED_WITH")).toEqual(["平谷区>太仆寺旗"]);
    expect(show("密云区与锡林郭勒盟太仆寺旗进一步深化医疗卫生领域协作。", "PAIRED_WITH")).toEqual(["密云区>太仆寺旗"]);
  });
  it("gives one of a town government's offices the government for a home, and reads 科信局 in full", () => {
    expect([...new Set(show("高文静是北京市丰台区王佐镇人民政府经济发展办公室副主任。", "WORKS_AT"))]).toEqual(["高文静>北京市丰台区王佐镇人民政府"]);
    expect(show("海淀区科学技术和信息化局开展对接。区科信局副局长孟涛挂任化德县副县长。", "WORKS_AT", "海淀区挂职干部手记")).toEqual(["孟涛>海淀区科学技术和信息化局"]);
  });
});

describe("money sought, thresholds and misuse, and students who work nowhere", () => {
  it("reads no grant in money only sought, a rule's threshold, or money an audit found misused", () => {
    expect(show("丰台区与科右前旗结对。今年，全旗计划再争取京蒙协作资金1500万元，新建帮扶车间5个。", "FUNDED")).toEqual([]);
    expect(show("西城区与太仆寺旗结对。固定资产投资5000万元以上的项目，按设备投资额的8%给予补助。", "FUNDED")).toEqual([]);
    expect(show("东城区与敖汉旗结对。四家子镇将京蒙协作小米加工项目资金中的85万元用于镇政府办公楼维修，不符合专款专用规定。", "FUNDED")).toEqual([]);
  });
  it("gives a student no school to work at", () => {
    expect(show("获奖学生代表、奈曼旗第一中学高三学生李佳琪家住八仙筒镇西湖村。", "WORKS_AT")).toEqual([]);
  });
});

describe("investment into a park of both sides, and after a date", () => {
  it("reads a park named 怀柔·奈曼 as 奈曼旗's, and 于2021年在…投资建设", () => {
    expect(show("北京中科汇能新材料有限公司入驻怀柔·奈曼京蒙协作产业园，一期投资5.6亿元的硅基新材料项目正在加紧建设。", "INVESTED_IN")).toEqual(["北京中科汇能新材料有限公司>奈曼旗"]);
    expect(show("北京京诚谷物食品有限公司于2021年在敖汉旗下洼镇投资建设小米深加工厂。", "INVESTED_IN")).toEqual(["北京京诚谷物食品有限公司>下洼镇"]);
  });
});

describe("visits to a meeting, and those a narrator serves with", () => {
  it("reads no posting in going somewhere to attend a meeting", () => {
    expect(show("陈思远作为帮扶医生代表到集宁区参加了全市产科质控工作会议。", "ASSIGNED_TO")).toEqual([]);
  });
  it("posts the narrator, not the local doctor named in a later clause", () => {
    const text = "陈思远：黄茂营乡卫生院没有妇科医生，我就每两周去黄茂营乡卫生院坐诊一天，顺便带带卫生院的年轻医生赵永军。";
    expect(show(text, "ASSIGNED_TO").filter((x) => x.startsWith("赵永军"))).toEqual([]);
  });
});

describe("a table of hospitals held in trust, and levels named together", () => {
  it("reads the executive president's home and posting from the trust table's columns", () => {
    const text = "| 序号 | 托管医院 | 受托管医院 | 受援地区 | 执行院长（派出单位职务） | 专项资金（万元） |\n|---|---|---|---|---|---|\n| 1 | 北京市海淀区上庄医院 | 莫力达瓦达斡尔族自治旗人民医院 | 呼伦贝尔市莫力达瓦达斡尔族自治旗 | 邵文博（上庄医院副院长） | 240 |\n";
    expect([...new Set(show(text, "WORKS_AT"))]).toEqual(["邵文博>北京市海淀区上庄医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["邵文博>莫力达瓦达斡尔族自治旗人民医院"]);
  });
  it("reads no banner in 下达旗县医院…", () => {
    expect(show("北京市卫生健康委员会共下达旗县医院托管专项资金1650万元。", "FUNDED")).toEqual([]);
  });
});

describe("titles listed before a name", () => {
  it("reads a hospital's 副院长、主任医师 before the name as one home", () => {
    expect(show("北京市朝阳区双井医院托管翁牛特旗医院。双井医院副院长、主任医师陈国栋任翁牛特旗医院执行院长。", "WORKS_AT")).toEqual(["陈国栋>北京市朝阳区双井医院"]);
  });
});

describe("posts held before 挂职, a reporter's narration, and suppliers' contacts", () => {
  it("reads the post held before as the home, and no home where one was posted (是…派驻…挂职的副旗长)", () => {
    const text = "记者：郝建国是石景山区派驻四子王旗挂职的副旗长，此前任石景山区发展和改革委员会副主任，挂职以来重点推动两地产销对接。";
    expect(show(text, "WORKS_AT")).toEqual(["郝建国>石景山区发展和改革委员会"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["郝建国>四子王旗"]);
    expect(show("东城区派驻莫旗挂职的副旗长赵一鸣，原为东城区商务局副局长，到任后牵头组建了一支电商直播团队。", "WORKS_AT")).toEqual(["赵一鸣>东城区商务局"]);
  });
  it("reads a supplier's contact as working there, and an enterprise's investment after its sum", () => {
    const text = "| 序号 | 供货单位 | 所在地 | 主要产品 | 联系人 |\n|---|---|---|---|---|\n| 1 | 正镶白旗察汗淖尔奶食品专业合作社 | 正镶白旗明安图镇 | 奶豆腐 | 乌云 |\n";
    expect(show(text, "WORKS_AT")).toEqual(["乌云>正镶白旗察汗淖尔奶食品专业合作社"]);
    expect(show("2023年，通州区引进北京通运冷链物流有限公司，该公司投资3000万元在巴彦呼舒镇建设了冷链仓储中心。", "INVESTED_IN")).toEqual(["北京通运冷链物流有限公司>巴彦呼舒镇"]);
  });
});

describe("a part of a unit named with its side, and a profile's subject after a heading's bracket", () => {
  it("reads 在库伦旗西部的哈日稿苏木 as part of the banner, and 【编者按】周立新是…科长 as a home", () => {
    expect(show("利用顺义区援助资金620万元，在库伦旗西部的哈日稿苏木治理流动沙地1.2万亩。", "PART_OF")).toContain("哈日稿苏木>库伦旗");
    expect(show("【编者按】周立新是北京市门头沟区园林绿化局生态修复科科长，2023年4月起到赤峰市敖汉旗挂职。", "WORKS_AT")).toEqual(["周立新>北京市门头沟区园林绿化局"]);
  });
});

describe("people who went to work in Beijing, profiles of experts stationed, and postings said by the work done", () => {
  it("reads the company one works at said before the name, past where it is (在位于…的…有限公司担任保安班长的…村民赵永胜)", () => {
    const text = "如今在位于丰台区卢沟桥街道的北京鑫泰恒业物业管理有限公司担任保安班长的贲红镇村民赵永胜，这次专门请假回来。";
    expect([...new Set(show(text, "WORKS_AT"))]).toContain("赵永胜>北京鑫泰恒业物业管理有限公司");
  });
  it("reads the company one signed a contract of work with, or one 他 points at went to work at with the job taken", () => {
    expect([...new Set(show("六户镇永安村脱贫户孟庆丰已与北京亦庄智联电子科技有限公司签订劳动合同，成为一名装配工。", "WORKS_AT"))]).toContain("孟庆丰>北京亦庄智联电子科技有限公司");
    const text = "扎赛营子村的高志刚就是其中之一。2023年，他经工作站推荐进入北京燕房宏达建筑工程有限公司当钢筋工。“好。”高志刚说。去年冬天，高志刚又找到工作。";
    expect([...new Set(show(text, "WORKS_AT"))]).toContain("高志刚>北京燕房宏达建筑工程有限公司");
    expect(show("他经朋友介绍进入北京大学参观。李明说。", "WORKS_AT")).toEqual([]);
  });
  it("reads a post said with 是 and a trade's rank, and a profile's clause of where the expert is stationed (驻好力保镇)", () => {
    expect([...new Set(show("杜志强是北京市畜牧总站高级畜牧师。", "WORKS_AT"))]).toEqual(["杜志强>北京市畜牧总站"]);
    const text = "冯玉兰，北京市农林科学院植物保护研究所研究员，驻好力保镇，负责病虫害防治。";
    expect([...new Set(show(text, "WORKS_AT", "通州区帮扶科右中旗"))]).toEqual(["冯玉兰>北京市农林科学院植物保护研究所"]);
    expect(show(text, "ASSIGNED_TO", "通州区帮扶科右中旗")).toEqual(["冯玉兰>好力保镇"]);
  });
  it("posts one sent to a place as executive head to the body there their home is paired with (…作为首任执行院长派驻库伦)", () => {
    const text = "北京市密云区医院与库伦旗人民医院签订托管帮扶协议，两院正式结对。密云区医院副院长王立军作为首任执行院长派驻库伦，带着骨干12人进驻。";
    expect(show(text, "ASSIGNED_TO", "密云区帮扶库伦旗")).toEqual(["王立军>库伦旗人民医院"]);
  });
  it("reads one of Beijing's said to do a posting's work at a body of Inner Mongolia as posted there", () => {
    const text = "大兴区人民医院选派5名医生赴察右前旗开展医疗帮扶。其中，刘海峰将挂职察右前旗人民医院副院长，心血管内科主治医师韩雪将在察右前旗人民医院协助筹建胸痛中心。韩雪是北京市大兴区人民医院心血管内科主治医师。";
    const { rels, name } = relations(text, "大兴区帮扶察右前旗");
    const sent = rels.filter((r) => r.type === "ASSIGNED_TO" && name(r.source) === "韩雪");
    expect([...new Set(sent.map((r) => name(r.target)))]).toEqual(["察右前旗人民医院"]);
    expect(show("丰台区教师赴扎赉特旗音德尔第四中学支教。丰华中学物理教师梁晨在音德尔第四中学负责物理学科教研。梁晨是北京市丰台区丰华中学物理教师。", "ASSIGNED_TO")).toContain("梁晨>扎赉特旗音德尔第四中学");
    // (Not one of Inner Mongolia's at work in their own hospital.)
    expect(show("察右前旗人民医院医生苏和将在察右前旗人民医院协助筹建胸痛中心，北京专家前来挂职。", "ASSIGNED_TO")).toEqual([]);
    // (Past a comma after the name too.)
    expect(show("密云区医院派驻骨干12人进驻库伦旗人民医院。来自密云区医院重症医学科的护士长刘艳玲，在库伦旗人民医院带教的一年里，把合格率提高到98%以上。", "ASSIGNED_TO", "密云区帮扶库伦旗")).toEqual(["刘艳玲>库伦旗人民医院"]);
  });
  it("reads a companion's own posting in the next sentence (…全科医生闫丽。她在白音察干镇中心卫生院坐诊)", () => {
    const text = "北京市石景山区医院的徐国栋来到察右后旗人民医院挂职副院长。与徐国栋同批来到察右后旗的，还有北京市石景山区中医医院的全科医生闫丽。她在白音察干镇中心卫生院坐诊。";
    const sent = [...new Set(show(text, "ASSIGNED_TO", "石景山区帮扶察右后旗"))];
    expect(sent).toContain("闫丽>白音察干镇中心卫生院");
    expect(sent).not.toContain("闫丽>察右后旗人民医院");
  });
  it("reads a committee of the Youth League as in the unit its name holds, and titles listed ending in 理事 and 律师", () => {
    expect(show("共青团库伦旗委员会书记包金花介绍。", "LOCATED_IN")).toEqual(["共青团库伦旗委员会>库伦旗"]);
    expect(show("北京市东城区律师协会理事、律师孟晓霞仔细查看合同。", "WORKS_AT")).toEqual(["孟晓霞>北京市东城区律师协会"]);
  });
  it("reads a federation's head by titles listed ending in 主席 (海淀区妇联党组书记、主席刘雅静)", () => {
    const text = "北京市海淀区妇女联合会与科右前旗妇女联合会签约。海淀区妇联党组书记、主席刘雅静，科右前旗副旗长包海燕出席仪式并致辞。";
    expect(show(text, "WORKS_AT")).toContain("刘雅静>北京市海淀区妇女联合会");
  });
  it("reads no grant in a gift only promised, its money said not to have come (承诺捐赠20万元，…款项尚未到账)", () => {
    expect(show("其中北京石泰建设工程有限公司承诺捐赠20万元，目前相关手续正在办理中，款项尚未到账。", "FUNDED", "石景山区驰援正镶白旗")).toEqual([]);
  });
  it("reads a list's line sent 援派至 a body, and a companion 被安排在 a school of their own, the kind not read from a school's name", () => {
    const list = "现将名单公布如下：\n1.王海鹰，北京市大兴区人民医院骨科副主任医师，援派至扎赉特旗人民医院开展医疗帮扶；";
    expect(show(list, "ASSIGNED_TO", "关于公布大兴区第三批援派扎赉特旗专业技术人才名单的通知")).toEqual(["王海鹰>扎赉特旗人民医院"]);
    const text = "海淀区选派陈思远到察右后旗土牧尔台镇中心学校支教。和陈思远一同来到察右后旗的，还有北京市海淀区教师进修学校的体育教研员李俊峰，他被安排在土牧尔台镇第二小学支教。";
    const { rels, name } = relations(text, "海淀区帮扶察右后旗");
    const sent = rels.filter((r) => r.type === "ASSIGNED_TO" && name(r.source) === "李俊峰");
    expect([...new Set(sent.map((r) => `${name(r.target)}|${r.props["kind"]}`))]).toEqual(["土牧尔台镇第二小学|支教"]);
  });
  it("reads a table whose source's column names the programme's money as the district's grants, and none of local money", () => {
    const text = "北京市石景山区下达我旗京蒙协作资金3150万元，具体安排如下：\n序号|项目名称|实施地点|资金规模（万元）|资金来源\n1|嘎仙洞景区配套建设|阿里河镇|460|京蒙协作资金\n" +
      "2|冰雪旅游节暨北京游客招募|大杨树镇|150|京蒙协作资金\n3|旅游公路标识标牌|乌鲁布铁镇|95|旗本级财政资金";
    const given = show(text, "FUNDED", "鄂伦春自治旗2024年度京蒙协作文旅类项目资金安排公示");
    expect(given).toEqual(expect.arrayContaining(["石景山区>阿里河镇", "石景山区>大杨树镇"]));
    expect(given.filter((g) => /乌鲁布铁镇|^北京市>/.test(g))).toEqual([]);
  });
  it("reads where each body of a table is from its column of places (名称 | 所在街乡), not in a row only meant", () => {
    const text = "通州区认定的专馆专柜如下：\n序号|名称|所在街乡|类型|状态\n1|北京运河惠邻超市有限公司|梨园镇|专馆|运营\n2|北京通城鲜达商贸有限公司|永顺镇|专柜|意向";
    expect(show(text, "LOCATED_IN", "通州区消费帮扶")).toEqual(["北京运河惠邻超市有限公司>梨园镇"]);
  });
  it("reads a body set up at the end of a chain of places after 在, or said 设在 a place, there only, not in the province its name keeps", () => {
    expect(show("在昌平区回龙观街道设立科右前旗驻北京劳务工作站。", "LOCATED_IN")).toEqual(["科右前旗驻北京劳务工作站>回龙观街道"]);
    expect(show("敖汉旗驻北京劳务协作工作站设在房山区长阳镇。", "LOCATED_IN")).toEqual(["敖汉旗驻北京劳务协作工作站>长阳镇"]);
  });
  it("reads the body one was sent from after 从 as one's home (从…发展改革委到科右前旗挂职任副旗长的刘建军; 杨帆是从…选派到…挂职的干部)", () => {
    expect(show("从北京市东城区发展改革委到科右前旗挂职任副旗长的刘建军说。", "WORKS_AT")).toEqual(["刘建军>北京市东城区发展改革委"]);
    expect(show("杨帆是从北京市怀柔区发展和改革委员会选派到正镶白旗挂职的干部。", "WORKS_AT")).toEqual(["杨帆>北京市怀柔区发展和改革委员会"]);
    expect(show("从北京市东城区出发，到科右前旗考察的刘建军说。", "WORKS_AT")).toEqual([]);
  });
  it("reads the body one is said after one's name to be one of (王璐是…社会工作事务所的资深社工), and social workers by title", () => {
    expect(show("带队的王璐是北京市朝阳区阳光家园社会工作事务所的资深社工。", "WORKS_AT")).toEqual(["王璐>北京市朝阳区阳光家园社会工作事务所"]);
    expect(show("北京市顺义区益友社会工作服务中心社工张婧介绍。", "WORKS_AT")).toEqual(["张婧>北京市顺义区益友社会工作服务中心"]);
  });
  it("reads a district's own society named by the level alone (区总工会主席陈卫东) as the district's", () => {
    expect(show("北京市朝阳区总工会与敖汉旗总工会签约。区总工会主席陈卫东出席。", "WORKS_AT", "北京市朝阳区总工会工作总结")).toEqual(["陈卫东>北京市朝阳区总工会"]);
  });
  it("gives a table's row to the most specific place of its columns of places (苏木镇 | 嘎查村), or to the body carrying it out, a government's to its unit", () => {
    const text = "2023年，西城区向察右后旗拨付京蒙协作资金，主要项目分村情况如下（单位：万元）：\n序号|苏木镇|嘎查村|项目内容|资金|实施主体\n1|贲红镇|贲红村|太阳能路灯160盏|96|贲红镇人民政府\n2|土牧尔台镇|东井村|村内道路硬化2.6公里|182|察右后旗交通运输局";
    expect(show(text, "FUNDED", "察右后旗京蒙协作工作总结").sort()).toEqual(expect.arrayContaining(["西城区>东井村", "西城区>贲红村"]));
    const bodies = "北京市大兴区2024年安排我旗的京蒙协作资金中，文化旅游类项目2个。现将项目资金安排情况公示如下：\n序号|项目名称|实施主体|建设内容|资金（万元）\n1|乌兰牧骑排练厅改造项目|察右前旗乌兰牧骑|排练厅改造|80\n2|民俗文化展示馆建设项目|黄旗海镇人民政府|布展|50";
    expect(show(bodies, "FUNDED", "察右前旗文旅项目公示")).toEqual(expect.arrayContaining(["大兴区>察右前旗乌兰牧骑", "大兴区>黄旗海镇"]));
  });
  it("reads a posting where one of a trade goes to stay (扎根, 将赴…驻队, 将在…驻地), a town too, and two sent one after another", () => {
    expect(show("月坛中医医院康复科医师杨帆则扎根归流河镇卫生院开展医疗帮扶。", "ASSIGNED_TO")).toEqual(["杨帆>归流河镇卫生院"]);
    expect(show("怀柔区文化馆作曲马骁将赴察右中旗乌兰牧骑驻队创作两个月。", "ASSIGNED_TO")).toEqual(["马骁>察右中旗乌兰牧骑"]);
    expect(show("传承人滕秀梅将在白狼镇驻地授课一个月。", "ASSIGNED_TO")).toEqual(["滕秀梅>白狼镇"]);
    expect(show("传承人滕秀梅在白狼镇开展授课活动。", "ASSIGNED_TO")).toEqual([]);
    const two = [...new Set(show("今年3月，房山区体育局选派韩冬和另一名教练员杨帆到鄂伦春自治旗开展为期一年的体育支教。", "ASSIGNED_TO", "房山区帮扶鄂伦春自治旗"))];
    expect(two.sort()).toEqual(["杨帆>鄂伦春自治旗", "韩冬>鄂伦春自治旗"]);
  });
  it("pairs a society with a bureau and a company with a home for the old where the words of pairing are plain, sister kindergartens, and a dashed pair said to be one", () => {
    expect(show("东城区律师协会与察右后旗司法局签订京蒙协作法律服务结对协议。", "PAIRED_WITH")).toEqual(["东城区律师协会>察右后旗司法局"]);
    expect(show("北京顺康源养老服务有限公司与索伦镇中心敬老院签订结对帮扶协议。", "PAIRED_WITH")).toEqual(["北京顺康源养老服务有限公司>索伦镇中心敬老院"]);
    expect(show("北京顺康源养老服务有限公司与索伦镇中心敬老院开展合作。", "PAIRED_WITH")).toEqual([]);
    expect(show("丰台区第一幼儿园与扎赉特旗第二幼儿园已于2023年结成“姊妹园”。", "PAIRED_WITH")).toEqual(["丰台区第一幼儿园>扎赉特旗第二幼儿园"]);
    expect(show("通州区宋庄镇——归流河镇的结对镇。", "PAIRED_WITH")).toEqual(["宋庄镇>归流河镇"]);
  });
  it("reads a post held before a posting (…副局长、现挂职…副旗长的刘志强), one held before of either side (原是…的一名职业指导员), 他还是…, and a head where the scene is set after where it stands", () => {
    expect(show("丰台区商务局副局长、现挂职察右后旗副旗长的刘志强介绍。", "WORKS_AT")).toContain("刘志强>丰台区商务局");
    expect(show("李秀梅原是赤峰市敖汉旗公共就业服务中心的一名职业指导员。李秀梅说。", "WORKS_AT")).toEqual(["李秀梅>赤峰市敖汉旗公共就业服务中心"]);
    expect(show("在白狼镇洮儿河村的阿尔山市林俊蓝莓种植专业合作社，理事长赵凤霞告诉记者。", "WORKS_AT")).toEqual(["赵凤霞>阿尔山市林俊蓝莓种植专业合作社"]);
    expect(show("副旗长孙浩然挂职库伦旗。他还是北京市顺义区金融服务办公室副主任。", "WORKS_AT")).toContain("孙浩然>北京市顺义区金融服务办公室");
  });
  it("reads the body one came from before one's posting (来自昌平区发展改革委、现在科右中旗挂职任副旗长的刘卫东)", () => {
    expect(show("来自昌平区发展改革委、现在科右中旗挂职任副旗长的刘卫东说。", "WORKS_AT")).toEqual(["刘卫东>昌平区发展改革委"]);
  });
  it("reads a status column named with what it tracks (推进状态), a row only intended no investment", () => {
    const text = "察右后旗京蒙协作产业园重点项目推进情况如下：\n序号|项目名称|投资企业|总投资(万元)|推进状态\n1|马铃薯全粉加工项目|北京薯源农业科技有限公司|32000|已落地投产\n2|智能装备制造配套基地|北京中科智造装备有限公司|60000|签约意向";
    const invested = show(text, "INVESTED_IN", "察右后旗京蒙协作产业园");
    expect(invested).toContain("北京薯源农业科技有限公司>察哈尔右翼后旗");
    expect(invested.filter((r) => r.startsWith("北京中科智造装备有限公司"))).toEqual([]);
  });
  it("reads an enterprise's record (heading, then 建设地点 and 投资) as its investment, and a sum only proposed (拟奖补金额) as no grant", () => {
    const text = "大兴区与商都县结对帮扶。现将拟给予奖补的企业名单予以公示。\n1.北京兴商源农牧科技有限公司\n项目：万只肉羊繁育基地。建设地点：商都县七台镇。2023年完成投资1.2亿元，已投产，带动就业86人。拟奖补金额：60万元。\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京兴商源农牧科技有限公司>七台镇"]);
    expect(relations(text).rels.find((r) => r.type === "INVESTED_IN")?.props["amountYuan"]).toBe(120000000);
    expect(show(text, "FUNDED")).toEqual([]);
  });
  it("reads a table's columns of county and town as where each row's body is, and the town part of the county", () => {
    const text = "认定结果如下：\n序号|基地名称|所在旗县市|所在苏木镇|主要产品\n1|兴安盟科沁稻香米业有限公司|科右前旗|居力很镇|水稻、大米\n2|扎赉特旗绿野有机稻种植专业合作社|扎赉特旗|好力保镇|有机大米\n3|突泉县禾丰杂粮种植专业合作社|突泉县|六户镇|绿豆、谷子\n";
    const located = show(text, "LOCATED_IN");
    expect(located).toContain("兴安盟科沁稻香米业有限公司>居力很镇");
    expect(located).toContain("兴安盟科沁稻香米业有限公司>科尔沁右翼前旗");
    expect(located).toContain("突泉县禾丰杂粮种植专业合作社>六户镇");
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["居力很镇>科尔沁右翼前旗", "六户镇>突泉县", "好力保镇>扎赉特旗"]));
  });
  it("reads the body a roster's item after 其中： came from (原…) as the home of one sent on", () => {
    const text = "本次期满返京的共有挂职干部3名，其中：陈思远，原北京市大兴区商务局副局长，挂任察右前旗旗委常委、副旗长；孟凡超，原北京市大兴区黄村镇人民政府副镇长，挂任察右前旗土贵乌拉镇党委副书记。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["孟凡超>北京市大兴区黄村镇人民政府", "陈思远>北京市大兴区商务局"]);
    expect(show("王强，原北京市大兴区商务局副局长，现已退休。", "WORKS_AT")).toEqual([]);
  });
  it("posts each numbered item under a heading of who helps whom (（一）…医院帮扶…医院（5名）) to the helped body, unless the item posts itself", () => {
    const text = "现将派驻专家名单公布如下：\n（一）北京市海淀医院帮扶鄂伦春自治旗人民医院（3名）\n1. 孟庆华　北京市海淀医院普外科主任医师，挂任鄂伦春自治旗人民医院执行院长\n2. 许文博　北京市海淀医院心血管内科主任医师\n3. 蒋蕾　北京市海淀医院检验科主管技师\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["孟庆华>鄂伦春自治旗人民医院", "蒋蕾>鄂伦春自治旗人民医院", "许文博>鄂伦春自治旗人民医院"]);
    expect(relations(text).rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => r.props["kind"]).sort()).toEqual(["医疗帮扶", "医疗帮扶", "挂职"]);
    expect(show(text, "WORKS_AT")).toContain("蒋蕾>北京市海淀医院");
  });
  it("reads the body in brackets after a name with its department alone as where the person works (吴海龙（…医院普外科）)", () => {
    expect(show("二、师带徒结对名单\n1. 孟庆华—吴海龙（鄂伦春自治旗人民医院普外科）\n", "WORKS_AT")).toEqual(["吴海龙>鄂伦春自治旗人民医院"]);
  });
  it("reads a doctor gone to a hospital to help (到…医院帮扶后) as posted there, not a school helping another", () => {
    expect(show("来自顺义区医院心内科的主任医师周振宇到科右前旗人民医院帮扶后，牵头建成胸痛中心。", "ASSIGNED_TO")).toEqual(["周振宇>科右前旗人民医院"]);
    expect(show("北京市第一六一中学帮扶科右中旗第一中学。", "ASSIGNED_TO")).toEqual([]);
  });
  it("places a company where it set up a plant of its own (在…社区设立…车间), not where it set up a branch", () => {
    expect(show("北京中关村数科电子有限公司在巴彦呼舒镇团结社区设立电子元件组装车间，企业自筹投资560万元。", "LOCATED_IN")).toContain("北京中关村数科电子有限公司>团结社区");
    expect(show("北京燕房箱包制品有限公司决定在康居社区设立箱包加工车间，投资320万元购置设备。", "INVESTED_IN")).toEqual(["北京燕房箱包制品有限公司>康居社区"]);
    expect(show("北京京西颐和家政服务有限公司投资200万元在阿里河镇设立分公司。", "LOCATED_IN").filter((r) => r.endsWith("阿里河镇"))).toEqual([]);
  });
  it("reads a contact's line closing on the name after the body and a department (敖汉旗教育体育局德育股 孙立国), not an author's", () => {
    const text = "如有疑问请联系。\n联系人：敖汉旗教育体育局德育股 孙立国\n北京市朝阳区教育委员会德育科 王海鹏\n北京市怀柔区教育委员会 京蒙协作办公室 杜建军";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["孙立国>敖汉旗教育体育局", "杜建军>北京市怀柔区教育委员会", "王海鹏>北京市朝阳区教育委员会"]);
    expect(show("作者：北京朝阳医院呼吸与危重症医学科 刘思远\n\n2023年3月，我来到兴安盟科右前旗人民医院。", "WORKS_AT").filter((r) => r.startsWith("刘思远")).length).toBeLessThanOrEqual(1);
  });
  it("reads a speaker's body in brackets before a colon, sent from it (…农业农村局派出，挂职…), and a department's head (副部长)", () => {
    const text = "刘卫东（石景山区委组织部副部长）：两地干部往来越来越频繁。\n马骁（石景山区农业农村局派出，挂职科右前旗乡村振兴局副局长）：我主要负责协作项目管理。";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["刘卫东>石景山区委组织部", "马骁>石景山区农业农村局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["马骁>科右前旗乡村振兴局"]);
  });
  it("posts each listed person where a field of their item says (支教学校：…, 支教单位：…)", () => {
    const text = "名单如下：\n1. 马晓东，北京市延庆区第一中学高中物理教师，支教学校：正镶白旗第一中学；\n2. 尹秋月，北京市延庆区第三幼儿园教师，支教单位：正镶白旗第二幼儿园。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["尹秋月>正镶白旗第二幼儿园", "马晓东>正镶白旗第一中学"]);
  });
  it("places a park named after two places joined by a dash in the second, and reads the pairing its name holds", () => {
    expect(show("北京华禾智能装备有限公司入驻昌平—太仆寺旗京蒙协作产业园。", "LOCATED_IN")).toContain("昌平—太仆寺旗京蒙协作产业园>太仆寺旗");
    expect(show("海淀区—敖汉旗京蒙协作产业园项目签约仪式在北京举行。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
  });
  it("reads a resident who gives as the funder (居民王秀兰女士捐款3万元，定向资助…), not her town", () => {
    const text = "4. 平谷区金海湖镇居民王秀兰女士捐款3万元，定向资助库伦旗第三中学家庭困难学生。";
    expect(show(text, "FUNDED")).toEqual(["王秀兰>库伦旗第三中学"]);
  });
});

describe("money for a park's works, for cooperatives, and said given with 捐了", () => {
  it("gives a sum for a park's works to the park (用于…产业园二期厂房建设, 支持建设…产业园), not to the place its name opens with", () => {
    expect(show("大兴区与察右前旗结对帮扶。大兴区投入协作资金860万元，用于察右前旗京蒙协作产业园二期标准化厂房建设，新建厂房1.2万平方米。", "FUNDED")).toEqual(["大兴区>察右前旗京蒙协作产业园"]);
    expect(show("海淀区与敖汉旗结对帮扶。2021年以来，海淀区累计投入东西部协作资金2300万元，支持建设敖汉旗小米产业园，配套建设了烘干线。", "FUNDED")).toEqual(["海淀区>敖汉旗小米产业园"]);
  });
  it("gives a sum to a cooperative named after its place, but not to a kind of cooperative the places given to hold", () => {
    expect(show("丰台区与林西县结对。产业帮扶方面，丰台区今年安排东西部协作资金150万元，支持林西县草原红牛养殖专业合作社新建标准化牛舍2栋。", "FUNDED")).toEqual(["丰台区>林西县草原红牛养殖专业合作社"]);
    const text = "窦店镇与太平乡、铁沙盖镇结对。窦店镇赴太平乡、铁沙盖镇开展对口帮扶调研，并向两个乡镇分别捐赠帮扶资金30万元，用于发展庭院种植和支持肉牛养殖合作社。";
    expect(show(text, "FUNDED").sort()).toEqual(["窦店镇>太平乡", "窦店镇>铁沙盖镇"]);
  });
  it("gives a sum to a cooperative that gets it after a time (…合作社，今年获得…资金120万元支持) or that 合作社 alone points at", () => {
    expect(show("朝阳区与科右中旗结对。位于高力板镇查干楚鲁嘎查的科右中旗宏远肉牛养殖专业合作社，今年获得朝阳区东西部协作资金120万元支持，新建了饲草料库。", "FUNDED")).toEqual(["朝阳区>科右中旗宏远肉牛养殖专业合作社"]);
    const text = "西城区与鄂伦春自治旗结对。在鄂伦春自治旗大杨树镇红光村，鄂伦春自治旗林兴黑木耳种植专业合作社的菌包生产车间里机器轰鸣。2022年，西城区投入东西部协作资金180万元，为合作社建设了年产300万袋的菌包生产线。";
    expect(show(text, "FUNDED")).toEqual(["西城区>鄂伦春自治旗林兴黑木耳种植专业合作社"]);
  });
  it("reads money said given with 捐了 (今年给五岔沟镇捐了50万元)", () => {
    expect(show("东城区天坛街道与阿尔山市五岔沟镇结对，今年给五岔沟镇捐了50万元，修缮了镇里的日间照料中心。", "FUNDED")).toEqual(["天坛街道>五岔沟镇"]);
  });
});

describe("people profiled by sex and nation, posted on 挂职 after a Beijing post, in teams, and staff of a body", () => {
  it("reads a profile whose name a space sets apart from sex and nation: the post it gives, and the posting the paragraph tells", () => {
    const text = "现将部分同志事迹简介如下：\n\n赵明辉　男，汉族，1981年9月生，中共党员，北京市通州区运河医院骨科副主任医师。2022年7月至2023年7月，在赤峰市翁牛特旗医院开展医疗帮扶，为期一年。\n\n" +
      "苏和　男，蒙古族，1990年7月生，锡林郭勒盟太仆寺旗宝昌第一中学数学教师。2023年3月至7月，赴北京市昌平区沙河第二中学跟岗学习，为期4个月。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["苏和>锡林郭勒盟太仆寺旗宝昌第一中学", "赵明辉>北京市通州区运河医院"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["苏和>北京市昌平区沙河第二中学", "赵明辉>赤峰市翁牛特旗医院"]);
  });
  it("reads a Beijing post listed before a post held on 挂职 at a body of Inner Mongolia (…副主任、挂职阿尔山市人民医院副院长刘晓峰), and an acting head's (执行院长) as one", () => {
    const text = "东城区与阿尔山市结对。北京市东城区发展和改革委员会副主任、挂职阿尔山市人民医院副院长刘晓峰介绍了情况。";
    expect(show(text, "WORKS_AT")).toEqual(["刘晓峰>北京市东城区发展和改革委员会"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘晓峰>阿尔山市人民医院"]);
    const acting = "丰台区与林西县结对。清晨7点半，林西县医院住院部三楼的医生办公室已经亮起了灯，北京市丰台区怡海医院副院长、林西县医院执行院长周建国正和科室骨干一起交班。";
    expect(show(acting, "WORKS_AT")).toEqual(["周建国>北京市丰台区怡海医院"]);
    expect(show(acting, "ASSIGNED_TO")).toEqual(["周建国>林西县医院"]);
  });
  it("reads a home post before a team's longer title, the titles listed as the role (骨科主任医师、医疗帮扶团队队长周建平)", () => {
    const { rels, name } = relations("11月6日上午，在扎赉特旗蒙医综合医院骨科病房，北京市丰台区卢沟桥医院骨科主任医师、医疗帮扶团队队长周建平查完房后，对守在床边的家属说。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["周建平>北京市丰台区卢沟桥医院 骨科主任医师、医疗帮扶团队队长"]);
  });
  it("posts those a team holds beside one named (…派出的第三批团队中，除了周建平，还有…郭蕾、…马丽等人) where the team came, at home with the body that sent it", () => {
    const text = "作为北京市丰台区对口帮扶旗县，兴安盟扎赉特旗近年来把医疗卫生作为京蒙协作的重点领域。2022年，卢沟桥医院与扎赉特旗蒙医综合医院签订对口帮扶协议，按照“组团式”帮扶模式，每批次选派5名骨干医护人员来扎赉特旗开展为期3个月的医疗帮扶。\n\n" +
      "北京市丰台区卢沟桥医院今年9月派出的第三批团队中，除了周建平，还有麻醉科主治医师郭蕾、儿科护士长马丽等人。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["郭蕾>扎赉特旗蒙医综合医院", "马丽>扎赉特旗蒙医综合医院"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["郭蕾>北京市丰台区卢沟桥医院", "马丽>北京市丰台区卢沟桥医院"]);
  });
  it("reads where someone comes from past a title said in a clause of its own (陈静是护士长，来自北京丰台医院)", () => {
    expect(show("丰台区与林西县结对。陈静是护士长，来自北京丰台医院。", "WORKS_AT")).toEqual(["陈静>北京丰台医院"]);
  });
  it("reads one who becomes one of a body's staff (包桂英成为…有限公司的一名缝纫工) and a firm's officer after a word pointing at it (该公司招聘专员钟雪)", () => {
    expect(show("车间开工后，包桂英成为北京雅绣坊服饰有限公司的一名缝纫工。高原原本是公司数据中心的一名工程师。", "WORKS_AT")).toEqual(["包桂英>北京雅绣坊服饰有限公司"]);
    expect(show("北京恒顺达物流有限公司在招聘会现场设立展位。该公司招聘专员钟雪一边登记一边介绍。", "WORKS_AT")).toEqual(["钟雪>北京恒顺达物流有限公司"]);
  });
});

describe("attendees listed by their unit, pairs named what they are, counties of a league counted", () => {
  it("reads each attendee's post at the unit their line opens with, and a post held there on 挂职 from elsewhere", () => {
    const text = "参会人员\n怀柔区：区委书记郑立群，区委常委、副区长韩冬梅，怀柔区支援合作办主任马骁。\n达茂旗：旗委书记额尔敦巴雅尔，旗委常委、副旗长（怀柔区挂职）孟凡超。\n下次会议由孟凡超同志负责筹备。";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["孟凡超>怀柔区", "郑立群>怀柔区", "韩冬梅>怀柔区", "额尔敦巴雅尔>达尔罕茂明安联合旗", "马骁>怀柔区支援合作办"].sort());
    expect(show(text, "ASSIGNED_TO")).toEqual(["孟凡超>达尔罕茂明安联合旗"]);
  });

  it("pairs respectively the counties named what they are with the districts 分别由 lists, and places them in their league", () => {
    const text = "兴安盟6个旗县市中，阿尔山市、科尔沁右翼中旗、突泉县3个为京蒙协作结对旗县，分别由东城区、大兴区、密云区结对帮扶。";
    expect(show(text, "PAIRED_WITH")).toEqual(["东城区>阿尔山市", "大兴区>科尔沁右翼中旗", "密云区>突泉县"]);
    expect(show(text, "PART_OF").sort()).toEqual(["科尔沁右翼中旗>兴安盟", "突泉县>兴安盟", "阿尔山市>兴安盟"]);
  });

  it("pairs a district with the partners its work is aimed at, so qualified, and gives a sum to the banner it supports", () => {
    const text = "2023年，丰台区坚持把消费帮扶作为重要抓手，聚焦对口帮扶的赤峰市林西县和兴安盟扎赉特旗，持续完善机制。丰台区安排京蒙协作资金310万元，支持林西县在新城子镇建设果蔬预冷保鲜库。";
    expect(show(text, "PAIRED_WITH")).toEqual(["丰台区>林西县", "丰台区>扎赉特旗"]);
    expect(show(text, "FUNDED")).toEqual(["丰台区>林西县"]);
  });
});

describe("a gift shared out in a list, and a total over places named in part", () => {
  it("gives each item of the list a gift is shared out as the gift's giver, and no total to places a list closed by 等地 names", () => {
    const text = "北京华医仁爱慈善基金会联合北京市朝阳区卫生健康委员会，向卓资县捐赠彩超等设备，总价值320万元。\n记者在现场看到，设备已安装调试完毕。\n此次捐赠设备分配如下：\n——卓资县人民医院：全自动生化分析仪等，价值118万元；\n——卓资山镇卫生院、红召乡卫生院：DR、心电图机等，合计价值156万元。\n该基金会累计捐赠医疗设备价值1200余万元，此前已在包头市达茂旗、锡林郭勒盟正镶白旗等地开展同类项目。";
    const funded = show(text, "FUNDED");
    expect(funded).toEqual(expect.arrayContaining(["北京华医仁爱慈善基金会>卓资县人民医院", "北京华医仁爱慈善基金会>卓资山镇卫生院", "北京华医仁爱慈善基金会>红召乡卫生院"]));
    expect(funded.filter((r) => /达尔罕|正镶白旗/.test(r))).toEqual([]);
  });
});

describe("people's records run on a list's line", () => {
  it("reads the body after the name as the home and the posting's labelled field as where one is sent, a bracket's post aside", () => {
    const text = "一、拟选派人员名单\n1. 程立伟，北京市丰台区云岗医院心血管内科主任医师，受援单位：林西县医院（挂任副院长），帮扶时间：2024年7月至2025年6月\n2. 何玉洁，北京市丰台区花乡医院妇产科主治医师，受援单位：林西县妇幼保健院，帮扶时间：2024年7月至2024年12月";
    expect([...new Set(show(text, "ASSIGNED_TO"))].sort()).toEqual(["何玉洁>林西县妇幼保健院", "程立伟>林西县医院"]);
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["何玉洁>北京市丰台区花乡医院", "程立伟>北京市丰台区云岗医院"]);
  });
});

describe("a team counted and sent, its members listed a line each", () => {
  it("posts each member listed under the count where the team goes, with each one's term", () => {
    const text = "本批医疗队共2人，将赴兴安盟科尔沁右翼前旗人民医院开展医疗帮扶：\n▶ 邵志刚（队长） 心血管内科副主任医师，帮扶期6个月\n▶ 韩雪 神经内科主治医师，帮扶期3个月\n这已经不是邵志刚第一次去科右前旗了。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}:${r.props["duration"]}`).sort())
      .toEqual(["邵志刚>兴安盟科尔沁右翼前旗人民医院:6个月", "韩雪>兴安盟科尔沁右翼前旗人民医院:3个月"]);
  });
});

describe("a posting told of one a pronoun points at", () => {
  it("posts one who works on Beijing's side where their pronoun's clause goes, not one who speaks of a visit", () => {
    const text = "凌晨五点半，英语教师高雅静已经在台灯下改完了作文。她是北京市大兴区兴华中学英语教研组组长。今年8月底，她主动报名，来到与我们结对的察右前旗第三中学，任教初二两个班的英语，支教期为一年。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}:${r.props["kind"]}:${r.props["duration"]}`)).toEqual(["高雅静>察右前旗第三中学:支教:一年"]);
    expect(show("校党委副书记王振宇出席仪式。他表示，学校将于10月带队赴正镶白旗看望支教团成员。", "ASSIGNED_TO")).toEqual([]);
  });
});

describe("a headline of two items a space parts", () => {
  it("pairs nothing across the space, and gives the next sentence's part of a total by the total's giver, not by the source of the news", () => {
    expect(show("延庆正镶白旗续写“牵手情” 昌平再投1.05亿元助力太仆寺旗", "PAIRED_WITH")).toEqual([]);
    const text = "昌平区今年投入太仆寺旗协作资金1.05亿元\n从太仆寺旗乡村振兴局获悉，北京市昌平区今年首批东西部协作资金1.05亿元已下达，共安排项目19个。其中，投入2200万元在千斤沟镇建设智能温室草莓产业园。";
    const { rels, name } = relations(text, "延庆正镶白旗续写“牵手情” 昌平再投1.05亿元助力太仆寺旗");
    const funded = rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)}:${r.props["amountYuan"]}`);
    expect(funded).toEqual(expect.arrayContaining(["昌平区>太仆寺旗:105000000", "昌平区>智能温室草莓产业园:22000000"]));
    expect(funded.filter((f) => /乡村振兴局|延庆区/.test(f))).toEqual([]);
  });
});

describe("rows of a list of pairs that give a sum", () => {
  it("pairs each row's two and gives its sum from the Beijing side to its partner, a word of money before it or none", () => {
    const text = "二、村村结对（4对）\n\n1. 韩村河镇韩村河村——广益隆镇永和村，帮扶资金10万元；\n2. 长沟镇北甘池村——科布尔镇八股地村，帮扶资金10万元；\n\n三、企村结对（5对）\n\n1. 北京窦店绿源农业科技有限公司——铁沙盖镇新胜村，15万元；";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "PAIRED_WITH").map((r) => `${name(r.source)}>${name(r.target)}`).sort()).toEqual(["北京窦店绿源农业科技有限公司>新胜村", "北甘池村>八股地村", "韩村河村>永和村"].sort());
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)}:${r.props["amountYuan"]}`).sort())
      .toEqual(["北京窦店绿源农业科技有限公司>新胜村:150000", "北甘池村>八股地村:100000", "韩村河村>永和村:100000"].sort());
  });
});

describe("money for building a body the sentence opens with", () => {
  it("gives the sum to the body said to be a project, its building paid for by the giver (…是…重点项目之一，由丰台区投入…建设)", () => {
    const text = "丰台区与扎赉特旗结对。扎赉特旗电子商务公共服务中心是丰台区对口帮扶扎赉特旗的重点项目之一，2022年由丰台区投入京蒙协作资金380万元建设，设有直播间6个。";
    expect(show(text, "FUNDED")).toEqual(["丰台区>扎赉特旗电子商务公共服务中心"]);
  });
});

describe("money for what a place was made into", () => {
  it("gives the sum to the body the sentence says something was made into (…把…旧址改造成…的巾帼刺绣工坊)", () => {
    const text = "顺义区对口帮扶科左中旗。这里就是舍伯吐镇巾帼刺绣工坊。2022年，顺义区投入京蒙协作资金80万元，把镇里闲置的供销社旧址改造成集培训、生产、展销于一体的巾帼刺绣工坊。";
    expect(show(text, "FUNDED")).toEqual(["顺义区>舍伯吐镇巾帼刺绣工坊"]);
  });
});

describe("a court's people by their titles", () => {
  it("reads titles listed with 党组成员 and a judge of a court's division", () => {
    const text = "北京市昌平区人民法院党组成员、副院长周振宇出席仪式。今年4月，昌平区人民法院民一庭四级高级法官刘晓峰来到太仆寺旗。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘晓峰>北京市昌平区人民法院", "周振宇>北京市昌平区人民法院"]);
  });
});

describe("a pairing said by what one partner is to the other, its verb's 的 after the word or past a clause", () => {
  it("reads 作为…对口帮扶的旗县，… and 作为…的京蒙协作结对区 after another clause", () => {
    expect(show("作为北京市昌平区对口帮扶的旗县，锡林郭勒盟太仆寺旗在2022年把法庭改扩建列入项目库。", "PAIRED_WITH")).toEqual(["昌平区>太仆寺旗"]);
    expect(show("哈日额日格嘎查被确定为示范嘎查，作为科左中旗的京蒙协作结对区，北京市顺义区为该嘎查安排资金。", "PAIRED_WITH")).toEqual(["顺义区>科尔沁左翼中旗"]);
  });
  it("reads no pair past a clause where the one after is of the owner's side", () => {
    expect(show("哈日额日格嘎查被确定为示范嘎查，作为科左中旗的京蒙协作结对区，通辽市为该嘎查安排资金。", "PAIRED_WITH")).toEqual([]);
  });
});

describe("a bank's or insurer's branch in the place it is named after", () => {
  it("reads 支行 and 中心支公司 as branches in their places", () => {
    expect(show("燕都银行扎赉特旗支行向金穗水稻种植专业合作社发放贷款300万元。华京财险兴安盟中心支公司承保。", "LOCATED_IN").sort())
      .toEqual(["华京财险兴安盟中心支公司>兴安盟", "燕都银行扎赉特旗支行>扎赉特旗"]);
  });
});

describe("a team's members listed under a heading, each line with its own body", () => {
  const sent = "3月12日，门头沟区第三批医疗人才组团式帮扶团队一行3人抵达察右后旗，正式进驻察右后旗人民医院。";
  it("reads a name with its body and post in brackets, the heading closing a sentence's line", () => {
    const text = `${sent}\n领队全面参与医院管理。团队成员及派出单位如下：\n\n韩冬梅（北京市门头沟区医院，心血管内科副主任医师）\n孙丽娟（北京市门头沟区妇幼保健院，妇产科副主任医师）\n`;
    expect(show(text, "ASSIGNED_TO")).toEqual(["韩冬梅>察右后旗人民医院", "孙丽娟>察右后旗人民医院"]);
    expect(show(text, "WORKS_AT")).toEqual(["韩冬梅>北京市门头沟区医院", "孙丽娟>北京市门头沟区妇幼保健院"]);
  });

  it("reads a line of a body and its people, and a list run on after 队员名单：", () => {
    const lines = "大兴区第二批教育人才组团式帮扶团队来到科右前旗，正式入驻科右前旗第二中学。团队其他成员是：\n▶北京市大兴区第一中学：李春燕（数学）、周明（物理）\n▶北京教育学院大兴分院：张立新（教研员）\n";
    expect(show(lines, "ASSIGNED_TO")).toEqual(["李春燕>科右前旗第二中学", "周明>科右前旗第二中学", "张立新>科右前旗第二中学"]);
    expect(show(lines, "WORKS_AT")).toEqual(["李春燕>北京市大兴区第一中学", "周明>北京市大兴区第一中学", "张立新>北京教育学院大兴分院"]);
    const run = "工作队共2人，将在林西县医院开展为期一年的帮扶。\n队员名单：贾庆国（北京丰台医院）、邱志鹏（北京丰台医院骨科）。";
    expect(show(run, "ASSIGNED_TO")).toEqual(["贾庆国>林西县医院", "邱志鹏>林西县医院"]);
  });

  it("leaves a member whose own line says where they serve to that line", () => {
    const text = `${sent}\n一、拟选派人员名单\n1. 程立伟，北京市丰台区云岗医院心血管内科主任医师，受援单位：林西县医院\n2. 宋晓光，北京市丰台区云岗医院医学影像科主治医师，受援单位：林西县医院\n`;
    expect(show(text, "ASSIGNED_TO").filter((r) => r.includes("察右后旗"))).toEqual([]);
  });
});

describe("a table of teachers sent, its posting column 拟帮扶学校", () => {
  it("posts each row to the school its row names", () => {
    const text = "序号｜姓名｜派出学校｜拟帮扶学校｜拟任职务\n1｜魏国强｜北京市第二中学｜阿尔山市第一中学｜副校长\n2｜沈佳琪｜北京市东城区北新桥小学｜阿尔山市白狼镇学校｜副校长\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["魏国强>阿尔山市第一中学", "沈佳琪>阿尔山市白狼镇学校"]);
  });
});

describe("parks and zones stand for the place they lie in", () => {
  it("places a company settled in a zone in the zone's place (位于密云区经济开发区的…)", () => {
    expect(show("位于密云区经济开发区的北京京韵食品有限公司，是库伦旗务工人员最集中的企业之一。", "LOCATED_IN")).toContain("北京京韵食品有限公司>密云区");
  });

  it("reads an investment into a park as one into the place written before it (在土默特左旗的金山开发区投资)", () => {
    expect(show("北京亦庄智联科技有限公司已经在土默特左旗的金山开发区投资了1.5亿元，建设零部件工厂。", "INVESTED_IN")).toEqual(["北京亦庄智联科技有限公司>土默特左旗"]);
  });

  it("reads a park pointed at as the unit its name opens with, not a partner's in brackets", () => {
    const text = "库伦旗京蒙协作（密云）产业园是北京市密云区与通辽市库伦旗共建的产业园区。\n3.北京檀州农业科技有限公司：投资8000万元在园区建设肉牛熟食加工厂。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京檀州农业科技有限公司>库伦旗"]);
  });
});

describe("a newsroom's staff posted, and the reporter who writes of it", () => {
  it("posts reporters and editors named as a body's staff, and not the reporter of the story", () => {
    const text = "本报记者 王芳\n密云区融媒体中心新媒体部编辑刘思远、视频记者赵晗将在库伦旗融媒体中心挂职半年。库伦旗融媒体中心记者包海峰、编辑娜仁花将赴密云区融媒体中心跟岗三个月。记者王芳在库伦旗融媒体中心挂职期间采访。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘思远>库伦旗融媒体中心", "包海峰>密云区融媒体中心", "娜仁花>密云区融媒体中心", "赵晗>库伦旗融媒体中心"]);
  });
});

describe("lists of people under a heading or with an arrow to where they serve", () => {
  it("posts a row's person to the body after its arrow, over the banner the prose said", () => {
    const text = "◆冯海燕　北京市密云区水库路小学语文教师　→　库伦旗第三小学\n◆程磊　北京市密云区特殊教育学校教师　→　库伦旗特殊教育学校\n冯海燕老师是第二次来库伦旗支教了。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["冯海燕>库伦旗第三小学", "程磊>库伦旗特殊教育学校"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["冯海燕>北京市密云区水库路小学", "程磊>北京市密云区特殊教育学校"]);
  });

  it("posts the items under a heading of going somewhere to learn (赴顺义区融媒体中心跟岗（6人）), not those of its own side", () => {
    const text = "（一）赴顺义区融媒体中心跟岗（2人）\n1. 白乙拉　科左中旗融媒体中心　记者\n2. 刘佳宁　保康镇　党委宣传干事\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘佳宁>顺义区融媒体中心", "白乙拉>顺义区融媒体中心"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘佳宁>保康镇", "白乙拉>科左中旗融媒体中心"]);
  });

  it("posts a team's items to the body its heading names in brackets (▍“组团式”帮扶团队（密云二中库伦旗分校）)", () => {
    const text = "▍“组团式”帮扶团队（密云二中库伦旗分校）\n◆白雪　北京市密云区第二中学英语教师　任分校英语教研组长\n◆郝敏　北京市密云区第三中学数学教师　任高一数学\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["白雪>密云二中库伦旗分校", "郝敏>密云二中库伦旗分校"]);
  });

  it("posts a notice's people proposed to be sent (拟派往科右前旗蒙医医院)", () => {
    const text = "4.何振宇，男，北京市东城区中医医院针灸科主治医师，拟派往科右前旗蒙医医院；\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["何振宇>科右前旗蒙医医院"]);
  });
});

describe("posts held together", () => {
  it("works at both bodies of titles listed before a name (海淀区卫生健康委员会副主任、海淀医院院长张明远)", () => {
    expect(show("北京市海淀区卫生健康委员会副主任、海淀医院院长张明远一行来到科右前旗。", "WORKS_AT").sort()).toEqual(["张明远>北京市海淀区卫生健康委员会", "张明远>海淀医院"]);
  });
});

describe("a kindergarten's own post and its projects", () => {
  it("reads 我园 of a kindergarten's public account as the kindergarten, its head naming no author (原创　北京市门头沟区石门营幼儿园　2023年…)", () => {
    const text = "我园教师赴察右后旗支教\n\n原创　北京市门头沟区石门营幼儿园　2023年10月16日 17:32　北京\n\n9月4日，我园大班教研组长刘思雨从门头沟出发，将在察右后旗第三幼儿园支教一学期。";
    expect(show(text, "WORKS_AT")).toEqual(["刘思雨>北京市门头沟区石门营幼儿园"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘思雨>察右后旗第三幼儿园"]);
  });

  it("posts one learning at a Beijing kindergarten there (在北新桥幼儿园跟岗的刘海燕), not employs her", () => {
    const text = "五岔沟镇中心幼儿园的刘海燕老师赴北京学习。与同事一同在北京市东城区北新桥幼儿园跟岗的刘海燕，特别留意北京的老师怎样利用空间。";
    expect(show(text, "WORKS_AT")).toEqual(["刘海燕>五岔沟镇中心幼儿园"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海燕>北京市东城区北新桥幼儿园"]);
  });

  it("posts people listed before 分别任教于 to the kindergartens listed after, in order", () => {
    const text = "目前，仁和中心幼儿园教师田甜、牛栏山中心幼儿园教师孟凡宇正在科左中旗支教，分别任教于保康镇第一幼儿园和舍伯吐镇中心幼儿园。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["孟凡宇>舍伯吐镇中心幼儿园", "田甜>保康镇第一幼儿园"]);
  });

  it("funds the kindergarten a project's heading names, at the town its site field gives", () => {
    const text = "北京市西城区对口帮扶鄂伦春自治旗，安排西城区京蒙协作资金180万元。\n\n1.阿里河镇第二幼儿园附属设施改造项目\n实施地点：阿里河镇\n建设内容：改造室外供暖管网460米。\n资金规模：135万元\n\n2.学前教育师资培训项目\n实施地点：北京市西城区\n资金规模：45万元\n";
    expect(show(text, "FUNDED").sort()).toEqual(["西城区>鄂伦春自治旗", "西城区>阿里河镇第二幼儿园"]);
  });
});

describe("trusteeship", () => {
  it("reads the trusted hospital under its second name and as 乙方 of the contract", () => {
    const text = "托管方（甲方）：北京市海淀区温泉医院\n受托方（乙方）：敖汉旗医院\n（一）乙方加挂“北京市海淀区温泉医院敖汉分院”牌子。\n（二）首任执行院长由甲方副院长彭卫国担任。\n（三）甲方一次性投入托管启动经费80万元，用于乙方人员培训。";
    expect(show(text, "WORKS_AT")).toEqual(["彭卫国>北京市海淀区温泉医院"]);
    expect(show(text, "FUNDED")).toEqual(["北京市海淀区温泉医院>敖汉旗医院"]);
    expect([...new Set(show(text, "LOCATED_IN"))].sort()).toEqual(["北京市海淀区温泉医院>海淀区", "敖汉旗医院>敖汉旗"]);
  });

  it("pairs the schools of bulleted rows joined by a dash (▶ A——B)", () => {
    const text = "通州区与翁牛特旗结对帮扶。本次结对的学校是：\n\n▶ 北京市通州区潞苑中学——翁牛特旗第一中学\n▶ 北京市通州区梨园第三小学——翁牛特旗第五小学\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市通州区梨园第三小学>翁牛特旗第五小学", "北京市通州区潞苑中学>翁牛特旗第一中学", "通州区>翁牛特旗"]);
  });

  it("posts one taking the first term of a branch's head (担任分校首任执行校长)", () => {
    const text = "门口“北京市东城区光明里小学科右前旗分校”几个大字。学校由北京市东城区光明里小学负责办学。光明里小学副校长崔宏伟主动请缨，担任分校首任执行校长。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["崔宏伟>北京市东城区光明里小学科右前旗分校"]);
  });
});

describe("pairs of bodies said as 双方", () => {
  it("pairs the two bodies named before 双方, not the units their names hold", () => {
    expect(show("启动仪式上，位于北京市西城区的北京科学中心与达茂旗科技馆签约，双方正式结为对口帮扶单位。", "PAIRED_WITH")).toEqual(["北京科学中心>达茂旗科技馆"]);
  });
});

describe("contacts and credits", () => {
  it("employs a contact at the body their line opens with, a phone closing it, and a credit's name at the body in its brackets", () => {
    const text = "推介会在北京举行。\n联系人：\n石景山区商务局：孙雅琪　010-68872317\n宁城县商务局：李春生　0476-4222603\n（兴安盟投资促进中心　白晓燕）";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["孙雅琪>石景山区商务局", "李春生>宁城县商务局", "白晓燕>兴安盟投资促进中心"].sort());
  });
});

describe("sums of one sentence", () => {
  it("gives a sum no place a later sum's clause names (…1.1亿余元，引进…投资8000万元落户库伦镇)", () => {
    const text = "他挂职库伦旗副旗长。两年里，他跑遍全旗8个苏木乡镇，协调落实密云区财政帮扶资金1.1亿余元，引进北京云岫农业科技有限公司投资8000万元落户库伦镇。";
    expect(show(text, "FUNDED")).not.toContain("密云区>库伦镇");
  });
});

describe("pairs of towns and firms with villages", () => {
  it("pairs a firm and its villages on a row opened by a circled number (❶ A——B)", () => {
    const text = "顺义区8家企业与科左中旗8个嘎查结对。结对名单如下：\n❶ 北京恒瑞祥农业发展有限公司——保康镇哈日额日格嘎查（首批资金15万元）\n❷ 北京顺航达物流有限公司——舍伯吐镇巴彦查干嘎查（首批资金20万元）\n";
    const pairs = show(text, "PAIRED_WITH");
    expect(pairs).toContain("北京恒瑞祥农业发展有限公司>哈日额日格嘎查");
    expect(pairs).toContain("北京顺航达物流有限公司>巴彦查干嘎查");
  });

  it("pairs helpers listed with 和 before 分别与 each with its partner, in order", () => {
    const text = "丰台区王佐镇、长辛店镇和宛平街道、云岗街道、方庄街道分别与我县新城子镇、统部镇、大井镇、官地镇、十二吐乡建立结对关系。";
    expect(show(text, "PAIRED_WITH", "林西县").sort()).toEqual(["云岗街道>官地镇", "宛平街道>大井镇", "方庄街道>十二吐乡", "王佐镇>新城子镇", "长辛店镇>统部镇"].sort());
  });
});

describe("pairings counted, then listed", () => {
  it("pairs the helper with the places it counts and lists after a colon, an aside between them", () => {
    const text = "Q1：顺义区对口帮扶内蒙古哪些地方？\nA：顺义区结对帮扶两个旗：通辽市科尔沁左翼中旗（简称科左中旗）和赤峰市巴林左旗。两个旗都已脱贫摘帽。";
    expect([...new Set(show(text, "PAIRED_WITH"))].sort()).toEqual(["顺义区>巴林左旗", "顺义区>科尔沁左翼中旗"]);
  });
});

describe("pairings qualified before the pair", () => {
  it("pairs the two either side of 与 where 结对帮扶的 qualifies the first", () => {
    expect(show("近日，结对帮扶的北京市顺义区与通辽市科左中旗召开东西部协作联席会议，确定2023年实施项目。", "PAIRED_WITH")).toEqual(["顺义区>科尔沁左翼中旗"]);
  });
});

describe("sums of the rows of a list of pairs, in brackets", () => {
  const text = "结对名单如下：\n❶ 北京恒瑞祥农业发展有限公司——保康镇哈日额日格嘎查、保康镇乌力吉图嘎查（首批资金各15万元）\n❷ 北京顺航达物流有限公司——舍伯吐镇巴彦查干嘎查（首批资金20万元）\n❸ 北京金穗园食品有限公司——花吐古拉镇西艾力嘎查、花吐古拉镇东艾力嘎查（首批资金35万元）";
  it("gives a circled row's bracketed sum to its partner, and one said 各 to each of several", () => {
    expect([...new Set(show(text, "FUNDED"))].sort()).toEqual(["北京恒瑞祥农业发展有限公司>乌力吉图嘎查", "北京恒瑞祥农业发展有限公司>哈日额日格嘎查", "北京顺航达物流有限公司>巴彦查干嘎查"]);
  });
});

describe("towns placed by a table's header or a list", () => {
  it("places the towns a column lists under a header naming their county, or the article's own, and not under 全旗", () => {
    const text = "喀喇沁旗人民政府公示\n\n序号|西城区结对街道|我旗结对乡镇（街道）|资金\n1|什刹海街道|锦山镇|40\n2|月坛街道|王爷府镇|35\n\n序号|建设地点|资金\n1|全旗|120\n2|美林镇|100\n";
    expect([...new Set(show(text, "PART_OF"))].sort()).toEqual(["什刹海街道>西城区", "月坛街道>西城区", "王爷府镇>喀喇沁旗", "锦山镇>喀喇沁旗"].sort());
  });

  it("places each town listed after a county or the article's own, one the gazetteer lacks among them", () => {
    const text = "林西县：丰台区结对\n丰台区王佐镇、长辛店镇和宛平街道、云岗街道分别与我县新城子镇、统部镇、大井镇、官地镇建立结对关系。";
    expect([...new Set(show(text, "PART_OF"))].sort()).toEqual(["云岗街道>丰台区", "大井镇>林西县", "宛平街道>丰台区", "官地镇>林西县", "新城子镇>林西县", "王佐镇>丰台区", "统部镇>林西县", "长辛店镇>丰台区"].sort());
  });
});

describe("housing's tables, papers and streets' sums", () => {
  it("places each row's village in the town beside it, under columns headed by levels of place", () => {
    const text = "附：宁城县项目清单\n序号|乡镇|村|协作资金（万元）\n1|八里罕镇|头道营子村|190\n2|黑里河镇|三道河村|210\n";
    expect([...new Set(show(text, "PART_OF"))].sort()).toEqual(["三道河村>黑里河镇", "头道营子村>八里罕镇"]);
  });

  it("gives 本报's reporter to the paper the post's head names", () => {
    const text = "北京西城报 2024-06-21 08:30\n两年挂职期满之际，本报记者刘畅对他进行了专访。";
    expect(show(text, "WORKS_AT")).toEqual(["刘畅>北京西城报"]);
  });

  it("gives each street's part to its own partner, and a count of streets' total to none", () => {
    const text = "东城区东华门街道与化德县长顺镇、天坛街道与七号镇、体育馆路街道与阿尔山市白狼镇保持结对关系，全年3个街道共向结对镇捐赠资金75万元，其中东华门街道30万元、天坛街道25万元、体育馆路街道20万元。";
    expect([...new Set(show(text, "FUNDED"))].sort()).toEqual(["东华门街道>长顺镇", "体育馆路街道>白狼镇", "天坛街道>七号镇"].sort());
  });
});

describe("a sum used in towns listed in part", () => {
  it("gives it to the county the towns lie in where the list says where it is used, and to none where it is elsewhere in the sentence", () => {
    const used = "北京市顺义区与科左中旗结对帮扶以来，两地把节水农业作为抓手。2021年至2023年，顺义区累计投入东西部协作资金3260万元，在舍伯吐镇、宝龙山镇、架玛吐镇等地建设浅埋滴灌示范区6.8万亩。";
    expect(show(used, "FUNDED")).toEqual(["顺义区>科尔沁左翼中旗"]);
    const elsewhere = "北京市顺义区与科左中旗结对帮扶以来，顺义区累计捐赠医疗设备价值1200余万元，此前已在舍伯吐镇、宝龙山镇等地开展同类项目。";
    expect(show(elsewhere, "FUNDED")).toEqual([]);
  });
});

describe("a project record's place before the body carrying it out", () => {
  it("gives the sum to the place its heading names, or where its content says it is built, not to the implementing body", () => {
    const text = "关于库伦旗2023年京蒙协作资金荞麦产业项目的公示\n\n现将北京市密云区对口帮扶通辽市库伦旗2023年京蒙协作资金安排的荞麦产业项目予以公示。\n\n一、扣河子镇五星嘎查荞麦良种繁育基地建设项目\n建设内容：建设荞麦良种繁育田500亩。\n资金规模：京蒙协作资金185万元。\n实施单位：库伦旗扣河子镇人民政府。\n\n二、荞麦绿色高产高效技术示范推广项目\n建设内容：在白音花镇道劳代嘎查建设荞麦绿色高产示范田3000亩，开展技术推广。\n资金规模：京蒙协作资金80万元。\n实施单位：库伦旗农牧和科技局。\n";
    expect([...new Set(show(text, "FUNDED"))].sort()).toEqual(["密云区>五星嘎查", "密云区>道劳代嘎查"]);
  });
});

describe("sections of a county's bureau and learning alongside", () => {
  it("gives one of a bureau's section its bureau, and posts one learning alongside a Beijing bureau's staff there", () => {
    const text = "其中，扎赉特旗市场监督管理局登记注册股股长其木格在丰台区市场监管局注册科跟班学习了两个月。";
    expect(show(text, "WORKS_AT")).toEqual(["其木格>扎赉特旗市场监督管理局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["其木格>丰台区市场监管局"]);
  });
});

describe("where a body lies, most specific", () => {
  it("places a body in the town in brackets after its name, and in the unit its name opens with", () => {
    const listed = "库伦旗新认证企业名单：\n01 内蒙古库伦荞香食品有限公司（库伦镇）\n03 通辽市塔敏查农产品开发有限公司（扣河子镇）";
    expect(show(listed, "LOCATED_IN").sort()).toEqual(["内蒙古库伦荞香食品有限公司>库伦旗", "内蒙古库伦荞香食品有限公司>库伦镇", "通辽市塔敏查农产品开发有限公司>扣河子镇", "通辽市塔敏查农产品开发有限公司>通辽市"]);
  });
});

describe("people listed each after a section of one body", () => {
  it("gives the second the body of the first (选派水资源管理科王磊、农村水利科周婧)", () => {
    const text = "丰台区水务局选派水资源管理科王磊、农村水利科周婧两名技术骨干赴阿尔山市开展技术帮扶。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["周婧>丰台区水务局", "王磊>丰台区水务局"]);
  });
});

describe("a county's towns after a count of them, and two that became a pair", () => {
  it("places each town listed in brackets after the count in the county (鄂伦春旗8个乡镇（阿里河镇、…）)", () => {
    const text = "西城区应急管理局为鄂伦春旗4个乡镇（阿里河镇、大杨树镇、吉文镇、古里乡）配备应急广播终端120套。";
    expect(show(text, "PART_OF").sort()).toEqual(["古里乡>鄂伦春自治旗", "吉文镇>鄂伦春自治旗", "大杨树镇>鄂伦春自治旗", "阿里河镇>鄂伦春自治旗"].sort());
  });
  it("pairs two that 结成了一对", () => {
    const text = "东城区的东直门街道和阿尔山市白狼镇结成了一对。北京市东城区第一人民医院和阿尔山市人民医院在2022年结成了帮扶的一对。";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["东直门街道>白狼镇", "北京市东城区第一人民医院>阿尔山市人民医院"].sort());
  });
});

describe("a roster's item closing on a firm's director", () => {
  it("gives 贾红霞 the firm whose 技术总监 she is", () => {
    const text = "部分专家派驻情况如下：\n1.王明，北京华牧兴种畜科技有限公司工程师，派驻通辽市奈曼旗，服务期1个月；\n2.贾红霞，北京华牧兴种畜科技有限公司技术总监，派驻通辽市奈曼旗，服务期1个月。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["王明>北京华牧兴种畜科技有限公司", "贾红霞>北京华牧兴种畜科技有限公司"]);
  });
});

describe("a table of purchases", () => {
  it("gives no grant from a buyer to its supplier (采购单位 | 供货单位 | 产品 | 金额（万元）)", () => {
    const text = "7家北京采购单位与扎赉特旗供货主体签订采购协议。\n采购单位|供货单位|产品|金额（万元）\n北京丰泽源餐饮管理有限公司|内蒙古绰尔河米业有限公司|大米|900\n北京首农供应链管理有限公司|扎赉特旗草原红牛肉业有限公司|牛肉|200\n";
    expect(show(text, "FUNDED")).toEqual([]);
  });
});

describe("a guesthouse named in quotes", () => {
  it("lies in the village before it, and its host works there", () => {
    const text = "白狼镇林俗村“松涛小院”民宿业主高秀兰说：改造以后房价涨了。";
    expect(show(text, "LOCATED_IN")).toEqual(["松涛小院>林俗村"]);
    expect(show(text, "WORKS_AT")).toEqual(["高秀兰>松涛小院"]);
  });
});

describe("posts held together in brackets after a name", () => {
  it("gives each body after a 、 its own post (孙慧敏（…协会会长、…有限公司董事长）)", () => {
    const text = "孙慧敏（顺义区女企业家协会会长、北京鑫源盛达食品有限公司董事长）：顺义区和科左中旗是多年的结对地区。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["孙慧敏>北京鑫源盛达食品有限公司", "孙慧敏>顺义区女企业家协会"]);
  });
});

describe("reporters named after their outlet on a source's line", () => {
  it("gives 记者 the outlet the line names, a date between, and a paper named for farmers its reporter", () => {
    const text = "正文。\n来源：阿鲁科尔沁旗融媒体中心 2023-11-08 记者 娜仁高娃\n\n正文。\n（来源：通辽日报 记者 宝音 通讯员 陈静）\n（农民日报记者 刘佳 通讯员 白玉山）\n";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["刘佳>农民日报", "娜仁高娃>阿鲁科尔沁旗融媒体中心", "宝音>通辽日报"].sort());
  });
});

describe("a station pointed at", () => {
  it("gives the head of 该站 the station named before", () => {
    const text = "2024年春季，丰台区向林西县家畜改良工作站捐赠冻精，价值约45万元。该站站长王树林介绍，效果很好。";
    expect(show(text, "WORKS_AT")).toEqual(["王树林>林西县家畜改良工作站"]);
  });
});

describe("a table of cadres posted from Inner Mongolia to Beijing", () => {
  it("posts each row's cadre to the Beijing body of the posting column (挂职单位及职务)", () => {
    const text = "我旗赴京挂职干部情况如下：\n姓名|原单位及职务|挂职单位及职务|挂职期限\n张晓东|察右前旗乡村振兴局副局长|大兴区农业农村局局长助理|一年\n王磊|察右前旗平地泉镇副镇长|大兴区魏善庄镇镇长助理|半年\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["张晓东>大兴区农业农村局", "王磊>魏善庄镇"]);
  });
});

describe("a table of lawyers stationed in villages", () => {
  it("gives each row's lawyer the firm of the first column and posts them to the village of the second", () => {
    const text = "由顺义区律师协会组织区内律师事务所与科左中旗嘎查村结对。\n律师事务所｜结对嘎查村｜驻点律师\n北京市顺泽律师事务所｜舍伯吐镇哈日乌苏嘎查｜孙婧\n北京市临空律师事务所｜花吐古拉镇乌力吉图嘎查｜王海涛\n";
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["孙婧>北京市顺泽律师事务所", "王海涛>北京市临空律师事务所"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["孙婧>哈日乌苏嘎查", "王海涛>乌力吉图嘎查"]);
  });
});

describe("a table of legal advisers stationed in villages, their column before the firm's", () => {
  const text = "察右中旗司法局与丰台区律师协会组织律师担任村法律顾问，名单如下：\n序号 | 苏木乡镇 | 嘎查（村） | 法律顾问 | 结对律师事务所 | 服务方式\n1 | 科布尔镇 | 新民村 | 高博 | 北京市丰泽律师事务所 | 线上+季度驻村\n2 | 铁沙盖镇 | 西营子村 | 田昊 | 北京市卢沟律师事务所 | 线上+季度驻村\n";
  it("gives each adviser the firm of the row and posts them to its village (嘎查（村）)", () => {
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["田昊>北京市卢沟律师事务所", "高博>北京市丰泽律师事务所"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["田昊>西营子村", "高博>新民村"]);
  });
});

describe("a contact's label after a comma, the section of a body before it", () => {
  it("puts the contact at the body (…政务服务股，联系人：包金花，电话：…)", () => {
    const text = "关于公布事项清单的通知\n巴林左旗政务服务与数据管理局政务服务股，联系人：包金花，电话：0476-7822615。\n北京市顺义区政务服务和数据管理局审批服务科，联系人：孟凡宇，电话：010-69443871。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["包金花>巴林左旗政务服务与数据管理局", "孟凡宇>北京市顺义区政务服务和数据管理局"]);
  });
  it("but not after a comma that no body's section closes (…，联系人 in a sentence is no label)", () => {
    expect(show("关于通知\n为便于群众办事，联系人：王晓东将全程代办。", "WORKS_AT")).toEqual([]);
  });
});

describe("records of projects signed, each with its parties and its sum", () => {
  const text = "内蒙古骆驼产业京蒙合作招商推介会在京举行\n现场共签约项目2个。签约项目清单如下：\n1. 阿拉善右旗鲜驼乳加工厂二期项目\n签约双方：北京驼铃乳业有限公司——阿拉善右旗人民政府\n投资额：2.6亿元\n建设内容：新建鲜驼乳处理线2条\n\n" +
    "2. 驼绒精深加工项目（二期）\n签约双方：北京绒之源纺织科技有限公司——额济纳旗人民政府\n投资额：1.8亿元\n建设内容：新建驼绒纺纱生产线\n";
  it("reads each enterprise as investing its sum in the unit whose government signed (签约双方：…——…人民政府, 投资额：…)", () => {
    expect(show(text, "INVESTED_IN").sort()).toEqual(["北京绒之源纺织科技有限公司>额济纳旗", "北京驼铃乳业有限公司>阿拉善右旗"]);
  });
});

describe("a table of givers and their gifts under a title naming the one body that received them", () => {
  const text = "西城区援建的口腔诊疗中心在鄂伦春自治旗人民医院正式启用\n除京蒙协作资金外，中心建设还得到了北京多家单位的支持。主要捐赠情况如下：\n捐赠单位|捐赠物资|数量|折合金额（万元）\n北京市西城区广外医院|根管显微镜|1台|42\n北京市西城区红十字会|儿童护齿包|2000份|15\n";
  it("gives each row's gift from its giver to the title's body (捐赠单位 | … | 折合金额（万元）)", () => {
    expect(show(text, "FUNDED").sort()).toEqual(["北京市西城区广外医院>鄂伦春自治旗人民医院", "北京市西城区红十字会>鄂伦春自治旗人民医院"]);
  });
  it("but not where the title names two such bodies", () => {
    expect(show(text.replace("正式启用", "和鄂伦春自治旗中蒙医院正式启用"), "FUNDED")).toEqual([]);
  });
});

describe("a city bureau's branch named for a banner", () => {
  it("lies in the banner its name puts before 分局, not in the city (赤峰市生态环境局敖汉旗分局)", () => {
    expect(show("赤峰市生态环境局敖汉旗分局负责项目环评。", "LOCATED_IN")).toEqual(["赤峰市生态环境局敖汉旗分局>敖汉旗"]);
  });
});

describe("a table of pairs with a league's column before its banners'", () => {
  it("pairs each district with the banner of its row, not the league (结对区 | 受援盟市 | 受援旗县)", () => {
    const text = "2023年度京蒙协作市级福利彩票公益金支持项目资金安排表\n单位：万元\n| 序号 | 结对区 | 受援盟市 | 受援旗县 | 项目名称 | 下达资金 |\n| 1 | 昌平区 | 锡林郭勒盟 | 太仆寺旗 | 互助养老幸福院提升改造 | 260 |\n| 2 | 顺义区 | 赤峰市 | 巴林左旗 | 社会福利中心设备购置 | 310 |\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["昌平区>太仆寺旗", "顺义区>巴林左旗"]);
  });
  it("but keeps the banner where the next cell is a town the row's project is in (东城区 | 化德县 | 长顺镇坝底村)", () => {
    const text = "京蒙协作结对帮扶消费采购情况\n序号|采购单位|结对区|结对旗县|帮扶村|采购内容\n9|北京市东城区餐饮行业协会|东城区|化德县|长顺镇坝底村|采购肉羊500万元\n";
    expect(show(text, "PAIRED_WITH")).toContain("东城区>化德县");
  });
});

describe("a table of schools and the sums each was given", () => {
  it("gives each sum to the school of its row (学校名称), not its town", () => {
    const text = "丰台区京蒙协作资金支持察右中旗学生营养改善，分配如下：\n序号 | 学校名称 | 所在苏木乡镇 | 分配资金（万元） | 主要用途\n1 | 察右中旗第一中学 | 科布尔镇 | 96.0 | 营养早餐补助\n2 | 察右中旗铁沙盖镇中心学校 | 铁沙盖镇 | 38.5 | 食堂改造\n";
    expect(show(text, "FUNDED").sort()).toEqual(["丰台区>察右中旗第一中学", "丰台区>察右中旗铁沙盖镇中心学校"]);
  });
});

describe("a notice's contact under its signer and a seal's note", () => {
  it("puts the contact at the body that signs above the seal's note (…领导小组办公室 / （…代章）)", () => {
    const text = "关于印发工作方案的通知\n现将方案印发给你们，请认真贯彻落实。\n北京市密云区支援合作工作领导小组办公室\n（北京市密云区对口支援和合作交流办公室代章）\n2024年2月26日\n（联系人：刘婷婷，联系电话：010-69042178）\n";
    expect(show(text, "WORKS_AT")).toEqual(["刘婷婷>北京市密云区支援合作工作领导小组办公室"]);
  });
});

describe("a table of start-ups helped", () => {
  const text = "设立青年创业扶持资金，全部来源于顺义区东西部协作资金，由顺义团区委和旗团委共同评审、分批拨付。部分重点扶持项目如下：\n" +
    "序号|创业青年|经营主体|所在地|扶持金额（万元）\n1|巴特尔|科左中旗巴特尔肉牛养殖专业合作社|舍伯吐镇东艾力嘎查|15\n2|萨仁高娃|科左中旗萨仁奶食品加工坊|巴彦塔拉镇|6\n";
  it("gives each sum from the district whose money it is to the business of its row (经营主体), not to its place", () => {
    expect(show(text, "FUNDED").sort()).toEqual(["顺义区>科左中旗巴特尔肉牛养殖专业合作社", "顺义区>科左中旗萨仁奶食品加工坊"]);
  });
  it("puts each young founder (创业青年) at the business of the row", () => {
    expect([...new Set(show(text, "WORKS_AT"))].sort()).toEqual(["巴特尔>科左中旗巴特尔肉牛养殖专业合作社", "萨仁高娃>科左中旗萨仁奶食品加工坊"]);
  });
});

describe("the youth league's committees", () => {
  it("read as one body under each of its forms, named in full where the article does so", () => {
    const text = "由共青团北京市密云区委员会、共青团库伦旗委员会联合主办。团密云区委书记张雯致辞。库伦旗团委书记包海龙介绍，营员由旗团委统一选拔。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["包海龙>共青团库伦旗委员会", "张雯>共青团北京市密云区委员会"]);
  });
});

describe("a cadre's Beijing body, said come from with a date or after a pronoun", () => {
  it("gives the body in 我是2022年7月从…来敖汉挂职的 and in 他从…来到喀喇沁旗 as the home, over the district", () => {
    const answer = "记者采访了海淀区派驻敖汉旗的挂职干部李卓然。\n李卓然：我是2022年7月从北京市海淀区文化和旅游局来敖汉挂职的，到现在两年多了。";
    expect(show(answer, "WORKS_AT")).toEqual(["李卓然>北京市海淀区文化和旅游局"]);
    const told = "总策划是西城区派驻喀喇沁旗的挂职干部陈晓光。2023年3月，他从北京市西城区文化和旅游局来到喀喇沁旗，挂职任喀喇沁旗文化旅游体育局副局长。";
    expect(show(told, "WORKS_AT")).toEqual(["陈晓光>北京市西城区文化和旅游局"]);
  });
});

describe("a pairing urged to be signed soon", () => {
  it("is none yet (推动…尽快签订结对协议)", () => {
    expect(show("下一步工作：\n（二）推动天池林场社区与景山街道尽快签订结对协议；", "PAIRED_WITH")).toEqual([]);
  });
});

describe("a job at a firm said after 在", () => {
  it("puts one 他 points at, or one named, at the firm where the job is said (担任保安班长, 找到了一份…工作)", () => {
    expect(show("察右后旗的牧民巴特尔参加了培训。如今，他在北京京西永泰物业服务有限公司担任保安班长，每月工资5800元。", "WORKS_AT")).toContain("巴特尔>北京京西永泰物业服务有限公司");
    expect(show("翁牛特旗乌丹镇的牧民苏和，他去年在北京通运恒达建材有限公司找到了一份叉车司机的工作。", "WORKS_AT")).toContain("苏和>北京通运恒达建材有限公司");
  });
  it("not at a hospital where one works for a while, nor where the work is help", () => {
    expect(show("该院心血管内科副主任医师赵立新在察右前旗医院工作半年，帮助建成了胸痛中心。", "WORKS_AT")).not.toContain("赵立新>察右前旗医院");
    expect(show("来自北京农商银行顺义支行的信贷部经理孟克，从2022年4月在科尔沁左翼中旗农村商业银行帮助工作。", "WORKS_AT")).toEqual(["孟克>北京农商银行顺义支行"]);
  });
});

describe("a table's place cell of a banner, a town and a village", () => {
  it("puts the village in the town only (察右前旗玫瑰营镇三岔河村)", () => {
    const text = "车间名称|所在地|吸纳就业（人）\n玫瑰营镇京蒙就业帮扶车间|察右前旗玫瑰营镇三岔河村|42\n";
    expect([...new Set(show(text, "PART_OF").filter((r) => r.startsWith("三岔河村")))]).toEqual(["三岔河村>玫瑰营镇"]);
  });
});

describe("a teacher of a vocational school's course", () => {
  it("works at the school, the course between (汽修专业骨干教师张立新, 是…物流专业的带头人)", () => {
    expect(show("今年2月，密云区职业学校汽修专业骨干教师张立新来到库伦旗职业教育中心支教，为期一年。", "WORKS_AT")).toEqual(["张立新>密云区职业学校"]);
    expect(show("刘晓燕是北京市大兴区第一职业学校物流专业的带头人。", "WORKS_AT")).toEqual(["刘晓燕>北京市大兴区第一职业学校"]);
  });
});

describe("a list of projects a line each under a lead naming the giver", () => {
  it("gives each line's sum to the places it names (标准化牛棚建设，扣河子镇、额勒顺镇，1650万元；)", () => {
    const text = "数据显示，密云区2023年对库伦旗的帮扶项目如下：\n标准化牛棚建设，扣河子镇、额勒顺镇，1650万元；\n青贮窖和饲草料加工点，六家子镇，420万元；\n\n在消费方面，牛肉干卖到了密云区。";
    expect(show(text, "FUNDED").sort()).toEqual(["密云区>六家子镇", "密云区>扣河子镇", "密云区>额勒顺镇"]);
  });
});

describe("numbered items of pairs under a lead on pairing", () => {
  it("pairs each item's two names (全年新签和续签结对协议4份，分别为： / 1.…与…；)", () => {
    const text = "（一）推进院对院结对全覆盖。全年新签和续签结对协议4份，分别为：\n1.北京市大兴区妇幼保健院与察右前旗妇幼保健计划生育服务中心；\n2.北京市大兴区人民医院与正镶白旗人民医院；";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市大兴区人民医院>正镶白旗人民医院", "北京市大兴区妇幼保健院>察右前旗妇幼保健计划生育服务中心"]);
  });
});

describe("a table's row of a project only planned", () => {
  it("gives no grant where its status is 规划中", () => {
    const text = "结对区|旗县|项目内容|协作资金（万元）|状态\n海淀区|敖汉旗|全民冰雪运动中心建设|900|已投用\n通州区|翁牛特旗|那达慕会场改造|300|规划中\n";
    expect(show(text, "FUNDED")).toEqual(["海淀区>敖汉旗"]);
  });
});

describe("a table of pairs with a column between the two sides", () => {
  const table = "附件：2024年京蒙教育协作“手拉手”结对学校及研学项目安排表\n\n序号|大兴区学校|北京方负责人|受援学校|项目内容|京蒙协作资金（万元）\n" +
    "1|北京市大兴区黄村第三小学|杨立新（副校长）|察右前旗土贵乌拉镇中心小学|夏令营|38\n2|北京市大兴区兴华中学|郭宏宇（教学主任）|察右前旗第一中学|研学|32\n";
  it("pairs each row's schools, whoever stands between them", () => {
    expect(show(table, "PAIRED_WITH").sort()).toEqual(["北京市大兴区兴华中学>察右前旗第一中学", "北京市大兴区黄村第三小学>察右前旗土贵乌拉镇中心小学"]);
  });
  it("reads the person in charge as working at the Beijing school, posted nowhere", () => {
    expect(show(table, "WORKS_AT").sort()).toEqual(["杨立新>北京市大兴区黄村第三小学", "郭宏宇>北京市大兴区兴华中学"]);
    expect(show(table, "ASSIGNED_TO")).toEqual([]);
  });
  it("gives the programme's money of each row from the district the school's name holds", () => {
    expect(show(table, "FUNDED").sort()).toEqual(["大兴区>察右前旗土贵乌拉镇中心小学", "大兴区>察右前旗第一中学"]);
  });
  it("pairs none in a roster of people sent, nor under a caption that says nothing of pairs", () => {
    expect(show("干部名单\n\n序号|姓名|派出单位|挂职单位\n1|杜晨|平谷区发展和改革委员会|商都县发展和改革委员会\n", "PAIRED_WITH")).toEqual([]);
    expect(show("项目资金安排表\n\n序号|实施单位|建设内容|资金规模（万元）|北京技术支持单位\n1|敖汉旗疾病预防控制中心|购置设备|210|北京市海淀区疾病预防控制中心\n", "PAIRED_WITH")).toEqual([]);
  });
});

describe("a table's row whose place cell names no place", () => {
  it("gives the sum to the school or hospital the project's name holds (旗直), not to an office carrying out a unit's whole (全旗)", () => {
    const text = "北京市顺义区下达科左中旗京蒙协作资金。\n序号|项目名称|实施地点|援助资金（万元）|实施单位\n1|科左中旗人民医院医疗设备购置项目|旗直|520|科左中旗卫生健康委员会\n2|稳岗就业补贴项目|全旗|200|库伦旗人力资源和社会保障局\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>科左中旗人民医院"]);
  });
});

describe("a table's columns of a village and the town it belongs to, the town after it", () => {
  it("puts each village in its town (结对村（嘎查） | 所属乡镇（苏木）)", () => {
    const text = "敖汉旗村企结对帮扶项目一览表\n序号|结对企业|结对村（嘎查）|所属乡镇（苏木）|帮扶资金（万元）\n1|北京智联云图信息技术有限公司|大五家村|新惠镇|85\n2|北京海淀区山东企业商会|敖润苏莫嘎查|敖润苏莫苏木|60\n";
    expect(show(text, "PART_OF").filter((r) => !/(旗|北京市)$/.test(r)).sort()).toEqual(["大五家村>新惠镇", "敖润苏莫嘎查>敖润苏莫苏木"]);
  });
});

describe("someone said to have come from a Beijing body to serve, a date or the post held there between", () => {
  it("reads the body as the home and the place as the posting", () => {
    const a = "刘思远2022年从顺义区商务局来到巴林左旗挂职，近两年来，他跑遍了顺义的重点园区。";
    const b = "2021年7月，韩立军从北京市昌平区投资促进服务中心副主任的岗位上，来到锡林郭勒盟太仆寺旗挂职，任旗委常委、副旗长。";
    expect(show(a, "WORKS_AT")).toEqual(["刘思远>顺义区商务局"]);
    expect(show(a, "ASSIGNED_TO")).toEqual(["刘思远>巴林左旗"]);
    expect(show(b, "WORKS_AT")).toEqual(["韩立军>北京市昌平区投资促进服务中心"]);
    expect(show(b, "ASSIGNED_TO")).toEqual(["韩立军>太仆寺旗"]);
  });
});

describe("a team led into a hospital", () => {
  it("posts its leader there (…带领…组成的医疗队入驻…, …团队（带队专家：…）入驻…)", () => {
    const a = "为她主刀的，是北京市海淀医院眼科主任刘慧敏。刘慧敏带领北京市海淀医院、北京市海淀区中医医院7名眼科医护人员组成的医疗队入驻敖汉旗人民医院，一周时间里共完成白内障手术128例。";
    const b = "北京市顺义区医院眼科专家团队（带队专家：眼科主任尹志刚）入驻科尔沁左翼中旗人民医院，为全旗白内障患者实施手术。";
    expect(show(a, "ASSIGNED_TO")).toEqual(["刘慧敏>敖汉旗人民医院"]);
    expect(show(b, "ASSIGNED_TO")).toEqual(["尹志刚>科尔沁左翼中旗人民医院"]);
  });
});

describe("a table of experts sent whose home column's header speaks of help", () => {
  it("reads 北京帮扶医院 as the home and 受援医院 as the posting (派驻专家)", () => {
    const text = "汇总表\n\n序号|结对区|受援旗县|北京帮扶医院|受援医院|共建专科|派驻专家|挂任职务|京蒙协作资金（万元）\n1|海淀区|敖汉旗|北京市海淀区中西医结合医院|敖汉旗医院|胸痛中心|王海涛|副院长|450\n";
    expect(show(text, "WORKS_AT")).toEqual(["王海涛>北京市海淀区中西医结合医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["王海涛>敖汉旗医院"]);
  });
});

describe("a table of workshops whose runner is a Beijing enterprise", () => {
  const text = "说明：北京市东城区对口帮扶化德县。2023年，东城区安排化德县京蒙协作资金3100万元。表中“协作资金”均为东城区京蒙协作资金。\n序号|项目名称|建设地点|运营主体|协作资金（万元）\n1|羊绒衫手工编织帮扶车间|朝阳镇土城子村|北京东方恒兴服饰有限公司|180\n";
  it("gives the programme's money from the district in focus, not the runner", () => {
    expect(show(text, "FUNDED")).toContain("东城区>土城子村");
    expect(show(text, "FUNDED")).not.toContain("北京东方恒兴服饰有限公司>土城子村");
  });
  it("pairs no runner with the village beside it", () => {
    expect(show(text, "PAIRED_WITH")).toEqual(["东城区>化德县"]);
  });
});

describe("a newspaper named for its region", () => {
  it("is not placed there (赤峰日报), as a body named with its place is (敖汉旗医院)", () => {
    expect(show("据赤峰日报报道，敖汉旗医院开展义诊。", "LOCATED_IN")).toEqual(["敖汉旗医院>敖汉旗"]);
  });
});

describe("someone told to be one sent from a Beijing body", () => {
  it("works at the body (张文博是一位从…派来的干部)", () => {
    expect(show("张文博是一位从东城区发展和改革委员会派来的干部，现在担任科右前旗副旗长，挂职期为两年。", "WORKS_AT")).toEqual(["张文博>东城区发展和改革委员会"]);
  });
});

describe("a table whose columns name both sides of the pairs and who is sent", () => {
  it("pairs the districts with the banners and the hospitals with the hospitals, the expert's column aside", () => {
    const text = "由北京8家医院对口帮扶受援旗县医院，现将项目情况汇总如下：\n序号|结对区|受援旗县|北京帮扶医院|受援医院|共建专科|派驻专家|挂任职务\n1|海淀区|敖汉旗|北京市海淀区中西医结合医院|敖汉旗医院|胸痛中心|王海涛|副院长\n2|石景山区|宁城县|北京市石景山区中医医院|宁城县中心医院|卒中中心|陈思远|神经内科主任\n";
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市海淀区中西医结合医院>敖汉旗医院", "北京市石景山区中医医院>宁城县中心医院", "海淀区>敖汉旗", "石景山区>宁城县"]);
  });
});

describe("a cadre on 挂职, named so, who takes the post of a place with 的 before it", () => {
  it("posts them to the place (挂职干部王磊现在担任扎赉特旗的副旗长)", () => {
    expect(show("丰台区的挂职干部王磊现在担任扎赉特旗的副旗长。", "ASSIGNED_TO")).toEqual(["王磊>扎赉特旗"]);
    expect(show("来自北京经开区的挂职干部韩磊,现在担任苏尼特右旗的副旗长,他说：“很好。”", "ASSIGNED_TO")).toEqual(["韩磊>苏尼特右旗"]);
  });
});

describe("a unit whose own name opens with the place before it", () => {
  it("states no PART_OF in 北京经开区, but does in 北京市经济技术开发区 and 北京市昌平区", () => {
    expect(show("北京经开区与巴林右旗结对帮扶。", "PART_OF")).toEqual([]);
    expect(show("北京市经济技术开发区的加入，使得北京市帮扶区增加到17个。", "PART_OF")).toEqual(["北京经济技术开发区>北京市"]);
    expect(show("北京市昌平区对口帮扶太仆寺旗。", "PART_OF")).toEqual(["昌平区>北京市"]);
  });
});

describe("a line naming a body and its site in a field of its own", () => {
  it("places the body in the most specific place the field gives (所在地：敖汉旗新惠镇), and in the unit its name opens with", () => {
    const text = "敖汉旗金谷源粮油贸易有限公司　所在地：敖汉旗新惠镇　认证产品：小米\n巴林右旗额尔敦牧业专业合作社　所在地：巴林右旗大板镇　认证产品：牛肉\n";
    expect(show(text, "LOCATED_IN").sort()).toEqual(["巴林右旗额尔敦牧业专业合作社>大板镇", "巴林右旗额尔敦牧业专业合作社>巴林右旗", "敖汉旗金谷源粮油贸易有限公司>敖汉旗", "敖汉旗金谷源粮油贸易有限公司>新惠镇"]);
  });
});

describe("a table of pairs one of whose rows names places where the rest name schools", () => {
  it("still pairs the schools, the column's kind being most rows' (察右前旗、正镶白旗中小学 aside)", () => {
    const text = "“手拉手”结对学校安排表\n\n序号|大兴区学校|北京方负责人|受援学校|京蒙协作资金（万元）\n1|北京市大兴区黄村第三小学|杨立新|察右前旗土贵乌拉镇中心小学|38\n2|北京市大兴区兴华中学|郭宏宇|察右前旗第一中学|32\n3|北京市大兴区教师进修学校|高永|察右前旗、正镶白旗中小学|90\n";
    expect(show(text, "PAIRED_WITH").filter((r) => /学/.test(r)).sort()).toEqual(["北京市大兴区兴华中学>察右前旗第一中学", "北京市大兴区黄村第三小学>察右前旗土贵乌拉镇中心小学"]);
  });
});

describe("a table whose header is two rows, a merged cell over the columns it spans", () => {
  it("reads the aid's column by both rows' names (资金规模（万元） over 东城区财政援助资金), not the total", () => {
    const text = "2024年东城区下达我县东西部协作财政援助资金。\n序号|项目名称|建设地点|资金规模（万元）|资金规模（万元）|资金规模（万元）\n序号|项目名称|建设地点|合计|东城区财政援助资金|社会帮扶资金\n1|庭院经济示范项目|大营村|460|360|100\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED" && name(r.target) === "大营村").map((r) => `${name(r.source)}>${r.props["amountYuan"]}`)).toEqual(["东城区>3600000"]);
  });
});

describe("a table's columns of places whose headers name the county they list or add a level in brackets", () => {
  it("puts each village in its town beside it and each town in the county its header names, never across the sides", () => {
    const text = "表1\n序号|顺义区结对镇|科左中旗结对镇苏木|帮扶资金\n1|李桥镇|保康镇|120\n表2\n序号|顺义区结对村|科左中旗结对嘎查|所属镇苏木|帮扶资金\n1|北郎中村|哈拉乌苏嘎查|保康镇|40\n表3\n序号|乡镇|村（社区）|资金\n1|长顺镇|团结村|160\n";
    const parts = show(text, "PART_OF");
    expect(parts).toEqual(expect.arrayContaining(["保康镇>科尔沁左翼中旗", "哈拉乌苏嘎查>保康镇", "团结村>长顺镇"]));
    expect(parts.filter((r) => r.startsWith("北郎中村"))).toEqual([]);
  });
  it("reads 属 as lying in the place after it (北郎中村属顺义区赵全营镇)", () => {
    expect(show("备注：北郎中村属顺义区赵全营镇。", "PART_OF").sort()).toEqual(["北郎中村>赵全营镇", "赵全营镇>顺义区"]);
  });
});

describe("a table of guests sent and where they serve, its headers with a word in brackets", () => {
  it("reads 嘉宾 as the names and 接收（服务）单位 as the posting", () => {
    const text = "期数|嘉宾|原单位及职务|接收（服务）单位|帮扶方式|时长\n第1期|杨帆|北京市昌平区医院 普外科主任医师|阿鲁科尔沁旗医院|医疗帮扶|1年\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["杨帆>阿鲁科尔沁旗医院"]);
    expect(show(text, "WORKS_AT")).toEqual(["杨帆>北京市昌平区医院"]);
  });
});

describe("a table of the programme's money whose only place is the county, a public body carrying each project out", () => {
  it("gives the row's sum to that body (旗县 | … | 实施单位 | 敖汉旗融媒体中心), not to the county; the county's own bureau carries out the county's works", () => {
    const text = "2023年京蒙协作资金项目安排表\n序号|旗县|北京结对区|项目名称|实施单位|资金（万元）\n1|敖汉旗|海淀区|全媒体指挥调度平台建设|敖汉旗融媒体中心|260\n2|宁城县|石景山区|电商直播培训|宁城县商务局|38\n";
    expect(show(text, "FUNDED").sort()).toEqual(["海淀区>敖汉旗融媒体中心", "石景山区>宁城县"]);
  });
});

describe("an enterprise that opens its sentence after a frame of who helped, or after its kind, and spends in a later clause", () => {
  it("invests where it went (在…的牵线下，大兴区企业…来到察右前旗考察，并于2022年投资2800万元)", () => {
    const text = "在周振宇的牵线下，大兴区企业北京绿庞种业科技有限公司来到察右前旗考察，并于2022年投资2800万元，在土贵乌拉镇建成占地86亩的察右前旗京蒙蔬菜育苗中心。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["amountYuan"]}`)).toEqual(["北京绿庞种业科技有限公司>察哈尔右翼前旗>28000000"]);
  });
});

describe("a table of universities and hospitals pairing bodies of the banners, with the people sent and the money's source", () => {
  const text = "赤峰市2023年度北京高校院所结对帮扶项目清单\n\n序号|北京结对区|北京方单位|受援旗县|受援单位|资金来源|金额（万元）|派驻人员及期限\n1|顺义区|北京城市学院|巴林左旗|巴林左旗职业教育中心|顺义区东西部协作资金|85|周静（讲师）1学期\n2|通州区|北京物资学院|翁牛特旗|翁牛特旗商务局|学校自筹|60|—\n3|丰台区|首都医科大学附属北京天坛医院|林西县|林西县医院|丰台区东西部协作资金|200|陈卫东（主任医师）6个月\n";
  it("pairs the Beijing side's bodies with the partners of their kind, the side its header states", () => {
    expect(show(text, "PAIRED_WITH").filter((r) => !/区>/.test(r)).sort()).toEqual(["北京城市学院>巴林左旗职业教育中心", "首都医科大学附属北京天坛医院>林西县医院"]);
  });
  it("posts each person of the column of names and terms to the row's partner, for the term after the name", () => {
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["duration"]}`).sort()).toEqual(["周静>巴林左旗职业教育中心>1学期", "陈卫东>林西县医院>6个月"]);
  });
  it("gives a sum the school raised itself from the school, the rest from the district", () => {
    expect(show(text, "FUNDED").filter((r) => !/^北京市/.test(r)).sort()).toEqual(["丰台区>林西县医院", "北京物资学院>翁牛特旗商务局", "顺义区>巴林左旗职业教育中心"]);
  });
});

describe("a list of those who held a post in turn, a tenure opening each line and the home in brackets", () => {
  it("reads each name, its home and its posting (2018—2020｜邢志远（昌平区农业农村局），挂职副旗长)", () => {
    const text = "太仆寺旗与昌平区结对帮扶。历任挂职干部\n2018—2020｜邢志远（昌平区农业农村局），挂职太仆寺旗副旗长\n2022年至今 刘一鸣（昌平区科学技术委员会干部），挂职太仆寺旗副旗长。\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘一鸣>昌平区科学技术委员会", "邢志远>昌平区农业农村局"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘一鸣>太仆寺旗", "邢志远>太仆寺旗"]);
  });
});

describe("people of Inner Mongolia sent to Beijing's bodies to train", () => {
  it("posts each row of a table of trainees to the body receiving them (跟岗学习人员 | 接收单位)", () => {
    const text = "巴林右旗赴北京经济技术开发区跟岗学习人员安排公示\n\n序号|姓名|派出单位及职务|接收单位|跟岗时长\n1|敖日格乐|巴林右旗发展和改革委员会副主任|北京经济技术开发区发展改革局|3个月\n2|王丽娟|巴林右旗大板第三中学数学教师|北京经济技术开发区实验学校|1个月\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["敖日格乐>北京经济技术开发区发展改革局", "王丽娟>北京经济技术开发区实验学校"]);
  });
  it("reads a village secretary's home from a column of the village sent from (派出嘎查村及职务 | 跟岗村（结对村）)", () => {
    const text = "关于组织嘎查村党组织书记赴北京市丰台区跟岗学习的通知\n\n序号 | 姓名 | 派出嘎查村及职务 | 跟岗村（结对村） | 导师\n1 | 王建军 | 科布尔镇东营村党支部书记 | 王佐镇南宫村 | 齐永利\n2 | 刘福 | 科布尔镇三道沟村党支部书记、村委会主任 | 王佐镇西庄店村 | 张凤山\n";
    // (Their teachers, 导师, the secretaries of the villages they train at, work there.)
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘福>三道沟村", "张凤山>西庄店村", "王建军>东营村", "齐永利>南宫村"].sort());
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘福>西庄店村", "王建军>南宫村"]);
  });
  it("posts a table's people to the body its caption names, sent by the body whose report it is (表1 2023年派驻太仆寺旗医院人员一览表)", () => {
    const text = "北京市昌平区医院对口帮扶太仆寺旗医院2023年度工作总结\n\n全年共选派医护人员2名赴太仆寺旗医院驻点帮扶。派驻人员情况如下：\n表1 2023年派驻太仆寺旗医院人员一览表\n序号|姓名|科室|职称|派驻时间\n1|李文博|肾内科|副主任医师|2023.03—2023.08\n2|周蕾|血液净化中心|主管护师|2023.03—2023.08\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["周蕾>太仆寺旗医院", "李文博>太仆寺旗医院"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["周蕾>北京市昌平区医院", "李文博>北京市昌平区医院"]);
  });
  it("posts a table's people to the body whose report it is, sent by the Beijing body its caption names (北京市昌平区医院派驻专家情况)", () => {
    const text = "太仆寺旗医院京蒙协作工作总结\n\n2023年派驻专家情况见表1。\n表1 2023年北京市昌平区医院派驻专家情况\n序号|姓名|科室及职称|帮扶时间|挂任职务\n1|陈静|心血管内科副主任医师|2023.3—2024.3|副院长\n2|王海峰|神经内科主治医师|2023.3—2023.9|神经内科主任\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["王海峰>太仆寺旗医院", "陈静>太仆寺旗医院"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["王海峰>北京市昌平区医院", "陈静>北京市昌平区医院"]);
  });
  it("posts one said to train at a Beijing body (…医生白音仓在北京友谊医院重症医学科进修6个月)", () => {
    const text = "科左后旗人民医院选派医护人员赴京进修，首批2人已于3月初出发：重症医学科医生白音仓在北京友谊医院重症医学科进修6个月，护理部副主任包红梅在北京市顺义区医院进修3个月。";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["包红梅>北京市顺义区医院", "白音仓>北京友谊医院"]);
  });
});

describe("people listed with where they serve", () => {
  it("reads a table's last column of contacts as working at the row's enterprise (企业（合作社）名称 | … | 联系人)", () => {
    const text = "库伦旗农畜产品供应企业名单\n序号|企业（合作社）名称|所在苏木镇|主要供货产品|联系人\n1|库伦旗蒙荞食品有限责任公司|库伦镇|荞麦米、荞面|包金花\n2|库伦旗六家子镇绿野杂粮种植专业合作社|六家子镇|小米、绿豆|李春生\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["包金花>库伦旗蒙荞食品有限责任公司", "李春生>库伦旗六家子镇绿野杂粮种植专业合作社"]);
  });
  it("gives a row's money to the body carrying it out where the only place is the county's, its header bracketed (旗县（市）)", () => {
    const text = "京蒙协作巡回医疗项目\n序号\t盟市\t旗县（市）\t北京结对区\t项目名称\t实施单位\t其中京蒙协作资金（万元）\n1\t乌兰察布市\t化德县\t东城区\t流动医院购置项目\t化德县医院\t60\n2\t锡林郭勒盟\t太仆寺旗\t昌平区\t巡回医疗车配套设备购置项目\t太仆寺旗医院\t45\n";
    expect(show(plainTables(text), "FUNDED").sort()).toEqual(["东城区>化德县医院", "昌平区>太仆寺旗医院"]);
  });
  it("reads no grant in a table's sums paid for goods (认购金额)", () => {
    const text = "经开区企业认购巴林右旗农畜产品情况\n| 序号 | 企业名称 | 认购产品 | 认购金额（万元） | 结对嘎查（村） |\n|---|---|---|---|---|\n| 1 | 北京亦芯微电子科技有限公司 | 冷鲜牛羊肉 | 218.6 | 大板镇益和诺尔嘎查 |\n";
    expect(show(text, "FUNDED")).toEqual([]);
  });
  it("posts a touring team's leaders to the towns their column names (巡诊苏木乡镇 | 北京方派出单位 | 带队专家)", () => {
    const text = "昌平区专家巡回医疗安排\n| 批次 | 巡诊苏木乡镇 | 北京方派出单位 | 带队专家 |\n| --- | --- | --- | --- |\n| 第一批 | 宝昌镇 | 北京市昌平区医院 | 郑卫东 |\n| 第二批 | 千斤沟镇 | 北京市昌平区中医医院 | 何秀芳 |\n";
    expect(show(text, "ASSIGNED_TO", "昌平区帮扶太仆寺旗").sort()).toEqual(["何秀芳>千斤沟镇", "郑卫东>宝昌镇"]);
    expect(show(text, "WORKS_AT", "昌平区帮扶太仆寺旗").sort()).toEqual(["何秀芳>北京市昌平区中医医院", "郑卫东>北京市昌平区医院"]);
  });
  it("posts each row of a table to its column of the banner served (服务旗县)", () => {
    const text = "2024年度北京市选派科技特派员名单\n序号|姓名|工作单位|职称|服务旗县|服务领域\n1|刘宏伟|北京市农林科学院蔬菜研究所|研究员|锡林郭勒盟太仆寺旗|冷凉蔬菜栽培\n2|韩立新|中国农业大学|教授|通辽市库伦旗|荞麦育种与栽培\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["刘宏伟>太仆寺旗", "韩立新>库伦旗"]);
  });
  it("posts each row of a list to its 服务地 column", () => {
    const text = "关于通报表扬的决定\n\n序号　姓名　工作单位及职务　服务地\n1　郑昊然　共青团北京市昌平区委员会副书记　锡林郭勒盟太仆寺旗\n2　孙婉清　北京市昌平区第二实验小学教师　锡林郭勒盟太仆寺旗宝昌镇\n";
    expect(show(plainTables(text), "ASSIGNED_TO").sort()).toEqual(["孙婉清>宝昌镇", "郑昊然>太仆寺旗"]);
  });
  it("reads a numbered profile's home with a post such as 项目主管 or 项目官员, and where it says one is stationed", () => {
    const text = "三名骨干常驻巴林右旗：\n1．闫立伟，北京经济技术开发区红十字会项目主管，驻大板镇，负责第1、2项。\n2．白洁，北京亦城合作发展基金会项目官员，驻巴林右旗查干沐沦镇，负责第8项。";
    expect(show(text, "WORKS_AT").sort()).toEqual(["白洁>北京亦城合作发展基金会", "闫立伟>北京经济技术开发区红十字会"]);
    expect(show(text, "ASSIGNED_TO")).toContain("闫立伟>大板镇");
  });
  it("reads an attendance list a table of two columns became (宋丽君|区教育委员会副主任)", () => {
    const text = "丰台区教育委员会与察右中旗教育局签约。\n（一）出席\n丰台区：\n马占军　　区政府副区长\n宋丽君　　区教育委员会副主任\n刘振华　　王佐镇党委书记\n";
    expect(show(plainTables(text), "WORKS_AT").sort()).toEqual(expect.arrayContaining(["刘振华>王佐镇", "宋丽君>丰台区教育委员会"]));
  });
  it("reads a post's cards, a name alone on its line over its fields, marks before them (1️⃣ 王志刚 / 👤原单位：…)", () => {
    const text = "朝阳区挂职干部风采\n\n1️⃣ 王志刚\n\n👤 原单位：北京市朝阳区商务局\n\n📍 挂职岗位：科右中旗委常委、副旗长\n\n⏰ 挂职时间：2021年7月至今\n\n“招商引资是我的老本行。”两年来，王志刚带着科右中旗的招商材料跑遍了北京的商会和企业，引进企业11家。\n\n2️⃣ 陈静\n\n👤 原单位：北京市朝阳区妇幼保健院 儿科主任医师\n\n📍 帮扶岗位：科右中旗人民医院儿科\n\n到科右中旗人民医院的第一周，陈静就遇上了一名早产的新生儿。\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["王志刚>北京市朝阳区商务局", "陈静>北京市朝阳区妇幼保健院"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["王志刚>科尔沁右翼中旗", "陈静>科右中旗人民医院"]);
  });
});

describe("an author's credit with the body after the name", () => {
  it("gives the author WORKS_AT the body closing the credit (（撰稿：李红梅　鄂伦春自治旗乡村振兴局）)", () => {
    const text = "鄂伦春自治旗京蒙协作大事记\n1月5日，西城区与鄂伦春自治旗召开联席会议。\n（撰稿：李红梅　鄂伦春自治旗乡村振兴局）";
    expect(show(text, "WORKS_AT")).toEqual(["李红梅>鄂伦春自治旗乡村振兴局"]);
  });
});

describe("an attendance list, each side's people after its unit's name, a comma between them", () => {
  const text = "北京市密云区卫生健康委员会与库伦旗农牧局签约。\n一、参会人员\n密云区：邓远明（区委副书记、区长），宋建平（副区长），袁立华（区对口支援和合作交流办公室主任）。\n库伦旗：吴铁军（旗委副书记、旗长），包金山（旗乡村振兴局局长），孟庆丰（扣河子镇党委书记）。";
  it("gives a head's post of the unit's level to the unit the line opens with, and each body's post to its body", () => {
    expect(show(text, "WORKS_AT").sort()).toEqual(["包金山>库伦旗乡村振兴局", "吴铁军>库伦旗", "孟庆丰>扣河子镇", "宋建平>密云区", "袁立华>密云区对口支援和合作交流办公室", "邓远明>密云区"]);
  });
});

describe("a table of pairs of every kind, its headers saying each column's side", () => {
  const text = "大兴区京蒙协作结对关系数据\n序号|结对类型|北京方主体|北京方所属|内蒙古方主体|内蒙古方所属旗\n1|区旗|大兴区|大兴区|察哈尔右翼前旗|察右前旗\n2|镇镇|魏善庄镇|大兴区|土贵乌拉镇|察右前旗\n3|村村|半壁店村|魏善庄镇|沙渠村|察右前旗\n4|校校|北京市大兴区第一中学|大兴区|察右前旗第一中学|察右前旗\n5|院院|北京市大兴区人民医院|大兴区|察右前旗人民医院|察右前旗\n";
  it("pairs the Beijing side's body of each row with the partner's, not with the column of where it lies", () => {
    expect(show(text, "PAIRED_WITH").sort()).toEqual(["北京市大兴区人民医院>察右前旗人民医院", "北京市大兴区第一中学>察右前旗第一中学", "半壁店村>沙渠村", "大兴区>察哈尔右翼前旗", "魏善庄镇>土贵乌拉镇"]);
  });
});

describe("a table of enterprises settled, what they planned and what they paid in", () => {
  it("reads the sum paid in, not the one planned, as INVESTED_IN where each settled (落地地点)", () => {
    const text = "昌平区引进企业落地太仆寺旗情况\n企业名称|注册地|落地地点|计划投资（万元）|到位投资（万元）\n北京京太康农业科技有限公司|北京市昌平区|宝昌镇|3200|2860\n北京中科昌源生物科技有限公司|北京市海淀区|千斤沟镇|2600|1300\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["amountYuan"]}`).sort()).toEqual(["北京中科昌源生物科技有限公司>千斤沟镇>13000000", "北京京太康农业科技有限公司>宝昌镇>28600000"]);
  });
});

describe("a table of pairs with the village's contact and post", () => {
  it("reads each contact (嘎查（村）联系人) as working at the row's village (结对嘎查（村）) in the post the next column gives", () => {
    const text = "大兴区企业与正镶白旗嘎查村结对名单\n| 序号 | 大兴区帮扶主体 | 结对嘎查（村） | 所属苏木（镇） | 嘎查（村）联系人 | 职务 |\n| 1 | 北京新兴天宇农业发展有限公司 | 巴彦查干嘎查 | 伊和淖尔苏木 | 额尔敦毕力格 | 党支部书记、嘎查长 |\n| 2 | 北京兴瑞德建筑工程有限公司 | 福盛村 | 星耀镇 | 王建国 | 党支部书记、村委会主任 |\n";
    expect(show(plainTables(text), "WORKS_AT").sort()).toEqual(["王建国>福盛村", "额尔敦毕力格>巴彦查干嘎查"]);
  });
});

describe("a table of authors with their units, where they serve in brackets", () => {
  it("reads each author's home and the posting the bracket closing the cell gives (…农业农村局（挂职敖汉旗乡村振兴局副局长）)", () => {
    const text = "京蒙协作摄影作品获奖名单\n| 序号 | 奖项 | 作品名称 | 作者 | 作者单位 | 拍摄地点 |\n| 1 | 一等奖 | 《小米丰收了》 | 卢宏伟 | 北京市海淀区农业农村局（挂职敖汉旗乡村振兴局副局长） | 赤峰市敖汉旗四家子镇 |\n| 2 | 二等奖 | 《草原上的北京课堂》 | 曹亦凡 | 北京市西城区黄城根小学（喀喇沁旗锦山第三小学支教教师） | 赤峰市喀喇沁旗锦山镇 |\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["卢宏伟>北京市海淀区农业农村局", "曹亦凡>北京市西城区黄城根小学"]);
    expect([...new Set(show(text, "ASSIGNED_TO"))].sort()).toEqual(["卢宏伟>敖汉旗乡村振兴局", "曹亦凡>喀喇沁旗锦山第三小学"]);
  });
});

describe("a table of towns and villages, a subtotal's row between its sections", () => {
  it("puts each row's village in the town beside it, past the subtotals", () => {
    const text = "太仆寺旗京蒙协作资金下达表\n序号|苏木乡镇|嘎查村|项目名称|下达金额\n1|宝昌镇|边墙村|草莓种苗繁育基地项目|320\n|宝昌镇小计|320\n2|千斤沟镇|马坊子村|马铃薯种薯储藏窖建设项目|260\n";
    expect(show(text, "PART_OF").filter((r) => /村>/.test(r)).sort()).toEqual(["边墙村>宝昌镇", "马坊子村>千斤沟镇"]);
  });
});

describe("money given in a list of items a sentence runs on (一是…；二是…)", () => {
  it("gives each item's sum from the giver of the total, of the year the list opened with", () => {
    const text = "2023年，北京市昌平区向太仆寺旗投入京蒙协作资金5000万元，主要用于以下方面：一是支持宝昌镇肉牛养殖项目1200万元；二是支持千斤沟镇蔬菜大棚建设800万元；三是用于太仆寺旗人民医院设备购置300万元。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["amountYuan"]}>${r.props["year"]}`).sort()).toEqual([
      "昌平区>千斤沟镇>8000000>2023", "昌平区>太仆寺旗>50000000>2023", "昌平区>太仆寺旗人民医院>3000000>2023", "昌平区>宝昌镇>12000000>2023",
    ]);
  });
  it("gives none where no giver opened the list", () => {
    expect(show("主要做法：一是支持宝昌镇肉牛养殖项目1200万元；二是支持千斤沟镇蔬菜大棚建设800万元。", "FUNDED").filter((r) => r.startsWith("昌平区"))).toEqual([]);
  });
});

describe("a company's own report: its short names, its slogans and the table of its gifts", () => {
  it("reads both short names declared (以下简称“城能集团”或“集团”) as the company giving and pairing", () => {
    const text = "北京城能热力集团有限公司（以下简称“城能集团”或“集团”）是北京市属国有独资企业。2023年，集团向库伦旗投入帮扶资金780万元。城能集团与茫汗苏木哈日干图嘎查结成帮扶对子。";
    expect(show(text, "FUNDED")).toEqual(["北京城能热力集团有限公司>库伦旗"]);
    expect(show(text, "PAIRED_WITH")).toEqual(["北京城能热力集团有限公司>哈日干图嘎查"]);
  });
  it("settles the company nowhere a quoted slogan names (符合公司“扎根草原、服务首都”的发展战略)", () => {
    const text = "北京华牧生物科技股份有限公司（以下简称“公司”或“华牧生物”）拟在喀喇沁旗投资建设肉羊屠宰加工项目。本次投资符合公司“扎根草原、服务首都”的发展战略。";
    expect(show(text, "INVESTED_IN")).toEqual([]);
    expect(show(text, "LOCATED_IN")).toEqual([]);
  });
  it("gives a gift table's rows from the body the sentences before say gives, not the one the gift goes through", () => {
    const text = "5月30日，北京远帆数智科技股份有限公司“数字课堂进草原”公益项目捐赠仪式在科左中旗举行。公司于2022年启动项目，通过北京市顺义区慈善协会定向捐赠设备。\n本次捐赠明细如下：\n序号|受赠学校|捐赠内容|金额（万元）\n1|科左中旗保康第三小学|智慧教室4间|96\n2|门达镇中心学校|智慧教室2间|45\n";
    expect(show(text, "FUNDED").sort()).toEqual(["北京远帆数智科技股份有限公司>科左中旗保康第三小学", "北京远帆数智科技股份有限公司>门达镇中心学校"]);
  });
});

describe("a meeting programme's speakers with the body and post after a comma", () => {
  it("reads WORKS_AT with the post (致辞 Remarks：何建新，北京市支援合作办公室副主任)", () => {
    const text = "会议议程\n致辞 Remarks：何建新，北京市支援合作办公室副主任\n分享人：高娃，察哈尔右翼前旗人民政府副旗长\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["role"]}`).sort()).toEqual(["何建新>北京市支援合作办公室>副主任", "高娃>察哈尔右翼前旗人民政府>副旗长"]);
  });
});

describe("a table's column of where each body produces (生产地址)", () => {
  it("places each row's body in the most specific place of its address", () => {
    const text = "库伦旗消费帮扶产品认定名单\n序号 | 申报主体 | 产品名称 | 生产地址 | 带动脱贫人口（人）\n1 | 库伦旗荞麦香农牧业专业合作社 | 荞麦米 | 库伦旗库伦镇西营子村 | 46\n2 | 通辽市蒙库伦食品有限公司 | 苦荞茶 | 库伦旗扣河子镇扣河子村 | 38\n";
    expect(show(text, "LOCATED_IN").filter((r) => /村$/.test(r)).sort()).toEqual(["库伦旗荞麦香农牧业专业合作社>西营子村", "通辽市蒙库伦食品有限公司>扣河子村"]);
  });
});

describe("a programme's speakers, printed with English beside the Chinese", () => {
  it("reads each labelled or bulleted speaker's body and post, the English left out", () => {
    const text = "会议议程\n致辞 Remarks：斯琴图雅，内蒙古自治区乡村振兴局副局长\n主持人 Moderator：宋立群，北京丰台医院（Beijing Fengtai Hospital）副院长 Vice President\n\t· 韩雪，北京兴厨餐饮管理有限公司（Beijing Xingchu Catering Management Co., Ltd.）总经理 General Manager\n\t· 那日苏，巴林右旗乡村振兴局局长 Director, Bairin Right Banner Rural Revitalization Bureau\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["role"]}`).sort()).toEqual([
      "宋立群>北京丰台医院>副院长", "斯琴图雅>内蒙古自治区乡村振兴局>副局长", "那日苏>巴林右旗乡村振兴局>局长", "韩雪>北京兴厨餐饮管理有限公司>总经理",
    ]);
  });
});

describe("a table whose columns of people say whose side they are", () => {
  it("reads each teacher as working at the school of their side in the row (北京主讲教师 | 本地辅导教师)", () => {
    const text = "结对学校名单\n| 序号 | 北京结对区 | 北京市学校 | 我市旗县区 | 我市学校 | 学科 | 北京主讲教师 | 本地辅导教师 |\n|---|---|---|---|---|---|---|---|\n| 1 | 海淀区 | 北京市海淀区羊坊店第二小学 | 敖汉旗 | 敖汉旗新惠第二小学 | 数学 | 周文博 | 于海霞 |\n| 2 | 西城区 | 北京市西城区厂桥中学 | 喀喇沁旗 | 喀喇沁旗锦山第三中学 | 英语 | 邓琳 | 朝鲁门 |\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["于海霞>敖汉旗新惠第二小学", "周文博>北京市海淀区羊坊店第二小学", "朝鲁门>喀喇沁旗锦山第三中学", "邓琳>北京市西城区厂桥中学"]);
  });
});

describe("a list under headings that are the bodies its people serve, each with its count (▌敖汉旗新惠第一中学（6人）)", () => {
  it("posts each person the rows under a heading name to that body, one posted elsewhere by its own words aside", () => {
    const text = "海淀区第十批支教教师名单\n▌敖汉旗新惠第一中学（3人）\n黄海涛　北京市八一学校物理高级教师，挂任敖汉旗新惠第一中学副校长\n罗　婧　清华大学附属中学英语教师\n曲　明　北京市第二十中学化学教师\n▌敖汉旗新惠第三小学（1人）\n钱一鸣　北京市海淀区中关村第三小学数学教师\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "ASSIGNED_TO" && r.props["kind"] === "支教").map((r) => `${name(r.source)}>${name(r.target)}`).sort()).toEqual(["曲明>敖汉旗新惠第一中学", "罗婧>敖汉旗新惠第一中学", "钱一鸣>敖汉旗新惠第三小学"]);
  });
});

describe("a notice removing cadres from the posts they held away (免去：黄志远（…选派挂职干部）的…副旗长挂职职务)", () => {
  it("reads each person, the district that sent them and the banner of the post", () => {
    const text = "三、挂职期满免职\n因挂职期满，免去：\n黄志远（北京市丰台区选派挂职干部）的察哈尔右翼中旗副旗长挂职职务；\n苗青（北京市平谷区选派挂职干部）的兴和县副县长挂职职务。\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["苗青>平谷区", "黄志远>丰台区"]);
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["苗青>兴和县", "黄志远>察哈尔右翼中旗"]);
  });
});

describe("gifts a semicolon runs on, each clause opening with its giving verb", () => {
  it("gives each from the giver of the clause before (…京垦集团捐资45万元，为…；出资30万元，为…医院购置…)", () => {
    const text = "2022年以来，京垦集团捐资45万元，为察右中旗科布尔镇第二小学改造供暖设施；出资30万元，为察右中旗人民医院购置设备；连续两年开展助学活动，资助察右中旗第一中学家庭困难学生86名，发放助学金25.8万元。";
    expect(show(text, "FUNDED").sort()).toEqual(["京垦集团>察右中旗人民医院", "京垦集团>察右中旗科布尔镇第二小学", "京垦集团>察右中旗第一中学"]);
  });
});

describe("a table whose town column lists several towns beside the county's", () => {
  it("gives the row's sum to the county, and puts each town listed in it", () => {
    const text = "庭院经济项目安排表\n序号|旗县区|北京结对区|项目名称|实施乡镇|京蒙协作资金（万元）\n1|阿鲁科尔沁旗|昌平区|庭院肉牛养殖提升项目|天山镇、绍根镇|520\n2|巴林右旗|北京经济技术开发区|庭院经济示范村建设项目|大板镇、查干沐沦镇|700\n";
    expect(show(text, "FUNDED").sort()).toEqual(["北京经济技术开发区>巴林右旗", "昌平区>阿鲁科尔沁旗"]);
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["天山镇>阿鲁科尔沁旗", "绍根镇>阿鲁科尔沁旗", "查干沐沦镇>巴林右旗"]));
  });
});

describe("a slide's list of people, each row a mark, a name, the home body and post, then where they serve", () => {
  it("reads each row, spaces kept or lost", () => {
    const wrap = "上半年销售农畜产品12.3亿元，完成全年任务，\n带动农牧民增收，群众满意度达到较高水平\n".repeat(5);
    const rows = "▶ 典型：\n　・庞志远　东城区商务局副局长　挂任化德县人民政府副县长\n　・欧阳明　北京市海淀医院主任医师　察右前旗人民医院 医疗帮扶 1年\n　・靳文华　北京市怀柔区第一中学 数学教师　四子王旗第一中学 支教\n";
    for (const text of [rows, wrap + rows]) {
      expect(show(text, "WORKS_AT").sort()).toEqual(["庞志远>东城区商务局", "欧阳明>北京市海淀医院", "靳文华>北京市怀柔区第一中学"]);
      expect(show(text, "ASSIGNED_TO").sort()).toEqual(["庞志远>化德县人民政府", "欧阳明>察右前旗人民医院", "靳文华>四子王旗第一中学"]);
    }
  });
});

describe("a table of retired teachers with the schools they are to go to (拟派往学校)", () => {
  it("posts each row's person to the school of that column", () => {
    const text = "银龄讲学教师名单\n序号 | 姓名 | 性别 | 原工作单位 | 任教学科 | 拟派往学校 | 服务期限\n1 | 高秀英 | 女 | 北京市西城区阜成门外第一小学 | 语文 | 鄂伦春自治旗大杨树镇第一小学 | 2024年9月—2025年7月\n2 | 韩立新 | 男 | 北京市第一五九中学 | 化学 | 鄂伦春自治旗第一中学 | 2024年9月—2026年7月\n";
    expect(show(text, "ASSIGNED_TO").sort()).toEqual(["韩立新>鄂伦春自治旗第一中学", "高秀英>鄂伦春自治旗大杨树镇第一小学"]);
  });
});

describe("where one worked before retiring, the post right after the body", () => {
  it("reads WORKS_AT from 退休前是…教师", () => {
    expect(show("63岁的马淑兰退休前是北京市昌平区第二中学数学高级教师，曾连续多年担任毕业年级备课组长。", "WORKS_AT")).toEqual(["马淑兰>北京市昌平区第二中学"]);
  });
});

describe("a table of households with the village each lives in (所在村（嘎查）)", () => {
  it("reads each person as of the village the row gives, as a villager named in prose is", () => {
    const text = "以下户评为庭院经济示范户：\n序号|姓名|所在村（嘎查）|庭院产业类型\n1|刘玉兰|宝昌镇边墙村|小菜园\n2|张守义|宝昌镇东风村|小畜牧\n";
    expect(show(text, "WORKS_AT").sort()).toEqual(["刘玉兰>边墙村", "张守义>东风村"]);
  });
});

describe("a table of enterprises settled, its sums paid in written with their units, its place column headed 落地", () => {
  it("reads INVESTED_IN and LOCATED_IN for each row", () => {
    const text = "■引导北京企业落地5家，实际到位投资3.26亿元\n企业|项目|到位投资|落地\n北京顺恒牧业科技有限公司|肉牛屠宰及冷链加工|1.5亿元|林东镇\n北京绿野京蒙农业发展有限公司|谷子精深加工|8000万元|隆昌镇\n";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)}>${r.props["amountYuan"]}`).sort()).toEqual(["北京绿野京蒙农业发展有限公司>隆昌镇>80000000", "北京顺恒牧业科技有限公司>林东镇>150000000"]);
  });
});

describe("a table of enterprises settled with a column of where each settled (落地位置)", () => {
  it("places each row's enterprise there, across the two sides, and not a body the row names aside", () => {
    const text = "已落地北京企业\n企业名称|行业|到位投资|落地位置\n北京亦庄康源生物医药有限公司|蒙药制剂|2.6亿元|大板镇\n北京经开绿能新能源科技有限公司|风电运维|1.8亿元|巴彦塔拉苏木\n";
    expect(show(text, "LOCATED_IN")).toEqual(expect.arrayContaining(["北京亦庄康源生物医药有限公司>大板镇", "北京经开绿能新能源科技有限公司>巴彦塔拉苏木"]));
  });
});

describe("where a body is set up, said in brackets after its name", () => {
  it("places 巴林左旗驻顺义劳务工作站（设于顺义区南法信镇） in the town", () => {
    expect(show("协办单位：巴林左旗驻顺义劳务工作站（设于顺义区南法信镇）。", "LOCATED_IN")).toContain("巴林左旗驻顺义劳务工作站>南法信镇");
  });
});

describe("a table of projects, each a body built at a site (项目名称 | 实施地点)", () => {
  const text = "西城区与鄂伦春自治旗结对帮扶。\n表1　项目一览表\n单位：万元\n序号|项目名称|实施地点|资金规模|资金来源\n1|鄂伦春族非遗文化产业园（一期）|阿里河镇|620|西城区财政援助资金\n2|希日特奇桦树皮非遗工坊|托扎敏乡希日特奇猎民村|180|西城区财政援助资金\n";
  it("gives each row's money to the body it builds, and pairs no project with its site", () => {
    expect(show(text, "FUNDED").sort()).toEqual(["西城区>希日特奇桦树皮非遗工坊", "西城区>鄂伦春族非遗文化产业园"]);
    expect(show(text, "PAIRED_WITH")).toEqual(["西城区>鄂伦春自治旗"]);
  });
});

describe("a table whose source column names the money by its level (市级资金 | 区级资金)", () => {
  it("gives the city's rows from 北京市 and the district's from the district its note names", () => {
    const text = "通州区对口帮扶翁牛特旗。\n附表：2023年京蒙协作资金支持项目明细\n（资金来源：市级资金指北京市级财政援助资金，区级资金指通州区区级帮扶资金）\n序号|实施主体|所在地|建设内容|资金（万元）|资金来源\n1|翁牛特旗金谷源杂粮种植农民专业合作社联合社|乌丹镇|小米精深加工生产线|860|市级资金\n2|翁牛特旗德胜家庭农场|海拉苏镇|暖棚建设|45|区级资金\n";
    expect(show(text, "FUNDED").sort()).toEqual(["北京市>乌丹镇", "通州区>海拉苏镇"]);
  });
});

describe("bodies of the pairs' and posted teams' kinds", () => {
  it("places a team a Beijing district posts where it is posted (昌平区京蒙协作驻太仆寺旗工作组 in 太仆寺旗)", () => {
    expect(show("昌平区京蒙协作驻太仆寺旗工作组组长黄志刚介绍。丰台区援派干部察右中旗工作组成立。", "LOCATED_IN").sort()).toEqual(["丰台区援派干部察右中旗工作组>察哈尔右翼中旗", "昌平区京蒙协作驻太仆寺旗工作组>太仆寺旗"]);
  });
  it("pairs the two units' bodies of the kind 两地 names (两地红十字会结对)", () => {
    const text = "2021年以来，密云区与库伦旗结对开展京蒙协作。北京市密云区红十字会与通辽市库伦旗红十字会举行捐赠仪式。两地红十字会随即签订结对帮扶协议。";
    expect([...new Set(show(text, "PAIRED_WITH"))]).toEqual(["密云区>库伦旗", "北京市密云区红十字会>通辽市库伦旗红十字会"]);
  });
  it("reads a society's 我会 after a preposition as the publisher (丰台区红十字会与我会建立了结对帮扶关系), not 我会 of \"I will\"", () => {
    const text = "察哈尔右翼中旗红十字会关于接收捐赠款物情况的公示\n发布单位：察哈尔右翼中旗红十字会\n北京市丰台区与察哈尔右翼中旗结对。北京市丰台区红十字会与我会建立了结对帮扶关系。我会继续努力。";
    expect(show(text, "PAIRED_WITH")).toEqual(["丰台区>察哈尔右翼中旗", "北京市丰台区红十字会>察哈尔右翼中旗红十字会"]);
  });
  it("gives a table's gift to the body its 受益单位 column names", () => {
    const text = "察哈尔右翼中旗红十字会公示\n丰台区与察右中旗结对。\n序号 | 捐赠方 | 捐赠金额（元） | 捐赠意向 | 受益单位/对象\n1 | 北京市丰台区红十字会 | 300000.00 | 人道救助 | 察哈尔右翼中旗红十字会\n2 | 北京京丰兴业超市连锁有限公司 | 100000.00 | 应急 | 察哈尔右翼中旗红十字会\n";
    expect(show(text, "FUNDED").sort()).toEqual(["北京京丰兴业超市连锁有限公司>察哈尔右翼中旗红十字会", "北京市丰台区红十字会>察哈尔右翼中旗红十字会"]);
  });
});

describe("a team a doctor leads to give care", () => {
  it("posts the leader and those led (带领…一行4人，来到…开展…手术) where they operate, each working at the leader's body", () => {
    const text = "9月11日至22日，北京丰台医院眼科主任黄志远带领眼科副主任医师邵婷、主治医师罗航和眼科护士长冯晓雪一行4人，来到察哈尔右翼中旗医院开展白内障免费复明手术。王桂兰在察哈尔右翼中旗医院做了手术。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["黄志远>察哈尔右翼中旗医院", "邵婷>察哈尔右翼中旗医院", "罗航>察哈尔右翼中旗医院", "冯晓雪>察哈尔右翼中旗医院"]);
    expect(show(text, "WORKS_AT")).toEqual(["黄志远>北京丰台医院", "邵婷>北京丰台医院", "罗航>北京丰台医院", "冯晓雪>北京丰台医院"]);
  });
  it("still reads a delegation 一行 on a visit as no posting", () => {
    expect(show("北京丰台医院院长王刚一行4人到察哈尔右翼中旗医院考察调研医疗帮扶工作。", "ASSIGNED_TO")).toEqual([]);
  });
  it("reads a letter printed whole, its salutation to a body's leaders and its signature over others signing (贵院, 我院)", () => {
    const text = "一封感谢信\n近日，北京丰台医院收到一封感谢信。\n尊敬的北京丰台医院领导、医疗队全体专家：\n贵院眼科主任黄志远来到我院开展义诊。\n察哈尔右翼中旗医院全体职工\n患者代表：王桂兰　张二虎\n2023年10月12日\n";
    expect(show(text, "WORKS_AT")).toEqual(["黄志远>北京丰台医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["黄志远>察哈尔右翼中旗医院"]);
  });
});

describe("tables of signed projects and of parks built together", () => {
  it("reads a signed project's total as its enterprise's investment where it lands, not the paired district's grant", () => {
    const text = "赤峰市京蒙协作招商引资签约项目\n序号 | 项目名称 | 签约企业 | 落地旗县区 | 北京结对区 | 总投资（亿元） | 签约类型\n1 | 新能源汽车线束生产项目 | 北京顺捷汽车电子有限公司 | 巴林左旗 | 顺义区 | 8.5 | 投资协议\n2 | 风电装备零部件制造项目 | 北京丰源重工机械有限公司 | 林西县 | 丰台区 | 9.2 | 投资协议\n";
    expect(show(text, "INVESTED_IN").sort()).toEqual(["北京丰源重工机械有限公司>林西县", "北京顺捷汽车电子有限公司>巴林左旗"]);
    expect(show(text, "FUNDED")).toEqual([]);
  });
  it("places a park two places name with a dash where its row says it lies and in the unit after the dash, on that place's side", () => {
    const text = "赤峰市与北京结对区共建产业园区情况如下。\n序号 | 园区名称 | 共建双方 | 所在位置 | 入驻北京企业（家）\n1 | 顺义—巴林左旗京蒙产业合作园 | 顺义区、巴林左旗 | 巴林左旗林东镇 | 7\n2 | 通州—翁牛特旗京蒙协作产业园 | 通州区、翁牛特旗 | 翁牛特旗乌丹镇 | 5\n";
    expect(show(text, "LOCATED_IN").sort()).toEqual(["通州—翁牛特旗京蒙协作产业园>乌丹镇", "通州—翁牛特旗京蒙协作产业园>翁牛特旗", "顺义—巴林左旗京蒙产业合作园>巴林左旗", "顺义—巴林左旗京蒙产业合作园>林东镇"]);
  });
});

describe("a county's towns listed after a count of them and 即", () => {
  it("puts each in the county (库伦旗所辖8个苏木乡镇，即库伦镇、扣河子镇…)", () => {
    expect(show("本次排查范围为库伦旗所辖8个苏木乡镇，即库伦镇、扣河子镇、茫汗苏木。", "PART_OF").filter((r) => r.endsWith(">库伦旗"))).toEqual(["库伦镇>库伦旗", "扣河子镇>库伦旗", "茫汗苏木>库伦旗"]);
  });
});

describe("a district's own report speaking as 我们", () => {
  it("pairs the district its title names with the banner 我们 go on to (与锡林郭勒盟太仆寺旗结对帮扶)", () => {
    const text = "2024年北京市昌平区政府工作报告\n来源：北京市昌平区人民政府\n（六）扎实做好京蒙协作工作。我们坚持区委统筹，高质量完成与锡林郭勒盟太仆寺旗结对帮扶年度任务。";
    expect(show(text, "PAIRED_WITH", "2024年北京市昌平区政府工作报告")).toEqual(["昌平区>太仆寺旗"]);
    expect(show("一篇报道\n来源：北京市昌平区人民政府\n我们坚持区委统筹，高质量完成与锡林郭勒盟太仆寺旗结对帮扶年度任务。", "PAIRED_WITH", "一篇报道")).toEqual([]);
  });
});

describe("a table's column of sites beside its column of counties", () => {
  it("puts each site's town in the row's county, its villages in the town", () => {
    const text = "序号|旗县区|结对区|项目名称|建设地点|京蒙协作资金（万元）\n1|巴林左旗|顺义区|高标准农田建设项目|林东镇双井村、后兴隆地村|780\n2|宁城县|石景山区|节水灌溉项目|天义镇五十家子村|690\n";
    const parts = show(text, "PART_OF");
    expect(parts).toEqual(expect.arrayContaining(["林东镇>巴林左旗", "天义镇>宁城县", "双井村>林东镇", "五十家子村>天义镇"]));
    expect(parts).not.toContain("双井村>巴林左旗");
  });
});

describe("the fifty-seventh stop's tables and posts", () => {
  it("posts those a list sends to train with a troupe where its 研修单位 column says", () => {
    const table = plainTables("乌兰牧骑青年骨干赴京跟岗研修人员名单\n\n序号 姓名 推荐地区 工作单位 专业方向 研修单位\n1 巴特尔 乌兰察布市四子王旗 四子王旗乌兰牧骑 马头琴演奏 北京民族乐团\n2 刘畅 乌兰察布市察哈尔右翼前旗 察哈尔右翼前旗乌兰牧骑 杂技 北京杂技团\n");
    expect(show(table, "ASSIGNED_TO")).toEqual(["巴特尔>北京民族乐团", "刘畅>北京杂技团"]);
    expect(show(table, "WORKS_AT")).toEqual(["巴特尔>四子王旗乌兰牧骑", "刘畅>察哈尔右翼前旗乌兰牧骑"]);
  });
  it("gives a table's money to the cooperative its 合作社名称 column names, and pairs no town with its village", () => {
    const table = plainTables("经开区与巴林右旗结对帮扶。\n\n扶持嘎查养殖合作社明细表\n序号 苏木镇 嘎查 合作社名称 京蒙协作资金（万元） 扶持内容\n1 大板镇 巴彦汉嘎查 巴林右旗巴彦汉嘎查富牧肉牛养殖专业合作社 150 新建暖棚2栋\n2 查干沐沦镇 沙布台嘎查 巴林右旗沙布台嘎查联农肉牛养殖专业合作社 110 新建标准化棚圈\n");
    expect(show(table, "FUNDED")).toEqual(["北京经济技术开发区>巴林右旗巴彦汉嘎查富牧肉牛养殖专业合作社", "北京经济技术开发区>巴林右旗沙布台嘎查联农肉牛养殖专业合作社"]);
    expect(show(table, "PAIRED_WITH")).toEqual(["北京经济技术开发区>巴林右旗"]);
  });
  it("reads an agreed sum of an enterprise's project as invested, a pair's gift as granted, and an agreement to buy as neither", () => {
    const table = plainTables("大兴区与察右前旗结对。\n\n附：集中签约项目清单\n序号|签约项目|北京方|察右前旗方|协议金额（万元）\n1|马铃薯全粉及淀粉加工项目|北京大兴薯业科技有限公司|察右前旗人民政府|8500\n2|“万企兴万村”结对帮扶|北京庞各庄金瓜农业有限公司|土贵乌拉镇二号地村|50\n3|农畜产品采购协议|北京兴航商业管理有限公司|察右前旗农牧和科技局|2000\n");
    expect(show(table, "INVESTED_IN")).toEqual(["北京大兴薯业科技有限公司>察哈尔右翼前旗"]);
    expect(show(table, "FUNDED")).toEqual(["北京庞各庄金瓜农业有限公司>二号地村"]);
  });
  it("reads the reporters a byline names after 本报记者, each of the paper the head names", () => {
    const text = "锡林郭勒盟:京蒙协作赋能智慧医疗\n\n锡林郭勒日报 2024年10月18日 第02版\n\n本报记者 王海涛、刘慧敏\n\n近年来，锡林郭勒盟抓住京蒙协作机遇。";
    expect(show(text, "WORKS_AT")).toEqual(["王海涛>锡林郭勒日报", "刘慧敏>锡林郭勒日报"]);
  });
  it("reads the post said after one of a village, not the village, as the workplace", () => {
    expect(show("碧流台镇乌兰哈达嘎查的乌日娜是巴林左旗禾丰谷物种植专业合作社理事长，带动农户种植谷子。", "WORKS_AT")).toEqual(["乌日娜>巴林左旗禾丰谷物种植专业合作社"]);
  });
  it("reads a post introduced by 是 with the body's centre before it", () => {
    expect(show("今年37岁的韩志鹏，是北京市房山区良乡医院信息中心副主任。", "WORKS_AT")).toEqual(["韩志鹏>北京市房山区良乡医院"]);
  });
});

describe("the fifty-seventh stop's second batch: tables of schools, enterprises and where they settle", () => {
  it("pairs a table's schools, not the districts and banners its columns of where they lie give", () => {
    const table = "序号 | 北京市学校 | 所在区 | 内蒙古自治区学校 | 所在盟市、旗县\n1 | 北京市西城区培智中心学校 | 西城区 | 鄂伦春自治旗特殊教育学校 | 呼伦贝尔市鄂伦春自治旗\n2 | 北京市怀柔区特殊教育学校 | 怀柔区 | 正镶白旗特殊教育学校 | 锡林郭勒盟正镶白旗";
    expect(show("第二批特殊教育学校结对名单\n" + table, "PAIRED_WITH")).toEqual(["北京市西城区培智中心学校>鄂伦春自治旗特殊教育学校", "北京市怀柔区特殊教育学校>正镶白旗特殊教育学校"]);
  });
  it("places an enterprise where its 企业来源地 column says, and invests it where its 入驻 column's works lie", () => {
    const table = plainTables("丰台区与四子王旗结对。\n\n表2　帮扶车间拟入驻企业名单\n序号|企业名称|注册地|拟入驻车间|主营产品\n1|北京华服尚品服饰有限公司|北京市丰台区|乌兰花镇服装加工帮扶车间|职业装、校服\n2|北京京南制衣有限公司|北京市丰台区|吉生太镇民族服饰加工车间|民族服饰\n");
    expect(show(table, "INVESTED_IN")).toEqual(["北京华服尚品服饰有限公司>乌兰花镇", "北京京南制衣有限公司>吉生太镇"]);
    const sources = plainTables("入驻企业一览\n序号|企业名称|企业来源地|入驻地点|投资额（万元）\n1|北京华纺针织有限公司|北京市昌平区|天山镇纺织服装产业园|2800\n2|北京京北制衣有限公司|北京市延庆区|天山镇纺织服装产业园|1500\n");
    expect(show(sources, "LOCATED_IN")).toEqual(expect.arrayContaining(["北京华纺针织有限公司>昌平区", "北京京北制衣有限公司>延庆区"]));
  });
  it("posts a rota's experts where its 坐诊地点 column says", () => {
    const text = "二、5月北京专家坐诊排班表\n\n序号 | 专家姓名 | 职称 | 科室 | 派出单位 | 坐诊地点 | 坐诊时间\n1 | 马文涛 | 主任医师 | 心血管科 | 首都医科大学附属北京中医医院 | 太仆寺旗中蒙医院 | 5月6日—10日\n2 | 高建平 | 副主任医师 | 针灸科 | 北京市昌平区中医医院 | 宝昌镇卫生院 | 5月13日—17日";
    expect(show(text, "ASSIGNED_TO")).toEqual(["马文涛>太仆寺旗中蒙医院", "高建平>宝昌镇卫生院"]);
  });
  it("gives a grant to the district that brings another's experts, not to the experts' home", () => {
    const text = "宁城县是北京市石景山区的结对帮扶县。2023年起，石景山区协调平谷的果树专家每年春秋两季来宁城“坐诊”，同时安排京蒙协作资金860万元，在八里罕镇孤山子村建设苹果示范园。";
    expect(show(text, "FUNDED")).toEqual(["石景山区>孤山子村"]);
  });
  it("invests an enterprise brought in to settle where the sentence or its item's head put the works", () => {
    const text = "西城区与莫旗结对。西城区投入京蒙协作资金560万元，将尼尔基镇一处闲置仓库改造成标准化帮扶车间，并引进北京金丝雀服饰有限公司入驻。\n1.大板镇纺织服装帮扶车间。投入京蒙协作资金720万元，引进北京亦创锦纶纺织科技有限公司入驻，主要生产功能面料。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京金丝雀服饰有限公司>尼尔基镇", "北京亦创锦纶纺织科技有限公司>大板镇"]);
  });
});

describe("the fifty-seventh stop's third batch: a park's list of firms settling, its heading the place", () => {
  it("invests each Beijing firm of a list of firms settling in the place the heading's park opens with, and places each where its 来源地 says", () => {
    const text = plainTables("库伦旗京蒙协作产业园2024年第一批入驻企业名单公示\n\n一、入驻企业名单\n\n序号 | 企业名称 | 来源地 | 主营产品 | 计划投资（万元） | 入驻厂房\n1 | 北京燕房家具制造有限公司 | 北京市房山区 | 实木餐桌椅 | 8000 | 1号厂房\n2 | 通辽沙柳源新材料科技有限公司 | 通辽市库伦旗 | 沙柳刨花板 | 12000 | 自建厂房\n");
    expect(show(text, "INVESTED_IN")).toEqual(["北京燕房家具制造有限公司>库伦旗"]);
    expect(show(text, "LOCATED_IN")).toEqual(expect.arrayContaining(["北京燕房家具制造有限公司>房山区", "通辽沙柳源新材料科技有限公司>库伦旗"]));
  });
});

describe("the fifty-ninth stop's batch: a park's banner, the pair's district's money, a post held before", () => {
  it("invests where the clause after the sum builds, the place opening the park's name, not a town named before", () => {
    const text = "北京顺和绿能投资有限公司投资28亿元建设的巴林左旗乌兰达坝苏木风电项目开工。二是储能产业实现突破。北京海纳储能技术有限公司投资3.5亿元，在巴林左旗林东工业园区建设储能系统集成生产线。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京顺和绿能投资有限公司>乌兰达坝苏木", "北京海纳储能技术有限公司>巴林左旗"]);
  });
  it("funds from the district a row's Beijing hospital is named with, where the header says the pair's district put the money in", () => {
    const text = plainTables("表1　2023年京蒙协作结对情况\n序号　北京结对医院　受援医院　共建专科　结对区投入资金（万元）\n1　北京市昌平区中医医院　阿鲁科尔沁旗蒙医医院　蒙医温针科　260\n2　北京市顺义区中医医院　巴林左旗蒙医中医医院　蒙医正骨科　300\n");
    expect(show(text, "FUNDED")).toEqual(["昌平区>阿鲁科尔沁旗蒙医医院", "顺义区>巴林左旗蒙医中医医院"]);
  });
  it("places one at the body they headed before, said after the title they are named with", () => {
    const text = "62岁的退休特级教师秦国栋原来是北京市海淀区中关村第一小学的校长，退休后到科右前旗支教两年。";
    expect(show(text, "WORKS_AT")).toEqual(["秦国栋>北京市海淀区中关村第一小学"]);
  });
  it("funds from a town opening the sentence, and invests no firm money is given to build with", () => {
    const text = "顺义区杨镇与巴林左旗十三敖包镇结对。杨镇向十三敖包镇捐赠帮扶资金30万元。丰台区投入协作资金1500万元，支持内蒙古薯都源农业科技有限公司在察右中旗科布尔镇建设脱毒种薯繁育中心。";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["杨镇>十三敖包镇"]));
    expect(show(text, "INVESTED_IN")).toEqual([]);
  });
  it("places one at the body named before a department of eight characters and a title, and at a centre guiding rehabilitation", () => {
    const text = "北京市海淀医院耳鼻咽喉头颈外科主任周立新带领专家开展筛查。北京市昌平区残疾人康复服务指导中心康复师张丽华在太仆寺旗驻点。";
    expect(show(text, "WORKS_AT")).toEqual(["周立新>北京市海淀医院", "张丽华>北京市昌平区残疾人康复服务指导中心"]);
  });
  it("reads 我中心 of a centre's own report as the centre, its people working there", () => {
    const text = "北京市顺义区融媒体中心\n关于京蒙协作媒体结对帮扶工作情况的报告\n\n2022年，我中心记者韩冰、摄像田野赴巴林左旗开展为期3个月的驻站采访。";
    expect([...new Set(show(text, "WORKS_AT"))]).toEqual(["韩冰>北京市顺义区融媒体中心", "田野>北京市顺义区融媒体中心"]);
  });
  it("gives a table's programme money from the district, not from the firm a column says buys the produce", () => {
    const text = plainTables("兴安盟科右前旗是北京市海淀区结对帮扶旗。2024年拟安排设施农业项目7个，具体如下：\n\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位 | 产品包销企业\n1 | 春秋棚建设项目 | 察尔森镇额尔格图嘎查 | 300 | 察尔森镇人民政府 | 北京惠家鲜超市连锁有限公司\n");
    expect(show(text, "FUNDED")).toEqual(["海淀区>额尔格图嘎查"]);
  });
  it("pairs no district with the league a row's banner belongs to", () => {
    const text = plainTables("表1　调研旗京蒙协作情况\n序号 | 旗县 | 所属盟市 | 北京结对区 | 协作资金（万元）\n1 | 库伦旗 | 通辽市 | 房山区 | 4200\n2 | 奈曼旗 | 通辽市 | 大兴区 | 2650\n");
    expect(show(text, "PAIRED_WITH")).toEqual(["房山区>库伦旗", "大兴区>奈曼旗"]);
  });
  it("places the first of those a Beijing body sends at it", () => {
    const text = "同时，海淀区融媒体中心每年选派2名骨干记者赴科右前旗融媒体中心挂职，首批挂职的记者赵思远将于5月到岗。";
    expect(show(text, "WORKS_AT")).toEqual(["赵思远>海淀区融媒体中心"]);
  });
});

describe("the sixtieth stop's batch: the city's money in a table, departments built together, parks built, workers' subsidies", () => {
  it("funds from Beijing a table's city-level money the article says is Beijing's, and pairs the hospitals building a department together", () => {
    const text = plainTables("项目资金从2024年北京市市级京蒙协作资金中安排。\n\n2024年度京蒙协作重点专科共建项目名单\n\n序号 | 受援医院 | 共建专科 | 北京帮扶医院 | 市级协作资金（万元）\n1 | 阿鲁科尔沁旗医院 | 神经内科 | 北京清华长庚医院 | 150\n2 | 巴林左旗医院 | 重症医学科 | 北京市顺义区医院 | 120\n");
    expect(show(text, "FUNDED")).toEqual(["北京市>阿鲁科尔沁旗医院", "北京市>巴林左旗医院"]);
    expect(show(text, "PAIRED_WITH")).toEqual(["北京清华长庚医院>阿鲁科尔沁旗医院", "北京市顺义区医院>巴林左旗医院"]);
  });
  it("pairs the last of the pairs a bracket lists", () => {
    const text = "按照北京市8个结对区与我市8个旗县的结对关系（昌平区—阿鲁科尔沁旗、石景山区—宁城县、海淀区—敖汉旗），经各旗县申报。";
    expect(show(text, "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗", "石景山区>宁城县", "海淀区>敖汉旗"]);
  });
  it("funds a park built at a town right after the sum, not the town; a centre with no name of its own stays the town's", () => {
    const text = "房山区先后投入京蒙协作资金6800万元，在额勒顺镇建设京蒙协作食用菌产业园。海淀区投入800万元在察尔森镇建设农产品仓储中心。";
    expect(show(text, "FUNDED")).toEqual(["房山区>京蒙协作食用菌产业园", "海淀区>察尔森镇"]);
    expect(show("化德县长顺镇京蒙协作食用菌产业园迎来了最忙的时候。东城区累计投入京蒙协作资金2600万元，在长顺镇建设食用菌产业园，建成智能化菇房48间。", "FUNDED")).toEqual(["东城区>化德县长顺镇京蒙协作食用菌产业园"]);
  });
  it("reads a table of workers' subsidies as where each works and where the firm is, no grant of the firm", () => {
    const text = plainTables("2024年库伦旗稳岗补贴发放名单\n序号 姓名 户籍所在地 就业单位 就业地点 稳定就业时长（月） 补贴金额（元）\n1 白音仓 库伦镇 北京燕房物业管理有限公司 房山区拱辰街道 6 3000\n2 那日苏 额勒顺镇 北京燕房物业管理有限公司 房山区拱辰街道 4 2000\n");
    expect(show(text, "FUNDED")).toEqual([]);
    expect(show(text, "WORKS_AT")).toEqual(["白音仓>北京燕房物业管理有限公司", "那日苏>北京燕房物业管理有限公司"]);
    expect([...new Set(show(text, "LOCATED_IN"))]).toEqual(["北京燕房物业管理有限公司>拱辰街道"]);
  });
  it("funds the banner a row gives, not its own bureau carrying the works out", () => {
    const text = plainTables("乌兰察布市2024年京蒙协作供水项目资金安排情况\n\n序号 旗县 北京结对区 项目名称 京蒙协作资金（万元） 实施单位\n1 四子王旗 丰台区 农村牧区供水管网延伸工程 1260 四子王旗水利局\n2 察右后旗 怀柔区 牧区分散供水工程 1040 察右后旗水利局\n");
    expect(show(text, "FUNDED")).toEqual(["丰台区>四子王旗", "怀柔区>察哈尔右翼后旗"]);
  });
  it("places one a district sends towards a banner at the district, posted at the bureau whose post is taken", () => {
    const text = "顺义区还向巴林左旗选派水务干部刘海涛挂职巴林左旗水利局副局长，挂职期一年。";
    expect(show(text, "WORKS_AT")).toEqual(["刘海涛>顺义区"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海涛>巴林左旗水利局"]);
  });
  it("places one said to come from a body, a date between, and one a district chose who now holds a post there", () => {
    const text = "来自西城区发展和改革委员会的孟繁宇，2023年7月起挂职莫旗副旗长，分管京蒙协作工作。昌平区选派的挂职干部、现任阿鲁科尔沁旗人社局副局长赵立新介绍了情况。";
    expect(show(text, "WORKS_AT")).toEqual(["孟繁宇>西城区发展和改革委员会", "赵立新>昌平区"]);
  });
  it("places one a labour station recommended to a firm at the firm", () => {
    const text = "四子王旗东八号乡脱贫户刘俊峰，2023年经劳务工作站推荐到北京丰泽物业服务有限公司从事保洁工作。";
    expect(show(text, "WORKS_AT")).toEqual(expect.arrayContaining(["刘俊峰>北京丰泽物业服务有限公司"]));
  });
  it("funds from a table's column of what was paid out, its unit in the caption, not its column of what was planned", () => {
    const text = plainTables("察哈尔右翼前旗交通运输局\n2024年2月\n\n北京市大兴区帮扶察右前旗。\n\n表1  2023年度东西部协作农村公路项目资金使用情况表（单位：万元）\n序号  项目名称  实施地点  计划资金  实际支出  执行率\n1  三义泰村至黄旗海镇连接线道路工程  玫瑰营镇三义泰村  380  372.6  98.1%\n2  大营子村村内道路硬化工程  黄旗海镇大营子村  290  290  100%\n");
    expect(relations(text).rels.filter((r) => r.type === "FUNDED").map((r) => r.props["amountYuan"])).toEqual([3726000, 2900000]);
    expect(show(text, "FUNDED")).toEqual(["大兴区>三义泰村", "大兴区>大营子村"]);
  });
  it("places one come from a body, 自 and a date between, and one named after a title in quotes at the body before", () => {
    const text = "来自北京市昌平区司法局的赵红岩自2022年起挂职阿鲁科尔沁旗司法局副局长。近日，北京市通州区永顺镇人民调解委员会的“金牌调解员”杨秀兰来到翁牛特旗。";
    expect(show(text, "WORKS_AT")).toEqual(["赵红岩>北京市昌平区司法局", "杨秀兰>北京市通州区永顺镇人民调解委员会"]);
  });
  it("funds the hospital a table's row says carries its project out, and the county over towns a cell lists only in part", () => {
    const text = plainTables("2021年以来，北京市密云区帮扶扎鲁特旗。具体项目如下：\n\n序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位|北京结对区\n1|扎鲁特旗口腔诊疗中心建设项目|扎鲁特旗鲁北镇|280|扎鲁特旗人民医院|密云区\n2|扎鲁特旗基层卫生院口腔诊室标准化建设项目|扎鲁特旗巴雅尔吐胡硕镇等5个镇|112|扎鲁特旗卫生健康委员会|密云区\n");
    expect(show(text, "FUNDED")).toEqual(["密云区>扎鲁特旗人民医院", "密云区>扎鲁特旗"]);
  });
  it("funds the banner a table's column of banners carrying each project out gives (实施旗), not a town the project is named after", () => {
    const text = plainTables("西城区帮扶莫旗和鄂伦春自治旗。\n表1 2021—2024年西城区京蒙协作资金支持应急类项目\n序号 项目名称 实施旗 资金(万元) 年度\n1 尼尔基镇应急物资储备库 莫旗 260 2021\n2 半专业扑火队装备配备 莫旗 180 2022\n3 大杨树镇应急物资储备点 鄂伦春自治旗 130 2023\n");
    expect(show(text, "FUNDED")).toEqual(["西城区>莫力达瓦达斡尔族自治旗", "西城区>莫力达瓦达斡尔族自治旗", "西城区>鄂伦春自治旗"]);
  });
});

describe("the sixty-first stop's batch", () => {
  it("gives no sum to a place in a document's title or one whose requirements are cited, and leaves a total its helpers split", () => {
    const text = "2023年，北京市怀柔区、西城区分别与我市莫力达瓦达斡尔族自治旗、鄂伦春自治旗开展结对帮扶。按照《呼伦贝尔市社会心理服务体系建设试点工作方案》要求，两旗共安排京蒙协作资金398万元，实施项目5个，其中怀柔区援助资金210万元、西城区援助资金188万元。";
    expect(show(text, "FUNDED")).toEqual(["怀柔区>莫力达瓦达斡尔族自治旗", "西城区>鄂伦春自治旗"]);
    const cited = "房山区帮扶库伦旗。根据《北京市房山区—通辽市库伦旗2024年东西部协作协议》及自治区有关工作要求，经旗京蒙协作工作领导小组研究，计划使用北京市房山区援助资金共计586万元。";
    expect(show(cited, "FUNDED")).toEqual(["房山区>库伦旗"]);
    const about = "昌平区帮扶太仆寺旗。根据《北京市昌平区—锡林郭勒盟太仆寺旗2024年东西部协作协议》和自治区关于京蒙协作项目管理的有关要求，经旗委研究同意，安排昌平区京蒙协作资金1485万元。";
    expect(show(about, "FUNDED")).toEqual(["昌平区>太仆寺旗"]);
  });
  it("places one whose title opens with a stage of schooling and a subject at the body before it", () => {
    const text = "北京市海淀区教师进修学校小学数学教研员孙立平带领团队，与科右前旗教师集体备课。";
    expect(show(text, "WORKS_AT")).toEqual(["孙立平>北京市海淀区教师进修学校"]);
    // (Not a stage of schooling that ends a school's name before 的: 远和小学的一名教师 teaches at no firm named 远和.)
    const school = "北京远和农牧业有限公司投资57万元在临河区建设基地。北京市大兴区远和小学的一名教师朱静娟赴临河区支教。";
    expect(show(school, "WORKS_AT")).not.toContain("朱静娟>北京远和农牧业有限公司");
  });
  it("reads a table's column of goods bought to help (以购代帮金额) as no grant, its rows' pairs kept", () => {
    const text = plainTables("表1 部分结对单位2023年帮扶情况统计\n序号 北京结对单位 内蒙古结对单位 挂职干部（名） 以购代帮金额（万元）\n1 东城区税务局 科右中旗税务局 2 126.8\n2 西城区税务局 莫旗税务局 2 98.5\n");
    expect(show(text, "FUNDED")).toEqual([]);
    expect(show(text, "PAIRED_WITH")).toEqual(["东城区税务局>科右中旗税务局", "西城区税务局>莫旗税务局"]);
  });
});

describe("the sixty-second stop's batch", () => {
  it("gives a sum for two or three towns named in full to each, a longer list or one closed by 等 to their banner", () => {
    const before = "阿鲁科尔沁旗坤都镇、巴彦花镇、天山镇、绍根镇种甜菜。";
    expect(show(`标题\n${before}昌平区还投入京蒙协作资金380万元，为坤都镇、巴彦花镇各新建甜菜集中收购点1处。`, "FUNDED"))
      .toEqual(["昌平区>坤都镇", "昌平区>巴彦花镇"]);
    expect(show(`标题\n${before}昌平区投入京蒙协作资金96万元，在巴彦花镇、绍根镇等6个苏木镇建设村级直播服务站。`, "FUNDED"))
      .toEqual(["昌平区>阿鲁科尔沁旗"]);
    expect(show(`标题\n${before}昌平区投入京蒙协作资金120万元，在天山镇、巴彦花镇、绍根镇、坤都镇实施筛查项目。`, "FUNDED"))
      .toEqual(["昌平区>阿鲁科尔沁旗"]);
  });
  it("pairs a table's district with the banner of the chain its place column names (海淀区 | 科右前旗科尔沁镇)", () => {
    const text = plainTables("共建产业园区建设项目计划表\n\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 结对区 | 实施单位\n1 | 科右前旗京蒙协作产业园标准化厂房建设项目 | 科右前旗科尔沁镇 | 2600 | 海淀区 | 科右前旗工业和信息化局\n2 | 突泉县京蒙共建产业园肉牛屠宰加工车间项目 | 突泉县突泉镇 | 1500 | 通州区 | 突泉县农牧和科技局\n");
    expect(show(text, "PAIRED_WITH")).toEqual(["海淀区>科尔沁右翼前旗", "通州区>突泉县"]);
  });
  it("reads an investment in the place a sentence is set in, and one the place signs with an enterprise, not a purchase", () => {
    expect(show("在通辽市库伦旗，北京露源饮品集团有限公司投资3.2亿元建设年产10万吨杏仁露的生产基地。", "INVESTED_IN")).toEqual(["北京露源饮品集团有限公司>库伦旗"]);
    expect(show("通辽市奈曼旗与北京朝露食品科技有限公司在北京市朝阳区签订年产5万吨杏仁露生产基地项目投资协议。", "INVESTED_IN")).toEqual(["北京朝露食品科技有限公司>奈曼旗"]);
    expect(show("库伦旗与北京良乡板栗食品有限公司签订山杏购销协议。", "INVESTED_IN")).toEqual([]);
  });
  it("gives nothing from the hospital a table of patients says treated each, nor to their homes", () => {
    const text = "序号 | 姓名 | 性别 | 户籍地 | 手术医院 | 资助金额（元）\n1 | 王海 | 男 | 平地泉镇 | 首都医科大学附属北京安贞医院 | 30000\n2 | 李娜 | 女 | 土贵乌拉镇 | 北京市大兴区人民医院 | 12000\n";
    expect(show(`察右前旗先心病患儿救治资助名单\n\n${text}`, "FUNDED")).toEqual([]);
  });
  it("pairs each row's place with the district a column of helpers names (实施地点 | … | 帮扶区)", () => {
    const text = "二、项目明细\n\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位 | 帮扶区\n1 | 林东镇分布式光伏村级帮扶电站 | 巴林左旗林东镇 | 860 | 巴林左旗乡村振兴局 | 顺义区\n2 | 绿电制氢技能实训中心 | 克什克腾旗经棚镇 | 420 | 克什克腾旗职业教育中心 | 怀柔区\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["顺义区>巴林左旗", "怀柔区>克什克腾旗"]);
  });
  it("reads a table of graduates' subsidies as no grant of their employers, each employer in the place its column gives", () => {
    const text = "巴林左旗高校毕业生赴京就业补贴名单\n\n序号 | 姓名 | 性别 | 毕业院校 | 就业单位 | 单位所在地 | 补贴类别 | 金额（元）\n1 | 敖登 | 女 | 赤峰学院 | 北京顺鑫农业股份有限公司 | 顺义区 | 稳岗补贴 | 2000\n2 | 孙国栋 | 男 | 内蒙古科技大学 | 北京奔驰汽车有限公司 | 北京经济技术开发区 | 求职就业补贴 | 3000\n";
    expect(show(text, "FUNDED")).toEqual([]);
    expect(show(text, "LOCATED_IN")).toEqual(expect.arrayContaining(["北京顺鑫农业股份有限公司>顺义区", "北京奔驰汽车有限公司>北京经济技术开发区"]));
  });
  it("reads a head's own post where a clause of the sentence counts others sent (累计派驻专家37人次)", () => {
    const text = "巴林左旗医院院长董海峰介绍，北京市顺义区医院与巴林左旗医院签订了结对帮扶协议，累计派驻专家37人次。";
    expect(show(text, "WORKS_AT")).toEqual(["董海峰>巴林左旗医院"]);
  });
  it("gives a sum to the one body whose kind alone it is given to (为监测中心), before the banner the sentence names", () => {
    const text = "标题\n太仆寺旗农畜产品质量安全监测中心通过认定。这份报告得到了昌平区和太仆寺旗两地的支持：2023年，昌平区投入京蒙协作资金580万元，为监测中心新建实验室1100平方米。";
    expect(show(text, "FUNDED")).toEqual(["昌平区>太仆寺旗农畜产品质量安全监测中心"]);
  });
  it("reads the home of a cadre titled 干部 alone before the post taken on 挂任 (朝阳区商务局干部、挂任…副主任的苏日娜)", () => {
    const text = "朝阳区商务局干部、挂任察右后旗京蒙协作产业园管理委员会副主任的苏日娜，全程帮办项目手续。";
    expect(show(text, "WORKS_AT")).toEqual(["苏日娜>朝阳区商务局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["苏日娜>察右后旗京蒙协作产业园管理委员会"]);
  });
  it("places a head named by the body's kind alone opening a clause (检测站站长包金花)", () => {
    const text = "标题\n库伦旗农畜产品质量安全检验检测站取得资质。检测站站长包金花介绍，取得资质后出具报告。";
    expect(show(text, "WORKS_AT")).toEqual(["包金花>库伦旗农畜产品质量安全检验检测站"]);
  });
});

describe("the sixty-third stop's batch", () => {
  it("gives an investment in a town to the town alone, not to the banner written before it (在阿鲁科尔沁旗坤都镇建设) nor to one it leaves out", () => {
    expect(show("北京京北华农科技有限公司投资1.1亿元，在阿鲁科尔沁旗坤都镇建设肉牛养殖基地。", "INVESTED_IN").sort()).toEqual(["北京京北华农科技有限公司>坤都镇"]);
    expect(show("太仆寺旗招商引资成效明显。北京昌农鲜果科技有限公司投资2800万元在宝昌镇建设智能育苗温室。", "INVESTED_IN")).toEqual(["北京昌农鲜果科技有限公司>宝昌镇"]);
  });
  const stations = "附件：第二批京蒙“手拉手”结对派出所名单\n\n序号 | 北京市派出所 | 所在区 | 内蒙古派出所 | 所在旗县 | 所在盟市\n1 | 什刹海派出所 | 西城区 | 阿里河派出所 | 鄂伦春自治旗 | 呼伦贝尔市\n2 | 三里屯派出所 | 朝阳区 | 巴彦呼舒派出所 | 科尔沁右翼中旗 | 兴安盟\n";
  it("pairs the rows of a table whose headers name the two sides (北京市派出所 | … | 内蒙古派出所)", () => {
    expect(show(stations, "PAIRED_WITH")).toEqual(["什刹海派出所>阿里河派出所", "三里屯派出所>巴彦呼舒派出所"]);
  });
  it("places each body of a row in the place columns after it, and not again in the league of its county", () => {
    expect(show(stations, "LOCATED_IN").sort()).toEqual(["三里屯派出所>朝阳区", "什刹海派出所>西城区", "巴彦呼舒派出所>科尔沁右翼中旗", "阿里河派出所>鄂伦春自治旗"]);
  });
  it("reads a head's own post where the kind of posting names others of a kind unnamed (为挂职校长们安排好住宿)", () => {
    const text = "科右前旗教育局局长包金山通过视频连线表示，该旗已为挂职校长们安排好住宿和交通，并将每位挂职校长纳入所在学校领导班子。";
    expect(show(text, "WORKS_AT")).toEqual(["包金山>科右前旗教育局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual([]);
  });
  it("reads a post said with an official's 系 (刘昊天同志系…副主任)", () => {
    expect(show("刘昊天同志系北京市海淀区发展和改革委员会副主任，2023年7月起在我旗挂职。", "WORKS_AT")).toEqual(["刘昊天>北京市海淀区发展和改革委员会"]);
  });
  it("gives a table's gifts from a national body of its column of givers (捐赠单位 | 中华书局)", () => {
    const text = "表1　捐赠图书情况\n序号 | 捐赠单位 | 受援旗县 | 捐赠图书（万册） | 折合金额（万元）\n1 | 中华书局 | 乌兰察布市察哈尔右翼前旗 | 0.6 | 30\n2 | 人民文学出版社 | 乌兰察布市兴和县 | 1.1 | 42\n";
    expect(show(text, "FUNDED")).toEqual(["中华书局>察哈尔右翼前旗", "人民文学出版社>兴和县"]);
  });
  it("gives no grant from the firm a table says designs the works (设计单位), but the district's money", () => {
    const text = "2024年，海淀区安排我旗京蒙协作资金中用于乡村规划设计类项目共2个。\n\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 设计单位\n1 | 归流河镇集镇风貌提升规划设计 | 归流河镇 | 180 | 北京华规城市设计研究院有限公司\n2 | 察尔森镇国土空间总体规划编制 | 察尔森镇 | 220 | 北京海研规划设计有限公司\n";
    expect(show(text, "FUNDED", "科右前旗京蒙协作项目公示")).toEqual(["海淀区>归流河镇", "海淀区>察尔森镇"]);
  });
  it("gives the aid of an organisation's own yearly summary from the organisation (北京市丰台区总工会2023年京蒙协作工作总结)", () => {
    const text = "北京市丰台区总工会2023年京蒙协作工作总结\n\n2023年，丰台区总工会围绕丰台区与四子王旗的结对帮扶关系开展工作。\n\n向四子王旗总工会拨付帮扶资金80万元，用于困难职工生活救助。";
    expect(show(text, "FUNDED")).toEqual(["北京市丰台区总工会>四子王旗总工会"]);
  });

  it("reads the paper's reporters after a credit's title of their own (本报记者 韩雪 特约记者 乌兰)", () => {
    const text = "通辽瓜菜进京\n\n通辽日报 2024年6月21日 第02版 要闻\n本报记者 韩雪 特约记者 乌兰\n\n本报讯 6月19日，产销对接会在北京举行。";
    expect(show(text, "WORKS_AT")).toEqual(["韩雪>通辽日报", "乌兰>通辽日报"]);
  });
  it("reads the paper of a source's credit in brackets, its reporters after it (（来源：中国教育报 记者 宋佳音）)", () => {
    expect([...new Set(show("标题\n北京校长来到兴安盟。\n\n（来源：中国教育报 记者 宋佳音 实习生 鲍 雪）", "WORKS_AT"))]).toEqual(["宋佳音>中国教育报", "鲍雪>中国教育报"]);
  });
  it("reads planners by their titles, and no 由 of a team led in the title (派出由总规划师杨静带队的)", () => {
    expect(show("丰台区选派北京丰科城乡规划设计有限公司高级规划师郑凯、规划师王思源来我旗开展技术帮扶。", "WORKS_AT")).toEqual(["郑凯>北京丰科城乡规划设计有限公司", "王思源>北京丰科城乡规划设计有限公司"]);
    const { rels } = relations("北京市城市规划设计研究院派出由总规划师杨静带队的6人专家团队，来库伦旗开展集中会诊。");
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => r.props["role"])).toEqual(["总规划师"]);
  });

  it("gives a table's money from the unit the lead-in's verb pays it out of, not a body of its named before (计划安排海淀区京蒙协作资金)", () => {
    const text = "科右前旗文化惠民项目计划公示\n\n海淀区文化馆与科右前旗文化馆结为对口帮扶单位。2024年计划安排海淀区京蒙协作资金840万元，实施文化惠民项目2个。具体项目如下：\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位\n1 | 排练厅提升改造项目 | 科尔沁镇 | 320 | 科尔沁右翼前旗乌兰牧骑\n2 | 文化广场舞台建设项目 | 阿力得尔苏木 | 60 | 阿力得尔苏木人民政府\n";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["海淀区>科尔沁镇", "海淀区>阿力得尔苏木"]));
    expect(show(text, "FUNDED").filter((r) => r.startsWith("海淀区文化馆"))).toEqual([]);
  });

  it("reads each of a list of departments' people a body sends, a department's 的 between (护理部的赵敏、检验科的孙佳琪两名骨干)", () => {
    const text = "顺义区医院又选派护理部的赵敏、检验科的孙佳琪两名骨干，接续到哈拉哈达镇中心卫生院帮扶，每批半年。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "WORKS_AT").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["role"]}`)).toEqual(["赵敏>顺义区医院 护理部", "孙佳琪>顺义区医院 检验科"]);
  });

  it("reads the body whose unit's office (所) stands between it and the title (…疾病预防控制中心传染病防治所副所长郝文静)", () => {
    expect(show("丰台区疾病预防控制中心传染病防治所副所长郝文静介绍。", "WORKS_AT")).toEqual(["郝文静>丰台区疾病预防控制中心"]);
  });

  it("gives a table's money from the unit the paragraph over its section's heading pays it out of (…安排我旗京蒙协作资金 / 一、项目计划明细)", () => {
    const text = "翁牛特旗项目计划公示\n\n2024年北京市通州区安排我旗京蒙协作资金1.26亿元，其中拟用于饲草料产业项目2个。\n\n一、项目计划明细\n\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位\n1 | 全株青贮玉米种植基地建设项目 | 乌丹镇 | 620 | 乌丹镇人民政府\n2 | 青贮窖池及储草棚建设项目 | 梧桐花镇东沙布台村 | 380 | 梧桐花镇人民政府\n";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["通州区>乌丹镇", "通州区>东沙布台村"]));
  });

  it("gives each of two sums said 分别 to its own, a sentence opening with 向 given by the report's organisation", () => {
    const text = "北京市丰台区总工会2023年京蒙协作工作总结\n\n向四子王旗总工会、林西县总工会分别拨付帮扶资金80万元和50万元，用于困难职工生活救助。";
    const { rels, name } = relations(text);
    expect(rels.filter((r) => r.type === "FUNDED").map((r) => `${name(r.source)}>${name(r.target)} ${r.props["amountYuan"]}`)).toEqual(["北京市丰台区总工会>四子王旗总工会 800000", "北京市丰台区总工会>林西县总工会 500000"]);
  });

  it("posts the leader and members named later of the one team an article sends where it serves (医疗队由…杨建华带队, 医疗队员、…范丽君)", () => {
    const text = "昌平医疗队进驻绍根镇\n3月25日，由北京市昌平区中西医结合医院10名医务人员组成的京蒙协作医疗队抵达赤峰市阿鲁科尔沁旗，入驻绍根镇中心卫生院，开展为期3个月的驻点帮扶。\n\n医疗队由昌平区中西医结合医院副院长杨建华带队，成员涵盖内科、外科等专业。\n\n“过去孩子发烧咳嗽，家长大多直接往天山镇跑。”医疗队员、儿科主治医师范丽君说。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["杨建华>绍根镇中心卫生院", "范丽君>绍根镇中心卫生院"]);
  });

  it("posts one said to be (作为) an expert of the kind in another clause, quotes and a batch between (作为第三批“组团式”医疗帮扶专家)", () => {
    const text = "北京积水潭医院骨科副主任医师刘海涛，作为第三批“组团式”医疗帮扶专家，近日到苏尼特右旗人民医院挂职副院长，帮扶期一年。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海涛>苏尼特右旗人民医院"]);
  });
  it("gives a gift from the body its sentence opens with, not one a list before named, nor an ordinary word its name holds (出版 of 北京出版集团)", () => {
    const text = "表1 捐赠情况\n序号 | 捐赠单位 | 受援旗县 | 折合金额（万元）\n1 | 北京出版集团 | 赤峰市阿鲁科尔沁旗 | 120\n2 | 中华书局 | 乌兰察布市察哈尔右翼前旗 | 30\n(三)院校结对共建专业。北京印刷学院与锡林郭勒职业学院结成对口帮扶关系，共建出版与数字印刷技术专业，向锡林郭勒职业学院捐赠数字印刷实训设备，价值150万元。";
    expect(show(text, "FUNDED")).toContain("北京印刷学院>锡林郭勒职业学院");
    expect(show(text, "FUNDED")).not.toContain("北京出版集团>锡林郭勒职业学院");
  });
});

describe("the sixty-fourth stop's batch", () => {
  it("places a grid's local company in the place after the grid's name (国网巴林左旗供电公司, 国网北京顺义供电公司)", () => {
    expect(show("国网巴林左旗供电公司与国网北京顺义供电公司签订结对帮扶协议。", "LOCATED_IN")).toEqual(["国网巴林左旗供电公司>巴林左旗", "国网北京顺义供电公司>顺义区"]);
  });
  it("pairs two companies each side's, plainly paired (…供电公司与…供电公司签订结对帮扶协议, 结成帮扶对子)", () => {
    expect(show("国网北京顺义供电公司与国网巴林左旗供电公司签订结对帮扶协议。", "PAIRED_WITH")).toEqual(["国网北京顺义供电公司>国网巴林左旗供电公司"]);
    expect(show("北京农村商业银行通州支行与内蒙古翁牛特农村商业银行股份有限公司结成帮扶对子。", "PAIRED_WITH")).toEqual(["北京农村商业银行通州支行>内蒙古翁牛特农村商业银行股份有限公司"]);
  });
  it("pairs the helper named after the one it helps where a plan to use its money opens the clause (拟使用结对帮扶我旗的北京市丰台区…资金)", () => {
    const text = "四子王旗乡村振兴局关于项目实施计划的公示\n经研究，拟使用结对帮扶我旗的北京市丰台区2024年京蒙协作援助资金1655万元，实施金融帮扶项目6个。";
    expect(show(text, "PAIRED_WITH")).toEqual(["丰台区>四子王旗"]);
  });
  it("posts one who helps a body for a stated term, the help's kind running long (开展为期两周的职业病诊断帮扶)", () => {
    const text = "北京市职业病防治研究院主任医师王振华带领专家组赴乌兰察布市中心医院开展为期两周的职业病诊断帮扶。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["王振华>乌兰察布市中心医院"]);
  });
});

describe("the sixty-fourth stop's second batch", () => {
  it("pairs the helper another's guidance shares the 下 with, not the league in that other's name (在北京市石景山区的对口帮扶和呼伦贝尔市人社局的指导下)", () => {
    const text = "莫力达瓦达斡尔族自治旗人力资源和社会保障局工作报告\n我旗是呼伦贝尔市劳动力转移就业大旗。2024年上半年，在北京市石景山区的对口帮扶和呼伦贝尔市人力资源和社会保障局的指导下，我局坚持以京蒙协作为平台。";
    expect(show(text, "PAIRED_WITH")).toEqual(["石景山区>莫力达瓦达斡尔族自治旗"]);
  });
  it("pairs a district with each of the partners listed before what it is to them (作为兴安盟科右中旗、扎赉特旗的结对帮扶区)", () => {
    expect(show("北京市朝阳区作为兴安盟科右中旗、扎赉特旗的结对帮扶区，持续加大投入。", "PAIRED_WITH")).toEqual(["朝阳区>科尔沁右翼中旗", "朝阳区>扎赉特旗"]);
  });
  it("places enterprises listed before 等 and a district's enterprises there (…等昌平区企业)", () => {
    expect(show("已有32名毕业生进入北京昌骏汽车服务有限公司、北京京北汽车修理有限公司等昌平区企业工作。", "LOCATED_IN")).toEqual(["北京昌骏汽车服务有限公司>昌平区", "北京京北汽车修理有限公司>昌平区"]);
  });
  it("reads a school's course holding 与 before the title as no break between the workplace and the person (汽车运用与维修专业教研组长陈国栋)", () => {
    expect(show("北京市昌平职业学校来了。昌平职业学校汽车运用与维修专业教研组长陈国栋说。", "WORKS_AT")).toEqual(["陈国栋>北京市昌平职业学校"]);
  });
  it("gives nothing for a signing table's orders and reads its rows of building as investments (蒙古袍订制订单, 投资建设)", () => {
    const text = "京蒙协作产销对接会在京举办\n现场签约项目一览\n序号 | 北京方 | 内蒙古方 | 所在旗县 | 签约内容 | 金额（万元）\n1 | 北京云裳坊服饰设计有限公司 | 四子王旗格日勒图民族服饰有限公司 | 四子王旗 | 蒙古袍及文创服饰采购订单 | 320\n2 | 北京燕京皮具有限公司 | 库伦旗人民政府 | 库伦旗 | 投资建设皮具生产基地（二期） | 2500\n3 | 北京昌盛绒毛制品有限公司 | 阿拉腾毛纺专业合作社 | 太仆寺旗 | 羊毛纱线年度采购协议 | 120\n";
    expect(show(text, "FUNDED")).toEqual([]);
    expect(show(text, "INVESTED_IN")).toEqual(["北京燕京皮具有限公司>库伦旗"]);
  });
});

describe("the sixty-fourth stop's third batch", () => {
  it("posts one who helps a body for a term, a school's term too, or teaches or serves for a stated term (帮扶一学期, 为期一周的…带教, 为期三个月的技术服务)", () => {
    expect(show("北京市房山区良乡医院儿科主任刘红梅今年45岁。她此次将在库伦旗人民医院帮扶一学期。", "ASSIGNED_TO")).toEqual(["刘红梅>库伦旗人民医院"]);
    expect(show("北京地坛医院感染科主任医师陈晓梅在太仆寺旗医院开展了为期一周的布病规范化诊疗带教。", "ASSIGNED_TO")).toEqual(["陈晓梅>太仆寺旗医院"]);
    expect(show("北京市水利规划设计研究院派出专家郑国栋到喀喇沁旗，提供为期三个月的技术服务。", "ASSIGNED_TO")).toEqual(["郑国栋>喀喇沁旗"]);
  });
  it("posts to a Beijing body one the sentence says goes to Beijing for it, no workplace of theirs read (赴京挂职干部)", () => {
    const text = "——记科右前旗赴京挂职干部萨仁高娃\n早上8点，北京市海淀区文化和旅游局的办公楼里，萨仁高娃已经坐在电脑前。这位来自兴安盟科右前旗的蒙古族干部，是科尔沁右翼前旗文化旅游体育局副局长。2023年3月，她作为科右前旗首批赴京挂职干部，到海淀区文化和旅游局挂职一年。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["萨仁高娃>北京市海淀区文化和旅游局"]);
  });
  it("reads the post one is said to hold now, later in the sentence, no one else named between (…之一，如今已是…的一名机电维修技师)", () => {
    expect(show("来自阿鲁科尔沁旗绍根镇的苏日娜是首批赴京实习的学生之一，如今已是北京京北汽车修理有限公司的一名机电维修技师。", "WORKS_AT")).toEqual(["苏日娜>北京京北汽车修理有限公司"]);
  });
  it("reads a post introduced by 是 after a department holding 与 (呼吸与危重症医学科主任)", () => {
    expect(show("宋建国是北京市房山区第一医院呼吸与危重症医学科主任、主任医师。", "WORKS_AT")).toEqual(["宋建国>北京市房山区第一医院"]);
  });
  it("gives no grant of a total of investments agreed (协议投资总额36.8亿元)", () => {
    expect(show("朝阳区帮扶科右中旗。通辽市、兴安盟现场推介盐碱地综合利用资源和招商项目，12个项目现场签约，协议投资总额36.8亿元。", "FUNDED")).toEqual([]);
  });
  it("reads no settling in a flight's landing (航线每周3班，落地后驱车…)", () => {
    expect(show("北京环宇假期国际旅行社有限公司组织的首批旅游包机在阿尔山市落地后，游客直接前往景区。", "INVESTED_IN")).toEqual([]);
  });
  it("keeps an investing row that names orders among its notes (投资协议 | 订单种植带动农户3000户)", () => {
    const text = "海淀区招商引资项目表\n序号 |项目名称|投资企业|落地旗县|结对区| 投资额（亿元） |签约形式|备注\n6 |杂粮杂豆精深加工项目|北京海科谷丰食品有限公司|敖汉旗|海淀区| 2.3 |投资协议|订单种植带动农户3000户\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京海科谷丰食品有限公司>敖汉旗"]);
  });
});

describe("the sixty-fifth stop's batch", () => {
  it("places a democratic party's committee in its unit, and its chair at it (农工党丰台区委主委马丽君)", () => {
    const text = "农工党丰台区委主委马丽君带队到四子王旗人民医院调研。九三学社密云区工委组织专家。";
    expect(show(text, "LOCATED_IN")).toEqual(["农工党丰台区委>丰台区", "四子王旗人民医院>四子王旗", "九三学社密云区工委>密云区"]);
    expect(show(text, "WORKS_AT")).toEqual(["马丽君>农工党丰台区委"]);
  });
  it("gives each row's sum to its applicant (申报主体), its head (负责人) working there", () => {
    const text = "2024年，通州区安排京蒙协作资金120万元，设立翁牛特旗青年创业扶持专项资金。以下项目扶持资金均从通州区京蒙协作资金中列支，现予以公示。\n序号|项目名称|申报主体|负责人|实施地点|扶持金额（万元）\n1|肉羊标准化养殖扩繁|翁牛特旗绿原牧业专业合作社|包海龙|乌丹镇|18\n2|小米精深加工及电商销售|翁牛特旗金谷源农业发展有限公司|张晓宇|梧桐花镇|16\n";
    expect(show(text, "FUNDED")).toEqual(["通州区>翁牛特旗", "通州区>翁牛特旗绿原牧业专业合作社", "通州区>翁牛特旗金谷源农业发展有限公司"]);
    expect([...new Set(show(text, "WORKS_AT"))]).toEqual(["包海龙>翁牛特旗绿原牧业专业合作社", "张晓宇>翁牛特旗金谷源农业发展有限公司"]);
  });
  it("gives a table's programme money from the district, not the enterprise paired, and reads the enterprise's own column as its investment", () => {
    const text = "根据京蒙协作工作安排，北京市通州区对口帮扶赤峰市翁牛特旗。\n翁牛特旗2024年京蒙协作“万企兴万村”结对项目计划表\n序号|项目名称|实施地点|结对企业|京蒙协作资金(万元)|企业投资(万元)|联农带农方式\n1|肉牛托管养殖项目|乌丹镇新井村|北京潞通牧业发展有限公司|300|1200|托管分红\n";
    expect(show(text, "FUNDED")).toEqual(["通州区>新井村"]);
    expect(show(text, "INVESTED_IN")).toEqual(["北京潞通牧业发展有限公司>新井村"]);
    // (Their own help is theirs: 结对企业 | … | 帮扶资金（万元）.)
    const own = "根据北京市海淀区与我旗结对帮扶工作安排，现将海淀区民营企业与我旗嘎查村结对帮扶项目情况公示如下。\n敖汉旗2023年度村企结对帮扶项目一览表\n序号|结对企业|结对村（嘎查）|所属乡镇（苏木）|帮扶项目|帮扶资金（万元）\n6|北京天工筑友建设工程有限公司|白塔子村|贝子府镇|村内道路硬化2.3公里|96\n";
    expect(show(own, "FUNDED")).toEqual(["北京天工筑友建设工程有限公司>白塔子村"]);
  });
  it("reads the towns a county the sentence opens with holds, after its description (四子王旗位于…，辖乌兰花镇、吉生太镇…)", () => {
    const text = "四子王旗位于乌兰察布市北部，是以牧业为主的边境旗，辖乌兰花镇、吉生太镇、江岸苏木等苏木乡镇。";
    expect(show(text, "PART_OF")).toEqual(["四子王旗>乌兰察布市", "乌兰花镇>四子王旗", "吉生太镇>四子王旗", "江岸苏木>四子王旗"]);
  });
});

describe("the sixty-fifth stop's second part of the first batch", () => {
  it("gives a table's gift to the body its project names for the row's county or village, not to the place", () => {
    const text = "2024年度“同心·京蒙”捐赠项目公示\n序号 | 项目名称 | 实施地点 | 捐赠金额（万元） | 捐赠单位\n1 | 四子王旗人民医院远程会诊中心建设 | 乌兰察布市四子王旗 | 42.8 | 北京丰益恒通科技有限公司\n2 | 巴音胡硕嘎查肉牛养殖专业合作社扩建 | 兴安盟科右前旗居力很镇巴音胡硕嘎查 | 60.0 | 北京中鼎华牧农业科技有限公司\n";
    expect(show(text, "FUNDED")).toEqual(["北京丰益恒通科技有限公司>四子王旗人民医院", "北京中鼎华牧农业科技有限公司>巴音胡硕嘎查肉牛养殖专业合作社"]);
  });
  it("gives a table's sums to the schools of its column of schools helped and their projects (受助学校及项目)", () => {
    const text = "2024年度“希望工程·京蒙圆梦”助学项目资助明细表\n序号 | 资助方 | 受助学校及项目 | 实施地点 | 资助金额（万元） | 实施单位\n1 | 共青团北京市海淀区委员会 | 科右前旗第二中学“圆梦助学金” | 兴安盟科右前旗 | 45 | 科右前旗团委\n";
    expect(show(text, "FUNDED")).toEqual(["共青团北京市海淀区委员会>科右前旗第二中学"]);
  });
  it("posts one from Beijing who takes a department's head in Inner Mongolia (周鹏任库伦旗人民医院普外科主任)", () => {
    const text = "北京市房山区第一医院托管库伦旗人民医院。其中，房山区第一医院普外科副主任医师周鹏任库伦旗人民医院普外科主任。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["周鹏>库伦旗人民医院"]);
  });
});

describe("the sixty-fifth stop's third batch", () => {
  it("gives a table's sums to the enterprise taking a technology on (承接企业), not from the one it comes from (技术来源单位)", () => {
    const text = "经开区统筹京蒙协作资金，对承接转化专利的巴林右旗企业给予奖补。\n表5-1经开区京蒙协作专利转化支持项目\n序号|转化专利(项目)|技术来源单位|承接企业|所在地|支持资金(万元)\n1|牛羊肉低温排酸冷鲜加工技术|北京华蒙生物科技有限公司|巴林右旗草原红牛业有限公司|大板镇|120\n";
    expect(show(text, "FUNDED")).toEqual(["北京经济技术开发区>巴林右旗草原红牛业有限公司"]);
  });
  it("gives a table's sums to the stations it names, its leading academicians at the bodies in brackets, the rows' counties paired with the districts beside them", () => {
    const text = "赤峰市拟认定院士专家工作站名单公示\n序号|工作站名称|依托单位|所在旗县|领衔院士（所在单位）|北京结对区|京蒙协作资金补助（万元）\n1|巴林左旗谷子种业院士专家工作站|赤峰市巴林左旗金谷种业有限公司|巴林左旗|温季衡（北京市农林科学院）|顺义区|80\n2|翁牛特旗沙地生态农业院士专家工作站|翁牛特旗海拉苏生态农业有限公司|翁牛特旗|葛兰芝（中国科学院植物研究所）|通州区|70\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>巴林左旗谷子种业院士专家工作站", "通州区>翁牛特旗沙地生态农业院士专家工作站"]);
    expect([...new Set(show(text, "WORKS_AT"))]).toEqual(["温季衡>北京市农林科学院", "葛兰芝>中国科学院植物研究所"]);
    expect(show(text, "PAIRED_WITH")).toEqual(["顺义区>巴林左旗", "通州区>翁牛特旗"]);
  });
  it("places a team named by the programme and its league there (京蒙协作呼伦贝尔工作组)", () => {
    expect(show("京蒙协作呼伦贝尔工作组联合发布。", "LOCATED_IN")).toEqual(["京蒙协作呼伦贝尔工作组>呼伦贝尔市"]);
  });
});

describe("the sixty-sixth stop's batch", () => {
  it("places no body paired across the programme on its partner's side, for standing after a town in a list of pairs", () => {
    const text = "东花市社区卫生服务中心与白狼镇卫生院、和平里社区卫生服务中心与五岔沟镇卫生院分别结成帮扶对子。";
    expect(show(text, "PAIRED_WITH")).toEqual(["东花市社区卫生服务中心>白狼镇卫生院", "和平里社区卫生服务中心>五岔沟镇卫生院"]);
    expect(show(text, "LOCATED_IN")).toEqual(["白狼镇卫生院>白狼镇", "五岔沟镇卫生院>五岔沟镇"]);
  });
  it("reads a contact named right after a section, the phone after, as of the body (…基层卫生健康处杨帆010-83970512)", () => {
    expect(show("五、下一步工作\n联系人:北京市卫生健康委员会基层卫生健康处杨帆010-83970512", "WORKS_AT")).toEqual(["杨帆>北京市卫生健康委员会"]);
  });
  it("gives a table's sum from the district, not from a firm its column of how farmers gain names (联农带农机制 | 出租给北京…有限公司运营)", () => {
    const text = "2024年，北京市房山区安排库伦旗京蒙协作资金6850万元。房山区自2021年起对口帮扶通辽市库伦旗。\n项目计划如下：\n\n序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位|联农带农机制\n1|库伦旗饲草料加工厂建设项目|库伦镇|1200|库伦旗农牧局|建成后资产归属库伦镇8个嘎查村\n2|宠物食品原料预处理车间建设项目|扣河子镇|850|库伦旗工业和信息化局|出租给北京派多格宠物食品有限公司运营，吸纳农牧民就业60人以上\n";
    expect(show(text, "FUNDED")).toContain("房山区>扣河子镇");
    expect(show(text, "FUNDED").filter((f) => f.startsWith("北京派多格"))).toEqual([]);
  });
});

describe("the sixty-sixth stop's second batch", () => {
  it("posts each row of a table of cadres to its 挂职学校 column's school, the kind 挂职", () => {
    const text = "表1 2023—2024学年房山区赴库伦旗挂职校级干部情况\n序号|姓名|派出学校|挂职学校|挂职职务\n1|李秀梅|北京市房山区良乡中学|库伦旗第一中学|副校长\n2|黄志强|北京市房山区周口店中学|库伦旗第二中学|副校长\n";
    const { rels, name } = relations(text);
    const posted = rels.filter((r) => r.type === "ASSIGNED_TO").map((r) => `${name(r.source)}>${name(r.target)}:${String(r.props["kind"])}`);
    expect(posted).toEqual(["李秀梅>库伦旗第一中学:挂职", "黄志强>库伦旗第二中学:挂职"]);
  });
});

describe("the sixty-seventh stop's batch", () => {
  it("reads each of a list of investors where they build, each at its own sum (A投资1.2亿元、B投资8600万元，分别在四子王旗建设…)", () => {
    const text = "北京金丰园薯业科技有限公司投资1.2亿元、北京汇康达药业有限公司投资8600万元，分别在四子王旗建设马铃薯全粉加工和蒙中药材初加工项目，均已建成投产。";
    const { rels, name } = relations(text);
    const invested = rels.filter((r) => r.type === "INVESTED_IN").map((r) => `${name(r.source)}>${name(r.target)}:${String(r.props["amountYuan"])}`);
    expect(invested).toEqual(["北京金丰园薯业科技有限公司>四子王旗:120000000", "北京汇康达药业有限公司>四子王旗:86000000"]);
  });
  it("reads a firm's project started at a park named after its places as its investment there (…项目在赤峰市阿鲁科尔沁旗天山镇京蒙协作产业园开工建设)", () => {
    expect(show("5月8日，北京牧丰源草业科技有限公司年产20万吨饲草料加工项目在赤峰市阿鲁科尔沁旗天山镇京蒙协作产业园开工建设。", "INVESTED_IN")).toContain("北京牧丰源草业科技有限公司>天山镇");
  });
  it("reads a table of firms' planned investments beside the town each lands in (企业名称 | … | 计划投资（亿元） | 落地镇)", () => {
    const text = "表2　2024年京蒙协作招商引资签约项目表\n\n序号|企业名称|项目名称|计划投资（亿元）|落地镇\n1|北京燕房新材料科技有限公司|沙柳生物质颗粒加工项目|2.3|额勒顺镇\n2|北京良乡鑫源食品有限公司|肉牛屠宰及牛肉精深加工项目|1.6|库伦镇\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京燕房新材料科技有限公司>额勒顺镇", "北京良乡鑫源食品有限公司>库伦镇"]);
  });
});
describe("the sixty-seventh stop's second batch", () => {
  it("settles the firms a sentence listed investing where their projects settle together (…，两个项目均落户巴林右旗京蒙协作产业园)", () => {
    const text = "其中，北京亦辰智能装备有限公司投资8亿元建设风电塔筒生产基地，北京博泰康生物医药有限公司投资3.5亿元建设中蒙药原料提取车间，两个项目均落户巴林右旗京蒙协作产业园。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京亦辰智能装备有限公司>巴林右旗", "北京博泰康生物医药有限公司>巴林右旗"]);
  });
});

describe("the sixty-eighth stop's first batch", () => {
  const table = "为深入落实北京市海淀区与兴安盟科尔沁右翼前旗东西部协作结对帮扶协议，拟对以下2个返乡创业项目给予扶持，使用海淀区京蒙协作返乡创业扶持资金共计35万元。现将本年度拟扶持项目公示如下：\n\n序号 | 项目名称 | 实施地点 | 扶持资金（万元） | 创业主体 | 负责人\n1 | 肉牛标准化养殖扩建 | 居力很镇巴音嘎查 | 20 | 科右前旗巴音牧业专业合作社 | 额尔敦\n2 | 稻米电商直播销售 | 大坝沟镇 | 15 | 科右前旗稻香归来电子商务有限公司 | 李明阳\n";
  it("gives a row's money to its start-up (创业主体), not its place, and its person in charge (负责人) works there", () => {
    // (The sentence's sum the banner's.)
    expect(show(table, "FUNDED")).toEqual(["海淀区>科尔沁右翼前旗", "海淀区>科右前旗巴音牧业专业合作社", "海淀区>科右前旗稻香归来电子商务有限公司"]);
    expect(show(table, "WORKS_AT")).toEqual(["额尔敦>科右前旗巴音牧业专业合作社", "李明阳>科右前旗稻香归来电子商务有限公司"]);
  });
  it("reads a news site's reporter in its credit as its staff, its stringer not ((人民网记者 赵明 通讯员 哈斯))", () => {
    expect(show("北京市丰台区向四子王旗捐赠设备。\n(人民网记者 赵明 通讯员 哈斯)\n", "WORKS_AT")).toEqual(["赵明>人民网"]);
  });
});

describe("the sixty-eighth stop's second batch", () => {
  it("pairs a society with its partner society, a school with a centre of teachers' training, and two communities that became friends", () => {
    expect(show("北京市昌平区畜牧兽医学会与太仆寺旗畜牧兽医协会签订合作协议，结成帮扶对子。", "PAIRED_WITH")).toEqual(["北京市昌平区畜牧兽医学会>太仆寺旗畜牧兽医协会"]);
    expect(show("北京市房山区教师进修学校与通辽市库伦旗教师发展中心结对帮扶签约仪式在库伦旗举行。", "PAIRED_WITH")).toEqual(["北京市房山区教师进修学校>通辽市库伦旗教师发展中心"]);
    expect(show("港馨家园社区与林东镇西城社区结为“友好社区”。", "PAIRED_WITH")).toEqual(["港馨家园社区>西城社区"]);
  });
  it("pairs two hospitals whose help is named as theirs (…与北京丰台医院的医疗帮扶合作), Beijing's first", () => {
    expect(show("四子王旗人民医院与北京丰台医院的医疗帮扶合作也在持续开展中。", "PAIRED_WITH")).toEqual(["北京丰台医院>四子王旗人民医院"]);
  });
});

describe("the sixty-eighth stop's third batch", () => {
  it("reads a table's firm of lawyers headed 北京律师事务所 as the home of its row's counsel", () => {
    const table = "序号 | 北京律师事务所 | 结对嘎查村 | 所属苏木乡镇 | 法律顾问 | 服务方式\n1 | 北京市仁和律师事务所 | 后兴隆地村 | 林东镇 | 孙建华 | 驻村+线上\n";
    expect(show(table, "WORKS_AT")).toEqual(["孙建华>北京市仁和律师事务所"]);
  });
});

describe("the sixty-ninth stop's first batch", () => {
  it("gives a sum to the body the sentence opens with and says lies somewhere, built by the giver (…中心位于林东镇，由顺义区投入…援建)", () => {
    const text = "巴林左旗电子商务公共服务中心位于林东镇，由顺义区投入京蒙协作资金680万元援建，2022年6月建成投用。";
    expect(show(text, "FUNDED")).toEqual(["顺义区>巴林左旗电子商务公共服务中心"]);
  });
  it("takes no body of a table's column of Beijing's supporters for the giver of the programme's money (北京方支持单位)", () => {
    const text = "海淀区对口帮扶科右前旗。\n序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） | 实施单位 | 北京方支持单位\n" +
      "1 | 乌兰牧骑演艺设备更新项目 | 科尔沁镇 | 180 | 科右前旗乌兰牧骑 | 北京市海淀区文化馆\n";
    expect(show(text, "FUNDED")).toEqual(["海淀区>科尔沁镇"]);
  });
  it("reads a table's column of where its experts are stationed as their posting (驻点单位)", () => {
    const table = "序号 | 姓名 | 派出单位 | 专业 | 驻点单位 | 驻点时间\n1 | 赵立平 | 北京丰台医院 | 泌尿外科 | 四子王旗人民医院 | 2024年3月—2024年8月\n";
    expect(show(table, "ASSIGNED_TO")).toEqual(["赵立平>四子王旗人民医院"]);
  });
});

describe("the seventieth stop's first batch", () => {
  // (Two readings may find the same relationship; the graph keeps one.)
  const once = (text: string, type: string) => [...new Set(show(text, type))];
  it("pairs two matched as one (东城区和化德县配成对子) and one whose help to the other a clause tells of (丰台区对林西县的帮扶也包括…)", () => {
    expect(show("东城区和化德县配成对子以后，双方往来频繁。", "PAIRED_WITH")).toEqual(["东城区>化德县"]);
    expect(show("丰台区对林西县的帮扶也包括教育和医疗。", "PAIRED_WITH")).toEqual(["丰台区>林西县"]);
    expect(show("北京市对林西县的帮扶也包括教育和医疗。", "PAIRED_WITH")).toEqual([]);
  });
  it("pairs the two troupes 这两支队伍 stands for, named in the sentence before (…乌兰牧骑和北京丰台评剧团合演…。去年，这两支队伍结成了对子)", () => {
    const text = "当晚，林西县乌兰牧骑和北京丰台评剧团合演了一台晚会。去年，这两支队伍结成了“手拉手”对子，乌兰牧骑的年轻演员到北京学习。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京丰台评剧团>林西县乌兰牧骑"]);
  });
  it("reads a back-translation's words for 医疗帮扶 and 支教 as those postings (进行为期半年的医疗帮助, 进行支持教学)", () => {
    expect(show("北京市顺义区中医医院派遣康复科医生郑海波在巴林左旗医院进行为期半年的医疗帮助。", "ASSIGNED_TO")).toEqual(["郑海波>巴林左旗医院"]);
    expect(show("在化德县第一中学，来自北京市东城区和平里第二中学的化学老师刘雅婷进行支持教学。", "ASSIGNED_TO")).toEqual(["刘雅婷>化德县第一中学"]);
  });
  it("reads 院 after 来 as the hospital of Inner Mongolia named before (…主治医师杜宏来院开展为期3个月的医疗帮扶)", () => {
    const text = "北京顺义潮白河医院与巴林左旗人民医院结对帮扶。潮白河医院麻醉科主治医师杜宏来院开展为期3个月的医疗帮扶，规范了手术麻醉流程。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["杜宏>巴林左旗人民医院"]);
  });
  it("gives the programme's money of a table of bodies paired from the district in focus, not from each row's pair, to each row's body (经营主体名称 | … | 北京结对帮扶单位)", () => {
    const text = "北京市顺义区与科左中旗持续深化结对帮扶。\n\n认定名单\n\n序号 | 经营主体名称 | 所在苏木镇、嘎查村 | 使用京蒙协作资金（万元） | 北京结对帮扶单位\n" +
      "1 | 科左中旗丰谷源面业有限公司 | 保康镇哈日乌苏嘎查 | 180 | 北京顺天汇丰商贸有限公司\n2 | 科左中旗蒙乡缘食品有限公司 | 花吐古拉镇胜利村 | 60 | 顺义区李桥镇英各庄村\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>科左中旗丰谷源面业有限公司", "顺义区>科左中旗蒙乡缘食品有限公司"]);
  });
  it("puts a contact at the body in brackets after the name, not at the signer; an office inside a body in brackets leaves the signer", () => {
    const signed = (line: string) => `联系人：李佳琪（太仆寺旗乡村振兴局）　　联系电话：0479-5222316\n${line}　　联系电话：0479-5223087\n\n太仆寺旗乡村振兴局\n2024年3月20日`;
    expect(once(signed("联系人：高娃（太仆寺旗卫生健康委员会）"), "WORKS_AT")).toEqual(["李佳琪>太仆寺旗乡村振兴局", "高娃>太仆寺旗卫生健康委员会"]);
    expect(show(signed("联系人：高娃（旗卫生健康委员会项目办）"), "WORKS_AT")).toContain("高娃>太仆寺旗乡村振兴局");
  });
  it("puts a second contact on a line of its own at the body its brackets name, not at the body on the line above", () => {
    const text = "联系人：陈晓燕（赤峰市卫生健康委员会医政医管科科长）　联系电话：0476-8336215\n　　　　朝鲁门（赤峰市乡村振兴局东西部协作科副科长）　联系电话：0476-8827340\n\n赤峰市卫生健康委员会\n2024年3月18日";
    expect(once(text, "WORKS_AT")).toEqual(["陈晓燕>赤峰市卫生健康委员会", "朝鲁门>赤峰市乡村振兴局"]);
  });
  it("puts an outlet's correspondents at it where its name runs into their label, and a reporter after a quoted paper's name at the paper", () => {
    expect(once("库伦旗融媒体中心通讯员　萨如拉　王海峰\n\n正文。", "WORKS_AT")).toEqual(["萨如拉>库伦旗融媒体中心", "王海峰>库伦旗融媒体中心"]);
    expect(show("口述　孟凡超　　整理　《北京西城报》记者　杜娟\n\n正文。", "WORKS_AT")).toEqual(["杜娟>北京西城报"]);
  });
  it("takes a column of Beijing's supporters for the giver where the money's column names none of the programme's, but not under a note naming the district's", () => {
    const table = "序号 | 项目名称 | 实施地点 | 资金规模（万元） | 北京方支持单位\n1 | 便携式电子胃镜配置 | 察右前旗平地泉镇 | 48 | 北京大兴区人民医院\n";
    expect(show(plainTables(`大兴区与察右前旗结对。\n${table}`), "FUNDED")).toEqual(["北京大兴区人民医院>平地泉镇"]);
    expect(show(plainTables(`大兴区与察右前旗结对。\n${table}\n注：1．以上项目资金均为大兴区2024年京蒙协作财政援助资金。`), "FUNDED")).toEqual(["大兴区>平地泉镇"]);
  });
  it("gives each row's money from the district paired with the county of its place, where the article pairs several", () => {
    const text = "根据北京市大兴区与察哈尔右翼前旗、北京市东城区与化德县的结对帮扶安排，拟安排项目如下：\n序号 | 项目名称 | 实施单位 | 实施地点 | 京蒙协作资金（万元）\n" +
      "1 | 消化内镜中心设备购置 | 察哈尔右翼前旗人民医院 | 察右前旗 | 320\n2 | 无痛胃肠镜诊疗室建设 | 化德县医院 | 化德县 | 185\n";
    expect(show(plainTables(text), "FUNDED")).toEqual(expect.arrayContaining(["大兴区>察哈尔右翼前旗人民医院", "东城区>化德县医院"]));
    expect(show(plainTables(text), "FUNDED")).not.toContain("东城区>察哈尔右翼前旗人民医院");
  });
  it("reads a list whose columns a caption names in brackets as a table of postings (…人员安排（序号、姓名、派出单位及职务、派驻单位、帮扶方式、期限）)", () => {
    const text = "二、帮扶人员安排（序号、姓名、派出单位及职务、派驻单位、帮扶方式、期限）\n1、苏晓明、北京大兴区人民医院消化内科主治医师、察哈尔右翼前旗人民医院、医疗帮扶、6个月\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["苏晓明>北京大兴区人民医院"]);
    expect(show(plainTables(text), "ASSIGNED_TO")).toEqual(["苏晓明>察哈尔右翼前旗人民医院"]);
  });
});

describe("the seventy-first stop's first batch", () => {
  it("reads a column of villages right after a column of where each body is as the same place, to its most specific (所在苏木镇 | 嘎查村)", () => {
    const text = "序号 | 工坊名称 | 所在苏木镇 | 嘎查村 | 负责人\n1 | 保康镇新艾里毡艺非遗工坊 | 保康镇 | 新艾里嘎查 | 乌云娜\n";
    expect(show(plainTables(text), "LOCATED_IN")).toContain("保康镇新艾里毡艺非遗工坊>新艾里嘎查");
  });
  it("puts a row's person in charge at the body the row names first (工坊名称 | … | 运营主体 | 负责人)", () => {
    const text = "序号 | 工坊名称 | 所在苏木镇 | 嘎查村 | 运营主体 | 负责人 | 带动就业（人）\n1 | 保康镇新艾里毡艺非遗工坊 | 保康镇 | 新艾里嘎查 | 科左中旗新艾里毛毡手工艺专业合作社 | 乌云娜 | 58\n" +
      "2 | 宝龙山镇哈日淖尔毡绣工坊 | 宝龙山镇 | 哈日淖尔嘎查 | 通辽市哈日淖尔民族手工艺品有限公司 | 白玉兰 | 46\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["乌云娜>保康镇新艾里毡艺非遗工坊", "白玉兰>宝龙山镇哈日淖尔毡绣工坊"]);
  });
  it("pairs two names a pairing's word qualifies together (结对帮扶的北京市海淀区与赤峰市敖汉旗把…列为…重点)", () => {
    expect(show("2024年，结对帮扶的北京市海淀区与赤峰市敖汉旗把糜子产业列为东西部协作重点。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
  });
  it("pairs a banner opening the sentence with the district it is said after 是 to be paired with (喀喇沁旗地处燕山北麓，是西城区的结对帮扶旗)", () => {
    expect(show("赤峰市喀喇沁旗地处燕山北麓，是北京市西城区的结对帮扶旗。", "PAIRED_WITH")).toEqual(["西城区>喀喇沁旗"]);
  });
  it("posts each teacher to the school a column of 支教（挂职）单位 gives", () => {
    const text = "序号 | 姓名 | 派出单位 | 支教（挂职）单位\n1 | 陈雪梅 | 北京市密云区第二中学 | 库伦旗第二中学\n2 | 周立群 | 北京市密云区教育委员会 | 库伦旗教育体育局\n";
    expect(show(plainTables(text), "ASSIGNED_TO")).toEqual(["陈雪梅>库伦旗第二中学", "周立群>库伦旗教育体育局"]);
  });
  it("puts a village's liaison of a table at the village the row gives, and pairs the village with the supporter beside it (村（社区） | 结对帮扶单位 | 反诈宣传联络员)", () => {
    const text = "石景山区与宁城县结对帮扶。\n序号 | 乡镇 | 村（社区） | 结对帮扶单位 | 反诈宣传联络员\n1 | 天义镇 | 富强社区 | 石景山区八角街道八角北路社区 | 李红梅\n2 | 八里罕镇 | 八里罕村 | 北京银行石景山支行 | 张国庆\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["李红梅>富强社区", "张国庆>八里罕村"]);
    expect(show(plainTables(text), "PAIRED_WITH")).toEqual(expect.arrayContaining(["八角北路社区>富强社区", "北京银行石景山支行>八里罕村"]));
  });
  it("gives a shop's row money to the shop, not to the body that trained its keeper, and places it in its village, not also its town", () => {
    const text = "昌平区对口帮扶太仆寺旗。\n序号 | 店铺名称 | 经营者 | 所在苏木乡镇 | 所在嘎查村（社区） | 参训机构 | 扶持金额（元）\n" +
      "1 | 丽人美发店 | 王桂兰 | 宝昌镇 | 东门社区 | 北京市昌平区华艺美容美发职业技能培训学校 | 20000\n2 | 秀发坊 | 李秀英 | 红旗镇 | 红旗村 | 太仆寺旗职业教育中心 | 10000\n";
    expect(show(plainTables(text), "FUNDED")).toContain("昌平区>丽人美发店");
    expect(show(plainTables(text), "FUNDED")).not.toContain("昌平区>太仆寺旗职业教育中心");
    expect(show(plainTables(text), "LOCATED_IN").filter((r) => r.startsWith("丽人美发店"))).toEqual(["丽人美发店>东门社区"]);
    expect(show(plainTables(text), "WORKS_AT")).toContain("王桂兰>丽人美发店");
  });
  it("pairs a banner with the helper whose pairing it draws on (太仆寺旗依托北京市昌平区对口帮扶优势), and one said to be another of a district's partners", () => {
    expect(show("今年以来，锡林郭勒盟太仆寺旗依托北京市昌平区对口帮扶优势，在宝昌镇建设数据标注基地。", "PAIRED_WITH")).toEqual(["昌平区>太仆寺旗"]);
    expect(show("乌兰察布市化德县是东城区的另外一个结对县。", "PAIRED_WITH")).toEqual(["东城区>化德县"]);
  });
  it("puts one taken on as a worker (被…聘为线路巡检员) and one doing a job after 在 and 当 alone (在…公司当客服组长) at the firm", () => {
    expect(show("黄旗海镇脱贫户刘俊平取证后被乌兰察布恒源电力工程有限公司聘为线路巡检员。", "WORKS_AT")).toContain("刘俊平>乌兰察布恒源电力工程有限公司");
    expect(show("林俗村村民萨仁高娃在北京京华畅达客户服务有限公司当客服组长。", "WORKS_AT")).toContain("萨仁高娃>北京京华畅达客户服务有限公司");
  });
  it("pairs two said to be each other's partners in pairing (东成区和华德县是京蒙协作里面对口帮扶的伙伴)", () => {
    expect(show("东城区和华德县是京蒙协作里面对口帮扶的伙伴。", "PAIRED_WITH")).toEqual(["东城区>化德县"]);
  });
  it("reads 我院 of a body's own report its title names as that body (敖汉旗人民法院工作专报 … 北京市海淀区人民法院与我院…结对)", () => {
    expect(show("敖汉旗人民法院工作专报\n\n北京市海淀区人民法院与我院签订结对共建协议。", "PAIRED_WITH")).toEqual(["北京市海淀区人民法院>敖汉旗人民法院"]);
  });
  it("posts a cadre to the body whose Party group seat and post he takes, not the banner he came to (挂任巴林左旗人民法院党组成员、副院长)", () => {
    expect(show("刘振宇作为京蒙协作挂职干部来到巴林左旗，挂任巴林左旗人民法院党组成员、副院长。", "ASSIGNED_TO")).toEqual(["刘振宇>巴林左旗人民法院"]);
  });
  it("pairs the helper under whose 结对帮扶 the banner after it goes on (在北京市昌平区的结对帮扶下，阿旗…)", () => {
    expect(show("在北京市昌平区的结对帮扶下，阿鲁科尔沁旗糜子产业快速发展。", "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗"]);
  });
});

describe("the seventy-second stop's first batch", () => {
  it("takes a firm's short name by its brand before a trade of knitting (卓雅公司 is 北京卓雅针织服饰有限公司)", () => {
    const text = "北京卓雅针织服饰有限公司董事长陈卫东来林西看看。2023年3月，卓雅公司正式落户林西镇。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京卓雅针织服饰有限公司>林西镇"]);
  });
  it("settles a firm the sentence opened with in the places a clause of 在 gives (…投资1500万元，在科右前旗归流河镇落户)", () => {
    const rels = show("北京星途地理信息有限公司投资1500万元，在兴安盟科右前旗归流河镇落户，建设了数据处理中心。", "LOCATED_IN");
    expect(rels).toContain("北京星途地理信息有限公司>归流河镇");
  });
  it("takes a branch named under its commission by its short form in the same article (石景山分局)", () => {
    const text = "北京市规划和自然资源委员会石景山分局与宁城县自然资源局签订结对帮扶协议。服务队队长、石景山分局不动产登记科副科长张海涛说。";
    expect(show(text, "WORKS_AT")).toEqual(["张海涛>北京市规划和自然资源委员会石景山分局"]);
  });
  it("gives a row's subsidy to the firm carrying the project out, not to its village (实施地点 | 实施主体 | … | 补助资金（万元）)", () => {
    const text = "为落实北京市通州区对口帮扶赤峰市翁牛特旗协议，补助资金从通州区京蒙协作资金中列支。\n\n序号 | 实施地点 | 实施主体 | 补助资金（万元）\n1 | 乌丹镇五星村 | 翁牛特旗五星洋葱种植专业合作社 | 48\n";
    expect(show(plainTables(text), "FUNDED")).toContain("通州区>翁牛特旗五星洋葱种植专业合作社");
    expect(show(plainTables(text), "FUNDED")).not.toContain("通州区>五星村");
  });
  it("reads no giver in a column of the firms sending orders (主要订单来源)", () => {
    const text = "顺义区援助。\n\n序号 | 车间名称 | 所在嘎查村 | 主要订单来源 | 京蒙协作资金补助（万元）\n1 | 保康镇毛衫加工帮扶车间 | 东兴嘎查 | 北京顺和织造服饰有限公司 | 45\n";
    expect(show(plainTables(text), "FUNDED").filter((r) => r.startsWith("北京顺和"))).toEqual([]);
  });
  it("puts a team's leader and its coach at the row's school (学校名称 | 领队 | 主教练)", () => {
    const text = "序号 | 组别 | 学校名称 | 领队 | 主教练\n1 | 初中男子组 | 科左中旗舍伯吐镇中心学校 | 王福林 | 乌云达来\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["王福林>科左中旗舍伯吐镇中心学校", "乌云达来>科左中旗舍伯吐镇中心学校"]);
  });
  it("reads a table whose labels and cells full-width commas part (序号，姓名，…，工作单位)", () => {
    const text = "附表2：参训体育教师名单\n\n序号，姓名，性别，工作单位，培训方式\n1，白音仓，男，敖汉旗新惠第一小学，赴京跟岗30天\n2，李海燕，女，敖汉旗新惠第一小学，赴京跟岗30天\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["白音仓>敖汉旗新惠第一小学", "李海燕>敖汉旗新惠第一小学"]);
  });
  it("posts the teacher a column of a pair's school sends (海淀区帮扶学校 | 敖汉旗受援学校 | 帮扶学校选派支教教师)", () => {
    const text = "序号 | 海淀区帮扶学校 | 敖汉旗受援学校 | 结对内容 | 帮扶学校选派支教教师\n1 | 北京市海淀区温泉镇中心小学 | 敖汉旗四家子镇中心小学 | 器材援助 | 孙晓楠\n" +
      "2 | 北京市海淀区西北旺学校 | 敖汉旗贝子府镇中心学校 | 联合训练 | 蔡文博\n";
    expect(show(plainTables(text), "ASSIGNED_TO")).toEqual(["孙晓楠>敖汉旗四家子镇中心小学", "蔡文博>敖汉旗贝子府镇中心学校"]);
  });
  it("puts those responsible for a village's vehicles in the row's village (嘎查村（社区） | … | 管护责任人)", () => {
    const text = "序号 | 镇（街道） | 嘎查村（社区） | 车辆类型 | 管护责任人\n1 | 白狼镇 | 洮儿河村 | 电动保洁车 | 刘春梅\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["刘春梅>洮儿河村"]);
  });
  it("pairs no body with the place a column says it lies in, and funds the camps a column names (营地名称 | 所在地)", () => {
    const text = "表1 太仆寺旗京蒙协作营地建设情况（单位：万元）\n\n序号 | 营地名称 | 所在地 | 其中京蒙协作资金 | 运营主体\n1 | 御马苑自驾车营地 | 千斤沟镇西井子村 | 860 | 北京京北营地运营管理有限公司\n2 | 骆驼山房车营地 | 骆驼山镇骆驼山村 | 520 | 太仆寺旗文旅投资发展有限公司\n";
    expect(show(plainTables(text), "PAIRED_WITH")).toEqual([]);
  });
  it("reads each column of names with its own column of bodies (导师姓名 | 导师单位 | … | 学员姓名 | 学员单位)", () => {
    const text = "序号 | 导师姓名 | 导师单位 | 学员姓名 | 学员单位\n1 | 赵文博 | 北京云蒙山国际旅行社有限公司 | 额尔敦毕力格 | 库伦旗博物馆\n2 | 郑丽 | 北京市密云区博物馆 | 何晓芳 | 库伦旗博物馆\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["赵文博>北京云蒙山国际旅行社有限公司", "额尔敦毕力格>库伦旗博物馆", "郑丽>北京市密云区博物馆", "何晓芳>库伦旗博物馆"]);
  });
  it("posts a planner a column names to the row's village, from the firm that designs (设计单位 | 驻点规划师 | 项目村)", () => {
    const text = "序号 | 项目村（单位） | 设计单位 | 驻点规划师 | 京蒙协作资金（万元）\n1 | 阿日班格日嘎查 | 北京京北城乡规划设计院有限公司 | 刘佳 | 260\n2 | 红星村 | 北京丰泽规划设计有限公司 | 赵明远 | 180\n";
    expect(show(plainTables(text), "ASSIGNED_TO")).toEqual(["刘佳>阿日班格日嘎查", "赵明远>红星村"]);
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["刘佳>北京京北城乡规划设计院有限公司", "赵明远>北京丰泽规划设计有限公司"]);
  });
  it("reads money of the welfare lottery as a grant (统筹…福彩公益金480万元，支持正镶白旗…)", () => {
    expect(show("2024年，大兴区民政局统筹市、区两级福彩公益金480万元，支持正镶白旗新建和改造牧区互助养老幸福院8处。", "FUNDED")).toEqual(["大兴区民政局>正镶白旗"]);
  });
  it("puts experts a column of Beijing's names at the column of who sent them, not at the row's school (学校名称 | … | 派出单位)", () => {
    const text = "序号 | 学校名称 | 北京带队专家（职称） | 派出单位\n1 | 科左中旗保康第二小学 | 李振华（骨科主任医师） | 北京市顺义区医院\n2 | 舍伯吐镇中心学校 | 高晓峰（主任医师） | 北京市顺义区中医医院\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["李振华>北京市顺义区医院", "高晓峰>北京市顺义区中医医院"]);
  });
  it("pairs a district with the partners its work is aimed at, named as such (…，聚焦结对地区察哈尔右翼前旗、正镶白旗…)", () => {
    expect(show("2023年，大兴区认真落实部署要求，聚焦结对地区乌兰察布市察哈尔右翼前旗、锡林郭勒盟正镶白旗困难家庭问题。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>正镶白旗"]);
  });
  it("reads no pair across 和 inside a title (《乌兰察布市…资金和项目管理办法》和北京市大兴区对口帮扶察右前旗…)", () => {
    expect(show("根据《乌兰察布市东西部协作资金和项目管理办法》和北京市大兴区对口帮扶察右前旗2024年度协作协议，经各乡镇申报。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗"]);
  });
  it("pairs a helper qualified as the partner with the banner helped under it (在结对帮扶的北京市大兴区大力支持下，察右前旗…)", () => {
    expect(show("2024年，在结对帮扶的北京市大兴区大力支持下，察右前旗把人居环境整治作为重点。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗"]);
  });
  it("puts a station's head a column names at the station the row names (联络站名称 | 所在乡镇 | 站长)", () => {
    const text = "序号 | 联络站名称 | 所在乡镇 | 站长\n1 | 阿里河镇京蒙协作人大代表联络站 | 阿里河镇 | 孟淑兰\n2 | 大杨树镇京蒙协作人大代表联络站 | 大杨树镇 | 关福山\n";
    expect(show(plainTables(text), "WORKS_AT")).toEqual(["孟淑兰>阿里河镇京蒙协作人大代表联络站", "关福山>大杨树镇京蒙协作人大代表联络站"]);
  });
  it("reads a list's labels after 序号 however long each is (2023年捐赠资金（万元）)", () => {
    const text = "序号、北京市大兴区结对单位、察右前旗结对单位、结对类型、2023年捐赠资金（万元）\n1、庞各庄镇、平地泉镇、镇镇结对、30\n2、魏善庄镇、玫瑰营镇、镇镇结对、20\n";
    expect(show(plainTables(text), "PAIRED_WITH")).toEqual(["庞各庄镇>平地泉镇", "魏善庄镇>玫瑰营镇"]);
  });
});

describe("relate: the seventy-third stop's first batch", () => {
  it("puts a contact at the body their line opens with, the post between (…机关幼儿园，业务园长，刘静，010-6974××××)", () => {
    const text = "联络人如下：\n北京市昌平区机关幼儿园，业务园长，刘静，010-6974××××\n北京市昌平区城北中心幼儿园，保教主任，马晓丽，010-6971××××\n";
    expect(show(text, "WORKS_AT")).toEqual(["刘静>北京市昌平区机关幼儿园", "马晓丽>北京市昌平区城北中心幼儿园"]);
  });
  it("pairs schools listed as pairs that form a community of teaching (…中学与…中学、…与…等7对学校结成教研共同体)", () => {
    const text = "北京市海淀区永定路中学与敖汉旗新惠第一中学、北京市海淀区西山实验学校与敖汉旗四家子镇中学等7对学校结成教研共同体。";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市海淀区永定路中学>敖汉旗新惠第一中学", "北京市海淀区西山实验学校>敖汉旗四家子镇中学"]);
  });
  it("posts one on 挂职 at the post written before the name, not a host's named with 与 after it, who works at their own body", () => {
    const text = "仪式上，石景山区挂职干部、宁城县副县长杨帆与宁城县教育体育局局长宝音图共同揭牌。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["杨帆>宁城县"]);
    expect(show(text, "WORKS_AT")).toEqual(["杨帆>石景山区", "宝音图>宁城县教育体育局"]);
  });
  it("places villages, and a school, a column of places with schools holds beside a column of towns (乡镇 | 村（嘎查）/学校)", () => {
    const text = plainTables("项目涉及化德县长顺镇、朝阳镇。\n序号\t乡镇\t村（嘎查）/学校\t建设内容\n1\t长顺镇\t团结村\t健身路径\n2\t朝阳镇\t新建村\t篮球架\n3\t长顺镇\t化德县第二小学\t健身器材\n");
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["团结村>长顺镇", "新建村>朝阳镇"]));
    expect(show(text, "LOCATED_IN")).toEqual(expect.arrayContaining(["化德县第二小学>长顺镇"]));
  });
  it("posts the author a note names where the note says (（作者周文博系…干部、挂职阿尔山市民政局副局长）)", () => {
    const text = "报到第二周，我下乡走访。\n（作者周文博系北京市东城区民政局干部、挂职阿尔山市民政局副局长）";
    expect(show(text, "WORKS_AT")).toEqual(["周文博>北京市东城区民政局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["周文博>阿尔山市民政局"]);
  });
});

describe("relate: the seventy-third stop's second batch", () => {
  it("puts one who founded a body named right after at it, its founder (退役军人宝音图创办的…合作社)", () => {
    expect(show("在坤都镇，退役军人宝音图创办的阿鲁科尔沁旗宝音图肉牛养殖专业合作社存栏西门塔尔牛260头。", "WORKS_AT")).toEqual(["宝音图>阿鲁科尔沁旗宝音图肉牛养殖专业合作社"]);
  });
  it("posts one who gives guidance or training for a stated term, leading a team too (…黄静带队来到巴林左旗，开展为期两周的技术指导)", () => {
    expect(show("北京市顺义区妇幼保健院选派妇科主治医师黄静带队来到巴林左旗，开展为期两周的技术指导。", "ASSIGNED_TO")).toEqual(["黄静>巴林左旗"]);
    expect(show("又邀请北京亦庄职业技能培训学校服装专业教师韩雪梅来巴林右旗开展为期20天的缝纫技能培训。", "ASSIGNED_TO")).toEqual(["韩雪梅>巴林右旗"]);
  });
});

describe("relate: the seventy-third stop's third batch", () => {
  it("puts one a Beijing body chose to be a village's first secretary at the body (…农业农村局选派的新华村驻村第一书记周鹏)", () => {
    const text = "顺义区农业农村局选派的新华村驻村第一书记周鹏告诉小编：“村里的花馍手艺人不少。”";
    expect(show(text, "WORKS_AT")).toEqual(["周鹏>顺义区农业农村局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["周鹏>新华村"]);
  });
  it("puts one who filled in a form at the body the form names (填报单位：…　填报人：刘建军)", () => {
    expect(show("填报单位：太仆寺旗农牧和科技局　填报人：刘建军　联系电话：0479-5221234", "WORKS_AT")).toEqual(["刘建军>太仆寺旗农牧和科技局"]);
  });
  it("puts a contact at the team their line opens with, the phone's last digits masked (…治安管理总队 包金山 0471-696XXXX)", () => {
    expect([...new Set(show("联系人：\n内蒙古自治区公安厅治安管理总队 包金山 0471-696XXXX", "WORKS_AT"))]).toEqual(["包金山>内蒙古自治区公安厅治安管理总队"]);
  });
  it("puts one at the body their brackets say sent them (副市长高志强（东城区商务局派出）)", () => {
    expect(show("阿尔山市委常委、副市长高志强（东城区商务局派出）带领挂职干部和专业技术人才走访。", "WORKS_AT")).toEqual(["高志强>东城区商务局"]);
  });
});

describe("relate: the seventy-third stop's fourth batch", () => {
  it("puts a table's heads at the bodies its column of subjects names, and funds those bodies (回收主体名称 | 负责人 | 补贴金额)", () => {
    const text = plainTables("补贴资金全部来源于北京市大兴区京蒙协作资金。\n序号\t乡镇\t回收主体名称\t负责人\t补贴金额（元）\n1\t土贵乌拉镇\t土贵乌拉镇绿丰农机专业合作社\t刘志强\t123780\n2\t巴音塔拉镇\t巴音塔拉镇恒达废旧物资回收站\t乔三虎\t46050\n");
    expect(show(text, "WORKS_AT")).toEqual(["刘志强>土贵乌拉镇绿丰农机专业合作社", "乔三虎>巴音塔拉镇恒达废旧物资回收站"]);
    expect(show(text, "FUNDED")).toEqual(["大兴区>土贵乌拉镇绿丰农机专业合作社", "大兴区>巴音塔拉镇恒达废旧物资回收站"]);
  });
  it("reads 该局 whose staff serve here as the Beijing body named before, not the one it sent a cadre to (…该局高级工程师孟繁星…在我旗驻点帮扶)", () => {
    const text = "北京市海淀区气象局选派工程师曹宇航到敖汉旗气象局挂职副局长。该局高级工程师孟繁星、工程师李楠2名技术人员在我旗驻点帮扶4个月。";
    expect(show(text, "WORKS_AT")).toEqual(["曹宇航>北京市海淀区气象局", "孟繁星>北京市海淀区气象局", "李楠>北京市海淀区气象局"]);
  });
  it("puts a column of village doctors at the row's village (嘎查村 | 村医姓名)", () => {
    const text = plainTables("序号\t苏木乡镇\t嘎查村\t村医姓名\t捐赠单位\n1\t宝昌镇\t边墙村\t刘桂兰\t北京昌健医药有限公司\n2\t宝昌镇\t太平庄村\t张守义\t北京昌健医药有限公司\n");
    expect(show(text, "WORKS_AT")).toEqual(["刘桂兰>边墙村", "张守义>太平庄村"]);
  });
  it("pairs two said to be a pair or in the relation (…水务局和…水利局也是一对, …是对口帮扶的关系)", () => {
    const text = "北京顺义区和赤峰市巴林左旗是对口帮扶的关系。顺义区水务局和巴林左旗水利局也是一对，他们交流了塘坝的管理经验。";
    expect(show(text, "PAIRED_WITH")).toEqual(["顺义区>巴林左旗", "顺义区水务局>巴林左旗水利局"]);
  });
  it("puts one named after a firm's trades listed at the firm the word 公司 stands for (公司高级育婴师、培训讲师马秀云)", () => {
    const text = "北京顺悦家政服务有限公司在科左中旗开办月嫂培训班。开班当天，公司高级育婴师、培训讲师马秀云为学员们上了第一课。";
    expect(show(text, "WORKS_AT")).toEqual(["马秀云>北京顺悦家政服务有限公司"]);
  });
});

describe("relate: the seventy-fourth stop's first batch", () => {
  it("posts experts a table lists at the row's designated clinic (北京指导专家 | 派出单位 | 定点医疗机构)", () => {
    const text = plainTables("序号\t筛查点\t定点医疗机构\t北京指导专家\t派出单位\n1\t库伦镇\t库伦旗人民医院\t冯振宇\t北京市密云区医院\n2\t扣河子镇\t扣河子镇中心卫生院\t杜晓琳\t北京市密云区医院\n");
    expect(show(text, "ASSIGNED_TO")).toEqual(["冯振宇>库伦旗人民医院", "杜晓琳>扣河子镇中心卫生院"]);
    expect(show(text, "WORKS_AT")).toEqual(["冯振宇>北京市密云区医院", "杜晓琳>北京市密云区医院"]);
  });
  it("puts a contact at the body a bracket names before its section, not at the body of the line above (白玉梅（…委员会医政医管股）)", () => {
    const text = "库伦旗医疗保障局落实报销政策。\n联系人：白玉梅（库伦旗卫生健康委员会医政医管股）\n联系电话：0475-635××××";
    expect(show(text, "WORKS_AT")).toEqual(["白玉梅>库伦旗卫生健康委员会"]);
  });
  it("funds the firms a table of subsidies lists, from the district in focus (企业名称 | … | 补贴金额（万元）)", () => {
    const text = plainTables("东城区对招用阿尔山市籍劳动者的区内企业给予培训补贴，所需资金从东城区京蒙协作资金中列支。\n经北京市东城区人力资源和社会保障局复核，现将拟拨付补贴的企业名单公示如下：\n序号\t企业名称\t所在街道\t学徒来源地\t补贴金额（万元）\n1\t北京瑞景酒店管理有限公司\t东华门街道\t阿尔山市\t7.2\n2\t北京隆福记餐饮管理有限公司\t景山街道\t阿尔山市\t4.8\n");
    expect(show(text, "FUNDED")).toEqual(["东城区>北京瑞景酒店管理有限公司", "东城区>北京隆福记餐饮管理有限公司"]);
  });
  it("places every firm listed after one a place's words place (位于顺义区的A、B和C, 海淀区企业主要有A、B和C)", () => {
    expect(show("学员分别进入位于顺义区的北京蓝翼航空部件有限公司、北京恒瑞达汽车零部件有限公司和北京顺和物流有限公司。", "LOCATED_IN"))
      .toEqual(["北京蓝翼航空部件有限公司>顺义区", "北京恒瑞达汽车零部件有限公司>顺义区", "北京顺和物流有限公司>顺义区"]);
    expect(show("承担培养任务的海淀区企业主要有北京华电博远电力工程有限公司和北京金桥物业管理有限公司。", "LOCATED_IN"))
      .toEqual(["北京华电博远电力工程有限公司>海淀区", "北京金桥物业管理有限公司>海淀区"]);
    // (Not one named with a place of its own.)
    expect(show("参观了位于林东镇的巴林左旗京蒙协作笤帚苗产业园和赤峰市巴林左旗蒙元牧业有限公司肉牛养殖基地。", "LOCATED_IN")).not.toContain("赤峰市巴林左旗蒙元牧业有限公司肉牛养殖基地>林东镇");
  });
  it("puts one named after a home post and a posting at the body the clause opens with (…商务局副局长、在鄂伦春自治旗挂职任副旗长的赵明远)", () => {
    const text = "北京市西城区商务局副局长、在鄂伦春自治旗挂职任副旗长的赵明远介绍，加工厂投产后效益很好。";
    expect(show(text, "WORKS_AT")).toEqual(["赵明远>北京市西城区商务局"]);
  });
  it("pairs a body with the one of its kind it is helped by (A在B的结对帮扶下, 在B的结对帮扶下，A…)", () => {
    expect(show("库伦旗人民医院在北京市密云区医院的结对帮扶下，规范设置了狂犬病暴露预防处置门诊。", "PAIRED_WITH")).toEqual(["北京市密云区医院>库伦旗人民医院"]);
    expect(show("在北京市大兴区人民医院的结对帮扶下，察哈尔右翼前旗人民医院建成标准化门诊。", "PAIRED_WITH")).toEqual(["北京市大兴区人民医院>察哈尔右翼前旗人民医院"]);
    // (Not where only the helpers' names speak of pairs: 在…人社局和各结对区的大力支持下.)
    expect(show("乌兰察布市人力资源和社会保障局报告：在北京市人力资源和社会保障局和各结对区的大力支持下，乌兰察布市人力资源和社会保障局推动劳务协作。", "PAIRED_WITH")).toEqual([]);
  });
  it("pairs a district whose pairing is said in a sentence opened by the unit it is in (在…巴林左旗，北京顺义区的结对帮扶…, …作为对口帮扶的一方)", () => {
    expect(show("在赤峰市巴林左旗，北京顺义区的结对帮扶也把土豆变成了粉丝。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
    expect(show("在赤峰市的巴林左旗，北京的顺义区作为对口帮扶的一方，投入资金建设了油坊。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
    expect(show("在巴林左旗，顺义区的企业投资建厂。", "PAIRED_WITH")).toEqual([]);
  });
  it("reads no pairing a plan brings two long-named bodies to, but one it deepens (下一步将要推动…建立结对帮扶的关系; 将推动…深化结对帮扶)", () => {
    expect(show("马俊峰说，下一步将要推动北京市顺义区体育运动学校和巴林左旗业余体育学校建立结对帮扶的关系。", "PAIRED_WITH")).toEqual([]);
    expect(show("孟庆华表示，将推动北京市石景山医院与宁城县中心医院深化结对帮扶，力争明年实现全覆盖。", "PAIRED_WITH")).toEqual(["北京市石景山医院>宁城县中心医院"]);
  });
  it("funds the body whose part a project's whole cost is given for, named with it before (…医院放疗中心…。放疗中心总投资…，其中…投入)", () => {
    const text = "由北京市石景山区援建的宁城县中心医院放疗中心正式启用。据了解，放疗中心项目是石景山区对口帮扶宁城县的重点民生项目之一，总投资2680万元。其中，石景山区投入京蒙协作资金1860万元，主要用于建设放疗机房。";
    expect(show(text, "FUNDED")).toEqual(["石景山区>宁城县中心医院"]);
    expect(show("科尔沁左翼中旗人民医院放疗中心在保康镇开诊。放疗中心总投资3150万元，其中顺义区投入京蒙协作资金2400万元。", "FUNDED")).toEqual(["顺义区>科尔沁左翼中旗人民医院"]);
  });
  it("puts a contact named after a section alone at the body named with that section above (联系人：职业能力建设科　王芳)", () => {
    const text = "如有异议，请向北京市东城区人力资源和社会保障局职业能力建设科反映。\n\n联系人：职业能力建设科　王芳\n联系电话：010-64012358";
    expect(show(text, "WORKS_AT")).toEqual(["王芳>北京市东城区人力资源和社会保障局"]);
  });
  it("reads 基地 alone for the base named before (…孵化基地…。基地是密云区投入…建起来的; 为基地添置)", () => {
    expect(show("库伦旗京蒙协作返乡创业孵化基地位于库伦镇。基地是密云区投入京蒙协作资金900万元建起来的。", "FUNDED")).toEqual(["密云区>库伦旗京蒙协作返乡创业孵化基地"]);
    expect(show("科左中旗京蒙协作青年创业孵化基地在保康镇揭牌。顺义区杨镇捐赠30万元为基地添置直播设备。", "FUNDED")).toEqual(["杨镇>科左中旗京蒙协作青年创业孵化基地"]);
  });
  it("funds a table's clinics with their subsidies from the district in focus, not from their Beijing partners (医疗机构名称 | 北京结对帮扶单位 | 补助资金)", () => {
    const text = plainTables("北京市东城区对口帮扶化德县。确定定点医疗机构如下：\n序号\t医疗机构名称\t所在乡镇\t北京结对帮扶单位\t补助资金（万元）\n1\t化德县医院\t长顺镇\t北京市东城区第二人民医院\t39.00\n2\t朝阳镇中心卫生院\t朝阳镇\t北京市东城区老年病医院\t12.60\n");
    expect(show(text, "FUNDED")).toEqual(["东城区>化德县医院", "东城区>朝阳镇中心卫生院"]);
  });
  it("funds villages from the firms a table pairs them with where the help is theirs, an order to grow no trade (北京结对单位 | 结对嘎查村 | 帮扶资金)", () => {
    const text = plainTables("北京市密云区安排库伦旗东西部协作财政帮扶资金3200万元。密云区动员辖区企业开展结对帮扶。\n\n二、拟结对帮扶项目名单\n\n序号\t北京结对单位\t结对嘎查村\t所属苏木镇（乡）\t帮扶内容\t帮扶资金（万元）\n1\t北京汉麻生物科技有限公司\t三道沟嘎查\t库伦镇\t汉麻订单种植\t45\n2\t北京云水纺织有限公司\t哈日干图嘎查\t扣河子镇\t汉麻原茎收购\t38.5\n");
    expect(show(text, "FUNDED").filter((r) => !r.startsWith("密云区"))).toEqual(["北京汉麻生物科技有限公司>三道沟嘎查", "北京云水纺织有限公司>哈日干图嘎查"]);
  });
  it("posts experts at a table's designated screening body (定点筛查机构 | 北京派驻专家（职称）)", () => {
    const text = plainTables("序号\t苏木乡镇\t定点筛查机构\t北京派驻专家（职称）\t派出单位\n1\t新惠镇\t敖汉旗妇幼保健计划生育服务中心\t马丽娟（妇科副主任医师）\t北京市海淀区妇幼保健院\n2\t四家子镇\t四家子镇中心卫生院\t吴晓红（超声科主治医师）\t北京市海淀区妇幼保健院\n");
    expect(show(text, "ASSIGNED_TO")).toEqual(["马丽娟>敖汉旗妇幼保健计划生育服务中心", "吴晓红>四家子镇中心卫生院"]);
  });
  it("pairs a table's districts with the banner of each row's other column where its place column names a village (旗县区 | 实施地点 | 北京结对区)", () => {
    const text = "景区村庄提升项目名单\n\n序号|旗县区|实施地点|项目名称|北京结对区|结对区协作资金(万元)\n1|阿鲁科尔沁旗|巴彦温都尔苏木沙日塔拉嘎查|景区村庄提升|昌平区|280\n2|巴林左旗|碧流台镇山前村|民俗景区村庄提升|顺义区|260\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗", "顺义区>巴林左旗"]);
  });
  it("pairs a table's schools that say no side with the Beijing schools of the column beside (学校名称 | … | 顺义区结对学校)", () => {
    const text = "2024年京蒙协作中小学科学实验室建设项目资金安排表\n\n序号|苏木镇|学校名称|京蒙协作资金(万元)|顺义区结对学校\n1|保康镇|保康第二小学|68|北京市顺义区西辛小学\n2|舍伯吐镇|舍伯吐镇中心学校|95|北京市顺义区杨镇第一中学\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市顺义区西辛小学>保康第二小学", "北京市顺义区杨镇第一中学>舍伯吐镇中心学校"]);
    const unsided = "京蒙协作结对学校名单\n\n序号|学校名称|学生数|顺义区结对学校\n1|保康第二小学|320|北京市顺义区西辛小学\n2|新华小学|280|北京市顺义区杨镇第一中学\n";
    expect(show(unsided, "PAIRED_WITH")).toEqual(["北京市顺义区西辛小学>保康第二小学", "北京市顺义区杨镇第一中学>新华小学"]);
  });
  it("funds a table's stations its column of names gives, not their towns (建设地点 | 急救分站名称 | 京蒙协作资金（万元）)", () => {
    const text = plainTables("序号\t旗县区\t北京结对区\t建设地点\t急救分站名称\t京蒙协作资金（万元）\n1\t阿鲁科尔沁旗\t昌平区\t坤都镇\t坤都镇急救分站\t185\n2\t巴林左旗\t顺义区\t碧流台镇\t碧流台镇急救分站\t160\n");
    expect(show(text, "FUNDED")).toEqual(["昌平区>坤都镇急救分站", "顺义区>碧流台镇急救分站"]);
  });
  it("places a table's bodies in the village of the columns of places before their names (苏木镇 | 嘎查村 | 合作社名称)", () => {
    const text = plainTables("序号\t苏木镇\t嘎查村\t合作社名称\t理事长\t奖补金额（万元）\n1\t扣河子镇\t哈日朝鲁嘎查\t库伦旗哈日朝鲁绒山羊养殖专业合作社\t包金龙\t60\n2\t额勒顺镇\t乌兰敖都嘎查\t库伦旗乌兰敖都羊毛专业合作社\t白玉山\t45\n");
    expect(show(text, "LOCATED_IN").filter((r) => /嘎查$/.test(r))).toEqual(["库伦旗哈日朝鲁绒山羊养殖专业合作社>哈日朝鲁嘎查", "库伦旗乌兰敖都羊毛专业合作社>乌兰敖都嘎查"]);
  });
  it("posts experts at the field school a column of stations names (驻点田间学校)", () => {
    const text = "绿丰马铃薯田间学校挂牌。\n姓名|派出单位|职称|驻点田间学校|驻点时间\n马春雷|北京市大兴区农业技术推广站|推广研究员|绿丰马铃薯田间学校|2023年8月至10月\n孙晓燕|北京市大兴区农业技术推广站|高级农艺师|绿丰马铃薯田间学校|2023年8月至12月\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["马春雷>绿丰马铃薯田间学校", "孙晓燕>绿丰马铃薯田间学校"]);
  });
  it("puts a job fair's recruiters at the employers of their rows (用人单位 | … | 招聘负责人)", () => {
    const text = "序号|用人单位|单位地址|招聘岗位|招聘人数|招聘负责人\n1|北京兴航嘉业航空食品有限公司|北京市大兴区礼贤镇|航空配餐员|30|刘建峰\n2|北京京南通达物流有限公司|北京市大兴区魏善庄镇|快递分拣员|50|孙丽\n";
    expect(show(text, "WORKS_AT")).toEqual(["刘建峰>北京兴航嘉业航空食品有限公司", "孙丽>北京京南通达物流有限公司"]);
  });
  it("reads a table of firms carrying projects out where they land as investments and seats, not the paired districts' grants (实施企业 | 落地旗县 | 北京结对区 | 协议投资额)", () => {
    const text = "序号|项目名称|实施企业|落地旗县|北京结对区|协议投资额(万元)\n1|小米精深加工项目|北京谷丰年小米产业有限公司|敖汉旗|海淀区|8600\n2|杂粮杂豆加工项目|北京通禾粮油有限公司|翁牛特旗|通州区|5200\n";
    expect(show(text, "FUNDED")).toEqual([]);
    expect(show(text, "INVESTED_IN")).toEqual(["北京谷丰年小米产业有限公司>敖汉旗", "北京通禾粮油有限公司>翁牛特旗"]);
    // (Read by the column of where they landed as well since the seventy-fifth stop: the graph keeps each once.)
    expect(new Set(show(text, "LOCATED_IN"))).toEqual(new Set(["北京谷丰年小米产业有限公司>敖汉旗", "北京通禾粮油有限公司>翁牛特旗"]));
  });
  it("pairs the bodies of dashed rows that close on their year, under a heading on pairs (…医院——…医院，2021年)", () => {
    const text = "二、儿童医疗结对医院名单（北京方医院——受援方医院，结对时间）\n\n北京市大兴区人民医院——察哈尔右翼前旗人民医院，2021年\n北京市大兴区妇幼保健院——察右前旗妇幼保健计划生育服务中心，2022年\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市大兴区人民医院>察哈尔右翼前旗人民医院", "北京市大兴区妇幼保健院>察右前旗妇幼保健计划生育服务中心"]);
  });
});

describe("relate: the seventy-fifth stop's first batch", () => {
  it("pairs a Beijing bureau with a body its counterpart governs where the sentence says so plainly (…国有林场与…园林绿化局结对)", () => {
    expect(show("库伦旗讯。库伦旗白音花国有林场与北京市顺义区园林绿化局结对。", "PAIRED_WITH")).toEqual(["北京市顺义区园林绿化局>库伦旗白音花国有林场"]);
  });
  it("reads a notice's proposed subsidies as paid to the bodies it lists, by their names or their operators, not a sum only planned (经营主体名称 | 拟奖补资金, 工坊名称 | 运营主体 | 拟扶持资金; 拟安排资金)", () => {
    const text = "北京市通州区作为我旗结对帮扶区安排京蒙协作资金。\n序号|经营主体名称|负责人|所在镇|拟奖补资金（万元）\n1|翁牛特旗绿禾蔬菜种植专业合作社|张广才|广德公镇|38.4\n2|赤峰市瑞祥农业发展有限公司|孟繁军|乌丹镇|18\n";
    expect(show(text, "FUNDED")).toEqual(["通州区>翁牛特旗绿禾蔬菜种植专业合作社", "通州区>赤峰市瑞祥农业发展有限公司"]);
    const workshops = "顺义区结对帮扶科左中旗。\n序号|工坊名称|所在苏木镇|运营主体|拟扶持资金（万元）\n1|保康镇新艾里毡艺非遗工坊|保康镇|科左中旗草原巧娘毛毡制品有限公司|62\n";
    expect(show(workshops, "FUNDED")).toEqual(["顺义区>保康镇新艾里毡艺非遗工坊"]);
    const planned = "北京市通州区作为我旗结对帮扶区安排京蒙协作资金。\n序号|经营主体名称|负责人|所在镇|拟安排资金（万元）\n1|翁牛特旗绿禾蔬菜种植专业合作社|张广才|广德公镇|38.4\n";
    expect(show(planned, "FUNDED")).toEqual([]);
  });
  it("places a table's firms where its column says they settled, in an article that says 落户 and no other word of place (企业名称 | 落地旗县 | 结对区)", () => {
    const text = "北京市各结对区累计引导毛纺企业8家落户我市。\n序号|企业名称|落地旗县|结对区|主营产品\n1|北京绒禾纺织科技有限公司|敖汉旗|海淀区|毛条\n2|北京顺通毛业有限公司|巴林左旗|顺义区|洗净毛\n";
    expect(show(text, "LOCATED_IN")).toEqual(["北京绒禾纺织科技有限公司>敖汉旗", "北京顺通毛业有限公司>巴林左旗"]);
  });
  it("posts one sent to a place and on to its body written after 的 at the body (派驻到赤峰市翁牛特旗的翁牛特旗医院产科), and one said to be going to work at a body (将驻林西县医院工作)", () => {
    expect(show("翁牛特旗讯。北京市通州区妇幼保健院副主任护师刘雅琴被派驻到赤峰市翁牛特旗的翁牛特旗医院产科，开始为期一年的医疗帮扶。", "ASSIGNED_TO")).toEqual(["刘雅琴>翁牛特旗医院"]);
    expect(new Set(show("林西讯。专家团队由北京丰台医院产科主任郑玉梅带队，郑玉梅本人将驻林西县医院工作。", "ASSIGNED_TO"))).toEqual(new Set(["郑玉梅>林西县医院"]));
  });
  it("posts experts stationed at the sites a table's column lists at their row's site (筛查服务点 | 所属苏木乡镇 | 驻点专家)", () => {
    const text = "二、基层筛查服务点安排\n\n序号|筛查服务点|所属苏木乡镇|驻点专家|服务时间\n1|敖包山村卫生室|哈拉哈达镇|陈思远|6月—8月每周三\n2|乌兰套海嘎查卫生室|查干哈达苏木|张立新|3月—8月每月第二周\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["陈思远>敖包山村卫生室", "张立新>乌兰套海嘎查卫生室"]);
  });
  it("pays a table's money to the column the article says it went to, not the paired districts passing it on (拨付至各项目实施单位; 拨付至各结对区)", () => {
    const text = "拟安排对口帮扶我旗的北京市丰台区京蒙协作资金2890万元。资金直接拨付至各项目实施单位，资产归嘎查村集体所有。\n序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位\n1|羊肉酱生产线建设项目|乌兰花镇|680|四子王旗草原福食品有限责任公司\n";
    expect(show(text, "FUNDED")).toContain("丰台区>四子王旗草原福食品有限责任公司");
    expect(show(text, "FUNDED")).not.toContain("丰台区>乌兰花镇");
    const passed = "市级资金拨付至各结对区，由各区下达。\n序号|结对区|受援旗县|项目名称|下达资金（万元）\n1|昌平区|太仆寺旗|幸福院改造|260\n";
    expect(show(passed, "FUNDED")).toEqual(["昌平区>太仆寺旗"]);
  });
  it("puts a table's village in the town its row gives, not also in the county a column before (旗县 | 所在苏木（乡镇） | 所在嘎查（村）)", () => {
    const text = "序号|旗县|运营主体|所在苏木（乡镇）|所在嘎查（村）\n1|林西县|林西县大井民宿旅游有限公司|大井镇|大井村\n";
    expect(show(text, "PART_OF")).toContain("大井村>大井镇");
    expect(show(text, "PART_OF")).not.toContain("大井村>林西县");
  });
  it("pays a workshop's operator where the only place a row gives is the workshop's own address (运营主体 | 车间所在地 | 石景山区协作资金（万元）)", () => {
    const text = "序号|运营主体|车间所在地|加工品类|石景山区协作资金（万元）\n1|宁城县黑里河榛业专业合作社|黑里河镇大坝沟村|榛子烘干|220\n";
    expect(show(text, "FUNDED")).toEqual(["石景山区>宁城县黑里河榛业专业合作社"]);
    const workshops = "序号|车间名称|所在地|运营主体|昌平区京蒙协作资金（万元）\n1|双胜镇木制品帮扶车间|双胜镇双胜村|阿鲁科尔沁旗绍根木业专业合作社|180\n";
    expect(show(workshops, "FUNDED")).toEqual(["昌平区>双胜村"]);
  });
  it("gives people a table names with nothing but where they live their row's village as their workplace (姓名 | 苏木乡镇 | 嘎查村)", () => {
    const text = "序号|姓名|性别|苏木乡镇|嘎查村|从事防疫工作年限\n1|那日苏|男|库伦镇|三家子村|8年\n2|刘春玲|女|扣河子镇|白家湾村|5年\n";
    expect(show(text, "WORKS_AT")).toEqual(["那日苏>三家子村", "刘春玲>白家湾村"]);
  });
  it("reads a profile's home where the post is a graded rank (四级调研员) or the profile is its author's (本文作者刘文博，…)", () => {
    expect(show("【口述】王建峰，北京市昌平区应急管理局四级调研员，2022年7月起挂职锡林郭勒盟太仆寺旗应急管理局副局长。", "WORKS_AT")).toEqual(["王建峰>北京市昌平区应急管理局"]);
    expect(show("【编者按】本文作者刘文博，北京市东城区商务局副局长，2023年3月起挂职兴安盟阿尔山市副市长。", "WORKS_AT")).toEqual(["刘文博>北京市东城区商务局"]);
  });
  it("gives a table's heads the row's body as home, not the place column beside it (服务组织名称 | 所在苏木乡镇 | 负责人)", () => {
    const text = "序号|服务组织名称|所在苏木乡镇|负责人|植保无人机（架）\n1|扎赉特旗稻丰植保专业合作社|音德尔镇|张国富|18\n";
    expect(show(text, "WORKS_AT")).toEqual(["张国富>扎赉特旗稻丰植保专业合作社"]);
  });
  it("pays a table's subsidies to the bodies its column of names lists, whatever their kind, not a column of projects (演出团体（合作社）名称 | 扶持金额; 项目名称)", () => {
    const text = "东城区结对帮扶化德县。\n序号|演出团体（合作社）名称|所在地|负责人|扶持金额（万元）\n1|化德县朝阳镇红星二人台艺术团|朝阳镇|李翠花|15\n";
    expect(show(text, "FUNDED")).toEqual(["东城区>化德县朝阳镇红星二人台艺术团"]);
  });
  it("posts one at the body whose post a clause after the posting takes, 的 before the post (担任阿尔山市文化旅游体育局的副局长)", () => {
    expect(show("东城区体育局的干部赵明远被派遣到阿尔山市挂职，担任阿尔山市文化旅游体育局的副局长，他负责监督。", "ASSIGNED_TO")).toEqual(["赵明远>阿尔山市文化旅游体育局"]);
  });
});

describe("relate: the seventy-sixth stop's first batch", () => {
  it("gives no grant from a column of who built or supplied the works (承建/供货单位), the programme's money the district's", () => {
    const text = "北京市石景山区对口帮扶赤峰市宁城县。\n序号|项目名称|实施单位|所在乡镇|京蒙协作资金（万元）|承建/供货单位|验收结论\n1|制氧设备购置项目|八里罕镇中心卫生院|八里罕镇|96|北京瑞康达医疗器械有限公司|合格\n";
    expect(show(text, "FUNDED")).toEqual(["石景山区>八里罕镇中心卫生院"]);
  });
  it("pays a notice's proposed awards to its firms, not the sum each firm invested (总投资（万元） | 拟奖补金额（万元）)", () => {
    const text = "北京市顺义区与通辽市科尔沁左翼中旗深化结对帮扶。\n现将拟奖补企业名单公示如下：\n序号|企业名称|建设内容|落户苏木镇|总投资（万元）|吸纳就业（人）|拟奖补金额（万元）\n" +
      "1|北京顺鑫天宇新型建材有限公司|年产20万吨预拌干混砂浆生产线|保康镇|8600|46|120\n2|北京仁和绿建装配式构件有限公司|年产8万立方米装配式混凝土预制构件|舍伯吐镇|15200|83|200\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>北京顺鑫天宇新型建材有限公司", "顺义区>北京仁和绿建装配式构件有限公司"]);
  });
  it("pairs every pair of a dashed list after 依托 that its count of pairs closes (依托昌平区—阿鲁科尔沁旗、…、海淀区—敖汉旗3组结对帮扶关系)", () => {
    const text = "根据京蒙协作医疗卫生帮扶工作安排，依托昌平区—阿鲁科尔沁旗、顺义区—巴林左旗、海淀区—敖汉旗3组结对帮扶关系，选派帮扶专家9名。";
    expect(show(text, "PAIRED_WITH")).toEqual(["昌平区>阿鲁科尔沁旗", "顺义区>巴林左旗", "海淀区>敖汉旗"]);
  });
  it("gives a station's breeders in its row the station as workplace (站点名称 | 配种员)", () => {
    const text = "序号|苏木镇|嘎查村|站点名称|配种员|补助资金（万元）\n1|林东镇|西山根村|西山根村肉牛冷配站|孙宝华|16\n";
    expect(show(text, "WORKS_AT")).toEqual(["孙宝华>西山根村肉牛冷配站"]);
  });
  it("pays a table's subsidies to its rows' bodies from the district whose money it is, not the Beijing bodies paired beside (补助金额（万元） | 结对帮扶单位)", () => {
    const text = "根据《北京经济技术开发区与赤峰市巴林右旗2024年东西部协作协议》，北京经济技术开发区安排京蒙协作资金120万元。\n序号|机构名称|所在苏木镇（街道）|负责人|补助金额（万元）|结对帮扶单位\n1|巴林右旗大板镇仁和动物医院|大板镇|乌力吉|18.5|北京瑞宠动物医院\n2|巴彦琥硕镇宠安动物诊所|巴彦琥硕镇|王建华|13.0|北京康贝动物医院\n";
    expect(show(text, "FUNDED").filter((r) => !r.endsWith(">巴林右旗"))).toEqual(["北京经济技术开发区>巴林右旗大板镇仁和动物医院", "北京经济技术开发区>巴彦琥硕镇宠安动物诊所"]);
  });
  it("gives people a table names with their town and village in one cell the village as workplace (姓名 | 所在苏木乡镇嘎查村)", () => {
    const text = "序号|姓名|性别|民族|所在苏木乡镇嘎查村|主营畜种\n1|张国富|男|汉族|乌丹镇五星村|肉牛\n2|其木格|女|蒙古族|梧桐花镇两家子村|肉羊\n";
    expect(show(text, "WORKS_AT")).toEqual(["张国富>五星村", "其木格>两家子村"]);
  });
  it("gives a village's secretaries a cell of the village and their post as workplace (嘎查村及现任职务 | 巴彦淖尔嘎查党支部书记)", () => {
    const text = "序号|姓名|性别|所在苏木镇|嘎查村及现任职务|跟岗挂职村（结对村）\n1|额尔敦毕力格|男|宝龙山镇|巴彦淖尔嘎查党支部书记|北郎中村\n2|王树林|男|舍伯吐镇|东兴村党支部书记、村委会主任|前鲁各庄村\n";
    expect(show(text, "WORKS_AT")).toEqual(["额尔敦毕力格>巴彦淖尔嘎查", "王树林>东兴村"]);
  });
  it("gives money its header says the pair's district put in to that district, not a Beijing firm running the row (北京结对区投入协作资金)", () => {
    const text = "序号|基地名称|运营单位|所在地|结对北京区|北京结对区投入协作资金（万元）\n1|察右前旗平地泉镇安置帮教就业基地|北京京蒙绿源农业科技有限公司|察哈尔右翼前旗平地泉镇|大兴区|120\n2|宁城县八里罕镇安置帮教就业基地|宁城县八里罕食品有限公司|宁城县八里罕镇|石景山区|70\n";
    expect(show(text, "FUNDED")).toEqual(["大兴区>察右前旗平地泉镇安置帮教就业基地", "石景山区>宁城县八里罕镇安置帮教就业基地"]);
  });
  it("pays a table's subsidies to the bodies carrying them and gives their heads those bodies as workplace (承担单位 | 补助资金 | 负责人)", () => {
    const text = "北京市昌平区对口帮扶太仆寺旗。\n序号|苏木乡镇|承担单位|单位类型|补助资金（万元）|负责人\n1|宝昌镇|宝昌镇农畜产品质量安全监管站|监管站|32.5|王振宇\n2|红旗镇|太仆寺旗绿野蔬菜种植专业合作社|合作社|22.0|张丽萍\n";
    expect(show(text, "FUNDED")).toEqual(["昌平区>宝昌镇农畜产品质量安全监管站", "昌平区>太仆寺旗绿野蔬菜种植专业合作社"]);
    expect(show(text, "WORKS_AT")).toEqual(["王振宇>宝昌镇农畜产品质量安全监管站", "张丽萍>太仆寺旗绿野蔬菜种植专业合作社"]);
  });
  it("places a firm's investment at the town it builds in, not also the banner written as the town's prefix (在翁牛特旗桥头镇建设)", () => {
    const text = "通州区对口帮扶翁牛特旗。北京潞城新材料科技有限公司投资2.1亿元，在翁牛特旗桥头镇建设年产30万立方米砌块项目。";
    expect(show(text, "INVESTED_IN")).toEqual(["北京潞城新材料科技有限公司>桥头镇"]);
  });
  it("gives a doctor the hospital whose clinic precedes the title (北京市顺义区医院法医门诊副主任医师马俊峰)", () => {
    expect(show("北京市顺义区医院法医门诊副主任医师马俊峰则在科左中旗人民医院开展了为期3天的带教。", "WORKS_AT")).toEqual(["马俊峰>北京市顺义区医院"]);
  });
  it("gives someone a sentence opening at a body names by title, speaking, that body as workplace (在太仆寺旗千斤沟镇中心卫生院，护士长高丽娟介绍)", () => {
    expect(show("在太仆寺旗千斤沟镇中心卫生院，护士长高丽娟介绍，卫生院已配齐冷藏箱。", "WORKS_AT")).toEqual(["高丽娟>太仆寺旗千斤沟镇中心卫生院"]);
    expect(show("在太仆寺旗千斤沟镇中心卫生院，北京来的护士长高丽娟介绍了经验。", "WORKS_AT")).toEqual([]);
  });
  it("posts experts stationed to the hospital building the project and homes them at the Beijing one a bracket marks (项目承建医院 | 结对帮扶医院（北京） | 驻点专家)", () => {
    const text = "序号|旗县|北京结对区|项目承建医院|结对帮扶医院（北京）|驻点专家|职称\n1|巴林左旗|顺义区|巴林左旗医院|北京市顺义区医院|王淑敏|主任护师\n2|林西县|丰台区|林西县医院|北京市丰台区丰益医院|刘春燕|副主任护师\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["王淑敏>巴林左旗医院", "刘春燕>林西县医院"]);
    expect(show(text, "WORKS_AT")).toEqual(["王淑敏>北京市顺义区医院", "刘春燕>北京市丰台区丰益医院"]);
  });
});

describe("the seventy-seventh stop's first batch", () => {
  it("posts a cadre on 挂职 to the federation whose vice-chair they are, the district before the kind their home (丰台区挂职干部、扎赉特旗妇联副主席)", () => {
    const text = "丰台区挂职干部、扎赉特旗妇联副主席马丽娟全程参与点位选址和验收。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["马丽娟>扎赉特旗妇联"]);
    expect(show(text, "WORKS_AT")).toEqual(["马丽娟>丰台区"]);
  });
  it("posts one on 挂职 as a deputy procurator-general to the procuratorate (挂职敖汉旗人民检察院副检察长的杨帆)", () => {
    expect(show("北京市海淀区人民检察院第八检察部副主任、挂职敖汉旗人民检察院副检察长的杨帆说，中心已投入使用。", "ASSIGNED_TO")).toEqual(["杨帆>敖汉旗人民检察院"]);
  });
  it("posts one of Beijing appointed to a post at a body of Inner Mongolia there (…检察官侯佳被聘为…中心学校法治副校长)", () => {
    const text = "签约当天，北京市东城区人民检察院第七检察部检察官侯佳被聘为阿尔山市白狼镇中心学校法治副校长。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["侯佳>阿尔山市白狼镇中心学校"]);
    expect(show("察右前旗人民检察院检察官王彩霞被聘为察右前旗三岔口乡中心校法治副校长。", "ASSIGNED_TO")).toEqual([]);
  });
  it("gives a table's money to the Beijing giver its source's cell names, not the row's paired body (资金来源 | 顺义区京蒙协作资金)", () => {
    const text = "序号|项目实施单位|所在旗县|北京结对单位|建设内容|资金来源|京蒙协作资金（万元）\n1|科尔沁左翼中旗职业教育中心|科左中旗|北京市顺义区职业学校|3D打印实训室|顺义区京蒙协作资金|180\n2|库伦旗第二中学|库伦旗|北京市密云区第二中学|中学生创客空间|密云区京蒙协作资金|50\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>科尔沁左翼中旗职业教育中心", "密云区>库伦旗第二中学"]);
  });
  it("places a table's firms in the county or village of the columns before their names, and its Beijing investors invest there (旗县市区 | 落地企业名称 | 北京投资主体)", () => {
    const text = "序号|旗县市区|落地企业名称|北京投资主体|主要产品|实际到位投资（万元）\n1|察右前旗|乌兰察布京碳新能源材料有限公司|北京华墨能源科技有限公司|负极材料|12800\n2|兴和县|兴和县京墨石墨制品有限公司|北京墨源矿业科技有限公司|鳞片石墨|15200\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京华墨能源科技有限公司>察哈尔右翼前旗", "北京墨源矿业科技有限公司>兴和县"]);
    expect(show(text, "LOCATED_IN")).toContain("乌兰察布京碳新能源材料有限公司>察哈尔右翼前旗");
    const villages = "序号|所在苏木镇|所在嘎查村|经营主体名称|负责人\n1|宝龙山镇|乌力吉图嘎查|科左中旗乌力吉图稻蟹种养专业合作社|包青山\n";
    expect(show(villages, "LOCATED_IN")).toContain("科左中旗乌力吉图稻蟹种养专业合作社>乌力吉图嘎查");
  });
  it("posts Beijing's people a table names as holding a post at its rows' schools there, and gives local ones the school as workplace (学校名称 | 法治副校长 | 派出单位)", () => {
    const text = "序号|学校名称|法治副校长|派出单位|现任职务\n1|察右前旗第一中学|高建军|北京市大兴区人民检察院|第七检察部副主任\n2|察右前旗第二中学|斯琴巴特尔|察右前旗人民检察院|第二检察部主任\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["高建军>察右前旗第一中学"]);
    expect(show(text, "WORKS_AT").sort()).toEqual(["斯琴巴特尔>察右前旗人民检察院", "斯琴巴特尔>察右前旗第二中学", "高建军>北京市大兴区人民检察院"]);
  });
  it("places a table's villages in the towns of the columns after them, the model villages' too (大兴区结对村 | 所属镇 | 察右前旗示范村 | 所属乡镇)", () => {
    const text = "序号|大兴区结对村|所属镇|察右前旗示范村|所属乡镇|宣传示范内容\n1|梨花村|庞各庄镇|大营子村|玫瑰营镇|设立宣传栏\n2|岳家务村|魏善庄镇|东营村|巴音塔拉镇|开展村医培训\n";
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["大营子村>玫瑰营镇", "东营村>巴音塔拉镇", "梨花村>庞各庄镇"]));
    expect(show(text, "PAIRED_WITH")).toEqual(["梨花村>大营子村", "岳家务村>东营村"]);
  });
  it("reads the county column before a table's firms or bodies only where no column gives a finer place (旗县 | … | 所在镇（街道）, 旗县 | 合作社名称 | 所在地)", () => {
    const streets = "序号|旗县|街区名称|所在镇（街道）|京蒙协作资金（万元）|投资企业|企业投资（万元）\n1|科右中旗|京蒙美食街|巴彦呼舒镇|520|北京朝阳望京商业管理有限公司|300\n";
    expect(show(streets, "INVESTED_IN")).not.toContain("北京朝阳望京商业管理有限公司>科尔沁右翼中旗");
    const coops = "序号|旗县|合作社名称|所在地|理事长\n1|察右前旗|察右前旗玫瑰营镇巧手妇女羊毛被专业合作社|玫瑰营镇新地房村|贾秀兰\n";
    expect(show(coops, "LOCATED_IN")).not.toContain("察右前旗玫瑰营镇巧手妇女羊毛被专业合作社>察哈尔右翼前旗");
  });
  it("gives one who came from a body to do the work that body as workplace (从北京市大兴区第一中学来支教的英语教师王春燕)", () => {
    expect(show("我去察右前旗第一中学调研，碰到了从北京市大兴区第一中学来支教的英语教师王春燕。", "WORKS_AT")).toEqual(["王春燕>北京市大兴区第一中学"]);
  });
  it("gives one said to work in a department of a body, their generation told, the body as workplace (在宁城县中心医院药剂科工作的90后妈妈白雪)", () => {
    expect(show("说这话的，是在宁城县中心医院药剂科工作的90后妈妈白雪。", "WORKS_AT")).toEqual(["白雪>宁城县中心医院"]);
  });
  it("pairs the helper with each of a list its pairing's word qualifies, the last before its goods (结对帮扶的…察哈尔右翼前旗、…正镶白旗牛羊肉主导产业)", () => {
    expect(show("大兴区聚焦结对帮扶的乌兰察布市察哈尔右翼前旗、锡林郭勒盟正镶白旗牛羊肉主导产业。", "PAIRED_WITH")).toEqual(["大兴区>察哈尔右翼前旗", "大兴区>正镶白旗"]);
  });
  it("gives one come from a body to a posting, the title after 的, that body as workplace (从北京市朝阳区商务局到科左后旗挂职的副旗长刘振宇)", () => {
    expect(show("从北京市朝阳区商务局到科左后旗挂职的副旗长刘振宇表示，将推动更多企业投资。", "WORKS_AT")).toEqual(["刘振宇>北京市朝阳区商务局"]);
  });
  it("gives someone a sentence opening at a body names by title, at work there, that body as workplace; not one sent (在大井镇中心卫生院，公共卫生科医生张建军正在…)", () => {
    expect(show("在大井镇中心卫生院，公共卫生科医生张建军正在为新怀孕的村民建立孕产妇保健手册。", "WORKS_AT")).toEqual(["张建军>大井镇中心卫生院"]);
    expect(show("在大井镇中心卫生院，北京专家张建军正在为村民义诊。", "WORKS_AT")).toEqual([]);
  });
  it("gives a table's subsidies from the Beijing body the line above says pays them out, not its district (由北京市通州区商务局从…专项资金中列支)", () => {
    const text = "拟对以下企业给予一次性开店补助，补助资金共计45万元，由北京市通州区商务局从京蒙协作消费帮扶专项资金中列支。现将名单公示如下：\n序号|企业名称|注册地|补助金额（万元）\n1|翁牛特旗草原头羊餐饮有限公司|翁牛特旗乌丹镇|25\n2|翁牛特旗玉龙蒙餐管理有限公司|翁牛特旗解放营子乡|20\n";
    expect(show(text, "FUNDED")).toEqual(["北京市通州区商务局>翁牛特旗草原头羊餐饮有限公司", "北京市通州区商务局>翁牛特旗玉龙蒙餐管理有限公司"]);
  });
  it("points no 该中心 at a body only the source's credit line names (来源：扎赉特旗融媒体中心)", () => {
    const text = "扎赉特旗：京蒙协作助力药品统采统配\n来源：扎赉特旗融媒体中心　　发布时间：2024-06-18 10:32\n6月17日，兴安盟扎赉特旗医共体药品耗材集中采购配送中心在音德尔镇正式投入运行。该中心由北京市丰台区京蒙协作资金支持建设，总投资680万元，其中京蒙协作资金460万元。";
    expect(show(text, "FUNDED").filter((r) => r.includes("融媒体中心"))).toEqual([]);
  });
  it("places a table's bodies carrying out its projects in the villages of the columns before (苏木镇 | 嘎查村 | 实施主体)", () => {
    const text = "序号|苏木镇|嘎查村|实施主体|负责人|拟补助京蒙协作资金（万元）\n1|明安图镇|伊和宝拉格嘎查|伊和宝拉格牧业专业合作社|斯琴毕力格|62\n";
    expect(show(text, "LOCATED_IN")).toContain("伊和宝拉格牧业专业合作社>伊和宝拉格嘎查");
    const prefixed = "序号|苏木乡镇|嘎查村|实施主体|建设内容\n1|白音套海苏木|巴彦塔拉嘎查|翁牛特旗巴彦塔拉沙柳种植专业合作社|沙柳网格栽植\n";
    expect(show(prefixed, "LOCATED_IN")).not.toContain("翁牛特旗巴彦塔拉沙柳种植专业合作社>巴彦塔拉嘎查");
  });
  it("gives a table's money to the bodies its column of names lists beside the county's, not the county (旗县区 | 基地（机构）名称 | … | 结对北京区)", () => {
    const text = "序号|旗县区|基地（机构）名称|运营主体|结对北京区|京蒙协作支持资金（万元）\n1|阿鲁科尔沁旗|阿鲁科尔沁旗天山镇助残辅助性就业中心|阿鲁科尔沁旗草原巧手民族手工艺品有限公司|昌平区|80\n2|敖汉旗|敖汉旗新惠镇庇护工场|敖汉旗惠农小米种植专业合作社|海淀区|85\n";
    expect(show(text, "FUNDED")).toEqual(["昌平区>阿鲁科尔沁旗天山镇助残辅助性就业中心", "海淀区>敖汉旗新惠镇庇护工场"]);
  });
  it("posts one a table sends to a village's party branch to the village (拟挂职单位及职务 | 库伦旗扣河子镇扣河子村党支部书记助理)", () => {
    const text = "序号|姓名|性别|现工作单位及职务|拟挂职单位及职务\n1|王梓萌|女|密云区穆家峪镇荆子峪村大学生村官|库伦旗扣河子镇扣河子村党支部书记助理\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["王梓萌>扣河子村"]);
  });
  it("reads a pair dashed in a table's cell as a pair, neither giving nor receiving the row's money, which goes to the body carrying the project (实施单位 | … | 结对镇（苏木）)", () => {
    const text = "昌平区对口帮扶太仆寺旗。\n序号|实施单位|项目名称|服务对象|京蒙协作资金（万元）|结对镇（苏木）\n1|宝昌镇养老服务中心|护理型床位改造|失能老人180人|126|沙河镇—宝昌镇\n6|太仆寺旗残疾人托养中心|重度残疾人托养|重度残疾人110人|80|—\n";
    expect(show(text, "PAIRED_WITH")).toContain("沙河镇>宝昌镇");
    expect(show(text, "FUNDED")).toEqual(["昌平区>宝昌镇养老服务中心", "昌平区>太仆寺旗残疾人托养中心"]);
  });
  it("gives no row's money to a federation carrying its project out, the place receiving it (实施单位 | 巴林左旗供销合作社联合社)", () => {
    const text = "顺义区对口帮扶巴林左旗。\n序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位\n1|梅花鹿养殖基地建设项目|林东镇|120|巴林左旗供销合作社联合社\n2|鹿产品加工车间建设项目|隆昌镇|80|巴林左旗供销合作社联合社\n";
    expect(show(text, "FUNDED").filter((r) => r.includes("联合社"))).toEqual([]);
  });
});

describe("the seventy-eighth stop's first batch", () => {
  it("reads a table of shops' subsidies paid from a district's money, a caption between: each shop works with its head, sits in its village and receives its row (网点名称 | … | 负责人)", () => {
    const text = "网点建设补助资金共18万元，从北京市顺义区2024年京蒙协作资金中列支。\n\n附件：服务网点名单\n\n序号|网点名称|所在苏木镇|所在嘎查村（社区）|负责人|补助资金（万元）\n1|顺达电动车销售维修部|保康镇|东城社区|李春生|10\n2|金鹏农机电动车维修服务部|宝龙山镇|西艾力嘎查|白金山|8\n";
    expect(show(text, "FUNDED")).toEqual(["顺义区>顺达电动车销售维修部", "顺义区>金鹏农机电动车维修服务部"]);
    expect(show(text, "WORKS_AT")).toEqual(["李春生>顺达电动车销售维修部", "白金山>金鹏农机电动车维修服务部"]);
    expect(show(text, "LOCATED_IN")).toEqual(["顺达电动车销售维修部>东城社区", "金鹏农机电动车维修服务部>西艾力嘎查"]);
  });
  it("gives a table's rows the district whose programme's money a paragraph above says they are paid from, over the Beijing schools paired (… 从北京市昌平区…资金中列支 / 一、名单 / 基地学校 | 结对北京学校)", () => {
    const text = "北京市昌平区对口帮扶太仆寺旗。传习基地校建设资金从北京市昌平区2024年京蒙协作资金中列支，共计22万元。\n\n一、“非遗进校园”传习基地校名单\n\n序号|基地学校|结对北京学校|校内联络人|支持资金（万元）\n1|太仆寺旗宝昌镇第一小学|北京市昌平区城关小学|李淑琴|12\n2|太仆寺旗第二中学|北京市昌平区第二中学|萨仁高娃|10\n";
    expect(show(text, "FUNDED").filter((r) => r.includes("学"))).toEqual(["昌平区>太仆寺旗宝昌镇第一小学", "昌平区>太仆寺旗第二中学"]);
    expect(show(text, "WORKS_AT")).toEqual(["李淑琴>太仆寺旗宝昌镇第一小学", "萨仁高娃>太仆寺旗第二中学"]);
  });
  it("gives a table's money to the workshop a row is about, over its address and its operator (工坊名称 | 运营主体 | 所在地 | … | 京蒙协作资金)", () => {
    const text = "通州区对口帮扶翁牛特旗。\n序号|工坊名称|运营主体|所在地|2023年京蒙协作资金（万元）\n1|梧桐花镇蒙古族刺绣皮艺非遗工坊|翁牛特旗锦绣梧桐民族服饰有限公司|梧桐花镇乌兰敖都村|60\n2|海拉苏镇皮雕非遗工坊|翁牛特旗海拉苏镇巴彦温都尔嘎查股份经济合作社|海拉苏镇巴彦温都尔嘎查|45\n";
    expect(show(text, "FUNDED")).toEqual(["通州区>梧桐花镇蒙古族刺绣皮艺非遗工坊", "通州区>海拉苏镇皮雕非遗工坊"]);
  });
  it("gives a table of workshops' money to the firms its workshop column names, but to the row's place where that column names no body (车间名称)", () => {
    const firms = "海淀区对口帮扶敖汉旗。\n序号|车间名称|所在苏木乡镇|所在嘎查村|京蒙协作资金（万元）\n1|敖汉旗陶然居红陶手工艺专业合作社|新惠镇|扎赛营子村|86\n2|敖汉旗古窑黑陶制品有限公司|兴隆洼镇|东井子村|120\n";
    expect(show(firms, "FUNDED")).toEqual(["海淀区>敖汉旗陶然居红陶手工艺专业合作社", "海淀区>敖汉旗古窑黑陶制品有限公司"]);
    const places = "昌平区对口帮扶阿鲁科尔沁旗。\n序号|车间名称|所在地|运营主体|京蒙协作资金（万元）\n1|双胜镇木制品帮扶车间|双胜镇双胜村|阿鲁科尔沁旗绍根木业专业合作社|180\n2|坤都镇家具部件帮扶车间|坤都镇巴彦温都尔嘎查|阿鲁科尔沁旗天山木器厂|150\n";
    expect(show(places, "FUNDED")).toEqual(["昌平区>双胜村", "昌平区>巴彦温都尔嘎查"]);
  });
  it("reads a pharmacy's head and its pharmacist as working there, and sends them nowhere (药店名称 | 所在乡镇 | 企业负责人 | 驻店执业药师)", () => {
    const text = "东城区派出专家组赴化德县医院开展培训。\n\n序号|药店名称|所在乡镇|企业负责人|驻店执业药师\n1|化德县百姓康大药房|长顺镇|张秀梅|王志强\n2|七号镇益康药店|七号镇|苏和|孟晓东\n";
    expect(show(text, "WORKS_AT")).toEqual(["张秀梅>化德县百姓康大药房", "王志强>化德县百姓康大药房", "苏和>七号镇益康药店", "孟晓东>七号镇益康药店"]);
    expect(show(text, "ASSIGNED_TO")).toEqual([]);
  });
  it("gives a table's money to the column the article says it is paid to (以“先建后补”方式拨付项目实施主体)", () => {
    const text = "大兴区对口帮扶察右前旗。\n序号|项目名称|实施主体|所在乡镇（村）|京蒙协作资金（万元）\n1|肉鸭标准化养殖小区建设项目|察右前旗宏丰肉鸭养殖专业合作社|土贵乌拉镇新胜村|320\n2|蛋鸭生态养殖基地建设项目|乌兰察布市蒙源禽蛋食品有限公司|平地泉镇八号地村|280\n\n说明：\n1. 京蒙协作资金以“先建后补”方式拨付项目实施主体，实施主体须与所在嘎查村签订联农带农协议。\n";
    expect(show(text, "FUNDED")).toEqual(["大兴区>察右前旗宏丰肉鸭养殖专业合作社", "大兴区>乌兰察布市蒙源禽蛋食品有限公司"]);
  });
  it("reads a back-translation's 配对 under which a banner is helped as its pairing (在北京顺义区的配对帮助下，赤峰市八林左旗…)", () => {
    expect(show("在北京顺义区的配对帮助下，赤峰市八林左旗临东镇建造了一个秸秆生物木炭工厂。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
  });
  it("pairs a table's hospitals with the ones its column says are their pairs, though the table lists doctors sent (定点医疗机构 | 结对帮扶单位（派出单位） | 派驻专家)", () => {
    const text = "海淀区对口帮扶敖汉旗。\n序号|定点医疗机构|所在苏木乡镇|结对帮扶单位（派出单位）|派驻专家|补助资金（万元）\n1|敖汉旗人民医院|新惠镇|北京市海淀医院|王志远|90\n2|敖汉旗蒙医中医医院|新惠镇|北京市海淀区中医医院|孙丽娟|45\n";
    expect(show(text, "PAIRED_WITH").filter((p) => p.includes("医院>"))).toEqual(["北京市海淀医院>敖汉旗人民医院", "北京市海淀区中医医院>敖汉旗蒙医中医医院"]);
  });
  it("posts a table's village legal advisers to their villages, past a column of when they serve (嘎查村（社区） | … | 法律顾问 | 驻村服务时间)", () => {
    const text = "顺义区对口帮扶巴林左旗。\n序号|苏木乡镇|嘎查村（社区）|结对律师事务所|法律顾问|驻村服务时间\n1|林东镇|新城社区|北京市潮白律师事务所|王振宇|每月第一周\n2|隆昌镇|隆昌村|北京市潮白律师事务所|李建国|每月第二周\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["王振宇>新城社区", "李建国>隆昌村"]);
  });
  it("gives a table's money to the drivers' homes it lists, their heads working there, and pairs each row's county with its district (司机之家名称 | 所在旗县 | 站长 | 京蒙协作资金 | 结对区)", () => {
    const text = "序号|司机之家名称|所在旗县|站长|京蒙协作资金（万元）|结对区\n1|林西县大井镇司机之家|林西县|李国栋|80|丰台区\n2|翁牛特旗乌丹镇司机之家|翁牛特旗|斯琴巴图|95|通州区\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["丰台区>林西县", "通州区>翁牛特旗"]);
    expect(show(text, "FUNDED")).toEqual(["丰台区>林西县大井镇司机之家", "通州区>翁牛特旗乌丹镇司机之家"]);
    expect(show(text, "WORKS_AT")).toEqual(["李国栋>林西县大井镇司机之家", "斯琴巴图>翁牛特旗乌丹镇司机之家"]);
  });
  it("reads a firm settling in a note or a numbered item, done already (注：…落户永丰镇; 1.…已于2024年10月落户乌丹镇)", () => {
    expect(show("注：北京京北匠心文化发展有限公司系昌平区引进企业，2023年11月落户永丰镇，投资180万元建设面塑生产线。", "LOCATED_IN")).toContain("北京京北匠心文化发展有限公司>永丰镇");
    expect(show("说明：\n1.北京通运碳谷环保科技有限公司系通州区引进企业，已于2024年10月落户乌丹镇。", "INVESTED_IN")).toEqual(["北京通运碳谷环保科技有限公司>乌丹镇"]);
  });
  it("gives an item's money to the body its heading builds, the item opened inside a paragraph (…。二是新建梧桐花镇蒙古族刺绣非遗工坊。通州区投入…)", () => {
    const text = "一是提升改造乌丹镇皮影非遗工坊。通州区投入京蒙协作资金150万元，为工坊新建雕刻车间。二是新建梧桐花镇蒙古族刺绣非遗工坊。通州区投入京蒙协作资金120万元，吸纳周边妇女53人就业。";
    expect(show(text, "FUNDED")).toEqual(["通州区>乌丹镇皮影非遗工坊", "通州区>梧桐花镇蒙古族刺绣非遗工坊"]);
  });
  it("gives a town's gift to the village a scene set down to a town names, not to the banner (在巴林左旗隆昌镇，…帮助隆昌镇四家子村…)", () => {
    expect(show("在巴林左旗隆昌镇，北京市顺义区仁和镇与隆昌镇结成帮扶对子，仁和镇捐助帮扶资金45万元，帮助隆昌镇四家子村把闲置库房改造成酱油作坊。", "FUNDED")).toEqual(["仁和镇>四家子村"]);
  });
  it("gives money to a co-operative named without its place, and by its trade name after (为福源合作社新建…)", () => {
    expect(show("福源酿造专业合作社成立于2016年。顺义区安排京蒙协作资金360万元，为福源合作社新建标准化发酵车间。", "FUNDED")).toEqual(["顺义区>福源酿造专业合作社"]);
  });
  it("reads a job done at a firm before a quote (现在在…有限公司做质检员：“…”), and a doctor at a hospital's department written 部门", () => {
    expect(show("家住乌丹镇西门外社区的郭晓燕以前在外地打工，现在在北京通运达电动车制造有限公司做质检员：“每天骑着自己厂里造的电动车上班！”", "WORKS_AT")).toEqual(["郭晓燕>北京通运达电动车制造有限公司"]);
    expect(show("北京市西城区广外医院内分泌部门的副主任医师陈敏，在喀喇沁旗医院进行了三个月的医疗援助。", "WORKS_AT")).toEqual(["陈敏>北京市西城区广外医院"]);
  });
});

describe("the seventy-ninth stop's first batch", () => {
  it("reads a troupe's head from a column of those in charge beside the troupes' names (艺术团（队）名称 | … | 负责人)", () => {
    const text = "民间艺术团惠民演出补贴名单\n\n序号|艺术团（队）名称|所在苏木镇|负责人|补贴金额（元）\n1|库伦镇安代艺术团|库伦镇|包金山|93000\n2|水泉乡二人台小剧团|水泉乡|孙玉发|67200\n";
    expect(show(text, "WORKS_AT")).toEqual(["包金山>库伦镇安代艺术团", "孙玉发>水泉乡二人台小剧团"]);
  });
  it("reads a contact of a kind of body at the row's body of that kind, though a Beijing partner's column stands beside (卫生院联系人)", () => {
    const text = "具体安排如下：\n序号|乡镇|承检机构|北京结对单位|卫生院联系人\n1|天义镇|天义镇中心卫生院|石景山区八角社区卫生服务中心|孟庆华\n2|八里罕镇|八里罕镇中心卫生院|石景山区古城社区卫生服务中心|白玉兰\n";
    expect(show(text, "WORKS_AT")).toEqual(["孟庆华>天义镇中心卫生院", "白玉兰>八里罕镇中心卫生院"]);
  });
  it("gives the programme's money of a table of investments to the district its column names, the firm investing its own (投资企业 | 北京结对区 | … | 其中京蒙协作资金)", () => {
    const text = "序号|项目名称|投资企业|北京结对区|落地旗县|总投资（万元）|其中京蒙协作资金（万元）\n1|年产2万吨水处理剂项目|北京中科瑞华精细化工有限公司|丰台区|林西县|23000|500\n2|高纯电子化学品项目|北京华芯微材科技有限公司|北京经济技术开发区|巴林右旗|38000|800\n";
    expect(show(text, "FUNDED")).toEqual(["丰台区>林西县", "北京经济技术开发区>巴林右旗"]);
    expect(show(text, "INVESTED_IN")).toEqual(["北京中科瑞华精细化工有限公司>林西县", "北京华芯微材科技有限公司>巴林右旗"]);
  });
  it("pairs a table's villages with the Beijing villages a column gives, and gives the money to the district that column names (… | 北京市昌平区结对村)", () => {
    const text = "表1　太仆寺旗墙绘项目拟支持嘎查村名单\n\n序号|苏木乡镇|嘎查村|京蒙协作资金（万元）|设计单位|北京市昌平区结对村\n1|宝昌镇|边墙村|38|北京华艺美术职业学院|兴寿镇秦家屯村\n2|宝昌镇|东郊村|26|北京华艺美术职业学院|南口镇羊台子村\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["秦家屯村>边墙村", "羊台子村>东郊村"]);
    expect(show(text, "FUNDED")).toEqual(["昌平区>边墙村", "昌平区>东郊村"]);
  });
  it("reads a Beijing firm's investment beside the district paired with the row (合作老字号企业 | 北京结对区 | 老字号企业投资), and the head of a joint factory", () => {
    const text = "序号|旗县区|联营工厂（帮扶车间）名称|所在乡镇（苏木）|合作老字号企业|北京结对区|老字号企业投资（万元）|负责人\n1|巴林左旗|巴林左旗京福斋食品有限公司|林东镇|北京京福斋食品有限公司|顺义区|1200|孙志远\n2|阿鲁科尔沁旗|阿鲁科尔沁旗德和源乳制品有限公司|天山镇|北京德和源食品有限公司|昌平区|860|乌力吉\n";
    expect(show(text, "INVESTED_IN")).toEqual(["北京京福斋食品有限公司>林东镇", "北京德和源食品有限公司>天山镇"]);
    expect(show(text, "WORKS_AT")).toEqual(["孙志远>巴林左旗京福斋食品有限公司", "乌力吉>阿鲁科尔沁旗德和源乳制品有限公司"]);
  });
  it("reads a studio leader's home and no posting to the body the studio helps (领办人 | 所在单位 | … | 受援单位)", () => {
    const text = "序号|北京结对区|北京方工作室|领办人|所在单位|结对旗县区|受援单位\n1|顺义区|李春雷劳模创新工作室|李春雷|北京恒达顺电气设备有限公司|巴林左旗|巴林左旗职业教育中心\n2|北京经济技术开发区|周立伟技能大师工作室|周立伟|北京华精数控机床有限公司|巴林右旗|巴林右旗宏远机械制造有限公司\n";
    expect(show(text, "WORKS_AT")).toEqual(["李春雷>北京恒达顺电气设备有限公司", "周立伟>北京华精数控机床有限公司"]);
    expect(show(text, "ASSIGNED_TO")).toEqual([]);
  });
  it("reads a craft master's home before a title of seven characters (…学校高级工艺美术师杨秀兰), and no district as a society's secretary's", () => {
    expect(show("北京市大兴区礼贤职业学校高级工艺美术师杨秀兰到正镶白旗民族职业技术学校支教。西城区会计学会秘书长宋佳琪表示欢迎。", "WORKS_AT")).toEqual(["杨秀兰>北京市大兴区礼贤职业学校"]);
  });
  it("takes a bureau named short (东城区城管执法局) for the one named in full", () => {
    expect(show("北京市东城区城市管理综合行政执法局与阿尔山市综合行政执法局结对。东城区城管执法局执法队员刘卫东到阿尔山市综合行政执法局挂职。", "WORKS_AT")).toEqual(["刘卫东>北京市东城区城市管理综合行政执法局"]);
  });
  it("posts one to the body a roster's column names over the county beside it (服务旗县 | 服务单位)", () => {
    const text = "序号|姓名|性别|毕业院校|服务旗县|服务单位|岗位类别\n1|刘思远|男|北京联合大学|化德县|化德县长顺镇人民政府|乡村振兴\n2|其木格|女|首都师范大学|化德县|化德县第三中学|基础教育\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘思远>化德县长顺镇人民政府", "其木格>化德县第三中学"]);
  });
  it("pairs a roster's district with each row's county, and no bodies of the roster (姓名 | 派出单位 | 结对区 | 蹲点旗县 | 接收单位)", () => {
    const text = "序号|姓名|派出单位|结对区|蹲点旗县|接收单位\n1|王梓涵|北京市东城区融媒体中心|东城区|兴安盟阿尔山市|阿尔山市融媒体中心\n2|陈雨桐|北京市西城区融媒体中心|西城区|呼伦贝尔市鄂伦春自治旗|鄂伦春自治旗融媒体中心\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["东城区>阿尔山市", "西城区>鄂伦春自治旗"]);
  });
});

describe("the eightieth stop", () => {
  it("gives to a body the article names in full where its kind's last words follow a word of help or building (用于产业园…建设, 支持工作站建设)", () => {
    const text = "大兴区与察哈尔右翼前旗结对帮扶。察右前旗京蒙协作硅材料产业园位于平地泉镇。2023年以来，大兴区累计安排京蒙协作资金4600万元，用于产业园标准化厂房和变电站建设。";
    expect(show(text, "FUNDED")).toEqual(["大兴区>察右前旗京蒙协作硅材料产业园"]);
  });
  it("reads a head named by a bare title opening a sentence at the last body of the kind the title heads (…学校…。校长其木格跟我说)", () => {
    expect(show("那天，我们来到科右前旗第一中学。刚来时，学校只有一块土操场。校长其木格跟我说，孩子们喜欢冰。", "WORKS_AT")).toEqual(["其木格>科右前旗第一中学"]);
  });
  it("reads a village's head by a bare title at the last village of the title's kind (嘎查长, 嘎查达, 村党支部书记)", () => {
    const text = "锡林郭勒盟太仆寺旗宝昌镇巴彦查干嘎查今年建起了喷灌设施。项目由昌平区投入京蒙协作资金80万元。嘎查长巴特尔告诉记者，马铃薯的产量提高了三成。";
    expect(show(text, "WORKS_AT")).toEqual(["巴特尔>巴彦查干嘎查"]);
  });
  it("pairs a table's Beijing bodies with the row's village its column's header says they pair with (…（与所在嘎查村结对）)", () => {
    const text = "序号|帮扶车间（经营主体）|所在苏木镇|所在嘎查村（社区）|奖补资金（万元）|北京结对帮扶单位（与所在嘎查村结对）\n1|科右前旗巴音塔拉手工艺品农民专业合作社|乌兰毛都苏木|草根台嘎查|36|北京京诚福源商贸有限公司\n2|兴安盟盛源杂粮加工有限公司|归流河镇|西白音嘎查|24|北京市东城区东华门街道南池子社区\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京京诚福源商贸有限公司>草根台嘎查", "南池子社区>西白音嘎查"]);
  });
  it("reads a member named by 社员 opening a sentence at the co-operative named before (…专业合作社…。社员阿拉坦仓笑着说)", () => {
    const text = "阿鲁科尔沁旗宝力格渔业专业合作社今年新建了冷库。社员阿拉坦仓笑着说，鱼好卖了。";
    expect(show(text, "WORKS_AT")).toEqual(["阿拉坦仓>阿鲁科尔沁旗宝力格渔业专业合作社"]);
  });
  it("reads one said to be of a village's people at the village (李国庆是永胜村的养牛户, 乌兰花嘎查的巴特尔是当地有名的种粮大户)", () => {
    expect(show("欣悦的父亲李国庆是永胜村的养牛户。", "WORKS_AT")).toEqual(["李国庆>永胜村"]);
    expect(show("今年，花吐古拉镇乌兰花嘎查的巴特尔是当地有名的种粮大户。", "WORKS_AT")).toEqual(["巴特尔>乌兰花嘎查"]);
  });
});

describe("the eighty-first stop", () => {
  it("reads a post taken right after one's name at the body named next (吴晓峰兼任…第一中学的法治副校长, 其其格还担任着…协会副会长)", () => {
    expect(show("检察官吴晓峰兼任大杨树镇第一中学的法治副校长，每学期都要去讲几次课。", "WORKS_AT")).toEqual(["吴晓峰>大杨树镇第一中学"]);
    expect(show("民宿主人其其格说，生意好了。其其格还担任着巴林左旗民宿协会副会长。", "WORKS_AT")).toContain("其其格>巴林左旗民宿协会");
    // (An acting head's post there is a posting's.)
    expect(show("其中，血液肿瘤中心主任医师张瑞东担任内蒙古自治区人民医院儿科执行主任。", "WORKS_AT")).toEqual([]);
    expect(show("其中，血液肿瘤中心主任医师张瑞东担任内蒙古自治区人民医院儿科执行主任。", "ASSIGNED_TO")).toEqual(["张瑞东>内蒙古自治区人民医院"]);
  });
  it("posts one the words before their name say was sent to the Inner Mongolian body where they take a post, not a workplace", () => {
    const text = "丰台区与林西县结对帮扶。丰台区人力资源和社会保障局派出的挂职干部郑海龙，担任林西县人力资源和社会保障局副局长，推动建立了工资专门账户制度。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["郑海龙>林西县人力资源和社会保障局"]);
    expect(show(text, "WORKS_AT")).toEqual(["郑海龙>丰台区人力资源和社会保障局"]);
  });
  it("posts to a Beijing body one a pronoun points at who trains there, and reads the one trained under at that body (他在…进修…，跟着全科主任黄蕾学习)", () => {
    const text = "在白狼镇卫生院，刘海军是全镇唯一的全科医生。2022年，他在北京市东城区东花市社区卫生服务中心进修了三个月，跟着全科主任黄蕾学习家庭医生签约。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘海军>北京市东城区东花市社区卫生服务中心"]);
    expect(show(text, "WORKS_AT")).toContain("黄蕾>北京市东城区东花市社区卫生服务中心");
  });
  it("reads a table's teachers of its trainees (带教老师) at the row's Beijing host", () => {
    const text = "关于公布赴京进修人员名单的通知\n\n序号｜姓名｜工作单位｜进修专业｜进修医院｜带教老师\n1｜关晓峰｜鄂伦春自治旗人民医院｜心血管内科｜北京市西城区展览路医院｜王建新 主任医师\n2｜孟春梅｜大杨树镇中心卫生院｜全科医学｜北京市西城区广外医院｜赵静 副主任医师\n";
    expect(show(text, "WORKS_AT")).toEqual(expect.arrayContaining(["王建新>北京市西城区展览路医院", "赵静>北京市西城区广外医院"]));
  });
  it("posts the experts leading a schedule's visits to the row's site, and pairs no bodies the row names beside them", () => {
    const text = "关于开展眼病筛查的通知\n\n日期｜筛查（手术）地点｜北京派出单位｜带队专家｜本地配合单位\n6月12日｜白狼镇卫生院｜北京市东城区第一人民医院｜韩冬（眼科主任）｜白狼镇人民政府\n6月14日｜明水河镇卫生院｜北京市东城区第一人民医院｜苏雅（眼科主治医师）｜明水河镇人民政府\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["韩冬>白狼镇卫生院", "苏雅>明水河镇卫生院"]);
    expect(show(text, "PAIRED_WITH")).toEqual([]);
  });
  it("reads the home one is said after a comma to come from (…副县长刘志远，原来是北京市东城区商务局的干部)", () => {
    expect(show("东城区派到化德县挂职的副县长刘志远，原来是北京市东城区商务局的干部。", "WORKS_AT")).toEqual(["刘志远>北京市东城区商务局"]);
  });
  it("takes 这个公司 for the firm named before, as 这家公司", () => {
    expect(show("巴林右旗金山淀粉有限公司今年扩产。这个公司的总经理那顺巴雅尔说，订单多了。", "WORKS_AT")).toEqual(["那顺巴雅尔>巴林右旗金山淀粉有限公司"]);
  });
  it("keeps the home of one who reports others' postings (…副主任杨志刚表示，海淀区累计选派护理骨干到敖汉挂职)", () => {
    expect(show("敖汉旗卫生健康委员会副主任杨志刚表示，海淀区累计选派护理骨干到敖汉挂职。", "WORKS_AT")).toEqual(["杨志刚>敖汉旗卫生健康委员会"]);
  });
  it("takes 该院 for the hospital named before, not the one its clause says the posting works at (…在巴林右旗蒙医医院开展了为期三个月的医疗帮扶)", () => {
    const text = "北京中医药大学东方医院与巴林右旗蒙医医院是结对医院。去年夏天，该院呼吸科主治医师刘畅在巴林右旗蒙医医院开展了为期三个月的医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(["刘畅>北京中医药大学东方医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘畅>巴林右旗蒙医医院"]);
  });
  it("posts a schedule's experts to the bodies hosting each visit over the places (筛查地点 | 承接单位 | 带队专家（所在单位）), and a roster's to its 巡诊单位", () => {
    const text = "关于开展口腔癌筛查的通知\n\n日期｜筛查地点｜承接单位｜带队专家（所在单位）\n7月8日—9日｜阿里河镇｜鄂伦春自治旗人民医院｜孟庆华（北京口腔医院口腔颌面外科）\n7月12日｜甘河镇｜甘河镇卫生院｜孟庆华（北京口腔医院口腔颌面外科）\n";
    expect(show(text, "ASSIGNED_TO")).toEqual(["孟庆华>鄂伦春自治旗人民医院", "孟庆华>甘河镇卫生院"]);
    const roster = "序号｜专家姓名｜派出单位｜科室及职称｜巡诊单位｜巡诊时间\n1｜郑海峰｜北京亦庄国际医院｜呼吸与危重症医学科 主任医师｜巴林右旗医院｜1月6日—1月10日\n2｜吕春燕｜北京亦庄国际医院｜康复医学科 副主任治疗师｜大板镇卫生院｜1月13日—1月17日\n";
    expect(show(roster, "ASSIGNED_TO")).toEqual(["郑海峰>巴林右旗医院", "吕春燕>大板镇卫生院"]);
  });
});

describe("the eighty-second stop", () => {
  it("reads a list's profiles numbered （一）, and a short form of a school named in full before (永定实验中学)", () => {
    const text = "一、结对学校名单\n1.北京市大兴区永定实验中学——察哈尔右翼前旗第一中学\n二、远程授课教师名单\n（一）孙慧敏，北京市大兴区永定实验中学数学教师、北京市骨干教师，承担察右前旗第一中学高一年级数学同步课；\n（二）贾立新，永定实验中学物理教研组长，承担察右前旗第一中学高二年级物理同步课；\n";
    expect(show(text, "WORKS_AT")).toEqual(["孙慧敏>北京市大兴区永定实验中学", "贾立新>北京市大兴区永定实验中学"]);
  });
  it("reads 该院 before staff sent to serve elsewhere as the sending body, not the one served (分别在巴林右旗医院、…开展医疗帮扶)", () => {
    const text = "北京经济技术开发区亦康康复医院康复医学科主任贺建平挂职巴林右旗医院副院长；该院康复治疗师谷雨、于佳音分别在巴林右旗医院、巴林右旗妇幼保健院开展为期6个月的医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(expect.arrayContaining(["谷雨>北京经济技术开发区亦康康复医院", "于佳音>北京经济技术开发区亦康康复医院"]));
    expect(show(text, "WORKS_AT")).not.toContain("谷雨>巴林右旗医院");
  });
  it("reads 该院 of a team led from it (专家组由该院…带队) and of one brought along (带着该院治疗师) as the Beijing body", () => {
    const team = "北京市东城区和平里康复医院派出的3名康复专家抵达阿尔山市人民医院，开展为期半年的医疗帮扶。专家组由该院康复医学科主任陈景涛带队。";
    expect(show(team, "WORKS_AT")).toEqual(["陈景涛>北京市东城区和平里康复医院"]);
    const brought = "今年，北京市昌平区汤泉康复医院神经康复科主任杜明远带着该院治疗师苏晓雨来到太仆寺旗人民医院，开展为期3个月的医疗帮扶。";
    expect(show(brought, "WORKS_AT")).toContain("苏晓雨>北京市昌平区汤泉康复医院");
  });
});

describe("the eighty-second stop: who sent whom", () => {
  it("reads those a body sent after adverbs (还先后派出护士长刘婧、检验师韩立新) at the body", () => {
    const text = "海淀区与敖汉旗结对。北京市海淀区安和医院还先后派出护士长刘婧、检验师韩立新等6名医护人员赴敖汉旗新惠中心医院开展医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(["刘婧>北京市海淀区安和医院", "韩立新>北京市海淀区安和医院"]);
  });
  it("reads the head of a team a firm sent, in the next clause, at the firm (…派出了23人的技术团队，项目经理罗振宇…)", () => {
    const text = "石景山区与宁城县结对。承担施工的北京金街通信技术有限公司派出了23人的技术团队，项目经理罗振宇带着队员在山里住了整整一个夏天。";
    expect(show(text, "WORKS_AT")).toEqual(["罗振宇>北京金街通信技术有限公司"]);
  });
  it("reads the Beijing body a pronoun's one worked at (他原来在北京市丰台区教育委员会工作) over the district they are a cadre of", () => {
    const text = "丰台区与扎赉特旗结对。丰台区的挂职干部、扎赉特旗副旗长韩宇这样说。他原来在北京市丰台区教育委员会工作，2021年来到扎赉特旗。";
    expect(show(text, "WORKS_AT")).toEqual(["韩宇>北京市丰台区教育委员会"]);
  });
  it("posts a team's leader and members (成员为…) where the staff a body sent went, and reads them at that body (派出的3名康复专家)", () => {
    const text = "东城区与阿尔山市结对。5月6日，北京市东城区和平里康复医院派出的3名康复专家抵达阿尔山市人民医院，开展为期半年的医疗帮扶。专家组由该院康复医学科主任陈景涛带队，成员为康复治疗师宋雅楠、林志恒。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["陈景涛>阿尔山市人民医院", "宋雅楠>阿尔山市人民医院", "林志恒>阿尔山市人民医院"]);
    expect(show(text, "WORKS_AT")).toEqual(["陈景涛>北京市东城区和平里康复医院", "宋雅楠>北京市东城区和平里康复医院", "林志恒>北京市东城区和平里康复医院"]);
  });
  it("reads profiles opening with a bullet (🔹陈思远，…四级调研员，现挂职…), a teacher's (美术老师) too", () => {
    const text = "经开区与巴林右旗结对。\n🔹陈思远，北京经济技术开发区社会事业局四级调研员，现挂职巴林右旗副旗长，分管京蒙协作。\n🔹杨慕华，北京亦庄博兴小学美术老师，在巴林右旗大板第二小学支教一年。\n";
    expect(show(text, "WORKS_AT")).toEqual(["陈思远>北京经济技术开发区社会事业局", "杨慕华>北京亦庄博兴小学"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["陈思远>巴林右旗", "杨慕华>巴林右旗大板第二小学"]);
  });
  it("reads a coach labelled in a list, with the body and the posting in brackets (技术指导：李梦（…）)", () => {
    const text = "东城区与阿尔山市结对。\n技术指导：李梦（北京市东城区东华门实验小学体育教师，2023年9月起在阿尔山市实验小学支教）\n";
    expect(new Set(show(text, "WORKS_AT"))).toEqual(new Set(["李梦>北京市东城区东华门实验小学"]));
    expect(show(text, "ASSIGNED_TO")).toEqual(["李梦>阿尔山市实验小学"]);
  });
});

describe("the eighty-third stop", () => {
  it("reads a person's line of fields set apart by commas, the name first (1.李文博，派出单位：…，服务单位：…)", () => {
    const text = "三、东城区选派专业技术人才名单\n1.李文博，派出单位：北京京绒服饰集团有限公司，服务单位：化德县京蒙服装产业园，帮扶方式：技术指导，服务期限：2024年3月至12月。\n2.韩雪，派出单位：北京市东城区安定门中医医院，服务单位：化德县医院，帮扶方式：医疗帮扶，服务期限：1年。\n";
    expect(show(text, "WORKS_AT")).toEqual(["李文博>北京京绒服饰集团有限公司", "韩雪>北京市东城区安定门中医医院"]);
    expect([...new Set(show(text, "ASSIGNED_TO"))]).toEqual(["李文博>化德县京蒙服装产业园", "韩雪>化德县医院"]);
  });
  it("reads a name set apart by commas after its body's post (李桥医院的骨科医生，陈志强，在…) at the body", () => {
    const text = "北京市顺义区李桥医院和巴林左旗医院结成了帮扶的对子。李桥医院的骨科医生，陈志强，在巴林左旗医院进行了半年的医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(["陈志强>北京市顺义区李桥医院"]);
  });
});

describe("the eighty-third stop: rows of a body and its partner", () => {
  it("pairs a row's body with the partner its field names (1．敖汉旗人民医院，结对单位：北京市海淀区上地医院；)", () => {
    const text = "一、戒烟门诊建设单位及北京结对单位\n1．敖汉旗人民医院，结对单位：北京市海淀区上地医院；\n2．新惠镇中心卫生院，结对单位：海淀区学院路社区卫生服务中心。\n";
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["北京市海淀区上地医院>敖汉旗人民医院", "海淀区学院路社区卫生服务中心>新惠镇中心卫生院"]));
  });
});

describe("the eighty-third stop: lists of pairs", () => {
  it("pairs the items a sentence on pairing leads in with its colon, one pair or more each (（一）通州区宋庄镇与乌丹镇，…；（三）…)", () => {
    const text = "四、结对单位对接安排\n\n年货大集期间，安排以下结对单位开展专场对接：\n（一）通州区宋庄镇与乌丹镇，宋庄镇小堡村与乌丹镇布日敦嘎查；\n（二）通州区马驹桥镇与亿合公镇；\n";
    expect(show(text, "PAIRED_WITH")).toEqual(expect.arrayContaining(["宋庄镇>乌丹镇", "小堡村>布日敦嘎查", "马驹桥镇>亿合公镇"]));
  });
  it("pairs rows a post marks with an emoji, dashed or joined by a heavy arrow (✅ 顺义区北务镇—科左中旗保康镇, 🤝 … ➡️ …)", () => {
    const dashed = "顺义区与科左中旗结对帮扶以来，两地的“亲戚”越走越近👇\n\n✅ 顺义区北务镇—科左中旗保康镇\n✅ 北务镇仓上村—保康镇向阳村\n";
    expect(show(dashed, "PAIRED_WITH")).toEqual(expect.arrayContaining(["北务镇>保康镇", "仓上村>向阳村"]));
    const arrows = "03 | 结对帮扶，一个都不少\n\n🤝 通州区宋庄镇 ➡️ 翁牛特旗乌敦套海镇\n🤝 北京市通州区潞河康复医院 ➡️ 翁牛特旗乌丹镇中心医院\n";
    expect(show(arrows, "PAIRED_WITH")).toEqual(expect.arrayContaining(["宋庄镇>乌敦套海镇", "北京市通州区潞河康复医院>翁牛特旗乌丹镇中心医院"]));
  });
});

describe("the eighty-fourth stop", () => {
  it("reads where one comes from after a rank set apart by commas (欧阳丹，主管药师，来自…)", () => {
    const text = "派驻专家名单：\n6. 欧阳丹，主管药师，来自北京市朝阳区妇幼保健院，派驻敖汉旗妇幼保健院。\n";
    expect(show(text, "WORKS_AT")).toEqual(["欧阳丹>北京市朝阳区妇幼保健院"]);
  });
  it("reads the towns a county holds, 辖 right after its name (正镶白旗辖明安图镇、星耀镇…)", () => {
    const text = "一、基本情况\n\n正镶白旗辖明安图镇、星耀镇、伊和淖尔苏木，是以畜牧业为主体经济的纯牧业旗。\n";
    expect(show(text, "PART_OF")).toEqual(expect.arrayContaining(["明安图镇>正镶白旗", "星耀镇>正镶白旗", "伊和淖尔苏木>正镶白旗"]));
  });
  it("pairs a body helped with the partner a dash leads to, its field named by its kind (1. …中学——结对学校:…;项目资金60万元)", () => {
    const text = "一、项目学校、结对学校及资金安排\n\n1. 巴林右旗大板第一中学——结对学校:北京经济技术开发区亦庄科创中学;项目资金60万元,建设航空模型创客实验室。\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京经济技术开发区亦庄科创中学>巴林右旗大板第一中学"]);
  });
  it("reads a card's name before a colon after a bullet, its body and post after (🔹王一鸣：北京市顺义区文化和旅游局挂职干部，…)", () => {
    const text = "三、人物\n🔹王一鸣：北京市顺义区文化和旅游局挂职干部，现任科左中旗文化旅游体育局副局长。\n🔹罗振：北京市顺义区潮白河医院骨科副主任医师，今年5月起在科左中旗保康医院开展医疗帮扶。\n";
    expect(show(text, "WORKS_AT")).toEqual(["王一鸣>北京市顺义区文化和旅游局", "罗振>北京市顺义区潮白河医院"]);
  });
  it("reads a contact's body right before the label (太仆寺旗农牧局联系人：其其格)", () => {
    const text = "三、联系方式\n太仆寺旗农牧局联系人：其其格，电话：0479-5222222\n";
    expect(show(text, "WORKS_AT")).toEqual(["其其格>太仆寺旗农牧局"]);
  });
});

describe("the eighty-fifth stop", () => {
  it("places a body opened or finished in a town (…在旗政府所在地新惠镇正式开馆, …在林西镇落成)", () => {
    expect(show("北京市海淀区与赤峰市敖汉旗共建的敖汉旗全民健身中心在旗政府所在地新惠镇正式开馆。", "LOCATED_IN")).toEqual(expect.arrayContaining(["敖汉旗全民健身中心>新惠镇"]));
    expect(show("由丰台区投入京蒙协作资金1900万元建设的林西县全民健身中心在林西镇落成。", "LOCATED_IN")).toEqual(expect.arrayContaining(["林西县全民健身中心>林西镇"]));
  });
  it("pairs past a heading in brackets that holds a pairing word (【结对动态】昌平区城北街道与阿旗巴彦花镇…)", () => {
    expect(show("【结对动态】昌平区城北街道与阿旗巴彦花镇近日签订结对帮扶协议。", "PAIRED_WITH")).toEqual(["城北街道>巴彦花镇"]);
  });
  it("reads the body and posting of a row a dash opens (——戴晓峰，顺义区体育局竞赛训练科科长，挂职…)", () => {
    const text = "三、挂职干部\n——戴晓峰，顺义区体育局竞赛训练科科长，挂职巴林左旗文化旅游体育局副局长，挂职期2年；\n";
    expect(show(text, "WORKS_AT")).toEqual(["戴晓峰>顺义区体育局"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["戴晓峰>巴林左旗文化旅游体育局"]);
  });
  it("reads a table's money column named for the programme's funds, each cell with its unit (| 实施地点 | 协作资金 | … | 骆驼山镇 | 180万元 |)", () => {
    const text = "三、资金使用情况\n\n2024年昌平区京蒙协作资金支持体育文旅项目一览：\n| 序号 | 项目名称 | 实施地点 | 协作资金 |\n| 1 | 骑行驿站及补给点建设 | 骆驼山镇 | 180万元 |\n| 2 | 牧民健身中心 | 贡宝拉格苏木 | 210万元 |\n";
    expect(show(text, "FUNDED")).toEqual(["昌平区>骆驼山镇", "昌平区>贡宝拉格苏木"]);
  });
  it("pairs the numbered items of a list a heading names, past a blank line (一、结对帮扶学校名单（共2对） / （一）…学校 与 …小学)", () => {
    const text = "一、结对帮扶学校名单（共2对）\n\n（一）北京经济技术开发区星海实验学校 与 巴林右旗大板第三小学\n（二）北京经济技术开发区荣华实验小学 与 巴林右旗索博日嘎镇中心学校\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京经济技术开发区星海实验学校>巴林右旗大板第三小学", "北京经济技术开发区荣华实验小学>巴林右旗索博日嘎镇中心学校"]);
  });
  it("gives a sum to the body it builds at the seat named as such, or works on (在旗府所在地…阿里河镇建设…救护站, 对位于库伦镇的…救护站进行升级)", () => {
    expect(show("西城区安排京蒙协作资金280万元，在旗府所在地鄂伦春自治旗阿里河镇建设鄂伦春自治旗野生动物救护站。", "FUNDED")).toEqual(["西城区>鄂伦春自治旗野生动物救护站"]);
    expect(show("今年，密云区投入京蒙协作资金150万元，对位于库伦镇的库伦旗野生动物救护站进行全面升级。", "FUNDED")).toEqual(["密云区>库伦旗野生动物救护站"]);
  });
  it("pairs the numbered items under a section's heading on pairing (二、新增结对学校 / （一）…与…；)", () => {
    const text = "二、新增结对学校\n\n（一）北京市石景山区古城第二小学与宁城县天义镇第二小学；\n（二）北京市石景山区鲁谷第一中学与宁城县大明镇中学。\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京市石景山区古城第二小学>宁城县天义镇第二小学", "北京市石景山区鲁谷第一中学>宁城县大明镇中学"]);
    expect(show("一、街镇结对情况\n\n6．西城区新街口街道与大河口乡拟建立结对关系，目前正在对接，尚未签订协议。\n", "PAIRED_WITH")).toEqual([]);
  });
  it("reads the sentence's subject as the sender of a clause of sending after a time (…结成对子，今年选派农机专业教师马俊峰到…支教)", () => {
    expect(show("北京亦庄汽车职业技术学校与巴林右旗职业高中结成对子，今年选派农机专业教师马俊峰到巴林右旗职业高中支教一学期。", "WORKS_AT")).toEqual(["马俊峰>北京亦庄汽车职业技术学校"]);
  });
  it("places no body where something else is done there (…在新惠镇举办开馆仪式)", () => {
    expect(show("敖汉旗全民健身中心在新惠镇举办开馆仪式。", "LOCATED_IN")).not.toContain("敖汉旗全民健身中心>新惠镇");
  });
});

describe("the eighty-sixth stop", () => {
  it("reads a profile row's home whatever trade its post is (曲艺辅导员, 副主席、相声演员, 放映员)", () => {
    const text = "二、驻点人员\n1. 孟繁星，北京市顺义区曲艺家协会副主席、相声演员，驻巴彦套海嘎查。\n2. 杜晓川，北京市顺义区文化馆曲艺辅导员，驻科左中旗乌兰牧骑，挂职副队长。\n（3）其其格，察右前旗农村电影放映服务站放映员，负责玫瑰营镇片区。\n";
    expect(show(text, "WORKS_AT")).toEqual(["孟繁星>北京市顺义区曲艺家协会", "杜晓川>北京市顺义区文化馆", "其其格>察右前旗农村电影放映服务站"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(expect.arrayContaining(["杜晓川>科左中旗乌兰牧骑"]));
  });
  it("reads a profile whose post ends its sentence, after a pictograph (👩‍⚕️许佳，…副主任医师。)", () => {
    expect(show("👥人物\n👩‍⚕️许佳，北京市石景山区古城医院中医科副主任医师。今年5月，她来到宁城县汐子镇中心卫生院坐诊。\n", "WORKS_AT")).toEqual(["许佳>北京市石景山区古城医院"]);
  });
  it("reads a hospital's staff after its name without its places and a department (安和医院职业病科主任医师罗文静)", () => {
    expect(show("北京东城安和医院与化德县康宁医院结对后，安和医院职业病科主任医师罗文静在康宁医院开展医疗帮扶。", "WORKS_AT")).toEqual(["罗文静>北京东城安和医院"]);
  });
  it("gives a sum to a school it builds at a town, or a firm's works it works on (在宝昌镇建设兴旺中心小学, 对…滑雪场实施…)", () => {
    expect(show("昌平区与太仆寺旗结对。2024年，昌平区投入京蒙协作资金300万元，在宝昌镇建设兴旺中心小学。", "FUNDED")).toEqual(["昌平区>兴旺中心小学"]);
    expect(show("东城区与阿尔山市结对。利用京蒙协作资金1500万元，对阿尔山林海雪原滑雪场实施雪道扩建工程。", "FUNDED")).toEqual(["东城区>阿尔山林海雪原滑雪场"]);
  });
  it("gives each item its sum, the giver named as the source in the list's lead, the body opening the item the receiver (…从密云区京蒙协作资金中列支： / 1．…合作社（…），补贴资金45万元)", () => {
    const text = "密云区与库伦旗结对帮扶。\n一、服务组织及补贴资金\n首批确定2家服务组织承担作业任务，作业补贴资金从密云区京蒙协作资金中列支：\n1．库伦旗文都板飞防植保专业合作社（库伦镇文都板嘎查），承担作业面积2.5万亩，补贴资金45万元；\n2．库伦旗茫汗苏木牧农植保专业合作社（茫汗苏木），补贴资金32万元。\n";
    expect(show(text, "FUNDED")).toEqual(["密云区>库伦旗文都板飞防植保专业合作社", "密云区>库伦旗茫汗苏木牧农植保专业合作社"]);
  });
  it("gives a list's subsidies to the bodies opening its items, from the district in focus (（一）…合作社，…，拟补贴资金180万元)", () => {
    const text = "昌平区与阿鲁科尔沁旗结对帮扶。昌平区安排京蒙协作资金1260万元，支持我旗开展饲草料收储补贴。\n\n一、饲草料收储补贴项目实施主体（共2家）\n\n（一）阿鲁科尔沁旗天山镇兴隆堡村富源饲草种植专业合作社，收储全株玉米青贮1.2万吨，拟补贴资金180万元；\n（二）天山口镇白城子村丰泽农牧业专业合作社，收储苜蓿干草4000吨，拟补贴资金96万元。\n";
    expect(show(text, "FUNDED")).toEqual(["昌平区>阿鲁科尔沁旗", "昌平区>阿鲁科尔沁旗天山镇兴隆堡村富源饲草种植专业合作社", "昌平区>天山口镇白城子村丰泽农牧业专业合作社"]);
  });
  it("reads a notice's projects given out under its heading 项目计划 as given, not planned (一、项目计划 / 1. …项目，大兴区援助资金160万元；)", () => {
    const text = "大兴区与察右前旗结对。\n\n一、项目计划\n\n2024年，大兴区安排京蒙协作资金共计208万元，具体如下：\n\n1. 土贵乌拉镇区域性养老服务中心护理型床位改造项目，大兴区援助资金160万元；\n2. 土贵乌拉镇南营村养老设施提升项目，大兴区援助资金48万元；\n";
    expect(show(text, "FUNDED")).toEqual(expect.arrayContaining(["大兴区>南营村"]));
  });
});

describe("the eighty-seventh stop", () => {
  it("reads the post held before being posted as one's home (挂职前任…, 来翁牛特挂职前是…的副主任, 挂职前在…科工作)", () => {
    expect(show("翁牛特旗副旗长张卓然同志挂职前任北京市通州区教育委员会体卫艺科副科长。", "WORKS_AT")).toEqual(["张卓然>北京市通州区教育委员会"]);
    expect(show("翁牛特旗副旗长康宁来翁牛特挂职前是北京市通州区发展和改革委员会的副主任。", "WORKS_AT")).toEqual(["康宁>北京市通州区发展和改革委员会"]);
    expect(show("丰台区挂职干部马骁挂职前在北京市丰台区教育委员会体卫艺科工作。", "WORKS_AT")).toEqual(expect.arrayContaining(["马骁>北京市丰台区教育委员会"]));
  });
  it("gives each Beijing town a counted word stands for to its partner (三个街道共捐赠…, 两镇…分别捐助…)", () => {
    expect(show("西城区德胜街道与美林镇、什刹海街道与王爷府镇、展览路街道与锦山镇分别结对，2023年三个街道共捐赠帮扶资金135万元。", "FUNDED")).toEqual(["德胜街道>美林镇", "什刹海街道>王爷府镇", "展览路街道>锦山镇"]);
    expect(show("密云区穆家峪镇与库伦旗扣河子镇、溪翁庄镇与白音花镇结对。两镇年内分别捐助资金50万元、30万元。", "FUNDED")).toEqual(["穆家峪镇>扣河子镇", "溪翁庄镇>白音花镇"]);
  });
  it("reads no counted town's gift to its partner where the sentence names whom they give to (两个街道共同向…残疾人联合会捐赠)", () => {
    expect(show("西城区德胜街道与阿里河镇、展览路街道与大杨树镇分别结对。两个街道共同向鄂伦春自治旗残疾人联合会捐赠助听器120台，价值36万元。", "FUNDED")).not.toEqual(expect.arrayContaining(["德胜街道>阿里河镇"]));
  });
  it("reads a news agency's reporters on a source's line (（来源：新华社，记者 孟和 吴晓光）)", () => {
    expect(show("鄂伦春旗非遗传承\n西城区投入资金。\n（来源：新华社，记者 孟和 吴晓光）\n", "WORKS_AT")).toEqual(["孟和>新华社", "吴晓光>新华社"]);
  });
  it("reads staying at a village or a works as a posting (驻扎在谢家营村, 驻厂指导半年), not 派驻扎赉特旗 nor 入驻企业", () => {
    expect(show("民政局干部李慧敏驻扎在谢家营村。", "ASSIGNED_TO")).toEqual(["李慧敏>谢家营村"]);
    expect(show("北京顺和源味食品有限公司还派出质量总监陈燕到保康镇工厂驻厂指导半年。", "ASSIGNED_TO")).toEqual(["陈燕>保康镇"]);
  });
  it("reads a police brigade's officer at the bureau (公安局禁毒大队大队长苏和, 治安支队副支队长)", () => {
    expect(show("太仆寺旗公安局禁毒大队大队长苏和说，好。", "WORKS_AT")).toEqual(["苏和>太仆寺旗公安局"]);
    expect(show("北京市公安局海淀分局治安支队副支队长赵立新说，好。", "WORKS_AT")).toEqual(["赵立新>北京市公安局海淀分局"]);
  });
  it("reads the programme's money a district matches as given (昌平区配套协作资金500万元), not a banner's own matching funds", () => {
    expect(show("昌平区配套协作资金500万元，在龙头山村建设冷库。", "FUNDED")).toEqual(["昌平区>龙头山村"]);
    expect(show("昌平区与阿鲁科尔沁旗结对。旗里配套资金300万元，用于天山镇建设。", "FUNDED")).toEqual([]);
  });
  it("reads the posts of a numbered row ending with a semicolon (2. 刘建军，乌敦套海镇党委书记；)", () => {
    const text = "（二）旗内责任人\n\n1. 布仁巴雅尔，翁牛特旗工业和信息化局局长；\n2. 刘建军，乌敦套海镇党委书记；\n3. 吴桂芝，梧桐花镇镇长。\n";
    expect(show(text, "WORKS_AT")).toEqual(["布仁巴雅尔>翁牛特旗工业和信息化局", "刘建军>乌敦套海镇", "吴桂芝>梧桐花镇"]);
  });
  it("reads 该院 as the Beijing hospital where its doctor comes to the partner to work (该院…王海鹰…来到阿尔山市人民医院，开展…医疗帮扶)", () => {
    const text = "北京市东城区北新桥医院与阿尔山市人民医院结成对口帮扶关系后，该院急诊科副主任医师王海鹰作为第五批医疗帮扶专家来到阿尔山市人民医院，开展为期半年的医疗帮扶。";
    expect(show(text, "WORKS_AT")).toEqual(["王海鹰>北京市东城区北新桥医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["王海鹰>阿尔山市人民医院"]);
  });
  it("gives a record's sum from the district its money field names to the body heading the record (1. …青年旅舍（…村） / 奖补资金：石景山区协作资金50万元)", () => {
    const text = "石景山区与宁城县结对。\n一、示范点名单\n\n1. 道须沟山居青年旅舍（黑里河镇道须沟村）\n运营主体：宁城县道须沟乡村旅游专业合作社\n结对帮扶单位：北京京西驿站旅舍连锁有限公司（结对村：道须沟村）\n奖补资金：石景山区协作资金50万元\n";
    expect(show(text, "FUNDED")).toEqual(["石景山区>道须沟山居青年旅舍"]);
  });
});

describe("the eighty-eighth stop", () => {
  it("gives a sum to the park named after the town it is built in (在乌兰花镇的四子王旗京蒙协作杂粮产业园建设…)", () => {
    expect(show("丰台区安排京蒙协作资金1500万元，在乌兰花镇的四子王旗京蒙协作杂粮产业园建设标准化生产车间4000平方米。", "FUNDED")).toEqual(["丰台区>四子王旗京蒙协作杂粮产业园"]);
  });
  it("gives a sum to the one its giver builds something with (投入资金12万元，与敖汉旗第一中学共建…)", () => {
    expect(show("北京市海淀区气象局投入资金12万元，与敖汉旗第一中学共建校园气象科普站1个。", "FUNDED")).toEqual(["北京市海淀区气象局>敖汉旗第一中学"]);
  });
  it("gives a sum to the incubation centre it built (援建的巴林右旗巴林石文创产业孵化中心)", () => {
    expect(show("北京经济技术开发区投入京蒙协作资金680万元援建的巴林右旗巴林石文创产业孵化中心正式启用。", "FUNDED")).toEqual(["北京经济技术开发区>巴林右旗巴林石文创产业孵化中心"]);
  });
  it("reads a trade's word in a giver's name as no figure of sales (北京汇通顺达汽车销售服务有限公司…捐赠了40万元), a banner's matching money still none of Beijing's", () => {
    expect(show("北京汇通顺达汽车销售服务有限公司向林东第一中学捐赠了40万元。", "FUNDED")).toEqual(["北京汇通顺达汽车销售服务有限公司>林东第一中学"]);
    expect(show("敖汉旗青少年射击射箭训练基地总投资920万元，其中海淀区投入京蒙协作资金680万元，其余240万元由敖汉旗配套。", "FUNDED")).toEqual(["海淀区>敖汉旗青少年射击射箭训练基地"]);
  });
  it("gives an item's sum to the body it names as carrying its works out, not the town the works are named for (…项目，安排资金650万元，实施主体：…)", () => {
    const text = "海淀区今年安排京蒙协作资金1130万元，实施项目2个：\n（一）贝子府镇芝麻香油加工厂提升项目，安排资金650万元，实施主体：敖汉旗金谷香油脂有限公司；\n" +
      "（二）四家子镇胡麻油冷榨车间建设项目，安排资金480万元，实施主体：敖汉旗四家子镇丰粮胡麻专业合作社；\n";
    expect(show(text, "FUNDED", "敖汉旗京蒙协作项目")).toEqual(["海淀区>敖汉旗", "海淀区>敖汉旗金谷香油脂有限公司", "海淀区>敖汉旗四家子镇丰粮胡麻专业合作社"]);
    expect(show("1. 林西镇十二吐村蓝狐养殖小区建设项目。实施主体：林西县农牧局；建设内容：标准化笼舍180栋；丰台区协作资金420万元。", "FUNDED")).toEqual(["丰台区>林西县农牧局"]);
  });
  it("reads a banner's team for the programme as a body there (库伦旗京蒙协作工作组组长陈默)", () => {
    expect(show("库伦旗京蒙协作工作组组长陈默说，很好。", "WORKS_AT")).toEqual(["陈默>库伦旗京蒙协作工作组"]);
  });
});

describe("the eighty-ninth stop", () => {
  it("reads the workplace of one set apart by commas after their post, 先生 or 他的名字是 with the name (…的主任，杜建军先生，对记者说)", () => {
    expect(show("太仆寺旗疾病预防控制中心的主任，杜建军先生，对记者这样说。", "WORKS_AT")).toEqual(["杜建军>太仆寺旗疾病预防控制中心"]);
    expect(show("敖汉旗地震局的局长，他的名字是那顺巴雅尔，他说情况很好。", "WORKS_AT")).toEqual(["那顺巴雅尔>敖汉旗地震局"]);
  });
  it("reads where a posted cadre worked before, and the body one comes from in brackets (此前在…工作, 郑凯（来自…）)", () => {
    expect(show("密云区选派的挂职干部杜鹏，现任土默特右旗副旗长，此前在北京市密云区水务局工作。", "WORKS_AT")).toEqual(["杜鹏>北京市密云区水务局"]);
    expect([...new Set(show("平谷区挂职干部、达拉特旗副旗长郑凯（来自北京市平谷区农业农村局）带队走访沿黄7处渡口。", "WORKS_AT"))]).toEqual(["郑凯>北京市平谷区农业农村局"]);
  });
  it("gives a table's rows to the district that pools the city's money with its own (通州区统筹北京市财政援助资金和区级帮扶资金，安排…)", () => {
    const text = "2023年，通州区统筹北京市财政援助资金和区级帮扶资金，安排香草产业项目资金3150万元，具体如下：\n\n| 序号 | 项目名称 | 实施地点 | 京蒙协作资金（万元） |\n" +
      "| 1 | 薰衣草标准化种植基地建设项目 | 乌敦套海镇太湖山村 | 860 |\n| 2 | 香草精油提取车间项目 | 梧桐花镇 | 1200 |\n";
    expect(show(text, "FUNDED").filter((r) => !r.endsWith("乌敦套海镇"))).toEqual(["通州区>太湖山村", "通州区>梧桐花镇"]);
  });
  it("reads a row of pairs with no list mark, a note in brackets with its sum (…—查干沐沦苏木巴彦汉嘎查（…，捐赠资金50万元）)", () => {
    const text = "三、企村结对名单\n北京博大乳品机械有限公司—查干沐沦苏木巴彦汉嘎查\n北京亦城合作发展基金会—查干沐沦苏木巴彦汉嘎查（重点支持奶食品加工作坊标准化改造，捐赠资金50万元）\n";
    expect(show(text, "PAIRED_WITH")).toEqual(["北京博大乳品机械有限公司>巴彦汉嘎查", "北京亦城合作发展基金会>巴彦汉嘎查"]);
    expect(show(text, "FUNDED")).toEqual(["北京亦城合作发展基金会>巴彦汉嘎查"]);
  });
  it("reads a firm of transport called by its brand (华通公司 of 北京西城华通出租汽车有限公司)", () => {
    expect(show("北京西城华通出租汽车有限公司与希日特奇猎民村结对。华通公司捐赠10万元。", "FUNDED")).toEqual(["北京西城华通出租汽车有限公司>希日特奇猎民村"]);
  });
});

describe("the ninetieth stop", () => {
  it("reads titles listed with a researcher's and a field before 高级 (教研员、特级教师马骏, 派出的林业高级工程师李卫东)", () => {
    expect(show("北京市海淀区教师进修学校历史教研员、特级教师马骏来到宁城县。", "WORKS_AT")).toEqual(["马骏>北京市海淀区教师进修学校"]);
    expect(show("大兴区园林绿化局派出的林业高级工程师李卫东全程参与。", "WORKS_AT")).toEqual(["李卫东>大兴区园林绿化局"]);
  });
  it("reads a post introduced by 是 as a Party committee's member or a trade (是…小汤山镇党委委员, 是…高级农艺师)", () => {
    expect(show("韩立军是北京市昌平区小汤山镇党委委员，他说。", "WORKS_AT")).toEqual(["韩立军>小汤山镇"]);
    expect(show("他叫韩立军，是昌平区农业农村局高级农艺师。", "WORKS_AT")).toEqual(["韩立军>昌平区农业农村局"]);
  });
  it("reads a post after 的 held where one is posted, as a translation writes it (八林左旗的副旗长刘振华)", () => {
    const text = "来自顺义区的挂职干部、八林左旗的副旗长刘振华说。";
    expect(show(text, "ASSIGNED_TO")).toEqual(["刘振华>巴林左旗"]);
    expect(show(text, "WORKS_AT")).toEqual(["刘振华>顺义区"]);
  });
  it("pairs sister cities and two bureaus, and a pair 结了亲 (是姐妹城市的关系, 两局正式结成…对子)", () => {
    expect(show("兴安盟阿尔山市和北京东城区是姐妹城市的关系。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
    expect(show("北京东城区与阿尔山市结成了姐妹对口的关系。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
    expect(show("北京市东城区司法局与兴安盟阿尔山市司法局签约。此次签约标志着两局正式结成京蒙司法协作对子。", "PAIRED_WITH")).toEqual(["北京市东城区司法局>兴安盟阿尔山市司法局"]);
    expect(show("丰台区卢沟桥街道和林西县林西镇、丰台区王佐镇和林西县新城子镇早就“结了亲”。", "PAIRED_WITH")).toEqual(["卢沟桥街道>林西镇", "王佐镇>新城子镇"]);
  });
  it("reads 企业 alone as the article's one enterprise, and the one a pairing qualifies (与…结对帮扶的北京昌盛源牧业科技有限公司)", () => {
    expect(show("北京亦禾碳源科技有限公司在查干沐沦镇建厂。企业已与查干沐沦镇塔本花嘎查结成帮扶对子。", "PAIRED_WITH")).toEqual(["北京亦禾碳源科技有限公司>塔本花嘎查"]);
    expect(show("与红星村结对帮扶的北京昌盛源牧业科技有限公司调运青贮饲料200吨。", "PAIRED_WITH")).toEqual(["北京昌盛源牧业科技有限公司>红星村"]);
    expect(show("与东城区结对帮扶的兴安盟阿尔山市今年投入资金。", "PAIRED_WITH")).toEqual(["东城区>阿尔山市"]);
  });
  it("reads the body one comes from after a comma, closing its clause, and a Beijing body one worked at before (，来自…, 原来在…工作)", () => {
    expect(show("康复治疗师朱宏涛，来自北京顺义运动创伤医院。", "WORKS_AT")).toEqual(["朱宏涛>北京顺义运动创伤医院"]);
    expect(show("带队的是李明，来自北京市海淀医院的12名专家参加。", "WORKS_AT")).toEqual([]);
    expect(show("挂职干部何振宇原来在北京市石景山区水务局工作。", "WORKS_AT")).toEqual(["何振宇>北京市石景山区水务局"]);
  });
  it("reads where a firm builds in the clause after its sum, 建了 as 建设 (投资600万元，在白狼镇建了…)", () => {
    expect(show("北京时光印象文化传媒有限公司投资600万元，在白狼镇建了婚纱旅拍外景基地。", "INVESTED_IN")).toEqual(["北京时光印象文化传媒有限公司>白狼镇"]);
  });
  it("reads a table's cell as a statement of pairing, a cell's note in brackets too, and no pairing across a roster's cells", () => {
    expect(show("资金安排如下。\n6｜乌丹镇芥菜冷链周转库项目｜乌丹镇｜乌丹镇人民政府｜30｜宋庄镇结对帮扶资金｜通州区宋庄镇与乌丹镇结对帮扶项目\n", "PAIRED_WITH")).toEqual(["宋庄镇>乌丹镇"]);
    expect(show("资金安排如下。\n8｜苏木便民服务数字化改造｜西拉沐沦苏木｜西拉沐沦苏木人民政府｜50｜（北京经开区博兴街道结对帮扶资金，博兴街道与西拉沐沦苏木结对）\n", "PAIRED_WITH")).toEqual(["博兴街道>西拉沐沦苏木"]);
    expect(show("选派名单如下。\n2 | 孟庆和 | 男 | 北京积水潭医院 | 运动医学科主治医师 | 医疗帮扶 | 鄂伦春自治旗人民医院 | 6个月\n", "PAIRED_WITH")).toEqual([]);
  });
});

describe("the ninety-first stop", () => {
  it("reads a Beijing body's post before a posting's post held on 挂职 (…医院骨科主任、派驻…医院挂职副院长王志刚)", () => {
    const text = "北京市丰台区南苑医院骨科主任、派驻扎赉特旗人民医院挂职副院长王志刚在查房。";
    expect(show(text, "WORKS_AT")).toEqual(["王志刚>北京市丰台区南苑医院"]);
    expect(show(text, "ASSIGNED_TO")).toEqual(["王志刚>扎赉特旗人民医院"]);
    expect(show("区医院派驻多伦县人民医院的孙立群说。", "WORKS_AT")).toEqual([]);
  });
  it("reads where one worked before, a post held there (此前在…担任足球教练), and a post held before one's posting (在…工作、现挂职…的)", () => {
    expect(show("王磊此前在北京市房山区体育运动学校担任足球教练，今年来到库伦旗支教。", "WORKS_AT")).toEqual(["王磊>北京市房山区体育运动学校"]);
    expect(show("在朝阳区商务局工作、现挂职科右前旗副旗长的刘振东说。", "WORKS_AT")).toEqual(["刘振东>朝阳区商务局"]);
  });
  it("reads a long department's title and a team's head (耳鼻咽喉头颈外科副主任医师, 家庭医生团队负责人)", () => {
    expect(show("首都医科大学附属北京朝阳医院耳鼻咽喉头颈外科副主任医师刘振宇介绍。", "WORKS_AT")).toEqual(["刘振宇>首都医科大学附属北京朝阳医院"]);
    expect(show("高力板镇中心卫生院家庭医生团队负责人乌云毕力格介绍。", "WORKS_AT")).toEqual(["乌云毕力格>高力板镇中心卫生院"]);
  });
  it("pairs the helper the help frames (在结对帮扶我旗的北京市朝阳区大力支持下, 在…的对口帮扶和倾力支持下)", () => {
    expect(show("科右中旗召开会议。在结对帮扶我旗的北京市朝阳区大力支持下，我旗完成治理任务。", "PAIRED_WITH")).toEqual(["朝阳区>科尔沁右翼中旗"]);
    expect(show("敖汉旗深入落实工作部署，在北京市海淀区的对口帮扶和倾力支持下，完成任务。", "PAIRED_WITH")).toEqual(["海淀区>敖汉旗"]);
  });
  it("pairs two said to be a pair of a kind, or named in a clause before the verb (是对口帮扶医院, 是多年的老对子, …，结成了对子)", () => {
    expect(show("北京市普仁医院与阿尔山市人民医院是对口帮扶医院。", "PAIRED_WITH")).toEqual(["北京市普仁医院>阿尔山市人民医院"]);
    expect(show("巴林左旗与北京顺义区是多年的老对子。", "PAIRED_WITH")).toEqual(["顺义区>巴林左旗"]);
    expect(show("朝阳区的金盏乡和科右中旗的巴彦呼舒镇，结成了对子。", "PAIRED_WITH")).toEqual(["金盏乡>巴彦呼舒镇"]);
    expect(show("金盏乡的楼梓庄村和巴彦呼舒镇的哈日道卜嘎查，也是手拉手的村子。", "PAIRED_WITH")).toEqual(["楼梓庄村>哈日道卜嘎查"]);
    expect(show("哈拉哈达镇为顺义区仁和镇结对帮扶镇。", "PAIRED_WITH")).toEqual(["仁和镇>哈拉哈达镇"]);
  });
  it("gives a sum used in the whole unit to the unit, its towns listed after (在全旗推广…，重点覆盖…等地)", () => {
    const text = "太仆寺旗召开会议。今年，昌平区投入京蒙协作资金1200万元，在全旗推广全生物降解地膜覆盖和膜下滴灌技术4.5万亩，重点覆盖千斤沟镇、骆驼山镇、贡宝拉格苏木等地。";
    expect(show(text, "FUNDED")).toEqual(["昌平区>太仆寺旗"]);
  });
  it("reads a founder said as what one did, and a post held before (牵头成立了…合作社, 创办…合作社, 此前担任…副局长)", () => {
    expect(show("合作社理事长李春生介绍。2022年，李春生牵头成立了林西县春生电商农民专业合作社。", "WORKS_AT")).toEqual(["李春生>林西县春生电商农民专业合作社"]);
    expect(new Set(show("理事长吴海军说。吴海军创办阿鲁科尔沁旗海军肉牛养殖专业合作社。", "WORKS_AT"))).toEqual(new Set(["吴海军>阿鲁科尔沁旗海军肉牛养殖专业合作社"]));
    expect(show("挂职干部冯硕此前担任东城区商务局副局长。", "WORKS_AT")).toEqual(["冯硕>东城区商务局"]);
  });
});
