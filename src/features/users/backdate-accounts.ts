import { inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

/**
 * Demo only: dates these accounts' opening to a past day (the demo seed spreads its records over
 * the years since the partnership began); their last change moves too unless it came later.
 * No use case writes a past day.
 */
export async function backdateAccounts(ctx: Pick<ServiceContext, 'db'>, ids: string[], day: Date): Promise<void> {
  await ctx.db
    .update(users)
    .set({ createdAt: day, updatedAt: sql`greatest(${users.updatedAt}, ${day})` })
    .where(inArray(users.id, ids));
}
