import type { ServiceContext } from '../../shared/context.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { LocalisedText } from '../../shared/locales.ts';

/** A measure of an action programme, as an activity that carries it out links to it. */
export interface LinkedMeasure {
  partnershipId: string;
  key: string;
  title: LocalisedText[];
}

/**
 * What the action programmes tell activities about a measure, in a file named
 * `*.activity-measures.ts` (default export). Action programmes sit above activities (a programme
 * page lists the activities of its measures), so activities ask through this port and import
 * nothing of them (decision 0018).
 */
export interface ActivityMeasureContribution {
  measurePartnershipId(ctx: ServiceContext, measureId: string): Promise<LinkedMeasure | null>;
}

/** The measure with this id, or null when no feature knows it. */
export async function linkedMeasure(ctx: ServiceContext, measureId: string): Promise<LinkedMeasure | null> {
  const contributions = await loadFeatureContributions<ActivityMeasureContribution>(/[.]activity-measures[.]ts$/);
  for (const contribution of contributions) {
    const measure = await contribution.measurePartnershipId(ctx, measureId);
    if (measure) return measure;
  }
  return null;
}
