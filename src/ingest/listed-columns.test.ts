// listed-columns: lists whose columns a caption names in brackets, made tables of bars.
import { listedColumns } from "./listed-columns.js";

describe("listedColumns", () => {
  it("makes the caption's labels a header and each numbered line of as many cells a row", () => {
    const text = "二、人员安排（序号、姓名、派出单位、派驻单位）\n1、苏晓明、北京大兴区人民医院、察哈尔右翼前旗人民医院\n2、孟庆华、北京市和平里医院、化德县医院\n\n三、公示时间";
    expect(listedColumns(text).split("\n")).toEqual(["二、人员安排", "序号|姓名|派出单位|派驻单位", "1|苏晓明|北京大兴区人民医院|察哈尔右翼前旗人民医院", "2|孟庆华|北京市和平里医院|化德县医院", "", "三、公示时间"]);
  });
  it("adds the number's column where the labels name none", () => {
    expect(listedColumns("名单（姓名、单位、职务）\n1、王磊、库伦旗教育局、副局长").split("\n")).toEqual(["名单", "序号|姓名|单位|职务", "1|王磊|库伦旗教育局|副局长"]);
  });
  it("makes a line of labels after 序号 a header, and each numbered line of as many cells a row", () => {
    const text = "序号、用工单位、工作地点、岗位名称、月薪（元）、联系人\n1、北京石景钢构工程有限公司、北京市石景山区、电焊工、7000—9500、李建国\n\n联系电话";
    expect(listedColumns(text).split("\n")).toEqual(["序号|用工单位|工作地点|岗位名称|月薪（元）|联系人", "1|北京石景钢构工程有限公司|北京市石景山区|电焊工|7000—9500|李建国", "", "联系电话"]);
  });
  it("leaves a bracket of words that names no column of names, and lines of other counts", () => {
    const prose = "重点支持三类项目（产业、就业、教育）\n1、产业、就业、教育";
    expect(listedColumns(prose)).toBe(prose);
    const uneven = "名单（序号、姓名、单位）\n1、王磊、库伦旗教育局、副局长";
    expect(listedColumns(uneven)).toBe(uneven);
  });
  it("makes a line of labels opening with the name, full-width commas between them, a header, and each line of as many cells a row", () => {
    const text = "姓名，派出单位，职称，驻点田间学校，驻点时间\n马春雷，北京市大兴区农业技术推广站，推广研究员，绿丰马铃薯田间学校，2023年8月至10月\n孙晓燕，北京市大兴区农业技术推广站，高级农艺师，京乌蔬菜田间学校，2023年8月至12月\n\n三、有关说明";
    expect(listedColumns(text).split("\n")).toEqual(["姓名|派出单位|职称|驻点田间学校|驻点时间", "马春雷|北京市大兴区农业技术推广站|推广研究员|绿丰马铃薯田间学校|2023年8月至10月",
      "孙晓燕|北京市大兴区农业技术推广站|高级农艺师|京乌蔬菜田间学校|2023年8月至12月", "", "三、有关说明"]);
    const prose = "姓名，年龄，籍贯都不重要\n重要的是，他来了，留下了，做成了";
    expect(listedColumns(prose)).toBe(prose);
  });
  it("reads labels in a bracket of their own that opens with the number's label and its dot, and rows numbered with a dot (1．赵明远、…)", () => {
    const text = "附：挂职执法人员名单\n（序号．姓名、派出单位、挂职单位）\n1．赵明远、石景山区城管执法局、宁城县综合行政执法局\n2．孙玉洁、石景山区城管执法局、宁城县综合行政执法局";
    expect(listedColumns(text).split("\n")).toEqual(["附：挂职执法人员名单", "", "序号|姓名|派出单位|挂职单位", "1|赵明远|石景山区城管执法局|宁城县综合行政执法局", "2|孙玉洁|石景山区城管执法局|宁城县综合行政执法局"]);
  });
});
