import { geoAzimuthalEqualArea, geoContains, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryShape } from './world-boundaries.ts';

/** A city as the map places it. */
export interface MapPlace {
  key: string;
  name: string;
  country: string;
  longitude: number;
  latitude: number;
}

/** A partnership between two of the places, drawn as the great circle between them. */
export interface MapTie {
  from: string;
  to: string;
  label: string;
}

export type MapView = 'europe' | 'world';

export interface MapDrawing {
  view: MapView;
  width: number;
  height: number;
  /** Every country's outline in one path. */
  countries: string;
  /** The outlines of the countries that hold a place, drawn over the others. */
  highlighted: string[];
  ties: (MapTie & { d: string })[];
  places: (MapPlace & { x: number; y: number })[];
}

// Europe as the EU's statistical maps show it (ETRS89-LAEA's centre, 10° E 52° N), from Iceland
// and the Canaries to the Urals' foothills. A partnership reaching outside it is drawn on the world.
const europe = { west: -25, east: 45, south: 33, north: 71 };
const size: Record<MapView, { width: number; height: number }> = { europe: { width: 800, height: 640 }, world: { width: 960, height: 500 } };

const inEurope = (p: MapPlace) => p.longitude >= europe.west && p.longitude <= europe.east && p.latitude >= europe.south && p.latitude <= europe.north;

/**
 * The part of Europe a map shows: the places with a margin of 40 % of their spread and at least
 * 6 degrees on every side (two neighbouring cities still get a region around them), kept within
 * Europe's frame.
 */
export function europeanFrame(places: readonly MapPlace[]) {
  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  const margin = (span: number) => Math.max(6, span * 0.4);
  const lonMargin = margin(Math.max(...lons) - Math.min(...lons));
  const latMargin = margin(Math.max(...lats) - Math.min(...lats));
  return {
    west: Math.max(europe.west, Math.min(...lons) - lonMargin),
    east: Math.min(europe.east, Math.max(...lons) + lonMargin),
    south: Math.max(europe.south, Math.min(...lats) - latMargin),
    north: Math.min(europe.north, Math.max(...lats) + latMargin),
  };
}

function projectionFor(view: MapView, places: readonly MapPlace[]): GeoProjection {
  const { width, height } = size[view];
  const extent: [[number, number], [number, number]] = [
    [8, 8],
    [width - 8, height - 8],
  ];
  if (view === 'world') return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
  // The frame's outline sampled along its parallels and meridians: in this projection a box of
  // degrees is curved, and fitting its four corners would cut off the middle of its edges.
  const frame = europeanFrame(places);
  const outline: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = frame.west + ((frame.east - frame.west) * i) / 10;
    const lat = frame.south + ((frame.north - frame.south) * i) / 10;
    outline.push([lon, frame.south], [lon, frame.north], [frame.west, lat], [frame.east, lat]);
  }
  return geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(extent, { type: 'MultiPoint', coordinates: outline })
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** Whether a country's bounds come within `margin` degrees of a box (a country across the antimeridian always does). */
function overlaps(bounds: CountryShape['bounds'], box: { west: number; east: number; south: number; north: number }, margin: number): boolean {
  const [[west, south], [east, north]] = bounds;
  if (west > east) return true;
  return west <= box.east + margin && east >= box.west - margin && south <= box.north + margin && north >= box.south - margin;
}

/**
 * Draws the places and the ties between them over the countries: on the region of Europe around
 * them when every place lies in Europe, else on the world. Countries outside the frame are clipped
 * away, so the drawing carries only what is seen (Dortmund and Cluj-Napoca: 15 kB of outlines).
 */
export function drawPartnershipMap(places: readonly MapPlace[], ties: readonly MapTie[], countries: readonly CountryShape[]): MapDrawing {
  // A drawing depends only on its places and ties (the shapes are the shipped file's): the last
  // few hundred are kept, as drawing one takes about 8 ms and a page is asked for again and again.
  const key = JSON.stringify([places, ties, countries.length]);
  const known = drawings.get(key);
  if (known) {
    drawings.delete(key);
    drawings.set(key, known);
    return known;
  }
  const drawing = draw(places, ties, countries);
  drawings.set(key, drawing);
  if (drawings.size > 200) drawings.delete(drawings.keys().next().value!);
  return drawing;
}

const drawings = new Map<string, MapDrawing>();

function draw(places: readonly MapPlace[], ties: readonly MapTie[], countries: readonly CountryShape[]): MapDrawing {
  const view: MapView = places.every(inEurope) ? 'europe' : 'world';
  const projection = projectionFor(view, places);
  const path = geoPath(projection).digits(1);
  // Outlining and clipping every country took 22 ms a map; those far outside the frame are skipped.
  const shown = view === 'world' ? countries : countries.filter((c) => overlaps(c.bounds, europeanFrame(places), 15));
  const holding = shown.filter((c) =>
    places.some(
      (p) => overlaps(c.bounds, { west: p.longitude, east: p.longitude, south: p.latitude, north: p.latitude }, 0) && geoContains(c, [p.longitude, p.latitude]),
    ),
  );
  const byKey = new Map(places.map((p) => [p.key, p]));
  return {
    view,
    ...size[view],
    countries: shown.map((c) => path(c) ?? '').join(''),
    highlighted: holding.map((c) => path(c) ?? '').filter(Boolean),
    ties: ties.flatMap((tie) => {
      const a = byKey.get(tie.from);
      const b = byKey.get(tie.to);
      if (!a || !b) return [];
      const d = path({
        type: 'LineString',
        coordinates: [
          [a.longitude, a.latitude],
          [b.longitude, b.latitude],
        ],
      });
      return d ? [{ ...tie, d }] : [];
    }),
    places: places.flatMap((p) => {
      const xy = projection([p.longitude, p.latitude]);
      return xy ? [{ ...p, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
    }),
  };
}
