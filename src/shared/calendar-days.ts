/**
 * Whole calendar days from today to a date: the one way Pontis counts days, on the server and in
 * the web app alike.
 *
 * The rule: days are counted on the calendar of the time zone the date belongs to, never on the
 * reader's and never by dividing milliseconds. An EU call's deadline belongs to Brussels (the
 * portal sets it in Brussels time), so a deadline is "today" from midnight to midnight in Brussels
 * and "in 57 days" reads the same on the calls list, the call page, the project card, the radar's
 * reasons and in a reminder mail, whether the reader sits in Cluj-Napoca or in Tokyo. Dividing
 * milliseconds instead gave 56 on one page and 57 on another (floor versus ceiling) and shifted
 * by one at the change to and from summer time.
 *
 * A date-only value ("2027-01-31": an offer's valid-until day, a milestone) has no time of day; it
 * is that calendar date, counted against today's date in the zone given. Pontis' own dates are
 * judged by the API on the UTC day (`OWN_DATES_TIME_ZONE`); EU deadlines on Brussels' day.
 */
export const DEADLINE_TIME_ZONE = 'Europe/Brussels';

/** The zone the API decides "today" in for Pontis' own date-only values (offers' and requests' end). */
export const OWN_DATES_TIME_ZONE = 'UTC';

/**
 * A deadline this many calendar days away or closer is "soon": emphasised in red on every page and
 * given as a reason by the call radar. One number, so no page colours a deadline another calls far.
 */
export const DEADLINE_SOON_DAYS = 30;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (timeZone: string) => {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
};

/** The calendar date ("2027-01-31") an instant falls on in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dayFormat(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const dayNumber = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/** Calendar days from one date ("2027-01-01") to another; negative when `to` comes first. */
export const calendarDaysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The calendar date a value stands for in a zone: a date-only value is itself, an instant its date there. */
export function calendarDateOf(value: string | Date, timeZone: string): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return dateIn(instant, timeZone);
}

/**
 * Calendar days from today (at `now`) to `target` in `timeZone`: 0 on the day itself, 1 the day
 * before, negative once the day is over.
 */
export function calendarDaysUntil(target: string | Date, now: Date, timeZone: string = DEADLINE_TIME_ZONE): number {
  return calendarDaysBetween(dateIn(now, timeZone), calendarDateOf(target, timeZone));
}

export interface DeadlineCountdown {
  /** Calendar days left in the deadline's zone (0: today). */
  days: number;
  /** The deadline's instant has gone by (on its own day after 17:00, say). */
  passed: boolean;
  /** Not passed and at most DEADLINE_SOON_DAYS away. */
  soon: boolean;
}

/** A deadline instant as every page and the radar count it (in Brussels, unless told otherwise). */
export function deadlineCountdown(at: string | Date, now: Date, timeZone: string = DEADLINE_TIME_ZONE): DeadlineCountdown {
  const instant = typeof at === 'string' ? new Date(at) : at;
  const days = calendarDaysUntil(instant, now, timeZone);
  const passed = instant.getTime() <= now.getTime();
  return { days, passed, soon: !passed && days <= DEADLINE_SOON_DAYS };
}
