import { count } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from './users.table.ts';

/** How many accounts there are, disabled ones too (none: the first run of a new installation). */
export async function accountCount(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  return n;
}
