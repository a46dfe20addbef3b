import { describe, expect, it } from 'vitest';
import page from './fixtures/search-api-page.sample.json' with { type: 'json' };
import { parseSearchResult } from './parse-search-result.ts';

const parsed = page.results.map(parseSearchResult);
const call = (i: number) => {
  const p = parsed[i];
  if (!p.ok) throw new Error(p.reason);
  return p.call;
};

describe('parseSearchResult', () => {
  it('unwraps the arrays of strings and the JSON inside keywords and budgetOverview', () => {
    expect(call(0)).toMatchObject({
      identifier: 'HORIZON-MISS-2026-CIT-02-03',
      kind: 'grant',
      programmeCode: 'HORIZON',
      portalStatus: 'open',
      deadlineModel: 'two-stage',
      openingAt: '2026-01-15T00:00:00.000Z',
      keywords: ['citizen engagement', 'climate city contracts'],
      tags: ['participation', 'climate neutrality'],
      summary: 'Expected outcome: cities involve citizens & stakeholders.',
      budget: [
        { action: 'HORIZON-MISS-2026-CIT-02-03 - HORIZON-RIA HORIZON Research and Innovation Actions', year: '2026', amount: 12000000, currency: 'EUR' },
      ],
    });
    // The metadata's deadlines and the budget's bare dates are the same instants (17:00 Brussels).
    expect(call(0).deadlines).toEqual([
      { at: '2026-04-14T15:00:00.000Z', label: 'stage 1' },
      { at: '2026-09-29T15:00:00.000Z', label: 'stage 2' },
    ]);
  });

  it('reads single values, several budget years and a forthcoming status', () => {
    expect(call(1)).toMatchObject({
      portalStatus: 'forthcoming',
      keywords: ['one-stop shops', 'energy renovation'],
      tags: ['local authorities'],
      deadlines: [{ at: '2026-11-19T16:00:00.000Z' }],
    });
    expect(call(1).budget?.map((b) => [b.year, b.amount])).toEqual([
      ['2026', 7500000],
      ['2027', 2500000],
    ]);
  });

  it('keeps keywords that are not JSON as plain words, and reads tenders', () => {
    expect(call(2)).toMatchObject({ keywords: ['not json ['], deadlines: [{ label: 'cut-off 1' }, { label: 'cut-off 2' }] });
    expect(call(3)).toMatchObject({ kind: 'tender', programmeCode: null, budget: null, deadlines: [] });
    expect(call(3).url).toContain('/tender-details/');
  });

  it('skips a result without identifier', () => {
    expect(parsed[4]).toEqual({ ok: false, reason: 'no identifier' });
    expect(parseSearchResult('x')).toMatchObject({ ok: false });
    expect(parseSearchResult({ metadata: { identifier: ['A-1'] } })).toEqual({ ok: false, reason: 'no title (A-1)' });
  });
});
