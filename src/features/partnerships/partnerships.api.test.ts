import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createPartnershipWorld, editableFields, partnershipBody, type PartnershipWorld } from './test-world.ts';

let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;

const paths = (res: { body: { fields: { path: string }[] } }) => res.body.fields.map((f) => f.path).sort();

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  await seedOrganisation(t.database.db, { cityId: w.dortmund.id, key: 'tu-dortmund', name: 'Technische Universität Dortmund', kind: 'university' });
  await seedOrganisation(t.database.db, { cityId: w.cluj.id, key: 'ubb', name: 'Universitatea Babeș-Bolyai', kind: 'university' });
  await seedOrganisation(t.database.db, { cityId: w.lyon.id, key: 'lyon-org', name: 'Lyon Organisation' });
  const res = await w.dortmundCoordinator.post('/api/partnerships', partnershipBody(w));
  expect(res.status).toBe(201);
  partnershipId = res.body.id;
});

describe('creating partnerships', () => {
  it('lets a coordinator record a partnership of their own city and names them as the editor', async () => {
    const res = await w.dortmundCoordinator.get(`/api/partnerships/${partnershipId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: 'dortmund-cluj-napoca',
      kind: 'project-partnership',
      status: 'agreement-signed',
      since: '2020-07-31',
      themes: ['digitalisation-smart-city', 'technology-startups', 'innovation-clusters'],
      canEdit: true,
      version: 1,
      updatedBy: { id: w.dortmundCoordinator.userId, displayName: 'Petra Schmidt' },
    });
    expect(res.body.cities).toEqual([
      { id: w.dortmund.id, key: 'dortmund', name: 'Dortmund', country: 'DE' },
      { id: w.cluj.id, key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
    ]);
  });

  it('refuses the public, coordinators of other cities and members', async () => {
    const body = partnershipBody(w, { key: 'other' });
    expect((await t.anonymous().post('/api/partnerships', body)).status).toBe(401);
    const lyon = await w.lyonCoordinator.post('/api/partnerships', body);
    expect(lyon.status).toBe(403);
    expect(lyon.body.code).toBe('forbidden');
    expect((await w.dortmundMember.post('/api/partnerships', body)).status).toBe(403);
  });

  it('lets an admin record a partnership of any cities', async () => {
    const res = await w.admin.post(
      '/api/partnerships',
      partnershipBody(w, { key: 'lyon-cluj', name: 'Lyon – Cluj', cities: [w.lyon.id, w.cluj.id], themes: [] }),
    );
    expect(res.status).toBe(201);
    expect(res.body.themes).toEqual([]);
  });

  it('names the failing fields of a malformed body', async () => {
    const res = await w.admin.post('/api/partnerships', partnershipBody(w, { key: 'Bad Key', kind: 'marriage', since: '31.07.2020', cities: [w.dortmund.id] }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(paths(res)).toEqual(['cities', 'key', 'kind', 'since']);
    const nested = await w.admin.post('/api/partnerships', partnershipBody(w, { key: 'x', description: [{ lang: 'deu', text: '' }] }));
    expect(paths(nested)).toEqual(['description.0.lang', 'description.0.text']);
  });

  it('names unknown themes and cities and duplicates by position', async () => {
    const res = await w.admin.post(
      '/api/partnerships',
      partnershipBody(w, {
        key: 'refs',
        cities: [w.dortmund.id, w.dortmund.id, '00000000-0000-4000-8000-000000000000'],
        themes: ['culture', 'space-travel', 'culture'],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({ path: 'cities.1', rule: 'duplicate' }),
      expect.objectContaining({ path: 'cities.2', rule: 'not_found' }),
      expect.objectContaining({ path: 'themes.1', rule: 'unknown_theme' }),
      expect.objectContaining({ path: 'themes.2', rule: 'duplicate' }),
    ]);
  });

  it('refuses a duplicate key', async () => {
    const res = await w.clujCoordinator.post('/api/partnerships', partnershipBody(w));
    expect(res.status).toBe(409);
    expect(res.body.fields[0].path).toBe('key');
  });
});

describe('reading partnerships', () => {
  it('lists partnerships to the public with cities, themes and counts', async () => {
    const res = await t.anonymous().get('/api/partnerships');
    expect(res.status).toBe(200);
    const item = res.body.items.find((p: { key: string }) => p.key === 'dortmund-cluj-napoca');
    expect(item).toMatchObject({
      id: partnershipId,
      name: 'Dortmund – Cluj-Napoca',
      cities: [{ key: 'dortmund' }, { key: 'cluj-napoca' }],
      counts: { agreements: 0, timelineEvents: 0, organisations: 2 },
      latestEvents: [],
      canEdit: false,
    });
  });

  it('shows one partnership by key to the public, with offices and member organisations but no editor name', async () => {
    const res = await t.anonymous().get('/api/partnerships/dortmund-cluj-napoca');
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(false);
    expect(res.body.updatedBy).toBeNull();
    expect(res.body.offices.map((o: { city: { key: string } }) => o.city.key)).toEqual(['dortmund', 'cluj-napoca']);
    expect(res.body.memberOrganisations).toEqual([
      { city: expect.objectContaining({ key: 'dortmund' }), organisations: [expect.objectContaining({ key: 'tu-dortmund', kind: 'university' })] },
      { city: expect.objectContaining({ key: 'cluj-napoca' }), organisations: [expect.objectContaining({ key: 'ubb', name: 'Universitatea Babeș-Bolyai' })] },
    ]);
    expect(res.body.description[1]).toEqual({ lang: 'ro', text: 'Parteneriat de proiect pentru digitalizare, start-up-uri și inovare.' });
    expect(res.body.agreements).toEqual([]);
    expect(res.body.timeline).toEqual([]);
  });

  it('answers 404 for an unknown partnership', async () => {
    expect((await t.anonymous().get('/api/partnerships/no-such-thing')).status).toBe(404);
    expect((await t.anonymous().get('/api/partnerships/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('editing partnerships', () => {
  it('lets coordinators of both cities edit, refuses a stale version and names the last editor', async () => {
    const read = (await w.clujCoordinator.get(`/api/partnerships/${partnershipId}`)).body;
    expect(read.canEdit).toBe(true);
    const byCluj = await w.clujCoordinator.put(`/api/partnerships/${partnershipId}`, { ...editableFields(read), status: 'active' });
    expect(byCluj.status).toBe(200);
    expect(byCluj.body).toMatchObject({ status: 'active', version: read.version + 1, updatedBy: { displayName: 'Ana Pop' } });

    const stale = await w.dortmundCoordinator.put(`/api/partnerships/${partnershipId}`, { ...editableFields(read), name: 'Stale' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: read.version + 1 });

    const byDortmund = await w.dortmundCoordinator.put(`/api/partnerships/${partnershipId}`, {
      ...editableFields(byCluj.body),
      name: 'Dortmund – Cluj-Napoca project partnership',
      cities: [w.cluj.id, w.dortmund.id],
    });
    expect(byDortmund.status).toBe(200);
    expect(byDortmund.body.updatedBy.displayName).toBe('Petra Schmidt');
    expect(byDortmund.body.cities.map((c: { key: string }) => c.key)).toEqual(['cluj-napoca', 'dortmund']);
    expect(byDortmund.body.status).toBe('active');
  });

  it('refuses the public, coordinators of non-member cities and members', async () => {
    const read = (await w.admin.get(`/api/partnerships/${partnershipId}`)).body;
    const body = { ...editableFields(read), name: 'Hijacked' };
    expect((await t.anonymous().put(`/api/partnerships/${partnershipId}`, body)).status).toBe(401);
    expect((await w.lyonCoordinator.put(`/api/partnerships/${partnershipId}`, body)).status).toBe(403);
    expect((await w.dortmundMember.put(`/api/partnerships/${partnershipId}`, body)).status).toBe(403);
    expect((await w.lyonCoordinator.get(`/api/partnerships/${partnershipId}`)).body.canEdit).toBe(false);
  });

  it('keeps a coordinator from dropping their own city, but lets an admin change membership', async () => {
    const read = (await w.admin.get(`/api/partnerships/${partnershipId}`)).body;
    const res = await w.clujCoordinator.put(`/api/partnerships/${partnershipId}`, { ...editableFields(read), cities: [w.dortmund.id, w.lyon.id] });
    expect(res.status).toBe(403);
    const byAdmin = await w.admin.put(`/api/partnerships/${partnershipId}`, { ...editableFields(read), cities: [w.dortmund.id, w.cluj.id, w.lyon.id] });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.counts.organisations).toBe(3);
    const back = await w.admin.put(`/api/partnerships/${partnershipId}`, { ...editableFields(byAdmin.body), cities: [w.dortmund.id, w.cluj.id] });
    expect(back.status).toBe(200);
  });

  it('names the failing fields of a malformed edit', async () => {
    const res = await w.clujCoordinator.put(`/api/partnerships/${partnershipId}`, { name: '', status: 'married', cities: 'dortmund' });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['cities', 'kind', 'name', 'status', 'version']));
  });
});

describe('the quick theme editor', () => {
  it('replaces the themes under the version check', async () => {
    const read = (await w.clujCoordinator.get(`/api/partnerships/${partnershipId}`)).body;
    const res = await w.clujCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, {
      version: read.version,
      themes: ['sustainability', 'public-services'],
    });
    expect(res.status).toBe(200);
    expect(res.body.themes).toEqual(['sustainability', 'public-services']);
    expect(res.body.version).toBe(read.version + 1);
    expect(res.body.name).toBe(read.name);
    const stale = await w.dortmundCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, { version: read.version, themes: [] });
    expect(stale.status).toBe(409);
  });

  it('refuses unknown themes, malformed bodies and callers without edit rights', async () => {
    const read = (await w.admin.get(`/api/partnerships/${partnershipId}`)).body;
    const unknown = await w.clujCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, {
      version: read.version,
      themes: ['agriculture', 'time-travel'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ path: 'themes.1', rule: 'unknown_theme' })]);
    const malformed = await w.clujCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, { themes: 'agriculture' });
    expect(paths(malformed)).toEqual(['themes', 'version']);
    const body = { version: read.version, themes: [] };
    expect((await t.anonymous().patch(`/api/partnerships/${partnershipId}/themes`, body)).status).toBe(401);
    expect((await w.lyonCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, body)).status).toBe(403);
    expect((await w.dortmundMember.patch(`/api/partnerships/${partnershipId}/themes`, body)).status).toBe(403);
  });
});

describe('deleting partnerships', () => {
  it('is for admins only', async () => {
    const created = await w.admin.post('/api/partnerships', partnershipBody(w, { key: 'short-lived' }));
    const url = `/api/partnerships/${created.body.id}`;
    expect((await t.anonymous().delete(url)).status).toBe(401);
    expect((await w.dortmundCoordinator.delete(url)).status).toBe(403);
    expect((await w.admin.delete(url)).status).toBe(204);
    expect((await t.anonymous().get(url)).status).toBe(404);
    expect((await w.admin.delete(url)).status).toBe(404);
  });
});
