import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { activities, activityOrganisers, activityParticipants } from './activities.table.ts';

const unique = () => crypto.randomBytes(4).toString('hex');
const DAY = 86_400_000;

export interface SeedActivityInput {
  partnershipId: string;
  hostCityId?: string | null;
  isPublic?: boolean;
  capacity?: number | null;
  registrationOpen?: boolean;
  registrationDeadline?: Date | null;
  status?: 'planned' | 'cancelled';
  /** Default: 30 days from now, for two days (Berlin time). */
  startsAt?: Date;
  endsAt?: Date;
  needsRetentionDays?: number;
  organiserOrganisationIds?: string[];
}

/**
 * An activity written straight into the feature's own table: the registration rules are under
 * test, not the planning of activities (activities-core's API).
 */
export async function seedActivity(db: Db, input: SeedActivityInput) {
  const startsAt = input.startsAt ?? new Date(Math.floor(Date.now() / DAY) * DAY + 30 * DAY + 7 * 3_600_000);
  const [activity] = await db
    .insert(activities)
    .values({
      key: `visit-${unique()}`,
      partnershipId: input.partnershipId,
      kind: 'delegation-visit',
      status: input.status ?? 'planned',
      title: [{ lang: 'en', text: 'Smart city delegation visit' }],
      originalLang: 'en',
      hostCityId: input.hostCityId ?? null,
      timeZone: 'Europe/Berlin',
      startsAt,
      endsAt: input.endsAt ?? new Date(startsAt.getTime() + DAY + 8 * 3_600_000),
      languages: ['de', 'ro', 'en'],
      isPublic: input.isPublic ?? true,
      capacity: input.capacity ?? null,
      registrationOpen: input.registrationOpen ?? true,
      registrationDeadline: input.registrationDeadline ?? null,
      needsRetentionDays: input.needsRetentionDays ?? 30,
    })
    .returning();
  if (input.organiserOrganisationIds?.length)
    await db.insert(activityOrganisers).values(input.organiserOrganisationIds.map((organisationId) => ({ activityId: activity!.id, organisationId })));
  return activity!;
}

/**
 * Dortmund – Cluj-Napoca with an organising organisation in Dortmund and callers for each scope:
 * the Dortmund coordinator and the organisation's editor organise; members of both cities read
 * and register; a member of Lyon reads public activities only.
 */
export async function createParticipantsWorld(t: TestApp) {
  const db = t.database.db;
  const dortmund = await seedCity(db, { key: `dortmund-${unique()}`, name: 'Dortmund', country: 'DE' });
  const cluj = await seedCity(db, { key: `cluj-${unique()}`, name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(db, { key: `lyon-${unique()}`, name: 'Lyon', country: 'FR' });
  const klima = await seedOrganisation(db, { cityId: dortmund.id, name: 'KlimaSensor Dortmund', kind: 'startup' });
  const clujIt = await seedOrganisation(db, { cityId: cluj.id, name: 'Cluj IT Cluster', kind: 'cluster' });
  const admin = await t.signedIn({ role: 'admin', displayName: 'Ada Admin' });
  const res = await admin.post('/api/partnerships', {
    key: `dortmund-cluj-${unique()}`,
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [dortmund.id, cluj.id],
    themes: [],
  });
  if (res.status !== 201) throw new Error(`participants world: partnership ${res.status} ${JSON.stringify(res.body)}`);
  const partnership = res.body as { id: string };
  const coordinator = await t.signedIn({ role: 'coordinator', cityId: dortmund.id, displayName: 'Petra Schmidt' });
  const editor = await t.signedIn({ role: 'org-editor', cityId: dortmund.id, organisationId: klima.id, displayName: 'Erik Editor' });
  const member = await t.signedIn({ role: 'member', cityId: cluj.id, organisationId: clujIt.id, displayName: 'Mihai Pop' });
  const member2 = await t.signedIn({ role: 'member', cityId: dortmund.id, displayName: 'Dora Dortmund' });
  const outsider = await t.signedIn({ role: 'member', cityId: lyon.id, displayName: 'Léa Lyon' });
  const newMember = (cityId: string | null = cluj.id) => t.signedIn({ role: 'member', cityId, displayName: `Member ${unique()}` });
  const activity = (input: Omit<SeedActivityInput, 'partnershipId'> = {}) =>
    seedActivity(db, { partnershipId: partnership.id, hostCityId: dortmund.id, organiserOrganisationIds: [klima.id], ...input });
  return { db, dortmund, cluj, lyon, klima, clujIt, admin, partnership, coordinator, editor, member, member2, outsider, newMember, activity };
}

/** A delegation member (no account unless `userId`), written straight into the table. */
export async function seedDelegate(db: Db, activityId: string, userId: string | null = null) {
  const [participant] = await db
    .insert(activityParticipants)
    .values({ activityId, userId, source: 'delegation', displayName: `Delegate ${unique()}`, country: 'RO' })
    .returning();
  return participant!;
}
