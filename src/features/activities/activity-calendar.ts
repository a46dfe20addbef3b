import { createEvents, type Attendee, type EventAttributes } from 'ics';
import type { LocalisedText } from '../../shared/locales.ts';

/** What a calendar entry of an activity needs; read from the activity row (or its domain event). */
export interface ActivityCalendarFacts {
  id: string;
  key: string;
  title: LocalisedText[];
  originalLang: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  status: 'planned' | 'cancelled';
  icalSequence: number;
  /** The name shown with the organiser (the partnership or the first organising organisation). */
  organiserName?: string | null;
}

export interface ActivityCalendarOptions {
  publicUrl: string;
  /** The language to show the title in; the original (else the first text) when it has none. */
  lang?: string | null;
  /** The one invited (an invitation mail), or nobody (a feed). */
  attendee?: { name: string; email: string | null } | null;
  /** Who the invitation comes from; calendar apps want an address for METHOD:REQUEST. */
  organiserEmail?: string | null;
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** Stable per activity, so that a calendar app updates or removes the event it already has. */
export const activityUid = (activityId: string) => `activity-${activityId}@pontis`;

export const activityPageUrl = (publicUrl: string, key: string) => `${publicUrl}/activities/${encodeURIComponent(key)}`;

/** The title in the requested language, else in the original language, else the first one given. */
export function titleIn(texts: readonly LocalisedText[], lang: string | null | undefined, originalLang: string | null): string {
  return texts.find((t) => t.lang === lang)?.text ?? texts.find((t) => t.lang === originalLang || (!t.lang && !!originalLang))?.text ?? texts[0]?.text ?? '';
}

/**
 * The activity as an RFC 5545 VEVENT: its instants in UTC, its SEQUENCE the activity's
 * ical_sequence (raised by every change of time, place or link), CANCELLED once called off.
 * The same UID in every invitation, update and cancellation and in every feed.
 */
export function activityEvent(activity: ActivityCalendarFacts, options: ActivityCalendarOptions): EventAttributes {
  const url = activityPageUrl(options.publicUrl, activity.key);
  const location = activity.venue ?? activity.onlineUrl ?? undefined;
  const attendees: Attendee[] = options.attendee
    ? [
        {
          name: options.attendee.name,
          ...(options.attendee.email ? { email: options.attendee.email } : {}),
          rsvp: false,
          partstat: 'ACCEPTED',
          role: 'REQ-PARTICIPANT',
        },
      ]
    : [];
  return {
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    start: activity.startsAt.getTime(),
    end: activity.endsAt.getTime(),
    uid: activityUid(activity.id),
    sequence: activity.icalSequence,
    title: titleIn(activity.title, options.lang, activity.originalLang),
    description: [activity.onlineUrl && activity.onlineUrl !== location ? activity.onlineUrl : null, url].filter(Boolean).join('\n'),
    ...(location ? { location } : {}),
    url,
    status: activity.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    ...(options.organiserEmail ? { organizer: { name: activity.organiserName ?? 'Pontis', email: options.organiserEmail } } : {}),
    ...(attendees.length ? { attendees } : {}),
  };
}

/** A whole calendar (one invitation, or a feed) as text/calendar. */
export function renderActivityCalendar(events: readonly EventAttributes[], header: { method?: CalendarMethod; calName?: string } = {}): string {
  const { error, value } = createEvents([...events], {
    productId: '-//Pontis//Activities//EN',
    ...(header.method ? { method: header.method } : {}),
    ...(header.calName ? { calName: header.calName } : {}),
  });
  if (error || value === null) throw error ?? new Error('calendar could not be written');
  return value;
}

/** The invitation (REQUEST) or the cancellation (CANCEL) of one activity for one participant. */
export function activityInvitation(activity: ActivityCalendarFacts, options: ActivityCalendarOptions): { method: CalendarMethod; ics: string } {
  const method: CalendarMethod = activity.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return { method, ics: renderActivityCalendar([activityEvent(activity, options)], { method }) };
}
