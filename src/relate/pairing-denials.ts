// Pairings a text names but that do not stand: denied, ended, handed on, past, or only planned or talked of.
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import type { ArticleContext, Relation } from "./context.js";

/** Whether the clause's pairing is denied, ended, past or only planned: none to read now. */
export function noPairingNow(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }): boolean {
  const text = ctx.text.slice(clause.start, clause.end);
  // A pairing denied or ended (不再与察右后旗开展结对帮扶, 尚未与…建立结对关系) is none; so is one only believed
  // (不少人以为敖汉旗的对口帮扶方是朝阳区，其实…).
  // (So is one said to have ended: 原…与四家子镇的结对关系于今年6月结束.)
  // (Nor one only planned or talked of: 平谷区与扎兰屯市的结对协议拟于下半年签署, 拟于明年与苏尼特右旗探讨建立协作关系.)
  // (Or one said to be past, then handed on: 此前一并由大兴区结对的四子王旗，…调整后改由其他区帮扶.)
  // (蔡木山乡原与西城区月坛街道结对，…调整为展览路街道 too.)
  const handedOn = (/^(此前|原先|原来|原|过去|曾经|曾)|(原|曾)(与|由|同)/.test(text) && /(改由|调整为|移交|转为|改为|转而|不再|已[^,，。]{0,12}调整|做了[^,，。]{0,4}(调整|优化))/.test(ctx.text.slice(clause.end, s.end))) ||
    // (Or dated by a span that has closed: 此前（2017—2020年）我旗与北京市东城区结对.)
    /^(此前|原先|原来|原|过去|曾经|曾)[（(]?(?:19|20)[0-9]{2}年?[—–－\-至到](?:19|20)[0-9]{2}年?[)）]?/.test(text) ||
    // (A span of years before the article's own, opening the line: 2018—2020年：突泉县由北京市房山区结对帮扶.)
    closedBefore(ctx, ctx.text.slice(s.start, clause.end)) ||
    // (Or by the years before this: 在此之前的三年里，与科左后旗结对帮扶的是北京市平谷区.)
    /^(在此之前|在这之前|此前|之前|以前)的?[^,，。]{0,6}(年|时间|时候|阶段)里?[,，]/.test(ctx.text.slice(s.start, clause.start));
  // (So is one said to have been: 房山区曾对口帮扶乌兰察布市察哈尔右翼前旗, unless it goes on: 曾…，至今….)
  const formerly = /(?<![未不])曾(经)?[^,，。]{0,16}(结对|帮扶|对口|配对)/.test(text) && !/(至今|一直|仍|现在|目前)/.test(ctx.text.slice(s.start, s.end));
  if (handedOn || formerly || /(不再|尚未|没有|未曾|停止|终止|取消|暂不|暂未|暂时不|以为|误认为|误传)/.test(text) || /(关系|结对|帮扶)[^,，。]{0,12}(结束|解除)/.test(text) ||
    // (Not a plan to use what a pairing gives: 拟使用结对帮扶我旗的北京市丰台区…资金; a plan to bring two bodies together is one, however long
    // their names: 下一步将要推动北京市顺义区体育运动学校和…业余体育学校建立结对帮扶的关系; not one it deepens: 将推动…医院与…医院深化结对帮扶.)
    /(拟于?(?!使用|利用|安排|统筹)|计划(?!生育|使用|利用|安排|统筹)|准备|有意|打算|将(?:要)?(?:积极|进一步|全力|加快|着力)?(?:推动|推进|促成))[^,，。]{0,40}?(签署|签订|建立|(?<!深化|巩固|加强|深入|持续)结对)/.test(text) || /(?:也|还|即)?将(?:要)?(?:签署|签订|建立|结成)/.test(text) ||
    // (Or urged to be done soon, in a list of work to come: 推动天池林场社区与景山街道尽快签订结对协议.)
    /(推动|促成|促进|争取|督促)[^,，。]{0,20}(尽快|早日|年内)(签署|签订|建立|结对|结成)/.test(text) ||
    // (Or left to be decided: 怀柔区与苏尼特右旗的结对事宜，将在下一阶段另行研究确定.)
    /^[,，][^。]{0,16}(研究确定|另行确定|另行研究|协商确定|待定)/.test(ctx.text.slice(clause.end, s.end)) || /(探讨|商讨|洽谈|磋商)[^,，。]{0,4}(建立|结对|签署|签订)/.test(text) ||
    // (Or still being prepared, its agreement to come in the next clause: …结对工作尚在筹备，拟于2024年签订结对协议.)
    /(尚在|正在|仍在|还在|也在)(筹备|洽谈|商谈|协商|对接|磋商|商签)|(筹备|商签|洽谈|协商)中/.test(text) || /^[,，](拟|计划|准备)于?[^,，。]{0,12}(签署|签订|建立)/.test(ctx.text.slice(clause.end, s.end)) || stillTalkedOf(ctx, clause.end, s.end)) return true;
  return false;
}

/** Text opening with a span of years that ended before the article's year (2018—2020年：…). */
function closedBefore(ctx: ArticleContext, text: string): boolean {
  // (After the subject at most: 我旗2018年至2020年由北京市房山区结对帮扶.)
  // (A note's mark may open it: ²2018—2020年，房山区曾对口帮扶….)
  const span = /^(?:[¹²³⁰-⁹]+\s*|\[[0-9]{1,2}\]\s*)?(?:[我该本][旗县市盟]|[\u4e00-\u9fff]{2,8}[旗县市])?(?:19|20)[0-9]{2}年?[—–－\-至到]((?:19|20)[0-9]{2})年(?!以来|起|来)/.exec(text);
  return !!span && ctx.year !== null && Number(span[1]) < ctx.year;
}

/** The rest of the sentence says the pairing is still being talked of, or has ended, naming nothing new before it (…开展结对的事宜，目前两地
 * 仍在协商，尚未正式确定). */
function stillTalkedOf(ctx: ArticleContext, from: number, end: number): boolean {
  // (Or that it has ended: 鲁谷街道与大六号镇的结对关系因…，已于2023年终止.)
  const m = /(尚在|正在|仍在|还在|也在)(筹备|洽谈|商谈|协商|对接|磋商|沟通|商签)|(商签|洽谈|协商)中|尚未(正式)?(确定|签订|签署|建立|敲定)|尚待[^,，。]{0,8}(签署|签订|确定|敲定)|已于?[^,，。]{0,10}(终止|解除|取消|结束)/.exec(ctx.text.slice(from, end));
  return !!m && ctx.within(from, from + m.index).length === 0;
}

/** A pairing another sentence says has ended (…宣武医院与县中心医院的对口支援关系亦随之终止, 西城区结束对宁城县的帮扶任务): none now. */
export function endedLater(ctx: ArticleContext, pairs: Relation[]): Relation[] {
  if (pairs.length === 0 || !/(终止|结束|解除)/.test(ctx.text)) return pairs;
  const ended: { at: number; ids: Set<string> }[] = [];
  for (const s of ctx.sentences) {
    for (const c of /(终止|结束|解除)/.test(s.text) ? ctx.clauses(s) : []) {
      const text = ctx.text.slice(c.start, c.end);
      if (!/((关系|结对|帮扶|支援|协作)[^,，。]{0,10}(终止|结束|解除)|(终止|结束|解除)[^,，。]{0,4}(对|与)[^,，。]{0,16}(帮扶|结对|支援|协作))/.test(text)) continue;
      const refs = [...ctx.within(c.start, c.end, true), ...pointersIn(ctx, s, c.start, c.end).map((p) => p.ref)];
      ended.push({ at: s.start, ids: new Set(refs.map((r) => r.entity.id)) });
    }
  }
  // (Read before or after it: …结对帮扶关系自今年起解除。…顺义与喀喇沁两地人民的情谊不会改变，双方已建立的… names no pairing now.)
  return pairs.filter((p) => !ended.some((e) => e.at !== p.evidence.start && e.ids.has(p.source) && e.ids.has(p.target)));
}

/** A question asked, not a statement: …吗？, 是否…？ */
export const QUESTION = /(吗|么|是否|有没有|呢)[^。!！]{0,6}[?？]$|^问[:：]/;
/** Words that ask: a question's clause with one of them, or its last, is what it asks. */
const ASKING = /(吗|么|是否|有没有|呢|什么|怎么|怎样|哪|如何|多少|为何|几)/;

/** The clause of a question that asks, not one it states first (问：很多人知道…是结对区旗，但…是什么关系？). */
export function asked(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }): boolean {
  return clause.end >= s.end - 1 || ASKING.test(ctx.text.slice(clause.start, clause.end));
}
