// Viewer benchmark in headless Chromium (software-rendered): first render, pan/zoom fps, full-frame rate, ForceAtlas2 iterations/s, 1k vs 10k nodes.
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { synthesiseGraph } from "./synthetic-graph.js";
import { startViewerServer } from "../src/serve/index.js";
import { serialiseGraph } from "../src/graph/index.js";

interface Case { name: string; nodes: number; edges: number }
interface Figures { firstRenderMs: number; graphLoadedMs: number; fps: number; stillFps: number; fa2IterationsPerSecond: number; fa2Iterations: number }

const CASES: Case[] = [
  { name: "1k nodes / 5k edges", nodes: 1_000, edges: 5_000 },
  { name: "10k nodes / 50k edges", nodes: 10_000, edges: 50_000 },
];
const TARGET_FIRST_RENDER_MS = 2_000;
const TARGET_FPS = 30;
const FA2_WINDOW_MS = 4_000;
const FPS_WINDOW_MS = 3_000;
const STILL_WINDOW_MS = 1_500;
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

type Handle = {
  metrics: { firstRenderMs: number; graphLoadedMs: number };
  layout: { start(): void; stop(): void; status(): { iterations: number; iterationsPerSecond: number; running: boolean } };
  renderer: {
    on(e: string, f: () => void): void; off(e: string, f: () => void): void; scheduleRender(): void;
    getCamera(): { animate(s: { x?: number; y?: number; ratio?: number }, o: { duration: number }): Promise<void> };
  };
};
// The page's globals, typed here because the benchmark compiles without the DOM library.
type Win = { kgViewer: Promise<Handle> };

async function measure(browser: Browser, url: string): Promise<Figures> {
  // A fresh context each time: no saved positions, no cache, so the layout really runs.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  await page.goto(url);
  const load = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    return { firstRenderMs: h.metrics.firstRenderMs, graphLoadedMs: h.metrics.graphLoadedMs };
  });
  await page.waitForTimeout(FA2_WINDOW_MS);
  const fa2 = await page.evaluate(async () => {
    const h = await (globalThis as unknown as Win).kgViewer;
    const s = h.layout.status();
    h.layout.stop();
    return { iterations: s.iterations, perSecond: s.iterationsPerSecond };
  });
  const fps = await page.evaluate(async (windowMs) => {
    const h = await (globalThis as unknown as Win).kgViewer;
    let frames = 0;
    const count = () => { frames++; };
    h.renderer.on("afterRender", count);
    const camera = h.renderer.getCamera();
    const start = performance.now();
    // Pan in a circle while zooming in and out, through the camera's own animation: the path a wheel zoom, the
    // zoom buttons and "go to node" take, so the renderer knows the camera is moving (as it does while a person
    // drags the stage) and draws what it draws for a person.
    for (let k = 0; performance.now() - start < windowMs; k++) {
      const t = k / 4;
      await camera.animate({ x: 0.5 + 0.2 * Math.cos(t * 2), y: 0.5 + 0.2 * Math.sin(t * 2), ratio: 0.6 + 0.4 * Math.sin(t * 3) }, { duration: 250 });
    }
    h.renderer.off("afterRender", count);
    return (frames * 1000) / (performance.now() - start);
  }, FPS_WINDOW_MS);
  // Complete frames (edges, labels and all) with the camera still: what each picture costs once motion stops,
  // so the pan/zoom figure, drawn without edges on large graphs, is read next to it.
  const stillFps = await page.evaluate(async (windowMs) => {
    const h = await (globalThis as unknown as Win).kgViewer;
    let frames = 0;
    const count = () => { frames++; };
    h.renderer.on("afterRender", count);
    const raf = (globalThis as unknown as { requestAnimationFrame(f: () => void): number }).requestAnimationFrame;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const loop = () => {
        if (performance.now() - start >= windowMs) { resolve(); return; }
        h.renderer.scheduleRender();
        raf(loop);
      };
      loop();
    });
    h.renderer.off("afterRender", count);
    return (frames * 1000) / (performance.now() - start);
  }, STILL_WINDOW_MS);
  await context.close();
  return { ...load, fps, stillFps, fa2IterationsPerSecond: fa2.perSecond, fa2Iterations: fa2.iterations };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-viewer-"));
  const browser = await chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const results: { c: Case; f: Figures }[] = [];
  try {
    for (const c of CASES) {
      const path = join(dir, `synthetic-${c.nodes}.json`);
      writeFileSync(path, serialiseGraph(synthesiseGraph({ nodes: c.nodes, edges: c.edges, seed: 42, articles: 50 })));
      const viewer = await startViewerServer({ graphPath: path, port: 0 });
      try {
        await measure(browser, viewer.url); // warm-up: compile caches, fonts
        results.push({ c, f: await measure(browser, viewer.url) });
      } finally {
        await viewer.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const [base, big] = [results[0]!, results[1]!];
  console.log("viewer benchmark — headless Chromium, software rendering (SwiftShader), seeded synthetic graphs");
  console.log("graph                     first render   graph loaded   pan/zoom fps   still fps   FA2 it/s (worker)");
  for (const { c, f } of results) {
    console.log(`${c.name.padEnd(26)}${`${f.firstRenderMs.toFixed(0)} ms`.padStart(12)}${`${f.graphLoadedMs.toFixed(0)} ms`.padStart(15)}${f.fps.toFixed(1).padStart(15)}${f.stillFps.toFixed(1).padStart(12)}${f.fa2IterationsPerSecond.toFixed(1).padStart(20)}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`);
  console.log(`ratio 10k / 1k (baseline) first render ${ratio(big.f.firstRenderMs, base.f.firstRenderMs)}, fps ${ratio(big.f.fps, base.f.fps)}, FA2 it/s ${ratio(big.f.fa2IterationsPerSecond, base.f.fa2IterationsPerSecond)}`);
  console.log(`targets on 10k: first render < ${TARGET_FIRST_RENDER_MS} ms: ${big.f.firstRenderMs < TARGET_FIRST_RENDER_MS ? "met" : "NOT met"}; ≥ ${TARGET_FPS} fps: ${big.f.fps >= TARGET_FPS ? "met" : "NOT met"}`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
