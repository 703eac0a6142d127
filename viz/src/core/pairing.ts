// The pairing view's fixed layout: Beijing districts in a column on the left, banners on the right grouped by league.
import type { ViewerGraph } from "./model.js";

export interface PairingLayout {
  positions: Map<string, { x: number; y: number }>;
  /** League groups top to bottom, for captions. */
  groups: { league: string; y: number }[];
}

const zh = (a: string, b: string) => a.localeCompare(b, "zh-CN");

export function pairingLayout(graph: ViewerGraph): PairingLayout {
  const districts: string[] = [];
  const byLeague = new Map<string, string[]>();
  const leagueNodes = new Map<string, string>();
  graph.forEachNode((node, a) => {
    if (a.label === "District") districts.push(node);
    else if (a.label === "Banner") {
      const league = a.league ?? "（未知盟市）";
      byLeague.set(league, [...(byLeague.get(league) ?? []), node]);
    } else if (a.label === "League") {
      leagueNodes.set(a.name, node);
      if (!byLeague.has(a.name)) byLeague.set(a.name, []);
    }
  });
  const name = (n: string) => graph.getNodeAttribute(n, "name");
  districts.sort((a, b) => zh(name(a), name(b)));
  const positions = new Map<string, { x: number; y: number }>();
  const rows = Math.max(districts.length, [...byLeague.values()].reduce((s, b) => s + b.length + 1, 0), 1);
  const step = 100 / rows;
  districts.forEach((d, i) => positions.set(d, { x: 0, y: -i * step * (rows / Math.max(districts.length, 1)) }));
  const groups: PairingLayout["groups"] = [];
  let row = 0;
  for (const league of [...byLeague.keys()].sort(zh)) {
    const y = -row * step;
    groups.push({ league, y });
    const leagueNode = leagueNodes.get(league);
    if (leagueNode) positions.set(leagueNode, { x: 90, y });
    row++;
    for (const banner of byLeague.get(league)!.sort((a, b) => zh(name(a), name(b)))) {
      positions.set(banner, { x: 60, y: -row * step });
      row++;
    }
  }
  return { positions, groups };
}

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Moves nodes to the given positions in the graph itself and returns where they were, so they can go back.
 * Sigma 3.0 takes positions from the graph when it indexes, not from reducers, so a fixed layout is applied here.
 */
export function placeNodes(graph: ViewerGraph, positions: Positions): Positions {
  const previous: Positions = new Map();
  for (const [node, p] of positions) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    previous.set(node, { x: a.x, y: a.y });
    graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
  }
  return previous;
}
