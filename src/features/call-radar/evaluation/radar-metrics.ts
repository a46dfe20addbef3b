/**
 * Ranking measures for the call radar's evaluation, over graded labels (2 = clearly fits,
 * 1 = related, unlisted = not relevant). Pure, so a unit test pins the arithmetic down (the arithmetic is src/shared/graded-ranking.ts).
 */
import { gradedNdcgAt, gradedRecallAt, type Grades } from '../../../shared/graded-ranking.ts';

export type { Grades };

/** Share of all labelled calls (grade ≥ 1) found in the first k; a query with 7 labelled calls tops out at 5/7 for k = 5. */
export const recallAt = (ranked: readonly string[], grades: Grades, k: number) => gradedRecallAt(ranked, grades, k);

// Exponential gain: a clear fit (2 → 3) is worth three related calls (1 → 1) at the same rank.
const gain = (grade: number) => 2 ** grade - 1;

/** Normalised discounted cumulative gain at k: 1 when the best calls come first in the best order. */
export const ndcgAt = (ranked: readonly string[], grades: Grades, k: number) => gradedNdcgAt(ranked, grades, k, gain);

/** 1 / rank of the first labelled call (grade ≥ 1) in the whole list, 0 when none appears. */
export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const first = ranked.findIndex((id) => (grades[id] ?? 0) > 0);
  return first >= 0 ? 1 / (first + 1) : 0;
}

export interface RankingFigures {
  queries: number;
  recall: number;
  ndcg: number;
  mrr: number;
}

/** The three measures averaged over queries (macro average: every query counts the same). */
export function averageFigures(results: readonly { ranked: readonly string[]; grades: Grades }[], k: number): RankingFigures {
  const n = results.length;
  const mean = (f: (r: (typeof results)[number]) => number) => (n ? results.reduce((sum, r) => sum + f(r), 0) / n : 0);
  return {
    queries: n,
    recall: mean((r) => recallAt(r.ranked, r.grades, k)),
    ndcg: mean((r) => ndcgAt(r.ranked, r.grades, k)),
    mrr: mean((r) => reciprocalRank(r.ranked, r.grades)),
  };
}
