// A web page's chrome cut out of its HTML before its text is read: the blocks a site names as its menus, bars, sidebars and
// footer's links, and the list items and paragraphs that hold nothing but a link to another page.

/** Class or id names sites give their chrome (nav, top-bar, side-box, ft-links, detail-share, js_related_area). A footer
 * stays: the line that names the page's owner (版权所有：北京市大兴区黄村医院) is who 我院 is, and its other lines go one by one
 * (see page-furniture). */
const CHROME_NAME = /^(?:(?:site|gov|page|top|main|sub|hd|ft|post|col|content|detail|article|art)[-_])?(?:header|nav|navbar|mainnav|topnav|menu|topbar|top-bar|breadcrumbs?|crumbs?|position|sidebar|side|side-box|side-block|leftbar|links|friend-?links?|flinks|yqlj|share|share-box|share-bar|bdsharebuttonbox|fenxiang|print|dayin|tools?|search|search-box|login|jiucuo|prenext|prev-next|rel|related|relate|qr_code_pc)$|related|recommend/i;
/** Elements that are chrome whatever they are called. */
const CHROME_ELEMENT = /^(nav|aside|select|button|form|iframe)$/i;

function isChrome(element: string, attributes: string): boolean {
  if (CHROME_ELEMENT.test(element)) return true;
  for (const m of attributes.matchAll(/\b(class|id)\s*=\s*["']([^"']*)["']/gi)) {
    if (m[2]!.split(/\s+/).some((name) => CHROME_NAME.test(name))) return true;
  }
  return false;
}

/** Where the element opened before `from` closes (past its closing tag), counting elements of its name inside it; -1 if
 * it never does, and then nothing is cut. */
function closingOf(html: string, element: string, from: number): number {
  const tag = new RegExp(`<(/?)${element}\\b[^>]*>`, "gi");
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) {
      if (--depth === 0) return tag.lastIndex;
    } else if (!m[0].endsWith("/>")) depth++;
  }
  return -1;
}

/** The page without its chrome's elements, and without list items and paragraphs that are one link (相关新闻's titles,
 * a recommendation's ▶ 科右前旗：…, a link with its date after it). */
export function withoutChrome(page: string): string {
  // (A list item that is one link with a label beside it first: 【专题】 before, a date after.)
  const html = page.replace(/<li[^>]*>\s*(?:<span[^>]*>[^<]*<\/span>\s*)?<a\b[^>]*>[^<]*<\/a>\s*(?:<span[^>]*>[^<]*<\/span>\s*)?<\/li>/gi, "");
  const tag = /<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
  let out = "";
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0].endsWith("/>") || !isChrome(m[1]!, m[2]!)) continue;
    const end = closingOf(html, m[1]!, tag.lastIndex);
    if (end < 0) continue;
    out += html.slice(last, m.index) + "\n";
    last = end;
    tag.lastIndex = end;
  }
  return (out + html.slice(last))
    .replace(/<(li|p)\b[^>]*>\s*<a\b[^>]*>(?:(?!<\/?(?:li|p|a)\b)[\s\S])*<\/a>\s*(?:<(time|span|em|i|small)\b[^>]*>[^<]{0,20}<\/\2>\s*)?<\/\1>/gi, "\n");
}
