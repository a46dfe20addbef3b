import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import type { PartnershipTimelineEntry } from '../partnerships/timeline-events.schemas.ts';
import { activities, activityOrganisers } from './activities.table.ts';
import { canReadActivity } from './activity-policy.ts';
import { activityLanguage } from './activity-read.ts';
import { toLocalDay } from './local-time.ts';

/**
 * A partnership's activities as entries of its timeline, past and coming, each on its first local
 * day: public ones for everyone, internal ones for their readers (canReadActivity). Cancelled
 * ones stay (marked by activityStatus): the record says what was planned. Not editable here.
 */
export async function activityEntriesOfPartnership(
  ctx: ServiceContext,
  partnershipId: string,
  now = new Date(),
  /** The member cities, when the caller has them (the partnership page): one read fewer. */
  knownCityIds?: readonly string[],
): Promise<PartnershipTimelineEntry[]> {
  const rows = await ctx.db.select().from(activities).where(eq(activities.partnershipId, partnershipId)).orderBy(asc(activities.startsAt));
  if (!rows.length) return [];
  const cityIds = knownCityIds ? [...knownCityIds] : await partnershipCityIds(ctx, partnershipId);
  const organisers = await ctx.db
    .select({ activityId: activityOrganisers.activityId, organisationId: activityOrganisers.organisationId })
    .from(activityOrganisers)
    .where(
      inArray(
        activityOrganisers.activityId,
        rows.map((r) => r.id),
      ),
    );
  return rows
    .filter((row) =>
      canReadActivity(ctx.actor, {
        partnershipCityIds: cityIds,
        isPublic: row.isPublic,
        organiserOrganisationIds: organisers.filter((o) => o.activityId === row.id).map((o) => o.organisationId),
      }),
    )
    .map((row) => {
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
