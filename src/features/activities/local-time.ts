/**
 * Local date-times in an IANA time zone ↔ instants, with the platform's Intl (no library: the
 * conversion is a fixed-point search over the zone's offset, exact across daylight-saving changes).
 * An activity's times are entered and shown in its host's zone; calendars and sorting use instants.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether the platform knows the zone ("Europe/Bucharest"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

// One formatter per zone, made once: constructing an Intl.DateTimeFormat costs far more than
// formatting with it (3 % of the partnership page's CPU under load, when made per call). The zones
// are IANA names a form validated, so the map stays small.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsIn(instant: Date, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** The instant shown as `YYYY-MM-DDTHH:mm` in the zone. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The local calendar day (`YYYY-MM-DD`) of the instant in the zone. */
export function toLocalDay(instant: Date, timeZone: string): string {
  return toLocalDateTime(instant, timeZone).slice(0, 10);
}

/**
 * The instant of a local date-time in the zone. In the hour skipped when clocks go forward the
 * later offset is taken (02:30 on the spring change becomes 03:30); in the repeated autumn hour the
 * earlier instant. Returns null for a malformed or impossible date (2027-02-30T10:00).
 */
export function fromLocalDateTime(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // offset(t) = local wall clock at t − t. The wall time is one of asUtc − offset for the offsets
  // the zone has around it; keep those that read back as the same wall time, the earliest first.
  const offsetAt = (t: number) => {
    const p = partsIn(new Date(t), timeZone);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - t;
  };
  const before = offsetAt(asUtc - 86_400_000);
  const offsets = [...new Set([before, offsetAt(asUtc), offsetAt(asUtc + 86_400_000)])];
  const matching = offsets.map((o) => asUtc - o).filter((t) => toLocalDateTime(new Date(t), timeZone) === local);
  if (matching.length) return new Date(Math.min(...matching));
  // In the gap: read the wall time with the offset from before the change, which lands after it.
  return new Date(asUtc - before);
}

/** Every local calendar day from the start to the end (inclusive), in the zone. */
export function localDaysBetween(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const first = toLocalDay(startsAt, timeZone);
  const last = toLocalDay(endsAt, timeZone);
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    days.push(day);
    if (day >= last || days.length > 366) break;
  }
  return days;
}
