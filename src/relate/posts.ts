// Words of posts and assignments, shared by where people work and where they are sent.

/** Words that say someone is on an assignment. */
// (帮扶 alone is a posting's where a term follows it, 在库伦旗人民医院帮扶了整整一年, or comes before it, 开展为期半年的(产科)帮扶;
// or where it names those sent or their term: 作为…帮扶医生来到…, 帮扶期10个月. The lookbehind comes last and its words are
// optional as a group: written {0,4} it made the pattern twice as slow. Each lookbehind is asked after its 帮扶 is found, not at
// every position of the text: that made the pattern eight times as fast.)
// (So is staying at a village, a works or a firm: 驻扎在谢家营村, 驻厂指导3个月, 驻企开展技术服务; not 派驻 before 扎赉特旗,
// 扎鲁特旗 or 扎兰屯市, nor 入驻企业.)
// (A machine's back-translation says 医疗帮助 for 医疗帮扶, 支持教学 for 支教: 进行为期半年的医疗帮助, 进行支持教学.)
// (So are teaching, technical service or guidance and training of skills with a term before them: 开展为期15天的技术指导.)
export const ASSIGNMENT = /(交流任职|医疗帮扶|医疗援助|医疗帮助|支持教学|支援教学|科技帮扶|技术帮扶|科技特派|支教|挂职|挂任|跟岗|跟班(?=学习|锻炼|工作)|进修(?!学校|学院)|援蒙|出诊|坐诊|义诊|驻村|驻点|驻守|驻扎(?![赉鲁兰])|驻厂|驻企(?!业)|驻场|蹲点|援派|对口支援|帮扶工作|帮扶(?=了?(?:整整)?[0-9一二两三四五六七八九十半]+(?:年|个月|学期))|帮扶(?=医生|医师|专家|教师|老师|期)|帮扶(?<=(?:医院|卫生院|学校|中学|小学|幼儿园)(?:开展)?帮扶)(?=后|期间|[,，。；;]|$)|帮扶(?<=为期[0-9一二两三四五六七八九十半]{1,3}(?:个月|年|周|天)的(?:[\u4e00-\u9fff]{1,6})?帮扶)|(?:带教|技术服务|技术指导|技能培训)(?<=为期[0-9一二两三四五六七八九十半]{1,3}(?:个月|年|周|天)的(?:[\u4e00-\u9fff]{1,8})?(?:带教|技术服务|技术指导|技能培训))|手术(?<=开展[^，,。；;]{0,24}手术))/;
/** The kind of assignment a text names: the first that is not a general word for any (援蒙医疗队…医疗帮扶 is 医疗帮扶). */
export function kindIn(text: string): string | undefined {
  const first = ASSIGNMENT.exec(text)?.[1];
  if (!first || !GENERAL_KIND.test(first)) return first;
  for (const m of text.matchAll(ASSIGNMENT_ALL)) if (!GENERAL_KIND.test(m[1]!)) return m[1];
  return first;
}
export const ASSIGNMENT_ALL = new RegExp(ASSIGNMENT.source, "g");
const GENERAL_KIND = /^(援蒙|帮扶工作|帮扶|驻点|驻守|蹲点|手术)$/;
/** The kind of a posting told by where it is served, where the words name none: a hospital's is 医疗帮扶, a school's 支教,
 * any other's `otherwise` (挂职). */
export function kindServedAt(label: string | undefined, otherwise = "挂职"): string {
  return label === "Hospital" ? "医疗帮扶" : label === "School" ? "支教" : otherwise;
}
/** Kinds of assignment that hold a post where they are sent, and the posts held. */
export const POSTED_KINDS = /^(挂职|挂任|援派|援蒙)$/;
// (A standing committee seat may come first: 阿尔山市委常委、副市长. A mass organisation's chair too: 扎赉特旗妇联副主席.)
export const POSTS = /^([旗县市区盟]?委|党委|党工委|人民政府|政府)?(常委、)?(常务)?副?(旗长|县长|市长|盟长|区长|镇长|乡长|局长|主任|书记|主席)/;
/** Posts taken in an institution or place (执行院长, 副旗长, 首任执行校长). */
// (A seat on the body's Party group may come first: 挂任巴林左旗人民法院党组成员、副院长.)
export const TAKEN_POSTS = /^(党组成员[、，,]?|党委委员[、，,]?)?(首任|新任|第[一二三四五六七八九十]任)?(执行|常务|名誉|业务|驻村|驻嘎查)?(第一)?副?(院长|校长|主任|旗长|县长|市长|盟长|区长|书记|局长|镇长|乡长|主席|检察长)/;
/** A department's head taken after 任 (普外科主任, 呼吸与危重症医学科副主任). */
export const DEPARTMENT_HEAD = /^[\u4e00-\u9fff与]{1,8}?科副?主任/;
/** The kind recorded for words that say the same (坐诊 is 出诊). */
export const KIND: Record<string, string> = { 带教: "帮扶", 技术服务: "科技帮扶", 技术指导: "科技帮扶", 技能培训: "帮扶", 技术帮扶: "科技帮扶", 交流任职: "挂职", 跟岗: "挂职", 跟班: "挂职", 挂任: "挂职", 坐诊: "出诊", 义诊: "出诊", 对口支援: "援蒙", 帮扶工作: "帮扶", 援派: "援蒙", 驻点: "帮扶", 驻守: "帮扶", 驻扎: "帮扶", 驻厂: "科技帮扶", 驻企: "科技帮扶", 驻场: "帮扶", 蹲点: "帮扶", 医疗援助: "医疗帮扶", 医疗帮助: "医疗帮扶", 支持教学: "支教", 支援教学: "支教", 科技特派: "科技帮扶", 手术: "医疗帮扶" };

/** Titles of a county or league without its name (旗委副书记、旗长; 县委常委、副县长). */
const UNIT_TITLE = /^(?:[旗县盟]委(?:常委|副?书记)?|(?:常务)?副?[旗县盟]长|[旗县盟]政府(?:党组)?副?(?:书记|成员))$/;

/** Titles of a district without its name (区委副书记、区长; 区委常委、副区长; 区政协副主席). */
const DISTRICT_TITLE = /^(?:区委(?:常委|副?书记)?|(?:常务)?副?区长|区政协副?主席|区人大常委会副?主任)$/;

/** Whether titles listed with 、 are all a district's. */
export function districtTitles(titles: string): boolean {
  return titles !== "" && titles.split("、").every((t) => DISTRICT_TITLE.test(t));
}

/** The kind of unit (旗, 县 or 盟) titles listed with 、 all belong to, when they are such titles of one kind. */
export function unitOfTitles(titles: string): string | undefined {
  const parts = titles ? titles.split("、") : [];
  const kinds = new Set(parts.map((t) => (UNIT_TITLE.test(t) ? /[旗县盟]/.exec(t)![0] : "")));
  return parts.length > 0 && kinds.size === 1 && !kinds.has("") ? [...kinds][0] : undefined;
}
