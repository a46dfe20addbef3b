import { describe, expect, it } from 'vitest';
import { balanceByCity } from './balance-by-city.ts';

describe('balanceByCity', () => {
  const ranked = [
    { id: 1, city: 'do' },
    { id: 2, city: 'do' },
    { id: 3, city: 'do' },
    { id: 4, city: 'cj' },
    { id: 5, city: 'cj' },
  ];
  it('alternates cities in the given order, best of each first', () => {
    expect(balanceByCity(ranked, (r) => r.city, ['cj', 'do'], 10).map((r) => r.id)).toEqual([4, 1, 5, 2, 3]);
  });
  it('stops at the limit and copes with a city without suggestions', () => {
    expect(balanceByCity(ranked, (r) => r.city, ['ly', 'do', 'cj'], 3).map((r) => r.id)).toEqual([1, 4, 2]);
    expect(balanceByCity([], (r: { city: string }) => r.city, ['do'], 3)).toEqual([]);
  });
});
