// Where the run of places a body's name opens with ends: what the name says past its places starts there.
import type { Gazetteer } from "../gazetteer/index.js";

/** Where the run of places a name opens with ends (北京市门头沟区医院: after 门头沟区), or 0. */
export function placesEndAt(g: Gazetteer, name: string): number {
  let covered = 0;
  for (const p of g.match(name)) if (p.start === covered) covered = p.end;
  return covered;
}
