/**
 * How well two kinds of organisation work together, from a coordinator's experience: a start-up
 * needs a research institute or university (technology, talent) and a pilot customer; a company
 * a university; municipal departments learn most from their peers abroad; NGOs from NGOs and
 * public bodies. Symmetric, small and explicit on purpose: a coordinator can read and argue
 * with it. Pairs not listed get DEFAULT_FIT.
 */
export type KindRelation = 'peers' | 'complementary';

interface KindFit {
  fit: number;
  relation: KindRelation;
}

export const DEFAULT_FIT = 0.3;

const table: [string, string, number][] = [
  ['startup', 'research-institute', 1],
  ['startup', 'university', 1],
  ['startup', 'cluster', 0.8],
  ['startup', 'company', 0.7],
  ['startup', 'public-company', 0.7],
  ['startup', 'public-administration', 0.6],
  ['startup', 'startup', 0.5],
  ['company', 'university', 1],
  ['company', 'research-institute', 0.9],
  ['company', 'cluster', 0.7],
  ['company', 'public-company', 0.5],
  ['company', 'company', 0.5],
  ['university', 'university', 0.8],
  ['university', 'research-institute', 0.9],
  ['university', 'public-administration', 0.6],
  ['university', 'public-company', 0.6],
  ['university', 'school', 0.6],
  ['research-institute', 'research-institute', 0.8],
  ['research-institute', 'public-company', 0.7],
  ['research-institute', 'public-administration', 0.6],
  ['research-institute', 'cluster', 0.6],
  ['public-administration', 'public-administration', 1],
  ['public-administration', 'public-company', 0.8],
  ['public-administration', 'ngo', 0.7],
  ['public-administration', 'cultural', 0.5],
  ['public-company', 'public-company', 0.9],
  ['ngo', 'ngo', 1],
  ['ngo', 'public-company', 0.5],
  ['ngo', 'cultural', 0.7],
  ['ngo', 'school', 0.6],
  ['cluster', 'cluster', 1],
  ['school', 'school', 0.9],
  ['cultural', 'cultural', 0.9],
];

const lookup = new Map<string, number>();
for (const [a, b, fit] of table) {
  lookup.set(`${a}|${b}`, fit);
  lookup.set(`${b}|${a}`, fit);
}

export function kindFit(a: string, b: string): KindFit {
  const fit = lookup.get(`${a}|${b}`) ?? DEFAULT_FIT;
  return { fit, relation: a === b ? 'peers' : 'complementary' };
}

/** Kinds that work well with a kind (fit ≥ 0.6), best first: the last-resort candidates of the engine. */
export function kindsThatFit(kind: string): string[] {
  const fits = new Map<string, number>();
  for (const [a, b, fit] of table) {
    if (fit < 0.6) continue;
    if (a === kind) fits.set(b, Math.max(fits.get(b) ?? 0, fit));
    if (b === kind) fits.set(a, Math.max(fits.get(a) ?? 0, fit));
  }
  return [...fits.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
}
