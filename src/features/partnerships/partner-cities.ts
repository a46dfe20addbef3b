import { eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipCities } from './partnerships.table.ts';

const otherSide = alias(partnershipCities, 'partner_side');
const givenSide = alias(partnershipCities, 'given_side');

/**
 * Subquery: the ids of the cities that share a partnership with the given city (an id, or a
 * column or SQL of the outer statement), the city itself included when it belongs to any
 * partnership; callers exclude it where "partner" means another city. For `inArray(column, …)`,
 * so that a permission rule stays a WHERE condition of one statement.
 */
export function citiesSharingAPartnershipWith(cityId: string | SQL | AnyColumn) {
  return new QueryBuilder()
    .select({ cityId: otherSide.cityId })
    .from(otherSide)
    .innerJoin(givenSide, eq(givenSide.partnershipId, otherSide.partnershipId))
    .where(eq(givenSide.cityId, cityId));
}

/** Whether two different cities share a partnership: the check twin of citiesSharingAPartnershipWith. */
export async function arePartnerCities(ctx: ServiceContext, cityA: string, cityB: string): Promise<boolean> {
  if (cityA === cityB) return false;
  const [row] = await ctx.db.select({ yes: inArray(sql`${cityB}::uuid`, citiesSharingAPartnershipWith(cityA)).mapWith(Boolean) }).from(sql`(SELECT 1) AS one`);
  return row.yes;
}

/**
 * Subquery of the member cities of one partnership (city id and display position), for a
 * statement that joins them with what it shows of each city.
 */
export function partnershipMembersSubquery<TAlias extends string = 'member'>(partnershipId: string, alias: TAlias = 'member' as TAlias) {
  return new QueryBuilder()
    .select({ cityId: partnershipCities.cityId, position: partnershipCities.position })
    .from(partnershipCities)
    .where(eq(partnershipCities.partnershipId, partnershipId))
    .as(alias);
}
