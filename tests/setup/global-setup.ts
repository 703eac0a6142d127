// Jest global setup: starts the embedded Neo4j for the store tests unless NEO4J_URI points at one; says plainly when it cannot.
// Jest loads this file as CommonJS, so it only uses Node built-ins and runs start-neo4j.ts (ESM) in a tsx child process.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

declare global {
  var __KG_TEST_NEO4J__: ChildProcess | undefined; // read by global-teardown.ts, which runs in the same process
}

interface JestGlobalConfig {
  rootDir: string;
  testPathPattern?: string;
  testPathPatterns?: { patterns?: string[] };
}

/** Whether the run selects a test under tests/store (the ones that talk to Neo4j). */
function selectsStoreTests(config: JestGlobalConfig): boolean {
  const dir = resolve(config.rootDir, "tests", "store");
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".test.ts")).map((f) => join(dir, f));
  } catch {
    return false;
  }
  const patterns = config.testPathPatterns?.patterns ?? (config.testPathPattern ? [config.testPathPattern] : []);
  return patterns.length === 0 ? files.length > 0 : files.some((f) => patterns.some((p) => new RegExp(p).test(f)));
}

function startChild(rootDir: string): Promise<{ child: ChildProcess; line: string }> {
  const tsx = resolve(rootDir, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [resolve(rootDir, "tests", "setup", "start-neo4j.ts")], { cwd: rootDir, stdio: ["pipe", "pipe", "pipe"] });
  return new Promise((ok, fail) => {
    let out = "";
    let err = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const line = out.split("\n").find((l) => l.startsWith("ready ") || l.startsWith("unavailable "));
      if (line) ok({ child, line });
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (err = (err + chunk).slice(-4000)));
    child.once("exit", (code) => fail(new Error(`tests: the test Neo4j exited (code ${code}) before it was ready:\n${err}`)));
  });
}

export default async function globalSetup(config: JestGlobalConfig): Promise<void> {
  if (process.env["NEO4J_URI"] || !selectsStoreTests(config)) return;
  const { child, line } = await startChild(config.rootDir);
  if (line.startsWith("unavailable ")) {
    const message = `Neo4j tests cannot run: NEO4J_URI is not set and ${line.slice("unavailable ".length)}.`;
    if (process.env["CI"] === "true") throw new Error(`tests: ${message} Under CI=true that is a failure.`);
    process.env["KG_NEO4J_SKIP"] = message;
    process.stderr.write(`\n${message} They are skipped.\n`);
    return;
  }
  globalThis.__KG_TEST_NEO4J__ = child;
  process.env["NEO4J_URI"] = line.slice("ready ".length).trim(); // test workers inherit the environment
}
