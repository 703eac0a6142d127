// Newspapers whose names end in 报 alone (石景山报, 中国中医药报, 北京科技报), news sites in 网 (人民网, 内蒙古新闻网) and agencies in
// 社 (新华社, its dateline's too: 新华社呼和浩特12月10日电), read only
// where the text credits them: a reporter's line they open, a source's field or title marks. (Names ending in 日报, 晚报 or 报社
// are read by their endings.)
import type { Mention } from "./types.js";

/** A name ending in 报 where a credit stands: before a reporter on a line's start (a bracket may open it, as it may after a
 * paragraph's last sentence, 据 after the bracket: （内蒙古晨报记者 李想…）, （据北方新报 记者 白乙拉 报道）), in a source's field
 * (its reporter or its date may follow, the spaces between gone: (来源:中国教育报记者宋佳音), 来源:北方新闻网2024-12-03; a news agency's
 * with a comma before its reporters, （来源：新华社，记者 孟和）), in title
 * marks, or before the date on a post's publisher line (北京西城报 2024-06-21 08:30). */
const CREDITED_PAPER = /(?:(?:^|\n)[ \t\u3000]*[（(【]?|[。！？”"][ \t\u3000]*[（(【])(?:据)?([\u4e00-\u9fff]{2,10}(?:报|网|(?<![合作旅行报])社))(?=(?:社)?[ \t\u3000]*(?:全媒体记者|首席记者|见习记者|特约记者|记者|通讯员))|来源[:：][ \t\u3000]*([\u4e00-\u9fff]{2,10}(?:报|网)|(?:新华|中新)社)(?=[）)（(\s]|$|(?:19|20)[0-9]{2}[-年./]|(?:社)?[，,]?[ \t\u3000]*(?:全媒体记者|首席记者|见习记者|特约记者|记者|通讯员))|《([\u4e00-\u9fff]{2,10}(?:报|网))》|(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff]{2,10}(?:报|网))(?=[ \t\u3000]*(?:19|20)[0-9]{2}[-年./])|(?:^|\n)[ \t\u3000]*((?:新华|中新)社)(?=[\u4e00-\u9fff]{2,10}(?:[0-9]{1,2}月)?[0-9]{1,2}日电)/g;

/** Words ending in 报 that are kinds of writing, not a paper's name (工作简报, 情况通报), and the paper pointed at (本报). */
const NOT_A_PAPER = /(简报|通报|快报|汇报|情报|预报|公报|年报|月报|周报|海报|电报|喜报|捷报|举报|申报|上报|呈报|填报|画报|学报|专报|要报|信息报|互联网|物联网|电网|官网|上网|联网)$|^[本该我此][报网社]$/;

/** Every paper or site the text credits, whatever other name covers it: the caller keeps those it takes as mentions. */
export function recogniseNewspapers(text: string): Mention[] {
  if (!text.includes("报") && !text.includes("网") && !text.includes("社")) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(CREDITED_PAPER)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const start = m.index! + m[0].lastIndexOf(name);
    if (NOT_A_PAPER.test(name)) continue;
    out.push({ start, end: start + name.length, surface: name, label: "Organization", name, source: "context", confidence: 0.7 });
  }
  return out;
}
