// gazetteer: the units, their codes and hierarchy, surface forms, and misspellings resolved in pinyin.
import { closestForm, defaultGazetteer, syllableDistance, syllables } from "./index.js";

const g = defaultGazetteer();
const count = (label: string) => g.units.filter((u) => u.label === label).length;

describe("gazetteer units", () => {
  it("holds Beijing's 16 districts and its development zone, Inner Mongolia's 12 leagues and 103 banners", () => {
    expect(count("District")).toBe(17);
    expect(count("League")).toBe(12);
    expect(count("Banner")).toBe(103);
    expect(g.unit("banner:152527")).toMatchObject({ name: "太仆寺旗", parentId: "league:152500", side: "inner-mongolia" });
    expect(g.unit("district:110114")).toMatchObject({ name: "昌平区", parentId: "province:110000", side: "beijing" });
    expect(g.lookup("经开区")?.name).toBe("北京经济技术开发区");
  });

  it("tells a body named after another province, its prefecture or county (新疆和田地区人民医院, 和田地区人民医院, 房县人民医院) from one of its own units' names alike (通州区, 青山区)", () => {
    for (const name of ["新疆和田地区人民医院", "和田地区人民医院", "房县人民医院", "当雄县人民医院"]) expect(g.elsewhere(name)).toBe(true);
    for (const name of ["通州区人民医院", "青山区人民医院", "朝阳区医院", "太平乡", "北京市第十二中学"]) expect(g.elsewhere(name)).toBe(false);
  });

  it("knows which unit contains which", () => {
    expect(g.contains("league:150400", "banner:150422")).toBe(true);
    expect(g.contains("province:150000", "banner:150422")).toBe(true);
    expect(g.contains("league:152200", "banner:150422")).toBe(false);
  });
});

describe("gazetteer matching", () => {
  it("finds names, abbreviations and short forms, longest first", () => {
    const found = g.match("北京市昌平区对口帮扶锡林郭勒盟太仆寺旗,通辽科左中旗与北京顺义区结对").map((m) => [m.surface, g.unit(m.unitId)!.name]);
    expect(found).toEqual([
      ["北京市", "北京市"], ["昌平区", "昌平区"], ["锡林郭勒盟", "锡林郭勒盟"], ["太仆寺旗", "太仆寺旗"],
      ["通辽", "通辽市"], ["科左中旗", "科尔沁左翼中旗"], ["北京", "北京市"], ["顺义区", "顺义区"],
    ]);
  });

  it("reads a league a back-translation calls a 联盟 (兴安联盟, 锡林郭勒联盟)", () => {
    const found = g.match("兴安联盟阿尔山市、锡林郭勒联盟太仆寺旗").map((m) => [m.surface, g.unit(m.unitId)!.name]);
    expect(found).toEqual([["兴安联盟", "兴安盟"], ["阿尔山市", "阿尔山市"], ["锡林郭勒联盟", "锡林郭勒盟"], ["太仆寺旗", "太仆寺旗"]]);
  });
  it("reads a unit whose suffix a scanner misread as a character of like shape (巴林左棋, 经开匹, 锡林郭勒盥)", () => {
    const found = g.match("赤峰市巴林左棋人民政府、北京经济技术开发匹、锡林郭勒盥").map((m) => [m.surface, g.unit(m.unitId)!.name]);
    expect(found).toEqual([["赤峰市", "赤峰市"], ["巴林左棋", "巴林左旗"], ["北京经济技术开发匹", "北京经济技术开发区"], ["锡林郭勒盥", "锡林郭勒盟"]]);
  });

  it("does not read 北京市场 or 大兴安岭 as 北京市 or 大兴区", () => {
    const found = g.match("进入北京市场,大兴安岭林区").map((m) => m.surface);
    expect(found).toEqual(["北京"]);
  });
});

describe("noisy names", () => {
  it.each([
    ["八林左旗", undefined, "巴林左旗"],
    ["科优前旗", undefined, "科尔沁右翼前旗"],
    ["克左中旗", undefined, "科尔沁左翼中旗"],
    ["华德县", undefined, "化德县"],
    ["土泉县", undefined, "突泉县"],
    ["阿尔桑市", "league:152200", "阿尔山市"],
    ["哈钦旗", "league:150400", "喀喇沁旗"],
  ])("%s resolves to its unit", (form, league, name) => {
    const m = g.resolveNoisy(form, league);
    expect(m && g.unit(m.unitId)?.name).toBe(name);
  });

  it.each([["常平区", "昌平区"], ["风台区", "丰台区"], ["顺意区", "顺义区"], ["海甸区", "海淀区"]])("a misspelt Beijing district %s → %s, whatever league is named nearby", (form, name) => {
    expect(g.unit(g.resolveNoisy(form)?.unitId ?? "")?.name).toBe(name);
    expect(g.unit(g.resolveNoisy(form, "league:150400")?.unitId ?? "")?.name).toBe(name);
  });

  it("reads no town of two syllables' kind (苏木) as another that shares only its kind: 乌兰苏木 is not 库伦苏木", () => {
    const candidates = [{ form: "库伦苏木", unitId: "town:1" }, { form: "铁沙盖镇", unitId: "town:2" }];
    expect(closestForm("乌兰苏木", candidates, true)).toBeNull();
    expect(closestForm("库轮苏木", candidates, true)?.form).toBe("库伦苏木");
  });

  it.each(["超市", "永辉超市", "每个旗", "该市", "哈钦旗"])("%s without context stays unresolved", (form) => {
    expect(g.resolveNoisy(form)).toBeNull();
  });

  it("measures syllable distance with fuzzy initials and finals", () => {
    expect(syllables("巴林")).toEqual(["ba", "lin"]);
    expect(syllableDistance(syllables("阿尔桑"), syllables("阿尔山"))).toBeCloseTo(0.25);
    expect(syllableDistance(syllables("太仆寺"), syllables("四子王"))).toBeGreaterThan(2);
  });
});

describe("townships", () => {
  it("finds a township of that name in the county the text names, and misspellings among that county's townships", () => {
    expect(g.township("红旗镇", ["banner:152527"])?.township).toMatchObject({ code: "152527102", parentId: "banner:152527" });
    expect(g.township("德保图乡", ["banner:150922"])).toMatchObject({ township: { name: "德包图乡", code: "150922200" }, noisy: true });
    expect(g.township("荣华街道", [])?.township.side).toBe("beijing");
  });

  it("leaves a name it cannot place unresolved", () => {
    expect(g.township("不存在镇", ["banner:152527"])).toBeNull();
  });

  it("spells a town's core as the gazetteer does when written with characters of the same sound, in the counties given", () => {
    expect(g.homophoneTownCore("湛蓝路", ["district:110102"])).toBe("展览路");
    expect(g.homophoneTownCore("展览路", ["district:110102"])).toBeUndefined();
    expect(g.homophoneTownCore("湛蓝路", ["banner:152527"])).toBeUndefined();
  });

  it("takes no name for a misspelt town that sounds unlike it (古北水镇, a resort, is not 古北口镇)", () => {
    expect(g.township("古北水镇", ["district:110118"])).toBeNull();
  });
});
