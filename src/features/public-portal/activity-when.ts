import { DATE_STYLE, intlLocale, TIME_STYLE } from '../../shared/date-style.ts';
import { dateTimeFormat } from './intl-cache.ts';

/**
 * When an activity takes place, in its own time zone and the app's date style, with the zone's
 * short name: "18 November 2021, 15:00–17:30 CET". The page is the same for every reader, so the
 * time is the activity's local one, not the reader's.
 */
export function activityWhen(activity: { startsAt: string; endsAt: string; timeZone: string }, lang: string): string {
  const format = dateTimeFormat(intlLocale(lang), { ...DATE_STYLE, ...TIME_STYLE, timeZone: activity.timeZone, timeZoneName: 'short' });
  return format.formatRange(new Date(activity.startsAt), new Date(activity.endsAt));
}
