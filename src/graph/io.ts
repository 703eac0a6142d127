// Reading and writing graph JSON: validated both ways, and written byte-identically for the same graph.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { GraphDocument, type Graph, type GraphEdge, type GraphNode } from "./schema.js";
import { edgeId } from "./identity.js";

export class GraphFormatError extends Error {
  constructor(message: string) {
    super(`graph: ${message}`);
    this.name = "GraphFormatError";
  }
}

/** Validates anything that claims to be graph JSON; fills edge ids and checks that edges' ends exist. */
export function parseGraph(value: unknown, origin = "graph JSON"): Graph {
  const parsed = GraphDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") : "";
    throw new GraphFormatError(`${origin}: invalid at ${where || "top level"}: ${issue?.message ?? "unknown"}`);
  }
  const ids = new Set<string>();
  for (const n of parsed.data.nodes) {
    if (ids.has(n.id)) throw new GraphFormatError(`${origin}: duplicate node id ${n.id}`);
    ids.add(n.id);
  }
  const edges: GraphEdge[] = parsed.data.edges.map((e) => ({ ...e, id: e.id ?? edgeId(e) }));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) {
      throw new GraphFormatError(`${origin}: edge ${e.id} (${e.type}) points at a missing node`);
    }
  }
  return { version: 1, nodes: parsed.data.nodes, edges };
}

export async function readGraph(path: string): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new GraphFormatError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GraphFormatError(`${path}: not JSON (${(err as Error).message})`);
  }
  return parseGraph(json, path);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Canonical order: nodes and edges by id, aliases sorted, evidence by article then offset. */
export function canonicalise(graph: Graph): Graph {
  const nodes: GraphNode[] = [...graph.nodes]
    .map((n) => ({ ...n, aliases: [...new Set(n.aliases)].sort(), props: sortKeys(n.props) }))
    .sort(byId);
  const edges: GraphEdge[] = [...graph.edges]
    .map((e) => {
      const out: GraphEdge = { id: e.id, type: e.type, source: e.source, target: e.target, props: sortKeys(e.props) };
      if (e.confidence !== undefined) out.confidence = e.confidence;
      if (e.evidence) {
        out.evidence = [...e.evidence].sort((a, b) =>
          a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end,
        );
      }
      return out;
    })
    .sort(byId);
  return { version: 1, nodes, edges };
}

function sortKeys<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

export function serialiseGraph(graph: Graph): string {
  return JSON.stringify(canonicalise(parseGraph(graph)), null, 1) + "\n";
}

export async function writeGraph(path: string, graph: Graph): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serialiseGraph(graph), "utf8");
}
