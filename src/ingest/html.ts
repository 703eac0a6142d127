// Keeps an HTML page's text: scripts and styles out, block elements as line breaks, entities decoded.
import { expandMergedCells } from "./html-tables.js";
import { withoutChrome } from "./page-chrome.js";
import { withoutPageFurniture } from "./page-furniture.js";
const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", mdash: "—", ldquo: "“", rdquo: "”", hellip: "…" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

/** A <meta> tag's content by one of its names (name= or property=, either attribute order). */
function metaContent(html: string, names: string): string | undefined {
  const named = `(?:name|property)=["'](?:${names})["']`;
  return (new RegExp(`<meta[^>]+${named}[^>]*content=["']([^"']+)["']`, "i").exec(html) ??
    new RegExp(`<meta[^>]+content=["']([^"']+)["'][^>]*${named}`, "i").exec(html))?.[1];
}

/** The last character of a place's or body's name, before a break that lists another (新建村<br>大营村). */
const NAME_END = /[村镇乡旗县区市盟司院校园站社会部局委馆所]$/;

export function htmlToText(html: string): HtmlText {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const date = metaContent(html, "date|pubdate|publishdate|article:published_time");
  const source = metaContent(html, "source|contentsource|og:site_name");
  const page = expandMergedCells(html)
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<head[^>]*>[\s\S]*?<\/head>/i, "");
  // Menus, sidebars and lists of other stories (相关新闻) are the site's: see page-chrome.
  const body = withoutChrome(page)
    // (A line break inside a cell wraps its text, no row's end: 东城区财政<br>援助资金 is one header, 新建村<br>大营村 two names listed.)
    // (Nor does a paragraph's end inside one, as a word processor writes every cell: <td><p>李建华</p></td>; two paragraphs in
    // one are read as a line break.)
    .replace(/<(t[dh])\b[^>]*>[\s\S]*?<\/\1>/gi, (cell) => cell.replace(/<\/(?:p|div|h[1-6]|li)>\s*(?=<(?:p|div|h[1-6]|li)\b)/gi, "<br>").replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|span)\b[^>]*>/gi, "")
      .replace(/([\s\S]?)\s*<br\s*\/?>\s*/gi, (_, before: string) => before + (NAME_END.test(before) ? "、" : "")))
    .replace(/<br\s*\/?>/gi, "\n")
    // Table cells stay apart, a bar between them (仁和镇|哈拉哈达镇): run together they would read as one name.
    .replace(/<\/t[dh]>\s*(?=<t[dh][\s>])/gi, "|")
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|title)>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  const clean = (s?: string) => (s ? decodeEntities(s.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim() : undefined);
  // A page title often ends with the site's name (…联席会议_赤峰市人民政府): the article's title is before it.
  // (Unless what follows the bar is the longer part: 京蒙协作｜怀柔区助力四子王旗… is a column's name, then the headline.)
  const siteAfter = (t: string) => t.replace(/^(.*?)\s*[_|｜]\s*([^_|｜]{2,30})$/, (whole, head: string, tail: string) => (tail.length < head.length ? head : whole));
  const heading = clean(h1) ?? (clean(title) && siteAfter(clean(title)!).replace(/\s+-\s+[^-]{2,30}$/, ""));
  const text = withoutPageFurniture(decodeEntities(body)).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  const out: HtmlText = { text: heading && !text.startsWith(heading) ? `${heading}\n\n${text}` : text };
  if (heading) out.title = heading;
  // Dates as YYYY-MM-DD whatever else the tag carries (2020-11-03T08:00:00+08:00).
  if (date) out.date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(date)?.slice(1).map((p, i) => (i ? p.padStart(2, "0") : p)).join("-") ?? date;
  const site = clean(source);
  if (site) out.source = site;
  return out;
}
