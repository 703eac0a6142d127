// LOCATED_IN from a table that gives each body's place in a column of its own (名称 | 所在街乡 | …: 北京通城鲜达商贸有限公司 | 永顺镇),
// and PART_OF where a row gives a county and a town in columns side by side (所在旗县 | 所在苏木镇), or a column headed by a
// county lists its towns (密云区 | 库伦旗 | 结对时间 / 溪翁庄镇 | 库伦镇 | 2021年).
import { barredLines, type BarredLine } from "../normalise/index.js";
import { isInstitution, isPlace, type ArticleContext, type Relation } from "./context.js";
import { mostSpecific } from "./ref-runs.js";
import { pointersIn } from "./anaphora.js";
import { isParent } from "./structure.js";

/** A column of where each row's body is (所在街乡, 所在地, 地址, 所属苏木镇; 生产地址, 经营地址; 企业来源地; a worker's 就业地点). */
const PLACE_OF_BODY = /^(所在|所属)[\u4e00-\u9fff]{0,4}(?:[（(][\u4e00-\u9fff]{1,4}[)）])?$|^[\u4e00-\u9fff]{0,4}地址$|^(位置|所在地|注册地|来源地|落户地|属地|生产地|产地|落地位置|落户位置|落地地点|落户地点|就业地点|务工地点|工作地点|落地旗县|落户旗县|落地旗县区|落户旗县区)$|^(企业|公司|单位|就业单位|用人单位)(注册地|所在地|来源地)$/;

/** A column of the lower levels of place alone (嘎查村, 村（社区）). */
const LOWER_LEVEL = /^(?:村|嘎查|嘎查村|行政村|社区|村居|村社区|嘎查村社区)(?:[（(](?:村|嘎查|社区)[)）])?$/;

export function tableLocations(ctx: ArticleContext): Relation[] {
  if (!ctx.text.includes("|")) return [];
  // (The article's lines, cut into cells once for both readings.)
  const lines = barredLines(ctx.text);
  const out: Relation[] = [...headedTowns(ctx, lines), ...levelColumns(ctx, lines), ...namedAfterPlaces(ctx, lines)];
  if (!/(所在|所属|地址|位置|注册地|落户|落地|属地|产地|来源地|地点)/.test(ctx.text)) return out;
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells.map((c) => c.text);
    // (Every column of places: the row's body is in the most specific place they give, 科右前旗 | 居力很镇.)
    // (A column of a level alone right after one goes on with the same place: 所在苏木镇 | 嘎查村.)
    const placeCols = header.flatMap((c, i) => (PLACE_OF_BODY.test(c) || (i > 0 && PLACE_OF_BODY.test(header[i - 1]!) && LOWER_LEVEL.test(c)) ? [i] : []));
    const placeAt = placeCols[0] ?? -1;
    if (placeAt < 0) continue;
    const settledAt = placeCols.some((i) => /落地|落户/.test(header[i]!));
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      // (Not a row only meant or called off: 意向 | 洽谈中.)
      if (row.some((c) => /^(意向|洽谈|洽谈中|储备|拟|计划|待定|取消|终止|未落地)/.test(c.text))) continue;
      const cell = row[placeAt]!;
      const places = placeCols.flatMap((i) => ctx.within(row[i]!.start, row[i]!.end).filter((x) => isPlace(x.entity) && x.entity.label !== "Province"));
      const place = mostSpecific(ctx, places).pop();
      const s = ctx.sentenceAt(row[0]!.start);
      if (!place || !s) continue;
      // (Of the place's parent only, the last written before it: 察右前旗玫瑰营镇三岔河村 puts the village in the town, not the banner.)
      const parent = places.filter((x) => x !== place && x.mention.start < place.mention.start && isParent(ctx, x, place)).pop();
      if (parent) out.push({ type: "PART_OF", source: place.entity.id, target: parent.entity.id, props: {}, confidence: 0.8, evidence: ctx.evidence(s) });
      // (Each body of the row, in the cells before the place's: the row's subject, not the places it deals with after.)
      // (Each column states a place of its own: the county's and the town's.)
      const stated = placeCols.map((i) => mostSpecific(ctx, places.filter((x) => x.mention.start >= row[i]!.start && x.mention.end <= row[i]!.end)).pop());
      // (A household's person lives and works in the village the row gives, as a villager the prose names does: 刘玉兰 | 宝昌镇边墙村.)
      // (Not one whose row names a body of theirs: a founder works at the business, 巴特尔 | 科左中旗巴特尔肉牛养殖专业合作社 | 东艾力嘎查.)
      const village = stated.find((x) => x?.entity.label === "Village");
      const bodyOfRow = ctx.within(row[0]!.start, row[row.length - 1]!.end).some((x) => isInstitution(x.entity) && !x.mention.nested && !placeCols.some((i) => x.mention.start >= row[i]!.start && x.mention.end <= row[i]!.end));
      if (village && !bodyOfRow) {
        for (const p of ctx.within(row[0]!.start, cell.start).filter((x) => x.entity.label === "Person")) out.push({ type: "WORKS_AT", source: p.entity.id, target: village.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(s) });
      }
      const bodiesIn = (from: number, to: number) => ctx.within(from, to).filter((x) => isInstitution(x.entity) && !x.mention.nested);
      const rowBodies = bodiesIn(row[0]!.start, cell.start);
      // (A place column is of the bodies in the cells since the place column before it, or of that one's where none stand between:
      // 北京市派出所 | 所在区 | 内蒙古派出所 | 所在旗县 | 所在盟市 places each station in its own side's columns.)
      // (Nor is a body placed again in the league of the county a column before gave it: 所在旗县 | 所在盟市.)
      let owners = rowBodies;
      let given: typeof stated = [];
      placeCols.forEach((i, k) => {
        const between = k === 0 ? rowBodies : bodiesIn(row[placeCols[k - 1]!]!.end, row[i]!.start);
        if (between.length > 0) [owners, given] = [between, []];
        const at = stated[k];
        if (!at) return;
        if (given.some((x) => x && ctx.contains(at.entity.id, x.entity.id))) return;
        // (Nor in the town whose village the next column gives: 所在苏木乡镇 | 所在嘎查村 places it in the village.)
        const village = stated[k + 1];
        if (at.entity.label === "Township" && village?.entity.label === "Village" && isParent(ctx, at, village)) return;
        given.push(at);
        for (const body of owners) {
          // (Not across the two sides, unless the column says where one settled: 北京亦庄康源生物医药有限公司 | … | 落地位置 | 大板镇.)
          if (!(settledAt && body === rowBodies[0]) && ctx.sideOf(body.entity) !== undefined && ctx.sideOf(at.entity) !== undefined && ctx.sideOf(body.entity) !== ctx.sideOf(at.entity)) continue;
          out.push({ type: "LOCATED_IN", source: body.entity.id, target: at.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
        }
      });
    }
  }
  return out;
}

/** A column's header of the towns of the county it opens with (西城区结对街道, 我旗结对乡镇（街道）, 林西县所辖苏木镇). */
const TOWNS_OF_HEADER = /^(?:结对|受援|帮扶|所辖|下辖|参与)?(?:街道|乡镇|镇|苏木|乡|街乡|镇街|苏木镇|镇苏木|乡镇街道|苏木乡镇|乡镇苏木)(?:[（(](?:街道|乡镇|镇|苏木|镇街)[)）])?$/;

/** PART_OF each town a column lists under its county's name alone (密云区 | 库伦旗), where the gazetteer holds it there, or
 * under a header saying they are that county's towns (西城区结对街道 | 我旗结对乡镇（街道）), where it holds it nowhere else. */
function headedTowns(ctx: ArticleContext, lines: BarredLine[]): Relation[] {
  const out: Relation[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells;
    const counties = header.map((c) => {
      // (Or the article's own county pointed at, looked for only where the cell opens with its word: 我旗结对乡镇.)
      const s = /^[我本]/.test(c.text) ? ctx.sentenceAt(c.start) : undefined;
      const pointer = s ? pointersIn(ctx, s, c.start, c.end).find((p) => p.start === c.start && /^[我本][旗县区市]$/.test(ctx.text.slice(p.start, p.end))) : undefined;
      const county = [...ctx.within(c.start, c.end), ...(pointer ? [pointer.ref] : [])].find((x) => (x.entity.label === "District" || x.entity.label === "Banner") && (x === pointer?.ref || x.mention.start === c.start));
      if (!county) return undefined;
      const rest = ctx.text.slice(county === pointer?.ref ? pointer.end : county.mention.end, c.end).trim();
      return rest === "" && county !== pointer?.ref ? { county, stated: false } : TOWNS_OF_HEADER.test(rest) ? { county, stated: true } : undefined;
    });
    if (!counties.some((x) => x)) continue;
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      const s = ctx.sentenceAt(row[0]!.start);
      for (const [i, col] of counties.entries()) {
        const town = col && ctx.within(row[i]!.start, row[i]!.end).find((x) => x.entity.label === "Township" && !x.mention.nested);
        const held = town && ctx.g.townshipUnit(town.entity.id)?.parentId;
        if (town && s && (held === col.county.entity.id || (col.stated && held === undefined))) {
          out.push({ type: "PART_OF", source: town.entity.id, target: col.county.entity.id, props: {}, confidence: 0.75, evidence: ctx.evidence(s) });
        }
      }
    }
  }
  return out;
}

/** A column headed by a level of place alone (乡镇 | 村, 苏木镇 | 嘎查村, 旗县区, 盟市 | 旗县（市）). */
// (Or by what the place is to the row, 结对村（嘎查） | 所属乡镇（苏木）.)
// (Another level may stand beside it in brackets, 村（社区）, 乡镇（苏木）; or schools or bodies after a slash, 村（嘎查）/学校.)
const LEVEL = "(?:盟市|盟|市|旗县区?|旗县市区?|县区|旗市|乡镇(?:街道)?|苏木乡镇|乡镇苏木|苏木镇|镇苏木|镇|乡|苏木|街道|镇街|村|嘎查|嘎查村|行政村|社区)";
/** A column of the sites of projects: its places are the row's, to be read against a column of levels beside it. */
export const SITE_COLUMN = /^(?:建设|实施|项目)(?:地点|地址)$/;
const LEVEL_COLUMN = new RegExp(`^(?:结对|受援|帮扶|所属|所在|实施|项目|示范)?${LEVEL}(?:[（(]${LEVEL}(?:[、/]${LEVEL})*[)）])?(?:名称)?(?:[/／](?:学校|单位))?$`);

/** PART_OF from the columns of a table that each hold a level of place (序号 | 乡镇 | 村 / 1 | 八里罕镇 | 喇嘛地村): each row's
 * smaller place is part of the larger it names beside it, where the two can hold one another. */
function levelColumns(ctx: ArticleContext, lines: BarredLine[]): Relation[] {
  const out: Relation[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells;
    // (A header may open with the county whose places it lists, 顺义区结对村 | 科左中旗结对嘎查 | 所属镇苏木: the side of each
    // column's places, which no row pairs across.)
    const sides = header.map((c) => {
      const county = ctx.within(c.start, c.end).find((x) => x.mention.start === c.start && /^(District|Banner)$/.test(x.entity.label));
      return county && LEVEL_COLUMN.test(ctx.text.slice(county.mention.end, c.end).trim()) ? { side: ctx.sideOf(county.entity) } : LEVEL_COLUMN.test(c.text) || SITE_COLUMN.test(c.text) ? { side: undefined } : undefined;
    });
    // (A column of sites, 建设地点 | 林东镇双井村, holds chains of places: each the chain's first, the town, is a child too.)
    const sites = new Set(header.flatMap((c, i) => (SITE_COLUMN.test(c.text) ? [i] : [])));
    if (sites.size === header.filter((_, i) => sides[i]).length) continue;
    const cols = header.flatMap((_, i) => (sides[i] ? [i] : []));
    if (cols.length < 2) continue;
    for (let r = h + 1; r < lines.length; r++) {
      const row = lines[r]!.cells;
      // (A subtotal's row of fewer cells stands between the sections of rows: 宝昌镇小计 | 500.)
      if (row.length !== header.length) {
        if (row.length > 0 && row.some((c) => /小计|合计/.test(c.text))) continue;
        break;
      }
      const s = ctx.sentenceAt(row[0]!.start);
      // (The place that fills each cell, its chain read to its most specific.)
      // (Each of several a cell lists is a child: 天山镇、绍根镇 under 实施乡镇 beside 阿鲁科尔沁旗.)
      const listed = cols.map((i) => {
        const inCell = ctx.within(row[i]!.start, row[i]!.end).filter((x) => isPlace(x.entity) && !x.mention.nested);
        const specific = mostSpecific(ctx, inCell);
        return sites.has(i) ? [...new Set([...inCell.filter((x) => x.entity.label === "Township"), ...specific])] : specific;
      });
      const places = listed.map((l) => l[l.length - 1]);
      // (The larger place may stand after the smaller: 结对村（嘎查） | 所属乡镇（苏木）.)
      for (let a = 0; a < places.length; a++) {
        for (let b = 0; b < places.length; b++) for (const child of listed[b]!) {
          const parent = places[a];
          const side = (k: number) => sides[cols[k]!]?.side ?? ctx.sideOf(places[k]!.entity);
          if (!s || a === b || !parent || !child || (side(a) && side(b) && side(a) !== side(b))) continue;
          // (Not past the place the child's own cell names it in: 锦山镇马鞍山村 under 结对嘎查村 is part of 锦山镇, not of the county
          // beside it.)
          const cell = row[cols[b]!]!;
          // (A sibling listed before it is none: 天山镇、绍根镇.)
          const own = ctx.within(cell.start, cell.end).filter((x) => isPlace(x.entity) && x.mention.end <= child.mention.start && x.entity.id !== child.entity.id && x.entity.label !== child.entity.label);
          if (own.length > 0 && !own.some((x) => x.entity.id === parent.entity.id)) continue;
          // (Nor of a larger place past the one between them another column gives: 旗县 | 所在苏木 | 所在嘎查 puts the village in the
          // sumu only.)
          if (places.some((m, k) => k !== a && k !== b && m && m !== parent && m !== child && isParent(ctx, parent, m) && isParent(ctx, m, child))) continue;
          if (isParent(ctx, parent, child)) out.push({ type: "PART_OF", source: child.entity.id, target: parent.entity.id, props: {}, confidence: 0.75, evidence: ctx.evidence(s) });
        }
      }
      // (A school or body in a column of places, 村（嘎查）/学校, lies in the place the row's other columns name: 长顺镇 | 化德县第二小学.)
      for (let b = 0; b < cols.length; b++) {
        if (!/[/／](学校|单位)$/.test(header[cols[b]!]!.text) || listed[b]!.length > 0) continue;
        const cell = row[cols[b]!]!;
        const body = ctx.within(cell.start, cell.end).find((x) => isInstitution(x.entity) && !x.mention.nested);
        const place = places.filter((p, a) => a !== b && p).pop();
        if (s && body && place) out.push({ type: "LOCATED_IN", source: body.entity.id, target: place.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}

/** Columns of a town and a village alone, then one of bodies' names (苏木镇 | 嘎查村 | 合作社名称): each row's body lies in the most
 * specific place of the columns before it. */
// (Where each is, its county's column first or a town's: 旗县市区 | 落地企业名称, 所在苏木镇 | 所在嘎查村 | 经营主体名称.)
const LEVEL_ALONE = /^(?:所在|所属)?(?:旗县市区|旗县区|旗县市|旗县|县区|旗市|苏木乡镇|苏木镇|乡镇|镇|苏木|乡|嘎查村|嘎查|村|行政村|社区)(?:[（(][\u4e00-\u9fff、]{1,6}[)）])?$/;
const NAMES_OF_BODIES = /^(?:落地|落户|入驻|引进)?(?:合作社|企业|经营主体|主体|工坊|车间|站点|服务站|学校|医院|卫生院)名称$|^(?:实施|经营|运营|申报)主体$/;

function namedAfterPlaces(ctx: ArticleContext, lines: BarredLine[]): Relation[] {
  const out: Relation[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!.cells.map((c) => c.text);
    const nameAt = header.findIndex((c) => NAMES_OF_BODIES.test(c));
    if (nameAt < 1 || !LEVEL_ALONE.test(header[nameAt - 1]!)) continue;
    let first = nameAt - 1;
    while (first > 0 && LEVEL_ALONE.test(header[first - 1]!)) first--;
    // (Not where a column after gives each body's own place: 旗县 | 合作社名称 | 所在地 places it there only.)
    if (header.some((c, i) => i > nameAt && (PLACE_OF_BODY.test(c) || LEVEL_ALONE.test(c)))) continue;
    for (let r = h + 1; r < lines.length && lines[r]!.cells.length === header.length; r++) {
      const row = lines[r]!.cells;
      const place = mostSpecific(ctx, ctx.within(row[first]!.start, row[nameAt - 1]!.end).filter((x) => isPlace(x.entity) && x.entity.label !== "Province")).pop();
      const body = ctx.within(row[nameAt]!.start, row[nameAt]!.end).filter((x) => isInstitution(x.entity) && !x.mention.nested)[0];
      // (Of a column of who carries the projects out, only a body its name does not place already: 翁牛特旗…合作社 stays in its banner,
      // as the kept keys read it.)
      if (body && /主体$/.test(header[nameAt]!) && ctx.within(body.mention.start, body.mention.end, true).some((x) => x.mention.nested && x.mention.start === body.mention.start && isPlace(x.entity))) continue;
      const s = ctx.sentenceAt(row[0]!.start);
      if (place && body && s && ctx.sideOf(place.entity) !== "beijing") out.push({ type: "LOCATED_IN", source: body.entity.id, target: place.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
    }
  }
  return out;
}
