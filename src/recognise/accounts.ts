// A government's public account named after its unit and 发布 (库伦发布, 察右中旗发布, 阿尔山发布), where a post credits it; and
// its bodies' accounts on a microblog (@丰台教育, 巴林左旗融媒 V).
import type { Mention } from "./types.js";

/** What may follow such an account's name: the line's end, a space, a mark, or what a credit goes on with (的一篇, 公众号); on a
 * microblog, its verified mark, the next handle or a repost's slashes (锡林郭勒发布V：, @顺义发布@赤峰发布, //@…). */
const AFTER_ACCOUNT = /^(?:$|[\s\n，,。；;：:、”」』|｜)）@]|的一篇|公众号|微信公众号|V(?![A-Za-z])|\/\/)/;
/** The kinds a body's account is named by after its unit, read only as a handle (@海淀教育) or before its verified mark. */
const BODY_ACCOUNT = /^(融媒|教育|卫健|文旅|健康|商务|农牧|应急|公安|检察|法院|团委|妇联|税务|人社|民政|交通|环保|气象)/;

/** A unit's mention with 发布 right after it, standing as a name (原创 库伦发布 2024-04-18, 转自：巴林左旗发布): each an account
 * named as written, outside the spans `taken`. Not the verb: 巴林左旗发布了…, 巴林左旗发布《…》. So is one of its bodies' (融媒,
 * 教育) written as a handle, @海淀教育, or with its verified mark, 巴林左旗融媒V. */
export function recogniseAccounts(text: string, admin: Mention[], taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("发布") && !text.includes("@")) return out;
  for (const a of admin) {
    if (!a.unitId || a.nested) continue;
    const kind = text.slice(a.end, a.end + 2) === "发布" ? "发布" : BODY_ACCOUNT.exec(text.slice(a.end, a.end + 2))?.[0];
    if (!kind) continue;
    const end = a.end + kind.length;
    const after = text.slice(end, end + 6);
    // (A handle ends where its words do, whatever follows: @丰台教育9月19日.)
    const handle = text[a.start - 1] === "@" && !/^[\u4e00-\u9fff]/.test(after);
    if (!(handle || (AFTER_ACCOUNT.test(after) && (kind === "发布" || /^V(?![A-Za-z])/.test(after))))) continue;
    if (taken(a.start, end)) continue;
    const surface = text.slice(a.start, end);
    out.push({ start: a.start, end, surface, label: "Organization", name: surface, source: "suffix", confidence: 0.7 });
  }
  return out;
}
