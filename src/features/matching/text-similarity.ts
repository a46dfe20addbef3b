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
  /** Evidence terms both share, most informative first (a reason names the words behind them). */
  explainTerms?(a: MatchDocument, b: MatchDocument, rarity: ConceptRarity): string[];
}

/** Keys both have, most informative first. Called for every scored pair: no copies of the inputs. */
export function sharedConcepts(a: Iterable<string>, b: Iterable<string>, rarity: ConceptRarity): string[] {
  const other = b instanceof Set ? (b as ReadonlySet<string>) : Array.isArray(b) ? keySet(b) : new Set(b);
  const out: string[] = [];
  for (const c of a) if (other.has(c) && !out.includes(c)) out.push(c);
  return out.sort((x, y) => rarity.weight(y) - rarity.weight(x) || x.localeCompare(y));
}

/**
 * Share of the need's information (rarity-weighted concepts) that the offer covers, softened by
 * how much else the offer is about: an offer of exactly what is sought scores 1; a broad offer
 * touching the need in passing scores less.
 */
const keySets = new WeakMap<readonly string[], Set<string>>();
function keySet(keys: readonly string[]): Set<string> {
  let set = keySets.get(keys);
  if (!set) keySets.set(keys, (set = new Set(keys)));
  return set;
}

function keySimilarity(need: readonly string[], offer: readonly string[], rarity: ConceptRarity): number {
  if (!need.length || !offer.length) return 0;
  // The hot loop of scoring: no sorting, no intermediate arrays; each document's key set is built once.
  const theirs = keySet(offer);
  let common = 0;
  for (const k of need) if (theirs.has(k)) common += rarity.weight(k);
  if (common === 0) return 0;
  const recall = common / rarityMass(need, rarity);
  const precision = common / rarityMass(offer, rarity);
  return Math.min(1, 0.75 * recall + 0.25 * precision);
}

export const conceptSimilarity: TextSimilarity = {
  name: 'taxonomy-concepts-idf',
  similarity: (need, offer, rarity) => keySimilarity(need.concepts, offer.concepts, rarity),
  explain: (a, b, rarity) => sharedConcepts(a.concepts, b.concepts, rarity),
};

/**
 * A text of a few sentences has a dozen or more evidence terms, most of them incidental: two
 * shared rare words already say the texts are about the same thing, so the share is stretched.
 */
const TERM_GAIN = 2.5;
/** Shared words are weaker evidence than shared concepts (false friends, incidental words). */
const TERM_WEIGHT = 0.6;

/**
 * Concepts where the taxonomy knows the topic, evidence terms (cognate stems, codes) where it
 * does not: the words raise what the concepts leave open, never above what a full concept match
 * gives. The shipped similarity (issue 14).
 */
export const conceptAndTermSimilarity: TextSimilarity = {
  name: 'taxonomy-concepts-and-terms-idf',
  similarity(need, offer, rarity) {
    const concepts = keySimilarity(need.concepts, offer.concepts, rarity);
    const terms = Math.min(1, TERM_GAIN * keySimilarity(need.terms, offer.terms, rarity));
    return concepts + (1 - concepts) * TERM_WEIGHT * terms;
  },
  explain: (a, b, rarity) => sharedConcepts(a.concepts, b.concepts, rarity),
  explainTerms: (a, b, rarity) => sharedConcepts(a.terms, b.terms, rarity),
};
