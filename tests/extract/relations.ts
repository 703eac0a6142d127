// Relationships of an extracted graph looked up by the canonical names of their ends, for the end-to-end tests.
import type { Graph } from "../../src/graph/index.js";

/** The relationships of a type between two entities named by their canonical names. */
export function between(g: Graph, type: string, from: string, to: string): Graph["edges"] {
  const id = (name: string) => g.nodes.find((n) => n.name === name)?.id;
  return g.edges.filter((e) => e.type === type && e.source === id(from) && e.target === id(to));
}
