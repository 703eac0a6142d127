// Jest global teardown: stops the Neo4j that global-setup.ts started (a server given through NEO4J_URI is left alone).

export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__KG_TEST_NEO4J__;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once("exit", () => done());
    child.stdin?.end(); // start-neo4j.ts stops the server when its stdin closes
  });
  globalThis.__KG_TEST_NEO4J__ = undefined;
  delete process.env["NEO4J_URI"];
}
