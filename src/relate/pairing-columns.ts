// Pairs a table states by its columns: the Beijing side's and the partner's, under a caption or header on pairing
// (大兴区学校 | 北京方负责人 | 受援学校 under …“手拉手”结对学校…安排表), whatever the cells between them hold.
import { barredLines, type Sentence } from "../normalise/index.js";
import { ArticleContext, isInstitution, isPlace, type Ref } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { orient } from "./pairing-terms.js";
import { BEIJING_STATED, PARTNER_STATED } from "./list-notes.js";

/** Words on pairing a table's caption or header uses (共建 of bodies building a department together: 重点专科共建项目名单). */
const PAIRING_TABLE = /(结对|手拉手|对口帮扶|结亲|携手|共建)/;
/** A row whose pair is only intended or has ended (拟结对, 已解除). */
const NOT_PAIRED = /(拟结对|待签约|未签约|意向|已解除|解除|到期|未续签|终止|取消|暂停)/;
/** A column of money or gifts: its names give, they do not pair (捐赠单位, 供货单位). */
// (Nor one of where a row's bodies lie, 所在区 | 所在盟市、旗县 beside the schools paired: the bodies are the pair.)
// (Nor one of who hosts a row's station, 依托单位 beside 北京结对区: the district pairs; nor the town a village before it belongs
// to, 大兴区结对村 | 所属镇 | 察右前旗示范村 | 所属乡镇: the villages pair.)
const OTHER_COLUMN = /(捐赠|捐款|捐助|采购|供货|^所在|^依托|^所属)/;
/** A column of the district that helps each row's place (北京结对区, 帮扶区). */
const HELPER_COLUMN = /^(北京)?(帮扶|结对|援助)(区|地区|城区)$/;
/** A column of people, whose bodies in brackets are their homes, no side of a pair (领衔院士（所在单位）). */
const PEOPLE_COLUMN = /(院士|负责人$)/;
/** A roster of people sent: its columns are each one's home and posting, no pair of bodies (姓名 | 派出单位 | 挂职单位). */
const ROSTER = /(姓名|名字|挂职|支教|派驻|援派|跟岗|进修)/;
/** A caption is a title or a line leading into the table, not a paragraph that speaks of pairs elsewhere. */
const CAPTION_MAX = 80;

export interface ColumnPair { refs: [Ref, Ref]; sentence: Sentence }

export function columnPairs(ctx: ArticleContext): ColumnPair[] {
  const out: ColumnPair[] = [];
  if (!ctx.text.includes("|") || !(PAIRING_TABLE.test(ctx.text) || /(帮扶|援助)区/.test(ctx.text))) return out;
  const lines = barredLines(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells;
    if (header.length < 3 || lines[h - 1]?.cells.length || !lines[h + 1] || lines[h + 1]!.cells.length !== header.length) continue;
    const caption = [h - 1, h - 2].map((k) => (k >= 0 && lines[k]!.cells.length === 0 ? ctx.text.slice(lines[k]!.start, lines[k + 1]!.start) : "")).filter((c) => c.length <= CAPTION_MAX).join("");
    // (A roster's columns are each one's home and posting; a table whose columns name both sides of the pairs may list who is
    // sent too: 结对区 | 受援旗县 | 北京帮扶医院 | 受援医院 | … | 派驻专家.)
    // (Or one column says its bodies are the rows' pairs: 定点医疗机构 | … | 结对帮扶单位（派出单位） | 派驻专家.)
    const sidesNamed = header.filter((c) => /(结对|帮扶|对口|受援)/.test(c.text)).length >= 2 || header.some((c) => /^结对(?:帮扶)?(?:单位|医院|学校)/.test(c.text));
    // (Or a column of the district that helps each row's place: 实施地点 | … | 帮扶区.)
    const helpers = header.some((c) => HELPER_COLUMN.test(c.text));
    // (A roster's column of the district pairing each row's county pairs that district only: 姓名 | … | 结对区 | 蹲点旗县.)
    const roster = header.some((c) => ROSTER.test(c.text)) && !sidesNamed;
    if (!(PAIRING_TABLE.test(caption + header.map((c) => c.text).join("|")) || helpers) || (roster && !helpers)) continue;
    const rows: typeof header[] = [];
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) rows.push(lines[r]!.cells);
    // Each column's side: the one all the names of its cells are on, in every row that names any.
    const named = (cell: { start: number; end: number }) => ctx.within(cell.start, cell.end).filter((x) => isPlace(x.entity) || isInstitution(x.entity));
    const sideOf = (i: number) => {
      // (But a row's county beside the district helping each, 所在旗县 | … | 北京结对区, is the district's partner.)
      // (And a row's village where a column says its bodies pair with it: 所在嘎查村 | … | 北京结对帮扶单位（与所在嘎查村结对）.)
      const pairedThere = /^所在(嘎查村|村|嘎查|社区)/.test(header[i]!.text) && header.some((c) => /与所在(嘎查村|村|嘎查|社区)[^，,]{0,4}结对/.test(c.text));
      if ((OTHER_COLUMN.test(header[i]!.text) && !(helpers && /^所在(旗县区?|县区|旗市|旗|县)$/.test(header[i]!.text)) && !pairedThere) || PEOPLE_COLUMN.test(header[i]!.text)) return undefined;
      const sides = rows.flatMap((row) => named(row[i]!).map((x) => ctx.sideOf(x.entity) ?? "none"));
      // (A header may say the side its bodies are on, whose names do not: 北京方单位 | 中国农业大学.)
      // (Or by places only Inner Mongolia has: 结对嘎查村, 苏木乡镇.)
      // (Or says so by name: 北京方主体 | 内蒙古方主体.)
      // (Or by the unit it opens with: 丰台区结对单位.)
      const unit = ctx.within(header[i]!.start, header[i]!.end).find((x) => x.mention.start === header[i]!.start && isPlace(x.entity) && x.entity.label !== "Province");
      const stated = BEIJING_STATED.test(header[i]!.text) ? "beijing" : PARTNER_STATED.test(header[i]!.text) || /嘎查|苏木/.test(header[i]!.text) ? "inner-mongolia" : unit ? ctx.sideOf(unit.entity) : undefined;
      // (Its word stands where most of its names agree: a village of Beijing's side the text tells of no more, 半壁店村, is read
      // as the partner's.)
      const most = stated !== undefined && sides.filter((x) => x === stated).length * 4 >= sides.length * 3;
      // (Names of no side's own among those of one side's are of that side: 保康第二小学 among 舍伯吐镇中心学校 and the like.)
      const first = stated && (most || sides.every((x) => x === stated || x === "none")) ? stated : sides.find((x) => x !== "none") ?? sides[0];
      const agree = most || sides.every((x) => x === first || x === "none");
      return first && agree && rows.filter((row) => named(row[i]!).length > 0).length * 2 >= rows.length ? first : undefined;
    };
    const sides = header.map((_, i) => sideOf(i));
    // Each Beijing column with the first partner's column after it of the same kind, places with places and bodies with bodies
    // of their label (结对区 with 受援旗县, 北京帮扶医院 with 受援医院).
    // (A column's kind is the one most of its rows name, a row of places aside: 察右前旗、正镶白旗中小学 among schools.)
    const kindOf = (i: number) => {
      const counts = new Map<string, number>();
      for (const row of rows) for (const k of new Set(named(row[i]!).map((x) => (isPlace(x.entity) ? "place" : x.entity.label)))) counts.set(k, (counts.get(k) ?? 0) + 1);
      const [kind, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
      return n * 2 > rows.length ? kind : undefined;
    };
    // (A column of bodies that say no side, beside one of Beijing's of their kind, is the partner's: 学校名称 | … | 顺义区结对学校.)
    const beijingKinds = new Set(sides.flatMap((side, i) => (side === "beijing" ? [kindOf(i)] : [])));
    sides.forEach((side, i) => {
      if (side === "none") sides[i] = kindOf(i) !== "place" && beijingKinds.has(kindOf(i)) && !sides.some((x, k) => x === "inner-mongolia" && kindOf(k) === kindOf(i)) ? "inner-mongolia" : undefined;
    });
    // (Or, where no column of the same kind stands, bodies with bodies of any kind: a table of universities and the schools,
    // hospitals and bureaus they pair, 北京方单位 | 受援单位.)
    const bodies = (i: number) => rows.filter((row) => named(row[i]!).length > 0 && named(row[i]!).every((x) => isInstitution(x.entity))).length * 2 > rows.length;
    // (Or enterprises and organisations with the villages they pair, where no column of bodies stands on the other side: 商会名称
    // | 所在区 | 结对旗县 | 结对嘎查村.)
    const mostly = (i: number, test: (x: Ref) => boolean) => rows.filter((row) => { const x = mostSpecific(ctx, named(row[i]!)).pop(); return !!x && test(x); }).length * 2 > rows.length;
    // (Whether most rows name in one column a place inside the place of the other's.)
    const inside = (inner: number, outer: number) => rows.filter((row) => {
      const a = mostSpecific(ctx, named(row[inner]!)).pop();
      const b = mostSpecific(ctx, named(row[outer]!)).pop();
      return !!a && !!b && ctx.contains(b.entity.id, a.entity.id);
    }).length * 2 > rows.length;
    const columns = sides.flatMap((side, i) => {
      if (side !== "beijing") return [];
      // (A column of where over one of what, which names a place in passing: 项目名称 | 实施地点.)
      // (A column whose header says which column its bodies pair with: …（与所在嘎查村结对）.)
      const told = /与所在(嘎查村|村|嘎查|社区)/.test(header[i]!.text) ? header.findIndex((c, k) => sides[k] === "inner-mongolia" && /^所在(嘎查村|村|嘎查|社区)/.test(c.text)) : -1;
      if (told >= 0) return [[i, told] as const];
      const partnerOf = (k: number) => sides[k] === "inner-mongolia" && kindOf(k) === kindOf(i);
      const where = header.findIndex((c, k) => partnerOf(k) && /^(实施|项目|建设)?(地点|地址)$/.test(c.text));
      let same = where >= 0 ? where : sides.findIndex((_, k) => partnerOf(k));
      // (Of a league's column and its banners' after it, 受援盟市 | 受援旗县, the banner is the partner.)
      while (same >= 0 && sides[same + 1] === "inner-mongolia" && kindOf(same + 1) === kindOf(i) && inside(same + 1, same)) same++;
      const body = same < 0 && bodies(i) ? sides.findIndex((other, k) => other === "inner-mongolia" && bodies(k)) : -1;
      const village = same < 0 && body < 0 && mostly(i, (x) => /^(Enterprise|Organization)$/.test(x.entity.label)) ? sides.findIndex((other, k) => other === "inner-mongolia" && mostly(k, (x) => x.entity.label === "Village")) : -1;
      // (Or, in a table of pairs of every kind, 结对类型 | 北京方主体 | … | 内蒙古方主体, the first column its header says is the
      // partner's.)
      const stated = same < 0 && body < 0 && village < 0 && BEIJING_STATED.test(header[i]!.text) ? sides.findIndex((other, k) => other === "inner-mongolia" && PARTNER_STATED.test(header[k]!.text)) : -1;
      const j = same >= 0 ? same : body >= 0 ? body : village >= 0 ? village : stated;
      return j >= 0 ? [[i, j] as const] : [];
    });
    for (const [beijing, partner] of columns.filter(([i]) => !roster || HELPER_COLUMN.test(header[i]!.text))) {
      // (Two columns side by side with no one named in the row are read as a list's rows are, in pairing-lists.)
      const adjacent = Math.abs(beijing - partner) === 1;
      for (const row of rows) {
        const people = ctx.within(row[0]!.start, row[row.length - 1]!.end).some((x) => x.entity.label === "Person");
        const s = ctx.sentenceAt(row[0]!.start);
        if ((adjacent && !people) || !s || row.some((c) => NOT_PAIRED.test(c.text))) continue;
        const a = mostSpecific(ctx, named(row[beijing]!)).pop();
        // (Of a chain on the partner's side, the place of the Beijing side's level: 温泉镇 | 居力很镇白音塔拉嘎查 pairs two towns.)
        // (A district's partner is the banner of such a chain: 海淀区 | 科右前旗科尔沁镇 pairs the district with the banner.)
        const level = (x: Ref) => x.entity.label === a!.entity.label || (a!.entity.label === "District" && x.entity.label === "Banner");
        // (Or, where the partner's column names a place below the district's level, the banner another column of that side gives:
        // 旗县区 | 实施地点 | … | 北京结对区 pairs 昌平区 with the row's 阿鲁科尔沁旗, not its 嘎查; a village the village of the row's
        // own column, 苏木乡镇 | 嘎查村 | … | 北京市昌平区结对村.)
        const b = (a && isPlace(a.entity) ? named(row[partner]!).filter(level).pop() ?? sides.flatMap((side, k) => (side === "inner-mongolia" ? named(row[k]!) : [])).filter(level).pop() : undefined) ??
          mostSpecific(ctx, named(row[partner]!)).pop();
        const pair = a && b ? orient(ctx, a, b, true) : null;
        if (pair) out.push({ refs: pair, sentence: s });
      }
    }
  }
  return out;
}
