// Turns a file's bytes into text: UTF-8 when it is valid, else GB18030 (which covers GBK and GB2312).
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "gb18030";

export class DecodeError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Share of characters that are control characters other than whitespace: high in binary files. */
function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || c === 0xfffd) control++;
  }
  return text.length ? control / text.length : 0;
}

export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new DecodeError("empty file");
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) throw new DecodeError("binary content (NUL bytes)");
  let text: string | undefined;
  let encoding: Encoding = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes), "gb18030");
    encoding = "gb18030";
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > 0.02) throw new DecodeError(`undecodable: not UTF-8, and as GB18030 it is not text`);
  if (!text.trim()) throw new DecodeError("empty file (only white space)");
  return { text, encoding };
}
