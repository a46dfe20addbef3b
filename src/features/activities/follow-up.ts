import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { Activity, ActivityFollowUpRequest } from './activities.schemas.ts';
import { activities } from './activities.table.ts';
import { activityEventView } from './activity-event.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { activityLanguage, presentActivity, readableActivity } from './activity-read.ts';

/**
 * The organisers record what came of an activity: its outcomes and minutes, per language like an
 * agreement's texts (the activity's original language first). A text left out (or null) is
 * cleared; a stale version is a 409, so two organisers writing minutes at once lose nothing.
 */
export async function recordFollowUp(ctx: ServiceContext, idOrKey: string, input: ActivityFollowUpRequest, now = new Date()): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    const { row: current, facts } = await readableActivity(tx, idOrKey);
    if (!canOrganiseActivity(tx.actor, facts)) throw forbidden('Only the organisers of the activity record its follow-up.');
    const lang = activityLanguage(current);
    const before = await presentActivity(tx, current, facts, now);
    const row = await updateVersioned(tx, activities, 'The activity', current.id, input.version, {
      outcomes: storedTexts(input.outcomes ?? null, lang),
      minutes: storedTexts(input.minutes ?? null, lang),
    });
    const after = await presentActivity(tx, row, facts, now);
    // Outcomes and minutes do not touch the calendar: the sequence stays, and no one is mailed.
    await recordDomainEvent(tx, {
      entityType: 'activity',
      entityId: row.id,
      action: 'update',
      before: activityEventView(before, current.icalSequence),
      after: activityEventView(after, row.icalSequence),
    });
    return after;
  });
}
