import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { matchingWorld as world } from './matching-test-world.ts';

// `can.giveFeedback` on each suggestion, checked against what the feedback route answers
// (refused = 401 or 403), for every kind of caller.
let t: TestApp;
const ids: Record<string, string> = {};
const cityIds: Record<string, string> = {};
const allowed = (status: number) => status !== 401 && status !== 403;

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), world);
  const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: { id: string; key: string }[] }).rows;
  for (const r of await rows(sql`SELECT id, key FROM organisations`)) ids[r.key] = r.id;
  for (const r of await rows(sql`SELECT id, key FROM cities`)) cityIds[r.key] = r.id;
});

type Caller =
  'admin' | 'coordinator of its city' | 'coordinator of a partner city' | 'its org-editor' | 'org-editor elsewhere' | 'its member' | 'member elsewhere';
const callers: Record<Caller, () => Promise<TestClient>> = {
  admin: () => t.signedIn({ role: 'admin' }),
  'coordinator of its city': () => t.signedIn({ role: 'coordinator', cityId: cityIds['dortmund'] }),
  'coordinator of a partner city': () => t.signedIn({ role: 'coordinator', cityId: cityIds['cluj-napoca'] }),
  'its org-editor': () => t.signedIn({ role: 'org-editor', organisationId: ids['irrigation-startup'] }),
  'org-editor elsewhere': () => t.signedIn({ role: 'org-editor', organisationId: ids['cluj-museum'] }),
  'its member': () => t.signedIn({ role: 'member', organisationId: ids['irrigation-startup'] }),
  'member elsewhere': () => t.signedIn({ role: 'member', organisationId: ids['cluj-museum'] }),
};
const expected: Record<Caller, boolean> = {
  admin: true,
  'coordinator of its city': true,
  'coordinator of a partner city': false,
  'its org-editor': true,
  'org-editor elsewhere': false,
  'its member': true,
  'member elsewhere': false,
};

describe('suggestion abilities (can)', () => {
  it.each(Object.keys(callers) as Caller[])('giveFeedback matches what the feedback route answers for %s', async (kind) => {
    const caller = await callers[kind]();
    const res = await caller.get('/api/organisations/irrigation-startup/matches?limit=10&lang=en');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    const can = res.body.items[0].can;
    expect(can).toEqual({ giveFeedback: expected[kind] });
    for (const m of res.body.items) expect(m.can).toEqual(can);
    const feedback = await caller.post('/api/organisations/irrigation-startup/matches/feedback', {
      suggestedOrganisation: res.body.items[0].organisation.key,
      useful: true,
    });
    expect(allowed(feedback.status)).toBe(can.giveFeedback);
    if (can.giveFeedback) expect(feedback.status).toBe(200);
  });

  it('gives the public nothing: suggestions and feedback both need a sign-in', async () => {
    expect((await t.anonymous().get('/api/organisations/irrigation-startup/matches')).status).toBe(401);
    expect(
      (await t.anonymous().post('/api/organisations/irrigation-startup/matches/feedback', { suggestedOrganisation: 'usamv-cluj', useful: true })).status,
    ).toBe(401);
  });

  it('answers for one offer or request of the reader as well', async () => {
    const editor = await callers['its org-editor']();
    const profile = await editor.get('/api/organisations/irrigation-startup');
    const item = [...profile.body.requests, ...profile.body.offers].find((i: { status: string }) => i.status === 'approved');
    const res = await editor.get(`/api/organisation-items/${item.id}/matches`);
    expect(res.status).toBe(200);
    for (const m of res.body.items) expect(m.can).toEqual({ giveFeedback: true });
  });
});
