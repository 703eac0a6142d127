// The batched loader: UNWIND … MERGE per label and per relationship type, one managed write transaction per batch,
// idempotent (loading twice changes nothing) and incremental (aliases and evidence are unioned).
import type { Driver } from "neo4j-driver";
import { isInt } from "neo4j-driver";
import type { Graph } from "../graph/schema.js";
import { edgeRow, nodeRow, type EdgeRow, type NodeRow } from "./codec.js";
import { StoreError, storeOptions, type StoreOptions } from "./options.js";
import { applySchema } from "./schema.js";
import { withRetry } from "./retry.js";

// Fixed statements: labels and types arrive as parameters ($(row.label)), so no Cypher is built from strings.
// What changes is computed from the few values a row sets, before setting them: comparing whole property maps
// (evidence lists included) cost more than the writes themselves.
const MERGE_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] AS freshAliases,
     n.name IS NULL OR n.name <> row.name AS renamed,
     any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS propsDiffer,
     NOT row.label IN labels(n) AS relabelled
SET n:$(row.label), n.name = row.name
SET n += row.props
FOREACH (_ IN CASE WHEN size(freshAliases) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + freshAliases)
RETURN count(*) AS rows, sum(CASE WHEN renamed OR propsDiffer OR relabelled OR size(freshAliases) > 0 THEN 1 ELSE 0 END) AS changed`;

// Evidence is unioned: a citation (article, start, end) already on the relationship is not stored twice.
const MERGE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, coalesce(r.evidenceArticles, []) AS oldArticles, coalesce(r.evidenceStarts, []) AS oldStarts, coalesce(r.evidenceEnds, []) AS oldEnds
WITH r, row, [i IN range(0, size(row.evidenceArticles) - 1) WHERE NONE(j IN range(0, size(oldArticles) - 1)
       WHERE oldArticles[j] = row.evidenceArticles[i] AND oldStarts[j] = row.evidenceStarts[i] AND oldEnds[j] = row.evidenceEnds[i])] AS fresh,
     any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS propsDiffer,
     row.confidence IS NOT NULL AND (r.confidence IS NULL OR r.confidence < row.confidence) AS higher
SET r += row.props
FOREACH (_ IN CASE WHEN higher THEN [1] ELSE [] END | SET r.confidence = row.confidence)
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET r.evidenceArticles = coalesce(r.evidenceArticles, []) + [i IN fresh | row.evidenceArticles[i]],
      r.evidenceSentences = coalesce(r.evidenceSentences, []) + [i IN fresh | row.evidenceSentences[i]],
      r.evidenceStarts = coalesce(r.evidenceStarts, []) + [i IN fresh | row.evidenceStarts[i]],
      r.evidenceEnds = coalesce(r.evidenceEnds, []) + [i IN fresh | row.evidenceEnds[i]])
RETURN count(*) AS rows, sum(CASE WHEN size(fresh) > 0 OR propsDiffer OR higher THEN 1 ELSE 0 END) AS changed`;

export interface LoadCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface LoadSummary {
  nodes: LoadCounts;
  relationships: LoadCounts;
  byLabel: Record<string, LoadCounts>;
  byType: Record<string, LoadCounts>;
  batches: number;
  /** Batches that had to be replayed after a lost connection or a transient error. */
  retries: number;
  ms: number;
}

export interface LoadProgress {
  (done: number, total: number, what: string): void;
}

export interface LoadOptions extends StoreOptions {
  /** Skip applying schema/schema.cypher first (it is idempotent, but costs a round trip per statement). */
  skipSchema: boolean;
  onProgress: LoadProgress | undefined;
}

const zero = (): LoadCounts => ({ created: 0, updated: 0, unchanged: 0 });
const add = (into: LoadCounts, c: LoadCounts) => {
  into.created += c.created;
  into.updated += c.updated;
  into.unchanged += c.unchanged;
};

function groupBy<T, K extends string>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const num = (v: unknown): number => (isInt(v) ? v.toNumber() : typeof v === "number" ? v : 0);

/** Loads a graph into Neo4j: nodes first (per label), then relationships (per type), in batches. */
export async function loadGraph(driver: Driver, graph: Graph, options: Partial<LoadOptions> = {}): Promise<LoadSummary> {
  const o = { ...storeOptions(options), skipSchema: options.skipSchema ?? false, onProgress: options.onProgress };
  const started = Date.now();
  if (!o.skipSchema) await applySchema(driver, o.database);
  const summary: LoadSummary = { nodes: zero(), relationships: zero(), byLabel: {}, byType: {}, batches: 0, retries: 0, ms: 0 };
  const total = graph.nodes.length + graph.edges.length;
  let done = 0;

  const runBatches = async <R extends NodeRow | EdgeRow>(statement: string, groups: Map<string, R[]>, into: LoadCounts, per: Record<string, LoadCounts>, kind: string) => {
    for (const [key, rows] of groups) {
      const counts = (per[key] ??= zero());
      for (let i = 0; i < rows.length; i += o.batchSize) {
        const batch = rows.slice(i, i + o.batchSize);
        const { value, attempts } = await withRetry(
          async () => {
            const session = driver.session(o.database ? { database: o.database } : {});
            try {
              return await session.executeWrite(async (tx) => {
                const res = await tx.run(statement, { rows: batch });
                const rec = res.records[0];
                const created = kind === "nodes" ? res.summary.counters.updates().nodesCreated : res.summary.counters.updates().relationshipsCreated;
                return { rows: num(rec?.get("rows")), changed: num(rec?.get("changed")), created };
              });
            } finally {
              await session.close();
            }
          },
          { retries: o.retries, delayMs: o.retryDelayMs, what: `${kind} batch ${key} ${i / o.batchSize + 1}`, uri: o.uri },
        );
        if (value.rows !== batch.length) {
          throw new StoreError(`${key}: ${batch.length - value.rows} of ${batch.length} relationships have an end that is not in the database`);
        }
        summary.batches++;
        summary.retries += attempts - 1;
        const c: LoadCounts = { created: value.created, updated: value.changed - value.created, unchanged: value.rows - value.changed };
        add(counts, c);
        add(into, c);
        done += batch.length;
        o.onProgress?.(done, total, key);
      }
    }
  };

  await runBatches(MERGE_NODES, groupBy(graph.nodes.map(nodeRow), (r) => r.label), summary.nodes, summary.byLabel, "nodes");
  await runBatches(MERGE_RELATIONSHIPS, groupBy(graph.edges.map(edgeRow), (r) => r.type), summary.relationships, summary.byType, "relationships");
  summary.ms = Date.now() - started;
  return summary;
}
