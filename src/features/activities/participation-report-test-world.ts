import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { GenderStated, ParticipantRole, ParticipantStatus } from './activity-vocabulary.ts';
import { activities, activityAttendance, activityOrganisers, activityParticipants } from './activities.table.ts';

/**
 * Activities with many participants for the report, sheet and CLI tests, written by direct
 * inserts into the activities feature's own tables (the registration rules are not under test
 * here, and 50 registrations through the API would only slow the tests down).
 */
export interface SeedParticipant {
  displayName: string;
  country: string;
  status?: ParticipantStatus;
  role?: ParticipantRole;
  gender?: GenderStated | null;
  organisationId?: string | null;
  organisationName?: string | null;
  organisationKind?: string | null;
  cityId?: string | null;
  cityName?: string | null;
  attendedDays?: string[];
}

export interface SeedActivity {
  partnershipId: string;
  hostCityId: string | null;
  key?: string;
  title?: { lang: string; text: string }[];
  languages?: string[];
  isPublic?: boolean;
  organiserOrganisationIds?: string[];
  /** Berlin time, two days: 12–13 May 2027. */
  startsAt?: Date;
  endsAt?: Date;
  participants: SeedParticipant[];
}

export async function seedReportActivity(db: Db, input: SeedActivity) {
  const [activity] = await db
    .insert(activities)
    .values({
      key: input.key ?? `report-visit-${crypto.randomBytes(4).toString('hex')}`,
      partnershipId: input.partnershipId,
      kind: 'delegation-visit',
      title: input.title ?? [{ lang: 'en', text: 'Smart city delegation visit' }],
      originalLang: input.title?.[0]?.lang ?? 'en',
      hostCityId: input.hostCityId,
      timeZone: 'Europe/Berlin',
      startsAt: input.startsAt ?? new Date('2027-05-12T07:00:00Z'),
      endsAt: input.endsAt ?? new Date('2027-05-13T15:00:00Z'),
      venue: 'Rathaus',
      languages: input.languages ?? ['de', 'ro', 'en'],
      isPublic: input.isPublic ?? true,
    })
    .returning();
  if (input.organiserOrganisationIds?.length)
    await db.insert(activityOrganisers).values(input.organiserOrganisationIds.map((organisationId) => ({ activityId: activity!.id, organisationId })));
  const rows = input.participants.length
    ? await db
        .insert(activityParticipants)
        .values(
          input.participants.map((p) => ({
            activityId: activity!.id,
            source: 'delegation' as const,
            displayName: p.displayName,
            country: p.country,
            status: p.status ?? 'registered',
            role: p.role ?? 'delegate',
            gender: p.gender ?? null,
            organisationId: p.organisationId ?? null,
            organisationName: p.organisationName ?? null,
            organisationKind: p.organisationKind ?? null,
            cityId: p.cityId ?? null,
            cityName: p.cityName ?? null,
          })),
        )
        .returning({ id: activityParticipants.id })
    : [];
  const attendance = input.participants.flatMap((p, i) => (p.attendedDays ?? []).map((day) => ({ participantId: rows[i]!.id, day })));
  if (attendance.length) await db.insert(activityAttendance).values(attendance);
  return { activity: activity!, participantIds: rows.map((r) => r.id) };
}

/** n participants named `${prefix} 1…n` from one country and city. */
export const participantsFrom = (n: number, country: string, prefix: string, extra: Partial<SeedParticipant> = {}): SeedParticipant[] =>
  Array.from({ length: n }, (_, i) => ({ displayName: `${prefix} ${i + 1}`, country, ...extra }));
