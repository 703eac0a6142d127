// A seeded synthetic pairing graph of any size, in the interchange format, for benchmarks of loader and viewer.
import { edgeId, nodeId, type Graph, type GraphEdge, type GraphNode, type NodeLabel, type RelationshipType } from "../src/graph/index.js";

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Articles the evidence points at. */
  articles: number;
}
const DEFAULTS: SyntheticGraphOptions = { nodes: 1000, edges: 5000, seed: 42, articles: 50 };

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABEL_MIX: [NodeLabel, number][] = [
  ["District", 0.02], ["League", 0.01], ["Banner", 0.07], ["Township", 0.12], ["Village", 0.2],
  ["Enterprise", 0.16], ["Hospital", 0.08], ["School", 0.1], ["Organization", 0.07], ["Agency", 0.05], ["Person", 0.12],
];
const SUFFIX: Record<string, string> = {
  District: "区", League: "盟", Banner: "旗", Township: "镇", Village: "村", Enterprise: "有限公司",
  Hospital: "医院", School: "中学", Organization: "协会", Agency: "局", Person: "",
};
const SYLLABLES = "安宝昌达德丰阜和红华吉金京康乐林龙茂宁平庆仁瑞山顺泰通旺西祥新兴阳义永裕元泽正中".split("");
const RELATIONS: [RelationshipType, number][] = [
  ["PAIRED_WITH", 0.2], ["PART_OF", 0.1], ["LOCATED_IN", 0.25], ["WORKS_AT", 0.1], ["ASSIGNED_TO", 0.1],
  ["FUNDED", 0.15], ["INVESTED_IN", 0.1],
];

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  let r = rand() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of weighted) if ((r -= w) <= 0) return v;
  return weighted[weighted.length - 1]![0];
}

export function synthesiseGraph(options: Partial<SyntheticGraphOptions> = {}): Graph {
  const o = { ...DEFAULTS, ...options };
  const rand = seededRandom(o.seed);
  const nodes: GraphNode[] = [];
  for (let a = 0; a < o.articles; a++) {
    nodes.push({ id: `article:syn${a}`, label: "Article", name: `合成文章 ${a}`, aliases: [], props: { title: `合成文章 ${a}`, date: "2023-01-01" } });
  }
  const entityCount = Math.max(2, o.nodes - o.articles);
  for (let i = 0; i < entityCount; i++) {
    const label = pick(rand, LABEL_MIX);
    const stem = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join("");
    const name = `${stem}${SUFFIX[label]}${i}`;
    nodes.push({ id: nodeId(label, name), label, name, aliases: [name], props: {} });
  }
  const entities = nodes.slice(o.articles);
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < o.edges) {
    const source = entities[Math.floor(rand() * entities.length)]!;
    const target = entities[Math.floor(Math.pow(rand(), 2) * entities.length)]!; // skewed: some hubs
    if (source.id === target.id) continue;
    const type = pick(rand, RELATIONS);
    const props: GraphEdge["props"] = type === "FUNDED" ? { amountYuan: Math.round(rand() * 1e7), approx: false } : {};
    const id = edgeId({ type, source: source.id, target: target.id, props });
    if (seen.has(id)) continue;
    seen.add(id);
    const article = `article:syn${Math.floor(rand() * o.articles)}`;
    const sentence = `${source.name}与${target.name}建立${type}关系。`;
    edges.push({ id, type, source: source.id, target: target.id, props, confidence: Math.round(rand() * 100) / 100,
      evidence: [{ article, sentence, start: 0, end: sentence.length }] });
  }
  for (const n of entities) {
    const article = `article:syn${Math.floor(rand() * o.articles)}`;
    edges.push({ id: edgeId({ type: "MENTIONED_IN", source: n.id, target: article, props: {} }), type: "MENTIONED_IN",
      source: n.id, target: article, props: { count: 1 } });
  }
  return { version: 1, nodes, edges };
}
