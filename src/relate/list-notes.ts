// What a list's heading, caption or line says of its rows: a table of gifts, a credit line, brackets that name partners.

/** A table's header of gifts (捐赠单位 | 受赠单位 | 金额), whose rows pair no one, unless it speaks of pairing too. */
const GIFT_HEADER = /(捐赠|受赠|捐款|捐助|受益单位|受益方)/;

/** The text last read for tables and where each barred line's table starts: a long table's rows are read back once, not
 * each to its header. */
let tables = { text: "", headerOf: new Map<number, number>() };

/** Whether the table a row at `at` belongs to is headed as a list of gifts: its first barred line, read back. */
export function giftTable(text: string, at: number): boolean {
  const header = headerAt(text, at);
  if (!GIFT_HEADER.test(header) || /结对/.test(header)) return false;
  // (Nor where the caption right above the header does: 海淀区与敖汉旗部分街镇结对情况 over 海淀区街镇 | 敖汉旗苏木乡镇 | 捐赠资金.)
  const start = text.lastIndexOf(header, at);
  const captionEnd = text.lastIndexOf("\n", start - 1);
  const caption = captionEnd > 0 ? text.slice(text.lastIndexOf("\n", captionEnd - 1) + 1, captionEnd) : "";
  return !(/结对/.test(caption) && caption.length <= 60 && !caption.includes("|"));
}

/** A column of who runs or carries out a row's project (运营主体, 实施单位), or hosts it (依托单位): its names run it, they pair with
 * no one. */
export const RUNNER_COLUMN = /^(运营|实施|承建|建设|经营|承接|施工|依托)(主体|单位|企业|方|高校院所|院所|高校)$/;

/** Whether the cell at `at` stands in a column headed by who runs the row's project. */
export function runnerColumn(text: string, at: number): boolean {
  const line = text.lastIndexOf("\n", at - 1) + 1;
  const column = (text.slice(line, at).match(/\|/g) ?? []).length;
  return RUNNER_COLUMN.test(headerAt(text, at).split("|")[column]?.trim() ?? "");
}

/** A header that says its column is Beijing's side (北京方主体, 京方单位), or the partner's side by name (受援学校, 内蒙古方主体). */
export const BEIJING_STATED = /^(北京|京方)/;
export const PARTNER_STATED = /^(受援|内蒙古|蒙方)/;

/** Whether the columns at `a` and `b` are on one side by their headers' words (北京方主体 | 北京方所属), or one says where a body
 * of the row lies or a project is built: no pair of theirs. */
export function oneSideColumns(text: string, a: number, b: number): boolean {
  const header = headerAt(text, a).split("|");
  const line = text.lastIndexOf("\n", a - 1) + 1;
  const columnOf = (at: number) => (text.slice(line, at).match(/\|/g) ?? []).length;
  // (A pair dashed in one cell is no two columns: 结对镇（苏木） | 沙河镇—宝昌镇.)
  if (columnOf(a) === columnOf(b)) return false;
  const [x, y] = [header[columnOf(a)]?.trim() ?? "", header[columnOf(b)]?.trim() ?? ""];
  // (Nor a column of where a body of the row lies, 北京方所属 | 内蒙古方主体; nor a project's and where it is built, 项目名称 | 实施地点.)
  const project = (h: string) => /^项目(名称)?$/.test(h);
  const site = (h: string) => /^(实施|建设|项目)地点$/.test(h);
  // (Nor where an enterprise is registered, beside where it settles: 企业注册地 | 落地旗县市. Nor two of places only Inner Mongolia
  // has: 苏木镇 | 嘎查, a row's town and its village. Nor the league a row's banner belongs to: 旗县 | 所属盟市 | 北京结对区; nor where
  // the body before it is, 营地名称 | 所在地; nor the town a village before it belongs to, 大兴区结对村 | 所属镇.)
  return [BEIJING_STATED, PARTNER_STATED].some((side) => side.test(x) && side.test(y)) || (/苏木|嘎查/.test(x) && /苏木|嘎查/.test(y)) || [x, y].some((h) => /方所属|方所在|^(企业|公司)?注册地$|^所属(盟市|地区|旗县|区县|乡镇|苏木乡镇|苏木镇|镇|乡|苏木|街道|镇街)?$/.test(h)) || /^所在(地|地点|位置)?$/.test(y) || (project(x) && site(y)) || (site(x) && project(y));
}

/** The first barred line of the table a row at `at` belongs to. */
function headerAt(text: string, at: number): string {
  if (tables.text !== text) tables = { text, headerOf: new Map() };
  const line = text.lastIndexOf("\n", at - 1) + 1;
  let start = line;
  for (let above = start - 1; above > 0; ) {
    const known = tables.headerOf.get(start);
    if (known !== undefined) {
      start = known;
      break;
    }
    const prev = text.lastIndexOf("\n", above - 1) + 1;
    if (!text.slice(prev, above).includes("|")) break;
    start = prev;
    above = prev - 1;
  }
  tables.headerOf.set(line, start);
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A credit line set in cells (落版：多伦县融媒体中心 | 怀柔区融媒体中心): who made a piece, not who paired. */
export const CREDIT_LINE = /^(落版|出品|联合出品|出品单位|制作|联合制作|制作单位|监制|供稿|来源|编辑|责编|责任编辑|记者|通讯员|摄影|撰稿|主办|承办|协办)[:：]/;

/** A heading's note that the brackets of its list name the partners (括号内为结对帮扶对象), with no other heading after it. */
const PARTNERS_NOTE = /括号内(?:为|是)[^。\n）)]{0,10}(?:结对|帮扶|对口)[^\n]*\n(?![\s\S]*\n[一二三四五六七八九十]+、)/;
/** How far back, in characters, a list's heading is looked for. */
const NOTE_REACH = 1500;

/** The last text asked about and whether it holds such a note at all: asked once per article, not once per line, which
 * made long reports quadratic. */
let noted = { text: "", has: false };

/** Whether the line at `at` is an item under a heading whose note says its brackets name partners. */
export function bracketsNamePartners(text: string, at: number): boolean {
  if (noted.text !== text) noted = { text, has: text.includes("括号内") };
  return noted.has && PARTNERS_NOTE.test(text.slice(Math.max(0, at - NOTE_REACH), at));
}
