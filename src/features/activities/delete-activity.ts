import { eq } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { activities } from './activities.table.ts';
import { activityEventView } from './activity-event.ts';
import { canPlanActivity } from './activity-policy.ts';
import { presentActivity, readableActivity } from './activity-read.ts';

/**
 * Deletes an activity with its agenda, participants and attendance: who may plan the
 * partnership's activities (canPlanActivity). A planned activity called off is cancelled instead,
 * so that participants are told; deleting is for mistakes.
 */
export async function deleteActivity(ctx: ServiceContext, idOrKey: string, now = new Date()): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { row, facts } = await readableActivity(tx, idOrKey);
    if (!canPlanActivity(tx.actor, facts.partnershipCityIds)) throw forbidden('Only the coordinators of the partnership’s cities delete its activities.');
    const before = await presentActivity(tx, row, facts, now);
    await tx.db.delete(activities).where(eq(activities.id, row.id));
    await recordDomainEvent(tx, { entityType: 'activity', entityId: row.id, action: 'delete', before: activityEventView(before, row.icalSequence) });
  });
}
