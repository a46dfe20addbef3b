import { beforeAll, describe, expect, it } from 'vitest';
import { createActivityCalendarWorld, type ActivityCalendarWorld } from './activity-calendar-test-world.ts';

let w: ActivityCalendarWorld;
beforeAll(async () => {
  w = await createActivityCalendarWorld();
});

const uid = (id: string) => `UID:activity-${id}@pontis`;
const text = (res: { text: string }) => res.text;

describe('GET /api/activities/:id/calendar.ics', () => {
  it('gives a public activity to anyone as text/calendar, the title in the asked language', async () => {
    const activity = await w.insertActivity();
    const res = await w.t.anonymous().get(`/api/activities/${activity.key}/calendar.ics?lang=ro`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = text(res);
    expect(ics).toContain(uid(activity.id));
    expect(ics).toContain('SUMMARY:Forumul climatic');
    expect(ics).toContain('DTSTART:20300510T070000Z');
    expect(ics).toContain('METHOD:PUBLISH');
    expect((await w.t.anonymous().get(`/api/activities/${activity.id}/calendar.ics`)).text).toContain('SUMMARY:Klimaforum');
    expect((await w.t.anonymous().get(`/api/activities/${activity.id}/calendar.ics?lang=fr`)).status).toBe(400);
  });

  it('gives an internal activity only to its readers (404 for the others)', async () => {
    const internal = await w.insertActivity({ isPublic: false });
    expect((await w.t.anonymous().get(`/api/activities/${internal.id}/calendar.ics`)).status).toBe(404);
    expect((await w.memberC.get(`/api/activities/${internal.id}/calendar.ics`)).status).toBe(404);
    expect((await w.memberA.get(`/api/activities/${internal.id}/calendar.ics`)).status).toBe(200);
    expect((await w.admin.get(`/api/activities/${internal.id}/calendar.ics`)).status).toBe(200);
    expect((await w.admin.get('/api/activities/no-such-activity/calendar.ics')).status).toBe(404);
  });
});

describe('GET /api/partnerships/:id/activities.ics', () => {
  it('holds the public activities only (also for readers of the internal ones), cancelled ones marked CANCELLED', async () => {
    const open = await w.insertActivity();
    const internal = await w.insertActivity({ isPublic: false });
    const cancelled = await w.insertActivity({ status: 'cancelled', icalSequence: 1 });
    for (const client of [w.t.anonymous(), w.admin]) {
      const res = await client.get(`/api/partnerships/${w.partnershipKey}/activities.ics`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const ics = text(res);
      expect(ics).toContain(uid(open.id));
      expect(ics).toContain(uid(cancelled.id));
      expect(ics).not.toContain(uid(internal.id));
      expect(ics).toContain('STATUS:CANCELLED');
    }
    expect((await w.t.anonymous().get(`/api/partnerships/${w.partnershipId}/activities.ics?lang=hu`)).status).toBe(200);
    expect((await w.t.anonymous().get('/api/partnerships/no-such-partnership/activities.ics')).status).toBe(404);
  });
});

describe('the secret-link calendar feed of a user', () => {
  it('holds the activities the user is registered for: not waiting, not cancelled, not of a cancelled activity', async () => {
    const feed = await w.memberA.post('/api/calendar-feeds', { scope: 'user' });
    expect(feed.status).toBe(201);
    const path = new URL(feed.body.url).pathname;
    const registered = await w.insertActivity();
    const waiting = await w.insertActivity();
    const withdrawn = await w.insertActivity();
    const calledOff = await w.insertActivity({ status: 'cancelled' });
    const others = await w.insertActivity();
    await w.insertParticipant(registered.id, { userId: w.memberA.userId, language: 'ro' });
    await w.insertParticipant(waiting.id, { userId: w.memberA.userId, status: 'waiting' });
    await w.insertParticipant(withdrawn.id, { userId: w.memberA.userId, status: 'cancelled' });
    await w.insertParticipant(calledOff.id, { userId: w.memberA.userId });
    await w.insertParticipant(others.id, { userId: w.memberC.userId });
    const res = await w.t.anonymous().get(path);
    expect(res.status).toBe(200);
    const ics = text(res);
    expect(ics).toContain(uid(registered.id));
    expect(ics).toContain('SUMMARY:Forumul climatic');
    for (const activity of [waiting, withdrawn, calledOff, others]) expect(ics).not.toContain(uid(activity.id));
  });
});

describe('the secret-link calendar feed of a partnership', () => {
  it("holds all the partnership's activities, internal ones too, cancelled ones marked CANCELLED", async () => {
    const feed = await w.admin.post('/api/calendar-feeds', { scope: 'partnership', partnershipId: w.partnershipId });
    expect(feed.status, JSON.stringify(feed.body)).toBe(201);
    const open = await w.insertActivity();
    const internal = await w.insertActivity({ isPublic: false });
    const cancelled = await w.insertActivity({ status: 'cancelled', icalSequence: 2 });
    const res = await w.t.anonymous().get(new URL(feed.body.url).pathname);
    expect(res.status).toBe(200);
    const ics = text(res);
    for (const activity of [open, internal, cancelled]) expect(ics).toContain(uid(activity.id));
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
