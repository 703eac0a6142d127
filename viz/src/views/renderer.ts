// The sigma renderer: draws whatever graph it is given, asking the core's reducers how each item looks.
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes, ViewerGraph, AppearanceContext, ViewerSettings } from "../core/index.js";
import { edgeLook, nodeLook } from "../core/index.js";

export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

export function createRenderer(container: HTMLElement, graph: ViewerGraph, settings: ViewerSettings, context: () => AppearanceContext): Renderer {
  // Arrows show who helps whom; on very large graphs plain lines are cheaper to draw.
  const edgeType = graph.size > settings.plainEdgesAbove ? "line" : "arrow";
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    labelFont: settings.labelFont,
    labelSize: settings.labelSize,
    labelWeight: "500",
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    zIndex: true,
    defaultEdgeType: edgeType,
    // Points are one vertex a node where circles are a quad: on a large graph, in software rendering, that matters.
    defaultNodeType: graph.order > settings.pointNodesAbove ? "point" : "circle",
    nodeProgramClasses: { point: NodePointProgram },
    // "line" is one-pixel GL lines: two vertices an edge, where sigma's default line is an antialiased quad.
    edgeProgramClasses: { line: EdgeLineProgram },
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    // Sigma hands reducers its own copy of the attributes, so the look is written onto it rather than into a new object.
    nodeReducer: (node, data) => Object.assign(data, { label: data.name }, nodeLook(node, data, context(), settings)),
    // The data's `type` is the relationship type; sigma's `type` is the drawing program, so it is always set here.
    edgeReducer: (edge, data) => Object.assign(data, { label: null }, edgeLook(edge, data, graph, context(), settings), { type: edgeType }),
  });
}

/** Moves the camera to a node, keeping the zoom unless it is far out. */
export function focusCamera(renderer: Renderer, node: string, duration = 500): Promise<void> {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration });
}

/** The picture as a PNG: the renderer's layers composited on white, drawn right after a render so WebGL buffers are intact. */
export function snapshotPng(renderer: Renderer): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("viewer: no 2D canvas for the PNG"));
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  const canvases = renderer.getCanvases();
  for (const layer of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("viewer: PNG encoding failed"))), "image/png"));
}
