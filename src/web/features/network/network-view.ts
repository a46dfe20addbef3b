import type { NetworkEdge, NetworkNode } from '../../../features/network/network.schemas.ts';

export interface Partner {
  node: NetworkNode;
  strength: NetworkEdge['strength'];
}

/** Each organisation's tie partners, sorted by name, for the table and the graph's highlighting. */
export function partnersByNode(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], lang: string): Map<string, Partner[]> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, Partner[]>(nodes.map((n) => [n.id, []]));
  for (const edge of edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b) continue;
    result.get(a.id)!.push({ node: b, strength: edge.strength });
    result.get(b.id)!.push({ node: a, strength: edge.strength });
  }
  const collator = new Intl.Collator(lang);
  for (const list of result.values()) list.sort((x, y) => collator.compare(x.node.name, y.node.name));
  return result;
}

/** Shapes tell the cities apart without relying on colour; they repeat from the fifth city on. */
export const cityShapes = ['circle', 'square', 'triangle', 'diamond'] as const;
export type CityShape = (typeof cityShapes)[number];
export const shapeOfCity = (index: number): CityShape => cityShapes[index % cityShapes.length];

/** Colours with at least 3:1 contrast against white, as WCAG asks for graphical objects. */
export const cityColours = ['#1c5fa8', '#b4470c', '#2b7a3d', '#7c3aa6'] as const;
export const colourOfCity = (index: number) => cityColours[index % cityColours.length];

/** SVG path of a shape of the given radius around (x, y). */
export function shapePath(shape: CityShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case 'square':
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.1)}L${f(x + r * 1.05)},${f(y + r * 0.8)}L${f(x - r * 1.05)},${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.15)},${f(y)}L${f(x)},${f(y + r * 1.15)}L${f(x - r * 1.15)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  }
}

/** Shortens a long name for the picture; the full name is in the node's accessible name. */
export function shortLabel(name: string, max = 28): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
