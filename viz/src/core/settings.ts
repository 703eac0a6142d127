// The viewer's settings as one typed object: colours, sizes, layout and limits, with their defaults in one place.
import type { NodeLabel, RelationshipType } from "../../../src/graph/schema.js";

export interface ViewerSettings {
  /** Fill colour per node label; the legend reads the same table. */
  labelColors: Record<NodeLabel, string>;
  relationshipColors: Record<RelationshipType, string>;
  /** Colour of everything not highlighted while something is hovered or selected. */
  mutedColor: string;
  highlightColor: string;
  /** Node size grows with the square root of degree between these bounds (screen pixels). */
  minNodeSize: number;
  maxNodeSize: number;
  /** CJK fonts first, so Chinese labels are drawn with a real face rather than fallback boxes. */
  labelFont: string;
  labelSize: number;
  /** Labels and relationship types hidden until the person asks for them: article hubs swamp the picture. */
  hiddenLabels: NodeLabel[];
  hiddenRelationships: RelationshipType[];
  layout: LayoutSettings;
  /**
   * Above this many edges, edges are not drawn while the camera or the layout moves (they are back as soon as it
   * stops): in software rendering a few thousand edges already hold panning to a few frames per second.
   */
  hideEdgesOnMoveAbove: number;
  /** Above this many edges, edges are plain lines rather than arrows, which are cheaper to draw. */
  plainEdgesAbove: number;
  /** Above this many nodes, nodes are drawn as points (one vertex each) rather than circles (a quad each). */
  pointNodesAbove: number;
  searchSuggestions: number;
  maxEgoHops: number;
}

export interface LayoutSettings {
  /** Seed of the initial positions: the same graph always starts, and so settles, the same way. */
  seed: number;
  /** Stop once mean movement per iteration, relative to the picture's size, stays below this. */
  settleThreshold: number;
  /** How many consecutive calm iterations count as settled. */
  settleIterations: number;
  maxIterations: number;
}

export const DEFAULT_VIEWER_SETTINGS: ViewerSettings = {
  labelColors: {
    Province: "#7f3c8d",
    District: "#d62728",
    League: "#1f5fa8",
    Banner: "#2a9df4",
    Township: "#6ab0de",
    Village: "#8fd1c1",
    Enterprise: "#ff9f1c",
    Hospital: "#e15759",
    School: "#59a14f",
    Organization: "#b07aa1",
    Agency: "#9c755f",
    Person: "#edc948",
    Article: "#9aa0a6",
  },
  relationshipColors: {
    PAIRED_WITH: "#d62728",
    PART_OF: "#c7c7c7",
    LOCATED_IN: "#bcbd22",
    WORKS_AT: "#8c564b",
    ASSIGNED_TO: "#e377c2",
    FUNDED: "#ff7f0e",
    INVESTED_IN: "#17becf",
    AUTHORED: "#7f7f7f",
    MENTIONED_IN: "#e0e0e0",
  },
  mutedColor: "#e6e6e6",
  highlightColor: "#111111",
  minNodeSize: 3,
  maxNodeSize: 18,
  labelFont: '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif',
  labelSize: 13,
  hiddenLabels: ["Article"],
  hiddenRelationships: ["MENTIONED_IN"],
  layout: { seed: 20240517, settleThreshold: 0.0004, settleIterations: 8, maxIterations: 1500 },
  hideEdgesOnMoveAbove: 2000,
  plainEdgesAbove: 20000,
  pointNodesAbove: 2000,
  searchSuggestions: 10,
  maxEgoHops: 3,
};
