import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation, seedUser } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listAuditEvents } from '../audit/audit.service.ts';
import { themes } from '../themes/themes.table.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
let t: TestApp;
let admin: Client;
let dortmundCoordinator: Client;
let dortmundId: string;
let clujId: string;

const labels = (en: string) => ({ de: en, ro: en, en, hu: en });
const paths = (body: { fields: { path: string }[] }) => body.fields.map((f) => f.path).sort();

const tuDortmund = () => ({
  name: 'Technische Universität Dortmund',
  kind: 'university',
  cityId: dortmundId,
  website: 'https://www.tu-dortmund.de',
  languages: ['de', 'en'],
  description: [{ lang: 'de', text: 'Technische Universität im Ruhrgebiet.' }, { text: 'Language-neutral note.' }],
  themes: ['energy', 'mobility'],
  offers: [
    { category: 'research', lang: 'en', title: 'Smart grids', text: 'Joint research on smart grids.', themes: ['energy'], validUntil: '2030-12-31' },
    { category: 'talent', lang: 'en', title: 'Exchange', text: 'Student exchange places.' },
  ],
  requests: [{ category: 'pilot-site', lang: 'en', title: 'Pilot district', text: 'A district to test e-buses.', themes: ['mobility'] }],
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await db
    .insert(themes)
    .values([
      { key: 'energy', labels: labels('Energy') },
      { key: 'mobility', labels: labels('Mobility') },
    ])
    .onConflictDoNothing();
  dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id;
  clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  admin = await t.signedIn({ role: 'admin' });
  dortmundCoordinator = await t.signedIn({ role: 'coordinator', cityId: dortmundId, displayName: 'Dora Coordinator' });
});

describe('organisations API: create and read', () => {
  it('lets a city coordinator add an organisation, derives its key and keeps items in order', async () => {
    const res = await dortmundCoordinator.post('/api/organisations', tuDortmund());
    expect(res.status).toBe(201);
    expect(res.body.key).toBe('technische-universitat-dortmund');
    expect(res.body.city).toMatchObject({ id: dortmundId, key: 'dortmund', name: 'Dortmund', country: 'DE' });
    expect(res.body.offers.map((o: { title: string }) => o.title)).toEqual(['Smart grids', 'Exchange']);
    // A coordinator's own items need no review: they are published at once.
    expect(res.body.offers[0]).toEqual({
      id: expect.any(String),
      status: 'approved',
      reviewComment: null,
      expired: false,
      version: 1,
      category: 'research',
      lang: 'en',
      title: 'Smart grids',
      text: 'Joint research on smart grids.',
      themes: ['energy'],
      concepts: [],
      validUntil: '2030-12-31',
    });
    expect(res.body.requests[0].category).toBe('pilot-site');
    expect(res.body.description).toEqual([
      { lang: 'de', text: 'Technische Universität im Ruhrgebiet.' },
      { lang: null, text: 'Language-neutral note.' },
    ]);
    expect(res.body.updatedBy).toEqual({ id: dortmundCoordinator.userId, displayName: 'Dora Coordinator' });
    expect(res.body.canEdit).toBe(true);
    expect(res.body.version).toBe(1);

    const again = await dortmundCoordinator.post('/api/organisations', tuDortmund());
    expect(again.status).toBe(201);
    expect(again.body.key).toBe('technische-universitat-dortmund-2');

    const pub = await t.anonymous().get('/api/organisations/technische-universitat-dortmund');
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ name: 'Technische Universität Dortmund', canEdit: false, canDelete: false, people: [], completeness: null });
    expect(pub.body.offers.map((o: { title: string }) => o.title)).toEqual(['Smart grids', 'Exchange']);
    expect((await t.anonymous().get(`/api/organisations/${res.body.id}`)).body.key).toBe('technische-universitat-dortmund');
    expect((await t.anonymous().get('/api/organisations/no-such-org')).status).toBe(404);
  });

  it('refuses a key that is taken', async () => {
    const res = await admin.post('/api/organisations', { ...tuDortmund(), key: 'technische-universitat-dortmund' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('duplicate');
    expect(res.body.fields[0].path).toBe('key');
  });

  it('names every malformed field', async () => {
    const body = {
      ...tuDortmund(),
      key: 'Not A Key',
      kind: 'club',
      website: 'ftp://example.org',
      languages: ['deu'],
      description: [{ text: '' }],
      offers: [
        { category: 'gift', text: 'x' },
        { category: 'talent', text: 'ok', validUntil: '31.12.2030' },
      ],
    };
    const res = await admin.post('/api/organisations', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(paths(res.body)).toEqual(['description.0.text', 'key', 'kind', 'languages.0', 'offers.0.category', 'offers.1.validUntil', 'website']);
  });

  it('refuses unknown themes and an unknown city, naming the fields', async () => {
    const res = await admin.post('/api/organisations', {
      ...tuDortmund(),
      cityId: crypto.randomUUID(),
      themes: ['energy', 'astrology'],
      requests: [{ category: 'other', text: 'x', themes: ['mobility', 'alchemy'] }],
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['cityId', 'requests.0.themes.1', 'themes.1']);
  });

  it('rejects a malformed query', async () => {
    const res = await t.anonymous().get('/api/organisations?kind=club&limit=0');
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['querystring.kind', 'querystring.limit']);
  });
});

describe('organisations API: list', () => {
  beforeAll(async () => {
    const db = t.database.db;
    await seedOrganisation(db, { cityId: clujId, key: 'ubb', name: 'Universitatea Babeș-Bolyai', kind: 'university' });
    await seedOrganisation(db, { cityId: clujId, key: 'umf', name: 'Universitatea de Medicină și Farmacie', kind: 'university' });
    await seedOrganisation(db, { cityId: clujId, key: 'cluj-it', name: 'Cluj IT Cluster', kind: 'cluster' });
  });

  it('filters by city and kind, pages with a total', async () => {
    const res = await t.anonymous().get(`/api/organisations?cityId=${clujId}&kind=university&limit=1&offset=1`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((o: { key: string }) => o.key)).toEqual(['umf']);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      key: 'umf',
      name: 'Universitatea de Medicină și Farmacie',
      kind: 'university',
      city: { id: clujId, key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
      website: null,
      themes: [],
    });
  });

  it('searches names ignoring case and diacritics', async () => {
    for (const q of ['babes', 'BABEȘ', 'Babeş-bolyai', 'bolyai']) {
      const res = await t.anonymous().get(`/api/organisations?q=${encodeURIComponent(q)}`);
      expect(
        res.body.items.map((o: { key: string }) => o.key),
        q,
      ).toEqual(['ubb']);
      expect(res.body.total, q).toBe(1);
    }
    const uni = await t.anonymous().get(`/api/organisations?q=universit&limit=2`);
    expect(uni.body.total).toBe(4);
    expect(uni.body.items).toHaveLength(2);
    expect((await t.anonymous().get(`/api/organisations?q=medicina&cityId=${dortmundId}`)).body.total).toBe(0);
  });
});

describe('organisations API: edit and delete', () => {
  it('lets the organisation’s editor replace it in full, refuses a stale version, records history', async () => {
    const created = (await admin.post('/api/organisations', { ...tuDortmund(), key: 'fh-dortmund', name: 'Fachhochschule Dortmund' })).body;
    const editor = await t.signedIn({ role: 'org-editor', organisationId: created.id, displayName: 'Erik Editor' });
    const read = (await editor.get('/api/organisations/fh-dortmund')).body;
    expect(read.canEdit).toBe(true);
    expect(read.canDelete).toBe(false);

    const change = {
      ...tuDortmund(),
      name: 'FH Dortmund',
      version: read.version,
      offers: [{ category: 'expertise', text: 'Applied research.' }],
      requests: [],
    };
    const res = await editor.put(`/api/organisations/${created.id}`, change);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'fh-dortmund', name: 'FH Dortmund', version: read.version + 1, requests: [] });
    // An org-editor's new item waits for the city's coordinator (item-review.api.test.ts).
    expect(res.body.offers).toEqual([
      {
        id: expect.any(String),
        status: 'pending-review',
        reviewComment: null,
        expired: false,
        version: 1,
        category: 'expertise',
        lang: null,
        title: null,
        text: 'Applied research.',
        themes: [],
        concepts: [],
        validUntil: null,
      },
    ]);
    expect(res.body.updatedBy).toEqual({ id: editor.userId, displayName: 'Erik Editor' });

    const stale = await editor.put(`/api/organisations/${created.id}`, { ...change, name: 'Stale' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: read.version + 1 });
    expect((await t.anonymous().get('/api/organisations/fh-dortmund')).body.name).toBe('FH Dortmund');

    const events = await listAuditEvents(t.ctx(), 'organisation', created.id);
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(events[0].actorUserId).toBe(editor.userId);
    expect(events[0].before).toMatchObject({ name: 'Fachhochschule Dortmund' });
    expect(events[0].after).toMatchObject({ name: 'FH Dortmund', offers: [{ text: 'Applied research.' }] });
  });

  it('keeps offers and requests a replacement leaves out, and deletes those left out of a sent list', async () => {
    const created = (await admin.post('/api/organisations', { ...tuDortmund(), key: 'tu-items', name: 'TU Items' })).body;
    const { offers, requests, ...profile } = tuDortmund();
    const withoutLists = await admin.put(`/api/organisations/${created.id}`, { ...profile, name: 'TU Items renamed', version: created.version });
    expect(withoutLists.status).toBe(200);
    expect(withoutLists.body.offers.map((o: { title: string }) => o.title)).toEqual(offers.map((o) => o.title));
    expect(withoutLists.body.requests).toHaveLength(requests.length);

    const keepFirst = [{ id: withoutLists.body.offers[0].id, ...offers[0] }];
    const res = await admin.put(`/api/organisations/${created.id}`, { ...profile, version: withoutLists.body.version, offers: keepFirst });
    expect(res.body.offers.map((o: { id: string }) => o.id)).toEqual([withoutLists.body.offers[0].id]);
    expect(res.body.requests).toHaveLength(requests.length);
  });

  it('moves an organisation only with rights in both cities and only without people', async () => {
    const org = (await admin.post('/api/organisations', { ...tuDortmund(), key: 'mover', name: 'Mover' })).body;
    const body = { ...tuDortmund(), name: 'Mover', cityId: clujId, version: org.version };
    expect((await dortmundCoordinator.put(`/api/organisations/${org.id}`, body)).status).toBe(403);
    await dortmundCoordinator.post('/api/people', { name: 'Pia Person', cityId: dortmundId, organisationId: org.id });
    const refused = await admin.put(`/api/organisations/${org.id}`, body);
    expect(refused.status).toBe(400);
    expect(paths(refused.body)).toEqual(['cityId']);
  });

  it('lists the people each reader may see, and counts a hidden contact for its editors', async () => {
    const org = (await dortmundCoordinator.post('/api/organisations', { ...tuDortmund(), key: 'with-people', name: 'With people' })).body;
    expect(org.completeness.missing).toContain('contactPerson');
    const hidden = (await dortmundCoordinator.post('/api/people', { name: 'Hana Hidden', cityId: dortmundId, organisationId: org.id })).body;
    const shown = (await dortmundCoordinator.post('/api/people', { name: 'Paul Public', cityId: dortmundId, organisationId: org.id, visibleToPublic: true }))
      .body;
    const own = (await dortmundCoordinator.get('/api/organisations/with-people')).body;
    expect(own.people.map((p: { id: string }) => p.id)).toEqual([hidden.id, shown.id]);
    expect(own.people[1]).toEqual(shown);
    expect(own.completeness.missing).not.toContain('contactPerson');
    const pub = (await t.anonymous().get('/api/organisations/with-people')).body;
    expect(pub.people.map((p: { id: string }) => p.id)).toEqual([shown.id]);
  });

  it('refuses to delete an organisation that user accounts belong to', async () => {
    const org = await seedOrganisation(t.database.db, { cityId: dortmundId, key: 'in-use' });
    await seedUser(t.database.db, { role: 'org-editor', organisationId: org.id });
    const res = await dortmundCoordinator.delete(`/api/organisations/${org.id}`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('in_use');
    expect((await t.anonymous().get('/api/organisations/in-use')).status).toBe(200);
  });

  it('deletes an organisation, keeps its people as city contacts and audits both', async () => {
    const org = (await dortmundCoordinator.post('/api/organisations', { ...tuDortmund(), key: 'short-lived', name: 'Short-lived' })).body;
    const person = (await dortmundCoordinator.post('/api/people', { name: 'Kim Contact', cityId: dortmundId, organisationId: org.id })).body;
    const res = await dortmundCoordinator.delete(`/api/organisations/${org.id}`);
    expect(res.status).toBe(204);
    expect((await t.anonymous().get('/api/organisations/short-lived')).status).toBe(404);
    const kept = await dortmundCoordinator.get(`/api/people/${person.id}`);
    expect(kept.body).toMatchObject({ organisation: null, version: person.version + 1 });
    expect((await listAuditEvents(t.ctx(), 'organisation', org.id)).map((e) => e.action)).toEqual(['delete', 'create']);
    expect((await listAuditEvents(t.ctx(), 'person', person.id))[0].after).toMatchObject({ organisation: null });
  });
});

describe('organisations API: who may write', () => {
  let orgId: string;
  let body: ReturnType<typeof tuDortmund> & { version: number };
  const callers: Record<string, Client> = {};

  beforeAll(async () => {
    const org = await seedOrganisation(t.database.db, { cityId: dortmundId, key: 'guarded' });
    const other = await seedOrganisation(t.database.db, { cityId: dortmundId, key: 'other-org' });
    orgId = org.id;
    body = { ...tuDortmund(), version: org.version };
    callers.member = await t.signedIn({ role: 'member', cityId: dortmundId });
    callers.otherCoordinator = await t.signedIn({ role: 'coordinator', cityId: clujId });
    callers.otherEditor = await t.signedIn({ role: 'org-editor', organisationId: other.id });
    callers.ownEditor = await t.signedIn({ role: 'org-editor', organisationId: org.id, cityId: dortmundId });
  });

  it('asks the public to sign in for every write', async () => {
    const anon = t.anonymous();
    expect((await anon.post('/api/organisations', tuDortmund())).status).toBe(401);
    expect((await anon.put(`/api/organisations/${orgId}`, body)).status).toBe(401);
    expect((await anon.delete(`/api/organisations/${orgId}`)).status).toBe(401);
  });

  it('refuses creating to everyone but admins and the city’s coordinators', async () => {
    for (const name of ['member', 'otherCoordinator', 'otherEditor', 'ownEditor']) {
      const res = await callers[name].post('/api/organisations', tuDortmund());
      expect(res.status, name).toBe(403);
      expect(res.body.code, name).toBe('forbidden');
    }
  });

  it('refuses editing to members, other cities’ coordinators and other organisations’ editors', async () => {
    for (const name of ['member', 'otherCoordinator', 'otherEditor']) {
      expect((await callers[name].put(`/api/organisations/${orgId}`, body)).status, name).toBe(403);
    }
    expect((await callers.ownEditor.put(`/api/organisations/${orgId}`, body)).status).toBe(200);
  });

  it('refuses deleting to everyone but admins and the city’s coordinators', async () => {
    for (const name of ['member', 'otherCoordinator', 'otherEditor', 'ownEditor']) {
      expect((await callers[name].delete(`/api/organisations/${orgId}`)).status, name).toBe(403);
    }
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const res = await admin.withoutCsrf().post('/api/organisations', tuDortmund());
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });
});
