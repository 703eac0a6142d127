// Where a station's name opens (its town, its number, its bureau: 察右中旗公安局铁沙盖派出所), and a name in an address, past its street.
import type { Mention } from "./types.js";

/** Stations a town's name names (铁沙盖派出所, 科布尔司法所), or a number under their bureau (第二税务所). */
export const TOWN_STATION = /^(派出所|司法所|税务所|税务分局|市场监督管理所|财政所|供电所|兽医站)$/;
/** A bureau a station belongs to, named right before it. */
const BUREAU = /(公安局|分局|司法局|税务局|市场监督管理局)$/;

/** The towns the article names, by their names without 镇, 乡 or 苏木: a station may be named after one so. */
export function townCores(localities: Mention[]): string[] {
  return [...new Set(localities.filter((l) => l.label === "Township" && /(镇|乡|苏木)$/.test(l.name)).map((l) => l.name.replace(/(镇|乡|苏木)$/, "")).filter((c) => c.length >= 2))];
}

/** Where the name of the station whose ending starts at `s` opens, read back from `start`: at the town's core or the number
 * before the ending, then at a bureau `found` ends there; `start` where neither is. */
export function stationOpening(text: string, s: number, start: number, cores: string[], found: Mention[]): number {
  const core = cores.find((c) => text.startsWith(c, s - c.length)) ?? /第[一二三四五六七八九十0-9]{1,3}$/.exec(text.slice(Math.max(0, s - 5), s))?.[0];
  const at = core && start > s - core.length ? s - core.length : start;
  return found.findLast((f) => f.end === at && BUREAU.test(f.name))?.start ?? at;
}

/** Where a name an address line holds opens, past the street written before it (地址：…人民路旗卫生健康委员会); `start` where no
 * address's label stands before it or no street is inside it. */
export function pastStreet(text: string, start: number, s: number): number {
  if (!/地址[:：]\s*$/.test(text.slice(Math.max(0, start - 8), start))) return start;
  const street = [...text.slice(start, s).matchAll(/(?:大街|大道|路|街|胡同|巷)(?:[东西南北中]段|[0-9]+号)?/g)].pop();
  const after = street ? start + street.index! + street[0].length : start;
  return s - after >= 2 ? after : start;
}
