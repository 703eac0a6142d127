// Standard names of government bodies: those that hold 和 (人力资源和社会保障局), read once from data/agency-names.txt,
// and the short endings that stand for them (教委 for 教育委员会), from data/agency-abbreviations.txt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";

let names: string[] | undefined;

export function agencyNames(): string[] {
  names ??= readFileSync(join(projectRoot(), "data", "agency-names.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .sort((a, b) => b.length - a.length);
  return names;
}

let byLast: Map<string, string[]> | undefined;

/** The fields a government body's name joins with 和 where no list holds the name (商务和工业信息化局 as a banner names it, 工信和商务局,
 * 住房和城市建设委员会, 对口支援和合作办公室, a region's department 工业和信息化厅). */
const FIELD = "商务|工业|工信|科信|经信|发改|文旅|信息化|科学技术|科技|农牧|农业|农村|畜牧|水利|文化|旅游|体育|卫生|健康|教育|民政|交通|运输|城乡|城市|建设|住房|自然资源|规划|生态|环境|应急|市场|监督|管理|财政|审计|统计|林业|草原|能源|经济|发展|改革|投资|促进|人力资源|社会保障|民族|宗教|招商|就业|粮食|物资|储备|医疗|保障|对口支援|支援|区域合作|经济合作|合作|协作|扶贫|产业";
const JOINED_FIELDS = new RegExp(`(?:${FIELD})+和(?:${FIELD})+(?:局|厅|委员会|办公室)$`);

/** The standard body's name ending at `end` in the text, longest first, if any; else fields joined with 和 before 局. */
export function agencyNameEndingAt(text: string, end: number): string | undefined {
  if (!byLast) {
    byLast = new Map();
    for (const n of agencyNames()) (byLast.get(n.slice(-1)) ?? byLast.set(n.slice(-1), []).get(n.slice(-1))!).push(n);
  }
  const listed = byLast.get(text[end - 1] ?? "")?.find((n) => text.endsWith(n, end));
  if (listed || !/[局厅会室]/.test(text[end - 1] ?? "")) return listed;
  return JOINED_FIELDS.exec(text.slice(Math.max(0, end - 20), end))?.[0];
}

let shortForms: [string, string][] | undefined;

/** A body's name with a standard short ending written in full (海淀区教委 → 海淀区教育委员会), from data/agency-abbreviations.txt. */
export function fullAgencyName(name: string): string {
  shortForms ??= readFileSync(join(projectRoot(), "data", "agency-abbreviations.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]).filter((p) => p.length === 2)
    .sort((a, b) => b[0].length - a[0].length);
  // (A full ending may end with a short one: 人民法院 with 法院.)
  const hit = shortForms.find(([short, full]) => name.endsWith(short) && !name.endsWith(full));
  return hit ? name.slice(0, -hit[0].length) + hit[1] : name;
}
