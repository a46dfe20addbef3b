import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { activities, activityAgendaItems, activityAttendance, activityEncounters, activityOrganisers, activityParticipants } from './activities.table.ts';
import { canonicalActivity, type ActivityFileParticipant, type ActivityFileRecord } from './interchange-activities-record.ts';
import { toLocalDateTime } from './local-time.ts';

/** A stored activity in its interchange form, with what the importer needs to update it. */
export interface StoredActivity {
  id: string;
  version: number;
  record: ActivityFileRecord;
  /** The ids of `record.participants`, in the same order. */
  participantIds: string[];
}

/** Turns measure ids into (programme key, measure key): the action-programmes feature answers it. */
export type MeasureKeysLookup = (ids: string[]) => Promise<Map<string, { programme: string; measure: string }>>;

const keysById = async (rows: Promise<{ id: string; key: string }[]>) => new Map((await rows).map((r) => [r.id, r.key]));

/**
 * The activities (those with these keys; without keys, all) in their interchange form, by key.
 * Participants come in the order they registered; their gender and needs stay out of the file.
 */
export async function loadActivityRecords(ctx: ServiceContext, measureKeys: MeasureKeysLookup, keys?: string[]): Promise<Map<string, StoredActivity>> {
  if (keys && !keys.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(keys ? inArray(activities.key, keys) : undefined)
    .orderBy(asc(activities.key));
  if (!rows.length) return new Map();
  const ids = rows.map((r) => r.id);
  const organisers = await ctx.db
    .select()
    .from(activityOrganisers)
    .where(inArray(activityOrganisers.activityId, ids))
    .orderBy(asc(activityOrganisers.position));
  const agenda = await ctx.db
    .select()
    .from(activityAgendaItems)
    .where(inArray(activityAgendaItems.activityId, ids))
    .orderBy(asc(activityAgendaItems.position), asc(activityAgendaItems.startsAt));
  const participants = await ctx.db
    .select()
    .from(activityParticipants)
    .where(inArray(activityParticipants.activityId, ids))
    .orderBy(asc(activityParticipants.registeredAt), asc(activityParticipants.createdAt), asc(activityParticipants.displayName));
  const attendance = participants.length
    ? await ctx.db
        .select()
        .from(activityAttendance)
        .where(
          inArray(
            activityAttendance.participantId,
            participants.map((p) => p.id),
          ),
        )
    : [];
  const encounters = await ctx.db.select().from(activityEncounters).where(inArray(activityEncounters.activityId, ids));

  const orgIds = [
    ...organisers.map((o) => o.organisationId),
    ...participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    ...encounters.flatMap((e) => [e.organisationAId, e.organisationBId]),
  ];
  const cityIds = [...rows.flatMap((r) => (r.hostCityId ? [r.hostCityId] : [])), ...participants.flatMap((p) => (p.cityId ? [p.cityId] : []))];
  const orgKeys = orgIds.length ? await keysById(organisationNames(ctx, 'id', [...new Set(orgIds)])) : new Map<string, string>();
  const cityKeys = cityIds.length ? await keysById(cityNames(ctx, 'id', [...new Set(cityIds)])) : new Map<string, string>();
  const partnershipKeys = await keysById(partnershipNames(ctx, 'id', [...new Set(rows.map((r) => r.partnershipId))]));
  const measureIds = [...new Set(rows.flatMap((r) => (r.measureId ? [r.measureId] : [])))];
  const measures = measureIds.length ? await measureKeys(measureIds) : new Map<string, { programme: string; measure: string }>();

  const daysOf = new Map<string, string[]>();
  for (const a of attendance) daysOf.set(a.participantId, [...(daysOf.get(a.participantId) ?? []), a.day]);

  const result = new Map<string, StoredActivity>();
  for (const row of rows) {
    const partnership = partnershipKeys.get(row.partnershipId);
    if (!partnership) continue;
    const zone = row.timeZone;
    const local = (d: Date | null) => (d ? toLocalDateTime(d, zone) : undefined);
    const own = participants.filter((p) => p.activityId === row.id);
    const people: ActivityFileParticipant[] = own.map((p) => ({
      name: p.displayName,
      ...(p.email && { email: p.email }),
      ...(p.organisationId && orgKeys.has(p.organisationId)
        ? { organisation: orgKeys.get(p.organisationId)! }
        : { ...(p.organisationName && { organisationName: p.organisationName }), ...(p.organisationKind && { organisationKind: p.organisationKind }) }),
      ...(p.cityId && cityKeys.has(p.cityId) ? { city: cityKeys.get(p.cityId)! } : p.cityName ? { cityName: p.cityName } : {}),
      country: p.country,
      role: p.role,
      status: p.status,
      language: p.language,
      attendedDays: daysOf.get(p.id) ?? [],
    }));
    const pairs = encounters
      .filter((e) => e.activityId === row.id && orgKeys.has(e.organisationAId) && orgKeys.has(e.organisationBId))
      .map((e) => [orgKeys.get(e.organisationAId)!, orgKeys.get(e.organisationBId)!] as [string, string]);
    const measure = row.measureId ? measures.get(row.measureId) : undefined;
    const record = canonicalActivity({
      key: row.key,
      partnership,
      kind: row.kind,
      status: row.status,
      title: row.title,
      description: row.description,
      originalLang: row.originalLang ?? undefined,
      hostCity: row.hostCityId ? cityKeys.get(row.hostCityId) : undefined,
      timeZone: zone,
      startsAt: local(row.startsAt)!,
      endsAt: local(row.endsAt)!,
      venue: row.venue ?? undefined,
      onlineUrl: row.onlineUrl ?? undefined,
      languages: row.languages,
      themes: row.themes,
      organisers: organisers.filter((o) => o.activityId === row.id && orgKeys.has(o.organisationId)).map((o) => orgKeys.get(o.organisationId)!),
      agenda: agenda
        .filter((i) => i.activityId === row.id)
        .map((i) => ({
          startsAt: local(i.startsAt)!,
          endsAt: local(i.endsAt),
          title: i.title,
          speakers: i.speakers ?? undefined,
          language: i.language ?? undefined,
        })),
      measure,
      isPublic: row.isPublic,
      registration: { open: row.registrationOpen, capacity: row.capacity ?? undefined, deadline: local(row.registrationDeadline) },
      outcomes: row.outcomes,
      cancellationReason: row.cancellationReason,
      minutes: row.minutes,
      participants: people,
      encounters: pairs,
    });
    result.set(row.key, { id: row.id, version: row.version, record, participantIds: own.map((p) => p.id) });
  }
  return result;
}
