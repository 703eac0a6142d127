// Viewer state (filters, selection, view, camera) apart from rendering: a small store and its URL form.
import { z } from "zod";
import { NODE_LABELS, RELATIONSHIP_TYPES, NodeLabel, RelationshipType } from "../../../src/graph/schema.js";
import type { ViewerSettings } from "./settings.js";

export interface Filters {
  labels: NodeLabel[];
  relationships: RelationshipType[];
  /** Empty means every league. */
  leagues: string[];
  /** Empty means every district. */
  districts: string[];
  years: [number, number] | null;
  minConfidence: number;
}

export interface CameraView { x: number; y: number; ratio: number }

export type ViewMode = "network" | "pairing";

export interface ViewerState {
  filters: Filters;
  selected: string | null;
  hovered: string | null;
  /** 0 shows the whole graph; 1–3 show only the selection's neighbourhood of that many hops. */
  egoHops: number;
  view: ViewMode;
  camera: CameraView | null;
}

export function initialState(settings: ViewerSettings): ViewerState {
  return {
    filters: {
      labels: NODE_LABELS.filter((l) => !settings.hiddenLabels.includes(l)),
      relationships: RELATIONSHIP_TYPES.filter((t) => !settings.hiddenRelationships.includes(t)),
      leagues: [], districts: [], years: null, minConfidence: 0,
    },
    selected: null, hovered: null, egoHops: 0, view: "network", camera: null,
  };
}

export type Listener = (state: ViewerState, previous: ViewerState) => void;

export interface Store {
  get(): ViewerState;
  update(patch: Partial<ViewerState> | ((s: ViewerState) => Partial<ViewerState>)): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewerState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...(typeof patch === "function" ? patch(state) : patch) };
      for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const list = (v: string | null) => (v === null || v === "" ? [] : v.split(",").map(decodeURIComponent));
const num = z.coerce.number().refine(Number.isFinite);

/** The shareable part of the state as a URL hash: filters, selection, ego hops, view and camera. */
export function stateToHash(s: ViewerState): string {
  const p = new URLSearchParams();
  const enc = (xs: string[]) => xs.map(encodeURIComponent).join(",");
  p.set("labels", enc(s.filters.labels));
  p.set("types", enc(s.filters.relationships));
  if (s.filters.leagues.length) p.set("leagues", enc(s.filters.leagues));
  if (s.filters.districts.length) p.set("districts", enc(s.filters.districts));
  if (s.filters.years) p.set("years", `${s.filters.years[0]}-${s.filters.years[1]}`);
  if (s.filters.minConfidence > 0) p.set("conf", String(s.filters.minConfidence));
  if (s.selected) p.set("sel", s.selected);
  if (s.egoHops > 0) p.set("hops", String(s.egoHops));
  if (s.view !== "network") p.set("view", s.view);
  if (s.camera) p.set("cam", [s.camera.x, s.camera.y, s.camera.ratio].map((v) => v.toFixed(4)).join(","));
  return p.toString();
}

/** Reads a hash written by stateToHash over a base state; unknown or malformed parts are ignored, not fatal. */
export function hashToState(hash: string, base: ViewerState): ViewerState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const filters: Filters = { ...base.filters };
  if (p.has("labels")) filters.labels = list(p.get("labels")).filter((l): l is NodeLabel => NodeLabel.safeParse(l).success);
  if (p.has("types")) filters.relationships = list(p.get("types")).filter((t): t is RelationshipType => RelationshipType.safeParse(t).success);
  if (p.has("leagues")) filters.leagues = list(p.get("leagues"));
  if (p.has("districts")) filters.districts = list(p.get("districts"));
  const years = /^(\d{4})-(\d{4})$/.exec(p.get("years") ?? "");
  if (years) filters.years = [Number(years[1]), Number(years[2])];
  const conf = num.min(0).max(1).safeParse(p.get("conf") ?? undefined);
  if (conf.success) filters.minConfidence = conf.data;
  const hops = z.coerce.number().int().min(0).max(3).safeParse(p.get("hops") ?? undefined);
  const cam = z.tuple([num, num, num.positive()]).safeParse((p.get("cam") ?? "").split(","));
  return {
    ...base,
    filters,
    selected: p.get("sel") || base.selected,
    egoHops: hops.success ? hops.data : base.egoHops,
    view: p.get("view") === "pairing" ? "pairing" : base.view,
    camera: cam.success ? { x: cam.data[0], y: cam.data[1], ratio: cam.data[2] } : base.camera,
  };
}
