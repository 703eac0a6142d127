// What views read from the core, in one import.
export * from "../core/index.js";
export type { Evidence, NodeLabel, RelationshipType, Graph } from "../../../src/graph/schema.js";
