import { eq, or } from 'drizzle-orm';
import { oneAfterAnother } from '../../db/one-after-another.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import { activities, activityOrganisers } from './activities.table.ts';
import type { ActivityFacts } from './activity-policy.ts';

export type LoadedActivityFacts = ActivityFacts & { activityId: string; partnershipId: string };

/**
 * What the activity policy needs, read in the caller's context (inside its transaction when there
 * is one), by id or interchange key. A missing activity is a 404, never a policy decision on empty
 * facts; a non-public activity the caller may not read is a 404 too (the caller checks).
 */
export async function loadActivityFacts(ctx: ServiceContext, idOrKey: string): Promise<LoadedActivityFacts> {
  const where = isUuid(idOrKey) ? or(eq(activities.id, idOrKey), eq(activities.key, idOrKey)) : eq(activities.key, idOrKey);
  const [activity] = await ctx.db
    .select({ id: activities.id, partnershipId: activities.partnershipId, isPublic: activities.isPublic })
    .from(activities)
    .where(where);
  if (!activity) throw notFound('The activity');
  const [cityIds, organisers] = await oneAfterAnother(
    () => partnershipCityIds(ctx, activity.partnershipId),
    () => ctx.db.select({ organisationId: activityOrganisers.organisationId }).from(activityOrganisers).where(eq(activityOrganisers.activityId, activity.id)),
  );
  return {
    activityId: activity.id,
    partnershipId: activity.partnershipId,
    isPublic: activity.isPublic,
    partnershipCityIds: cityIds,
    organiserOrganisationIds: organisers.map((o) => o.organisationId),
  };
}
