import { DEADLINE_TIME_ZONE } from '../../shared/calendar-days.ts';
import { DATE_STYLE, intlLocale, TIME_STYLE } from '../../shared/date-style.ts';

/**
 * The app's one style for dates and times, per UI language, through the browser's Intl: every page
 * formats through here so that no page mixes "Jan 31, 2027, 5:00 PM" with "31 January 2027".
 *
 * - a date: "31 January 2027", "31. Januar 2027", "31 ianuarie 2027", "2027. január 31.";
 * - a time: 24-hour "17:00" (the custom in all four languages' countries);
 * - a zone, where it matters (deadlines), by its short name from Intl ("CET", "MEZ", "GMT+9"),
 *   the same way for Brussels and for the reader's own zone;
 * - a day count: "in 57 days", "today", "tomorrow", "3 days ago" (Intl.RelativeTimeFormat, which
 *   knows each language's plural forms: "peste 57 de zile", "57 nap múlva").
 */

export { intlLocale };

const DATE = DATE_STYLE;
const TIME = TIME_STYLE;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(lang), options)));
  return f;
}

/**
 * A date. A date-only value ("2027-01-31") is that calendar date for every reader: it is formatted
 * in UTC, so a reader west of Greenwich never sees the day before. An instant is shown on the
 * reader's calendar (or `timeZone`'s).
 */
export function formatDay(value: string | null | undefined, lang: string, timeZone?: string): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return formatter(lang, { ...DATE, timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  return formatter(lang, { ...DATE, ...(timeZone ? { timeZone } : {}) }).format(new Date(value));
}

export interface DateTimeOptions {
  /** Where the time is read; the reader's own zone if not given. */
  timeZone?: string;
  /** Name the zone after the time ("17:00 CET"): for deadlines and other times that matter across zones. */
  zoneName?: boolean;
}

/** A date with its time: "31 January 2027, 17:00", with the zone named when asked. */
export function formatDateTime(value: string | Date, lang: string, options: DateTimeOptions = {}): string {
  const at = typeof value === 'string' ? new Date(value) : value;
  return formatter(lang, {
    ...DATE,
    ...TIME,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.zoneName ? { timeZoneName: 'short' } : {}),
  }).format(at);
}

/**
 * A stored value as a date, or as a date and time when it is an instant: what `formatDate` in
 * labels.ts has always done, now in the app's one style.
 */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  return DATE_ONLY.test(value) ? formatDay(value, lang) : formatDateTime(value, lang);
}

export const readerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A deadline as the portal means it (Brussels time) and, when the reader's clock shows something
 * else, in the reader's own zone: the portal's 17:00 is 18:00 in Cluj-Napoca. Both name their zone.
 */
export function formatDeadline(
  value: string | Date,
  lang: string,
  readerZone: string | undefined = readerTimeZone(),
): { brussels: string; local: string | null } {
  const brussels = formatDateTime(value, lang, { timeZone: DEADLINE_TIME_ZONE, zoneName: true });
  if (!readerZone || readerZone === DEADLINE_TIME_ZONE) return { brussels, local: null };
  const local = formatDateTime(value, lang, { timeZone: readerZone, zoneName: true });
  return { brussels, local: local === brussels ? null : local };
}

const relative = new Map<string, Intl.RelativeTimeFormat>();

/** A calendar-day count in words: "today", "tomorrow", "in 57 days", "yesterday", "3 days ago". */
export function formatRelativeDays(days: number, lang: string): string {
  let f = relative.get(lang);
  if (!f) relative.set(lang, (f = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' })));
  return f.format(days, 'day');
}
