import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { activityParticipants } from './activities.table.ts';
import { createParticipantsWorld } from './participants-test-world.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof createParticipantsWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createParticipantsWorld(t);
});

describe('registrations racing for the last place', () => {
  it('gives the last place to exactly one of them; the others wait (on each engine)', async () => {
    const members = await Promise.all([0, 1, 2, 3].map(() => w.newMember()));
    for (let round = 0; round < 3; round++) {
      const a = await w.activity({ capacity: 2 });
      // One place taken already: the four race for the last one.
      await w.coordinator.post(`/api/activities/${a.id}/participants`, { displayName: 'Early delegate', country: 'DE' });
      const answers = await Promise.all(members.map((m) => m.post(`/api/activities/${a.id}/registration`, {})));
      expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(answers.filter((r) => r.body.status === 'registered')).toHaveLength(1);
      expect(answers.filter((r) => r.body.status === 'waiting')).toHaveLength(3);
      const registered = await t.database.db
        .select()
        .from(activityParticipants)
        .where(and(eq(activityParticipants.activityId, a.id), eq(activityParticipants.status, 'registered')));
      expect(registered).toHaveLength(2);
    }
  });

  it('lets one of two double submits of the same member through and refuses the other with 409', async () => {
    const a = await w.activity({ capacity: 5 });
    const m = await w.newMember();
    const answers = await Promise.all([m.post(`/api/activities/${a.id}/registration`, {}), m.post(`/api/activities/${a.id}/registration`, {})]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('fills both freed places from the waiting list when two cancel at once', async () => {
    const a = await w.activity({ capacity: 2 });
    const [m1, m2, m3, m4] = await Promise.all([0, 1, 2, 3].map(() => w.newMember()));
    for (const m of [m1, m2, m3, m4]) await m.post(`/api/activities/${a.id}/registration`, {});
    await Promise.all([m1.delete(`/api/activities/${a.id}/registration`), m2.delete(`/api/activities/${a.id}/registration`)]);
    const list = await w.coordinator.get(`/api/activities/${a.id}/participants`);
    expect(list.body.counts).toEqual({ registered: 2, waiting: 0 });
  });
});
