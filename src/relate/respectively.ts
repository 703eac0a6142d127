// Money given respectively (分别): 东城区、西城区分别向阿尔山市、扎赉特旗投入帮扶资金5000万元、4800万元 — each amount to its own.
import { amountsIn, type Amount } from "./amounts.js";
import { ArticleContext, isInstitution, isPlace, LISTED, refAt, type Ref, type Relation } from "./context.js";
import { listedWithLast, mostSpecific } from "./ref-runs.js";
import { yearIn } from "./years.js";
import { countedGivers } from "./counted-givers.js";

/** The budget of the district an article is of, which gives without being named (区财政, 我区). */
const FOCUS_BUDGET = /(区财政|区级财政|我区|全区)/;
/** Money of the programme's aid, named after 分别 (拨付帮扶资金, 投入京蒙协作资金). */
const AID_MONEY = /(帮扶|协作|援助|支援)资金/;

/** FUNDED read from clauses listing amounts after 分别, and the amounts they account for (the other rules skip them). */
export function respectiveGrants(ctx: ArticleContext): { relations: Relation[]; amounts: Set<number> } {
  const relations: Relation[] = [];
  const amounts = new Set<number>();
  if (!ctx.text.includes("分别")) return { relations, amounts };
  for (const s of ctx.sentences) {
    const at = s.text.indexOf("分别");
    if (at < 0) continue;
    const split = s.start + at;
    // The amounts after 分别, one right after another (5000万元、4800万元; 5000万元和4800万元).
    const all = amountsIn(ctx.text.slice(split, s.end), split);
    const listed: Amount[] = all.slice(0, 1);
    for (const a of all.slice(1)) {
      if (!LISTED.test(ctx.text.slice(listed[listed.length - 1]!.end, a.start))) break;
      listed.push(a);
    }
    if (listed.length < 2) continue;
    const n = listed.length;
    const named = ctx.within(s.start, listed[0]!.start).filter((r) => r.entity.label !== "Person" && r.entity.label !== "Province");
    const beforeSplit = named.filter((r) => r.mention.end <= split);
    const funders = listedWithLast(ctx, mostSpecific(ctx, beforeSplit.filter((r) => ctx.sideOf(r.entity) === "beijing")), LISTED);
    const receivers = (rs: Ref[]) => listedWithLast(ctx, mostSpecific(ctx, rs.filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && ctx.sideOf(r.entity) === "inner-mongolia")), LISTED);
    // The places given to: after 向 before 分别 (东城区向阿尔山市、科右前旗分别投入…), or after 分别 (分别向…投入…).
    const targets = receivers(named.filter((r) => !funders.includes(r)));
    // (The district in focus, its budget the subject: 区财政向科左中旗、巴林左旗分别投入…1.05亿元和9800万元.)
    if (funders.length === 0 && ctx.beijingFocus && FOCUS_BUDGET.test(ctx.text.slice(s.start, split))) funders.push(refAt(ctx.beijingFocus, s.start));
    // (Or, a sentence opening with 向 and no giver, the organisation whose own report it is, else the district in focus, for aid:
    // 向四子王旗总工会、林西县总工会分别拨付帮扶资金80万元和50万元 in 丰台区总工会's.)
    const giver = ctx.reportIssuer?.label === "Organization" ? ctx.reportIssuer : ctx.beijingFocus;
    if (funders.length === 0 && giver && /^(?:同时[,，]?|此外[,，]?|还|并)?向/.test(s.text) && AID_MONEY.test(ctx.text.slice(split, listed[0]!.start))) funders.push(refAt(giver, s.start));
    // (Or the towns a counted word stands for, each to its partner: 两镇年内分别捐助资金50万元、30万元.)
    if (funders.length === 0 && targets.length === 0) funders.push(...countedGivers(ctx, s, s.start, split + 2)?.givers ?? []);
    let pairs: [Ref, Ref][] = [];
    if (funders.length === n && targets.length === n) pairs = funders.map((f, i) => [f, targets[i]!]);
    else if (funders.length === 1 && targets.length === n) pairs = targets.map((t) => [funders[0]!, t]);
    else if (funders.length === n && targets.length === 1) pairs = funders.map((f) => [f, targets[0]!]);
    else if (funders.length === n && targets.length === 0) {
      // Each to its one partner in the article (东城区、西城区分别投入5000万元、4800万元).
      const partner = (f: Ref) => {
        const e = ctx.onlyPartner(f.entity.id);
        return e ? refAt(e, f.mention.start) : undefined;
      };
      const found = funders.map(partner);
      if (found.every(Boolean)) pairs = funders.map((f, i) => [f, found[i]!]);
    }
    if (pairs.length !== n) continue;
    const year = yearIn(s.text, ctx.year);
    // What they are for, said after the last of them (…6000万元，用于产业发展).
    const purpose = /^[，,]?(?:主要|全部|重点)?(?:用于|支持)([^。；;，,]{2,40})/.exec(ctx.text.slice(listed[n - 1]!.end, s.end))?.[1] ?? "";
    // Enterprises that sign or invest, each in its place, invest: 北京中科禾润…、北京康源…分别与商都县、察右后旗签约，计划投资额分别为….
    const investing = pairs.every(([f, t]) => f.entity.label === "Enterprise" && isPlace(t.entity)) && /(投资|签约|签订|落户)/.test(s.text);
    pairs.forEach(([f, t], i) => {
      const a = listed[i]!;
      amounts.add(a.start);
      relations.push(investing
        ? { type: "INVESTED_IN", source: f.entity.id, target: t.entity.id, props: { amountYuan: a.yuan, approx: a.approx }, confidence: 0.7, evidence: ctx.evidence(s) }
        : {
          type: "FUNDED", source: f.entity.id, target: t.entity.id,
          props: { amountYuan: a.yuan, approx: a.approx, purpose, year, shared: false },
          confidence: 0.7, evidence: ctx.evidence(s),
        });
    });
  }
  return { relations, amounts };
}
