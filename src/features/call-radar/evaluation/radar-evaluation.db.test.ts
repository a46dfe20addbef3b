import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { loadRadarEvaluation, radarEvalSet, runRadarEvaluation, type QueryOutcome } from './radar-evaluation.ts';
import { averageFigures } from './radar-metrics.ts';

let t: TestApp;
let outcomes: QueryOutcome[];

// A subset chosen by rule, not by result: the first idea of each language in the set.
const subset = ['de', 'ro', 'hu', 'en'].map((lang) => radarEvalSet.queries.find((q) => q.lang === lang && q.text)!);

beforeAll(async () => {
  t = await createTestApp();
  const summary = await loadRadarEvaluation(t.ctx());
  expect(summary).toMatchObject({ added: radarEvalSet.fundingData.GrantTenderObj.length, skipped: 0 });
  outcomes = await runRadarEvaluation(t.ctx(), subset);
});

describe('call radar evaluation (subset: one idea per language)', () => {
  it('ranks the labelled calls better than keyword overlap (nDCG@5)', () => {
    const radar = averageFigures(
      outcomes.map((o) => ({ ranked: o.radar.ranked, grades: o.query.relevant })),
      5,
    );
    const baseline = averageFigures(
      outcomes.map((o) => ({ ranked: o.baseline.ranked, grades: o.query.relevant })),
      5,
    );
    expect(radar.queries).toBe(4);
    expect(radar.ndcg).toBeGreaterThan(baseline.ndcg);
  });

  it('finds something for an idea in every language and never suggests a closed call', () => {
    for (const o of outcomes) {
      expect(o.radar.ranked.length, o.query.id).toBeGreaterThan(0);
      expect(o.closedSuggested, o.query.id).toEqual([]);
    }
  });
});
