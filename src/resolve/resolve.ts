// resolve(docs): mentions to entities across the corpus: canonical names, merged short forms, stable ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, type Gazetteer, type TownshipMatch } from "../gazetteer/index.js";
import { nodeId, type NodeLabel, type Props } from "../graph/index.js";
import type { ArticleDoc, Mention } from "../recognise/index.js";
import { FEDERATION, longerForms } from "./longer-forms.js";
import { coreKey, standing } from "./body-keys.js";
import { canonicalHead, levelFormsOf } from "./level-forms.js";
import { adjacentCounty, countiesAround, respelt, respeltHeads, soundAlikes } from "./respell.js";
import { youthLeagueForms, youthLeagueName } from "./youth-league.js";

export type Side = "beijing" | "inner-mongolia";

export interface Entity {
  id: string;
  label: Exclude<NodeLabel, "Article">;
  name: string;
  aliases: Set<string>;
  props: Props;
  /** Which side of the pairing the entity belongs to, when its name or the gazetteer tells. */
  side?: Side;
}

export interface ResolvedDoc {
  doc: ArticleDoc;
  /** The entity id of each mention, parallel to doc.mentions; null where a mention resolved to nothing. */
  entityOf: (string | null)[];
}

export interface Resolution {
  entities: Map<string, Entity>;
  docs: ResolvedDoc[];
}

let beijingSeats: RegExp | undefined;
/** National institutions seated in Beijing whose names do not say so (清华大学, 中日友好医院): data/beijing-institutions.txt. */
function seatedInBeijing(name: string): boolean {
  beijingSeats ??= new RegExp(`^(${readFileSync(join(projectRoot(), "data", "beijing-institutions.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).join("|")})`);
  return beijingSeats.test(name);
}

/** The side an institution or locality belongs to, read off the place its name opens with. */
function sideOfName(g: Gazetteer, name: string): Side | undefined {
  // Of two places joined by a dot or a dash (密云·阿尔山产业园), the one after it is where the name stands.
  // A branch stands where the place just before its ending says (中国人寿保险股份有限公司北京市分公司).
  const branch = /(分公司|支公司|分行|支行|分院|分校|院区)$/.exec(name);
  const seat = branch ? g.match(name).filter((m) => m.end === branch.index).pop() : undefined;
  if (seat) return g.unit(seat.unitId)?.side;
  const dot = name.lastIndexOf("·");
  const after = dot > 0 ? g.match(name.slice(dot + 1))[0] : undefined;
  if (after && after.start === 0) return g.unit(after.unitId)?.side;
  // (So with a dash between them: 通州—翁牛特旗京蒙协作产业园.)
  const dash = /^[\u4e00-\u9fff]{2,9}?[—－]+/.exec(name);
  const past = dash ? g.match(name.slice(dash[0].length))[0] : undefined;
  if (dash && past && past.start === 0 && g.match(name)[0]?.start === 0) return g.unit(past.unitId)?.side;
  const first = g.match(name)[0];
  // A village or town named like a unit (东城村) says nothing of its side: only a locality's ending follows the name.
  // (嘎查 and 苏木 are Inner Mongolia's own.)
  if (first && first.start === 0 && /^(村|镇|乡|嘎查|苏木|社区|街道|屯)$/.test(name.slice(first.end))) return /^(嘎查|苏木)$/.test(name.slice(first.end)) ? "inner-mongolia" : undefined;
  if (first && first.start === 0) return g.unit(first.unitId)?.side;
  // (京蒙协作… names the programme, not the side.)
  if (/^(北京|首都|京(?!蒙))/.test(name) || seatedInBeijing(name)) return "beijing";
  // A body named after a town the gazetteer holds, of one side wherever towns of that name are (伊尔施镇中心学校).
  const town = /^[\u4e00-\u9fff]{2,6}?(镇|乡|苏木|街道)(?=[\u4e00-\u9fff]{2})/.exec(name)?.[0];
  const townSide = town ? g.townshipSide(town) : undefined;
  if (townSide) return townSide;
  // A unit named inside the name, all of one side (国网北京市电力公司).
  const sides = new Set(g.match(name).map((m) => g.unit(m.unitId)?.side).filter(Boolean));
  if (sides.size === 1) return [...sides][0];
  if (/^(内蒙古|自治区)/.test(name)) return "inner-mongolia";
  // 嘎查 and 苏木 are Inner Mongolia's own words for village and township.
  if (/(嘎查|苏木)/.test(name)) return "inner-mongolia";
  return undefined;
}

export function resolve(g: Gazetteer, written: ArticleDoc[]): Resolution {
  const docs = written.map((d) => respeltHeads(g, d));
  const entities = new Map<string, Entity>();
  const { formOf, byCore } = longerForms(g, docs);
  const soundAlike = soundAlikes(docs);
  // Props are built only for an entity not seen yet: most mentions repeat one.
  const entity = (id: string, name: string, make: () => Omit<Entity, "aliases" | "id">): Entity => {
    let e = entities.get(id);
    if (!e) {
      e = { id, ...make(), aliases: new Set([name]) };
      entities.set(id, e);
    }
    return e;
  };
  // A name made from a body's level (海淀区教委) joins the corpus's names of that body, grouped by longerForms.
  const fullerBody = (label: string, name: string): string => {
    const k = coreKey(g, label, name, 4);
    const named = k ? byCore.get(`${label}|${k}`) : undefined;
    return named ? standing(g, [...new Set([...named, name])]) : name;
  };
  const resolved: ResolvedDoc[] = docs.map((doc, i) => {
    // (The people the article names in full, whom short forms of their names point at.)
    const fullPeople = doc.mentions.filter((m) => m.label === "Person" && !m.surnameOnly);
    const levelForms = levelFormsOf(g, doc);
    const youth = youthLeagueForms(g, doc);
    // (A town found once is the one meant wherever the article writes that name with no county before it: 仁和镇向舍伯图镇,
    // far from the county that found the misspelt town, names it again; 海淀区兴和街道 is not 九原区兴和街道.)
    const towns = new Map<Mention, TownshipMatch>();
    const townsByName = new Map<string, TownshipMatch>();
    for (const m of doc.mentions) {
      if (m.label !== "Township" || m.unitId) continue;
      const found = g.township(m.name, countiesAround(doc, m), adjacentCounty(doc, m) !== undefined);
      if (!found) continue;
      towns.set(m, found);
      if (!townsByName.has(m.name)) townsByName.set(m.name, found);
    }
    const entityOf = doc.mentions.map((m): string | null => {
      if (m.unitId) {
        const u = g.unit(m.unitId)!;
        const e = entity(u.id, u.name, () => ({ label: u.label, name: u.name, props: adminProps(g, u.id), side: u.side }));
        e.aliases.add(m.surface);
        return e.id;
      }
      if (m.label === "Person") {
        // 何老师 is the one person of that surname the article names in full.
        // (A Mongolian name's last part with its title after it, 巴特尔书记, is the one person named in full with that ending before:
        // 白音巴特尔.)
        const fuller = m.surnameOnly ? fullPeople.filter((o) => o.name.startsWith(m.name)) :
          m.role && m.name.length >= 2 && doc.text.startsWith(m.role, m.end) ? fullPeople.filter((o) => o.start < m.start && o.name.length >= m.name.length + 2 && o.name.endsWith(m.name)) : [];
        const names = [...new Set(fuller.map((o) => o.name))];
        if (names.length === 1) {
          const e = entity(nodeId("Person", names[0]!), names[0]!, () => ({ label: "Person", name: names[0]!, props: {} }));
          e.aliases.add(m.surface + (m.role ?? ""));
          return e.id;
        }
        if (m.surnameOnly) return null;
      }
      if (m.label === "Township") {
        // A county written right before the name leads the list, and restricts the search to itself.
        const found = towns.get(m) ?? (adjacentCounty(doc, m) === undefined ? townsByName.get(m.name) : undefined);
        if (found) {
          const t = found.township;
          const county = g.unit(t.parentId);
          // Found as 仁和地区 for 仁和镇: news call it by the town's name, which stays its name here.
          const shown = t.name.endsWith("地区") && !m.name.endsWith("地区") ? m.name : t.name;
          const e = entity(t.id, shown, () => ({ label: "Township", name: shown, props: { code: t.code, county: county?.name ?? null }, side: t.side }));
          e.aliases.add(m.surface);
          return e.id;
        }
      }
      const key = `${m.label}|${m.name}`;
      const longer = formOf(i, key);
      // (A name made from the level, 区融媒体中心 → 密云区融媒体中心, is the longer one the article gives that name, as written.)
      const made = levelForms.get(key) ?? longer ?? canonicalHead(g, doc, m);
      const built = made !== m.name && !levelForms.has(key) && longer === undefined;
      const head = built ? formOf(i, `${m.label}|${made}`) ?? made : made;
      // (A body named by its level alone, read as its unit's (区教委 → 海淀区教委, 旗残联 → 科尔沁右翼前旗残联), is the one the
      // corpus names in full.)
      const fuller = (m.label === "Agency" || (m.label === "Organization" && FEDERATION.test(head))) && built;
      const name = soundAlike(doc, m.label, respelt(g, doc, m, fuller ? fullerBody(m.label, head) : m.label === "Organization" ? youthLeagueName(g, youth, head) : head));
      const e = entity(nodeId(m.label, name), name, () => {
        const side = sideOfName(g, name);
        return { label: m.label, name, props: {}, ...(side ? { side } : {}) };
      });
      e.aliases.add(m.surface);
      e.aliases.add(m.name);
      return e.id;
    });
    return { doc, entityOf };
  });
  return { entities, docs: resolved };
}

function adminProps(g: Gazetteer, id: string): Props {
  const u = g.unit(id)!;
  const props: Props = { code: u.code, side: u.side };
  const parent = g.parent(id);
  if (u.label === "Banner" && parent) props["league"] = parent.name;
  return props;
}

export type { Mention };
