/**
 * The typo the search benchmarks type for a name: two letters swapped in the middle of its
 * longest word ("Universität" → "Univesrität"). Shared by search-benchmark.ts and
 * facet-count-designs.ts, whose query mixes must stay the same.
 */
export function typo(name: string): string {
  const words = name.split(' ');
  const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0);
  const w = words[i];
  const k = Math.floor(w.length / 2);
  words[i] = w.slice(0, k - 1) + w[k] + w[k - 1] + w.slice(k + 1);
  return words.join(' ');
}
