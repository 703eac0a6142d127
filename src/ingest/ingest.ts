// ingest: files and folders in, decoded articles with metadata out; bad files skipped with their reason.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { DecodeError, decode, type Encoding } from "./decode.js";
import { markdownToText } from "./markdown.js";
import { plainTables } from "./plain-tables.js";
import { withoutPageFurniture } from "./page-furniture.js";
import { withoutRunningHeads } from "./running-heads.js";
import { htmlToText } from "./html.js";
import { readMetadata, type ArticleMetadata } from "./metadata.js";

export interface IngestOptions {
  /** Files larger than this are skipped (bytes). */
  maxBytes: number;
  /** File endings read when walking a folder. */
  extensions: string[];
}
export const INGEST_DEFAULTS: IngestOptions = { maxBytes: 20 * 1024 * 1024, extensions: [".txt", ".md", ".markdown", ".html", ".htm"] };

export interface RawArticle extends ArticleMetadata {
  /** `article:` and the first 16 hex digits of the SHA-1 of the decoded text: the same text, the same id. */
  id: string;
  path: string;
  encoding: Encoding;
  text: string;
  /** Set for a web page: its lines are its blocks, none a wrap to repair. */
  markup?: "html";
}

export interface Skipped {
  path: string;
  reason: string;
}

export class IngestError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`ingest: ${path}: ${reason}`);
    this.name = "IngestError";
  }
}

/** Expands folders (recursively, sorted) into the files to read; a missing input is reported as skipped. */
export async function listInputs(inputs: string[], options: Partial<IngestOptions> = {}): Promise<{ files: string[]; skipped: Skipped[] }> {
  const o = { ...INGEST_DEFAULTS, ...options };
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && o.extensions.includes(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const input of inputs) {
    try {
      const s = await stat(input);
      if (s.isDirectory()) await walk(input);
      else files.push(input);
    } catch (err) {
      skipped.push({ path: input, reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    }
  }
  return { files: [...new Set(files)], skipped };
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Reads one file into an article, or throws an IngestError naming the file and the reason. */
export async function readArticle(path: string, options: Partial<IngestOptions> = {}, root = process.cwd()): Promise<RawArticle> {
  const o = { ...INGEST_DEFAULTS, ...options };
  let bytes: Buffer;
  // (Read synchronously: a file's round trips through the thread pool left the core idle half the time it took to read.)
  try {
    const s = statSync(path);
    if (s.size > o.maxBytes) throw new IngestError(path, `too large (${s.size} bytes, limit ${o.maxBytes})`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let decoded: { text: string; encoding: Encoding };
  try {
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new IngestError(path, err.message);
    throw err;
  }
  // (Zero-width characters a page's editor leaves are no one's words: out of the title and every name read from the text.)
  decoded.text = decoded.text.replace(ZERO_WIDTH, "");
  const ext = extname(path).toLowerCase();
  const isHtml = ext === ".html" || ext === ".htm" || /^\s*<(!doctype html|html)/i.test(decoded.text);
  // A plain text's table keeps its cells apart by tabs or aligned spaces: they become bars, as a web page's cells do.
  // Markdown shows its words without its marks (**密云区**, [孙国栋](…)).
  const plain = ext === ".md" || ext === ".markdown" ? markdownToText(decoded.text) : decoded.text;
  // (A page copied as text carries its furniture too: 上一篇, 相关新闻 and their titles, the sharing bar.)
  const page = isHtml ? htmlToText(decoded.text) : { text: plainTables(withoutRunningHeads(withoutPageFurniture(plain))) };
  if (!page.text.trim()) throw new IngestError(path, "no text left after removing markup");
  const meta = readMetadata(page.text, page);
  const id = `article:${createHash("sha1").update(page.text).digest("hex").slice(0, 16)}`;
  const shown = relative(root, path) || path;
  return { id, path: shown.startsWith("..") ? path : shown, encoding: decoded.encoding, text: page.text, ...meta, ...(isHtml ? { markup: "html" as const } : {}) };
}
