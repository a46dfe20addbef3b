import type { Db } from '../../db/database.ts';
import { notFound } from '../../shared/errors.ts';
import { findOrganisation } from '../organisations/index.ts';
import { conceptKeysForTheme } from '../taxonomy/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { conceptRarity } from './concept-rarity.ts';
import { introducedOrganisations, loadCandidates, loadProfile, partnerCities, type PartnerCity } from './match-candidates.ts';
import { allConcepts, type MatchProfile } from './match-profile.ts';
import { rankCandidates, type MatchContext, type PartnershipFocus, type ScoredMatch } from './score-match.ts';
import { conceptSimilarity, type TextSimilarity } from './text-similarity.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

export interface EngineResult {
  reader: MatchProfile;
  matches: ScoredMatch[];
  candidates: ReadonlyMap<string, MatchProfile>;
}

export interface EngineOptions {
  limit: number;
  /** Match one offer or request of the reader (matchesForItem). */
  itemId?: string;
  similarity?: TextSimilarity;
  now?: Date;
}

/** The organisation's id, by id or interchange key; 404 when there is none. */
export async function resolveOrganisationId(db: Db, idOrKey: string): Promise<string> {
  const org = await findOrganisation(db, idOrKey);
  if (!org) throw notFound('The organisation');
  return org.id;
}

function focusByCity(cities: readonly PartnerCity[]): (cityId: string) => PartnershipFocus {
  const taxonomy = getTaxonomy();
  const focus = new Map<string, PartnershipFocus>();
  for (const c of cities) {
    const themeOfConcept = new Map<string, string>();
    for (const theme of c.themes)
      for (const key of conceptKeysForTheme(theme, taxonomy.conceptsInDomain)) if (!themeOfConcept.has(key)) themeOfConcept.set(key, theme);
    focus.set(c.cityId, { themes: c.themes, themeOfConcept });
  }
  const none: PartnershipFocus = { themes: [], themeOfConcept: new Map() };
  return (cityId) => focus.get(cityId) ?? none;
}

/**
 * Suggestions for one organisation (or one of its offers or requests): partner cities, candidates
 * through the concept index, rarity over the partner cities' organisations, then scoring in
 * TypeScript (score-match.ts). Pairs with a pending, accepted or declined introduction are left out.
 */
export async function runMatching(db: Db, organisationId: string, options: EngineOptions): Promise<EngineResult> {
  const similarity = options.similarity ?? conceptSimilarity;
  const reader = await loadProfile(db, organisationId);
  if (!reader) throw notFound('The organisation');
  const item = options.itemId ? reader.documents.find((d) => d.id === options.itemId) : undefined;
  if (options.itemId && (!item || item.type === 'organisation')) throw notFound('The offer or request');

  const cities = await partnerCities(db, reader.cityId);
  const cityIds = cities.map((c) => c.cityId);
  const concepts = item ? [...item.concepts] : [...allConcepts(reader)];
  const [{ candidates, population, organisationsWith }, introduced] = await oneAfterAnother(
    () => loadCandidates(db, { cityIds, concepts, direction: item ? (item.type === 'request' ? 'offer' : 'request') : undefined }),
    () => introducedOrganisations(db, organisationId),
  );
  const ctx: MatchContext = {
    rarity: conceptRarity(population, organisationsWith),
    similarity,
    focusFor: focusByCity(cities),
    now: options.now ?? new Date(),
  };
  // Defence in depth: the query reads partner cities only; this drops anything else.
  const allowed = new Set(cityIds);
  const eligible = candidates.filter((c) => allowed.has(c.cityId) && c.cityId !== reader.cityId && !introduced.has(c.organisationId));
  const matches = rankCandidates(reader, eligible, ctx, { limit: options.limit, itemId: options.itemId });
  return { reader, matches, candidates: new Map(eligible.map((c) => [c.organisationId, c])) };
}
