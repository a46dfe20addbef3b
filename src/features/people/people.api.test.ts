import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listAuditEvents } from '../audit/audit.service.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
let t: TestApp;
let coordinator: Client;
let dortmundId: string;
let clujId: string;
let orgId: string;
let clujOrgId: string;

const paths = (body: { fields: { path: string }[] }) => body.fields.map((f) => f.path).sort();
const person = () => ({
  name: 'Jana Kontakt',
  roleTitle: 'International Office',
  cityId: dortmundId,
  organisationId: orgId,
  email: 'jana@example.org',
  phone: '+49 231 0000',
  languages: ['de', 'en', 'ro'],
  visibleToPartners: true,
  visibleToPublic: false,
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund' })).id;
  clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  orgId = (await seedOrganisation(db, { cityId: dortmundId, key: 'tu-dortmund', name: 'TU Dortmund' })).id;
  clujOrgId = (await seedOrganisation(db, { cityId: clujId, key: 'ubb', name: 'UBB' })).id;
  coordinator = await t.signedIn({ role: 'coordinator', cityId: dortmundId });
});

describe('people API: create, read, edit, delete', () => {
  it('lets the city coordinator manage a person with versioned edits and history', async () => {
    const created = await coordinator.post('/api/people', person());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Jana Kontakt',
      organisation: { id: orgId, key: 'tu-dortmund', name: 'TU Dortmund' },
      city: { id: dortmundId, key: 'dortmund' },
      email: 'jana@example.org',
      languages: ['de', 'en', 'ro'],
      visibleToPartners: true,
      visibleToPublic: false,
      canEdit: true,
      version: 1,
    });
    const id = created.body.id;
    expect((await coordinator.get(`/api/people/${id}`)).body.name).toBe('Jana Kontakt');

    const update = { ...person(), roleTitle: 'Head of International Office', version: 1 };
    const updated = await coordinator.put(`/api/people/${id}`, update);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ roleTitle: 'Head of International Office', version: 2 });
    const stale = await coordinator.put(`/api/people/${id}`, { ...update, roleTitle: 'Stale' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const org = await coordinator.get('/api/organisations/tu-dortmund');
    expect(org.body.people.map((p: { id: string }) => p.id)).toEqual([id]);

    expect((await coordinator.delete(`/api/people/${id}`)).status).toBe(204);
    expect((await coordinator.get(`/api/people/${id}`)).status).toBe(404);
    const events = await listAuditEvents(t.ctx(), 'person', id);
    expect(events.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(events[1].before).toMatchObject({ roleTitle: 'International Office' });
    expect(events[1].after).toMatchObject({ roleTitle: 'Head of International Office' });
    expect(events[0].actorUserId).toBe(coordinator.userId);
  });

  it('names malformed fields', async () => {
    const res = await coordinator.post('/api/people', { ...person(), name: '', email: 'not-an-email', languages: ['deu'], visibleToPublic: 'yes' });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['email', 'languages.0', 'name', 'visibleToPublic']);
    const noCity = await coordinator.post('/api/people', { name: 'No City' });
    expect(paths(noCity.body)).toEqual(['cityId']);
  });

  it('requires the person’s city to be the city of their organisation', async () => {
    const admin = await t.signedIn({ role: 'admin' });
    const res = await admin.post('/api/people', { ...person(), organisationId: clujOrgId });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'cityId', rule: 'organisation_city' })]);
    const unknown = await admin.post('/api/people', { ...person(), organisationId: crypto.randomUUID() });
    expect(paths(unknown.body)).toEqual(['organisationId']);
  });

  it('lets an organisation’s editor manage its people, but nobody else’s', async () => {
    const editor = await t.signedIn({ role: 'org-editor', organisationId: orgId });
    const created = await editor.post('/api/people', { ...person(), name: 'Org Person' });
    expect(created.status).toBe(201);
    expect((await editor.put(`/api/people/${created.body.id}`, { ...person(), name: 'Org Person 2', version: 1 })).status).toBe(200);
    // Without the organisation the person would no longer be theirs.
    const away = await editor.put(`/api/people/${created.body.id}`, { ...person(), organisationId: null, version: 2 });
    expect(away.status).toBe(403);
    expect((await editor.post('/api/people', { ...person(), organisationId: null })).status).toBe(403);
    expect((await editor.delete(`/api/people/${created.body.id}`)).status).toBe(204);
  });
});

describe('people API: who may write', () => {
  let publicId: string;
  let hiddenId: string;
  const callers: Record<string, Client> = {};

  beforeAll(async () => {
    publicId = (await coordinator.post('/api/people', { ...person(), name: 'Public Person', visibleToPublic: true })).body.id;
    hiddenId = (await coordinator.post('/api/people', { ...person(), name: 'Hidden Person', visibleToPartners: false })).body.id;
    const otherOrg = await seedOrganisation(t.database.db, { cityId: dortmundId });
    callers.member = await t.signedIn({ role: 'member', cityId: dortmundId });
    callers.otherCoordinator = await t.signedIn({ role: 'coordinator', cityId: clujId });
    callers.otherEditor = await t.signedIn({ role: 'org-editor', organisationId: otherOrg.id, cityId: dortmundId });
  });

  it('asks the public to sign in for every write', async () => {
    const anon = t.anonymous();
    expect((await anon.post('/api/people', person())).status).toBe(401);
    expect((await anon.put(`/api/people/${publicId}`, { ...person(), version: 1 })).status).toBe(401);
    expect((await anon.delete(`/api/people/${publicId}`)).status).toBe(401);
  });

  it('refuses writes to members, other cities’ coordinators and other organisations’ editors', async () => {
    for (const name of ['member', 'otherCoordinator', 'otherEditor']) {
      const c = callers[name];
      expect((await c.post('/api/people', person())).status, name).toBe(403);
      expect((await c.put(`/api/people/${publicId}`, { ...person(), version: 1 })).status, name).toBe(403);
      expect((await c.delete(`/api/people/${publicId}`)).status, name).toBe(403);
    }
    expect((await t.anonymous().get(`/api/people/${publicId}`)).body.version).toBe(1);
  });

  it('answers 404, not 403, for a person the caller may not see', async () => {
    for (const name of ['member', 'otherCoordinator', 'otherEditor']) {
      const c = callers[name];
      expect((await c.get(`/api/people/${hiddenId}`)).status, name).toBe(404);
      expect((await c.put(`/api/people/${hiddenId}`, { ...person(), version: 1 })).status, name).toBe(404);
      expect((await c.delete(`/api/people/${hiddenId}`)).status, name).toBe(404);
    }
    expect((await coordinator.get(`/api/people/${hiddenId}`)).status).toBe(200);
  });

  it('rejects a malformed id', async () => {
    const res = await coordinator.get('/api/people/not-a-uuid');
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['params.id']);
  });
});
