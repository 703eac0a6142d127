// The viewer end to end: `kg serve` on the sample graph, driven in headless Chromium like a person would.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Browser, Page } from "playwright-core";
import { buildViewerApp, launchChromium, runKg, scratchDir, startKgServe, ROOT, type KgServe } from "./harness.js";
import { readGraph, type Graph } from "../../src/graph/index.js";

/** The handle the page exposes, as far as these tests read it. */
interface PageHandle {
  graph: { order: number; getNodeAttribute(n: string, k: string): unknown; forEachNode(cb: (n: string, a: { label: string }) => void): void };
  store: { get(): { selected: string | null; filters: { labels: string[] }; view: string; egoHops: number } };
  renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number } }; getNodeDisplayData(n: string): { x: number; y: number } | undefined };
  context(): { visibility: { nodes: Set<string>; edges: Set<string> } };
  metrics: { firstRenderMs: number };
  layout: { status(): { settled: boolean } };
}
type Win = { kgViewer: Promise<PageHandle> };

let server: KgServe;
let browser: Browser;
let page: Page;
let graph: Graph;
let work: string;

/** The graph extracted from data/corpus by `kg extract`, as `npm start` shows it. */
async function sampleGraphPath(): Promise<string> {
  const out = join(work, "graph.json");
  const run = runKg(["extract", join(ROOT, "data", "corpus"), "--out", out]);
  if (run.code !== 0) throw new Error(`kg extract data/corpus failed (${run.code}): ${run.stderr}`);
  return out;
}

const visibleNodes = (p: Page) => p.evaluate(async () => {
  const h = await (globalThis as unknown as Win).kgViewer;
  return [...h.context().visibility.nodes];
});

beforeAll(async () => {
  work = scratchDir("viewer-e2e");
  buildViewerApp();
  const path = await sampleGraphPath();
  graph = await readGraph(path);
  server = await startKgServe(path);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true })).newPage();
  await page.goto(server.url);
  // Wait for ForceAtlas2 to settle, so positions (and the camera's target) hold still.
  await page.waitForFunction(async () => (await (globalThis as unknown as Win).kgViewer).layout.status().settled, undefined, { timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const banner = () => graph.nodes.find((n) => n.label === "Banner" && n.name === "太仆寺旗")!;
const changping = () => graph.nodes.find((n) => n.label === "District" && n.name === "昌平区")!;

test("loads the sample graph and draws it", async () => {
  const info = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return { order: h.graph.order, first: h.metrics.firstRenderMs, canvases: (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll("#sigma canvas").length };
  });
  expect(info.order).toBe(graph.nodes.length);
  expect(info.first).toBeGreaterThan(0);
  expect(info.canvases).toBeGreaterThan(2);
  await expect(page.textContent("[data-testid=status]")).resolves.toMatch(new RegExp(`of ${graph.nodes.length} nodes`));
});

test("search 太仆寺旗 suggests it, selects it and moves the camera to it", async () => {
  const before = await page.evaluate(async () => (await (globalThis as unknown as Win).kgViewer).renderer.getCamera().getState());
  await page.fill("[data-testid=search-input]", "太仆寺");
  await page.waitForSelector(`[data-testid=suggestion][data-node="${banner().id}"]`);
  await page.press("[data-testid=search-input]", "Enter");
  await expect(page.textContent("[data-testid=panel-name]")).resolves.toBe("太仆寺旗");
  // The camera flies there over half a second; on a loaded machine the last frame may come late.
  await page.waitForFunction(async (id) => {
    const h = await (globalThis as unknown as Win).kgViewer;
    const cam = h.renderer.getCamera().getState(), node = h.renderer.getNodeDisplayData(id)!;
    return Math.hypot(cam.x - node.x, cam.y - node.y) < 0.01;
  }, banner().id, { timeout: 5_000 });
  const after = await page.evaluate(async (id) => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return { cam: h.renderer.getCamera().getState(), selected: h.store.get().selected };
  }, banner().id);
  expect(after.selected).toBe(banner().id);
  expect(after.cam).not.toEqual(before);
});

test("pinyin finds 太仆寺旗 too", async () => {
  await page.fill("[data-testid=search-input]", "taipusi");
  await page.waitForSelector(`[data-testid=suggestion][data-node="${banner().id}"]`);
  await page.fill("[data-testid=search-input]", "");
});

test("the panel shows the sentence pairing it with 昌平区, and opens the article there", async () => {
  const rel = page.locator(`[data-testid=panel-relationships] .rel[data-type=PAIRED_WITH]`, { has: page.locator(`a[data-node="${changping().id}"]`) });
  const sentence = rel.locator("[data-testid=evidence]", { hasText: "昌平区对口帮扶太仆寺旗" }).first();
  await expect(sentence.isVisible()).resolves.toBe(true);
  await expect(page.textContent("[data-testid=panel-code]")).resolves.toBe(String(banner().props["code"]));
  const expected = graph.edges.find((e) => e.type === "PAIRED_WITH" && e.source === changping().id && e.target === banner().id)!
    .evidence!.find((ev) => ev.sentence.includes("昌平区对口帮扶太仆寺旗"))!;
  await sentence.click();
  await expect(page.textContent("[data-testid=article-highlight]")).resolves.toBe(expected.sentence);
  const article = graph.nodes.find((n) => n.id === expected.article)!;
  await expect(page.textContent("[data-testid=article-title]")).resolves.toBe(String(article.props["title"] ?? article.name));
  const text = String(article.props["text"]);
  expect(text.slice(expected.start, expected.end)).toBe(expected.sentence);
  await page.click("[data-testid=article-close]");
});

test("ego network of one hop shows only the selection's neighbours", async () => {
  await page.click("[data-testid=ego-1]");
  const nodes = await visibleNodes(page);
  expect(nodes).toContain(banner().id);
  expect(nodes).toContain(changping().id);
  const neighbours = new Set(graph.edges.flatMap((e) => (e.source === banner().id ? [e.target] : e.target === banner().id ? [e.source] : [])));
  expect(nodes.every((n) => n === banner().id || neighbours.has(n))).toBe(true);
  await page.click("[data-testid=ego-0]");
});

test("filter to Hospital and School, export GEXF, and the file holds exactly the visible nodes", async () => {
  await page.click("[data-testid=only-Hospital-School]");
  const nodes = await visibleNodes(page);
  const expected = graph.nodes.filter((n) => n.label === "Hospital" || n.label === "School").map((n) => n.id).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect([...nodes].sort()).toEqual(expected);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-gexf]")]);
  const file = join(work, "visible.gexf");
  await download.saveAs(file);
  const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/xml");
  const ids = Array.from({ length: doc.getElementsByTagName("node").length }, (_, i) => doc.getElementsByTagName("node").item(i)!.getAttribute("id")!);
  expect(ids.sort()).toEqual(expected);
  expect(readFileSync(file, "utf8")).toContain("evidence");
});

test("the URL restores filters, selection and camera", async () => {
  await page.waitForTimeout(400);
  const url = page.url();
  const state = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return { s: h.store.get(), cam: h.renderer.getCamera().getState() };
  });
  const second = await page.context().newPage();
  await second.goto(url);
  const restored = await second.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return { s: h.store.get(), cam: h.renderer.getCamera().getState() };
  });
  await second.close();
  expect(restored.s.filters).toEqual(state.s.filters);
  expect(restored.s.selected).toBe(state.s.selected);
  expect(restored.cam.ratio).toBeCloseTo(state.cam.ratio, 3);
  expect(restored.cam.x).toBeCloseTo(state.cam.x, 3);
});

test("pairing view shows districts and banners only", async () => {
  await page.click("button:has-text('all')");
  await page.click("[data-testid=view-pairing]");
  const labels = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return [...h.context().visibility.nodes].map((n) => h.graph.getNodeAttribute(n, "label"));
  });
  expect(new Set(labels)).toEqual(new Set(["District", "League", "Banner"].filter((l) => graph.nodes.some((n) => n.label === l))));
  // Drawn where the fixed layout puts them: every district left of every banner, whatever ForceAtlas2 had decided.
  const drawn = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    const xs: Record<string, number[]> = {};
    for (const n of h.context().visibility.nodes) {
      const label = String(h.graph.getNodeAttribute(n, "label"));
      (xs[label] ??= []).push(h.renderer.getNodeDisplayData(n)!.x);
    }
    return xs;
  });
  expect(Math.max(...drawn["District"]!)).toBeLessThan(Math.min(...drawn["Banner"]!));
  await page.click("[data-testid=view-network]");
});

test("a screenshot of the viewer is current in docs/viewer.png", async () => {
  await page.click("[data-testid=panel-close]");
  await page.fill("[data-testid=search-input]", "太仆寺旗");
  await page.press("[data-testid=search-input]", "Enter");
  await page.waitForTimeout(800);
  const png = await page.screenshot();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  writeFileSync(join(ROOT, "docs", "viewer.png"), png);
});
