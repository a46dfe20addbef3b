import { asc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import type { PartnershipTimelineEntry } from '../partnerships/timeline-events.schemas.ts';
import { activities } from './activities.table.ts';
import { canReadActivity } from './activity-policy.ts';
import { activityLanguage } from './activity-read.ts';
import { toLocalDay } from './local-time.ts';

/**
 * A partnership's activities as entries of its timeline, past and coming, each on its first local
 * day: public ones for everyone, internal ones for their readers (canReadActivity). Cancelled
 * ones stay (marked by activityStatus): the record says what was planned. Not editable here.
 */
// Correlated by the table's name: drizzle leaves a one-table select's columns unqualified.
const organiserIdsOfActivity = sql<
  string[]
>`(SELECT coalesce(array_agg(o.organisation_id::text), '{}') FROM activity_organisers o WHERE o.activity_id = "activities"."id")`;

export async function activityEntriesOfPartnership(
  ctx: ServiceContext,
  partnershipId: string,
  now = new Date(),
  /** The member cities, when the caller has them (the partnership page): one read fewer. */
  knownCityIds?: readonly string[],
): Promise<PartnershipTimelineEntry[]> {
  // One statement: each activity with its organisers' ids (the partnership page is read often).
  const rows = await ctx.db
    .select({ activity: activities, organiserIds: organiserIdsOfActivity })
    .from(activities)
    .where(eq(activities.partnershipId, partnershipId))
    .orderBy(asc(activities.startsAt));
  if (!rows.length) return [];
  const cityIds = knownCityIds ? [...knownCityIds] : await partnershipCityIds(ctx, partnershipId);
  return rows
    .filter(({ activity, organiserIds }) =>
      canReadActivity(ctx.actor, { partnershipCityIds: cityIds, isPublic: activity.isPublic, organiserOrganisationIds: organiserIds }),
    )
    .map(({ activity: row }) => {
      const lang = activityLanguage(row);
      return {
        id: row.id,
        partnershipId,
        kind: 'activity' as const,
        occurredOn: toLocalDay(row.startsAt, row.timeZone),
        title: textsByLanguage(row.title, lang),
        description: {},
        originalLang: lang,
        version: 0,
        updatedAt: row.updatedAt.toISOString(),
        can: { edit: false, delete: false },
        activityId: row.id,
        activityKey: row.key,
        activityKind: row.kind,
        activityStatus: row.status,
        upcoming: row.endsAt >= now,
      };
    });
}
