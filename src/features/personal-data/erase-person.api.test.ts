import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { findTextInDatabase } from './find-in-database.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let coordinator: Awaited<ReturnType<TestApp['signedIn']>>;
let city: { id: string };
let org: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  city = await seedCity(t.database.db, { name: 'Timișoara', country: 'RO' });
  org = await seedOrganisation(t.database.db, { cityId: city.id, name: 'Bega Arts Centre' });
  admin = await t.signedIn({ role: 'admin' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
});

const contact = {
  name: 'Gheorghe Tombstone-Ionescu',
  email: 'gheorghe.tombstone@example.ro',
  phone: '+40 256 999 111',
  roleTitle: 'Head of culture',
};

async function createContact(overrides: Partial<typeof contact> = {}) {
  const res = await coordinator.post('/api/people', { ...contact, ...overrides, cityId: city.id, organisationId: org.id, visibleToPartners: true });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

describe('DELETE /api/people/{id}/personal-data', () => {
  it("erases the person from every table and the search; the history keeps its rows without the person's data", async () => {
    const person = await createContact();
    const moved = await coordinator.put(`/api/people/${person.id}`, {
      ...contact,
      roleTitle: 'Director',
      cityId: city.id,
      organisationId: org.id,
      visibleToPartners: false,
      version: person.version,
    });
    expect(moved.status).toBe(200);
    expect(JSON.stringify((await admin.get(`/api/search?q=${encodeURIComponent('Tombstone-Ionescu')}`)).body)).toContain('Tombstone');

    const res = await coordinator.delete(`/api/people/${person.id}/personal-data`);
    expect(res.status).toBe(200);

    for (const text of [contact.name, contact.email, contact.phone]) expect(await findTextInDatabase(t.database.db, text)).toEqual([]);
    expect((await admin.get(`/api/people/${person.id}`)).status).toBe(404);
    expect(JSON.stringify((await admin.get(`/api/search?q=${encodeURIComponent('Tombstone-Ionescu')}`)).body)).not.toContain('Tombstone');
    expect((await admin.get(`/api/organisations/${org.id}`)).status).toBe(200);

    const history = (await admin.get(`/api/history/person/${person.id}`)).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    const update = history[1];
    // Personal fields are tombstones, so their change is no change; the consent change remains.
    expect(update.after.email).toEqual({ erased: true });
    expect(update.changes.map((c: { field: string }) => c.field)).toEqual(['visibleToPartners']);
  });

  it('refuses organisation editors, members, other cities and the public', async () => {
    const person = await createContact({ name: 'Still Here Person', email: 'still.here@example.ro' });
    const editor = await t.signedIn({ role: 'org-editor', organisationId: org.id });
    const member = await t.signedIn({ role: 'member', cityId: city.id });
    const otherCity = await seedCity(t.database.db);
    const otherCoordinator = await t.signedIn({ role: 'coordinator', cityId: otherCity.id });
    expect((await editor.delete(`/api/people/${person.id}/personal-data`)).status).toBe(403);
    expect([403, 404]).toContain((await member.delete(`/api/people/${person.id}/personal-data`)).status);
    expect([403, 404]).toContain((await otherCoordinator.delete(`/api/people/${person.id}/personal-data`)).status);
    expect((await t.anonymous().delete(`/api/people/${person.id}/personal-data`)).status).toBe(401);
    expect((await admin.get(`/api/people/${person.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/people/${crypto.randomUUID()}/personal-data`)).status).toBe(404);
    expect((await admin.delete('/api/people/not-a-uuid/personal-data')).status).toBe(400);
  });
});
