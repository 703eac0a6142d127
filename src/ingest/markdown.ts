// Markdown to the text it shows: headings, quotes, list marks, emphasis, code marks, links and images give way to
// their words; a table's rows keep their bars (normalise/tables.ts reads them), its rule row goes.
const FENCE = /^\s*(```|~~~)/;

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links: their words
    .replace(/<[^>\n]+>/g, "") // inline HTML tags
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2")
    .replace(/(\*|_)(?=\S)([^\n*_]*?\S)\1/g, "$2");
}

export function markdownToText(md: string): string {
  const out: string[] = [];
  for (const raw of md.split("\n")) {
    if (FENCE.test(raw)) continue; // the fence, not what it holds
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // a table's rule row
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue; // a horizontal rule
    const item = /^\s*[-*+]\s+(?=\S)/.test(raw);
    const line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/^\s{0,3}(>\s?)+/, "")
      .replace(/^\s*[-*+]\s+(?=\S)/, "");
    out.push(inline(line));
    // A list's item is a block of its own, never a line wrapped into the next: a blank line keeps it apart.
    if (item) out.push("");
  }
  return out.join("\n");
}
