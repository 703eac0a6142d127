// Which names stand for one body: the key of its units and the rest of its name, and the name that stands for the others.
import type { Gazetteer } from "../gazetteer/index.js";
import { fullAgencyName } from "../recognise/index.js";
import { FINANCIAL, financialCore } from "./financial-names.js";
import { GRID } from "./brand-forms.js";

/** A body's units and the rest of its name, its standard short ending written in full and the programme's name left out
 * (海淀区教委 and 北京市海淀区教育委员会 come to the same), where that rest is `shortest` characters or more. */
export function coreKey(g: Gazetteer, label: string, name: string, shortest: number): string | undefined {
  const places = g.match(name);
  if (places.length === 0) return undefined;
  let core = label === "Agency" || label === "Organization" || label === "School" ? fullAgencyName(name) : name;
  for (const m of [...places].reverse()) core = core.slice(0, m.start) + core.slice(m.end);
  // (A bank's or an insurer's short form is its full name: 察右中旗农商银行 is 内蒙古察哈尔右翼中旗农村商业银行股份有限公司.)
  if (label === "Enterprise" && FINANCIAL.test(core)) core = financialCore(core);
  // (The Party's name opening a body of it adds nothing: 中共北京市丰台区委党校 is 丰台区委党校; nor does the grid's, opening its
  // local company's: 国网北京丰台供电公司 is 丰台供电公司.)
  core = core.replace(/京蒙协作|东西部协作|京蒙/g, "").replace(/^中共/, "").replace(GRID, "");
  if (core.length < shortest) return undefined;
  // (A place written before one inside it adds nothing: 兴安盟科尔沁右翼前旗人民检察院 is 科右前旗人民检察院.)
  const own = places.filter((p) => !places.some((q) => q !== p && q.unitId !== p.unitId && g.contains(p.unitId, q.unitId)));
  return `${own.map((m) => m.unitId).join(",")}|${core}`;
}

/** Of names of one body, the one that stands for the others: the one writing its units' names in full, then the longest
 * (科尔沁右翼前旗人民医院, not 兴安盟科右前旗人民医院). */
export function standing(g: Gazetteer, names: string[]): string {
  const inFull = (n: string) => g.match(n).every((m) => m.kind === "name");
  return names.reduce((a, b) => (Number(inFull(b)) - Number(inFull(a)) || b.length - a.length || (b < a ? 1 : -1)) > 0 ? b : a);
}
