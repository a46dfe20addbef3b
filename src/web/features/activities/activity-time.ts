import { formatDateTime, formatDay, intlLocale } from '../../lib/date-format.ts';

/**
 * Times of an activity. They are planned in the host's zone (local date-times without offset);
 * a reader elsewhere sees them in that zone with the zone named, so that "10:00" is never read
 * as their own clock's ten o'clock.
 */

interface Timed {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

const sameLocalDay = (a: string, b: string, lang: string, timeZone: string) => formatDay(a, lang, timeZone) === formatDay(b, lang, timeZone);

function timeOnly(value: string, lang: string, timeZone: string, zoneName: boolean) {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    ...(zoneName ? { timeZoneName: 'short' } : {}),
  }).format(new Date(value));
}

/** "12 May 2027, 10:00 – 17:00", or across days; the zone named when it is not the reader's. */
export function formatActivityTimes(activity: Timed, lang: string, readerZone: string): string {
  const zoneName = activity.timeZone !== readerZone;
  const options = { timeZone: activity.timeZone, zoneName };
  if (sameLocalDay(activity.startsAt, activity.endsAt, lang, activity.timeZone)) {
    return `${formatDateTime(activity.startsAt, lang, { timeZone: activity.timeZone })} – ${timeOnly(activity.endsAt, lang, activity.timeZone, zoneName)}`;
  }
  return `${formatDateTime(activity.startsAt, lang, { timeZone: activity.timeZone })} – ${formatDateTime(activity.endsAt, lang, options)}`;
}

/** A local date-time of the activity ("2027-05-12T10:00") as its time of day ("10:00"). */
export const localTimeOfDay = (local: string) => local.slice(11, 16);

/** The local calendar days an activity spans, from its local start and end ("2027-05-12"…). */
export function localDays(startsLocal: string, endsLocal: string): string[] {
  const days: string[] = [];
  const end = endsLocal.slice(0, 10);
  for (let d = startsLocal.slice(0, 10); d <= end && days.length < 366; d = addDays(d, 1)) days.push(d);
  return days;
}

export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** "2027-05" for a day. */
export const monthOf = (day: string) => day.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + n, 1));
  return date.toISOString().slice(0, 7);
}

/** The first and last day of a month, for the list's ?from&to. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The month as weeks from Monday to Sunday, with the days of the neighbouring months that fill them. */
export function monthWeeks(month: string): { day: string; inMonth: boolean }[][] {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks: { day: string; inMonth: boolean }[][] = [];
  let day = addDays(first, -weekday);
  while (weeks.length === 0 || monthOf(day) === month) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i)).map((d) => ({ day: d, inMonth: monthOf(d) === month }));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

/** "May 2027" in the reader's language. */
export const monthTitle = (month: string, lang: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** Short weekday names from Monday, in the reader's language. */
export const weekdayNames = (lang: string, style: 'short' | 'long' = 'short') =>
  Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(intlLocale(lang), { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
