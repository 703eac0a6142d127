// The graph interchange format of ONTOLOGY.md as zod schemas: the one contract every stage reads and writes.
import { z } from "zod";

export const NODE_LABELS = [
  "Province", "District", "League", "Banner", "Township", "Village",
  "Enterprise", "Hospital", "School", "Organization", "Agency", "Person", "Article",
] as const;
export const RELATIONSHIP_TYPES = [
  "PAIRED_WITH", "PART_OF", "LOCATED_IN", "WORKS_AT", "ASSIGNED_TO",
  "FUNDED", "INVESTED_IN", "AUTHORED", "MENTIONED_IN",
] as const;
/** Labels whose nodes come from the gazetteer and carry an official code. */
export const ADMIN_LABELS = ["Province", "District", "League", "Banner"] as const;

export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** Property values Neo4j can store as they are: primitives and arrays of primitives. */
export const PropValue = z.union([
  z.string(), z.number(), z.boolean(), z.null(),
  z.array(z.string()), z.array(z.number()),
]);
export type PropValue = z.infer<typeof PropValue>;
export const Props = z.record(z.string(), PropValue);
export type Props = z.infer<typeof Props>;

export const Evidence = z.object({
  article: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const GraphNode = z.object({
  id: z.string().min(1),
  label: NodeLabel,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  props: Props.default({}),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  /** Extension of the ontology's format: a stable key, so loaders and viewers can address one edge. */
  id: z.string().min(1).optional(),
  type: RelationshipType,
  source: z.string().min(1),
  target: z.string().min(1),
  props: Props.default({}),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(Evidence).optional(),
});
export type GraphEdgeInput = z.infer<typeof GraphEdge>;
export type GraphEdge = GraphEdgeInput & { id: string };

export const GraphDocument = z.object({
  version: z.literal(1),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export interface Graph {
  version: 1;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
