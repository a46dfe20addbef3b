import { isTerm } from './evidence-keys.ts';
/**
 * How informative a shared concept is: sharing "urban heat adaptation" says more than sharing
 * "research", because fewer organisations work on it. Inverse document frequency over the
 * candidate population (organisations in the partner cities), smoothed so that a concept nobody
 * has still gets a finite weight and a concept everybody has still counts a little.
 */
export interface ConceptRarity {
  /** Weight of a concept, ≥ 0.2 (common) and growing with rarity. */
  weight(concept: string): number;
  /** Organisations in the population. */
  readonly population: number;
}

/**
 * `organisationsWith` counts, per concept, the organisations of the population having it. The
 * engine counts exactly the concepts of the reader (the only ones that can be shared); a concept
 * it did not count (one only the candidate has, which only dilutes the overlap) is taken to be as
 * common as an average concept: `assumedShare` of the population.
 */
export function conceptRarity(population: number, organisationsWith: ReadonlyMap<string, number>, assumedShare = 0.05): ConceptRarity {
  const n = Math.max(1, population);
  // Scoring asks for the same keys thousands of times per request (300 candidates, their offers
  // and requests, every shared term): each weight is computed once.
  const known = new Map<string, number>();
  const compute = (concept: string) => {
    const df = Math.min(n, organisationsWith.get(concept) ?? n * assumedShare);
    if (isTerm(concept) && df >= WORTHLESS_TERM_MIN && df > WORTHLESS_TERM_SHARE * n) return 0;
    return Math.max(0.2, Math.log((n + 1) / (df + 0.5)));
  };
  return {
    population: n,
    weight(concept) {
      let w = known.get(concept);
      if (w === undefined) known.set(concept, (w = compute(concept)));
      return w;
    },
  };
}

/**
 * A word a quarter of the partner cities' organisations use (the city's own name, "Cluj" or
 * "Klausenburg", or a word generic-words.ts does not list) is no evidence at all; a concept that
 * common still is (it was chosen by the taxonomy). Small populations are left alone.
 */
const WORTHLESS_TERM_SHARE = 0.25;
const WORTHLESS_TERM_MIN = 5;

/** Sum of the rarity weights of some concepts. */
export function rarityMass(concepts: Iterable<string>, rarity: ConceptRarity): number {
  let sum = 0;
  for (const c of concepts) sum += rarity.weight(c);
  return sum;
}
