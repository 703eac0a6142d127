// FUNDED: who gave how much money to whom and for what, read clause by clause around each amount; INVESTED_IN where an enterprise invests an amount.
import { amountsIn } from "./amounts.js";
import { respectiveGrants } from "./respectively.js";
import { giftListed, givenBefore, itemHead, LIST_ITEM, purposeOf } from "./purpose.js";
import { continuesParts, pairsOfRow, partsYear, recipients, rowGiver, sameYear, totalOfPart, PARTS_OPENING } from "./surroundings.js";
import { ownPartners, recipientsOfSum } from "./sum-recipients.js";
import { inRecord } from "./records.js";
import { unitOverTowns } from "./unit-over-towns.js";
import { intentOnly, withSettlings } from "./investments.js";
import { siteSeat } from "./sites.js";
import { carrierOf } from "./carriers.js";
import { investmentPlace, investorOf } from "./investors.js";
import { BEIJING_MONEY, FIRST_PART, FIRST_PART_PAID, noGrant } from "./no-grant.js";
import { ArticleContext, clauseBefore, isInstitution, isPlace, type Relation } from "./context.js";
import { runOnYear, yearIn } from "./years.js";
import { beijingRefs, innerMongoliaGift, namedGivers, restatedGiver, withVoice } from "./givers.js";
import { AID_AFTER, FUNDING, governed, grantInList, LOCAL_SOURCE, namedBefore, openedByInnerMongolia, ownSourceOfPart, SOURCE_AFTER, SUBJECTLESS, SUMMED_YEARS } from "./grant-words.js";

/** The first part of a sum opening what is said of it (…，目前首笔20万元已到账). */
const FIRST_PART_LEAD = new RegExp(`${FIRST_PART.source}$`);

/** More investment only planned (计划今年再追加投资200万元), and a company said to have settled already. */
const MORE_PLANNED = /(计划|拟|准备|打算)[^，。,]{0,8}(追加|再)投资/;
const SETTLED = /已(经)?(落户|入驻|落地)/;

/** What opens a part of a total before the body it is for (其中：, 其中，安排, 已拨付资金中，). */
const PART_FOR = new RegExp(`^(?:(?:${PARTS_OPENING.source.slice(2, -1)})[,，:：]?)?(?:安排|拨付|投入|投向|下达|支持|用于)?(?:我|该|本)?[旗县]?`);

/** A clause opening with a count of bodies as its subject (全年3个街道共向…, 8家企业累计…). */
const COUNTED_GIVERS = /^[,，\s]*(?:(?:全年|今年|去年|当年|[0-9]{4}年)[,，]?)?[0-9一二三四五六七八九十两]+(?:个|家|所)(?:街道|乡镇|镇|苏木|村|社区|企业|单位|部门|医院|学校)(?:共同|共|累计|合计|先后)?(?:向|为|给|捐|投|拨|出资)/;

/** A clause a semicolon runs on into that opens with its giving verb, the giver the one before's (…京垦集团捐资45万元，为…；出资30万元，
 * 为察右中旗人民医院购置…). */
const GIVING_OPENS = /^(?:出资|捐资|捐赠|捐助|投入|拨付|安排|发放)/;

/** A section's heading, of the first rank (二、项目实施). */
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、/;

/** A clause that opens an item of a list the sentence runs on (…用于以下方面：一是…；二是支持千斤沟镇…800万元). */
const ITEM_LEAD = /^(?:[一二三四五六七八九十]{1,3}是|[0-9]{1,2}[.、．]|[(（][一二三四五六七八九十0-9]{1,3}[)）])/;

export function money(ctx: ArticleContext): Relation[] {
  const respective = respectiveGrants(ctx);
  const out: Relation[] = [...respective.relations];
  const beijing = ctx.g.lookup("北京市");
  let lastGiver: { paragraph: number; source: string; sentence: number } | undefined;
  // The giver of the sentence a list of items follows (…均为北京市东城区援助资金。具体如下：1.…，资金900万元；).
  let listGiver: { index: number; source: string } | undefined;
  // (Whether the article speaks of the programme's money at all, asked once.)
  const programme = /京蒙|东西部协作/.test(ctx.text);
  for (const s of ctx.sentences) {
    // (A record of labelled fields with a place and a sum, 实施地点：…；资金规模（万元）：…, is read whole by recordFunding.)
    // (Nor is a reference list's entry a statement: [3] 赤峰日报.房山区三年投入京蒙协作资金超4亿元[N].2024-01-12.)
    if (inRecord(ctx, s) || /\[(N|EB\/OL|J|M|R|D|C|Z)\]/.test(s.text)) continue;
    const clauses = ctx.clauses(s);
    const sums = amountsIn(s.text, s.start);
    // (A list's lead naming Beijing's money as its items' source, with no sum of its own, gives them their giver: 作业补贴资金从密云区
    // 京蒙协作资金中列支…： / 1．…合作社…，补贴资金45万元.)
    const source = sums.length === 0 && /(如下|[:：])$/.test(s.text) && BEIJING_MONEY.test(s.text) ? beijingRefs(ctx, ctx.within(s.start, s.end)).pop() : undefined;
    if (source) listGiver = { index: s.index, source: source.entity.id };
    for (const [k, amount] of sums.entries()) {
      if (respective.amounts.has(amount.start)) continue;
      const clause = grantInList(ctx, clauses.find((c) => amount.start >= c.start && amount.start < c.end) ?? { start: s.start, end: s.end }, amount.start);
      const clauseText = ctx.text.slice(clause.start, clause.end);
      const lead = ctx.text.slice(clause.start, amount.start);
      if (noGrant(ctx, s, amount, k, clause)) continue;
      const sentenceFunding = /(捐赠|捐助|捐资)/.test(s.text);
      // 另有一千万元用于支持新惠镇…: money the sentence has already said is given, and what it is for.
      const furtherFunding = FUNDING.test(ctx.text.slice(s.start, amount.start)) && /^(用于|支持|帮助|资助)/.test(ctx.text.slice(amount.end, clause.end));
      // …共投入资金1.12亿元，其中支持敖汉旗6100万元，支持翁牛特旗5100万元: each part of a total given is given too.
      const whole = s.text.lastIndexOf("其中", amount.start - s.start);
      // (Or in a sentence of its own after the total's: …拨付…资金三千二百万元…。其中，一千八百五十万元用于…；六百万元用于….)
      // (Its verb may come again: 其中，安排3600万元在我旗花吐古拉镇建设….)
      // (Or for a body named first, then what it buys: 其中：库伦旗残疾人康复中心设备购置120万元.)
      // (Its colon may end a clause of its own.)
      // (Or with its verb again, or a place of the giver's partner pointed at: 其中，安排宝昌镇2100万元…；安排我旗骆驼山镇960万元.)
      const partFor = PART_FOR.exec(ctx.text.slice(s.start, amount.start));
      const partRecipient = partFor ? ctx.within(s.start + partFor[0].length, amount.start).find((r) => r.mention.start === s.start + partFor[0].length && (isInstitution(r.entity) || isPlace(r.entity)) &&
        /^[\u4e00-\u9fff]{0,8}$/.test(ctx.text.slice(r.mention.end, amount.start))) : undefined;
      const partAfter = whole <= 0 && (/^(其中|另有)?[,，:：]?(安排|拨付|投入|下达)?$/.test(lead) || partRecipient !== undefined) && continuesParts(ctx, s, FUNDING);
      const partOfTotal = partAfter || (whole >= 0 && FUNDING.test(s.text.slice(0, whole)) && amountsIn(s.text.slice(0, whole)).length > 0);
      // (A part of a total only budgeted or aimed at, 年初预算4600万元，其中鄂伦春自治旗2300万元, is no grant, as the total is none.)
      // (A floor said of a figure, that is; not a principle, 按照“不低于上一年”原则，…安排…2800万元，其中….)
      if (partOfTotal && whole > 0 && /(预算|计划(安排|投入)|拟|目标|力争|(不低于|不少于)[0-9一二三四五六七八九十两])/.test(s.text.slice(0, whole))) continue;
      // …每年向察右中旗拨付帮扶资金，三年合计2.1亿元: the sum of money the sentence has said is given.
      const summed = /(合计|共计|总计|累计)/.test(lead) && FUNDING.test(ctx.text.slice(s.start, clause.start));
      // (Or a project listed after one given Beijing's money, its sum said bare: …；西干沟乡肉牛标准化棚圈项目620万元. A semicolon
      // ends the sentence of each: the one before it is the same list.)
      const givenJustBefore = lastGiver?.sentence === s.index - 1 && /[;；]$/.test(ctx.sentences[s.index - 1]!.text);
      const sameList = lastGiver !== undefined && (lastGiver.sentence === s.index || givenJustBefore);
      // (Or a bare sum for a use, the next of a list of uses: …，150万元用于…；106万元用于白狼镇综合文化站改造.)
      // (One that names where it goes: 8600万元用于产业发展类项目 is only a part of the whole, told by its kind.)
      const bareUse = lead.trim() === "" && /^用于/.test(ctx.text.slice(amount.end, amount.end + 2)) && ctx.within(amount.end, clause.end).some((r) => r.entity.label !== "Person");
      const listMate = sameList && (/(项目|工程|安排)$/.test(lead) || bareUse || ITEM_LEAD.test(lead));
      // (Or a project's money said to come from a source: 建设资金来自北京市密云区京蒙协作资金1000万元.)
      const sourced = /资金(来自|来源于|来源为)/.test(lead);
      // (Or goods given, valued after: 向大杨树镇中心卫生院拨付医疗设备一批，折合48万元.)
      // (Or an item of a list of the goods a gift told before is shared out as: 此次捐赠设备分配如下：/ ——卓资县人民医院：…，价值118万元.)
      const valued = /^(?:合计|共计|总计)?(折合|价值|折价|总价值)(人民币)?$/.test(lead) && (FUNDING.test(ctx.text.slice(s.start, clause.start)) || giftListed(ctx, s, listGiver));
      // (Or the first part of a sum pledged before it, come: …拨付帮扶资金45万元，目前首笔20万元已到账.)
      const firstPart = FIRST_PART_LEAD.test(lead) && FUNDING.test(ctx.text.slice(s.start, clause.start)) && FIRST_PART_PAID.test(ctx.text.slice(clause.start, clause.end));
      // (Whose giving is told in the clause before: what that clause opens with says who gives.)
      const givingLead = valued ? ctx.text.slice(clauseBefore(clauses, clause.start)?.start ?? s.start, amount.start) : lead;
      // (A row of a list of pairs gives its sum from the pair's Beijing side to its partner, its word of money or none.)
      const rowPairs = pairsOfRow(ctx, s, amount.start);
      if (rowPairs.length > 0) {
        // (Its purpose is the clause of the sum, not the row's pair when the sum is in brackets on it.)
        const purpose = clause.start <= rowPairs[0]![1].mention.start ? "" : clauseText.replace(/^[,，\s]+/, "").replace(/[。;；]+$/, "");
        for (const [giver, partner] of rowPairs) out.push({ type: "FUNDED", source: giver.entity.id, target: partner.entity.id, props: { amountYuan: amount.yuan, approx: amount.approx, purpose, year: yearIn(s.text, ctx.year), shared: false }, confidence: 0.7, evidence: ctx.evidence(s) });
        lastGiver = { paragraph: s.paragraph, source: rowPairs[0]![0].entity.id, sentence: s.index };
        continue;
      }
      // (Or the sum right after whom one helps, in a sentence on money: 从资金投入看，房山区帮扶库伦旗9006万元，顺义区帮扶科左后旗1.05亿元.)
      const helped = ctx.within(clause.start, amount.start).find((r) => r.mention.end === amount.start && isPlace(r.entity));
      const helpedWith = !!helped && /(帮扶|支援|援助|资助)$/.test(ctx.text.slice(clause.start, helped.mention.start)) && /资金/.test(s.text);
      if (!FUNDING.test(lead) && !sourced && !helpedWith && !sentenceFunding && !furtherFunding && !partOfTotal && !summed && !listMate && !valued && !firstPart && !AID_AFTER.test(ctx.text.slice(amount.end, clause.end))) continue;
      // (The district whose voice the article is gives by its 我区: 上半年，我区向两地拨付区级财政帮扶资金2350万元.)
      const inClause = withVoice(ctx, ctx.within(clause.start, clause.end), clause.start, clause.end);
      const inSentence = withVoice(ctx, ctx.within(s.start, amount.start), s.start, amount.start);
      // Money Inner Mongolia gives is none of Beijing's; given to Beijing, the way back, it is that side's gift.
      const gift = innerMongoliaGift(ctx, s, clauses, amount);
      if (gift) {
        if (gift.to) out.push({ type: "FUNDED", source: gift.giver.entity.id, target: gift.to.entity.id, props: { amountYuan: amount.yuan, approx: amount.approx, purpose: purposeOf(ctx, amount.end, clause, clauses) || clauseText.slice(0, 40), year: yearIn(s.text, ctx.year), shared: false }, confidence: 0.6, evidence: ctx.evidence(s) });
        continue;
      }
      // Enterprises that invest are INVESTED_IN, not FUNDED: 北京艾牧业科技有限公司投资2亿元在科优前旗…
      const investor = investorOf(ctx, s, clause, amount.start, inClause);
      if (investor) {
        const place = investmentPlace(ctx, s, clause, amount, investor);
        // (An enterprise of Inner Mongolia investing at home is no part of the programme: 通辽蒙禾牧业有限公司投资….)
        // (More only planned is no sum invested, though a company settled there invests: 已落户我旗的…公司，今年计划追加投资1.2亿元.)
        const more = MORE_PLANNED.test(clauseText);
        if (place && !intentOnly(s.text, s.text) && ctx.sideOf(investor.entity) !== "inner-mongolia" && (!more || SETTLED.test(s.text))) out.push({ type: "INVESTED_IN", source: investor.entity.id, target: place.entity.id, props: more ? {} : { amountYuan: amount.yuan, approx: amount.approx }, confidence: 0.75, evidence: ctx.evidence(s) });
        continue;
      }
      // Money got from a body of another side (获得自治区商务厅奖补资金200万元) is that body's, and none of Beijing's.
      const gotFrom = inClause.find((r) => r.mention.end <= amount.start && /(获得|得到|争取到?|获批)$/.test(ctx.text.slice(Math.max(clause.start, r.mention.start - 3), r.mention.start)));
      if (gotFrom && ctx.sideOf(gotFrom.entity) !== "beijing") continue;
      // (Money a clause names as the local side's own, with no Beijing body in it, is none of Beijing's: …其中，房山区京蒙协作资金
      // 520万元，县级财政整合资金240万元.)
      if (LOCAL_SOURCE.test(lead) && !inClause.some((r) => r.mention.end <= amount.start && ctx.sideOf(r.entity) === "beijing")) continue;
      // Funder: a Beijing-side name before the amount; a donor named just before its verb; else the money's source.
      const { funders, donor, ids } = namedGivers(ctx, s, clause, amount, inSentence, inClause);
      let funderIds = ids;
      // Whether the giver is the district in focus for want of one named: not a region's giver (向内蒙古投入33.6亿元 is Beijing's).
      let byFocus = false;
      // Where the parts of this amount begin (其中…), looked for in the sentence only: a search on through the text
      // made long reports quadratic.
      const partsAt = s.text.indexOf("其中", amount.end - s.start);
      // (An item of a list of pairs gives what its pair's Beijing side gives: 1．西城区德胜街道——多伦淖尔镇，…。2023年街道投入
      // 帮扶资金150000元.)
      if (funderIds.length === 0) funderIds = rowGiver(ctx, s);
      // (An item of a list under a sentence that named the giver, or under its heading: each item's money is that giver's.)
      const item = LIST_ITEM.test(s.text);
      // (Not past the heading of another section: 二、项目实施 opens another list.)
      // (Not an item whose own sentence names a body of Beijing's before the sum: (三)…北京印刷学院与…结成对口帮扶关系，…，向…捐赠….)
      const ownGiver = inSentence.some((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) === "beijing");
      if (funderIds.length === 0 && item && listGiver && !ownGiver && (ctx.sentences.slice(listGiver.index + 1, s.index).every((x) => (LIST_ITEM.test(x.text) && !SECTION_HEADING.test(x.text)) || /(如下|[:：])$/.test(x.text)) || giftListed(ctx, s, listGiver))) funderIds = [listGiver.source];
      // (A part told in a sentence of its own after its total's is the total's giver's, before the district's in focus: …北京市昌平区
      // …资金1.05亿元已下达。其中，投入2200万元在千斤沟镇建设….)
      if (funderIds.length === 0 && partAfter && lastGiver?.paragraph === s.paragraph && lastGiver.sentence >= s.index - 2) funderIds = [lastGiver.source];
      if (funderIds.length === 0) {
        // Beijing's money is the district's in focus, unless the sentence gives that district's share of it as a part
        // (共投入京蒙帮扶资金1.065亿元，…，其中经开区资金3077.6万元): the whole is then Beijing's.
        const focusShare = partsAt >= 0 && ctx.beijingFocus !== undefined &&
          ctx.within(s.start + partsAt, s.end).some((r) => r.entity.id === ctx.beijingFocus!.id);
        // (A part of a total of Beijing's money is Beijing's too: …安排东西部协作财政资金2860万元，其中察右前旗1650万元.)
        const ofBeijingTotal = partOfTotal && whole > 0 && BEIJING_MONEY.test(s.text.slice(0, whole)) && !ownSourceOfPart(ctx, clause.start, amount.start);
        // (In an organisation's own report, the aid it gives unnamed is its own: 向四子王旗总工会…拨付帮扶资金80万元 in 丰台区总工会's.)
        const ownReport = ctx.reportIssuer?.label === "Organization" && !focusShare && !ofBeijingTotal ? ctx.reportIssuer.id : undefined;
        if (BEIJING_MONEY.test(clauseText) || BEIJING_MONEY.test(lead) || ofBeijingTotal) funderIds = [ownReport ?? (focusShare ? beijing?.id : undefined) ?? ctx.beijingFocus?.id ?? beijing?.id ?? ""];
        // (Unless a company is what the sentence is about: 公司在北京市大兴区设立销售中心，投资3000万元…; in a company's own report,
        // it is the issuer that gives.)
        // (Nor a body of no Beijing side that gives it: 香港晨曦教育基金会向音德尔第三中学捐赠….)
        // (Nor where a body of Inner Mongolia opens the sentence as its subject: 2002—2012年，内蒙古自治区农牧业厅定点帮扶宁城县
        // 忙农镇，累计投入资金630万元.)
        // (Nor a clause going on after a semicolon from the last giver's: 该基金会向…中学捐赠…；向…医院捐赠资金100万元.)
        // (Or an item's subsidy, in a list of the bodies the programme's money subsidises: （一）…合作社，…，拟补贴资金180万元.)
        else if (ctx.beijingFocus && item && /^[,，]?(拟|拟给予)?(补贴|补助|奖补)(资金)?$/.test(lead) && programme) funderIds = [ctx.beijingFocus.id];
        else if ((ctx.issuer ?? ctx.beijingFocus) && /(投入|投资|捐|拨付|下达|安排)/.test(valued ? ctx.text.slice(s.start, amount.start) : lead) && !(SUBJECTLESS.test(givingLead) && givenJustBefore) && (ctx.issuer?.label === "Enterprise" || !/(公司|企业|集团|合作社)/.test(ctx.text.slice(s.start, amount.start))) && !openedByInnerMongolia(ctx, s) &&
          !(valued ? inSentence : inClause).some((r) => isInstitution(r.entity) && ctx.sideOf(r.entity) !== "beijing" && r.mention.end <= amount.start && /^(向|为|给)/.test(ctx.text.slice(r.mention.end, r.mention.end + 1)))) funderIds = [(ctx.issuer ?? ctx.beijingFocus)!.id];
        byFocus = funderIds.length > 0 && funderIds[0] === ctx.beijingFocus?.id;
      }
      // (A whole of which Beijing's money is but one part beside the local side's is no grant of the district's in focus: 项目共投入
      // 资金约960万元，其中丰台区京蒙协作资金640万元，旗级配套资金320万元. Its Beijing part is.)
      if (byFocus && partsAt >= 0 && LOCAL_SOURCE.test(s.text.slice(partsAt)) && BEIJING_MONEY.test(s.text.slice(partsAt))) continue;
      // (Or a sum told before, said again to give its parts: 356万元文化领域资金中，150万元用于阿尔山市文化馆…: its giver's.)
      if (funderIds.length === 0 && k > 0) funderIds = restatedGiver(ctx, s, sums[0]!, amount, out);
      // (Named after the sum, as the money's source: 资金2860万元，均为北京市东城区援助资金.)
      if (funderIds.length === 0) {
        const next = clauses.find((c) => c.start >= clause.end);
        const source = next && SOURCE_AFTER.exec(ctx.text.slice(next.start, next.end));
        const named = source ? beijingRefs(ctx, ctx.within(next!.start, next!.start + source[0].length)) : [];
        if (named.length > 0) funderIds = [named[named.length - 1]!.entity.id];
      }
      funderIds = funderIds.filter(Boolean);
      // A clause that goes on without a subject (同时，还将向白狼镇捐赠…) gives what the last giver in its paragraph gave.
      // (So do the projects listed after one the sentence gave Beijing's money: …项目使用京蒙资金420万元…；巴音塔拉镇设施农业项目
      // 使用380万元.)
      const listedOn = sameList && (/(使用|安排|投入|项目|工程)$/.test(lead) || bareUse || ITEM_LEAD.test(lead)) && !ownSourceOfPart(ctx, clause.start, amount.start);
      // (The body a part is for is no source of it.)
      if (funderIds.length === 0 && lastGiver?.paragraph === s.paragraph && (listedOn || (partOfTotal && !ownSourceOfPart(ctx, partRecipient ? partRecipient.mention.end : clause.start, amount.start)) || (SUBJECTLESS.test(givingLead) && !ownGiver) || (givenJustBefore && GIVING_OPENS.test(givingLead)))) funderIds = [lastGiver.source];
      if (funderIds.length === 0) continue;
      // (A clause whose givers are a count of bodies, none named in it, gives no one giver's money: 全年3个街道共向结对镇捐赠资金75万元.)
      if (COUNTED_GIVERS.test(ctx.text.slice(clause.start, amount.start)) && !inClause.some((r) => r.mention.end <= amount.start && ctx.sideOf(r.entity) === "beijing")) continue;
      let targets = recipientsOfSum(ctx, { s, clauses, clause, amount, sums, k, funderIds, inClause, partsAt, partOfTotal, partRecipient, item });
      if (!targets) continue;
      // A unit's government or its office receives for the unit (科尔沁右翼前旗人民政府办公室 → 科尔沁右翼前旗).
      targets = targets.map((t) => governed(ctx, t) ?? t);
      // The unit over the towns the sum's receivers are, where the sentence gives it to the unit (在太仆寺旗，…) or to several of them.
      targets = unitOverTowns(ctx, s, clause, amount, sums.slice(k + 1), targets, funderIds);
      // (Where the places are the partners of several helpers paired before, each helper's sum is its own partner's: …天坛街道与七号镇、
      // 体育馆路街道与…白狼镇…，其中东华门街道30万元、天坛街道25万元.)
      if (targets.length > 1 && funderIds.length === 1) targets = ownPartners(ctx, funderIds[0]!, targets);
      if (byFocus && beijing && targets.length > 0 && targets.every((t) => t.entity.label === "Province")) funderIds = [beijing.id];
      // (What the money is for, without the recipient it opens with: 支持阿尔山市发展旅游 is for 发展旅游.)
      // (Not its progress: 1850万元已全部拨付到位 says nothing of what it is for.)
      // (Nor another source's sum joined to it: …1000万元及旗级配套资金186万元.)
      let aim = purposeOf(ctx, amount.end, clause, clauses).replace(/^(已经?|均已|已全部|全部|目前已)?(拨付|下达|下拨)?(到位|完毕)?$/, "").replace(/^[及和][^,，。]{0,12}?资金[0-9.]+(万|亿)?元$/, "");
      // (Not the first of places listed: 西山坡、大圪洞、上皮坊3个…示范村建设 is for all of them.)
      // (Nor the places it is of before it: 察右前旗巴音塔拉镇的德胜小学建设录播教室 is for 建设录播教室.)
      const of = targets.length === 1 ? /^[\u4e00-\u9fff]{0,14}的/.exec(aim) : null;
      if (of && aim.startsWith(targets[0]!.mention.surface, of[0].length)) aim = aim.slice(of[0].length);
      const opening = targets.length === 1 && aim.startsWith(targets[0]!.mention.surface) ? targets[0]!.mention.surface.length : 0;
      if (opening && !/^[、和及与]/.test(aim.slice(opening))) aim = aim.slice(opening).replace(/^的/, "");
      // (A part's kind is read only where the lead names nothing else: not 通州区安排东西部协作资金.)
      // (An item's sum alone in its clause, 1.索伦镇肉牛养殖小区建设项目，资金900万元: the item's head is what it is for.)
      const head = !aim && /^(?:资金|金额|投资|补助|投入)?[:：]?$/.test(lead) ? itemHead(ctx, clauses, clause, targets) : "";
      const purpose = aim || head || (partOfTotal && ctx.within(clause.start, amount.start).length === 0 ? namedBefore(lead) : givenBefore(lead)) || clauseText.replace(/^[●•·◆■▲★☆◎○\s]+/, "").replace(/^其中/, "").replace(/[。!?;…]+$/, "").slice(0, 40);
      // (A yearly report's money is that year's, unless the sentence sums years: 累计, 以来.)
      // (A part of a total over years is of the year its own words give: …2021年至2023年…累计…1.62亿元，其中今年为5,680万元.)
      const ownYear = partOfTotal && whole >= 0 ? yearIn(s.text.slice(whole, amount.start - s.start), ctx.year) : null;
      // (An item of a list a semicolon runs on is of the year of the sentence that opened the list.)
      const listYear = listMate || listedOn ? runOnYear(ctx, s) : null;
      const year = ownYear ?? yearIn(s.text, ctx.year) ?? partsYear(ctx, s) ?? sameYear(ctx, s) ?? listYear ?? (SUMMED_YEARS.test(s.text) ? null : ctx.reportYear);
      // Enterprises named before 投资 invest rather than fund (…企业落地我旗，完成投资1.2亿元); the amount is theirs
      // unless it is a group's (北京正大蛋业有限公司等3家企业), which the settling alone records.
      const enterprises = funders.filter((f) => f.entity.label === "Enterprise");
      // (投资 in the enterprise's own name, 北京亦庄投资控股有限公司, is no verb.)
      const afterFunders = ctx.text.slice(Math.max(clause.start, ...funders.map((f) => f.mention.end)), amount.start);
      if (!donor && enterprises.length === funderIds.length && /投资/.test(afterFunders)) {
        for (const e of intentOnly(s.text, s.text) ? [] : enterprises) {
          if (/^等/.test(ctx.text.slice(e.mention.end, e.mention.end + 1))) continue;
          // (Into a park, in the place it lies: 在土默特佐旗的金山开发区投资了1.5亿元.)
          for (const t of targets.map((x) => siteSeat(ctx, x)).filter((x) => x !== undefined)) {
            out.push({ type: "INVESTED_IN", source: e.entity.id, target: t.entity.id, props: { amountYuan: amount.yuan, approx: amount.approx }, confidence: 0.7, evidence: ctx.evidence(s) });
          }
        }
        continue;
      }
      // Enterprises' own money, named as a group (引进…等4家北京企业落地，完成投资1.8亿元), is no grant of anyone's.
      // (投资 in a name, 北京亦庄投资控股有限公司, is no verb.)
      const leadWords = ctx.within(clause.start, amount.start).reduceRight((t, r) => t.slice(0, r.mention.start - clause.start) + t.slice(r.mention.end - clause.start), lead);
      // (So is the money they bring: …引导23家北京企业落户武川县，到位资金12.8亿元.)
      if (/(投资|到位资金|引资|引进资金)/.test(leadWords) && /(企业|公司|集团)/.test(ctx.text.slice(s.start, amount.start)) && !BEIJING_MONEY.test(clauseText)) continue;
      // A sum given by several to several (东城区、西城区、朝阳区…，三区全年投入4.8亿元) says nothing of who gave whom
      // how much: no edge is read from it, as no pairing is from a list paired with a list.
      if (funderIds.length > 1 && targets.length > 1) continue;
      // (Nor a total to several whose parts the sentence gives each: 向敖汉旗、喀喇沁旗安排…共1.2亿元，其中敖汉旗6500万元、喀喇沁旗5500万元.)
      const partsTo = partsAt >= 0 && targets.length > 1 ? recipients(ctx, ctx.within(s.start + partsAt, s.end)) : [];
      if (partsTo.length >= 2 && targets.every((t) => partsTo.some((p) => p.entity.id === t.entity.id))) continue;
      // (An item's sum goes to the body it names as carrying its works out: …项目，安排资金650万元，实施主体：…有限公司.)
      const carrier = carrierOf(ctx, amount);
      if (carrier && !funderIds.includes(carrier.entity.id)) targets = [governed(ctx, carrier) ?? carrier];
      // (Each receiving the whole sum is no share of it: 向阿尔山市、科右前旗各投入帮扶资金500万元.)
      const each = /各[\u4e00-\u9fff]{0,8}$/.test(ctx.text.slice(clause.start, amount.start));
      for (const funder of funderIds) {
        for (const t of targets) {
          if (t.entity.id === funder) continue;
          // (A part of a total the funder gave the same receiver says so: summed with the total, it would count twice.)
          const total = partOfTotal ? totalOfPart(ctx, out, s, partAfter, funder, t.entity.id, amount.yuan) : undefined;
          lastGiver = { paragraph: s.paragraph, source: funder, sentence: s.index };
          // (The first giver the sentence names: 该基金会联合…卫生健康委员会 is the foundation's gift.)
          if (!item && listGiver?.index !== s.index) listGiver = { index: s.index, source: funder };
          out.push({
            type: "FUNDED", source: funder, target: t.entity.id,
            props: { amountYuan: amount.yuan, approx: amount.approx, purpose, year, shared: (targets.length > 1 && !each) || funderIds.length > 1, ...(total ? { partOfYuan: total.props["amountYuan"]! } : {}) },
            confidence: 0.7, evidence: ctx.evidence(s),
          });
        }
      }
    }
  }
  return withSettlings(ctx, out);
}
