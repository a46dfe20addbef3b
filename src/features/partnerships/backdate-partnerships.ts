import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { partnerships, timelineEvents } from './partnerships.table.ts';

// Demo only: the demo seed dates the records it wrote to the days they stand for ("Last changed
// on …" on the partnership page reads these columns). No use case writes a past day.

/** Dates these partnerships' creation and last change to a past day. */
export async function backdatePartnerships(ctx: Pick<ServiceContext, 'db'>, ids: string[], at: Date): Promise<void> {
  await ctx.db.update(partnerships).set({ createdAt: at, updatedAt: at }).where(inArray(partnerships.id, ids));
}

/** Dates these timeline events' creation and last change to a past day. */
export async function backdateTimelineEvents(ctx: Pick<ServiceContext, 'db'>, ids: string[], at: Date): Promise<void> {
  await ctx.db.update(timelineEvents).set({ createdAt: at, updatedAt: at }).where(inArray(timelineEvents.id, ids));
}
