import type { ServiceContext } from '../../shared/context.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { canOrganiseActivity, canReadActivity } from './activity-policy.ts';
import type { StoredActivity } from './interchange-activities-export.ts';

/**
 * The activities an export may carry for the actor, as the activity pages would show them: an
 * activity the actor may not read is left out, and participants (names, e-mail addresses, who
 * attended) only travel in a file made by the activity's organisers or an admin, the people who
 * see them in Pontis. Coordinators share exports with each other; a participant's name is not
 * theirs to pass on for another partnership's activity. Gender and needs never travel.
 */
export async function activityRecordsForReader(ctx: ServiceContext, records: Map<string, StoredActivity>): Promise<Map<string, StoredActivity>> {
  const result = new Map<string, StoredActivity>();
  for (const [key, stored] of records) {
    const facts = await loadActivityFacts(ctx, stored.id);
    if (!canReadActivity(ctx.actor, facts)) continue;
    if (canOrganiseActivity(ctx.actor, facts)) {
      result.set(key, stored);
    } else {
      const { participants: _withheld, ...record } = stored.record;
      result.set(key, { ...stored, record, participantIds: [] });
    }
  }
  return result;
}
