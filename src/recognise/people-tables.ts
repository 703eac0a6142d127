// Tables of people: the header that shows a table lists people, and the header over the column of their names. Recognise
// reads the names from such a column; relate reads the postings of the rows.
import { RUNNER_HEADERS, SENT_HEADERS, STATIONED_HEADERS, TERMED_HEADERS } from "./suffixes.js";

/** A column of a village's own people, a liaison or clerk each (反诈宣传联络员, 网格员), or a station's breeders and a road's keepers (配种员, 护路员): they work in their row's village or body. */
export const LOCAL_PEOPLE = "[\u4e00-\u9fff]{0,6}(?:联络员|信息员|网格员|宣传员|协管员|责任人|配种员|防疫员|护林员|护路员|管护员|养护员)";

/** Heads of a station, a hall or an office (站长, 馆长), and planners stationed in villages (驻点规划师): columns of names. */
const STATION_HEADS = "[站馆所]长";
const STATIONED_PLANNERS = "(?:驻点|驻村|派驻)[\u4e00-\u9fff]{0,2}(?:规划师|设计师|工程师)";

/** A post a body gives one of another's staff to hold beside their own work (法治副校长, 兼职副院长): a column of names, each
 * holding it at the row's body. */
export const HELD_POST = "(?:法治|兼职|名誉)副?(?:校长|院长)";

/** A column's header over names: of people, trainees, experts or doctors sent, or academicians leading a station (领衔院士). */
// (A note on what the cells hold may follow in brackets: 执行院长（派出单位职务）; whose contact a column holds may come first:
// 嘎查（村）联系人; or who leads a studio, 领办人.)
export const NAME_COLUMN = new RegExp(`^(?:北京|京方)?(姓名|[\u4e00-\u9fff]{1,4}姓名|名字|嘉宾|学员|作者|人员|跟岗人员|进修人员|授课专家|主讲专家|指导专家|坐诊专家|驻点专家|巡诊专家|下沉专家|带教专家|授课人|主讲人|授课教师|专家姓名|派驻医生|派驻人员|(?:驻点|派驻|援派|支援)(?:药师|医师|护士|护师|技师)|(?:驻店)?执业药师|派出人员|帮扶医生|支教教师|帮扶人员|(?:[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff]{1,3}[）)])?)?联[系络]人|${RUNNER_HEADERS}|[\u4e00-\u9fff]{0,4}负责人|领办人|领衔人|创办人|(?:乡村|村级)?CEO|职业经理人|${SENT_HEADERS}|理事长|执行院长|执行校长|带队专家|带教(?:老师|教师)|指导老师|[\u4e00-\u9fff]{0,4}(?:导师|徒弟|师傅|学徒)(?:姓名)?|领衔院士|首席院士|首席专家|首席科学家|领队|(?:支教|援派|派驻|选派|帮扶)?(?:主|助理)?教练(?:员)?|(?:联系|结对|驻村|派驻|公益|值班|顾问)?(?:律师|公证员)|${STATION_HEADS}|${STATIONED_PLANNERS}|${STATIONED_HEADERS}|${LOCAL_PEOPLE}|${HELD_POST}|[\u4e00-\u9fff]{1,6}(?:主讲教师|辅导教师|授课教师|指导教师|带教老师|结对教师|支教教师|选派教师))(?:及(?:期限|时间|职务|职称))?(?:[（(][^）)]{1,12}[）)])?$`);

/** A table whose header names a column of people: before a bar, or last where it heads people stationed (律师事务所 | 结对嘎查村 |
 * 驻点律师). */
const PEOPLE_TABLE = new RegExp(`(${LOCAL_PEOPLE}|姓名|名字|嘉宾|学员|作者|专家|授课人|主讲人|教师|医生|药师|医师|人员|联[系络]人|领办人|领衔人|创办人|CEO|职业经理人|${RUNNER_HEADERS}|${STATIONED_HEADERS}|理事长|执行院长|执行校长|院士|首席科学家|导师|徒弟|师傅|学徒|领队|教练(?:员)?|规划师|设计师|律师|公证员|${STATION_HEADS}|${HELD_POST})(?:[（(][^）)|]{1,12}[）)])?\\s*\\||\\|\\s*((?:带队|驻点|坐诊|巡诊|派驻|下沉)专家(?:[（(][^）)|]{1,12}[）)])?|${STATIONED_HEADERS}|${TERMED_HEADERS}|[\u4e00-\u9fff]{0,6}联[系络]人|[\u4e00-\u9fff]{0,4}负责人|[\u4e00-\u9fff]{0,4}(?:律师|公证员)|(?:乡村|村级)?CEO|职业经理人|[\u4e00-\u9fff]{0,8}(?:支教|选派)教师|${STATION_HEADS}|${STATIONED_PLANNERS}|${LOCAL_PEOPLE})\\s*$`, "m");

/** Whether a text holds a table of people. (Only a text with a bar can: the bar is looked for first, as the pattern is slow.) */
export function hasPeopleTable(text: string): boolean {
  return text.includes("|") && PEOPLE_TABLE.test(text);
}
