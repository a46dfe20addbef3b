import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities } from './cities.table.ts';

/** Id, key and name of the cities with these ids (by 'id') or keys (by 'key'). */
export async function cityNames(ctx: ServiceContext, by: 'id' | 'key', values: string[]): Promise<{ id: string; key: string; name: string }[]> {
  return ctx.db
    .select({ id: cities.id, key: cities.key, name: cities.name })
    .from(cities)
    .where(inArray(by === 'id' ? cities.id : cities.key, values));
}

/** The ids of the cities with these keys (records kept in the history name cities by key). */
export async function cityIdsByKeys(ctx: ServiceContext, keys: string[]): Promise<string[]> {
  const rows = await ctx.db.select({ id: cities.id }).from(cities).where(inArray(cities.key, keys));
  return rows.map((r) => r.id);
}
