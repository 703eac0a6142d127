// Projects written as labelled fields on one line (项目名称：…；实施地点：…；资金规模：350万元；帮扶单位：北京市丰台区):
// FUNDED from the giver's field (else the district in focus) to the place's, one per line.
import { amountsIn } from "./amounts.js";
import { ArticleContext, isInstitution, isPlace, linesOf, mostSpecific, type Relation } from "./context.js";
import { FUNDER_HEADER, PLACE_HEADER, PURPOSE_HEADER } from "./tables.js";

/** A field: its label, then its value up to the next field's separator. */
const FIELD = /([\u4e00-\u9fff]{2,8})[:：]([^；;。\n]+)/g;
const AMOUNT_LABEL = /(资金规模|资金|金额|投资|投入|补助|援助)/;

export function recordFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(资金|金额|投资|投入|补助|援助)[^:：\n]{0,4}[:：]/.test(ctx.text)) return out;
  for (const line of linesOf(ctx.text)) {
    const fields = [...line.text.matchAll(FIELD)].map((m) => ({ label: m[1]!, start: line.start + m.index! + m[1]!.length + 1, end: line.start + m.index! + m[0].length, value: m[2]! }));
    if (fields.length < 2) continue;
    const field = (re: RegExp) => fields.find((f) => re.test(f.label));
    const money = field(AMOUNT_LABEL);
    const place = field(PLACE_HEADER);
    const amount = money && amountsIn(money.value, money.start)[0];
    if (!money || !place || !amount) continue;
    const giver = field(FUNDER_HEADER);
    const givers = giver ? mostSpecific(ctx, ctx.within(giver.start, giver.end).filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person")) : [];
    const funder = givers[givers.length - 1]?.entity ?? (giver ? undefined : ctx.beijingFocus);
    const recipient = mostSpecific(ctx, ctx.within(place.start, place.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && ctx.sideOf(r.entity) !== "beijing"))[0];
    const s = ctx.sentenceAt(amount.start);
    if (!funder || !recipient || !s || funder.id === recipient.entity.id) continue;
    out.push({
      type: "FUNDED", source: funder.id, target: recipient.entity.id,
      props: { amountYuan: amount.yuan, approx: amount.approx, purpose: (field(PURPOSE_HEADER)?.value ?? "").trim().slice(0, 40), year: null, shared: false },
      confidence: 0.7, evidence: ctx.evidence(s),
    });
  }
  return out;
}
