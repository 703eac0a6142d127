// PART_OF said in words rather than by writing the places together: 奈曼旗位于通辽市西南部, 察右前旗隶属乌兰察布市,
// 大石寨镇是…科尔沁右翼前旗的一个农业大镇, 位于科右前旗西部的索伦镇, 我旗白音他拉苏木.
import { pointersIn } from "./anaphora.js";
import { isPlace, type ArticleContext, type Ref, type Relation } from "./context.js";
import { chainStart } from "./ref-runs.js";
import { isParent } from "./structure.js";

/** Words after a place that say where it lies, the larger place next (察右前旗隶属乌兰察布市, 奈曼旗位于通辽市西南部, 东华山村属南彩镇). */
const LIES_IN = /^(?:隶属于?|属于?|位于|地处|坐落于|坐落在)$/;
/** 是 before the larger place, and what the smaller one is of it after (…科尔沁右翼前旗的一个农业大镇). */
const ONE_OF = /^的(?:一个|一座|一片)?[\u4e00-\u9fff]{0,6}?(?:镇|乡|苏木|村|嘎查|旗|县|市|区)(?![\u4e00-\u9fff]{0,2}(?:之一|中))/;
/** 位于 before the larger place, a direction or 的 after it, then the smaller one (位于科右前旗西部的索伦镇). */
/** Words one of the tests needs. */
const WORDS = /属|位于|地处|坐落|是|[我本该][旗县]|[部端边侧]的|[（(]|个(?:旗|县|乡|镇|苏木|街)|辖/;
/** The words that open a county's towns listed after its description, the county the sentence's subject (四子王旗位于…，辖乌兰花镇、
 * 吉生太镇…等苏木乡镇). */
const HOLDS = /[,，;；](?:现|共|下|管)?辖$/;
/** A count of a league's counties before those listed (兴安盟6个旗县市中，阿尔山市、…). */
const COUNTIES_OF = /^(?:所辖|下辖|辖)?的?[0-9一二三四五六七八九十两]{1,2}个(?:旗县市区|旗县市|旗县区|旗市区|旗县|县市区|县区|旗|县)中?[,，:：]?$/;
const BEFORE_SMALLER = /^(?:[东西南北中]{1,2}(?:部|端|边|侧)|境内|腹地)?的$/;
/** A count of a county's towns before those listed in brackets, after 中, 即 or a colon (鄂伦春旗8个乡镇（阿里河镇、大杨树镇…）,
 * 库伦旗所辖8个苏木乡镇，即库伦镇、…). */
const TOWNS_OF = /^(?:所辖|下辖|辖)?的?[0-9一二三四五六七八九十两]{1,2}个(?:苏木乡镇|乡镇苏木|苏木镇|乡镇|镇街|街乡|街道|镇|乡|苏木)(?:[（(]|中[,，:：]?|[,，]?(?:即|包括|分别是|分别为)[:：]?|[:：])$/;

/** PART_OF each smaller place the words above say lies in a larger one the gazetteer (or, for places it lacks, the kinds)
 * allow to hold it. */
export function statedParts(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  const add = (child: Ref, parent: Ref, at: number) => {
    if (child.entity.id === parent.entity.id || !isParent(ctx, parent, child)) return;
    const s = ctx.sentenceAt(at);
    if (!s) return;
    if (!ctx.g.unit(child.entity.id) && !ctx.statedParent.has(child.entity.id)) ctx.statedParent.set(child.entity.id, parent.entity.id);
    out.push({ type: "PART_OF", source: child.entity.id, target: parent.entity.id, props: {}, confidence: 0.8, evidence: ctx.evidence(s) });
  };
  for (const s of ctx.sentences) {
    // (Each test below looks at the words first, the chain of places only where they are there: most sentences have none.)
    if (!WORDS.test(s.text)) continue;
    const places = ctx.within(s.start, s.end).filter((r) => isPlace(r.entity));
    // (A banner pointed at opens the smaller one's name: 我旗白音他拉苏木. Not a town pointed at, 我镇金叵罗村, which may be either
    // side's.)
    if (/[我本该][旗县]/.test(s.text)) {
      for (const p of pointersIn(ctx, s)) {
        if (!/^(我|本|该)[旗县]$/.test(ctx.text.slice(p.start, p.end))) continue;
        const child = places.find((r) => r.mention.start === p.end);
        if (!child || !isPlace(p.ref.entity)) continue;
        const parent = { mention: { ...p.ref.mention, start: p.start, end: p.end }, entity: p.ref.entity };
        add(child, parent, p.start);
        // (And its siblings listed after it: 我县新城子镇、统部镇、大井镇和官地镇.)
        for (let i = places.indexOf(child), at = child.mention.end; /^[、和及]$/.test(ctx.text[at] ?? ""); ) {
          const sibling = places[++i];
          if (!sibling || sibling.mention.start !== at + 1 || sibling.entity.label !== child.entity.label) break;
          add(sibling, parent, p.start);
          at = sibling.mention.end;
        }
      }
    }
    for (const [k, child] of places.entries()) {
      const next = places[k + 1];
      if (!next) continue;
      const word = ctx.text.slice(child.mention.end, child.mention.end + 3);
      if (!/^(隶属|属|位于|地处|坐落|是)/.test(word)) continue;
      const from = chainStart(ctx, s.start, next);
      const between = ctx.text.slice(child.mention.end, from);
      // The larger place is the last of the chain written after the words (内蒙古兴安盟科尔沁右翼前旗: the banner).
      const chain = places.filter((r) => r.mention.start >= from);
      let parent: Ref | undefined;
      for (let i = 0, at = from; i < chain.length && chain[i]!.mention.start === at; at = chain[i]!.mention.end, i++) parent = chain[i];
      if (!parent) continue;
      const after = ctx.text.slice(parent.mention.end, parent.mention.end + 12);
      if (LIES_IN.test(between) || (between === "是" && ONE_OF.test(after))) add(child, parent, child.mention.start);
    }
    // 兴安盟6个旗县市中，阿尔山市、科尔沁右翼中旗…: the counties listed after a count of the league's; so are a county's towns
    // (鄂伦春旗8个乡镇（阿里河镇、大杨树镇、…古里乡）).
    for (const [k, parent] of places.entries()) {
      const first = places[k + 1];
      const gap = first ? ctx.text.slice(parent.mention.end, first.mention.start) : "";
      const child = parent.entity.label === "League" && COUNTIES_OF.test(gap) ? "Banner" : /^(Banner|District)$/.test(parent.entity.label) && TOWNS_OF.test(gap) ? "Township" : undefined;
      if (!first || !child) continue;
      for (let i = k + 1, at = first.mention.start; places[i] && places[i]!.mention.start === at && places[i]!.entity.label === child; i++) {
        add(places[i]!, parent, places[i]!.mention.start);
        const mark = ctx.text[places[i]!.mention.end];
        if (mark !== "、" && mark !== "和" && mark !== "及") break;
        at = places[i]!.mention.end + 1;
      }
    }
    // 四子王旗位于乌兰察布市北部，…，辖乌兰花镇、吉生太镇…: the towns a county the sentence opens with holds.
    const subject = places[0];
    if (subject && subject.mention.start === s.start && /^(Banner|District)$/.test(subject.entity.label)) {
      // (Or right after the county: 正镶白旗辖明安图镇、星耀镇….)
      const first = places.findIndex((r) => r.entity.label === "Township" && (HOLDS.test(ctx.text.slice(Math.max(s.start, r.mention.start - 3), r.mention.start)) ||
        /^(?:现|共|下|管)?辖$/.test(ctx.text.slice(subject.mention.end, r.mention.start))));
      for (let i = first, at = places[first]?.mention.start; first > 0 && places[i]?.mention.start === at && places[i]!.entity.label === "Township"; i++) {
        add(places[i]!, subject, places[i]!.mention.start);
        if (!/^[、和及]$/.test(ctx.text[places[i]!.mention.end] ?? "")) break;
        at = places[i]!.mention.end + 1;
      }
    }
    // 金叵罗村（溪翁庄镇）: the larger place alone in brackets right after the smaller, as a list's cell adds where it lies.
    for (const [k, child] of places.entries()) {
      const next = places[k + 1];
      if (!next || !/^[（(]$/.test(ctx.text.slice(child.mention.end, next.mention.start))) continue;
      let parent = next;
      for (let i = k + 2; places[i] && places[i]!.mention.start === parent.mention.end; i++) parent = places[i]!;
      if (/^[)）]/.test(ctx.text.slice(parent.mention.end, parent.mention.end + 1))) add(child, parent, child.mention.start);
    }
    // 位于科右前旗西部的索伦镇: the place after the words of lying is the larger. (在 too, with the part of it named: 在库伦旗西部的
    // 哈日稿苏木.)
    for (const [k, parent] of places.entries()) {
      const child = places[k + 1];
      const between = child ? ctx.text.slice(parent.mention.end, child.mention.start) : "";
      const ofPart = /^[东西南北中]{1,2}(?:部|端|边|侧)的$/.test(between);
      if (!child || !(ofPart || BEFORE_SMALLER.test(between))) continue;
      const lead = ctx.text.slice(Math.max(s.start, chainStart(ctx, s.start, parent) - 3), chainStart(ctx, s.start, parent));
      if ((/(位于|地处|坐落于|坐落在)$/.test(lead) && BEFORE_SMALLER.test(between)) || (/在$/.test(lead) && ofPart)) add(child, parent, child.mention.start);
    }
  }
  return out;
}
