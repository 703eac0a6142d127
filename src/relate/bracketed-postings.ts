// ASSIGNED_TO said in brackets after a name (王东（挂职阿尔山市副市长）), and titles of the unit in focus said without its name.
import type { Entity } from "../resolve/index.js";
import { ArticleContext, isInstitution, isPlace, refAt, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { unitOfTitles } from "./posts.js";

/** Titles of a county or league without its name, listed with 、 (旗委常委、副旗长). */
const UNIT_TITLES = "(?:(?:常务)?副?[旗县盟][^、,，。）)]{0,6}、?)+";
/** Titles of the unit in focus taken after a name, written before it, or in a bracket after it (built once, not per person). */
export const TITLES_TAKEN_AFTER = new RegExp(`^(?:同志)?(?:现|现在|目前)?(?:担任|出任|挂任|挂职|任)(${UNIT_TITLES})`);
export const TITLES_BEFORE_NAME = new RegExp(`(?:^|[、,，])(${UNIT_TITLES})$`);
const TITLES_IN_BRACKET = new RegExp(`^[（(](?:挂职|援派)(${UNIT_TITLES})`);

const BRACKETED_POST = /^[（(](挂职|现任|任|拟任|援派|派驻)/;

/** The banner or league in focus, where the titles are all of that kind of unit. */
export function titledFocus(ctx: ArticleContext, titles: string | undefined): Entity | undefined {
  const focus = ctx.imFocus;
  const unit = titles ? unitOfTitles(titles) : undefined;
  return unit && focus && (focus.label === "Banner" || focus.label === "League") && focus.name.endsWith(unit) ? focus : undefined;
}

/** 王东（挂职阿尔山市副市长）、李北（挂职科右前旗副旗长）: each person is posted where their own brackets say. */
export function bracketedPostings(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    const word = p.entity.label === "Person" ? BRACKETED_POST.exec(ctx.text.slice(p.mention.end, p.mention.end + 3))?.[1] : undefined;
    if (!word) continue;
    const close = ctx.text.slice(p.mention.end, p.mention.end + 40).search(/[）)]/);
    const s = ctx.sentenceAt(p.mention.start);
    if (close < 0 || !s) continue;
    const inside = ctx.within(p.mention.end, p.mention.end + close).filter((r) => (isPlace(r.entity) || isInstitution(r.entity)) && r.entity.label !== "Province" && ctx.sideOf(r.entity) !== "beijing");
    // (Or the titles alone of the unit in focus: 王海（挂职旗委常委、副旗长，2022年3月至2024年3月）.)
    const titled = inside.length === 0 ? titledFocus(ctx, TITLES_IN_BRACKET.exec(ctx.text.slice(p.mention.end, p.mention.end + close))?.[1]) : undefined;
    const target = inside.length > 0 ? inside[runEnd(inside, 0)]! : titled ? refAt(titled, p.mention.end) : undefined;
    if (!target) continue;
    // (With the term the brackets give: 2022年3月至2024年3月.)
    const term = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:至|到|—|-|－)(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月/.exec(ctx.text.slice(p.mention.end, p.mention.end + close))?.[0];
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: target.entity.id, props: { kind: word === "援派" ? "援蒙" : "挂职", ...(term ? { duration: term } : {}) }, confidence: 0.7, evidence: ctx.evidence(s) });
  }
  return out;
}
