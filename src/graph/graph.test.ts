// graph: the interchange format validated both ways, merged by the builder, written byte-identically.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { GraphBuilder, GraphDocument, parseGraph, serialiseGraph, edgeId } from "./index.js";
import { projectRoot } from "../gazetteer/index.js";

const evidence = (start: number) => ({ article: "article:a", sentence: "昌平区帮扶阿鲁科尔沁旗", start, end: start + 11 });

describe("GraphBuilder", () => {
  it("merges a relationship stated twice into one with two evidence entries, and sums mention counts", () => {
    const b = new GraphBuilder();
    b.addNode({ id: "district:110114", label: "District", name: "昌平区", aliases: ["昌平"] });
    b.addNode({ id: "banner:150421", label: "Banner", name: "阿鲁科尔沁旗" });
    b.addNode({ id: "article:a", label: "Article", name: "A" });
    b.addNode({ id: "district:110114", label: "District", name: "昌平区", aliases: ["北京市昌平区"] });
    for (const start of [10, 50, 10]) {
      b.addEdge({ type: "PAIRED_WITH", source: "district:110114", target: "banner:150421", props: { since: 2010 }, confidence: 0.8, evidence: [evidence(start)] });
    }
    b.addEdge({ type: "MENTIONED_IN", source: "district:110114", target: "article:a", props: { count: 2 } });
    b.addEdge({ type: "MENTIONED_IN", source: "district:110114", target: "article:a", props: { count: 3 } });
    const g = b.build();
    expect(g.nodes.find((n) => n.id === "district:110114")!.aliases.sort()).toEqual(["北京市昌平区", "昌平", "昌平区"]);
    const pair = g.edges.filter((e) => e.type === "PAIRED_WITH");
    expect(pair).toHaveLength(1);
    expect(pair[0]!.evidence!.map((e) => e.start)).toEqual([10, 50]);
    expect(g.edges.find((e) => e.type === "MENTIONED_IN")!.props["count"]).toBe(5);
  });

  it("dates a pairing articles date differently by the earliest year any gives, whatever their order", () => {
    for (const years of [[2021, null, 2018], [null, 2018, 2021]]) {
      const b = new GraphBuilder();
      years.forEach((since, i) => b.addEdge({ type: "PAIRED_WITH", source: "a", target: "b", props: { since }, confidence: 0.8, evidence: [evidence(i * 10)] }));
      expect(b.build().edges[0]!.props["since"]).toBe(2018);
    }
  });

  it("gives a workplace the post the text names over a role said in general, whatever their order", () => {
    for (const roles of [["专家", "骨科副主任医师", "干部"], ["骨科副主任医师", "专家"]]) {
      const b = new GraphBuilder();
      roles.forEach((role, i) => b.addEdge({ type: "WORKS_AT", source: "person:刘敏", target: "hospital:x", props: { role }, confidence: 0.8, evidence: [evidence(i * 10)] }));
      expect(b.build().edges[0]!.props["role"]).toBe("骨科副主任医师");
    }
  });

  it("derives edge ids from type and ends by 64-bit FNV-1a, the same on every run", () => {
    expect(edgeId({ type: "PAIRED_WITH", source: "district:110114", target: "banner:152527" })).toBe("paired_with:f623613a0204ed49");
  });

  it("keeps FUNDED with different amounts apart", () => {
    const props = (amountYuan: number) => ({ amountYuan, approx: false });
    expect(edgeId({ type: "FUNDED", source: "a", target: "b", props: props(1) })).not.toBe(edgeId({ type: "FUNDED", source: "a", target: "b", props: props(2) }));
  });
});

describe("graph JSON", () => {
  const graph = {
    version: 1 as const,
    nodes: [
      { id: "b", label: "Banner" as const, name: "太仆寺旗", aliases: ["太仆寺旗"], props: { code: "152527" } },
      { id: "a", label: "District" as const, name: "昌平区", aliases: ["昌平", "昌平区"], props: {} },
    ],
    edges: [{ type: "PAIRED_WITH" as const, source: "a", target: "b", props: { since: null }, confidence: 0.9, evidence: [evidence(0)] }],
  };

  it("serialises the same graph to the same bytes whatever the order it was built in", () => {
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse().map((n) => ({ ...n, aliases: [...n.aliases].reverse() })) };
    expect(serialiseGraph(parseGraph(shuffled))).toBe(serialiseGraph(parseGraph(graph)));
  });

  it.each([
    [{ version: 2, nodes: [], edges: [] }, /invalid at version/],
    [{ version: 1, nodes: [{ id: "x", label: "Planet", name: "x" }], edges: [] }, /invalid at nodes\.0\.label/],
    [{ version: 1, nodes: [], edges: [{ type: "PAIRED_WITH", source: "a", target: "b" }] }, /points at a missing node/],
  ])("rejects a malformed document with where and why", (doc, message) => {
    expect(() => parseGraph(doc, "bad.json")).toThrow(message);
    expect(() => parseGraph(doc, "bad.json")).toThrow(/^graph: bad\.json/);
  });

  it("ships a JSON Schema in schema/ that matches the zod schema", () => {
    const { title, ...shipped } = JSON.parse(readFileSync(join(projectRoot(), "schema", "graph.schema.json"), "utf8")) as Record<string, unknown>;
    expect(title).toMatch(/interchange format/);
    expect(shipped).toEqual(z.toJSONSchema(GraphDocument, { io: "input" }));
  });
});
