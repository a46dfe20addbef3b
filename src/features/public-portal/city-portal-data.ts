import { readTogether } from '../../db/read-together.ts';
import type { ServiceContext } from '../../shared/context.ts';
import type { ActivitySummary } from '../activities/activities.schemas.ts';
import { listActivities } from '../activities/index.ts';
import type { City } from '../cities/cities.schemas.ts';
import { cityPlaces, getCity } from '../cities/index.ts';
import { organisationsInCities } from '../organisations/index.ts';
import { listPartnerships } from '../partnerships/index.ts';
import type { PartnershipSummary } from '../partnerships/partnerships.schemas.ts';
import type { MapPlace, MapTie } from './partnership-map.ts';
import { placesOnMap } from './places-on-map.ts';

export interface CityPortalData {
  city: City;
  partnerships: PartnershipSummary[];
  upcoming: (ActivitySummary & { partnership: { key: string; name: string } })[];
  organisations: { key: string; name: string; kind: string }[];
  places: MapPlace[];
  ties: MapTie[];
}

/** How many upcoming activities a city's page and its widget list. */
const UPCOMING = 8;

/**
 * What the public page of a city shows: its partnerships (each with its cities, for the map's
 * ties from the city to every partner), the next public activities of all of them, and the
 * organisations based there. Read as the public, through the same use cases as the API.
 */
export async function cityPortalData(ctx: ServiceContext, key: string, now = new Date()): Promise<CityPortalData> {
  const city = await getCity(ctx, key);
  const [all, organisations] = await readTogether(
    ctx.db,
    () => listPartnerships(ctx),
    () => organisationsInCities(ctx, [city.id]),
  );
  const partnerships = all.filter((p) => p.cities.some((c) => c.id === city.id));
  const partnerIds = [...new Set(partnerships.flatMap((p) => p.cities.map((c) => c.id)))];
  const [places, ...activityLists] = await readTogether(
    ctx.db,
    () => cityPlaces(ctx, partnerIds),
    ...partnerships.map(
      (p) => async () => (await listActivities(ctx, p.id, { when: 'upcoming' }, now)).items.map((a) => ({ ...a, partnership: { key: p.key, name: p.name } })),
    ),
  );
  const order = [{ id: city.id }, ...partnerIds.filter((id) => id !== city.id).map((id) => ({ id }))];
  const ties = partnerships.flatMap((p) =>
    // A partnership of two cities is named by its tie; one of several names the partner too.
    p.cities
      .filter((c) => c.id !== city.id)
      .map((c) => ({ from: city.key, to: c.key, label: p.cities.length === 2 ? p.name : `${p.name}: ${city.name} – ${c.name}` })),
  );
  return {
    city,
    partnerships,
    upcoming: activityLists
      .flat()
      .filter((a) => a.status !== 'cancelled')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(0, UPCOMING),
    organisations: organisations.map(({ key: k, name, kind }) => ({ key: k, name, kind })),
    places: placesOnMap(order, places),
    ties,
  };
}
