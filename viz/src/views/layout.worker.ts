// The layout worker: ForceAtlas2 iterating at its own pace, posting positions whenever the page is ready for new ones.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { LayoutLoop, type FromLayoutWorker, type ToLayoutWorker } from "../core/layout-loop.js";

/** The part of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromLayoutWorker, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (e: MessageEvent<ToLayoutWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Long enough to amortise yielding, short enough that a stop message is read promptly. */
const SLICE_MS = 12;

let current: { run: number; loop: LayoutLoop; awaitingAck: boolean; fresh: boolean } | null = null;

const post = (c: NonNullable<typeof current>) => {
  const xy = c.loop.positions();
  c.awaitingAck = true;
  c.fresh = false;
  scope.postMessage({ kind: "positions", run: c.run, xy, iterations: c.loop.iterations, settled: c.loop.settled }, [xy.buffer]);
};

// A message to itself yields to the event loop (so stop and ack are read) without setTimeout's clamping.
const tick = new MessageChannel();
let ticking = false;
const schedule = () => { if (!ticking) { ticking = true; tick.port2.postMessage(null); } };
tick.port1.onmessage = () => {
  ticking = false;
  const c = current;
  if (!c) return;
  const settled = c.loop.run(SLICE_MS, () => performance.now());
  c.fresh = true;
  if (settled) { post(c); current = null; return; }
  // While the page is still drawing, it hears how far the layout has got, without positions to copy.
  if (!c.awaitingAck) post(c);
  else scope.postMessage({ kind: "progress", run: c.run, iterations: c.loop.iterations }, []);
  schedule();
};

scope.addEventListener("message", (e) => {
  const m = e.data;
  if (m.kind === "start") {
    const loop = new LayoutLoop(iterate, m.nodes, m.edges, m.fa2, m.layout);
    current = { run: m.run, loop, awaitingAck: false, fresh: false };
    schedule();
  } else if (current && current.run === m.run) {
    if (m.kind === "stop") current = null;
    else { current.awaitingAck = false; if (current.fresh) post(current); }
  }
});
