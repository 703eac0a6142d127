// Where the places found so far lie in a text, indexed by offset: asked of every suffix a name may end with.
import { floorAt, mentionFloors } from "./coverage.js";
import type { Mention } from "./types.js";

/** The units (admin) and the towns and villages (localities) of a text, each asked about in constant time. */
export class PlaceIndex {
  /** For every offset, the end of the nearest unit ending at or before it. */
  readonly floors: Int32Array;
  readonly adminStarts: Set<number>;
  readonly adminEnds: Set<number>;
  /** The units each unit ending at an offset stands for (多伦县 before 多伦淖尔镇). */
  readonly unitsEndingAt = new Map<number, Set<string>>();
  /** For each offset, the index in `admin` of the first unit (by start) that covers it, -1 where none does. */
  readonly adminAt: Int32Array;
  /** Where each town or village found before ends, and where it starts. */
  readonly localityEnds = new Map<number, number>();
  readonly localityStarts: Set<number>;
  /** For each offset inside a town or village found before, where that one starts (-1 elsewhere). */
  readonly localityStartAt: Int32Array;
  /** The earliest end of the units starting at or after each offset: whether a unit lies inside [s, e). */
  private readonly earliestEnd: Int32Array;

  constructor(textLength: number, private readonly admin: Mention[], localities: Mention[]) {
    this.floors = mentionFloors(textLength, admin);
    this.earliestEnd = new Int32Array(textLength + 2).fill(0x7fffffff);
    for (const m of admin) if (m.end < this.earliestEnd[m.start]!) this.earliestEnd[m.start] = m.end;
    for (let i = textLength; i >= 0; i--) this.earliestEnd[i] = Math.min(this.earliestEnd[i]!, this.earliestEnd[i + 1]!);
    this.adminStarts = new Set(admin.map((m) => m.start));
    this.adminEnds = new Set(admin.map((m) => m.end));
    for (const m of admin) if (m.unitId) (this.unitsEndingAt.get(m.end) ?? this.unitsEndingAt.set(m.end, new Set()).get(m.end)!).add(m.unitId);
    this.adminAt = new Int32Array(textLength + 1).fill(-1);
    admin.forEach((m, i) => {
      for (let p = m.start; p < m.end; p++) if (this.adminAt[p] === -1) this.adminAt[p] = i;
    });
    for (const l of localities) if ((this.localityEnds.get(l.end) ?? l.end) > l.start) this.localityEnds.set(l.end, l.start);
    this.localityStarts = new Set(localities.map((l) => l.start));
    this.localityStartAt = new Int32Array(localities.length ? textLength + 1 : 0).fill(-1);
    for (const l of localities) for (let p = l.start; p < l.end; p++) this.localityStartAt[p] = l.start;
  }

  /** Whether a unit lies inside [s, e). */
  adminIn(s: number, e: number): boolean {
    return this.earliestEnd[s]! <= e;
  }

  /** The unit that ends where the nearest place ending at or before `at` does, if a unit ends there. */
  unitBefore(at: number): Mention | undefined {
    const end = floorAt(this.floors, at);
    const unit = end > 0 ? this.admin[this.adminAt[end - 1] ?? -1] : undefined;
    return unit && unit.end === end ? unit : undefined;
  }

  /** Where the run of places written right before `at` opens (北京市门头沟区 before 育新小学), or `at` where none ends there. */
  openingOfPlacesBefore(at: number): number {
    for (let p = this.placeEndingAt(at); p !== undefined && p < at; p = this.placeEndingAt(at)) at = p;
    return at;
  }

  /** The start of the town, village or unit that ends at `at`, if one does. */
  placeEndingAt(at: number): number | undefined {
    const unit = this.admin[this.adminAt[at - 1] ?? -1];
    return this.localityEnds.get(at) ?? (unit && unit.end === at ? unit.start : undefined);
  }
}
