import { inArray, or } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities, cityAliases } from './cities.table.ts';

// For finding the cities a free text names (the search takes "Klausenburg" out of a query).

/** The cities whose folded name (name_normalized) or key is one of these texts: id, key and folded name. */
export async function citiesByFoldedNameOrKey(ctx: ServiceContext, texts: string[]): Promise<{ id: string; key: string; normalized: string }[]> {
  return ctx.db
    .select({ id: cities.id, key: cities.key, normalized: cities.nameNormalized })
    .from(cities)
    .where(or(inArray(cities.nameNormalized, texts), inArray(cities.key, texts)));
}

/** The city aliases whose folded form is one of these texts: the city's id and the folded alias. */
export async function cityAliasesByFoldedName(ctx: ServiceContext, texts: string[]): Promise<{ id: string; normalized: string }[]> {
  return ctx.db.select({ id: cityAliases.cityId, normalized: cityAliases.normalized }).from(cityAliases).where(inArray(cityAliases.normalized, texts));
}
