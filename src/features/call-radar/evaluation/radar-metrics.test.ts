import { describe, expect, it } from 'vitest';
import { averageFigures, ndcgAt, recallAt, reciprocalRank } from './radar-metrics.ts';
import { keywordOverlapRanking } from './radar-keyword-baseline.ts';

const grades = { A: 2, B: 1, C: 1 };

describe('radar ranking measures', () => {
  it('recall@k counts labelled calls in the first k against all labelled calls', () => {
    expect(recallAt(['A', 'X', 'B', 'Y', 'Z', 'C'], grades, 5)).toBeCloseTo(2 / 3);
    expect(recallAt(['C', 'B', 'A'], grades, 5)).toBe(1);
    expect(recallAt(['X', 'Y'], grades, 5)).toBe(0);
    expect(recallAt(['A'], {}, 5)).toBe(0);
  });

  it('nDCG@k is 1 for the ideal order, lower when a clear fit comes late, 0 without hits', () => {
    expect(ndcgAt(['A', 'B', 'C'], grades, 5)).toBeCloseTo(1);
    expect(ndcgAt(['A', 'C', 'B'], grades, 5)).toBeCloseTo(1); // equal grades may swap
    // Ideal: 3/1 + 1/log2(3) + 1/2; here the clear fit is second: 1/1 + 3/log2(3) + 1/2.
    const ideal = 3 + 1 / Math.log2(3) + 0.5;
    expect(ndcgAt(['B', 'A', 'C'], grades, 5)).toBeCloseTo((1 + 3 / Math.log2(3) + 0.5) / ideal);
    expect(ndcgAt(['X', 'Y', 'Z', 'W', 'V', 'A'], grades, 5)).toBe(0);
    // The ideal is cut at k too: one clear fit first out of a long list of labels scores by the top k only.
    expect(ndcgAt(['A'], { A: 2, B: 2, C: 2, D: 2, E: 2, F: 2 }, 1)).toBeCloseTo(1);
  });

  it('reciprocal rank reads the whole list, not only the first k', () => {
    expect(reciprocalRank(['X', 'B'], grades)).toBe(0.5);
    expect(reciprocalRank(['X', 'Y', 'Z', 'W', 'V', 'U', 'C'], grades)).toBeCloseTo(1 / 7);
    expect(reciprocalRank(['X'], grades)).toBe(0);
  });

  it('averages over queries, each query counting the same', () => {
    const f = averageFigures(
      [
        { ranked: ['A', 'B', 'C'], grades },
        { ranked: ['X'], grades },
      ],
      5,
    );
    expect(f).toEqual({ queries: 2, recall: 0.5, ndcg: expect.closeTo(0.5), mrr: 0.5 });
    expect(averageFigures([], 5)).toEqual({ queries: 0, recall: 0, ndcg: 0, mrr: 0 });
  });
});

describe('keyword-overlap baseline', () => {
  const call = (identifier: string, title: string, tags: string[], deadline: string | null = null) => ({
    identifier,
    title,
    tags,
    keywords: [],
    nextDeadlineAt: deadline ? new Date(deadline) : null,
  });

  it('ranks by shared words of four letters or more, lower-cased, then by the sooner deadline', () => {
    const calls = [
      call('LATE', 'Urban Mobility for cities', ['cycling'], '2027-06-01T15:00:00Z'),
      call('SOON', 'Urban mobility', ['cycling'], '2027-02-01T15:00:00Z'),
      call('ONE', 'Mobility data', []),
      call('NONE', 'Vaccines', ['health']),
    ];
    expect(keywordOverlapRanking('urban MOBILITY and cycling in the city', calls)).toEqual(['SOON', 'LATE', 'ONE']);
  });

  it('finds nothing across languages: it has no concepts', () => {
    expect(keywordOverlapRanking('Wasserstoffbusse für den Nahverkehr', [call('H2', 'Hydrogen buses for public transport', ['hydrogen'])])).toEqual([]);
  });
});
