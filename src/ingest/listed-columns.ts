// Lists whose columns a caption names in brackets (…人员安排（序号、姓名、派出单位及职务、派驻单位、帮扶方式、期限）), or a line of
// their own after 序号 (序号、用工单位、工作地点、…、联系人), their rows one
// a line with 、 between the cells (1、苏晓明、北京大兴区人民医院…、察哈尔右翼前旗人民医院、医疗帮扶、6个月): made a table of bars.

/** A caption's bracket of three column labels or more, 、 between them, closing the line. */
// (The number's label may open it with the mark the rows number by: （序号．姓名、派出单位、挂职单位、…）.)
const COLUMNS = /[（(](?:序号[．.])?((?:[\u4e00-\u9fff]{1,8}、){2,}[\u4e00-\u9fff]{1,8})[)）]\s*$/;
/** Labels of the columns such a caption lists: a name's among them, so that it is a table of people or projects. */
const NAME_LABEL = /^(姓名|名称|项目名称|单位名称|企业名称|学校名称|医院名称)$/;

/** A header line of its own listing the labels after 序号 (序号、用工单位、工作地点、岗位名称、需求人数、月薪（元）、联系人), or with
 * full-width commas between them (序号，姓名，性别，民族，工作单位，培训方式). */
const HEADER_LINE = /^\s*(序号(?:、[^、，,。；;\s|]{1,16}){2,}|序号(?:，[^、，,。；;\s|]{1,16}){2,})\s*$/;

/** Or one opening with the name, full-width commas between the labels, its rows unnumbered (姓名，派出单位，职称，驻点田间学校，驻点时间). */
const NAMED_HEADER_LINE = /^\s*((?:姓名|单位名称|企业名称|学校名称|医院名称)(?:，[^、，,。；;\s|]{1,16}){2,})\s*$/;

/** The text with each such list's caption split from its labels, made a header of bars, and its rows made rows of bars. */
export function listedColumns(text: string): string {
  if (!text.includes("、") && !text.includes("，")) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    // (Or the labels on a line of their own, opening with 序号: no caption to split from them.)
    const own = HEADER_LINE.exec(lines[i]!);
    const named = own ? null : NAMED_HEADER_LINE.exec(lines[i]!);
    const bracket = own || named ? null : COLUMNS.exec(lines[i]!);
    const listed = own?.[1] ?? named?.[1] ?? bracket?.[1];
    if (!listed) continue;
    const sep = named || (own && listed[2] === "，") ? "，" : "、";
    const labels = listed.split(sep);
    if (bracket && !labels.some((l) => NAME_LABEL.test(l))) continue;
    // (A list numbered by 1、 where the labels name no 序号: the number is a cell of its own; the rows of one opening with the name
    // are not numbered.)
    const numbered = labels[0] === "序号" || named ? 0 : 1;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === "") j++;
    const rows: string[] = [];
    for (; j < lines.length; j++) {
      // (A row may be numbered with a dot, 1．赵明远、…: the number is a cell all the same.)
      const cells = lines[j]!.trim().replace(/^([0-9]{1,3})[．.](?=[^0-9])/, `$1${sep}`).split(sep);
      if (!(named ? /^[^0-9，。；;]{2,20}$/.test(cells[0] ?? "") : /^[0-9]{1,3}$/.test(cells[0] ?? "")) || cells.length !== labels.length + numbered || cells.some((c) => c === "" || c.includes("|"))) break;
      rows.push(cells.join("|"));
    }
    if (rows.length === 0) continue;
    const caption = bracket ? [lines[i]!.slice(0, bracket.index)] : [];
    lines.splice(i, j - i, ...caption, [...(numbered ? ["序号"] : []), ...labels].join("|"), ...rows);
    i += rows.length + caption.length;
  }
  return lines.join("\n");
}
