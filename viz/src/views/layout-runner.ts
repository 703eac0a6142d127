// ForceAtlas2 in a web worker: starts from seeded or saved positions, stops by itself once settled, and saves the result.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { SettleTracker, graphFingerprint, encodePositions, decodePositions, type ViewerGraph, type LayoutSettings } from "../core/index.js";

export interface LayoutStatus { running: boolean; iterations: number; settled: boolean; iterationsPerSecond: number; restored: boolean }

export interface LayoutRunner {
  start(): void;
  stop(): void;
  status(): LayoutStatus;
  onChange(listener: (s: LayoutStatus) => void): void;
  kill(): void;
}

const STORAGE_PREFIX = "kg-viewer:positions:";

export function createLayoutRunner(graph: ViewerGraph, settings: LayoutSettings): LayoutRunner {
  const fingerprint = graphFingerprint(graph.nodes(), graph.edges(), settings.seed);
  const storageKey = STORAGE_PREFIX + fingerprint;
  const saved = decodePositions(safeGet(storageKey), fingerprint);
  let restored = false;
  if (saved && saved.size === graph.order) {
    graph.updateEachNodeAttributes((node, a) => {
      const p = saved.get(node);
      return p ? { ...a, x: p[0], y: p[1] } : a;
    }, { attributes: ["x", "y"] });
    restored = true;
  }
  const fa2 = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
    // Mentions say nothing about who works with whom; they would pull everything into article hubs.
    getEdgeWeight: (_e, a) => (a["type"] === "MENTIONED_IN" ? 0 : 1),
  });
  let tracker = new SettleTracker(settings);
  let startedAt = 0, startIterations = 0;
  const status: LayoutStatus = { running: false, iterations: 0, settled: restored, iterationsPerSecond: 0, restored };
  const listeners: ((s: LayoutStatus) => void)[] = [];
  const emit = () => { for (const l of listeners) l({ ...status }); };
  const xs = new Float64Array(graph.order), ys = new Float64Array(graph.order);

  const onIteration = () => {
    if (!status.running) return;
    let i = 0;
    graph.forEachNode((_n, a) => { xs[i] = a.x; ys[i] = a.y; i++; });
    status.iterations++;
    status.iterationsPerSecond = ((status.iterations - startIterations) * 1000) / Math.max(1, performance.now() - startedAt);
    if (tracker.observe(xs, ys)) {
      // Stopping here, synchronously, freezes the positions at this iteration: the same graph settles the same way.
      fa2.stop();
      status.running = false;
      status.settled = true;
      safeSet(storageKey, encodePositions(fingerprint, graph.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number])));
    }
    emit();
  };
  graph.on("eachNodeAttributesUpdated", onIteration);

  return {
    start() {
      if (status.running) return;
      tracker = new SettleTracker(settings);
      status.running = true;
      status.settled = false;
      startedAt = performance.now();
      startIterations = status.iterations;
      fa2.start();
      emit();
    },
    stop() {
      if (!status.running) return;
      fa2.stop();
      status.running = false;
      safeSet(storageKey, encodePositions(fingerprint, graph.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number])));
      emit();
    },
    status: () => ({ ...status }),
    onChange(listener) { listeners.push(listener); },
    kill() {
      graph.off("eachNodeAttributesUpdated", onIteration);
      fa2.kill();
    },
  };
}

function safeGet(key: string): string | null {
  try { return localStorage.getItem(key); } catch { return null; }
}

/** Storage may be full or denied; positions are a convenience, so failing to save is not an error. */
function safeSet(key: string, value: string): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k && k.startsWith(STORAGE_PREFIX) && k !== key) localStorage.removeItem(k);
    }
    localStorage.setItem(key, value);
  } catch { /* quota or privacy mode: keep going without saved positions */ }
}
