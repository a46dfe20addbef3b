import { rarityMass, type ConceptRarity } from './concept-rarity.ts';
import type { MatchDocument } from './match-profile.ts';

/**
 * The plug-in point for a better text model. The engine asks one question of it: how well does
 * this offer serve this request (or how close are two descriptions), from 0 (not at all) to 1
 * (fully)? It gets both documents (type, category, language, concepts; title and body for the
 * reader's own documents) and the rarity of concepts over the candidate population.
 *
 * The shipped implementation, `conceptSimilarity`, compares taxonomy concepts: they are language
 * independent (the tagger finds them in de, ro, en and hu texts), so a Romanian offer serves a
 * German request without machine translation. A text model running on this machine (e.g. a
 * multilingual sentence-embedding model) would implement the same interface with `name` set, and
 * be passed as `EngineOptions.similarity`. Candidate retrieval reads no texts (for speed it uses
 * index-only scans of language-independent fields), so such a model should store its own
 * representation next to the search index (e.g. a vector per search document, written where
 * search-index.ts writes the row) and add that column to candidateSetQuery; scoring, reasons,
 * the API and the CLI stay unchanged. `explain` returns what the reasons name (shared concepts);
 * a model without concepts may return none, and the reason then names the matched offer or
 * request by its title.
 */
export interface TextSimilarity {
  readonly name: string;
  similarity(need: MatchDocument, offer: MatchDocument, rarity: ConceptRarity): number;
  /** Concepts both documents share, most informative first (what a reason can name). */
  explain(a: MatchDocument, b: MatchDocument, rarity: ConceptRarity): string[];
}

export function sharedConcepts(a: Iterable<string>, b: Iterable<string>, rarity: ConceptRarity): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((c) => other.has(c)).sort((x, y) => rarity.weight(y) - rarity.weight(x) || x.localeCompare(y));
}

/**
 * Share of the need's information (rarity-weighted concepts) that the offer covers, softened by
 * how much else the offer is about: an offer of exactly what is sought scores 1; a broad offer
 * touching the need in passing scores less.
 */
export const conceptSimilarity: TextSimilarity = {
  name: 'taxonomy-concepts-idf',
  similarity(need, offer, rarity) {
    if (!need.concepts.length || !offer.concepts.length) return 0;
    const shared = sharedConcepts(need.concepts, offer.concepts, rarity);
    if (!shared.length) return 0;
    const common = rarityMass(shared, rarity);
    const recall = common / rarityMass(need.concepts, rarity);
    const precision = common / rarityMass(offer.concepts, rarity);
    return Math.min(1, 0.75 * recall + 0.25 * precision);
  },
  explain: (a, b, rarity) => sharedConcepts(a.concepts, b.concepts, rarity),
};
