// A string under construction that remembers, for every UTF-16 unit, where it came from in the source text.
export class MappedText {
  private units: Uint16Array;
  private origins: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.units = new Uint16Array(capacity);
    this.origins = new Int32Array(capacity);
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    const origins = new Int32Array(this.origins.length * 2);
    origins.set(this.origins);
    this.units = units;
    this.origins = origins;
  }

  /** Appends one UTF-16 unit that came from `origin`. */
  pushUnit(unit: number, origin: number): void {
    if (this.size === this.units.length) this.grow();
    this.units[this.size] = unit;
    this.origins[this.size] = origin;
    this.size++;
  }

  push(text: string, origin: number): void {
    for (let i = 0; i < text.length; i++) this.pushUnit(text.charCodeAt(i), origin);
  }

  get length(): number {
    return this.size;
  }

  lastUnit(): number {
    return this.size ? this.units[this.size - 1]! : -1;
  }

  /** Removes trailing units for which `drop` holds (spaces before a newline). */
  trimEnd(drop: (unit: number) => boolean): void {
    while (this.size && drop(this.units[this.size - 1]!)) this.size--;
  }

  build(): { text: string; offsets: Int32Array } {
    const text = utf16.decode(this.units.subarray(0, this.size));
    return { text, offsets: this.origins.slice(0, this.size) };
  }
}

const utf16 = new TextDecoder("utf-16le");

/** Composes two offset maps: `outer` maps into the text that `inner` maps from. */
export function composeOffsets(outer: Int32Array, inner: Int32Array): Int32Array {
  const out = new Int32Array(outer.length);
  const last = inner.length ? inner[inner.length - 1]! : 0;
  for (let i = 0; i < outer.length; i++) out[i] = inner[outer[i]!] ?? last;
  return out;
}
