// The viewer's core on a small real graph: filters, ego network, search, evidence, URL state and layout rules.
import { pinyin } from "pinyin-pro";
import { loadGraphFixture } from "../fixtures/index.js";
import { synthesiseGraph } from "../../bench/synthetic-graph.js";
import {
  DEFAULT_VIEWER_SETTINGS as S, buildViewerGraph, computeVisibility, initialState, stateToHash, hashToState,
  buildSearchIndex, suggest, relationshipsOf, articleExcerpt, SettleTracker, encodePositions, decodePositions,
  graphFingerprint, LayoutLoop, FA2_DEFAULTS, FA2_NODE_STRIDE, pairingLayout, placeNodes, visibleSubgraph, filterDomain, seededPosition, appearanceContext, nodeLook, edgeLook,
  type ViewerState,
} from "../../viz/src/core/index.js";

const sample = async () => buildViewerGraph(await loadGraphFixture("viewer-sample"), S);
const withFilters = (s: ViewerState, f: Partial<ViewerState["filters"]>): ViewerState => ({ ...s, filters: { ...s.filters, ...f } });

describe("viewer graph model", () => {
  test("derives league, district, year and degree-based size", async () => {
    const g = await sample();
    expect(g.getNodeAttribute("banner:152527", "league")).toBe("锡林郭勒盟");
    expect(g.getNodeAttribute("school:太仆寺旗宝昌第一小学", "league")).toBe("锡林郭勒盟");
    expect(g.getNodeAttribute("school:昌平区沙河中心小学", "district")).toBe("昌平区");
    const paired = g.findEdge("district:110114", "banner:152527", (_e, a) => a.type === "PAIRED_WITH");
    expect(g.getEdgeAttribute(paired!, "year")).toBe(2018);
    const sizes = ["banner:152527", "league:150400"].map((n) => g.getNodeAttribute(n, "size"));
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(filterDomain(g).leagues).toEqual(expect.arrayContaining(["锡林郭勒盟", "赤峰市"]));
  });

  test("seeded positions depend only on id and seed", () => {
    expect(seededPosition("banner:152527", 7)).toEqual(seededPosition("banner:152527", 7));
    expect(seededPosition("banner:152527", 7)).not.toEqual(seededPosition("banner:152527", 8));
  });
});

describe("visibility", () => {
  test("label filter keeps Hospital and School nodes and the edges between them, without deleting data", async () => {
    const g = await sample();
    const order = g.order;
    const vis = computeVisibility(g, withFilters(initialState(S), { labels: ["Hospital", "School"] }));
    expect([...vis.nodes].map((n) => g.getNodeAttribute(n, "label")).sort()).toEqual(["Hospital", "Hospital", "School", "School"]);
    expect([...vis.edges].map((e) => g.getEdgeAttribute(e, "type"))).toEqual(["PAIRED_WITH", "PAIRED_WITH"]);
    expect(g.order).toBe(order);
  });

  test("league, district, year and confidence filters", async () => {
    const g = await sample();
    const base = initialState(S);
    const league = computeVisibility(g, withFilters(base, { leagues: ["赤峰市"] }));
    expect(league.nodes.has("banner:150422")).toBe(true);
    expect(league.nodes.has("banner:152527")).toBe(false);
    expect(league.nodes.has("district:110114")).toBe(true);
    const district = computeVisibility(g, withFilters(base, { districts: ["朝阳区"] }));
    expect(district.nodes.has("district:110114")).toBe(false);
    expect(district.nodes.has("school:昌平区沙河中心小学")).toBe(false);
    const conf = computeVisibility(g, withFilters(base, { minConfidence: 0.9 }));
    expect([...conf.edges].every((e) => (g.getEdgeAttribute(e, "confidence") ?? 1) >= 0.9)).toBe(true);
    const years = computeVisibility(g, withFilters(base, { years: [2019, 2030] }));
    const dated2018 = g.findEdge("district:110114", "banner:152527", (_e, a) => a.type === "PAIRED_WITH")!;
    expect(years.edges.has(dated2018)).toBe(false);
  });

  test("ego network of one hop and the pairing view", async () => {
    const g = await sample();
    const ego = computeVisibility(g, { ...initialState(S), selected: "district:110105", egoHops: 1 });
    expect([...ego.nodes].sort()).toEqual(["banner:150422", "district:110105"]);
    const pairing = computeVisibility(g, { ...initialState(S), view: "pairing" });
    expect([...pairing.nodes].every((n) => ["District", "Banner", "League"].includes(g.getNodeAttribute(n, "label")))).toBe(true);
    const layout = pairingLayout(g);
    expect(layout.positions.get("district:110114")!.x).toBeLessThan(layout.positions.get("banner:152527")!.x);
    expect(layout.groups.map((x) => x.league)).toEqual(expect.arrayContaining(["锡林郭勒盟", "赤峰市"]));
    // Placed in the graph and put back exactly where the force layout had them.
    const before = g.getNodeAttributes("district:110114");
    const at = { x: before.x, y: before.y };
    const saved = placeNodes(g, layout.positions);
    expect(g.getNodeAttribute("district:110114", "x")).toBe(layout.positions.get("district:110114")!.x);
    placeNodes(g, saved);
    expect({ x: g.getNodeAttribute("district:110114", "x"), y: g.getNodeAttribute("district:110114", "y") }).toEqual(at);
  });

  test("reducers hide filtered items and mute what is out of focus", async () => {
    const g = await sample();
    const state: ViewerState = { ...initialState(S), hovered: "district:110105" };
    const ctx = appearanceContext(g, state);
    expect(nodeLook("article:京蒙协作样例", g.getNodeAttributes("article:京蒙协作样例"), ctx, S).hidden).toBe(true);
    expect(nodeLook("banner:150422", g.getNodeAttributes("banner:150422"), ctx, S).forceLabel).toBe(true);
    expect(nodeLook("banner:152527", g.getNodeAttributes("banner:152527"), ctx, S).color).toBe(S.mutedColor);
    const far = g.findEdge("district:110114", "banner:152527", (_e, a) => a.type === "PAIRED_WITH")!;
    expect(edgeLook(far, g.getEdgeAttributes(far), g, ctx, S).color).toBe(S.mutedColor);
  });
});

describe("search", () => {
  test("finds names, aliases and pinyin", async () => {
    const g = await sample();
    const index = buildSearchIndex(g, (t) => ({
      full: pinyin(t, { toneType: "none", type: "array" }).join(""),
      initials: pinyin(t, { pattern: "first", toneType: "none", type: "array" }).join(""),
    }));
    expect(suggest(g, index, "太仆寺旗", 5)[0]!.node).toBe("banner:152527");
    expect(suggest(g, index, "北京市昌平区", 5)[0]).toMatchObject({ node: "district:110114", kind: "alias" });
    expect(suggest(g, index, "taipusiqi", 5)[0]!.node).toBe("banner:152527");
    expect(suggest(g, index, "cpq", 5)[0]!.node).toBe("district:110114");
    expect(suggest(g, index, "", 5)).toEqual([]);
  });
});

describe("evidence", () => {
  test("relationships carry sentences and titles; the excerpt highlights the sentence at its offsets", async () => {
    const g = await sample();
    const rels = relationshipsOf(g, "banner:152527");
    const paired = rels.find((r) => r.type === "PAIRED_WITH" && r.otherName === "昌平区")!;
    expect(paired.direction).toBe("in");
    expect(paired.evidence[0]!.sentence).toContain("昌平区对口帮扶太仆寺旗");
    expect(paired.evidence[0]!.title).toBe("昌平太仆寺旗携手推进京蒙协作");
    const ex = articleExcerpt(g, paired.evidence[0]!)!;
    expect(ex.sentence).toBe(paired.evidence[0]!.sentence);
    expect(ex.before.length).toBe(paired.evidence[0]!.start);
    const shifted = articleExcerpt(g, { ...paired.evidence[0]!, start: 0, end: 3 })!;
    expect(shifted.sentence).toBe(paired.evidence[0]!.sentence);
  });

  test("the visible subgraph keeps evidence and only visible nodes", async () => {
    const g = await sample();
    const vis = computeVisibility(g, withFilters(initialState(S), { labels: ["Hospital", "School"] }));
    const sub = visibleSubgraph(g, vis);
    expect(sub.nodes.map((n) => n.label).sort()).toEqual(["Hospital", "Hospital", "School", "School"]);
    expect(sub.edges.every((e) => (e.evidence?.length ?? 0) > 0)).toBe(true);
  });
});

describe("viewer state in the URL", () => {
  test("round-trips filters, selection, hops, view and camera", () => {
    const s: ViewerState = {
      ...initialState(S),
      filters: { labels: ["Hospital", "School"], relationships: ["PAIRED_WITH"], leagues: ["锡林郭勒盟"], districts: ["昌平区"],
        years: [2018, 2023], minConfidence: 0.5 },
      selected: "banner:152527", egoHops: 2, view: "pairing", camera: { x: 0.25, y: 0.5, ratio: 0.8 },
    };
    const back = hashToState(`#${stateToHash(s)}`, initialState(S));
    expect(back).toEqual({ ...s, hovered: null });
  });

  test("ignores malformed parts", () => {
    const back = hashToState("labels=Nonsense,School&conf=7&cam=a,b&hops=9", initialState(S));
    expect(back.filters.labels).toEqual(["School"]);
    expect(back.filters.minConfidence).toBe(0);
    expect(back.camera).toBeNull();
    expect(back.egoHops).toBe(0);
  });
});

describe("layout rules", () => {
  test("settle tracker stops on calm and on the iteration cap", () => {
    const t = new SettleTracker({ ...S.layout, settleIterations: 3 });
    const xs = [0, 10, 20], ys = [0, 5, 10];
    expect(t.observe(xs, ys)).toBe(false);
    expect(t.observe(xs.map((x) => x + 5), ys)).toBe(false);
    expect([t.observe(xs, ys), t.observe(xs, ys), t.observe(xs, ys), t.observe(xs, ys)]).toEqual([false, false, false, true]);
    const capped = new SettleTracker({ ...S.layout, maxIterations: 2 });
    expect([capped.observe([0, 1], [0, 1]), capped.observe([5, 9], [0, 1])]).toEqual([false, true]);
  });

  test("the layout loop settles at the same iteration whatever its time budget", () => {
    // A stand-in for ForceAtlas2 that halves each node's distance to the origin: movement dies down geometrically.
    const shrink = (_s: unknown, nodes: Float32Array) => { for (let j = 0; j < nodes.length; j += FA2_NODE_STRIDE) { nodes[j] = nodes[j]! / 2; nodes[j + 1] = nodes[j + 1]! / 2 + 0.5; } };
    const settleAt = (budgetMs: number) => {
      const nodes = new Float32Array(3 * FA2_NODE_STRIDE);
      nodes.set([10, 0], 0); nodes.set([0, 20], FA2_NODE_STRIDE); nodes.set([-30, 5], 2 * FA2_NODE_STRIDE);
      const loop = new LayoutLoop(shrink, nodes, new Float32Array(0), FA2_DEFAULTS, { ...S.layout, settleThreshold: 0.01, settleIterations: 3 });
      let clock = 0, slices = 0;
      while (!loop.run(budgetMs, () => clock++)) slices++;
      return { iterations: loop.iterations, slices, xy: [...loop.positions()] };
    };
    const one = settleAt(0), many = settleAt(5);
    expect(one.iterations).toBe(many.iterations);
    expect(one.slices).toBeGreaterThan(many.slices);
    expect(one.xy).toEqual(many.xy);
    expect(one.xy).toHaveLength(6);
  });

  test("saved positions are reused only for the same graph", () => {
    const doc = synthesiseGraph({ nodes: 200, edges: 600, seed: 3, articles: 5 });
    const g = buildViewerGraph(doc, S);
    const fp = graphFingerprint(g.nodes(), g.edges(), S.layout.seed);
    const text = encodePositions(fp, g.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number]));
    const back = decodePositions(text, fp)!;
    expect(back.size).toBe(g.order);
    expect(decodePositions(text, "other")).toBeNull();
    expect(decodePositions("{not json", fp)).toBeNull();
    const other = buildViewerGraph(synthesiseGraph({ nodes: 200, edges: 600, seed: 4, articles: 5 }), S);
    expect(graphFingerprint(other.nodes(), other.edges(), S.layout.seed)).not.toBe(fp);
  });
});
