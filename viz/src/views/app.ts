// Wires the viewer: data in, core state and graph, sigma renderer, controls and panels, and the URL.
import { byId } from "./dom.js";
import { createRenderer, focusCamera, type Renderer } from "./renderer.js";
import { createLayoutRunner, type LayoutRunner } from "./layout-runner.js";
import { mountControls } from "./controls.js";
import { mountSearch } from "./search.js";
import { mountPanel } from "./panel.js";
import { mountExport } from "./exporter.js";
import { mountCypher } from "./cypher.js";
import {
  appearanceContext, buildViewerGraph, createStore, filterDomain, hashToState, initialState, placeNodes, stateToHash,
  type AppearanceContext, type Graph, type Positions, type Store, type ViewerGraph, type ViewerSettings, type ViewerState,
} from "./core-types.js";
import type { ServerInfo } from "../data/source.js";

export interface ViewerHandle {
  graph: ViewerGraph;
  store: Store;
  renderer: Renderer;
  layout: LayoutRunner;
  context(): AppearanceContext;
  metrics: { graphLoadedMs: number; firstDrawMs: number; firstRenderMs: number; renders: number };
}

const filtersChanged = (s: ViewerState, p: ViewerState) =>
  s.filters !== p.filters || s.view !== p.view || s.egoHops !== p.egoHops || (s.egoHops > 0 && s.selected !== p.selected);

export function startViewer(doc: Graph, info: ServerInfo, settings: ViewerSettings, loadedAt: number): Promise<ViewerHandle> {
  const graph = buildViewerGraph(doc, settings);
  const store = createStore(hashToState(location.hash, initialState(settings)));
  if (store.get().selected !== null && !graph.hasNode(store.get().selected!)) store.update({ selected: null, egoHops: 0 });
  const layout = createLayoutRunner(graph, settings.layout);
  const large = graph.size > settings.hideEdgesOnMoveAbove;
  // A large graph that is about to be laid out starts without its edges, as it is shown while the layout moves it:
  // drawing them first and hiding them a moment later would cost a second pass over every edge for nothing.
  let ctx: AppearanceContext = { ...appearanceContext(graph, store.get()), edgesHidden: large && !layout.status().settled };
  // Entering the pairing view moves its nodes to the fixed layout in the graph; leaving it puts them back.
  let beforePairing: Positions | null = null;
  const switchPositions = () => {
    if (ctx.pairing && !beforePairing) {
      layout.stop();
      beforePairing = placeNodes(graph, ctx.pairing.positions);
    } else if (!ctx.pairing && beforePairing) {
      placeNodes(graph, beforePairing);
      beforePairing = null;
    }
  };
  switchPositions();
  const container = byId("sigma");
  const metrics = { graphLoadedMs: loadedAt, firstDrawMs: 0, firstRenderMs: 0, renders: 1 };
  // Sigma indexes and draws the graph as it is created; the first render is counted when the browser next shows a
  // frame, so it includes the drawing itself, not only the calls that ask for it (firstDrawMs).
  const renderer = createRenderer(container, graph, settings, () => ctx);
  metrics.firstDrawMs = performance.now();
  renderer.on("afterRender", () => { metrics.renders++; });
  const firstRender = new Promise<void>((resolve) => requestAnimationFrame(() => {
    metrics.firstRenderMs = performance.now();
    resolve();
  }));
  const handle: ViewerHandle = { graph, store, renderer, layout, context: () => ctx, metrics };

  renderer.on("enterNode", ({ node }) => store.update({ hovered: node }));
  renderer.on("leaveNode", () => store.update({ hovered: null }));
  renderer.on("clickNode", ({ node }) => store.update({ selected: node }));
  renderer.on("clickStage", () => store.update({ selected: null, egoHops: 0 }));

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const c = renderer.getCamera().getState();
      history.replaceState(null, "", `#${stateToHash({ ...store.get(), camera: { x: c.x, y: c.y, ratio: c.ratio } })}`);
    }, 150);
  };
  renderer.getCamera().on("updated", writeUrl);

  store.subscribe((s, p) => {
    const refilter = filtersChanged(s, p);
    if (s.hovered === p.hovered && s.selected === p.selected && !refilter) return;
    ctx = appearanceContext(graph, s, ctx, !refilter);
    if (s.view !== p.view) {
      ctx = appearanceContext(graph, s, { ...ctx, pairing: null }, false);
      switchPositions();
      renderer.refresh();
      void renderer.getCamera().animatedReset({ duration: 300 });
    } else {
      renderer.refresh({ skipIndexation: !refilter });
    }
    if (s.selected !== null && s.selected !== p.selected) void focusCamera(renderer, s.selected);
    if (s.hovered === p.hovered) writeUrl();
  });

  // While the layout moves a large graph, its edges wait: redrawing them at every step would stall the layout.
  // The pairing view holds its fixed positions: ForceAtlas2 does not run under it.
  layout.onChange((s) => {
    if (s.running && ctx.pairing) { layout.stop(); return; }
    const hide = s.running && large;
    if (hide === Boolean(ctx.edgesHidden)) return;
    ctx = { ...ctx, edgesHidden: hide };
    renderer.refresh({ skipIndexation: true });
  });

  const status = byId("status");
  const describe = () => {
    const v = ctx.visibility;
    status.textContent = `${v.nodes.size} of ${graph.order} nodes, ${v.edges.size} of ${graph.size} relationships visible`;
  };
  store.subscribe((s, p) => { if (filtersChanged(s, p)) describe(); });
  describe();
  byId("source").textContent = info.source === "neo4j" ? `Neo4j · ${info.describe}` : info.describe;

  const extra = [mountExport(graph, renderer, () => ctx.visibility)];
  if (info.cypher) extra.push(mountCypher(graph, store, settings));
  mountControls(graph, store, settings, filterDomain(graph), layout, extra);
  mountSearch(graph, store, settings, (node) => {
    store.update({ selected: node });
    void focusCamera(renderer, node);
  });
  mountPanel(graph, store, settings, () => ctx.visibility.edges);

  return firstRender.then(() => {
    const initial = store.get();
    if (initial.camera) renderer.getCamera().setState(initial.camera);
    else if (initial.selected) void focusCamera(renderer, initial.selected, 0);
    if (!layout.status().settled && !ctx.pairing) layout.start();
    return handle;
  });
}
