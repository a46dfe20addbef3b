import type { Db } from '../../db/database.ts';
import { notFound } from '../../shared/errors.ts';
import { findOrganisation } from '../organisations/index.ts';
import { conceptKeysForTheme } from '../taxonomy/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { conceptRarity } from './concept-rarity.ts';
import { kindsThatFit } from './kind-complementarity.ts';
import { introducedOrganisations, loadCandidates, loadCandidatesOfKinds, loadProfile, partnerCities, type PartnerCity } from './match-candidates.ts';
import { allConcepts, allTerms, type MatchProfile } from './match-profile.ts';
import { rankCandidates, type MatchContext, type PartnershipFocus, type ScoredMatch } from './score-match.ts';
import { conceptAndTermSimilarity, type TextSimilarity } from './text-similarity.ts';
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
  /**
   * `text-only` ignores the taxonomy's concepts (retrieval and scoring from evidence terms, kinds
   * and categories alone): the ablation the evaluation prints beside the engine.
   */
  evidence?: 'all' | 'text-only';
}

/** Candidates of fitting kinds read when nothing else connects the reader to anybody. */
const WEAK_CANDIDATES = 60;

const withoutConcepts = (p: MatchProfile): MatchProfile => ({ ...p, documents: p.documents.map((d) => ({ ...d, concepts: [] })) });

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
  const similarity = options.similarity ?? conceptAndTermSimilarity;
  const textOnly = options.evidence === 'text-only';
  const loaded = await loadProfile(db, organisationId);
  if (!loaded) throw notFound('The organisation');
  const reader = textOnly ? withoutConcepts(loaded) : loaded;
  const item = options.itemId ? reader.documents.find((d) => d.id === options.itemId) : undefined;
  if (options.itemId && (!item || item.type === 'organisation')) throw notFound('The offer or request');

  const cities = await partnerCities(db, reader.cityId);
  const cityIds = cities.map((c) => c.cityId);
  const concepts = item ? [...item.concepts] : [...allConcepts(reader)];
  const terms = item ? [...item.terms] : [...allTerms(reader)];
  const [found, introduced] = await oneAfterAnother(
    () => loadCandidates(db, { cityIds, concepts, terms, direction: item ? (item.type === 'request' ? 'offer' : 'request') : undefined }),
    () => introducedOrganisations(db, organisationId),
  );
  const { population, organisationsWith } = found;
  const ctx: MatchContext = {
    rarity: conceptRarity(population, organisationsWith),
    similarity,
    focusFor: focusByCity(cities),
    now: options.now ?? new Date(),
  };
  // Defence in depth: the query reads partner cities only; this drops anything else.
  const allowed = new Set(cityIds);
  const eligibleOf = (candidates: readonly MatchProfile[]) =>
    candidates
      .map((c) => (textOnly ? withoutConcepts(c) : c))
      .filter((c) => allowed.has(c.cityId) && c.cityId !== reader.cityId && !introduced.has(c.organisationId));
  let eligible = eligibleOf(found.candidates);
  let matches = rankCandidates(reader, eligible, ctx, { limit: options.limit, itemId: options.itemId });
  if (!matches.length && !options.itemId && reader.documents.length) {
    // Nothing in the texts connects the reader with anybody: organisations of kinds that work well
    // with it, as weak evidence, rather than an empty page (issue 14).
    eligible = eligibleOf(await loadCandidatesOfKinds(db, { cityIds, kinds: kindsThatFit(reader.kind), limit: WEAK_CANDIDATES }));
    matches = rankCandidates(reader, eligible, ctx, { limit: options.limit, keepWeak: true });
  }
  return { reader, matches, candidates: new Map(eligible.map((c) => [c.organisationId, c])) };
}
