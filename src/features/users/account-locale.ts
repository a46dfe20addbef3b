import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

/** The interface language the account chose, or null (none chosen, or no such account). */
export async function accountLocale(ctx: ServiceContext, userId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row?.locale ?? null;
}
