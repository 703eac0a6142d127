// The viewer's server reading from the real Neo4j: the graph, the Cypher library, and read-only Cypher of one's own.
import type { Driver } from "neo4j-driver";
import { extractCorpus } from "../../src/extract/index.js";
import { loadGraph } from "../../src/store/index.js";
import { startViewerServer, type RunningViewer } from "../../src/serve/index.js";
import { GraphDocument } from "../../src/graph/index.js";
import { SAMPLE_CORPUS_DIR } from "../fixtures/index.js";
import { describeNeo4j, testDriver } from "../setup/neo4j.js";

describeNeo4j("serve: the viewer's API over Neo4j", () => {
  let driver: Driver;
  let viewer: RunningViewer;
  const get = async (path: string) => (await fetch(viewer.url.replace(/\/$/, "") + path)).json() as Promise<Record<string, unknown>>;
  const cypher = (body: unknown) =>
    fetch(viewer.url.replace(/\/$/, "") + "/api/cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    driver = await testDriver();
    await loadGraph(driver, (await extractCorpus([SAMPLE_CORPUS_DIR])).graph);
    viewer = await startViewerServer({ neo4j: true, port: 0, graphPath: null });
  }, 180_000);
  afterAll(async () => {
    await viewer?.close();
    await driver?.close();
  });

  test("says it reads from Neo4j with the Cypher panel live", async () => {
    expect(await get("/api/info")).toMatchObject({ source: "neo4j", cypher: true });
  });

  test("serves the stored graph with its evidence", async () => {
    const graph = GraphDocument.parse(await get("/api/graph"));
    const id = (name: string) => graph.nodes.find((n) => n.name === name)?.id;
    const pair = graph.edges.find((e) => e.type === "PAIRED_WITH" && e.source === id("昌平区") && e.target === id("太仆寺旗"));
    expect(pair?.evidence?.some((e) => e.sentence.includes("昌平区对口帮扶太仆寺旗"))).toBe(true);
  });

  test("runs a library query by name with its parameters", async () => {
    const { queries } = (await get("/api/queries")) as { queries: { name: string }[] };
    expect(queries.map((q) => q.name)).toContain("pairing-table");
    const res = await cypher({ name: "pairing-table", params: { league: "赤峰市" } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: unknown[] };
    expect(body.rows.length).toBeGreaterThanOrEqual(8);
  });

  test("refuses a query that writes", async () => {
    const res = await cypher({ cypher: "MATCH (n:Banner) SET n.name = 'x' RETURN n" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const check = await cypher({ cypher: "MATCH (n:Banner {name: 'x'}) RETURN count(n) AS c" });
    expect(((await check.json()) as { rows: { c: unknown }[] }).rows[0]?.c).toBe(0);
  });
});
