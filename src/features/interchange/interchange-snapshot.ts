import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { cities, cityAliases } from '../cities/cities.table.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { partnershipCities, partnershipThemes, partnerships } from '../partnerships/partnerships.table.ts';
import type { InterchangeCity, InterchangeOrganisation, InterchangePartnership } from './interchange-document.ts';
import { byCodePoint, canonicalCity, canonicalOrganisation, canonicalPartnership } from './interchange-records.ts';

/** A stored record in its interchange form, with what the importer needs to update it. */
export interface Stored<T> {
  id: string;
  version: number;
  record: T;
}
export type StoredPartnership = Stored<InterchangePartnership> & { status: string };

/** Groups rows by a field, keeping their order. */
function groupBy<T>(rows: T[], by: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(by(row), [...(groups.get(by(row)) ?? []), row]);
  return groups;
}

// `keys` limits the load to those records (the importer's case); without it, everything (export).
const whereKey = (column: Parameters<typeof inArray>[0], keys?: string[]): SQL | undefined => (keys ? inArray(column, keys) : undefined);

export async function loadCities(db: Db, keys?: string[]): Promise<Map<string, Stored<InterchangeCity>>> {
  if (keys?.length === 0) return new Map();
  const rows = await db.select().from(cities).where(whereKey(cities.key, keys));
  const ids = rows.map((r) => r.id);
  const aliases = ids.length ? groupBy(await db.select().from(cityAliases).where(inArray(cityAliases.cityId, ids)), (a) => a.cityId) : new Map();
  return new Map(rows.map((row) => [row.key, { id: row.id, version: row.version, record: canonicalCity({ ...row, aliases: aliases.get(row.id) ?? [] }) }]));
}

export async function loadPartnerships(db: Db, keys?: string[]): Promise<Map<string, StoredPartnership>> {
  if (keys?.length === 0) return new Map();
  const rows = await db.select().from(partnerships).where(whereKey(partnerships.key, keys));
  const ids = rows.map((r) => r.id);
  if (!ids.length) return new Map();
  const members = groupBy(
    await db
      .select({ partnershipId: partnershipCities.partnershipId, key: cities.key, position: partnershipCities.position })
      .from(partnershipCities)
      .innerJoin(cities, eq(cities.id, partnershipCities.cityId))
      .where(inArray(partnershipCities.partnershipId, ids))
      .orderBy(asc(partnershipCities.position)),
    (m) => m.partnershipId,
  );
  const themes = groupBy(
    await db.select().from(partnershipThemes).where(inArray(partnershipThemes.partnershipId, ids)).orderBy(asc(partnershipThemes.position)),
    (t) => t.partnershipId,
  );
  // Equal positions (possible for records edited elsewhere) fall back to key order, never to chance.
  const ordered = <T extends { position: number }>(list: T[], key: (item: T) => string) =>
    [...list].sort((a, b) => a.position - b.position || byCodePoint(key(a), key(b)));
  return new Map(
    rows.map((row) => {
      const cityKeys = ordered(members.get(row.id) ?? [], (m) => m.key).map((m) => m.key);
      const themeKeys = ordered(themes.get(row.id) ?? [], (t) => t.themeKey).map((t) => t.themeKey);
      return [
        row.key,
        {
          id: row.id,
          version: row.version,
          status: row.status,
          record: canonicalPartnership({ ...row, themes: themeKeys }, cityKeys),
        },
      ];
    }),
  );
}

/**
 * `approvedItemsOnly` (the export): offers and requests still in review, returned or drafts are
 * not published, and the format cannot say so, so they stay out of files.
 */
export async function loadOrganisations(
  db: Db,
  keys?: string[],
  options: { approvedItemsOnly?: boolean } = {},
): Promise<Map<string, Stored<InterchangeOrganisation>>> {
  if (keys?.length === 0) return new Map();
  const rows = await db
    .select({ organisation: organisations, cityKey: cities.key })
    .from(organisations)
    .innerJoin(cities, eq(cities.id, organisations.cityId))
    .where(whereKey(organisations.key, keys));
  const ids = rows.map((r) => r.organisation.id);
  const items = ids.length
    ? groupBy(
        await db
          .select()
          .from(organisationItems)
          .where(and(inArray(organisationItems.organisationId, ids), options.approvedItemsOnly ? eq(organisationItems.status, 'approved') : undefined))
          .orderBy(asc(organisationItems.position), asc(organisationItems.id)),
        (i) => i.organisationId,
      )
    : new Map<string, (typeof organisationItems.$inferSelect)[]>();
  return new Map(
    rows.map(({ organisation: row, cityKey }) => {
      const own = items.get(row.id) ?? [];
      return [
        row.key,
        {
          id: row.id,
          version: row.version,
          record: canonicalOrganisation(
            {
              ...row,
              offers: own.filter((i) => i.direction === 'offer'),
              requests: own.filter((i) => i.direction === 'request'),
            },
            cityKey,
          ),
        },
      ];
    }),
  );
}
