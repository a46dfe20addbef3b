import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';
import { recordLanguage, textsByLanguage } from '../../shared/localised-texts.ts';
import { detectLanguage } from '../tagging/index.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import { activities, activityOrganisers } from './activities.table.ts';
import { canReadActivity } from './activity-policy.ts';

/**
 * The activities that carry out these measures of an action programme (an activity names its
 * measure), earliest first, as far as the caller may read them (internal meetings stay with the
 * partnership's users and the organisers): what the programme page lists under each measure.
 */
export async function activitiesOfMeasures(
  ctx: ServiceContext,
  measureIds: readonly string[],
): Promise<{ measureId: string; id: string; key: string; title: LocalisedTexts; startsAt: string }[]> {
  if (!measureIds.length) return [];
  const rows = await ctx.db
    .select({
      id: activities.id,
      key: activities.key,
      measureId: activities.measureId,
      partnershipId: activities.partnershipId,
      title: activities.title,
      originalLang: activities.originalLang,
      isPublic: activities.isPublic,
      startsAt: activities.startsAt,
    })
    .from(activities)
    .where(inArray(activities.measureId, [...new Set(measureIds)]))
    .orderBy(asc(activities.startsAt), asc(activities.key));
  if (!rows.length) return [];
  const internal = rows.filter((r) => !r.isPublic);
  const organisers = internal.length
    ? await ctx.db
        .select()
        .from(activityOrganisers)
        .where(
          inArray(
            activityOrganisers.activityId,
            internal.map((r) => r.id),
          ),
        )
    : [];
  const citiesOf = new Map<string, string[]>();
  for (const partnershipId of new Set(internal.map((r) => r.partnershipId))) citiesOf.set(partnershipId, await partnershipCityIds(ctx, partnershipId));
  return rows
    .filter((r) =>
      canReadActivity(ctx.actor, {
        isPublic: r.isPublic,
        partnershipCityIds: citiesOf.get(r.partnershipId) ?? [],
        organiserOrganisationIds: organisers.filter((o) => o.activityId === r.id).map((o) => o.organisationId),
      }),
    )
    .map((r) => ({
      measureId: r.measureId as string,
      id: r.id,
      key: r.key,
      title: textsByLanguage(r.title, recordLanguage(r.originalLang, [r.title], detectLanguage)),
      startsAt: r.startsAt.toISOString(),
    }));
}
