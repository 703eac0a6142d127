// Where the viewer's graph comes from: a graph JSON file, or Neo4j (which also answers Cypher).
import { basename } from "node:path";
import { readGraph } from "../graph/index.js";

export interface LibraryQuery { name: string; description: string; params: unknown }

export interface CypherResult {
  columns: string[];
  rows: unknown[];
  graph: unknown;
  truncated?: boolean;
}

export interface CypherBounds { timeoutMs: number; limit: number }

export interface CypherService {
  listQueries(): LibraryQuery[] | Promise<LibraryQuery[]>;
  /** Runs a read-only query, bounded by rows and time. */
  run(cypher: string, params: Record<string, unknown>, bounds: CypherBounds): Promise<CypherResult>;
  /** Runs a library query by name. */
  runNamed(name: string, params: Record<string, unknown>, bounds: CypherBounds): Promise<CypherResult>;
}

export interface GraphSource {
  kind: "file" | "neo4j";
  /** Shown in the viewer's header: the file name or the database address. */
  describe: string;
  /** The whole graph as interchange JSON text, validated. */
  graphJson(): Promise<string>;
  cypher: CypherService | null;
  close(): Promise<void>;
}

/** A graph JSON file, validated on first request and kept in memory as text. */
export function fileSource(path: string): GraphSource {
  let cached: Promise<string> | null = null;
  return {
    kind: "file",
    describe: basename(path),
    graphJson() {
      cached ??= readGraph(path).then((g) => JSON.stringify(g));
      cached.catch(() => { cached = null; });
      return cached;
    },
    cypher: null,
    async close() {},
  };
}
