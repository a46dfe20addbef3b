import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }> & {
  /** [[west, south], [east, north]] in degrees; west > east for a country across the antimeridian. */
  bounds: [[number, number], [number, number]];
};

let countries: CountryShape[] | undefined;

/**
 * The countries of Natural Earth at 1:110 million (public domain), as the world-atlas package ships
 * them: read from node_modules on the first map drawn (25 ms), not at start, then kept. The same
 * file gives every process the same shapes, so keeping them holds no state another process needs.
 * Measured on 2026-12-07: Europe's outlines are 24 kB of SVG path at this scale and 226 kB at
 * 1:50 million, the world's 118 kB and 1.1 MB; a phone gets the first.
 */
export function worldCountries(): CountryShape[] {
  if (!countries) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.map((c) => ({
      ...c,
      bounds: geoBounds(c),
    }));
  }
  return countries;
}
