// Lines a PDF wrapped inside a sentence rejoined, and the spaces between Chinese characters dropped, offsets kept.
import { MappedText } from "./text-buffer.js";
import { nameSpaces } from "./name-spaces.js";
import { isCjkPunct, isDigit, isHan, isLatin, isSpace, itemEnds, itemOpens, LINE_FINAL } from "./characters.js";
import { BODY_END, FIELD_OPENING, FIGURE_HEAD, headlineAlone, inLatin, isRow, ITEM_SPACE, LIST_MARK, looksLikeHeading, NAME_ENDING_ALONE, NAMED_ROW, NAMED_ROW_HEAD, NEXT_FIELD, SENTENCE_BEGUN, spokenPhrases, VILLAGE_ALONE } from "./line-kinds.js";

interface Line { start: number; end: number; text: string }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      lines.push({ start, end: i, text: text.slice(start, i).trim() });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Rejoins lines that a PDF wrapped inside a sentence, across blank lines too when the line before ran to
 * the full width, and removes spaces that stand between Chinese characters. Other line breaks become
 * paragraph breaks.
 */
const PAGE_NUMBER = /^\s*(?:[-—－–]\s*[0-9]{1,3}\s*[-—－–]|[·•]\s*[0-9]{1,3}\s*[·•]|第\s*[0-9]{1,3}\s*页(?:\s*[,，/]?\s*共\s*[0-9]{1,3}\s*页)?|[0-9]{1,3}\s*\/\s*[0-9]{1,3})\s*$/;

/** A line that is a figure alone, and the units and words of time that go on from a figure. */
const FIGURE_LINE = /^[0-9]+(?:\.[0-9]+)?$/;
const FIGURE_UNIT = /^(?:[万亿千百余多元年月日号个户人名家所项次台套座处吨亩%％]|余万|多万)/;

/** A phone's number closing a line, its last digits masked or not (010-6974××××, 13904761234). */
const PHONE_END = /(?:[0-9]{3,4}[-－—])?[0-9]{3,}[0-9×xX*]{3,}$/;

/** The shortest line that, a clause running in it, is read as wrapped where it stops mid-sentence in a short document. */
const RUNS_ON_LENGTH = 24;

/** Words that go on with the line before, its subject or a name it closes on: and, also, is, last year (not 今年， opening a sentence). */
const PHRASE_GOES_ON = /^(?:和|与|同|跟|也和|也与|还和|还与|并|以及|是|(?:去年|今年|前年)(?![,，]))/;
/** Where a sum goes or what it is for, going on with the line that gives it. */
const SUM_GOES_ON = /^(?:在|为|给|用来|用于|向|帮助?|支持)/;

/** A title's closing word of the kind of document, before its issuer's line (…野生动物保护工作综述 / 阿鲁科尔沁旗林业和草原局). */
const DOCUMENT_KIND = /(综述|报告|总结|汇报|通报|通知|公告|公示|纪实|侧记|方案|意见|办法)$/;

/** A line that is a body's name alone, as under a report's title. */
const ISSUER = /^[\u4e00-\u9fff]{2,24}(办公室|委员会|人民政府|局|办|中心|部|院|会|公司|学校|医院)$/;

export function joinLines(text: string, wrappedLineShare: number, repairWraps = true): { text: string; offsets: Int32Array } {
  // A PDF's page numbers (- 1 -, ·1·, 第2页) stand between the halves of a sentence a page broke: they go, as blank lines.
  const raw = splitLines(text);
  // (So does a running head, the title again at the top of the next page: …培训两 / — 2 — / 平谷区…情况汇报 / 县基层干部….)
  const titleAt = raw.findIndex((l) => l.text);
  const lines = raw.map((l, i) => {
    if (PAGE_NUMBER.test(l.text)) return { ...l, text: "" };
    if (titleAt < 0 || i <= titleAt || l.text !== raw[titleAt]!.text) return l;
    let p = i - 1;
    while (p >= 0 && !raw[p]!.text) p--;
    return p >= 0 && PAGE_NUMBER.test(raw[p]!.text) ? { ...l, text: "" } : l;
  });
  // Rows of a list or table end without punctuation by nature: they say nothing of wrapping.
  const content = lines.filter((l) => l.text.length >= 5 && !isRow(l.text));
  const openLines = content.filter((l) => !LINE_FINAL.test(l.text));
  const widths = content.map((l) => l.text.length).sort((x, y) => x - y);
  const wide = 0.75 * (widths[Math.floor(widths.length * 0.75)] ?? 0);
  // (Wrapped lines run to the width of the page: lines of a list or roster end short, wherever they stop.)
  const runToWidth = openLines.filter((l) => l.text.length >= wide).length;
  const wrapped = content.length >= 8 && openLines.length / content.length > wrappedLineShare && runToWidth / content.length > wrappedLineShare * 0.8;
  const fullWidth = wrapped ? wide : Infinity;
  // (A line set in by two full-width spaces opens a paragraph, where most lines are not set in: ——记…教师陈思远 / 　　陈思远是….)
  // (NFKC has made them plain spaces by now.)
  const setIn = (l: Line) => /^(?:\u3000\u3000|  )/.test(text.slice(l.start, l.start + 2));
  const setInOpens = content.filter(setIn).length < content.length / 2;

  // A text with a blank line after every line (as some converters write one) says nothing by one blank line: only by more.
  const gaps = lines.flatMap((l, i) => {
    const next = l.text ? nextWithText(lines, i) : lines.length;
    return next < lines.length ? [next - i - 1] : [];
  });
  const doubleSpaced = gaps.length >= 6 && gaps.every((g) => g >= 1);

  const out = new MappedText(text.length + 16);
  let pendingBreak = -1; // source index of a paragraph break not yet written
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!line.text) continue;
    if (pendingBreak >= 0 && out.length) out.pushUnit(0x0a, pendingBreak);
    pendingBreak = -1;
    // The title stands apart from the body that issues the report, on the line under it (北京市怀柔区2023年京蒙协作
    // 工作总结 / 怀柔区支援合作办公室 is a title and its author, not one name).
    const title = out.length === 0;
    // (A row of a list of names, a line like it before or after, keeps the space after its name.)
    const named = (!wrapped || LIST_MARK.test(line.text)) && NAMED_ROW.test(line.text) && [lines[li - 1], lines[li + 1], lines[li - 2], lines[li + 2]].some((l) => l && NAMED_ROW.test(l.text));
    writeLine(out, text, line, !wrapped, named);
    // Decide what follows this line: nothing (a wrap) or a paragraph break.
    const next = nextWithText(lines, li);
    const blank = next - li - 1 > (doubleSpaced ? 1 : 0);
    // A short document shows no wrapping statistics; still, a long line that has a sentence running in it (a comma
    // or a full stop inside), stops mid-sentence and goes straight on to the next line is wrapped too. (Not a heading in square
    // brackets: 【西红门镇—平地泉镇】企业跟进，订单到户.)
    // (Not a line of a list that gives a name, a space, then what it says of it, with the next line the same: 高振华　北京市…副主任，
    // 挂任…副旗长 / 张　立　北京市….)
    const listed = !wrapped && NAMED_ROW.test(line.text) && NAMED_ROW.test(lines[next]?.text ?? "");
    const runsOn = repairWraps && !blank && !listed && (line.text.length >= RUNS_ON_LENGTH || SENTENCE_BEGUN.test(line.text)) && !/^[【\[]/.test(line.text) && /[，,。；;]/.test(line.text) && isHan(lines[next]?.text.charCodeAt(0) ?? 0);
    // (So does a short line a post's phrases are set in, closing on a comma or its subject, the next going on with it:
    // 朝阳区孙河乡沙子营村 / 和巴彦乌兰嘎查“结对子”， / 还捐了8万元，.)
    // (Or a sum given on one line, where and what for on the next: …投入京蒙协作资金680万元 / 在天山镇建设….)
    const goesOn = isHan(line.text.charCodeAt(line.text.length - 1)) && (PHRASE_GOES_ON.test(lines[next]?.text ?? "") || (/[0-9一二三四五六七八九十百千万亿][多余]?万?元$/.test(line.text) && SUM_GOES_ON.test(lines[next]?.text ?? "")));
    // (Not a heading of two phrases set apart by a space: 支持产业发展 携手共进迎硕果 / 近日的….)
    const phrased = repairWraps && !blank && !listed && !/^[【\[]/.test(line.text) && !looksLikeHeading(line.text) && !/[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(line.text) && (/[，,]$/.test(line.text) || goesOn);
    // A short line that pairs two things with a dash or a bar is a row of a list or table (榆垡镇—保康镇): it ends there.
    const isWrap =
      (wrapped || runsOn || phrased) && next < lines.length && !LINE_FINAL.test(line.text) && !isRow(line.text) &&
      (!blank || (line.text.length >= fullWidth && !headlineAlone(line.text))) && !looksLikeHeading(lines[next]!.text) && !((title || DOCUMENT_KIND.test(line.text)) && ISSUER.test(lines[next]!.text)) &&
      // (Nor a numbered heading well short of the page's width, its title whole, no sentence after it: （二）聚焦健康需求，医疗志愿服务
      // 提质扩面 / 大兴区….)
      !(wrapped && looksLikeHeading(line.text) && line.text.length < fullWidth - 2 && !/[。；;！？!?]/.test(line.text)) &&
      !(setInOpens && setIn(lines[next]!)) &&
      // (Nor one before a table's row: a table starts on a line of its own, under its caption.)
      !/[|｜\t]/.test(lines[next]!.text) &&
      // (Nor a body's name alone on a line shorter than the page, a table's cell a PDF set one to a line: 北京市密云区溪翁庄镇人民政府 /
      // 库伦旗库伦镇人民政府副镇长.)
      !(ISSUER.test(line.text) && line.text.length < fullWidth && (wrapped || !goesOn)) &&
      // (Nor a figure alone on its line, a table's cell or row number a PDF set apart, before words that are no unit of it: 696 /
      // 扣河子镇人民政府, 2 / 扣河子镇生物质清洁取暖项目; 1380 / 万元 runs on.)
      !(FIGURE_LINE.test(line.text) && !FIGURE_UNIT.test(lines[next]!.text)) &&
      // (Nor a line of English before one of Chinese, or the other way: a translation's lines are their own, He Jianxin, Deputy
      // Director… / 致辞 Remarks：斯琴图雅….)
      inLatin(line.text) === inLatin(lines[next]!.text) &&
      // (Nor one before a list's item, its mark opening the line: ▶ …426名 / ▶ 典型：.)
      !LIST_MARK.test(lines[next]!.text) &&
      // (Nor a contact's line before another, each closing on a phone: …机关幼儿园，业务园长，刘静，010-6974×××× / …城北中心幼儿园，….)
      !(PHONE_END.test(line.text) && PHONE_END.test(lines[next]!.text)) &&
      // (Nor a labelled field before another: 资金来源：…，村集体自筹6.30万元 / 验收结论：合格。)
      !(FIELD_OPENING.test(line.text) && FIELD_OPENING.test(lines[next]!.text));
    // (A table's cell a PDF wrapped leaves a name's ending alone on the next line, over a page's break too: 黄旗海镇新风 / 村,
    // 玫瑰营镇人民 / 第 1 页 共 4 页 / 政府. No cell is an ending alone. Nor does a village go on a line of its own after its
    // town but as the cell wrapped: 土贵乌拉镇 / 后房子村.)
    const ending = repairWraps && next < lines.length && line.text.length <= 24 && isHan(line.text.charCodeAt(line.text.length - 1)) &&
      !looksLikeHeading(line.text) && (NAME_ENDING_ALONE.test(lines[next]!.text) || (/(镇|乡|苏木)$/.test(line.text) && VILLAGE_ALONE.test(lines[next]!.text)));
    // (Nor does a bracket stay open across a paragraph: 那仁满都拉（经开区社会事 / 业局副局长）, a PDF's wrap inside it.)
    // (Not a table's row, its cells kept apart by runs of spaces: its wrapped cell is read with the table.)
    const bracketed = repairWraps && next < lines.length && opensBracket(line.text) && /^[^（()）\n]{1,24}[）)]/.test(lines[next]!.text) &&
      ![line.text, lines[next]!.text].some((t) => /[ \u3000]{2,}|[\t|｜]/.test(t.trim()));
    if (!isWrap && !ending && !bracketed) pendingBreak = line.end;
  }
  return out.build();
}

/** Whether a line leaves a bracket open at its end. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) depth = c === "（" || c === "(" ? depth + 1 : c === "）" || c === ")" ? Math.max(0, depth - 1) : depth;
  return depth > 0;
}

/** The index of the next line with text after line `i`, or the count of lines when none is. */
function nextWithText(lines: Line[], i: number): number {
  let next = i + 1;
  while (next < lines.length && !lines[next]!.text) next++;
  return next;
}

/** Copies a line, dropping spaces that touch a Chinese character or CJK punctuation on either side. */
function writeLine(out: MappedText, text: string, line: Line, spacedWords: boolean, namedRow = false): void {
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  let end = line.end;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  const joinsCjk = (c: number) => isHan(c) || isCjkPunct(c) || c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29;
  // A headline or a row of words set apart by spaces (学校手拉手 医院结友好 镇苏木共建; 刘洋 朝阳区 挂职) keeps them
  // as breaks between words: no sentence runs in it and no part is one character, as stray or letter spacing leaves.
  // (Not in a text a PDF wrapped, whose stray spaces fall anywhere.)
  // (A row of a list keeps the space after the name that opens it: 高振华 北京市…, 张立 北京市….)
  // (So does a picture's number before its caption: 图③　西城区平安里医院… is 图3 and the caption, not 图3西城区.)
  const figure = FIGURE_HEAD.exec(text.slice(i, end));
  const fields = FIELD_OPENING.test(text.slice(i, end));
  const nameEnd = figure ? i + figure[0].length : namedRow && NAMED_ROW.test(text.slice(i, end)) ? i + NAMED_ROW_HEAD.exec(text.slice(i, end))![0].length : -1;
  // (A part may close with a quote or bracket, 延庆正镶白旗续写“牵手情” 昌平再投…; a longer line keeps them where every part is
  // a headline's length, as a column's list of its items is: 海淀区追加敖汉旗协作资金　通州引荐企业落地翁牛特旗　….)
  const parts = text.slice(i, end).split(/\s+/);
  // (Nor the spaces that part people's names in a credit or contact line: 课题组成员：张建国　吴娜, 记者 哈斯 其木格.)
  const opening = i;
  const names = nameSpaces(text.slice(i, end));
  const separated = spacedWords && !/[，,。；;！!？?、]/.test(text.slice(i, end)) && ITEM_SPACE.test(text.slice(i, end)) &&
    (end - i <= 60 ? parts.every((part) => part.length >= 2) : (end - i <= 200 && parts.every((part) => part.length >= 6)) || spokenPhrases(parts));
  // A wrap between two Chinese characters leaves no space; between two Latin words it leaves one.
  const prev = out.lastUnit();
  if (prev !== -1 && prev !== 0x0a && !(joinsCjk(prev) || joinsCjk(text.charCodeAt(i)) || isDigit(prev))) {
    out.pushUnit(0x20, i);
  }
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(j);
      const cjkBefore = joinsCjk(before);
      const cjkAfter = joinsCjk(after);
      // Letter-spaced figures (1 2 0 0 0万元) and figures grouped by spaces (12 000万元) are one number.
      // (A digit standing alone is letter spacing's: not the last of 2.1 before 20.)
      const lone = i - 1 === line.start || isSpace(text.charCodeAt(i - 2)) || isHan(text.charCodeAt(i - 2));
      // (Not a table's or picture's number before a year: 表1 2024年上半年… is table 1.)
      const captionYear = /(?:表|图)[0-9]{1,2}$/.test(text.slice(Math.max(line.start, i - 4), i)) && /^[12][0-9]{3}年/.test(text.slice(j, j + 5));
      if (isDigit(before) && isDigit(after) && !captionYear && (lone || (isDigit(text.charCodeAt(i - 2)) && /^[0-9]{3}(?![0-9.])/.test(text.slice(j, j + 4))))) {
        i = j - 1;
        continue;
      }
      // (Nor the spaces, two or more, that set one field of a line of fields apart from the next: they keep one.)
      const nextField = j - i >= 2 && fields && NEXT_FIELD.test(text.slice(j, j + 20));
      // (Nor a space after a body's name in a short line of names, the issuers of a joint report: 中共赤峰市委组织部　赤峰市
      // 乡村振兴局; 兴安盟乡村振兴局 兴安盟工业和信息化局 联合课题组.)
      const issuers = parts.length >= 2 && parts.length <= 4 && end - line.start <= 48 && parts.every((part) => part.length >= 5 && BODY_END.test(part)) && !/[，,。；;、：:！!？?|｜\t（()）]/.test(text.slice(line.start, end));
      if (!(cjkBefore || cjkAfter) || (isLatin(before) && isLatin(after)) || (separated && itemEnds(before) && itemOpens(after)) || i === nameEnd || nextField || issuers || names.has(i - opening)) out.pushUnit(0x20, i);
      i = j - 1;
      continue;
    }
    out.pushUnit(c, i);
  }
}
