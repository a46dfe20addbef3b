import { calendarDaysBetween, dateIn, OWN_DATES_TIME_ZONE } from '../../../shared/calendar-days.ts';

/**
 * How an offer's or request's end date reads to its editors. Calendar days are counted by the
 * shared rule (calendar-days.ts) on the API's UTC day (an item stands through its valid-until day).
 */
export type ItemExpiry =
  { state: 'open' } | { state: 'expired' } | { state: 'today' | 'tomorrow' } | { state: 'soon'; days: number } | { state: 'later'; days: number };

/** Items this close to their end are offered a renewal (the reminder mail goes out 14 days before). */
export const RENEW_WITHIN_DAYS = 30;

export const todayUtc = (now = new Date()) => dateIn(now, OWN_DATES_TIME_ZONE);

export function itemExpiry(validUntil: string | null | undefined, today: string): ItemExpiry {
  if (!validUntil) return { state: 'open' };
  const days = calendarDaysBetween(today, validUntil);
  if (days < 0) return { state: 'expired' };
  if (days === 0) return { state: 'today' };
  if (days === 1) return { state: 'tomorrow' };
  return days <= RENEW_WITHIN_DAYS ? { state: 'soon', days } : { state: 'later', days };
}

/** Whether the one-click renewal is offered: the item has ended or ends within RENEW_WITHIN_DAYS. */
export const offersRenewal = (expiry: ItemExpiry) => expiry.state !== 'open' && expiry.state !== 'later';

/** The same day twelve months on (the 29th of February becomes the 28th), as the API's renewal does. */
export function twelveMonthsFrom(validUntil: string | null | undefined, today: string): string {
  const base = validUntil && validUntil > today ? validUntil : today;
  const [y, m, d] = base.split('-').map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + 1, m - 1, Math.min(d, last))).toISOString().slice(0, 10);
}
