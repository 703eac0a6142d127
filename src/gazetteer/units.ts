// The gazetteer's data: administrative units with GB/T 2260 codes, their parents and every surface form.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "./project-root.js";

export type AdminLabel = "Province" | "District" | "League" | "Banner";

export interface AdminUnit {
  /** GB/T 2260 code, or null for units without one (北京经济技术开发区). */
  code: string | null;
  id: string;
  name: string;
  label: AdminLabel;
  parentId: string | null;
  /** Beijing side or Inner Mongolia side. */
  side: "beijing" | "inner-mongolia";
  /** Official suffix (旗, 县, 市, 盟, 区), used to restrict noisy-form matching to like units. */
  suffix: string;
}

const UnitRow = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.string().min(2),
  label: z.enum(["Province", "District", "League", "Banner"]),
  parent: z.string().nullable(),
});
const GazetteerFile = z.object({
  source: z.string(), units: z.array(UnitRow), elsewhere: z.array(z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(2) })),
  elsewhereUnits: z.array(z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(2) })),
});
const AliasFile = z.object({
  extraUnits: z.array(z.object({
    name: z.string(), label: z.enum(["District", "Banner", "League"]), parent: z.string(), aliases: z.array(z.string()),
  })),
  aliases: z.record(z.string(), z.array(z.string())),
  noShortForm: z.array(z.string()),
  blockers: z.array(z.object({ text: z.string(), keep: z.string() })),
});
export type AliasFile = z.infer<typeof AliasFile>;

/** A town, township, sumu or subdistrict (镇, 乡, 苏木, 街道) with its code and county. */
export interface TownshipUnit {
  code: string;
  id: string;
  name: string;
  parentId: string;
  side: "beijing" | "inner-mongolia";
}

export interface GazetteerData {
  source: string;
  units: AdminUnit[];
  townships: TownshipUnit[];
  aliasFile: AliasFile;
  /** The other provinces' names, full and short (新疆维吾尔自治区, 新疆; 河北省, 河北), and their prefectures' and counties' (和田地区, 房县). */
  elsewhere: string[];
}

const TownshipFile = z.object({
  source: z.string(),
  townships: z.array(z.object({ code: z.string().regex(/^\d{9}$/), name: z.string().min(2), parent: z.string().regex(/^\d{6}$/) })),
});

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`gazetteer: ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`gazetteer: ${path}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

const LABEL_PREFIX: Record<AdminLabel, string> = { Province: "province", District: "district", League: "league", Banner: "banner" };

export function loadGazetteerData(dataDir = join(projectRoot(), "data")): GazetteerData {
  const file = readJson(join(dataDir, "gazetteer.json"), GazetteerFile);
  const aliasFile = readJson(join(dataDir, "aliases.json"), AliasFile);
  const idOf = (label: AdminLabel, code: string) => `${LABEL_PREFIX[label]}:${code}`;
  const labelOfCode = new Map(file.units.map((u) => [u.code, u.label]));
  const units: AdminUnit[] = file.units.map((u) => {
    const parentLabel = u.parent ? labelOfCode.get(u.parent) : undefined;
    return {
      code: u.code, id: idOf(u.label, u.code), name: u.name, label: u.label,
      parentId: u.parent && parentLabel ? idOf(parentLabel, u.parent) : null,
      side: u.code.startsWith("11") ? "beijing" : "inner-mongolia",
      suffix: officialSuffix(u.name),
    };
  });
  for (const extra of aliasFile.extraUnits) {
    const parentLabel = labelOfCode.get(extra.parent);
    units.push({
      code: null, id: `${LABEL_PREFIX[extra.label]}:${extra.name}`, name: extra.name, label: extra.label,
      parentId: parentLabel ? idOf(parentLabel, extra.parent) : null,
      side: extra.parent.startsWith("11") ? "beijing" : "inner-mongolia",
      suffix: officialSuffix(extra.name),
    });
  }
  const townshipFile = readJson(join(dataDir, "townships.json"), TownshipFile);
  const townships: TownshipUnit[] = townshipFile.townships.flatMap((t) => {
    const parentLabel = labelOfCode.get(t.parent);
    if (!parentLabel) return [];
    return [{ code: t.code, id: `township:${t.code}`, name: standardForms(t.name), parentId: idOf(parentLabel, t.parent), side: t.code.startsWith("11") ? "beijing" as const : "inner-mongolia" as const }];
  });
  return { source: `${file.source}; townships from ${townshipFile.source}`, units, townships, aliasFile, elsewhere: [...file.elsewhere.flatMap((p) => [p.name, shortProvinceName(p.name)]), ...file.elsewhereUnits.map((u) => u.name)] };
}

/** Variant ideographs the division data writes where articles write the standard one (宝格达音髙勒苏木 for 高): those
 * the data holds, not a guess at others. */
const VARIANT_IDEOGRAPHS: Record<string, string> = { "髙": "高" };
const VARIANT = new RegExp(`[${Object.keys(VARIANT_IDEOGRAPHS).join("")}]`, "g");
const standardForms = (name: string) => name.replace(VARIANT, (c) => VARIANT_IDEOGRAPHS[c]!);

/** A province's name as written short: 河北省 → 河北, 上海市 → 上海, 新疆维吾尔自治区 → 新疆, 香港特别行政区 → 香港. */
function shortProvinceName(name: string): string {
  return name.endsWith("自治区") ? name.slice(0, 2) : name.replace(/(省|市|特别行政区)$/, "");
}

export function officialSuffix(name: string): string {
  if (name.endsWith("自治区")) return "自治区";
  if (name.endsWith("自治旗")) return "旗";
  return name.slice(-1);
}
