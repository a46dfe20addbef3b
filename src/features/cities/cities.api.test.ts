import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let clujId: string;

const cluj = {
  key: 'cluj-napoca',
  name: 'Cluj-Napoca',
  country: 'RO',
  latitude: 46.77,
  longitude: 23.59,
  population: 286598,
  timeZone: 'Europe/Bucharest',
  office: { name: 'Office for International Affairs and Foreign Investment', email: 'international@example.ro' },
  aliases: [
    { name: 'Klausenburg', lang: 'de' },
    { name: 'Kolozsvár', lang: 'hu' },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn({ role: 'admin' });
  const res = await admin.post('/api/cities', cluj);
  expect(res.status).toBe(201);
  clujId = res.body.id;
});

describe('cities API', () => {
  it('finds a city by any alias, ignoring case and diacritics', async () => {
    for (const q of ['Klausenburg', 'kolozsvar', 'KOLOZSVÁR', 'cluj-napoca', 'Cluj-Napoca']) {
      const res = await t.anonymous().get(`/api/cities?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(
        res.body.items.map((c: { key: string }) => c.key),
        q,
      ).toContain('cluj-napoca');
    }
  });

  it('also finds cities whose name contains the query, after the exact matches', async () => {
    const res = await t.anonymous().get('/api/cities?q=NAPO');
    expect(res.body.items.map((c: { key: string }) => c.key)).toEqual(['cluj-napoca']);
    expect((await t.anonymous().get('/api/cities?q=zzz')).body.items).toEqual([]);
  });

  it('shows a city with its aliases and office to the public, without edit rights', async () => {
    const res = await t.anonymous().get('/api/cities/cluj-napoca');
    expect(res.status).toBe(200);
    expect(res.body.aliases).toEqual(expect.arrayContaining([{ name: 'Kolozsvár', lang: 'hu' }]));
    expect(res.body.office.name).toBe(cluj.office.name);
    expect(res.body.canEdit).toBe(false);
  });

  it('refuses to create a city for the public and for a coordinator', async () => {
    expect((await t.anonymous().post('/api/cities', { ...cluj, key: 'x1' })).status).toBe(401);
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: clujId });
    const res = await coordinator.post('/api/cities', { ...cluj, key: 'x2' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('names the failing field of a malformed body', async () => {
    const res = await admin.post('/api/cities', { ...cluj, key: 'Bad Key', country: 'Romania' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['country', 'key']);
  });

  it('refuses a duplicate key', async () => {
    const res = await admin.post('/api/cities', cluj);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('duplicate');
    expect(res.body.fields[0].path).toBe('key');
  });

  it('lets the city coordinator edit, refuses a stale version, and records history', async () => {
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: clujId, displayName: 'Ana Pop' });
    const current = (await coordinator.get('/api/cities/cluj-napoca')).body;
    expect(current.canEdit).toBe(true);
    const { id: _id, key: _key, partnerships: _p, canEdit: _c, can: _can, updatedAt: _u, ...editable } = current;
    const first = await coordinator.put(`/api/cities/${clujId}`, { ...editable, population: 300000 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(current.version + 1);
    const stale = await coordinator.put(`/api/cities/${clujId}`, { ...editable, population: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.currentVersion).toBe(current.version + 1);
    expect((await coordinator.get('/api/cities/cluj-napoca')).body.population).toBe(300000);
  });

  it('refuses edits from a coordinator of another city', async () => {
    const other = await t.signedIn({
      role: 'coordinator',
      cityId: (await admin.post('/api/cities', { ...cluj, key: 'dortmund', name: 'Dortmund', country: 'DE', aliases: [] })).body.id,
    });
    const current = (await other.get('/api/cities/cluj-napoca')).body;
    const res = await other.put(`/api/cities/${clujId}`, { version: current.version, name: 'X', country: 'RO' });
    expect(res.status).toBe(403);
  });

  // Found by the API fuzz suite: a population beyond the 32-bit column failed in the database (500).
  it('refuses a population too large to store with 400 naming the field', async () => {
    const res = await admin.post('/api/cities', { ...cluj, key: 'too-many-people', population: 6281998700494146 });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toContain('population');
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const res = await admin.withoutCsrf().post('/api/cities', { ...cluj, key: 'csrf-test' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });
});
