// Subgraphs read from Neo4j: the ego network around a named entity, with the articles its evidence cites.
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import type { Graph } from "../graph/schema.js";
import { StoreError } from "./options.js";
import { runReadQuery } from "./read.js";

export interface EgoQueryOptions {
  hops: number;
  /** Stop growing once this many nodes are kept (hubs can reach the whole graph in two hops). */
  maxNodes: number;
  timeoutMs: number;
}

export const EGO_QUERY_DEFAULTS: EgoQueryOptions = { hops: 2, maxNodes: 5000, timeoutMs: 30_000 };

const Ids = z.array(z.string());

export async function egoNetworkFromStore(driver: Driver, centre: string, options: Partial<EgoQueryOptions> = {}): Promise<Graph> {
  const o = { ...EGO_QUERY_DEFAULTS, ...options };
  const found = await runReadQuery(driver,
    "MATCH (n:Entity) WHERE n.id = $name OR n.name = $name OR $name IN n.aliases RETURN n.id AS id ORDER BY (n.name = $name) DESC, n.id",
    { name: centre }, { timeoutMs: o.timeoutMs, limit: 10 });
  const ids = found.rows.map((r) => z.string().parse(r["id"]));
  if (ids.length === 0) throw new StoreError(`no entity named '${centre}' in the database`);
  const exact = found.rows.filter((r) => r["id"] === centre);
  if (ids.length > 1 && exact.length === 0) {
    throw new StoreError(`'${centre}' names ${ids.length} entities: ${ids.join(", ")}; give an id`);
  }
  const keep = new Set([exact.length ? centre : ids[0]!]);
  let frontier = [...keep];
  for (let hop = 0; hop < o.hops && frontier.length > 0 && keep.size < o.maxNodes; hop++) {
    const next = await runReadQuery(driver,
      "MATCH (n:Entity)-[r]-(m:Entity) WHERE n.id IN $frontier AND type(r) <> 'MENTIONED_IN' RETURN collect(DISTINCT m.id) AS ids",
      { frontier }, { timeoutMs: o.timeoutMs, limit: 1 });
    frontier = Ids.parse(next.rows[0]?.["ids"] ?? []).filter((id) => !keep.has(id)).slice(0, o.maxNodes - keep.size);
    frontier.forEach((id) => keep.add(id));
  }
  const sub = await runReadQuery(driver,
    `MATCH (n:Entity) WHERE n.id IN $ids
     OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id IN $ids AND type(r) <> 'MENTIONED_IN'
     WITH n, collect(r) AS rels
     OPTIONAL MATCH (a:Article) WHERE a.id IN reduce(acc = [], x IN rels | acc + coalesce(x.evidenceArticles, []))
     RETURN n, rels, collect(a) AS articles`,
    { ids: [...keep] }, { timeoutMs: o.timeoutMs, limit: keep.size + 1 });
  return sub.graph;
}
