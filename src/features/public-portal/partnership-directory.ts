import type { PartnershipSummary } from '../partnerships/partnerships.schemas.ts';

/** The directory's filters as the query string gives them; each empty means "any". */
export interface DirectoryFilters {
  country?: string;
  city?: string;
  kind?: string;
  theme?: string;
  /** Started in this year or later (partnerships without a start date are left out then). */
  since?: number;
}

/** Reads the filters from a query string, dropping what is not a plausible value (a bad link shows everything, not an error). */
export function directoryFilters(query: Record<string, unknown>): DirectoryFilters {
  const word = (v: unknown, pattern: RegExp) => (typeof v === 'string' && pattern.test(v) ? v : undefined);
  const year = typeof query.since === 'string' && /^\d{4}$/.test(query.since) ? Number(query.since) : undefined;
  return {
    country: word(query.country, /^[A-Z]{2}$/),
    city: word(query.city, /^[a-z0-9][a-z0-9-]{0,99}$/),
    kind: word(query.kind, /^[a-z-]{1,40}$/),
    theme: word(query.theme, /^[a-z0-9-]{1,80}$/),
    since: year,
  };
}

/** The partnerships that pass every filter given. */
export function filterPartnerships(items: readonly PartnershipSummary[], f: DirectoryFilters): PartnershipSummary[] {
  return items.filter(
    (p) =>
      (!f.country || p.cities.some((c) => c.country === f.country)) &&
      (!f.city || p.cities.some((c) => c.key === f.city)) &&
      (!f.kind || p.kind === f.kind) &&
      (!f.theme || p.themes.includes(f.theme)) &&
      (!f.since || (!!p.since && Number(p.since.slice(0, 4)) >= f.since)),
  );
}
