// The loader against a real Neo4j: schema, idempotent and incremental loads, unreachable server, connection lost mid-load.
import type { Driver } from "neo4j-driver";
import { storeCorpusFixtures } from "../fixtures/index.js";
import { applySchema, connect, loadGraph, runReadQuery } from "../../src/store/index.js";
import { synthesiseGraph } from "../../bench/synthetic-graph.js";
import { countAround, describeNeo4j, removeNodes, testDriver } from "../setup/neo4j.js";
import { startCuttingProxy } from "./tcp-proxy.js";
import type { Graph } from "../../src/graph/index.js";

const ids = (...graphs: Graph[]) => [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))];

describeNeo4j("store: loading into Neo4j", () => {
  let driver: Driver;
  let a: Graph;
  let b: Graph;

  beforeAll(async () => {
    driver = await testDriver();
    [a, b] = await storeCorpusFixtures();
    await removeNodes(driver, ids(a, b));
  });
  afterAll(async () => {
    await removeNodes(driver, ids(a, b));
    await driver.close();
  });

  test("the schema is applied idempotently: constraints, name/code indexes, cjk full-text index", async () => {
    await applySchema(driver);
    const again = await applySchema(driver);
    expect(again.constraintsAdded).toBe(0);
    expect(again.indexesAdded).toBe(0);
    const indexes = await runReadQuery(driver, "SHOW INDEXES YIELD name, type, state, options RETURN name, type, state, options", {}, { limit: 200 });
    const byName = new Map(indexes.rows.map((r) => [r["name"], r]));
    for (const name of ["entity_id", "banner_id", "article_id", "banner_name", "district_code", "entity_names"]) {
      expect(byName.get(name)?.["state"]).toBe("ONLINE");
    }
    expect(byName.get("entity_names")?.["type"]).toBe("FULLTEXT");
    expect(JSON.stringify(byName.get("entity_names")?.["options"])).toContain("cjk");
  });

  test("loading the same graph twice changes no count", async () => {
    const first = await loadGraph(driver, a);
    expect(first.nodes.created).toBe(a.nodes.length);
    expect(first.relationships.created).toBe(a.edges.length);
    const before = await countAround(driver, ids(a));
    const second = await loadGraph(driver, a);
    expect(second.nodes).toEqual({ created: 0, updated: 0, unchanged: a.nodes.length });
    expect(second.relationships).toEqual({ created: 0, updated: 0, unchanged: a.edges.length });
    expect(await countAround(driver, ids(a))).toEqual(before);
    expect(before.nodes).toBe(a.nodes.length);
    expect(before.relationships).toBe(a.edges.length);
  });

  test("a second corpus merges: aliases and evidence unioned, since kept, no duplicate relationship", async () => {
    await loadGraph(driver, a);
    const summary = await loadGraph(driver, b);
    expect(summary.nodes.created).toBe(2); // the article and 样例二区
    const rows = await runReadQuery(driver,
      `MATCH (d:District {id: 'district:119901'})-[p:PAIRED_WITH]->(b:Banner {id: 'banner:159901'})
       RETURN count(p) AS rels, p.since AS since, p.evidenceArticles AS articles, p.confidence AS confidence, d.aliases AS aliases`, {}, {});
    expect(rows.rows).toEqual([{ rels: 1, since: 2019, articles: ["article:fixture-a", "article:fixture-b"], confidence: 0.95, aliases: ["样例一区", "一区"] }]);
    const again = await loadGraph(driver, b);
    expect(again.relationships.created).toBe(0);
    expect(again.relationships.updated).toBe(0);
  });

  test("a pairing two corpora date differently stands since the earlier year, whichever is loaded last", async () => {
    await loadGraph(driver, a);
    const since = async () => (await runReadQuery(driver,
      "MATCH (:District {id: 'district:119901'})-[p:PAIRED_WITH]->(:Banner {id: 'banner:159901'}) RETURN p.since AS since", {}, {})).rows[0]?.["since"];
    const earlier: Graph = { ...b, edges: b.edges.map((e) => (e.type === "PAIRED_WITH" ? { ...e, props: { ...e.props, since: 2017 } } : e)) };
    await loadGraph(driver, earlier);
    expect(await since()).toBe(2017);
    const later = await loadGraph(driver, a);
    expect(await since()).toBe(2017);
    expect(later.relationships.updated).toBe(0);
    const session = driver.session();
    await session.executeWrite((tx) => tx.run("MATCH ()-[p:PAIRED_WITH {id: $id}]->() SET p.since = 2019", { id: a.edges.find((e) => e.type === "PAIRED_WITH" && e.props["since"] === 2019)!.id })).finally(() => session.close());
  });

  test("evidence is readable in Cypher: sentence and offsets point into the article text", async () => {
    await loadGraph(driver, a);
    const r = await runReadQuery(driver,
      `MATCH ()-[f:FUNDED]->(v:Village {id: 'village:样例旗甲村'}) MATCH (art:Article {id: f.evidenceArticles[0]})
       RETURN f.evidenceSentences[0] AS sentence, substring(art.text, f.evidenceStarts[0], f.evidenceEnds[0] - f.evidenceStarts[0]) AS cited, f.amountYuan AS amount`, {}, {});
    expect(r.rows[0]?.["sentence"]).toBe("样例一区投入300万元支持样例旗甲村建设。");
    expect(r.rows[0]?.["cited"]).toBe(r.rows[0]?.["sentence"]);
    expect(r.rows[0]?.["amount"]).toBe(3000000);
  });

  test("two loads of one graph at once, each with several batches in flight, leave one node and one relationship per id", async () => {
    const graph = synthesiseGraph({ nodes: 1500, edges: 6000, seed: 11, articles: 10 });
    await removeNodes(driver, ids(graph));
    try {
      const options = { batchSize: 250, concurrency: 3, skipSchema: true };
      const [one, two] = await Promise.all([loadGraph(driver, graph, options), loadGraph(driver, graph, options)]);
      // Every row is accounted for once per load, whichever load created it.
      expect(one.relationships.created + two.relationships.created).toBe(graph.edges.length);
      expect(one.nodes.created + two.nodes.created).toBe(graph.nodes.length);
      const counts = await countAround(driver, ids(graph));
      expect(counts.nodes).toBe(graph.nodes.length);
      expect(counts.relationships).toBe(graph.edges.length);
    } finally {
      await removeNodes(driver, ids(graph));
    }
  }, 120_000);

  test("an unreachable Neo4j gives a message naming the URI", async () => {
    await expect(connect({ uri: "bolt://127.0.0.1:1" })).rejects.toThrow(/^store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 /);
  });

  test("a connection lost mid-load is retried with backoff and the load completes without half-written batches", async () => {
    const graph = synthesiseGraph({ nodes: 3000, edges: 12000, seed: 7, articles: 20 });
    const target = new URL(process.env["NEO4J_URI"]!.replace(/^(bolt|neo4j)/, "http"));
    const proxy = await startCuttingProxy(target.hostname, Number(target.port || 7687));
    const viaProxy = await connect({ uri: proxy.uri, driverRetryMs: 200 });
    await removeNodes(driver, ids(graph));
    try {
      let cut = false;
      const summary = await loadGraph(viaProxy, graph, {
        batchSize: 1000, retryDelayMs: 100, skipSchema: true,
        onProgress: (done) => {
          if (!cut && done >= 6000) {
            cut = true;
            setTimeout(() => proxy.cut(1500), 20); // while the next batch is in flight
          }
        },
      });
      expect(proxy.cuts).toBe(1);
      expect(summary.retries).toBeGreaterThanOrEqual(1);
      const counts = await countAround(driver, ids(graph));
      expect(counts.nodes).toBe(graph.nodes.length);
      expect(counts.relationships).toBe(graph.edges.length);
      expect(counts.evidence).toBe(graph.edges.filter((e) => e.evidence).length);
    } finally {
      await viaProxy.close();
      await proxy.close();
      await removeNodes(driver, ids(graph));
    }
  }, 120_000);
});
