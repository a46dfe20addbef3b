import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';

// `can` on an organisation says what the caller may do with it; each flag is checked against what
// the action itself answers (refused = 401 or 403), for every kind of caller.
let t: TestApp;
let admin: TestClient;
let dortmundId: string;
let clujId: string;

const allowed = (status: number) => status !== 401 && status !== 403;

const profile = (cityId: string) => ({
  name: `Abilities ${Math.random().toString(36).slice(2)}`,
  kind: 'company',
  cityId,
  languages: ['en'],
  description: [],
  themes: [],
  offers: [{ category: 'research', lang: 'en', title: 'Labs', text: 'Lab time.', validUntil: '2030-12-31' }],
  requests: [],
});

type Caller = 'admin' | 'coordinator of its city' | 'coordinator of another city' | 'its org-editor' | 'org-editor elsewhere' | 'its member' | 'public';

async function callerFor(kind: Caller, organisationId: string, otherOrganisationId: string): Promise<TestClient> {
  switch (kind) {
    case 'admin':
      return t.signedIn({ role: 'admin' });
    case 'coordinator of its city':
      return t.signedIn({ role: 'coordinator', cityId: dortmundId });
    case 'coordinator of another city':
      return t.signedIn({ role: 'coordinator', cityId: clujId });
    case 'its org-editor':
      return t.signedIn({ role: 'org-editor', cityId: dortmundId, organisationId });
    case 'org-editor elsewhere':
      return t.signedIn({ role: 'org-editor', cityId: dortmundId, organisationId: otherOrganisationId });
    case 'its member':
      return t.signedIn({ role: 'member', cityId: dortmundId, organisationId });
    case 'public':
      return t.anonymous();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  dortmundId = (await seedCity(t.database.db, { name: 'Dortmund' })).id;
  clujId = (await seedCity(t.database.db, { name: 'Cluj-Napoca', country: 'RO' })).id;
  admin = await t.signedIn({ role: 'admin' });
});

const expected: Record<Caller, { edit: boolean; delete: boolean; changeCity: boolean; readHistory: boolean; renewItems: boolean; reviewItems: boolean }> = {
  admin: { edit: true, delete: true, changeCity: true, readHistory: true, renewItems: true, reviewItems: true },
  'coordinator of its city': { edit: true, delete: true, changeCity: false, readHistory: true, renewItems: true, reviewItems: true },
  'coordinator of another city': { edit: false, delete: false, changeCity: false, readHistory: false, renewItems: false, reviewItems: false },
  'its org-editor': { edit: true, delete: false, changeCity: false, readHistory: true, renewItems: true, reviewItems: false },
  'org-editor elsewhere': { edit: false, delete: false, changeCity: false, readHistory: false, renewItems: false, reviewItems: false },
  'its member': { edit: false, delete: false, changeCity: false, readHistory: false, renewItems: false, reviewItems: false },
  public: { edit: false, delete: false, changeCity: false, readHistory: false, renewItems: false, reviewItems: false },
};

describe('organisation abilities (can)', () => {
  it.each(Object.keys(expected) as Caller[])('match what the actions answer for %s', async (kind) => {
    const other = await admin.post('/api/organisations', profile(dortmundId));
    const created = await admin.post('/api/organisations', profile(dortmundId));
    expect(created.status).toBe(201);
    expect(created.body.can).toEqual(expected.admin);
    const id: string = created.body.id;
    const itemId: string = created.body.offers[0].id;
    const caller = await callerFor(kind, id, other.body.id);

    const read = await caller.get(`/api/organisations/${id}`);
    expect(read.status).toBe(200);
    const can = read.body.can;
    expect(can).toEqual(expected[kind]);
    // The deprecated flags say the same.
    expect(read.body.canEdit).toBe(can.edit);
    expect(read.body.canDelete).toBe(can.delete);

    expect(allowed((await caller.get(`/api/history/organisation/${id}`)).status)).toBe(can.readHistory);
    expect(allowed((await caller.post(`/api/organisation-items/${itemId}/renew`, {})).status)).toBe(can.renewItems);
    expect(allowed((await caller.post(`/api/organisation-items/${itemId}/approve`, {})).status)).toBe(can.reviewItems);

    const version = async () => (await admin.get(`/api/organisations/${id}`)).body.version as number;
    const { name } = read.body;
    const edit = await caller.put(`/api/organisations/${id}`, { ...profile(dortmundId), name, version: await version() });
    expect(allowed(edit.status)).toBe(can.edit);
    if (can.edit) {
      expect(edit.status).toBe(200);
      // The response of a write carries the abilities too.
      expect(edit.body.can).toEqual(can);
    }
    const move = await caller.put(`/api/organisations/${id}`, { ...profile(clujId), name, version: await version() });
    expect(allowed(move.status)).toBe(can.changeCity);
    if (can.changeCity) expect(move.status).toBe(200);

    const removed = await caller.delete(`/api/organisations/${id}`);
    expect(allowed(removed.status)).toBe(can.delete);
    if (can.delete) expect(removed.status).toBe(204);
  });
});
