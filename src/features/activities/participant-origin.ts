import type { ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { citySummariesByIds } from '../cities/index.ts';
import { organisationNamesAndKinds } from '../organisations/index.ts';

/** Where a participant comes from, as the funder's report counts it. */
export interface ParticipantOrigin {
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: string | null;
  cityId: string | null;
  cityName: string | null;
  country: string;
}

interface OriginInput {
  organisationId?: string | null;
  organisationName?: string | null;
  organisationKind?: string | null;
  cityId?: string | null;
  cityName?: string | null;
  country?: string | null;
}

/**
 * Fills a participant's organisation (name, kind), city (name) and country from the registry:
 * what was given wins, the rest comes from the organisation and city records (the city defaults
 * to the organisation's). An organisation or city id that does not exist is a 400 naming it; a
 * country neither given nor derivable is a 400 naming `country`.
 */
export async function resolveParticipantOrigin(ctx: ServiceContext, input: OriginInput): Promise<ParticipantOrigin> {
  const [org] = input.organisationId ? await organisationNamesAndKinds(ctx, [input.organisationId]) : [];
  if (input.organisationId && !org) throw invalid([{ path: 'organisationId', rule: 'not_found', message: 'There is no organisation with this id.' }]);
  const cityId = input.cityId ?? org?.cityId ?? null;
  const [city] = cityId ? await citySummariesByIds(ctx, [cityId]) : [];
  if (input.cityId && !city) throw invalid([{ path: 'cityId', rule: 'not_found', message: 'There is no city with this id.' }]);
  const country = input.country ?? city?.country ?? null;
  if (!country || !/^[A-Z]{2}$/.test(country)) {
    throw invalid([{ path: 'country', rule: 'required', message: 'Give the country you come from (two letters, e.g. DE); your account names no city.' }]);
  }
  return {
    organisationId: org?.id ?? null,
    organisationName: input.organisationName ?? org?.name ?? null,
    organisationKind: input.organisationKind ?? org?.kind ?? null,
    cityId: city?.id ?? null,
    cityName: input.cityName ?? city?.name ?? null,
    country,
  };
}
