// `kg query`: a library query by name, a .cypher file, or --cypher text, read-only, printed as a table, JSON or CSV.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Command } from "./command.js";
import { CliError } from "./command.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, connectionFrom, parseFlags, type FlagValues } from "./neo4j.js";
import { csvCell } from "../export/index.js";
import { STORE_DEFAULTS, bindParams, connect, findQuery, listQueries, parseLibraryQuery, runReadQuery, storeOptions, type JsonValue, type ReadQueryResult } from "../store/index.js";

const usage = `usage: kg query <name | file.cypher> [--param key=value …] [--format table|json|csv] [--limit ${STORE_DEFAULTS.limit}] [--timeout-ms ${STORE_DEFAULTS.timeoutMs}]
       kg query --cypher "MATCH … RETURN …" [--param key=value …]
       kg query --list

Runs read-only (READ access mode; writes are refused) with a timeout and a row limit.
${CONNECTION_USAGE}`;

export const QUERY_FLAGS = {
  ...CONNECTION_FLAGS,
  cypher: { type: "string" },
  param: { type: "string", multiple: true },
  format: { type: "string" },
  limit: { type: "string" },
  "timeout-ms": { type: "string" },
  list: { type: "boolean" },
} as const;

const Options = z.object({
  format: z.enum(["table", "json", "csv"]),
  limit: z.coerce.number().int().min(1).max(1_000_000),
  timeoutMs: z.coerce.number().int().min(1),
});

/** `--param a=1 --param b=x` as a map of raw strings. */
export function paramPairs(values: FlagValues, stage: string): Record<string, string> {
  const raw = values["param"];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Record<string, string> = {};
  for (const item of list) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(String(item));
    if (!m) throw new CliError(`${stage}: --param wants key=value, got '${String(item)}'`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** The query text and bound parameters for a name, a file, or --cypher (whose parameters are strings, or integers when they look like one). */
export async function resolveQuery(target: string | undefined, cypher: string | undefined, params: Record<string, string>, stage: string) {
  if (cypher !== undefined && target !== undefined) throw new CliError(`${stage}: give a query name/file or --cypher, not both`);
  if (cypher !== undefined) {
    const bound = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, /^-?\d+$/.test(v) ? Number(v) : v]));
    return { cypher, params: bound as Record<string, unknown> };
  }
  if (target === undefined) throw new CliError(`${stage}: name a library query, a .cypher file, or give --cypher`);
  if (target.endsWith(".cypher")) {
    let text: string;
    try {
      text = await readFile(target, "utf8");
    } catch (err) {
      throw new CliError(`${stage}: ${target}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const q = text.trimStart().startsWith("//") ? parseLibraryQuery(text, target) : { name: target, description: "", params: [], cypher: text, file: target };
    return { cypher: q.cypher, params: q.params.length ? bindParams(q, params) : (params as Record<string, unknown>) };
  }
  const q = findQuery(target);
  return { cypher: q.cypher, params: bindParams(q, params) as Record<string, unknown> };
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const cellText = (v: JsonValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

export function formatResult(result: ReadQueryResult, format: "table" | "json" | "csv"): string {
  if (format === "json") return JSON.stringify(result.rows, null, 1);
  if (format === "csv") return [result.columns.map(csvCell).join(","), ...result.rows.map((r) => result.columns.map((c) => csvCell(cellText(r[c]))).join(","))].join("\r\n");
  const cells = result.rows.map((r) => result.columns.map((c) => cellText(r[c]).slice(0, 80)));
  const widths = result.columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const pad = (s: string, i: number) => s + " ".repeat(widths[i]! - width(s));
  return [
    result.columns.map(pad).join(" │ "),
    widths.map((w) => "─".repeat(w)).join("─┼─"),
    ...cells.map((row) => row.map(pad).join(" │ ")),
    `(${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? ", more were cut off by --limit" : ""})`,
  ].join("\n");
}

export const queryCommand: Command = {
  name: "query",
  summary: "run a library query, a .cypher file or --cypher read-only against Neo4j",
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { ...QUERY_FLAGS }, "query", usage);
    if (values["list"] === true) {
      for (const q of listQueries()) {
        console.log(`${q.name}\n  ${q.description}`);
        for (const p of q.params) console.log(`  --param ${p.name}=<${p.type}>${p.required ? "" : " (optional)"}  ${p.description}`);
      }
      return 0;
    }
    if (positionals.length > 1) throw new CliError(`query: one query at a time, got ${positionals.join(", ")}`);
    const opts = Options.safeParse({
      format: values["format"] ?? "table",
      limit: values["limit"] ?? STORE_DEFAULTS.limit,
      timeoutMs: values["timeout-ms"] ?? STORE_DEFAULTS.timeoutMs,
    });
    if (!opts.success) throw new CliError(`query: ${opts.error.issues[0]?.path.join(".")}: ${opts.error.issues[0]?.message}\n${usage}`);
    const { cypher, params } = await resolveQuery(positionals[0], values["cypher"] as string | undefined, paramPairs(values, "query"), "query");
    const o = storeOptions(connectionFrom(values, "query"));
    const driver = await connect(o);
    try {
      const result = await runReadQuery(driver, cypher, params, { timeoutMs: opts.data.timeoutMs, limit: opts.data.limit, database: o.database });
      console.log(formatResult(result, opts.data.format));
    } finally {
      await driver.close();
    }
    return 0;
  },
};
