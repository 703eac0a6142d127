// FUNDED from a table of projects (序号|项目名称|实施地点|资金规模(万元)|帮扶单位): the amount column's unit is in its
// header, the place and the giver in columns of their own, each row one grant.
import { ArticleContext, isInstitution, isPlace, mostSpecific, type Ref, type Relation } from "./context.js";

const AMOUNT_HEADER = /(资金|金额|投资|投入|援助|补助|帮扶)[^|]{0,8}[(（](万元|亿元|元)[)）]/;
const PLACE_HEADER = /(实施地点|项目地点|建设地点|地点|受援|所在地|旗县|苏木|乡镇|嘎查|村)/;
const FUNDER_HEADER = /(帮扶单位|援助单位|出资单位|捐赠单位|资金来源|帮扶方|结对单位)/;
const PURPOSE_HEADER = /(项目名称|建设内容|项目内容|项目)/;
const TOTAL_ROW = /(合计|小计|总计|共计)/;
const UNIT: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 元: 1 };

interface Line { start: number; cells: { start: number; end: number; text: string }[] }

function cellsOf(text: string, start: number, end: number): Line {
  const cells: Line["cells"] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "|") {
      cells.push({ start: from, end: i, text: text.slice(from, i).trim() });
      from = i + 1;
    }
  }
  return { start, cells };
}

export function tableFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("|")) return out;
  // The lines of the text, as cells where they hold bars.
  const lines: Line[] = [];
  for (let start = 0; start < ctx.text.length; ) {
    const nl = ctx.text.indexOf("\n", start);
    const end = nl < 0 ? ctx.text.length : nl;
    lines.push(ctx.text.slice(start, end).includes("|") ? cellsOf(ctx.text, start, end) : { start, cells: [] });
    start = end + 1;
  }
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells.map((c) => c.text);
    const amountAt = header.findIndex((c) => AMOUNT_HEADER.test(c));
    if (amountAt < 0) continue;
    const unit = UNIT[AMOUNT_HEADER.exec(header[amountAt]!)![2]!]!;
    const column = (re: RegExp) => header.findIndex((c, i) => i !== amountAt && re.test(c));
    const placeAt = column(PLACE_HEADER);
    const funderAt = column(FUNDER_HEADER);
    const purposeAt = column(PURPOSE_HEADER);
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length > 0; r++) {
      const row = lines[r]!.cells;
      // A total row spans columns (合计|2650.5|): its cells no longer line up, and it is no grant of its own.
      if (row.length !== header.length || row.some((c) => TOTAL_ROW.test(c.text))) continue;
      const written = /^([0-9]+(?:\.[0-9]+)?)$/.exec(row[amountAt]!.text.replace(/,/g, ""));
      if (!written) continue;
      const inCell = (i: number) => (i >= 0 ? ctx.within(row[i]!.start, row[i]!.end) : []);
      const funderRefs = mostSpecific(ctx, inCell(funderAt).filter((x) => ctx.sideOf(x.entity) === "beijing"));
      const funder = funderRefs[funderRefs.length - 1]?.entity ?? (funderAt < 0 ? ctx.beijingFocus : undefined);
      const places = (placeAt >= 0 ? inCell(placeAt) : ctx.within(row[0]!.start, row[row.length - 1]!.end))
        .filter((x) => (isPlace(x.entity) || isInstitution(x.entity)) && ctx.sideOf(x.entity) !== "beijing");
      const recipient: Ref | undefined = mostSpecific(ctx, places)[0];
      const s = ctx.sentenceAt(row[0]!.start);
      if (!funder || !recipient || !s || funder.id === recipient.entity.id) continue;
      const purpose = purposeAt >= 0 ? row[purposeAt]!.text.slice(0, 40) : "";
      out.push({
        type: "FUNDED", source: funder.id, target: recipient.entity.id,
        props: { amountYuan: Math.round(Number(written[1]) * unit), approx: false, purpose, year: null, shared: false },
        confidence: 0.7, evidence: ctx.evidence(s),
      });
    }
  }
  return out;
}
