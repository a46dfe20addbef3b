import { sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { organisationItems, organisations } from './organisations.table.ts';

/**
 * What an organisation's profile says (id, key, name, kind, city, languages, concepts, last
 * change) as a subquery another feature uses in its own statement, e.g. the matching engine's
 * candidate query. The columns keep their SQL names (city_id, updated_at). PostgreSQL flattens it:
 * the plan is the same as a read of the table itself.
 */
export function organisationProfileRowsSubquery<TAlias extends string = 'organisation'>(alias: TAlias = 'organisation' as TAlias) {
  return new QueryBuilder()
    .select({
      id: organisations.id,
      key: organisations.key,
      name: organisations.name,
      kind: organisations.kind,
      cityId: organisations.cityId,
      languages: organisations.languages,
      concepts: organisations.concepts,
      updatedAt: organisations.updatedAt,
    })
    .from(organisations)
    .as(alias);
}

/** The concepts of the approved offers and requests (organisation_id, concepts) as a subquery, for the same kind of statement. */
export function approvedItemConceptsSubquery<TAlias extends string = 'item'>(alias: TAlias = 'item' as TAlias) {
  return new QueryBuilder()
    .select({ organisationId: organisationItems.organisationId, concepts: organisationItems.concepts })
    .from(organisationItems)
    .where(sql`${organisationItems.status} = 'approved'`)
    .as(alias);
}
