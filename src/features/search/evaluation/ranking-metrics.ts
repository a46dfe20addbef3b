/**
 * Ranking measures of the search evaluation over graded labels (2 = exactly meant, 1 =
 * acceptable, unlisted = not relevant), at organisation level. Pure, so a unit test pins the
 * arithmetic down. (The call radar has its own, with exponential gains and not in its public
 * module; the search issue asks for linear gains 2 and 1.)
 */
export type Grades = Readonly<Record<string, number>>;

const relevantOf = (grades: Grades) => Object.keys(grades).filter((key) => grades[key] > 0);

/**
 * Share of the labelled organisations found in the first k, out of at most k: a query with 40
 * relevant organisations in a generated city scores 1 when the first 10 are all relevant (plain
 * recall could not exceed 10/40 there, and would measure the size of the label set, not the search).
 */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number {
  const relevant = relevantOf(grades);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((key) => top.has(key)).length / Math.min(k, relevant.length);
}

const dcg = (gains: readonly number[]) => gains.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain at k with the grades as gains (2 and 1). */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((key) => Math.max(0, grades[key] ?? 0))) / ideal;
}

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
