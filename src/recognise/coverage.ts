// Which offsets of a text mentions already take: marked span by span, asked in time proportional to a span's length.
import type { Mention } from "./types.js";

export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number, spans: Iterable<Pick<Mention, "start" | "end">> = []) {
    this.taken = new Uint8Array(length + 1);
    for (const s of spans) this.mark(s.start, s.end);
  }

  mark(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /** Some offset of [start, end) is taken. */
  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
}
