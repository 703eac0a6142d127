// The analysts' query library: one .cypher file per question under schema/queries/, described by its header comment.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { queriesDir } from "./paths.js";
import { StoreError } from "./options.js";

export const QueryParamType = z.enum(["string", "integer", "number", "boolean"]);
export type QueryParamType = z.infer<typeof QueryParamType>;

export interface QueryParam {
  name: string;
  type: QueryParamType;
  required: boolean;
  description: string;
  /** Used when the caller gives nothing; optional parameters without one are passed as null. */
  default?: string | number | boolean;
}

export interface LibraryQuery {
  name: string;
  description: string;
  params: QueryParam[];
  cypher: string;
  file: string;
}

// Header grammar: first comment lines are the description; `// @param name type[?] [= default] description` lines declare parameters.
const PARAM_LINE = /^\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(string|integer|number|boolean)(\?)?(?:\s*=\s*(\S+))?\s*(.*)$/;

export function parseLibraryQuery(text: string, file: string): LibraryQuery {
  const description: string[] = [];
  const params: QueryParam[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("//")) break;
    const m = PARAM_LINE.exec(line);
    if (m) {
      const type = QueryParamType.parse(m[2]);
      const param: QueryParam = { name: m[1]!, type, required: !m[3] && m[4] === undefined, description: m[5]!.trim() };
      if (m[4] !== undefined) param.default = coerceParam(m[4], type, `${file}: default of $${m[1]}`);
      params.push(param);
    } else if (line.startsWith("// @")) {
      throw new StoreError(`${file}: cannot read header line '${line}'`);
    } else {
      const words = line.replace(/^\/\/\s?/, "");
      if (words) description.push(words);
    }
  }
  if (description.length === 0) throw new StoreError(`${file}: the header comment saying what the query answers is missing`);
  return { name: basename(file, ".cypher"), description: description.join(" "), params, cypher: text, file };
}

/** Every query of the library, sorted by name. */
export function listQueries(): LibraryQuery[] {
  const dir = queriesDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => parseLibraryQuery(readFileSync(join(dir, f), "utf8"), join(dir, f)));
}

export function findQuery(name: string): LibraryQuery {
  const all = listQueries();
  const q = all.find((x) => x.name === name);
  if (!q) throw new StoreError(`no query named '${name}' in the library (known: ${all.map((x) => x.name).join(", ")})`);
  return q;
}

/** A parameter's text (from `--param key=value` or a URL) as the declared type. */
export function coerceParam(value: string, type: QueryParamType, where: string): string | number | boolean {
  switch (type) {
    case "string":
      return value;
    case "integer": {
      if (!/^-?\d+$/.test(value)) throw new StoreError(`${where}: '${value}' is not an integer`);
      return Number(value);
    }
    case "number": {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new StoreError(`${where}: '${value}' is not a number`);
      return n;
    }
    case "boolean":
      if (value !== "true" && value !== "false") throw new StoreError(`${where}: '${value}' is not true or false`);
      return value === "true";
  }
}

/** Parameters for a library query: declared types applied, defaults filled, missing optionals as null, unknown names refused. */
export function bindParams(query: LibraryQuery, given: Record<string, string>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const key of Object.keys(given)) {
    if (!query.params.some((p) => p.name === key)) {
      throw new StoreError(`query '${query.name}' has no parameter '${key}' (it takes: ${query.params.map((p) => p.name).join(", ") || "none"})`);
    }
  }
  for (const p of query.params) {
    const raw = given[p.name];
    if (raw !== undefined) out[p.name] = coerceParam(raw, p.type, `query '${query.name}' parameter ${p.name}`);
    else if (p.default !== undefined) out[p.name] = p.default;
    else if (p.required) throw new StoreError(`query '${query.name}' needs --param ${p.name}=… (${p.description})`);
    else out[p.name] = null;
  }
  return out;
}
