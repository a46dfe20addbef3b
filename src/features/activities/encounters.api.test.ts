import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { introductions } from '../introductions/introductions.table.ts';
import { activityEncounters } from './activities.table.ts';
import { createActivityCalendarWorld, type ActivityCalendarWorld } from './activity-calendar-test-world.ts';

let w: ActivityCalendarWorld;
beforeAll(async () => {
  w = await createActivityCalendarWorld();
});

/** A past activity of the partnership organised by A's organisation, with B's organisation, A's second one and Lyon's registered. */
async function activityWithParticipants(values: Parameters<ActivityCalendarWorld['insertActivity']>[0] = {}) {
  const activity = await w.insertActivity({ startsAt: new Date('2025-03-04T08:00:00Z'), endsAt: new Date('2025-03-05T16:00:00Z'), ...values });
  await w.insertParticipant(activity.id, { organisationId: w.orgB.id, cityId: w.cityB.id });
  await w.insertParticipant(activity.id, { organisationId: w.orgA2.id, cityId: w.cityA.id, country: 'DE' });
  await w.insertParticipant(activity.id, { organisationId: w.orgC.id, cityId: w.cityC.id, country: 'FR' });
  return activity;
}
const introductionBetween = async (a: string, b: string) =>
  (await w.db.select().from(introductions)).filter(
    (i) => (i.fromOrganisationId === a && i.toOrganisationId === b) || (i.fromOrganisationId === b && i.toOrganisationId === a),
  );

describe('POST /api/activities/:id/encounters', () => {
  it('records the pair sorted, makes an accepted introduction at "met" on the activity day, and the network shows the tie', async () => {
    const activity = await activityWithParticipants();
    const before = await w.admin.get(`/api/partnerships/${w.partnershipKey}/network`);
    expect(before.status).toBe(200);
    const res = await w.coordinatorA.post(`/api/activities/${activity.key}/encounters`, { organisationAId: w.orgB.id, organisationBId: w.orgA.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [low, high] = [w.orgA.id, w.orgB.id].sort();
    expect(res.body.organisationA.id).toBe(low);
    expect(res.body.organisationB.id).toBe(high);
    const [row] = await w.db.select().from(activityEncounters).where(eq(activityEncounters.id, res.body.id));
    expect([row.organisationAId, row.organisationBId]).toEqual([low, high]);
    const [intro] = await introductionBetween(w.orgA.id, w.orgB.id);
    expect(intro).toMatchObject({ id: res.body.introductionId, status: 'accepted', stage: 'met', metOn: '2025-03-04', introducedOn: '2025-03-04' });

    const after = await w.admin.get(`/api/partnerships/${w.partnershipKey}/network`);
    const tie = (e: { source: string; target: string }) => [e.source, e.target].sort().join() === [low, high].join();
    expect(before.body.edges.some(tie)).toBe(false);
    expect(after.body.edges.some(tie)).toBe(true);
    expect(after.body.figures.crossCityTies).toBe(before.body.figures.crossCityTies + 1);

    // The activity shows it; the same pair again is a 409.
    expect((await w.memberA.get(`/api/activities/${activity.id}`)).body.encounters.map((e: { id: string }) => e.id)).toEqual([res.body.id]);
    const again = await w.coordinatorA.post(`/api/activities/${activity.id}/encounters`, { organisationAId: w.orgA.id, organisationBId: w.orgB.id });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('encounter_exists');
  });

  it('moves an earlier introduction forward to "met", accepts a pending one, and never moves one back', async () => {
    const orgB2 = await seedOrganisation(w.db, { cityId: w.cityB.id, name: 'Cluj Youth Council' });
    const orgB3 = await seedOrganisation(w.db, { cityId: w.cityB.id, name: 'Cluj Startups' });
    const activity = await activityWithParticipants();
    for (const org of [orgB2, orgB3]) await w.insertParticipant(activity.id, { organisationId: org.id, cityId: w.cityB.id });
    await w.db.insert(introductions).values([
      { fromOrganisationId: w.orgA2.id, toOrganisationId: w.orgB.id, status: 'accepted', stage: 'introduced', introducedOn: '2025-01-10', message: 'Hello' },
      { fromOrganisationId: orgB2.id, toOrganisationId: w.orgA.id, status: 'pending', message: 'Hello' },
      {
        fromOrganisationId: w.orgA.id,
        toOrganisationId: orgB3.id,
        status: 'accepted',
        stage: 'collaborating',
        introducedOn: '2024-01-10',
        collaboratingOn: '2024-06-01',
        message: 'Hello',
      },
    ]);
    for (const [a, b] of [
      [w.orgA2.id, w.orgB.id],
      [w.orgA.id, orgB2.id],
      [orgB3.id, w.orgA.id],
    ]) {
      const res = await w.coordinatorA.post(`/api/activities/${activity.id}/encounters`, { organisationAId: a, organisationBId: b });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    expect(await introductionBetween(w.orgA2.id, w.orgB.id)).toMatchObject([{ stage: 'met', introducedOn: '2025-01-10', metOn: '2025-03-04' }]);
    const [pending] = await introductionBetween(w.orgA.id, orgB2.id);
    expect(pending).toMatchObject({ status: 'accepted', stage: 'met', metOn: '2025-03-04' });
    expect(pending.fromAcceptedAt && pending.toAcceptedAt).toBeTruthy();
    expect(await introductionBetween(w.orgA.id, orgB3.id)).toMatchObject([{ stage: 'collaborating', collaboratingOn: '2024-06-01', metOn: null }]);
  });

  it('refuses organisations not taking part, of the same city or outside the partnership, naming the field', async () => {
    const activity = await activityWithParticipants();
    const stranger = await seedOrganisation(w.db, { cityId: w.cityB.id, name: 'Not Registered' });
    const waitingOrg = await seedOrganisation(w.db, { cityId: w.cityB.id, name: 'Only Waiting' });
    await w.insertParticipant(activity.id, { organisationId: waitingOrg.id, status: 'waiting' });
    const post = (organisationAId: string, organisationBId: string) =>
      w.coordinatorA.post(`/api/activities/${activity.id}/encounters`, { organisationAId, organisationBId });
    const fieldsOf = (res: { body: { fields: { path: string; rule: string }[] } }) => res.body.fields.map((f) => `${f.path}:${f.rule}`);

    let res = await post(w.orgA.id, stranger.id);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['organisationBId:not_participating']);
    res = await post(waitingOrg.id, w.orgA.id);
    expect(fieldsOf(res)).toEqual(['organisationAId:not_participating']);
    res = await post(w.orgA.id, w.orgA2.id);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['organisationBId:same_city']);
    res = await post(w.orgC.id, w.orgA.id);
    expect(fieldsOf(res)).toEqual(['organisationAId:not_partnership_city']);
    res = await post(w.orgB.id, w.orgB.id);
    expect(fieldsOf(res)).toEqual(['organisationBId:same_organisation']);
    res = await w.coordinatorA.post(`/api/activities/${activity.id}/encounters`, { organisationAId: 'nope', organisationBId: w.orgB.id });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toContain('organisationAId');
    expect(await w.db.select().from(activityEncounters).where(eq(activityEncounters.activityId, activity.id))).toEqual([]);
  });

  it('is for the organisers only: 401 anonymous, 403 other readers, 404 for those who may not read an internal one', async () => {
    const activity = await activityWithParticipants();
    const internal = await activityWithParticipants({ isPublic: false });
    const body = { organisationAId: w.orgA.id, organisationBId: w.orgB.id };
    expect((await w.t.anonymous().post(`/api/activities/${activity.id}/encounters`, body)).status).toBe(401);
    expect((await w.memberA.post(`/api/activities/${activity.id}/encounters`, body)).status).toBe(403);
    expect((await w.memberC.post(`/api/activities/${activity.id}/encounters`, body)).status).toBe(403);
    expect((await w.memberC.post(`/api/activities/${internal.id}/encounters`, body)).status).toBe(404);
    expect((await w.coordinatorC.post(`/api/activities/${internal.id}/encounters`, body)).status).toBe(404);
    expect((await w.admin.post(`/api/activities/${internal.id}/encounters`, body)).status).toBe(201);
    expect((await w.coordinatorA.post(`/api/activities/00000000-0000-4000-8000-000000000000/encounters`, body)).status).toBe(404);
  });
});

describe('DELETE /api/activity-encounters/:id', () => {
  it('takes the encounter back for the organisers; the introduction stays', async () => {
    const activity = await activityWithParticipants();
    const orgB4 = await seedOrganisation(w.db, { cityId: w.cityB.id, name: 'Cluj Museum' });
    await w.insertParticipant(activity.id, { organisationId: orgB4.id, cityId: w.cityB.id });
    const created = await w.coordinatorA.post(`/api/activities/${activity.id}/encounters`, { organisationAId: w.orgA.id, organisationBId: orgB4.id });
    expect(created.status).toBe(201);
    expect((await w.t.anonymous().delete(`/api/activity-encounters/${created.body.id}`)).status).toBe(401);
    expect((await w.memberA.delete(`/api/activity-encounters/${created.body.id}`)).status).toBe(403);
    expect((await w.coordinatorA.delete(`/api/activity-encounters/${created.body.id}`)).status).toBe(204);
    expect((await w.coordinatorA.delete(`/api/activity-encounters/${created.body.id}`)).status).toBe(404);
    expect((await w.coordinatorA.delete('/api/activity-encounters/not-a-uuid')).status).toBe(400);
    expect(await introductionBetween(w.orgA.id, orgB4.id)).toMatchObject([{ status: 'accepted', stage: 'met' }]);
  });
});
