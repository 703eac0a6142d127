// Tables, their cells kept apart by bars: FUNDED from a table of projects (序号|项目名称|实施地点|资金规模(万元)|帮扶单位),
// the amount column's unit in its header. (Tables of people sent are read in table-postings; what the lines around a table
// say of it, in table-surroundings; the words its headers use, in table-headers.)
import { barredLines } from "../normalise/index.js";
import { amountsIn } from "./amounts.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, refAt, specificity, type Ref, type Relation } from "./context.js";
import type { Entity } from "../resolve/index.js";
import { mostSpecific, placesListed } from "./ref-runs.js";
import { RUNNER_COLUMN } from "./list-notes.js";
import { cellsAreBodies, paidToIn, receiversColumn } from "./table-receivers.js";
import { countyPartner } from "./counties.js";
import { captionAbove, captionGiver, captionOwner, donorAbove, introGiver, levelGiver, pairedDistrictGives, payerAbove, titleBody, receiverAbove, sourceCellGiver, statedAbove, statedBelow, supportersGive } from "./table-surroundings.js";
import { AID_HEADER, AMOUNT_HEADER, BARE_AMOUNT_HEADER, BODY_NAME_HEADER, MASS_BODY, PAIR_CELL, CAPTION_YEAR, CELL_UNIT_HEADER, DONOR_HEADER, ENTERPRISE_MONEY, FUNDER_HEADER, GIFT_HEADER, GOVERNMENT, IMPLEMENTER_HEADER, INTENT_ONLY, INVESTMENT_HEADER, INVESTOR_HEADER, NOT_A_SUM, OTHER_MONEY, PAID_IN, PLACE_HEADER, PROPOSED_SUBSIDY, PLEDGED, PRICE_HEADER, PROGRAMME_MONEY, PURCHASE, PURCHASE_SIDE, PURPOSE_HEADER, STATUS_HEADER, SUBSIDISED_BODY, SUBSIDY_HEADER, SUBSIDISED_NAME, TOTAL_ROW, UNIT, UNIT_LINE, UNIT_NOTE, WHOLE_COST } from "./table-headers.js";

/** The body of Inner Mongolia's side, or of neither, that fills a cell whole but for a note in brackets after it. */
function wholeBody(ctx: ArticleContext, cell: { start: number; end: number; text: string }): Ref | undefined {
  const refs = ctx.within(cell.start, cell.end).filter((x) => isInstitution(x.entity) && ctx.sideOf(x.entity) !== "beijing");
  const lead = cell.start + (ctx.text.slice(cell.start, cell.end).length - ctx.text.slice(cell.start, cell.end).trimStart().length);
  const only = refs.length === 1 ? refs[0]! : undefined;
  return only && only.mention.start === lead && /^\s*(?:[（(][^（()）]{1,8}[）)])?\s*$/.test(ctx.text.slice(only.mention.end, cell.end)) ? only : undefined;
}

export function tableFunding(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("|")) return out;
  const lines = barredLines(ctx.text);
  // (Notes of the unit and of where the money went, found once per article, not looked for anew for every line of a long report.)
  const unitNotes = [...ctx.text.matchAll(UNIT_NOTE)], paidTo = paidToIn(ctx.text);
  for (let h = 0; h < lines.length; h++) {
    // (A header of two rows, a merged cell over the columns it spans, 资金规模（万元） over 合计 | 东城区财政援助资金: each column
    // is named by both.)
    const below = lines[h + 1]?.cells;
    const twoRows = !!below && below.length === lines[h]!.cells.length && lines[h]!.cells.some((c, i) => i > 0 && c.text !== "" && c.text === lines[h]!.cells[i - 1]!.text) &&
      !below.some((c) => /^[0-9.,，]+$/.test(c.text));
    const header = lines[h]!.cells.map((c, i) => (twoRows && below![i]!.text !== c.text ? c.text + below![i]!.text : c.text));
    // (Of two money columns, the aid's before the project's whole cost: 总投资（万元）| 其中协作资金（万元）.)
    // (Not a sum paid for goods, 认购金额, 采购金额: a purchase, no grant.)
    const moneyAt = header.flatMap((c, i) => (AMOUNT_HEADER.test(c) && !PURCHASE.test(c) ? [i] : []));
    // (Of an investment's sums, what was paid in over what was planned: 计划投资（万元）| 到位投资（万元）; a subsidy over the sum invested, 拟奖补金额.)
    let amountAt = moneyAt.find((i) => AID_HEADER.test(header[i]!) && !OTHER_MONEY.test(header[i]!)) ?? moneyAt.find((i) => SUBSIDY_HEADER.test(header[i]!) && !WHOLE_COST.test(header[i]!) && moneyAt.some((j) => WHOLE_COST.test(header[j]!))) ?? moneyAt.find((i) => PAID_IN.test(header[i]!)) ?? moneyAt[0] ?? -1;
    let tableUnit = amountAt >= 0 ? UNIT[AMOUNT_HEADER.exec(header[amountAt]!)![2]!]! : 0;
    // (Or the unit stated once over the table, 单位：万元, for a header that gives none: 京蒙协作资金合计.)
    if (amountAt < 0) {
      // (A note stating it for all the tables may stand further up, 说明：…表内金额单位除注明外均为万元.)
      // (Or in a note right under it: 注：资金单位为万元.)
      const stated = statedAbove(ctx.text, lines, h, UNIT_LINE) ?? unitNotes.findLast((m) => m.index! + m[0].length <= lines[h]!.start)?.[1] ?? statedBelow(ctx.text, lines, h);
      // (The aid's column first, then what was paid in, 实际到位投资, over what was agreed, 协议投资.)
      const bare = header.flatMap((c, i) => (BARE_AMOUNT_HEADER.test(c) && !OTHER_MONEY.test(c) && !WHOLE_COST.test(c) && !NOT_A_SUM.test(c) ? [i] : []));
      amountAt = stated ? bare.find((i) => AID_HEADER.test(header[i]!)) ?? bare.find((i) => PAID_IN.test(header[i]!)) ?? bare[0] ?? -1 : -1;
      // (Or each cell states its own unit under a header that names none: 投资额 | 1.2亿元.)
      if (amountAt < 0) amountAt = header.findIndex((c) => CELL_UNIT_HEADER.test(c));
      if (amountAt < 0) continue;
      tableUnit = stated ? UNIT[stated]! : 0;
    }
    // (A price paid to a supplier, 成交金额（元）, or an offer is no grant: a notice of a purchase pays a contractor.)
    // (Nor a table of sums only planned: 拟申报项目 | 拟受援单位 | 拟安排资金（万元）; a notice's proposed subsidies, 拟奖补资金, are paid.)
    // (Nor what enterprises brought in to a row's pair, 结对关系 | … | 实际到位投资（亿元）: no grant of the pair's Beijing side.)
    // (Nor a table of purchases, its sides the buyer and the supplier: 采购单位 | 供货单位 | 产品 | 金额（万元）.)
    // (Nor what a table of people says each was paid: 姓名 | … | 补贴金额（元） is a worker's subsidy, no grant of the firm beside.)
    // (Nor what it says each was given in aid: 姓名 | … | 户籍地 | 手术医院 | 资助金额（元） is a patient's, no grant of the hospital.)
    // (Its kind of aid may stand in a column of its own: 姓名 | … | 补贴类别 | 金额（元）.)
    if (header.some((c) => /^(姓名|人员姓名|学员姓名|学生姓名|患儿姓名|患者姓名|务工人员)$/.test(c)) && (/(补贴|补助|奖励|奖补|工资|薪|资助|救助)/.test(header[amountAt]!) || header.some((c) => /^(补贴|补助|资助|救助|奖补)(类别|类型|项目|标准)$/.test(c)))) continue;
    if (PRICE_HEADER.test(header[amountAt]!) || (/^(拟|计划|预计)/.test(header[amountAt]!.replace(/^\*+/, "")) && !PROPOSED_SUBSIDY.test(header[amountAt]!)) || header.some((c) => PURCHASE_SIDE.test(c)) ||
      (ENTERPRISE_MONEY.test(header[amountAt]!) && !AID_HEADER.test(header[amountAt]!) && header.some((c) => /结对/.test(c)) && !header.some((c) => INVESTOR_HEADER.test(c)))) continue;
    const column = (re: RegExp) => header.findIndex((c, i) => i !== amountAt && re.test(c));
    // A header naming a unit of Inner Mongolia (结对单位（库伦旗）) heads that side's column, whatever its words.
    const imAt = lines[h]!.cells.findIndex((c) => ctx.within(c.start, c.end).some((x) => ctx.sideOf(x.entity) === "inner-mongolia" && (x.entity.label === "Banner" || x.entity.label === "League")));
    // (Who receives, 受援单位, before where the works stand, 实施地点: 县城 names no one.)
    // (A subsidy's firm receives it: 企业名称 | … | 补贴金额（万元） names the firm paid, not a giver; the district in focus pays, whose
    // programme's money it is, not the office that reviews the list; or the body a row names before its operator, 工坊名称 | 运营主体.)
    const subsidised = SUBSIDY_HEADER.test(header[amountAt]!) ? [SUBSIDISED_NAME, SUBSIDISED_BODY].map((re) => column(re)).find((i) => i >= 0) ?? -1 : -1;
    const recipientAt = receiversColumn(paidTo, header, amountAt, subsidised, column, (i) => cellsAreBodies(ctx, lines.slice(h + 1, h + 41), header.length, i));
    // (Where no other says who receives, the body carrying a project out does: 实施主体 | 察右前旗乌兰牧骑.)
    const placeColumn = column(PLACE_HEADER);
    const placeAt = imAt >= 0 ? imAt : recipientAt >= 0 ? recipientAt : placeColumn >= 0 ? placeColumn : column(IMPLEMENTER_HEADER);
    // (Of several columns of places, 苏木镇 | 嘎查村, the most specific place of the row's is where it goes.)
    const placeCols = imAt < 0 && recipientAt < 0 ? header.flatMap((c, i) => (i !== amountAt && PLACE_HEADER.test(c) ? [i] : [])) : [];
    // (Where the only place a row gives is its county, 旗县 | … | 实施单位 | 敖汉旗融媒体中心, the public body carrying the project
    // out is the more specific receiver; not an enterprise running it, nor a town's works: 实施地点 | 五岔沟镇; nor the county's own
    // bureau, 察右后旗水利局, whose works are the county's.)
    // (Where the only column of who receives is of the bodies carrying projects out, an office receives no project's money that
    // the project's name gives a place or a body named with its place for (not 民俗文化展示馆 alone): 库伦镇荞麦产业园基础设施建设项目 | 库伦镇人民政府, 库伦旗人民医院医疗设备购置项目 |
    // 库伦旗卫生健康委员会.)
    const implementersOnly = imAt < 0 && recipientAt < 0 && placeColumn < 0 && placeAt >= 0;
    const implementerAt = column(IMPLEMENTER_HEADER);
    const bodyAt = placeAt === placeColumn && placeCols.length <= 1 && /^(旗县|旗县区|旗县市区?|县区|旗市)(?:[（(][市区旗县]{1,2}[）)])?$/.test(header[placeAt] ?? "") ? (implementerAt >= 0 ? implementerAt : column(BODY_NAME_HEADER)) : -1;
    // (A sum invested is the enterprise's of its column, not the paired district's beside it: 北京结对区 | 企业名称 | 协议投资额.)
    const investorAt = INVESTMENT_HEADER.test(header[amountAt] ?? "") ? header.findIndex((c, i) => i !== amountAt && i !== imAt && INVESTOR_HEADER.test(c)) : -1;
    // (A column of who gave over one of the row's pair: 北京结对区 | … | 捐赠单位 names the giver in the latter; or of Beijing's supporters.)
    const funderCols = header.flatMap((c, i) => (i !== amountAt && i !== imAt && i !== subsidised && (FUNDER_HEADER.test(c) || supportersGive(ctx, lines, h, c, header[amountAt]!)) ? [i] : []));
    const funderAt = investorAt >= 0 ? investorAt : funderCols.find((i) => GIFT_HEADER.test(header[i]!)) ?? funderCols[0] ?? -1;
    // (A source a Beijing body raised itself, 资金来源 | 学校自筹, is given by the row's body of the Beijing side's column:
    // 北京方单位 | 北京物资学院.)
    const sourceAt = column(/^资金来源$/);
    const levelAt = column(/^资金(来源|类别|级次|层级|性质|类型)$/);
    const ownAt = sourceAt >= 0 ? column(/^(北京方?|京方)(单位|学校|医院|高校|院校|企业)$/) : -1;
    // (Not a count of projects, 项目数（个）: no purpose.)
    const purposeAt = header.findIndex((c, i) => i !== amountAt && PURPOSE_HEADER.test(c) && !/(数|个数)([（(]个[)）])?$|[（(]个[)）]$/.test(c));
    const statusAt = column(STATUS_HEADER);
    // (So is one describing the work, 主要建设内容 | 补贴北京赴库伦旗旅游专列, or how it helps farmers, naming the firm that runs it: 联农带农机制.)
    const remarkAt = column(/^(备注|说明|附注|(?:主要)?(?:建设|扶持|帮扶|实施)?内容(?:及规模)?|联农带农(?:机制|方式|情况)?|利益联结(?:机制)?|带动(?:效益|情况|方式))$/);
    // (Nor one of the firms that buy the produce or send the orders: 产品包销企业 | 北京惠家鲜超市连锁有限公司, 主要订单来源, give nothing.)
    const buyerAt = column(/(包销|收购|采购|购销|订单)(企业|单位|方|商|来源)?$/);
    // (Nor those paid to design, build or supply the works: 设计单位 | 北京华规城市设计研究院有限公司 is the district's contractor, 承建/供货单位 too.)
    const contractorAt = column(/^(?:(?:设计|施工|监理|承建|中标|编制|承接|供货|供应)[/／、]?)+(单位|企业|机构|方|商)$/);
    // (Nor those whose technology a row's project takes, 技术来源单位 | 北京华蒙…, nor Beijing's supporters, 北京方支持单位 | 北京市海淀区文化馆.)
    // (Nor those who trained a row's keeper: 参训机构 | 北京市昌平区华艺美容美发职业技能培训学校.)
    const supporterAt = column(/^(技术来源|技术支持|技术依托|技术合作)(单位|企业|机构|方)$|^(北京方?|京方)?(支持|协助|指导|合作|对接)单位$|^(参训|培训|承训|授课)(机构|单位|学校)$/);
    const year = ctx.reportYear ?? (Number(statedAbove(ctx.text, lines, h, CAPTION_YEAR)) || null);
    // (Gifts a caption says one body received are that body's, whatever each row's use: 定向用途 | 巴林右旗蒙医医院….)
    const received = placeAt < 0 ? receiverAbove(ctx, lines, h) : undefined;
    const [donors, gifts] = [DONOR_HEADER, GIFT_HEADER].map((re) => funderAt >= 0 && re.test(header[funderAt]!));
    const donor = funderAt < 0 ? donorAbove(ctx, lines, h, header) : undefined;
    const payer = payerAbove(ctx, lines, h);
    // (A money column that names its giver by a word pointing at it, 集团投入（万元）, in the group's own report.)
    const amountCell = lines[h]!.cells[amountAt]!;
    const headerSentence = ctx.sentenceAt(amountCell.start);
    // (Or names it, 北京市财政援助资金（万元）: that giver's, whoever the row pairs; a second column of the district's own, 区级帮扶资金,
    // the row's.)
    // (Or a caption right above: 2023年北京市财政援助资金分配情况.)
    // (The city's own budget only, 北京市财政…, 市级…: 北京援助资金 beside a column of partner districts is theirs.)
    // (Or only by its level, 市级资金 beside 结对区 and 区级资金 under a caption of the programme's money: the city's.)
    // (Or where the article says whose the city's money is: 项目资金从北京市市级京蒙协作资金中安排 over 市级协作资金（万元）.)
    const cityByLevel = /^市级/.test(amountCell.text) && ((header.some((c) => /结对区/.test(c)) && /(京蒙|东西部)协作资金/.test(captionAbove(ctx.text, lines, h))) ||
      (/协作资金/.test(amountCell.text) && /北京市市?级(?:财政)?(?:京蒙|东西部)?协作资金/.test(ctx.text))) ? ctx.g.lookup("北京市") : undefined;
    // (Or a district, 密云区援助资金: that district's, whatever body of Beijing a row names, 接入北京市密云区医院远程诊疗平台.)
    const districtNamed = ctx.within(amountCell.start, amountCell.end).filter((x) => x.entity.label === "District" && ctx.sideOf(x.entity) === "beijing").pop()?.entity;
    const namedGiver = /北京市(财政|级)|市级/.test(amountCell.text) ? ctx.within(amountCell.start, amountCell.end).filter((x) => ctx.sideOf(x.entity) === "beijing" && isPlace(x.entity)).pop()?.entity ?? (cityByLevel ? ctx.entities.get(cityByLevel.id) : undefined) : districtNamed ?? captionGiver(ctx, lines, h);
    // (A column of the row's pair, 丰台区结对单位 | 王佐镇西王佐村, beside the programme's money the caption says is a district's:
    // that district's, the row's pair read as a pair.)
    // (Or the line leading into the table, or the district its header names: 结对镇街（海淀区）.)
    // (Or a subsidy the programme pays a row's body, 北京结对帮扶单位 | 补助资金（万元）, 补助金额: the partner pays none; or where the
    // Beijing side's pairs stand in a column of their own, no giver's: 嘎查村 | 京蒙协作资金（万元） | 北京市昌平区结对村.)
    const subsidy = /^(补助|补贴|奖补)(资金|金额)/.test(header[amountAt]!);
    const pairAt = funderAt >= 0 ? funderAt : column(/^(北京|京方)[\u4e00-\u9fff]{0,6}结对(村|社区|单位|镇街|街道|乡镇)$/);
    const pairColumn = pairAt >= 0 && /结对(?:帮扶)?(单位|方|村|社区|企业|主体|镇街|街道|乡镇)/.test(header[pairAt]!) && (AID_HEADER.test(header[amountAt]!) || subsidy) && !GIFT_HEADER.test(header[amountAt]!);
    const pairCell = pairColumn ? lines[h]!.cells[pairAt]! : undefined;
    const headerDistrict = pairCell ? ctx.within(pairCell.start, pairCell.end).find((x) => x.entity.label === "District" && ctx.sideOf(x.entity) === "beijing")?.entity : undefined;
    // (Bodies paired give none of the programme's money: the district the article is about does, 结对企业 | 京蒙协作资金, 北京结对帮扶单位 |
    // 使用京蒙协作资金; their own help, 结对企业 | 帮扶资金, is theirs.)
    const programmePaired = pairColumn && (/(京蒙|东西部|协作)/.test(header[amountAt]!) || subsidy);
    const enterprisesPaired = programmePaired && /企业/.test(header[pairAt]!);
    const ownerOfPairs = pairColumn && !namedGiver && (programmePaired || !/(企业|单位)$/.test(header[pairAt]!)) ? captionOwner(ctx, lines, h) ?? introGiver(ctx, lines, h) ?? headerDistrict ??
      (programmePaired && ctx.beijingFocus?.label === "District" ? ctx.beijingFocus : undefined) : undefined;
    // (Beside it, a column of what each paired enterprise invests itself: 结对企业 | 京蒙协作资金（万元） | 企业投资（万元）.)
    const investedAt = enterprisesPaired ? header.findIndex((c, i) => i !== amountAt && ENTERPRISE_MONEY.test(c) && AMOUNT_HEADER.test(c)) : -1;
    const headerGiver = namedGiver ?? (headerSentence ? pointersIn(ctx, headerSentence, amountCell.start, amountCell.end)[0]?.ref.entity : undefined);
    const ownColumn = namedGiver?.label === "Province" ? header.findIndex((c, i) => i !== amountAt && /^区级/.test(c) && (AMOUNT_HEADER.test(c) || !!cityByLevel)) : -1;
    const districtsMoney = /^(?:北京)?(结对|帮扶)[区县](投入|援助|帮扶)?(协作)?资金/.test(header[amountAt]!);
    const columns: [number, Entity | undefined][] = [[amountAt, namedGiver], ...(ownColumn >= 0 ? [[ownColumn, undefined] as [number, undefined]] : []),
      ...(investedAt >= 0 ? [[investedAt, undefined] as [number, undefined]] : [])];
    for (const [col, giverOfColumn] of columns) {
      const amountAt = col;
      const unit = col === columns[0]![0] ? tableUnit : UNIT[AMOUNT_HEADER.exec(header[col]!)?.[2] ?? ""] ?? tableUnit;
      for (let r = h + (twoRows ? 2 : 1); r < lines.length && lines[r]!.cells.length > 0; r++) {
        const row = lines[r]!.cells;
        // (A header written again with a money column of its own opens another table, read from it; a header's second line,
        // 京蒙协作资金|地方配套 under 资金（万元）, does not.)
        if (header[0] && row[0]!.text === header[0] && row.some((c) => AMOUNT_HEADER.test(c.text))) break;
        // A total row spans columns (合计|2650.5|): its cells no longer line up, and it is no grant of its own.
        if (row.length !== header.length || row.some((c) => TOTAL_ROW.test(c.text))) continue;
        // (A note in brackets after the figure says what it is: 37000（物资折价）.)
        // (A gift's value may be said so: 折合240,000.)
        const written = /^(?:折合|折价|价值)?([0-9]+(?:\.[0-9]+)?)(?:[（(][^（()）]{1,12}[)）])?$/.exec(row[amountAt]!.text.replace(/,/g, ""));
        // (Nor a sum only pledged, not yet received: 认捐现金|…|截至公示日未到账.)
        if (row.some((c) => PLEDGED.test(c.text))) continue;
        const stated = unit === 0 ? amountsIn(row[amountAt]!.text)[0] : undefined;
        if (unit === 0 ? !stated || stated.start > 1 : !written) continue;
        const yuan = stated ? stated.yuan : Math.round(Number(written![1]) * unit);
        const approx = stated?.approx ?? false;
        const inCell = (i: number) => (i >= 0 ? ctx.within(row[i]!.start, row[i]!.end) : []);
        // (Not a name in brackets after the giver's, which says who else takes part: 察干乳业（北京京白乳业…提供技术及包销）.)
        const aside = funderAt >= 0 ? /[（(]/.exec(row[funderAt]!.text) : null;
        const giverEnd = aside ? row[funderAt]!.start + aside.index : Infinity;
        // (But where no giver stands before the bracket, the bracket names it: 京蒙协作资金(东城区).)
        // (In a table of investments, an enterprise whose name says no side invests too: 首农食品集团 | 锡林郭勒盟太仆寺旗 | 35000.)
        // (Or a person, in a column of donors: 张建民（个人）; or a body of no side in a column of givers, a national one: 捐赠单位 | 中华书局.)
        const beijingInCell = inCell(funderAt).filter((x) => ctx.sideOf(x.entity) === "beijing" || (x.entity.label === "Enterprise" && ctx.sideOf(x.entity) === undefined && INVESTMENT_HEADER.test(header[amountAt]!)) ||
          (donors && x.entity.label === "Person") || (gifts && isInstitution(x.entity) && ctx.sideOf(x.entity) === undefined));
        const before = beijingInCell.filter((x) => x.mention.end <= giverEnd);
        const namedBefore = inCell(funderAt).some((x) => x.mention.end <= giverEnd);
        const bracketed = mostSpecific(ctx, beijingInCell.filter((x) => x.entity.label !== "Province" && !/拟|计划|申报/.test(row[funderAt]!.text)));
        // (A body the bracket names gives, not its district named after it: 社会帮扶(北京东方兴业商贸有限公司，东城区企业).)
        const funderRefs = namedBefore ? mostSpecific(ctx, before) : bracketed.some((x) => isInstitution(x.entity)) ? bracketed.filter((x) => isInstitution(x.entity)).slice(0, 1) : bracketed;
        // (With no giver's column, a Beijing body the row names gives: 溪翁庄镇|库伦镇|62 in a district's table of its towns.)
        // (Not one a remark or a description names: 备注 | 大兴区人民医院结对共建 says who the hospital pairs with, not who gave.)
        const remark = remarkAt >= 0 ? row[remarkAt]! : undefined;
        // (A source's column that names the programme's money, not a giver, 资金来源 | 京蒙协作资金, gives as no column would;
        // one of local money, 旗本级财政资金, no grant.)
        const s = ctx.sentenceAt(row[0]!.start);
        const programmeMoney = funderAt >= 0 && inCell(funderAt).length === 0 && PROGRAMME_MONEY.test(row[funderAt]!.text) && !/(本级|财政|自筹|配套|地方)/.test(row[funderAt]!.text);
        const buyer = buyerAt >= 0 ? row[buyerAt]! : undefined;
        const contractor = contractorAt >= 0 ? row[contractorAt]! : undefined;
        const supporter = supporterAt >= 0 ? row[supporterAt]! : undefined;
        const setApart = [remark, buyer, contractor, supporter, ...row.filter((c) => PAIR_CELL.test(c.text))];
        const setAside = (x: Ref) => setApart.some((c) => c && x.mention.start >= c.start && x.mention.end <= c.end);
        const rowBeijing = (funderAt < 0 && subsidised < 0) || programmeMoney ? mostSpecific(ctx, ctx.within(row[0]!.start, row[row.length - 1]!.end).filter((x) => ctx.sideOf(x.entity) === "beijing" && x.entity.label !== "Person" && !setAside(x))) : [];
        // (Not the city a project's name holds there: 冰雪旅游节暨北京游客招募.) (A school or hospital a row pairs does not give the programme's money its column holds, 京蒙协作资金（万元）: the
        // district whose money it is does, the one its name holds.)
        // (Not a column of the bodies' own gifts too: 协作资金/捐赠(万元).)
        // (Nor one of the money its header says the pair's district put in: 北京结对医院 | … | 结对区投入资金（万元）; that district gives it, 北京结对区投入协作资金.)
        const bodyOfRow = !programmeMoney && (AID_HEADER.test(header[amountAt]!) || districtsMoney) && !/(捐赠|捐款|捐助|自筹)/.test(header[amountAt]!) && /^(School|Hospital)$/.test(rowBeijing[0]?.entity.label ?? "") ? rowBeijing[0] : undefined;
        const districtOfBody = bodyOfRow ? ctx.within(bodyOfRow.mention.start, bodyOfRow.mention.end, true).find((x) => x.mention.nested && x.entity.label === "District") : undefined;
        // (Nor does a firm or a body of government a row says runs or carries out the project, 运营主体, 实施单位: the district in focus does.)
        const runner = !programmeMoney && !districtOfBody && AID_HEADER.test(header[amountAt]!) && /^(Enterprise|Agency)$/.test(rowBeijing[0]?.entity.label ?? "") &&
          header.some((c, i) => RUNNER_COLUMN.test(c) && rowBeijing[0]!.mention.start >= row[i]!.start && rowBeijing[0]!.mention.end <= row[i]!.end);
        const focus = runner && ctx.beijingFocus?.label === "District" && s ? refAt(ctx.beijingFocus, s.start) : undefined;
        const rowGiver = districtOfBody ?? (districtsMoney ? rowBeijing.find((x) => x.entity.label === "District") : undefined) ?? focus ?? (programmeMoney ? rowBeijing.find((x) => x.entity.label !== "Province") : rowBeijing[0]);
        const selfFunded = ownAt >= 0 && /^(学校|医院|企业|单位|高校|院校|公司)?自筹/.test(row[sourceAt]!.text) ? inCell(ownAt).filter((x) => isInstitution(x.entity) && !x.mention.nested).pop()?.entity : undefined;
        // (A source's cell naming the money by its level, 市级资金 | 区级资金, under a note saying whose each is: that level's giver; or, with no giver's column, one of the money's kind by level, 资金类别 | 市级: the city's or the district's money.)
        const levelled = (funderAt >= 0 ? levelGiver(ctx, row[funderAt]!.text) : undefined) ?? (levelAt >= 0 ? levelGiver(ctx, row[levelAt]!.text) : undefined);
        const invested = col === investedAt;
        const funder = invested ? funderRefs[funderRefs.length - 1]?.entity : levelled ?? selfFunded ?? pairedDistrictGives(ctx, header, row, amountAt) ?? (sourceAt >= 0 && sourceAt !== funderAt ? sourceCellGiver(ctx, row[sourceAt]!) : undefined) ?? payer ?? giverOfColumn ?? ownerOfPairs ?? funderRefs[funderRefs.length - 1]?.entity ?? (funderAt < 0 || programmeMoney ? rowGiver?.entity ?? headerGiver ?? countyPartner(ctx, placeAt >= 0 ? inCell(placeAt) : ctx.within(row[0]!.start, row[row.length - 1]!.end)) ?? (subsidised >= 0 && ctx.beijingFocus?.label === "District" ? ctx.beijingFocus : introGiver(ctx, lines, h) ?? donor ?? ctx.issuer ?? ctx.beijingFocus) : undefined);
        const receiving = (refs: Ref[]) => refs.filter((x) => (isPlace(x.entity) || isInstitution(x.entity)) && (ctx.sideOf(x.entity) !== "beijing" || (subsidised >= 0 && x.entity.label === "Enterprise")));
        const inRow = () => ctx.within(row[0]!.start, row[row.length - 1]!.end);
        const implemented = receiving(placeCols.length > 1 ? placeCols.flatMap((i) => inCell(i)) : placeAt >= 0 ? inCell(placeAt) : inRow());
        const named = implementersOnly && purposeAt >= 0 && implemented.every((x) => x.entity.label === "Agency") ? receiving(inCell(purposeAt)).filter((x) => x.entity.label !== "Agency" && (isPlace(x.entity) || ctx.within(x.mention.start, x.mention.end, true).some((p) => p.mention.nested && isPlace(p.entity)))) : [];
        const placed = named.length > 0 ? named : implemented;
        // (A place's cell that names none, 旗直, leaves the body the project's name holds: 科左中旗人民医院医疗设备购置项目 | 旗直.)
        // (Not a unit's whole, 全旗: the body carrying the project out is no receiver.)
        const places = placed.length === 0 && placeAt >= 0 && !/^全[旗县市盟区]/.test(row[placeAt]!.text) ? receiving(inRow()).filter((x) => (x.entity.label === "School" || x.entity.label === "Hospital") && !setAside(x)) : placed;
        // (An enterprise's investment with no place written in its row is in the unit the table is about: a park's list of
        // the firms it holds.)
        // (So is an enterprise's sum signed for, 北京方签约单位 | 巴林左旗方签约单位 | 签约金额（万元）: its project, not a grant.)
        // (Or agreed on, 协议金额（万元）, unless the row's project is help to a pair, 结对帮扶, a gift.)
        const rowText = ctx.text.slice(row[0]!.start, row[row.length - 1]!.end);
        // (Or the row says it invests: 北京燕京皮具有限公司 | … | 投资建设皮具生产基地 | 2500.)
        const investing = funder?.label === "Enterprise" && (INVESTMENT_HEADER.test(header[amountAt]!) || /签约/.test(header[amountAt]!) || (/协议/.test(header[amountAt]!) && !/(结对|帮扶|捐)/.test(rowText)) || (/投资(建设|兴建|新建|扩建)/.test(rowText) && !/捐/.test(rowText)));
        // (An agreement to buy is trade, no grant nor investment: 农畜产品采购协议 | …有限公司 | 2000; so is an order, 蒙古袍订制订单 | 380, where
        // the row invests nothing: 投资协议 | 订单种植带动农户3000户 invests; nor where a pair's column of help says it, 北京结对单位 | … | 帮扶资金 | 汉麻订单种植.)
        if (funder?.label === "Enterprise" && ((/协议/.test(header[amountAt]!) && /(采购|购销|产销协议|销售)/.test(rowText)) || (!investing && /(订单|采购协议|购销协议|产销协议)/.test(rowText) && !/(捐|资助|援助)/.test(rowText) && !(pairColumn && AID_HEADER.test(header[amountAt]!))))) continue;
        // (Places a cell lists only in part, closed by a count, 扎鲁特旗巴雅尔吐胡硕镇等5个镇: the county over them, as in prose.)
        const countedCell = placeAt >= 0 && /等[0-9一二三四五六七八九十]+个/.test(row[placeAt]!.text) ? places.find((x) => x.entity.label === "Banner" || x.entity.label === "League") : undefined;
        const specific = countedCell ? [countedCell] : mostSpecific(ctx, places);
        // (A hospital or school carrying the row's project out receives it, wherever the project is sited: 实施地点 | 扎鲁特旗鲁北镇 |
        // … | 实施单位 | 扎鲁特旗人民医院.)
        // (So does a firm or co-operative of Inner Mongolia a subsidy is given, 实施主体 | 翁牛特旗五星洋葱种植专业合作社 | … | 补助资金（万元）, or a body of service no place column rivals, 宝昌镇养老服务中心.)
        const subsidy = /(补助|奖补|补贴|扶持)/.test(header[amountAt]!);
        const serving = implementerAt >= 0 && recipientAt < 0 && imAt < 0 ? receiving(inCell(implementerAt)).filter((x) => (x.entity.label === "Hospital" || x.entity.label === "School" || (x.entity.label === "Organization" && (placeColumn < 0 || /结对/.test(header[placeColumn]!)) && !MASS_BODY.test(x.entity.name)) || (subsidy && x.entity.label === "Enterprise" && ctx.sideOf(x.entity) !== "beijing")) && !x.mention.nested).pop() : undefined;
        const body = serving ?? (bodyAt >= 0 ? receiving(inCell(bodyAt)).filter((x) => isInstitution(x.entity) && x.entity.label !== "Enterprise" && x.entity.label !== "Agency" && !x.mention.nested).pop() : undefined);
        // (Of several columns of places, one listing several of a kind, 天山镇、绍根镇 beside 阿鲁科尔沁旗: the sum is the unit's over them all.)
        const finest = placeCols.length > 1 ? [...specific].sort((a, b) => specificity(b.entity) - specificity(a.entity))[0] : undefined;
        const kin = finest ? specific.filter((x) => x.entity.label === finest.entity.label && x.entity.id !== finest.entity.id) : [];
        const over = kin.length > 0 ? places.find((x) => [finest!, ...kin].some((t) => ctx.contains(x.entity.id, t.entity.id))) : undefined;
        // (A project that is itself a body, the cell its name whole (希日特奇桦树皮非遗工坊 | 托扎敏乡…村), is what the money builds: the
        // body's, as in prose, where no column says who receives.)
        const built = recipientAt < 0 && purposeAt >= 0 && !INVESTMENT_HEADER.test(header[amountAt]!) ? wholeBody(ctx, row[purposeAt]!) : undefined;
        // (So is a school or hospital the project's name builds up, named for the town the row's place column gives: 林东镇第二幼儿园
        // 改扩建项目 | 林东镇; or for its county, in any of its forms: 四子王旗人民医院远程会诊中心建设 | 乌兰察布市四子王旗; and, in a table
        // of gifts, an enterprise so named: 巴音胡硕嘎查肉牛养殖专业合作社扩建 | …巴音胡硕嘎查.)
        const town = specific.length === 1 && /^(Township|Village|Banner)$/.test(specific[0]!.entity.label) ? specific[0]!.entity : undefined;
        const townNames = town ? [town.name, ...town.aliases] : [];
        const schooled = !built && town && recipientAt < 0 && purposeAt >= 0 && !INVESTMENT_HEADER.test(header[amountAt]!) ?
          receiving(inCell(purposeAt)).filter((x) => (/^(School|Hospital)$/.test(x.entity.label) || (gifts && x.entity.label === "Enterprise")) && !x.mention.nested &&
            [...x.entity.aliases, x.entity.name].some((a) => townNames.some((t) => a.includes(t)))) : [];
        const namedBody = schooled.length === 1 ? schooled[0] : undefined;
        const recipient: Ref | undefined = received ?? body ?? built ?? namedBody ?? (placeCols.length > 1 ? over ?? finest : specific[0]) ?? (investing && placeAt < 0 && ctx.imFocus && s ? refAt(ctx.imFocus, s.start) : undefined) ??
          // (A gift to no one named, in the list of those an organisation's notice received, is the organisation's: 八角街道 | 货币 | 30.00 | 非定向.)
          (donors && ctx.issuer?.label === "Organization" && s ? refAt(ctx.issuer, s.start) : undefined) ??
          // (Or, a table of givers and their gifts with no column of who receives, the one body of Inner Mongolia the title names:
          // …口腔诊疗中心在鄂伦春自治旗人民医院正式启用 over 捐赠单位 | 捐赠物资 | 数量 | 折合金额（万元）.)
          (gifts && placeAt < 0 && s ? titleBody(ctx, s.start) : undefined);
        if (!funder || !recipient || !s || funder.id === recipient.entity.id) continue;
        const purpose = purposeAt >= 0 ? row[purposeAt]!.text.slice(0, 40) : "";
        // (Nor a row whose status says it is only planned, 拨付状态 | 计划.)
        if (statusAt >= 0 && INTENT_ONLY.test(row[statusAt]!.text)) continue;
        // An enterprise's investment (投资主体|落户地|总投资) is INVESTED_IN the place, unless only intended (状态: 意向).
        // (Nor is an enterprise of Inner Mongolia in a table of investments given money by the district: its own is listed.)
        if (!investing && INVESTMENT_HEADER.test(header[amountAt]!) && ctx.within(row[0]!.start, row[row.length - 1]!.end).some((x) => x.entity.label === "Enterprise" && ctx.sideOf(x.entity) === "inner-mongolia")) continue;
        if (investing) {
          const place = isPlace(recipient.entity) ? recipient : ctx.within(recipient.mention.start, recipient.mention.end, true).filter((x) => isPlace(x.entity)).pop();
          if (place) out.push({ type: "INVESTED_IN", source: funder.id, target: place.entity.id, props: { amountYuan: yuan, approx }, confidence: 0.7, evidence: ctx.evidence(s) });
          // (A column of where each settled, 落户地, places it there too.)
          if (place && placeAt >= 0 && /落户|落地/.test(header[placeAt]!)) out.push({ type: "LOCATED_IN", source: funder.id, target: place.entity.id, props: {}, confidence: 0.7, evidence: ctx.evidence(s) });
          continue;
        }
        // (Places of one kind listed in the cell share the row's sum: 千斤沟镇大营子村、二号地村, 索博日嘎镇、宝日勿苏镇.)
        const listed = received || body || built || namedBody || placeCols.length > 1 || specific.length === 0 ? [recipient] : placesListed(ctx, specific);
        for (const given of listed) {
          // (A unit's government receives for the unit, as in prose: 隆昌镇人民政府 for 隆昌镇.)
          const to = GOVERNMENT.test(given.entity.name) && given.entity.label === "Agency" ? ctx.within(given.mention.start, given.mention.end, true).filter((x) => x.mention.nested && isPlace(x.entity)).pop() ?? given : given;
          out.push({
            type: "FUNDED", source: funder.id, target: to.entity.id,
            props: { amountYuan: yuan, approx, purpose, year, shared: listed.length > 1 },
            confidence: 0.7, evidence: ctx.evidence(s),
          });
        }
      }
    }
  }
  return out;
}
