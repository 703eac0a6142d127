// WORKS_AT from a table whose columns of people say whose side they are (北京主讲教师 | 本地辅导教师): each person works at the
// body of their side that their row names.
import { barredLines } from "../normalise/index.js";
import { isInstitution, type ArticleContext, type Relation } from "./context.js";

/** A column of people of one side: Beijing's (北京主讲教师, 京方专家) or the local one's (本地辅导教师, 我旗结对教师). */
const SIDE_PEOPLE = /^(北京|京方|北京方)|^(本地|当地|我市|我旗|我县|我区|受援|蒙方|内蒙古)/;
const PEOPLE = /(教师|老师|医生|医师|专家|护士|导师|联系人|负责人)$/;

export function sideColumnHomes(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("|")) return out;
  const lines = barredLines(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells;
    const columns = header.flatMap((c, i) => {
      const side = SIDE_PEOPLE.exec(c.text);
      return side && PEOPLE.test(c.text) ? [{ at: i, side: side[1] ? "beijing" : "inner-mongolia" }] : [];
    });
    if (columns.length === 0) continue;
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      const s = ctx.sentenceAt(row[0]!.start);
      if (!s) continue;
      const peopleCells = new Set(columns.map((c) => c.at));
      const bodies = row.flatMap((cell, i) => (peopleCells.has(i) ? [] : ctx.within(cell.start, cell.end).filter((x) => isInstitution(x.entity) && !x.mention.nested)));
      for (const { at, side } of columns) {
        const own = bodies.filter((b) => ctx.sideOf(b.entity) === side);
        // (Only where the row names one body of that side: else whose it is, the row does not say.)
        if (new Set(own.map((b) => b.entity.id)).size !== 1) continue;
        for (const p of ctx.within(row[at]!.start, row[at]!.end).filter((x) => x.entity.label === "Person")) {
          out.push({ type: "WORKS_AT", source: p.entity.id, target: own[0]!.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
        }
      }
    }
  }
  return out;
}
