// A body's parts named after 院, the academy or hospital the article speaks of (院玉米研究所 of 北京市农林科学院): each named in full.
import type { Mention } from "./types.js";

/** What a part of an academy, a university or a hospital is called: its institutes, centres and offices. */
// (The academy may call itself so: 我院蔬菜研究所, 本院.)
const PART = /^(?:我|本)?院[\u4e00-\u9fff]{2,12}(研究所|研究中心|研究室|中心|推广处|处)$/;
/** Bodies whose parts are so named. */
const OWNER = /(科学院|研究院|学院|大学|医院)$/;

/** The mentions, each part named after 院 given the name of the last such body named before it; unchanged where none is. */
export function namedInFull(mentions: Mention[]): Mention[] {
  const owners = mentions.filter((m) => OWNER.test(m.name) && !PART.test(m.name)).sort((a, b) => a.start - b.start);
  return mentions.map((m) => {
    if (!PART.test(m.name)) return m;
    // (我院 is the article's own, the first such body it names; 院 alone the last named before.)
    const before = owners.filter((o) => o.end <= m.start);
    const owner = /^[我本]院/.test(m.name) ? before[0] : before.pop();
    return owner ? { ...m, name: owner.name + m.name.slice(m.name.indexOf("院") + 1) } : m;
  });
}
