// A government's public account named after its unit and 发布 (库伦发布, 察右中旗发布, 阿尔山发布), where a post credits it; and
// its bodies' accounts on a microblog (@丰台教育, 巴林左旗融媒 V) or in a post's credit (来源：西城融媒).
import type { Mention } from "./types.js";

/** A post's date right after its publisher, the space between them lost to normalising (莫旗发布2024-08-21 17:30). */
const POSTED = /^(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}/;
/** What may follow such an account's name: the line's end, a space, a mark, or what a credit goes on with (的一篇, 公众号); on a
 * microblog, its verified mark, the next handle or a repost's slashes (锡林郭勒发布V：, @顺义发布@赤峰发布, //@…). */
const AFTER_ACCOUNT = /^(?:$|[\s\n，,。；;：:、”」』|｜)）@]|的一篇|公众号|微信公众号|V(?![A-Za-z])|\/\/)/;
/** Where a post credits its publisher: its source's field, or the header's mark of an original post (来源：西城融媒, 原创 莫旗融媒). */
const CREDITED_BEFORE = /(?:来源[:：]|原创|转自[:：]?|转载自[:：]?)[ \t\u3000]*$/;
/** 发布 after a unit, or after a word for whose account it is (巴林左旗教育发布, 北京丰台官方发布). */
const POSTING = /^(?:教育|官方)?发布/;
/** The kinds a body's account is named by after its unit, read only as a handle (@海淀教育), before its verified mark, or, for
 * a media centre's (融媒, never a verb nor a body's common word), where a post credits it or its date follows. */
const BODY_ACCOUNT = /^(融媒|教育|卫健|文旅|健康|商务|农牧|应急|公安|检察|法院|团委|妇联|税务|人社|民政|交通|环保|气象)/;

/** A unit's mention with 发布 right after it, standing as a name (原创 库伦发布 2024-04-18, 转自：巴林左旗发布): each an account
 * named as written, outside the spans `taken`. Not the verb: 巴林左旗发布了…, 巴林左旗发布《…》. So is one of its bodies' (融媒,
 * 教育) written as a handle, @海淀教育, or with its verified mark, 巴林左旗融媒V; and a media centre's where a post credits it.
 * A Beijing district's account may open with 北京 (北京顺义融媒, 北京朝阳发布). */
export function recogniseAccounts(text: string, admin: Mention[], taken: (start: number, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("发布") && !text.includes("@") && !text.includes("融媒")) return out;
  for (const a of admin) {
    if (!a.unitId || a.nested) continue;
    const next = text.slice(a.end, a.end + 4);
    const kind = POSTING.exec(next)?.[0] ?? BODY_ACCOUNT.exec(next)?.[0];
    if (!kind) continue;
    const end = a.end + kind.length;
    const after = text.slice(end, end + 12);
    const start = a.unitId.startsWith("district:") && text.slice(a.start - 2, a.start) === "北京" ? a.start - 2 : a.start;
    // (A handle ends where its words do, whatever follows: @丰台教育9月19日.)
    const handle = text[start - 1] === "@" && !/^[\u4e00-\u9fff]/.test(after);
    // (Where a post credits it, a publisher's account of news is the publisher, whatever follows; a media centre's opening a
    // line before its date is too. Not a second name before the date, as a header gives after its writer's: 原创 巴林右旗融媒体中心
    // 巴林右旗发布.)
    const dated = POSTED.test(after);
    const media = kind.endsWith("发布") || kind === "融媒";
    const credited = media && CREDITED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && (dated || AFTER_ACCOUNT.test(after));
    const opensDatedLine = kind === "融媒" && dated && /(?:^|\n)[ \t\u3000]*$/.test(text.slice(Math.max(0, start - 4), start));
    if (!(handle || credited || opensDatedLine || (AFTER_ACCOUNT.test(after) && (kind.endsWith("发布") || /^V(?![A-Za-z])/.test(after))))) continue;
    if (taken(start, end)) continue;
    const surface = text.slice(start, end);
    // (A media centre's account is the centre where the text names it: 莫旗融媒 of 莫力达瓦达斡尔族自治旗融媒体中心.)
    const centre = kind === "融媒" ? admin.find((b) => b.unitId === a.unitId && text.startsWith("融媒体中心", b.end)) : undefined;
    const name = centre ? text.slice(centre.start, centre.end + 5) : surface;
    out.push({ start, end, surface, label: "Organization", name, source: "suffix", confidence: 0.7 });
  }
  return out;
}
