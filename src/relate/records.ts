// Projects written as labelled fields, on one line (项目名称：…；实施地点：…；资金规模：350万元；帮扶单位：北京市丰台区) or a
// field a line: FUNDED from the giver's field (else the district in focus) to the place's, one per record; people's
// records the same way, WORKS_AT and ASSIGNED_TO as a table's rows give them.
import { amountsIn } from "./amounts.js";
import type { Sentence } from "../normalise/index.js";
import { ArticleContext, isInstitution, isPlace, linesOf, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { FUNDER_HEADER, PERSON_FIELDS, personPostings, PLACE_HEADER, PURPOSE_HEADER } from "./tables.js";

/** A field: its label, then its value up to the next field's separator. */
// (A label may carry its unit in brackets: 资金规模（万元）：680.)
const FIELD = /([\u4e00-\u9fff]{2,8}(?:[（(](?:万元|亿元|元)[）)])?)[:：]([^；;。\n]+)/g;
const AMOUNT_LABEL = /(资金规模|资金|金额|投资|投入|补助|援助)/;

interface Field { label: string; start: number; end: number; value: string }

/** Records: a line of two fields or more, or a run of lines of one field each (项目单位：…\n实施地点：…\n资金规模：…). */
function recordsOf(text: string): Field[][] {
  const records: Field[][] = [];
  let run: Field[] = [];
  const close = () => {
    if (run.length >= 2) records.push(run);
    run = [];
  };
  for (const line of linesOf(text)) {
    const fields = [...line.text.matchAll(FIELD)].map((m) => ({ label: m[1]!, start: line.start + m.index! + m[1]!.length + 1, end: line.start + m.index! + m[0].length, value: m[2]! }));
    // (A field's line holds the field alone: a sentence with a colon in it, 联系电话：…, ends nothing it is not.)
    const alone = fields.length === 1 && fields[0]!.start - line.start === fields[0]!.label.length + 1 && fields[0]!.end === line.start + line.text.length;
    if (alone) {
      // A field met again opens the next record (a list of projects without headings between them).
      if (run.some((f) => f.label === fields[0]!.label)) close();
      run.push(fields[0]!);
      continue;
    }
    close();
    if (fields.length >= 2) records.push(fields);
  }
  close();
  return records;
}

/** A record's line: a place's field and a sum's, labelled, on one line. */
const RECORD_LINE = /(实施地点|项目地点|建设地点)[:：][^；;]*[；;].*(资金规模|资金|金额|补助)[^:：；;]{0,8}[:：]|(资金规模|资金|金额|补助)[^:：；;]{0,8}[:：][^；;]*[；;].*(实施地点|项目地点|建设地点)[:：]/;

/** The sentence stands in a record's line, which recordFunding reads whole. (Its fields may be sentences of their
 * own, split at semicolons: the line is looked at.) */
export function inRecord(ctx: ArticleContext, s: Sentence): boolean {
  if (!/[:：]/.test(s.text)) return false;
  const lineEnd = ctx.text.indexOf("\n", s.start);
  return RECORD_LINE.test(ctx.text.slice(ctx.text.lastIndexOf("\n", s.start) + 1, lineEnd < 0 ? ctx.text.length : lineEnd));
}

export function recordFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(资金|金额|投资|投入|补助|援助)[^:：\n]{0,8}[:：]/.test(ctx.text)) return out;
  for (const fields of recordsOf(ctx.text)) {
    const field = (re: RegExp) => fields.find((f) => re.test(f.label));
    const money = field(AMOUNT_LABEL);
    const place = field(PLACE_HEADER);
    // (A bare figure takes the label's unit: 资金规模（万元）：680.)
    const unit = money && /[（(](万元|亿元|元)[）)]/.exec(money.label)?.[1];
    const bare = money && unit ? /^\s*([0-9][0-9,]*(?:\.[0-9]+)?)/.exec(money.value) : null;
    const amount = (money && amountsIn(money.value, money.start)[0]) ??
      (bare ? { start: money!.start, end: money!.start + bare[0].length, yuan: Math.round(Number(bare[1]!.replace(/,/g, "")) * (unit === "亿元" ? 1e8 : unit === "万元" ? 1e4 : 1)), approx: false } : undefined);
    if (!money || !place || !amount) continue;
    const giver = field(FUNDER_HEADER);
    const givers = giver ? mostSpecific(ctx, ctx.within(giver.start, giver.end).filter((r) => ctx.sideOf(r.entity) === "beijing" && r.entity.label !== "Person")) : [];
    const funder = givers[givers.length - 1]?.entity ?? (giver ? undefined : ctx.beijingFocus);
    const sites = mostSpecific(ctx, ctx.within(place.start, place.end).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && ctx.sideOf(r.entity) !== "beijing"));
    // A body at the site is what the money builds for (实施地点：宝昌镇太仆寺旗人民医院), not the town it stands in.
    const recipient = sites.find((r) => isInstitution(r.entity)) ?? sites[0];
    const s = ctx.sentenceAt(amount.start);
    if (!funder || !recipient || !s || funder.id === recipient.entity.id) continue;
    // (项目名称 or 建设内容 before a field that only starts with 项目: 项目单位 is who runs it.)
    const purpose = field(/(项目名称|建设内容|项目内容)/) ?? field(PURPOSE_HEADER);
    out.push({
      type: "FUNDED", source: funder.id, target: recipient.entity.id,
      props: { amountYuan: amount.yuan, approx: amount.approx, purpose: purpose && !/单位$/.test(purpose.label) ? purpose.value.trim().slice(0, 40) : "", year: ctx.reportYear, shared: false },
      confidence: 0.7, evidence: ctx.evidence(s),
    });
  }
  return out;
}

/** People's records written a field a line (姓名：王磊\n派出单位：…\n挂职单位及职务：…\n挂职时间：…). */
export function recordPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!/(姓名|名字)[:：]/.test(ctx.text)) return out;
  for (const fields of recordsOf(ctx.text)) {
    const field = (re: RegExp) => fields.find((f) => re.test(f.label));
    const name = field(PERSON_FIELDS.name);
    if (!name) continue;
    const home = field(PERSON_FIELDS.home);
    const posting = field(PERSON_FIELDS.posting);
    const duration = field(PERSON_FIELDS.duration);
    const title = field(PERSON_FIELDS.title);
    out.push(...personPostings(ctx, {
      name, at: name.start, ...(home ? { home } : {}), ...(posting ? { posting, postingLabel: posting.label } : {}),
      ...(duration ? { duration: duration.value.trim() } : {}), ...(title ? { title: title.value } : {}),
    }));
  }
  return out;
}
