/**
 * How an offer's or request's end date reads to its editors. Calendar days are counted in UTC,
 * as the API counts them (an item stands through its valid-until day).
 */
export type ItemExpiry =
  | { state: 'open' }
  | { state: 'expired' }
  | { state: 'today' | 'tomorrow' }
  | { state: 'soon'; days: number }
  | { state: 'later'; days: number };

/** Items this close to their end are offered a renewal (the reminder mail goes out 14 days before). */
export const RENEW_WITHIN_DAYS = 30;

export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function itemExpiry(validUntil: string | null | undefined, today: string): ItemExpiry {
  if (!validUntil) return { state: 'open' };
  const days = dayNumber(validUntil) - dayNumber(today);
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
