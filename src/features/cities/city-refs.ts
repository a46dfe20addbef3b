import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities } from './cities.table.ts';

export interface CityRef {
  id: string;
  key: string;
  name: string;
  country: string;
  timeZone: string | null;
}

/**
 * Id, key, name, country and time zone of the cities with these ids (in no particular order):
 * what a record placed in a city shows of it and the zone its local times are written in.
 */
export async function cityRefsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<CityRef[]> {
  if (!ids.length) return [];
  return ctx.db
    .select({ id: cities.id, key: cities.key, name: cities.name, country: cities.country, timeZone: cities.timeZone })
    .from(cities)
    .where(inArray(cities.id, [...ids]));
}
