import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { partnershipCities } from './partnerships.table.ts';

// Fragments for lists that show or filter by a partnership's cities in one statement (projects).

/** SQL: the partnership (an id column or value of the outer statement) has this city among its members (never for a null city). */
export function partnershipHasCitySql(partnershipId: AnyColumn | SQL, cityId: string | null): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${partnershipCities} pc WHERE pc.partnership_id = ${partnershipId} AND pc.city_id = ${cityId})`;
}

/** The memberships (partnership_id, city_id, position) as a subquery another feature joins. */
export function partnershipCityRowsSubquery<TAlias extends string = 'membership'>(alias: TAlias = 'membership' as TAlias) {
  return new QueryBuilder()
    .select({ partnershipId: partnershipCities.partnershipId, cityId: partnershipCities.cityId, position: partnershipCities.position })
    .from(partnershipCities)
    .as(alias);
}
