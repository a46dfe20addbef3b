import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { activityParticipants } from './activities.table.ts';
import { createParticipantsWorld } from './participants-test-world.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof createParticipantsWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createParticipantsWorld(t);
});

const DAY = 86_400_000;
const eventsOf = (participantId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'activity-participant'), eq(auditEvents.entityId, participantId)));

describe('registering oneself', () => {
  it('registers with organisation, city and country from the account, once', async () => {
    const a = await w.activity();
    const res = await w.member.post(`/api/activities/${a.id}/registration`, { needs: { diet: 'vegetarian' }, listed: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'registered',
      source: 'self',
      displayName: 'Mihai Pop',
      organisation: { id: w.clujIt.id, name: 'Cluj IT Cluster', kind: 'cluster' },
      city: { id: w.cluj.id, name: 'Cluj-Napoca' },
      country: 'RO',
      needs: { diet: 'vegetarian', interpretation: null, accessibility: null },
      waitingPosition: null,
      can: { edit: true, cancel: true, recordAttendance: false },
    });
    expect(res.body.email).toMatch(/@example.org$/);
    const again = await w.member.post(`/api/activities/${a.key}/registration`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_registered');
    const [event] = await eventsOf(res.body.id);
    expect(event.action).toBe('create');
    // The history holds what a mail needs, never the stated needs.
    expect(JSON.stringify(event.after)).not.toContain('vegetarian');
  });

  it('puts registrations past the capacity on the waiting list and promotes the first when a place is freed', async () => {
    const a = await w.activity({ capacity: 1 });
    const first = await w.member.post(`/api/activities/${a.id}/registration`, {});
    const m2 = await w.newMember();
    const m3 = await w.newMember();
    const second = await m2.post(`/api/activities/${a.id}/registration`, {});
    const third = await m3.post(`/api/activities/${a.id}/registration`, {});
    expect(first.body.status).toBe('registered');
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect(third.body).toMatchObject({ status: 'waiting', waitingPosition: 2 });

    const cancelled = await w.member.delete(`/api/activities/${a.id}/registration`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const [promoted] = await t.database.db.select().from(activityParticipants).where(eq(activityParticipants.id, second.body.id));
    expect(promoted.status).toBe('registered');
    expect((await eventsOf(second.body.id)).map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect((await eventsOf(first.body.id)).map((e) => e.action).sort()).toEqual(['create', 'update']);
    const list = await w.coordinator.get(`/api/activities/${a.id}/participants`);
    expect(list.body.counts).toEqual({ registered: 1, waiting: 1 });
    expect(list.body.items.find((p: { id: string }) => p.id === third.body.id).waitingPosition).toBe(1);
    // Cancelling again: nothing left to cancel.
    expect((await w.member.delete(`/api/activities/${a.id}/registration`)).status).toBe(404);
    // Registering again after cancelling is allowed (the cancelled row is kept).
    expect((await w.member.post(`/api/activities/${a.id}/registration`, {})).body.status).toBe('waiting');
  });

  it('refuses with a code naming why the window is closed', async () => {
    const cases = [
      [await w.activity({ registrationOpen: false }), 'registration_closed'],
      [await w.activity({ registrationDeadline: new Date(Date.now() - DAY) }), 'registration_deadline_passed'],
      [await w.activity({ status: 'cancelled' }), 'activity_cancelled'],
      [await w.activity({ startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + DAY) }), 'activity_started'],
    ] as const;
    for (const [a, code] of cases) {
      const res = await w.member.post(`/api/activities/${a.id}/registration`, {});
      expect(res.status, code).toBe(409);
      expect(res.body.code).toBe(code);
    }
  });

  it('asks for the country when the account names no city; refuses the public; hides non-public activities', async () => {
    const a = await w.activity();
    const homeless = await w.newMember(null);
    const res = await homeless.post(`/api/activities/${a.id}/registration`, {});
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'country' })]);
    const given = await homeless.post(`/api/activities/${a.id}/registration`, { country: 'hu' });
    expect(given.status).toBe(201);
    expect(given.body.country).toBe('HU');
    expect((await t.anonymous().post(`/api/activities/${a.id}/registration`, {})).status).toBe(401);
    const internal = await w.activity({ isPublic: false });
    expect((await w.outsider.post(`/api/activities/${internal.id}/registration`, {})).status).toBe(404);
    expect((await w.member.post(`/api/activities/${internal.id}/registration`, { role: 'chief' })).status).toBe(400);
    expect((await w.member.post('/api/activities/no-such-activity/registration', {})).status).toBe(404);
  });
});

describe('delegations and the list', () => {
  it('lets the organisers add delegation members beyond the capacity; others are refused', async () => {
    const a = await w.activity({ capacity: 1 });
    const body = { displayName: 'Ioana Delegate', email: 'ioana@example.ro', organisationId: w.clujIt.id, country: 'RO', needs: { interpretation: 'ro-de' } };
    const one = await w.coordinator.post(`/api/activities/${a.id}/participants`, body);
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ status: 'registered', source: 'delegation', role: 'delegate', city: { id: w.cluj.id, name: 'Cluj-Napoca' } });
    const two = await w.editor.post(`/api/activities/${a.id}/participants`, { ...body, email: 'radu@example.ro', displayName: 'Radu Delegate' });
    expect(two.body.status).toBe('registered');
    const dupe = await w.editor.post(`/api/activities/${a.id}/participants`, body);
    expect(dupe.status).toBe(409);
    expect(dupe.body.fields[0].path).toBe('email');
    // Counted toward the capacity: a member now waits.
    expect((await w.member2.post(`/api/activities/${a.id}/registration`, {})).body.status).toBe('waiting');
    expect((await w.member.post(`/api/activities/${a.id}/participants`, body)).status).toBe(403);
    expect((await w.outsider.post(`/api/activities/${a.id}/participants`, body)).status).toBe(403);
    expect((await t.anonymous().post(`/api/activities/${a.id}/participants`, body)).status).toBe(401);
    const bad = await w.coordinator.post(`/api/activities/${a.id}/participants`, { ...body, email: null, organisationId: crypto.randomUUID() });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('organisationId');
    const noCountry = await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'X' });
    expect(noCountry.status).toBe(400);
    expect(noCountry.body.fields[0].path).toBe('country');
  });

  it('shows organisers everyone with contact and needs, readers those listed, the public counts', async () => {
    const a = await w.activity();
    await w.coordinator.post(`/api/activities/${a.id}/participants`, {
      displayName: 'Hidden Delegate',
      email: 'hidden@example.de',
      country: 'DE',
      needs: { diet: 'halal' },
    });
    await w.coordinator.post(`/api/activities/${a.id}/participants`, {
      displayName: 'Listed Delegate',
      email: 'listed@example.de',
      country: 'DE',
      gender: 'female',
      needs: { accessibility: 'wheelchair' },
      listed: true,
    });
    await w.member.post(`/api/activities/${a.id}/registration`, { needs: { diet: 'vegan' } });

    const all = await w.editor.get(`/api/activities/${a.id}/participants`);
    expect(all.status).toBe(200);
    expect(all.body.scope).toBe('all');
    expect(all.body.items).toHaveLength(3);
    expect(all.body.can).toEqual({ add: true, recordAttendance: true });
    expect(all.body.items.find((p: { displayName: string }) => p.displayName === 'Hidden Delegate')).toMatchObject({
      email: 'hidden@example.de',
      needs: { diet: 'halal' },
    });

    const listed = await w.member.get(`/api/activities/${a.id}/participants`);
    expect(listed.body.scope).toBe('listed');
    expect(listed.body.can).toEqual({ add: false, recordAttendance: false });
    // The listed delegate (without contact, gender or needs) and the caller's own row (in full).
    expect(listed.body.items.map((p: { displayName: string }) => p.displayName).sort()).toEqual(['Listed Delegate', 'Mihai Pop']);
    const other = listed.body.items.find((p: { displayName: string }) => p.displayName === 'Listed Delegate');
    expect(other).toMatchObject({ email: null, gender: null, needs: null, can: { edit: false, cancel: false, recordAttendance: false } });
    expect(listed.body.items.find((p: { displayName: string }) => p.displayName === 'Mihai Pop').needs).toMatchObject({ diet: 'vegan' });
    expect(listed.text).not.toContain('halal');
    expect(listed.text).not.toContain('wheelchair');

    const counts = await t.anonymous().get(`/api/activities/${a.id}/participants`);
    expect(counts.status).toBe(200);
    expect(counts.body).toMatchObject({ scope: 'counts', items: [], counts: { registered: 3, waiting: 0 } });

    const internal = await w.activity({ isPublic: false });
    expect((await t.anonymous().get(`/api/activities/${internal.id}/participants`)).status).toBe(404);
    expect((await w.outsider.get(`/api/activities/${internal.id}/participants`)).status).toBe(404);
    expect((await w.member.get(`/api/activities/${internal.id}/participants`)).status).toBe(200);
  });
});

describe('editing and cancelling a participant', () => {
  it('lets participants edit their language, needs and listing, not their role; others 403/404; stale 409', async () => {
    const a = await w.activity();
    const mine = (await w.member.post(`/api/activities/${a.id}/registration`, {})).body;
    const res = await w.member.put(`/api/activity-participants/${mine.id}`, { version: mine.version, language: 'ro', needs: { diet: 'vegan' }, listed: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ language: 'ro', needs: { diet: 'vegan' }, listed: true, version: mine.version + 1 });
    const stale = await w.member.put(`/api/activity-participants/${mine.id}`, { version: mine.version, language: 'de' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await w.member.put(`/api/activity-participants/${mine.id}`, { version: res.body.version, role: 'speaker' })).status).toBe(403);
    expect((await w.member2.put(`/api/activity-participants/${mine.id}`, { version: res.body.version, language: 'de' })).status).toBe(403);
    const byOrganiser = await w.coordinator.put(`/api/activity-participants/${mine.id}`, { version: res.body.version, role: 'speaker', country: 'md' });
    expect(byOrganiser.status).toBe(200);
    expect(byOrganiser.body).toMatchObject({ role: 'speaker', country: 'MD' });
    expect((await w.member.put(`/api/activity-participants/${crypto.randomUUID()}`, { version: 1 })).status).toBe(404);
    expect((await w.member.put(`/api/activity-participants/not-a-uuid`, { version: 1 })).status).toBe(400);

    const internal = await w.activity({ isPublic: false });
    const hidden = (await w.coordinator.post(`/api/activities/${internal.id}/participants`, { displayName: 'Internal', country: 'DE' })).body;
    expect((await w.outsider.put(`/api/activity-participants/${hidden.id}`, { version: 1, language: 'de' })).status).toBe(404);
    expect((await w.outsider.delete(`/api/activity-participants/${hidden.id}`)).status).toBe(404);
    expect((await w.member.delete(`/api/activity-participants/${hidden.id}`)).status).toBe(403);
  });

  it('lets organisers cancel anyone: kept as cancelled, the waiting list moves up', async () => {
    const a = await w.activity({ capacity: 1 });
    const delegate = (await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'Delegate', country: 'DE' })).body;
    const waiting = (await w.member.post(`/api/activities/${a.id}/registration`, {})).body;
    expect(waiting.status).toBe('waiting');
    const res = await w.coordinator.delete(`/api/activity-participants/${delegate.id}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const [row] = await t.database.db.select().from(activityParticipants).where(eq(activityParticipants.id, delegate.id));
    expect(row.cancelledAt).not.toBeNull();
    const list = await w.coordinator.get(`/api/activities/${a.id}/participants`);
    expect(list.body.items.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
      [waiting.id, 'registered'],
      [delegate.id, 'cancelled'],
    ]);
    // The participant themselves may cancel their own row too.
    expect((await w.member.delete(`/api/activity-participants/${waiting.id}`)).body.status).toBe('cancelled');
  });
});

describe('attendance', () => {
  it("records and removes attendance on the activity's local days; refuses other days and others' participants", async () => {
    // 23:30 UTC on 9 March is already the 10th in Berlin: the local days are the 10th and 11th.
    const a = await w.activity({ startsAt: new Date(Date.UTC(2027, 2, 9, 23, 30)), endsAt: new Date(Date.UTC(2027, 2, 11, 15)) });
    const p = (await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'Present', country: 'DE' })).body;
    const ok = await w.coordinator.post(`/api/activities/${a.id}/attendance`, {
      entries: [
        { participantId: p.id, day: '2027-03-10', present: true },
        { participantId: p.id, day: '2027-03-11', present: true },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.items[0].attendedDays).toEqual(['2027-03-10', '2027-03-11']);
    const removed = await w.coordinator.post(`/api/activities/${a.id}/attendance`, { entries: [{ participantId: p.id, day: '2027-03-11', present: false }] });
    expect(removed.body.items[0].attendedDays).toEqual(['2027-03-10']);

    const wrongDay = await w.coordinator.post(`/api/activities/${a.id}/attendance`, {
      entries: [
        { participantId: p.id, day: '2027-03-11', present: true },
        { participantId: p.id, day: '2027-03-09', present: true },
      ],
    });
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.body.fields).toEqual([expect.objectContaining({ path: 'entries.1.day' })]);
    // All or nothing: the valid first entry was not written.
    expect((await w.coordinator.get(`/api/activities/${a.id}/participants`)).body.items[0].attendedDays).toEqual(['2027-03-10']);

    const other = await w.activity();
    const stranger = (await w.coordinator.post(`/api/activities/${other.id}/participants`, { displayName: 'Elsewhere', country: 'DE' })).body;
    const foreign = await w.coordinator.post(`/api/activities/${a.id}/attendance`, {
      entries: [{ participantId: stranger.id, day: '2027-03-10', present: true }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields[0].path).toBe('entries.0.participantId');
    expect(
      (await w.coordinator.post(`/api/activities/${a.id}/attendance`, { entries: [{ participantId: p.id, day: '2027-02-30', present: true }] })).status,
    ).toBe(400);
    expect((await w.member.post(`/api/activities/${a.id}/attendance`, { entries: [{ participantId: p.id, day: '2027-03-10', present: true }] })).status).toBe(
      403,
    );
  });
});

describe('my activities and personal data', () => {
  it('lists my registrations upcoming first; exports them; anonymises them with the account', async () => {
    const me = await w.newMember();
    const past = await w.activity({ startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - 9 * DAY) });
    const later = await w.activity({ startsAt: new Date(Date.now() + 60 * DAY) });
    const soon = await w.activity({ startsAt: new Date(Date.now() + 5 * DAY) });
    await me.post(`/api/activities/${later.id}/registration`, { gender: 'female' });
    await me.post(`/api/activities/${soon.id}/registration`, {});
    await w.coordinator.post(`/api/activities/${past.id}/participants`, { displayName: 'Me, added', userId: me.userId, country: 'RO' });
    const cancelled = await w.activity();
    await me.post(`/api/activities/${cancelled.id}/registration`, {});
    await me.delete(`/api/activities/${cancelled.id}/registration`);

    const mine = await me.get('/api/me/activities');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { activityId: string }) => i.activityId)).toEqual([soon.id, later.id, past.id]);
    expect(mine.body.items[0]).toMatchObject({ status: 'registered', upcoming: true, title: { en: 'Smart city delegation visit' } });
    expect((await t.anonymous().get('/api/me/activities')).status).toBe(401);

    const exported = JSON.parse((await me.get('/api/me/export')).text);
    expect(exported.activityParticipations).toHaveLength(4);
    expect(exported.activityParticipations.find((p: { activityId: string }) => p.activityId === later.id)).toMatchObject({ gender: 'female', country: 'RO' });

    const erase = await w.admin.delete(`/api/users/${me.userId}`);
    expect(erase.status).toBeLessThan(300);
    const rows = await t.database.db.select().from(activityParticipants).where(eq(activityParticipants.activityId, later.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: null, email: null, gender: null, displayName: 'Former participant', country: 'RO', cityName: 'Cluj-Napoca' });
  });
});

describe("a participant's abilities", () => {
  // A fresh activity per check: each action changes what the next would find.
  async function scenario() {
    const a = await w.activity({ capacity: 2 });
    await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'Delegate', country: 'DE', listed: true });
    await w.member.post(`/api/activities/${a.id}/registration`, { listed: true });
    await w.member2.post(`/api/activities/${a.id}/registration`, { listed: true });
    const gone = (await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'Gone', country: 'DE' })).body;
    await w.coordinator.delete(`/api/activity-participants/${gone.id}`);
    return a;
  }
  const day = (a: { startsAt: Date }) => a.startsAt.toISOString().slice(0, 10);
  const actions = {
    edit: (c: typeof w.member, a: { id: string; startsAt: Date }, p: { id: string; version: number }) =>
      c.put(`/api/activity-participants/${p.id}`, { version: p.version, language: 'de' }),
    cancel: (c: typeof w.member, a: { id: string; startsAt: Date }, p: { id: string }) => c.delete(`/api/activity-participants/${p.id}`),
    recordAttendance: (c: typeof w.member, a: { id: string; startsAt: Date }, p: { id: string }) =>
      c.post(`/api/activities/${a.id}/attendance`, { entries: [{ participantId: p.id, day: day(a), present: true }] }),
  };

  it('answers each action as its flag says, for organisers, the participant and other readers', async () => {
    const callers = { coordinator: w.coordinator, editor: w.editor, member: w.member, member2: w.member2 };
    for (const [who, caller] of Object.entries(callers)) {
      const seen = (await caller.get(`/api/activities/${(await scenario()).id}/participants`)).body.items as { displayName: string }[];
      for (const name of seen.map((p) => p.displayName)) {
        for (const [flag, act] of Object.entries(actions)) {
          const a = await scenario();
          const list = await caller.get(`/api/activities/${a.id}/participants`);
          const p = list.body.items.find((i: { displayName: string }) => i.displayName === name);
          const res = await act(caller, a, p);
          expect(res.status < 300, `${who} ${flag} ${name} (${p.status}): ${res.status}`).toBe(p.can[flag]);
          expect(res.status, `${who} ${flag} ${name}`).toBeLessThan(500);
        }
      }
    }
  });
});
