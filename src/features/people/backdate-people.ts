import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { people } from './people.table.ts';

/**
 * Demo only: dates these people's creation and last change to a past day (the demo seed spreads
 * its records over the years since the partnership began). No use case writes a past day.
 */
export async function backdatePeople(ctx: Pick<ServiceContext, 'db'>, ids: string[], at: Date): Promise<void> {
  await ctx.db.update(people).set({ createdAt: at, updatedAt: at }).where(inArray(people.id, ids));
}
