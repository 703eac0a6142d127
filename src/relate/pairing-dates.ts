// When a pairing began: the year its sentence (or the one before) says it started, a footnote under a list of pairs.
import type { Sentence } from "../normalise/index.js";
import { type ArticleContext, type Relation } from "./context.js";
import { relativeYear, YEAR, yearValue } from "./years.js";

/** A year that says when something began (自2021年, 2018年以来, 2019年起) comes first; else the first year that dates no report. */
const STARTED = new RegExp(`(?:自|从|于)${YEAR}年|${YEAR}年(?:[0-9一二三四五六七八九十]{1,2}月)?(?:以来|起|开始)`);
const ANY_YEAR = new RegExp(`${YEAR}年`);

/** Words that say a pairing goes on rather than begins. */
const GOES_ON = /(深入推进|深化|持续|继续|进一步)/;

function startYear(text: string): number | null {
  const started = STARTED.exec(text);
  if (started) return yearValue(started[1] ?? started[2]!);
  // 2022年度, 2022年全年 date a report, not the pairing. A year heading the sentence (2010年,京蒙两地签署…) may be either,
  // and is taken: the sample reports open the pairing's own story that way.
  const m = ANY_YEAR.exec(text);
  // (Only one heading it: 现将2023年…项目计划公示 at a sentence's end dates the plan.)
  if (m && m.index > 12) return null;
  if (!m || /^(度|全年|上半年|下半年)/.test(text.slice(m.index + m[0].length))) return null;
  // (《2024年延庆区—多伦县东西部协作协议》: the year of a document's title.)
  // (签订2024年东西部协作协议: the year of what is signed.)
  if (/([《「“"]|(签订|签署|印发|出台|制定)了?)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
  // (2024年大兴区对口帮扶科左中旗项目资金安排表: the year of a plan or list it titles.)
  if (/^[^,，。;；]{0,30}?(安排表|计划表|明细表|一览表|资金安排|项目计划|资金计划|实施方案|工作要点)$/.test(text.slice(m.index + m[0].length))) return null;
  // (2024年北京市—内蒙古自治区东西部协作联席会议: the year of a meeting it names; 2021年怀柔区与…签订协议 stays.)
  if (/^[^,，。;；与和同]{0,24}?(会议|座谈会|推进会|对接会|工作会|联席会)/.test(text.slice(m.index + m[0].length)) && !/^[,，]/.test(text.slice(m.index + m[0].length))) return null;
  // (2024年我区安排…资金2800万元，支持结对地区…: the year of the money given before the pairing is named.)
  if (/^[^。;；]*?[0-9.]+(万|亿)元[^。;；]*?(结对|对口)/.test(text.slice(m.index)) && !/^[^。;；]*?(结对|对口)[^。;；]*?[0-9.]+(万|亿)元/.test(text.slice(m.index))) return null;
  // (总结了2023年两地协作成效, 截至2023年: a year looked back on.)
  if (/(总结了?|回顾了?|截至|截止|盘点)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
  // (A pairing carried on that year, 深入推进京蒙协作, did not begin then.)
  if (GOES_ON.test(text)) return null;
  return yearValue(m[1]!);
}

/** The year a pairing began: stated in the sentence, else in the sentence before it in the same paragraph. */
export function since(ctx: ArticleContext, s: Sentence): number | null {
  const here = startYear(dated(ctx, s.text));
  if (here) return here;
  // (Nor when the sentence says the pairing goes on: 继续深化结对 after 2024年，…将…; the year is the plan's.)
  if (GOES_ON.test(s.text)) return null;
  const prev = ctx.sentences[s.index - 1];
  // (The sentence before by its written years only: its 去年 is more often another thing's, 已于去年投产.)
  // (And only one that speaks of a pairing: 2021年以来，北京市已累计向我市投入…资金3.6亿元 dates the money.)
  return prev && prev.paragraph === s.paragraph && /(结对|对口|结成|结为|携手|牵手|签订|签署|建立)/.test(prev.text) ? startYear(prev.text) : null;
}

/** The year a sentence says a pairing started (自2021年…, 2021年以来), and no other. */
export function started(ctx: ArticleContext, s: Sentence): number | null {
  const m = STARTED.exec(dated(ctx, s.text));
  return m ? yearValue(m[1] ?? m[2]!) : null;
}

/** The text with 今年, 去年 and 前年 written as the years they are by the article's date (今年以来, so far this year, stays). */
function dated(ctx: ArticleContext, text: string): string {
  if (ctx.year === null) return text;
  return text.replace(/(今年|去年|前年)(?!以来)/g, (w) => `${relativeYear(w, ctx.year!)}年`);
}

/** A note under a list of pairs that dates them all: 以上结对关系自2022年起建立. */
const FOOTNOTE = /^以上[^。]{0,12}(结对|帮扶|协作|对子)[^。]{0,12}?((?:19|20)[0-9]{2})年(起|以来|开始|建立)/;
/** A line of a list: a table's row, a numbered item, or a pair written with a dash. */
const LIST_LINE = /[|｜]|^[0-9一二三四五六七八九十]{1,3}[.、．]|[—－–]/;

/** The year a footnote gives, to the undated pairs read from the list lines right above it. */
export function listFootnotes(ctx: ArticleContext, out: Relation[]): void {
  for (const s of ctx.sentences) {
    const note = FOOTNOTE.exec(s.text);
    if (!note) continue;
    const lines = new Set<number>();
    // (Not a table's header, 序号|顺义区|巴林左旗: the units its columns are of paired before their villages.)
    for (let i = s.index - 1; i >= 0 && LIST_LINE.test(ctx.sentences[i]!.text); i--) if (!/序号/.test(ctx.sentences[i]!.text)) lines.add(ctx.sentences[i]!.start);
    for (const r of out) if (r.props["since"] === null && lines.has(r.evidence.start)) r.props = { ...r.props, since: Number(note[2]) };
  }
}
