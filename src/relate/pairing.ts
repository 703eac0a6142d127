// PAIRED_WITH: "昌平区对口帮扶太仆寺旗", "科左中旗与北京顺义区结对", "翁牛特旗与通州区开展协作", "在北京经开区的帮扶下",
// always Beijing side first.
import { pointersIn } from "./anaphora.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Ref, type Relation } from "./context.js";
import { chainStart, listedWithLast, mostSpecific, runEnd } from "./ref-runs.js";
import { listFootnotes, since, started } from "./pairing-dates.js";
import { asked, endedLater, noPairingNow, QUESTION } from "./pairing-denials.js";
import { bracketedPartners, dashPairs, orderedListPairs } from "./pairing-lists.js";
import { continuedPairs, listedPairs } from "./joined-pairs.js";
import { dockedPairs, numberedPairItems } from "./pairing-leads.js";
import { bothNamedBefore } from "./pairing-both.js";
import { qualifiedPairs } from "./pairing-qualified.js";
import { columnPairs } from "./pairing-columns.js";
import { recordPairs } from "./records.js";
import { AND, COMPARED, COUNTED_PLACES, firstPair, PAIRING_WORD, orient, VERB, WITH_VERB, type AddPair, type PairListed } from "./pairing-terms.js";
import { verbPairs } from "./pairing-verbs.js";
import { countyOf } from "./counties.js";
import { namesPartners, partnerNounPairs } from "./pairing-nouns.js";
import { helpedUnder, namedAsSubject, namedPartner, openingHelper, ownUnit, respectivePartners, sentenceSubject, subjectAfter, withOwnPointers } from "./pairing-subjects.js";



/** Helping verbs that pair only when nothing but the places helped follows them (东城区帮助鄂伦春自治旗和莫旗). */
const HELP = /(帮助|支援|援助)/;
/** Every pairing verb of a clause, in order. */
const WITH_VERB_ALL = new RegExp(WITH_VERB.source, "g");
const ANY_VERB = new RegExp(VERB.source);
/** A count of a league's banners right after its name (乌兰察布市8个旗县, 赤峰市所辖12个旗县区). */
const LEAGUE_COUNTED = /^(?:所辖|下辖|的)?[0-9一二两三四五六七八九十]+个(?:旗县|旗市|县区|县|旗)/;
/** Units counted, a pairing word naming their kind (多个结对旗县, 各对口帮扶地区). */
const COUNTED_KIND = /(多个|几个|各个|各|部分|所有|[0-9一二两三四五六七八九十]+个)(结对|对口帮扶|对口|帮扶|受援)(旗县|地区|单位|城市|学校|医院|村|嘎查|乡镇|苏木)/g;



/** Whether `at` stands inside a title's marks the sentence opened at `from` (《…和…》). */
const inTitle = (text: string, from: number, at: number) => {
  const before = text.slice(from, at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
};

/** A clause that opens on the verb pairing what the clause before names. */
const PAIR_THEN_VERB = /^(?:也|都|已经?|早已|早就|就|还|又|均|去年|今年)*(?:是|结成|结为|结了|成为)/;

/** Clauses cut at a table's cells, each a statement of its own (乌丹镇人民政府｜30｜通州区宋庄镇与乌丹镇结对帮扶项目). */
function cells(ctx: ArticleContext, clauses: { start: number; end: number }[]): { start: number; end: number }[] {
  return clauses.flatMap((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (!/[|｜\t]/.test(text)) return [c];
    return [...text.matchAll(/[^|｜\t]+/g)].map((m) => ({ start: c.start + m.index!, end: c.start + m.index! + m[0].length }));
  });
}

/** A pair named in a clause of its own, the verb pairing them in the next (朝阳区的金盏乡和克右中旗的巴音胡舒镇，结成了对子): one clause. */
function pairThenVerb(ctx: ArticleContext, clauses: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const c of clauses) {
    const before = out[out.length - 1];
    const joined = before && PAIR_THEN_VERB.test(ctx.text.slice(c.start, c.end)) && !PAIRING_WORD.test(ctx.text.slice(before.start, before.end)) &&
      /^[\u4e00-\u9fff]+$/.test(ctx.text.slice(before.start, before.end)) && ctx.within(before.start, before.end).filter((r) => r.entity.label !== "Person").length >= 2;
    if (joined) out[out.length - 1] = { start: before.start, end: c.end };
    else out.push(c);
  }
  return out;
}

export function pairings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  // (Looked for in the sentences only when the article has one: most have none.)
  const partnerNouns = namesPartners(ctx.text);
  const read = new Set<string>();
  const add: AddPair = (pair, s, confidence, startOnly = false, year) => {
    if (!pair) return;
    // (Not a league whose banners are counted after it: 7个区与乌兰察布市8个旗县结对 pairs the districts with those banners.)
    if (pair[1].entity.label === "League" && LEAGUE_COUNTED.test(ctx.text.slice(pair[1].mention.end, pair[1].mention.end + 10))) return;
    // (A helper whose name does not say its side, 首钢集团, is on Beijing's in this article: its money reads as Beijing's.)
    ctx.learnSide(pair[0].entity, "beijing");
    ctx.learnSide(pair[1].entity, "inner-mongolia");
    // (Once a sentence: two readings of it may find the same pair.)
    const key = `${pair[0].entity.id}|${pair[1].entity.id}|${s.start}`;
    if (read.has(key)) return;
    read.add(key);
    out.push({ type: "PAIRED_WITH", source: pair[0].entity.id, target: pair[1].entity.id, props: { since: year ?? (startOnly ? started(ctx, s) : since(ctx, s)) }, confidence, evidence: ctx.evidence(s) });
  };
  // Helpers listed together (西城区、东城区等对口帮扶…): each with the one partner, or respectively (分别) with as many;
  // a list helping a list says nothing of who helps whom, so no pair is read from it. (A list is less sure than one.)
  const pairListed: PairListed = (helpers, partners, respectively, s, confidence) => {
    if (helpers.length === 1) for (const b of partners) add(orient(ctx, helpers[0]!, b, true), s, confidence);
    else if (partners.length === 1) for (const h of helpers) add(orient(ctx, h, partners[0]!, true), s, confidence - 0.05);
    else if (partners.length === helpers.length && respectively) helpers.forEach((h, i) => add(orient(ctx, h, partners[i]!, true), s, confidence - 0.05));
  };
  for (const s of ctx.sentences) {
    // (A table's header names its columns, not a pairing: |序号|北京结对方|内蒙古受援方|结对类型|.)
    // (Nor does a question: 通辽市霍林郭勒市也是我区的帮扶对象吗？)
    // (Only the part asked, though: 问：很多人知道大兴区和察右前旗是…结对区旗，但两家医院之间是什么关系？ states the first.)
    if (TABLE_HEADER.test(s.text)) continue;
    const question = QUESTION.test(s.text);
    // A clause with no word of pairing in it pairs nothing: the tests below are for clauses that have one.
    const pairingWord = PAIRING_WORD.test(s.text);
    for (const clause of pairingWord ? cells(ctx, pairThenVerb(ctx, ctx.clauses(s))) : []) {
      const text = ctx.text.slice(clause.start, clause.end);
      if (!PAIRING_WORD.test(text) || (question && asked(ctx, s, clause))) continue;
      // (A pairing word inside a counted kind is no verb: 走访北京多家用人单位和内蒙古多个结对旗县.)
      if (COUNTED_KIND.test(text) && !ANY_VERB.test(text.replace(COUNTED_KIND, ""))) continue;
      // (Not one qualifying a name before the pair's 与: 结对帮扶的北京市顺义区与通辽市科左中旗召开…联席会议.)
      // (Nor one in the item's heading before it: 【结对动态】昌平区城北街道与阿旗巴彦花镇…签订结对帮扶协议.)
      const verbs = [...text.matchAll(WITH_VERB_ALL)].filter((m) => !/【[^】]*$/.test(text.slice(0, m.index)));
      const withVerb = verbs.find((m) => !/^(?:帮扶|协作)?的/.test(text.slice(m.index! + m[0].length))) ?? verbs[0];
      if (!withVerb && !HELP.test(text) && !ANY_VERB.test(text)) continue;
      if (noPairingNow(ctx, s, clause)) continue;
      const refs = withOwnPointers(ctx, s, clause, ctx.within(clause.start, clause.end).filter((r) => r.entity.label !== "Person"));
      // (One name is enough where the article's own district says 我区 before it: 我区…推进与科右中旗的结对帮扶.)
      // (A word pointing at a place counts as a name: 东城区与该旗建立…结对关系.)
      // (Nor where the clause goes on from the sentence's subject: 月坛街道原与托扎敏乡结对，2022年3月起调整为与诺敏镇结对.)
      // (Or where the places it pairs are counted, then listed after a colon: 顺义区结对帮扶两个旗：….)
      const listedAfter = /^[:：]$/.test(ctx.text[clause.end] ?? "") && COUNTED_PLACES.test(ctx.text.slice(clause.end - 6, clause.end).replace(/^.*?(?=[两二三四五六七八九十0-9]+个)/, ""));
      if (refs.length < 2 && !listedAfter && !(refs.length === 1 && (ctx.voice || pointersIn(ctx, s, clause.start, clause.end).length > 0 || sentenceSubject(ctx, s, clause.start)))) continue;
      // "A 与 B 结对 / 结成对子 / 配对": one side either side of 与.
      let paired = false;
      if (withVerb) {
        const verbAt = clause.start + withVerb.index;
        // (Not the 和 inside a name: 正蓝旗农牧和科技局.)
        // (Nor a 和 that lists partners after a 与, places of one side either side of it: 窦店镇负责与突泉县太平乡和察右中旗铁沙盖镇结对.)
        // (Items of one kind: the name before it and the last of the chain after it, 太平乡 and 铁沙盖镇 of 察右中旗铁沙盖镇.)
        const endingAt = (at: number) => refs.filter((r) => r.mention.end === at).pop();
        // (Or, `oneKnown`, the side of either where the other's is unknown, the first name after read: 长辛店镇 beside 宛平街道.)
        const sideAround = (at: number, oneKnown = false) => {
          const before = endingAt(at);
          const k = refs.findIndex((r) => r.mention.start === at + 1);
          const after = k >= 0 ? refs[oneKnown ? k : runEnd(refs, k)] : undefined;
          if (!before || !after || before.entity.label !== after.entity.label) return undefined;
          const sides = new Set([ctx.sideOf(before.entity), ctx.sideOf(after.entity)]);
          if (oneKnown) sides.delete(undefined);
          return sides.size === 1 ? [...sides][0] : undefined;
        };
        // (Or the last of a list after 与 whose items' side is not yet known: 与巴音塔拉镇大井村、三圣村和后房子村结成对子.)
        const listTail = (at: number) => {
          const before = endingAt(at);
          return !!before && ctx.text[before.mention.start - 1] === "、" && refs.some((r) => r.mention.end === before.mention.start - 1 && r.entity.label === before.entity.label);
        };
        // (Nor a 与 that compares or borders: 与我旗同属乌兰察布市、由北京市延庆区对口帮扶的察右后旗; nor a 和 in or after a title, listing
        // documents: 根据《乌兰察布市东西部协作资金和项目管理办法》和北京市大兴区对口帮扶察右前旗…协议.)
        const ands = [...text.matchAll(AND)].map((m) => clause.start + m.index!).filter((at) => at <= verbAt && !ctx.inMention(at) && !COMPARED.test(ctx.text.slice(at + 1, at + 14)) && ctx.text[at - 1] !== "》" && !(ctx.text[at] === "和" && inTitle(ctx.text, s.start, at)))
          .filter((at, k, all) => !(k > 0 && ctx.text[at] === "和" && ctx.text[all[0]!] === "与" && (sideAround(at) === "inner-mongolia" || listTail(at))))
          // (Nor a 和 listing helpers of one side before the 与 that pairs them: 丰台区王佐镇、长辛店镇和宛平街道、…分别与我县新城子镇、….)
          // (One of them may be of no side the gazetteer knows, 长辛店镇: the other's tells.)
          .filter((at, k, all) => !(ctx.text[at] === "和" && all.slice(k + 1).some((x) => ctx.text[x] === "与") && sideAround(at, true) === "beijing"));
        // Pairs listed one after another (A与B、C与D分别结对): each one's right side ends before the next one's left, and
        // its left side begins after the one before's right (庞各庄镇 of the first pair helps no partner of the second).
        const rightEnds = ands.map((andAt, k) => {
          const nextAnd = ands[k + 1];
          const listMark = nextAnd === undefined ? -1 : ctx.text.slice(andAt, nextAnd).lastIndexOf("、");
          return nextAnd === undefined ? verbAt : listMark > 0 ? andAt + listMark : nextAnd;
        });
        for (const [k, andAt] of ands.entries()) {
          const rightEnd = rightEnds[k]!;
          const leftFrom = k > 0 && rightEnds[k - 1]! < andAt ? rightEnds[k - 1]! : clause.start;
          const left = mostSpecific(ctx, refs.filter((r) => r.mention.end <= andAt && r.mention.start >= leftFrom));
          // (Not a venue after the partner: 与…乌兰达坝苏木在林东镇签订….)
          // (Nor a name in an aside: …、莫力达瓦达斡尔族自治旗（以下简称"莫旗"）结对.)
          const inAside = (r: Ref) => /[（(][^）)]*$/.test(ctx.text.slice(andAt, r.mention.start));
          const right = mostSpecific(ctx, refs.filter((r) => r.mention.start > andAt && r.mention.end <= rightEnd && ctx.text[chainStart(ctx, andAt, r) - 1] !== "在" && !inAside(r)));
          // (A word pointing at a place stands for it before 与: 我县与北京市延庆区…, 该旗与东城区….)
          // (Or a body named by its kind alone, opening the clause: 商会还与…猎民村签订了结对帮扶协议; or pointed at, 这家公司还与….)
          const a = left[left.length - 1] ?? pointersIn(ctx, s, clause.start, andAt).filter((p) => /^(我|该|本|这家|这所)|^(基金会|公司|集团|企业|医院|学校|协会|商会|合作社)$/.test(ctx.text.slice(p.start, p.end))).pop()?.ref;
          // (Or the other side, pointed at: 古城街道和我们嘎查签了结对协议.)
          const b = right[right.length - 1] ?? pointersIn(ctx, s, andAt, rightEnd).map((p) => refAt(p.ref.entity, p.start, p.end)).pop();
          // 我区…推进与科右中旗的结对帮扶: the district whose voice the article is.
          // (Or 我们 opening it, the voice's own report: 我们…，高质量完成与锡林郭勒盟太仆寺旗结对帮扶年度任务.)
          if (!a && b && ctx.voice && /我区|我们/.test(ctx.text.slice(s.start, andAt))) {
            for (const partner of right.length > 0 ? listedWithLast(ctx, right, /^(、|和|及|以及)$/, true) : [b]) add(orient(ctx, refAt(ctx.voice, andAt), partner, false), s, 0.75);
            paired = true;
          }
          // 东城区坚持…，与阿尔山市、科尔沁右翼前旗深化结对帮扶: the subject that opens the sentence, in an earlier clause.
          // (Or the one it is said to be after the verb: 与我旗结对开展东西部协作的是北京市通州区.)
          // (Or the one the pairing qualifies: 与该嘎查结对帮扶的北京昌盛源牧业科技有限公司调运….)
          const verbEnd = verbAt + withVerb[0].length;
          // (Read to the end of its chain: 与东城区结对帮扶的兴安盟阿尔山市 is 阿尔山市.)
          const q = !a && b && !paired ? refs.findIndex((r) => r.mention.start > verbEnd && /^(?:帮扶|协作|共建)?的$/.test(ctx.text.slice(verbEnd, r.mention.start))) : -1;
          const widest = q < 0 ? undefined : refs.filter((r) => r.mention.start === refs[q]!.mention.start).sort((x, y) => y.mention.end - x.mention.end)[0]!;
          const qualified = widest === undefined ? undefined : [isPlace(widest.entity) ? refs[runEnd(refs, refs.indexOf(widest))]! : widest].find((r) => (isInstitution(r.entity) || isPlace(r.entity)) && r.entity.id !== b!.entity.id);
          const subject = !a && b && !paired ? qualified ?? namedAsSubject(ctx, refs, verbAt) ?? sentenceSubject(ctx, s, clause.start, b) ?? subjectAfter(ctx, s, clause) : undefined;
          // 我们始终把同北京市密云区的结对协作作为…机遇, 借助与北京市昌平区的结对协作关系: a banner writing in its own voice
          // (我旗 in the article) of its pairing with a district, and of no place of its own side here.
          const own = !a && b && !subject && !paired && ctx.sideOf(b.entity) === "beijing" && !refs.some((r) => ctx.sideOf(r.entity) === "inner-mongolia") ? ownUnit(ctx, s) : undefined;
          if (own) {
            add(orient(ctx, b!, refAt(own, andAt), false), s, 0.7);
            paired = true;
          }
          if (subject) {
            for (const partner of right.length > 0 ? listedWithLast(ctx, right, /^(、|和|及|以及)$/, true) : [b!]) add(orient(ctx, subject, partner, false), s, 0.8);
            paired = true;
          }
          if (a && b) {
            // The last partner named and those listed with it (阿巴噶旗、苏左旗是结对伙伴); a list on either side pairs
            // respectively (A、B分别与C、D…) or all with one, and a list with a list without 分别 says nothing of who with whom.
            // (A place's committee may follow each: 六铺炕社区党委、双旗杆社区党委分别与….)
            const partners = right.length > 0 ? listedWithLast(ctx, right, /^(党委|党工委|党总支|居委会|村委会|人民政府|政府)?(、|和|及|以及)$/, true) : [b];
            const helpers = left.length > 0 ? listedWithLast(ctx, left, /^(党委|党工委|党总支|居委会|村委会|人民政府|政府)?(、|和|及)$/, true) : [a];
            const before = out.length;
            if (helpers.length === 1) for (const partner of partners) add(orient(ctx, a, partner, false), s, 0.9);
            else if (partners.length === 1) for (const h of helpers) add(orient(ctx, h, b, false), s, 0.85);
            // (分别 may follow the partners, or 一一: A、B与C、D一一结对.)
            else if (partners.length === helpers.length && (/分别/.test(ctx.text.slice(a.mention.end, andAt)) || /^(分别|一一)/.test(ctx.text.slice(partners[partners.length - 1]!.mention.end, clause.end)))) {
              // (One whose side its name does not tell pairs as the others listed with it do: 双旗杆社区 beside 六铺炕社区.)
              const pairs = helpers.map((h, i) => orient(ctx, h, partners[i]!, false));
              const helperFirst = pairs.some((p, i) => p && p[0].mention.start === helpers[i]!.mention.start) && !pairs.some((p, i) => p && p[0].mention.start !== helpers[i]!.mention.start);
              helpers.forEach((h, i) => add(pairs[i] ?? (helperFirst ? orient(ctx, h, partners[i]!, true) : null), s, 0.85));
            }
            // (Two that cannot pair, 京粮公司与通州区对口帮扶的科左中旗…, leave the clause to the verb's reading; a list with
            // a list read nothing on purpose.)
            paired ||= out.length > before || (helpers.length > 1 && partners.length > 1);
          }
        }
      }
      if (paired) {
        // (A clause opening with a helper named after the one it helps goes on to pair others: 对口帮扶正蓝旗的怀柔区近日推动
        // 怀柔区雁栖镇与正蓝旗上都镇结对.)
        const opening = openingHelper(ctx, clause, refs);
        if (opening) add(orient(ctx, opening[0], opening[1], false), s, 0.8);
        continue;
      }
      // "东城区帮助鄂伦春自治旗和莫旗": 帮助 or 支援 pairs only when what follows is nothing but the places helped
      // (东城区帮助…建设基地 is help, not a pairing).
      const help = HELP.exec(text);
      if (help) {
        const verbEnd = clause.start + help.index + help[0].length;
        const objects = refs.filter((r) => r.mention.start >= verbEnd);
        let rest = ctx.text.slice(verbEnd, clause.end);
        for (const r of [...objects].reverse()) rest = rest.slice(0, r.mention.start - verbEnd) + rest.slice(r.mention.end - verbEnd);
        const left = mostSpecific(ctx, refs.filter((r) => r.mention.end <= verbEnd - help[0].length));
        const a = left[left.length - 1];
        if (a && objects.length > 0 && /^[、和及与的]*[。;；,，]?$/.test(rest)) {
          pairListed(listedWithLast(ctx, left, /^(、|和|及)$/, true), mostSpecific(ctx, objects), /分别/.test(ctx.text.slice(a.mention.end, verbEnd)), s, 0.7);
          continue;
        }
      }
      verbPairs(ctx, s, clause, text, refs, add, pairListed);
    }
    // (A question's other readings would take what it asks for a statement.)
    if (question) continue;
    for (const pair of dashPairs(ctx, s)) add(pair.refs, s, pair.confidence, false, pair.since);
    for (const pair of bracketedPartners(ctx, s)) add(pair, s, 0.8);
    // (Each pair once: another rule may have read it in the sentence, and add keeps the first reading.)
    const addNew = (pairs: [Ref, Ref][], confidence: number) => {
      for (const pair of pairs) add(pair, s, confidence);
    };
    addNew(listedPairs(ctx, s), 0.8);
    addNew(continuedPairs(ctx, s), 0.75);
    addNew(orderedListPairs(ctx, s), 0.75);
    addNew(dockedPairs(ctx, s), 0.75);
    addNew(numberedPairItems(ctx, s), 0.75);
    addNew(namedPartner(ctx, s), 0.75);
    addNew(respectivePartners(ctx, s), 0.8);
    addNew(recordPairs(ctx, s).map(([a, b]) => orient(ctx, a, b, true)).filter((p): p is [Ref, Ref] => p !== null), 0.75);
    const both = bothNamedBefore(ctx, s);
    if (both) add(both, s, 0.75);
    if (pairingWord) addNew(qualifiedPairs(ctx, s), 0.8);
    // "自2021年结对以来，怀柔区累计向四子王旗投入…": a pairing named by its start, between the district and the banner
    // the sentence goes on to name (or, where it names neither, those the article is about).
    const since_ = /(结对|结对帮扶|对口帮扶|对口协作|结[成为]对子|建立[^,，。]{0,6}关系)(以来|之后|后)/.exec(s.text);
    if (since_ && !out.some((r) => r.evidence.start === ctx.evidence(s).start)) {
      const after = ctx.within(s.start + since_.index, s.end, true);
      // The first two the sentence names that may pair (德胜街道…向巴彦呼舒镇), else the district and banner in focus.
      const named = firstPair(ctx, after);
      if (named) add(named, s, 0.75);
      // (The district in focus is read after the pairings: here, the one the article names most, or whose voice it is.)
      const district = after.find((r) => r.entity.label === "District" && ctx.sideOf(r.entity) === "beijing")?.entity ?? ctx.beijingFocus ?? ctx.dominantDistrict() ?? ctx.voice;
      // (The banner rather than the league that holds it: 兴安盟科尔沁右翼前旗 is read to the banner.)
      const imUnit = (label: string) => after.find((r) => r.entity.label === label && ctx.sideOf(r.entity) === "inner-mongolia")?.entity;
      const banner = imUnit("Banner") ?? imUnit("League") ?? countyOf(ctx, ctx.imFocus);
      if (!named && district && banner) {
        add(orient(ctx, refAt(district, s.start), refAt(banner, s.start), false), s, 0.75);
      }
    }
    // "科右中旗是朝阳区的对口帮扶旗县", "作为房山区的结对帮扶地区，镶黄旗…": a partner named by what it is to the other.
    if (partnerNouns && pairingWord) partnerNounPairs(ctx, s, (pair) => add(pair, s, 0.8, true));
    // "在北京经开区的帮扶下" (or 帮助之下): the district helps the banner the sentence goes on to name, else the one the article is about.
    for (const pair of helpedUnder(ctx, s)) add(pair, s, 0.7);
  }
  for (const p of columnPairs(ctx)) add(p.refs, p.sentence, 0.75);
  listFootnotes(ctx, out);
  return endedLater(ctx, out);
}

/** A table's header row: its first cell is 序号. */
const TABLE_HEADER = /^[|｜]?\s*序号\s*[|｜]/;

