import type { SubqueryWithSelection } from 'drizzle-orm/pg-core';
import type { cities } from './cities.table.ts';
import { citySummariesSubquery } from './city-summaries.ts';

type CitySummaryColumns = { id: typeof cities.id; key: typeof cities.key; name: typeof cities.name; country: typeof cities.country };

/**
 * citySummariesSubquery, typed under its alias as a literal. Drizzle keys the nullability of a
 * join's columns by the alias: under a plain `string`, a statement that inner-joins the cities
 * and left-joins anything else types the joined columns as `never`. (Once citySummariesSubquery
 * takes its alias as a type parameter, this one can go.)
 */
export function citySummariesAs<TAlias extends string>(alias: TAlias): SubqueryWithSelection<CitySummaryColumns, TAlias> {
  return citySummariesSubquery(alias) as unknown as SubqueryWithSelection<CitySummaryColumns, TAlias>;
}
