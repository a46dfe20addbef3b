import { QueryBuilder } from 'drizzle-orm/pg-core';
import { users } from './users.table.ts';

/**
 * Each account as the actor it signs in as (id, e-mail, name, role, city, organisation) with the
 * time it was disabled, as a subquery that auth and single sign-on join in their own statement
 * (a session or token with its account is one read per request). Never the password hash.
 * PostgreSQL flattens it: the plan is the same as a join of the users table itself.
 */
export function accountActors(alias = 'account') {
  return new QueryBuilder()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      cityId: users.cityId,
      organisationId: users.organisationId,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .as(alias);
}
