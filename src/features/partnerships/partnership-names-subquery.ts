import { QueryBuilder } from 'drizzle-orm/pg-core';
import { partnerships } from './partnerships.table.ts';

/**
 * The partnerships' id, key and name as a subquery another feature joins in its own statement
 * when it shows a partnership beside its rows, e.g.
 * `const p = partnershipNamesSubquery(); db.select({ name: p.name }).from(t).leftJoin(p, eq(p.id, t.partnershipId))`.
 * PostgreSQL flattens it: the plan is the same as a join of the table itself.
 */
export function partnershipNamesSubquery<TAlias extends string = 'partnership'>(alias: TAlias = 'partnership' as TAlias) {
  return new QueryBuilder().select({ id: partnerships.id, key: partnerships.key, name: partnerships.name }).from(partnerships).as(alias);
}
