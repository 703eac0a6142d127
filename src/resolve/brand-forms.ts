// An enterprise called by its brand and its kind alone (格日勒图公司, 恒通公司): the one enterprise of the article whose name, past
// its places, opens with that brand (四子王旗格日勒图民族服饰有限公司, 北京海淀恒通汽车销售服务有限公司).
import type { Gazetteer } from "../gazetteer/index.js";
import { TRADE_WORDS, type ArticleDoc } from "../recognise/index.js";
import { placesEndAt } from "./name-places.js";

/** A brand of two to five characters and the kind of enterprise after it. */
const BRAND_AND_KIND = /^([\u4e00-\u9fff]{2,5})(公司|集团)$/;
/** A trade's word: what a brand of two characters must stand before, or it may open a longer brand (京东 of 京东方科技集团). */
const TRADE_NEXT = new RegExp(`^(?:${TRADE_WORDS.join("|")})`);
/** A national grid's name before its local companies' places (国网北京丰台供电公司). */
export const GRID = /^(国网|国家电网)/;

export function brandForms(g: Gazetteer, doc: ArticleDoc, out: Map<string, string>): void {
  const names = [...new Set(doc.mentions.filter((m) => m.label === "Enterprise").map((m) => m.name))];
  // (A short name may keep the place its firm stands in: 阿尔山青檐公司 of 阿尔山青檐冰雪动漫有限公司.)
  const firstUnit = (n: string) => { const p = g.match(n)[0]; return p?.start === 0 ? p.unitId : undefined; };
  const shorts = names.map((name) => {
    const at = placesEndAt(g, name);
    return { name, at, short: BRAND_AND_KIND.exec(name.slice(at)) };
  }).filter((x) => x.short && g.match(x.name.slice(x.at)).length === 0 && (x.at === 0 || !GRID.test(x.name)));
  if (shorts.length === 0) return;
  // Where each name's own words open, past its places (and a national grid's name before them: 城区供电公司 of 国网北京城区供电公司),
  // found once a name.
  const opening = new Map(names.map((n) => {
    const grid = GRID.exec(n)?.[0].length ?? 0;
    return [n, grid + placesEndAt(g, n.slice(grid))] as const;
  }));
  for (const { name, at, short } of shorts) {
    const brand = short![1]!;
    const opensWith = (n: string) => {
      const from = opening.get(n)!;
      return n.startsWith(brand, from) && (brand.length >= 3 || TRADE_NEXT.test(n.slice(from + brand.length)));
    };
    // (A group's short name is a group's: 华彩集团 is no 华彩 company that is not one.)
    let fits = names.filter((n) => n !== name && n.length > name.length && opensWith(n) && (short![2] !== "集团" || n.includes("集团")));
    if (at > 0) fits = fits.filter((n) => firstUnit(n) === firstUnit(name));
    // A brand alone, a firm and the branch it set up in the banner both bearing it, is the firm's (蓝鲸星公司 of 北京蓝鲸星动画科技有限公司,
    // not of 敖汉蓝鲸星动画制作有限公司): the branch is called by its place.
    else if (fits.length > 1) fits = fits.filter((n) => { const u = firstUnit(n); return u === undefined || g.unit(u)?.side === "beijing"; });
    if (fits.length === 1) out.set(`Enterprise|${name}`, fits[0]!);
  }
}
