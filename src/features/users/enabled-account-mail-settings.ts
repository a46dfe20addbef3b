import { isNull } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { users } from './users.table.ts';

/**
 * The enabled accounts with what a mail to them needs (id, email, locale, city_id) as a subquery
 * another feature joins in its own statement, e.g. the reminders to the followers of a call; a
 * disabled account is left out, as a mail must not reach it.
 */
export function enabledAccountMailSettingsSubquery<TAlias extends string = 'account'>(alias: TAlias = 'account' as TAlias) {
  return new QueryBuilder()
    .select({ id: users.id, email: users.email, locale: users.locale, cityId: users.cityId })
    .from(users)
    .where(isNull(users.disabledAt))
    .as(alias);
}
