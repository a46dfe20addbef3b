import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { users } from './users.table.ts';

/**
 * SQL: the display name of the account whose id is in `column` (null when there is none), for
 * another feature to show who did something in its own statement without joining the table.
 */
export function userDisplayNameOf(column: AnyColumn | SQL): SQL<string | null> {
  return sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${column})`;
}
