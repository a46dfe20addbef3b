/**
 * Ranking measures of the search evaluation over graded labels (2 = exactly meant, 1 =
 * acceptable, unlisted = not relevant), at organisation level. Pure, so a unit test pins the
 * arithmetic down. The arithmetic is shared with the call radar's evaluation
 * (src/shared/graded-ranking.ts); the search issue asks for linear gains 2 and 1, the radar uses
 * exponential ones.
 */
import { gradedNdcgAt, gradedRecallAt, type Grades } from '../../../shared/graded-ranking.ts';

export type { Grades };

/**
 * Share of the labelled organisations found in the first k, out of at most k: a query with 40
 * relevant organisations in a generated city scores 1 when the first 10 are all relevant (plain
 * recall could not exceed 10/40 there, and would measure the size of the label set, not the search).
 */
export const recallAt = (ranked: readonly string[], grades: Grades, k: number) => gradedRecallAt(ranked, grades, k, { cappedAtK: true });

/** Normalised discounted cumulative gain at k with the grades as gains (2 and 1). */
export const ndcgAt = (ranked: readonly string[], grades: Grades, k: number) => gradedNdcgAt(ranked, grades, k, (grade) => grade);

export interface RankingFigures {
  queries: number;
  recall: number;
  ndcg: number;
  /** Queries for which the method returned nothing at all. */
  empty: number;
}

/** The measures averaged over queries (macro average: every query counts the same). */
export function averageFigures(results: readonly { ranked: readonly string[]; grades: Grades }[], k: number): RankingFigures {
  const n = results.length;
  const mean = (f: (r: (typeof results)[number]) => number) => (n ? results.reduce((sum, r) => sum + f(r), 0) / n : 0);
  return {
    queries: n,
    recall: mean((r) => recallAt(r.ranked, r.grades, k)),
    ndcg: mean((r) => ndcgAt(r.ranked, r.grades, k)),
    empty: results.filter((r) => r.ranked.length === 0).length,
  };
}

/** Organisation-level ranking from document hits: each organisation at its first hit. */
export function firstPerOrganisation(keys: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const key of keys) if (key && !seen.has(key)) seen.add(key);
  return [...seen];
}
