/**
 * Dates as the portal writes them. Epoch milliseconds are instants and are kept as given.
 * A bare date ("2026-03-12") means the portal's usual cut-off, 17:00 Brussels time that day.
 * Offsets without a colon ("+0200", search API) are accepted.
 */
export function portalInstant(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? safeIso(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d{11,14}$/.test(s)) return safeIso(Number(s));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return brusselsAt(s, 17);
  const iso = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T');
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : safeIso(t);
}

function safeIso(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The instant of `hour`:00 in Brussels on a calendar date, summer time included. */
export function brusselsAt(date: string, hour: number): string | null {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hour);
  if (Number.isNaN(guess)) return null;
  // The offset at the guessed instant; 17:00 is far from the 02:00–03:00 switch, so one step is exact.
  const offsetMinutes = brusselsOffsetMinutes(new Date(guess));
  return safeIso(guess - offsetMinutes * 60_000);
}

const brusselsParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function brusselsOffsetMinutes(at: Date): number {
  const p = Object.fromEntries(brusselsParts.formatToParts(at).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
