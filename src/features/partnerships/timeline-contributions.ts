import { readTogether } from '../../db/read-together.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { PartnershipTimelineEntry } from './timeline-events.schemas.ts';

/**
 * What a feature adds to a partnership's timeline, in a file named `*.partnership-timeline.ts`
 * (default export): entries derived from its own records (the joint projects' stages and
 * milestones), as the caller may see them. Partnerships declares the entry's shape
 * (`PartnershipTimelineEntry`) and knows none of the features that fill it in (issue 12).
 */
export interface PartnershipTimelineContribution {
  /** `partnershipCityIds`: the partnership's member cities, which the caller has read already. */
  entriesOf(ctx: ServiceContext, partnershipId: string, partnershipCityIds: readonly string[]): Promise<PartnershipTimelineEntry[]>;
}

/** Every feature's entries for the partnership's timeline; the contributions read independently (readTogether). */
export async function contributedTimelineEntries(
  ctx: ServiceContext,
  partnershipId: string,
  partnershipCityIds: readonly string[],
): Promise<PartnershipTimelineEntry[]> {
  const contributions = await loadFeatureContributions<PartnershipTimelineContribution>(/[.]partnership-timeline[.]ts$/);
  return (await readTogether(ctx.db, ...contributions.map((contribution) => () => contribution.entriesOf(ctx, partnershipId, partnershipCityIds)))).flat();
}
