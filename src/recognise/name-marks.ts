// A name's opening moved past what marks it off: a list's mark, a table's cell, a port, a verb of giving or sending, a pointer.
import { baseOpening, GROWING_BASE } from "./growing-bases.js";
import { institutionOpening, institutionOpeningAtMarks } from "./institution-openings.js";
import { localityOpening } from "./locality-openings.js";
import { notAPort, portOpening } from "./ports.js";
import { buildsAfter, cellStart, namedAfterPreposition, pastSendingTo, pastTakingPost } from "./name-edges.js";
import { LEGAL_SUFFIX, listMarkBefore } from "./proper-names.js";
import { TOWN_STATION } from "./stations.js";
import { MONGOLIAN_LOCALITY, type OpenedName, type SuffixWalk } from "./suffix-walk.js";

/** The opening moved past the marks before the name, or undefined where what the suffix ends is a kind, a field or a count,
 * not a name. */
export function pastMarks(walk: SuffixWalk, opened: OpenedName, s: number, e: number, suffix: string): OpenedName | undefined {
  const { jieba, text, admin, o, places, found, tails, byName, townNames, verbAt, clauseAt, unitsOnly } = walk;
  const { adminStarts, adminEnds, localityStarts } = places;
  const { span, floor, floor0, run } = opened;
  // Listed after a name of its kind (二龙路医院、湛蓝路医院; 大井村、三圣村、后房子村), a name runs back to the list mark,
  // whatever its words.
  const mark = listMarkBefore(found, text, span.start, s, o.locality, o.labelOf.get(suffix), o.locality && MONGOLIAN_LOCALITY.test(suffix) ? 6 : 4);
  // (Not over words before a unit the name opens with: 密云区商务局、现任库伦旗人民政府 is 库伦旗人民政府.)
  if (mark >= 0 && !(mark < span.start && adminStarts.has(span.start))) {
    span.start = mark;
    span.words = [];
  }
  // A registered name filling a table's cell runs back to the cell's start, whatever its words (|京北方泰数据服务有限公司|:
  // jieba reads 北方 as a direction).
  // (So does a station's, named for where it stands: |前门派出所|, |良乡派出所|.)
  const cell = !o.locality && (LEGAL_SUFFIX.test(suffix) || TOWN_STATION.test(suffix)) ? cellStart(text, s, e) : -1;
  if (cell >= 0 && cell < span.start) {
    span.start = cell;
    span.words = [];
  }
  // (A company's name ends at its legal form: 北京京兴建材有限公司三家子公司 is that company and its three subsidiaries.)
  // (Nor is its factory of a kind alone a firm of its own, 北京燕京啤酒（多伦）有限公司啤酒厂, though one named for its place is:
  // 北京顺鑫农业股份有限公司牛栏山酒厂.)
  const legal = o.locality ? null : /有限(责任)?公司(.*)$/.exec(text.slice(span.start, s));
  if (legal && (suffix === "公司" || (suffix.endsWith("厂") && !/^[\u4e00-\u9fff]{3,4}$/.test(legal[2]!)))) return undefined;
  // (Nor is a field of study a body: 兴安职业技术学院酒店管理专业, 酒店管理与数字化运营专业.)
  // (Not a 与 pairing it with a body of a place: 北京市顺义区职业学校与巴林左旗职业中等专业学校.)
  if (!o.locality && /^(管理)?(与[\u4e00-\u9fff]{2,8})?专业|^管理与/.test(text.slice(e, e + 12)) && !LEGAL_SUFFIX.test(suffix) && !(text[e] === "与" && adminStarts.has(e + 1))) return undefined;
  // (Nor is a kind of company one's name: 上市公司, 科创板上市公司, 智慧农业子公司, 新设子公司.)
  if (!o.locality && suffix === "公司" && /(上市|子)$/.test(text.slice(span.start, s))) return undefined;
  // A count before the name makes it a kind (三家北京医院, 两所北京学校), not a proper name.
  // (So does a count of villages, not of a town the count's 个 runs into: 打造一个羊肚菌嘎查, 一个贡宝拉格苏木的牧民.)
  if (/([0-9]+|[一二三四五六七八九十两几多数]+)[家所个座]$/.test(text.slice(Math.max(0, span.start - 4), span.start)) && !LEGAL_SUFFIX.test(suffix) && (!o.locality || (/个$/.test(text.slice(0, span.start)) && /^(村|嘎查|社区)$/.test(suffix)))) return undefined;
  // (Nor is a machine bought one: 购置了麻醉工作站、超声仪.)
  if (!o.locality && suffix === "工作站" && /(购置|采购|购买|配备|配置|添置)了?$/.test(text.slice(Math.max(0, span.start - 3), span.start))) return undefined;
  // (A locality named before, after a preposition jieba glued into a name: 集团向东滩村 is 向 and 东滩村, jieba's 向东.)
  const known = o.locality ? namedAfterPreposition(byName, text, span.start, s, e) : undefined;
  if (known) {
    span.start = e - known.name.length;
    span.words = [];
  }
  // A locality read short where the article spelt it whole before (支持归流河嘎查: jieba reads 归 as a verb).
  if (o.locality && tails.has(text.slice(span.start, e))) {
    const whole = found.find((f) => f.end <= span.start && f.name.length > e - span.start && f.name.endsWith(text.slice(span.start, e)) && text.startsWith(f.name, e - f.name.length));
    if (whole) span.start = e - whole.name.length;
  }
  // A unit's schools in general (与科右中旗学校结对), not one school's name; so its bases of study tours, cooperatives and markets
  // (敖汉旗研学基地, 内蒙古合作社, 北京市批发市场).
  // (And its book rooms: 库伦旗草原书屋建设.)
  // (Or units in a row: 北京市石景山区学校.)
  // (Or its high schools: 受援的内蒙古高中.)
  if (/^(学校|高中|研学基地|合作社|批发市场|草原书屋|农家书屋|职工书屋)$/.test(suffix) && adminStarts.has(span.start) && adminEnds.has(s) && unitsOnly(span.start, s)) return undefined;
  // (So are its schools of a kind of place: 宁城县乡村学校, 阿旗县域高中, 全旗农村小学.)
  // (A unit's short name jieba's dictionary does not hold stands for one too: 阿旗县域高中.)
  // (Or a town's: 伊尔施镇、白狼镇乡村学校; or of a stage of schooling, 四子王旗义务教育阶段学校.)
  if (/^(学校|小学|中学|高中|幼儿园|中小学)$/.test(suffix) && /^[\u4e00-\u9fff]{1,10}?(?:[旗县区市盟镇乡]|苏木)(乡村|农村|县域|城区|城镇|牧区|偏远|边远|薄弱|各类|各级|中小|义务教育(?:阶段)?)$/.test(text.slice(span.start, s))) return undefined;
  // (Where an institution's name opens, back over words a name holds or past words a clause put before it: see
  // institution-openings.)
  const opensAt = o.locality ? undefined : institutionOpening(jieba, text, suffix, o.labelOf.get(suffix), span.start, s, { places, floor: floor0, found });
  if (opensAt !== undefined) {
    span.start = opensAt;
    span.words = [];
  }
  // (A port's name, read back from 口岸 to where a name may open: see ports.)
  const port = suffix === "口岸" ? portOpening(text, s, verbAt, clauseAt) : undefined;
  if (port !== undefined && (port < span.start || !(adminStarts.has(span.start) || localityStarts.has(span.start)))) {
    // (Its words kept where it opens later, for a short name to be told proper by them: 距离 + 策克口岸.)
    span.words = port > span.start ? span.words.filter((w) => w.start >= port) : [];
    span.start = port;
  }
  if (suffix === "口岸" && port === undefined && notAPort(text.slice(span.start, s), s, adminStarts.has(span.start), clauseAt)) return undefined;
  // (A body named for its port opens where the port's name does: 甘其毛都口岸管理委员会.)
  const portOf = suffix !== "口岸" && text.startsWith("口岸", span.start) ? portOpening(text, span.start, verbAt, clauseAt) : undefined;
  if (portOf !== undefined) {
    span.words = span.words.filter((w) => w.start >= portOf);
    span.start = portOf;
  }
  // (Nor past a verb of taking a post inside the run, a name jieba left unread before it: 北京市海淀医院…副主任医师林雪挂任科右前旗人民医院
  // is 科右前旗人民医院.)
  const taken = o.locality ? null : /^.*(?:挂任|挂职|担任|出任|兼任)/.exec(text.slice(span.start, s));
  if (taken && s - span.start - taken[0].length >= 2) {
    span.start += taken[0].length;
    span.words = span.words.filter((w) => w.start >= span.start);
  }
  // (Nor a verb of one character opening a clause: …，帮后房子村建起了… is 后房子村.)
  if (s - span.start >= 3 && /^[帮给让请把被向]$/.test(text[span.start] ?? "") && /^$|[,，。；;]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) {
    span.start++;
    span.words = [];
  }
  if (!o.locality && pastTakingPost(text, span.start) > span.start) {
    span.start++;
    span.words = [];
  }
  // (Nor is a body named before it that goes on to build what the suffix names: 依托科左中旗人民医院建设区域医疗中心.)
  if (!o.locality && buildsAfter(found, span.start, s, text)) return undefined;
  // (Nor does a name open inside a kind of place: 嘎查部办公室 is a village's office, jieba's 嘎 + 查部.)
  if (!o.locality && /^(嘎查|苏木)$/.test(text.slice(span.start - 1, span.start + 1))) return undefined;
  // (Where it lies is no part of the name: 区内溪翁庄镇, 旗内各苏木.)
  const within = /^(区内|旗内|县内|市内|盟内|境内|辖区内?|域内)/.exec(text.slice(span.start, s));
  if (within && s - span.start > within[0].length) {
    span.start += within[0].length;
    span.words = [];
  }
  // (Nor a verb of sending papers to the body: see name-edges.)
  const sentTo = o.locality ? span.start : pastSendingTo(text, span.start, s, adminStarts);
  if (sentTo !== span.start) {
    span.start = sentTo;
    span.words = [];
  }
  // (Nor a verb of giving to the body or getting from it, where a place or a unit's level opens its name: 赠送给乌兰达坝苏木中心学校,
  // 另获县农村信用合作联社贷款.)
  // (What was given may stand before it: 器材赠送给….)
  const givenTo = o.locality ? null : /^[\u4e00-\u9fff]{0,4}?(?:赠送给|捐赠给|捐献给|捐给|赠给|送给|交给|移交给|转交给|发放给|赠送|捐赠|获得|获)/.exec(text.slice(span.start, s));
  const afterGiven = givenTo ? span.start + givenTo[0].length : -1;
  if (givenTo && (adminStarts.has(afterGiven) || localityStarts.has(afterGiven) || /^[县旗区市盟][\u4e00-\u9fff]/.test(text.slice(afterGiven, s + 1)))) {
    span.start += givenTo[0].length;
    span.words = [];
  }
  // (Where a town's or village's name opens past a pronoun, a kind or a verb, or back over a name jieba reads as nothing:
  // see locality-openings; where a body's opens past a label, a station or a report: see institution-openings.)
  const markedAt = o.locality ? localityOpening(jieba, text, s, e, span.start, { floor, run, known: o.known, named: byName }) : institutionOpeningAtMarks(text, span.start, s, places);
  if (markedAt !== undefined) {
    span.start = markedAt;
    span.words = [];
  }
  // (A village named after a town the article names runs back over the town's name: 与登特科村 after 登特科镇, jieba's 登 a
  // verb.)
  if (o.locality && /^(村|嘎查|社区)$/.test(suffix)) {
    const stem = [4, 3, 2].map((k) => text.slice(s - k, s)).find((x) => s - x.length < span.start && /^[\u4e00-\u9fff]+$/.test(x) && ["镇", "乡", "苏木"].some((t) => townNames.has(x + t)));
    if (stem) {
      span.start = s - stem.length;
      span.words = [];
    }
  }
  // (A base of growing is a body only where a county's name opens it: see growing-bases.)
  if (GROWING_BASE.test(suffix)) {
    const opening = baseOpening(text, admin, span.start, s);
    if (opening === undefined) return undefined;
    if (opening !== span.start) {
      span.start = opening;
      span.words = [];
    }
  }
  return opened;
}
