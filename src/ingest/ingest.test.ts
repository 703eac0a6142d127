// ingest: encodings, HTML, metadata, and bad files named with their reason.
import { readArticle, listInputs, IngestError, markdownToText, plainTables, withoutPageFurniture, withoutRunningHeads, htmlToText } from "./index.js";
import { articleFixturePath, ARTICLE_FIXTURES_DIR } from "../../tests/fixtures/index.js";

describe.each([
  ["UTF-8", "pairing-utf8.txt", "utf-8"],
  ["GB18030/GBK", "pairing-gbk.txt", "gb18030"],
  ["HTML", "pairing.html", "utf-8"],
  ["UTF-8 with zero-width characters in its title and names", "pairing-zero-width.txt", "utf-8"],
])("ingest of the same article as %s", (_mode, file, encoding) => {
  it("decodes it, keeps the text and reads title and byline", async () => {
    const a = await readArticle(articleFixturePath(file));
    expect(a.encoding).toBe(encoding);
    expect(a.text).toContain("昌平区帮扶阿鲁科尔沁旗");
    expect(a.title).toBe("赤峰市京蒙协作工作硕果连枝");
    expect(a.byline).toEqual(["魏那", "宋玉静"]);
    expect(a.id).toMatch(/^article:[0-9a-f]{16}$/);
  });
});

describe("ingest", () => {
  it("strips scripts and styles from HTML and decodes entities", async () => {
    const a = await readArticle(articleFixturePath("pairing.html"));
    expect(a.text).not.toContain("海淀区帮扶敖汉旗");
    expect(a.text).not.toContain("color:red");
    expect(a.text).toContain("“一对一”");
  });

  it("keeps an HTML table's cells apart and leaves out the breadcrumb", async () => {
    const a = await readArticle(articleFixturePath("shunyi-villages.html"));
    expect(a.text).toContain("1|仁和镇|哈拉哈达镇|镇镇结对\n");
    expect(a.text).not.toContain("首页");
    expect(a).toMatchObject({ title: "顺义区与巴林左旗镇村结对一览表", date: "2023-04-11", source: "顺义区支援合作办" });
  });

  it("leaves out a government page's menus, links to other stories and page facts, keeping its date and source", async () => {
    const a = await readArticle(articleFixturePath("huairou-siziwang-meeting.html"));
    for (const furniture of ["政务公开", "上一篇", "察右前旗与丰台区", "化德县与东城区", "相关新闻", "分享到", "浏览次数", "字号", "ICP备"]) expect(a.text).not.toContain(furniture);
    expect(a.text).toContain("3月15日，北京市怀柔区与乌兰察布市四子王旗");
    expect(a).toMatchObject({ title: "怀柔区与四子王旗召开东西部协作联席会议", date: "2024-03-18", source: "四子王旗融媒体中心" });
  });

  it("decodes Big5 (traditional characters) where GB18030 would read its bytes as other characters", async () => {
    const big5 = await readArticle(articleFixturePath("fengtai-big5.txt"));
    const utf8 = await readArticle(articleFixturePath("fengtai-traditional.txt"));
    expect(big5.encoding).toBe("big5");
    expect(big5.text).toBe(utf8.text);
  });

  it("keeps a plain text table's tab-separated cells apart by bars", async () => {
    const a = await readArticle(articleFixturePath("kezhongqi-projects-tabs.txt"));
    expect(a.text).toContain("序号|项目名称|实施地点|资金（万元）\n1|肉牛养殖基地|巴彦呼舒镇|800\n");
    expect(a.markup).toBeUndefined();
    expect((await readArticle(articleFixturePath("daxing.html"))).markup).toBe("html");
  });

  it("repeats a table cell that spans rows in each row it spans", () => {
    const html = "<table><tr><td rowspan=\"2\">肉羊养殖园区</td><td>乌兰花镇</td><td>2000</td></tr><tr><td>江岸苏木</td><td>1200</td></tr><tr><td>奶牛场</td><td>红格尔苏木</td><td>800</td></tr></table>";
    expect(htmlToText(html).text.split("\n").filter(Boolean)).toEqual(["肉羊养殖园区|乌兰花镇|2000", "肉羊养殖园区|江岸苏木|1200", "奶牛场|红格尔苏木|800"]);
  });

  it("repeats a cell that spans columns in each column it spans, so that rows line up with a two-row header", () => {
    const html = "<table><tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">实施地点</th><th colspan=\"2\">资金（万元）</th></tr><tr><th>京蒙协作资金</th><th>地方配套</th></tr><tr><td>1</td><td>保康镇</td><td>1200</td><td>300</td></tr><tr><td colspan=\"2\">合计</td><td>1200</td><td>300</td></tr></table>";
    expect(htmlToText(html).text.split("\n").filter(Boolean)).toEqual(["序号|实施地点|资金（万元）|资金（万元）", "序号|实施地点|京蒙协作资金|地方配套", "1|保康镇|1200|300", "合计|合计|1200|300"]);
  });

  it("keeps a footer naming the body whose own page it is, where the story speaks as that body, and no other footer", () => {
    expect(withoutPageFurniture("我校教师赴阿尔山支教。\n北京市东城区景泰中学　版权所有\n地址：北京市东城区景泰西里12号")).toBe("我校教师赴阿尔山支教。\n北京市东城区景泰中学\n地址：北京市东城区景泰西里12号");
    expect(withoutPageFurniture("教师赴阿尔山支教。\n北京市东城区景泰中学　版权所有")).toBe("教师赴阿尔山支教。");
    // (A line of search words or tags is links, a sentence with such a word in it the story's.)
    expect(withoutPageFurniture("东城区挂职干部到阿尔山调研。\n相关搜索：阿尔山旅游攻略 阿尔山滑雪场 兴安盟冬季旅游")).toBe("东城区挂职干部到阿尔山调研。");
    expect(withoutPageFurniture("标签：京蒙协作 教育\n关键词：他说，这是京蒙协作的成果。")).toBe("关键词：他说，这是京蒙协作的成果。");
    expect(withoutPageFurniture("我局召开会议。\n主办单位：赤峰市农牧局　地址：赤峰市")).toBe("我局召开会议。");
    // (A table's header with a column of hosts is the table's.)
    expect(withoutPageFurniture("表1 培训项目安排表\n序号 培训项目 承办单位 期数\n1 中式烹调师 巴林左旗职业教育中心 5")).toBe("表1 培训项目安排表\n序号 培训项目 承办单位 期数\n1 中式烹调师 巴林左旗职业教育中心 5");
  });

  it("keeps an event's hosts above its story and drops a site's below it", () => {
    const page = "夏令营开营\n主办单位：北京市东城区教育委员会　化德县教育局\n承办单位：北京市东城区青少年活动中心\n营员来自11所学校。\n主办单位：东城区融媒体中心";
    expect(withoutPageFurniture(page)).toBe("夏令营开营\n主办单位：北京市东城区教育委员会　化德县教育局\n承办单位：北京市东城区青少年活动中心\n营员来自11所学校。");
  });

  it("keeps a story's paragraph that holds a word of furniture, and of a page run into one line only its furniture", () => {
    const paragraph = "培训结束后，考核合格的学员将由承办单位颁发结业证书。";
    expect(withoutPageFurniture(`正文第一段。\n${paragraph}\n主办单位：赤峰市农牧局`)).toBe(`正文第一段。\n${paragraph}`);
    const flat = "首页 > 工作动态 > 昌平区与太仆寺旗签订协议。双方将深化合作，主办单位为昌平区。上一篇：延庆区选派干部 下一篇：平谷区开展消费帮扶 版权所有 京ICP备05060933号";
    expect(withoutPageFurniture(flat)).toBe("昌平区与太仆寺旗签订协议。双方将深化合作，主办单位为昌平区。");
  });

  it("leaves out a page's font sizes, view counts and buttons, and keeps the same words in a story", () => {
    expect(withoutPageFurniture("2024-03-18　　浏览次数：316　　字号：[大 中 小]　【打印】 关闭\n让更多“蒙字号”优质农畜产品走进北京，阅读量达10万\n该厂房已关闭")).toBe(
      "2024-03-18　　　　　 \n让更多“蒙字号”优质农畜产品走进北京，阅读量达10万\n该厂房已关闭");
  });

  it("leaves out a site's name, a menu bar and a sidebar's stories under a heading of its own line (热点新闻), and keeps a story's section so named", () => {
    expect(withoutPageFurniture("北京市延庆区人民政府门户网站\n标题\n首页 | 政务公开 | 京蒙协作\n热点新闻\n· 延庆区与多伦县签署京蒙协作框架协议\n· 海淀区向科右中旗捐赠医疗设备\n\n正文。")).toBe("标题\n\n正文。");
    expect(withoutPageFurniture("最新动态：东城区与阿尔山市签订结对协议，双方将深化合作。")).toBe("最新动态：东城区与阿尔山市签订结对协议，双方将深化合作。");
  });

  it("leaves out a page's links to other stories and the titles listed under 相关新闻, up to a blank line", () => {
    const page = "正文第一段。\n上一篇：昌平区与太仆寺旗签订协议\n相关新闻：\n· 平谷区与敖汉旗开展消费帮扶\n延庆区选派干部赴多伦县挂职\n\n正文以后的一段。";
    expect(withoutPageFurniture(page)).toBe("正文第一段。\n\n正文以后的一段。");
  });

  it("keeps the cells of a table aligned by spaces apart by bars, three rows or more, and no spaced-out headline", async () => {
    const a = await readArticle(articleFixturePath("xingan-pairings-spaced-table.txt"));
    expect(a.text).toContain("序号|北京市区|兴安盟旗县市\n1|东城区|阿尔山市、科右前旗\n");
    expect(plainTables("京蒙协作  硕果累累\n2024-05-06  来源：兴安日报\n正文。")).toBe("京蒙协作  硕果累累\n2024-05-06  来源：兴安日报\n正文。");
    expect(plainTables("甲  乙\n丙  丁\n这是一句话。  然后另一句。")).toBe("甲  乙\n丙  丁\n这是一句话。  然后另一句。");
  });

  it("reads a row whose long name left a single space before the next cell, and a header so written, at the rows' width", () => {
    const text = "结对区　　旗县　　　　项目内容　　　协作资金（万元）　状态\n海淀区　　敖汉旗　　　冰雪运动中心建设　　900　　已投用\n石景山区　宁城县　　　冰雪乐园一期　　　650　　已投用\n昌平区　　阿鲁科尔沁旗　马文化体验基地　　1100　　已投用\n";
    expect(plainTables(text)).toBe("结对区|旗县|项目内容|协作资金（万元）|状态\n海淀区|敖汉旗|冰雪运动中心建设|900|已投用\n石景山区|宁城县|冰雪乐园一期|650|已投用\n昌平区|阿鲁科尔沁旗|马文化体验基地|1100|已投用\n");
  });

  it("reads a table a page broke as one, past the page's number and the title over the next page", () => {
    const text = "库伦旗数字乡村建设工作总结\n正文。\n密云区镇街　　库伦旗苏木乡镇　　帮扶资金（万元）\n\n— 1 —\n\n库伦旗数字乡村建设工作总结\n\n溪翁庄镇　　库伦镇　　30\n穆家峪镇　　扣河子镇　　25\n";
    expect(plainTables(text)).toContain("密云区镇街|库伦旗苏木乡镇|帮扶资金（万元）\n溪翁庄镇|库伦镇|30\n穆家峪镇|扣河子镇|25");
  });

  it("reads three lines of two cells kept apart by a tab as a table, and two such lines as they are", () => {
    const pairs = "密云区村（所属镇）\t库伦旗嘎查村（所属苏木乡镇）\n金叵罗村（溪翁庄镇）\t兴源村（库伦镇）\n大辛庄村（穆家峪镇）\t扣河子村（扣河子镇）";
    expect(plainTables(pairs)).toBe("密云区村（所属镇）|库伦旗嘎查村（所属苏木乡镇）\n金叵罗村（溪翁庄镇）|兴源村（库伦镇）\n大辛庄村（穆家峪镇）|扣河子村（扣河子镇）");
    expect(plainTables("标题\t副标题\n正文\t一句。")).toBe("标题\t副标题\n正文\t一句。");
  });

  it("joins a cell wrapped onto a line of its own back to the cell above it that it completes, the nearest on screen", () => {
    const wrapped = "序号　姓名　　派出单位　　　　　　职称　　　　　　帮扶单位\n5　　蒋　丽　北京市石景山区妇幼保健院　　产科主治医师　　　　　宁城县妇幼保健计划生育服务\n　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　中心\n6　　白宇航　石景山区八角社区卫生服务中　全科主治医师　　　　　宁城县八里罕镇中心卫生院\n　　　　　　心";
    const rows = plainTables(wrapped).split("\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain("宁城县妇幼保健计划生育服务中心");
    expect(rows[1]).not.toContain("产科主治医师中心");
    expect(rows[2]).toContain("石景山区八角社区卫生服务中心");
  });

  it("reads a table copied with a blank line after each row as one table, and two spaced-out lines so parted as they are", () => {
    const gapped = "序号  项目名称  实施地点  资金（万元）\n\n1  肉牛养殖小区项目  土贵乌拉镇  550\n\n2  设施农业提升项目  玫瑰营镇  600\n\n正文。";
    expect(plainTables(gapped)).toBe("序号|项目名称|实施地点|资金（万元）\n1|肉牛养殖小区项目|土贵乌拉镇|550\n2|设施农业提升项目|玫瑰营镇|600\n\n正文。");
    const tabbed = "序号\t姓名\t派出单位\n\n1\t曹阳\t丰台区发展和改革委员会\n\n2\t龚文静\t丰台区卫生健康委员会";
    expect(plainTables(tabbed)).toBe("序号|姓名|派出单位\n1|曹阳|丰台区发展和改革委员会\n2|龚文静|丰台区卫生健康委员会");
    // (A numbered table whose cells runs of full-width spaces keep apart, single where a cell runs long.)
    const padded = "序号　旗县　　　　结对区　　　　　　　市级资金　区级资金　合计\n1　　阿鲁科尔沁旗　昌平区　　　　　　　5820　　1450　　7270\n2　　巴林左旗　　　顺义区　　　　　　　5460　　1500　　6960\n3　　巴林右旗　　　北京经济技术开发区　5100　　1620　　6720";
    expect(plainTables(padded)).toBe("序号|旗县|结对区|市级资金|区级资金|合计\n1|阿鲁科尔沁旗|昌平区|5820|1450|7270\n2|巴林左旗|顺义区|5460|1500|6960\n3|巴林右旗|北京经济技术开发区|5100|1620|6720");
    expect(plainTables("京蒙协作  硕果累累\n\n2024-05-06  来源：兴安日报\n\n正文。")).toBe("京蒙协作  硕果累累\n\n2024-05-06  来源：兴安日报\n\n正文。");
    // (Cells a single full-width space parts, each as wide as its words, are aligned by nothing: each space parts two.)
    const single = "序号　房山区乡镇　察右中旗苏木乡镇　年度帮扶资金（万元）\n1　窦店镇　铁沙盖镇　30\n2　长沟镇　科布尔镇　30\n7　周口店镇　乌兰苏木　20";
    // (A row a PDF wrapped inside its cell goes on at the next line's start.)
    const wrappedRow = "序号 类别 密云区单位 库伦旗单位\n1 学校 北京市密云区第二中学 库伦旗第二中学\n2 学校 北京市密云区第三小\n学 库伦旗实验小学\n3 医院 北京市密云区中医医\n院 库伦旗蒙医医院";
    expect(plainTables(wrappedRow)).toBe("序号|类别|密云区单位|库伦旗单位\n1|学校|北京市密云区第二中学|库伦旗第二中学\n2|学校|北京市密云区第三小学|库伦旗实验小学\n3|医院|北京市密云区中医医院|库伦旗蒙医医院");
    expect(plainTables(single)).toBe("序号|房山区乡镇|察右中旗苏木乡镇|年度帮扶资金（万元）\n1|窦店镇|铁沙盖镇|30\n2|长沟镇|科布尔镇|30\n7|周口店镇|乌兰苏木|20");
    // (Gaps of one and two full-width spaces that part every line into as many runs as the header has columns, not aligned on
    // screen: a run a cell.)
    const gapped2 = "序号　朝阳区党组织　　科右中旗党组织\n1　三里屯街道北三里社区党委　　巴彦呼舒镇乌逊嘎查党支部\n12　北京东坝环境服务有限公司党支部　　巴彦茫哈苏木巴彦茫哈嘎查党支部";
    expect(plainTables(gapped2)).toBe("序号|朝阳区党组织|科右中旗党组织\n1|三里屯街道北三里社区党委|巴彦呼舒镇乌逊嘎查党支部\n12|北京东坝环境服务有限公司党支部|巴彦茫哈苏木巴彦茫哈嘎查党支部");
  });

  it("puts back a table laid out a cell a line with a blank line after its labels and between its rows (序号 / 姓名 / … / 帮扶期限 /  / 1 / …)", () => {
    const stacked = ["序号", "姓名", "派出单位及职务", "帮扶单位及岗位", "帮扶期限", "", "1", "李文博", "北京市通州区商务局副局长", "翁牛特旗人民政府副旗长", "2023.07—2025.07",
      "", "2", "郑雅文", "北京市通州区运河中学高级教师", "翁牛特旗第一中学", "2024.02—2025.01"].join("\n");
    expect(plainTables(stacked)).toBe(["序号|姓名|派出单位及职务|帮扶单位及岗位|帮扶期限", "1|李文博|北京市通州区商务局副局长|翁牛特旗人民政府副旗长|2023.07—2025.07",
      "2|郑雅文|北京市通州区运河中学高级教师|翁牛特旗第一中学|2024.02—2025.01"].join("\n"));
    // (Unnumbered, under 姓名, its columns what the posting is and how long: 挂职单位及职务, 挂职期限.)
    const named = ["姓名", "派出单位及职务", "挂职单位及职务", "挂职期限", "陈思源", "北京市东城区科学技术和信息化局副局长", "阿尔山市人民政府副市长", "2024年3月—2026年3月",
      "许卫东", "北京市丰台区科学技术和信息化局科长", "扎赉特旗科学技术局副局长", "2024年3月—2025年3月"].join("\n");
    expect(plainTables(named)).toBe(["姓名|派出单位及职务|挂职单位及职务|挂职期限", "陈思源|北京市东城区科学技术和信息化局副局长|阿尔山市人民政府副市长|2024年3月—2026年3月",
      "许卫东|北京市丰台区科学技术和信息化局科长|扎赉特旗科学技术局副局长|2024年3月—2025年3月"].join("\n"));
  });

  it("puts back a numbered table a PDF laid out a cell a line, its wrapped cells joined, across a page and its header again", () => {
    const stacked = ["序号", "密云区结对单位", "库伦旗结对单位", "备注", "1", "溪翁庄镇", "库伦镇", "续签", "2", "穆家峪镇", "扣河子", "镇", "续签",
      "3", "溪翁庄镇金叵罗", "村", "库伦镇哈达图嘎", "查", "续签", "", "— 4 —", "", "序号", "密云区结对单位", "库伦旗结对单位", "备注", "4", "太师屯镇令公村", "白音花镇吉祥嘎", "查", "新增", "", "附件2"].join("\n");
    expect(plainTables(stacked)).toBe(["序号|密云区结对单位|库伦旗结对单位|备注", "1|溪翁庄镇|库伦镇|续签", "2|穆家峪镇|扣河子镇|续签", "3|溪翁庄镇金叵罗村|库伦镇哈达图嘎查|续签",
      "4|太师屯镇令公村|白音花镇吉祥嘎查|新增", "", "附件2"].join("\n"));
    // (A row of as many lines as the labels, a comma in a cell, and a page of so many with the title over the header again; the
    // row of sums closes it.)
    const project = ["计划表", "序号", "项目名称", "建设地点", "主要建设内容", "援助资金", "1", "肉牛养殖小区项目", "扣河子镇五家子村", "新建牛舍3栋", "480",
      "2", "荞麦加工车间扩建项目", "库伦镇", "扩建生产线1条，建成后租赁运营", "520", "第 1 页，共 2 页", "计划表", "序号", "项目名称", "建设地点", "主要建设内容", "援助资金",
      "3", "干部培训项目", "全旗", "培训600人次", "130", "合计", "1130"].join("\n");
    expect(plainTables(project)).toBe(["计划表", "序号|项目名称|建设地点|主要建设内容|援助资金", "1|肉牛养殖小区项目|扣河子镇五家子村|新建牛舍3栋|480",
      "2|荞麦加工车间扩建项目|库伦镇|扩建生产线1条，建成后租赁运营|520", "3|干部培训项目|全旗|培训600人次|130", "合计", "1130"].join("\n"));
    // (Lines that are no such table are left as they are.)
    expect(plainTables("序号\n项目\n资金来源于北京，共计三项。\n1\n正文。")).toBe("序号\n项目\n资金来源于北京，共计三项。\n1\n正文。");
  });

  it("writes a table drawn with box characters as barred rows, its rules left out", () => {
    const box = "┌──┬────┬────┐\n│序号│实施地点│京蒙资金│\n├──┼────┼────┤\n│1 │黄旗海镇  │1500    │\n└──┴────┴────┘\n注：资金单位为万元。";
    expect(plainTables(box)).toBe("序号|实施地点|京蒙资金\n1|黄旗海镇|1500\n注：资金单位为万元。");
  });

  it("cuts a table aligned by its spaces' widths where its header's columns start: one wide space may part two cells or pad a name", () => {
    const table = "序号　姓名　　派出单位及职务　　　　　挂职单位及职务　　期限\n1　　 曹　阳　丰台区发改委副主任　　　　四子王旗副旗长　　　2年\n" +
      "2　　 龚文静　丰台区卫健委医政科科长　四子王旗卫健委副主任　1年\n3　　 黎志明　丰台区南苑医院主任医师　四子王旗人民医院副院长　1年\n其余名单另行印发。";
    expect(plainTables(table).split("\n")).toEqual(["序号|姓名|派出单位及职务|挂职单位及职务|期限", "1|曹　阳|丰台区发改委副主任|四子王旗副旗长|2年",
      "2|龚文静|丰台区卫健委医政科科长|四子王旗卫健委副主任|1年", "3|黎志明|丰台区南苑医院主任医师|四子王旗人民医院副院长|1年", "其余名单另行印发。"]);
    // (A header over fewer than two rows that reach its third column is no table: 长辛店镇—乌兰花镇　　王佐镇—吉生太镇 stays.)
    expect(plainTables("结对情况　　如下　　所示\n长辛店镇—乌兰花镇　　王佐镇—吉生太镇")).toBe("结对情况　　如下　　所示\n长辛店镇—乌兰花镇　　王佐镇—吉生太镇");
  });

  it("reads rows numbered from 1 with as many cells as a table with no header, however few, but not pairs written with a dash", () => {
    const two = "六、社会组织与嘎查村结对（2对）\n1　　北京市通州区慈善协会　　　　　　桥头镇二道沟村\n2　　通州区青年企业家协会　　　　　　白音套海苏木敖包嘎查\n注：略。";
    expect(plainTables(two).split("\n")).toEqual(["六、社会组织与嘎查村结对（2对）", "1|北京市通州区慈善协会|桥头镇二道沟村", "2|通州区青年企业家协会|白音套海苏木敖包嘎查", "注：略。"]);
    const singleGap = "1　　北京市通州区玉桥实验学校　　　　翁牛特旗第一中学\n2　　北京市通州区宋庄中心小学　　　　翁牛特旗乌丹第二小学\n3　　北京市通州区张家湾镇中心幼儿园　梧桐花镇中心校";
    expect(plainTables(singleGap).split("\n")[2]).toBe("3|北京市通州区张家湾镇中心幼儿园|梧桐花镇中心校");
    const dashed = "1　　 溪翁庄镇金叵罗村　　　　——　库伦镇兴源村\n2　　 穆家峪镇荆子峪村　　　　——　扣河子镇哈日干图嘎查";
    expect(plainTables(dashed)).toBe(dashed);
    // (Nor rows not numbered from 1, nor with no wide gap.)
    expect(plainTables("3　　甲乙丙　　丁戊己\n4　　庚辛　　壬癸")).toBe("3　　甲乙丙　　丁戊己\n4　　庚辛　　壬癸");
    expect(plainTables("1 甲乙丙 丁戊己\n2 庚辛 壬癸")).toBe("1 甲乙丙 丁戊己\n2 庚辛 壬癸");
  });

  it("cuts a table a program padded by its count of characters, not by screen width (ljust)", () => {
    const rows = [["序号", "项目名称", "实施地点", "资金规模（万元）", "资金来源"], ["1", "猎民村民宿提升项目", "托扎敏乡希日特奇猎民村", "380", "京蒙协作资金"],
      ["2", "嘎仙洞景区游客服务中心", "阿里河镇", "460", "京蒙协作资金"], ["3", "森林研学营地配套建设", "诺敏镇", "270", "京蒙协作资金"]];
    const widths = [6, 26, 24, 18, 0];
    const table = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!, " ")).join("").trimEnd()).join("\n");
    expect(plainTables(table).split("\n")).toEqual(rows.map((r) => r.join("|")));
  });

  it("leaves to the runs of spaces a table aligned neither way, where a row's cell would hold two runs a wide gap parts", () => {
    const table = "序号  项目名称  实施主体  建设内容  资金（万元）\n1  大义发泉村非遗工坊提升项目  巴音塔拉镇大义发泉村  改造工坊用房260平方米  120\n" +
      "2  察哈尔刺绣产业扶持项目  察右前旗玫瑰营巧手刺绣专业合作社  购置电脑绣花机6台  95\n3  乌兰牧骑排练厅改造项目  察右前旗乌兰牧骑  排练厅地板改造  80";
    expect(plainTables(table).split("\n")[1]).toBe("1|大义发泉村非遗工坊提升项目|巴音塔拉镇大义发泉村|改造工坊用房260平方米|120");
  });

  it("heads a table whose column says it holds parts of the one before (其中：产业发展)", () => {
    const table = "旗县　　　　北京结对方　　　　　　下达资金　　其中：产业发展　劳务协作\n巴林左旗　　顺义区　　　　　　　　　2860　　　　　2100　　　　　460\n" +
      "巴林右旗　　北京经济技术开发区　　　3120　　　　　2500　　　　　320";
    expect(plainTables(table).split("\n")).toEqual(["旗县|北京结对方|下达资金|其中：产业发展|劳务协作", "巴林左旗|顺义区|2860|2100|460", "巴林右旗|北京经济技术开发区|3120|2500|320"]);
  });

  it("heads no table with a row whose padded name a wide space parts (★ 韩　雪　麻醉科　主治医师)", () => {
    const roster = "★ 韩　雪　麻醉科　主治医师\n★ 刘振宇　　普外科　主任医师\n★ 林　芳　护理部　副护士长";
    expect(plainTables(roster).split("\n").filter((l) => /韩\|雪|林\|芳/.test(l))).toEqual([]);
  });

  it.each([
    ["binary.txt", /binary content/],
    ["empty.txt", /empty file/],
    ["missing.txt", /cannot read \(ENOENT\)/],
  ])("rejects %s with an error naming the file and the reason", async (file, reason) => {
    const path = articleFixturePath(file);
    const err = await readArticle(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).message).toMatch(/^ingest: /);
    expect((err as IngestError).message).toContain(file);
    expect((err as IngestError).message).toMatch(reason);
  });

  it("rejects a file over the size limit", async () => {
    await expect(readArticle(articleFixturePath("noisy.txt"), { maxBytes: 100 })).rejects.toThrow(/too large \(\d+ bytes, limit 100\)/);
  });

  it("reads Markdown as the text it shows: no heading, quote or list marks, emphasis, code marks or link targets; a table's bars kept", () => {
    const md = "# 标题\n> 来源：某办 | 2024-09-30\n- **密云区**与*阿尔山市*结对\n1. 医师[孙国栋](https://example.com)和`赵丽`\n| 项目 | 资金 |\n| --- | --- |\n| 民宿 | 300 |\n```\ncode\n```";
    expect(markdownToText(md)).toBe("标题\n来源：某办 | 2024-09-30\n密云区与阿尔山市结对\n\n1. 医师孙国栋和赵丽\n| 项目 | 资金 |\n| 民宿 | 300 |\ncode");
  });

  it("cuts a page's chrome by its names and its lists of links, and keeps the footer's owner and the story", () => {
    const html = `<html><body><div class="top-bar">欢迎访问</div><div class="nav"><ul><li class="on">首页</li><li>京蒙协作</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 新闻</div><div class="article-content"><p>房山区与突泉县结对帮扶。</p>
<p><a href="/a.html">▶ 科右前旗：京蒙协作产业园再添新项目</a></p></div>
<div class="side"><div class="side-box"><h3>热点</h3><p>乌兰浩特市举办消费帮扶周。</p></div></div>
<ul><li><a href="/b.html">北京市怀柔区组织企业赴扎赉特旗</a><time>11-14</time></li></ul>
<div class="footer"><p>版权所有：北京市大兴区黄村医院</p><p>技术支持：北京华讯睿达网络科技有限公司</p></div></body></html>`;
    const text = htmlToText(html).text;
    expect(text).toContain("房山区与突泉县结对帮扶。");
    for (const chrome of ["欢迎访问", "京蒙协作", "当前位置", "科右前旗", "乌兰浩特市", "扎赉特旗", "技术支持"]) expect(text).not.toContain(chrome);
  });

  it("lists a folder's articles sorted and reports inputs that do not exist", async () => {
    const { files, skipped } = await listInputs([ARTICLE_FIXTURES_DIR, "no/such/folder"]);
    expect(files.map((f) => f.split("/").pop())).toEqual([
      "abag-beijing-mother.txt", "abag-dongcheng-weibo-flash.txt", "abag-sumu-dairy-workshops.txt", "abag-vets.txt",
      "academy-jingmeng-report-pdf.txt", "aershan-dongcheng-company-short-name.txt", "aershan-dongcheng-culture-work-report.txt",
      "agriculture-departments-meeting.txt", "alukeerqin-auto-repair-teachers.txt", "alukeerqin-changping-passive-brief.txt",
      "alukeerqin-haidian-midyear-report.txt", "alukeerqin-relics-work-summary.txt", "alukerqin-tongxin-harbour-evaluation-pdf.txt",
      "anzhen-ulanqab-trustee.txt", "aohan-backtranslated.txt", "aohan-balinyou-fengtai-three-year-report.txt",
      "aohan-bayi-school-pairing-flash.txt", "aohan-bulletin-xicheng.txt", "aohan-chaoyang-consumption-settling.txt",
      "aohan-chenjinglun-school-group.txt", "aohan-cooperative.txt", "aohan-daxing-work-report-excerpt.txt", "aohan-haidian-museum-interview.txt",
      "aohan-haidian-village-firm-pairs.txt", "aohan-herb-experts-page.html", "aohan-labour-station-liaison-feature.txt",
      "aohan-naiman-livestock-experts-roster.txt", "aohan-project-notice.txt", "aohan-sorghum-work-summary.txt",
      "aohan-wenquan-hospital-trusteeship-notice.txt", "ar-horqin-beverage-projects-notice.txt", "ar-horqin-changping-guests-interviews.txt",
      "ar-horqin-signing-flash.txt", "ar-horqin-straw-work-summary.txt", "archives-equipment-donation-notice.txt", "arhorchin-cadre-interview.txt",
      "arhorqin-2024-maize-project-notice.txt", "arhorqin-changping-education-report-pdf.txt", "arhorqin-soybean-wechat-post.txt",
      "arhorqin-wechat-licorice.txt", "arhorqin-wechat-red-sorghum.txt", "arkhorchin-mentor-list-notice.txt",
      "aruhorqin-hospital-kidney-clinic-wechat.txt", "arukorchin-return-startup-incubator.txt", "arukorchin-sports-report-running-head.txt",
      "arukorqin-chest-doctor-profile.txt", "arukorqin-emergency-work-summary.txt", "arukorqin-lab-cma-wechat.txt",
      "arukorqin-reserve-smart-monitoring.txt", "arukorqin-starry-campsite.txt", "arun-hazelnut-ocr.txt", "arxan-cadres-bracket-names.txt",
      "arxan-dongcheng-cadre-profile.txt", "arxan-dongcheng-photo-captions.html", "arxan-dongcheng-station-wechat.txt",
      "arxan-dongcheng-tourism-guesthouses.txt", "arxan-dongcheng-wechat-saved-page.html", "arxan-flood-donations.txt",
      "arxan-guangqumen-branch-school.txt", "arxan-honeysuckle-signing.txt", "arxan-mineral-water-plant.txt", "arxan-receiving.txt",
      "arxan-route-densified.txt", "arxan-study-camp-wechat.txt", "arxan-teachers-doctors.txt", "arxan-tongren-hospital-team.txt",
      "award-nominees-roster-tabs.txt", "award-profiles-sex-nation.txt", "award-roster-2023.txt", "baafs-seed-report-academy-parts.txt",
      "baarin-right-etown-decade-pdf.txt", "baarin-right-nursery-wechat.txt", "baarin-right-trainees-to-etown-table.txt",
      "bairin-left-tomato-paste.txt", "balin-left-banner-work-summary.txt", "balinyou-bank-loans-release.txt",
      "balinyou-cattle-cooperatives-table.txt", "balinyou-chaoyang-labour-workstation.txt", "balinyou-cheese-plant.txt",
      "balinyou-cold-store-award-notice.html", "balinyou-etdz-bulletin-cadres-of-bodies.txt", "balinyou-etdz-macau-interview-traditional.txt",
      "balinyou-etdz-press-conference.txt", "balinyou-etdz-three-profiles.txt", "balinyou-garment-workshops-brought-in.txt",
      "balinyou-projects.html", "balinyou-wechat-guide.txt", "balinyou-wechat-post.md", "balinyouqi-relics-projects-notice.txt",
      "balinzuo-2024-project-notice.txt", "balinzuo-caregiver-care-centre-feature.txt", "balinzuo-chaoyang-delegation-signing.txt",
      "balinzuo-ecommerce.txt", "balinzuo-food-testing-laboratory-summary.txt", "balinzuo-grid-upgrade.txt", "balinzuo-iodine-equipment-flash.txt",
      "balinzuo-land-project-notice.txt", "balinzuo-millet-station-flash.txt", "balinzuo-project-notice.txt", "balinzuo-shunyi-study-tour-flash.txt",
      "balinzuo-tourism-fund-notice.txt", "balinzuo-wetlands-described-middle-column.txt", "balinzuo-wind-summary.txt",
      "balinzuo-wulanba-wechat.txt", "balinzuo-xicheng-tab-notice.txt", "balinzuoqi-graduate-subsidy-list-notice.txt",
      "balinzuoqi-organic-millet.txt", "balinzuoqi-shunyi-education-group.txt", "balinzuoqi-signed-projects-notice.txt",
      "baotou-units-short-forms.txt", "bch-doctor-siziwang-feature.txt", "beianhe-keyouqian-medical-team-wechat.txt",
      "beijing-cdc-tb-echinococcosis-report-pdf.txt", "beijing-chambers-pairing-notice.txt", "beijing-childrens-regional.txt",
      "beijing-cppcc-chifeng-noisy.txt", "beijing-districts-snow-overview-noisy.txt", "beijing-famous-schools.txt",
      "beijing-firms-water-economy-noisy.txt", "beijing-health-commission-trust-table.txt", "beijing-health-press-conference-planned-money.txt",
      "beijing-im-county-media-overview-noisy.txt", "beijing-im-medinsurance-report-pdf.txt", "beijing-im-relics-cooperation-report-pdf.txt",
      "beijing-imar-soy-corn-overview-noisy.txt", "beijing-inner-mongolia-museum-survey-pdf.txt", "beijing-ipr-aid-projects-notice-table.txt",
      "beijing-media-pairing-cases-pdf.txt", "beijing-meeting-hebei-im.txt", "beijing-neonatal-roundup-noisy.txt",
      "beijing-ortho-experts-noisy-overview.txt", "beijing-other-regions.txt", "beijing-publishers-report-pdf.txt",
      "beijing-resettled-communities-pdf.txt", "beijing-seated-bodies-pairings.txt", "beijing-tax-pairings-purchases-pdf.txt",
      "beijing-trustee-list-notice.txt", "beijing-welfare-lottery-funds-table.txt", "bfu-protected-areas-report-pdf.txt", "binary.txt",
      "bj-im-forum-handbook-bilingual.txt", "bjobgyn-aid-report-pdf.txt", "bjrehab-annual-report-pdf.txt", "bjrehab-ningcheng-interview.txt",
      "briefs.txt", "bua-arhorqin-summer-teaching.txt", "bulletin-eight-briefs.txt", "cadre-forms.txt", "cadre-technician-tab-tables.txt",
      "cadres-list.txt", "cadres-profiles-2023.txt", "camel-industry-signed-projects-records.txt", "case-compilation-pdf.txt",
      "chahar-livestream-training-notice.txt", "chahar-middle-fund-evaluation-pdf.txt", "chahar-middle-project-csv-export.txt",
      "changping-alukeerqin-media-pairing.txt", "changping-aqi-spine-endoscopy-flash.txt", "changping-aqi.txt", "changping-arhorqin-mch-summary.txt",
      "changping-arhorqin-taipusi-project-notice.txt", "changping-arukorqin-snow-supplies.txt", "changping-chambers-village-pledge.txt",
      "changping-chronicle.txt", "changping-cppcc-arukorqin.txt", "changping-delegation-flash.txt", "changping-doctor-aruhorchin-feature.txt",
      "changping-fic-work-summary.txt", "changping-hohhot.txt", "changping-ipr-work-summary.txt", "changping-league-work-summary.txt",
      "changping-medinsurance-summary.txt", "changping-meeting.html", "changping-project-notice.txt", "changping-send-off-talents.txt",
      "changping-summary-2023.txt", "changping-taipusi-agreement.txt", "changping-taipusi-blood-drive-wechat.html",
      "changping-taipusi-campus-antidrug.txt", "changping-taipusi-dialysis-caption-table.txt", "changping-taipusi-documentary-credits.html",
      "changping-taipusi-hong-kong-report.txt", "changping-taipusi-joint-meeting-2025.txt", "changping-taipusi-nicu-wechat.txt",
      "changping-taipusi-tax-bureaus.txt", "changping-taipusi-urologist-profile.txt", "changping-taipusi-village-post-stations.txt",
      "changping-taipusi-weather-pairing.txt", "changping-taipusi-wechat-flood-aid.txt", "changping-xinghe-chronicle.txt", "chaoyang-agreement.txt",
      "chaoyang-aohan-traditional.txt", "chaoyang-cadre-cards-post.txt", "chaoyang-chayouhouqi-noisy.txt", "chaoyang-consumption.txt",
      "chaoyang-doctor-diary.txt", "chaoyang-faq.txt", "chaoyang-group-school.txt", "chaoyang-hospital-thanks.txt",
      "chaoyang-jinsong-cadre-keyouzhong-profile.txt", "chaoyang-keyouzhong-branch-pairs-notice.txt", "chaoyang-kezhongqi-labour-figures.txt",
      "chaoyang-kezhongqi-partner.txt", "chaoyang-kezuohou-labour-station.txt", "chaoyang-labour.txt", "chaoyang.txt", "charity-xingan.txt",
      "chayouhou-first-secretary.txt", "chayouhou-labour-video-script.txt", "chayouhou-mentougou-first-secretary.txt",
      "chayouhou-mentougou-medical-team-roster.txt", "chayouhou-science-envoys.txt", "chayouhou-summary-2023.txt",
      "chayouhou-xicheng-village-projects-summary.txt", "chayouhou-yanqing-town-funds-notice.txt", "chayouhouqi-mentougou-flood-training.txt",
      "chayouhouqi-mentougou-kindergarten-wechat-post.txt", "chayouqian-audit-findings.txt", "chayouqian-cardiologist-interview.txt",
      "chayouqian-daxing-allocation-2024.txt", "chayouqian-daxing-box-table-announcement.txt", "chayouqian-daxing-deputy-reply.txt",
      "chayouqian-daxing-enterprises-villages-pointed-donor.txt", "chayouqian-daxing-job-fair-brief.txt",
      "chayouqian-daxing-labour-bureau-report.txt", "chayouqian-daxing-town-pairs-roundup.txt", "chayouqian-daxing-vocational-school.txt",
      "chayouqian-dongcheng-cadre-interview.txt", "chayouqian-fengtai-tender-notice.txt", "chayouqian-heart-surgery-aid-list.txt",
      "chayouqian-investment-fair-beijing.txt", "chayouqian-labour-office-in-fengtai.txt", "chayouqian-mentougou-potato-training-notice.txt",
      "chayouqian-plan-pdf-table.txt", "chayouqian-road-performance-report-pdf.txt", "chayouzhong-cadre-interview-qa.txt",
      "chayouzhong-cataract-thanks-letter.txt", "chayouzhong-dairy-settling-flash.txt", "chayouzhong-ethnic-unity-summary-pdf.txt",
      "chayouzhong-fengtai-village-secretaries-training.txt", "chayouzhong-financial-aid-summary-pdf.txt",
      "chayouzhong-project-plan-notice-table.txt", "chayouzhong-redcross-donations-notice.txt", "chayouzhong-shijingshan-year-end-review.txt",
      "chayouzhong-tv-news-transcript.txt", "chayouzhong-yanqing-cadre-profile.txt", "chayouzhong-yanqing-teacher-diary.txt",
      "chifeng-academician-stations-list-notice.txt", "chifeng-brands-grants-and-sites.txt", "chifeng-cadre-exchange-report-pdf.txt",
      "chifeng-civil-affairs-work-summary.txt", "chifeng-courtyard-economy-table.html", "chifeng-daxing-cadres-portrait.txt",
      "chifeng-enterprises-villages.txt", "chifeng-enterprises.txt", "chifeng-fund-allocation-table-page.html",
      "chifeng-funds-allocation-notice-fullwidth-bars.txt", "chifeng-housing-report-pdf.txt", "chifeng-hydrogen-project-list-notice.txt",
      "chifeng-industrial-projects-investor-table.txt", "chifeng-logistics-network.txt", "chifeng-media-center-projects-notice.txt",
      "chifeng-media-centres-projects-table.txt", "chifeng-municipal-funds-notice.txt", "chifeng-new-materials-2023-summary.txt",
      "chifeng-pdf-report.txt", "chifeng-prepared-dishes-pdf-report.txt", "chifeng-press-conference-transcript.txt", "chifeng-press-conference.txt",
      "chifeng-projects-numbered.txt", "chifeng-rehab-projects-notice.txt", "chifeng-shunyi-league-agreement.txt",
      "chifeng-signed-projects-parks-table.txt", "chifeng-sorghum-chain-overview.txt", "chifeng-specialty-list.txt",
      "chifeng-specialty-pairs-experts-table.txt", "chifeng-straw-project-notice.txt", "chifeng-synchronous-classes-notice.txt",
      "chifeng-universities-pairs-table.txt", "childrens-hospital-xingan-branch.txt", "cndca-donation-notice.txt",
      "company-smart-classroom-gift.html", "consumption-fair-purchases.txt", "consumption-month.txt", "culturalcentres-morin-dawa-wechat.txt",
      "damao-first-secretary-interview.txt", "damao-huairou-joint-meeting-minutes.txt", "daxing-2022-year-end-summary-table.txt",
      "daxing-asr-transcript-2.txt", "daxing-cadres-roster-tabs.txt", "daxing-chayouqian-trainee-table.txt", "daxing-commendation-list-by-kind.txt",
      "daxing-delegation-visit-signing.txt", "daxing-enterprise-award-records-notice.txt", "daxing-gacha-pairs-contacts.txt",
      "daxing-investment-fair-project-list.html", "daxing-kezuozhong-funds-colspan.html", "daxing-kezuozhong.txt", "daxing-kulun-hospital.txt",
      "daxing-magazine-ocr-scan.txt", "daxing-our-district.txt", "daxing-pairing-open-data.md", "daxing-parties-chayouqian-wechat.txt",
      "daxing-reporter-moqi-profile.txt", "daxing-school-pairs-heads-notice.txt", "daxing-shangdu-village-rehab-wechat.txt",
      "daxing-towns-enclave.txt", "daxing-zhengxiangbai-chayouqian-firms-settle.txt", "daxing.html", "delegation-visit.txt", "dictation-noisy.txt",
      "district-pairings-arrow-list.txt", "district-pairings-news-brief.txt", "districts-noisy.txt", "doctors-roster-2024.txt",
      "donations-spaced-table.txt", "dongcheng-arxan-ambulance-gov-page.html", "dongcheng-arxan-childrens-day-flash.txt",
      "dongcheng-arxan-gov-page.html", "dongcheng-arxan-sojourn-seniors.txt", "dongcheng-arxan-timeline.txt", "dongcheng-arxan-tourism.txt",
      "dongcheng-arxan-wechat-reunion.txt", "dongcheng-chayouhou-2023-funds-report.txt", "dongcheng-delegation-misheard.txt",
      "dongcheng-fangshan-mixed-programmes.txt", "dongcheng-hospital-group.txt", "dongcheng-huade-arxan-brand-noisy.txt",
      "dongcheng-huade-training-wechat.txt", "dongcheng-leader-speech.txt", "dongcheng-noisy.txt", "dongcheng-propaganda-2023-summary.txt",
      "dongcheng-report-2023.txt", "dongcheng-teachers-list.md", "dongcheng-ulanhot-schools.txt", "dongcheng-wrapped.txt",
      "dongjingzi-resident-secretary-diary.txt", "dongwu-daxing-cadre-flash.txt", "dongwu-xiwu-village-pairs-list.txt",
      "duolun-beijing-county-head.txt", "duolun-county-site-gbk-style.txt", "duolun-enclave-park.txt", "duolun-huairou-project-list-2024.txt",
      "duolun-huairou-statistics-bulletin.txt", "duolun-our-county.txt", "duolun-short-video-script.md", "duolun-street-and-firm-pairs-notice.txt",
      "elunchun-fuxing-medical-team.txt", "elunchun-xicheng-interview.txt", "elunchun-xicheng-year-summary.txt", "empty.txt",
      "energy-firms-noisy-tuquan.txt", "erlian-ports-cold-chain.txt", "etdz-balinyou-patent-transfer-pdf.txt", "etdz-tuquan-slide-deck.md",
      "fair-signing-list-settled-column.txt", "fangshan-aohan-kindergarten.txt", "fangshan-cadre-kulun-buckwheat.txt",
      "fangshan-chayouhou-speech.txt", "fangshan-chayouzhong-pairs-notice.txt", "fangshan-dairy.txt", "fangshan-donations-list-2020.txt",
      "fangshan-kulun-art-teacher-profile.txt", "fangshan-kulun-cadre-feature.txt", "fangshan-kulun-cooking-contest-flash.txt",
      "fangshan-kulun-first-day-surgery-flash.txt", "fangshan-kulun-flood-drill-flash.txt", "fangshan-kulun-gi-training-flash.txt",
      "fangshan-kulun-mch-project-notice.txt", "fangshan-kulun-pingju-troupe-flash.txt", "fangshan-kulun-project-notice-table.txt",
      "fangshan-kulun-tourism-described-table.txt", "fangshan-kulun-trusteeship.txt", "fangshan-kulun-village-casebook-pdf.txt",
      "fangshan-kulun-volunteers-flash.txt", "fangshan-kulun-xingyuan-temple-wechat.txt", "fangshan-linxi-pdf-summary.txt",
      "fangshan-money-forms.txt", "fangshan-tuquan-chayouzhong-2019-report.txt", "fangshan-two-banners-footnoted-study.txt",
      "fangshan-village-enterprise.txt", "fangshan-xianghuang-towns.txt", "fengtai-big5.txt", "fengtai-cadres-commendation-pdf.txt",
      "fengtai-chayouhou-noisy.txt", "fengtai-chayouzhong-feature.txt", "fengtai-chayouzhong-food-testing.txt",
      "fengtai-chayouzhong-legal-advisers-table.txt", "fengtai-chayouzhong-medical-insurance.txt", "fengtai-chayouzhong-police-pairing.txt",
      "fengtai-chayouzhong-school-meals-table.txt", "fengtai-chayouzhong-unions-byline.txt", "fengtai-delegation-signing.txt",
      "fengtai-doctor-siziwang.txt", "fengtai-jingmeng-goods-store-opening.txt", "fengtai-keyouqian-joint-meeting-2024.txt",
      "fengtai-qianqi-press-release.txt", "fengtai-siziwang-agreement.txt", "fengtai-siziwang-dairy-summary.txt",
      "fengtai-siziwang-education-summary.txt", "fengtai-siziwang-flood-supplies.txt", "fengtai-siziwang-grassland-flash.txt",
      "fengtai-siziwang-league-pairing.txt", "fengtai-siziwang-metrology-flash.txt", "fengtai-siziwang-pairing-list.txt",
      "fengtai-siziwang-pcnl-first-case.txt", "fengtai-siziwang-security-donation-flash.txt", "fengtai-siziwang-smart-hospital.txt",
      "fengtai-siziwang-snow-work-summary.txt", "fengtai-siziwang-stations.txt", "fengtai-siziwang-summary.txt",
      "fengtai-siziwang-vehicle-handover.txt", "fengtai-siziwang-work-summary.txt", "fengtai-traditional.txt", "fengtai-union-work-summary.txt",
      "fengtai-xianghuang-bilingual-page.html", "fengtai-zhenglan-park.txt", "fengtai-zhengxiangbai-herders.txt", "fengtai.txt",
      "flash-fangshan-kulun-donation.txt", "forestry-agricultural-universities.txt", "forestry-university.txt", "funds-2024.txt",
      "garment-matchmaking-signings.txt", "gi-trademark-list-notice.txt", "grassland-children-noisy-roundup.txt",
      "grassland-foundation-annual-report.html", "haidian-cadre-horqin-right-front-feature.txt", "haidian-cdl-books-flash.txt",
      "haidian-chayouzhong-briefing.txt", "haidian-chifeng-halfwidth.txt", "haidian-chifeng-park.txt", "haidian-diary.txt",
      "haidian-doctors-keyouqianqi.txt", "haidian-horqin-right-front-childrens-homes.txt", "haidian-horqin-right-front-seismic-homes.txt",
      "haidian-keyouqian-archaeologist-feature.txt", "haidian-keyouqian-briefing-pdf.txt", "haidian-keyouqian-cadre-chenzhiyuan-profile.txt",
      "haidian-keyouqian-cattle-academician-station.txt", "haidian-keyouqian-children-rehab.txt", "haidian-keyouqian-circuit-tribunal-wechat.txt",
      "haidian-keyouqian-cpa-flash.txt", "haidian-keyouqian-nicu-opens.txt", "haidian-keyouqian-pairing-signing.txt",
      "haidian-keyouqian-planning-projects-notice.txt", "haidian-keyouqian-president-profile.txt", "haidian-keyouqian-water-cadre-profile.txt",
      "haidian-keyouqian-welding-teacher-profile.txt", "haidian-kezuohou-cppcc-proposal.txt", "haidian-kyqq-village-signing.txt",
      "haidian-landscaping-bureau-keyouqian-summary.txt", "haidian-ocr-chifeng.txt", "haidian-oroqen-wechat-export.md", "haidian-report-pdf.txt",
      "haidian-summary-2023-two-banners.txt", "haidian-volunteer-teachers-wechat.txt", "haidian-xinjiang-chifeng.txt", "haidian.html",
      "hainan-district-mentougou-free-clinic.txt", "hangjin-doctor.txt", "harqin-cadre-farewell-speech.txt", "harqin-capital-museum-exhibition.txt",
      "harqin-listed-company-announcement.txt", "harqin-xicheng-street-town-funds-table.txt", "health-commission-resident-experts-list.txt",
      "heating-group-csr-report-pdf.txt", "helingeer-bnu-university-pairing.txt", "helingeer-daxing-back-translation.txt",
      "herb-cooperation-survey-pdf.txt", "hexigten-cattle-cooperative.txt", "hinggan-cadre-roster-notice.txt",
      "hinggan-education-overview-noisy.txt", "hinggan-flood-project-funds-notice.txt", "hinggan-league-speech-review.txt",
      "hinggan-park-projects-notice.txt", "hinggan-project-plan-notice.txt", "hohhot-baotou.txt", "hohhot-three-districts-anniversary.txt",
      "hope-project-funding-notice.txt", "horqin-beef-in-beijing.txt", "horqin-left-middle-corn-cadre-profile.txt",
      "horqin-middle-helipad-wechat.txt", "horqin-right-front-beverage-summary.txt", "horqin-right-front-fund-notice.txt",
      "horqin-right-front-tomato-cadre.txt", "horqin-right-front-wechat.txt", "hospitals-towns-pair-lists.txt",
      "huade-arxan-dongcheng-housing-report.txt", "huade-dongcheng-workshops-runners.txt", "huade-forum-thread.html",
      "huade-haidian-teacher-year.txt", "huade-jingneng-wind-village.txt", "huade-monthly-report-table.txt", "huade-shijingshan-reverse-posting.txt",
      "huade-tv-broadcast-script.txt", "huairou-bohai-villages.txt", "huairou-cadre-term.txt", "huairou-chayouqian-wechat.txt",
      "huairou-guyang-damao-year-end-summary.txt", "huairou-morindawa-smart-clinics-wechat.txt", "huairou-morindawa-wechat-tour.txt",
      "huairou-report-pdf-pages.txt", "huairou-siziwang-friendship.txt", "huairou-siziwang-letter-spaced.txt", "huairou-siziwang-meeting.html",
      "huairou-siziwang-wechat.html", "huairou-siziwang.txt", "huairou-xiwu-street-village-pairs.txt", "huaneng-zhengxiangbai.txt",
      "hulunbuir-abbreviations.txt", "hulunbuir-chaoyang-ranges.txt", "hulunbuir-first-airlift-flash.txt", "hulunbuir-hospitals.txt",
      "hulunbuir-noisy.txt", "hulunbuir-psych-service-split-total-pdf.txt", "hulunbuir-survey-pdf.txt", "hulunbuir-three-districts-2023.txt",
      "hulunbuir-tourism-train.txt", "hure-project-list.txt", "hure-scientist-portrait.txt", "hure-straw-fuel-plant.txt",
      "hure-telemedicine-project-list.txt", "icesnow-gift-table-pair-column.txt", "imar-beverage-report-pdf.txt",
      "imar-buckwheat-survey-report-pdf.txt", "imar-soybean-corn-chain-report-pdf.txt", "institutions-helping-directly.txt",
      "jalaid-daxing-noisy-talent-roster.txt", "jalaid-fengtai-livestream-centre.txt", "jalaid-fengtai-market-regulation-shadowing.txt",
      "jalaid-medical-equipment-donation.txt", "jalaid-park-brochure.md", "jalaid-renminwang-traditional.txt", "jingkaiqu-briefing-pdf.txt",
      "jingmeng-academician-stations-survey-pdf.txt", "jingmeng-flood-drought-overview-noisy.txt", "jingmeng-school-pairs-list-notice.txt",
      "jingmeng-skills-final-roundup-noisy.txt", "jingmeng-tb-echinococcosis-overview-noisy.txt", "jining-group-school.txt",
      "jinrongjie-party-pairing.txt", "jishuitan-team-fifth.txt", "jishuitan-ulanqab.txt", "joint-meeting-2024.txt", "jst-kyqq-hip-replacement.txt",
      "jst-moqi-wechat-clinic.txt", "kailu-village-enterprise.txt", "kewei-annual-summary.txt", "keyouqian-arts-projects-notice.txt",
      "keyouqian-culture-projects-notice.txt", "keyouqian-daxing-greenhouse-projects-notice.txt", "keyouqian-dongcheng-commendation-roster.txt",
      "keyouqian-dongcheng-midyear-summary.txt", "keyouqian-funds-notice-disclosure.txt", "keyouqian-greenhouse-projects-notice.txt",
      "keyouqian-health-cooperation-summary.txt", "keyouqian-hospital-thanks-yongdingmen.txt", "keyouqian-hub-flash.txt",
      "keyouqian-model-villages-town-pairs-table.txt", "keyouqian-notice-tables.txt", "keyouqian-selfdrive-work-summary.txt",
      "keyouqian-shijingshan-transcript.txt", "keyouqian-straw-performance-report-pdf.txt", "keyouqian-students-study-tour.txt",
      "keyouqian-tb-project-notice-table.txt", "keyouqian-two-way-exchange.txt", "keyouqian-youth-entrepreneur-profile.txt",
      "keyouqianqi-daxing-teacher-team-wechat.txt", "keyouzhong-beef-plant-press-release.txt", "keyouzhong-changping-audit-notice.txt",
      "keyouzhong-haidian-bilingual-release.html", "keyouzhong-haidian-medical-team-profile.txt", "keyouzhong-pinggu-panel-transcript.txt",
      "keyouzhong-yizhuang-cadre-handover.txt", "kezhongqi-funds-plan-spaced.txt", "kezhongqi-hospital-our-ward.txt", "kezhongqi-photo-captions.txt",
      "kezhongqi-projects-tabs.txt", "kezhongqi-school-pairs-list.txt", "kezhongqi-village-enterprise-pairs.txt",
      "kezuohou-haidian-teaching-team.txt", "kezuohou-livestock-expert-season.txt", "kezuohou-medical-team-table-page.html",
      "kezuohou-meeting-transcript.txt", "kezuohou-shunyi-hongkong-traditional.txt", "kezuozhong-chaoyang-branch-pairings.txt",
      "kezuozhong-chaoyang-medical-projects-notice.txt", "kezuozhong-chaoyang-press-conference-parts.txt", "kezuozhong-first-secretary-beijing.txt",
      "kezuozhong-livestream-event-report.txt", "kezuozhong-shunyi-firm-village-pair-list.txt", "kezuozhong-shunyi-library-paper.txt",
      "kezuozhong-shunyi-media-shadowing-notice.txt", "kezuozhong-shunyi-projects-subtotals.txt", "kezuozhong-shunyi-town-village-pairs-table.txt",
      "kezuozhong-shunyi-youth-league-report.txt", "kezuozhong-tiantan-team-hospital.txt", "kezuozhong-tongzhou-statistics-bulletin.txt",
      "kulun-academician-stations-work-summary.txt", "kulun-almond-drink-plant-flash.txt", "kulun-award-results-project-leads.txt",
      "kulun-buckwheat-tea-wechat.txt", "kulun-buckwheat-xinhua-wire.txt", "kulun-cadre-profile.txt", "kulun-chest-hospital-tb-clinic.txt",
      "kulun-childrens-homes-project-notice.txt", "kulun-consumption-fair-brief.txt", "kulun-corn-chain-work-summary.txt",
      "kulun-daxing-cadre-interview.txt", "kulun-designer-profile.txt", "kulun-doctor-profile.txt", "kulun-ecological-projects-notice.txt",
      "kulun-fangshan-disaster-projects-notice.txt", "kulun-fangshan-signing-flash.txt", "kulun-felt-workshop-orders.txt",
      "kulun-fund-evaluation-notice.txt", "kulun-government-work-report.txt", "kulun-health-commission-summary.txt",
      "kulun-health-projects-notice.txt", "kulun-labour-cooperation-workers.txt", "kulun-listed-company-annual-report.txt",
      "kulun-logistics-park.txt", "kulun-miyun-buckwheat-projects-notice.txt", "kulun-miyun-dairy-back-translation.txt",
      "kulun-miyun-digital-villages-pdf.txt", "kulun-miyun-forestry-cadre-profile.txt", "kulun-miyun-pair-lists-tabbed.txt",
      "kulun-miyun-police-cooperation.txt", "kulun-miyun-radio-transcript.txt", "kulun-miyun-teachers-placement-notice.txt",
      "kulun-miyun-teachers-relay.txt", "kulun-miyun-wechat-post.md", "kulun-miyun-year-end-feature.txt", "kulun-park-firms-settling-list.txt",
      "kulun-pdf.txt", "kulun-project-list-notice.txt", "kulun-project-list.txt", "kulun-project-plan-stacked-pages.txt",
      "kulun-seconded-cadre-profile.txt", "kulun-songzhuang-village-gacha.txt", "kulun-stable-job-subsidy-notice.txt",
      "kulun-straw-pellet-plant.txt", "kulun-wechat-noisy.txt", "kulun-yanshan-bank-financial-aid.txt", "kyqq-haidian-mobile-project-notice.txt",
      "kyqq-quality-projects-notice.txt", "linxi-fangshan-tab-tables-unit-note.txt", "linxi-fengtai-funding-level-column.txt",
      "linxi-fengtai-medical-selection-notice.txt", "liu-yating-kulun-teacher-profile.txt", "lugu-bayanmangha-winter-goods-brief.txt",
      "maizidian-wulandaba-flash.txt", "maoshanhou-village-gacha-pairing.txt", "mengdong-new-energy-project-records.txt",
      "mentougou-consumption.txt", "mentougou-liangcheng-bulletin.txt", "mentougou-performance-self-assessment.txt", "mentougou-pinggu-relative.txt",
      "mentougou-rose-towns.txt", "mentougou.txt", "miyun-arxan-brief.md", "miyun-arxan.txt", "miyun-cadre-interview-pdf.txt",
      "miyun-county-2012.txt", "miyun-cppcc-hure-survey.txt", "miyun-duolun-speech.txt", "miyun-kezuohou-email.txt",
      "miyun-kulun-conference-minutes-pdf.txt", "miyun-kulun-pdf-stacked-tables.txt", "miyun-kulun-portal-with-comments.txt",
      "miyun-kulun-postings-summary-pdf.txt", "miyun-kulun-statistics-minutes.txt", "miyun-kulun-town-village-pair-notice.txt",
      "miyun-page-copied.txt", "miyun-pairing-scorecard.txt", "miyun-policy-faq.txt", "miyun-yanqing-huairou-run-on-bullets.txt",
      "model-profiles.txt", "molidawa-changping-cattle-project.txt", "molidawa-teacher-year-feature.txt", "moqi-nenjiang-wechat.txt",
      "moqi-soybean-protein-plant.txt", "moqi-wechat-meat-rabbit.txt", "morin-dawa-hazelnut-orders.txt",
      "morin-dawa-shijingshan-womens-federation.txt", "morin-dawa-soybean-station-noisy.txt", "morin-dawa-training-report-pdf.txt",
      "morin-dawa-water-cadre-profile.txt", "morin-dawa-wechat-maize.txt", "morin-dawa-wechat-post.txt", "morin-dawa-wechat.txt",
      "morin-dawa-wetland-cadre-profile.txt", "municipal-commendation-list-pdf.txt", "naiman-changping-donation-ceremony.txt",
      "naiman-chaoyang-doctor-profile.txt", "naiman-first-secretary-notes.txt", "naiman-huairou-beef-enterprise.txt", "naiman-interview-qa.txt",
      "naiman-projects-notice.txt", "naiman-yizhuang-purchase-and-factory.txt", "ningcheng-brewmaster-interview.txt",
      "ningcheng-county-history.html", "ningcheng-fangshan-labour-bulletin.txt", "ningcheng-fangshan-newspaper-feature.txt",
      "ningcheng-fangshan-progress-report.txt", "ningcheng-noisy-mt.txt", "ningcheng-shijingshan-consumption-week-notice.txt",
      "ningcheng-shijingshan-medical-roster-wrapped.txt", "ningcheng-sweetcorn-flash.txt", "ningcheng-work-report-pdf.txt",
      "noisy-eastern-mongolia-roundup.txt", "noisy.txt", "ocr-dongcheng-arxan.txt", "ongniud-forage-project-notice.txt",
      "oroqen-donations-bulletin.txt", "oroqen-foundation-chamber.txt", "oroqen-haidian-medical-team-notice.txt",
      "oroqen-haidian-school-exchange.txt", "oroqen-machine-translated-feature.txt", "oroqen-shijingshan-tourism-projects-notice.txt",
      "oroqen-university-volunteer-team.txt", "oroqen-volunteer-diary.txt", "oroqen-work-summary.txt", "oroqen-xicheng-emergency-anniversary.txt",
      "orthopaedics-fengtai-siziwang-work-summary.txt", "paired-police-stations-list-notice.txt", "pairing-gbk.txt", "pairing-utf8.txt",
      "pairing-zero-width.txt", "pairing.html", "pairings-2021-list.txt", "pairings-colon-list.txt", "pairings-respectively-four.txt",
      "pangezhuang-wukehudong-town-meeting.txt", "parks-survey-pdf.txt", "pdf-progress-report-chronic.txt", "pdf-yizhuang-bairin-right-cases.txt",
      "peoples-daily-commentary.txt", "photo-contest-winners-notice.txt", "pinggu-aohan-fullwidth.txt", "pinggu-aohan.txt",
      "pinggu-chayouqian-meeting-minutes.txt", "pinggu-erenhot-port-cooperation.txt", "pinggu-kulun-hospital-agreement-brief.txt",
      "pinggu-ningcheng-inspection-signing.txt", "pinggu-xinghe-shangdu-pdf-report.txt", "profile-shunyi-entrepreneur-bairin-left.txt",
      "pumch-oroqen-clinic.txt", "qingshuihe-friendship-hospital-three-names.txt", "region-chestpain-network-misheard-suffix.txt",
      "rehab-fengtai-siziwang-work-summary.txt", "sanlitun-dashizhai.txt", "scanned-commendation-notice.txt",
      "shangdu-mentougou-chinese-numerals.txt", "shangdu-pupil-essay.txt", "shangdu-tongzhou-audit-excerpt.txt", "shangdu-workshop.txt",
      "shichahai-dayangshu-pairing-brief.txt", "shidu-daihai-town-pairing-flash.txt", "shijingshan-chayouhou-volcano-studytour-flash.txt",
      "shijingshan-chayouhou-word-report.txt", "shijingshan-chayouzhong-roster-notice.txt", "shijingshan-clinic-tour.txt",
      "shijingshan-consumption-shop-opening.txt", "shijingshan-disabled-federation.txt", "shijingshan-mentougou.txt",
      "shijingshan-ningcheng-hotlines.html", "shijingshan-ningcheng-liao-zhongjing-noisy.txt", "shijingshan-report-2023.txt",
      "shijingshan-schools.txt", "shijingshan-ulanqab-meeting.txt", "shijingshan-zalaite-doctor-feature.txt", "shunyi-2019.txt",
      "shunyi-2020-epidemic-aid-summary-pdf.txt", "shunyi-balinzuo-advisor-list.txt", "shunyi-balinzuo-broomcorn-brand-wechat.txt",
      "shunyi-balinzuo-dorms.txt", "shunyi-balinzuo-dr-screening-flash.txt", "shunyi-balinzuo-drought-relief-report-pdf.txt",
      "shunyi-balinzuo-flash.txt", "shunyi-balinzuo-forage-flash.txt", "shunyi-balinzuo-holep-flash.txt", "shunyi-balinzuo-horse-park-flash.txt",
      "shunyi-balinzuo-korqin-noisy.txt", "shunyi-balinzuo-lecture-team.txt", "shunyi-balinzuo-livestream.txt", "shunyi-balinzuo-preterm-flash.txt",
      "shunyi-balinzuo-report-pdf.txt", "shunyi-balinzuo-screening-experts-durations.txt", "shunyi-balinzuo-service-items-contacts.txt",
      "shunyi-balinzuo-skills-contest.txt", "shunyi-balinzuo-skills-training-table.txt", "shunyi-balinzuo-villages.md",
      "shunyi-balinzuo-work-summary.txt", "shunyi-balinzuoqi-liao-shangjing-protection.txt", "shunyi-cadre-bairin-left-profile.txt",
      "shunyi-cadre-balinzuo-weibo-thread.txt", "shunyi-cadre-selection-notice.txt", "shunyi-consumption-fair-three-banners.html",
      "shunyi-cppcc-work-report.txt", "shunyi-doctor-balinzuo-profile.txt", "shunyi-elunchun-delegation-brief.txt",
      "shunyi-health-express-report-pdf.txt", "shunyi-kezuohou-three-part-feature.txt", "shunyi-pinggu-chifeng-wechat-export.md",
      "shunyi-plan-points.txt", "shunyi-signing-ceremony-post.md", "shunyi-table.txt", "shunyi-villages.html",
      "shunyi-volunteers-bairin-left-wechat.txt", "shunyi-xianghuang-halfwidth.txt", "shunyi-youth-federation-pdf-report.txt",
      "shunyi-zhalute-sales-fair-brief.txt", "silver-age-teachers-notice.txt", "siziwang-boke-invitational.txt",
      "siziwang-cadre-service-notice-attachments.txt", "siziwang-camel-milk-flash.txt", "siziwang-civil-affairs-work-summary.txt",
      "siziwang-dumeng-sheep-gi-trademark.txt", "siziwang-energy-csr-report.md", "siziwang-fangshan-poverty-era-news.txt",
      "siziwang-fengtai-cadres-aligned-table-notice.txt", "siziwang-fengtai-hotel-worker-feature.txt", "siziwang-fengtai-signing-flash.txt",
      "siziwang-fengtai-village-pairs-table.txt", "siziwang-finance-project-notice.txt", "siziwang-garment-workshops-settling-table.txt",
      "siziwang-pinggu-audit-report.txt", "siziwang-potato-expert-interview.txt", "siziwang-project-notice.txt", "siziwang-straw-feed-flash.txt",
      "siziwang-supermarket-supply-chain.txt", "siziwang-tb-echinococcosis-work-summary.txt", "siziwang-tcm-ideographic-table.txt",
      "siziwang-two-way-help.txt", "siziwang-vegetable-summary.txt", "siziwang-work-summary.txt", "siziwangqi-executive-director.txt",
      "skillcontests-fengtai-siziwang-work-summary.txt", "snowdisaster-ulanqab-report-pdf.txt", "social-forces.txt",
      "special-schools-pairs-located-columns.txt", "specialty-pairs-dash.txt", "sports-bracketed-paper-credit.txt", "state-grid-wengniute.txt",
      "sunite-right-jishuitan-doctor-post.txt", "sunite-yanjing.txt", "survey-report-pdf.txt", "taibus-straw-biogas-wechat.txt",
      "taibus-wechat-processing.txt", "taipusi-2024-government-information-page.txt", "taipusi-cadres-training-brief.txt",
      "taipusi-campsite-report-pdf.txt", "taipusi-changping-commendation-decision.txt", "taipusi-changping-doctors-notice.txt",
      "taipusi-changping-talent-notice-numbered.txt", "taipusi-changping-wechat-post.txt", "taipusi-changping-year-summary-caption.txt",
      "taipusi-fengtai-wechat-post.txt", "taipusi-hospital-stroke-caption-sender.txt", "taipusi-miyun-township-clinics-doctors-table.txt",
      "taipusi-projects-notice-fields.txt", "taipusi-proposal-reply.txt", "taipusi-shunyi-ocr-scan.txt", "taipusi-toilet-sewage-project-notice.txt",
      "taipusi-tribunal-changping-court.txt", "taipusi-wechat-post.txt", "taipusi-xicheng-cadres-posted-to-beijing.txt",
      "tender-result-panel-names.txt", "tiantan-bayannur-telemedicine.txt", "tiantan-tongliao-hospital-group.txt", "tomatoes-ulanqab-report-pdf.txt",
      "tongliao-dental-projects-notice.txt", "tongliao-desert-grassland-noisy.txt", "tongliao-flight-doctor-profile.txt",
      "tongliao-four-districts-gov-page.html", "tongliao-science-envoys.txt", "tongliao-signed-projects-registered-column.txt",
      "tongliao-sorghum-survey-pdf.txt", "tongliao-straw-machine-translated-noisy.txt", "tongliao-yearbook-helped-sums.txt",
      "tongzhou-backtranslated.txt", "tongzhou-cadres-brackets.txt", "tongzhou-captions.txt", "tongzhou-changping-back-translation.txt",
      "tongzhou-chayouhou-school-news.txt", "tongzhou-interview.txt", "tongzhou-kezuozhong-cadres-both-ways.txt", "tongzhou-labour.txt",
      "tongzhou-noisy.txt", "tongzhou-plan-2024.md", "tongzhou-teacher-couple.txt", "tongzhou-wengniute-delegation.txt",
      "tongzhou-wengniute-equipment-flash.txt", "tongzhou-wengniute-housekeeping-contest-wechat.txt", "tongzhou-wengniute-wechat-snow-rescue.txt",
      "tongzhou-wengniute.txt", "tongzhou-wengqi-cadres.txt", "tongzhou-wuchuan-gb18030-news.txt", "trustee-fengtai-siziwang-work-summary.txt",
      "tuanjiehu-street-briefing.txt", "tuquan-doctor-weibo-post.txt", "tuquan-fangshan-media-centre-page.html",
      "tuquan-hospital-fengtai-doctors-list.txt", "tuquan-huiyuan.txt", "tuquan-labour-train.txt", "tuquan-tongzhou-teacher-exchange.txt",
      "tv-transcript-keyouqian.txt", "ulanhot-message-reply.txt", "ulanmuqi-training-placements-table.txt", "ulanqab-appointment-removal-notice.txt",
      "ulanqab-cadre-send-off-welcome.txt", "ulanqab-enterprises-villages.txt", "ulanqab-league-year-review-tables.txt",
      "ulanqab-midyear-review-slides.txt", "ulanqab-not-paired.txt", "ulanqab-ortho-experts-report.txt", "ulanqab-project-notice.txt",
      "ulanqab-xilingol-alxa-survey.txt", "universities-im.txt", "urad-middle-port-funds.txt", "wanping-linxi-team-page.html",
      "wechat-xicheng-morin-dawa.txt", "weibo-posts.txt", "wengniute-chaoyang-project-notice.txt", "wengniute-order-sorghum-news.txt",
      "wengniute-project-plan-table.txt", "wengniute-tongzhou-pair-list-attachment.txt", "wengniute-tongzhou-signed-projects.txt",
      "wengniute-tongzhou-weather-stations.txt", "wengniute-weibo-thread.txt", "wengniute-youth-startup-funding-list.txt",
      "womens-federation-report-pdf-contact.txt", "wrapped-ordinal-school.txt", "wrapped.txt", "wuchuan-cooperative-year-end-account.txt", "wuchuan-miyun-two-programmes.txt",
      "wuchuan-park-signing.txt", "wulanchabu-commendation-table.txt", "wulanchabu-oats-fair-counted-banners.txt",
      "wulateqian-haidian-consumption-fair.txt", "wulatezhong-fangshan-traditional-reprint.txt", "wulatezhong-shijingshan-pairings-table.md",
      "xianghuang-enterprise-pronouns.txt", "xianghuang-shijingshan-traditional-report.txt", "xianghuang-xicheng-daily-feature-quotes.txt",
      "xianghuangbai-first-secretary-report.txt", "xicheng-charity-donation-notice.txt", "xicheng-consumption-aid-sales-report.txt",
      "xicheng-desheng-party.txt", "xicheng-dongcheng-mobile-clinics-noisy.txt", "xicheng-elunchun-coops.txt", "xicheng-elunchun-news-flash.txt",
      "xicheng-hand-in-hand.txt", "xicheng-harqin-wechat-sendteaching.txt", "xicheng-kezhongqi-doctors.txt", "xicheng-moqi-drones-comma-prose.txt",
      "xicheng-moqi-noisy.txt", "xicheng-moqi-school-visits-noisy.txt", "xicheng-moqi-wechat-pioneers.txt", "xicheng-moqi-wechat.txt",
      "xicheng-morin-dawa-flash.txt", "xicheng-morin-dawa-school-tb-wechat.txt", "xicheng-morindawa-nephrology-case-pdf.txt",
      "xicheng-oroqen-crafts-summary-pdf.txt", "xicheng-oroqen-dental-centre-gifts.html", "xicheng-oroqen-noisy-ocr.txt",
      "xicheng-procuratorate.txt", "xicheng-schools.txt", "xicheng-social-worker-morin-dawa-profile.txt", "xicheng-training-class-beijing.txt",
      "xicheng-tuquan-gb18030-report.txt", "xicheng-tuquan-wechat-credits.txt", "xicheng-wechat.txt", "xicheng-yearbook-entry-oroqen.txt",
      "xicheng-zalaite-medical.txt", "xilin-cadres-posted.txt", "xilin-noisy.txt", "xilingol-air-rescue-base.txt",
      "xilingol-enterprises-table-page.html", "xilingol-league-report-2023.txt", "xilingol-summary-pdf.txt",
      "xilingol-ulanqab-green-cooperation-noisy.txt", "xilingol-weekly-two-items.txt", "xilingol-year-end-ten-items.txt",
      "xinbaerhuzuo-yanqing-mongolian-names.txt", "xingan-beijing-investment-promotion-fair.txt", "xingan-beijing-supply-bases-table.txt",
      "xingan-brief-sections.txt", "xingan-cadres-shadowing.txt", "xingan-cadres-table.html", "xingan-commendation-decision.txt",
      "xingan-emergency-work-summary.txt", "xingan-enterprises.txt", "xingan-funds-respectively.txt", "xingan-league-noisy-repost.txt",
      "xingan-pairings-spaced-table.txt", "xingan-policy-qa.txt", "xingan-project-list.txt", "xingan-projects-started.txt", "xingan-report.txt",
      "xingan-review-2023.txt", "xingan-summary-2023.txt", "xinghe-garment-company-settles.txt", "xinghe-hospital-wechat-roster.txt",
      "xinghe-resident-question-reply.html", "xinghe-shijingshan-cadre-interview.txt", "xinghe-village-wechat-post.txt", "xinhua-dateline.txt",
      "xiwu-capital-agribusiness-bilingual-release.txt", "xueyuanlu-street-sumu-bulletin.txt", "xueyuanlu-sunite-pairing-brief.txt",
      "yanqing-chayouhou-ski-resort.txt", "yanqing-chayouqian-wechat-livestream.txt", "yanqing-duolun-2024.txt", "yanqing-duolun-items.txt",
      "yanqing-duolun.txt", "yanqing-zhengxiangbai-flash.txt", "yili-beijing-research.txt", "yizhuang-balinyou-order-class-case-pdf.txt",
      "yizhuang-balinyou-signing-flash.txt", "yizhuang-barinright-flash.txt", "yizhuang-damao.txt", "yizhuang-huade-company-news.txt",
      "youth-league-volunteer-commendations.txt", "youyi-xilin-alliance.txt", "zalaite-hospital-wechat-team.txt", "zalantun-blackcurrant-expert.txt",
      "zhalaite-doctor-diary.txt", "zhalaite-fengtai-tender-notice.txt", "zhalaite-luhe-medical-team.txt",
      "zhalaite-mentougou-town-pairs-notice.txt", "zhalaite-shunyi-first-secretary.txt", "zhalaite-shunyi-plant-handover.txt",
      "zhalute-chaoyang-hospital-vice-president.txt", "zhalute-daxing-doctor-second-tour.txt", "zhalute-daxing-website-news.txt",
      "zhenglan-report.txt", "zhengxiangbai-daxing-itemised-money.txt", "zhengxiangbai-graduate-teaching-team.txt",
      "zhengxiangbai-huairou-village-enterprise.txt", "zhengxiangbai-indicator-bulletin.txt", "zhengxiangbai-yanqing-first-secretary.txt",
      "zhuozi-smoked-chicken-plant-brief.txt", "zhuozi-xicheng-consumption-sales.txt",
    ]);
    expect(skipped).toEqual([{ path: "no/such/folder", reason: "cannot read (ENOENT)" }]);
  });

  it("reads the title under a paper's masthead and page links, not them, keeps a bulletin's issue in its title, and leaves out a column's tag", async () => {
    const { readMetadata } = await import("./index.js");
    expect(readMetadata("乌兰察布日报　2023年12月19日　第03版：旗县区新闻\n\n风雪驰援 京蒙同心\n\n正文。").title).toBe("风雪驰援 京蒙同心");
    expect(readMetadata("[上一版]  [下一版]  [本版目录]  [PDF版]\n在兴和县的第二个教师节\n正文。").title).toBe("在兴和县的第二个教师节");
    expect(readMetadata("（多伦县乡村振兴局供稿）\n多伦县京蒙协作工作简报（第6期）\n正文。").title).toBe("多伦县京蒙协作工作简报（第6期）");
    // (A document's long title, ending in its kind.)
    const notice = "中共北京市朝阳区委组织部 中共科尔沁右翼中旗委员会组织部关于公布2024年度京蒙协作“支部结对共建”名单的通知";
    expect(readMetadata(`${notice}\n\n朝组通〔2024〕21号\n\n各街道党工委：\n\n正文。\n\n联系人：朝阳区委组织部组织二科 韩蕾`).title).toBe(notice);
    expect(readMetadata("【京蒙协作】察哈尔右翼前旗乡村振兴局关于2023年度京蒙协作资金项目实施情况的公告\n察右前乡振发〔2024〕5号\n正文。").title)
      .toBe("察哈尔右翼前旗乡村振兴局关于2023年度京蒙协作资金项目实施情况的公告");
  });

  it("reads date and source where the page states them", async () => {
    const { readMetadata } = await import("./index.js");
    const meta = readMetadata("巴林右旗京蒙协作助力乡村振兴纪实\n作者: 来源: 巴林右旗乡村振兴局 浏览次数: 发布时间: 2023-05-25 15:58\n正文。");
    expect(meta).toMatchObject({ title: "巴林右旗京蒙协作助力乡村振兴纪实", date: "2023-05-25", source: "巴林右旗乡村振兴局" });
    // (Its figures full-width, as some sites write them: the date is read, the title kept as written.)
    expect(readMetadata("多伦县召开２０２３年京蒙协作项目推进会\n发布时间：２０２３－０４－１２\n正文。")).toMatchObject({ title: "多伦县召开２０２３年京蒙协作项目推进会", date: "2023-04-12" });
    // (Or in Chinese numerals, as a notice dates itself: wholly, or its year alone.)
    expect(readMetadata("关于组织开展结对帮扶的通知\n二〇二三年十二月二十五日\n正文。").date).toBe("2023-12-25");
    expect(readMetadata("标题\n发布时间：二〇二四年3月18日\n正文。").date).toBe("2024-03-18");
    // (Or on a post's line after its author and account, indented.)
    expect(readMetadata("标题\n    原创 太仆寺旗融媒 太仆寺旗融媒 2024年09月27日 18:30 内蒙古\n正文。").date).toBe("2024-09-27");
    // (Blank lines between all lines move it no further down; a date under the story's first sentence is an event's.)
    expect(readMetadata("北京市东城区人民政府文件\n\n东政发〔2024〕12号\n\n北京市东城区2023年京蒙协作工作情况报告\n\n东城区支援合作办\n\n2024年1月15日\n\n正文。").date).toBe("2024-01-15");
    expect(readMetadata("关于举办培训班的通知\n\n各苏木乡镇人民政府：\n\n为深入落实京蒙协作工作安排，经研究，决定举办培训班。现将有关事项通知如下：\n\n一、培训时间\n2024年4月16日至18日，共3天。").date).toBeNull();
    expect(readMetadata("正文。(经济日报记者陈力通讯员张炳存)").byline).toEqual(["陈力", "张炳存"]);
    expect(readMetadata("标题\n文/图 刘晓红 孟和\n正文。").byline).toEqual(["刘晓红", "孟和"]);
    expect(readMetadata("标题\n采写：本刊记者　林晓峰\n正文。").byline).toEqual(["林晓峰"]);
    expect(readMetadata("标题\n（记者 萨其拉 通讯员 韩东 编辑 刘畅 审核 任志刚）\n正文。").byline).not.toContain("审核");
    expect(readMetadata("标题\n正文。\n（本报记者 韩雪 乌兰 整理）").byline).toEqual(["韩雪", "乌兰"]);
    expect(readMetadata("标题\n正文。\n（记者 王海燕 编译）").byline).toEqual(["王海燕"]);
    expect(readMetadata("标题\n正文。\n（新华社记者 吴云 李强 翻译整理）").byline).toEqual(["吴云", "李强"]);
    expect(readMetadata("标题\n2024-10-12 来源：兴安日报　作者：宝音 吴晓东\n正文。").byline).toEqual(["宝音", "吴晓东"]);
    // (A reporter at the end of the line of date and source.)
    expect(readMetadata("标题\n2024年9月3日 来源：兴安日报 记者 包金花\n正文。").byline).toEqual(["包金花"]);
    expect(readMetadata("标题\n记者从旗里获悉，今年…\n正文。").byline).toEqual([]);
    // (A picture's credit on the reporter's line at the foot: 记者：特日格乐　图：张宇航.)
    expect(readMetadata("标题\n正文。\n来源：正镶白旗融媒体中心\n记者：特日格乐　图：张宇航\n").byline).toEqual(["特日格乐", "张宇航"]);
    expect(readMetadata("标题\n正文。\n（记者 塔娜 王宇 兴安盟报道）").byline).toEqual(["塔娜", "王宇"]);
    expect(readMetadata("标题\n(通讯员 王志刚 李红)近日,专家赴旗里。").byline).toEqual(["王志刚", "李红"]);
    expect(readMetadata("标题\n文:乌云其木格\n正文。").byline).toEqual(["乌云其木格"]);
    // (A colon after the title, and a broadcast's closing words.)
    expect(readMetadata("标题\n记者：郭鹏　娜仁\n正文。").byline).toEqual(["郭鹏", "娜仁"]);
    expect(readMetadata("标题\n正文。\n【主持人】小荞麦做成了大产业。本台记者 乌日娜 白晓峰 报道。").byline).toEqual(["乌日娜", "白晓峰"]);
    expect(readMetadata("标题\n正文。\n扎赉特旗融媒体中心记者　乌云塔娜　宝音　报道").byline).toEqual(["乌云塔娜", "宝音"]);
    expect(readMetadata("标题\n本报记者 高远　通讯员 萨仁高娃\n正文。").byline).toEqual(["高远", "萨仁高娃"]);
    expect(readMetadata("标题\n内蒙古日报记者 高娃 刘向东\n正文。").byline).toEqual(["高娃", "刘向东"]);
    expect(readMetadata("标题\n记者 白雪峰  实习记者 那日苏\n正文。").byline).toEqual(["白雪峰", "那日苏"]);
    expect(readMetadata("标题\n来源：扎赉特旗融媒体中心　文/斯琴　图/韩雪\n正文。").byline).toEqual(["斯琴", "韩雪"]);
    expect(readMetadata("标题\n" + "正文。\n".repeat(14) + "记者：乌日娜　包海龙\n编辑：王芳").byline).toEqual(["乌日娜", "包海龙"]);
    // A speech's speaker under its title and over its date; no heading so placed.
    expect(readMetadata("在欢送座谈会上的发言\n\n郭振宇\n（2024年7月10日）\n\n尊敬的各位领导：").byline).toEqual(["郭振宇"]);
    // (Or after the body and post they speak as, under the date and place of the speech.)
    expect(readMetadata("政府工作报告（节选）\n——2024年1月9日在库伦旗第十七届人民代表大会第三次会议上\n库伦旗人民政府代旗长　包斯琴\n\n一、2023年工作回顾").byline).toEqual(["包斯琴"]);
    expect(readMetadata("工作总结\n一、概况\n（2024年7月10日）\n正文。").byline).toEqual([]);
    expect(readMetadata("标题\n文化交流活动在旗里举行\n正文。").byline).toEqual([]);
    expect(readMetadata("援蒙日记\n作者：北京朝阳医院呼吸与危重症医学科 刘思远\n正文。").byline).toEqual(["刘思远"]);
    expect(readMetadata("新华社呼和浩特11月26日电（记者张晓东）记者获悉。").source).toBe("新华社");
    expect(readMetadata("正文。\n（据《内蒙古日报》）").source).toBe("内蒙古日报");
    // A paper's authors under its title, each with their body in brackets; not places in brackets.
    expect(readMetadata("书香漫过科尔沁\n高文博（北京市顺义区图书馆） 哈斯其其格（科尔沁左翼中旗图书馆）\n摘要：正文。").byline).toEqual(["高文博", "哈斯其其格"]);
    expect(readMetadata("标题\n昌平区（北京市） 太仆寺旗（锡林郭勒盟）\n正文。").byline).toEqual([]);
    // A post's account and date, then its credits, the photographer's too.
    expect(readMetadata("标题\n北京大兴融媒　2024-05-17 19:42　记者 杨帆　摄影 郭子健\n\n正文。").byline).toEqual(["杨帆", "郭子健"]);
    // (A writer's credit in brackets on the source's line; the editor's is no author's.)
    expect(readMetadata("标题\n来源：西城残联 微信公众号 2023-09-14 （文/刘思雨 编辑/赵航）\n\n正文。").byline).toEqual(["刘思雨"]);
    // (A writers' credit up to the next credit's label: the editor and the photographer are no authors.)
    expect(readMetadata("标题\n（文/孙丽萍 包晓东  编辑/韩雪）\n\n正文。").byline).toEqual(["孙丽萍", "包晓东"]);
    expect(readMetadata("标题\n文/包海燕　图/刘畅\n\n正文。").byline).toEqual(["包海燕"]);
  });

  it("parts a table's header at a single space where its rows' cells start under the second label (序号 项目名称)", () => {
    const table = [
      "序号 项目名称              实施单位                      建设地点          金额   进度",
      "1    马铃薯种薯繁育基地    察右后旗农牧和科技局          白音察干镇        980    已完工",
      "2    肉牛养殖园区扩建      察右后旗丰和畜牧业专业合作社  土牧尔台镇八号地村  1260   已完工",
      "3    火山草原旅游区配套    察右后旗文化旅游体育局        乌兰哈达苏木      1500   在建",
    ].join("\n");
    expect(plainTables(table).split("\n").slice(0, 3)).toEqual(["序号|项目名称|实施单位|建设地点|金额|进度", "1|马铃薯种薯繁育基地|察右后旗农牧和科技局|白音察干镇|980|已完工",
      "2|肉牛养殖园区扩建|察右后旗丰和畜牧业专业合作社|土牧尔台镇八号地村|1260|已完工"]);
  });
});

describe("plainTables keeps a section's subtotal row among the rows", () => {
  it("reads 一、产业发展类  小计  5320 as a row of its own, the table going on past it (aligned by columns where they line up)", () => {
    const text = "序号  项目名称          实施地点    援助资金  完成情况\n一、产业发展类  小计                5320\n1     肉牛全产业链提升项目  保康镇      1800      已完工\n二、基础设施类  小计                1980\n2     道路硬化项目      门达镇      1120      已完工\n";
    expect(plainTables(text).split("\n").slice(0, 5)).toEqual(["序号|项目名称|实施地点|援助资金|完成情况", "一、产业发展类|小计||5320|", "1|肉牛全产业链提升项目|保康镇|1800|已完工", "二、基础设施类|小计||1980|", "2|道路硬化项目|门达镇|1120|已完工"]);
  });
});

describe("plainTables keeps a section's subtotal row among rows not aligned by columns", () => {
  it("reads the section's row by its own spaces", () => {
    const text = "序号  项目名称  实施地点  援助资金  完成情况\n一、产业发展类  小计  5320\n1  肉牛全产业链提升项目  保康镇  1800  已完工\n2  设施农业产业园二期项目  舍伯吐镇  1250  已完工\n";
    expect(plainTables(text).split("\n").slice(0, 4)).toEqual(["序号|项目名称|实施地点|援助资金|完成情况", "一、产业发展类|小计|5320", "1|肉牛全产业链提升项目|保康镇|1800|已完工", "2|设施农业产业园二期项目|舍伯吐镇|1250|已完工"]);
  });
});

describe("htmlToText keeps a cell's wrapped text in its cell", () => {
  it("joins a header's wrapped words and lists two names a break parts (东城区财政<br>援助资金, 新建村<br>大营村)", () => {
    const html = "<html><body><table><tr><th>村</th><th>东城区财政<br>援助资金</th></tr><tr><td>新建村<br>大营村</td><td>360</td></tr></table></body></html>";
    expect(htmlToText(html).text.split("\n").map((l) => l.trim()).filter(Boolean)).toEqual(["村|东城区财政援助资金", "新建村、大营村|360"]);
  });
});

describe("plainTables over a numbered table a PDF laid out with single spaces and broke across a page", () => {
  it("reads the rows past the page's break, a last cell wrapped after a figure, and a name spaced out letter by letter", () => {
    const text = "化德县乡村振兴局文件\n\n序号 项目名称 实施地点 实施单位 协作资金 验收结论\n1 服装产业园标准化厂房二期 长顺镇 化德县工业和信息化\n局 1600 合格\n2 马铃薯储藏窖建设项目 朝阳镇西坊子村 朝阳镇人民政府 380\n合格\n\n— 1 —\n\n化德县乡村振兴局文件\n\n3 远程会诊中心建设 长顺镇 化 德 县 医 院 310 合格\n    合计 1990\n";
    const rows = plainTables(text).split("\n").filter((l) => l.includes("|"));
    expect(rows).toEqual([
      "序号|项目名称|实施地点|实施单位|协作资金|验收结论",
      "1|服装产业园标准化厂房二期|长顺镇|化德县工业和信息化局|1600|合格",
      "2|马铃薯储藏窖建设项目|朝阳镇西坊子村|朝阳镇人民政府|380|合格",
      "3|远程会诊中心建设|长顺镇|化德县医院|310|合格",
    ]);
  });
});

describe("plainTables over a numbered row a PDF wrapped over several lines", () => {
  it("joins the pieces of cells that filled their column, past a page's break, and parts the others", () => {
    const text = "序号 项目名称 实施地点 实施单位 资金来源 资金规模 完成情况\n1 马铃薯种薯繁育基\n地建设项目\n科布尔镇义发泉村 察右中旗农牧局 北京市级 1200 已完工\n2 肉牛养殖小区建设\n\n— 1 —\n\n项目\n铁沙盖镇东营子村 铁沙盖镇人民政府 丰台区区级 680 已完工\n3 燕麦精深加工生产\n线项目\n察右中旗工业园区 察右中旗工业和\n信息化局\n北京市级 1500 在建\n4 稳岗就业补贴项目 全旗 察右中旗人力资\n源和社会保障局\n北京市级 180 已完成\n合计 3560\n";
    expect(plainTables(text).split("\n").filter((l) => l.includes("|"))).toEqual([
      "序号|项目名称|实施地点|实施单位|资金来源|资金规模|完成情况",
      "1|马铃薯种薯繁育基地建设项目|科布尔镇义发泉村|察右中旗农牧局|北京市级|1200|已完工",
      "2|肉牛养殖小区建设项目|铁沙盖镇东营子村|铁沙盖镇人民政府|丰台区区级|680|已完工",
      "3|燕麦精深加工生产线项目|察右中旗工业园区|察右中旗工业和信息化局|北京市级|1500|在建",
      "4|稳岗就业补贴项目|全旗|察右中旗人力资源和社会保障局|北京市级|180|已完成",
    ]);
  });
});

describe("withoutRunningHeads", () => {
  it("blanks the line a PDF prints after each page's number, a short form of the title, twice or more", () => {
    const text = "察哈尔右翼中旗2023年度资金项目绩效自评报告\n受益群众满意\n\n— 1 —\n\n察右中旗2023年度资金项目绩效自评报告\n度达到95%以上。\n— 2 —\n察右中旗2023年度资金项目绩效自评报告\n三、做法";
    expect(withoutRunningHeads(text).split("\n").filter((l) => l.includes("察右中旗"))).toEqual([]);
    expect(withoutRunningHeads(text).split("\n")).toHaveLength(text.split("\n").length);
  });
  it("keeps a line after a page's number that the text prints there once, unless it is the title", () => {
    const once = "某旗工作总结\n正文一。\n— 1 —\n二、主要做法\n正文二。";
    expect(withoutRunningHeads(once)).toBe(once);
    expect(withoutRunningHeads("某旗工作总结\n正文一。\n— 1 —\n某旗 工作总结\n正文二。")).toBe("某旗工作总结\n正文一。\n— 1 —\n\n正文二。");
  });
  it("blanks a bare page number and the head a blank line parts from it, where the head follows two numbers so (36 / / 北京…报告)", () => {
    const text = "北京城能热力集团有限公司2023年度社会责任报告（节选）\n结对嘎查村（个）\n3\n36\n\n北京城能热力集团有限公司 2023 年度社会责任报告\n5.3 产业帮扶\n正文。\n37\n\n北京城能热力集团有限公司 2023 年度社会责任报告\n集团还组织培训。";
    const lines = withoutRunningHeads(text).split("\n");
    expect(lines.filter((l) => l.includes("年度社会责任报告"))).toHaveLength(1);
    expect(lines).not.toContain("36");
    expect(lines).toContain("3");
  });
  it("blanks a head printed once that is the title's short form, its words in their order, the title under the issuer's name", () => {
    const text = "某旗教育体育局文件\n某教体发〔2024〕41号\n某旗教育体育局关于2024年上半年京蒙协作体育帮扶工作情况的报告\n正文一。\n— 1 —\n\n某旗京蒙协作体育帮扶工作情况报告\n1 孙浩然 北京市昌平区第二中学";
    expect(withoutRunningHeads(text).split("\n").filter((l) => l.includes("某旗京蒙协作"))).toEqual([]);
    // (Not a line whose words the title does not hold in that order.)
    const other = "某旗教育体育局关于2024年上半年京蒙协作体育帮扶工作情况的报告\n正文一。\n— 1 —\n情况报告体育帮扶京蒙协作\n正文二。";
    expect(withoutRunningHeads(other)).toBe(other);
  });
  it("keeps a table's cells a number and a line repeated after it, no blank line between (1 / 北京市昌平区医院 / 2 / 北京市昌平区医院)", () => {
    const text = "序号\n单位\n姓名\n1\n北京市昌平区医院\n张三\n2\n北京市昌平区医院\n李四";
    expect(withoutRunningHeads(text)).toBe(text);
  });
});

describe("plainTables over a table aligned by spaces whose cells a PDF wrapped onto lines set in under them", () => {
  it("puts each piece on its cell, and keeps the row of sums a row", () => {
    const text = [
      "序号  姓名      派出单位及职务                    挂职（服务）单位及职务",
      " 1    陈立新    东城区发展和改革委员会副主任      兴安盟阿尔山市人民政府副市长",
      " 2    赵雪梅    北京市东城区和平里第四小学语文    阿尔山市白狼镇中心学校教师（支",
      "                教师                              教）",
      " 3    王立国    西城区商务局副局长                呼伦贝尔市鄂伦春自治旗人民政府",
      "                                                  副旗长",
    ].join("\n");
    expect(plainTables(text).split("\n")).toEqual([
      "序号|姓名|派出单位及职务|挂职（服务）单位及职务",
      "1|陈立新|东城区发展和改革委员会副主任|兴安盟阿尔山市人民政府副市长",
      "2|赵雪梅|北京市东城区和平里第四小学语文教师|阿尔山市白狼镇中心学校教师（支教）",
      "3|王立国|西城区商务局副局长|呼伦贝尔市鄂伦春自治旗人民政府副旗长",
    ]);
    const sums = "序号  项目名称              实施地点          区级资金（万元）  项目总投资（万元）\n1     肉牛育肥基地扩建项目  千斤沟镇          1200              3600\n2     饮水安全巩固提升工程  幸福乡            390               390\n      合计                                    1590              3990";
    expect(plainTables(sums).split("\n")).toEqual(["序号|项目名称|实施地点|区级资金（万元）|项目总投资（万元）", "1|肉牛育肥基地扩建项目|千斤沟镇|1200|3600", "2|饮水安全巩固提升工程|幸福乡|390|390", "|合计||1590|3990"]);
  });
});

describe("plainTables over a numbered row whole but for a piece a PDF put alone on the next line", () => {
  it("puts the piece back on the cell it completes: an open bracket's, else the last it makes whole", () => {
    const text = "序号 项目名称 实施地点 实施单位 资金规模\n1 马铃薯种薯扩繁基地建设项 科布尔镇东滩村 科布尔镇人民政府 860\n目\n2 肉羊标准化养殖园区（二 铁沙盖镇五道沟村 铁沙盖镇人民政府 720\n期）\n3 农畜产品冷链仓储中心项目 科布尔镇 察右中旗丰察农牧业 500\n发展有限公司\n合计 2080\n";
    expect(plainTables(text).split("\n").filter((l) => l.includes("|"))).toEqual([
      "序号|项目名称|实施地点|实施单位|资金规模",
      "1|马铃薯种薯扩繁基地建设项目|科布尔镇东滩村|科布尔镇人民政府|860",
      "2|肉羊标准化养殖园区（二期）|铁沙盖镇五道沟村|铁沙盖镇人民政府|720",
      "3|农畜产品冷链仓储中心项目|科布尔镇|察右中旗丰察农牧业发展有限公司|500",
    ]);
  });
});

describe("htmlToText over a table a word processor wrote, a paragraph in every cell", () => {
  it("keeps each row on a line, its cells apart by bars", () => {
    const html = "<html><body><table><tr><td><p><b>姓名</b></p></td><td><p><b>工作单位</b></p></td><td><p>派驻地点</p></td></tr><tr><td><p>李建华</p></td><td><p>中国农业大学</p><p>农学院</p></td><td><p>敖汉旗四家子镇</p></td></tr></table></body></html>";
    expect(htmlToText(html).text.split("\n")).toEqual(["姓名|工作单位|派驻地点", "李建华|中国农业大学农学院|敖汉旗四家子镇"]);
  });
});

describe("plainTables over a tab-separated row a PDF wrapped inside a cell", () => {
  it("joins the two lines where their tabs add up to the header's", () => {
    const text = "序号\t姓名\t派出单位及职务\t挂职单位及职务\t类别\n3\t许文博\t北京市顺义区农业农村局副局\n长\t赤峰市巴林左旗人民政府副旗长\t挂职干部\n4\t杜娟\t北京市顺义区医院儿科副主任医师\t巴林左旗医院儿科主任\t专业技术人才";
    expect(plainTables(text).split("\n")).toEqual(["序号|姓名|派出单位及职务|挂职单位及职务|类别", "3|许文博|北京市顺义区农业农村局副局长|赤峰市巴林左旗人民政府副旗长|挂职干部", "4|杜娟|北京市顺义区医院儿科副主任医师|巴林左旗医院儿科主任|专业技术人才"]);
  });
});

describe("plainTables over numbered rows whose cells a PDF wrapped together onto a line set in under them", () => {
  it("gives each piece of the line to the cells still open, in order, and a lone piece to the open cell before a closed last one", () => {
    const text = "序号 姓名 派出单位及职务 挂职（支援）单位及职务\n1 郑宏伟 北京市丰台区商务局副局 察哈尔右翼中旗委常委、\n 长 政府副旗长（挂职）\n5 高天宇 北京市第十二中学物理教 察右中旗第一中学（支教）\n 师\n9 乌力吉 察右中旗乡村振兴局副局 北京市丰台区商务局（挂\n 长 职，双向交流）\n\n二、主要事迹";
    expect(plainTables(text).split("\n").slice(0, 4)).toEqual([
      "序号|姓名|派出单位及职务|挂职（支援）单位及职务",
      "1|郑宏伟|北京市丰台区商务局副局长|察哈尔右翼中旗委常委、政府副旗长（挂职）",
      "5|高天宇|北京市第十二中学物理教师|察右中旗第一中学（支教）",
      "9|乌力吉|察右中旗乡村振兴局副局长|北京市丰台区商务局（挂职，双向交流）",
    ]);
  });
  it("leaves a line that is not set in where it is", () => {
    const text = "序号 姓名 派出单位 挂职单位\n1 郑宏伟 北京市丰台区商务局 察哈尔右翼中旗人民政府（挂职）\n附件 名单";
    expect(plainTables(text).split("\n")).toEqual(["序号|姓名|派出单位|挂职单位", "1|郑宏伟|北京市丰台区商务局|察哈尔右翼中旗人民政府（挂职）", "附件 名单"]);
  });
});

describe("plainTables over a table a PDF laid out one cell a line, numbered, its text going on right after the last row", () => {
  const text = "表1　部分选派人员情况\n序号\n姓名\n派出单位\n受援单位\n帮扶类型\n1\n黄立军\n北京市石景山区商务局\n宁城县人民政府\n挂职（副县长）\n2\n邓伟\n北京市石景山区农业农村局\n宁城县农牧局\n挂职（副局长）\n　　其中，北京市石景山医院心内科主任医师吴静在宁城县中心医\n院帮助建成胸痛中心。";
  it("reads the numbered stack whole, not as a stack under 姓名, and stops the last row where the paragraph begins", () => {
    expect(plainTables(text).split("\n").slice(1, 5)).toEqual([
      "序号|姓名|派出单位|受援单位|帮扶类型",
      "1|黄立军|北京市石景山区商务局|宁城县人民政府|挂职（副县长）",
      "2|邓伟|北京市石景山区农业农村局|宁城县农牧局|挂职（副局长）",
      "　　其中，北京市石景山医院心内科主任医师吴静在宁城县中心医",
    ]);
  });
});

describe("withoutRunningHeads over a page's foot printed again as the next page's head", () => {
  it("blanks both, so that the sentence the page broke joins again", () => {
    const text = "答：三年京蒙协作资\n\n北京市密云区对口支援和合作交流办公室　　　　京蒙协作简报\n— 7 —\n\n北京市密云区对口支援和合作交流办公室　　　　京蒙协作简报\n金总规模超过 2.3 亿元。";
    expect(withoutRunningHeads(text).split("\n").filter((l) => l.trim() && !/—/.test(l))).toEqual(["答：三年京蒙协作资", "金总规模超过 2.3 亿元。"]);
  });
});

describe("plainTables over a table of projects a PDF laid out one cell a line, unnumbered", () => {
  it("puts each project's cells back on a line, while its figure stands under the label of sums", () => {
    const text = "表 1　2023 年密云区区级协作资金主要项目\n项目名称\n实施地点\n资金（万元）\n荞麦精深加工项目\n扣河子镇\n1500\n“密库”劳务驿站\n库伦镇\n120\n\n问：荞麦加工项目是怎样一个思路？";
    expect(plainTables(text).split("\n").slice(1, 4)).toEqual(["项目名称|实施地点|资金（万元）", "荞麦精深加工项目|扣河子镇|1500", "“密库”劳务驿站|库伦镇|120"]);
  });
});

describe("plainTables over a numbered stack whose label's unit a PDF set on a line of its own", () => {
  it("reads 帮扶资金 / （万元） as one label, and a cell's wrapped end as the cell's", () => {
    const text = "序号\n项目名称\n实施地点\n帮扶资金\n（万元）\n受益情况\n1\n肉牛养殖合作社扩建\n茫汗苏木哈日干图嘎\n查\n180\n带动 236 户\n2\n庭院经济大棚建设\n扣河子镇兴源村\n95\n带动 118 户\n合计\n275";
    expect(plainTables(text).split("\n").slice(0, 3)).toEqual(["序号|项目名称|实施地点|帮扶资金（万元）|受益情况", "1|肉牛养殖合作社扩建|茫汗苏木哈日干图嘎查|180|带动 236 户", "2|庭院经济大棚建设|扣河子镇兴源村|95|带动 118 户"]);
  });
});

describe("plainTables over a table a single space parts under column labels, no row numbered", () => {
  it("puts its rows on bars across a page's break, and leaves prose with spaces alone", () => {
    const text = "具体如下：\n派出单位 选派人数 受援单位 派驻期限\n北京市密云区医院 8 库伦旗人民医院 半年至一年\n北京市密云区中医医院 5 库伦旗蒙医医院 半年\n\n— 1 —\n\n北京市密云区第二中学 6 库伦旗第一中学 一学年\n合计 35";
    expect(plainTables(text).split("\n")).toEqual(["具体如下：", "派出单位|选派人数|受援单位|派驻期限", "北京市密云区医院|8|库伦旗人民医院|半年至一年", "北京市密云区中医医院|5|库伦旗蒙医医院|半年", "北京市密云区第二中学|6|库伦旗第一中学|一学年", "合计 35"]);
    const spoken = "今天 我们 来到 库伦旗\n看到 孩子们 在 上课\n老师 说 很 好";
    expect(plainTables(spoken)).toBe(spoken);
  });
});

describe("plainTables over a numbered table a single space parts, its cells holding figures a PDF spaced out", () => {
  it("keeps a figure with its unit, and a product's code with its name, inside their cell", () => {
    const text = "序号 捐赠单位 受赠单位 捐赠内容 折合金额（万元）\n1 顺义区卫生健康委员会 巴林左旗卫生健康委员会 医用外科口罩 5 万只、医用防护服 1000 套 42.5\n2 北京市顺义区中医医院 科左中旗人民医院 红外体温检测门 2 台、N95 口罩 5000 只 21.6\n3 北京空港天瑞物流集团有限公司 巴林左旗红十字会 84 消毒液 20 吨 16.2";
    expect(plainTables(text).split("\n").slice(1)).toEqual([
      "1|顺义区卫生健康委员会|巴林左旗卫生健康委员会|医用外科口罩5万只、医用防护服1000套|42.5",
      "2|北京市顺义区中医医院|科左中旗人民医院|红外体温检测门2台、N95口罩5000只|21.6",
      "3|北京空港天瑞物流集团有限公司|巴林左旗红十字会|84消毒液20吨|16.2",
    ]);
  });
  it("keeps a sum apart from a cell after it that opens with 千, a town's name", () => {
    const text = "序号 项目名称 实施地点 京蒙协作资金（万元） 实施单位\n1 宝昌镇农村户厕改造项目 宝昌镇 168 宝昌镇人民政府\n2 千斤沟镇农村户厕改造项目 千斤沟镇 152 千斤沟镇人民政府";
    expect(plainTables(text).split("\n").slice(1)).toEqual(["1|宝昌镇农村户厕改造项目|宝昌镇|168|宝昌镇人民政府", "2|千斤沟镇农村户厕改造项目|千斤沟镇|152|千斤沟镇人民政府"]);
  });
});

describe("plainTables over a numbered stack whose labels a page's break parts, a cell's note in brackets on a line of its own", () => {
  it("reads the labels across the break and the note as its cell's", () => {
    const text = "表1　项目一览表\n单位：万元\n序号\n项目名称\n\n— 2 —\n\n实施地点\n资金规模\n资金来源\n1\n鄂伦春族非遗文化产业园\n（一期）\n阿里河镇\n620\n西城区财政援助资金\n2\n希日特奇桦树皮非遗工坊\n托扎敏乡希日特奇猎民村\n180\n西城区财政援助资金\n合计\n800";
    expect(plainTables(text).split("\n").filter((l) => l.includes("|"))).toEqual(["序号|项目名称|实施地点|资金规模|资金来源", "1|鄂伦春族非遗文化产业园（一期）|阿里河镇|620|西城区财政援助资金", "2|希日特奇桦树皮非遗工坊|托扎敏乡希日特奇猎民村|180|西城区财政援助资金"]);
  });
});

describe("plainTables over a numbered stack whose names a PDF wrapped mid-word", () => {
  it("joins the name's pieces, keeping a place and a figure cells of their own", () => {
    const text = "序号\n实施主体\n所在地\n建设内容\n资金（万元）\n1\n翁牛特旗金谷源杂粮种植农民专\n业合作社联合社\n乌丹镇\n小米精深加工生产线\n860\n2\n翁牛特旗德胜家庭农场\n海拉苏镇\n暖棚建设\n45\n合计\n905";
    expect(plainTables(text).split("\n").slice(0, 3)).toEqual(["序号|实施主体|所在地|建设内容|资金（万元）", "1|翁牛特旗金谷源杂粮种植农民专业合作社联合社|乌丹镇|小米精深加工生产线|860", "2|翁牛特旗德胜家庭农场|海拉苏镇|暖棚建设|45"]);
  });
});

describe("plainTables over a numbered table its sums' unit under the header and its projects' names wrapped onto the next line", () => {
  it("puts the unit on the sums' label and each project's end back on its name, not on the place beside it", () => {
    const text = "序号　项目名称　实施地点　京蒙协作资金　实施单位\n（万元）\n1　科布尔镇民族团结进步　科布尔镇　280　科布尔镇人民政府\n示范街区提升改造\n2　西乌兰哈达嘎查“石榴　铁沙盖镇　120　铁沙盖镇人民政府\n籽”文化广场建设\n";
    expect(plainTables(text).split("\n").slice(0, 3)).toEqual([
      "序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位",
      "1|科布尔镇民族团结进步示范街区提升改造|科布尔镇|280|科布尔镇人民政府",
      "2|西乌兰哈达嘎查“石榴籽”文化广场建设|铁沙盖镇|120|铁沙盖镇人民政府",
    ]);
  });
});

describe("withoutPageFurniture over a news portal's page copied as text", () => {
  it("leaves out the site's menu after its name (the name kept), an advertisement, a marked list of other stories and readers' comments to the end", () => {
    const page = [
      "北京日报客户端 | 首页  要闻  北京  区县  京蒙协作  视频            登录 | 注册 | 下载APP",
      "密云医疗帮扶团队扎根库伦旗",
      "王建军来到库伦旗，挂职库伦旗人民医院副院长。",
      "责任编辑：孙悦",
      "▌热门推荐",
      "· 顺义区与科左中旗签署框架协议",
      "",
      "广告   伊利金典有机纯牛奶 整箱限时特惠",
      "网友评论（36）                                  文明上网，理性发言",
      "草原上的风    IP属地：内蒙古",
      "什么时候也派专家来我们阿拉善左旗啊？",
    ].join("\n");
    expect(withoutPageFurniture(page).split("\n").filter((l) => l.trim())).toEqual(["北京日报客户端", "密云医疗帮扶团队扎根库伦旗", "王建军来到库伦旗，挂职库伦旗人民医院副院长。", "责任编辑：孙悦"]);
  });
});

describe("tables the fifty-seventh stop's articles wrote", () => {
  it("reads a table whose cells single ideographic spaces part, though its row of sums is padded", () => {
    const text = plainTables("项目计划表\n序号　项目名称　实施地点　京蒙协作资金（万元）　实施单位\n1　旗中蒙医院名医工作室建设项目　四子王旗中蒙医院　120　四子王旗卫生健康委员会\n2　乌兰花镇国医堂提升改造项目　乌兰花镇　45　乌兰花镇人民政府\n合计　　　750　\n");
    expect(text.split("\n").slice(1, 4)).toEqual(["序号|项目名称|实施地点|京蒙协作资金（万元）|实施单位", "1|旗中蒙医院名医工作室建设项目|四子王旗中蒙医院|120|四子王旗卫生健康委员会", "2|乌兰花镇国医堂提升改造项目|乌兰花镇|45|乌兰花镇人民政府"]);
  });
  it("reads a numbered table whose last column describes in clauses", () => {
    const text = plainTables("序号 项目名称 实施地点 京蒙协作资金（万元） 实施单位 主要建设内容\n1 库伦三大寺景区游客服务中心提升项目 库伦镇 450 库伦旗文化旅游体育局 改造游客服务中心1200平方米，完善智慧导览及标识系统\n2 乡村旅游接待点建设项目 六家子镇三家子村 260 六家子镇人民政府 建设游客接待点1处、停车场3000平方米\n");
    expect(text.split("\n")[1]).toBe("1|库伦三大寺景区游客服务中心提升项目|库伦镇|450|库伦旗文化旅游体育局|改造游客服务中心1200平方米，完善智慧导览及标识系统");
  });
});

describe("tables and prose the fifty-seventh stop's second batch wrote", () => {
  it("keeps a cell of a duration apart from the cell before it (巴林左旗妇幼保健计划生育服务中心 6个月)", () => {
    const text = plainTables("序号 姓名 性别 派出单位 职称 专业 受援单位 帮扶期限\n1 孙红霞 女 顺义区妇幼保健院 主任医师 妇科 巴林左旗妇幼保健计划生育服务中心 6个月\n2 刘建伟 男 顺义区妇幼保健院 副主任医师 乳腺外科 巴林左旗妇幼保健计划生育服务中心 6个月\n");
    expect(text.split("\n")[1]).toBe("1|孙红霞|女|顺义区妇幼保健院|主任医师|妇科|巴林左旗妇幼保健计划生育服务中心|6个月");
  });
  it("reads no table in prose a PDF wrapped between ASCII commas", () => {
    const prose = "2022年以来,北京市西城区\n与莫力达瓦达斡\n尔族自治旗深化结对帮扶,把智慧农业作为京蒙协作的重点领域,累计投入京蒙协\n作资金650万元,为莫旗购置植保无人机45架,建设大豆全程数字化管理示范\n区3个,覆盖尼尔吉镇、腾克镇、汉古尔河镇等主产区。\n";
    expect(plainTables(prose)).not.toContain("|");
  });
});

describe("tables the fifty-seventh stop's third batch wrote", () => {
  it("reads a numbered table whose describing column stands in the middle and holds clauses", () => {
    const text = plainTables("序号 项目名称 实施地点 建设内容及规模 京蒙协作资金（万元） 实施单位\n1 乌力吉沐沦河湿地退耕还湿项目 林东镇南沙窝村 退耕还湿1200亩，补植芦苇、香蒲等湿地植物 360 巴林左旗林业和草原局\n2 湿地科普宣教中心改造提升 林东镇 改造展厅600平方米，更新候鸟标本及展板 100 林东镇人民政府\n");
    expect(text.split("\n")[2]).toBe("2|湿地科普宣教中心改造提升|林东镇|改造展厅600平方米，更新候鸟标本及展板|100|林东镇人民政府");
  });
});

describe("the sixty-second stop's bylines", () => {
  it("takes an outlet's reporter's title for no name (文/图 融媒体记者 斯琴 通讯员 刘宇航)", async () => {
    const { readMetadata } = await import("./index.js");
    expect(readMetadata("标题\n文/图 融媒体记者 斯琴 通讯员 刘宇航\n正文。").byline).toEqual(["斯琴", "刘宇航"]);
  });
});

describe("the sixty-second stop's credit lines", () => {
  it("reads a credit line whose title says the kind of reporter (通辽日报全媒体记者 其其格 萨仁)", async () => {
    const { readMetadata } = await import("./index.js");
    expect(readMetadata("标题\n通辽日报全媒体记者 其其格 萨仁\n正文。").byline).toEqual(["其其格", "萨仁"]);
  });
});

describe("the sixty-third stop's bylines", () => {
  it("takes a special correspondent's title for no name (本报记者 韩雪 特约记者 乌兰)", async () => {
    const { readMetadata } = await import("./index.js");
    expect(readMetadata("标题\n本报记者 韩雪 特约记者 乌兰\n正文。").byline).toEqual(["韩雪", "乌兰"]);
  });
});

describe("the sixty-third stop's tables", () => {
  it("keeps a sum apart from a cell after it that opens with 亿, a town's name with no measure after it", () => {
    const text = "序号 项目名称 实施地点 京蒙协作资金（万元） 实施单位\n1 乌丹镇全株青贮玉米种植基地建设项目 乌丹镇 620 乌丹镇人民政府\n2 亿合公镇紫花苜蓿种植基地建设项目 亿合公镇新井村 430 亿合公镇人民政府";
    expect(plainTables(text).split("\n").slice(1)).toEqual(["1|乌丹镇全株青贮玉米种植基地建设项目|乌丹镇|620|乌丹镇人民政府", "2|亿合公镇紫花苜蓿种植基地建设项目|亿合公镇新井村|430|亿合公镇人民政府"]);
  });
});
