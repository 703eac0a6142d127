// Serves the built viewer's files, never anything outside its folder.
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { ServerResponse } from "node:http";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".map": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  let decoded: string;
  try { decoded = decodeURIComponent(urlPath); } catch { decoded = "\0"; }
  const rel = normalize(decoded === "/" ? "/index.html" : decoded).replace(/^([/\\])+/, "");
  const base = resolve(root);
  const file = resolve(join(base, rel));
  if (decoded.includes("\0") || (file !== base && !file.startsWith(base + sep))) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("serve: bad path\n");
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    const body = await readFile(file);
    // Vite names built assets by content hash, so they can be cached for good; index.html must not be.
    const cache = rel.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cache }).end(body);
  } catch {
    if (rel === "index.html") {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" })
        .end(`serve: the viewer is not built (no ${join(base, "index.html")}); run npm run build\n`);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("serve: not found\n");
  }
}
