// `kg serve` over HTTP: read-only, validated requests, bounded, and clear errors naming the file and the reason.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startViewerServer, assertReadOnly, type RunningViewer } from "../../src/serve/index.js";
import { parseGraph } from "../../src/graph/index.js";
import { viewerSampleGraphPath } from "../fixtures/index.js";
import { buildViewerApp, runKg, scratchDir } from "./harness.js";

let viewer: RunningViewer;
const env = process.env["NEO4J_URI"];

beforeAll(async () => {
  delete process.env["NEO4J_URI"];
  buildViewerApp();
  viewer = await startViewerServer({ graphPath: viewerSampleGraphPath(), port: 0 });
}, 60_000);
afterAll(async () => {
  await viewer?.close();
  if (env !== undefined) process.env["NEO4J_URI"] = env;
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, viewer.url), init);

test("listens on 127.0.0.1 by default and serves the built app", async () => {
  expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const res = await get("/");
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("<div id=\"sigma\"");
});

test("serves info and the validated graph", async () => {
  const info = await (await get("/api/info")).json();
  expect(info).toMatchObject({ source: "file", cypher: false });
  const graph = parseGraph(await (await get("/api/graph")).json());
  expect(graph.nodes.some((n) => n.name === "太仆寺旗")).toBe(true);
  expect(graph.edges.every((e) => e.id.length > 0)).toBe(true);
});

test("refuses what it does not offer", async () => {
  expect((await get("/api/graph", { method: "DELETE" })).status).toBe(404);
  expect((await get("/index.html", { method: "PUT" })).status).toBe(405);
  for (const escape of ["/%2e%2e/%2e%2e/package.json", "/..%2f..%2fpackage.json", "/assets/..%5c..%5c..%5cpackage.json"]) {
    const res = await get(escape);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toContain("jingmeng-graph");
  }
  expect((await get("/nothing-here.js")).status).toBe(404);
  const cypher = await get("/api/cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cypher: "MATCH (n) RETURN n" }) });
  expect(cypher.status).toBe(409);
  expect(((await cypher.json()) as { error: string }).error).toMatch(/^serve: no database connected/);
});

test("the read-only guard refuses writes but not names that contain write words", () => {
  expect(assertReadOnly("MATCH (n) DETACH DELETE n")).toMatch(/DETACH/);
  expect(assertReadOnly("CREATE (n:X)")).toMatch(/CREATE/);
  expect(assertReadOnly("MATCH (n) WHERE n.name = 'SET DELETE' RETURN n")).toBeNull();
  expect(assertReadOnly("CALL apoc.periodic.iterate('x','y',{})")).toMatch(/procedure/);
  expect(assertReadOnly("MATCH (n:Banner) RETURN n.name LIMIT 5")).toBeNull();
});

test("a missing or malformed graph file fails at start, naming the file and the reason", async () => {
  const dir = scratchDir("serve-bad");
  await expect(startViewerServer({ graphPath: join(dir, "absent.json"), port: 0 })).rejects.toThrow(/absent\.json: cannot read \(ENOENT\)/);
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ version: 1, nodes: [{ id: "x", label: "Planet", name: "x" }], edges: [] }));
  await expect(startViewerServer({ graphPath: bad, port: 0 })).rejects.toThrow(/bad\.json: invalid at nodes\.0\.label/);
  await expect(startViewerServer({ graphPath: null, port: 0 })).rejects.toThrow(/^serve: no graph/);
});

test("kg serve rejects bad options with a message", () => {
  const run = runKg(["serve", viewerSampleGraphPath(), "--port", "http"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/serve: invalid --port/);
});
