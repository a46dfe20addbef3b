import type { CityProgramme } from './city-programmes.ts';

/** EU member states (ISO 3166-1 alpha-2; Greece as GR, the portal's EL read as GR). */
export const euMemberStates: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/**
 * A hint is a code with parameters, rendered in the reader's language by the web app
 * (calls.json: eligibility.<code>). Hints are prompts to check the call's conditions, never a
 * verdict: associated countries differ per programme and change with each agreement.
 */
export type EligibilityHint =
  | { code: 'all-partners-eu'; params: { countries: string[] } }
  | { code: 'partner-outside-eu'; params: { country: string; programme: string | null } }
  | { code: 'town-twinning-countries'; params: { needed: number; eligible: number } }
  | { code: 'networks-of-towns-countries'; params: { needed: number; eligible: number } }
  | { code: 'interreg-programme-area'; params: { countries: string[] } };

const normalise = (country: string) => {
  const c = country.trim().toUpperCase();
  return c === 'EL' ? 'GR' : c;
};

/**
 * Hints from the partners' countries for a call. CERV town twinning needs towns from at least two
 * eligible countries, networks of towns from at least three (CERV work programme); Interreg funds
 * only partners inside the programme's area, which the call's own documents define.
 */
export function eligibilityHints(countries: readonly string[], programmeCode: string | null, cityProgramme: CityProgramme | null): EligibilityHint[] {
  const distinct = [...new Set(countries.map(normalise).filter(Boolean))].sort();
  if (!distinct.length) return [];
  const hints: EligibilityHint[] = [];
  const outside = distinct.filter((c) => !euMemberStates.has(c));
  if (!outside.length) hints.push({ code: 'all-partners-eu', params: { countries: distinct } });
  for (const country of outside) hints.push({ code: 'partner-outside-eu', params: { country, programme: cityProgramme?.code ?? programmeCode ?? null } });
  const eligible = distinct.length - outside.length;
  if (cityProgramme?.key === 'cerv-town-twinning') hints.push({ code: 'town-twinning-countries', params: { needed: 2, eligible } });
  if (cityProgramme?.key === 'cerv-networks-of-towns') hints.push({ code: 'networks-of-towns-countries', params: { needed: 3, eligible } });
  if (cityProgramme?.key === 'interreg') hints.push({ code: 'interreg-programme-area', params: { countries: distinct } });
  return hints;
}
