// amounts: money as Chinese news writes it.
import { amountsIn } from "./index.js";

describe("amountsIn", () => {
  it.each([
    ["共投入京蒙帮扶资金1.065亿元", 106500000, false],
    ["投入600余万元实施了草莓种苗繁育项目", 6000000, true],
    ["投入近100万元实施了项目", 1000000, true],
    ["其中经开区资金3077.6万元", 30776000, false],
    ["北京市共投入援助资金19.26亿元", 1926000000, false],
    ["预计消费扶贫金额超过3.5亿元", 350000000, true],
    ["销售额新增1000多万元", 10000000, true],
    ["海淀区投入资金3,500万元用于医疗", 35000000, false],
    ["另有一千万元用于支持教育发展", 10000000, false],
    ["捐款一百五十万元", 1500000, false],
    ["约两亿元", 200000000, true],
    ["为每户发放补贴5000元", 5000, false],
    ["每年安排不少于5000万元帮扶资金", 50000000, true],
    ["投入京蒙协作资金3千万元", 30000000, false],
    ["援助资金达到4.5亿元以上", 450000000, true],
    ["投入近亿元资金建设产业园", 100000000, true],
    ["累计投入逾亿元", 100000000, true],
    ["近千万元", 10000000, true],
    ["捐赠资金人民币伍佰万元整", 5000000, false],
    ["共计壹拾贰万元", 120000, false],
    ["投入1亿2000万元", 120000000, false],
    ["投入两亿三千万元", 230000000, false],
    ["约1亿零500万元", 105000000, true],
    ["今年在七台镇投资一点二亿元", 120000000, false],
    ["预计年产值可达三点五亿元", 350000000, false],
    ["两点零五亿元", 205000000, false],
  ])("%s", (text, yuan, approx) => {
    const [a] = amountsIn(text);
    expect(a).toMatchObject({ yuan, approx });
    expect(text.slice(a!.start, a!.end)).toMatch(/元$/);
  });

  it("reads a sum in two units (1亿2000万元) as one, not its parts", () => {
    expect(amountsIn("投入1亿2000万元建设园区").map((a) => a.yuan)).toEqual([120000000]);
  });

  it("reads 人民币 after the figure as 元", () => {
    const text = "计划投资5000万人民币建设加工厂";
    const [a] = amountsIn(text);
    expect(a).toMatchObject({ yuan: 50000000, approx: false });
    expect(text.slice(a!.start, a!.end)).toBe("5000万人民币");
  });

  it.each([
    ["向阿尔山市捐款50万。", 500000, false],
    ["拨付资金3000万，用于产业", 30000000, false],
    ["投入资金约2.5亿用于建设", 250000000, true],
  ])("%s (万 or 亿 without 元, right after a word of giving)", (text, yuan, approx) => {
    expect(amountsIn(text)).toEqual([expect.objectContaining({ yuan, approx })]);
  });

  it("reads no 万 without 元 as money elsewhere, nor before a count", () => {
    expect(amountsIn("培训农牧民1.2万，")).toEqual([]);
    expect(amountsIn("资金帮扶5万户")).toEqual([]);
    expect(amountsIn("捐款50万人次")).toEqual([]);
  });

  it("reads a size (数百万元, 上千万元, 几千万元) as no amount, and 近千万元 as one about", () => {
    expect(amountsIn("投入数百万元")).toEqual([]);
    expect(amountsIn("投入上千万元")).toEqual([]);
    expect(amountsIn("投入几千万元")).toEqual([]);
    expect(amountsIn("投入近千万元").map((a) => [a.yuan, a.approx])).toEqual([[10000000, true]]);
  });

  it("reads the top of a range as about (300万至500万元)", () => {
    expect(amountsIn("投入300万至500万元").map((a) => [a.yuan, a.approx])).toEqual([[5000000, true]]);
  });

  it("finds none where no yuan are stated", () => {
    expect(amountsIn("占地4.2万平方米,带动5000多户")).toEqual([]);
    expect(amountsIn("统一元旦活动,第一元,每斤3元")).toEqual([]);
  });
});
