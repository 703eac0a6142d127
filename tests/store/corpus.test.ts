// End to end on the sample corpus: extract, load into the real Neo4j, and ask every library query its question.
import type { Driver } from "neo4j-driver";
import { SAMPLE_CORPUS_DIR } from "../fixtures/index.js";
import { extractCorpus } from "../../src/extract/index.js";
import { bindParams, findQuery, listQueries, loadGraph, runReadQuery, type JsonValue } from "../../src/store/index.js";
import { importGraph, exportGraph } from "../../src/export/index.js";
import { queryCommand } from "../../src/cli/query.js";
import type { Graph } from "../../src/graph/index.js";
import { countAround, describeNeo4j, testDriver } from "../setup/neo4j.js";

const CHIFENG_PAIRS = [
  ["昌平区", "阿鲁科尔沁旗"], ["顺义区", "巴林左旗"], ["北京经济技术开发区", "巴林右旗"], ["丰台区", "林西县"],
  ["通州区", "翁牛特旗"], ["西城区", "喀喇沁旗"], ["石景山区", "宁城县"], ["海淀区", "敖汉旗"],
];

describeNeo4j("store: the sample corpus in Neo4j", () => {
  let driver: Driver;
  let graph: Graph;
  const ask = async (name: string, given: Record<string, string> = {}) => {
    const q = findQuery(name);
    return runReadQuery(driver, q.cypher, bindParams(q, given), { limit: 500 });
  };
  const col = (rows: Record<string, JsonValue>[], key: string) => rows.map((r) => r[key]);

  beforeAll(async () => {
    driver = await testDriver();
    graph = (await extractCorpus([SAMPLE_CORPUS_DIR])).graph;
    await loadGraph(driver, graph);
  }, 180_000);
  afterAll(() => driver.close());

  test("loading the corpus a second time changes no count", async () => {
    const ids = graph.nodes.map((n) => n.id);
    const before = await countAround(driver, ids);
    const again = await loadGraph(driver, graph);
    expect(again.nodes.created + again.nodes.updated).toBe(0);
    expect(again.relationships.created + again.relationships.updated).toBe(0);
    expect(await countAround(driver, ids)).toEqual(before);
    expect(before.nodes).toBe(graph.nodes.length);
  }, 60_000);

  test("pairing-table holds article 002's eight 赤峰市 pairs, with league, since and sources", async () => {
    const r = await ask("pairing-table", { league: "赤峰市" });
    const pairs = r.rows.map((row) => [row["district"], row["banner"]]);
    for (const pair of CHIFENG_PAIRS) expect(pairs).toContainEqual(pair);
    for (const row of r.rows) {
      expect(row["league"]).toBe("赤峰市");
      expect(row["sources"]).toBeGreaterThanOrEqual(1);
    }
    expect(r.rows.find((row) => row["banner"] === "阿鲁科尔沁旗")?.["since"]).toBe(2010);
  });

  test("banner-partners lists Beijing partners of a banner at every level", async () => {
    const r = await ask("banner-partners", { banner: "巴林右旗" });
    expect(col(r.rows, "partner")).toContain("北京经济技术开发区");
    expect(r.rows.some((row) => row["counterpartLevel"] !== "Banner")).toBe(true);
  });

  test("people-on-assignment, funding-totals, enterprises-by-league and institution-pairings answer on the corpus", async () => {
    const people = await ask("people-on-assignment");
    expect(people.rows.length).toBeGreaterThan(0);
    expect(people.rows.every((row) => typeof row["people"] === "number" && (row["people"] as number) > 0)).toBe(true);
    const funding = await ask("funding-totals");
    expect(funding.rows.length).toBeGreaterThan(0);
    expect(funding.rows[0]!["totalYuan"]).toBeGreaterThan(0);
    // A part stated with its total (其中…) is counted apart, not summed into the total again.
    const id = (name: string) => graph.nodes.find((n) => n.name === name)!.id;
    const grants = graph.edges.filter((e) => e.type === "FUNDED" && e.source === id("昌平区") && e.target === id("太仆寺旗"));
    const row = funding.rows.find((r) => r["funder"] === "昌平区" && r["recipient"] === "太仆寺旗")!;
    expect(grants.some((e) => e.props["partOfYuan"] !== undefined)).toBe(true);
    expect(row["parts"]).toBe(grants.filter((e) => e.props["partOfYuan"] !== undefined).length);
    expect(row["totalYuan"]).toBe(grants.filter((e) => e.props["partOfYuan"] === undefined).reduce((t, e) => t + Number(e.props["amountYuan"] ?? 0), 0));
    const invest = await ask("enterprises-by-league");
    expect(invest.rows.length).toBeGreaterThan(0);
    expect(invest.rows.some((row) => typeof row["league"] === "string")).toBe(true);
    const inst = await ask("institution-pairings");
    expect(inst.rows.map((row) => [row["beijingSide"], row["innerMongoliaSide"]])).toContainEqual(["北京中医药大学东方医院", "巴林右旗蒙医医院"]);
  });

  test("shortest-path, evidence, unpaired-banners and most-connected answer on the corpus", async () => {
    const path = await ask("shortest-path", { from: "昌平区", to: "阿鲁科尔沁旗" });
    expect(path.rows[0]?.["hops"]).toBe(1);
    expect(path.graph.edges.map((e) => e.type)).toEqual(["PAIRED_WITH"]);
    const ev = await ask("evidence", { from: "昌平区", to: "阿鲁科尔沁旗", type: "PAIRED_WITH" });
    expect(ev.rows.length).toBeGreaterThan(0);
    expect(String(ev.rows[0]!["sentence"])).toContain("阿鲁科尔沁旗");
    expect(typeof ev.rows[0]!["article"]).toBe("string");
    const unpaired = await ask("unpaired-banners");
    const paired = new Set(CHIFENG_PAIRS.map(([, b]) => b));
    expect(unpaired.rows.length).toBeGreaterThan(0);
    expect(col(unpaired.rows, "banner").filter((b) => paired.has(String(b)))).toEqual([]);
    const top = await ask("most-connected", { top: "5" });
    expect(top.rows).toHaveLength(5);
    const degrees = col(top.rows, "degree") as number[];
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  test("every library query has a header and runs", async () => {
    const queries = listQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      expect(q.description.length).toBeGreaterThan(20);
      const given = Object.fromEntries(q.params.filter((p) => p.required).map((p) => [p.name, "巴林右旗"]));
      await expect(runReadQuery(driver, q.cypher, bindParams(q, given), { limit: 10 })).resolves.toHaveProperty("columns");
    }
  });

  test("a write through kg query is refused with a clear error, and nothing is written", async () => {
    await expect(queryCommand.run(["--cypher", "CREATE (n:Banner {id: 'banner:written-by-query'}) RETURN n"])).rejects.toThrow(
      /^store: query refused: it writes to the database/,
    );
    await expect(queryCommand.run(["--cypher", "MATCH (n:Banner {name: '巴林右旗'}) SET n.name = 'x'"])).rejects.toThrow(/query refused/);
    const r = await runReadQuery(driver, "MATCH (n {id: 'banner:written-by-query'}) RETURN count(n) AS n", {}, {});
    expect(r.rows[0]!["n"]).toBe(0);
  });

  test("a GEXF export of a query result parses back with the same nodes and edges, evidence included", async () => {
    const r = await runReadQuery(driver, "MATCH p = (d:District)-[:PAIRED_WITH]->(b:Banner) RETURN p", {}, { limit: 500 });
    expect(r.graph.edges.length).toBeGreaterThanOrEqual(8);
    const back = importGraph(exportGraph(r.graph, "gexf"), "gexf");
    const nodes = (g: Graph) => g.nodes.map((n) => `${n.id}|${n.label}|${n.name}`).sort();
    const edges = (g: Graph) => g.edges.map((e) => `${e.id}|${e.type}|${e.source}|${e.target}|${JSON.stringify(e.evidence)}`).sort();
    expect(nodes(back)).toEqual(nodes(r.graph));
    expect(edges(back)).toEqual(edges(r.graph));
    expect(back.edges.every((e) => (e.evidence ?? []).length > 0)).toBe(true);
  });
});
