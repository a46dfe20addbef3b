import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Config } from '../../config.ts';
import { systemActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { domainEventSubscribers } from '../domain-events/event-subscribers.ts';
import { handlePendingDomainEvents } from '../domain-events/handle-pending-events.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { activities, activityOrganisers, activityParticipants } from './activities.table.ts';

const unique = () => crypto.randomBytes(4).toString('hex');

/**
 * The world of the calendar, mail and follow-up tests: Dortmund (A) and Cluj-Napoca (B) in a
 * partnership, Lyon (C) outside it; an organisation in each; A's coordinator organises. Activities
 * and participants are written with Drizzle and their events recorded the way the activity and
 * participant use cases record them, so these tests do not wait for those use cases.
 */
export async function createActivityCalendarWorld(overrides: Partial<Config> = {}) {
  const t: TestApp = await createTestApp(overrides);
  const db = t.database.db;
  const cityA = await seedCity(db, { name: 'Dortmund', country: 'DE' });
  const cityB = await seedCity(db, { name: 'Cluj-Napoca', country: 'RO' });
  const cityC = await seedCity(db, { name: 'Lyon', country: 'FR' });
  const orgA = await seedOrganisation(db, { cityId: cityA.id, name: 'KlimaSensor Dortmund' });
  const orgA2 = await seedOrganisation(db, { cityId: cityA.id, name: 'Dortmund Youth Office' });
  const orgB = await seedOrganisation(db, { cityId: cityB.id, name: 'Cluj IT Cluster' });
  const orgC = await seedOrganisation(db, { cityId: cityC.id, name: 'Lyon Climate Lab' });
  const admin = await t.signedIn({ role: 'admin', displayName: 'Ada Admin' });
  const coordinatorA = await t.signedIn({ role: 'coordinator', cityId: cityA.id, displayName: 'Carla Coordinator' });
  const coordinatorC = await t.signedIn({ role: 'coordinator', cityId: cityC.id, displayName: 'Claude Coordinator' });
  const memberA = await t.signedIn({ role: 'member', cityId: cityA.id, organisationId: orgA.id, displayName: 'Mia Member' });
  const memberC = await t.signedIn({ role: 'member', cityId: cityC.id, organisationId: orgC.id, displayName: 'Lou Member' });
  const partnershipKey = `dortmund-cluj-${unique()}`;
  const created = await admin.post('/api/partnerships', {
    key: partnershipKey,
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [cityA.id, cityB.id],
    themes: [],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const partnershipId = created.body.id as string;
  const ctx: ServiceContext = t.ctx(systemActor('test'));

  type ActivityInsert = Partial<typeof activities.$inferInsert>;
  /** An activity of the partnership in Dortmund, organised by orgA, with its create event. */
  async function insertActivity(values: ActivityInsert = {}) {
    const [row] = await db
      .insert(activities)
      .values({
        key: `forum-${unique()}`,
        partnershipId,
        kind: 'workshop',
        title: [
          { lang: 'de', text: 'Klimaforum' },
          { lang: 'ro', text: 'Forumul climatic' },
        ],
        originalLang: 'de',
        hostCityId: cityA.id,
        timeZone: 'Europe/Berlin',
        startsAt: new Date('2030-05-10T07:00:00Z'),
        endsAt: new Date('2030-05-10T15:00:00Z'),
        venue: 'Rathaus Dortmund',
        ...values,
      })
      .returning();
    await db.insert(activityOrganisers).values({ activityId: row.id, organisationId: orgA.id });
    await recordDomainEvent(ctx, { entityType: 'activity', entityId: row.id, action: 'create', after: row });
    return row;
  }

  /** Changes an activity as its use cases do (a raised version, and ical_sequence for time or place) and records the event. */
  async function updateActivity(id: string, values: ActivityInsert) {
    const [before] = await db.select().from(activities).where(eq(activities.id, id));
    const [after] = await db
      .update(activities)
      .set({ ...values, version: before.version + 1 })
      .where(eq(activities.id, id))
      .returning();
    await recordDomainEvent(ctx, { entityType: 'activity', entityId: id, action: 'update', before, after });
    return after;
  }

  type ParticipantInsert = Partial<typeof activityParticipants.$inferInsert>;
  const snapshot = (p: typeof activityParticipants.$inferSelect) => ({
    activityId: p.activityId,
    displayName: p.displayName,
    email: p.email,
    language: p.language,
    status: p.status,
    userId: p.userId,
  });
  async function insertParticipant(activityId: string, values: ParticipantInsert = {}) {
    const [row] = await db
      .insert(activityParticipants)
      .values({ activityId, source: 'self', displayName: 'Ana Pop', email: `ana-${unique()}@example.org`, country: 'RO', language: 'ro', ...values })
      .returning();
    await recordDomainEvent(ctx, { entityType: 'activity-participant', entityId: row.id, action: 'create', after: snapshot(row) });
    return row;
  }
  async function updateParticipant(id: string, values: ParticipantInsert) {
    const [before] = await db.select().from(activityParticipants).where(eq(activityParticipants.id, id));
    const [after] = await db
      .update(activityParticipants)
      .set({ ...values, version: before.version + 1 })
      .where(eq(activityParticipants.id, id))
      .returning();
    await recordDomainEvent(ctx, { entityType: 'activity-participant', entityId: id, action: 'update', before: snapshot(before), after: snapshot(after) });
    return after;
  }

  /** Runs the after-commit subscribers (what the server's worker does every few seconds). */
  async function drainEvents() {
    return handlePendingDomainEvents(db, t.config, await domainEventSubscribers(), { batchSize: 500 });
  }
  const mailTo = async (address: string) =>
    (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address))).sort((a, b) => +a.createdAt - +b.createdAt);

  return {
    t,
    db,
    ctx,
    cityA,
    cityB,
    cityC,
    orgA,
    orgA2,
    orgB,
    orgC,
    admin,
    coordinatorA,
    coordinatorC,
    memberA,
    memberC,
    partnershipId,
    partnershipKey,
    insertActivity,
    updateActivity,
    insertParticipant,
    updateParticipant,
    drainEvents,
    mailTo,
  };
}
export type ActivityCalendarWorld = Awaited<ReturnType<typeof createActivityCalendarWorld>>;
