// comma-tables: CSV lines split with their quotes, and CSV tables made rows of bars.
import { commaCells, commaTables } from "./comma-tables.js";

describe("commaCells", () => {
  it("splits a CSV line, a quoted cell holding commas and doubled quotes", () => {
    expect(commaCells('1,察右中旗项目,"新建储藏窖2座,单座储量3000吨","他说""好""",')).toEqual(["1", "察右中旗项目", "新建储藏窖2座,单座储量3000吨", '他说"好"', ""]);
  });
  it("gives nothing for a quote left open", () => {
    expect(commaCells('1,"未闭合,2')).toBeUndefined();
  });
});

describe("commaTables", () => {
  it("makes a CSV table's lines rows of bars, a last empty cell left off allowed", () => {
    const text = "以下为系统导出数据：\n序号,项目名称,实施地点,京蒙协作资金（万元）,备注\n1,马铃薯良种繁育基地提升项目,科布尔镇南房子村,860,\n2,肉羊标准化养殖小区项目,\"铁沙盖镇,后德胜村\",640\n\n合计：1500万元。";
    expect(commaTables(text).split("\n")).toEqual(["以下为系统导出数据：", "序号|项目名称|实施地点|京蒙协作资金（万元）|备注", "1|马铃薯良种繁育基地提升项目|科布尔镇南房子村|860|", "2|肉羊标准化养殖小区项目|铁沙盖镇,后德胜村|640", "", "合计：1500万元。"]);
  });
  it("leaves prose with commas alone, and a header with a single row", () => {
    const prose = "他说,今年要建三座大棚,两个车间,一个冷库。\n序号,姓名,单位\n1,王磊,丰台区商务局";
    expect(commaTables(prose)).toBe(prose);
  });
});
