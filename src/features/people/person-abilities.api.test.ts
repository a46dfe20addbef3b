import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';

// `can` on a person says what the caller may do with them; each flag is checked against what the
// action itself answers (refused = 401 or 403), for every kind of caller.
let t: TestApp;
let admin: TestClient;
let dortmundId: string;
let clujId: string;
let organisationId: string;
let otherOrganisationId: string;

const allowed = (status: number) => status !== 401 && status !== 403;

type Caller = 'admin' | 'coordinator of their city' | 'coordinator of another city' | 'their org-editor' | 'org-editor elsewhere' | 'member' | 'public';

function callerFor(kind: Caller): Promise<TestClient> | TestClient {
  switch (kind) {
    case 'admin':
      return t.signedIn({ role: 'admin' });
    case 'coordinator of their city':
      return t.signedIn({ role: 'coordinator', cityId: dortmundId });
    case 'coordinator of another city':
      return t.signedIn({ role: 'coordinator', cityId: clujId });
    case 'their org-editor':
      return t.signedIn({ role: 'org-editor', cityId: dortmundId, organisationId });
    case 'org-editor elsewhere':
      return t.signedIn({ role: 'org-editor', cityId: dortmundId, organisationId: otherOrganisationId });
    case 'member':
      return t.signedIn({ role: 'member', cityId: dortmundId, organisationId });
    case 'public':
      return t.anonymous();
  }
}

const none = { edit: false, delete: false, readHistory: false, changeOrganisation: false, changeCity: false };
const expected: Record<Caller, typeof none> = {
  admin: { edit: true, delete: true, readHistory: true, changeOrganisation: true, changeCity: true },
  'coordinator of their city': { edit: true, delete: true, readHistory: true, changeOrganisation: true, changeCity: false },
  'coordinator of another city': none,
  'their org-editor': { edit: true, delete: true, readHistory: true, changeOrganisation: false, changeCity: false },
  'org-editor elsewhere': none,
  member: none,
  public: none,
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  dortmundId = (await seedCity(db, { name: 'Dortmund' })).id;
  clujId = (await seedCity(db, { name: 'Cluj-Napoca', country: 'RO' })).id;
  organisationId = (await seedOrganisation(db, { cityId: dortmundId })).id;
  otherOrganisationId = (await seedOrganisation(db, { cityId: dortmundId })).id;
  admin = await t.signedIn({ role: 'admin' });
});

describe('person abilities (can)', () => {
  it.each(Object.keys(expected) as Caller[])('match what the actions answer for %s', async (kind) => {
    const person = { name: 'Ada Contact', cityId: dortmundId, organisationId, visibleToPartners: true, visibleToPublic: true };
    const created = await admin.post('/api/people', person);
    expect(created.status).toBe(201);
    expect(created.body.can).toEqual(expected.admin);
    const id: string = created.body.id;
    const caller = await callerFor(kind);

    const read = await caller.get(`/api/people/${id}`);
    expect(read.status).toBe(200);
    const can = read.body.can;
    expect(can).toEqual(expected[kind]);
    expect(read.body.canEdit).toBe(can.edit);
    // Lists and the organisation's profile carry the same flags.
    const listed = await caller.get(`/api/people?organisationId=${organisationId}`);
    expect(listed.body.items.find((p: { id: string }) => p.id === id).can).toEqual(can);
    const profile = await caller.get(`/api/organisations/${organisationId}`);
    expect(profile.body.people.find((p: { id: string }) => p.id === id).can).toEqual(can);

    expect(allowed((await caller.get(`/api/history/person/${id}`)).status)).toBe(can.readHistory);
    const version = async () => (await admin.get(`/api/people/${id}`)).body.version as number;
    const edit = await caller.put(`/api/people/${id}`, { ...person, roleTitle: 'Contact', version: await version() });
    expect(allowed(edit.status)).toBe(can.edit);
    if (can.edit) {
      expect(edit.status).toBe(200);
      expect(edit.body.can).toEqual(can);
    }
    const otherOrganisation = await caller.put(`/api/people/${id}`, { ...person, organisationId: otherOrganisationId, version: await version() });
    expect(allowed(otherOrganisation.status)).toBe(can.changeOrganisation);
    if (can.changeOrganisation) expect(otherOrganisation.status).toBe(200);
    const move = await caller.put(`/api/people/${id}`, { ...person, cityId: clujId, organisationId: null, version: await version() });
    expect(allowed(move.status)).toBe(can.changeCity);
    if (can.changeCity) expect(move.status).toBe(200);
    // An org-editor cannot move a person to another city even while keeping them in their organisation.
    const moveKeepingOrganisation = await caller.put(`/api/people/${id}`, { ...person, cityId: clujId, version: await version() });
    if (!can.changeCity) expect(allowed(moveKeepingOrganisation.status)).toBe(false);

    const removed = await caller.delete(`/api/people/${id}`);
    expect(allowed(removed.status)).toBe(can.delete);
    if (can.delete) expect(removed.status).toBe(204);
  });
});
