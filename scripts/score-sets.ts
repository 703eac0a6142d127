// score:sets — extracts each set of unseen articles under tests/fixtures/sets/ and scores it against its answer key.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { extractCorpus } from "../src/extract/index.js";
import { projectRoot } from "../src/gazetteer/index.js";
import { writeGraph } from "../src/graph/index.js";

const Counts = z.object({ tp: z.number(), fp: z.number(), fn: z.number() });
/** The part of the scorer's --json answer read here. */
const Score = z.object({
  entities: z.object({ micro: Counts }),
  relations: z.object({ micro: Counts, byType: z.record(z.string(), Counts.extend({ scored: z.boolean() })) }),
});
type Tally = z.infer<typeof Counts>;

const Options = z.object({ only: z.array(z.string()) });

const root = projectRoot();
const setsDir = join(root, "tests", "fixtures", "sets");
const scorer = join(root, "..", "shared", "score.mjs");
const outDir = join(root, "out", "sets");

const f1 = (t: Tally) => (t.tp ? (2 * t.tp) / (2 * t.tp + t.fn + t.fp) : 0);
const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const row = (name: string, t: Tally) =>
  `${name.padEnd(16)} ${String(t.tp).padStart(6)} ${String(t.fn).padStart(6)} ${String(t.fp).padStart(6)}  ${f1(t).toFixed(3)}`;

async function main() {
  const { only } = Options.parse({ only: process.argv.slice(2) });
  if (!existsSync(scorer)) throw new Error(`score:sets: the scorer ${join("..", "shared", "score.mjs")} is not beside the project`);
  const sets = readdirSync(setsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (only.length === 0 || only.includes(d.name)))
    .map((d) => d.name)
    .sort();
  if (sets.length === 0) throw new Error(`score:sets: no set${only.length ? ` named ${only.join(", ")}` : ""} under tests/fixtures/sets`);
  mkdirSync(outDir, { recursive: true });
  console.log(`${"set".padEnd(16)}  found missed  extra  F1   (entities and relationships together)`);
  let total: Tally = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Tally>();
  for (const name of sets) {
    const { graph } = await extractCorpus([join(setsDir, name, "articles")], { keepText: false });
    const graphPath = join(outDir, `${name}.json`);
    await writeGraph(graphPath, graph);
    const answer = execFileSync(process.execPath, [scorer, "--graph", graphPath, "--gold", join(setsDir, name, "gold"), "--json"], { encoding: "utf8" });
    const score = Score.parse(JSON.parse(answer));
    const set = add(score.entities.micro, score.relations.micro);
    for (const [type, t] of Object.entries(score.relations.byType)) if (t.scored) byType.set(type, add(byType.get(type) ?? { tp: 0, fp: 0, fn: 0 }, t));
    total = add(total, set);
    console.log(row(name, set));
  }
  console.log(row(`all ${sets.length}`, total));
  for (const [type, t] of [...byType].sort()) {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
    console.log(`  ${type.padEnd(14)} P ${p.toFixed(3)} R ${r.toFixed(3)} (${t.tp} / ${t.fn} / ${t.fp})`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
