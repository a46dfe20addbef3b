import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { Activity, UpdateActivityRequest } from './activities.schemas.ts';
import { activities } from './activities.table.ts';
import { activityEventView } from './activity-event.ts';
import { checkActivityInput } from './activity-input.ts';
import { replaceAgenda, replaceOrganisers } from './activity-parts.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { activityLanguage, presentActivity, readableActivity } from './activity-read.ts';
import { changesCalendarEntry } from './calendar-sequence.ts';

/** Replaces an activity's fields, agenda and organisers: the organisers (canOrganiseActivity); a stale version is a 409. */
export async function updateActivity(ctx: ServiceContext, idOrKey: string, input: UpdateActivityRequest, now = new Date()): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    const { row: current, facts } = await readableActivity(tx, idOrKey);
    if (!canOrganiseActivity(tx.actor, facts)) throw forbidden('Only the organisers of the activity change it.');
    const checked = await checkActivityInput(tx, input, { id: current.partnershipId, cityIds: facts.partnershipCityIds }, activityLanguage(current));
    const before = await presentActivity(tx, current, facts, now);
    const icalSequence = current.icalSequence + (changesCalendarEntry(current, checked.columns) ? 1 : 0);
    const row = await updateVersioned(tx, activities, 'The activity', current.id, input.version, { ...checked.columns, icalSequence });
    await replaceOrganisers(tx, row.id, checked.organiserIds);
    await replaceAgenda(tx, row.id, checked.agenda);
    const after = await presentActivity(tx, row, { ...facts, organiserOrganisationIds: checked.organiserIds }, now);
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
