// Run by global-setup.ts under tsx (jest loads global setup as CommonJS, which cannot import the ESM sources): starts the
// embedded Neo4j and prints `ready <uri>` or `unavailable <reason>`; stops it when stdin closes or on SIGTERM.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, localNeo4jUnavailable, startLocalNeo4j } from "../../src/store/index.js";

const why = localNeo4jUnavailable();
if (why) {
  process.stdout.write(`unavailable ${why}\n`);
  process.exit(0);
}
const dataDir = mkdtempSync(join(tmpdir(), "kg-neo4j-test-"));
const server = await startLocalNeo4j({ dataDir, port: await freePort(), watchStdin: true });
process.stdout.write(`ready ${server.uri}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.stdin.on("end", () => void stop());
process.stdin.on("close", () => void stop());
process.stdin.resume();
process.on("SIGTERM", () => void stop());
