import { and, eq, inArray } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { cityNames } from '../cities/index.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { activities, activityAgendaItems, activityAttendance, activityEncounters, activityOrganisers, activityParticipants } from './activities.table.ts';
import type { StoredActivity } from './interchange-activities-export.ts';
import { mergeActivity, type ActivityFileRecord } from './interchange-activities-record.ts';
import { fromLocalDateTime, toLocalDay } from './local-time.ts';
import { changesCalendarEntry } from './calendar-sequence.ts';
import { recordMetThroughActivity } from '../introductions/index.ts';
import { activityEventView } from './activity-event.ts';
import { presentActivity, readableActivity } from './activity-read.ts';

export { loadActivityRecords, type MeasureKeysLookup, type StoredActivity } from './interchange-activities-export.ts';
export { canonicalActivity, mergeActivity, type ActivityFileParticipant, type ActivityFileRecord } from './interchange-activities-record.ts';

/** The ids of the keys a set of activities names (one read per kind of record). */
async function idsOf(tx: ServiceContext, records: ActivityFileRecord[]) {
  const orgKeys = new Set<string>();
  const cityKeys = new Set<string>();
  for (const a of records) {
    a.organisers?.forEach((k) => orgKeys.add(k));
    a.encounters?.forEach(([x, y]) => (orgKeys.add(x), orgKeys.add(y)));
    if (a.hostCity) cityKeys.add(a.hostCity);
    for (const p of a.participants ?? []) {
      if (p.organisation) orgKeys.add(p.organisation);
      if (p.city) cityKeys.add(p.city);
    }
  }
  const map = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  return {
    organisation: orgKeys.size ? map(await organisationNames(tx, 'key', [...orgKeys])) : new Map<string, string>(),
    city: cityKeys.size ? map(await cityNames(tx, 'key', [...cityKeys])) : new Map<string, string>(),
    partnership: map(await partnershipNames(tx, 'key', [...new Set(records.map((a) => a.partnership))])),
  };
}

/** The caller checked every reference; one missing here means the check and this code disagree. */
function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new AppError('invalid_document', 400, `The ${what} "${key}" is not known; nothing was imported.`);
  return id;
}

function instant(local: string, zone: string): Date {
  const at = fromLocalDateTime(local, zone);
  if (!at) throw new AppError('invalid_document', 400, `"${local}" is not a local date-time in ${zone}; nothing was imported.`);
  return at;
}

/** The activity as its domain events carry it (activity-event.ts), read in the importer's transaction. */
async function eventView(tx: ServiceContext, id: string) {
  const { row, facts } = await readableActivity(tx, id);
  return activityEventView(await presentActivity(tx, row, facts), row.icalSequence);
}

export interface ImportedActivity {
  /** The activity as the file gives it (canonical form), references checked by the caller. */
  record: ActivityFileRecord;
  stored?: StoredActivity;
  /** The measure the file names, already resolved by the caller (action-programmes), or null. */
  measureId: string | null;
}

/**
 * Writes the activities of an interchange file in the importer's transaction (the interchange
 * feature checked the rights, the schema and every reference). An activity equal to the stored
 * one after the merge is left alone. Otherwise its row is updated (version + 1) or created, its
 * organisers and agenda are replaced by the file's, the file's participants update their match
 * (e-mail, or name and organisation) or are added (source "import", in the file's order), their
 * attendance days are replaced, and the file's encounters are added. One domain event each.
 * Returns, per activity key, whether it was created, updated or unchanged.
 */
export async function saveImportedActivities(tx: ServiceContext, list: ImportedActivity[]): Promise<Map<string, 'created' | 'updated' | 'unchanged'>> {
  const outcome = new Map<string, 'created' | 'updated' | 'unchanged'>();
  const ids = await idsOf(
    tx,
    list.map((a) => a.record),
  );
  const userId = actorUserId(tx.actor);
  for (const { record: file, stored, measureId } of list) {
    const { record, matches } = mergeActivity(file, stored?.record);
    const storedMeasure = stored?.record.measure;
    if (stored && JSON.stringify(record) === JSON.stringify(stored.record) && Boolean(storedMeasure) === Boolean(measureId)) {
      outcome.set(record.key, 'unchanged');
      continue;
    }
    const zone = record.timeZone;
    const values = {
      partnershipId: must(ids.partnership, record.partnership, 'partnership'),
      kind: record.kind,
      status: record.status,
      title: record.title,
      description: record.description ?? [],
      originalLang: record.originalLang ?? null,
      hostCityId: record.hostCity ? must(ids.city, record.hostCity, 'city') : null,
      timeZone: zone,
      startsAt: instant(record.startsAt, zone),
      endsAt: instant(record.endsAt, zone),
      venue: record.venue ?? null,
      onlineUrl: record.onlineUrl ?? null,
      languages: record.languages ?? [],
      themes: record.themes ?? [],
      measureId,
      isPublic: record.isPublic,
      registrationOpen: record.registration.open,
      capacity: record.registration.capacity ?? null,
      registrationDeadline: record.registration.deadline ? instant(record.registration.deadline, zone) : null,
      outcomes: record.outcomes ?? [],
      cancellationReason: record.cancellationReason ?? [],
      minutes: record.minutes ?? [],
    };
    let id: string;
    const before = stored ? await eventView(tx, stored.id) : undefined;
    if (stored) {
      // Attendees' calendars take a new time or place only with a higher SEQUENCE (calendar-sequence.ts).
      const [current] = await tx.db
        .select({
          sequence: activities.icalSequence,
          startsAt: activities.startsAt,
          endsAt: activities.endsAt,
          timeZone: activities.timeZone,
          hostCityId: activities.hostCityId,
          venue: activities.venue,
          onlineUrl: activities.onlineUrl,
          status: activities.status,
        })
        .from(activities)
        .where(eq(activities.id, stored.id));
      const { sequence, ...calendarBefore } = current!;
      const icalSequence = changesCalendarEntry(calendarBefore, values) ? sequence + 1 : sequence;
      id = (await updateVersioned(tx, activities, 'The activity', stored.id, stored.version, { ...values, icalSequence })).id;
      await tx.db.delete(activityOrganisers).where(eq(activityOrganisers.activityId, id));
      await tx.db.delete(activityAgendaItems).where(eq(activityAgendaItems.activityId, id));
    } else {
      [{ id }] = await tx.db
        .insert(activities)
        .values({ key: record.key, ...values, createdBy: userId, updatedBy: userId })
        .returning({ id: activities.id });
    }
    const organisers = (record.organisers ?? []).map((key, position) => ({
      activityId: id,
      organisationId: must(ids.organisation, key, 'organisation'),
      position,
    }));
    if (organisers.length) await tx.db.insert(activityOrganisers).values(organisers);
    const agenda = (record.agenda ?? []).map((item, position) => ({
      activityId: id,
      position,
      startsAt: instant(item.startsAt, zone),
      endsAt: item.endsAt ? instant(item.endsAt, zone) : null,
      title: item.title,
      speakers: item.speakers ?? null,
      language: item.language ?? null,
    }));
    if (agenda.length) await tx.db.insert(activityAgendaItems).values(agenda);

    // Participants of the file, in its order; new ones registered one millisecond apart so that
    // the waiting list and the export keep the file's order.
    const now = Date.now();
    const fileParticipants = canonicalParticipants(file);
    for (const [j, p] of fileParticipants.entries()) {
      const fields = {
        displayName: p.name,
        email: p.email ?? null,
        organisationId: p.organisation ? must(ids.organisation, p.organisation, 'organisation') : null,
        organisationName: p.organisation ? null : (p.organisationName ?? null),
        organisationKind: p.organisation ? null : (p.organisationKind ?? null),
        cityId: p.city ? must(ids.city, p.city, 'city') : null,
        cityName: p.city ? null : (p.cityName ?? null),
        country: p.country,
        role: p.role,
        status: p.status,
        language: p.language,
        cancelledAt: p.status === 'cancelled' ? new Date(now) : null,
      };
      const match = matches[j]!;
      let participantId: string;
      if (stored && match >= 0) {
        participantId = stored.participantIds[match]!;
        const before = stored.record.participants![match]!;
        if (before.status === 'cancelled' && p.status === 'cancelled') delete (fields as Partial<typeof fields>).cancelledAt;
        await tx.db
          .update(activityParticipants)
          .set({ ...fields, updatedAt: new Date(now), updatedBy: userId })
          .where(eq(activityParticipants.id, participantId));
        await tx.db.delete(activityAttendance).where(eq(activityAttendance.participantId, participantId));
      } else {
        [{ id: participantId }] = await tx.db
          .insert(activityParticipants)
          .values({ activityId: id, source: 'import', ...fields, registeredAt: new Date(now + j), addedBy: userId, updatedBy: userId })
          .returning({ id: activityParticipants.id });
      }
      const days = (p.attendedDays ?? []).map((day) => ({ participantId, day, confirmedBy: userId }));
      if (days.length) await tx.db.insert(activityAttendance).values(days);
    }

    const pairs = (file.encounters ?? []).map(([a, b]) => {
      const [x, y] = [must(ids.organisation, a, 'organisation'), must(ids.organisation, b, 'organisation')].sort();
      return { organisationAId: x!, organisationBId: y! };
    });
    if (pairs.length) {
      const existing = await tx.db
        .select({ a: activityEncounters.organisationAId, b: activityEncounters.organisationBId })
        .from(activityEncounters)
        .where(
          and(
            eq(activityEncounters.activityId, id),
            inArray(
              activityEncounters.organisationAId,
              pairs.map((p) => p.organisationAId),
            ),
          ),
        );
      const missing = pairs.filter(
        (p, i) =>
          !existing.some((e) => e.a === p.organisationAId && e.b === p.organisationBId) &&
          pairs.findIndex((q) => q.organisationAId === p.organisationAId && q.organisationBId === p.organisationBId) === i,
      );
      // Who met whom becomes an introduction at the stage "met", as when organisers record it (encounters.ts).
      const firstDay = toLocalDay(values.startsAt, zone);
      const today = new Date().toISOString().slice(0, 10);
      for (const pair of missing) {
        const introductionId = await recordMetThroughActivity(tx, {
          ...pair,
          metOn: firstDay < today ? firstDay : today,
          activityTitle: record.title.find((t) => t.lang === record.originalLang)?.text ?? record.title[0]?.text ?? record.key,
        });
        await tx.db.insert(activityEncounters).values({ activityId: id, ...pair, introductionId, recordedBy: userId });
      }
    }
    await recordDomainEvent(tx, {
      entityType: 'activity',
      entityId: id,
      action: stored ? 'update' : 'create',
      ...(before && { before }),
      after: await eventView(tx, id),
    });
    outcome.set(record.key, stored ? 'updated' : 'created');
  }
  return outcome;
}

const canonicalParticipants = (file: ActivityFileRecord) => mergeActivity(file, undefined).record.participants ?? [];
