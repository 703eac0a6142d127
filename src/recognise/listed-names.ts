// Names known from the lists they stand in: a list with its count (周一鸣、杜若、彭程3人), a list of departments and names
// (超声科赵婧、儿科吴天宇), a roster line of names with notes in brackets (杜明远（执行校长、数学）、
// 闫书琪（语文）、郑凯（英语）), and a run of lines each opening with a name set apart by a space (高振华 北京市…副主任).
import { ROW_MARK } from "../normalise/index.js";

/** A line that is nothing but three or more names, each with a short note in brackets, joined by list marks. */
const ROSTER_LIST_RE = /(?:^|\n)[ \t]*(?:[\u4e00-\u9fff]{0,10}[:：])?[ \t]*((?:[\u4e00-\u9fff·]{2,4}[（(][^（()）\n]{1,16}[）)][、,， ]?){3,})[ \t。]*(?=\n|$)/g;
const ROSTER_ITEM_RE = /([\u4e00-\u9fff·]{2,4})[（(][^（()）\n]{1,16}[）)]/g;
/** A line opening with a name set apart by a space or a cell's bar, its post after it (高振华 北京市…副主任, 1.邵明轩 北京市…, 张立
 * …局副局长: normalise closes a two-character name padded to three; ★刘振宇|普外科|主任医师; 6.其木格（女，蒙古族） 太仆寺旗…). */
const NAME_LINE_RE = new RegExp(`^(${ROW_MARK}?)([\\u4e00-\\u9fff]{2,3})(?:[（(][^（()）\\n]{1,8}[）)])?[ |](?=[^\\n]{2,60}?(?:长|主任|书记|师|医生|干部|员|经理|护士|社工|专家|教练)(?:[,，;；。 ]|$|挂任|挂职|援派|派驻|赴|到|[\\u4e00-\\u9fff]{2,12}(?:医院|卫生院|学校|中学|小学|政府)))`);
/** Where such a line may be: a line opening with a name of two or three, after a row's number or mark, and a space or a bar. */
const NAME_LINE_ANYWHERE = new RegExp(`\\n${ROW_MARK}?[\\u4e00-\\u9fff]{2,3}(?:[（(][^（()）\\n]{1,8}[）)])?[ |]`);

/** Names listed with their count after them (周一鸣、杜若、彭程3人, 苏晓雯、马骁等4名): a list of people. */
const COUNTED_LIST_RE = /((?:[\u4e00-\u9fff·]{2,4}[、和与])+[\u4e00-\u9fff·]{2,4}?)(?:等)?(?:[0-9]{1,2}|[一二两三四五六七八九十])(?:人|名|位)(?![民次员才口])/g;

/** The names of such lists; `isName` says whether a candidate reads as a name (a Mongolian one too, in a run of lines). */
export function listedNames(text: string, isName: (name: string, mongolian: boolean) => boolean): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const line of text.matchAll(ROSTER_LIST_RE)) {
    const items = [...line[1]!.matchAll(ROSTER_ITEM_RE)];
    const names = items.filter((i) => isName(i[1]!, false));
    // (Most of the items must read as names: three at least.)
    if (names.length < 3 || names.length < items.length - 1) continue;
    const base = line.index! + line[0].indexOf(line[1]!);
    for (const i of names) out.push({ start: base + i.index!, name: i[1]! });
  }
  for (const m of text.matchAll(COUNTED_LIST_RE)) {
    // (Cut at the list marks; the first item runs back no further than its name: …与苏晓雯、马骁、其木格4人.)
    const items = m[1]!.replace(/^[与和]/, "").split(/[、和与]/);
    const head = items[0]!;
    const first = head.length <= 3 ? head : [head.slice(-3), head.slice(-2)].find((x) => isName(x, false)) ?? head.slice(-3);
    const parts = [first, ...items.slice(1)];
    if (parts.some((x) => x.length < 2)) continue;
    // (All but one must read as names, two at least: a name may be an ordinary word too, 杜若.)
    const named = parts.map((x) => isName(x, true));
    if (named.filter(Boolean).length < Math.max(2, parts.length - 1)) continue;
    let at = m.index! + m[1]!.length;
    for (let k = parts.length - 1; k >= 0; k--) {
      at -= parts[k]!.length;
      if (named[k] || parts[k]!.length <= 3) out.push({ start: at, name: parts[k]! });
      at -= 1;
    }
  }
  out.push(...departmentListNames(text, isName));
  // (A row's number or mark may open the line: 1.邵明轩 北京市…, ★周明辉 心血管内科….)
  if (!NAME_LINE_ANYWHERE.test(text)) return out;
  const listed: { line: number; start: number; name: string }[] = [];
  let line = 0;
  for (let from = 0; from <= text.length; line++) {
    const nl = text.indexOf("\n", from);
    const end = nl < 0 ? text.length : nl;
    const m = NAME_LINE_RE.exec(text.slice(from, end));
    if (m) listed.push({ line, start: from + m[1]!.length, name: m[2]! });
    from = end + 1;
  }
  // (Two such lines near each other make the list; blank lines between are no break in it.)
  listed.forEach((x, k) => {
    const near = (o: typeof x | undefined) => !!o && Math.abs(o.line - x.line) <= 2;
    if ((near(listed[k - 1]) || near(listed[k + 1])) && isName(x.name, true)) out.push({ start: x.start, name: x.name });
  });
  return out;
}

/** A list of two or more, each a department and a name (队员包括超声科赵婧、儿科吴天宇、检验科何佳), after what introduces it. */
// (Or after a verb of sending, its count after it: 选派水资源管理科王磊、农村水利科周婧两名技术骨干.)
// (Or a department's 的 between: 选派护理部的赵敏、检验科的孙佳琪两名骨干.)
const DEPARTMENT_LIST_RE = /(?:[:：]|包括|有|分别是|分别为|选派|派出|派遣|抽调)((?:[\u4e00-\u9fff]{3,10}、)+[\u4e00-\u9fff]{3,10}?)(?=[。，,；;等\n]|(?:[0-9]{1,2}|[一二两三四五六七八九十])(?:人|名|位)|$)/g;
const DEPARTMENT_ITEM_RE = /^([\u4e00-\u9fff]{1,6}?(?:科|室|部)的?)([\u4e00-\u9fff]{2,3})$/;

/** The names of such lists, where every item splits into a department and a name. */
function departmentListNames(text: string, isName: (name: string, mongolian: boolean) => boolean): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  if (!text.includes("科")) return out;
  for (const m of text.matchAll(DEPARTMENT_LIST_RE)) {
    const items = m[1]!.split("、").map((item) => DEPARTMENT_ITEM_RE.exec(item));
    if (items.some((i) => !i || !isName(i[2]!, false))) continue;
    let at = m.index! + m[0].indexOf(m[1]!);
    for (const i of items) {
      out.push({ start: at + i![1]!.length, name: i![2]! });
      at += i![0].length + 1;
    }
  }
  return out;
}
