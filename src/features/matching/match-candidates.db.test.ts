import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { loadCandidates, loadProfile, partnerCities } from './match-candidates.ts';
import { allConcepts } from './match-profile.ts';
import { matchingWorld } from './matching-test-world.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), matchingWorld);
  const rows = ((await t.database.db.execute(sql`SELECT id, key FROM organisations`)) as unknown as { rows: { id: string; key: string }[] }).rows;
  for (const r of rows) ids[r.key] = r.id;
});

describe('candidate retrieval', () => {
  it('reads partner cities only, counts their organisations and the reader concepts they have, and caps the strongest', async () => {
    const reader = (await loadProfile(t.database.db, ids['irrigation-startup']))!;
    const cities = await partnerCities(t.database.db, reader.cityId);
    expect(cities).toHaveLength(1);
    expect(cities[0].themes.sort()).toEqual(['agriculture', 'digitalisation-smart-city']);
    const concepts = [...allConcepts(reader)];
    expect(concepts).toContain('irrigation');

    await t.database.db.execute(sql`
      INSERT INTO introductions (from_organisation_id, to_organisation_id, status, message) VALUES (${ids['cluj-museum']}, ${ids['usamv-cluj']}, 'pending', 'Hello')`);
    const all = await loadCandidates(t.database.db, { cityIds: cities.map((c) => c.cityId), concepts });
    expect(all.population).toBe(3); // the three Cluj-Napoca organisations
    expect(all.candidates.map((c) => c.organisationId).sort()).toEqual([ids['usamv-cluj'], ids['agri-cluj-two']].sort());
    expect(all.organisationsWith.get('irrigation')).toBe(2);
    // Open (pending) introductions are counted for the candidate they involve.
    expect(Object.fromEntries(all.candidates.map((c) => [c.organisationId, c.openIntroductions]))).toEqual({
      [ids['usamv-cluj']]: 1,
      [ids['agri-cluj-two']]: 0,
    });

    const capped = await loadCandidates(t.database.db, { cityIds: cities.map((c) => c.cityId), concepts, limit: 1 });
    expect(capped.candidates).toHaveLength(1);
    expect(capped.organisationsWith.get('irrigation')).toBe(2);

    const requestsOnly = await loadCandidates(t.database.db, { cityIds: cities.map((c) => c.cityId), concepts, direction: 'request' });
    expect(requestsOnly.candidates).toEqual([]);
  });
});
