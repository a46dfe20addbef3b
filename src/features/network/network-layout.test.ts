import { describe, expect, it } from 'vitest';
import { layoutNetwork, type LayoutOrganisation } from './network-layout.ts';

const o = (id: string, cityId: string, name: string, themes: string[] = []): LayoutOrganisation => ({ id, cityId, name, themes });

describe('layoutNetwork', () => {
  const orgs = [o('1', 'do', 'Beta', ['b']), o('2', 'do', 'Alpha', ['b']), o('3', 'do', 'Zeta', ['a']), o('4', 'cj', 'Ügyes'), o('5', 'cj', 'Cluj Hub')];

  it('puts the first city on the left and the second on the right, each arc read top to bottom', () => {
    const p = layoutNetwork(['do', 'cj'], orgs, ['a', 'b']);
    for (const id of ['1', '2', '3']) expect(p.get(id)!.x).toBeLessThan(0);
    for (const id of ['4', '5']) expect(p.get(id)!.x).toBeGreaterThan(0);
    // Theme 'a' first, then theme 'b' by name: Zeta, Alpha, Beta from the top down.
    const ys = ['3', '2', '1'].map((id) => p.get(id)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(p.get('5')!.y).toBeLessThan(p.get('4')!.y); // "Cluj Hub" before "Ügyes"
  });

  it('places every organisation on the unit circle and is the same whatever the input order', () => {
    const a = layoutNetwork(['do', 'cj'], orgs, ['a', 'b']);
    const b = layoutNetwork(['do', 'cj'], [...orgs].reverse(), ['a', 'b']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    for (const p of a.values()) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 3);
  });

  it('gives each of three cities its own sector and leaves out organisations of other cities', () => {
    const p = layoutNetwork(['a', 'b', 'c'], [o('1', 'a', 'x'), o('2', 'b', 'x'), o('3', 'c', 'x'), o('4', 'elsewhere', 'x')]);
    expect(p.size).toBe(3);
    const angles = ['1', '2', '3'].map((id) => p.get(id)!.angle);
    expect(new Set(angles).size).toBe(3);
    expect(p.get('1')).toEqual({ x: -1, y: 0, angle: 3.1416 });
  });

  it('returns nothing for a partnership without cities', () => {
    expect(layoutNetwork([], orgs).size).toBe(0);
  });
});
