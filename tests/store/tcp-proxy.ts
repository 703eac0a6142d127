// A real TCP relay in front of Neo4j that can cut every connection on demand: how the tests lose the connection mid-load.
import { createServer, connect as tcpConnect, type Server, type Socket } from "node:net";

export interface CuttingProxy {
  uri: string;
  /** Destroys every open connection and refuses new ones for `ms`. */
  cut(ms: number): void;
  cuts: number;
  close(): Promise<void>;
}

export function startCuttingProxy(targetHost: string, targetPort: number): Promise<CuttingProxy> {
  const sockets = new Set<Socket>();
  let refuseUntil = 0;
  const server: Server = createServer((client) => {
    if (Date.now() < refuseUntil) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const proxy: CuttingProxy = {
        uri: `bolt://127.0.0.1:${port}`,
        cuts: 0,
        cut(ms) {
          proxy.cuts++;
          refuseUntil = Date.now() + ms;
          for (const s of sockets) s.destroy();
        },
        close: () => new Promise((done) => {
          for (const s of sockets) s.destroy();
          server.close(() => done());
        }),
      };
      ok(proxy);
    });
  });
}
