import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/** Id, key and name of the organisations with these ids (by 'id') or keys (by 'key'). */
export async function organisationNames(ctx: ServiceContext, by: 'id' | 'key', values: string[]): Promise<{ id: string; key: string; name: string }[]> {
  return ctx.db
    .select({ id: organisations.id, key: organisations.key, name: organisations.name })
    .from(organisations)
    .where(inArray(by === 'id' ? organisations.id : organisations.key, values));
}

/** The city of an organisation, or null when there is no organisation with this id. */
export async function organisationCityId(ctx: ServiceContext, id: string): Promise<string | null> {
  const [org] = await ctx.db.select({ cityId: organisations.cityId }).from(organisations).where(eq(organisations.id, id));
  return org?.cityId ?? null;
}

/** Id, key, name, kind and city of the organisations in these cities, by name. */
export async function organisationsInCities(
  ctx: ServiceContext,
  cityIds: string[],
): Promise<{ id: string; key: string; name: string; kind: string; cityId: string }[]> {
  return ctx.db
    .select({ id: organisations.id, key: organisations.key, name: organisations.name, kind: organisations.kind, cityId: organisations.cityId })
    .from(organisations)
    .where(inArray(organisations.cityId, cityIds))
    .orderBy(asc(organisations.name));
}

/**
 * How many organisations the cities of `cityIds` (a subquery or list of city ids) have together, as
 * an expression other features put into their own statement (the partnership summaries count their
 * member cities' organisations without a round trip of their own).
 */
export function organisationCountInCities(cityIds: SQL): SQL<number> {
  return sql<number>`(SELECT count(*)::int FROM ${organisations} WHERE ${organisations.cityId} IN (${cityIds}))`;
}
