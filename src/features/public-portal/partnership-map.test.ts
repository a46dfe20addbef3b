import { describe, expect, it } from 'vitest';
import { drawPartnershipMap, europeanFrame, type MapPlace } from './partnership-map.ts';
import { worldCountries } from './world-boundaries.ts';

const dortmund: MapPlace = { key: 'dortmund', name: 'Dortmund', country: 'DE', longitude: 7.468, latitude: 51.514 };
const cluj: MapPlace = { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO', longitude: 23.59, latitude: 46.77 };
const novi: MapPlace = { key: 'novi-sad', name: 'Novi Sad', country: 'RS', longitude: 19.83, latitude: 45.25 };
const buffalo: MapPlace = { key: 'buffalo', name: 'Buffalo', country: 'US', longitude: -78.88, latitude: 42.89 };

describe('drawPartnershipMap', () => {
  const countries = worldCountries();

  it('draws two European cities on the region of Europe around them, their countries marked, joined by a line', () => {
    const map = drawPartnershipMap([dortmund, cluj], [{ from: 'dortmund', to: 'cluj-napoca', label: 'Dortmund – Cluj-Napoca' }], countries);
    expect(map.view).toBe('europe');
    expect(map.places.map((p) => p.key)).toEqual(['dortmund', 'cluj-napoca']);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    // West to east and north to south on the drawing as on the ground.
    expect(map.places[0].x).toBeLessThan(map.places[1].x);
    expect(map.places[0].y).toBeLessThan(map.places[1].y);
    expect(map.highlighted).toHaveLength(2); // Germany and Romania
    expect(map.ties).toHaveLength(1);
    expect(map.ties[0].d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(map.countries.length).toBeGreaterThan(1000);
  });

  it('draws on the world when a city lies outside Europe', () => {
    const map = drawPartnershipMap([dortmund, buffalo], [{ from: 'dortmund', to: 'buffalo', label: 'x' }], countries);
    expect(map.view).toBe('world');
    expect(map.places[1].x).toBeLessThan(map.places[0].x);
    // The great circle from Dortmund to Buffalo bends north over the Atlantic: more than one segment.
    expect(map.ties[0].d.split('L').length).toBeGreaterThan(2);
  });

  it('leaves out a tie to a place it does not know', () => {
    expect(drawPartnershipMap([dortmund, cluj], [{ from: 'dortmund', to: 'lyon', label: 'x' }], countries).ties).toEqual([]);
  });

  it('frames neighbours with at least six degrees around them, and never beyond Europe', () => {
    const frame = europeanFrame([cluj, novi]);
    expect(frame.west).toBeCloseTo(19.83 - 6, 5);
    expect(frame.east).toBeCloseTo(23.59 + 6, 5);
    expect(europeanFrame([{ ...dortmund, longitude: -24, latitude: 65 }]).west).toBe(-25);
  });
});
