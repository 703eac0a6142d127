// bench:extract — MiB/s of the whole extract stage over ≥ 20 MB on one core, beside a plain jieba cut of the same text.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../src/extract/index.js";
import { defaultGazetteer, projectRoot } from "../src/gazetteer/index.js";
import { segmenter } from "../src/recognise/index.js";
import { synthesiseCorpus } from "./synthetic-corpus.js";

const TARGET_BYTES = Number(process.env["BENCH_EXTRACT_MB"] ?? 20) * 1024 * 1024;

function writeCorpus(dir: string): { bytes: number; files: number; texts: string[] } {
  const texts: string[] = [];
  let bytes = 0;
  const add = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  };
  // Half: the sample corpus repeated, each copy made distinct so that it is not collapsed as a duplicate.
  const sampleDir = join(projectRoot(), "data", "corpus");
  const samples = readdirSync(sampleDir).map((f) => readFileSync(join(sampleDir, f), "utf8"));
  for (let copy = 0; bytes < TARGET_BYTES / 2; copy++) {
    samples.forEach((t, i) => add(`sample-${copy}-${i}.txt`, `${t}\n（副本${copy}）\n`));
  }
  // Half: articles synthesised from the gazetteer and sentence patterns, until the corpus reaches its size.
  const synthetic = synthesiseCorpus(Math.ceil((TARGET_BYTES - bytes) / 6000), 3000);
  for (const a of synthetic) {
    if (bytes >= TARGET_BYTES) break;
    add(a.name, a.text);
  }
  return { bytes, files: texts.length, texts };
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
  rmSync(dir, { recursive: true, force: true });

  const rels = result.graph.edges.filter((e) => e.type !== "MENTIONED_IN").length;
  const rate = mb / seconds;
  const baseRate = mb / baselineSeconds;
  console.log(`  baseline  jieba cut (HMM)   ${baseRate.toFixed(2).padStart(7)} MiB/s  (${words} words, ${baselineSeconds.toFixed(2)} s)`);
  console.log(`  extract   whole stage       ${rate.toFixed(2).padStart(7)} MiB/s  (${result.read} articles, ${result.graph.nodes.length} nodes, ${rels} relationships, ${seconds.toFixed(2)} s)`);
  console.log(`  ratio     extract / baseline ${(rate / baseRate).toFixed(2)}×   peak RSS ${peakMb.toFixed(0)} MB   target ≥ 5 MB/s: ${rate >= 5 ? "met" : "NOT met"}`);
}

await main();
