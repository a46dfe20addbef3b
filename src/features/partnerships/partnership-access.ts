import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { canEditPartnership } from './partnership-policy.ts';
import { partnershipCities, partnerships } from './partnerships.table.ts';

export type PartnershipRow = typeof partnerships.$inferSelect;

/** A partnership by id or key, or 404. */
export async function findPartnershipRow(ctx: ServiceContext, idOrKey: string): Promise<PartnershipRow> {
  const [row] = await ctx.db
    .select()
    .from(partnerships)
    .where(isUuid(idOrKey) ? eq(partnerships.id, idOrKey) : eq(partnerships.key, idOrKey));
  if (!row) throw notFound('The partnership');
  return row;
}

/** Member city ids in display order. */
export async function partnershipCityIds(ctx: ServiceContext, partnershipId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ cityId: partnershipCities.cityId })
    .from(partnershipCities)
    .where(eq(partnershipCities.partnershipId, partnershipId))
    .orderBy(asc(partnershipCities.position));
  return rows.map((r) => r.cityId);
}

/** Member city ids of several partnerships (display order), in one statement. */
export async function cityIdsOfPartnerships(ctx: ServiceContext, partnershipIds: readonly string[]): Promise<Map<string, string[]>> {
  const byPartnership = new Map<string, string[]>(partnershipIds.map((id) => [id, []]));
  if (!partnershipIds.length) return byPartnership;
  const rows = await ctx.db
    .select({ partnershipId: partnershipCities.partnershipId, cityId: partnershipCities.cityId })
    .from(partnershipCities)
    .where(inArray(partnershipCities.partnershipId, [...new Set(partnershipIds)]))
    .orderBy(asc(partnershipCities.position));
  for (const r of rows) byPartnership.get(r.partnershipId)?.push(r.cityId);
  return byPartnership;
}

export async function mayEditPartnership(ctx: ServiceContext, partnershipId: string): Promise<boolean> {
  return canEditPartnership(ctx.actor, await partnershipCityIds(ctx, partnershipId));
}

/**
 * The edit check shared by the partnership and everything hanging off it (timeline,
 * agreements, documents): 401 for the public, 403 for anyone not co-owning it.
 */
export async function requirePartnershipEditor(ctx: ServiceContext, partnershipId: string): Promise<string[]> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const cityIds = await partnershipCityIds(ctx, partnershipId);
  if (!canEditPartnership(ctx.actor, cityIds)) {
    throw forbidden('Only coordinators of the partnership’s cities can change it.');
  }
  return cityIds;
}
