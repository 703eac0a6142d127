// The Neo4j store: connection, schema, batched loading, the analysts' query library, read-only queries and subgraphs.
export { STORE_DEFAULTS, StoreError, storeOptions } from "./options.js";
export type { StoreOptions } from "./options.js";
export { connect } from "./connect.js";
export { listQueries, findQuery, bindParams, coerceParam, parseLibraryQuery } from "./library.js";
export type { LibraryQuery, QueryParam, QueryParamType } from "./library.js";
export { runReadQuery } from "./read.js";
export type { ReadQueryOptions, ReadQueryResult } from "./read.js";
export type { JsonValue } from "./codec.js";
export { applySchema, schemaStatements } from "./schema.js";
export type { SchemaSummary } from "./schema.js";
export { loadGraph } from "./load.js";
export type { LoadCounts, LoadOptions, LoadSummary, LoadProgress } from "./load.js";
export { startLocalNeo4j, localNeo4jUnavailable, freePort, LOCAL_NEO4J_DEFAULTS } from "./local.js";
export type { LocalNeo4j, LocalNeo4jOptions } from "./local.js";
export { ENTITY_LABEL } from "./codec.js";
export { egoNetworkFromStore, EGO_QUERY_DEFAULTS } from "./subgraph.js";
export type { EgoQueryOptions } from "./subgraph.js";
