// Every export format writes the graph with its evidence, and the readable ones give back the same graph.
import { DOMParser } from "@xmldom/xmldom";
import { storeCorpusFixtures } from "../fixtures/index.js";
import { FORMAT_NAMES, cypherLiteral, egoNetwork, exportGraph, importGraph, parseCsv, type FormatName } from "../../src/export/index.js";
import { synthesiseGraph } from "../../bench/synthetic-graph.js";
import type { Graph } from "../../src/graph/index.js";

const nodeKeys = (g: Graph) => g.nodes.map((n) => JSON.stringify([n.id, n.label, n.name, n.aliases, n.props])).sort();
const edgeKeys = (g: Graph) => g.edges.map((e) => JSON.stringify([e.id, e.type, e.source, e.target, e.props, e.confidence ?? null, e.evidence ?? []])).sort();

describe("export formats", () => {
  let corpus: Graph;
  beforeAll(async () => {
    corpus = (await storeCorpusFixtures())[0];
  });

  test.each(["gexf", "graphml", "json", "csv"] as FormatName[])("%s round-trips nodes, edges, props and evidence", (format) => {
    const synthetic = synthesiseGraph({ nodes: 200, edges: 600, seed: 11, articles: 8 });
    synthetic.nodes[20]!.name = 'a "quoted", name\nover two lines';
    for (const graph of [corpus, synthetic]) {
      const back = importGraph(exportGraph(graph, format), format);
      expect(nodeKeys(back)).toEqual(nodeKeys(graph));
      expect(edgeKeys(back)).toEqual(edgeKeys(graph));
    }
  });

  test("GEXF is version 1.3 and carries each edge's sentences for Gephi users", () => {
    const [file] = exportGraph(corpus, "gexf");
    const doc = new DOMParser().parseFromString(file!.content, "application/xml");
    expect(doc.documentElement?.getAttribute("version")).toBe("1.3");
    expect(file!.content).toContain("样例一区与样例旗结成对子，自2019年起开展对口帮扶。");
    expect(doc.getElementsByTagName("node").length).toBe(corpus.nodes.length);
    expect(doc.getElementsByTagName("edge").length).toBe(corpus.edges.length);
  });

  test("GraphML declares its keys and is well-formed XML", () => {
    const [file] = exportGraph(corpus, "graphml", { baseName: "sub" });
    expect(file!.name).toBe("sub.graphml");
    const doc = new DOMParser().parseFromString(file!.content, "application/xml");
    const keys = Array.from({ length: doc.getElementsByTagName("key").length }, (_, i) => doc.getElementsByTagName("key")[i]!.getAttribute("attr.name"));
    expect(keys).toEqual(expect.arrayContaining(["kind", "name", "evidence", "sentences", "confidence"]));
  });

  test("CSV writes nodes and edges files whose sentences column reads as text", () => {
    const files = exportGraph(corpus, "csv", { baseName: "pairs" });
    expect(files.map((f) => f.name)).toEqual(["pairs-nodes.csv", "pairs-edges.csv"]);
    const [header, ...rows] = parseCsv(files[1]!.content, "pairs-edges.csv");
    const sentences = header!.indexOf("sentences");
    expect(rows.map((r) => r[sentences])).toContain("样例一区投入300万元支持样例旗甲村建设。");
  });

  test("the Cypher script MERGEs every node and relationship with evidence as parallel arrays", () => {
    const [file] = exportGraph(corpus, "cypher");
    const script = file!.content;
    expect(script.match(/MERGE \(n:Entity/g)?.length).toBe(new Set(corpus.nodes.map((n) => n.label)).size);
    for (const e of corpus.edges) expect(script).toContain(cypherLiteral(e.id));
    expect(script).toContain("evidenceSentences: ['样例一区与样例旗结成对子，自2019年起开展对口帮扶。']");
    expect(cypherLiteral("it's \\ \n")).toBe("'it\\'s \\\\ \\n'");
  });

  test("an unknown format and a broken GEXF file are refused with the stage's name", () => {
    expect(() => importGraph([{ name: "x.gexf", content: "<gexf><graph>", mediaType: "" }], "gexf")).toThrow(/^export: x\.gexf: not a GEXF file/);
    expect(() => importGraph([{ name: "x.cypher", content: "", mediaType: "" }], "cypher")).toThrow(/^export: the cypher format is write-only/);
    expect([...FORMAT_NAMES]).toEqual(["gexf", "graphml", "json", "csv", "cypher"]);
  });

  test("the ego network keeps what lies within the hops, plus the cited articles", () => {
    const one = egoNetwork(corpus, "样例旗", { hops: 1 });
    const ids = new Set(one.nodes.map((n) => n.id));
    expect(ids).toEqual(new Set(["banner:159901", "district:119901", "league:159900", "school:样例旗第二中学", "village:样例旗甲村", "article:fixture-a"]));
    expect(one.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.type !== "MENTIONED_IN")).toBe(true);
    const two = egoNetwork(corpus, "样例旗", { hops: 2 });
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["school:样例一区第一中学", "person:李明", "banner:159902"]));
    expect(() => egoNetwork(corpus, "不存在旗")).toThrow(/^export: no entity named '不存在旗'/);
  });
});
