// 两校/两院/两地/两镇/双方: the pair a word for both stands for, the two named before it.
import type { Sentence } from "../normalise/index.js";
import type { Entity } from "../resolve/index.js";
import { ArticleContext, isInstitution, isPlace, specificity, type Ref, type Relation } from "./context.js";
import { orient, VERB_AT, WITH_VERB } from "./pairing-terms.js";
import { since } from "./pairing-dates.js";

/**
 * 两校/两院/两地 before a pairing verb: the two schools, hospitals or units, one of either side, named just before
 * (两校签订了结对帮扶协议; 房山区…赴镶黄旗考察，两地签署…协作框架协议; 双方…签订结对帮扶协议). Units within the
 * sentence, or the sentence before when it names but one of either side; not after 京蒙, where the two are Beijing and
 * Inner Mongolia; nor after 各 (各结对双方 are every pair's two).
 */
// (Or said to be partners: 两校是石景山区—兴和县京蒙协作框架下的结对学校.)
const BOTH = /(?<!京蒙|北京|内蒙古|各|各结对|各个结对)(两校|两所学校|两个学校|两院|两家医院|两所医院|两个医院|两局|两地|两区旗|两旗区|双方|两镇|两乡镇|两个镇|两村|两嘎查|两个村|两支队伍|两支团队|两个团队|两团)(?:[^。;；]{0,16}?(结对|结成|结为|签订|签署|签约|建立)|(?:是|为|系|互为)[^。;；,，]{0,24}?结对(?:学校|医院|单位|关系|伙伴))/;
export function bothNamedBefore(ctx: ArticleContext, s: Sentence): [Ref, Ref] | null {
  const m = BOTH.exec(s.text);
  if (!m || !(WITH_VERB.test(s.text.slice(m.index)) || VERB_AT.test(s.text.slice(m.index)))) return null;
  // (两镇 and 两村 are two towns or two villages: 沙河镇党委书记…来到我旗千斤沟镇，就两镇结对帮扶工作进行对接.)
  const places = /(镇|村|嘎查)/.exec(m[1]!)?.[1];
  const units = places !== undefined || /(地|区旗|旗区|双方)/.test(m[1]!);
  // (双方 may be two towns or villages: 窦店镇…到…新宝拉格镇…，双方签订镇镇结对帮扶协议.)
  // (Two troupes or teams are two organisations: 林西县乌兰牧骑和北京丰台评剧团合演…。去年，这两支队伍结成了“手拉手”对子.)
  const labels = places ? [places === "镇" ? "Township" : "Village"] : units ? ["District", "Banner", "League", ...(m[1] === "双方" ? ["Township", "Village"] : [])] :
    [/(队伍|团队|团)$/.test(m[1]!) ? "Organization" : /校/.test(m[1]!) ? "School" : /局/.test(m[1]!) ? "Agency" : "Hospital"];
  // 两院 are two courts or procuratorates as well as two hospitals; 两局 two bureaus (两局正式结成京蒙司法协作对子).
  const fits = (r: Ref) => labels.includes(r.entity.label) || (m[1] === "两院" && r.entity.label === "Agency" && /(法院|检察院)$/.test(r.entity.name));
  const at = s.start + m.index;
  // (双方 after two bodies, one of either side, is those bodies, not the units their names hold: 北京科学中心与达茂旗科技馆签约，
  // 双方正式结为…对口帮扶单位.)
  const bodies = m[1] === "双方" ? ctx.within(s.start, at).filter((r) => isInstitution(r.entity)) : [];
  const body = (side: string) => bodies.filter((r) => ctx.sideOf(r.entity) === side).pop();
  const [x, y] = [body("beijing"), body("inner-mongolia")];
  if (x && y) return orient(ctx, x, y, false);
  if (units) {
    // (The sentence before, in the same paragraph, only when it leaves no doubt which two.)
    const prev = ctx.sentences[s.index - 1];
    for (const from of [s.start, ...(prev && prev.paragraph === s.paragraph ? [prev.start] : [])]) {
      const all = ctx.within(from, at, true).filter(fits);
      // The most specific level both sides name.
      const level = (r: Ref) => specificity(r.entity);
      const shared = Math.max(-1, ...all.filter((r) => ctx.sideOf(r.entity) === "beijing").map(level).filter((l) => all.some((x) => ctx.sideOf(x.entity) === "inner-mongolia" && level(x) === l)));
      const named = all.filter((r) => level(r) === shared);
      const a = new Set(named.filter((r) => ctx.sideOf(r.entity) === "beijing").map((r) => r.entity.id));
      const b = new Set(named.filter((r) => ctx.sideOf(r.entity) === "inner-mongolia").map((r) => r.entity.id));
      if (a.size === 0 || b.size === 0) continue;
      if (from !== s.start && (a.size > 1 || b.size > 1)) return null;
      const last = (side: string) => named.filter((r) => ctx.sideOf(r.entity) === side).pop()!;
      return orient(ctx, last("beijing"), last("inner-mongolia"), false);
    }
    return null;
  }
  const of = (side: string) => ctx.recent(at, s, (r) => fits(r) && ctx.sideOf(r.entity) === side, 3);
  const a = of("beijing");
  const b = of("inner-mongolia");
  return a && b ? orient(ctx, a, b, false) : null;
}

/** 两地 and a kind of body before a pairing's word (两地红十字会随即签订结对帮扶协议, 自2021年两地红十字会结对以来). */
const BOTH_OF_KIND = /(?<!京蒙|北京|内蒙古|各)两地(?:的)?([\u4e00-\u9fff]{2,10})/g;
const PAIRING_AFTER = /^[^。;；]{0,16}?(结对|结成|结为)/;

/**
 * The bodies of a kind the two units of a pairing each have, where 两地 and the kind say they pair: each side's body named in
 * the article whose name ends in the kind and holds its unit (北京市密云区红十字会, 通辽市库伦旗红十字会).
 */
export function bothOfAKind(ctx: ArticleContext, pairs: Relation[]): Relation[] {
  const out: Relation[] = [];
  if (!ctx.text.includes("两地")) return out;
  const units = [...new Map(pairs.map((p) => [`${p.source}|${p.target}`, p] as const)).values()].map((p) => [ctx.entities.get(p.source), ctx.entities.get(p.target)] as const)
    .filter((u): u is readonly [Entity, Entity] => !!u[0] && !!u[1] && isPlace(u[0]) && isPlace(u[1]));
  if (units.length === 0) return out;
  const bodies = [...new Map(ctx.refs.filter((r) => isInstitution(r.entity)).map((r) => [r.entity.id, r.entity] as const)).values()];
  for (const m of ctx.text.matchAll(BOTH_OF_KIND)) {
    const s = ctx.sentenceAt(m.index!);
    if (!s) continue;
    for (let k = m[1]!.length; k >= 2; k--) {
      const kind = m[1]!.slice(0, k);
      if (!PAIRING_AFTER.test(m[1]!.slice(k) + ctx.text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
      const ofKind = bodies.filter((e) => e.name.endsWith(kind) && e.name.length > kind.length);
      const of = (unit: Entity) => {
        const forms = [unit.name, ...unit.aliases].filter((f) => f.length >= 2);
        const found = ofKind.filter((e) => forms.some((f) => e.name.slice(0, -kind.length).includes(f)) && ctx.sideOf(e) === ctx.sideOf(unit));
        return found.length === 1 ? found[0] : undefined;
      };
      const named = units.map(([a, b]) => [of(a), of(b)] as const).filter((x): x is readonly [Entity, Entity] => !!x[0] && !!x[1]);
      if (named.length !== 1) continue;
      const [a, b] = named[0]!;
      out.push({ type: "PAIRED_WITH", source: a.id, target: b.id, props: { since: since(ctx, s) }, confidence: 0.75, evidence: ctx.evidence(s) });
      break;
    }
  }
  return out;
}
