// Brackets as the source wrote them: NFKC makes （） plain (), but a registered name holds the full-width ones.
import type { NormalisedText } from "./normalise.js";

const FULL_WIDTH: Record<string, string> = { "(": "（", ")": "）" };

/** The normalised text from `start` to `end`, each bracket put back as the source wrote it (智农云（北京）科技有限公司). */
export function bracketsAsWritten(source: string, n: NormalisedText, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = n.text[i]!;
    const wide = FULL_WIDTH[c];
    out += wide !== undefined && source[n.offsets[i]!] === wide ? wide : c;
  }
  return out;
}
