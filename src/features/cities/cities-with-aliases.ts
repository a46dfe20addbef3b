import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities, cityAliases } from './cities.table.ts';

export type CityWithAliases = typeof cities.$inferSelect & { aliases: (typeof cityAliases.$inferSelect)[] };

/**
 * The stored cities with these keys (every city without `keys`) with their aliases, in no
 * particular order: the whole records, for the interchange export and import. Two reads.
 */
export async function citiesWithAliases(ctx: Pick<ServiceContext, 'db'>, keys?: string[]): Promise<CityWithAliases[]> {
  if (keys?.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(cities)
    .where(keys ? inArray(cities.key, keys) : undefined);
  const ids = rows.map((r) => r.id);
  const aliases = new Map<string, (typeof cityAliases.$inferSelect)[]>();
  if (ids.length)
    for (const alias of await ctx.db.select().from(cityAliases).where(inArray(cityAliases.cityId, ids)))
      aliases.set(alias.cityId, [...(aliases.get(alias.cityId) ?? []), alias]);
  return rows.map((row) => ({ ...row, aliases: aliases.get(row.id) ?? [] }));
}
