// Beijing hospitals and schools known by a short form no suffix rule reads (北医三院, 人大附中, 301医院), from
// data/institution-short-names.txt, and the central government's bodies (农业农村部, 最高人民法院), from data/national-bodies.txt:
// each read as the institution its full name says, where no other name stands.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../gazetteer/index.js";
import type { Mention } from "./types.js";

interface Known {
  full: string;
  label: Mention["label"];
}

let known: Map<string, Known> | undefined;
let pattern: RegExp | undefined;

function knownInstitutions(): Map<string, Known> {
  if (!known) {
    known = new Map();
    const file = join(projectRoot(), "data", "institution-short-names.txt");
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const [short, full] = line.trim().split(/\s+/);
      if (!short || short.startsWith("#")) continue;
      if (!full) throw new Error(`recognise: ${file}: no full name for ${short}`);
      known.set(short, { full, label: /医院$/.test(full) ? "Hospital" : "School" });
    }
    // (And the central government's bodies, by name or standard short form: data/national-bodies.txt.)
    const national = join(projectRoot(), "data", "national-bodies.txt");
    for (const line of readFileSync(national, "utf8").split("\n")) {
      const [name, full] = line.trim().split(/\s+/);
      if (!name || name.startsWith("#")) continue;
      known.set(name, { full: full ?? name, label: "Agency" });
    }
  }
  return known;
}

/** The short forms in the text outside the spans `taken`, longest first where two start together. */
export function recogniseKnownInstitutions(text: string, taken: (start: number, end: number) => boolean): Mention[] {
  const names = knownInstitutions();
  pattern ??= new RegExp([...names.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
  const out: Mention[] = [];
  for (const hit of text.matchAll(pattern)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    // (Not the tail of a longer number: 2301医院 is no 301医院.)
    if (taken(start, end) || /[0-9]/.test(text[start - 1] ?? "")) continue;
    const k = names.get(hit[0])!;
    // (Nor a ministry's name inside a word for a kind of department: 财政部门, 教育部门.)
    if (k.label === "Agency" && text[end] === "门") continue;
    out.push({ start, end, surface: hit[0], label: k.label, name: k.full, source: "learned", confidence: 0.7 });
  }
  return out;
}
