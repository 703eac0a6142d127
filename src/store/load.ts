// The batched loader: per label and per relationship type, one managed write transaction per batch that looks up which
// ids exist (one index seek each), CREATEs the new rows and merges the rest; idempotent and incremental (aliases and
// evidence are unioned).
import type { Driver, Integer, ManagedTransaction } from "neo4j-driver";
import { isInt } from "neo4j-driver";
import { z } from "zod";
import { NODE_LABELS, RELATIONSHIP_TYPES, type Graph, type NodeLabel, type RelationshipType } from "../graph/schema.js";
import { ENTITY_LABEL, edgeRow, nodeRow, type EdgeRow, type NodeRow } from "./codec.js";
import { StoreError, storeOptions, type StoreOptions } from "./options.js";
import { applySchema } from "./schema.js";
import { withRetry } from "./retry.js";

/** A label or type as a Cypher identifier, only from the closed lists of the graph schema (the one place Cypher is built). */
function identifier(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new StoreError(`not a label or type of the graph schema: ${name}`);
  return `\`${name}\``;
}

interface Statements {
  lookup: string;
  create: string;
  update: string;
}

// Rows travel as parallel lists, one per column ($id[i], $name[i], …): a list of maps repeats every key in every row,
// which cost a third of the time of sending a batch over Bolt. Each statement reads row i from them.
const EACH_ROW = "UNWIND range(0, size($id) - 1) AS i";

// Every look-up by id forces an index seek: a plan cached while a label or type had few or no entries (the first batch
// of a load) may otherwise scan, by label or type or even the whole index (plain USING INDEX allows that), once per row,
// and replayed on the next batches that scan makes a batch quadratic (a 5k-row look-up took over 100 s instead of 50 ms).
const LOOKUP_NODES = `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) USING INDEX SEEK n:${ENTITY_LABEL}(id) RETURN collect(id) AS found`;

function nodeStatements(label: NodeLabel): Statements {
  const l = identifier(label, NODE_LABELS);
  return {
    lookup: LOOKUP_NODES,
    // New ids: CREATE, with no existence check beyond the constraints' own. Empty alias lists stay unset, as before.
    create: `
${EACH_ROW}
CREATE (n:${ENTITY_LABEL}:${l} {id: $id[i], name: $name[i]})
SET n += $props[i], n.aliases = CASE WHEN size($aliases[i]) > 0 THEN $aliases[i] END
RETURN count(*) AS rows, count(*) AS changed`,
    // Existing ids: what changes is computed from the few values a row sets, before setting them (comparing whole
    // property maps cost more than the writes). MERGE rather than MATCH so a node deleted meanwhile comes back.
    update: `
${EACH_ROW}
WITH $id[i] AS id, $name[i] AS name, $aliases[i] AS aliases, $props[i] AS props
MERGE (n:${ENTITY_LABEL} {id: id})
WITH n, name, props, [a IN aliases WHERE NOT a IN coalesce(n.aliases, [])] AS freshAliases,
     n.name IS NULL OR n.name <> name AS renamed,
     any(k IN keys(props) WHERE n[k] IS NULL OR n[k] <> props[k]) AS propsDiffer,
     NOT n:${l} AS relabelled
SET n:${l}, n.name = name
SET n += props
FOREACH (_ IN CASE WHEN size(freshAliases) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + freshAliases)
RETURN count(*) AS rows, sum(CASE WHEN renamed OR propsDiffer OR relabelled OR size(freshAliases) > 0 THEN 1 ELSE 0 END) AS changed`,
  };
}

function relationshipStatements(type: RelationshipType): Statements {
  const t = identifier(type, RELATIONSHIP_TYPES);
  return {
    // Served by the per-type uniqueness constraint on r.id (schema/schema.cypher): one seek per id.
    lookup: `UNWIND $ids AS id MATCH ()-[r:${t} {id: id}]->() USING INDEX SEEK r:${t}(id) RETURN collect(id) AS found`,
    // New ids: CREATE, not MERGE, which would expand the relationships between the two ends (slow on hubs).
    // The uniqueness constraint makes a concurrent load that created the same id first fail this batch, which is
    // then replayed and finds it. Empty evidence lists stay unset, as before.
    create: `
${EACH_ROW}
MATCH (a:${ENTITY_LABEL} {id: $source[i]}) USING INDEX SEEK a:${ENTITY_LABEL}(id)
MATCH (b:${ENTITY_LABEL} {id: $target[i]}) USING INDEX SEEK b:${ENTITY_LABEL}(id)
CREATE (a)-[r:${t} {id: $id[i]}]->(b)
SET r += $props[i], r.confidence = $confidence[i]
FOREACH (_ IN CASE WHEN size($evidenceArticles[i]) > 0 THEN [1] ELSE [] END |
  SET r.evidenceArticles = $evidenceArticles[i], r.evidenceSentences = $evidenceSentences[i],
      r.evidenceStarts = $evidenceStarts[i], r.evidenceEnds = $evidenceEnds[i])
RETURN count(*) AS rows, count(*) AS changed`,
    // Existing ids, found by the index: evidence is unioned (a citation (article, start, end) already there is not
    // stored twice), the highest confidence kept.
    update: `
${EACH_ROW}
WITH $id[i] AS id, $props[i] AS props, $confidence[i] AS confidence, $evidenceArticles[i] AS articles,
     $evidenceSentences[i] AS sentences, $evidenceStarts[i] AS starts, $evidenceEnds[i] AS ends
MATCH ()-[r:${t} {id: id}]->() USING INDEX SEEK r:${t}(id)
WITH r, props, confidence, articles, sentences, starts, ends,
     coalesce(r.evidenceArticles, []) AS oldArticles, coalesce(r.evidenceStarts, []) AS oldStarts, coalesce(r.evidenceEnds, []) AS oldEnds
WITH r, props, confidence, articles, sentences, starts, ends,
     [k IN range(0, size(articles) - 1) WHERE NONE(j IN range(0, size(oldArticles) - 1)
       WHERE oldArticles[j] = articles[k] AND oldStarts[j] = starts[k] AND oldEnds[j] = ends[k])] AS fresh,
     any(k IN keys(props) WHERE r[k] IS NULL OR (r[k] <> props[k] AND NOT (k = 'since' AND r[k] < props[k]))) AS propsDiffer,
     confidence IS NOT NULL AND (r.confidence IS NULL OR r.confidence < confidence) AS higher,
     r.since AS oldSince
SET r += props
// A pairing dated differently by two corpora stands since the earlier year (as the extractor merges articles).
FOREACH (_ IN CASE WHEN oldSince IS NOT NULL AND r.since > oldSince THEN [1] ELSE [] END | SET r.since = oldSince)
FOREACH (_ IN CASE WHEN higher THEN [1] ELSE [] END | SET r.confidence = confidence)
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET r.evidenceArticles = coalesce(r.evidenceArticles, []) + [k IN fresh | articles[k]],
      r.evidenceSentences = coalesce(r.evidenceSentences, []) + [k IN fresh | sentences[k]],
      r.evidenceStarts = coalesce(r.evidenceStarts, []) + [k IN fresh | starts[k]],
      r.evidenceEnds = coalesce(r.evidenceEnds, []) + [k IN fresh | ends[k]])
RETURN count(*) AS rows, sum(CASE WHEN size(fresh) > 0 OR propsDiffer OR higher THEN 1 ELSE 0 END) AS changed`,
  };
}

/** Rows as parallel lists, one per field the statements above read (label and type are in the statement itself). */
function columns<R extends NodeRow | EdgeRow>(rows: R[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const first = rows[0];
  if (!first) return out;
  const keys = Object.keys(first).filter((k) => k !== "label" && k !== "type") as (keyof R)[];
  for (const key of keys) out[key as string] = rows.map((row) => row[key]);
  return out;
}

// Built once, from the closed lists only.
const NODE_STATEMENTS = new Map<string, Statements>(NODE_LABELS.map((l) => [l, nodeStatements(l)]));
const RELATIONSHIP_STATEMENTS = new Map<string, Statements>(RELATIONSHIP_TYPES.map((t) => [t, relationshipStatements(t)]));

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
  /** Batches that had to be replayed after a lost connection, a transient error or a concurrent load's race. */
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

// Rows coming back from Neo4j are checked at the boundary: counts arrive as Neo4j integers.
const Count = z.union([z.number(), z.custom<Integer>((v) => isInt(v))]).transform((v) => (typeof v === "number" ? v : v.toNumber()));
const Found = z.object({ found: z.array(z.string()) });
const Written = z.object({ rows: Count, changed: Count });

async function single<S extends z.ZodType>(tx: ManagedTransaction, statement: string, params: Record<string, unknown>, shape: S): Promise<z.infer<S>> {
  const res = await tx.run(statement, params);
  const rec = res.records[0];
  if (!rec) throw new StoreError("a loader statement returned no row");
  return shape.parse(rec.toObject());
}

/** Splits a batch into rows whose id is new (the first of each id) and rows that merge into one already there. */
function split<R extends { id: string }>(rows: R[], found: string[]): { fresh: R[]; existing: R[] } {
  const seen = new Set(found);
  const fresh: R[] = [];
  const existing: R[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) existing.push(row);
    else {
      seen.add(row.id); // a repeated id later in the batch merges into the one just created
      fresh.push(row);
    }
  }
  return { fresh, existing };
}

/** A concurrent load created one of our new ids first (a uniqueness constraint said so): replaying the batch merges. */
function lostRace(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}
const RACE_REPLAYS = 3;

/** Loads a graph into Neo4j: nodes first (per label), then relationships (per type), in batches. */
export async function loadGraph(driver: Driver, graph: Graph, options: Partial<LoadOptions> = {}): Promise<LoadSummary> {
  const o = { ...storeOptions(options), skipSchema: options.skipSchema ?? false, onProgress: options.onProgress };
  const started = Date.now();
  if (!o.skipSchema) await applySchema(driver, o.database);
  const summary: LoadSummary = { nodes: zero(), relationships: zero(), byLabel: {}, byType: {}, batches: 0, retries: 0, ms: 0 };
  const total = graph.nodes.length + graph.edges.length;
  let done = 0;

  const runBatches = async <R extends NodeRow | EdgeRow>(
    groups: Map<string, R[]>,
    statements: (key: string) => Statements | undefined,
    into: LoadCounts,
    per: Record<string, LoadCounts>,
    kind: "nodes" | "relationships",
  ) => {
    for (const [key, rows] of groups) {
      const s = statements(key);
      if (!s) throw new StoreError(`not a label or type of the graph schema: ${key}`);
      const counts = (per[key] ??= zero());
      // A few batches in flight at once, each its own transaction; batches hold distinct ids, and two that touch the
      // same node wait on its lock (a deadlock is a transient error the driver replays).
      let next = 0;
      const lane = async () => {
        for (let i = next; i < rows.length; i = next) {
          next += o.batchSize;
          const batch = rows.slice(i, i + o.batchSize);
          const what = `${kind} batch ${key} ${i / o.batchSize + 1}`;
          // One transaction per batch: the look-up, the creates and the merges commit together or not at all.
          const write = async () => {
            const session = driver.session(o.database ? { database: o.database } : {});
            try {
              return await session.executeWrite(async (tx) => {
                const { found } = await single(tx, s.lookup, { ids: batch.map((r) => r.id) }, Found);
                const { fresh, existing } = split(batch, found);
                const created = fresh.length > 0 ? await single(tx, s.create, columns(fresh), Written) : { rows: 0, changed: 0 };
                const merged = existing.length > 0 ? await single(tx, s.update, columns(existing), Written) : { rows: 0, changed: 0 };
                return { created: created.rows, merged: merged.rows, changed: merged.changed };
              });
            } finally {
              await session.close();
            }
          };
          const { value, attempts } = await withRetry(
            async () => {
              for (let race = 0; ; race++) {
                try {
                  return { ...(await write()), races: race };
                } catch (err) {
                  if (!lostRace(err) || race >= RACE_REPLAYS) throw err;
                }
              }
            },
            { retries: o.retries, delayMs: o.retryDelayMs, what, uri: o.uri },
          );
          const rowsWritten = value.created + value.merged;
          if (rowsWritten !== batch.length) {
            throw new StoreError(`${key}: ${batch.length - rowsWritten} of ${batch.length} relationships have an end that is not in the database`);
          }
          summary.batches++;
          summary.retries += attempts - 1 + value.races;
          const c: LoadCounts = { created: value.created, updated: value.changed, unchanged: value.merged - value.changed };
          add(counts, c);
          add(into, c);
          done += batch.length;
          o.onProgress?.(done, total, key);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lane));
    }
  };

  await runBatches(groupBy(graph.nodes.map(nodeRow), (r) => r.label), (label) => NODE_STATEMENTS.get(label), summary.nodes, summary.byLabel, "nodes");
  await runBatches(groupBy(graph.edges.map(edgeRow), (r) => r.type), (type) => RELATIONSHIP_STATEMENTS.get(type), summary.relationships, summary.byType, "relationships");
  summary.ms = Date.now() - started;
  return summary;
}
