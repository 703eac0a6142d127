// Export of what is visible (after filters) with its evidence, and the link that restores the current view.
import { el } from "./dom.js";
import { visibleSubgraph, type Graph, type ViewerGraph, type Visibility } from "./core-types.js";
import { snapshotPng, type Renderer } from "./renderer.js";
import { EXPORT_FORMATS } from "./formats.js";

export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountExport(graph: ViewerGraph, renderer: Renderer, visibility: () => Visibility): HTMLElement {
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const visible = (): Graph => visibleSubgraph(graph, visibility());
  const note = el("small", { class: "muted", "data-testid": "export-note" });
  const buttons = EXPORT_FORMATS.map((f) => el("button", {
    "data-testid": `export-${f.id}`,
    onclick: () => {
      const g = visible();
      for (const file of f.files(g, `jingmeng-graph-${stamp()}`)) download(file.name, new Blob([file.content], { type: file.mediaType }));
      note.textContent = `${f.id.toUpperCase()}: ${g.nodes.length} nodes, ${g.edges.length} relationships`;
    },
  }, f.label));
  const png = el("button", {
    "data-testid": "export-png",
    onclick: () => { void snapshotPng(renderer).then((b) => download(`jingmeng-graph-${stamp()}.png`, b)); },
  }, "PNG");
  const link = el("button", {
    "data-testid": "copy-link",
    onclick: () => {
      void navigator.clipboard?.writeText(location.href).then(() => { note.textContent = "link copied"; }, () => { note.textContent = location.href; });
    },
  }, "copy link");
  return el("fieldset", {}, el("legend", {}, "Export what is visible"), el("div", { class: "row" }, ...buttons, png, link), note);
}
