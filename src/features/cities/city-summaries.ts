import { inArray } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import type { CitySummary } from './cities.schemas.ts';
import { cities } from './cities.table.ts';

const summaryColumns = { id: cities.id, key: cities.key, name: cities.name, country: cities.country };

/** Id, key, name and country of the cities with these ids (in no particular order). */
export async function citySummariesByIds(ctx: ServiceContext, ids: string[]): Promise<CitySummary[]> {
  if (!ids.length) return [];
  return ctx.db.select(summaryColumns).from(cities).where(inArray(cities.id, ids));
}

/**
 * The city summaries (id, key, name, country) as a subquery another feature joins in its own
 * statement when it shows a city beside its rows, e.g.
 * `const city = citySummariesSubquery(); db.select({ city: { id: city.id, … } }).from(t).innerJoin(city, eq(city.id, t.cityId))`.
 * PostgreSQL flattens it: the plan is the same as a join of the table itself.
 */
export function citySummariesSubquery<TAlias extends string = 'city'>(alias: TAlias = 'city' as TAlias) {
  // The alias is a type parameter: Drizzle keys a join's nullability by it (a plain string makes
  // the columns `never` in a statement that also left-joins something).
  return new QueryBuilder().select(summaryColumns).from(cities).as(alias);
}
