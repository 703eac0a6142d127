// An enterprise called by its brand and its kind alone (格日勒图公司, 苏达尔公司): the one enterprise of the article whose name, past
// its places, opens with that brand (四子王旗格日勒图民族服饰有限公司, 巴林右旗苏达尔民族服饰有限公司).
import type { Gazetteer } from "../gazetteer/index.js";
import type { ArticleDoc } from "../recognise/index.js";
import { placesEndAt } from "./name-places.js";

/** A brand of three to five characters and the kind of enterprise after it. (A brand of two may open a longer one's name, 京东 of
 * 京东方: longer-forms reads those, a trade's words between.) */
const BRAND_AND_KIND = /^([\u4e00-\u9fff]{3,5})(公司|集团)$/;

export function brandForms(g: Gazetteer, doc: ArticleDoc, out: Map<string, string>): void {
  const names = [...new Set(doc.mentions.filter((m) => m.label === "Enterprise").map((m) => m.name))];
  for (const name of names) {
    const short = BRAND_AND_KIND.exec(name);
    if (!short || g.match(name).length > 0) continue;
    const brand = short[1]!;
    // (A group's short name is a group's: 华彩集团 is no 华彩 company that is not one.)
    const fits = names.filter((n) => n !== name && n.length > name.length && n.startsWith(brand, placesEndAt(g, n)) && (short[2] !== "集团" || n.includes("集团")));
    if (fits.length === 1) out.set(`Enterprise|${name}`, fits[0]!);
  }
}
