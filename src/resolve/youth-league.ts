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

/** Each name of a committee the article gives, with a unit of the gazetteer, to the name it gives in full (共青团…委员会),
 * else to its name as a unit's 团委 (察右前旗团委 for 团察右前旗委). Names made from a level (旗团委 → 库伦旗团委) are looked up
 * by what they were made into. */
export function youthLeagueForms(g: Gazetteer, doc: ArticleDoc): Map<string, string> {
  const out = new Map<string, string>();
  if (!doc.text.includes("团")) return out;
  const byUnit = new Map<string, { names: Set<string>; full?: string; plain?: string }>();
  for (const x of doc.mentions) {
    if (x.label !== "Organization" || !x.name.includes("团")) continue;
    const written = unitWritten(x.name);
    if (!written) continue;
    const last = g.match(written.unit).at(-1);
    if (!last || last.end !== written.unit.length) continue;
    const group = byUnit.get(last.unitId) ?? byUnit.set(last.unitId, { names: new Set() }).get(last.unitId)!;
    group.names.add(x.name);
    if (written.full) group.full ??= x.name;
    else if (x.name.endsWith(`${written.unit}团委`)) group.plain ??= x.name;
  }
  for (const { names, full, plain } of byUnit.values()) {
    const name = full ?? plain;
    // (Its own name too, for names made from a level to find it by its unit.)
    if (name) for (const n of names) out.set(n, name);
  }
  return out;
}

/** The unit whose committee a name made from a level is (库伦旗团委), keyed as the article's forms are. */
export function youthLeagueName(g: Gazetteer, forms: Map<string, string>, doc: ArticleDoc, name: string): string {
  if (forms.size === 0 || !name.includes("团")) return name;
  const known = forms.get(name);
  if (known) return known;
  // (A name made from a level is none of the article's mentions: found through its unit.)
  const written = unitWritten(name);
  const unit = written && g.match(written.unit).at(-1);
  if (!unit || unit.end !== written.unit.length) return name;
  for (const [form, full] of forms) {
    const w = unitWritten(form);
    if (w && g.match(w.unit).at(-1)?.unitId === unit.unitId) return full;
  }
  return name;
}
