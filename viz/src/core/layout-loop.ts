// ForceAtlas2 as a loop that never waits for the page: iterations, the settling rule, and the messages to and from the worker.
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { LayoutSettings } from "./settings.js";
import { SettleTracker } from "./settle.js";

/** Values per node and per edge in graphology-layout-forceatlas2's matrices. */
export const FA2_NODE_STRIDE = 10;
export const FA2_EDGE_STRIDE = 3;

/** One ForceAtlas2 iteration over the matrices, in place (graphology-layout-forceatlas2's own `iterate`). */
export type Fa2Iterate = (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => unknown;

export type ToLayoutWorker =
  | { kind: "start"; run: number; nodes: Float32Array; edges: Float32Array; fa2: Required<ForceAtlas2Settings>; layout: LayoutSettings }
  | { kind: "stop"; run: number }
  /** The page has drawn the last positions it was sent and can take newer ones. */
  | { kind: "ack"; run: number };

export type FromLayoutWorker = LayoutPositions | { kind: "progress"; run: number; iterations: number };

export interface LayoutPositions {
  kind: "positions";
  run: number;
  /** x, y of each node, in graph order. */
  xy: Float32Array;
  /** Iterations done in this run so far. */
  iterations: number;
  settled: boolean;
}

/** graphology-layout-forceatlas2's defaults, which its worker supervisor merges under the given settings. */
export const FA2_DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1, scalingRatio: 1,
  strongGravityMode: false, gravity: 1, slowDown: 1, barnesHutOptimize: false, barnesHutTheta: 0.5,
};

/**
 * Runs iterations for a time budget, feeding each result to the settling rule: the run settles at the same
 * iteration however slowly the page draws, so the same graph always ends in the same picture.
 */
export class LayoutLoop {
  iterations = 0;
  settled = false;
  private readonly tracker: SettleTracker;
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;

  constructor(
    private readonly iterate: Fa2Iterate,
    private readonly nodes: Float32Array,
    private readonly edges: Float32Array,
    private readonly fa2: Required<ForceAtlas2Settings>,
    layout: LayoutSettings,
  ) {
    this.tracker = new SettleTracker(layout);
    const n = nodes.length / FA2_NODE_STRIDE;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
  }

  /** Iterates until the budget is spent (at least once) or the layout settles; returns whether it has settled. */
  run(budgetMs: number, now: () => number): boolean {
    const until = now() + budgetMs;
    do {
      this.iterate(this.fa2, this.nodes, this.edges);
      this.iterations++;
      for (let i = 0, j = 0; i < this.xs.length; i++, j += FA2_NODE_STRIDE) { this.xs[i] = this.nodes[j]!; this.ys[i] = this.nodes[j + 1]!; }
      if (this.tracker.observe(this.xs, this.ys)) { this.settled = true; break; }
    } while (now() < until);
    return this.settled;
  }

  /** Current x, y of each node, packed: a fresh buffer that can be transferred. */
  positions(): Float32Array {
    const out = new Float32Array(this.xs.length * 2);
    for (let i = 0, j = 0; i < this.xs.length; i++, j += FA2_NODE_STRIDE) { out[2 * i] = this.nodes[j]!; out[2 * i + 1] = this.nodes[j + 1]!; }
    return out;
  }
}
