// Pairings written as lists: rows with a dash or in table cells (榆垡镇—保康镇), lists paired with lists (pairs joined by 与: joined-pairs).
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, isPlace, lastIndexWithin, type Ref } from "./context.js";
import { lastOfRuns, mostSpecific, runEnd, runStart } from "./ref-runs.js";
import { bracketsNamePartners, CREDIT_LINE, giftTable, oneSideColumns, runnerColumn } from "./list-notes.js";
import { orient } from "./pairing-terms.js";

/** Whether the article speaks of pairing at all (asked once per article, not per row). */
const pairingArticles = new WeakMap<ArticleContext, boolean>();
function aboutPairing(ctx: ArticleContext): boolean {
  let about = pairingArticles.get(ctx);
  if (about === undefined) pairingArticles.set(ctx, (about = /(结对|帮扶|对口|协作)/.test(ctx.text)));
  return about;
}

const PROGRAMME_AFTER = /^((?:19|20)[0-9]{2}年度?)?(东西部协作|京蒙协作|对口帮扶|结对帮扶|对口协作|扶贫协作|结对)/;
/** The count of pairs that closes their list (等13对乡镇结对关系…, 8组结对帮扶关系); verbs a list may follow when its count closes it (依托…—敖汉旗8组结对帮扶关系). */
const COUNTED_PAIRS = /^等?[0-9一二三四五六七八九十]+[对组][^，。；;,]{0,8}(结对|帮扶)/;
const LEANING_ON = /^(依托|按照|根据|围绕|通过|基于|立足)$/, COUNTED_LIST_END = /[—－–][\u4e00-\u9fff]{2,16}?等?[0-9一二三四五六七八九十]+[对组][^，。；;,]{0,8}(结对|帮扶)/;
/** A verb of pairing that closes a list of pairs (建立结对关系, 结成帮扶对子). */
// (Or a phrase saying what the pair is: 宋庄镇——归流河镇的结对镇.)
/** What stands between a row's pair and the sum it gives: a comma, and a word of money or none. */
// (Or in brackets after the partner, the first of its payments: …嘎查（首批资金20万元）.)
export const ROW_SUM_LEAD = String.raw`(?:[,，]\s*|[（(])(?:(?:年度|首批|第一批)?(?:帮扶|结对|协作|援助|捐赠)?资金)?`;
/** Or a note in brackets saying first what the money is for (…巴彦汉嘎查（重点支持…改造，捐赠资金50万元）). */
export const ROW_NOTE_LEAD = String.raw`[（(][^（）()。]{2,30}[,，](?:帮扶|结对|协作|援助|捐赠)资金`;
// (Or the sum the pair's Beijing side gives: 韩村河镇韩村河村——广益隆镇永和村，帮扶资金10万元; or the year it paired alone, under a
// heading on pairs: 北京市大兴区人民医院——察哈尔右翼前旗人民医院，2021年.)
const PAIRING_TAIL = new RegExp(String.raw`^(分别)?(建立|结成|签订|确立|开展)[^。；;]{0,8}(结对|帮扶|协作|对子)|^[,，]?((19|20)[0-9]{2}年([0-9]{1,2}月)?)?(起|以来)?(结对|建立结对关系)$|^[,，]\s*(19|20)[0-9]{2}年([0-9]{1,2}月)?起?$|^的结对[\u4e00-\u9fff]{0,3}$|^` +
  ROW_SUM_LEAD + String.raw`(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?元$|^` + ROW_NOTE_LEAD + String.raw`[0-9]+(?:\.[0-9]+)?(?:万|亿)?元[）)]$`);

/**
 * Pairs written with a dash or a colon: a row of a list of pairings (榆垡镇—保康镇, 东城区：阿尔山市, under a heading on 结对), or two places
 * naming a pairing's programme (《北京市大兴区—通辽市科尔沁左翼中旗东西部协作工作方案》, 门头沟区—化德县2024年东西部协作联席会议).
 */
const ROW_NOT_PAIRED = /(拟结对|待签约|未签约|意向结对|已解除|解除|到期|未续签|已终止|终止|取消|暂停|已调整)/;
/** A hospital's department written after its name (神经外科, 血液肿瘤中心): a pairing of departments pairs the hospitals. */
// (Or the party's committee of a place or body, 北三里社区党委: a pairing of branches pairs their places.)
const DEPARTMENT_WORD = String.raw`([\u4e00-\u9fff]{1,8}?(科|病区|中心)|党委|党总支|党支部|党工委)`;
const DEPARTMENT = new RegExp(`^${DEPARTMENT_WORD}$`);
const DEPARTMENT_LEAD = new RegExp(`^${DEPARTMENT_WORD}(?=$|[|｜])`);

/** Where the run of names that ends with `r` starts. */
export function chainStartIn(refs: Ref[], r: Ref): number {
  return refs[runStart(refs, refs.indexOf(r))]!.mention.start;
}

export function dashPairs(ctx: ArticleContext, s: Sentence): { refs: [Ref, Ref]; confidence: number; since?: number }[] {
  const out: { refs: [Ref, Ref]; confidence: number; since?: number }[] = [];
  // (A colon serves as the dash in a list of pairings: 东城区：阿尔山市、科右前旗；西城区：….)
  // (A list's rows may join the two with a double dash too: 1．西城区德胜街道——多伦淖尔镇，2021年10月起结对.)
  // (Or an arrow: 东城区→阿尔山市、科尔沁右翼前旗.)
  // (Or a heavy arrow set apart by spaces, as posts write it: 🤝 通州区宋庄镇 ➡️ 翁牛特旗乌敦套海镇.)
  const marks = [...s.text.matchAll(/——(?!—)|(?<![—-])[—－–|:：\-→](?![—-])|[ \t]*➡\uFE0F?[ \t]*/g)];
  // (The sentence's names are gathered only where a mark stands.)
  if (marks.length === 0) return out;
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  for (const m of marks) {
    const at = s.start + m.index!;
    const double = m[0].length === 2;
    const cell = m[0] === "|";
    // The places and names written right against the dash on either side, each run read to its most specific.
    // (Or departments of them: 北京天坛医院神经外科—兴安盟人民医院神经外科.)
    // (Or before a bracket in its cell that says where it lies: 金叵罗村（溪翁庄镇）|兴源村（库伦镇）.)
    const aside = cell ? /[（(][^（()）|]{1,16}[)）]$/.exec(ctx.text.slice(Math.max(s.start, at - 18), at)) : null;
    const end = aside ? at - aside[0].length : at;
    const k = refs.findLastIndex((r) => r.mention.end === end || (r.mention.end < end && DEPARTMENT.test(ctx.text.slice(r.mention.end, end))));
    // (Or inside one name that holds both and the programme: 海淀区—敖汉旗京蒙协作产业园 read whole.)
    const whole = k < 0 ? refs.find((r) => r.mention.start < at && r.mention.end > at + 1) : undefined;
    if (whole && !double) {
      const inner = ctx.within(whole.mention.start, whole.mention.end, true).filter((r) => r.mention.nested && isPlace(r.entity));
      const before = inner.find((r) => r.mention.end === at);
      const after = inner.filter((r) => r.mention.start === at + m[0].length && (r.entity.label === "Banner" || r.entity.label === "League")).pop();
      const pair = before && after && PROGRAMME_AFTER.test(ctx.text.slice(after.mention.end, whole.mention.end)) ? orient(ctx, before, after, true) : null;
      if (pair) out.push({ refs: pair, confidence: 0.75 });
    }
    if (k < 0) continue;
    const a = refs[k]!;
    const from = refs[runStart(refs, k)]!.mention.start;
    // (The partner's name may follow a word pointing at its unit: 丰台区卢沟桥街道——我旗乌兰花镇.)
    const pointing = /^[我本][旗县市盟区](?=[\u4e00-\u9fff])/.test(ctx.text.slice(at + m[0].length, at + m[0].length + 3)) ? 2 : 0;
    const j = refs.findIndex((r) => r.mention.start === at + m[0].length || (pointing > 0 && r.mention.start === at + m[0].length + pointing));
    if (j < 0) continue;
    const b = refs[runEnd(refs, j)]!;
    // A name that opens with the partner and the programme (海淀区—敖汉旗京蒙协作产业园) names the pairing too.
    const opening = ctx.within(b.mention.start, b.mention.end, true).filter((r) => r.mention.nested && (r.entity.label === "Banner" || r.entity.label === "League") && r.mention.start === at + 1).pop();
    if (opening && !double && PROGRAMME_AFTER.test(ctx.text.slice(opening.mention.end, b.mention.end))) {
      const pair = orient(ctx, a, opening, true);
      if (pair) out.push({ refs: pair, confidence: 0.75 });
      continue;
    }
    // A row may also be one item of a list run on in a sentence (具体如下：东城区—阿尔山市、科右前旗；西城区—…): its
    // bounds are then the colon or semicolon before it and the semicolon after it. The partners listed after the dash
    // (阿尔山市、科右前旗) pair alike.
    // (Pairs listed with 、 between them, 南口镇—宝昌镇、城北街道—千斤沟镇, end at the next pair's head.)
    const opensPair = (r: Ref) => /^[—－–\-→]/.test(ctx.text[r.mention.end] ?? "");
    const partners = [b];
    let nextPair = false;
    for (let n = refs.indexOf(b) + 1; refs[n] && ctx.text.slice(partners[partners.length - 1]!.mention.end, refs[n]!.mention.start) === "、"; n++) {
      if (opensPair(refs[runEnd(refs, n)]!)) {
        nextPair = true;
        break;
      }
      partners.push(refs[runEnd(refs, n)]!);
      n = runEnd(refs, n);
    }
    const last = partners[partners.length - 1]!;
    // (Pairs run on with commas end at the next pair's head too: 丰台区卢沟桥街道—乌兰花镇，丰台区长辛店镇—吉生太镇.)
    const following = refs.findIndex((r) => r.mention.start > last.mention.end);
    if (following >= 0 && /^[,，]$/.test(ctx.text.slice(last.mention.end, refs[following]!.mention.start)) && opensPair(refs[runEnd(refs, following)]!)) nextPair = true;
    // (Or a comma, after a leading clause: 在昌平区和太仆寺旗，南口镇—宝昌镇、….)
    // (Pairs a line sets side by side, apart by spaces, are items too: 长辛店镇—乌兰花镇 王佐镇—吉生太镇.)
    const spacedAfter = /^\s+\S/.test(ctx.text.slice(last.mention.end, last.mention.end + 2)) && refs.some((r) => r.mention.start > last.mention.end && /^\s*$/.test(ctx.text.slice(last.mention.end, r.mention.start)) && opensPair(refs[runEnd(refs, refs.indexOf(r))]!));
    const spacedBefore = /\s$/.test(ctx.text.slice(s.start, from)) && refs.some((r) => r.mention.end <= from && /^\s+$/.test(ctx.text.slice(r.mention.end, from)) && /[—－–\-→]$/.test(ctx.text.slice(s.start, chainStartIn(refs, r))));
    const itemStart = ctx.text[from - 1] === "、" || spacedBefore ? from : Math.max(s.start, ...[":", "：", ";", "；", ",", "，"].map((c) => lastIndexWithin(ctx.text, c, s.start, from - 1) + 1));
    const semicolon = ctx.text.slice(last.mention.end, s.end).search(/[;；]/);
    const itemEnd = nextPair || spacedAfter ? last.mention.end : semicolon >= 0 ? last.mention.end + semicolon : s.end;
    // (A row's number may stand bare before its first name, set off by spaces the text lost: 1　溪翁庄镇金叵罗村——….)
    // (Or a bullet or a circled number: ·房山区青龙湖镇石梯村——宁城县八里罕镇三家村, ▶ 北京市通州区潞苑中学——翁牛特旗第一中学,
    // ❶ 北京恒瑞祥农业发展有限公司——保康镇哈日额日格嘎查.)
    // (Or a heading's bracket: 【黄村镇—土贵乌拉镇】一座保鲜库，稳住一条产业链, the pair the section is about.)
    const bracketed = /^[【\[]$/.test(ctx.text.slice(itemStart, from).trim()) && /^[】\]]/.test(ctx.text.slice(last.mention.end, last.mention.end + 1));
    // (Or a word pointing at the writer's own unit: 我区三里屯街道—科左中旗保康镇.)
    const before = bracketed ? "" : ctx.text.slice(itemStart, from).replace(/^([0-9]{1,2}[.、．]?|[(（][一二三四五六七八九十0-9]+[)）]|[·•●○◆◇■□▲△▶►▸➤★☆◎▪◉♦]|[\u2460-\u2473\u2776-\u2793]|[\p{Extended_Pictographic}\p{So}]\uFE0F?)/u, "").trim().replace(/^[我本][区旗县市]$/, "");
    // (A cell may add where its name lies in brackets: 巴音哈太嘎查（海流图镇）. A list cut short ends the last row: …，鲁谷街道—赛乌素镇，
    // ……（其余略）.)
    // (The last of pairs listed in a bracket ends at its close: …结对关系（昌平区—阿鲁科尔沁旗、…、海淀区—敖汉旗），经….)
    const closesList = ctx.text[from - 1] === "、" && /^[)）]/.test(ctx.text.slice(last.mention.end, last.mention.end + 1)) &&
      Math.max(lastIndexWithin(ctx.text, "（", s.start, from - 1), lastIndexWithin(ctx.text, "(", s.start, from - 1)) > Math.max(lastIndexWithin(ctx.text, "）", s.start, from - 1), lastIndexWithin(ctx.text, ")", s.start, from - 1));
    const after = bracketed || closesList ? "" : ctx.text.slice(last.mention.end, itemEnd).replace(/[。;；,，]$/, "").trim().replace(LIST_CUT_SHORT, "").replace(DEPARTMENT_LEAD, "").replace(/^[（(][^（()）|]{1,16}[)）](?=$|[|｜])/, "");
    // A table's row: the two names fill adjacent cells, whatever the other cells hold (序号, 结对类型), unless one of
    // them is a person's (a roster of people sent: 姓名|派出医院|受援医院 pairs no hospitals).
    // (Or the pair dashed within one cell of a row: 顺义区—巴林左旗 | 9 | 4.3 under 结对关系.)
    // (Nor one whose name stands in a column of who runs the row's project: 建设地点 | 运营主体; nor two columns of one side by their
    // headers, 北京方主体 | 北京方所属.)
    // (A village's liaison named after both, 村（社区） | 结对帮扶单位 | 反诈宣传联络员, leaves them a pair.)
    const cells = (cell || s.text.includes("|")) && (before === "" || before.endsWith("|")) && (after === "" || after.startsWith("|")) &&
      !ctx.within(s.start, s.end).some((r) => r.entity.label === "Person" && (r.mention.start < Math.max(a.mention.end, b.mention.end) || /^[0-9]{1,2}月/.test(s.text))) && !giftTable(ctx.text, s.start) &&
      !runnerColumn(ctx.text, a.mention.start) && !runnerColumn(ctx.text, b.mention.start) && !oneSideColumns(ctx.text, a.mention.start, b.mention.start);
    // (The last of pairs listed may end with the verb that pairs them all: …—千斤沟镇建立结对关系.)
    // (Not a row whose status says the pair is only intended or has ended: 拟结对，待签约 | 2021年9月已解除 | 到期，未续签.)
    // (A list of such pairs may follow words on pairing without a colon, and close with their count: …乡镇结对全覆盖 金盏乡—保康镇、
    // 孙河乡—舍伯吐镇、崔各庄乡—花吐古拉镇等13对乡镇结对关系全部落实; or after a verb leaning on them, 依托昌平区—阿鲁科尔沁旗、…8组结对帮扶关系.)
    const opensList = nextPair && (/结对/.test(before) || (LEANING_ON.test(before) && COUNTED_LIST_END.test(s.text)));
    const row = (cells || ((before === "" || opensList) && (after === "" || PAIRING_TAIL.test(after) || COUNTED_PAIRS.test(after)))) && aboutPairing(ctx) && !(cells && ROW_NOT_PAIRED.test(s.text)) &&
      !CREDIT_LINE.test(ctx.text.slice(ctx.text.lastIndexOf("\n", from - 1) + 1, from));
    const programme = !double && PROGRAMME_AFTER.test(after);
    // (A row's cell dates the pair: 结对时间 | 2021.09.)
    // (With its month or 年: a bare 2050 is a sum.)
    const dated = cells ? /[|｜]\s*((?:19|20)[0-9]{2})(?:[.\-/][0-9]{1,2}|年(?:[0-9]{1,2}月)?)\s*(?=[|｜]|$)/.exec(s.text) : null;
    for (const named of row || programme ? partners : []) {
      // (A row's cells may go on from the partner's league to its banner, 昌平区 | 锡林郭勒盟 | 太仆寺旗: the banner is the partner.)
      let partner = named;
      for (let next = cells ? nextCellPlace(ctx, refs, partner) : undefined; next; next = nextCellPlace(ctx, refs, partner)) partner = next;
      const pair = orient(ctx, a, partner, true);
      if (pair) out.push({ refs: pair, confidence: row ? 0.8 : 0.75, ...(dated ? { since: Number(dated[1]) } : {}) });
    }
  }
  return out;
}

/** The mark of a list cut short after its last row: an ellipsis, perhaps with 其余略 in brackets. */
const LIST_CUT_SHORT = /^[,，、]?\s*(?:……|…|\.{3,}|。{3,})+\s*(?:[（(](?:其余|以下|余下|其他)?(?:从)?略[)）])?$/;

/** A unit headed with its partner in brackets (宁城县（结对区：房山区）): the pair the bracket names. */
const PARTNER_BRACKET = /[（(]结对(?:区|方|单位|旗县|地区)?[:：]\s*([^（()）\n]{2,30})[）)]/g;
/** Any bracket, where a heading says the list's brackets name partners. */
const ANY_BRACKET = /[（(]([^（()）\n]{2,30})[）)]/g;
export function bracketedPartners(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  const out: [Ref, Ref][] = [];
  // (Or any bracket of a list a heading says holds the partners: 一、先进集体（括号内为结对帮扶对象） / 1. 北京市东城区东华门街道（白狼镇）.)
  const noted = !s.text.includes("结对") && bracketsNamePartners(ctx.text, s.start);
  if (!s.text.includes("结对") && !noted) return out;
  const refs = ctx.within(s.start, s.end).filter((r) => r.entity.label !== "Person");
  for (const m of s.text.matchAll(noted ? ANY_BRACKET : PARTNER_BRACKET)) {
    const open = s.start + m.index!;
    const head = refs.filter((r) => r.mention.end === open).pop();
    if (!head) continue;
    const inside = open + m[0].indexOf(m[1]!);
    for (const partner of mostSpecific(ctx, refs.filter((r) => r.mention.start >= inside && r.mention.end <= inside + m[1]!.length))) {
      const pair = orient(ctx, partner, head, true);
      if (pair) out.push(pair);
    }
  }
  return out;
}

/** What joins the names of one list (察右前旗、四子王旗和兴和县). */
const LIST_JOIN = /^(、|和|及|以及)$/;
/** Between the two lists: their count at most, then 与 and the province (…察右后旗5个旗县与北京市大兴区…; …和北京经济技术开发区，
 * 依托与赤峰市巴林左旗…). */
const LISTS_JOIN = /^([0-9一二三四五六七八九十]+个(旗县市区|旗县区|旗县|旗区|区县|旗|县|区))?([，,]?(依托|通过|按照|根据))?(分别)?与(北京市?|内蒙古(自治区)?|我[盟市区旗县])?$/;
/** After the second list: their pairing, a short verb before it at most (…延庆区的结对协作不断深化, …延庆区分别结对,
 * …阿尔山市持续深化结对帮扶关系). */
const LISTS_PAIRED = /^(分别)?[^，。；;,]{0,6}?(的)?(结对|对口帮扶|对口协作|东西部协作|京蒙协作)/;
const UNIT = new Set(["District", "Banner", "League"]);

/**
 * Two lists of units as long as each other, one of each side, joined by 与 and followed by their pairing (我市察右前旗、
 * 四子王旗、兴和县、化德县、察右后旗5个旗县与北京市大兴区、丰台区、石景山区、门头沟区、延庆区的结对协作): each pairs with the one
 * in the same place of the other list.
 */
export function orderedListPairs(ctx: ArticleContext, s: Sentence): [Ref, Ref][] {
  if (!s.text.includes("与") || !/(结对|对口|协作)/.test(s.text)) return [];
  const refs = ctx.within(s.start, s.end).filter((r) => UNIT.has(r.entity.label));
  const heads = lastOfRuns(refs);
  // The lists: heads one after another, joined by 、 or 和.
  const lists: Ref[][] = [];
  for (const h of heads) {
    const last = lists[lists.length - 1]?.at(-1);
    if (last && LIST_JOIN.test(ctx.text.slice(last.mention.end, chainStartIn(refs, h)))) lists[lists.length - 1]!.push(h);
    else lists.push([h]);
  }
  const out: [Ref, Ref][] = [];
  for (let k = 0; k + 1 < lists.length; k++) {
    const a = lists[k]!;
    const b = lists[k + 1]!;
    if (a.length < 2 || a.length !== b.length || !LISTS_JOIN.test(ctx.text.slice(a.at(-1)!.mention.end, chainStartIn(refs, b[0]!))) ||
      !LISTS_PAIRED.test(ctx.text.slice(b.at(-1)!.mention.end, s.end))) continue;
    // (Each list all of one side, the two of both.)
    const side = (list: Ref[]) => new Set(list.map((r) => ctx.sideOf(r.entity)));
    const sa = side(a);
    const sb = side(b);
    if (sa.size !== 1 || sb.size !== 1 || [...sa][0] === [...sb][0] || [...sa][0] === undefined || [...sb][0] === undefined) continue;
    a.forEach((x, i) => {
      const pair = orient(ctx, x, b[i]!, false);
      if (pair) out.push(pair);
    });
  }
  return out;
}

/** The banner filling the cell right after its league's (锡林郭勒盟 | 太仆寺旗); not a town after a banner, where a row places a
 * project. */
function nextCellPlace(ctx: ArticleContext, refs: Ref[], place: Ref): Ref | undefined {
  const next = refs.find((r) => r.mention.start > place.mention.end && !r.mention.nested);
  return next && /^\s*[|｜]\s*$/.test(ctx.text.slice(place.mention.end, next.mention.start)) && place.entity.label === "League" && next.entity.label === "Banner" &&
    ctx.contains(place.entity.id, next.entity.id) ? next : undefined;
}
