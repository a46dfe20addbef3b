import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../projects/projects.table.ts';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestCall, seedDortmundCluj } from './call-radar-test-world.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedDortmundCluj>>;
const CALL = 'HORIZON-MISS-2027-CIT-02-03';
const cutOffs = [new Date('2030-02-10T16:00:00Z'), new Date('2030-09-15T16:00:00Z')];

const path = (url: string) => new URL(url).pathname;

beforeAll(async () => {
  t = await createTestApp();
  world = await seedDortmundCluj(t.database.db);
  await insertTestCall(t.database.db, {
    identifier: CALL,
    title: 'Pilot cities',
    programmeCode: 'HORIZON',
    openingAt: new Date('2026-01-01T00:00:00Z'),
    deadlineAts: cutOffs,
  });
  await t.database.db.execute(
    sql`UPDATE funding_calls SET deadlines = ${JSON.stringify([
      { at: cutOffs[0].toISOString(), label: 'cut-off 1' },
      { at: cutOffs[1].toISOString(), label: 'cut-off 2' },
    ])}::jsonb WHERE identifier = ${CALL}`,
  );
});

describe('following calls', () => {
  it('follows, lists, moves to a partnership and unfollows', async () => {
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: world.dortmund.id });
    const followed = await coordinator.put(`/api/calls/${CALL}/follow`, {});
    expect(followed.status).toBe(200);
    expect(followed.body.call.identifier).toBe(CALL);
    expect(followed.body.partnership).toBeNull();
    const forPartnership = await coordinator.put(`/api/calls/${CALL}/follow`, { partnershipId: world.partnership.id });
    expect(forPartnership.body.partnership.key).toBe(world.partnership.key);
    const list = await coordinator.get('/api/calls/followed');
    expect(list.body.items.map((i: { call: { identifier: string } }) => i.call.identifier)).toEqual([CALL]);
    expect(list.body.items[0].call.nextDeadlineAt).toBe(cutOffs[0].toISOString());
    expect((await coordinator.delete(`/api/calls/${CALL}/follow`)).status).toBe(204);
    expect((await coordinator.get('/api/calls/followed')).body.items).toEqual([]);
    expect((await coordinator.delete(`/api/calls/${CALL}/follow`)).status).toBe(204);
  });

  it('refuses the anonymous, a partnership follow from outside its cities, and unknown calls', async () => {
    expect((await t.anonymous().get('/api/calls/followed')).status).toBe(401);
    expect((await t.anonymous().put(`/api/calls/${CALL}/follow`, {})).status).toBe(401);
    const elsewhere = await seedCity(t.database.db, { country: 'FR' });
    const outsider = await t.signedIn({ role: 'coordinator', cityId: elsewhere.id });
    expect((await outsider.put(`/api/calls/${CALL}/follow`, { partnershipId: world.partnership.id })).status).toBe(403);
    expect((await outsider.put('/api/calls/NO-SUCH-CALL/follow', {})).status).toBe(404);
    const bad = await outsider.put(`/api/calls/${CALL}/follow`, { partnershipId: 'not-a-uuid' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toContain('partnershipId');
  });
});

describe('calendar feeds', () => {
  it('shows every cut-off of a followed call in the user feed, and 404 once revoked', async () => {
    const user = await t.signedIn({ role: 'member', cityId: world.cluj.id });
    await user.put(`/api/calls/${CALL}/follow`, {});
    const created = await user.post('/api/calendar-feeds', { scope: 'user' });
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/\/api\/calendar\/pcal_[\w-]+\.ics$/);
    const feed = await t.anonymous().get(path(created.body.url));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = feed.text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(feed.text).toContain('DTSTART:20300210T160000Z');
    expect(feed.text).toContain(`UID:call-${CALL}-${cutOffs[0].getTime()}@pontis`);
    expect(feed.text).toContain('SUMMARY:Deadline: Pilot cities');
    expect(feed.text).toContain('BEGIN:VALARM');

    const listed = await user.get('/api/calendar-feeds');
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain('pcal_');
    expect(listed.body.items[0].lastUsedAt).not.toBeNull();

    expect((await user.delete(`/api/calendar-feeds/${created.body.id}`)).status).toBe(204);
    expect((await t.anonymous().get(path(created.body.url))).status).toBe(404);
    expect((await t.anonymous().get('/api/calendar/pcal_unknown.ics')).status).toBe(404);
    expect((await user.get('/api/calendar-feeds')).body.items).toEqual([]);
  });

  it('shows a partnership’s followed calls, its projects’ deadlines and milestones', async () => {
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: world.cluj.id });
    await coordinator.put(`/api/calls/${CALL}/follow`, { partnershipId: world.partnership.id });
    const [project] = await t.database.db
      .insert(projects)
      .values({ partnershipId: world.partnership.id, title: 'Green Bridge', callDeadlineAt: new Date('2030-02-10T16:00:00Z') })
      .returning();
    await t.database.db.execute(sql`INSERT INTO project_milestones (project_id, title, due_on) VALUES (${project.id}::uuid, 'Kick-off meeting', '2030-05-04')`);
    const created = await coordinator.post('/api/calendar-feeds', { scope: 'partnership', partnershipId: world.partnership.id });
    expect(created.status).toBe(201);
    expect(created.body.partnership.id).toBe(world.partnership.id);
    const feed = await t.anonymous().get(path(created.body.url));
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`UID:call-${CALL}-${cutOffs[1].getTime()}@pontis`);
    expect(feed.text).toContain(`UID:project-${project.id}-${new Date('2030-02-10T16:00:00Z').getTime()}@pontis`);
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20300504');
    expect(feed.text).toContain('SUMMARY:Green Bridge: Kick-off meeting');
    // Once its owner has moved to another city, the partnership's feed stops.
    const elsewhere = await seedCity(t.database.db, { country: 'FR' });
    await t.database.db.execute(sql`UPDATE users SET city_id = ${elsewhere.id}::uuid WHERE id = ${coordinator.userId}::uuid`);
    expect((await t.anonymous().get(path(created.body.url))).status).toBe(404);
  });

  it('does not let another user list or revoke a feed, nor outsiders create a partnership feed', async () => {
    const owner = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const created = await owner.post('/api/calendar-feeds', { scope: 'user' });
    const other = await t.signedIn({ role: 'admin' });
    expect((await other.get('/api/calendar-feeds')).body.items.map((f: { id: string }) => f.id)).not.toContain(created.body.id);
    expect((await other.delete(`/api/calendar-feeds/${created.body.id}`)).status).toBe(404);
    expect((await t.anonymous().get(path(created.body.url))).status).toBe(200);
    const elsewhere = await seedCity(t.database.db, { country: 'FR' });
    const outsider = await t.signedIn({ role: 'coordinator', cityId: elsewhere.id });
    expect((await outsider.post('/api/calendar-feeds', { scope: 'partnership', partnershipId: world.partnership.id })).status).toBe(403);
    expect((await t.anonymous().post('/api/calendar-feeds', { scope: 'user' })).status).toBe(401);
    expect((await t.anonymous().get('/api/calendar-feeds')).status).toBe(401);
    const bad = await owner.post('/api/calendar-feeds', { scope: 'partnership' });
    expect(bad.status).toBe(400);
  });
});
