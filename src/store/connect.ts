// Opening a driver on the configured Neo4j and proving it answers, with a message naming the URI when it does not.
import neo4j, { type Driver } from "neo4j-driver";
import { StoreError, storeOptions, type StoreOptions } from "./options.js";

/** Driver for the options (defaults < env < overrides); fails fast with the URI tried when Neo4j is unreachable. */
export async function connect(options: Partial<StoreOptions> = {}): Promise<Driver> {
  const o = storeOptions(options);
  const auth = o.password ? neo4j.auth.basic(o.user, o.password) : undefined; // no token: the server has auth off
  let driver: Driver;
  try {
    driver = neo4j.driver(o.uri, auth, {
      connectionTimeout: 5_000,
      maxTransactionRetryTime: o.driverRetryMs,
      logging: { level: "error", logger: () => {} },
    });
  } catch (err) {
    throw new StoreError(`cannot use NEO4J_URI ${o.uri}: ${(err as Error).message}`);
  }
  try {
    await driver.getServerInfo(o.database ? { database: o.database } : {});
  } catch (err) {
    await driver.close().catch(() => {});
    throw unreachable(o.uri, err);
  }
  return driver;
}

export function unreachable(uri: string, err: unknown): StoreError {
  const reason = err instanceof Error ? err.message.split("\n")[0]!.replace(/^Failed to connect to server\. .*Caused by: /, "") : String(err);
  return new StoreError(
    `cannot reach Neo4j at ${uri} (${reason}). Start one with \`npm run neo4j\` (local launcher) or \`docker compose up -d neo4j\`, or point NEO4J_URI at a running server.`,
  );
}
