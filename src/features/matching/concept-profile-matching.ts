import type { Db } from '../../db/database.ts';
import { conceptKeysForTheme } from '../taxonomy/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { conceptRarity } from './concept-rarity.ts';
import { loadCandidates } from './match-candidates.ts';
import type { EngineResult } from './match-engine.ts';
import type { MatchProfile } from './match-profile.ts';
import { rankCandidates, type MatchContext, type PartnershipFocus } from './score-match.ts';
import { conceptSimilarity, type TextSimilarity } from './text-similarity.ts';

/**
 * What is looked for when the reader is not an organisation but a need described by concepts
 * (a joint project answering an EU call): the concepts, the cities to search, the themes that
 * count as focus, and organisations to leave out (already on board).
 */
export interface ConceptProfileQuery {
  /** Stands in for the reader's id in reasons (e.g. the project id). */
  id: string;
  title: string;
  concepts: readonly string[];
  cityIds: readonly string[];
  themes: readonly string[];
  exclude?: ReadonlySet<string>;
  limit: number;
  similarity?: TextSimilarity;
  now?: Date;
}

/**
 * The profile the engine scores against: one request carrying the concepts, so that candidates'
 * offers serving them rank first ("they offer what you seek"), with overlap, kind neutrality
 * (an unknown kind gets the default fit), focus from the given themes and freshness as usual.
 * Its city is none of the searched ones: every searched city is a candidate city.
 */
export function conceptReader(q: ConceptProfileQuery, now: Date): MatchProfile {
  return {
    organisationId: q.id,
    key: '',
    name: q.title,
    kind: 'joint-project',
    cityId: '',
    languages: [],
    updatedAt: now,
    openIntroductions: 0,
    documents: [
      { id: q.id, type: 'request', category: null, lang: null, title: q.title, body: '', concepts: [...q.concepts], terms: [], themes: [...q.themes] },
    ],
  };
}

/** Ranked organisations of the given cities for a concept profile, with the engine's reasons. */
export async function runConceptMatching(db: Db, q: ConceptProfileQuery): Promise<EngineResult> {
  const now = q.now ?? new Date();
  const reader = conceptReader(q, now);
  const { candidates, population, organisationsWith } = await loadCandidates(db, { cityIds: q.cityIds, concepts: q.concepts });
  const taxonomy = getTaxonomy();
  const themeOfConcept = new Map<string, string>();
  for (const theme of q.themes)
    for (const key of conceptKeysForTheme(theme, taxonomy.conceptsInDomain)) if (!themeOfConcept.has(key)) themeOfConcept.set(key, theme);
  const focus: PartnershipFocus = { themes: q.themes, themeOfConcept };
  const ctx: MatchContext = { rarity: conceptRarity(population, organisationsWith), similarity: q.similarity ?? conceptSimilarity, focusFor: () => focus, now };
  const allowed = new Set(q.cityIds);
  const eligible = candidates.filter((c) => allowed.has(c.cityId) && !q.exclude?.has(c.organisationId));
  const matches = rankCandidates(reader, eligible, ctx, { limit: q.limit });
  return { reader, matches, candidates: new Map(eligible.map((c) => [c.organisationId, c])) };
}
