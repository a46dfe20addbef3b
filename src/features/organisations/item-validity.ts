/**
 * Dates of offers and requests, as ISO calendar dates (YYYY-MM-DD). An item stands through its
 * valid-until day and has expired from the day after. Calendar days are counted in UTC, the same
 * on every server.
 */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

export const isExpired = (validUntil: string | null, today: string) => validUntil !== null && validUntil < today;

const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/** The same day n months later; the 31st becomes the last day of a shorter month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const day = Math.min(d, daysInMonth(first.getUTCFullYear(), first.getUTCMonth()));
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** One-click renewal: twelve months from the current end, or from today if that has passed or is unset. */
export function renewedUntil(validUntil: string | null, today: string, months = 12): string {
  const base = validUntil !== null && validUntil > today ? validUntil : today;
  return addMonths(base, months);
}
