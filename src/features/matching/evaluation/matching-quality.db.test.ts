/**
 * The CI floor for matching quality: the engine on the own, the development and the blind set may not fall more
 * than 0.05 below the recorded recall@5 and MRR (recorded-matching-quality.json, written by
 * `npm run eval:matching -- --record`), and may never suggest an organisation of the own city or of
 * a city without a partnership. Only aggregate figures appear in failures: no blind query is named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import type { Database } from '../../../db/database.ts';
import { systemActor } from '../../../shared/actor.ts';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { evaluateLabelledSet } from './evaluate-set.ts';
import { developmentSet, loadBlindSet, ownSet, type LabelledSet } from './labelled-sets.ts';
import recorded from './recorded-matching-quality.json' with { type: 'json' };

const TOLERANCE = 0.05;
const opened: Database[] = [];
afterAll(async () => {
  for (const d of opened) await d.close();
});

async function engineFigures(set: LabelledSet) {
  const database = await createTestDatabase();
  opened.push(database);
  const config = loadConfig({ PONTIS_DATA_DIR: '/nonexistent', PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const result = await evaluateLabelledSet({ db: database.db, actor: systemActor('test'), config }, set, { methods: ['engine'] });
  return result.methods[0].figures;
}

const floors: Partial<Record<LabelledSet['key'], { recallAt5: number; mrr: number }>> = recorded;

describe('matching quality on the labelled sets (engine)', () => {
  const sets: [LabelledSet['key'], LabelledSet | undefined][] = [
    ['own', ownSet],
    ['development', developmentSet],
    ['blind', loadBlindSet()],
  ];
  for (const [key, set] of sets) {
    it(`${key} set: recall@5 and MRR within ${TOLERANCE} of the recorded figures, no violations`, { timeout: 45_000 }, async () => {
      const floor = floors[key];
      expect(set, `the ${key} set's file is missing`).toBeDefined();
      expect(floor, `no recorded figures for the ${key} set: run npm run eval:matching -- --record`).toBeDefined();
      const f = await engineFigures(set!);
      expect(f.violations, 'suggestions from the own or a non-partner city').toBe(0);
      expect(f.recall, `recall@5 (recorded ${floor!.recallAt5})`).toBeGreaterThanOrEqual(floor!.recallAt5 - TOLERANCE - 1e-9);
      expect(f.mrr, `MRR (recorded ${floor!.mrr})`).toBeGreaterThanOrEqual(floor!.mrr - TOLERANCE - 1e-9);
    });
  }
});
