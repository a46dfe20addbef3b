import type { ServiceContext } from '../../shared/context.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { CityPartnership } from './cities.schemas.ts';

/**
 * What a feature adds to a city's page, in a file named `*.city-page.ts` (default export).
 * Cities sit below the features that refer to them, so the city page does not import them: the
 * partnerships feature fills in the partnerships the city is a member of (issue 12).
 */
export interface CityPageContribution {
  /** The partnerships the city is a member of, by name. */
  partnerships?(ctx: ServiceContext, cityId: string): Promise<CityPartnership[]>;
}

/** The partnerships the features contribute to the city's page, one contribution after the other. */
export async function cityPartnerships(ctx: ServiceContext, cityId: string): Promise<CityPartnership[]> {
  const contributions = await loadFeatureContributions<CityPageContribution>(/[.]city-page[.]ts$/);
  const partnerships: CityPartnership[] = [];
  for (const contribution of contributions) if (contribution.partnerships) partnerships.push(...(await contribution.partnerships(ctx, cityId)));
  return partnerships;
}
