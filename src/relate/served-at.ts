// ASSIGNED_TO where one of Beijing's is said to do the work of a posting at a body of Inner Mongolia, in an article of postings
// (心血管内科主治医师韩雪将在察右前旗人民医院协助筹建胸痛中心; 物理教师梁晨在音德尔第四中学负责物理学科教研; 杨帆则扎根归流河镇卫生院开展…).
import { ASSIGNMENT, kindIn, kindServedAt } from "./posts.js";
import { isInstitution, isPlace, type ArticleContext, type Ref, type Relation } from "./context.js";
import { runEnd } from "./ref-runs.js";

/** Where the name is followed by the body it works at now or next (将在, 已在, 目前在), or goes to stay (扎根, 常驻, 将赴). */
// (Past a comma after the name too: 来自密云区医院…的护士长刘艳玲，在库伦旗人民医院带教的一年里.)
const AT_BODY = /^[,，]?(?:将|已|也|还|则|正|目前|现|现在|如今|一直|今年[0-9一二三四五六七八九十]{1,2}月起)?(在|扎根|常驻|驻点|驻守|进驻|派驻到?|驻扎在?|赴)$/;
/** The work a posting does there, right after the body's name. */
const WORK_DONE = /^(?:协助|负责|开展|指导|带教|帮助|参与|牵头|主持|担任|帮扶|坐诊|出诊|任教|授课|支教|挂职|工作|上岗|驻馆|驻队|驻点|驻地|驻站|常驻)/;
/** Staying words, which alone say one is posted there, a town or village too. */
const STAYING = /^(扎根|常驻|驻点|驻守|进驻|派驻到?|驻扎在?)$|^(驻馆|驻队|驻点|驻地|驻站|常驻)/;
/** Titles of those whose work is a posting's, whose home the article may not name (主治医师韩雪, 教练员杨帆). */
const PRACTITIONER = /(医师|医生|护士|教师|老师|专家|社工|教练员?|技师|研究员|农艺师|畜牧师|兽医师|传承人|编导|作曲)$/;

export function servedAt(ctx: ArticleContext, homes: Relation[]): Relation[] {
  if (!ASSIGNMENT.test(ctx.text) && !/(常驻|驻点|扎根|驻馆|驻队|驻地|驻站|进驻|驻守)/.test(ctx.text)) return [];
  // (Only one whose home is on Beijing's side, or one of a trade whose home is on neither: an Inner Mongolia doctor at work in
  // their own hospital is posted nowhere.)
  const sideOf = (id: string) => (ctx.entities.has(id) ? ctx.sideOf(ctx.entities.get(id)!) : undefined);
  const fromBeijing = new Set(homes.filter((h) => h.type === "WORKS_AT" && sideOf(h.target) === "beijing").map((h) => h.source));
  const fromHere = new Set(homes.filter((h) => h.type === "WORKS_AT" && sideOf(h.target) === "inner-mongolia").map((h) => h.source));
  const out: Relation[] = [];
  for (const p of ctx.refs) {
    if (p.entity.label !== "Person" || fromHere.has(p.entity.id) || !(fromBeijing.has(p.entity.id) || PRACTITIONER.test(p.mention.role ?? ""))) continue;
    const s = ctx.sentenceAt(p.mention.end);
    if (!s) continue;
    const chain = ctx.within(p.mention.end, Math.min(s.end, p.mention.end + 30)).filter((r) => r.mention.start > p.mention.end && r.entity.label !== "Person");
    const first = chain[0];
    if (!first || first.mention.start > p.mention.end + 10) continue;
    const body: Ref = chain[runEnd(chain, 0)]!;
    const lead = AT_BODY.exec(ctx.text.slice(p.mention.end, first.mention.start));
    const done = ctx.text.slice(body.mention.end, body.mention.end + 2);
    if (!lead || !WORK_DONE.test(done) || ctx.sideOf(body.entity) !== "inner-mongolia") continue;
    // (A place, not a body, only where one stays there: 她将在白狼镇驻地授课; 在白狼镇开展 is an event's.)
    const staying = STAYING.test(lead[1]!) || STAYING.test(done);
    if (!(isInstitution(body.entity) || (isPlace(body.entity) && body.entity.label !== "Province" && staying))) continue;
    // (赴 goes to stay only: 将赴察右中旗乌兰牧骑驻队创作.)
    if (lead[1] === "赴" && !STAYING.test(done)) continue;
    // (A hospital's posting is 医疗帮扶 and a school's 支教, whatever another's clause says: 刘海峰将挂职…，…韩雪将在….)
    const kind = kindServedAt(body.entity.label, kindIn(s.text) ?? "帮扶");
    out.push({ type: "ASSIGNED_TO", source: p.entity.id, target: body.entity.id, props: { kind }, confidence: 0.65, evidence: ctx.evidence(s) });
  }
  return out;
}
