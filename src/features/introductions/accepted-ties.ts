import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { introductions, type IntroductionStage } from './introductions.table.ts';

/**
 * The accepted introductions whose two organisations are both in these cities (the ties of a
 * partnership's network): the two organisation ids and the ladder step reached. Joined by city
 * rather than by a list of organisation ids, so that a partnership of thousands of organisations
 * is still one short statement.
 */
export async function acceptedIntroductionsWithinCities(
  ctx: ServiceContext,
  cityIds: string[],
): Promise<{ fromId: string; toId: string; stage: IntroductionStage | null }[]> {
  if (!cityIds.length) return [];
  const fromOrg = organisationSummariesSubquery('from_org');
  const toOrg = organisationSummariesSubquery('to_org');
  return ctx.db
    .select({ fromId: introductions.fromOrganisationId, toId: introductions.toOrganisationId, stage: introductions.stage })
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganisationId))
    .where(and(eq(introductions.status, 'accepted'), inArray(fromOrg.cityId, cityIds), inArray(toOrg.cityId, cityIds)));
}
