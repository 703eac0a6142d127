// PAIRED_WITH read from a pairing verb (A 帮扶 B, 扎赉特旗由北京市西城区对口帮扶, 结对帮扶苏尼特左旗的北京市西城区): the helper
// before it or named so, the partners after it.
import type { Sentence } from "../normalise/index.js";
import { pointersIn } from "./anaphora.js";
import { ArticleContext, clauseBefore, isPlace, refAt, type Ref } from "./context.js";
import { chainStart, listedWithLast, mostSpecific } from "./ref-runs.js";
import { COUNTED_PLACES, JOINT, orient, VERB, type AddPair, type PairListed } from "./pairing-terms.js";
import { sentenceSubject } from "./pairing-subjects.js";

/** A verb of pairing right after a name: the name helps a next partner. */
const VERB_RIGHT_AFTER = new RegExp(`^(?:${VERB.source.slice(1, -1)})`);

/** Goods a place's name can qualify (内蒙古农畜产品, 敖汉小米): the place is then their origin, not a partner. */
const GOODS_AFTER = /^的?(农畜产品|农产品|畜产品|产品|特产|商品|牛羊肉|牛肉|羊肉|小米|杂粮|奶制品|乳制品)/;

/** Every "A 帮扶 B" of a clause: the helper before the verb; coordinated partners after it (赛罕街道及达尔罕街道). */
export function verbPairs(ctx: ArticleContext, s: Sentence, clause: { start: number; end: number }, text: string, refs: Ref[], add: AddPair, pairListed: PairListed): void {
  for (const m of text.matchAll(VERB)) {
    const verbAt = clause.start + m.index!;
    const verbEnd = verbAt + m[0].length;
    if (/^(资金|干部|产品|车间|工作|项目|力度|举措|人口|对象|政策|机制|关系|协议|模式|专柜|专馆|专区|平台|活动|成效|成果|团队|任务|措施|中心|馆)/.test(ctx.text.slice(verbEnd, verbEnd + 2))) continue;
    // (Nor one made a noun by 的 and joined to another: 在北京市石景山区的对口帮扶和呼伦贝尔市人社局的指导下 pairs no league.)
    if (ctx.text[verbAt - 1] === "的" && /^[和与及、]/.test(ctx.text[verbEnd] ?? "")) continue;
    const left = mostSpecific(ctx, refs.filter((r) => r.mention.end <= verbAt));
    // (Or the one helped, pointed at: 北京市延庆区继续对口帮扶我旗.)
    // (Not a name in an aside, which stands further off: …察哈尔右翼前旗（以下简称察右前旗）.)
    const right = mostSpecific(ctx, refs.filter((r) => r.mention.start >= verbEnd && !/[（(][^）)]*$/.test(ctx.text.slice(verbEnd, r.mention.start))));
    // (Or the places counted, then listed after a colon: 顺义区结对帮扶两个旗：通辽市科尔沁左翼中旗（简称科左中旗）和赤峰市巴林左旗.)
    const nextClause = right.length === 0 && /^[:：]$/.test(ctx.text[clause.end] ?? "") && COUNTED_PLACES.test(ctx.text.slice(verbEnd, clause.end)) ? ctx.clauses(s).find((c) => c.start === clause.end + 1) : undefined;
    if (nextClause) right.push(...mostSpecific(ctx, ctx.within(nextClause.start, nextClause.end).filter((r) => r.entity.label !== "Person" && !/[（(][^）)]*$/.test(ctx.text.slice(nextClause.start, r.mention.start)))));
    // (Or right after the verb, before the names: 结对帮扶我旗的北京市大兴区; not one opening a name, 帮扶我市科左中旗.)
    const pointedRight = pointersIn(ctx, s, verbEnd, clause.end).filter((p) => p.start === verbEnd && !right.some((r) => r.mention.start === p.end)).map((p) => refAt(p.ref.entity, p.start, p.end));
    right.unshift(...pointedRight);
    // (A clause that goes on without a subject, 同时继续对口帮扶多伦县, has the sentence's: 延庆区与…开展京冀协作，同时….)
    // (So does one with the partner its verb qualifies: 东城区认真贯彻…，与结对帮扶的察哈尔右翼后旗持续深化…协作.)
    const goesOn = left.length === 0 && right.length > 0 && clause.start > s.start && (/^(同时|并且?|还|也|又|继续|持续|进一步|深入|新增|另外|另|再)*$/.test(ctx.text.slice(clause.start, verbAt)) ||
      (/^(与|同)$/.test(ctx.text.slice(clause.start, verbAt)) && ctx.text[verbEnd] === "的") ||
      // (Or the partners its work is aimed at, so qualified: 丰台区坚持…，聚焦对口帮扶的赤峰市林西县和兴安盟扎赉特旗.)
      (/^(同时|并且?|还|也|又|继续|持续)*(聚焦|围绕|面向|瞄准|立足|紧扣|紧盯)$/.test(ctx.text.slice(clause.start, verbAt)) && ctx.text[verbEnd] === "的") ||
      // (Or the partners it gives to, named as such: …安排区级财政帮扶资金2800万元，支持结对地区察哈尔右翼前旗和正镶白旗….)
      // (Or those its work is aimed at, named as such: …，聚焦结对地区乌兰察布市察哈尔右翼前旗、锡林郭勒盟正镶白旗困难家庭….)
      (/^(同时|并且?|还|也|又|继续|持续|重点)*(支持|帮助|援助|支援|助力|向|为|给|聚焦|围绕|面向|瞄准|紧扣|紧盯)$/.test(ctx.text.slice(clause.start, verbAt)) && /^(地区|旗县|旗|县|城市)/.test(ctx.text.slice(verbEnd, verbEnd + 2))));
    // (Or the district whose voice the article is, its 我区 opening the clause before: 2024年我区安排…资金…，支持结对地区….)
    const a = left[left.length - 1] ?? (goesOn ? sentenceSubject(ctx, s, clause.start) ?? (ctx.voice && /^[^,，。]{0,8}?我区/.test(ctx.text.slice(clauseBefore(ctx.clauses(s), clause.start)?.start ?? clause.start, clause.start)) ? refAt(ctx.voice, clause.start) : undefined) : undefined);
    // Said the other way round: 扎赉特旗由北京市西城区对口帮扶, 突泉县受到北京市西城区的对口帮扶: the one before 由 or 受到.
    if (a && right.length === 0) {
      // (From where the helper's written chain begins: 北京市 of 北京市西城区.)
      const helperStart = chainStart(ctx, clause.start, a);
      const passive = /(由|受到|得到|获得|接受)$/.exec(ctx.text.slice(clause.start, helperStart));
      const helped = passive ? mostSpecific(ctx, left.filter((r) => r.mention.end <= helperStart - passive[0].length)).pop() : undefined;
      if (helped && (passive![0] === "由" || /^的?$/.test(ctx.text.slice(a.mention.end, verbAt)))) add(orient(ctx, a, helped, false), s, 0.8);
      // (Lists either side, respectively: 正蓝旗、多伦县分别由密云区、大兴区对口帮扶.)
      if (!passive) {
        const helpers = listedWithLast(ctx, left, /^(、|和|及)$/, true);
        const by = /分别由$/.exec(ctx.text.slice(clause.start, chainStart(ctx, clause.start, helpers[0]!)));
        let helpedList = by ? listedWithLast(ctx, mostSpecific(ctx, left.filter((r) => r.mention.end <= helpers[0]!.mention.start - by[0].length)), /^(、|和|及)$/, true) : [];
        // (Or listed in the clause before, counted at most: 项目覆盖阿鲁科尔沁旗、林西县…5个旗县，分别由昌平区、丰台区…结对帮扶.)
        const before = by && helpedList.length === 0 && clause.start > s.start ? mostSpecific(ctx, ctx.within(s.start, clause.start).filter((r) => isPlace(r.entity))) : [];
        const last = before[before.length - 1];
        // (Or named what they are: 阿尔山市、…、突泉县5个为京蒙协作结对旗县，分别由东城区、…结对帮扶.)
        if (last && /^(?:等?[0-9一二三四五六七八九十两]+个)?(?:(?:为|是)(?:京蒙协作|东西部协作)?的?(?:结对|对口帮扶|帮扶|受援)?)?(?:旗县市?|旗县区|旗|县|区|市|盟|镇|乡|苏木|乡镇|嘎查村|村)?[,，]$/.test(ctx.text.slice(last.mention.end, clause.start))) helpedList = listedWithLast(ctx, before, /^(、|和|及)$/, true);
        if (by && helpers.length > 1 && helpedList.length === helpers.length) helpers.forEach((h, i) => add(orient(ctx, h, helpedList[i]!, false), s, 0.8));
      }
    }
    // The helper named after the one it helps and 的 (结对帮扶锡林郭勒盟苏尼特左旗的北京市西城区): no name before the verb in the clause,
    // a verb of using what the helper gives at most (拟使用结对帮扶我旗的北京市丰台区…资金), or the help it frames (在结对帮扶我旗的北京市朝阳区
    // 大力支持下, 得益于…).
    if (!a && right.length > 0 && /^[\s0-9.、．:：]*(?:在|得益于|感谢|依托|借助|通过|随着)?(?:拟|将|计划)?(?:使用|利用|用好|争取|统筹)?$/.test(ctx.text.slice(clause.start, verbAt))) {
      const helped = right[0]!;
      const helper = right.find((r) => r.mention.start > helped.mention.end && ctx.text[chainStart(ctx, helped.mention.end, r) - 1] === "的" && chainStart(ctx, helped.mention.end, r) - 1 === helped.mention.end);
      if (helper) add(orient(ctx, helper, helped, false), s, 0.8);
    }
    if (!a || right.length === 0) continue;
    // Partners: the first one of a label that may pair with the helper, and those coordinated with it.
    // (When the most specific fits no pairing, the place it is written under may: 门头沟区结对帮扶的察右中旗科布尔镇.)
    let fit = right.filter((r) => orient(ctx, a, r, true));
    // (Or the place that opens a body's name: 通州区对口帮扶的科尔沁左翼中旗蒙源牧业有限公司.)
    if (fit.length === 0) fit = ctx.within(verbEnd, clause.end, true).filter((r) => r.entity.label !== "Person" && orient(ctx, a, r, true));
    // (Of a written chain, the most specific that may pair: 顺义区对口帮扶的赤峰市巴林左旗乌兰达坝苏木 pairs 巴林左旗, not 赤峰市.)
    fit = fit.filter((r) => !fit.some((x) => x !== r && x.mention.start === r.mention.end && ctx.contains(r.entity.id, x.entity.id)));
    const label = fit[0]?.entity.label;
    // (Not a place that only says where goods come from: 消费帮扶内蒙古农畜产品.)
    // (Nor past the helper of the next pair: 北京天坛医院对口支援兴安盟人民医院、首都医科大学宣武医院对口支援通辽市医院.)
    const nextHelper = right.find((r) => VERB_RIGHT_AFTER.test(ctx.text.slice(r.mention.end, r.mention.end + 4)));
    // (The last of a list may stand before its goods, the first passing: 结对帮扶的察哈尔右翼前旗、正镶白旗牛羊肉主导产业.)
    const listedAfterFirst = (r: Ref) => r !== fit[0] && !GOODS_AFTER.test(ctx.text.slice(fit[0]!.mention.end, fit[0]!.mention.end + 4)) && ctx.text[chainStart(ctx, verbEnd, r) - 1] === "、";
    const partners = fit.filter((r) => r.entity.label === label && r.mention.start - verbEnd < 30 && (!GOODS_AFTER.test(ctx.text.slice(r.mention.end, r.mention.end + 4)) || listedAfterFirst(r)) &&
      (!nextHelper || r.mention.start < nextHelper.mention.start) &&
      // (Nor the narrator's own place listed after (丰台区帮扶的四子王旗和我们兴和县同台推介): no partner of the helper's.)
      (r === fit[0] || !/(我们|咱们)$/.test(ctx.text.slice(Math.max(0, chainStart(ctx, verbEnd, r) - 2), chainStart(ctx, verbEnd, r)))) &&
      // (Nor one the partner acts with: 延庆区结对帮扶的察右后旗与四子王旗共同推介特色产品.)
      (r === fit[0] || !(/(与|和|同|跟)$/.test(ctx.text.slice(chainStart(ctx, verbEnd, r) - 1, chainStart(ctx, verbEnd, r))) && JOINT.test(ctx.text.slice(r.mention.end, r.mention.end + 4)))));
    // (Nor one past a verb after the partner: 顺义区对口帮扶的巴林左旗组织…干部…来巴林右旗.)
    // (An aside on the name's short form between is no verb: 科尔沁左翼中旗（简称科左中旗）和赤峰市巴林左旗.)
    const coordinated = partners.findIndex((r, i) => i > 0 && !/^(、|，|,|和|及|以及|与|同|跟)?$/.test(ctx.text.slice(partners[i - 1]!.mention.end, chainStart(ctx, partners[i - 1]!.mention.end, r)).replace(/^[（(][^（()）]{1,12}[)）]/, "")));
    if (coordinated > 0) partners.length = coordinated;
    pairListed(left.length > 0 ? listedWithLast(ctx, left, /^(、|和|及|与)$/, true) : [a], partners, /分别/.test(ctx.text.slice(a.mention.end, verbAt)), s, 0.85);
  }
}
