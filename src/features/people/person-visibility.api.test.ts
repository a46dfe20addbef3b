import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { partnershipCities, partnerships } from '../partnerships/partnerships.table.ts';
import { people } from './people.table.ts';

/**
 * The consent matrix: Dortmund and Cluj-Napoca are partners; Lyon is a partner of Dortmund
 * only, which does not make it a partner of Cluj.
 * Three people of a Cluj organisation: one without consent, one visible to partners, one public.
 */
let t: TestApp;
const ids = { hidden: '', partners: '', public: '' };
let clujId: string;
const readers: Record<string, TestClient> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund' });
  const cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  clujId = cluj.id;
  const [withCluj, withLyon] = await db
    .insert(partnerships)
    .values([
      { key: 'dortmund-cluj', name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'agreement-signed' },
      { key: 'dortmund-lyon', name: 'Dortmund – Lyon', kind: 'friendship', status: 'active' },
    ])
    .returning();
  await db.insert(partnershipCities).values([
    { partnershipId: withCluj.id, cityId: dortmund.id, position: 0 },
    { partnershipId: withCluj.id, cityId: cluj.id, position: 1 },
    { partnershipId: withLyon.id, cityId: dortmund.id, position: 0 },
    { partnershipId: withLyon.id, cityId: lyon.id, position: 1 },
  ]);
  const org = await seedOrganisation(db, { cityId: cluj.id, key: 'ubb', name: 'UBB' });
  const otherClujOrg = await seedOrganisation(db, { cityId: cluj.id, key: 'umf', name: 'UMF' });
  const base = { cityId: cluj.id, organisationId: org.id, email: 'x@example.ro' };
  const rows = await db
    .insert(people)
    .values([
      { ...base, name: 'A Hidden', visibleToPartners: false, visibleToPublic: false },
      { ...base, name: 'B Partners', visibleToPartners: true, visibleToPublic: false },
      { ...base, name: 'C Public', visibleToPartners: false, visibleToPublic: true },
    ])
    .returning();
  [ids.hidden, ids.partners, ids.public] = rows.map((r) => r.id);

  readers.admin = await t.signedIn({ role: 'admin' });
  readers.clujCoordinator = await t.signedIn({ role: 'coordinator', cityId: cluj.id });
  readers.orgEditor = await t.signedIn({ role: 'org-editor', organisationId: org.id });
  readers.otherClujOrgEditor = await t.signedIn({ role: 'org-editor', organisationId: otherClujOrg.id });
  readers.clujMember = await t.signedIn({ role: 'member', cityId: cluj.id });
  readers.partnerMember = await t.signedIn({ role: 'member', cityId: dortmund.id });
  readers.partnerCoordinator = await t.signedIn({ role: 'coordinator', cityId: dortmund.id });
  readers.nonPartnerMember = await t.signedIn({ role: 'member', cityId: lyon.id });
  readers.memberWithoutCity = await t.signedIn({ role: 'member' });
  readers.anonymous = t.anonymous();
});

const expected: Record<string, ('hidden' | 'partners' | 'public')[]> = {
  admin: ['hidden', 'partners', 'public'],
  clujCoordinator: ['hidden', 'partners', 'public'],
  orgEditor: ['hidden', 'partners', 'public'],
  otherClujOrgEditor: ['public'],
  // Consent to partners is consent to partner cities, not to members of one's own city.
  clujMember: ['public'],
  partnerMember: ['partners', 'public'],
  partnerCoordinator: ['partners', 'public'],
  nonPartnerMember: ['public'],
  memberWithoutCity: ['public'],
  anonymous: ['public'],
};

describe('who sees which person', () => {
  for (const [reader, visible] of Object.entries(expected)) {
    it(`${reader} sees ${visible.join(', ')}`, async () => {
      const client = readers[reader];
      const wanted = visible.map((v) => ids[v]);

      const list = await client.get(`/api/people?cityId=${clujId}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual(wanted);
      expect(list.body.total).toBe(wanted.length);

      const org = await client.get('/api/organisations/ubb');
      expect(org.body.people.map((p: { id: string }) => p.id)).toEqual(wanted);

      for (const key of ['hidden', 'partners', 'public'] as const) {
        const res = await client.get(`/api/people/${ids[key]}`);
        expect(res.status, key).toBe(visible.includes(key) ? 200 : 404);
        if (res.status === 404) expect(JSON.stringify(res.body)).not.toContain('x@example.ro');
      }
    });
  }

  it('does not reveal hidden people through the organisation filter’s total either', async () => {
    const res = await readers.anonymous.get('/api/people?organisationId=' + (await readers.admin.get('/api/organisations/ubb')).body.id);
    expect(res.body.total).toBe(1);
  });
});
