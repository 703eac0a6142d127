// ForceAtlas2 in a web worker: starts from seeded or saved positions, stops by itself once settled, and saves the result.
import { inferSettings } from "graphology-layout-forceatlas2";
import {
  graphFingerprint, encodePositions, decodePositions, FA2_DEFAULTS, FA2_EDGE_STRIDE, FA2_NODE_STRIDE,
  type FromLayoutWorker, type ToLayoutWorker, type ViewerGraph, type LayoutSettings,
} from "../core/index.js";

export interface LayoutStatus { running: boolean; iterations: number; settled: boolean; iterationsPerSecond: number; restored: boolean }

export interface LayoutRunner {
  start(): void;
  stop(): void;
  status(): LayoutStatus;
  onChange(listener: (s: LayoutStatus) => void): void;
  kill(): void;
}

const STORAGE_PREFIX = "kg-viewer:positions:";

/** The matrices graphology-layout-forceatlas2 iterates on, from the graph's current positions. */
function layoutMatrices(graph: ViewerGraph): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(graph.order * FA2_NODE_STRIDE);
  const edges = new Float32Array(graph.size * FA2_EDGE_STRIDE);
  const index = new Map<string, number>();
  let j = 0;
  graph.forEachNode((node, a) => {
    index.set(node, j);
    nodes[j] = a.x; nodes[j + 1] = a.y;
    nodes[j + 6] = 1; // mass, grown below by weighted degree
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = a.size || 1;
    j += FA2_NODE_STRIDE;
  });
  j = 0;
  graph.forEachEdge((_e, a, source, target) => {
    // Mentions say nothing about who works with whom; they would pull everything into article hubs.
    const weight = a.type === "MENTIONED_IN" ? 0 : 1;
    const s = index.get(source)!, t = index.get(target)!;
    nodes[s + 6] = nodes[s + 6]! + weight; nodes[t + 6] = nodes[t + 6]! + weight;
    edges[j] = s; edges[j + 1] = t; edges[j + 2] = weight;
    j += FA2_EDGE_STRIDE;
  });
  return { nodes, edges };
}

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
  const fa2 = { ...FA2_DEFAULTS, ...inferSettings(graph), barnesHutOptimize: graph.order > 1000 };
  // The worker iterates without waiting for the page; the page takes the newest positions once per frame it draws.
  let worker: Worker | null = null;
  let run = 0;
  let startedAt = 0, startIterations = 0;
  let pending: Float32Array | null = null;
  let frame = 0;
  const status: LayoutStatus = { running: false, iterations: 0, settled: restored, iterationsPerSecond: 0, restored };
  const listeners: ((s: LayoutStatus) => void)[] = [];
  const emit = () => { for (const l of listeners) l({ ...status }); };
  const send = (m: ToLayoutWorker, transfer: Transferable[] = []) => worker?.postMessage(m, transfer);
  const save = () => safeSet(storageKey, encodePositions(fingerprint, graph.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number])));

  const apply = () => {
    frame = 0;
    const xy = pending;
    pending = null;
    if (!xy || (!status.running && !status.settled)) return;
    let i = 0;
    graph.updateEachNodeAttributes((_n, a) => { a.x = xy[i++]!; a.y = xy[i++]!; return a; }, { attributes: ["x", "y"] });
  };

  const onMessage = (e: MessageEvent<FromLayoutWorker>) => {
    const m = e.data;
    if (m.run !== run || !status.running) return;
    status.iterations = startIterations + m.iterations;
    status.iterationsPerSecond = (m.iterations * 1000) / Math.max(1, performance.now() - startedAt);
    if (m.kind === "progress") return;
    pending = m.xy;
    if (m.settled) {
      // The worker stopped at the iteration the settling rule chose: those positions are the final picture.
      cancelAnimationFrame(frame);
      status.running = false;
      status.settled = true;
      apply();
      save();
    } else {
      frame ||= requestAnimationFrame(() => { apply(); send({ kind: "ack", run }); });
    }
    emit();
  };

  return {
    start() {
      if (status.running) return;
      worker ??= new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = onMessage;
      run++;
      status.running = true;
      status.settled = false;
      startedAt = performance.now();
      startIterations = status.iterations;
      const { nodes, edges } = layoutMatrices(graph);
      send({ kind: "start", run, nodes, edges, fa2, layout: settings }, [nodes.buffer, edges.buffer]);
      emit();
    },
    stop() {
      if (!status.running) return;
      send({ kind: "stop", run });
      // Whatever was drawn last is where the layout stops; a newer result still in the post is dropped.
      cancelAnimationFrame(frame);
      frame = 0;
      pending = null;
      status.running = false;
      save();
      emit();
    },
    status: () => ({ ...status }),
    onChange(listener) { listeners.push(listener); },
    kill() {
      cancelAnimationFrame(frame);
      status.running = false;
      worker?.terminate();
      worker = null;
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
