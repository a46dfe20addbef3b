/** Money and dates as the reader reads them. */
export const formatEuro = (amount: number | null, lng: string) =>
  amount === null ? '–' : new Intl.NumberFormat(lng, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(amount);

export const formatDay = (isoDate: string, lng: string) => new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** A deadline in Brussels time (the portal's) and in the reader's own zone. */
export function formatDeadline(iso: string, lng: string) {
  const at = new Date(iso);
  const brussels = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(at);
  // dateStyle and timeStyle cannot be combined with timeZoneName: spelled out instead.
  const local = new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(at);
  return { brussels, local };
}

/** Whole days from now to the deadline (negative when past). */
export const daysUntil = (iso: string, now = new Date()) => Math.ceil((new Date(iso).getTime() - now.getTime()) / 86_400_000);
