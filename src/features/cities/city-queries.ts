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

/** The city office (name, address, email, phone) of each city with these ids, by city id. */
export async function cityOffices(
  ctx: ServiceContext,
  ids: string[],
): Promise<{ id: string; name: string | null; address: string | null; email: string | null; phone: string | null }[]> {
  return ctx.db
    .select({ id: cities.id, name: cities.officeName, address: cities.officeAddress, email: cities.officeEmail, phone: cities.officePhone })
    .from(cities)
    .where(inArray(cities.id, ids));
}

/** Which of these ids are cities (an empty list asks nothing). */
export async function existingCityIds(ctx: ServiceContext, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await ctx.db
    .select({ id: cities.id })
    .from(cities)
    .where(inArray(cities.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}
