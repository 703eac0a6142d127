// The Communist Youth League's committee of a unit under each of its forms (共青团北京市密云区委员会, 团密云区委, 密云区团委,
// 顺义团区委, 经开区团工委): one body, named as the article names it in full.
import type { Gazetteer } from "../gazetteer/index.js";
import type { ArticleDoc } from "../recognise/index.js";

/** The unit a form of a committee's name is of, as written (北京市密云区 of 共青团北京市密云区委员会, 顺义区 of 顺义团区委). */
function unitWritten(name: string): { unit: string; full: boolean } | undefined {
  let m = /^共青团(.{2,})?委员会$/.exec(name);
  if (m) return { unit: m[1]!.replace(/工作$/, ""), full: true };
  m = /^团(.{2,}[区县旗市盟])委$/.exec(name);
  if (m) return { unit: m[1]!, full: false };
  m = /^(.{2,}?)团([区县旗市盟])委$/.exec(name);
  if (m) return { unit: m[1]! + m[2]!, full: false };
  m = /^(.{2,})团工?委$/.exec(name);
  return m ? { unit: m[1]!, full: false } : undefined;
}

/** The unit of the gazetteer a form of a committee's name is of, if it is one. */
function unitOf(g: Gazetteer, name: string): { unitId: string; full: boolean; unit: string } | undefined {
  const written = unitWritten(name);
  const last = written && g.match(written.unit).at(-1);
  return written && last && last.end === written.unit.length ? { unitId: last.unitId, ...written } : undefined;
}

/** The article's committees: each name it gives one, with a unit of the gazetteer, to the name it gives in full (共青团…委员会),
 * else to its name as a unit's 团委 (察右前旗团委 for 团察右前旗委); and each unit to that name, for names made from a level. */
export interface YouthLeagueForms {
  byName: Map<string, string>;
  byUnit: Map<string, string>;
}

export function youthLeagueForms(g: Gazetteer, doc: ArticleDoc): YouthLeagueForms {
  const out: YouthLeagueForms = { byName: new Map(), byUnit: new Map() };
  if (!doc.text.includes("团")) return out;
  const groups = new Map<string, { names: Set<string>; full?: string; plain?: string }>();
  for (const x of doc.mentions) {
    if (x.label !== "Organization" || !x.name.includes("团")) continue;
    const written = unitOf(g, x.name);
    if (!written) continue;
    const group = groups.get(written.unitId) ?? groups.set(written.unitId, { names: new Set() }).get(written.unitId)!;
    group.names.add(x.name);
    if (written.full) group.full ??= x.name;
    else if (x.name.endsWith(`${written.unit}团委`)) group.plain ??= x.name;
  }
  for (const [unitId, { names, full, plain }] of groups) {
    const name = full ?? plain;
    if (!name) continue;
    out.byUnit.set(unitId, name);
    for (const n of names) out.byName.set(n, name);
  }
  return out;
}

/** A committee's name as the article gives it in full: a name it gives, or one made from a level (库伦旗团委 of 旗团委), found
 * through its unit. */
export function youthLeagueName(g: Gazetteer, forms: YouthLeagueForms, name: string): string {
  if (forms.byUnit.size === 0 || !name.includes("团")) return name;
  const unitId = forms.byName.has(name) ? undefined : unitOf(g, name)?.unitId;
  return forms.byName.get(name) ?? (unitId ? forms.byUnit.get(unitId) : undefined) ?? name;
}
