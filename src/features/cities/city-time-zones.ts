import { QueryBuilder } from 'drizzle-orm/pg-core';
import { cities } from './cities.table.ts';

/**
 * The cities' time zones (id, time_zone; null where none is set) as a subquery another feature
 * joins in its own statement, e.g. to write a date in its reader's city's time. PostgreSQL
 * flattens it: the plan is the same as a join of the table itself.
 */
export function cityTimeZonesSubquery<TAlias extends string = 'city'>(alias: TAlias = 'city' as TAlias) {
  return new QueryBuilder().select({ id: cities.id, timeZone: cities.timeZone }).from(cities).as(alias);
}
