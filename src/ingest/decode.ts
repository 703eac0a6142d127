// Turns a file's bytes into text: UTF-8 when it is valid, else GB18030 (which covers GBK and GB2312) or Big5
// (traditional characters, as Taiwan and Hong Kong publish), whichever reads as Chinese.
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "gb18030" | "big5";

/** Characters any Chinese text is full of, in simplified and traditional forms alike: the wrong decoding has few. */
const COMMON = new Set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞協會區縣為與來們時國對說發動個過這麼學產種開經處們關於後從現實當點業與還應內體間數問題無東車長門見頭");

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (COMMON.has(c)) common++;
  }
  return han ? common / han : 0;
}

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
    const gb = iconv.decode(Buffer.from(bytes), "gb18030");
    const big5 = iconv.decode(Buffer.from(bytes), "big5");
    // Each reads most bytes as some character: the right one reads them as characters Chinese text is made of.
    [text, encoding] = commonShare(big5) > commonShare(gb) + 0.1 ? [big5, "big5"] : [gb, "gb18030"];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > 0.02) throw new DecodeError(`undecodable: not UTF-8, and as GB18030 it is not text`);
  if (!text.trim()) throw new DecodeError("empty file (only white space)");
  return { text, encoding };
}
