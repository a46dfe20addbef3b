/** The fields of an activity that attendees' calendar entries show. */
const calendarFields = ['startsAt', 'endsAt', 'timeZone', 'hostCityId', 'venue', 'onlineUrl', 'status'] as const;
type CalendarFields = Partial<Record<(typeof calendarFields)[number], Date | string | null>>;

/**
 * Whether attendees' calendars must take the change: a new time, zone, place, link or status.
 * Calendar clients replace an event only when its SEQUENCE grows (RFC 5545), so these raise
 * ical_sequence; a new title or description alone does not need to.
 */
export function changesCalendarEntry(before: CalendarFields, after: CalendarFields): boolean {
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));
  return calendarFields.some((field) => field in after && !same(before[field], after[field]));
}
