import { exists, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { users } from './users.table.ts';

// SQL fragments for other features' statements, so that a list stays one statement.

/** SQL: the organisation (an id column or value) has at least one active org-editor. */
export const hasActiveOrgEditorSql = (organisationId: SQL | AnyColumn): SQL =>
  exists(sql`(SELECT 1 FROM ${users} WHERE ${users.role} = 'org-editor' AND ${users.organisationId} = ${organisationId} AND ${users.disabledAt} IS NULL)`);

/** SQL: the city of the account with this id (an id column or value); NULL for none or no account. */
export const accountCityIdSql = (userId: SQL | AnyColumn): SQL<string | null> =>
  sql<string | null>`(SELECT ${users.cityId} FROM ${users} WHERE ${users.id} = ${userId})`;
