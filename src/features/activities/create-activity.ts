import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, unauthenticated } from '../../shared/errors.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { findPartnershipRow, partnershipCityIds } from '../partnerships/index.ts';
import type { Activity, CreateActivityRequest } from './activities.schemas.ts';
import { activities } from './activities.table.ts';
import { activityEventView } from './activity-event.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { checkActivityInput } from './activity-input.ts';
import { newActivityKey } from './activity-keys.ts';
import { canPlanActivity } from './activity-policy.ts';
import { presentActivity } from './activity-read.ts';
import { replaceAgenda, replaceOrganisers } from './activity-parts.ts';

/**
 * Plans an activity of a partnership: its cities' coordinators and admins (canPlanActivity).
 * The key is the one given (409 when taken) or made from the title.
 */
export async function createActivity(ctx: ServiceContext, partnershipIdOrKey: string, input: CreateActivityRequest, now = new Date()): Promise<Activity> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const partnership = await findPartnershipRow(ctx, partnershipIdOrKey);
  const cityIds = await partnershipCityIds(ctx, partnership.id);
  if (!canPlanActivity(ctx.actor, cityIds)) throw forbidden('Only the coordinators of the partnership’s cities plan its activities.');
  const checked = await checkActivityInput(ctx, input, { id: partnership.id, cityIds }, null);
  try {
    return await inTransaction(ctx, async (tx) => {
      const key = await newActivityKey(tx, input.key, checked.columns.title[0]?.text ?? '');
      const userId = actorUserId(tx.actor);
      const [row] = await tx.db
        .insert(activities)
        .values({ ...checked.columns, key, partnershipId: partnership.id, createdBy: userId, updatedBy: userId })
        .returning();
      await replaceOrganisers(tx, row.id, checked.organiserIds);
      await replaceAgenda(tx, row.id, checked.agenda);
      const created = await presentActivity(tx, row, await loadActivityFacts(tx, row.id), now);
      await recordDomainEvent(tx, { entityType: 'activity', entityId: row.id, action: 'create', after: activityEventView(created, row.icalSequence) });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate('key', `Another activity has the key "${input.key ?? ''}"; try again or choose another.`);
    throw err;
  }
}
