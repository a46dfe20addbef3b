import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

/** Id and display name of the accounts with these ids. */
export async function userDisplayNames(ctx: ServiceContext, ids: string[]): Promise<{ id: string; displayName: string }[]> {
  return ctx.db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
}
