// The settling rule of the layout on its own (type imports only), so the layout worker runs it without the rest of the core.
import type { LayoutSettings } from "./settings.js";

/**
 * Decides when ForceAtlas2 has settled: fed the positions after each iteration, it reports `true` once the
 * mean movement, relative to the picture's extent, has stayed under the threshold for enough iterations.
 */
export class SettleTracker {
  private previous: Float64Array | null = null;
  private calm = 0;
  iterations = 0;
  lastMovement = Infinity;

  constructor(private readonly settings: LayoutSettings) {}

  observe(xs: ArrayLike<number>, ys: ArrayLike<number>): boolean {
    this.iterations++;
    const n = xs.length;
    const current = new Float64Array(n * 2);
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!, y = ys[i]!;
      current[2 * i] = x; current[2 * i + 1] = y;
      if (x < minX) minX = x; if (x > maxX) maxX = x;
      if (y < minY) minY = y; if (y > maxY) maxY = y;
    }
    if (this.previous && this.previous.length === current.length && n > 0) {
      let moved = 0;
      for (let i = 0; i < n; i++) {
        moved += Math.hypot(current[2 * i]! - this.previous[2 * i]!, current[2 * i + 1]! - this.previous[2 * i + 1]!);
      }
      const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
      this.lastMovement = moved / n / extent;
      this.calm = this.lastMovement < this.settings.settleThreshold ? this.calm + 1 : 0;
    }
    this.previous = current;
    return this.calm >= this.settings.settleIterations || this.iterations >= this.settings.maxIterations;
  }
}
