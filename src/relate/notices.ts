// People a notice names in labelled fields (联系人：马骁, 项目经理：孙志强, 组长：孟庆和鄂伦春自治旗乡村振兴局副局长): WORKS_AT
// the body their line, the field before it or the notice's signature names.
import { isInstitution, isPlace, linesOf, type ArticleContext, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";
import { pointersIn } from "./anaphora.js";
import { PERSON_LABELS, PHONE } from "../recognise/index.js";

/** A person's label, then the colon. */
const LABEL = new RegExp(`^(${PERSON_LABELS})[:：]$`);
const LABEL_ANYWHERE = new RegExp(`(${PERSON_LABELS})[:：]`);
/** A label after another field of its line, a space between, right before the name. */
// (Or right after a body's name, no space between: 太仆寺旗农牧局联系人：其其格.)
const LABEL_IN_LINE = new RegExp(`(?:[ \\t\u3000]+|(?<=[科股室处部局办])[，,]|(?<=(?:局|委员会|办公室|中心|专班|工作组|政府)(?=(?:联系人|经办人|联络员)[:：])))[（(]?(${PERSON_LABELS})[:：][ \\t\u3000]*$`);
/** Labels of those who act for the body a field above names (联系单位：…\n联系人：…; 招标人：…\n联系人：…). */
const CONTACT = /^(联系人|经办人|联络员|填报人|填表人|报送人)$/;
/** Labels of those who wrote or compiled the text. */
const AUTHOR = /^(作者|撰稿|撰文|执笔|供稿|整理|采写)$/;
/** Labels of those who lead a bidder's works: the company named above them. */
const BIDDER_STAFF = /^(项目经理|项目负责人)$/;
/** A title closing what is said after the name and its body (副局长, 农业股股长, 审计师, 干部). */
/** A body's section closing a bracket after it (医政医管股）). */
const SECTION_CLOSE = /^[\u4e00-\u9fff]{1,8}(?:股|科|室|组)\s*[）)]/;
const TITLE_END = /(长|主任|书记|干部|师|员)$/;
/** A line that ends a notice with its date (2024年1月12日). */
const DATE_LINE = /^(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$/;

export function labelledPeople(ctx: ArticleContext): Relation[] {
  if (!LABEL_ANYWHERE.test(ctx.text)) return [];
  const out: Relation[] = [];
  const lines = linesOf(ctx.text);
  const bodyIn = (start: number, end: number): Ref | undefined =>
    [...ctx.within(start, end), ...pointersIn(ctx, ctx.sentenceAt(start) ?? ctx.sentences[0]!, start, end).map((p) => ({ ...p.ref, mention: { ...p.ref.mention, start: p.start, end: p.end } }))]
      .filter((r) => isInstitution(r.entity)).sort((a, b) => a.mention.start - b.mention.start)[0];
  // The body that signs the notice: the line before its closing date, or its last line.
  const dated = lines.findLastIndex((l) => DATE_LINE.test(l.text));
  // (Above a seal's note, where a body's seal stands for the signer's: …领导小组办公室 / （…交流办公室代章）.)
  const sealed = dated > 1 && /^[（(][^（()）]*代章[）)]$/.test(lines[dated - 1]!.text.trim());
  const signLine = dated > 0 ? lines[dated - (sealed ? 2 : 1)] : undefined;
  const signer = signLine ? ctx.within(signLine.start, signLine.start + signLine.text.length).find((r) => isInstitution(r.entity) && r.mention.start === signLine.start) : undefined;
  // (A label's name may go on over the lines under it, a name opening each: 成员：王岩…\n吴海燕 旗审计局审计师.)
  let listed: string | undefined;
  lines.forEach((line, k) => {
    const end = line.start + line.text.length;
    const first = ctx.within(line.start, end).find((r) => r.entity.label === "Person");
    // (The field may stand in brackets: （联系人：杨帆，四子王旗东西部协作工作办公室；电话：…）.)
    const label = first ? ctx.text.slice(line.start, first.mention.start).replace(/\s/g, "").replace(/^[（(]/, "") : "";
    // (Or after another field of the line, a space before it: 联系单位：太仆寺旗商务局　联系人：张海燕（…）.)
    const inLine = first && !LABEL.test(label) ? LABEL_IN_LINE.exec(ctx.text.slice(line.start, first.mention.start)) : null;
    listed = LABEL.test(label) ? label.slice(0, -1) : inLine ? inLine[1]! : first && label === "" && listed ? listed : undefined;
    const s = first && ctx.sentenceAt(first.mention.start);
    if (!first || !listed || !s) return;
    const kind = listed;
    // Their body and title right after the name (孟庆和鄂伦春自治旗乡村振兴局副局长, 王岩旗财政局农业股股长).
    const after = bodyIn(first.mention.end, end);
    // (Or in brackets: 朝鲁门（赤峰市乡村振兴局东西部协作科副科长）.)
    const between = after ? ctx.text.slice(first.mention.end, after.mention.start) : "";
    const rest = after && /^\s*[（(]?$/.test(between) ? ctx.text.slice(after.mention.end, end).split(/[\s(（，,;；)）]/)[0]! : "";
    // (Or the contact's body alone after a comma or in brackets, its field closing there: 杨帆，四子王旗东西部协作工作办公室；电话…,
    // 高娃（太仆寺旗卫生健康委员会）; not an office or station inside a body, in brackets: 其木格（旗教育局京蒙协作办公室） acts for the notice's signer.)
    const office = after && /(局|委员会|委|院|中心|政府)[\u4e00-\u9fff]{0,8}(办公室|办|科|股|室|组|站|所|中心)$/.test(after.entity.name);
    // (A section of the body may close the brackets: 白玉梅（库伦旗卫生健康委员会医政医管股）.)
    const closes = after && (/^\s*([；;）)]|$)/.test(ctx.text.slice(after.mention.end, end)) || (/^[(（]$/.test(between) && SECTION_CLOSE.test(ctx.text.slice(after.mention.end, end))));
    const own = after && CONTACT.test(kind) && (/^[,，]$/.test(between) || (/^[(（]$/.test(between) && !office)) && closes ? after : undefined;
    // (Or an author's body alone after a space, closing the credit: （撰稿：李红梅　鄂伦春自治旗乡村振兴局）.)
    const authors = after && AUTHOR.test(kind) && /^[ \t\u3000]+$/.test(ctx.text.slice(first.mention.end, after.mention.start)) && /^\s*([）)]\s*)?$/.test(ctx.text.slice(after.mention.end, end)) ? after : undefined;
    let body: Ref | undefined = own ?? authors ?? (rest && TITLE_END.test(rest) ? after : undefined);
    const role = body && !own && !authors ? rest : kind;
    // A contact acts for the body the field above names, else for the notice's signer.
    if (!body && CONTACT.test(kind) && inLine) body = bodyIn(line.start, line.start + inLine.index);
    if (!body && CONTACT.test(kind)) body = (k > 0 ? bodyIn(lines[k - 1]!.start, lines[k - 1]!.start + lines[k - 1]!.text.length) : undefined) ?? signer;
    // A bidder's project manager works for the company named above, within its block.
    for (let j = k - 1; !body && BIDDER_STAFF.test(kind) && j >= Math.max(0, k - 4); j--) {
      body = ctx.within(lines[j]!.start, lines[j]!.start + lines[j]!.text.length).filter((r) => r.entity.label === "Enterprise").pop();
    }
    if (body) out.push({ type: "WORKS_AT", source: first.entity.id, target: body.entity.id, props: { role }, confidence: 0.7, evidence: ctx.evidence(s) });
  });
  return out;
}

/** A line that closes on a name after its body, a department and spaces between (北京市朝阳区教育委员会德育科 王海鹏,
 * 联系人：敖汉旗教育体育局德育股 孙立国): WORKS_AT the body the line opens with. */
export function lineClosingNames(ctx: ArticleContext): Relation[] {
  const out: Relation[] = [];
  for (const line of linesOf(ctx.text)) {
    const end = line.start + line.text.length;
    const refs = ctx.within(line.start, end);
    const person = refs[refs.length - 1];
    // (The line may go on with the person's phone, or close a credit's bracket: 石景山区商务局：孙雅琪　010-68872317,
    // （兴安盟投资促进中心　白晓燕）.)
    const tail = person ? ctx.text.slice(person.mention.end, end) : "";
    const bracketed = /^[)）]\s*$/.test(tail) && /^[（(]/.test(line.text);
    if (!person || person.entity.label !== "Person" || !(tail.trim() === "" || bracketed || PHONE_TAIL.test(tail)) || !/[ \t\u3000:：,，]$/.test(ctx.text.slice(person.mention.start - 1, person.mention.start))) continue;
    // (After a contact's label at most, 联系人：; an author's line is the byline's.)
    const label = LABEL_OPENING.exec(line.text);
    if (label && !CONTACT.test(label[1]!)) continue;
    const opening = line.start + (label?.[0].length ?? (bracketed ? 1 : 0));
    const bodies = refs.filter((r) => r !== person && (isInstitution(r.entity) || isPlace(r.entity)));
    // (Or a section alone before the name, the body it is of named with it above: 联系人：职业能力建设科　王芳 after
    // …向北京市东城区人力资源和社会保障局职业能力建设科反映.)
    const section = bodies.length === 0 && label ? /^([\u4e00-\u9fff]{2,10}(?:科|股|室|处|组|办公室))[ \t\u3000]+$/.exec(ctx.text.slice(opening, person.mention.start))?.[1] : undefined;
    const owner = section ? ctx.within(0, line.start).filter((r) => isInstitution(r.entity) && ctx.text.startsWith(section, r.mention.end)).pop() : undefined;
    const told = owner && ctx.sentenceAt(person.mention.start);
    if (owner && told) out.push({ type: "WORKS_AT", source: person.entity.id, target: owner.entity.id, props: {}, confidence: 0.65, evidence: ctx.evidence(told) });
    if (bodies[0]?.mention.start !== opening) continue;
    const body = bodies[runEnd(bodies, 0)]!;
    // (Between the body and the name only a department's words and spaces: no clause, no other person.)
    // (A post between is read where posts are: 库伦旗人民政府代旗长　包斯琴.)
    // (Or, the line's items kept by commas, the post between, then the phone: …机关幼儿园，业务园长，刘静，010-6974××××.)
    const between = ctx.text.slice(body.mention.end, person.mention.start);
    const post = PHONE_TAIL.test(tail) ? /^[,，][ \t\u3000]*([\u4e00-\u9fff]{1,10})[ \t\u3000]*[,，][ \t\u3000]*$/.exec(between)?.[1] : undefined;
    const spaced = (/^[\u4e00-\u9fff \t\u3000]{1,16}$/.test(between) || /^[:：][ \t\u3000]*$/.test(between)) && !TITLE_END.test(between.trim());
    if (!isInstitution(body.entity) || !(spaced || (post && (TITLE_END.test(post) || /(助理|经理|干事|负责人|联系人)$/.test(post)))) || refs.some((r) => r !== person && r.entity.label === "Person")) continue;
    const s = ctx.sentenceAt(person.mention.start);
    if (s) out.push({ type: "WORKS_AT", source: person.entity.id, target: body.entity.id, props: post ? { role: post } : {}, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}

/** A phone number closing a line, its last digits masked or not, a comma before it or none (010-68872317, 电话：0476-4222603,
 * ，010-6974××××; normalising drops the space before it). */
const PHONE_TAIL = new RegExp(`^[ \\t\u3000]*(?:[,，][ \\t\u3000]*(?:联系)?)?${PHONE}\\s*$`);

/** A field's label opening a line (联系人：). */
const LABEL_OPENING = new RegExp(`^[（(]?(${PERSON_LABELS})[:：][ \t\u3000]*`);

