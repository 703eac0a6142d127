// Which offsets of a text mentions already take: marked span by span, asked in time proportional to a span's length;
// the longest of overlapping spans; the nearest mention's end before each offset.
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

/** The latest end of a mention that ends at or before `at`, so that a name never swallows an earlier one. */
export function floorAt(stops: Int32Array, at: number): number {
  return stops[at] ?? 0;
}

/** For every offset, the end of the nearest administrative mention ending at or before it. */
export function mentionFloors(textLength: number, mentions: Mention[]): Int32Array {
  const floors = new Int32Array(textLength + 1);
  const ends = new Uint8Array(textLength + 1);
  for (const m of mentions) ends[m.end] = 1;
  let last = 0;
  for (let i = 0; i <= textLength; i++) {
    if (ends[i]) last = i;
    floors[i] = last;
  }
  return floors;
}

/** Of overlapping spans the longest stays (首都医科大学宣武医院 over 首都医科大学). */
export function keepLongest(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  // Offsets taken by a longer span already kept: a mention is tested in time proportional to its length.
  const taken = new Coverage(mentions.reduce((n, m) => Math.max(n, m.end), 0));
  for (const m of sorted) {
    if (taken.any(m.start, m.end)) continue;
    kept.push(m);
    taken.mark(m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}
