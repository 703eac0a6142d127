// A government's public account named after its unit and 发布 (库伦发布, 察右中旗发布, 阿尔山发布), where a post credits it.
import type { Mention } from "./types.js";

/** What may follow such an account's name: the line's end, a space, a mark, or what a credit goes on with (的一篇, 公众号). */
const AFTER_ACCOUNT = /^(?:$|[\s\n，,。；;：:、”」』|｜)）]|的一篇|公众号|微信公众号)/;

/** A unit's mention with 发布 right after it, standing as a name (原创 库伦发布 2024-04-18, 转自：巴林左旗发布): each an account
 * named as written, outside the spans `taken`. Not the verb: 巴林左旗发布了…, 巴林左旗发布《…》. */
export function recogniseAccounts(text: string, admin: Mention[], taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("发布")) return out;
  for (const a of admin) {
    if (!a.unitId || a.nested || text.slice(a.end, a.end + 2) !== "发布" || !AFTER_ACCOUNT.test(text.slice(a.end + 2, a.end + 8))) continue;
    const end = a.end + 2;
    if (taken(a.start, end)) continue;
    const surface = text.slice(a.start, end);
    out.push({ start: a.start, end, surface, label: "Organization", name: surface, source: "suffix", confidence: 0.7 });
  }
  return out;
}
