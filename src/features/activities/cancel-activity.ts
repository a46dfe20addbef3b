import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden } from '../../shared/errors.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { Activity, CancelActivityRequest } from './activities.schemas.ts';
import { activities } from './activities.table.ts';
import { activityEventView } from './activity-event.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { activityLanguage, presentActivity, readableActivity } from './activity-read.ts';
import { storedTexts } from '../../shared/localised-texts.ts';

/**
 * Calls an activity off: the organisers. It is kept (with its participants) and its calendar
 * entry is cancelled (a higher SEQUENCE). The reason (per language, in the activity's original
 * language first) shows on its page and travels in the event, from which the cancellation mails
 * quote it. Cancelling twice is a 409.
 */
export async function cancelActivity(ctx: ServiceContext, idOrKey: string, input: CancelActivityRequest, now = new Date()): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    const { row: current, facts } = await readableActivity(tx, idOrKey);
    if (!canOrganiseActivity(tx.actor, facts)) throw forbidden('Only the organisers of the activity cancel it.');
    if (current.status === 'cancelled') throw new AppError('already_cancelled', 409, 'The activity is cancelled already.');
    const before = await presentActivity(tx, current, facts, now);
    const row = await updateVersioned(tx, activities, 'The activity', current.id, input.version, {
      status: 'cancelled',
      icalSequence: current.icalSequence + 1,
      cancellationReason: storedTexts(input.reason ?? null, activityLanguage(current)),
    });
    const after = await presentActivity(tx, row, facts, now);
    await recordDomainEvent(tx, {
      entityType: 'activity',
      entityId: row.id,
      action: 'update',
      before: activityEventView(before, current.icalSequence),
      after: activityEventView(after, row.icalSequence, input.reason ?? null),
    });
    return after;
  });
}
