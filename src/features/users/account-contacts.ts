import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

/** Display name and e-mail of the accounts with these ids (disabled ones too), in no particular order. */
export async function accountContacts(ctx: ServiceContext, ids: string[]): Promise<{ id: string; displayName: string; email: string }[]> {
  if (!ids.length) return [];
  return ctx.db.select({ id: users.id, displayName: users.displayName, email: users.email }).from(users).where(inArray(users.id, ids));
}
