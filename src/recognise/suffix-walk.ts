// The state one walk over a text's name suffixes shares: the text, its places, and the names found so far.
import type { Jieba } from "@node-rs/jieba";
import type { PlaceIndex } from "./place-index.js";
import type { NameSpan } from "./names.js";
import { villageAfterTown } from "./name-edges.js";
import type { Mention } from "./types.js";

export type Label = Mention["label"];

/** Kinds of place a Mongolian name may run long before (阿日昆都冷嘎查, 乌兰毛都苏木). */
export const MONGOLIAN_LOCALITY = /^(嘎查|苏木)$/;

export interface Options {
  pattern: RegExp;
  labelOf: Map<string, string>;
  locality: boolean;
  /** A locality name the gazetteer knows: taken whole after a larger place, whatever words it is made of. `after` is
   * where the place written before it ends, when one is (a misspelt town is known only there). */
  known?: (name: string, after?: number) => boolean;
  /** A locality name the gazetteer knows in that unit, spelt right or as it sounds. */
  knownIn?: (name: string, unitId: string) => boolean;
  /** The first unit lies inside the second (察右中旗 inside 乌兰察布市). */
  within?: (inner: string, outer: string) => boolean;
  /** Towns and villages found before: an institution named after one opens with it (哈吐布其嘎查党支部). */
  localities?: Mention[];
}

export interface SuffixWalk {
  jieba: Jieba;
  text: string;
  /** The administrative units the text names. */
  admin: Mention[];
  o: Options;
  places: PlaceIndex;
  /** The names found so far, in the order found. */
  found: Mention[];
  /** Every strict ending of the names found so far, to tell a short name that ends one of them in constant time. */
  tails: Set<string>;
  /** The last name found of each spelling. */
  byName: Map<string, Mention>;
  /** Towns found before, among the places villages are read after. */
  townNames: Set<string>;
  /** Villages found before, by their names without 嘎查 or 村: a body may be named after one so. */
  villageCores: string[];
  /** Towns the article names, by their names without 镇, 乡 or 苏木: a station may be named after one so. */
  towns: string[];
  /** Whether a verb, or any word of a clause, ends at an offset: where no name ends. */
  verbAt: (at: number) => boolean;
  clauseAt: (at: number) => boolean;
  /** Whether units' mentions, one after another, fill a span: 北京市石景山区. */
  unitsOnly: (from: number, to: number) => boolean;
}

/** Where a name ending in a suffix at `s` opens, with the place it may not reach back over (`floor`; `floor0` for a body's
 * name), the run of characters between that place and the suffix, and whether that run is one character after a town. */
export interface OpenedName {
  span: NameSpan;
  floor: number;
  floor0: number;
  run: string;
  single: boolean;
}

/** A village's two characters right after its town: 吉生太镇前进村, though 进村 is a word. */
export function afterTown(w: SuffixWalk, s: number, suffix: string): boolean {
  return w.o.locality && suffix === "村" && villageAfterTown(w.text, s, w.admin[w.places.adminAt[s - 3] ?? -1]);
}
