// relate(doc): every relationship one article states, each with its evidence sentence and a confidence.
import type { Gazetteer } from "../gazetteer/index.js";
import type { Entity, ResolvedDoc } from "../resolve/index.js";
import { ArticleContext, bySource, isPlace, specificity, type Relation } from "./context.js";
import { ASSIGNMENT, kindServedAt } from "./posts.js";
import { money } from "./money.js";
import { pairings } from "./pairing.js";
import { bothOfAKind } from "./pairing-both.js";
import { assignments } from "./assignments.js";
import { workplaces } from "./people.js";
import { jointPosts } from "./joint-posts.js";
import { colleagues, ledMembers } from "./colleagues.js";
import { statedParts } from "./stated-parts.js";
import { reversePostings } from "./reverse-postings.js";
import { trainingStays } from "./training-stays.js";
import { ledTeams, postedTeamMembers, teamPeople } from "./led-teams.js";
import { listedProjectFunding } from "./listed-projects.js";
import { bracketedHomes, narratorHomes, openingBodyHeads, ownHeads, pointedPeople, profilePosts, staffPosts } from "./stated-homes.js";
import { authorNote, authorship, bylineHomes, ownPaperReporters, reporterHomes } from "./authors.js";
import { employers, founders, selectedToServe, sentByBody, yearsServed } from "./employers.js";
import { hosts } from "./hosts.js";
import { appointedPosts } from "./appointed-posts.js";
import { servedAt } from "./served-at.js";
import { postsTakenWhereSent } from "./jobs.js";
import { tableLocations } from "./table-locations.js";
import { tableSettlings } from "./table-settlings.js";
import { siteFields } from "./site-fields.js";
import { locatedByContext, locatedByName, locatedByPattern, partOf } from "./structure.js";
import { tableFunding } from "./tables.js";
import { tablePostings } from "./table-postings.js";
import { headRefs, letterRefs, publisherRefs, signatories } from "./letters.js";
import { recordFunding, recordPostings } from "./records.js";
import { recordInvestments } from "./record-investments.js";
import { headingPostings } from "./heading-postings.js";
import { fieldPostings } from "./field-postings.js";
import { labelledPeople, lineClosingNames } from "./notices.js";
import { countedTeamServes, groupMembersSent, teamMembersSent } from "./sent-groups.js";
import { rosterTeamSent } from "./team-rosters.js";
import { countedGifts } from "./counted-givers.js";
import { countedGroupHomes, listedPostings, listedPosts, rosterHomes } from "./rosters.js";
import { cameFrom, leftFor, listedCameFrom, pronounHomes } from "./came-from.js";
import { ownPlaceRefs } from "./own-place.js";
import { branchesToOwners, placeOfBranch } from "./branches.js";
import { stationedVillages, secretariesOfVillages } from "./stationed.js";
import { attendeeHomes } from "./attendees.js";
import { listedRecordPostings } from "./listed-records.js";
import { teamListPostings } from "./team-lists.js";
import { pronounPostings } from "./pronoun-postings.js";
import { sideColumnHomes } from "./side-columns.js";
import { executiveHeads } from "./executive-heads.js";
import { onOwnSides } from "./partner-sides.js";
import { beijingFocus, imFocus, issuerOrAccount, reportIssuer, seatOf, voice } from "./article-focus.js";

/** One grant told twice in an article (its headline and its body) by the same giver and sum: the most specific receiver kept. */
function onceEach(ctx: ArticleContext, funded: Relation[]): Relation[] {
  if (funded.length < 2) return funded;
  const key = (r: Relation) => `${r.type}|${r.source}|${r.props["amountYuan"]}`;
  const level = (x: Relation) => specificity(ctx.entities.get(x.target)!);
  const best = new Map<string, Relation>();
  for (const r of funded) {
    const other = best.get(key(r));
    if (r.type !== "FUNDED" || !other || level(r) > level(other)) best.set(key(r), r);
  }
  return funded.filter((r) => {
    const kept = best.get(key(r))!;
    return r.type !== "FUNDED" || kept === r || !sameGrant(ctx, r, kept);
  });
}

/** Two statements of one grant: the same giver and sum, one of them in the headline, to the same place, one inside the
 * other, or its body (北京市慈善基金会捐赠500万元助力兴安盟教育 / …向兴安盟教育局捐赠资金500万元). */
function sameGrant(ctx: ArticleContext, a: Relation, b: Relation): boolean {
  const headline = ctx.sentences[0];
  if (!headline || (a.evidence.start !== headline.start && b.evidence.start !== headline.start) || a.props["approx"] !== b.props["approx"]) return false;
  const ea = ctx.entities.get(a.target)!;
  const eb = ctx.entities.get(b.target)!;
  return a.target === b.target || ctx.contains(a.target, b.target) || ctx.contains(b.target, a.target) || eb.name.startsWith(ea.name) || ea.name.startsWith(eb.name);
}

/**
 * A post held where one is sent on 挂职, by someone who works on the other side, is the posting, not a second home
 * (现任察右中旗副旗长的刘志强来自丰台区发展和改革委员会: ASSIGNED_TO 察右中旗, WORKS_AT the commission only).
 */
function postsHeldAway(ctx: ArticleContext, works: Relation[], sent: Relation[]): Relation[] {
  const side = (id: string) => (ctx.entities.has(id) ? ctx.sideOf(ctx.entities.get(id)!) : undefined);
  const sentOf = bySource(sent);
  const worksOf = bySource(works);
  return works.filter((w) => !(sentOf.get(w.source)?.some((a) => a.target === w.target && a.props["kind"] === "挂职") &&
    worksOf.get(w.source)!.some((o) => side(o.target) !== undefined && side(o.target) !== side(w.target))));
}

/** No one works at the body they are sent to (该校英语教师马丽娜在太仆寺旗第一中学支教一年: 该校 is not that school). */
function notWhereSent(works: Relation[], sent: Relation[]): Relation[] {
  const postings = new Set(sent.map((r) => `${r.source}|${r.target}`));
  return works.filter((w) => !postings.has(`${w.source}|${w.target}`));
}

/** A home said as a region (大兴区挂职干部) and as a body of it (大兴区农业农村局副局长) is the body: the region adds nothing.
 * So is a posting (被派到阿尔山 … 在北京市广渠门中学阿尔山分校支教). */
function bodiesOverRegions(ctx: ArticleContext, works: Relation[]): Relation[] {
  const worksOf = bySource(works);
  return works.filter((w) => {
    const region = ctx.entities.get(w.target);
    if (!region || !isPlace(region)) return true;
    const forms = [...region.aliases].filter((a) => a.length >= 2);
    // (Nor where one said only to come from there as a doctor or teacher works at a body of that side: 北京通州来的宋大夫 is
    // 潞河医院's.)
    const generic = /^(大夫|医生|老师|教师|专家)?$/.test(String(w.props["role"] ?? ""));
    return !worksOf.get(w.source)!.some((o) => {
      const body = ctx.entities.get(o.target);
      return !!body && !isPlace(body) && body.label !== "Person" && (forms.some((f) => body.name.includes(f)) || (generic && ctx.sideOf(body) === ctx.sideOf(region)));
    });
  });
}

/**
 * A head's post in Inner Mongolia held by someone who works in Beijing, in an article of assignments, is where they were
 * sent (分校执行校长刘海涛同样来自北京市密云区第二中学: ASSIGNED_TO the branch school, WORKS_AT the Beijing school).
 */
function postingsOfPostsHeld(ctx: ArticleContext, works: Relation[], sent: Relation[]): { works: Relation[]; sent: Relation[] } {
  if (!ASSIGNMENT.test(ctx.text)) return { works, sent: [] };
  const side = (id: string) => (ctx.entities.has(id) ? ctx.sideOf(ctx.entities.get(id)!) : undefined);
  const worksOf = bySource(works);
  const sentOf = bySource(sent);
  const out: Relation[] = [];
  const kept = works.filter((w) => {
    const held = side(w.target) === "inner-mongolia" && /(校长|院长|书记|主任|局长|站长|所长)$/.test(String(w.props["role"] ?? "")) &&
      worksOf.get(w.source)!.some((o) => side(o.target) === "beijing");
    if (!held) return true;
    if (!sentOf.get(w.source)?.some((a) => a.target === w.target)) {
      out.push({ ...w, type: "ASSIGNED_TO", props: { kind: kindServedAt(ctx.entities.get(w.target)?.label) } });
    }
    return false;
  });
  return { works: kept, sent: out };
}

/** A village's party branch, where someone holds its post, stands for the village (东河村党支部书记 works at 东河村), as it
 * does in a pairing. */
function branchesToVillages(ctx: ArticleContext, homes: Relation[]): void {
  for (const [k, r] of homes.entries()) {
    const body = ctx.entities.get(r.target);
    if ((r.type !== "WORKS_AT" && r.type !== "ASSIGNED_TO") || body?.label !== "Organization" || !/(党支部|党总支|党委)$/.test(body.name)) continue;
    const village = placeOfBranch(ctx, body);
    if (village?.label === "Village") homes[k] = { ...r, target: village.id };
  }
}

/** The level a head's title names (副县长 → 县): a unit of another level (东城区) is not where that post is held. */
const LEVEL_HEAD = /([县旗区市盟镇乡])(?:委书记|委副书记|长)$/;
const LEVELLED = new Set(["District", "League", "Banner", "Township"]);

function postOfItsLevel(ctx: ArticleContext, works: Relation[]): Relation[] {
  return works.filter((w) => {
    const level = LEVEL_HEAD.exec(String(w.props["role"] ?? ""))?.[1];
    const target = ctx.entities.get(w.target);
    return !level || !target || !LEVELLED.has(target.label) || target.name.endsWith(level);
  });
}

export function relate(g: Gazetteer, resolved: ResolvedDoc, entities: Map<string, Entity>): Relation[] {
  const ctx = new ArticleContext(g, resolved, entities);
  ctx.imFocus = imFocus(ctx, resolved.doc.title);
  ctx.voice = voice(ctx, resolved.doc.title);
  ctx.reportIssuer = reportIssuer(ctx);
  ctx.issuer = issuerOrAccount(ctx);
  // (A speaker's 我院 only where the post's publisher does not say it: the letter's or publisher's stands.)
  const standing = [...letterRefs(ctx), ...publisherRefs(ctx), ...headRefs(ctx)];
  ctx.addRefs([...standing, ...ownPlaceRefs(ctx).filter((r) => !standing.some((x) => x.mention.start === r.mention.start))]);
  const byName = locatedByName(ctx);
  const structure = [...partOf(ctx), ...statedParts(ctx), ...byName];
  const pairs = pairings(ctx);
  ctx.beijingFocus = beijingFocus(ctx, pairs);
  // (And the bodies of a kind the two units have, where 两地 and the kind pair them: 两地红十字会结对.)
  for (const r of bothOfAKind(ctx, pairs)) if (!pairs.some((p) => p.source === r.source && p.target === r.target)) pairs.push(r);
  for (const p of pairs) ctx.partners.set(p.source, (ctx.partners.get(p.source) ?? new Set()).add(p.target));
  const sentBy = sentByBody(ctx);
  const attendees = attendeeHomes(ctx);
  const listedTeam = teamListPostings(ctx);
  const selected = selectedToServe(ctx);
  let homes = [...workplaces(ctx), ...profilePosts(ctx), ...listedPosts(ctx), ...pronounHomes(ctx), ...bracketedHomes(ctx), ...bylineHomes(ctx), ...reporterHomes(ctx), ...ownPaperReporters(ctx), ...narratorHomes(ctx), ...cameFrom(ctx), ...leftFor(ctx), ...listedCameFrom(ctx), ...pointedPeople(ctx), ...rosterHomes(ctx), ...countedGroupHomes(ctx), ...signatories(ctx), ...authorNote(ctx), ...employers(ctx), ...hosts(ctx), ...founders(ctx), ...yearsServed(ctx), ...labelledPeople(ctx), ...lineClosingNames(ctx), ...sentBy.works, ...attendees.works, ...listedTeam.works];
  // (One said after one's name to be of a body, 王璐是…事务所的资深社工, unless read already.)
  for (const r of staffPosts(ctx)) if (!homes.some((h) => h.source === r.source && h.target === r.target)) homes.push(r);
  // (One chosen to serve is read once, with the title read for them, unless it is the post held away: 派来的挂职副旗长.)
  for (const r of selected.works) {
    const k = homes.findIndex((h) => h.source === r.source && h.target === r.target);
    if (k < 0) homes.push(r);
    else if (LEVEL_HEAD.test(String(homes[k]!.props["role"] ?? ""))) homes[k] = r;
  }
  homes.push(...ownHeads(ctx, homes), ...openingBodyHeads(ctx, homes), ...jointPosts(ctx, homes));
  homes.push(...colleagues(ctx, homes));
  homes.push(...ledMembers(ctx, homes));
  // (Students and visitors named as such work nowhere: 奈曼旗第一中学高三学生李佳琪, 来自门头沟区的游客高淑芬.)
  const notWorking = new Set(ctx.refs.filter((r) => r.entity.label === "Person" && /(学生|游客)$/.test(r.mention.role ?? "")).map((r) => r.entity.id));
  if (notWorking.size > 0) homes = homes.filter((h) => !notWorking.has(h.source));
  // (Cadres of Inner Mongolia posted to Beijing: the post before the name is their home.)
  const reverse = reversePostings(ctx);
  for (const r of reverse.works) if (!homes.some((h) => h.source === r.source && h.target === r.target)) homes.push(r);
  branchesToVillages(ctx, homes);
  // (A team's leader named as the body sending it sends the team: 派出由…刘海涛带队的5人医疗队，在…开展医疗帮扶.)
  const led = ledTeams(ctx);
  for (const r of led.works) if (!homes.some((h) => h.source === r.source)) homes.push(r);
  const assigned = [...assignments(ctx, homes), ...sentBy.sent, ...headingPostings(ctx), ...fieldPostings(ctx)].filter((r) => !reverse.notPosted.has(`${r.source}|${r.target}`));
  for (const r of [...reverse.sent, ...trainingStays(ctx), ...led.sent, ...postedTeamMembers(ctx)]) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  for (const r of [...selected.sent, ...attendees.sent, ...listedTeam.sent]) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  // (Or the work of the posting said done at a body: …韩雪将在察右前旗人民医院协助筹建胸痛中心.)
  for (const r of servedAt(ctx, homes)) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  // (Or a post there one sent takes: 派出的挂职干部郑海龙，担任临西县人力资源和社会保障局副局长.)
  for (const r of postsTakenWhereSent(ctx)) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  // (Or a post there one of Beijing is appointed to: 被聘为…中心学校法治副校长.)
  for (const r of appointedPosts(ctx, homes)) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  // (A row of a list that says where one serves, unless read already.)
  // (Or where it names a body inside the place the prose said: …第二次来库伦支教 and the row's 库伦旗第三小学.)
  for (const r of listedPostings(ctx)) {
    const own = assigned.filter((a) => a.source === r.source);
    const target = ctx.entities.get(r.target);
    const seat = target ? seatOf(ctx, target) : undefined;
    const inside = (place: string) => ctx.contains(place, r.target) || (!!seat && (seat.id === place || ctx.contains(place, seat.id)));
    if (own.length > 0 && !own.every((a) => a.target !== r.target && inside(a.target))) continue;
    for (const a of own) assigned.splice(assigned.indexOf(a), 1);
    assigned.push(r);
  }
  // (Or told of one a pronoun points at: 她主动报名，来到…第三中学，…，支教期为一年.)
  for (const r of pronounPostings(ctx, homes)) if (!assigned.some((a) => a.source === r.source)) assigned.push(r);
  // (Or the village one stationed there is said to be in.)
  for (const r of [...stationedVillages(ctx), ...secretariesOfVillages(ctx)]) if (!assigned.some((a) => a.source === r.source && a.target === r.target)) assigned.push(r);
  const works = bodiesOverRegions(ctx, homes);
  const held = postingsOfPostsHeld(ctx, postOfItsLevel(ctx, works), assigned);
  const grouped = [...assigned, ...groupMembersSent(ctx, assigned), ...held.sent];
  const roster = rosterTeamSent(ctx, grouped);
  const team = teamMembersSent(ctx, grouped, works);
  const sent = [...grouped, ...countedTeamServes(ctx, grouped), ...team.sent, ...roster.sent];
  // (Or one named later as the leader or a member of the one team the article sends: 医疗队由…杨建华带队, 医疗队员、…范丽君, unless posted already.)
  for (const r of teamPeople(ctx)) if (!sent.some((a) => a.source === r.source)) sent.push(r);
  executiveHeads(ctx, sent, homes);
  const tabled = [...tablePostings(ctx), ...recordPostings(ctx)];
  // (A list's line read already by its posting's field, 支教学校：…, is not read twice.)
  for (const r of listedRecordPostings(ctx)) if (![...tabled, ...sent].some((x) => x.type === r.type && x.source === r.source && x.target === r.target)) tabled.push(r);
  // (And one a table's column of a side's people gives, 北京主讲教师 | 本地辅导教师, unless read already.)
  for (const r of sideColumnHomes(ctx)) if (![...tabled, ...homes].some((x) => x.type === r.type && x.source === r.source && x.target === r.target)) tabled.push(r);
  branchesToVillages(ctx, tabled);
  const granted = onceEach(ctx, [...money(ctx), ...countedGifts(ctx), ...tableFunding(ctx), ...recordFunding(ctx), ...listedProjectFunding(ctx), ...recordInvestments(ctx)]);
  // (A table's settling the words price already is that investment, no second one.)
  const settled = tableSettlings(ctx).filter((r) => !granted.some((x) => x.type === r.type && x.source === r.source && x.target === r.target));
  return onOwnSides(ctx, pairs, withinProgramme(ctx, provincesOverPlaces(ctx, branchesToOwners(ctx, [
    ...structure, ...pairs, ...notWhereSent(postsHeldAway(ctx, [...held.works, ...roster.works, ...team.works], sent), sent), ...bodiesOverRegions(ctx, sent), ...authorship(ctx, resolved.doc.byline),
    ...granted, ...tabled, ...locatedByPattern(ctx), ...locatedByContext(ctx), ...tableLocations(ctx), ...settled, ...siteFields(ctx),
  ]))));
}

/** A body said to lie in a province and, in words of its own, somewhere inside it lies there only (科右前旗驻北京劳务工作站, set up
 * in 回龙观街道, is no longer placed in 北京市 as its name keeps it). One its name places in a unit and words in a place inside it
 * lies in both, as the keys read it (巴林左旗聚福柳编专业合作社 | 后兴隆地村). */
function provincesOverPlaces(ctx: ArticleContext, relations: Relation[]): Relation[] {
  const placed = relations.filter((r) => r.type === "LOCATED_IN");
  if (placed.length < 2) return relations;
  const inside = (r: Relation) => placed.some((o) => o.source === r.source && o.target !== r.target && ctx.entities.get(o.target)?.label !== "Province" &&
    ctx.entities.has(o.target) && ctx.sideOf(ctx.entities.get(o.target)!) === ctx.sideOf(ctx.entities.get(r.target)!));
  return relations.filter((r) => !(r.type === "LOCATED_IN" && ctx.entities.get(r.target)?.label === "Province" && inside(r)));
}

/** Pairings and postings of Beijing's other programmes (对口支援新疆和田地区人民医院, 援藏) are none of this one's: a body another
 * province's name opens is neither partner nor post. */
function withinProgramme(ctx: ArticleContext, relations: Relation[]): Relation[] {
  const outside = (id: string) => {
    const e = ctx.entities.get(id);
    return !!e && !isPlace(e) && e.label !== "Person" && ctx.g.elsewhere(e.name);
  };
  return relations.filter((r) => !((r.type === "PAIRED_WITH" && (outside(r.source) || outside(r.target))) || (r.type === "ASSIGNED_TO" && outside(r.target))));
}
