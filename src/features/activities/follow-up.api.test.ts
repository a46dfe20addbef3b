import { beforeAll, describe, expect, it } from 'vitest';
import { createActivityCalendarWorld, type ActivityCalendarWorld } from './activity-calendar-test-world.ts';

let w: ActivityCalendarWorld;
beforeAll(async () => {
  w = await createActivityCalendarWorld();
});

describe('PUT /api/activities/:id/follow-up', () => {
  it('stores outcomes and minutes per language, raises the version, leaves the calendar sequence and mails nobody', async () => {
    const activity = await w.insertActivity();
    const participant = await w.insertParticipant(activity.id);
    await w.drainEvents();
    const res = await w.coordinatorA.put(`/api/activities/${activity.key}/follow-up`, {
      version: activity.version,
      outcomes: { de: 'Drei gemeinsame Projektideen', en: 'Three joint project ideas' },
      minutes: { en: 'We met, we talked.' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.outcomes).toEqual({ de: 'Drei gemeinsame Projektideen', en: 'Three joint project ideas' });
    expect(res.body.minutes).toEqual({ en: 'We met, we talked.' });
    expect(res.body.version).toBe(activity.version + 1);
    const read = await w.t.anonymous().get(`/api/activities/${activity.id}`);
    expect(read.body.outcomes.en).toBe('Three joint project ideas');
    await w.drainEvents();
    expect((await w.mailTo(participant.email!)).map((m) => m.purpose)).toEqual(['activity-invitation']);

    // Leaving a text out clears it.
    const cleared = await w.coordinatorA.put(`/api/activities/${activity.id}/follow-up`, { version: res.body.version, outcomes: { en: 'Two ideas' } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.outcomes).toEqual({ en: 'Two ideas' });
    expect(cleared.body.minutes).toEqual({});
  });

  it('refuses a stale version with 409 and keeps what was written', async () => {
    const activity = await w.insertActivity();
    const first = await w.coordinatorA.put(`/api/activities/${activity.id}/follow-up`, { version: activity.version, minutes: { en: 'First' } });
    expect(first.status).toBe(200);
    const stale = await w.admin.put(`/api/activities/${activity.id}/follow-up`, { version: activity.version, minutes: { en: 'Second' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await w.admin.get(`/api/activities/${activity.id}`)).body.minutes).toEqual({ en: 'First' });
  });

  it('refuses bad input naming the field', async () => {
    const activity = await w.insertActivity();
    const put = (body: unknown) => w.coordinatorA.put(`/api/activities/${activity.id}/follow-up`, body);
    const paths = (res: { body: { fields: { path: string }[] } }) => res.body.fields.map((f) => f.path);
    let res = await put({ version: activity.version, outcomes: { fr: 'Résultats' } });
    expect(res.status).toBe(400);
    expect(paths(res).join()).toContain('outcomes');
    res = await put({ version: activity.version, minutes: { en: 'x'.repeat(20_001) } });
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('minutes.en');
    res = await put({ outcomes: { en: 'No version' } });
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('version');
  });

  it('is for the organisers: 401 anonymous, 403 other readers, 404 for non-readers of an internal activity; an editor of the organising organisation may', async () => {
    const activity = await w.insertActivity();
    const internal = await w.insertActivity({ isPublic: false });
    const body = (version: number) => ({ version, outcomes: { en: 'Done' } });
    expect((await w.t.anonymous().put(`/api/activities/${activity.id}/follow-up`, body(1))).status).toBe(401);
    expect((await w.memberA.put(`/api/activities/${activity.id}/follow-up`, body(1))).status).toBe(403);
    expect((await w.coordinatorC.put(`/api/activities/${activity.id}/follow-up`, body(1))).status).toBe(403);
    expect((await w.memberC.put(`/api/activities/${internal.id}/follow-up`, body(1))).status).toBe(404);
    const editor = await w.t.signedIn({ role: 'org-editor', cityId: w.cityA.id, organisationId: w.orgA.id });
    expect((await editor.put(`/api/activities/${internal.id}/follow-up`, body(internal.version))).status).toBe(200);
  });
});

describe('can.recordFollowUp', () => {
  it('is what the follow-up and the encounters answer, for each kind of caller', async () => {
    const activity = await w.insertActivity({ startsAt: new Date('2025-03-04T08:00:00Z'), endsAt: new Date('2025-03-04T16:00:00Z') });
    await w.insertParticipant(activity.id, { organisationId: w.orgB.id, cityId: w.cityB.id });
    const editor = await w.t.signedIn({ role: 'org-editor', cityId: w.cityA.id, organisationId: w.orgA.id });
    const otherEditor = await w.t.signedIn({ role: 'org-editor', cityId: w.cityA.id, organisationId: w.orgA2.id });
    const callers = { memberA: w.memberA, memberC: w.memberC, coordinatorC: w.coordinatorC, otherEditor, editor, coordinatorA: w.coordinatorA, admin: w.admin };
    for (const [label, client] of Object.entries(callers)) {
      const read = await client.get(`/api/activities/${activity.id}`);
      const can: boolean = read.body.can.recordFollowUp;
      const put = await client.put(`/api/activities/${activity.id}/follow-up`, { version: read.body.version, minutes: { en: `By ${label}` } });
      expect(put.status < 300, `${label}: follow-up ${put.status}`).toBe(can);
      const met = await client.post(`/api/activities/${activity.id}/encounters`, { organisationAId: w.orgA.id, organisationBId: w.orgB.id });
      expect(met.status < 300 || met.status === 409, `${label}: encounter ${met.status}`).toBe(can);
    }
  });
});
