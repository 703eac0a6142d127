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

/** Provinces' one-character names, of which an expressway's is made (京港澳, 京藏, 二广 is two of other words). */
const PROVINCE_CHARS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新港澳";
const EXPRESSWAY = new RegExp(`(?:[${PROVINCE_CHARS}]{3}|[\u4e00-\u9fff]{2})高速(?:公路)?$`);
/** A service area's name with no name of its own: the expressway's, the programme's or Beijing's alone (高速公路服务区, 北京服务区). */
const GENERIC_AREA = /^(?:北京|北京市|内蒙古|内蒙古自治区)?(?:[\u4e00-\u9fff]{1,4}[市盟])?(?:京蒙协作)?(?:高速公路|高速|公路)?服务区$/;

/** Kinds of station a place's name must open (哈拉沟村羊人工授精站, 京承高速北石槽服务区, 六户镇永安村金融服务站): the kind alone, or
 * a trade's, is none (肉羊人工授精站, 电商物流服务区, 边境金融服务站, 苗木组培中心, 林木种质资源圃, 货车司机之家). */
const PLACE_NAMED = /(服务区|人工授精站|授精站|冷配站|冷配服务站|冷配中心|配种站|人工授精服务中心|金融服务站|金融服务点|金融驿站|维权服务站|维权服务点|组培中心|组培实验室|种质资源库|种质资源圃|种质库|司机之家)$/;

/** A station of a kind a place's name must open, named through the expressway written before it (京承高速 + 北石槽服务区);
 * undefined where no place nor expressway opens it or the name is no more than the kind's (高速公路服务区). `placedAt` says
 * whether a place's name starts at an offset. */
export function placeNamedStation(text: string, m: Mention, placedAt: (at: number) => boolean): Mention | undefined {
  if (!PLACE_NAMED.test(m.name)) return m;
  const road = m.name.endsWith("服务区") ? EXPRESSWAY.exec(text.slice(Math.max(0, m.start - 7), m.start))?.[0] : undefined;
  const start = road ? m.start - road.length : m.start;
  const name = text.slice(start, m.end);
  // (A place's name may open it, or stand inside it before the kind: 额很乌苏嘎查察哈尔羊人工授精站, 二广高速化德服务区.)
  // (Not the countryside's words, 京蒙协作农村牧区金融服务站.)
  const inside = /(村|嘎查|社区|镇|乡|苏木|街道|旗|县|市|区|盟|高速)/.test(m.name.replace(PLACE_NAMED, "").replace(/农村|牧区|乡村|城乡|村级|镇级|[镇村]域/g, ""));
  if (GENERIC_AREA.test(name) || (!road && !inside && !placedAt(m.start))) return undefined;
  return start === m.start ? m : { ...m, start, surface: name, name };
}
