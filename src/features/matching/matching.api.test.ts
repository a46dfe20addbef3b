import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { matchingWorld as world } from './matching-test-world.ts';

// Through HTTP on the engine under test, with data loaded by the real interchange import (the
// tagger finds the concepts in the texts, the search index is written in the import's transaction).

let t: TestApp;
const ids: Record<string, string> = {};
const cityIds: Record<string, string> = {};

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), world);
  for (const r of await rows<{ id: string; key: string }>(sql`SELECT id, key FROM organisations`)) ids[r.key] = r.id;
  for (const r of await rows<{ id: string; key: string }>(sql`SELECT id, key FROM cities`)) cityIds[r.key] = r.id;
  // A pending introduction between the start-up and one Cluj research institute: that pair is left out.
  await t.database.db.execute(sql`
    INSERT INTO introductions (from_organisation_id, to_organisation_id, status, message)
    VALUES (${ids['irrigation-startup']}, ${ids['agri-cluj-two']}, 'pending', 'Hello')`);
});

describe('GET /api/organisations/:id/matches', () => {
  it('refuses anonymous callers', async () => {
    const res = await t.anonymous().get(`/api/organisations/irrigation-startup/matches`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('suggests organisations of partner cities only, best first, with reasons in the language asked for', async () => {
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get(`/api/organisations/irrigation-startup/matches?limit=10&lang=de`);
    expect(res.status).toBe(200);
    expect(res.body.lang).toBe('de');
    const keys = res.body.items.map((m: any) => m.organisation.key);
    expect(keys[0]).toBe('usamv-cluj');
    // Never the own city, never a city without a partnership (Sibiu, Leeds), never a pair with an introduction.
    for (const m of res.body.items) expect(m.organisation.city.key).toBe('cluj-napoca');
    expect(keys).not.toContain('agri-cluj-two');
    expect(keys).not.toContain('cluj-museum');
    const top = res.body.items[0];
    expect(top.organisation).toMatchObject({ key: 'usamv-cluj', kind: 'university', city: { key: 'cluj-napoca', country: 'RO' } });
    expect(top.score).toBeGreaterThan(0);
    expect(top.reasons[0]).toMatchObject({ code: 'they-offer-what-you-seek', params: { category: 'pilot-site' } });
    expect(top.reasons[0].text).toMatch(/^Bietet, was Sie suchen: Pilotstandort – /);
    expect(top.reasons.map((r: any) => r.text)).toContain('Beide arbeiten auf Englisch');
    expect(top.reasons.map((r: any) => r.code)).toContain('partnership-focus');
    expect(top.items[0]).toMatchObject({ direction: 'offer', title: 'Experimental farm', category: 'pilot-site' });
    // Introduction counts are not part of the answer.
    expect(JSON.stringify(res.body)).not.toMatch(/introduction/i);
  });

  it('accepts the id as well as the key, defaults the language to the browser, and says 404 for an unknown organisation', async () => {
    const member = await t.signedIn({ role: 'member' });
    const byId = await member.request('GET', `/api/organisations/${ids['usamv-cluj']}/matches`, undefined, { 'accept-language': 'hu-HU,hu;q=0.9' });
    expect(byId.status).toBe(200);
    expect(byId.body.lang).toBe('hu');
    // The reverse direction: the Cluj university sees the Dortmund start-up that seeks what it offers.
    // Cluj-Napoca's partners are Dortmund and Leeds: Sibiu (no partnership) and Cluj itself never appear.
    expect(byId.body.items[0].organisation.key).toBe('irrigation-startup');
    expect(new Set(byId.body.items.map((m: any) => m.organisation.city.key))).toEqual(new Set(['dortmund', 'leeds']));
    expect(byId.body.items[0].reasons[0].code).toBe('they-seek-what-you-offer');
    expect((await member.get('/api/organisations/no-such-org/matches')).status).toBe(404);
  });

  it('names the field of an invalid query', async () => {
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get('/api/organisations/irrigation-startup/matches?limit=500&lang=fr');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: any) => f.path).sort()).toEqual(['querystring.lang', 'querystring.limit']);
  });

  it('leaves out cities whose partnership has ended', async () => {
    await t.database.db.execute(sql`UPDATE partnerships SET status = 'ended' WHERE key = 'dortmund-cluj'`);
    try {
      const member = await t.signedIn({ role: 'member' });
      const res = await member.get('/api/organisations/irrigation-startup/matches');
      expect(res.body.items).toEqual([]);
    } finally {
      await t.database.db.execute(sql`UPDATE partnerships SET status = 'active' WHERE key = 'dortmund-cluj'`);
    }
  });
});

describe('GET /api/organisation-items/:id/matches', () => {
  it('returns the offers in partner cities that serve a request', async () => {
    const [request] = await rows<{ id: string }>(sql`SELECT id FROM organisation_items WHERE organisation_id = ${ids['irrigation-startup']}`);
    expect((await t.anonymous().get(`/api/organisation-items/${request.id}/matches`)).status).toBe(401);
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get(`/api/organisation-items/${request.id}/matches?lang=en`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: any) => m.organisation.key)).toEqual(['usamv-cluj']);
    expect(res.body.items[0].items).toEqual([expect.objectContaining({ direction: 'offer', answers: request.id })]);
    expect(res.body.items[0].reasons[0].text).toMatch(/^They offer what you are looking for: Pilot site – /);
  });

  it('does not match drafts or unknown items', async () => {
    const member = await t.signedIn({ role: 'member' });
    const [draft] = await rows<{ id: string }>(sql`
      INSERT INTO organisation_items (organisation_id, direction, position, text, status)
      VALUES (${ids['irrigation-startup']}, 'request', 5, 'We seek smart irrigation test fields.', 'draft') RETURNING id`);
    expect((await member.get(`/api/organisation-items/${draft.id}/matches`)).status).toBe(404);
    expect((await member.get(`/api/organisation-items/${crypto.randomUUID()}/matches`)).status).toBe(404);
  });
});

describe('feedback and the quality report', () => {
  it("stores feedback from the organisation's users and refuses others", async () => {
    const path = '/api/organisations/irrigation-startup/matches/feedback';
    expect((await t.anonymous().post(path, { suggestedOrganisation: 'usamv-cluj', useful: true })).status).toBe(401);
    const outsider = await t.signedIn({ role: 'member', organisationId: ids['cluj-museum'] });
    expect((await outsider.post(path, { suggestedOrganisation: 'usamv-cluj', useful: true })).status).toBe(403);

    const editor = await t.signedIn({ role: 'org-editor', organisationId: ids['irrigation-startup'] });
    const missing = await editor.post(path, { suggestedOrganisation: 'usamv-cluj', useful: false });
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].path).toBe('reason');
    const unknown = await editor.post(path, { suggestedOrganisation: 'nobody', useful: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('suggestedOrganisation');

    const first = await editor.post(path, { suggestedOrganisation: 'usamv-cluj', useful: false, reason: 'wrong-kind', score: 0.5 });
    expect(first.status).toBe(200);
    const again = await editor.post(path, { suggestedOrganisation: ids['usamv-cluj'], useful: true, reason: 'good-fit' });
    expect(again.body).toMatchObject({ id: first.body.id, useful: true, reason: 'good-fit' });

    const coordinator = await t.signedIn({ role: 'coordinator', cityId: cityIds['cluj-napoca'] });
    expect((await coordinator.post(path, { suggestedOrganisation: 'usamv-cluj', useful: true })).status).toBe(403);
  });

  it('shows the report to admins and to coordinators for their city only', async () => {
    const member = await t.signedIn({ role: 'member', organisationId: ids['irrigation-startup'] });
    expect((await member.get('/api/matching/quality')).status).toBe(403);
    expect((await t.anonymous().get('/api/matching/quality')).status).toBe(401);

    await t.database.db.execute(sql`
      INSERT INTO introductions (from_organisation_id, to_organisation_id, status, message)
      VALUES (${ids['irrigation-startup']}, ${ids['usamv-cluj']}, 'pending', 'We would like to test on your farm')`);
    const dortmund = await t.signedIn({ role: 'coordinator', cityId: cityIds['dortmund'] });
    const report = await dortmund.get('/api/matching/quality');
    expect(report.status).toBe(200);
    expect(report.body.totals).toEqual({ feedback: 1, useful: 1, notUseful: 0 });
    expect(report.body.reasons).toEqual([{ reason: 'good-fit', useful: 1, notUseful: 0 }]);
    expect(report.body.conversion).toEqual({ usefulPairs: 1, usefulWithIntroduction: 1, notUsefulWithIntroduction: 0 });
    expect(report.body.recent[0]).toMatchObject({ organisation: { key: 'irrigation-startup' }, suggested: { key: 'usamv-cluj' }, useful: true });

    const cluj = await t.signedIn({ role: 'coordinator', cityId: cityIds['cluj-napoca'] });
    expect((await cluj.get('/api/matching/quality')).body.totals.feedback).toBe(0);
    expect((await cluj.get(`/api/matching/quality?city=${cityIds['dortmund']}`)).status).toBe(403);
    const admin = await t.signedIn({ role: 'admin' });
    expect((await admin.get('/api/matching/quality')).body.totals.feedback).toBe(1);

    // Once introduced, the pair is no longer suggested.
    const res = await member.get('/api/organisations/irrigation-startup/matches');
    expect(res.body.items.map((m: any) => m.organisation.key)).not.toContain('usamv-cluj');
  });
});
