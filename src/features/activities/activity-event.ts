import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';
import type { Activity } from './activities.schemas.ts';

/**
 * An activity as its domain events carry it (`before` / `after`), flat and by reference, so that
 * the history can name each field (audit/history-fields.ts): ids instead of embedded records,
 * instants instead of local times, nothing that depends on who reads it (can, own registration)
 * or on the moment (whether registration is open now), with the iCalendar sequence and, on a
 * cancellation, the reason. The mails to participants (activities.subscribers.ts) read the
 * times, zone, venue, link, status and reason from it. Writers through the API and the
 * interchange import record the same shape.
 */
export function activityEventView(activity: Activity, icalSequence: number, reason?: LocalisedTexts | null) {
  return {
    key: activity.key,
    partnershipId: activity.partnershipId,
    kind: activity.kind,
    status: activity.status,
    title: activity.title,
    description: activity.description,
    originalLang: activity.originalLang,
    hostCityId: activity.hostCity?.id ?? null,
    timeZone: activity.timeZone,
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    venue: activity.venue,
    onlineUrl: activity.onlineUrl,
    languages: activity.languages,
    themes: activity.themes,
    concepts: activity.concepts,
    organiserIds: activity.organisers.map((o) => o.id),
    agenda: activity.agenda.map(({ id: _id, ...item }) => item),
    projectId: activity.project?.id ?? null,
    measureId: activity.measure?.id ?? null,
    isPublic: activity.isPublic,
    registrationOpen: activity.registration.registrationOpen,
    capacity: activity.capacity,
    registrationDeadline: activity.registration.deadline,
    needsRetentionDays: activity.needsRetentionDays,
    outcomes: activity.outcomes,
    minutes: activity.minutes,
    icalSequence,
    ...(reason ? { reason } : {}),
  };
}

export type ActivityEventView = ReturnType<typeof activityEventView>;
