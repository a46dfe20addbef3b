/**
 * Ranking measures for the call radar's evaluation, over graded labels (2 = clearly fits,
 * 1 = related, unlisted = not relevant). Pure, so a unit test pins the arithmetic down.
 */
export type Grades = Readonly<Record<string, number>>;

const relevantOf = (grades: Grades) => Object.keys(grades).filter((id) => grades[id] > 0);

/** Share of all labelled calls (grade ≥ 1) found in the first k; a query with 7 labelled calls tops out at 5/7 for k = 5. */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number {
  const relevant = relevantOf(grades);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

// Exponential gain: a clear fit (2 → 3) is worth three related calls (1 → 1) at the same rank.
const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: readonly number[]) => grades.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain at k: 1 when the best calls come first in the best order. */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((id) => grades[id] ?? 0)) / ideal;
}

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
