import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createPartnershipWorld, partnershipBody } from '../partnerships/test-world.ts';
import { themeCatalogue } from '../themes/index.ts';
import { actionProgrammes, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import { measureStatuses } from './programme-vocabulary.ts';
import { programmeRollUps } from './progress-roll-up-sql.ts';
import { asProgress, rollUpProgramme, type FieldTree, type MeasureFacts } from './progress-roll-up.ts';

/**
 * progress-roll-up-sql.ts says in SQL what progress-roll-up.ts says in TypeScript: random
 * programme trees (empty goals and fields, dropped and done measures, dates on both sides of
 * today) are stored, and the one statement must give every programme the figures the pure
 * roll-up gives its tree.
 */
let t: TestApp;
let partnershipId: string;
const themeKeys = themeCatalogue.map((th) => th.key);

const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 4, 1 + n)).toISOString().slice(0, 10));
const measure: fc.Arbitrary<MeasureFacts> = fc
  .record({ status: fc.constantFrom(...measureStatuses), progress: fc.integer({ min: 0, max: 100 }), a: fc.option(day), b: fc.option(day) })
  .map(({ status, progress, a, b }) => {
    // The database wants the end on or after the start.
    const [startsOn, endsOn] = a && b && b < a ? [b, a] : [a, b];
    return { status, progress, startsOn, endsOn };
  });
const tree: fc.Arbitrary<FieldTree[]> = fc.array(
  fc.record({ goals: fc.array(fc.record({ measures: fc.array(measure, { maxLength: 5 }) }), { maxLength: 4 }) }),
  {
    maxLength: Math.min(4, themeKeys.length),
  },
);

beforeAll(async () => {
  t = await createTestApp();
  const w = await createPartnershipWorld(t);
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
});

let n = 0;
async function store(fields: FieldTree[]): Promise<string> {
  const db = t.database.db;
  n++;
  const [programme] = await db
    .insert(actionProgrammes)
    .values({ key: `random-${n}`, partnershipId, title: [{ lang: 'en', text: `Random ${n}` }], startsOn: '2026-01-01', endsOn: '2026-12-31' })
    .returning();
  for (const [i, field] of fields.entries()) {
    const [f] = await db.insert(programmeFields).values({ programmeId: programme.id, themeKey: themeKeys[i], position: i }).returning();
    for (const goal of field.goals) {
      const [g] = await db
        .insert(programmeGoals)
        .values({ fieldId: f.id, title: [{ lang: 'en', text: 'Goal' }] })
        .returning();
      if (goal.measures.length) {
        await db
          .insert(programmeMeasures)
          .values(goal.measures.map((m, k) => ({ goalId: g.id, key: `m-${k}`, title: [{ lang: 'en', text: 'Measure' }], ...m })));
      }
    }
  }
  return programme.id;
}

describe('programmeRollUps (SQL)', () => {
  it('gives every programme the roll-up of progress-roll-up.ts, on random trees, in one statement for many', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), day, async (trees, today) => {
        const ids: string[] = [];
        for (const fields of trees) ids.push(await store(fields));
        const bySql = await programmeRollUps(t.ctx(), ids, today);
        trees.forEach((fields, i) => {
          const expected = asProgress(rollUpProgramme(fields, today));
          const got = bySql.get(ids[i])!;
          expect({ ...got, progress: 0 }).toEqual({ ...expected, progress: 0 });
          expect(Math.abs(got.progress - expected.progress)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('answers for programmes without measures and for none', async () => {
    const id = await store([]);
    expect((await programmeRollUps(t.ctx(), [id], '2026-06-01')).get(id)).toEqual({
      progress: 0,
      measures: 0,
      byStatus: { planned: 0, running: 0, done: 0, dropped: 0 },
      late: 0,
    });
    expect((await programmeRollUps(t.ctx(), [], '2026-06-01')).size).toBe(0);
  });
});
