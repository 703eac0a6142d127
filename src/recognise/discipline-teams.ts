// A discipline inspection team a unit's commission stations in a body, named whole (库伦旗纪委监委驻农牧局纪检监察组,
// 巴林左旗纪委监委派驻第三纪检监察组): the commission's name and the body's inside it are parts of the team's, no bodies of their own.
import type { Mention } from "./types.js";

/** 纪委监委, then where or which it stations (驻旗农牧局, 第三派驻, 派驻第三), then 纪检监察组. */
const STATIONED_TEAM = /^纪委监委(?:第[一二三四五六七八九十]+)?(?:派驻|驻)(?:第[一二三四五六七八九十]+|[\u4e00-\u9fff]{1,14}?)?纪检监察组/;

/** Each team named right after a unit's mention, as an Agency. */
export function recogniseDisciplineTeams(text: string, admin: Mention[]): Mention[] {
  if (!text.includes("纪检监察组")) return [];
  const out: Mention[] = [];
  for (const a of admin) {
    const team = a.unitId && !a.nested ? STATIONED_TEAM.exec(text.slice(a.end, a.end + 30)) : null;
    if (!team) continue;
    const end = a.end + team[0].length;
    const surface = text.slice(a.start, end);
    out.push({ start: a.start, end, surface, label: "Agency", name: surface, source: "suffix", confidence: 0.75 });
  }
  return out;
}
