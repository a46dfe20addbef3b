import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities } from './cities.table.ts';

export interface CityPlace {
  id: string;
  key: string;
  name: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
}

/** Where the cities with these ids lie (null where no coordinates are recorded), in one statement: what a map draws. */
export async function cityPlaces(ctx: Pick<ServiceContext, 'db'>, ids: readonly string[]): Promise<CityPlace[]> {
  if (!ids.length) return [];
  return ctx.db
    .select({ id: cities.id, key: cities.key, name: cities.name, country: cities.country, latitude: cities.latitude, longitude: cities.longitude })
    .from(cities)
    .where(inArray(cities.id, [...ids]));
}
