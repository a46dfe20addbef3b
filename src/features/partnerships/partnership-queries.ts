import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipCities, partnerships, timelineEvents } from './partnerships.table.ts';

/** Id, key and name of the partnerships with these ids (by 'id') or keys (by 'key'). */
export async function partnershipNames(ctx: ServiceContext, by: 'id' | 'key', values: string[]): Promise<{ id: string; key: string; name: string }[]> {
  return ctx.db
    .select({ id: partnerships.id, key: partnerships.key, name: partnerships.name })
    .from(partnerships)
    .where(inArray(by === 'id' ? partnerships.id : partnerships.key, values));
}

/** Whether a partnership with this id exists (it may have been deleted). */
export async function partnershipExists(ctx: ServiceContext, id: string): Promise<boolean> {
  const [live] = await ctx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, id));
  return !!live;
}

/** The partnership of a timeline event, or null when there is no event with this id. */
export async function timelineEventPartnershipId(ctx: ServiceContext, id: string): Promise<string | null> {
  const [event] = await ctx.db.select({ partnershipId: timelineEvents.partnershipId }).from(timelineEvents).where(eq(timelineEvents.id, id));
  return event?.partnershipId ?? null;
}

/** The partnerships a city is a member of (id, key, name, status), by name. */
export async function partnershipsOfCity(ctx: ServiceContext, cityId: string): Promise<{ id: string; key: string; name: string; status: string }[]> {
  return ctx.db
    .select({ id: partnerships.id, key: partnerships.key, name: partnerships.name, status: partnerships.status })
    .from(partnershipCities)
    .innerJoin(partnerships, eq(partnerships.id, partnershipCities.partnershipId))
    .where(eq(partnershipCities.cityId, cityId))
    .orderBy(asc(partnerships.name));
}
