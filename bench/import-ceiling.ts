// What this machine's Neo4j can write at best: the same synthetic graph as bench:load, through Neo4j's own offline bulk
// importer (neo4j-admin database import full, from the launcher's jars) into an empty database. A reference for the
// batched loader's figures, not a way of loading: it needs the database stopped and empty.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthesiseGraph } from "./synthetic-graph.js";
import { localNeo4jUnavailable } from "../src/store/index.js";
import { launcherDir } from "../src/store/paths.js";

const NODES = Number(process.env["BENCH_NODES"] ?? 100_000);
const EDGES = Number(process.env["BENCH_EDGES"] ?? 500_000);
/** Between the items of an array cell: a character no name or sentence holds. */
const ARRAY = "\u001f";

const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : `"${String(value).replace(/"/g, '""')}"`);

async function write(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

async function main(): Promise<void> {
  const why = localNeo4jUnavailable();
  if (why) throw new Error(`bench:import-ceiling: ${why}`);
  const dir = mkdtempSync(join(tmpdir(), "kg-import-ceiling-"));
  try {
    const graph = synthesiseGraph({ nodes: NODES, edges: EDGES, seed: 2024, articles: 200 });
    const started = performance.now();
    // The properties the batched loader stores: id, labels, name, aliases; id, confidence and the evidence arrays.
    const nodes = createWriteStream(join(dir, "nodes.csv"));
    await write(nodes, "id:ID,:LABEL,name,aliases:string[]");
    for (const n of graph.nodes) await write(nodes, [cell(n.id), `Entity;${n.label}`, cell(n.name), cell(n.aliases.join(ARRAY))].join(","));
    const nodesClosed = once(nodes, "close");
    nodes.end();
    const rels = createWriteStream(join(dir, "relationships.csv"));
    await write(rels, ":START_ID,:END_ID,:TYPE,id,confidence:double,evidenceArticles:string[],evidenceSentences:string[],evidenceStarts:long[],evidenceEnds:long[]");
    for (const e of graph.edges) {
      const ev = e.evidence ?? [];
      const list = (f: (x: (typeof ev)[number]) => string | number) => cell(ev.map(f).join(ARRAY));
      await write(rels, [cell(e.source), cell(e.target), e.type, cell(e.id), e.confidence ?? "", list((x) => x.article), list((x) => x.sentence), list((x) => x.start), list((x) => x.end)].join(","));
    }
    const relsClosed = once(rels, "close");
    rels.end();
    await Promise.all([nodesClosed, relsClosed]);
    const written = performance.now();
    mkdirSync(join(dir, "home"));
    const run = spawnSync("java", [
      "-Xmx2g", "-cp", "lib/*", "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j", "--overwrite-destination",
      "--array-delimiter=\\u001F", "--multiline-fields=true", "--threads=2",
      `--nodes=${join(dir, "nodes.csv")}`, `--relationships=${join(dir, "relationships.csv")}`,
    ], { cwd: launcherDir(), env: { ...process.env, NEO4J_HOME: join(dir, "home") }, encoding: "utf8", maxBuffer: 64 << 20 });
    const done = performance.now();
    const log = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) throw new Error(`bench:import-ceiling: the importer failed (exit ${run.status}): ${log.slice(-800)}`);
    const phase = (name: string) => new RegExp(`${name} COMPLETED in ([^\\n]+)`).exec(log)?.[1]?.trim() ?? "?";
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const edges = graph.edges.length;
    console.log(`bench:import-ceiling: ${graph.nodes.length} nodes, ${edges} relationships (2 threads)`);
    console.log(`  CSV written in ${s(written - started)} s; the importer ran ${s(done - written)} s (JVM start included)`);
    console.log(`  phases: nodes ${phase("Node import")}, relationships ${phase("Relationship import")}, linking ${phase("Relationship linking")}, post-processing ${phase("Post processing")}`);
    console.log(`  relationships/s: importer ${Math.round(edges / ((done - written) / 1000))}, with the CSV ${Math.round(edges / ((done - started) / 1000))} (indexes not yet built)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
