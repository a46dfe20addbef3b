import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

/** `can.edit` on a city (issue 12) is true exactly when its PUT is not refused (401/403). */
let t: TestApp;
let cityId: string;
type Client = ReturnType<TestApp['anonymous']>;
let callers: [string, Client][];

beforeAll(async () => {
  t = await createTestApp();
  const cluj = await seedCity(t.database.db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(t.database.db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const org = await seedOrganisation(t.database.db, { cityId: cluj.id, key: 'ubb', name: 'UBB', kind: 'university' });
  cityId = cluj.id;
  callers = [
    ['admin', await t.signedIn({ role: 'admin' })],
    ['coordinator of the city', await t.signedIn({ role: 'coordinator', cityId: cluj.id })],
    ['coordinator of another city', await t.signedIn({ role: 'coordinator', cityId: lyon.id })],
    ['org-editor of the city', await t.signedIn({ role: 'org-editor', cityId: cluj.id, organisationId: org.id })],
    ['member of the city', await t.signedIn({ role: 'member', cityId: cluj.id })],
    ['the public', t.anonymous()],
  ];
});

describe('a city’s can', () => {
  it('is what PUT answers, for every caller', async () => {
    const expected: Record<string, boolean> = {
      admin: true,
      'coordinator of the city': true,
      'coordinator of another city': false,
      'org-editor of the city': false,
      'member of the city': false,
      'the public': false,
    };
    for (const [who, client] of callers) {
      const read = await client.get(`/api/cities/${cityId}`);
      expect(read.status).toBe(200);
      expect(read.body.can, who).toEqual({ edit: expected[who] });
      expect(read.body.canEdit, who).toBe(read.body.can.edit);
      const { id: _id, key: _key, partnerships: _p, canEdit: _c, can: _can, updatedAt: _u, ...editable } = read.body;
      const put = await client.put(`/api/cities/${cityId}`, editable);
      expect(put.status === 401 || put.status === 403, who).toBe(!read.body.can.edit);
      if (read.body.can.edit) expect(put.body.can, who).toEqual(read.body.can);
    }
  });
});
