import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { anonymous } from '../../shared/actor.ts';
import demoDocument from '../demo/demo-partnership.json' with { type: 'json' };
import { importInterchange, type InterchangeDocument } from '../interchange/index.ts';
import { searchQuery } from './search.schemas.ts';
import { search } from './search.service.ts';

// Decision 0024: filters without a query are counted exactly up to a bound, from a sample above it.
// Decision 0027: so are the facets of a text query; its total and its ranking stay exact.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), demoDocument as unknown as InterchangeDocument);
});

const find = (q: Record<string, unknown>, facetEstimate?: { bound: number; samplePercent: number; matchedSample?: number }) =>
  search({ ...t.ctx(), actor: anonymous }, searchQuery.parse({ limit: 5, ...q }), { facetEstimate });
const counts = (r: Awaited<ReturnType<typeof find>>) => JSON.stringify(r.facets);

describe('facet counts of filters without a query', () => {
  it.each([
    ['one filter', { kind: 'university' }],
    ['two filters', { kind: 'university', type: 'organisation' }],
  ])('are exact up to the bound and estimated above it, the page the same either way (%s)', async (_, filters) => {
    const exact = await find(filters);
    expect(exact.estimated).toBe(false);
    expect(exact.total).toBeGreaterThan(3);
    // The default bound is far above the demo's size.
    expect(counts(exact)).toBe(counts(await find(filters, { bound: 10_000, samplePercent: 10 })));

    // Above the bound, a sample of every page of the table is the table: the same counts, marked estimated.
    const whole = await find(filters, { bound: 2, samplePercent: 100 });
    expect(whole.estimated).toBe(true);
    expect(whole.total).toBe(exact.total);
    expect(counts(whole)).toBe(counts(exact));
    expect(whole.items.map((i) => i.id)).toEqual(exact.items.map((i) => i.id));
  });

  it('counts a small total exactly although the rows failing one of several filters are many', async () => {
    // Decided on the sample, a subset of the table: it cannot hold more rows than there are.
    const filters = { type: 'organisation', kind: 'university', city: 'dortmund' };
    const exact = await find(filters);
    expect(exact.total).toBe(2);
    for (const samplePercent of [100, 0.1]) {
      const r = await find(filters, { bound: 2, samplePercent });
      expect(r.estimated).toBe(false);
      expect(r.total).toBe(2);
      expect(counts(r)).toBe(counts(exact));
    }
  });

  it('never estimates a total below the bound the probe counted past', async () => {
    const sampled = await find({ kind: 'university' }, { bound: 2, samplePercent: 0.1 });
    expect(sampled.estimated).toBe(true);
    expect(sampled.totalEstimated).toBe(true);
    expect(sampled.total).toBeGreaterThanOrEqual(3);
    expect(sampled.items.length).toBeGreaterThan(0);
  });
});

describe('facet counts of a text query', () => {
  const values = (r: Awaited<ReturnType<typeof find>>) => Object.values(r.facets).flatMap((buckets) => buckets.map((b) => b.value));

  it.each([
    ['words', { q: 'Universität' }],
    ['words and a filter', { q: 'Universität', kind: 'university' }],
    ['two city names and two filters', { q: 'Dortmund Cluj', type: 'organisation', lang: 'de' }],
  ])('are exact up to the bound; above it sampled, with the same total and page (%s)', async (_, q) => {
    const exact = await find({ ...q, limit: 50 });
    expect(exact.total).toBeGreaterThan(2);
    expect(exact.estimated).toBe(false);
    expect(exact.totalEstimated).toBe(false);

    // A sample as large as the matched rows holds every one of them: the same counts, marked estimated.
    const whole = await find({ ...q, limit: 50 }, { bound: 2, samplePercent: 10, matchedSample: 1e9 });
    expect(whole.estimated).toBe(true);
    expect(whole.totalEstimated).toBe(false);
    expect(whole.total).toBe(exact.total);
    expect(counts(whole)).toBe(counts(exact));
    expect(whole.items.map((i) => [i.id, i.score])).toEqual(exact.items.map((i) => [i.id, i.score]));

    // A small sample: the total and the ranking stay exact, and it counts only what the search found.
    const small = await find({ ...q, limit: 50 }, { bound: 2, samplePercent: 10, matchedSample: 1 });
    expect(small.estimated).toBe(true);
    expect(small.total).toBe(exact.total);
    expect(small.items.map((i) => i.id)).toEqual(exact.items.map((i) => i.id));
    const found = new Set(values(exact));
    expect(values(small).filter((v) => !found.has(v))).toEqual([]);
  });

  it('counts exactly while the rows passing the filters are within the bound, however many the words matched', async () => {
    const words = await find({ q: 'Universität' });
    const filtered = await find({ q: 'Universität', kind: 'university' });
    expect(filtered.total).toBeLessThan(words.total);
    const r = await find({ q: 'Universität', kind: 'university' }, { bound: filtered.total, samplePercent: 10, matchedSample: 1 });
    expect(r.estimated).toBe(false);
    expect(counts(r)).toBe(counts(filtered));
  });
});
