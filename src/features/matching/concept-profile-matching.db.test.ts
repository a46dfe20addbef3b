import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { runConceptMatching } from './concept-profile-matching.ts';
import { matchingWorld } from './matching-test-world.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const cityIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), matchingWorld);
  const rows = ((await t.database.db.execute(sql`SELECT id, key FROM organisations`)) as unknown as { rows: { id: string; key: string }[] }).rows;
  for (const r of rows) ids[r.key] = r.id;
  const cities = ((await t.database.db.execute(sql`SELECT id, key FROM cities`)) as unknown as { rows: { id: string; key: string }[] }).rows;
  for (const c of cities) cityIds[c.key] = c.id;
});

describe('matching a concept profile (a project seeking partners)', () => {
  const project = '00000000-0000-4000-8000-000000000001';

  it('ranks organisations of the given cities, including both cities of a partnership, with reasons', async () => {
    const result = await runConceptMatching(t.database.db, {
      id: project,
      title: 'Smart irrigation pilot',
      concepts: ['irrigation'],
      cityIds: [cityIds['dortmund'], cityIds['cluj-napoca']],
      themes: ['agriculture'],
      limit: 10,
    });
    const found = result.matches.map((m) => m.organisationId);
    expect(found).toEqual(expect.arrayContaining([ids['usamv-cluj'], ids['agri-cluj-two'], ids['dortmund-farm']]));
    expect(found).not.toContain(ids['sibiu-farm']);
    expect(found).not.toContain(ids['leeds-farm']);
    const usamv = result.matches.find((m) => m.organisationId === ids['usamv-cluj'])!;
    expect(usamv.reasons[0].code).toBe('they-offer-what-you-seek');
    expect(usamv.reasons.map((r) => r.code)).toContain('partnership-focus');
  });

  it('leaves out the excluded organisations and finds nothing without concepts', async () => {
    const base = { id: project, title: 'x', cityIds: [cityIds['cluj-napoca']], themes: [], limit: 10 };
    const result = await runConceptMatching(t.database.db, { ...base, concepts: ['irrigation'], exclude: new Set([ids['usamv-cluj']]) });
    expect(result.matches.map((m) => m.organisationId)).toEqual([ids['agri-cluj-two']]);
    expect((await runConceptMatching(t.database.db, { ...base, concepts: [] })).matches).toEqual([]);
  });
});
