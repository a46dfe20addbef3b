import { describe, expect, it } from 'vitest';
import { averageFigures, firstPerOrganisation, ndcgAt, recallAt } from './ranking-metrics.ts';

const grades = { A: 2, B: 1, C: 1 };

describe('search ranking measures', () => {
  it('recall@k counts labelled organisations in the first k, out of at most k', () => {
    expect(recallAt(['A', 'X', 'B', 'Y', 'Z', 'C'], grades, 5)).toBeCloseTo(2 / 3);
    expect(recallAt(['C', 'B', 'A'], grades, 10)).toBe(1);
    expect(recallAt(['X', 'Y'], grades, 10)).toBe(0);
    expect(recallAt(['A'], {}, 10)).toBe(0);
    // Five relevant, k = 2: both places filled with relevant ones is full recall.
    expect(recallAt(['A', 'B'], { A: 1, B: 1, C: 1, D: 1, E: 1 }, 2)).toBe(1);
    expect(recallAt(['A', 'X'], { A: 1, B: 1, C: 1, D: 1, E: 1 }, 2)).toBe(0.5);
  });

  it('nDCG@k uses the grades as gains: 1 for the ideal order, lower when the exact one comes late', () => {
    expect(ndcgAt(['A', 'B', 'C'], grades, 10)).toBeCloseTo(1);
    expect(ndcgAt(['A', 'C', 'B'], grades, 10)).toBeCloseTo(1);
    const ideal = 2 + 1 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['B', 'A', 'C'], grades, 10)).toBeCloseTo((1 + 2 / Math.log2(3) + 1 / 2) / ideal);
    expect(ndcgAt(['X', 'Y', 'A'], grades, 2)).toBe(0);
    expect(ndcgAt(['A'], { A: 2, B: 2, C: 2 }, 1)).toBeCloseTo(1);
    expect(ndcgAt(['A'], {}, 10)).toBe(0);
  });

  it('averages over queries and counts the queries that returned nothing', () => {
    const f = averageFigures(
      [
        { ranked: ['A', 'B', 'C'], grades },
        { ranked: [], grades },
      ],
      10,
    );
    expect(f).toEqual({ queries: 2, recall: 0.5, ndcg: expect.closeTo(0.5), empty: 1 });
  });

  it('keeps each organisation at its first hit', () => {
    expect(firstPerOrganisation(['A', 'B', 'A', null, 'C', 'B'])).toEqual(['A', 'B', 'C']);
  });
});
