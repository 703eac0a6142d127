// The Cypher panel (Neo4j only): a library query or one's own read-only query; results as a table and as a graph.
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { el, byId } from "./dom.js";
import { fetchQueries, runCypher, type CypherResult, type LibraryQuery } from "../data/source.js";
import { buildViewerGraph, type EdgeAttributes, type NodeAttributes, type Store, type ViewerGraph, type ViewerSettings } from "./core-types.js";

export function mountCypher(mainGraph: ViewerGraph, store: Store, settings: ViewerSettings): HTMLElement {
  const drawer = el("div", { class: "cypher", hidden: true, "data-testid": "cypher-panel" });
  byId("stage").append(drawer);
  const select = el("select", { "data-testid": "cypher-library" }, el("option", { value: "" }, "— own query —"));
  const paramsBox = el("div", {});
  const text = el("textarea", { "data-testid": "cypher-text", spellcheck: "false" });
  text.value = "MATCH (d:District)-[r:PAIRED_WITH]->(b)\nRETURN d, r, b LIMIT 50";
  const message = el("div", { "data-testid": "cypher-message" });
  const table = el("div", { class: "table", "data-testid": "cypher-table" });
  const graphBox = el("div", { class: "result-graph", "data-testid": "cypher-graph" });
  let queries: LibraryQuery[] = [];
  let resultRenderer: Sigma<NodeAttributes, EdgeAttributes> | null = null;

  const paramInputs = new Map<string, HTMLInputElement>();
  select.addEventListener("change", () => {
    const q = queries.find((x) => x.name === select.value);
    paramInputs.clear();
    paramsBox.replaceChildren(...(q?.params ?? []).map((p) => {
      const input = el("input", { placeholder: `${p.type}${p.required ? "" : " (optional)"}`, title: p.description });
      paramInputs.set(p.name, input);
      return el("div", { class: "row" }, el("code", {}, `$${p.name}`), input);
    }));
    if (q) text.value = typeof q["cypher"] === "string" ? q["cypher"] : q.description;
    text.readOnly = q !== undefined;
  });

  const run = async () => {
    message.textContent = "running…";
    message.className = "";
    try {
      const params: Record<string, string> = {};
      for (const [k, input] of paramInputs) if (input.value !== "") params[k] = input.value;
      const result = select.value ? await runCypher({ name: select.value, params }) : await runCypher({ cypher: text.value, params: {} });
      message.textContent = `${result.rows.length} rows${result.truncated ? ` (cut at ${result.limit ?? "the limit"})` : ""}, ${result.graph?.nodes.length ?? 0} nodes`;
      showTable(result);
      showGraph(result);
    } catch (err) {
      message.textContent = err instanceof Error ? err.message : String(err);
      message.className = "error";
    }
  };

  const showTable = (r: CypherResult) => {
    const cell = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
    table.replaceChildren(el("table", {}, el("tr", {}, r.columns.map((c) => el("th", {}, c))),
      r.rows.map((row) => el("tr", {}, r.columns.map((c) => el("td", { title: cell((row as Record<string, unknown>)[c]) }, cell((row as Record<string, unknown>)[c])))))));
  };

  const showGraph = (r: CypherResult) => {
    resultRenderer?.kill();
    resultRenderer = null;
    graphBox.replaceChildren();
    if (!r.graph || r.graph.nodes.length === 0) return;
    const g = buildViewerGraph(r.graph, settings);
    if (g.order > 1) forceAtlas2.assign(g, { iterations: 100, settings: forceAtlas2.inferSettings(g) });
    const r2 = new Sigma<NodeAttributes, EdgeAttributes>(g, graphBox, {
      labelFont: settings.labelFont, defaultEdgeType: "arrow", renderLabels: true,
      nodeReducer: (_n, d) => ({ ...d, label: d.name }),
      edgeReducer: (_e, d) => ({ ...d, type: "arrow", label: null }),
    });
    resultRenderer = r2;
    r2.on("clickNode", ({ node }) => { if (mainGraph.hasNode(node)) store.update({ selected: node }); });
  };

  drawer.append(
    el("div", {}, el("div", { class: "row" }, el("strong", {}, "Cypher"), select), paramsBox, text,
      el("div", { class: "row" }, el("button", { "data-testid": "cypher-run", onclick: () => { void run(); } }, "run (read-only)"),
        el("button", { onclick: () => { drawer.hidden = true; } }, "close")), message),
    table, graphBox);

  void fetchQueries().then((qs) => {
    queries = qs;
    select.append(...qs.map((q) => el("option", { value: q.name, title: q.description }, q.name)));
  }).catch((err: unknown) => { message.textContent = `library: ${err instanceof Error ? err.message : String(err)}`; });

  return el("fieldset", {}, el("legend", {}, "Neo4j"),
    el("button", { "data-testid": "cypher-open", onclick: () => { drawer.hidden = !drawer.hidden; } }, "Cypher panel"));
}
