// Those who came with someone on assignment are on it too: companions, a work team's members, one who takes over a post.
import { ArticleContext, type Relation } from "./context.js";
import { narratorOf } from "./subjects.js";

/** 和我一同来的还有…王芳芳, 与刘敏一同来到杭锦旗的，还有…: those who came with someone on assignment are on it too (with the narrator, else the last one sent). */
export function companions(ctx: ArticleContext, sent: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    // (A village work team's members, named with or after its first secretary: …任驻村第一书记…，队员李晓东、乌日娜随后到岗;
    // 他和工作队员韩雪、敖日格乐一起….)
    const team = /(工作)?队员/.exec(s.text);
    if (team) {
      const leader = sent.filter((r) => r.props["kind"] === "驻村" && r.evidence.start >= (ctx.sentences[s.index - 1]?.start ?? s.start) && r.evidence.start <= s.start).pop();
      const members = ctx.within(s.start + team.index, s.end).filter((r) => r.entity.label === "Person" && r.entity.id !== leader?.source);
      if (leader) {
        for (const p of members) out.push({ ...leader, source: p.entity.id, props: { kind: "驻村" }, confidence: 0.65, evidence: ctx.evidence(s) });
        continue;
      }
    }
    // (One who takes over a post: 常振东驻村期满，接任第一书记的是…于海洋; 接替我的是…徐振宇.)
    const successor = /(接任|接替)[^，,。]{0,12}的是/.exec(s.text);
    if (successor) {
      // (The one taken over from, named before in the sentence, wherever their posting was told; else the last posting near.)
      const predecessors = new Set(ctx.within(s.start, s.start + successor.index).filter((r) => r.entity.label === "Person").map((r) => r.entity.id));
      const before = sent.filter((r) => predecessors.has(r.source) && r.evidence.start < s.start).pop() ??
        sent.filter((r) => r.evidence.start < s.start + successor.index && r.evidence.start >= (ctx.sentences[s.index - 3]?.start ?? 0)).pop();
      const next = ctx.within(s.start + successor.index + successor[0].length, s.end).find((r) => r.entity.label === "Person");
      if (before && next && next.entity.id !== before.source) out.push({ ...before, source: next.entity.id, confidence: 0.65, evidence: ctx.evidence(s) });
      continue;
    }
    if (!/(一同|一起|同行|同批)[^。，,]{0,8}的?[，,]?还有/.test(s.text)) continue;
    const named = ctx.within(s.start, s.end).filter((r) => r.entity.label === "Person");
    const narrator = /我(?![们国区旗县市盟校院镇乡村])/.test(s.text) ? narratorOf(ctx) : undefined;
    const lead = narrator?.entity.id ?? sent.filter((r) => r.evidence.start < s.start).pop()?.source;
    for (const r of sent.filter((x) => x.source === lead)) {
      for (const p of named) {
        if (p.entity.id === lead) continue;
        // (A companion whose own clause says where they serve is posted there: …护士长郑丽，她在察右前旗蒙中医医院帮着搞护理质控.)
        // (Or the next sentence's, the last named its subject: …全科医生闫丽。她在白音察干镇中心卫生院坐诊.)
        const next = p === named[named.length - 1] && /[。]$/.test(s.text) ? ctx.sentences[s.index + 1] : undefined;
        const own = ctx.within(p.mention.end, s.end).find((x) => ctx.sideOf(x.entity) === "inner-mongolia" && x.entity.label !== "Person" &&
          /^[,，](她|他)?(被安排|被派|被分配)?(在|到|赴)$/.test(ctx.text.slice(p.mention.end, x.mention.start))) ??
          (next && /^[她他](在|到|赴)/.test(next.text) ? ctx.within(next.start + 2, next.end).find((x) => x.mention.start === next.start + 2 && ctx.sideOf(x.entity) === "inner-mongolia" && x.entity.label !== "Person") : undefined);
        out.push({ ...r, source: p.entity.id, ...(own ? { target: own.entity.id } : {}), confidence: 0.65, evidence: ctx.evidence(s) });
      }
    }
  }
  return out;
}
