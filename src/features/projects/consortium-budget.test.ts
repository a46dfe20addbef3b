import { describe, expect, it } from 'vitest';
import { consortiumBudget } from './consortium-budget.ts';

describe('consortium budget', () => {
  const lines = [
    { partnerId: 'a', cityId: 'dortmund', role: 'coordinator' as const, budget: 400_000.1, ownContribution: 100_000 },
    { partnerId: 'b', cityId: 'cluj', role: 'partner' as const, budget: 250_000.2, ownContribution: 50_000 },
    { partnerId: 'c', cityId: 'dortmund', role: 'partner' as const, budget: 0.1, ownContribution: 0.2 },
    { partnerId: 'd', cityId: 'cluj', role: 'associated' as const, budget: 0, ownContribution: 0 },
  ];

  it('sums in exact cents per partner, city and role', () => {
    const b = consortiumBudget(lines, ['cluj', 'dortmund']);
    expect(b.totals).toEqual({ budget: 650_000.4, ownContribution: 150_000.2, total: 800_000.6, ownContributionRate: 0.1875 });
    expect(b.perPartner[2]).toEqual({ partnerId: 'c', budget: 0.1, ownContribution: 0.2, total: 0.3 });
    expect(b.perCity.map((c) => [c.cityId, c.budget, c.budgetShare])).toEqual([
      ['cluj', 250_000.2, 0.3846],
      ['dortmund', 400_000.2, 0.6154],
    ]);
    expect(b.perRole.map((r) => [r.role, r.budget])).toEqual([
      ['coordinator', 400_000.1],
      ['partner', 250_000.3],
      ['associated', 0],
    ]);
  });

  it('gives zero shares and rate for an empty consortium', () => {
    expect(consortiumBudget([])).toEqual({
      totals: { budget: 0, ownContribution: 0, total: 0, ownContributionRate: 0 },
      perPartner: [],
      perCity: [],
      perRole: [],
    });
  });
});
