/**
 * The one style for dates and times in every language, shared by the web app (date-format.ts) and
 * by text the server writes in the reader's language (match reasons, reminder mails), so that a
 * date reads the same on a page and in a mail: "31 January 2027", "31. Januar 2027",
 * "31 ianuarie 2027", "2027. január 31.", times on the 24-hour clock.
 */

// English readers here are European: day before month, not the US order.
export const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

export const DATE_STYLE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
export const TIME_STYLE: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

// One formatter per language: making one costs far more than formatting a date (a server page
// formats dozens).
const calendarDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date ("2027-01-31") in the app's style: the same day for every reader, whatever their zone. */
export function formatCalendarDate(isoDate: string, lang: string): string {
  let format = calendarDateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { ...DATE_STYLE, timeZone: 'UTC' });
    calendarDateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
