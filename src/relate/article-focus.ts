// Whom and where an article speaks of and for: the unit of Inner Mongolia it is about, the Beijing district in focus, the
// voice its report speaks in (我区), the body that issues it; and the place a body stands for.
import type { Entity } from "../resolve/index.js";
import { ArticleContext, isPlace, linesOf, specificity, type Relation } from "./context.js";
import { accountOwner } from "./letters.js";
import { NEWS_OUTLET } from "./grant-words.js";

/** A body stands for the unit its name opens with (库伦旗人民政府 → 库伦旗): a focus is a place, where one can be told. */
export function seatOf(ctx: ArticleContext, e: Entity): Entity | undefined {
  if (isPlace(e)) return e;
  return ctx.g.match(e.name).filter((m) => m.start === 0).map((m) => ctx.entities.get(m.unitId)).filter((u): u is Entity => !!u && u.label !== "Province").pop();
}

/** The Inner Mongolia unit an article is about: named in its title, else in its short headline lines. */
export function imFocus(ctx: ArticleContext, title: string): Entity | undefined {
  // (A body whose name opens with no unit seats no focus: 千斤沟镇人民政府 is a town's. Nor does a league's paper:
  // 乌兰察布日报 prints news of all its banners, where a banner's 融媒体中心 speaks of its own.)
  const pick = (ids: string[]) => ids.map((id) => ctx.entities.get(id)).filter((e): e is Entity => !!e && e.side === "inner-mongolia")
    .sort((a, b) => specificity(b) - specificity(a)).map((e) => ({ e, seat: seatOf(ctx, e) }))
    .find((x) => x.seat !== undefined && !(NEWS_OUTLET.test(x.e.name) && x.seat.label === "League"))?.seat;
  const fromTitle = pick(ctx.g.match(title).map((m) => m.unitId));
  if (fromTitle) return fromTitle;
  // (Not a question: 问：通辽市霍林郭勒市也是我区的帮扶对象吗？)
  const headline = ctx.sentences.filter((s) => s.start < 300 && s.text.length < 40 && !/[?？]$|^问[:：]/.test(s.text));
  // (Else the banner that dominates it, as a district's notice of its money to its partner names it only in its body.)
  return pick(headline.flatMap((s) => ctx.within(s.start, s.end, true).map((r) => r.entity.id))) ?? dominantBanner(ctx);
}

/** The banner of Inner Mongolia named three times at least and twice as often as any other, if one is. */
function dominantBanner(ctx: ArticleContext): Entity | undefined {
  const counts = new Map<string, number>();
  for (const r of ctx.refs) if (r.entity.label === "Banner" && r.entity.side === "inner-mongolia") counts.set(r.entity.id, (counts.get(r.entity.id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? ctx.entities.get(first[0]) : undefined;
}

/** The Beijing district an article is about: the one paired with its focus, else one that dominates it. */
export function beijingFocus(ctx: ArticleContext, pairs: Relation[]): Entity | undefined {
  const partners = [...new Set(pairs.filter((p) => p.target === ctx.imFocus?.id).map((p) => p.source))];
  if (partners.length === 1) {
    const e = ctx.entities.get(partners[0]!);
    if (e?.label === "District") return e;
  }
  return ctx.dominantDistrict() ?? ctx.voice;
}

/** The title of a government's own report or summary. */
const REPORT_TITLE = /(政府工作报告|工作报告|工作总结|述职报告)/;

/** The Beijing district of the body an article credits itself to (（大兴区支援合作办供稿）, 来源：…), when it says 我区. */
export function voice(ctx: ArticleContext, title: string): Entity | undefined {
  // (Or 我们 in a district's own report, 2024年北京市昌平区政府工作报告: the government speaking.)
  if (!/我区/.test(ctx.text) && !(REPORT_TITLE.test(title) && /我们/.test(ctx.text))) return undefined;
  const credit = /[（(]([^（()）\n]{2,30})供稿[）)]|(?:来源|供稿|稿件来源)[:：]\s*([^\s]{2,30})/.exec(ctx.text);
  // (Else the one Beijing district the title names: 北京市门头沟区2023年度东西部协作…绩效自评报告.)
  if (!credit) {
    const districts = new Set(ctx.g.match(title).map((m) => ctx.entities.get(m.unitId)).filter((e): e is Entity => e?.label === "District"));
    return districts.size === 1 ? [...districts][0] : undefined;
  }
  const from = credit.index + credit[0].indexOf(credit[1] ?? credit[2]!);
  const districts = ctx.within(from, from + (credit[1] ?? credit[2]!).length, true).filter((r) => r.entity.label === "District");
  return districts.length === 1 ? districts[0]!.entity : undefined;
}

/** A Beijing enterprise or organisation whose name is the article's first line alone, over the title of its report or notice
 * (北京京兴城市建设投资集团有限公司 / 2023年度社会责任报告; 北京市西城区慈善协会 / 关于…捐赠款物…的公示); or an enterprise named
 * in the head of its own report (北京禾丰源农业科技集团有限公司2023年度社会责任报告（节选）, 康瑞医药｜…ESG报告). */
export function reportIssuer(ctx: ArticleContext): Entity | undefined {
  const first = ctx.text.indexOf("\n");
  if (first < 0) return undefined;
  const line = ctx.text.slice(0, first).trim();
  const r = ctx.within(0, line.length + 1).find((x) => (x.entity.label === "Enterprise" || x.entity.label === "Organization") && x.mention.surface === line);
  if (r && ctx.sideOf(r.entity) === "beijing" && (r.entity.label === "Enterprise" ? /报告/ : /(报告|公示|公告)/).test(ctx.text.slice(first, first + 40))) return r.entity;
  // (Or opens the title of its notice, 关于 after it: 北京鸿雁公益基金会关于2023年度…专项基金捐赠收支情况的公示.)
  const opening = ctx.within(0, line.length).find((x) => x.mention.start === 0 && !x.mention.nested && (x.entity.label === "Enterprise" || x.entity.label === "Organization"));
  if (opening && ctx.sideOf(opening.entity) === "beijing" && line.startsWith("关于", opening.mention.end) && /(报告|公示|公告)$/.test(line)) return opening.entity;
  // (Or opens the title of its year's summary or report: 北京市丰台区总工会2023年京蒙协作工作总结.)
  if (opening?.entity.label === "Organization" && ctx.sideOf(opening.entity) === "beijing" && /^[0-9]{4}年度?[\u4e00-\u9fff]{0,12}(工作总结|工作报告|情况报告)$/.test(line.slice(opening.mention.end))) return opening.entity;
  // (A company's report names itself in its first lines: the first Beijing enterprise there.)
  const head = linesOf(ctx.text).filter((l) => l.text.trim()).slice(0, 3);
  const end = head.length ? head[head.length - 1]!.start + head[head.length - 1]!.text.length : 0;
  if (!/(社会责任|ESG|可持续发展|环境、社会及(公司)?治理)[^\n]{0,12}报告/.test(ctx.text.slice(0, end))) return undefined;
  return ctx.within(0, end).find((x) => x.entity.label === "Enterprise" && !x.mention.nested && ctx.sideOf(x.entity) === "beijing")?.entity;
}

/** The issuer of a report or notice (read once, as ctx.reportIssuer), else the Beijing body whose public account posts the article:
 * what it gives is its own. */
export function issuerOrAccount(ctx: ArticleContext): Entity | undefined {
  return ctx.reportIssuer ?? accountOwner(ctx)?.entity;
}
