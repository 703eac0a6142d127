// Running the embedded Neo4j of tools/neo4j-local (Launcher.java over the jars in lib/) for a person, the tests and the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { launcherDir } from "./paths.js";
import { StoreError } from "./options.js";

export interface LocalNeo4jOptions {
  /** Where the DBMS keeps its data. */
  dataDir: string;
  port: number;
  /** Stop when our stdin closes (the parent went away); set for tests and benchmarks. */
  watchStdin: boolean;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Page cache in MB; small by default, larger for the benchmark. */
  pageCacheMb: number;
  readyTimeoutMs: number;
  /** Echo the launcher's output (for `npm run neo4j`). */
  echo: boolean;
}

export const LOCAL_NEO4J_DEFAULTS: LocalNeo4jOptions = {
  dataDir: ".neo4j-data",
  port: 7687,
  watchStdin: false,
  heap: "1g",
  pageCacheMb: 128,
  readyTimeoutMs: 180_000,
  echo: false,
};

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Why the local launcher cannot run here, or undefined when Java and the fetched jars are present. */
export function localNeo4jUnavailable(): string | undefined {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) return "Java is not installed (the local Neo4j needs Java 17 or 21 on PATH)";
  const lib = join(launcherDir(), "lib");
  if (!existsSync(lib) || !readdirSync(lib).some((f) => f.startsWith("neo4j-kernel"))) {
    return `the Neo4j jars are missing from ${lib} (run \`npm run neo4j:fetch\`)`;
  }
  return undefined;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export async function startLocalNeo4j(options: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4j> {
  const o = { ...LOCAL_NEO4J_DEFAULTS, ...options };
  const why = localNeo4jUnavailable();
  if (why) throw new StoreError(`cannot start the local Neo4j: ${why}`);
  const dataDir = resolve(o.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [`-Xmx${o.heap}`, `-Dneo4j.pagecache.mb=${o.pageCacheMb}`, "-cp", "lib/*", "Launcher.java", dataDir, String(o.port)];
  if (o.watchStdin) args.push("--watch-stdin");
  const child = spawn("java", args, { cwd: launcherDir(), stdio: ["pipe", "pipe", "pipe"] });
  const uri = `bolt://127.0.0.1:${o.port}`;
  await waitForReady(child, o);
  return {
    uri,
    pid: child.pid ?? 0,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, o: LocalNeo4jOptions): Promise<void> {
  return new Promise((ok, fail) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      fail(new StoreError(`the local Neo4j did not report ready within ${o.readyTimeoutMs} ms\n${err.slice(-2000)}`));
    }, o.readyTimeoutMs);
    child.stdout?.setEncoding("utf8");
    child.stderr?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      if (o.echo) process.stdout.write(chunk);
      out += chunk;
      if (/neo4j-local: ready/.test(out)) {
        clearTimeout(timer);
        out = "";
        ok();
      }
    });
    child.stderr?.on("data", (chunk: string) => {
      if (o.echo) process.stderr.write(chunk);
      err = (err + chunk).slice(-8000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new StoreError(`the local Neo4j exited (code ${code}) before it was ready:\n${err.slice(-2000)}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const hard = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(hard);
      ok();
    });
    child.kill("SIGTERM"); // the launcher's shutdown hook closes the database cleanly
  });
}
