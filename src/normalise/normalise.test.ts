// normalise: PDF line breaks and stray spaces repaired, repeats collapsed, offsets pointing at the source.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bracketsAsWritten, MAX_SENTENCE, normalise, splitSentences } from "./index.js";
import { articleFixturePath, FIXTURES_DIR, SAMPLE_CORPUS_DIR } from "../../tests/fixtures/index.js";

const wrapped = readFileSync(articleFixturePath("wrapped.txt"), "utf8");

describe("normalise", () => {
  const n = normalise(wrapped);

  it("rejoins words a PDF broke across lines and drops spaces between Chinese characters", () => {
    expect(n.text).toContain("赤峰市巴林左旗哈达英格寄宿制学校迎来一位特殊客人———北京顺义区的何其帅老师。");
    expect(n.text).toContain("在兴安盟扎赉特旗人民医院为期40天的医疗帮扶工作。在这40天里,崔平");
  });

  it("keeps the spaces that set words apart in a headline, not a letter-spaced one's or those in a sentence", () => {
    expect(normalise("学校手拉手 医院结友好 镇苏木共建\n\n正文。").text.split("\n")[0]).toBe("学校手拉手 医院结友好 镇苏木共建");
    expect(normalise("京 蒙 协 作\n\n正文。").text.split("\n")[0]).toBe("京蒙协作");
    expect(normalise("北京市 东城区帮扶阿尔山市，成效明显。").text).toBe("北京市东城区帮扶阿尔山市,成效明显。");
  });

  it("keeps the space after a headline's item that closes with a quote, and between a column's long items, not a long line's letter spacing", () => {
    expect(normalise("延庆正镶白旗续写“牵手情”　昌平再投1.05亿元助力太仆寺旗\n\n正文。").text.split("\n")[0]).toBe("延庆正镶白旗续写“牵手情” 昌平再投1.05亿元助力太仆寺旗");
    const column = "【本期要目】海淀区追加敖汉旗协作资金　通州引荐企业落地翁牛特旗　丰台区与林西县6校结对　巴林右旗赴京就业突破900人　石景山医院专家挂职宁城";
    expect(normalise(`${column}\n\n正文。`).text.split("\n")[0]).toBe(column.replace(/　/g, " "));
    const spaced = "北京市东城区与兴安盟阿尔山市结对帮扶工作推进会在阿尔山市召开双方签订年度协作协议".split("").join(" ");
    expect(normalise(`${spaced}\n\n正文。`).text.split("\n")[0]).toBe(spaced.replace(/ /g, ""));
  });

  it("keeps a transcript's timed lines apart and the spaces that part its spoken phrases, a body's name not run into the word before", () => {
    const lines = ["[00:02:05] 主持人：除了产业啊 医疗帮扶也是重头戏 北京市大兴区人民医院的李文静医生 在察右前旗医院一待就是一整年"];
    for (let k = 0; k < 9; k++) lines.push(`[00:0${k}:18] 记者：今年以来 大兴区安排给察右前旗的帮扶资金 一共是一亿二千万 主要用在产业发展上 第${k}期`);
    const text = normalise(lines.join("\n")).text;
    expect(text.split("\n")).toHaveLength(10);
    expect(text).toContain("也是重头戏 北京市大兴区人民医院的李文静医生 在察右前旗医院");
  });

  it("reads a scanner's letters inside figures as the figures (l960万元, 1O0) and 兀 after 万 as 元, not in Latin words", () => {
    expect(normalise("资金l960万元,又1O0万兀。Iowa lab 2023").text).toBe("资金1960万元,又100万元。Iowa lab 2023");
    expect(normalise("养殖园区|72O\n车间45O万元，H2O不变").text).toBe("养殖园区|720\n车间450万元,H2O不变");
  });

  it("drops a translation's Latin gloss in brackets after a name, offsets still pointing at the source, and keeps short ones", () => {
    const source = "巴林右旗是北京经济技术开发区（Beijing E-Town）的结对帮扶地区，配备CT(DR)。";
    const g = normalise(source);
    expect(g.text).toBe("巴林右旗是北京经济技术开发区的结对帮扶地区,配备CT(DR)。");
    const at = g.text.indexOf("的结对");
    expect(source[g.offsets[at]!]).toBe("的");
  });

  it("keeps a wrapped report's title on its own line, apart from its author on the next", () => {
    const body = Array.from({ length: 9 }, (_, i) => `第${i}行写满了三十个字的报告正文内容，还没有写完这一句话的`).join("\n") + "\n完。\n";
    expect(normalise(`北京市怀柔区2023年京蒙协作工作总结\n怀柔区支援合作办公室\n${body}`).text.split("\n")[0]).toBe("北京市怀柔区2023年京蒙协作工作总结");
  });

  it("drops a PDF's page numbers and rejoins the sentence a page broke", () => {
    const pdf = Array.from({ length: 9 }, (_, i) => `第${i}行写满了三十个字的报告正文内容，还没有写完这一句话的`).join("\n") + "\n第9行写满了三十个字的报告正文内容，副主任赵明远挂任察右中旗旗\n\n- 1 -\n\n委常委、副旗长。\n";
    expect(normalise(pdf).text).toContain("挂任察右中旗旗委常委、副旗长。");
    expect(normalise(pdf).text).not.toContain("- 1 -");
    // (And one set between dots, the running head after it: …队员许梦 / ·1· / 东西部协作工作简报 / 圆来自….)
    const dotted = "东西部协作工作简报\n\n" + Array.from({ length: 9 }, (_, i) => `第${i}行写满了三十个字的报告正文内容，还没有写完这一句话的`).join("\n") + "\n第9行写满了三十个字的报告正文内容，首周接诊患者130余人次。队员许梦\n\n·1·\n\n东西部协作工作简报\n圆来自博兴社区卫生服务中心。\n";
    expect(normalise(dotted).text).toContain("队员许梦圆来自博兴社区卫生服务中心。");
  });

  it("joins letter-spaced figures and figures grouped by spaces, and keeps two numbers apart", () => {
    expect(normalise("投 入 资 金 1 2 0 0 0 万 元 。").text).toBe("投入资金12000万元。");
    expect(normalise("投入资金12 000万元。").text).toBe("投入资金12000万元。");
    expect(normalise("版本 2.1 20 家企业").text).toBe("版本2.1 20家企业");
  });

  it("keeps labelled fields on their own lines, and a field repeated under each record", () => {
    const notice = normalise("项目公示\n\n一、小米项目\n实施地点：新惠镇王家营子村\n帮扶单位：北京市平谷区\n资金规模：850万元\n二、肉牛项目\n实施地点：四家子镇牛汐河村\n帮扶单位：北京市平谷区\n资金规模：620万元\n三、杂粮项目\n实施地点：贝子府镇\n帮扶单位：北京市平谷区\n资金规模：300万元");
    expect(notice.text.split("\n").filter((l) => l === "帮扶单位:北京市平谷区")).toHaveLength(3);
    expect(notice.text.split("\n")[0]).toBe("项目公示");
  });

  it("keeps a numbered line of fields on its own line, its fields set apart by one space", () => {
    const text = "关于2024年镇街结对帮扶资金项目安排情况的公示\n\n根据有关规定，现将项目安排情况予以公示，今年共拨付结对帮扶资金195万元，安排项目6个。\n\n1．帮扶镇街：延庆区延庆镇　　受援乡镇（苏木）：白音察干镇\n项目名称：白音察干镇村级光伏帮扶电站运维提升\n建设内容：更换逆变器12台，修缮电站围栏800米\n结对帮扶资金：35万元　　旗级配套资金：无\n2．帮扶镇街：康庄镇　　受援乡镇（苏木）：土牧尔台镇\n项目名称：肉羊养殖标准化圈舍改造";
    const lines = normalise(text).text.split("\n");
    expect(lines).toContain("1.帮扶镇街:延庆区延庆镇 受援乡镇(苏木):白音察干镇");
    expect(lines).toContain("结对帮扶资金:35万元 旗级配套资金:无");
    expect(lines).toContain("项目名称:白音察干镇村级光伏帮扶电站运维提升");
  });

  it("keeps rows of a list of pairs and numbered headings on their own lines", () => {
    const list = normalise("结对关系一览\n\n一、镇结对\n1. 榆垡镇—保康镇\n2. 礼贤镇—花吐古拉镇\n三、学校结对\n北京市大兴区第一中学—科左中旗第一中学\n北京市大兴区兴华中学—科左中旗保康第二中学\n");
    expect(list.text.split("\n")).toEqual(["结对关系一览", "一、镇结对", "1.榆垡镇—保康镇", "2.礼贤镇—花吐古拉镇", "三、学校结对", "北京市大兴区第一中学—科左中旗第一中学", "北京市大兴区兴华中学—科左中旗保康第二中学"]);
  });

  it("keeps a list of people a line each apart, the space after each name kept and a padded name closed up", () => {
    const list = normalise("先进个人名单\n\n高振华　北京市通州区发展和改革委员会副主任，挂任扎赉特旗旗委常委、副旗长\n张　立　北京市大兴区农业农村局副局长，挂任突泉县委常委、副县长\n刘　佳　北京瑞丰禾农业发展有限公司总经理\n");
    expect(list.text.split("\n")).toEqual(["先进个人名单", "高振华 北京市通州区发展和改革委员会副主任,挂任扎赉特旗旗委常委、副旗长", "张立 北京市大兴区农业农村局副局长,挂任突泉县委常委、副县长", "刘佳 北京瑞丰禾农业发展有限公司总经理"]);
  });

  it("keeps the space after a name's notes in brackets in such a list (刘晓燕（女）　北京市…)", () => {
    const list = normalise("二、先进个人\n1. 张立军　北京市昌平区医院骨科副主任医师\n2. 刘晓燕（女）　北京市昌平区沙河中心小学英语教师\n3. 其木格（女，蒙古族）　太仆寺旗乡村振兴局京蒙协作股股长\n");
    expect(list.text.split("\n").slice(2)).toEqual(["2.刘晓燕(女) 北京市昌平区沙河中心小学英语教师", "3.其木格(女,蒙古族) 太仆寺旗乡村振兴局京蒙协作股股长"]);
  });

  it("takes a text of short open lines (lists, headings) for no wrapped one: wrapped lines run to the page's width", () => {
    const lines = ["一年来，北京市通州区、大兴区、北京经济技术开发区分别与我盟扎赉特旗、突泉县、科尔沁右翼前旗深化东西部协作结对帮扶，京兴两地在产业合作、劳务协作、人才交流、消费帮扶等方面取得显著成效。",
      "为表彰先进、树立典型，进一步激励全盟广大干部群众和北京援派干部人才担当作为，盟委、行署决定，授予北京市通州区援派扎赉特旗工作队等8个集体先进集体称号。", "附件1", "先进集体名单（8个）", "北京市通州区援派扎赉特旗工作队", "北京经济技术开发区驻科尔沁右翼前旗工作组", "北京市大兴区人民医院", "北京瑞丰禾农业发展有限公司",
      "扎赉特旗乡村振兴局", "突泉县人力资源和社会保障局", "科尔沁右翼前旗归流河镇人民政府", "科尔沁右翼中旗农牧和科技局", "2023年，北京市通州区与扎赉特旗深化东西部协作，成效显著。"];
    expect(normalise(lines.join("\n")).text.split("\n")).toEqual(lines.map((l) => l.replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",")));
  });

  it("rejoins a short text's line that stops mid-sentence, but not a title line", () => {
    const short = normalise("东城区帮扶阿尔山市工作纪实\n北京市东城区累计投入帮扶资金1200万元，支持阿尔山市白狼镇发展林下经济。北京市东城\n区和平里医院派出医生。");
    expect(short.text).toContain("北京市东城区和平里医院");
    expect(short.text.startsWith("东城区帮扶阿尔山市工作纪实\n")).toBe(true);
  });

  it("rejoins a shorter line with a clause in it that stops mid-word, but not a heading in square brackets", () => {
    const short = normalise("能源企业带来制造业\n兴安盟突泉县以京蒙合作为契机,招引北京北方光电设\n备有限公司投资1.6亿元建设生产基地。");
    expect(short.text).toContain("北京北方光电设备有限公司");
    const headed = normalise("镇街结对纪实\n【西红门镇—平地泉镇】企业跟进，订单到户\n西红门镇全年向平地泉镇拨付帮扶资金120万元。");
    expect(headed.text.split("\n")).toHaveLength(3);
  });

  it("ends a case's heading at its line, however long (案例一：…，“窦店经验”走进扣河子)", () => {
    const text = normalise("典型案例汇编\n" + Array.from({ length: 9 }, (_, i) => `第${i}行写满了三十个字的报告正文内容，还没有写完这一句话的`).join("\n") + "\n案例一：村村结对，“窦店经验”走进扣河子\n窦店镇窦店村是北京市村集体经济发展的明星村。").text;
    expect(text).toContain("\n案例一:村村结对,“窦店经验”走进扣河子\n窦店镇窦店村");
  });

  it("keeps a table's number apart from the year after it (表1 2024年…)", () => {
    expect(normalise("表1 2024年上半年支教人员情况").text).toBe("表1 2024年上半年支教人员情况");
    expect(normalise("投 入 资 金 1 2 0 0 0 万 元 。").text).toBe("投入资金12000万元。");
  });

  it("rejoins no line of a text whose lines are its own blocks (a web page)", () => {
    const page = "发布时间:2024-03-18 来源:四子王旗融媒体中心\n3月15日，北京市怀柔区与乌兰察布市四子王旗召开东西部协作联席会议，双方交流了\n工作经验。";
    expect(normalise(page, { repairWraps: false }).text.split("\n")).toHaveLength(3);
    expect(normalise(page).text).toContain("交流了工作经验");
  });

  it("folds a text written in traditional characters to simplified ones, one for one, and leaves a simplified text's odd one", () => {
    const t = normalise("北京市豐台區與烏蘭察布市察哈爾右翼中旗結對幫扶。");
    expect(t).toMatchObject({ text: "北京市丰台区与乌兰察布市察哈尔右翼中旗结对帮扶。", traditional: true });
    expect(t.offsets[5]).toBe(5);
    expect(normalise("乾隆年间的古道如今修成了京蒙协作示范路，北京市丰台区投入资金。")).toMatchObject({ traditional: false });
    expect(normalise("乾隆年间的古道如今修成了京蒙协作示范路，北京市丰台区投入资金。").text).toContain("乾隆");
  });

  it("keeps a short heading as its own paragraph", () => {
    expect(n.text.startsWith("人才交流引领创新开拓思维\n")).toBe(true);
  });

  it("collapses a body printed twice, so a fact is not counted twice", () => {
    expect(n.repeatsDropped).toBeGreaterThan(0);
    expect(n.text.split("主任医师崔平").length - 1).toBe(1);
  });

  it("maps every character back to where it stands in the source", () => {
    for (const needle of ["崔平", "扎赉特旗", "何其帅"]) {
      const at = n.text.indexOf(needle);
      const from = n.offsets[at]!;
      expect(wrapped.slice(from, from + needle.length)).toBe(needle);
    }
    expect(n.offsets.length).toBe(n.text.length);
  });

  it("folds full-width forms (NFKC) and keeps Latin words apart", () => {
    expect(normalise("北京市（昌平区）ＡＢＣ  News 新闻").text).toBe("北京市(昌平区)ABC News新闻");
  });

  it("folds the variant forms a scanner reads in place names (阿尔山巿, 乌兰昭嘎査)", () => {
    expect(normalise("阿尔山\u5dff白狼镇卫生院与乌兰昭嘎\u67fb").text).toBe("阿尔山市白狼镇卫生院与乌兰昭嘎查");
  });

  it("keeps the space after a picture's number before its caption (图③　西城区…)", () => {
    expect(normalise("图③　西城区平安里医院护士长韩雪（右）在卫生院指导护理操作。").text).toBe("图3 西城区平安里医院护士长韩雪(右)在卫生院指导护理操作。");
  });

  it("keeps a subsection's number and title (5.4 人才帮扶) a paragraph of its own in wrapped text, not a figure opening a line (1.6 亿)", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    expect(normalise(wrap + "合计\n780\n5.4 人才帮扶\n集团坚持选派干部。2022年\n5月，孙立伟被选派到嘎查。\n").text).toContain("\n5.4人才帮扶\n集团坚持");
    expect(normalise(wrap + "集团供热面积约\n1.6 亿平方米，服务居民。\n").text).toContain("约1.6亿平方米");
  });

  it("keeps a numbered heading a table of contents named before (一、街道赴阿力得尔苏木开展结对共建)", () => {
    const text = "【本期要目】\n一、街道赴阿力得尔苏木开展结对共建\n二、下一步工作安排\n\n一、街道赴阿力得尔苏木开展结对共建\n本年度，街道共投入帮扶资金40万元。";
    expect(normalise(text).text.split("一、街道赴阿力得尔苏木开展结对共建").length - 1).toBe(2);
  });

  it("folds Hong Kong's and Taiwan's variant forms in a traditional text as their standard ones (衞 → 卫)", () => {
    expect(normalise("北京市衞生健康委員會派出醫療隊到太僕寺旗中蒙醫院。").text).toBe("北京市卫生健康委员会派出医疗队到太仆寺旗中蒙医院。");
  });

  it("is idempotent", () => {
    expect(normalise(n.text).text).toBe(n.text);
  });
});

describe("splitSentences", () => {
  it("cuts text run on without a full stop into sentences of at most MAX_SENTENCE characters, at a comma where it can", () => {
    const run = "东城区帮扶阿尔山市，".repeat(200);
    const sentences = splitSentences(run);
    expect(Math.max(...sentences.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.every((x) => x.text.endsWith("，"))).toBe(true);
    expect(sentences.map((x) => x.text).join("")).toBe(run);
  });

  it("splits at sentence ends, keeps closing quotes, and records paragraphs and offsets", () => {
    const text = "何老师写道:“一个月虽短暂。”他又说。\n第二段!";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["何老师写道:“一个月虽短暂。”", "他又说。", "第二段!"]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("sets a post's leading tags and bracketed headline apart from its body, and nothing else bracketed or tagged", () => {
    const text = "#京蒙协作# #乡村振兴# 【顺义区援建卫生院投入使用】顺义区投入资金600万元。\n居民说【好】。# 标题";
    expect(splitSentences(text).map((x) => x.text)).toEqual(["#京蒙协作#", "#乡村振兴#", "【顺义区援建卫生院投入使用】", "顺义区投入资金600万元。", "居民说【好】。", "# 标题"]);
  });
});

describe("bracketsAsWritten", () => {
  it("puts back the full-width brackets NFKC made plain, and leaves plain ones plain", () => {
    const source = "由智农云（北京）科技有限公司与京蒙(亦庄·赤峰)科创产业园承建。";
    const n = normalise(source);
    const at = (name: string) => n.text.indexOf(name);
    expect(n.text).toContain("智农云(北京)科技有限公司");
    expect(bracketsAsWritten(source, n, at("智农云"), at("智农云") + "智农云(北京)科技有限公司".length)).toBe("智农云（北京）科技有限公司");
    expect(bracketsAsWritten(source, n, at("京蒙"), at("京蒙") + "京蒙(亦庄·赤峰)科创产业园".length)).toBe("京蒙(亦庄·赤峰)科创产业园");
  });
  it("folds a paragraph written in traditional characters inside a simplified text, and leaves the simplified ones as written", () => {
    const simplified = "乾隆年间的古道如今修成了京蒙协作示范路，石景山区与正镶白旗结对帮扶，两地干部往来频繁，项目建设稳步推进，群众收入持续增长，各项工作取得了明显成效。";
    const n = normalise(`${simplified}\n北京市石景山醫院骨科副主任醫師黃曉東來到正鑲白旗醫院開展醫療幫扶。`);
    expect(n.text).toBe(`${simplified.replace(/，/g, ",")}\n北京市石景山医院骨科副主任医师黄晓东来到正镶白旗医院开展医疗帮扶。`);
    expect(n.traditional).toBe(true);
  });

  it("reads a text with a blank line after every line as the same text without them, a paragraph parted by more", () => {
    const lines = ["北京市东城区2023年京蒙协作工作情况报告", "", "区委、区政府主要领导先后4次赴阿尔山市、科右前旗调研对接。东城区选派挂职干部6名，其中王立军",
      "同志挂职阿尔山市副市长，刘涛同志挂职科右前旗副旗长。", "", "二、深化产业合作", "东城区向阿尔山市投入帮扶资金1.2亿元，重点支持全域旅游发展。",
      "东城区和平里街道与阿尔山市白狼镇签订结对协议。", "", "三、推进社会帮扶", "东四街道与科右前旗索伦镇签订结对协议。"];
    const single = normalise(lines.join("\n")).text;
    expect(single).toContain("其中王立军同志挂职");
    expect(normalise(lines.join("\n\n")).text).toBe(single);
  });

  it("ends a line at a full stop written half-width after a word, though one blank line follows each line", () => {
    const text = ["顺义区向镶黄旗、正镶白旗安排财政援助资金1.38亿元,同比增长6.2%.", "据了解,自2021年顺义区与镶黄旗建立结对关系以来,两地累计实施项目96个.",
      "产业协作方面,北京鑫顺达肉类食品有限公司在镶黄旗投资3.6亿元.", "教育协作方面,顺义区选派12名教师赴两旗支教.", "医疗协作方面,顺义区医院与镶黄旗蒙医医院结对.",
      "消费协作方面,今年销售农畜产品2.1亿元.", "就业协作方面,帮助1200人转移就业."].join("\n\n");
    expect(normalise(text).text.split("\n")).toHaveLength(7);
  });

  it("writes a year in Chinese numerals in figures, offsets one for one, and no other run of numerals", () => {
    const n = normalise("二〇二三年，东城区与阿尔山市结对；自一九九六年起，共投入一二三四年。");
    expect(n.text).toBe("2023年,东城区与阿尔山市结对;自1996年起,共投入一二三四年。");
    expect(n.offsets[n.text.indexOf("1996")]).toBe(18);
  });

  it("writes quotation marks of every style as curly ones, straight ones only in Chinese text", () => {
    expect(normalise("北京市朝阳区\"京蒙青年\"暑期志愿服务队，小米产业链「串」起增收路，『老字号』。Say \"hi\".").text)
      .toBe("北京市朝阳区“京蒙青年”暑期志愿服务队,小米产业链“串”起增收路,‘老字号’。Say \"hi\".");
  });

  it("writes the stroke 丨 a post's credits use as a bar", () => {
    expect(normalise("文字丨刘畅　图片丨服务队").text).toBe("文字|刘畅 图片|服务队");
  });

  it("writes a hyphen between Chinese words, an en dash or a bar as the dash, and no hyphen elsewhere", () => {
    expect(normalise("东城区-阿尔山市，昌平–太仆寺旗产业园，海淀―科右中旗，电话0482-8611092，COVID-19。").text)
      .toBe("东城区—阿尔山市,昌平—太仆寺旗产业园,海淀—科右中旗,电话0482-8611092,COVID-19。");
  });

  it("keeps a wrapped report's subtitle or a headline with spaced items apart from the paragraph after a blank line", () => {
    const text = "京蒙协作助力察右前旗学校体育提质增效\n——大兴区对口帮扶察右前旗教育体育工作综述\n\n乌兰察布市察右前旗教育体育局　高云\n\n2021年以来北京市大兴区与乌兰察布市察右前\n旗在教育领域开展了深入合作双方围绕体育教师培\n训校园足球冰雪运动等方面持续发力先后选派体育\n教师十二人次到察右前旗各中小学支教帮助当地学\n校建立了完善的体育课程体系并捐赠了大量体育器\n材让草原上的孩子们也能享受到优质的体育教育资\n源同时察右前旗也选派了二十名体育教师到大兴区\n跟岗学习取得了良好的效果。\n\n专家坐诊 “传帮带”留下好技术\n\n2021年以来北京市丰台区与乌兰察布市察右前\n旗在教育领域开展了深入合作双方围绕体育教师培\n训校园足球冰雪运动等方面持续发力先后选派体育\n教师十二人次到察右前旗各中小学支教帮助当地学\n校建立了完善的体育课程体系并捐赠了大量体育器\n材让草原上的孩子们也能享受到优质的体育教育资\n源同时察右前旗也选派了二十名体育教师到丰台区\n跟岗学习取得了良好的效果。";
    const n = normalise(text);
    expect(n.text).toContain("工作综述\n乌兰察布市察右前旗教育体育局");
    expect(n.text).toContain("留下好技术\n");
  });

  it("keeps a wrapped report's pairs written with a double dash a line each", () => {
    const body = "在东城区卫生健康委员会统筹下东城区五家医疗卫生机构与我县五家医疗卫生机构建立一对一结对关\n系双方围绕远程会诊人才培养学科建设等方面持续发力先后选派医生十二人次\n到化德县各医院坐诊帮助当地医院建立了完善的诊疗体系并捐赠了大量医疗设\n备让草原上的群众也能享受到优质的医疗资源同时化德县也选派了医生到东城\n区跟岗学习取得了良好的效果双方约定每年互派医生交流并开展联合义诊活动\n具体如下：\n北京市普仁医院——化德县医院\n北京市东城区第一人民医院——化德县蒙中医医院\n北京市东城区妇幼保健院——化德县妇幼保健计划生育服务中心\n";
    const lines = normalise(body.repeat(2)).text.split("\n");
    expect(lines).toContain("北京市普仁医院——化德县医院");
    expect(lines).toContain("北京市东城区第一人民医院——化德县蒙中医医院");
  });

  it("joins a table's cell a PDF wrapped before a name's ending alone, over a page's break too, and a village after its town", () => {
    const cells = ["序号", "项目名称", "实施地点", "1", "肉羊标准化育", "肥基地建设项目", "黄旗海镇新风", "村", "380", "玫瑰营镇人民", "第 1 页 共 4 页", "", "政府",
      "2", "马铃薯仓储保", "鲜库项目", "土贵乌拉镇", "后房子村", "350"];
    const lines = normalise(cells.join("\n")).text.split("\n");
    expect(lines).toContain("黄旗海镇新风村");
    expect(lines).toContain("玫瑰营镇人民政府");
    expect(lines).toContain("土贵乌拉镇后房子村");
    // (Cells that are whole stay apart.)
    expect(lines).toContain("肉羊标准化育");
    expect(lines).toContain("380");
  });
});

describe("normalise text with no words", () => {
  it.each([[""], ["\n\n"], [" \n　\n"]])("returns it empty, not failing (%j)", (text) => {
    expect(normalise(text).text.trim()).toBe("");
  });
});

describe("normalise a bracket a PDF wrapped", () => {
  it("rejoins a line left inside an open bracket with the next that closes it, but not a table's row", () => {
    const text = normalise("2019—2021年 那仁满都拉（经开区社 会 事\n 业 局副局长），挂职巴林右旗副旗长；\n").text;
    expect(text).toContain("那仁满都拉(经开区社会事业局副局长)");
    const row = normalise("7     彩超设备捐赠      化德县医院   社会帮扶(北京东方兴业商贸    45      已交付\n                  有限公司，东城区企业)\n").text;
    expect(row).toContain("已交付\n");
  });
});

describe("normalise a roster of posts and names in a wrapped text", () => {
  it("keeps each line of a post and the name after its space apart from the next", () => {
    const wrappedText = "有关负责同志介绍全年京蒙协作工作情况，并回答大家关心的问题，首先请局长发\n".repeat(10);
    const text = normalise(`${wrappedText}发布人：巴林右旗乡村振兴局局长 朝鲁门\n北京经济技术开发区挂职干部、巴林右旗副旗长 孙浩然\n巴林右旗卫生健康委员会副主任 李红梅\n其木格：各位记者朋友，上午好！\n`).text;
    expect(text).toContain("副旗长孙浩然\n巴林右旗卫生健康委员会副主任李红梅\n其木格");
  });
});

describe("normalise over a PDF whose paragraphs are set in by two full-width spaces", () => {
  const wrapped = "把“运河课堂”带到西拉沐沦河畔\n——记北京市通州区后南仓小学支教教师陈思远\n　　陈思远是北京市通州区后南仓小学的一名英语教师。2023年9\n月，他主动报名赴翁牛特旗乌丹第一小学支教，担任四年级两个班的\n英语教学工作。初到学校，他发现不少孩子不敢开口说英语，便在班\n里办起了“英语角”，每天中午用20分钟带孩子们唱英文歌、演课本\n剧。一个学期下来，两个班的英语平均成绩分别提高了11分和8分。\n　　陈思远还把后南仓小学的“运河文化”校本课程带到了乌丹，与当\n地教师共同开发了双语阅读课程。他说，孩子们的进步让他很欣慰，\n他愿意再留一年，和孩子们一起把这门课程上好，把运河的故事讲给\n草原的孩子们听，也把草原的故事带回运河边上的学校去。";
  it("opens a paragraph at each line set in, and still joins the lines a PDF wrapped", () => {
    const lines = normalise(wrapped).text.split("\n");
    expect(lines[0]!.endsWith("——记北京市通州区后南仓小学支教教师陈思远")).toBe(true);
    expect(lines[1]!.startsWith("陈思远是北京市通州区后南仓小学的一名英语教师。2023年9月,他主动报名")).toBe(true);
    expect(lines[2]!.startsWith("陈思远还把后南仓小学")).toBe(true);
    expect(lines).toHaveLength(3);
  });
});

describe("a labelled field with its English gloss", () => {
  it("keeps each on its own line (致辞 Remarks：… / 主持人 Moderator：…)", () => {
    const text = "会议议程\n致辞 Remarks：斯琴图雅，内蒙古自治区乡村振兴局副局长\n主持人 Moderator：宋立群，北京丰台医院副院长\n";
    expect(normalise(text).text.split("\n")).toHaveLength(3);
  });
});

describe("a translation's lines", () => {
  it("keeps a line of English and a line of Chinese apart in wrapped text", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    const text = normalise(wrap + "致辞：何建新，北京市支援合作办公室副主任\nHe Jianxin, Deputy Director, Beijing Municipal Office\n致辞：斯琴图雅，内蒙古自治区乡村振兴局副局长\n").text;
    expect(text).toContain("Office\n致辞");
  });
});

describe("a list's items in wrapped text", () => {
  it("keeps each item a mark opens on a line of its own, the space after a row's name kept", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    const text = normalise(wrap + "▶ 北京选派挂职干部 36名\n▶ 典型：\n　・庞志远　东城区商务局副局长　挂任化德县人民政府副县长\n　・欧阳明　北京市海淀医院主任医师　察右前旗人民医院\n").text;
    expect(text).toContain("36名\n▶典型");
    expect(text).toContain("\n・庞志远 东城区商务局");
  });
});

describe("a figure alone on its line in wrapped text", () => {
  const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
  it("keeps a table's cell of a figure apart from the words after it (696 / 扣河子镇人民政府)", () => {
    const text = normalise(wrap + "生物质专用炉具1160套\n及首个采暖季燃料\n696\n扣河子镇人民政府/通辽市\n蒙科生物质能源有限公司\n").text;
    expect(text).toContain("696\n扣河子镇人民政府");
  });
  it("keeps a body's name alone on a short line apart from the next, a table's cell (…溪翁庄镇人民政府 / 库伦旗库伦镇人民政府副镇长)", () => {
    const text = normalise(wrap + "孟庆华\n北京市密云区溪翁庄镇人民政府\n库伦旗库伦镇人民政府副镇长\n2023.3—2024.3\n").text;
    expect(text).toContain("溪翁庄镇人民政府\n库伦旗库伦镇人民政府");
  });
  it("but runs it on into its unit (1380 / 万元)", () => {
    expect(normalise(wrap + "今年累计投入京蒙协作资金\n1380\n万元，用于改造农房。\n").text).toContain("1380万元");
  });
});

describe("normalise a line of a report's issuers", () => {
  it("keeps the space between two bodies' names alone on a line of a wrapped text, and drops it inside a sentence", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    const text = normalise(wrap + "中共赤峰市委组织部　赤峰市乡村振兴局\n2024年6月\n赤峰市委组织部 介绍了情况。\n").text;
    expect(text).toContain("中共赤峰市委组织部 赤峰市乡村振兴局");
    expect(text).toContain("赤峰市委组织部介绍了情况");
    expect(normalise(wrap + "北京市支援合作办产业合作处　内蒙古自治区乡村振兴局社会帮扶处\n").text).toContain("产业合作处 内蒙古");
    expect(normalise(wrap + "内蒙古自治区妇女联合会　北京市妇女联合会联合调研组\n").text).toContain("妇女联合会 北京市");
  });
  it("keeps them among three or four, a joint group last (兴安盟乡村振兴局 兴安盟工业和信息化局 联合课题组)", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    expect(normalise(wrap + "兴安盟乡村振兴局 兴安盟工业和信息化局 联合课题组\n").text).toContain("兴安盟乡村振兴局 兴安盟工业和信息化局 联合课题组");
  });
});

describe("normalise the spaces that part people's names in a credit or contact line", () => {
  const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
  it("keeps them in a wrapped text, where other spaces between Chinese go, and closes a name padded to three (赵 鹏)", () => {
    const text = normalise(wrap + "课题组成员：刘红霞 张立新 其其格 赵 鹏\n执笔：王建军 刘晓雯\n").text;
    expect(text).toContain("成员:刘红霞 张立新 其其格 赵鹏");
    expect(text).toContain("执笔:王建军 刘晓雯");
  });
  it("keeps one after a body's name before its people, to a bracket's end, and before the next field's label", () => {
    const text = normalise(wrap + "（科右中旗税务局 包红梅 王晓东）\n（联系人：自治区档案馆 孟庆华）\n联系人：王海燕　联系电话：0474-3211001\n").text;
    expect(text).toContain("(科右中旗税务局 包红梅 王晓东)");
    expect(text).toContain("自治区档案馆 孟庆华");
    expect(text).toContain("王海燕 联系电话");
  });
  it("drops it where a post or a clause follows a body's name (人民医院 骨科副主任医 / 师…, 组织部 介绍了情况。)", () => {
    const text = normalise(wrap + "医疗方面，北京市大兴区人民医院 骨科副主任医\n师韩雪梅来到察右前旗医院，开展帮扶。\n赤峰市委组织部 介绍了情况。\n").text;
    expect(text).toContain("人民医院骨科副主任医师韩雪梅");
    expect(text).toContain("组织部介绍了情况");
  });
});

describe("normalise a line of issuers ending in a research office", () => {
  it("keeps the space between the two bodies' names (翁牛特旗委政策研究室　翁牛特旗乡村振兴局)", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    expect(normalise(wrap + "翁牛特旗委政策研究室　翁牛特旗乡村振兴局\n2024年4月\n").text).toContain("政策研究室 翁牛特旗乡村振兴局");
  });
});

describe("normalise a field listing bodies", () => {
  it("keeps the spaces between the bodies a field's colon lists (课题组：…养老服务处　北京市民政局养老服务处)", () => {
    const wrap = "村集体年增收36万元，带动周边农牧民就业，\n收入明显提高，群众满意度达到较高水平\n".repeat(5);
    expect(normalise(wrap + "课题组：内蒙古自治区民政厅养老服务处　北京市民政局养老服务处\n").text).toContain("养老服务处 北京市民政局");
  });
});

describe("normalise a numbered heading a PDF set on a line of its own", () => {
  const wrap = "村集体年增收36万元，带动周边农牧民就业，收入明显提高，群众满意\n度达到较高水平，示范带动作用进一步显现，集体经济不断发展壮\n".repeat(5);
  it("ends a heading well short of the page's width at its line (（二）…提质扩面 / 大兴区人民医院…)", () => {
    expect(normalise(wrap + "（二）聚焦健康需求，医疗志愿服务提质扩面\n大兴区人民医院与正镶白旗医院结成帮扶对子，全年派出医疗志愿者\n5批次。\n").text)
      .toContain("提质扩面\n大兴区人民医院");
  });
  it("runs a short heading on where a sentence follows its title in the line (（三）典型做法。怀柔区…察哈尔右 / 翼后旗)", () => {
    expect(normalise(wrap + "（三）典型做法。怀柔区对口帮扶乌兰察布市察哈尔右\n翼后旗，引进北京雁栖服饰有限公司投资600万元。\n").text).toContain("察哈尔右翼后旗");
  });
});

describe("normalise a school's name a PDF wrapped before its ordinal", () => {
  it("joins a line opening with 第一中学 to the one before, as no heading's 第一 (…榆垡中学与察右前旗 / 第一中学、…)", () => {
    const text = readFileSync(articleFixturePath("wrapped-ordinal-school.txt"), "utf8");
    expect(normalise(text).text).toContain("榆垡中学与察右前旗第一中学、北京市大兴区瀛海学校与察右前旗第二中学签订");
  });
});

describe("normalise: the seventy-third stop's first batch", () => {
  it("keeps a title apart from its issuer's line under it, and runs on a short line whose last sentence began inside it", () => {
    const report = readFileSync(join(FIXTURES_DIR, "sets", "zoos", "articles", "06-aruhorqin-wildlife-report-pdf.txt"), "utf8");
    expect(normalise(report).text).toContain("工作综述\n阿鲁科尔沁旗林业和草原局");
    const wrapped = normalise("近日，在太仆寺旗千斤沟镇的中药材种植基地，成片的黄芪长势喜人。“今年雨水好，黄芪根长得\n粗，亩产比去年能多两成。”太仆\n寺旗千斤沟镇顺达中药材种植专业合作社理事长孟庆华蹲在地头。").text;
    expect(wrapped).toContain("”太仆寺旗千斤沟镇顺达中药材种植专业合作社");
  });
  it("keeps apart contacts' lines that each close on a phone (…，业务园长，刘静，010-6974××××)", () => {
    const text = normalise("联络人如下：\n北京市昌平区机关幼儿园，业务园长，刘静，010-6974××××\n北京市昌平区城北中心幼儿园，保教主任，马晓丽，010-6971××××").text;
    expect(text.split("\n")).toHaveLength(3);
  });
});

describe("normalise: the seventy-fourth stop's first batch", () => {
  it("keeps apart rows of dashed pairs that close on their year (…医院——…医院，2021年)", () => {
    const text = normalise("二、儿童医疗结对医院名单（北京方医院——受援方医院，结对时间）\n\n北京市大兴区人民医院——察哈尔右翼前旗人民医院，2021年\n北京市大兴区妇幼保健院——察右前旗妇幼保健计划生育服务中心，2022年\n").text;
    expect(text).toContain("2021年\n北京市大兴区妇幼保健院");
  });
});

describe("normalise: the eighty-third stop", () => {
  it("joins a body's ending a stray space broke, read as no credit's name (宁城县人民政府办 公室, 赤峰市人 民政府办公室：)", () => {
    const report = readFileSync(join(FIXTURES_DIR, "sets", "breakfasts", "articles", "06-ningcheng-breakfasts-pdf.txt"), "utf8");
    const text = normalise(report).text;
    expect(text).not.toContain("办 公室");
    expect(text).toContain("赤峰市人民政府办公室:");
  });
  it("still keeps a credit's names apart after a body (联系人：自治区档案馆 孟庆华)", () => {
    expect(normalise("联系人：自治区档案馆 孟庆华\n").text).toContain("自治区档案馆 孟庆华");
  });
});

describe("normalise: the ninetieth stop", () => {
  it("joins a short heading's line whose sentence runs on past it, a PDF's wrap (（二）引企业，强链条。北京京通绿源种 / 苗科技有限公司)", () => {
    const report = readFileSync(join(FIXTURES_DIR, "sets", "celery", "articles", "06-wengniute-pdf-survey-report.txt"), "utf8");
    expect(normalise(report).text).toContain("北京京通绿源种苗科技有限公司于2022年落户");
  });
});

describe("normalise: the ninety-first stop", () => {
  const post = (set: string, file: string) => normalise(readFileSync(join(FIXTURES_DIR, "sets", set, "articles", file), "utf8")).text;
  it("joins a post's phrase lines closing on a comma, or on a name before 和, 也和, 是 or last year (沙子营村 / 和巴彦乌兰嘎查“结对子”，)", () => {
    const text = post("weeds", "07-keyouqianqi-wechat-post.txt");
    expect(text).toContain("朝阳区孙河乡沙子营村和巴彦乌兰嘎查“结对子”,还捐了8万元,给嘎查买了2台割草机");
    expect(text).toContain("北京京科草原生态科技有限公司也和科右前旗阿力得尔苏木宝力根嘎查结成帮扶对子");
    expect(text).toContain("芳草地国际学校和索伦镇中心学校去年结成了“手拉手”学校");
  });
  it("joins a sum's line to the next that says where it goes (…资金680万元 / 在天山镇建设…)", () => {
    expect(post("mint", "07-arukeerqin-wechat-perilla-festival.txt")).toContain("昌平区投入京蒙协作资金680万元在天山镇建设");
  });
  it("keeps a heading of two phrases apart from the paragraph under it (支持产业发展 携手共进迎硕果 / 近日的太仆寺旗…)", () => {
    const text = normalise(readFileSync(join(SAMPLE_CORPUS_DIR, "001_68cbcf0a421c36e5.txt"), "utf8")).text;
    expect(text).toContain("支持产业发展 携手共进迎硕果\n近日的太仆寺旗");
  });
  it("keeps a heading apart from a sentence opening with this year (■…三村危房改造 / 今年，昌平区…)", () => {
    const text = post("roofs", "05-taipusi-roofs-flash.txt");
    expect(text).toContain("■京蒙协作资金支持千斤沟镇三村危房改造\n今年,");
  });
});
