// Keeps an HTML page's text: scripts and styles out, block elements as line breaks, entities decoded.
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
}

export function htmlToText(html: string): HtmlText {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const date = /<meta[^>]+(?:name|property)=["'](?:date|pubdate|publishdate|article:published_time)["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<head[^>]*>[\s\S]*?<\/head>/i, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|title)>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  const clean = (s?: string) => (s ? decodeEntities(s.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim() : undefined);
  const heading = clean(h1) ?? clean(title);
  const text = decodeEntities(body).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  const out: HtmlText = { text: heading && !text.startsWith(heading) ? `${heading}\n\n${text}` : text };
  if (heading) out.title = heading;
  if (date) out.date = date;
  return out;
}
