import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { agreements } from './agreements.table.ts';

/**
 * Demo only: dates these agreements' creation and last change to a past day (the demo seed spreads
 * its records over the years since the partnership began). No use case writes a past day.
 */
export async function backdateAgreements(ctx: Pick<ServiceContext, 'db'>, ids: string[], at: Date): Promise<void> {
  await ctx.db.update(agreements).set({ createdAt: at, updatedAt: at }).where(inArray(agreements.id, ids));
}
