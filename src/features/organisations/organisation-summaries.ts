import { QueryBuilder } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.table.ts';

/**
 * The organisation summaries (id, key, name, kind, city) as a subquery another feature joins in
 * its own statement when it shows an organisation beside its rows or filters them by its city, e.g.
 * `const org = organisationSummariesSubquery('org'); db.select({ name: org.name }).from(t).leftJoin(org, eq(org.id, t.organisationId))`.
 * PostgreSQL flattens it: the plan is the same as a join of the table itself.
 */
export function organisationSummariesSubquery<TAlias extends string = 'organisation'>(alias: TAlias = 'organisation' as TAlias) {
  // The alias as a literal type: Drizzle keys the nullability of a join's columns by it.
  return new QueryBuilder()
    .select({ id: organisations.id, key: organisations.key, name: organisations.name, kind: organisations.kind, cityId: organisations.cityId })
    .from(organisations)
    .as(alias);
}
