import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from '../../../features/network/network.schemas.ts';
import { partnersByNode, shapeOfCity, shapePath, shortLabel } from './network-view.ts';

const node = (id: string, name: string): NetworkNode => ({
  id,
  key: id,
  name,
  kind: 'company',
  cityId: 'c',
  themes: [],
  concepts: [],
  domains: [],
  degree: null,
  x: 0,
  y: 0,
  angle: 0,
});
const edge = (source: string, target: string, strength: NetworkEdge['strength']): NetworkEdge => ({
  id: `${source}:${target}`,
  source,
  target,
  strength,
  crossCity: true,
  introductions: 1,
});

describe('partnersByNode', () => {
  it('lists each organisation’s partners by name with the strength of the tie', () => {
    const nodes = [node('a', 'Zeta'), node('b', 'Ágota'), node('c', 'Beta')];
    const partners = partnersByNode(nodes, [edge('a', 'b', 'collaborating'), edge('a', 'c', 'introduced'), edge('a', 'gone', 'introduced')], 'hu');
    expect(partners.get('a')!.map((p) => [p.node.name, p.strength])).toEqual([
      ['Ágota', 'collaborating'],
      ['Beta', 'introduced'],
    ]);
    expect(partners.get('b')!.map((p) => p.node.id)).toEqual(['a']);
  });
});

describe('shapes and labels', () => {
  it('gives the first four cities different shapes and draws closed paths', () => {
    expect(new Set([0, 1, 2, 3].map(shapeOfCity)).size).toBe(4);
    expect(shapeOfCity(4)).toBe(shapeOfCity(0));
    for (const i of [0, 1, 2, 3]) expect(shapePath(shapeOfCity(i), 10, 10, 5)).toMatch(/^M.*Z$/);
  });
  it('shortens long names with an ellipsis and keeps short ones', () => {
    expect(shortLabel('TU Dortmund')).toBe('TU Dortmund');
    expect(shortLabel('Kolozsvári Állami Magyar Színház', 20)).toBe('Kolozsvári Állami M…');
  });
});
