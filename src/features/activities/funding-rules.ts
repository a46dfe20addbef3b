import type { FundingRuleCheck } from './activities.schemas.ts';

/**
 * The participation rules of the EU programmes twinned cities use most, checked against one
 * activity (one event). Pure: the participation report counts, this file judges.
 */

/**
 * The countries whose participants count for CERV (Citizens, Equality, Rights and Values):
 * the EU member states and the countries associated to the programme.
 *
 * Source: the CERV call documents, "Eligible countries" (EU member states including their overseas
 * countries and territories; non-EU countries associated to the CERV programme, as listed in the
 * Commission's "List of participating countries in CERV" on the Funding & Tenders Portal).
 * As of 2025-06 (written 2026-12): associated are Albania, Bosnia and Herzegovina, Kosovo,
 * Montenegro, North Macedonia, Serbia and Ukraine. The association list changes as agreements are
 * signed: check it against the portal's list before a call, and change it only here.
 */
export const CERV_ELIGIBLE_COUNTRIES = {
  source: 'CERV call documents (Eligible countries) and the Commission list of participating countries in CERV, Funding & Tenders Portal',
  asOf: '2025-06',
  euMemberStates: [
    'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL',
    'PT', 'RO', 'SE', 'SI', 'SK',
  ],
  associated: ['AL', 'BA', 'ME', 'MK', 'RS', 'UA', 'XK'],
} as const; // prettier-ignore

const eligible: ReadonlySet<string> = new Set<string>([...CERV_ELIGIBLE_COUNTRIES.euMemberStates, ...CERV_ELIGIBLE_COUNTRIES.associated]);

/** Whether participants from this country (ISO 3166-1 alpha-2; Greece as GR, Kosovo as XK) count for CERV. */
export const isCervEligibleCountry = (country: string) => eligible.has(country.toUpperCase());

/**
 * CERV town twinning (CERV-…-CITIZENS-TOWN-TT): "events must involve a minimum of 50 direct
 * participants, of which a minimum of 25 participants are invited international participants",
 * i.e. participants sent by the partner towns from eligible countries other than the host's.
 */
export const TOWN_TWINNING = { directParticipants: 50, invitedInternational: 25 } as const;

/**
 * CERV networks of towns (CERV-…-CITIZENS-TOWN-NT): the call sets no minimum number of
 * participants per event; at least one third of the participants of each event must be
 * international guests sent by the eligible partners of other countries (Finnish National Agency
 * for Education, CERV contact point: oph.fi, "Nätverk mellan kommuner": "Minst en tredjedel av
 * deltagarna i projektets evenemang ska vara internationella gäster från partnerländer").
 * The consortium rules (at least four applicants from four eligible countries, two of them EU
 * member states; activities in at least two eligible countries) concern the whole project, not
 * one event, and are not checked here.
 */
export const NETWORKS_OF_TOWNS = { invitedShareNumerator: 1, invitedShareDenominator: 3 } as const;

/** What the rules need: the direct participants per country and the host country (null: unknown, e.g. online). */
export interface ParticipationCounts {
  hostCountry: string | null;
  participants: number;
  byCountry: Readonly<Record<string, number>>;
}

/**
 * Invited international participants: from eligible countries other than the host's. With the
 * host country unknown (an online activity) nobody can be counted as invited: the report says so
 * honestly (0, and the rules not met) rather than guessing whose country is "abroad".
 */
export function invitedInternational(counts: Pick<ParticipationCounts, 'hostCountry' | 'byCountry'>): number {
  const host = counts.hostCountry?.toUpperCase();
  if (!host) return 0;
  let invited = 0;
  for (const [country, n] of Object.entries(counts.byCountry)) if (country.toUpperCase() !== host && isCervEligibleCountry(country)) invited += n;
  return invited;
}

type Shortfall = FundingRuleCheck['missing'][number];

/** The event must take place in an eligible country: required 1, actual 0 when the host country is unknown or not eligible. */
function hostShortfall(hostCountry: string | null): Shortfall[] {
  return hostCountry && isCervEligibleCountry(hostCountry) ? [] : [{ requirement: 'eligible-countries', required: 1, actual: 0 }];
}

const result = (rule: FundingRuleCheck['rule'], missing: Shortfall[]): FundingRuleCheck => ({ rule, met: missing.length === 0, missing });

export function checkTownTwinning(counts: ParticipationCounts): FundingRuleCheck {
  const invited = invitedInternational(counts);
  const missing: Shortfall[] = [...hostShortfall(counts.hostCountry)];
  if (counts.participants < TOWN_TWINNING.directParticipants)
    missing.push({ requirement: 'direct-participants', required: TOWN_TWINNING.directParticipants, actual: counts.participants });
  if (invited < TOWN_TWINNING.invitedInternational)
    missing.push({ requirement: 'invited-international-participants', required: TOWN_TWINNING.invitedInternational, actual: invited });
  return result('cerv-town-twinning', missing);
}

export function checkNetworksOfTowns(counts: ParticipationCounts): FundingRuleCheck {
  const invited = invitedInternational(counts);
  const missing: Shortfall[] = [...hostShortfall(counts.hostCountry)];
  // An event without participants proves nothing; one third of them, rounded up, must be invited.
  if (counts.participants < 1) missing.push({ requirement: 'direct-participants', required: 1, actual: counts.participants });
  const required = Math.max(1, Math.ceil((counts.participants * NETWORKS_OF_TOWNS.invitedShareNumerator) / NETWORKS_OF_TOWNS.invitedShareDenominator));
  if (invited < required) missing.push({ requirement: 'invited-international-participants', required, actual: invited });
  return result('cerv-networks-of-towns', missing);
}

/** Every rule, in a stable order (the report and the CLI print them so). */
export const checkFundingRules = (counts: ParticipationCounts): FundingRuleCheck[] => [checkTownTwinning(counts), checkNetworksOfTowns(counts)];
