import type { CityPlace } from '../cities/index.ts';
import type { MapPlace } from './partnership-map.ts';

/** The cities in the order given, those with coordinates only (a city without them is listed, not drawn). */
export function placesOnMap(order: readonly { id: string }[], places: readonly CityPlace[]): MapPlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return order.flatMap(({ id }) => {
    const p = byId.get(id);
    if (!p || p.latitude === null || p.longitude === null) return [];
    return [{ key: p.key, name: p.name, country: p.country, latitude: p.latitude, longitude: p.longitude }];
  });
}
