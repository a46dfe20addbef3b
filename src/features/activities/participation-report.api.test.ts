import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { participantsFrom, seedReportActivity } from './participation-report-test-world.ts';

/**
 * The participation report over HTTP (issue 13): counts per country, city, organisation kind,
 * gender and role of the direct participants (registered; not waiting, not cancelled), invited
 * international participants, attendance per day, the CERV rules; for the organisers only.
 */
let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let coordinatorA: Awaited<ReturnType<TestApp['signedIn']>>;
let memberA: Awaited<ReturnType<TestApp['signedIn']>>;
let memberC: Awaited<ReturnType<TestApp['signedIn']>>;
let editorOrganiser: Awaited<ReturnType<TestApp['signedIn']>>;
let world: { partnershipId: string; dortmund: { id: string }; cluj: { id: string }; orgA: { id: string } };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  const cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const orgA = await seedOrganisation(db, { cityId: dortmund.id, name: 'Stadtwerke Dortmund', kind: 'public-company' });
  admin = await t.signedIn({ role: 'admin' });
  coordinatorA = await t.signedIn({ role: 'coordinator', cityId: dortmund.id });
  memberA = await t.signedIn({ role: 'member', cityId: dortmund.id });
  memberC = await t.signedIn({ role: 'member', cityId: lyon.id });
  editorOrganiser = await t.signedIn({ role: 'org-editor', cityId: dortmund.id, organisationId: orgA.id });
  const partnership = await admin.post('/api/partnerships', {
    key: 'dortmund-cluj',
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [dortmund.id, cluj.id],
    themes: [],
  });
  expect(partnership.status, JSON.stringify(partnership.body)).toBe(201);
  world = { partnershipId: partnership.body.id, dortmund, cluj, orgA };
});

describe('GET /api/activities/:id/report', () => {
  it('counts the direct participants and finds the CERV town-twinning rule met', async () => {
    const { activity } = await seedReportActivity(t.database.db, {
      partnershipId: world.partnershipId,
      hostCityId: world.dortmund.id,
      organiserOrganisationIds: [world.orgA.id],
      participants: [
        ...participantsFrom(20, 'DE', 'Dortmund guest', {
          cityId: world.dortmund.id,
          organisationId: world.orgA.id,
          gender: 'female',
          attendedDays: ['2027-05-12'],
        }),
        ...participantsFrom(5, 'DE', 'Dortmund speaker', { cityId: world.dortmund.id, role: 'speaker', organisationKind: 'university' }),
        ...participantsFrom(25, 'RO', 'Cluj guest', {
          cityName: 'Cluj-Napoca',
          organisationKind: 'ngo',
          gender: 'male',
          attendedDays: ['2027-05-12', '2027-05-13'],
        }),
        ...participantsFrom(3, 'CH', 'Zürich guest', { cityName: 'Zürich' }),
        ...participantsFrom(2, 'RO', 'Waiting', { status: 'waiting' }),
        ...participantsFrom(1, 'RO', 'Cancelled', { status: 'cancelled', attendedDays: ['2027-05-12'] }),
      ],
    });
    const res = await coordinatorA.get(`/api/activities/${activity.key}/report`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const report = res.body;
    expect(report).toMatchObject({ activityId: activity.id, key: activity.key, hostCountry: 'DE', participants: 53, attended: 45, invitedInternational: 25 });
    expect(report.byCountry).toEqual({ CH: 3, DE: 25, RO: 25 });
    expect(report.byCity).toEqual([
      { cityId: null, name: 'Cluj-Napoca', country: 'RO', count: 25 },
      { cityId: world.dortmund.id, name: 'Dortmund', country: 'DE', count: 25 },
      { cityId: null, name: 'Zürich', country: 'CH', count: 3 },
    ]);
    expect(report.byOrganisationKind).toEqual({ ngo: 25, 'public-company': 20, university: 5, unknown: 3 });
    expect(report.byGender).toEqual({ female: 20, male: 25, 'not-stated': 8 });
    expect(report.byRole).toEqual({ delegate: 48, speaker: 5 });
    expect(report.attendanceByDay).toEqual([
      { day: '2027-05-12', present: 45 },
      { day: '2027-05-13', present: 25 },
    ]);
    expect(report.rules).toEqual([
      { rule: 'cerv-town-twinning', met: true, missing: [] },
      { rule: 'cerv-networks-of-towns', met: true, missing: [] },
    ]);
    // By id as well as by key; the organising organisation's editor may read it too.
    expect((await editorOrganiser.get(`/api/activities/${activity.id}/report`)).body.participants).toBe(53);
  });

  it('says what is missing: 49 participants, 24 invited', async () => {
    const { activity } = await seedReportActivity(t.database.db, {
      partnershipId: world.partnershipId,
      hostCityId: world.dortmund.id,
      participants: [...participantsFrom(25, 'DE', 'Host'), ...participantsFrom(24, 'RO', 'Guest')],
    });
    const report = (await coordinatorA.get(`/api/activities/${activity.id}/report`)).body;
    expect(report.rules[0]).toEqual({
      rule: 'cerv-town-twinning',
      met: false,
      missing: [
        { requirement: 'direct-participants', required: 50, actual: 49 },
        { requirement: 'invited-international-participants', required: 25, actual: 24 },
      ],
    });
  });

  it('reports an online activity (no host country) with the rules not met', async () => {
    const { activity } = await seedReportActivity(t.database.db, {
      partnershipId: world.partnershipId,
      hostCityId: null,
      participants: [...participantsFrom(30, 'DE', 'Online DE'), ...participantsFrom(30, 'RO', 'Online RO')],
    });
    const report = (await admin.get(`/api/activities/${activity.id}/report`)).body;
    expect(report).toMatchObject({ hostCountry: null, participants: 60, invitedInternational: 0 });
    expect(report.rules[0].met).toBe(false);
    expect(report.rules[0].missing).toContainEqual({ requirement: 'eligible-countries', required: 1, actual: 0 });
  });

  it('is for the organisers: 401 to the public, 403 to other readers, 404 to those who may not read the activity', async () => {
    const internal = await seedReportActivity(t.database.db, {
      partnershipId: world.partnershipId,
      hostCityId: world.dortmund.id,
      isPublic: false,
      participants: participantsFrom(2, 'DE', 'Internal'),
    });
    const path = `/api/activities/${internal.activity.id}/report`;
    expect((await t.anonymous().get(path)).status).toBe(401);
    expect((await memberA.get(path)).status).toBe(403);
    expect((await memberC.get(path)).status).toBe(404);
    expect((await coordinatorA.get(path)).status).toBe(200);
    const publicOne = await seedReportActivity(t.database.db, { partnershipId: world.partnershipId, hostCityId: world.dortmund.id, participants: [] });
    expect((await memberC.get(`/api/activities/${publicOne.activity.id}/report`)).status).toBe(403);
  });

  it('answers 404 for an unknown activity and a 4xx, never a 5xx, for an overlong id', async () => {
    expect((await admin.get('/api/activities/no-such-activity/report')).status).toBe(404);
    expect((await admin.get('/api/activities/00000000-0000-4000-8000-000000000000/report')).status).toBe(404);
    // Longer than any id or key: refused by the router (URI too long) before the route runs.
    expect((await admin.get(`/api/activities/${'x'.repeat(101)}/report`)).status).toBe(414);
  });
});
