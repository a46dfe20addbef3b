/**
 * The search quality floor (CI, both engines): the evaluation of `npm run eval:search`, the same
 * code, on a smaller generated part (QUALITY_FLOOR_GENERATED organisations instead of 1,500, so
 * that loading stays within a minute), compared with the figures recorded for that size in
 * recorded-search-quality.json (`npm run eval:search -- --record` writes them again).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import recorded from './recorded-search-quality.json' with { type: 'json' };
import { isBlindSet, loadSearchEvaluation, QUALITY_FLOOR_GENERATED, runSearchEvaluation, type SetOutcome } from './search-evaluation-world.ts';

/** How far recall@10 or nDCG@10 of the engine may fall below the recorded figure. */
const TOLERANCE = 0.05;

let t: TestApp;
let outcomes: SetOutcome[];

beforeAll(async () => {
  t = await createTestApp();
  const world = await loadSearchEvaluation(t.ctx(), { generated: QUALITY_FLOOR_GENERATED });
  outcomes = await runSearchEvaluation(t.ctx(), world.sets);
}, 240_000);

describe('search quality floor', () => {
  it('is recorded for the size the test loads', () => {
    expect(recorded.generated).toBe(QUALITY_FLOOR_GENERATED);
  });

  it('keeps recall@10 and nDCG@10 of the engine within 0.05 of the recorded figures, per set', () => {
    for (const o of outcomes) {
      const floor = recorded.engine[o.set.name as keyof typeof recorded.engine];
      if (!floor) continue; // a set recorded later (a blind one, before it existed)
      const now = o.figures['search engine'];
      expect(now.queries, o.set.name).toBe(floor.queries);
      expect(now.recall, `${o.set.name}: recall@10`).toBeGreaterThanOrEqual(floor.recall - TOLERANCE);
      expect(now.ndcg, `${o.set.name}: nDCG@10`).toBeGreaterThanOrEqual(floor.ndcg - TOLERANCE);
    }
  });

  it('returns something for as many queries as recorded (for all of them where it did)', () => {
    for (const o of outcomes) {
      const floor = recorded.engine[o.set.name as keyof typeof recorded.engine];
      if (!floor) continue;
      // Only own queries are named: the blind set's stay unread by people.
      const empty = o.queries.filter((q) => q.returned['search engine'].length === 0).map((q) => (isBlindSet(o.set.name) ? '(blind query)' : q.query.q));
      expect(empty.length, `${o.set.name}: ${empty.join(', ')}`).toBeLessThanOrEqual(floor.empty);
    }
  });
});
