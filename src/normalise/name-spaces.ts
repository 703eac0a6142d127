// The spaces that part people's or bodies' names in a credit or contact line, which stay where stray spaces between Chinese go.

/** Press credits that a space, not a colon, sets apart from the names after them (记者 哈斯 其木格, 通讯员 吴迪 孟和). */
const CREDIT = "记者|通讯员|实习生|文[/／]图|图[/／]文|摄影|摄像|编辑|执笔|撰稿";
const HAN = "[\\u4e00-\\u9fff]";
const GAP = "[ \\u3000]+";
/** A character of a name: none of a post's or a body's (骨科副主任医 after 人民医院 is a post a line broke). */
const NAME_CHAR = "(?:(?![科医局院校部处站所委办司主副])[\\u4e00-\\u9fff])";
/** A name in a list: two to six characters, or two set one apart to fill a column of threes (赵 鹏). */
const NAME = `(?:${NAME_CHAR}{2,6}|${NAME_CHAR}[ \\u3000]${NAME_CHAR}(?!${HAN}))`;
/** Where a run of names ends: the line's, a bracket's or a clause's end, or the next field's label. */
const RUN_END = `(?=$|[)）\\]】,，;；。|｜]|${GAP}${HAN}{2,8}[:：])`;
/** A body's name's ending, after which a space parts the name of one of its people (recognise reads the names after it). */
export const CREDITED_BODY_ENDING = "局|委|办|院|校|会|所|站|队|处|科|股|部|厅|馆|社|中心|公司";

const PADDED = /^[ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000]$/;
const BODY_AT_END = new RegExp(`(?:${CREDITED_BODY_ENDING})$`);

/** Names after a field's colon or a credit, the first of them perhaps the body they are of: 成员：张建国　吴娜　那日苏,
 * 联系人：自治区档案馆 孟庆华, （记者 哈斯 其木格）. */
const LISTED = new RegExp(`(?:[:：]|(?:${CREDIT})(?=[ \\u3000]))[ \\u3000]*(${HAN}{2,30}(?:${GAP}${NAME}){1,5})${RUN_END}`, "g");
/** Names after a body's name or a bracket, no label: （科右中旗税务局 包红梅 王晓东）, 研究所研究员） 哈斯朝鲁 陈晓东. */
// (A credit's names close its bracket or line, never a clause: 赤峰市委组织部 介绍了情况。 is a sentence's stray space.)
// (Nor the rest of the body's own ending a line broke: 宁城县人民政府办 公室, …委 员会.)
const AFTER_BODY = new RegExp(`(?:${CREDITED_BODY_ENDING}|[)）])(?!${GAP}(?:公室|公厅|员会))((?:${GAP}${NAME_CHAR}{2,6}){1,4})(?=$|[)）\\]】|｜]|${GAP}${HAN}{2,8}[:：])`, "g");
/** Bodies after a field's colon, a space between each: 课题组：内蒙古自治区民政厅养老服务处　北京市民政局养老服务处. */
const LISTED_BODIES = new RegExp(`[:：][ \\u3000]*((?:${HAN}{2,30}?(?:${CREDITED_BODY_ENDING})${GAP})+${HAN}{2,30}?(?:${CREDITED_BODY_ENDING}))(?=$|[)）,，;；。])`, "g");
/** A name and the label of the field after it: 王海燕　联系电话：…, 特日格乐　审核：韩雪. */
// (A body addressed is no field: 赤峰市人 民政府办公室： is a letter's addressee a stray space broke.)
const BEFORE_FIELD = new RegExp(`${HAN}{2,6}(${GAP})(?=${HAN}{2,8}[:：])(?!${HAN}{0,7}(?:${CREDITED_BODY_ENDING}|室|府)[:：])`, "g");

/** The offsets in `line` of the spaces that part names there; a first token of prose (longer than a name and no body's) keeps none. */
export function nameSpaces(line: string): Set<number> {
  const kept = new Set<number>();
  // (Most lines hold no space at all: nothing to look for.)
  if (!line.includes(" ") && !line.includes("\u3000")) return kept;
  // (Not the space inside a padded name: 赵 鹏 is 赵鹏.)
  const keepIn = (from: number, run: string) => {
    for (const gap of run.matchAll(/[ \u3000]+/g)) if (!PADDED.test(` ${run} `.slice(gap.index - 1, gap.index + 4))) kept.add(from + gap.index);
  };
  for (const m of line.matchAll(LISTED)) {
    const first = m[1]!.split(/[ \u3000]+/)[0]!;
    if (first.length <= 6 || BODY_AT_END.test(first)) keepIn(m.index + m[0].length - m[1]!.length, m[1]!);
  }
  for (const m of line.matchAll(LISTED_BODIES)) keepIn(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of line.matchAll(AFTER_BODY)) keepIn(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of line.matchAll(BEFORE_FIELD)) kept.add(m.index + m[0].length - m[1]!.length);
  return kept;
}
