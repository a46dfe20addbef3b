import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import type { PastRecords } from '../audit/index.ts';
import { cityIdsByKeys } from '../cities/index.ts';
import { partnershipCityIds } from './partnership-access.ts';
import { canEditPartnership } from './partnership-policy.ts';
import { partnershipExists } from './partnership-queries.ts';

/**
 * Whether the caller may read the history of a partnership or of a record in it (timeline
 * events, agreements): those who may edit it. A deleted partnership is judged by its last
 * snapshot, which names its member cities by key.
 */
export async function mayReadPartnershipHistory(ctx: ServiceContext, partnershipId: string | null, past: PastRecords): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!partnershipId) return false;
  if (await partnershipExists(ctx, partnershipId)) return canEditPartnership(ctx.actor, await partnershipCityIds(ctx, partnershipId));
  const keys = (await past.lastSnapshot('partnership', partnershipId))?.cities;
  if (!Array.isArray(keys) || !keys.length) return false;
  return canEditPartnership(ctx.actor, await cityIdsByKeys(ctx, keys.map(String)));
}

/** The id a record's live row or, once deleted, its last snapshot names in `field`. */
export async function liveOrPastParent(live: string | null, past: PastRecords, entityType: string, id: string, field: string): Promise<string | null> {
  if (live !== null) return live;
  const parent = (await past.lastSnapshot(entityType, id))?.[field];
  return typeof parent === 'string' ? parent : null;
}
