// extract: the whole path from files to graph: ingest → normalise → recognise → resolve → relate → graph.
import { defaultGazetteer, type Gazetteer } from "../gazetteer/index.js";
import { GraphBuilder, type Graph } from "../graph/index.js";
import { listInputs, readArticle, IngestError, type IngestOptions, type RawArticle, type Skipped } from "../ingest/index.js";
import { bracketsAsWritten, normalise, normaliseTitle } from "../normalise/index.js";
import { recognise, type ArticleDoc } from "../recognise/index.js";
import { relate } from "../relate/index.js";
import { resolve } from "../resolve/index.js";

export interface ExtractOptions {
  ingest: Partial<IngestOptions>;
  /** Relationships below this confidence are left out. */
  minConfidence: number;
  /** Keep each article's normalised text on its node (the viewer shows evidence in context). */
  keepText: boolean;
  /** Called after each file is read. */
  onProgress?: (done: number, total: number, path: string) => void;
  gazetteer?: Gazetteer;
}
export const EXTRACT_DEFAULTS: ExtractOptions = { ingest: {}, minConfidence: 0.5, keepText: true };

export interface ExtractResult {
  graph: Graph;
  read: number;
  skipped: Skipped[];
}

/** Builds the graph from articles already read (the CLI and the benchmark share this). */
export function extractArticles(articles: RawArticle[], options: Partial<ExtractOptions> = {}): Graph {
  const o = { ...EXTRACT_DEFAULTS, ...options };
  const g = o.gazetteer ?? defaultGazetteer();
  const docs: ArticleDoc[] = [];
  const unique = inCanonicalOrder(articles);
  for (const a of unique) {
    // A web page's lines are its blocks: none of them is a wrap to repair.
    const n = normalise(a.text, a.markup === "html" ? { repairWraps: false } : {});
    const doc = recognise(g, { id: a.id, title: normaliseTitle(a.title, n.traditional), text: n.text, byline: a.byline, date: a.date });
    // (A name with brackets keeps them as written: 智农云（北京）科技有限公司, not NFKC's plain ones.)
    // (So does a short name declared for it, 园区 for 库伦旗京蒙协作（密云）产业园: its name is the one written.)
    const writtenNames = new Map<string, string>();
    for (const [k, m] of doc.mentions.entries()) {
      if (!/[()]/.test(m.surface)) continue;
      const written = bracketsAsWritten(a.text, n, m.start, m.end);
      if (written === m.surface) continue;
      doc.mentions[k] = { ...m, surface: written, name: m.name.replace(m.surface, written) };
      writtenNames.set(m.name, doc.mentions[k]!.name);
    }
    for (const [k, m] of doc.mentions.entries()) {
      const name = /[()]/.test(m.name) && !/[()]/.test(m.surface) ? writtenNames.get(m.name) : undefined;
      if (name) doc.mentions[k] = { ...m, name };
    }
    docs.push(doc);
  }
  const resolution = resolve(g, docs);
  const builder = new GraphBuilder();
  unique.forEach((a, i) => {
    const doc = docs[i]!;
    const props: Record<string, string | string[] | null> = {
      title: a.title, date: a.date, source: a.source, path: a.path, encoding: a.encoding, byline: a.byline,
    };
    if (o.keepText) props["text"] = doc.text;
    builder.addNode({ id: a.id, label: "Article", name: a.title, props });
  });
  // Entities are final once resolved: a node each, for those some article mentions.
  // (Not a body named only in its post holders' titles: 五星村党支部 of 五星村党支部书记王强 is where they hold it, no actor.)
  const mentioned = new Set(resolution.docs.flatMap((rd) => rd.entityOf.filter((id, k): id is string => !!id && !rd.doc.mentions[k]!.asTitle)));
  for (const id of mentioned) {
    const e = resolution.entities.get(id)!;
    builder.addNode({ id: e.id, label: e.label, name: e.name, aliases: [...e.aliases], props: { ...e.props, ...(e.side ? { side: e.side } : {}) } });
  }
  resolution.docs.forEach((rd) => {
    const counts = new Map<string, number>();
    for (const id of rd.entityOf) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, count] of counts) if (builder.hasNode(id)) builder.addEdge({ type: "MENTIONED_IN", source: id, target: rd.doc.id, props: { count } });
    for (const r of relate(g, rd, resolution.entities)) {
      if (r.confidence < o.minConfidence || !builder.hasNode(r.source) || !builder.hasNode(r.target)) continue;
      builder.addEdge({ type: r.type, source: r.source, target: r.target, props: r.props, confidence: r.confidence, evidence: [r.evidence] });
    }
  });
  addGazetteerHierarchy(g, builder);
  return builder.build();
}

/**
 * Each text once, in the order of its path: the graph is the same whatever order the files are given in, as what one
 * article says can settle another's reading (a town's name, a relationship's purpose). Of a text read twice, the path
 * first in order stands. (By path, not by the text's hash: a folder's articles, alike, stay together, and what is
 * remembered of one serves the next.)
 */
function inCanonicalOrder(articles: RawArticle[]): RawArticle[] {
  const byId = new Map<string, RawArticle>();
  for (const a of articles) {
    const had = byId.get(a.id);
    if (!had || a.path < had.path) byId.set(a.id, a);
  }
  const order = (a: RawArticle, b: RawArticle) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...byId.values()].sort(order);
}

/** PART_OF between units the articles mention, from the gazetteer (inGazetteer: true); evidence only where a text states it. */
function addGazetteerHierarchy(g: Gazetteer, builder: GraphBuilder): void {
  for (const u of [...g.units, ...g.townships]) {
    if (!u.parentId || !builder.hasNode(u.id) || !builder.hasNode(u.parentId)) continue;
    builder.addEdge({ type: "PART_OF", source: u.id, target: u.parentId, props: { inGazetteer: true }, confidence: 1, evidence: [] });
  }
}

export async function extractCorpus(inputs: string[], options: Partial<ExtractOptions> = {}): Promise<ExtractResult> {
  const o = { ...EXTRACT_DEFAULTS, ...options };
  const { files, skipped } = await listInputs(inputs, o.ingest);
  const articles: RawArticle[] = [];
  let done = 0;
  for (const path of files) {
    try {
      articles.push(await readArticle(path, o.ingest));
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      skipped.push({ path: err.path, reason: err.message.replace(/^ingest: [^:]+: /, "") });
    }
    o.onProgress?.(++done, files.length, path);
  }
  return { graph: extractArticles(articles, o), read: articles.length, skipped };
}
