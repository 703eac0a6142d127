// Bases, parks and centres of growing, breeding and processing: bodies where a county's name or more opens them (察右后旗马铃薯脱毒种薯繁育基地);
// a town's or village's (八里罕镇肉牛养殖基地) is the place's own works, a kind alone (养鸭基地) none.
import type { Mention } from "./types.js";
import { BUILD_VERBS, FUNCTION_CHARS } from "./name-words.js";
import { NAME_BREAKS } from "./suffixes.js";

// (And bases of jobs, 翁牛特旗京蒙协作客服就业基地, 太仆寺旗京蒙数据标注基地: a kind alone, 数据标注基地, names none; and plants named
// by what they make, 库伦旗蒙原饲料厂, where a town's, 扣河子镇牛粪有机肥厂, is the town's works.)
export const GROWING_BASE = /^(示范基地|繁育基地|种植基地|养殖基地|产业基地|育苗基地|示范园区|示范园|繁育中心|育苗中心|试验站|加工园区|就业基地|标注基地|扩繁基地|繁殖中心|配送站|改良站|育种场|菌棒厂|饲料厂|面粉厂|淀粉厂|粉条厂|乳品厂|服装厂|榨油厂|有机肥厂|箱包厂|家具厂|皮具厂)$/;
const COUNTY_OR_MORE = new Set(["Banner", "League", "District", "Province"]);
/** Verbs of building and starting that open a clause between a county and what it builds (库伦旗建成蛋鸡养殖基地). */
const CLAUSE_IN_BASE = /(建成|建起|建有|建了|投产|引进|启动|推进|发展|扩建|改建)/;
/** How far back from its ending a base's name may reach for its county. */
const BASE_REACH = 16;

/** Where a base's name opens: where it was read, if a county opens it there, else back at the county before it (over a verb jieba
 * finds in the name, 脱毒 of 马铃薯脱毒种薯繁育基地); undefined where no county opens it. */
export function baseOpening(text: string, admin: Mention[], start: number, suffixStart: number): number | undefined {
  if (admin.some((a) => a.start === start && COUNTY_OR_MORE.has(a.label))) return start;
  const county = admin.findLast((a) => a.end <= start && a.start >= suffixStart - BASE_REACH && COUNTY_OR_MORE.has(a.label));
  if (county && opensName(text.slice(county.end, start))) return county.start;
  // (Or the programme's name, which makes it the one base it built: 在五十家子镇建设京蒙协作设施农业示范园.)
  const programme = text.lastIndexOf("京蒙", suffixStart - 2);
  const named = programme >= suffixStart - BASE_REACH && programme >= (county?.end ?? 0) && opensName(text.slice(programme + 2, suffixStart));
  return named ? programme : undefined;
}

/** Whether the words between an opening and the base's kind may belong to its name. (Not past a verb that opens a clause,
 * 察右后旗签订…, nor a level's word, 通辽市级东西部协作示范园区.) */
function opensName(between: string): boolean {
  return /^[\u4e00-\u9fff]*$/.test(between) && !FUNCTION_CHARS.test(between) && !/^级/.test(between) && !CLAUSE_IN_BASE.test(between) &&
    ![...NAME_BREAKS, ...BUILD_VERBS].some((w) => between.includes(w));
}
