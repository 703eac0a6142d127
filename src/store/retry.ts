// Replaying a whole batch with exponential backoff when the connection is lost; safe because every batch is one
// transaction (look-up, CREATEs of new ids, merges of the rest): it either committed entirely or not at all, and a
// replay looks the ids up again.
import { StoreError } from "./options.js";
import { unreachable } from "./connect.js";

export interface RetryOptions {
  retries: number;
  delayMs: number;
  what: string;
  uri: string;
}

const RETRIABLE = new Set(["ServiceUnavailable", "SessionExpired", "ECONNRESET", "ECONNREFUSED", "EPIPE"]);

function isRetriable(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = "code" in err ? String((err as { code: unknown }).code) : "";
  if (RETRIABLE.has(code) || code.startsWith("Neo.TransientError")) return true;
  const retriable = (err as { retriable?: unknown }).retriable;
  return retriable === true;
}

export async function withRetry<T>(work: () => Promise<T>, o: RetryOptions): Promise<{ value: T; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await work(), attempts: attempt };
    } catch (err) {
      if (!isRetriable(err)) {
        if (err instanceof StoreError) throw err;
        throw new StoreError(`${o.what} failed: ${(err as Error).message ?? String(err)}`);
      }
      if (attempt > o.retries) {
        const e = unreachable(o.uri, err);
        throw new StoreError(`${o.what}: gave up after ${attempt} attempts; ${e.message.replace(/^store: /, "")}`);
      }
      const delay = o.delayMs * 2 ** (attempt - 1);
      process.stderr.write(`store: ${o.what}: connection problem (${(err as Error).message.split("\n")[0]}); retrying in ${delay} ms\n`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
