import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { activityBody, createActivitiesWorld, type ActivitiesWorld } from './activities-test-world.ts';

let t: TestApp;
let w: ActivitiesWorld;
const base = () => `/api/partnerships/${w.partnership.id}/activities`;
const fieldsOf = (body: { fields?: { path: string }[] }) => (body.fields ?? []).map((f) => f.path);

beforeAll(async () => {
  t = await createTestApp();
  w = await createActivitiesWorld(t);
});

describe('planning an activity', () => {
  it('creates it in the host city’s zone with agenda, organisers, a key from the title and concepts', async () => {
    const res = await w.coordinatorA.post(base(), activityBody(w));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const a = res.body;
    expect(a.key).toBe('study-visit-on-heat-sensors');
    expect(a.timeZone).toBe('Europe/Berlin');
    expect(a.startsAt).toBe('2027-06-14T07:00:00.000Z');
    expect(a.startsLocal).toBe('2027-06-14T09:00');
    expect(a.days).toEqual(['2027-06-14', '2027-06-15']);
    expect(a.hostCity).toMatchObject({ id: w.dortmund.id, timeZone: 'Europe/Berlin' });
    expect(a.organisers.map((o: { id: string }) => o.id)).toEqual([w.orgA.id]);
    expect(a.agenda.map((i: { startsLocal: string }) => i.startsLocal)).toEqual(['2027-06-14T09:30', '2027-06-15T10:00']);
    expect(a.partnership).toMatchObject({ id: w.partnership.id, key: 'dortmund-cluj' });
    expect(a.registration).toMatchObject({ open: true, placesLeft: 20, closedBecause: null, waiting: 0 });
    expect(a.myRegistration).toBeNull();
    expect(a.can).toMatchObject({ edit: true, delete: true, register: true });
    expect(Array.isArray(a.concepts)).toBe(true);

    const again = await w.coordinatorA.post(base(), activityBody(w));
    expect(again.body.key).toBe('study-visit-on-heat-sensors-2');
    const taken = await w.coordinatorA.post(base(), activityBody(w, { key: 'study-visit-on-heat-sensors' }));
    expect(taken.status).toBe(409);
    expect(fieldsOf(taken.body)).toEqual(['key']);
  });

  it('takes an online activity in the zone it names, and the partnership’s key in the path', async () => {
    const res = await w.admin.post(`/api/partnerships/dortmund-cluj/activities`, {
      ...activityBody(w, { hostCityId: null, timeZone: 'Europe/Bucharest', kind: 'webinar', agenda: [], key: 'webinar-one' }),
      onlineUrl: 'https://meet.example.org/x',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ hostCity: null, timeZone: 'Europe/Bucharest', startsAt: '2027-06-14T06:00:00.000Z' });
  });

  it("takes the zone of the host country's capital when the host city names none", async () => {
    const res = await w.admin.post(`/api/partnerships/${w.otherPartnership.id}/activities`, {
      ...activityBody(w, { hostCityId: w.lyon.id, agenda: [], organiserOrganisationIds: [], key: 'lyon-visit' }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ timeZone: 'Europe/Paris', startsAt: '2027-06-14T07:00:00.000Z' });
  });

  it('names the field of every bad input with a 400', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ hostCityId: null }, 'timeZone'],
      [{ startsLocal: '2027-02-30T10:00' }, 'startsLocal'],
      [{ endsLocal: '2027-06-13T10:00', agenda: [] }, 'endsLocal'],
      [{ hostCityId: w.lyon.id }, 'hostCityId'],
      [{ organiserOrganisationIds: ['00000000-0000-4000-8000-000000000001'] }, 'organiserOrganisationIds.0'],
      [{ projectId: '00000000-0000-4000-8000-000000000002' }, 'projectId'],
      [{ measureId: '00000000-0000-4000-8000-000000000003' }, 'measureId'],
      [
        {
          agenda: [
            { startsLocal: '2027-06-14T09:30', title: { en: 'ok' } },
            { startsLocal: '2026-06-14T09:30', title: { en: 'typo' } },
          ],
        },
        'agenda.1.startsLocal',
      ],
    ];
    for (const [override, field] of cases) {
      const res = await w.coordinatorA.post(base(), activityBody(w, override));
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(fieldsOf(res.body), field).toContain(field);
    }
  });

  it('refuses a joint project of another partnership', async () => {
    const foreign = await w.admin.post('/api/projects', { partnership: w.otherPartnership.id, title: 'Lyon project' });
    expect(foreign.status, JSON.stringify(foreign.body)).toBe(201);
    const res = await w.coordinatorA.post(base(), activityBody(w, { projectId: foreign.body.id }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['projectId']);
    const own = await w.admin.post('/api/projects', { partnership: w.partnership.id, title: 'Cool squares' });
    const linked = await w.coordinatorA.post(base(), activityBody(w, { projectId: own.body.id }));
    expect(linked.status).toBe(201);
    expect(linked.body.project).toEqual({ id: own.body.id, title: 'Cool squares' });
  });

  it('is refused to members and to coordinators of other cities', async () => {
    expect((await w.memberA.post(base(), activityBody(w))).status).toBe(403);
    expect((await w.coordinatorC.post(base(), activityBody(w))).status).toBe(403);
    expect((await t.anonymous().post(base(), activityBody(w))).status).toBe(401);
  });
});

describe('reading activities', () => {
  it('lists upcoming soonest first and past newest first, with counts and the caller’s status', async () => {
    const past1 = await w.coordinatorA.post(
      base(),
      activityBody(w, { key: 'past-one', startsLocal: '2025-03-10T09:00', endsLocal: '2025-03-10T17:00', agenda: [] }),
    );
    const past2 = await w.coordinatorA.post(
      base(),
      activityBody(w, { key: 'past-two', startsLocal: '2025-05-10T09:00', endsLocal: '2025-05-10T17:00', agenda: [] }),
    );
    expect(past1.status).toBe(201);
    expect(past2.status).toBe(201);
    const past = (await t.anonymous().get(`${base()}?when=past`)).body;
    expect(past.items.map((a: { key: string }) => a.key).slice(0, 2)).toEqual(['past-two', 'past-one']);
    expect(past.can).toEqual({ plan: false });
    const upcoming = (await w.coordinatorB.get(`${base()}?when=upcoming`)).body;
    expect(upcoming.items.length).toBeGreaterThan(0);
    expect(upcoming.items.every((a: { endsAt: string }) => a.endsAt >= new Date().toISOString())).toBe(true);
    const starts = upcoming.items.map((a: { startsAt: string }) => a.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(upcoming.items[0]).toMatchObject({ registered: 0, myStatus: null });
    expect(upcoming.can).toEqual({ plan: true });
    const month = (await t.anonymous().get(`${base()}?from=2025-05-01&to=2025-05-31`)).body;
    expect(month.items.map((a: { key: string }) => a.key)).toEqual(['past-two']);
    expect((await t.anonymous().get(`${base()}?from=2025-05-31&to=2025-05-01`)).status).toBe(400);
    expect((await t.anonymous().get('/api/partnerships/no-such-partnership/activities')).status).toBe(404);
  });

  it('shows an internal activity only to its readers (404 for the others)', async () => {
    const res = await w.coordinatorA.post(base(), activityBody(w, { key: 'steering-meeting', kind: 'online-meeting', isPublic: false, agenda: [] }));
    expect(res.status).toBe(201);
    for (const reader of [w.memberA, w.coordinatorB, w.admin]) {
      expect((await reader.get('/api/activities/steering-meeting')).status).toBe(200);
      expect((await reader.get(base())).body.items.some((a: { key: string }) => a.key === 'steering-meeting')).toBe(true);
    }
    for (const outsider of [t.anonymous(), w.memberC, w.coordinatorC]) {
      expect((await outsider.get('/api/activities/steering-meeting')).status).toBe(404);
      expect((await outsider.get(`/api/activities/${res.body.id}`)).status).toBe(404);
      expect((await outsider.get(base())).body.items.some((a: { key: string }) => a.key === 'steering-meeting')).toBe(false);
    }
    expect((await t.anonymous().get('/api/activities/no-such-activity')).status).toBe(404);
  });

  it('puts activities on the partnership’s timeline', async () => {
    const page = (await t.anonymous().get(`/api/partnerships/${w.partnership.id}`)).body;
    const entry = page.timeline.find((e: { activityKey?: string }) => e.activityKey === 'past-one');
    expect(entry).toMatchObject({ kind: 'activity', occurredOn: '2025-03-10', can: { edit: false, delete: false } });
    expect(page.timeline.some((e: { activityKey?: string }) => e.activityKey === 'steering-meeting')).toBe(false);
    expect(page.can.planActivity).toBe(false);
    expect((await w.coordinatorA.get(`/api/partnerships/${w.partnership.id}`)).body.can.planActivity).toBe(true);
  });
});

describe('changing an activity', () => {
  it('replaces fields, agenda and organisers, raises the calendar sequence on a new link but not a new title, and refuses a stale version', async () => {
    const created = (await w.coordinatorA.post(base(), activityBody(w, { key: 'to-edit' }))).body;
    const { id } = created;
    const rest = activityBody(w);
    const put = await w.editorA.put(`/api/activities/${id}`, {
      ...rest,
      version: created.version,
      venue: 'Dortmund U',
      agenda: [],
      organiserOrganisationIds: [w.orgA.id, w.orgB.id],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ venue: 'Dortmund U', version: created.version + 1, agenda: [] });
    expect(put.body.organisers.map((o: { id: string }) => o.id)).toEqual([w.orgA.id, w.orgB.id]);
    const stale = await w.coordinatorA.put(`/api/activities/${id}`, { ...rest, version: created.version });
    expect(stale.status).toBe(409);
    const moved = await w.coordinatorA.put(`/api/activities/to-edit`, { ...rest, version: put.body.version, startsLocal: '2027-06-14T10:00', agenda: [] });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.startsLocal).toBe('2027-06-14T10:00');
    const sequence = async () => /SEQUENCE:(\d+)/.exec((await w.coordinatorA.get(`/api/activities/${id}/calendar.ics`)).text)?.[1];
    const moves = await sequence();
    const retitled = await w.coordinatorA.put(`/api/activities/${id}`, {
      ...rest,
      version: moved.body.version,
      startsLocal: '2027-06-14T10:00',
      agenda: [],
      title: { en: 'Renamed' },
    });
    expect(retitled.status).toBe(200);
    expect(await sequence(), 'a new title alone keeps the calendar sequence').toBe(moves);
    const relinked = await w.coordinatorA.put(`/api/activities/${id}`, {
      ...rest,
      version: retitled.body.version,
      startsLocal: '2027-06-14T10:00',
      agenda: [],
      onlineUrl: 'https://meet.example.org/y',
    });
    expect(relinked.status).toBe(200);
    expect(Number(await sequence()), 'a new link raises it').toBe(Number(moves) + 1);
    const bad = await w.coordinatorA.put(`/api/activities/${id}`, { ...rest, version: relinked.body.version, endsLocal: '2027-06-13T10:00', agenda: [] });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['endsLocal']);
    expect((await w.memberA.put(`/api/activities/${id}`, { ...rest, version: moved.body.version })).status).toBe(403);
  });

  it('cancels once (409 the second time), with a history for the organisers, and deletes', async () => {
    const created = (await w.coordinatorA.post(base(), activityBody(w, { key: 'to-cancel', agenda: [] }))).body;
    expect((await w.memberA.post(`/api/activities/${created.id}/cancel`, { version: created.version })).status).toBe(403);
    const cancelled = await w.coordinatorB.post(`/api/activities/${created.id}/cancel`, { version: created.version, reason: { en: 'Flooding' } });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', registration: { open: false, closedBecause: 'cancelled' }, can: { register: false } });
    expect(cancelled.body.cancellationReason).toEqual({ en: 'Flooding' });
    expect((await t.anonymous().get(`/api/activities/${created.id}`)).body.cancellationReason).toEqual({ en: 'Flooding' });
    const history = await w.editorA.get(`/api/history/activity/${created.id}`);
    expect(history.status, JSON.stringify(history.body)).toBe(200);
    expect(JSON.stringify(history.body)).toContain('cancelled');
    expect([403, 404]).toContain((await w.memberA.get(`/api/history/activity/${created.id}`)).status);
    const twice = await w.coordinatorB.post(`/api/activities/${created.id}/cancel`, { version: cancelled.body.version });
    expect(twice.status).toBe(409);
    expect((await w.editorA.delete(`/api/activities/${created.id}`)).status).toBe(403);
    expect((await w.coordinatorA.delete(`/api/activities/${created.id}`)).status).toBe(204);
    expect((await w.coordinatorA.get(`/api/activities/${created.id}`)).status).toBe(404);
  });
});
