// resolve: mentions of one or more articles to entities — canonical names, short forms merged, stable ids.
import { defaultGazetteer } from "../gazetteer/index.js";
import { normalise } from "../normalise/index.js";
import { recognise } from "../recognise/index.js";
import { resolve } from "./index.js";

const g = defaultGazetteer();
/** The entities' names by label, and the entity each surface form resolved to. */
function resolved(...texts: string[]) {
  const docs = texts.map((text, i) => recognise(g, { id: `article:${i}`, title: "", text: normalise(text).text, byline: [] }));
  const r = resolve(g, docs);
  const nameOf = (surface: string) => {
    for (const d of r.docs) {
      const k = d.doc.mentions.findIndex((m) => m.surface === surface);
      const id = k >= 0 ? d.entityOf[k] : undefined;
      if (id) return r.entities.get(id)?.name;
    }
    return undefined;
  };
  const names = (label: string) => [...r.entities.values()].filter((e) => e.label === label).map((e) => e.name).sort();
  /** What a surface form resolved to in the article of that index (texts as given, not as ordered by id). */
  const nameIn = (article: number, surface: string) => {
    const d = r.docs.find((x) => x.doc.id === `article:${article}`)!;
    const id = d.entityOf[d.doc.mentions.findIndex((m) => m.surface === surface)];
    return id ? r.entities.get(id)?.name : undefined;
  };
  return { nameOf, names, nameIn, entities: r.entities };
}

describe("resolve", () => {
  it("merges a short name into the longer one of the article that ends with it (中蒙医院 → 太仆寺旗中蒙医院)", () => {
    const r = resolved("太仆寺旗中蒙医院的医生说，中蒙医院新添了设备。");
    expect(r.nameOf("中蒙医院")).toBe("太仆寺旗中蒙医院");
    expect(r.names("Hospital")).toEqual(["太仆寺旗中蒙医院"]);
  });

  it("merges a short name into the article's longer one that opens with a town's name, in that article only", () => {
    const r = resolved("这里就是舍伯吐镇巾帼刺绣工坊。顺义区把旧址改造成集培训、生产、展销于一体的巾帼刺绣工坊。",
      "天义镇设施蔬菜产业园开园。", "设施蔬菜产业园（一期）由北京绿之源农业发展有限公司建设。");
    expect(r.nameIn(0, "巾帼刺绣工坊")).toBe("舍伯吐镇巾帼刺绣工坊");
    expect(r.nameIn(2, "设施蔬菜产业园")).toBe("设施蔬菜产业园");
  });

  it("merges a part's name into the article's name of it under its parent body, in that article only", () => {
    const r = resolved("太仆寺旗人民法院千斤沟人民法庭新审判楼启用。位于千斤沟镇的千斤沟人民法庭始建于八十年代。",
      "北京银行昌平支行与嘎查结对。", "北京农商银行昌平支行开展活动，昌平支行行长说。");
    expect(r.nameIn(0, "千斤沟人民法庭")).toBe("太仆寺旗人民法院千斤沟人民法庭");
    expect(r.nameIn(2, "昌平支行")).toBe("北京农商银行昌平支行");
  });

  it("takes a unit's union named short for its federation of trade unions (昌平工会 → 昌平区总工会)", () => {
    const r = resolved("昌平区总工会把两旗产品纳入采购目录。昌平工会干部王晓燕说。");
    expect(r.nameOf("昌平工会")).toBe("昌平区总工会");
  });

  it("takes a court or procuratorate named short for the one named in full (昌平法院 → 北京市昌平区人民法院)", () => {
    const r = resolved("北京市昌平区人民法院与太仆寺旗人民法院结对。新法庭投用是昌平法院与太仆寺旗法院结对帮扶的成果。");
    expect(r.nameOf("昌平法院")).toBe("北京市昌平区人民法院");
    expect(r.nameOf("太仆寺旗法院")).toBe("太仆寺旗人民法院");
    expect(r.names("Agency")).toEqual(["北京市昌平区人民法院", "太仆寺旗人民法院"].sort());
  });

  it("ties a surname and title to the one person of that surname named in full (何老师 → 何其帅)", () => {
    expect(resolved("北京顺义区的何其帅老师来到学校。何老师说，孩子们很可爱。").nameOf("何")).toBe("何其帅");
  });

  it("knows a hospital attached to a university by its own name, across articles too", () => {
    const r = resolved("首都医科大学附属北京友谊医院与呼伦贝尔市人民医院结对。", "北京友谊医院派出专家。");
    expect(r.names("Hospital")).toEqual(["呼伦贝尔市人民医院", "首都医科大学附属北京友谊医院"]);
  });

  it("takes names made of the same words around the same places for one (京蒙消费帮扶北京双创中心, 北京消费帮扶双创中心)", () => {
    const r = resolved("京蒙消费帮扶北京双创中心开业。北京消费帮扶双创中心展厅里，内蒙古产品琳琅满目。");
    expect(r.names("Organization")).toEqual(["京蒙消费帮扶北京双创中心"]);
  });

  it("takes a name for the same one written with the league before its banner (兴安盟科尔沁右翼前旗人民检察院, 科右前旗人民检察院)", () => {
    const r = resolved("西城区人民检察院与兴安盟科尔沁右翼前旗人民检察院签订协议。科右前旗人民检察院检察长巴特尔讲话。");
    expect(r.names("Agency")).toEqual(["兴安盟科尔沁右翼前旗人民检察院", "西城区人民检察院"]);
  });

  it("follows short forms to the longest name through a chain (安贞医院 → 北京安贞医院 → 首都医科大学附属北京安贞医院)", () => {
    const r = resolved("安贞医院托管乌兰察布市第二医院。首都医科大学附属北京安贞医院签订协议。北京安贞医院派出骨干。");
    expect(r.names("Hospital")).toEqual(["乌兰察布市第二医院", "首都医科大学附属北京安贞医院"]);
  });

  it("takes a hospital or school named with its unit written short for the one named with it in full, across articles", () => {
    const r = resolved("北京市平谷区医院与察右前旗人民医院结对。", "首都医科大学附属北京安贞医院向察哈尔右翼前旗人民医院捐赠设备。", "兴安盟科右前旗人民医院迎来专家。", "科尔沁右翼前旗人民医院新建病房楼。");
    expect(r.nameOf("察右前旗人民医院")).toBe("察哈尔右翼前旗人民医院");
    // (The name that writes its units in full stands for the others, before a longer one: not 兴安盟科右前旗人民医院.)
    expect(r.nameOf("兴安盟科右前旗人民医院")).toBe("科尔沁右翼前旗人民医院");
  });

  it("takes a mass organisation's short name for its full one (石景山区残联, 北京市石景山区残疾人联合会)", () => {
    const r = resolved("北京市石景山区残疾人联合会向察右后旗捐赠轮椅。", "石景山区残联开展助残活动。");
    expect(r.nameOf("石景山区残联")).toBe("北京市石景山区残疾人联合会");
  });

  it("takes a body's short name for its full one, across articles (海淀区教委, 北京市海淀区教育委员会)", () => {
    const r = resolved("北京市海淀区教育委员会与赤峰市教育局签订协议。", "海淀区教委选派教师赴赤峰支教。海淀区卫健委派出医生。");
    expect(r.names("Agency")).toEqual(["北京市海淀区教育委员会", "海淀区卫健委", "赤峰市教育局"]);
    expect(r.nameOf("海淀区教委")).toBe("北京市海淀区教育委员会");
  });

  it("takes 卫生健康委 for 卫生健康委员会, as 卫健委 is (丰台区卫生健康委, 北京市丰台区卫生健康委员会)", () => {
    const r = resolved("北京市丰台区卫生健康委员会组织医生赴察右中旗。", "丰台区卫生健康委副主任林志刚出席。");
    expect(r.nameOf("丰台区卫生健康委")).toBe("北京市丰台区卫生健康委员会");
  });

  it("puts a name with units of one side inside it on that side (国网北京市电力公司)", () => {
    const r = resolved("国网北京市电力公司与翁牛特旗结对。");
    expect([...r.entities.values()].find((e) => e.name === "国网北京市电力公司")?.side).toBe("beijing");
  });

  it("puts national institutions seated in Beijing on its side though their names do not say so, and a branch on its place's", () => {
    const r = resolved("清华大学向科右中旗捐赠图书。中国医学科学院阜外医院专家到兴安盟义诊。北京朝阳医院科右前旗分院揭牌。");
    const side = (name: string) => [...r.entities.values()].find((e) => e.name === name)?.side;
    expect(side("清华大学")).toBe("beijing");
    expect(side("中国医学科学院阜外医院")).toBe("beijing");
    expect(side("北京朝阳医院科右前旗分院")).toBe("inner-mongolia");
  });

  it("knows an enterprise by its head and kind without its trade (伊利集团), but not by a longer head (京东方 is no 京东)", () => {
    const r = resolved("内蒙古伊利实业集团在京设立中心。内蒙古伊利实业集团股份有限公司投资5亿元。伊利集团负责人表示。");
    expect(r.names("Enterprise")).toEqual(["内蒙古伊利实业集团股份有限公司"]);
    const other = resolved("北京京东方科技集团股份有限公司在敖汉旗投资。京东集团在赤峰设立仓库。");
    expect(other.names("Enterprise")).toEqual(["京东集团", "北京京东方科技集团股份有限公司"].sort());
  });

  it("knows a company by its head and 公司 for its whole legal form (金街公司, 北京金街餐饮管理有限公司), its trade between left out", () => {
    const r = resolved("东城区企业北京金街餐饮管理有限公司在阿尔山市投资。金街公司派出厨师常青到白狼镇。");
    expect(r.names("Enterprise")).toEqual(["北京金街餐饮管理有限公司"]);
  });

  it("knows an academy's hospital by its own name (阜外医院 for 中国医学科学院阜外医院)", () => {
    const r = resolved("中国医学科学院阜外医院派出专家。阜外医院为莫旗人民医院提供远程会诊。");
    expect(r.nameOf("阜外医院")).toBe("中国医学科学院阜外医院");
  });

  it("knows a company by its head and 公司 with its produce between left out (京蒙绿源公司, 北京京蒙绿源沙棘生物科技有限公司)", () => {
    const r = resolved("北京京蒙绿源沙棘生物科技有限公司在察右前旗投资建厂。京蒙绿源公司负责人杜鹏飞说。兴安盟中绿沙棘食品有限公司成立。中绿公司收购沙棘。");
    expect(r.names("Enterprise")).toEqual(["兴安盟中绿沙棘食品有限公司", "北京京蒙绿源沙棘生物科技有限公司"].sort());
  });

  it("names a body called by its level alone after the unit of that level named just before (县卫生局 → 密云县卫生局)", () => {
    const r = resolved("密云县还选派县卫生局干部李志明到阿尔山市挂职。北京市卫生健康委员会统筹推动，市卫健委还安排医院对口支援。");
    expect(r.nameOf("县卫生局")).toBe("密云县卫生局");
    expect(r.nameOf("市卫健委")).toBe("北京市卫生健康委员会"); // and the one the article names in full
  });

  it("names a body called by its level alone with its unit in full, near the unit's short form or far from it (旗家畜改良工作站)", () => {
    const far = "站里的技术员天天跑嘎查、进牛棚，记录每一头母牛的配种和产犊情况，数据录入系统后统一分析，指导牧户选种选配，提高良种率。".repeat(2);
    const r = resolved(`房山区帮扶科左后旗，科左后旗的牛多。宋立新把办公桌搬进了旗家畜改良工作站。${far}后来旗家畜改良工作站站长乌力吉说。`);
    expect(r.names("Agency")).toEqual(["科尔沁左翼后旗家畜改良工作站"]);
  });

  it("names 旗医院 as the banner's 人民医院 the article names, and not where it names two banners' (旗医院 → 四子王旗人民医院)", () => {
    const r = resolved("四子王旗人民医院院长阿拉坦仓说，西红门医院向旗医院捐赠新生儿暖箱。");
    expect(r.nameOf("旗医院")).toBe("四子王旗人民医院");
    const two = resolved("四子王旗人民医院和科右前旗人民医院都有儿科，西红门医院向旗医院捐赠暖箱。");
    expect(two.nameOf("旗医院")).not.toBe("四子王旗人民医院");
  });

  it("names a league's body called by its level alone as the league's named before (盟卫生健康委员会 → 兴安盟卫生健康委员会)", () => {
    const r = resolved("由兴安盟卫生健康委员会主办的研修班开班。盟卫生健康委员会副主任宝音德力格尔致辞。盟市医院骨干参加。");
    expect(r.nameOf("盟卫生健康委员会")).toBe("兴安盟卫生健康委员会");
    expect(r.nameOf("盟市医院") ?? "").not.toMatch(/兴安盟/);
  });

  it("names a body called by its level alone after the unit of that level the article is about, named far before; not levels named together", () => {
    const far = "，".repeat(130);
    const r = resolved(`密云区2023年度考核结果。密云区东西部协作领导小组办公室对密云区各镇街考核${far}区教委与库伦旗教育局结对。旗县医院普遍缺少设备。`);
    expect(r.nameOf("区教委")).toBe("密云区教委");
    // (旗县医院 names banners' and counties' hospitals in general: no one banner's, nor any body at all.)
    expect(r.nameOf("旗县医院") ?? "").not.toMatch(/库伦旗/);
  });

  it("knows a national enterprise by its name without 中国 (华能集团 → 中国华能集团有限公司)", () => {
    const r = resolved("中国华能集团有限公司是定点帮扶单位。华能集团在正镶白旗投资建设风电项目。");
    expect(r.names("Enterprise")).toEqual(["中国华能集团有限公司"]);
  });

  it("knows a hospital attached to a university by its own name without its place (天坛医院 → 首都医科大学附属北京天坛医院)", () => {
    const r = resolved("首都医科大学附属北京天坛医院与巴彦淖尔市医院共建卒中中心。天坛医院专家到该院坐诊。");
    expect(r.names("Hospital")).toEqual(["巴彦淖尔市医院", "首都医科大学附属北京天坛医院"]);
  });

  it("takes a name opened by the programme's for the same one without it (京蒙协作肉牛产业园, 肉牛产业园), on no side for it", () => {
    const r = resolved("两地签署京蒙协作肉牛产业园共建协议。肉牛产业园年内开工。");
    expect(r.nameOf("肉牛产业园")).toBe("京蒙协作肉牛产业园");
    expect([...r.entities.values()].find((e) => e.name === "京蒙协作肉牛产业园")?.side).toBeUndefined();
  });

  it("puts no village named like a unit on that unit's side (东城村 is no 东城区's)", () => {
    const r = resolved("北小营镇东府村与林东镇东城村结对。");
    expect([...r.entities.values()].find((e) => e.name === "东城村")?.side).toBeUndefined();
  });

  it("puts villages and townships named 嘎查 and 苏木 on the Inner Mongolia side", () => {
    const r = resolved("渤海所村与巴彦淖尔嘎查结对。");
    expect([...r.entities.values()].find((e) => e.name === "巴彦淖尔嘎查")?.side).toBe("inner-mongolia");
    expect([...r.entities.values()].find((e) => e.name === "渤海所村")?.side).toBeUndefined();
  });

  it("never merges across sides or levels (北京市第一中学 and 呼和浩特市第一中学; 兴安盟 and 科右前旗)", () => {
    const r = resolved("北京市第一中学与呼和浩特市第一中学结对。兴安盟科右前旗与朝阳区结对。");
    expect(r.names("School")).toEqual(["北京市第一中学", "呼和浩特市第一中学"]);
    expect(r.names("League")).toEqual(["兴安盟", "呼和浩特市"]);
    expect(r.names("Banner")).toEqual(["科尔沁右翼前旗"]);
  });

  it("gives administrative units their codes as ids and resolves noisy forms to them (科优前旗 → 152221)", () => {
    const r = resolved("兴安盟科优前旗与朝阳区结对。");
    expect(r.entities.get("banner:152221")?.name).toBe("科尔沁右翼前旗");
  });

  it("puts right every misspelt unit a body's name opens with, so that it is the body written right elsewhere", () => {
    const r = resolved("在呼伦贝儿市鄂伦纯自治旗人民医院门诊楼里，莫日根说。杨建军在鄂伦春自治旗人民医院挂职副院长。");
    expect(r.names("Hospital")).toEqual(["呼伦贝尔市鄂伦春自治旗人民医院"]);
  });

  it("reads a cooperative's head and 合作社 as the cooperative whose full name opens with it, never its members' kind", () => {
    const r = resolved("察右后旗丰禾马铃薯种植专业合作社理事长王二虎说。丰禾合作社今年种植马铃薯。村集体合作社分红。嘎查村集体经济合作社成立。");
    expect(r.names("Enterprise")).toContain("察右后旗丰禾马铃薯种植专业合作社");
    expect(r.names("Enterprise")).not.toContain("丰禾合作社");
  });

  it("names a body called by its level alone as the body the corpus names in full (区教委 → 北京市海淀区教育委员会)", () => {
    const r = resolved("海淀区向察右后旗投入资金。区教委职成科科长陈立新说，海淀区与察右后旗结对，海淀区学校帮扶。", "来源：北京市海淀区教育委员会。");
    expect(r.nameOf("区教委")).toBe("北京市海淀区教育委员会");
  });

  it("names a mass organisation called by its level alone as the one the corpus names in full (旗残联 → 科尔沁右翼前旗残疾人联合会)", () => {
    const r = resolved("科右前旗与昌平区结对。科右前旗残疾人就业。科右前旗助残。旗残联选派8名基层干部。", "科尔沁右翼前旗残疾人联合会召开会议。");
    expect(r.nameOf("旗残联")).toBe("科尔沁右翼前旗残疾人联合会");
  });

  it("reads a short name that names its unit by its level in each article as that article's body, a short name of its own across articles", () => {
    const r = resolved("鄂伦春自治旗卫健委主任说：医生沈佳怡现在就在旗人民医院坐诊。", "科尔沁左翼中旗人民医院迎来专家。旗人民医院新添设备。",
      "察哈尔右翼中旗医院与北京丰台医院结对，察右中旗医院新添设备。", "门头沟区医生刘建国来到察右中旗医院。");
    expect(r.nameIn(0, "旗人民医院")).toBe("鄂伦春自治旗人民医院");
    expect(r.nameIn(1, "旗人民医院")).toBe("科尔沁左翼中旗人民医院");
    expect(r.nameIn(3, "察右中旗医院")).toBe("察哈尔右翼中旗医院");
  });

  it("takes a body named by its level (区融媒体中心) for the longer name the article gives it (北京市密云区融媒体中心)", () => {
    const r = resolved("北京市密云区融媒体中心与库伦旗融媒体中心结对。密云区委宣传部副部长、区融媒体中心主任高建伟讲话。密云区融媒体中心编辑刘思远将在库伦挂职。");
    expect(r.nameOf("区融媒体中心")).toBe("北京市密云区融媒体中心");
    expect(r.names("Organization")).toEqual(["北京市密云区融媒体中心", "库伦旗融媒体中心"]);
  });

  it("takes a park's name past its places and the programme's name (飞地产业园) for the park the article names in full", () => {
    const r = resolved("通州区与翁牛特旗共建“通州·翁牛特京蒙协作飞地产业园”。通州区安排京蒙协作资金3200万元，用于飞地产业园2号厂房建设。");
    expect(r.nameOf("飞地产业园")).toBe("通州·翁牛特京蒙协作飞地产业园");
  });

  it("takes a social-work station's short ending (社工站) for the full one (社会工作服务站)", () => {
    const r = resolved("密云区支持库伦旗社会工作服务站建设。北京市密云区惠邻社会工作事务所结对库伦旗社工站。");
    expect(r.nameOf("库伦旗社工站")).toBe("库伦旗社会工作服务站");
  });
  it("reads a misspelt town found once as that town wherever the article writes it, far from its county too", () => {
    const r = resolved("顺义区与科左中旗结对。科左中旗舍伯图镇的牧民说好。" + "库伦旗和奈曼旗也在学习。".repeat(8) + "顺义区仁和镇向舍伯图镇捐赠了资金30万元。");
    expect(r.names("Township")).toEqual(["仁和镇", "舍伯吐镇"]);
  });

  it("spells a body's town of five characters as the gazetteer does, and takes its name by the town's level alone for it", () => {
    const r = resolved("扎来特旗的阿拉达尔图苏木与云岗街道结对。云岗街道为苏木中心幼儿园建图书角。某公司向阿拉达尔图苏木中心幼儿园捐赠玩具。");
    expect(r.names("School")).toEqual(["阿拉达尔吐苏木中心幼儿园"]);
    expect(r.nameOf("苏木中心幼儿园")).toBe("阿拉达尔吐苏木中心幼儿园");
  });
  it("reads a vocational school's short ending (燕房职校, 前旗职中) as the one school of the article whose full name holds what comes before", () => {
    const r = resolved("北京市房山区燕房职业技术学校与突泉县职业中学结对。燕房职校教师王志刚到突泉县职业中学支教。",
      "察哈尔右翼前旗职业中学与北京市大兴区第一职业学校结对，察右前旗职业中学开设物流专业。大兴一职接收前旗职中46名教师到北京跟岗研修。");
    expect(r.nameIn(0, "燕房职校")).toBe("北京市房山区燕房职业技术学校");
    expect(r.nameIn(1, "前旗职中")).toBe("察哈尔右翼前旗职业中学");
  });
});

describe("resolve an enterprise named without its province in one article as the one named with it in another", () => {
  it("reads 新发地农副产品批发市场 as 北京新发地农副产品批发市场", () => {
    const r = resolved("丰台区的新发地农副产品批发市场设立了林西特产专区。", "北京新发地农副产品批发市场与突泉县签订协议。");
    expect(r.names("Enterprise")).toEqual(["北京新发地农副产品批发市场"]);
  });
});

describe("resolve a centre for disease control's short name as its full one", () => {
  it("reads 东城区疾控中心 as 北京市东城区疾病预防控制中心", () => {
    const r = resolved("北京市东城区疾病预防控制中心专家到化德县。东城区疾控中心与化德县签订协议。");
    expect(r.nameOf("东城区疾控中心")).toBe("北京市东城区疾病预防控制中心");
  });
});

describe("resolve a group named by its head and kind, the produce it trades in left out", () => {
  it("reads 康源集团 as 北京康源蔬菜集团有限公司", () => {
    const r = resolved("北京康源蔬菜集团有限公司落户宝昌镇。康源集团董事长周建国回忆。");
    expect(r.nameOf("康源集团")).toBe("北京康源蔬菜集团有限公司");
  });
});

describe("resolve a social-work station's short name as its full one", () => {
  it("reads 库伦旗社工站 as 库伦旗社会工作服务站", () => {
    const r = resolved("库伦旗社会工作服务站成立。库伦旗社工站派出社工3名。");
    expect(r.nameOf("库伦旗社工站")).toBe("库伦旗社会工作服务站");
  });
  it("reads a town's station written short as the one its article names with its league and banner", () => {
    const r = resolved("丰台区卢沟桥街道社会工作服务站与乌兰察布市四子王旗乌兰花镇社会工作服务站结对。乌兰花镇社工站站长其其格介绍。");
    expect(r.nameOf("乌兰花镇社工站")).toBe("乌兰察布市四子王旗乌兰花镇社会工作服务站");
  });
  it("reads a sports school's short name (丰台区体校) as its full one", () => {
    const r = resolved("北京市丰台区体育运动学校与四子王旗民族体育运动学校结对。丰台区体校派出教练2名。");
    expect(r.nameOf("丰台区体校")).toBe("北京市丰台区体育运动学校");
  });
});

describe("banks and insurers named by their standard short forms", () => {
  it("reads 察右中旗农商银行, 农行察右中旗支行 and 北京农商银行丰台支行 as the full names the article gives", () => {
    const r = resolved("丰台区选派北京农村商业银行股份有限公司丰台支行副行长郭立新到我旗挂职。内蒙古察哈尔右翼中旗农村商业银行股份有限公司、中国农业银行股份有限公司察哈尔右翼中旗支行获得风险补偿金。察右中旗农商银行发挥网点优势，农行察右中旗支行重点支持龙头企业，与北京农商银行丰台支行联合举办活动。");
    expect(r.nameOf("察右中旗农商银行")).toBe("内蒙古察哈尔右翼中旗农村商业银行股份有限公司");
    expect(r.nameOf("农行察右中旗支行")).toBe("中国农业银行股份有限公司察哈尔右翼中旗支行");
    expect(r.nameOf("北京农商银行丰台支行")).toBe("北京农村商业银行股份有限公司丰台支行");
  });
  it("keeps two banks of one place apart (农行 and 邮储银行 of 察右中旗)", () => {
    const r = resolved("中国农业银行股份有限公司察哈尔右翼中旗支行重点支持龙头企业，邮储银行察右中旗支行则以小额贷款为主。");
    expect(r.nameOf("邮储银行察右中旗支行")).toBe("邮储银行察右中旗支行");
  });
});

describe("a body of the Party named with or without 中共", () => {
  it("reads 丰台区委党校 as 中共北京市丰台区委党校, across articles too", () => {
    const r = resolved("中共北京市丰台区委党校承办培训班。丰台区委党校副校长陈卫东授课。", "丰台区委党校教师苏晓雯到察右中旗授课。");
    expect(r.nameOf("丰台区委党校")).toBe("中共北京市丰台区委党校");
  });
});

describe("resolve a bureau's branches by the short forms under the parent body", () => {
  it("reads 丰台分局 as 北京市公安局丰台分局, and 顺义区税务局 as 国家税务总局北京市顺义区税务局, in their own article", () => {
    const r = resolved("北京市公安局丰台分局与察右中旗公安局结对。丰台分局派出民警王磊。国家税务总局北京市顺义区税务局与巴林左旗税务局结对。顺义区税务局选派干部。");
    expect(r.nameOf("丰台分局")).toBe("北京市公安局丰台分局");
    expect(r.nameOf("顺义区税务局")).toBe("国家税务总局北京市顺义区税务局");
  });
});

describe("a cooperative's short name past its village", () => {
  it("reads 牧兴合作社 as the cooperative whose name opens with its village and then 牧兴", () => {
    const r = resolved("2020年他牵头成立了牧兴合作社并担任理事长。斯琴巴图在塔林花嘎查牧兴肉牛养殖专业合作社工作。");
    expect(r.names("Enterprise")).toEqual(["塔林花嘎查牧兴肉牛养殖专业合作社"]);
  });
});

describe("an enterprise's short name of its head and kind, its trade of flying", () => {
  it("reads 鼎翔公司 as the company whose name opens with 北京鼎翔 and trades in agricultural aviation", () => {
    const r = resolved("北京鼎翔农业航空科技有限公司承担飞防作业。鼎翔公司派来的教官孙浩手把手教她。");
    expect(r.names("Enterprise")).toEqual(["北京鼎翔农业航空科技有限公司"]);
  });
});

describe("an enterprise's short name of its head and kind, its trade of grain", () => {
  it("reads 鑫顺公司 as the company whose name opens with 北京鑫顺 and trades in grain and its storage", () => {
    const r = resolved("北京鑫顺粮食储运有限公司运营烘干塔。鑫顺公司与巴林左旗15家合作社签约。");
    expect(r.names("Enterprise")).toEqual(["北京鑫顺粮食储运有限公司"]);
  });
});

describe("a body named by the city's level in a report of an Inner Mongolian city", () => {
  it("reads 市京蒙协作工作领导小组 as the city's the title names, not Beijing's named just before", () => {
    const text = "按照北京市与内蒙古自治区东西部协作年度工作要点，市京蒙协作工作领导小组统筹安排，我市共安排项目6个。";
    const doc = recognise(g, { id: "article:0", title: "乌兰察布市2024年京蒙协作供水保障项目资金安排情况", text: normalise(text).text, byline: [] });
    const r = resolve(g, [doc]);
    expect([...r.entities.values()].filter((e) => e.label === "Agency").map((e) => e.name)).toEqual(["乌兰察布市京蒙协作工作领导小组"]);
  });
});

describe("a park's short name past its town and the programme's name", () => {
  it("reads 食用菌产业园 as the article's park whose name runs on past its county, town and 京蒙协作", () => {
    const r = resolved("化德县长顺镇京蒙协作食用菌产业园迎来了最忙的时候。东城区在长顺镇建设食用菌产业园，建成智能化菇房48间。");
    expect(r.nameOf("食用菌产业园")).toBe("化德县长顺镇京蒙协作食用菌产业园");
  });
});

describe("an ethnic township named without its people", () => {
  it("reads 满族屯乡 as the gazetteer's 满族屯满族乡", () => {
    const r = resolved("科右前旗满族屯乡永安村党支部书记乌日娜说，海淀区投入资金50万元用于满族屯乡。");
    expect(r.names("Township")).toEqual(["满族屯满族乡"]);
  });
});

describe("the sixty-second stop's batch", () => {
  it("takes a park's 管委会 for its 管理委员会 (库伦旗京蒙协作产业园管委会)", () => {
    const r = resolved("周立新挂任库伦旗京蒙协作产业园管理委员会副主任。", "库伦旗京蒙协作产业园管委会副主任周立新说。");
    expect(r.nameOf("库伦旗京蒙协作产业园管委会")).toBe("库伦旗京蒙协作产业园管理委员会");
  });
  it("takes a village's clinic named without its town for the one named with it in the same article", () => {
    const r = resolved("腾克镇怪勒村卫生室里，老人在问诊。为老人联系远程问诊的，是怪勒村卫生室的乡村医生敖丽华。");
    expect(r.names("Hospital")).toEqual(["腾克镇怪勒村卫生室"]);
  });
});

describe("the sixty-third stop's batch", () => {
  it("takes a traffic detachment's short name for the one named under the police's traffic bureau (海淀交通支队)", () => {
    const r = resolved("北京市公安局公安交通管理局海淀交通支队派出6人教学组。海淀交通支队中关村大队副大队长郭晓峰来到科右前旗。");
    expect(r.names("Agency")).toEqual(["北京市公安局公安交通管理局海淀交通支队"]);
  });

  it("takes a commission's short name and its level's form for the one the article names in full (市科委, 北京市科委)", () => {
    const filler = "各级科技部门持续推进科技特派员制度，围绕种业振兴、生态修复和特色产业发展，组织专家开展技术指导和培训，推广新品种新技术，带动农牧民增收致富，取得了明显成效。".repeat(2);
    const r = resolved(`北京市科委、中关村管委会关于2023年度京蒙科技协作工作情况的总结\n来源：北京市科学技术委员会\n赤峰市和通辽市的科技部门参加了会议。会上，赤峰市代表发言，通辽市代表发言。${filler}市科委安排资金420万元，在库伦旗实施科技示范项目。`);
    expect(r.names("Agency").filter((n) => /科/.test(n))).toEqual(["北京市科学技术委员会"]);
  });
});

describe("the sixty-fourth stop's batch", () => {
  it("takes a grid company's short name for its full one (丰台供电公司 of 国网北京丰台供电公司)", () => {
    const r = resolved("国网北京丰台供电公司与四子王旗供电分局结对。丰台供电公司高级工程师陈晓光挂职四子王旗供电分局副局长。");
    expect(r.names("Enterprise")).toEqual(["国网北京丰台供电公司"]);
  });
});

describe("the sixty-fourth stop's second batch", () => {
  it("takes a vocational school's short name, its unit written short, for the full one (科右前旗职业中专)", () => {
    const r = resolved("兴安盟科尔沁右翼前旗职业中等专业学校是老校。北京市海淀区职业学校与科右前旗职业中专结为“姊妹学校”。");
    expect(r.names("School")).toEqual(["兴安盟科尔沁右翼前旗职业中等专业学校", "北京市海淀区职业学校"]);
    expect(r.nameOf("科右前旗职业中专")).toBe("兴安盟科尔沁右翼前旗职业中等专业学校");
  });
  it("takes an enterprise's brand and kind for the one enterprise whose name opens with the brand past its places (格日勒图公司, 苏达尔公司)", () => {
    const r = resolved("四子王旗格日勒图民族服饰有限公司成立于2019年。丰台区支持格日勒图公司扩建车间。巴林右旗苏达尔民族服饰有限公司落户查干沐沦镇。苏达尔公司设计总监赵婧怡说。");
    expect(r.names("Enterprise")).toEqual(["四子王旗格日勒图民族服饰有限公司", "巴林右旗苏达尔民族服饰有限公司"]);
    // (A brand of two before a trade's word: 恒通 of 恒通汽车销售服务.)
    expect(resolved("北京海淀恒通汽车销售服务有限公司招聘学员。恒通公司技师李红梅说。").names("Enterprise")).toEqual(["北京海淀恒通汽车销售服务有限公司"]);
    expect(resolved("北京华天饮食集团有限公司选派厨师。在华天集团旗下的鸿宾楼学习。").names("Enterprise")).toEqual(["北京华天饮食集团有限公司"]);
  });
  it("takes a grid company's short name past the grid's name and its places (城区供电公司 of 国网北京城区供电公司)", () => {
    const r = resolved("国网北京城区供电公司与国网莫旗供电公司结成帮扶对子。城区供电公司高级技师孟庆华说。");
    expect(r.names("Enterprise")).toEqual(["国网北京城区供电公司", "国网莫旗供电公司"]);
  });
});

describe("the sixty-fifth stop's batch", () => {
  it("takes a firm's name with its legal form written short for the full one (绿海番茄制品公司 of 科右前旗绿海番茄制品有限公司)", () => {
    const r = resolved("科右前旗绿海番茄制品有限公司成立于2020年。绿海番茄制品公司负责人乌日娜说，订单不愁。");
    expect(r.names("Enterprise")).toEqual(["科右前旗绿海番茄制品有限公司"]);
  });
  it("takes a youth federation's short name for its full one (丰台区青联 of 北京市丰台区青年联合会)", () => {
    const r = resolved("北京市丰台区青年联合会捐资20万元。丰台区青联委员李明说。");
    expect(r.names("Organization")).toEqual(["北京市丰台区青年联合会"]);
  });
});

describe("the sixty-sixth stop's batch", () => {
  it("takes a Beijing district's body by the district's name without 区, its first word perhaps dropped, for its full name (西城研修学院, 东城研修中心)", () => {
    const r = resolved("北京市西城区教育研修学院派出专家团。专家团由西城研修学院副院长宋佳带队。北京市东城区教师研修中心每年开班。东城研修中心教研员钱卫东说。");
    expect(r.names("School")).toEqual(["北京市西城区教育研修学院"]);
    expect(r.names("Organization")).toEqual(["北京市东城区教师研修中心"]);
  });
  it("takes a part of an academy or college named short, its parent left off, for its full name in its own article (玉米研究所)", () => {
    const r = resolved("北京市农林科学院玉米研究所派出专家团队。玉米研究所研究员李明说，品种表现很好。");
    expect(r.names("Organization")).toEqual(["北京市农林科学院玉米研究所"]);
  });
});

describe("resolve a misspelt article's bodies by how they sound", () => {
  it("takes a body that sounds syllable for syllable like one the corpus writes right for that body (北京亦桌精密铝业有限公司)", () => {
    const { nameIn } = resolved("北京亦卓精密铝业有限公司在巴林右旗投资建厂。", "八林右旗引进了北京亦桌精密铝业有限公司的生产线。");
    expect(nameIn(1, "北京亦桌精密铝业有限公司")).toBe("北京亦卓精密铝业有限公司");
  });
  it("leaves a bureau as it is written, though another sounds alike (丰台区税务局, 丰台区水务局)", () => {
    const { names } = resolved("丰台区水务局与四子王旗水务局结对。", "八林左旗的干部说，丰台区税务局与四子王旗税务局结对。");
    expect(names("Agency")).toEqual(expect.arrayContaining(["丰台区水务局", "丰台区税务局"]));
  });
  it("leaves a body of an article written right as it is, however it sounds", () => {
    const { names } = resolved("北京亦卓精密铝业有限公司在巴林右旗投资建厂。", "北京亦桌精密铝业有限公司在巴林右旗投资。");
    expect(names("Enterprise")).toEqual(["北京亦卓精密铝业有限公司", "北京亦桌精密铝业有限公司"]);
  });
});

describe("the seventy-fourth stop's batch", () => {
  it("takes 旗医院 for the banner's people's hospital named both short and in full (科左中旗人民医院, 科尔沁左翼中旗人民医院)", () => {
    const r = resolved("科尔沁左翼中旗人民医院放疗中心投用。科左中旗人民医院院长说。北京市顺义区红十字会向旗医院捐赠30万元。");
    expect(r.names("Hospital")).toEqual(["科尔沁左翼中旗人民医院"]);
  });
});

describe("the seventy-fifth stop's batch", () => {
  it("reads an ethnic township's 族乡 as the gazetteer's 民族乡 (敖鲁古雅鄂温克族乡)", () => {
    const r = resolved("根河市敖鲁古雅鄂温克族乡猎民村建起驯鹿观光园。");
    expect(r.names("Township")).toEqual(["敖鲁古雅鄂温克民族乡"]);
  });
  it("reads a Mongolian name's last part with its title after it as the one person named in full before (白音巴特尔 … 巴特尔书记)", () => {
    const r = resolved("哈日朝鲁嘎查党支部书记白音巴特尔介绍了情况。巴特尔书记说，今年收入增加了。");
    expect(r.names("Person")).toEqual(["白音巴特尔"]);
  });
});

describe("the eightieth stop", () => {
  it("reads a body named after the programme and the pair it joins, in brackets, as the one its short name stands for (京蒙（密云—多伦）…研究院)", () => {
    const r = resolved("京蒙（密云—多伦）沙地生态产业技术研究院在多伦县揭牌。北京林业大学教授刘文博担任沙地生态产业技术研究院首席专家。");
    expect(r.names("Organization")).toEqual(["京蒙(密云—多伦)沙地生态产业技术研究院"]);
  });
});

describe("the eighty-fifth stop", () => {
  it("reads a short form two bodies of the article end with as the one named last before it (丰台支行)", () => {
    const r = resolved("北京农商银行丰台支行与四子王旗农村信用合作联社结成帮扶对子。丰台支行向大井坡村捐赠30万元。中国工商银行北京丰台支行捐赠图书。");
    expect(r.nameOf("丰台支行")).toBe("北京农商银行丰台支行");
  });
  it("reads it as the longest where neither comes before it", () => {
    const r = resolved("丰台支行向大井坡村捐赠30万元。北京农商银行丰台支行与中国工商银行北京丰台支行捐赠图书。");
    expect(r.nameOf("丰台支行")).toBe("中国工商银行北京丰台支行");
  });
});

describe("the eighty-eighth stop", () => {
  it("takes a brand written with its place for the firm of that place that bears it (喀喇沁胡同里公司 of 喀喇沁胡同里数字动画有限公司)", () => {
    const r = resolved("北京胡同里动画有限公司在锦山镇设立喀喇沁胡同里数字动画有限公司。喀喇沁胡同里公司总经理邱明哲说，很好。");
    expect(r.names("Enterprise")).toEqual(["北京胡同里动画有限公司", "喀喇沁胡同里数字动画有限公司"]);
    expect(r.nameOf("喀喇沁胡同里公司")).toBe("喀喇沁胡同里数字动画有限公司");
  });
  it("takes a brand alone that a firm and its branch in the banner share for the firm (蓝鲸星公司 of 北京蓝鲸星动画科技有限公司)", () => {
    const r = resolved("北京蓝鲸星动画科技有限公司在新惠镇注册成立敖汉蓝鲸星动画制作有限公司。蓝鲸星公司总部位于海淀区。");
    expect(r.nameOf("蓝鲸星公司")).toBe("北京蓝鲸星动画科技有限公司");
    // (A brand of two before animation's word: 青檐 of 青檐动漫文化.)
    expect(resolved("北京青檐动漫文化有限公司投资建厂。青檐公司总部在东城区。").names("Enterprise")).toEqual(["北京青檐动漫文化有限公司"]);
  });
});

describe("the ninetieth stop", () => {
  it("reads forms of one body that point at each other as one name, the longest (北京东城区中医医院 and 东城区中医医院)", () => {
    const r = resolved("北京东城区中医医院与阿尔山市蒙中医医院结为了对子。东城区中医医院的医生李明在阿尔山市蒙中医医院进行了三个月的医疗帮助。");
    expect(r.names("Hospital")).toEqual(["北京东城区中医医院", "阿尔山市蒙中医医院"]);
    expect(r.nameOf("东城区中医医院")).toBe("北京东城区中医医院");
  });
});
