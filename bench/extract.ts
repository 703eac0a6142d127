// bench:extract — MiB/s of the whole extract stage over ≥ 20 MB on one core, beside a plain jieba cut of the same text.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../src/extract/index.js";
import { defaultGazetteer, projectRoot } from "../src/gazetteer/index.js";
import { segmenter } from "../src/recognise/index.js";
import { synthesiseCorpus } from "./synthetic-corpus.js";

const TARGET_BYTES = Number(process.env["BENCH_EXTRACT_MB"] ?? 20) * 1024 * 1024;

interface Corpus { bytes: number; files: number; texts: string[]; halves: { name: string; dir: string; bytes: number }[] }

/** Writes the corpus in two folders, so that each half can also be timed alone. */
function writeCorpus(dir: string): Corpus {
  const texts: string[] = [];
  let bytes = 0;
  const halves = [{ name: "sample corpus repeated", dir: join(dir, "sample"), bytes: 0 }, { name: "synthesised", dir: join(dir, "synthetic"), bytes: 0 }];
  for (const h of halves) mkdirSync(h.dir);
  const add = (half: 0 | 1, name: string, text: string) => {
    writeFileSync(join(halves[half]!.dir, name), text);
    texts.push(text);
    const size = Buffer.byteLength(text);
    bytes += size;
    halves[half]!.bytes += size;
  };
  // Half: the sample corpus repeated, each copy made distinct so that it is not collapsed as a duplicate.
  const sampleDir = join(projectRoot(), "data", "corpus");
  const samples = readdirSync(sampleDir).map((f) => readFileSync(join(sampleDir, f), "utf8"));
  for (let copy = 0; bytes < TARGET_BYTES / 2; copy++) {
    samples.forEach((t, i) => add(0, `sample-${copy}-${i}.txt`, `${t}\n（副本${copy}）\n`));
  }
  // Half: articles synthesised from the gazetteer and sentence patterns, until the corpus reaches its size.
  const synthetic = synthesiseCorpus(Math.ceil((TARGET_BYTES - bytes) / 6000), 3000);
  for (const a of synthetic) {
    if (bytes >= TARGET_BYTES) break;
    add(1, a.name, a.text);
  }
  return { bytes, files: texts.length, texts, halves };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-extract-"));
  const corpus = writeCorpus(dir);
  const mb = corpus.bytes / 1024 / 1024;
  console.log(`bench:extract — corpus ${mb.toFixed(1)} MiB in ${corpus.files} files (sample corpus repeated + synthesised)`);

  // Baseline: plain jieba cut of the same text, same process, same run.
  const jieba = segmenter(defaultGazetteer());
  let t = performance.now();
  let words = 0;
  for (const text of corpus.texts) words += jieba.cut(text, true).length;
  const baselineSeconds = (performance.now() - t) / 1000;

  global.gc?.();
  t = performance.now();
  const result = await extractCorpus([dir], { keepText: false });
  const seconds = (performance.now() - t) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  /** Seconds to extract one folder, after a collection. */
  const timed = async (d: string) => {
    global.gc?.();
    const t0 = performance.now();
    await extractCorpus([d], { keepText: false });
    return (performance.now() - t0) / 1000;
  };
  // Each half alone: real articles and the denser synthesised ones run at different speeds.
  const halfRates: string[] = [];
  for (const h of corpus.halves) halfRates.push(`${h.name} ${(h.bytes / 1024 / 1024 / (await timed(h.dir))).toFixed(2)} MiB/s`);
  // One long report against the same text as separate articles: per-article work must grow with the article, not
  // with its square (a 1.6 MB report once took 55× as long as its 200 parts).
  const longDir = join(dir, "long");
  const partsDir = join(dir, "parts");
  mkdirSync(longDir);
  mkdirSync(partsDir);
  const parts = synthesiseCorpus(120, 3000, 11);
  parts.forEach((a) => writeFileSync(join(partsDir, a.name), a.text));
  writeFileSync(join(longDir, "report.txt"), parts.map((a) => a.text).join("\n"));
  const longMb = Buffer.byteLength(parts.map((a) => a.text).join("\n")) / 1024 / 1024;
  const asParts = await timed(partsDir);
  const asOne = await timed(longDir);
  rmSync(dir, { recursive: true, force: true });

  const rels = result.graph.edges.filter((e) => e.type !== "MENTIONED_IN").length;
  const rate = mb / seconds;
  const baseRate = mb / baselineSeconds;
  console.log(`  baseline  jieba cut (HMM)   ${baseRate.toFixed(2).padStart(7)} MiB/s  (${words} words, ${baselineSeconds.toFixed(2)} s)`);
  console.log(`  extract   whole stage       ${rate.toFixed(2).padStart(7)} MiB/s  (${result.read} articles, ${result.graph.nodes.length} nodes, ${rels} relationships, ${seconds.toFixed(2)} s)`);
  console.log(`  halves    ${halfRates.join(", ")}`);
  console.log(`  long      one ${longMb.toFixed(1)} MiB report ${asOne.toFixed(2)} s, the same as ${parts.length} articles ${asParts.toFixed(2)} s (${(asOne / asParts).toFixed(2)}×)`);
  console.log(`  ratio     extract / baseline ${(rate / baseRate).toFixed(2)}×   peak RSS ${peakMb.toFixed(0)} MB   target ≥ 5 MB/s: ${rate >= 5 ? "met" : "NOT met"}`);
}

await main();
