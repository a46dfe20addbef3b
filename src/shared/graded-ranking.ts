/**
 * Ranking measures over graded labels (ids → grade; unlisted or 0 = not relevant), shared by the
 * evaluations (call radar, search). Pure. Each evaluation chooses its gain and how recall is
 * counted, and says why where it calls these.
 */
export type Grades = Readonly<Record<string, number>>;

const relevantOf = (grades: Grades) => Object.keys(grades).filter((id) => grades[id] > 0);

/**
 * Share of the labelled ids found in the first k. `cappedAtK`: out of at most k, so that a query
 * with more relevant ids than k can still reach 1.
 */
export function gradedRecallAt(ranked: readonly string[], grades: Grades, k: number, options: { cappedAtK?: boolean } = {}): number {
  const relevant = relevantOf(grades);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / (options.cappedAtK ? Math.min(k, relevant.length) : relevant.length);
}

/** Normalised discounted cumulative gain at k: 1 when the best ids come first in the best order. */
export function gradedNdcgAt(ranked: readonly string[], grades: Grades, k: number, gain: (grade: number) => number): number {
  const dcg = (gs: readonly number[]) => gs.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((id) => Math.max(0, grades[id] ?? 0))) / ideal;
}
