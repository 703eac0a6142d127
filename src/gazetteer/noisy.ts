// Resolves misspelt place names (八林左旗, 科优前旗, 阿尔桑市) by toneless pinyin and a fuzzy syllable edit distance.
import { pinyin } from "pinyin-pro";

/** Initials and finals that speakers, typists and machine translation confuse. */
const FUZZY_INITIALS: [string, string][] = [["zh", "z"], ["ch", "c"], ["sh", "s"], ["n", "l"], ["f", "h"], ["r", "l"], ["k", "h"], ["k", "g"]];
const FUZZY_FINALS: [string, string][] = [["ang", "an"], ["eng", "en"], ["ing", "in"], ["iang", "ian"], ["uang", "uan"], ["ong", "eng"]];

const INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];

function split(syllable: string): [string, string] {
  for (const i of INITIALS) if (syllable.startsWith(i)) return [i, syllable.slice(i.length)];
  return ["", syllable];
}

const pairIn = (list: [string, string][], a: string, b: string) =>
  list.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const costs = new Map<string, Map<string, number>>();

/** Cost of reading one syllable as another: 0 same, 0.25 a fuzzy pair, 0.6 one part differs, 1 otherwise. */
export function syllableCost(a: string, b: string): number {
  if (a === b) return 0;
  let row = costs.get(a);
  if (!row) costs.set(a, (row = new Map()));
  let cost = row.get(b);
  if (cost === undefined) {
    cost = computeCost(a, b);
    row.set(b, cost);
  }
  return cost;
}

/** Whole syllables a transliteration trades: 尔 (er) heard as 勒 (le) in Horinger → 和林格勒. */
const FUZZY_SYLLABLES: [string, string][] = [["er", "le"], ["er", "la"]];

function computeCost(a: string, b: string): number {
  if (pairIn(FUZZY_SYLLABLES, a, b)) return 0.25;
  const [ia, fa] = split(a);
  const [ib, fb] = split(b);
  const initialSame = ia === ib;
  const finalSame = fa === fb;
  const initialFuzzy = initialSame || pairIn(FUZZY_INITIALS, ia, ib);
  const finalFuzzy = finalSame || pairIn(FUZZY_FINALS, fa, fb);
  if (initialFuzzy && finalFuzzy) return 0.25;
  if (initialSame || finalSame) return 0.6;
  return 1;
}

/** Weighted edit distance over syllables: insertions and deletions cost 1. */
export function syllableDistance(a: string[], b: string[]): number {
  const prev = new Array<number>(b.length + 1);
  const cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + syllableCost(a[i - 1]!, b[j - 1]!));
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

const cache = new Map<string, string[]>();
export function syllables(text: string): string[] {
  let s = cache.get(text);
  if (!s) {
    s = pinyin(text, { toneType: "none", type: "array", v: true }) as string[];
    if (cache.size > 50_000) cache.clear();
    cache.set(text, s);
  }
  return s;
}

/** Of the same length, no syllable wholly replaced (one of initial or final kept); else one syllable dropped or added. */
export function soundsAlike(a: string[], b: string[]): boolean {
  if (a.length === b.length) return a.every((x, i) => syllableCost(x, b[i]!) <= 0.6);
  return Math.abs(a.length - b.length) === 1 && syllableDistance(a, b) <= 1;
}

/** True when the two share a syllable before their kind's ending (every form of a kind ends in the same syllables: 旗, 苏木). */
function sharesCore(a: string[], b: string[], kind: number): boolean {
  for (let i = 0; i < a.length - kind; i++) for (let j = 0; j < b.length - kind; j++) if (a[i] === b[j]) return true;
  return false;
}

/** Syllables of the kind a name ends in: two for a sumu, a gacha or a street (乌兰苏木 shares only 苏木 with 库伦苏木), else one. */
const kindSyllables = (text: string) => (/(苏木|嘎查|街道)$/.test(text) ? 2 : 1);

export interface NoisyCandidate {
  form: string;
  unitId: string;
}
export interface NoisyMatch {
  unitId: string;
  form: string;
  distance: number;
}

/**
 * The closest candidate to `text` by syllable distance, if it is close enough and clearly closer than the
 * next unit. `relaxed` (a league named nearby narrowed the candidates) allows a larger distance.
 */
export function closestForm(text: string, candidates: NoisyCandidate[], relaxed: boolean): NoisyMatch | null {
  const sy = syllables(text);
  if (sy.length < 3) return null;
  const kind = kindSyllables(text);
  let best: NoisyMatch | null = null;
  let second = Infinity;
  for (const c of candidates) {
    const cs = syllables(c.form);
    // A form two syllables longer or shorter is never accepted, and costs at least 2 to reach.
    if (Math.abs(cs.length - sy.length) > 1) {
      if (best && c.unitId !== best.unitId) second = Math.min(second, Math.abs(cs.length - sy.length));
      continue;
    }
    // Every misspelling met keeps at least one syllable of the name as it was (八林左旗, 阿尚市, 哈钦旗): a form
    // sharing none is not worth the edit distance.
    if (!sharesCore(sy, cs, kind)) continue;
    const d = syllableDistance(sy, cs);
    if (!best || d < best.distance) {
      if (best && best.unitId !== c.unitId) second = Math.min(second, best.distance);
      best = { unitId: c.unitId, form: c.form, distance: d };
    } else if (c.unitId !== best.unitId) second = Math.min(second, d);
  }
  if (!best) return null;
  // A misspelling keeps roughly the length of the name: 阿尚市 for 阿尔山市, never 个旗 for 克什克腾旗.
  if (Math.abs(sy.length - syllables(best.form).length) > 1 || sy.length < 3) return null;
  const length = Math.max(sy.length, syllables(best.form).length);
  const limit = relaxed ? Math.min(1.6, 0.42 * length) : Math.min(0.8, 0.25 * length);
  if (best.distance > limit) return null;
  if (second - best.distance < 0.5) return null;
  return best;
}
