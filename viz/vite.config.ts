// Vite build of the viewer: viz/ is the app's root, the output goes to viz/dist, /api is the running `kg serve`.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2048,
  },
  // The layout worker is an ES module, like the page.
  worker: { format: "es" },
  server: {
    host: "127.0.0.1",
    // The app imports the graph schema from the repository's src/.
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
    proxy: { "/api": process.env["KG_SERVE_URL"] ?? "http://127.0.0.1:7480" },
  },
});
