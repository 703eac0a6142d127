// Reducers decide appearance: given the visibility and the focus, how each node and edge is drawn. No rendering here.
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from "./model.js";
import type { ViewerSettings } from "./settings.js";
import type { ViewerState } from "./state.js";
import { computeVisibility, visibleNeighbours, type Visibility } from "./visibility.js";
import { pairingLayout, type PairingLayout } from "./pairing.js";

export interface NodeLook {
  size?: number; color?: string; label?: string | null;
  hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number;
}
export interface EdgeLook { color?: string; size?: number; hidden?: boolean; zIndex?: number; label?: string | null }

/** Everything the reducers need, derived from state once per change rather than once per node. */
export interface AppearanceContext {
  visibility: Visibility;
  /** Hovered or selected node and its visible neighbours; null when nothing is in focus. */
  focus: Set<string> | null;
  focusNode: string | null;
  selected: string | null;
  pairing: PairingLayout | null;
  /** Edges are left out while the layout moves a large graph: drawing them is what would hold the layout back. */
  edgesHidden?: boolean;
}

export function appearanceContext(graph: ViewerGraph, state: ViewerState, previous?: AppearanceContext, sameFilters = false): AppearanceContext {
  const visibility = sameFilters && previous ? previous.visibility : computeVisibility(graph, state);
  const focusNode = state.hovered ?? state.selected;
  const focus = focusNode !== null && graph.hasNode(focusNode) ? visibleNeighbours(graph, focusNode, visibility) : null;
  const pairing = state.view === "pairing" ? (previous?.pairing ?? pairingLayout(graph)) : null;
  return { visibility, focus, focusNode, selected: state.selected, pairing, edgesHidden: previous?.edgesHidden ?? false };
}

export function nodeLook(node: string, a: NodeAttributes, ctx: AppearanceContext, settings: ViewerSettings): NodeLook {
  if (!ctx.visibility.nodes.has(node)) return { hidden: true };
  const look: NodeLook = { label: a.name };
  // The pairing view's positions are placed in the graph itself (placeNodes): sigma 3.0 ignores reducers' x and y.
  if (ctx.pairing) look.forceLabel = true;
  if (ctx.focus) {
    if (ctx.focus.has(node)) {
      look.forceLabel = true;
      look.zIndex = 1;
      if (node === ctx.focusNode) { look.highlighted = true; look.zIndex = 2; }
    } else {
      look.color = settings.mutedColor;
      look.label = null;
      look.zIndex = 0;
    }
  }
  if (node === ctx.selected) { look.highlighted = true; look.forceLabel = true; look.zIndex = 2; }
  return look;
}

export function edgeLook(edge: string, a: EdgeAttributes, graph: ViewerGraph, ctx: AppearanceContext, settings: ViewerSettings): EdgeLook {
  if (ctx.edgesHidden || !ctx.visibility.edges.has(edge)) return { hidden: true };
  if (ctx.focusNode !== null) {
    const touches = graph.source(edge) === ctx.focusNode || graph.target(edge) === ctx.focusNode;
    if (!touches) return { color: settings.mutedColor, zIndex: 0 };
    return { color: a.color, size: 2, zIndex: 1, label: a.type };
  }
  return {};
}
