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
// `before` captures the properties so the batch can report which matched rows actually changed.
const MERGE_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, properties(n) AS before
SET n:$(row.label),
    n.name = row.name,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
SET n += row.props
RETURN count(*) AS rows, sum(CASE WHEN properties(n) <> before THEN 1 ELSE 0 END) AS changed`;

const MERGE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, properties(r) AS before
SET r += row.props,
    r.confidence = CASE WHEN row.confidence IS NULL OR r.confidence >= row.confidence THEN r.confidence ELSE row.confidence END
WITH r, row, before, coalesce(r.evidenceArticles, []) AS oldArticles
WITH r, row, before, [i IN range(0, size(row.evidenceArticles) - 1) WHERE NONE(j IN range(0, size(oldArticles) - 1)
       WHERE oldArticles[j] = row.evidenceArticles[i] AND r.evidenceStarts[j] = row.evidenceStarts[i] AND r.evidenceEnds[j] = row.evidenceEnds[i])] AS fresh
SET r.evidenceArticles = CASE WHEN size(fresh) = 0 THEN r.evidenceArticles ELSE coalesce(r.evidenceArticles, []) + [i IN fresh | row.evidenceArticles[i]] END,
    r.evidenceSentences = CASE WHEN size(fresh) = 0 THEN r.evidenceSentences ELSE coalesce(r.evidenceSentences, []) + [i IN fresh | row.evidenceSentences[i]] END,
    r.evidenceStarts = CASE WHEN size(fresh) = 0 THEN r.evidenceStarts ELSE coalesce(r.evidenceStarts, []) + [i IN fresh | row.evidenceStarts[i]] END,
    r.evidenceEnds = CASE WHEN size(fresh) = 0 THEN r.evidenceEnds ELSE coalesce(r.evidenceEnds, []) + [i IN fresh | row.evidenceEnds[i]] END
RETURN count(*) AS rows, sum(CASE WHEN properties(r) <> before THEN 1 ELSE 0 END) AS changed`;

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
