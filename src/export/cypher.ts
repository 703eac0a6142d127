// A Cypher script that recreates the subgraph in any Neo4j (cypher-shell -f, or paste into Browser), idempotently and with evidence.
import { NODE_LABELS, RELATIONSHIP_TYPES, type Graph, type PropValue } from "../graph/schema.js";
import { EXPORT_DEFAULTS, type GraphFormat } from "./format.js";

const ROWS_PER_STATEMENT = 500;
type Literal = PropValue | Literal[] | { [key: string]: Literal };

/** A Cypher literal; the script is a file for people to run, so values are written out rather than bound. */
export function cypherLiteral(v: Literal): string {
  if (v === null) return "null";
  if (typeof v === "string") {
    return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}'`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${cypherKey(k)}: ${cypherLiteral(x)}`).join(", ")}}`;
}

function cypherKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, "``")}\``;
}

const withoutNulls = (props: Record<string, PropValue>) => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

export function cypherScript(graph: Graph, title: string): string {
  const out: string[] = [
    `// ${title}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships.`,
    "// Recreates the subgraph idempotently (MERGE on id); evidence is stored as the parallel arrays",
    "// evidenceArticles / evidenceSentences / evidenceStarts / evidenceEnds, as `kg load` does.",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    "",
  ];
  // Labels and types come from the ontology's closed lists, one statement group each.
  for (const label of NODE_LABELS) {
    const nodes = graph.nodes.filter((n) => n.label === label);
    for (const chunk of chunks(nodes)) {
      const rows = chunk.map((n) => cypherLiteral({ id: n.id, name: n.name, aliases: n.aliases, props: withoutNulls(n.props) }));
      out.push(`UNWIND [\n  ${rows.join(",\n  ")}\n] AS row`);
      out.push(`MERGE (n:Entity {id: row.id})\nSET n:${label}, n.name = row.name, n.aliases = row.aliases\nSET n += row.props;\n`);
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const edges = graph.edges.filter((e) => e.type === type);
    for (const chunk of chunks(edges)) {
      const rows = chunk.map((e) => {
        const ev = e.evidence ?? [];
        const row: Record<string, Literal> = { id: e.id, source: e.source, target: e.target, props: withoutNulls(e.props), confidence: e.confidence ?? null };
        if (e.evidence) {
          Object.assign(row, {
            evidenceArticles: ev.map((x) => x.article), evidenceSentences: ev.map((x) => x.sentence),
            evidenceStarts: ev.map((x) => x.start), evidenceEnds: ev.map((x) => x.end),
          });
        }
        return cypherLiteral(row);
      });
      out.push(`UNWIND [\n  ${rows.join(",\n  ")}\n] AS row`);
      out.push(
        `MATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\nMERGE (a)-[r:${type} {id: row.id}]->(b)\n` +
          "SET r += row.props, r.confidence = row.confidence, r.evidenceArticles = row.evidenceArticles,\n" +
          "    r.evidenceSentences = row.evidenceSentences, r.evidenceStarts = row.evidenceStarts, r.evidenceEnds = row.evidenceEnds;\n",
      );
    }
  }
  return out.join("\n");
}

export const cypherFormat: GraphFormat = {
  name: "cypher",
  description: "Cypher script that recreates the subgraph with MERGE (evidence as parallel arrays)",
  write(graph, options = {}) {
    const o = { ...EXPORT_DEFAULTS, ...options };
    return [{ name: `${o.baseName}.cypher`, content: cypherScript(graph, o.title), mediaType: "application/x-cypher-query" }];
  },
};
