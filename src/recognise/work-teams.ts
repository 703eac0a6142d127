// A Beijing government's team posted to its partner, named for both ends: 丰台区驻察右中旗工作组, 昌平区援派干部工作组.
import type { Mention } from "./types.js";

/** The programme's names as a body's name holds them (京蒙协作呼伦贝尔工作组, 昌平区京蒙协作驻太仆寺旗工作组). */
export const PROGRAMME_NAMES = "京蒙协作|东西部协作";

/** What joins the sending unit to the team's name, or a body its place keeps somewhere else to that place (北京市朝阳区驻科左后旗…):
 * a verb of posting, perhaps the programme's name before it. */
export const POSTED_TO = new RegExp(`^(?:${PROGRAMME_NAMES})?(?:派驻|援派|驻|赴)(?:干部)?`);
/** What may follow the unit it is posted to, before the team's kind. */
const TEAM_END = new RegExp(`^(?:${PROGRAMME_NAMES}|挂职干部|援派干部|干部)?(?:工作组|工作队)`);
/** The programme's name and a team's kind right after a unit. */
const PROGRAMME_AFTER = new RegExp(`^(?:${PROGRAMME_NAMES})(?:工作组|工作队)`);
/** The programme's name right before a unit. */
const PROGRAMME_BEFORE = new RegExp(`(${PROGRAMME_NAMES})$`);

/**
 * Teams a Beijing unit posts to Inner Mongolia, each read from its unit's mention through a verb of posting (驻, 援派, 赴),
 * perhaps the unit it is posted to, to 工作组 or 工作队: bodies of the sending government (Agency).
 */
export function recogniseWorkTeams(text: string, admin: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!/工作[组队]/.test(text)) return out;
  const startingAt = new Map(admin.map((a) => [a.start, a] as const));
  const endingAt = new Map(admin.map((a) => [a.end, a] as const));
  const beijing = (a: Mention) => a.label === "District" || (a.label === "Province" && a.name === "北京市");
  for (const a of admin) {
    if (!beijing(a)) continue;
    const posted = POSTED_TO.exec(text.slice(a.end, a.end + 8));
    if (!posted) continue;
    let at = a.end + posted[0].length;
    const to = startingAt.get(at);
    if (to && (to.label === "Banner" || to.label === "League")) at = to.end;
    const end = TEAM_END.exec(text.slice(at, at + 10));
    if (!end || (at === a.end + posted[0].length && !/干部/.test(posted[0] + end[0]))) continue;
    // (From the province before the district: 北京市昌平区援派太仆寺旗工作队.)
    let start = a.start;
    const before = endingAt.get(start);
    if (before && beijing(before)) start = before.start;
    const surface = text.slice(start, at + end[0].length);
    out.push({ start, end: at + end[0].length, surface, label: "Agency", name: surface, source: "suffix", confidence: 0.75 });
  }
  // (A team named by the programme and the unit it works in: 京蒙协作呼伦贝尔工作组.)
  for (const a of admin) {
    if (a.label !== "League" && a.label !== "Banner") continue;
    const programme = PROGRAMME_BEFORE.exec(text.slice(Math.max(0, a.start - 5), a.start));
    const end = /^(?:工作组|工作队)/.exec(text.slice(a.end, a.end + 3));
    // (Or the unit, then the programme: 库伦旗京蒙协作工作组, the team that runs the programme there.)
    const after = PROGRAMME_AFTER.exec(text.slice(a.end, a.end + 12));
    if (after && !(a.start > 0 && /[驻赴援]$/.test(text.slice(a.start - 1, a.start)))) {
      const surface = text.slice(a.start, a.end + after[0].length);
      out.push({ start: a.start, end: a.end + after[0].length, surface, label: "Agency", name: surface, source: "suffix", confidence: 0.75 });
      continue;
    }
    if (!programme || !end) continue;
    const start = a.start - programme[0].length;
    const surface = text.slice(start, a.end + end[0].length);
    out.push({ start, end: a.end + end[0].length, surface, label: "Agency", name: surface, source: "suffix", confidence: 0.75 });
  }
  return out;
}
