// Benchmark of the Neo4j loader: batches of look-up + CREATE/merge on a synthetic graph (≥100k nodes, 500k relationships)
// against a row-at-a-time MERGE baseline on a slice of it, same run and server; then p50/p95 latency of every library query.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { synthesiseGraph } from "./synthetic-graph.js";
import { edgeRow } from "../src/store/codec.js";
import { bindParams, connect, freePort, listQueries, loadGraph, runReadQuery, startLocalNeo4j, applySchema, type LocalNeo4j } from "../src/store/index.js";
import type { Graph } from "../src/graph/index.js";

const NODES = Number(process.env["BENCH_NODES"] ?? 100_000);
const EDGES = Number(process.env["BENCH_EDGES"] ?? 500_000);
const BASELINE_SLICE = 2_000;
const QUERY_RUNS = 20;

// The baseline: what a naive loader does, one relationship per statement and per transaction.
const MERGE_ONE = `
MATCH (a:Entity {id: $row.source}) MATCH (b:Entity {id: $row.target})
MERGE (a)-[r:$($row.type) {id: $row.id}]->(b)
SET r += $row.props, r.confidence = $row.confidence, r.evidenceArticles = $row.evidenceArticles,
    r.evidenceSentences = $row.evidenceSentences, r.evidenceStarts = $row.evidenceStarts, r.evidenceEnds = $row.evidenceEnds`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function baseline(driver: Driver, graph: Graph): Promise<number> {
  const slice = graph.edges.filter((e) => e.type !== "MENTIONED_IN").slice(0, BASELINE_SLICE).map((e) => ({ ...edgeRow(e), id: `${e.id}:baseline` }));
  const started = performance.now();
  for (const row of slice) {
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run(MERGE_ONE, { row }));
    } finally {
      await session.close();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const session = driver.session();
  await session.executeWrite((tx) => tx.run("MATCH ()-[r]->() WHERE r.id ENDS WITH ':baseline' DELETE r")).finally(() => session.close());
  return slice.length / seconds;
}

function queryParams(graph: Graph): Record<string, string> {
  const pair = graph.edges.find((e) => e.type === "PAIRED_WITH")!;
  const name = (id: string) => graph.nodes.find((n) => n.id === id)!.name;
  const banner = graph.nodes.find((n) => n.label === "Banner")!.name;
  return { banner, from: name(pair.source), to: name(pair.target), top: "20" };
}

async function main(): Promise<void> {
  let server: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  if (!process.env["NEO4J_URI"]) {
    dataDir = mkdtempSync(join(tmpdir(), "kg-bench-neo4j-"));
    console.log("bench:load: starting the local Neo4j (fresh database)…");
    server = await startLocalNeo4j({ dataDir, port: await freePort(), watchStdin: true, heap: "2g", pageCacheMb: 1024 });
  }
  const driver = await connect(server ? { uri: server.uri } : {});
  try {
    const graph = synthesiseGraph({ nodes: NODES, edges: EDGES, seed: 2024, articles: 200 });
    const nodesOnly: Graph = { version: 1, nodes: graph.nodes, edges: [] };
    const edgesOnly: Graph = { version: 1, nodes: [], edges: graph.edges };
    console.log(`bench:load: synthetic graph ${graph.nodes.length} nodes, ${graph.edges.length} relationships (incl. ${graph.edges.filter((e) => e.type === "MENTIONED_IN").length} MENTIONED_IN)`);
    await applySchema(driver);

    // Warm-up: a small graph of other ids loaded and deleted first, so that the JVM has compiled the loader's path
    // (a fresh server spends a third of its CPU in the JIT compiler during the first minute) and the run below
    // measures the loader, as the baseline after it does, on a warm server.
    let t = performance.now();
    const warm = synthesiseGraph({ nodes: 5_000, edges: 25_000, seed: 7, articles: 20 });
    const rename = (id: string) => `warmup:${id}`;
    await loadGraph(driver, {
      version: 1,
      nodes: warm.nodes.map((n) => ({ ...n, id: rename(n.id) })),
      edges: warm.edges.map((e) => ({ ...e, id: rename(e.id), source: rename(e.source), target: rename(e.target) })),
    }, { skipSchema: true });
    const cleanup = driver.session();
    await cleanup.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'warmup:' CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").finally(() => cleanup.close());
    console.log(`bench:load: warm-up (${warm.nodes.length} nodes, ${warm.edges.length} relationships loaded and deleted) ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const nodeSummary = await loadGraph(driver, nodesOnly, { skipSchema: true });
    const nodeSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const relSummary = await loadGraph(driver, edgesOnly, { skipSchema: true });
    const relSeconds = (performance.now() - t) / 1000;
    const batchedRate = graph.edges.length / relSeconds;
    t = performance.now();
    const again = await loadGraph(driver, edgesOnly, { skipSchema: true });
    const againSeconds = (performance.now() - t) / 1000;
    const baselineRate = await baseline(driver, graph);

    console.log("\n── loader ───────────────────────────────────────────────────────────");
    console.log(`nodes, batched:                       ${graph.nodes.length} in ${nodeSeconds.toFixed(1)} s = ${Math.round(graph.nodes.length / nodeSeconds)} nodes/s (created ${nodeSummary.nodes.created})`);
    console.log(`relationships, batched:               ${graph.edges.length} in ${relSeconds.toFixed(1)} s = ${Math.round(batchedRate)} rels/s (created ${relSummary.relationships.created})`);
    console.log(`relationships, reload (all unchanged): ${graph.edges.length} in ${againSeconds.toFixed(1)} s = ${Math.round(graph.edges.length / againSeconds)} rels/s (unchanged ${again.relationships.unchanged})`);
    console.log(`relationships, row-at-a-time baseline: ${BASELINE_SLICE} = ${Math.round(baselineRate)} rels/s`);
    console.log(`ratio batched / baseline:             ${(batchedRate / baselineRate).toFixed(1)}×   (targets: ≥ 50000 rels/s, ≥ 50×)`);

    console.log("\n── library queries (p50 / p95 over " + QUERY_RUNS + " runs, after 2 warm-ups) ──────────────");
    const given = queryParams(graph);
    for (const q of listQueries()) {
      const params = bindParams(q, Object.fromEntries(q.params.filter((p) => given[p.name] !== undefined).map((p) => [p.name, given[p.name]!])));
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < QUERY_RUNS + 2; i++) {
        const s = performance.now();
        const r = await runReadQuery(driver, q.cypher, params, { limit: 1000, timeoutMs: 120_000 });
        if (i >= 2) times.push(performance.now() - s);
        rows = r.rows.length;
      }
      times.sort((a, b) => a - b);
      console.log(`${q.name.padEnd(24)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   (${rows} rows)`);
    }
  } finally {
    await driver.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
