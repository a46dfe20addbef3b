import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cities } from './cities.table.ts';

/**
 * Demo only: dates these cities' creation and last change to a past day (the demo seed spreads
 * its records over the years since the partnership began). No use case writes a past day.
 */
export async function backdateCities(ctx: Pick<ServiceContext, 'db'>, ids: string[], at: Date): Promise<void> {
  await ctx.db.update(cities).set({ createdAt: at, updatedAt: at }).where(inArray(cities.id, ids));
}
