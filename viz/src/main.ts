// Entry of the viewer page: fetch, start, and expose a handle that tests and benchmarks read.
import { DEFAULT_VIEWER_SETTINGS } from "./core/index.js";
import { fetchGraph, fetchInfo } from "./data/source.js";
import { startViewer, type ViewerHandle } from "./views/app.js";

declare global {
  interface Window { kgViewer?: Promise<ViewerHandle> }
}

async function boot(): Promise<ViewerHandle> {
  const [info, graph] = await Promise.all([fetchInfo(), fetchGraph()]);
  return startViewer(graph, info, DEFAULT_VIEWER_SETTINGS, performance.now());
}

window.kgViewer = boot();
window.kgViewer.catch((err: unknown) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = err instanceof Error ? err.message : String(err);
    status.classList.add("error");
  }
});
