// Names known only from the list they stand in: "首农、中粮、中化等61家北京企业", "西山坡、大圪洞、上皮坊3个…示范村".
import { NAME_VERBS } from "./suffixes.js";
import type { Mention } from "./types.js";

type Label = Mention["label"];

/** What the noun after a list says its items are. */
const CATEGORY: [RegExp, Label][] = [
  // (Outlets of the press: 北京日报、北京广播电视台、新京报等12家首都媒体.)
  [/^[\u4e00-\u9fff]{0,4}?(媒体|新闻媒体|报社|报刊)/, "Organization"],
  // (Not one past a word that opens a clause: 在土地、用工、电价等方面为北京企业提供支持. Couriers too: 中国邮政、中通、韵达等6家快递品牌.)
  [/^(?:(?![为对向给在和与及把被])[\u4e00-\u9fff]){0,6}?(企业|公司|集团|平台|市场|超市|电商|商超|商场|央企|国企|快递)/, "Enterprise"],
  // (Not the 村 of 乡村 or 农村, nor one past 和: 蔬菜、肉羊、马铃薯等主导产业和乡村建设; nor past 部门 or a preposition:
  // 财政、农牧等部门对受灾情况逐村核查; nor past 的 or 进: …等快递品牌的进村业务.)
  [/^(?:(?![和与及对在为向给把被的进]|部门)[\u4e00-\u9fff]){0,8}?(?<![乡农])(村|嘎查)(?![民庄落里务委])/, "Village"],
  // (Not past 的, the items what the bodies have: 开设编程、机器人等课程的学校.)
  [/^(?:(?!的)[\u4e00-\u9fff]){0,4}?(医院|卫生院)/, "Hospital"],
  [/^(?:(?!的)[\u4e00-\u9fff]){0,4}?(学校|中小学|高校|大学)/, "School"],
];
/** The nouns after a list of respects or fields, no bodies (方面, 领域), or of things a body has or uses (将HIS、LIS、PACS等11个系统接入统一平台). */
// (Nor goods, 兴安盟大米、牛肉干、草原酸奶等特色农产品; nor the trades of the firms a project draws, 引进宠物用品、包装印刷等配套企业.)
const ASPECTS = /^(方面|领域|问题|环节|内容|事项|系统|模块|功能|设备|软件|科室|专业|品种|产品|(配套|上下游|上游|下游|关联|相关|同类)企业)|^[\u4e00-\u9fff]{0,4}?(农产品|农畜产品|土特产|特产|产品|商品|美食|食品)/;
/** The end of a list: 等 and/or a count (61家, 3个, 多个). */
const LIST_END = /^([^、]{1,10}?)(等(?:(?:[0-9]+|[一二三四五六七八九十百几多]+)(?:余|多)?[个家所座])?|(?:[0-9]+|[一二三四五六七八九十百几]+)(?:余|多)?[个家所座])/;
const CLAUSE = /[^,，。;；:：!?！？\n]+/g;
/** What ends the words before a list's first item: function words, and verbs that lead a list (通过京东、拼多多等平台, 入驻京东、美团优选等平台,
 * 协调京东、美团优选等平台开设…). */
const STOP_BEFORE_FIRST = /.*([的在与和及到向从为对把由了]|通过|依托|借助|联合|携手|引进|引导|组织|邀请|包括|例如|比如|吸引|动员|入驻|进驻|上架|登陆|对接|协调|联系|争取|牵线)/;

export function recogniseEnumerations(text: string, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    const body = clause[0];
    const base = clause.index!;
    const lastSep = body.lastIndexOf("、");
    if (lastSep < 0) continue;
    const tail = LIST_END.exec(body.slice(lastSep + 1));
    // (A last item holding a word that joins or points is no item: 126家企业、社会组织与我旗118个嘎查 counts villages of another list.)
    if (!tail || /[与和及同向对把被给]/.test(tail[1]!)) continue;
    const after = body.slice(lastSep + 1 + tail[0].length);
    // (Nor a list of the respects or fields something is done in: 土地、用工、电价等方面.)
    const label = ASPECTS.test(after) ? undefined : CATEGORY.find(([re]) => re.test(after))?.[1];
    if (!label) continue;
    const items: { start: number; text: string }[] = [];
    let parts = body.slice(0, lastSep).split("、");
    let at = 0;
    // (An item holding an earlier list's end opens this one, the words after it leading in: 阿旗炒米、黄米、糜子面等产品通过昌平区
    // 消费帮扶专柜、北京市昌平区第一中学等学校 lists no grain as a school.)
    const opening = parts.findLastIndex((p) => /等[\u4e00-\u9fff]/.test(p));
    if (opening > 0) {
      for (const p of parts.slice(0, opening)) at += p.length + 1;
      parts = parts.slice(opening);
    }
    for (const p of parts) {
      items.push({ start: base + at, text: p });
      at += p.length + 1;
    }
    items.push({ start: base + lastSep + 1, text: tail[1]! });
    // The first item carries the words before the list: keep what follows the last stop word or mention.
    const first = items[0]!;
    const cut = STOP_BEFORE_FIRST.exec(first.text)?.[0].length ?? 0;
    first.start += cut;
    first.text = first.text.slice(cut);
    const leading = known.filter((k) => k.start >= first.start && k.end < first.start + first.text.length && k.end > first.start);
    const lastLead = leading.sort((a, b) => b.end - a.end)[0];
    if (lastLead) {
      first.text = first.text.slice(lastLead.end - first.start);
      first.start = lastLead.end;
    }
    // Lists are parallel: a first item much longer than the others carries words before the list.
    // (But a national company's name runs longer than its fellows' short ones: 中国邮政、中通、韵达.)
    const longest = Math.max(...items.slice(1).map((i) => i.text.length));
    if (first.text.length > longest + (/^中国/.test(first.text) ? 2 : 1)) {
      const keep = /[\u4e00-\u9fff]*$/.exec(first.text)![0].slice(-longest);
      first.start += first.text.length - keep.length;
      first.text = keep;
    }
    for (const item of items) {
      let { start, text: name } = item;
      const trimmed = name.replace(/^[“”"‘’\s]+|[“”"‘’\s]+$/g, "");
      start += name.indexOf(trimmed);
      name = trimmed;
      if (name.length < 2 || name.length > 8) continue;
      if (/[0-9]/.test(name) && !/^[0-9]{3,}$/.test(name)) continue;
      // (Nor a kind of business: 旅行社、景区、酒店、民宿企业, 饲料厂、宠物食品厂等企业.)
      // (Nor a counter or hall of sales, 消费帮扶专柜.)
      if (/(学校|医院|企业|公司|村|镇|乡|社区|组织|单位|部门|机构|产品|项目|社|店|景区|宾馆|民宿|厂|车间|基地|专柜|专区|专馆|食堂)$/.test(name) || /^[各每该全本个这那多几其此]/.test(name)) continue;
      if (known.some((k) => k.start < start + name.length && start < k.end)) continue;
      // An activity is no name (建设科技孵化、人才培训等平台): it ends in a verb of what is done.
      if (NAME_VERBS.has(name.slice(-2))) continue;
      out.push({ start, end: start + name.length, surface: name, label, name, source: "enumeration", confidence: 0.6 });
    }
  }
  return out;
}
