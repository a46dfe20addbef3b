import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { eraseDueNeeds } from './needs-erasure.ts';
import { createParticipantsWorld } from './participants-test-world.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof createParticipantsWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createParticipantsWorld(t);
});

const DAY = 86_400_000;
const now = new Date('2027-09-01T12:00:00Z');
const ended = (daysAgo: number, needsRetentionDays: number) =>
  w.activity({ startsAt: new Date(now.getTime() - (daysAgo + 1) * DAY), endsAt: new Date(now.getTime() - daysAgo * DAY), needsRetentionDays });

async function withNeeds(activityId: string) {
  const [row] = await t.database.db
    .insert(activityParticipants)
    .values({
      activityId,
      source: 'delegation',
      displayName: 'Needs Stated',
      country: 'RO',
      gender: 'female',
      needsInterpretation: 'ro-de',
      needsAccessibility: 'step-free',
      needsDiet: 'vegan',
    })
    .returning();
  return row;
}

describe('erasing stated needs after the activity', () => {
  it('erases the needs (not the gender) of activities past their retention, once, when two runs race', async () => {
    const due = [await ended(31, 30), await ended(1, 0), await ended(400, 365)];
    const notYet = [await ended(29, 30), await ended(100, 365)];
    const coming = await w.activity({ startsAt: new Date(now.getTime() + DAY), needsRetentionDays: 0 });
    const all = [...due, ...notYet, coming];
    for (const a of all) await withNeeds(a.id);

    const [one, two] = await Promise.all([eraseDueNeeds(t.ctx(), now), eraseDueNeeds(t.ctx(), now)]);
    // Each due activity erased by exactly one of the two runs.
    expect([...one, ...two].sort()).toEqual(due.map((a) => a.id).sort());

    const rows = await t.database.db
      .select()
      .from(activityParticipants)
      .where(
        inArray(
          activityParticipants.activityId,
          all.map((a) => a.id),
        ),
      );
    for (const r of rows) {
      const erased = due.some((a) => a.id === r.activityId);
      expect(r.gender).toBe('female');
      expect([r.needsInterpretation, r.needsAccessibility, r.needsDiet]).toEqual(erased ? [null, null, null] : ['ro-de', 'step-free', 'vegan']);
    }
    const [marked] = await t.database.db.select().from(activities).where(eq(activities.id, due[0].id));
    expect(marked.needsErasedAt?.toISOString()).toBe(now.toISOString());
    const [unmarked] = await t.database.db.select().from(activities).where(eq(activities.id, notYet[0].id));
    expect(unmarked.needsErasedAt).toBeNull();

    // A later run finds nothing new until the next activity is due.
    expect(await eraseDueNeeds(t.ctx(), now)).toEqual([]);
    expect(await eraseDueNeeds(t.ctx(), new Date(now.getTime() + 2 * DAY))).toEqual([notYet[0].id]);
  });

  it('shows the organisers needs: null once erased, the gender kept', async () => {
    const a = await ended(40, 30);
    const p = await withNeeds(a.id);
    await eraseDueNeeds(t.ctx(), now);
    const list = await w.coordinator.get(`/api/activities/${a.id}/participants`);
    expect(list.body.items.find((i: { id: string }) => i.id === p.id)).toMatchObject({ needs: null, gender: 'female' });
  });
});
