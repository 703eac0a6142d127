// The recipients of a sum of money a sentence gives: named in its clause, else in the sentence, else pointed at, else nearby.
import type { Sentence } from "../normalise/index.js";
import type { Amount } from "./amounts.js";
import { pointersIn } from "./anaphora.js";
import { LIST_ITEM } from "./purpose.js";
import { bracketedItemPlace, itemHeadPlace, itemsGiveSeveral, listHeadReceiver, ownPlacesIn, placeOfStart, pointedFacilitySite, projectOwner, recipients } from "./surroundings.js";
import { projectSite } from "./records.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref } from "./context.js";
import { chainStart, runEnd, SEAT_NAMED } from "./ref-runs.js";
import { CAPTION, CHRONICLE_ENTRY, NEWS_OUTLET, paysTheRest } from "./grant-words.js";

type Clause = { start: number; end: number };

/** 在 right after the sum, before the place the works stand in, perhaps named as the seat first (在旗府所在地阿里河镇建设…). */
const AT_PLACE = new RegExp(`^[,，]?在${SEAT_NAMED}?$`);

/** 对 right after the sum, before the body it works on, perhaps with where it lies (，对位于库伦镇的…). */
const WORKED_ON = /^[,，]?(?:用于)?对(?:位于[^，,。；;]{1,16}的)?$/;

/** A sum as the sentence around it gives it, read so far: its clause, its givers, where its parts begin. */
export interface SumInSentence {
  s: Sentence;
  clauses: Clause[];
  clause: Clause;
  amount: Amount;
  /** Every sum of the sentence, and this one's place among them. */
  sums: Amount[];
  k: number;
  funderIds: string[];
  /** The names of the sum's clause, with the article's voice (我区) among them. */
  inClause: Ref[];
  /** Where the parts of the sum begin (其中…) in the sentence, or -1. */
  partsAt: number;
  partOfTotal: boolean;
  /** The body a part of a total is said to be for, first (其中：库伦旗残疾人康复中心设备购置120万元). */
  partRecipient: Ref | undefined;
  /** The sentence is an item of a list. */
  item: boolean;
}

/** For each ref, whether it is one `holds` says, or listed right after one (、, 和, 及) of its kind: 向阿里河镇第一小学、大杨树镇第二中学
 * 捐赠图书 gives to both. */
function listedAfter(ctx: ArticleContext, refs: Ref[], holds: boolean[]): boolean[] {
  const out: boolean[] = [];
  refs.forEach((r, k) => {
    const before = refs[k - 1];
    out.push(holds[k]! || (!!before && out[k - 1]! && before.entity.label === r.entity.label && /^[、和及]$/.test(ctx.text.slice(before.mention.end, r.mention.start))));
  });
  return out;
}

/** The sum's recipients, or null where the sentence gives it to none that can be told (several together, its parts to several). */
export function recipientsOfSum(ctx: ArticleContext, sum: SumInSentence): Ref[] | null {
  const { s, clauses, clause, amount, sums, k, funderIds, inClause, partsAt, partOfTotal, partRecipient, item } = sum;
  // Recipient: named in the clause, else in the sentence, else pointed at, else the last one named nearby.
  const pointed = pointersIn(ctx, s, clause.start, clause.end).filter((x) => !funderIds.includes(x.ref.entity.id)).map((p) => p.ref);
  // (A sum in brackets after an item is the item's place's: …用于宝力根嘎查肉牛圈舍扩建（30万元）和乌兰哈达嘎查…（20万元）.)
  const inItem = bracketedItemPlace(ctx, s, amount);
  // (Not a body the money only passes through: 通过巴林左旗慈善总会向隆昌镇中心小学捐款.)
  let targets: Ref[] = inItem ? [inItem] : recipients(ctx, [...inClause, ...pointed].filter((r) => !funderIds.includes(r.entity.id) && !/(通过|经由)$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start))));
  // (A body the sentence opens with and says is something or lies somewhere, whose building the sum's clause says a giver paid
  // for, leaving what was built unsaid: 扎赉特旗电子商务公共服务中心是…重点项目之一，2022年由丰台区投入…资金380万元建设; …中心位于林东镇，
  // 由顺义区投入…资金680万元援建.)
  // (An item opening with a body, perhaps its place in brackets, gives that body its sum: 1．库伦旗文都板飞防植保专业合作社（库伦镇
  // 文都板嘎查），…，补贴资金45万元.)
  const head = item && targets.length === 0 ? ctx.within(s.start, s.end)[0] : undefined;
  const mark = LIST_ITEM.exec(s.text)?.[0].length ?? -1;
  if (head && head.mention.start === s.start + mark && isInstitution(head.entity) && head.entity.label !== "Agency" && /^[(（,，]/.test(ctx.text.slice(head.mention.end, head.mention.end + 1))) targets = recipients(ctx, [head]);
  const opening = targets.length === 0 ? ctx.within(s.start, s.end)[0] : undefined;
  if (opening && opening.mention.start === s.start && isInstitution(opening.entity) && /^(是|位于|坐落于|地处)/.test(ctx.text.slice(opening.mention.end, opening.mention.end + 3)) &&
    /由[^，,。；;]*(建设|建成|援建|捐建|打造|改造)[，,。；;]?$/.test(ctx.text.slice(clause.start, clause.end))) targets = [opening];
  if (targets.length === 0) {
    // Elsewhere in the sentence: places, and institutions the money goes to (在/为/向 X).
    // (援建的库伦旗人民医院: what the money built.)
    // (阿尔山市人民医院获得…捐赠的医疗设备: the one that receives.)
    // (Or what the money goes on improving: 用于改善乌兰达坝苏木中心学校办学条件.)
    // (Or a hospital or school named in full whose works it is for: 用于科尔沁右翼前旗人民医院远程会诊中心和胸痛中心建设; a
    // village's hall, 用于林俗村党群服务中心建设, is the village's.)
    // (The name may open inside a word pointing at its unit: 用于我旗骆驼山镇卫生院购置彩超.)
    // (So is a park or a base built with it: 用于察右前旗京蒙协作产业园二期标准化厂房建设, 支持建设敖汉旗小米产业园. Or a contract's
    // party: 用于乙方重点专科设备购置.)
    const worksOf = (r: Ref) => (r.entity.label === "Hospital" || r.entity.label === "School" || r.entity.label === "Organization") && (r.mention.end - r.mention.start >= 4 || /^[甲乙丙]方$/.test(r.mention.surface)) &&
      /(用于|(支持|用于|帮助|援助|资助)(新建|建设|改造|扩建|改扩建|打造))[我该本]?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 7), r.mention.start));
    // (A name may open inside a word pointing at its unit: 为我旗宝力根陶海苏木卫生院购置….)
    const marked = (r: Ref) => isPlace(r.entity) || worksOf(r) || r.mention.start === partRecipient?.mention.start || /(在|为|向|给|对|帮助|支持|援建的?|捐建的?|资助的?|用于改善)[我该本]?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 5), r.mention.start)) ||
      // (A time may come between, after a comma: …专业合作社，今年获得朝阳区东西部协作资金120万元支持.)
      /^([,，]?(今年|去年|当年|近年来|[0-9]{4}年)[,，]?)?(获得|接受|收到|得到|获赠|受赠|争取到)/.test(ctx.text.slice(r.mention.end, r.mention.end + 12)) ||
      // (Or the one a giver builds something with, in the giver's money: 投入资金12万元，与敖汉旗第一中学共建校园气象科普站.)
      (isInstitution(r.entity) && r.mention.start > amount.end && /^[,，]?(?:并|还|又)?与$/.test(ctx.text.slice(amount.end, r.mention.start)) && /^(共建|合建|共同建设|联合建设)/.test(ctx.text.slice(r.mention.end, r.mention.end + 4))) ||
      // (Or whose works the sentence opens with: 额勒顺镇中心小学新建的学生食堂和宿舍楼，使用密云区京蒙协作资金180万元.)
      (isInstitution(r.entity) && r.mention.start === s.start && /^(新建|新修|新建成|改造|扩建|建设|改扩建)的/.test(ctx.text.slice(r.mention.end, r.mention.end + 4))) ||
      // (Or an institution of a place so marked, its place and 的 before it: 资助位于德伯斯镇的兴华小学, 用于…巴音塔拉镇的德胜小学.)
      (isInstitution(r.entity) && /(为|向|给|帮助|支持|资助|用于)(位于)?$/.test(ctx.text.slice(Math.max(0, placeOfStart(ctx, s, r) - 4), Math.max(0, placeOfStart(ctx, s, r))))) ||
      // (Or what the money made something into: 投入…80万元，把…旧址改造成集培训、生产、展销于一体的巾帼刺绣工坊; 建成 ends 改建成 too.)
      (isInstitution(r.entity) && /(改造成|建成|打造成|建设成)(为|了)?([^，,。；;的]{1,16}的)?$/.test(ctx.text.slice(Math.max(0, r.mention.start - 24), r.mention.start)));
    // (A park, base or centre the money builds at a place right after the sum is what it goes to, not the place: …资金6800万元，
    // 在额勒顺镇建设京蒙协作食用菌产业园.)
    const all = ctx.within(s.start, s.end);
    // (One with a name of its own, its place's or the programme's, or the short form of one: 农产品电商服务中心 alone is the town's
    // works, 食用菌产业园 for 化德县长顺镇京蒙协作食用菌产业园 the park.)
    // (A school or hospital is named as one: 在宝昌镇建设兴旺中心小学.)
    const ownName = (r: Ref) => /(京蒙|协作|东西部)/.test(r.entity.name) || r.entity.name.length > r.mention.surface.length || r.entity.label === "School" || r.entity.label === "Hospital" ||
      ctx.within(r.mention.start, r.mention.end, true).some((x) => x.mention.nested && isPlace(x.entity));
    const built = all.filter((r) => /^(Organization|School|Hospital)$/.test(r.entity.label) && r.mention.start > amount.end && r.mention.start - amount.end <= 40 && ownName(r) &&
      all.some((p) => isPlace(p.entity) && (/^(建设|新建|建成|兴建|打造)了?[“"]?$/.test(ctx.text.slice(p.mention.end, r.mention.start)) ||
        // (Or the place's own, the works done in it after its name: 在乌兰花镇的四子王旗京蒙协作杂粮产业园建设标准化生产车间.)
        (ctx.text.slice(p.mention.end, r.mention.start) === "的" && /^(建设|新建|建成|兴建|打造|改造|扩建|改扩建)/.test(ctx.text.slice(r.mention.end, r.mention.end + 3)))) &&
        AT_PLACE.test(ctx.text.slice(amount.end, chainStart(ctx, s.start, p)))));
    if (built.length === 1) return [built[0]!];
    // (Or one the money works on, named right after it: …150万元，对位于库伦镇的库伦旗野生动物救护站进行全面升级.)
    const workedOn = all.filter((r) => /^(Organization|School|Hospital|Enterprise)$/.test(r.entity.label) && r.mention.start > amount.end &&
      WORKED_ON.test(ctx.text.slice(amount.end, r.mention.start)) && /^(进行|实施|开展)/.test(ctx.text.slice(r.mention.end, r.mention.end + 2)));
    if (workedOn.length === 1) return [workedOn[0]!];
    // (One named as the one helped is the one, before places merely named after it: 帮助阿尔山市建设了白狼镇林俗村…的项目.)
    const helped = (r: Ref) => /(为|向|给|帮助|支持)$/.test(ctx.text.slice(Math.max(0, r.mention.start - 2), r.mention.start));
    // Not past 其中 after the amount: what follows it is a part of the whole (…6800万元,…,其中在梧桐花镇…).
    // (Nor past the clause of a sum after it, which names its own: 协调落实密云区财政帮扶资金1.1亿余元，引进北京…公司投资8000万元落户库伦镇.)
    const later = sums.slice(k + 1).find((x) => x.start >= clause.end);
    const laterClause = later ? clauses.find((c) => later.start >= c.start && later.start < c.end)?.start : undefined;
    const until = Math.min(partsAt >= 0 ? s.start + partsAt : s.end, laterClause ?? s.end);
    // (Past the clause of a sum before it: 平谷区向镶黄旗投入…3650万元，金海湖镇还与新宝拉格镇结成对子，捐赠…100万元.)
    // (Not for a part of a total, 其中…: it goes where the total goes.)
    const earlier = partOfTotal ? undefined : sums.slice(0, k).filter((x) => x.end <= amount.start).pop();
    const from = earlier ? (clauses.find((c) => earlier.start >= c.start && earlier.start < c.end)?.end ?? s.start) : s.start;
    // (A word pointing at a body counts as its name: 为分校建设智慧教室.)
    // (A body's only, and not in an item of a list, whose pointers may reach into the items before it.)
    // (One helped by Beijing's money is of the other side, whatever Beijing body was named last: 德胜门医院与该院…。…卫生健康委员会
    // 安排帮扶资金300万元，支持该院胸痛中心….)
    const pointedTo = LIST_ITEM.test(s.text) ? [] : pointersIn(ctx, s, from, until).filter((p) => isInstitution(p.ref.entity))
      .map((p) => {
        const helped = ctx.sideOf(p.ref.entity) === "beijing" && /(支持|帮助|为|向|给)$/.test(ctx.text.slice(p.start - 2, p.start))
          ? ctx.recent(p.start, s, (r) => r.entity.label === p.ref.entity.label && ctx.sideOf(r.entity) === "inner-mongolia", 6) : undefined;
        return refAt((helped ?? p.ref).entity, p.start, p.end);
      });
    // (Not one paying the rest: …1500万元，其余由自治区体育彩票公益金和旗本级财政解决.)
    // (Nor a place in a document's title, nor one whose requirements it cites: 按照《呼伦贝尔市…工作方案》要求，两旗…安排资金398万元 gives nothing to the city.)
    const around = [...ctx.within(from, until), ...pointedTo].sort((a, b) => a.mention.start - b.mention.start).filter((r) => !funderIds.includes(r.entity.id) && !inTitle(ctx, s, r) && !cites(ctx, r));
    const markedOrListed = listedAfter(ctx, around, around.map(marked));
    const named = around.filter((r, k) => markedOrListed[k] && !paysTheRest(ctx, clauses, r));
    // (Not the head of a written chain: 支持阿尔山市白狼镇发展… is for the town at its end, as before.)
    const helpedOrListed = listedAfter(ctx, named, named.map(helped));
    targets = recipients(ctx, named.filter((_, k) => helpedOrListed[k] && runEnd(named, k) === k));
    if (targets.length === 0) targets = recipients(ctx, named);
    // (Nor places a list closed by 等地 names but in part, elsewhere in the sentence: …累计捐赠医疗设备价值1200余万元，此前已在包头市
    // 达茂旗、锡林郭勒盟正镶白旗等地开展同类项目 gives its total to none of them.)
    // (Where the list says where the money is used, right after the sum, the county its towns all lie in is given: …投入…资金
    // 3260万元，在舍伯吐镇、宝龙山镇、架玛吐镇等地建设… is for 科左中旗, where the article names it.)
    if (targets.some((r) => /^等(地|处|地区)/.test(ctx.text.slice(r.mention.end, r.mention.end + 3)))) return countyOfTownsUsing(ctx, amount.end, targets) ?? null;
    // (Nor one of the places the parts go to, when they go to several: 安排资金6000万元，其中5000万元用于巴林左旗…，1000万元
    // 用于库伦旗 is theirs together, though 巴林左旗 is named before.)
    const parts = partsAt >= 0 ? recipients(ctx, ctx.within(s.start + partsAt, s.end)) : [];
    if (targets.length === 1 && parts.length >= 2 && parts.some((p) => p.entity.id === targets[0]!.entity.id)) return null;
  }
  if (targets.length === 0) {
    // (Not one of the giver's own side: Beijing's money goes to Inner Mongolia.)
    const p = pointersIn(ctx, s).filter((x) => !funderIds.includes(x.ref.entity.id) && ctx.sideOf(x.ref.entity) !== "beijing")[0];
    if (p) targets = [p.ref];
  }
  // (A list item's own place first, named in its head: （一）土贵乌拉镇肉牛养殖小区扩建项目。使用协作资金2150万元.)
  const itemPlace = targets.length === 0 ? itemHeadPlace(ctx, s) : undefined;
  if (itemPlace) targets = [itemPlace];
  // (Or named in its own head, before a partner of the giver's: ——长顺镇京蒙协作服装产业园：援助资金3200万元.)
  if (targets.length === 0 && item) targets = ownPlacesIn(ctx, s.start, amount.start, funderIds);
  // (An item of a list a colon opens gives to whom the list's head gives: …向我旗捐赠了…：A捐赠…；B捐赠….)
  if (targets.length === 0) targets = listHeadReceiver(ctx, s, amount.start, funderIds);
  // (A facility the sentence opens pointing at is where the sentence before set it: …三道沟村肉牛养殖基地。该基地由….)
  // (Or whose project's whole cost the sentence gave before the sum: …医院新门诊综合楼项目总投资1.2亿元，其中昌平区安排….)
  const site = targets.length === 0 ? projectOwner(ctx, s, amount.start) ?? pointedFacilitySite(ctx, s) : undefined;
  if (site) targets = [site];
  // A funder's one partner in this article, when the sentence names no recipient (渤海镇累计投入帮扶资金120万元).
  // (Not where a clause before names the one given to: …向科左中旗第三中学捐赠资金50万元，另捐赠价值30余万元的图书.)
  const toldBefore = /^(另|另外|还|并)/.test(ctx.text.slice(clause.start, clause.end)) &&
    ctx.within(s.start, clause.start).some((r) => ctx.sideOf(r.entity) === "inner-mongolia" && (isPlace(r.entity) || isInstitution(r.entity)));
  const partner = funderIds.length === 1 && !toldBefore ? ctx.onlyPartner(funderIds[0]!) : undefined;
  // (Not an enterprise's own investment: its partner village is no site of its plant.)
  const ownInvestment = partner?.label === "Village" && ctx.entities.get(funderIds[0]!)?.label === "Enterprise" && /投资/.test(ctx.text.slice(clause.start, amount.start));
  // (A body's partner body too: 我们兴华医院也捐赠了价值80万元的心电监护设备 is for the hospital it is paired with.)
  const bodyToBody = partner !== undefined && isInstitution(partner) && ctx.entities.get(funderIds[0]!)?.label === partner.label;
  if (targets.length === 0 && partner && (isPlace(partner) || bodyToBody) && !ownInvestment) targets = [refAt(partner, s.start)];
  // (Nor, named nowhere in the sentence, the last place named when the next sentence gives the parts to several:
  // 全年投入…2.4亿元。其中，向太仆寺旗投入1.1亿元，向阿鲁科尔沁旗投入1.3亿元.)
  const following = ctx.sentences[s.index + 1];
  if (targets.length === 0 && partsAt < 0 && following && following.paragraph === s.paragraph && /^其中/.test(following.text) &&
    recipients(ctx, ctx.within(following.start, following.end)).length >= 2) return null;
  // (Or when the items listed next give it to several: 全年实际拨付4580万元。/ 1．鄂伦春自治旗：拨付2300万元 / 2．莫旗：….)
  if (targets.length === 0 && partsAt < 0 && following && LIST_ITEM.test(following.text) && itemsGiveSeveral(ctx, s)) return null;
  // (Several givers' sum goes to no receiver guessed from before: 现将朝阳区、东城区…资金共计1.5亿元下达你们.)
  if (targets.length === 0 && funderIds.length > 1) return null;
  // (A notice's project is where its site field says: 本招标项目…资金来自…1000万元 / 建设地点：…扣河子镇新发村.)
  if (targets.length === 0 && /(本|该)(招标)?项目/.test(s.text)) targets = projectSite(ctx);
  // (Nor when its parts are given by several helpers, each with a partner of its own: …共安排京蒙协作资金398万元，其中怀柔区援助资金
  // 210万元、西城区援助资金188万元 is the two partners' together.)
  if (targets.length === 0 && partsAt >= 0 && partnersOfParts(ctx, s.start + partsAt, s.end).size >= 2) return null;
  if (targets.length === 0) {
    // (The name itself, not a place nested in it: 库伦旗人民医院, not its 库伦旗.)
    // (Nor a news outlet, named in a credit, nor any name of a photo's caption: ［图］…在千斤沟镇…调研。…记者 包红梅 摄.)
    // (Nor the body the news is had from: 从太仆寺旗乡村振兴局获悉，….)
    const fits = (x: Ref) => !x.mention.nested && !newsSource(ctx, x) && !inTitle(ctx, ctx.sentenceAt(x.mention.start) ?? s, x) && (isPlace(x.entity) || (isInstitution(x.entity) && (x.entity.label !== "Enterprise" || /合作社$/.test(x.entity.name)) && !NEWS_OUTLET.test(x.entity.name))) &&
      ctx.sideOf(x.entity) === "inner-mongolia" && !funderIds.includes(x.entity.id) && !CAPTION.test(ctx.paragraphText(ctx.sentenceAt(x.mention.start) ?? s));
    // (An item of a list looks no further back than itself: the item before it is another project, another place. So
    // does an entry of a chronicle, a date opening its line: 2023年3月28日　2023年度昌平区财政援助资金5200万元全部到位.)
    const entry = item || (CHRONICLE_ENTRY.test(s.text) && (s.start === 0 || ctx.text[s.start - 1] === "\n"));
    // (Not the region named in passing, 在自治区…考核中获评, where the article is about a unit of it.)
    const found = entry ? ctx.within(s.start, s.end).find(fits) : ctx.recent(amount.start, s, fits, 3);
    const r = found?.entity.label === "Province" && (found.mention.start < s.start || cites(ctx, found)) && ctx.imFocus && ctx.imFocus.label !== "Province" ? refAt(ctx.imFocus, s.start) : found;
    // A total whose parts go to places of that same kind (其中支持敖汉旗…，支持翁牛特旗…) is theirs, not the one
    // named before; parts at a lower level (其中在梧桐花镇…) leave the total to it.
    const partTargets = partsAt >= 0 ? recipients(ctx, ctx.within(s.start + partsAt, s.end)) : [];
    if (r && !partTargets.some((p) => p.entity.label === r.entity.label)) targets = [r];
    else if (r) return null;
  }
  // (Nor, for want of any, the unit in focus, when the parts after 其中 go to several: the whole is theirs together.)
  if (targets.length === 0 && partsAt >= 0 && new Set(recipients(ctx, ctx.within(s.start + partsAt, s.end)).map((r) => r.entity.id)).size >= 2) return null;
  if (targets.length === 0 && ctx.imFocus) targets = [refAt(ctx.imFocus, s.start)];
  return targets;
}

/** The partners of the Beijing helpers named in [from, to), each helper's one partner in the article. */
function partnersOfParts(ctx: ArticleContext, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.within(from, to)) {
    const partner = ctx.sideOf(r.entity) === "beijing" ? ctx.onlyPartner(r.entity.id) : undefined;
    if (partner) out.add(partner.id);
  }
  return out;
}

/** Whether a name stands inside a document's title in its sentence (《…》). */
function inTitle(ctx: ArticleContext, s: Sentence, r: Ref): boolean {
  // (Looked for within the sentence only: a search back through a long report's text for each name would grow with its square.)
  const open = ctx.text.slice(s.start, r.mention.start).lastIndexOf("《");
  return open >= 0 && ctx.text.slice(s.start + open, s.end).indexOf("》") + s.start + open >= r.mention.end;
}

/** Whether the sentence cites a unit's requirements, not gives it anything: 根据…及自治区有关工作要求, 和自治区关于京蒙协作项目管理的
 * 有关要求. */
function cites(ctx: ArticleContext, r: Ref): boolean {
  return /^(?:关于[^，,。；;]{1,20}?的)?(?:有关|相关)?(?:工作)?(?:要求|部署|规定|精神)/.test(ctx.text.slice(r.mention.end, r.mention.end + 30));
}

/** A body the news is had from: 从…获悉, 据…介绍. */
function newsSource(ctx: ArticleContext, r: Ref): boolean {
  return /(从|据)$/.test(ctx.text.slice(r.mention.start - 1, r.mention.start)) && /^(获悉|了解到|得知|介绍|消息|统计)/.test(ctx.text.slice(r.mention.end, r.mention.end + 3));
}

/** The county a sum's list of towns closed by 等地 all lie in, where the list opens the clause right after the sum with 在
 * and the article names that county. */
function countyOfTownsUsing(ctx: ArticleContext, amountEnd: number, towns: Ref[]): Ref[] | undefined {
  const first = towns[0];
  // (Or after the whole unit the clause says it is used in: …1200万元，在全旗推广…，重点覆盖千斤沟镇、骆驼山镇…等地.)
  if (!first || !/^[,，]\s*在(?:全[旗县市盟][^。；;]*)?$/.test(ctx.text.slice(amountEnd, first.mention.start))) return undefined;
  const counties = new Set(towns.map((t) => (t.entity.label === "Township" ? ctx.g.townshipUnit(t.entity.id)?.parentId : undefined)));
  const [county] = counties;
  if (counties.size !== 1 || county === undefined) return undefined;
  const named = ctx.refs.find((r) => r.entity.id === county);
  return named ? [refAt(named.entity, first.mention.start)] : undefined;
}

/** Of several places a sum goes to, the giver's own partners, where each of them is some helper's partner. */
export function ownPartners(ctx: ArticleContext, giver: string, targets: Ref[]): Ref[] {
  const own = ctx.partners.get(giver);
  const mine = own ? targets.filter((t) => own.has(t.entity.id)) : [];
  if (mine.length === 0 || mine.length === targets.length) return targets;
  const partnered = (t: Ref) => [...ctx.partners.values()].some((set) => set.has(t.entity.id));
  return targets.every(partnered) ? mine : targets;
}
