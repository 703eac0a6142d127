// Derives data/gazetteer.json (Beijing and Inner Mongolia, GB/T 2260 codes) from the @vant/area-data package.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "../src/gazetteer/index.js";

const require = createRequire(import.meta.url);
const { areaList } = require("@vant/area-data") as {
  areaList: { province_list: Record<string, string>; city_list: Record<string, string>; county_list: Record<string, string> };
};
const pkg = JSON.parse(readFileSync(require.resolve("@vant/area-data/package.json"), "utf8")) as { version: string };

type Level = "Province" | "District" | "League" | "Banner";
interface Unit { code: string; name: string; label: Level; parent: string | null }

/** County codes whose 5th digit is 7 are development zones and management committees, not administrative units. */
const isAdministrative = (code: string) => code[4] !== "7";

const units: Unit[] = [
  { code: "110000", name: "北京市", label: "Province", parent: null },
  { code: "150000", name: "内蒙古自治区", label: "Province", parent: null },
];
for (const [code, name] of Object.entries(areaList.county_list)) {
  if (code.startsWith("11") && isAdministrative(code)) units.push({ code, name, label: "District", parent: "110000" });
}
for (const [code, name] of Object.entries(areaList.city_list)) {
  if (code.startsWith("15")) units.push({ code, name, label: "League", parent: "150000" });
}
for (const [code, name] of Object.entries(areaList.county_list)) {
  if (code.startsWith("15") && isAdministrative(code)) units.push({ code, name, label: "Banner", parent: `${code.slice(0, 4)}00` });
}
units.sort((a, b) => a.code.localeCompare(b.code));

// The other province-level units, by name only: a body named after one (新疆和田地区人民医院) stands outside the programme.
const elsewhere = Object.entries(areaList.province_list).filter(([code]) => !code.startsWith("11") && !code.startsWith("15"))
  .map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));

// Their prefectures and counties too, by full name (和田地区, 房县): a body a county of Hubei opens (房县人民医院) is no
// partner of a Beijing one. (Placeholders of the data, 市辖区 and the like, are no names.)
const elsewhereUnits = [...Object.entries(areaList.city_list), ...Object.entries(areaList.county_list)]
  .filter(([code, name]) => !code.startsWith("11") && !code.startsWith("15") && isAdministrative(code) && name.length >= 2 && !/(辖|直属|其他|行政区划)/.test(name))
  .map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));

const out = {
  source: `@vant/area-data@${pkg.version} (county level); 北京经济技术开发区 is added from data/aliases.json`,
  units,
  elsewhere,
  elsewhereUnits,
};
writeFileSync(join(projectRoot(), "data", "gazetteer.json"), JSON.stringify(out, null, 1) + "\n");
const count = (l: Level) => units.filter((u) => u.label === l).length;
console.log(`gazetteer: ${count("Province")} provinces, ${count("District")} districts, ${count("League")} leagues, ${count("Banner")} banners; ${elsewhere.length} other provinces with ${elsewhereUnits.length} prefectures and counties`);
