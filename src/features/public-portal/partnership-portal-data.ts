import { readTogether } from '../../db/read-together.ts';
import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { ActivitySummary } from '../activities/activities.schemas.ts';
import type { Programme } from '../action-programmes/action-programmes.schemas.ts';
import { getProgramme, listProgrammes } from '../action-programmes/index.ts';
import { listActivities } from '../activities/index.ts';
import { cityPlaces } from '../cities/index.ts';
import { getPartnership } from '../partnerships/index.ts';
import type { Partnership } from '../partnerships/partnerships.schemas.ts';
import { placesOnMap } from './places-on-map.ts';
import type { MapPlace } from './partnership-map.ts';

export interface PartnershipPortalData {
  partnership: Partnership;
  upcoming: ActivitySummary[];
  past: ActivitySummary[];
  places: MapPlace[];
  /** The joint action programmes, latest first, with their fields of action (named in the page's language). */
  programmes: Programme[];
}

/**
 * What the public page of a partnership shows, read through the same use cases as the API (the
 * caller is the public: see public-context.ts). Cancelled activities stay listed, marked.
 */
export async function partnershipPortalData(ctx: ServiceContext, key: string, lang: UiLocale, now = new Date()): Promise<PartnershipPortalData> {
  const partnership = await getPartnership(ctx, key);
  const [activities, places, programmeList] = await readTogether(
    ctx.db,
    () => listActivities(ctx, partnership.id, { when: 'all' }, now),
    () =>
      cityPlaces(
        ctx,
        partnership.cities.map((c) => c.id),
      ),
    () => listProgrammes(ctx, partnership.id),
  );
  const programmes = await readTogether(ctx.db, ...programmeList.items.map((p) => () => getProgramme(ctx, p.id, lang)));
  const ended = (a: ActivitySummary) => Date.parse(a.endsAt) < now.getTime();
  return {
    partnership,
    upcoming: activities.items.filter((a) => !ended(a)),
    past: activities.items.filter(ended).reverse(),
    places: placesOnMap(partnership.cities, places),
    programmes,
  };
}
