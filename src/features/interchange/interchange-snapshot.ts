import type { ServiceContext } from '../../shared/context.ts';
import { citiesWithAliases, cityNames } from '../cities/index.ts';
import { organisationsWithItems } from '../organisations/index.ts';
import { partnershipsWithMembers } from '../partnerships/index.ts';
import type { InterchangeCity, InterchangeOrganisation, InterchangePartnership } from './interchange-document.ts';
import { byCodePoint, canonicalCity, canonicalOrganisation, canonicalPartnership } from './interchange-records.ts';

/** A stored record in its interchange form, with what the importer needs to update it. */
export interface Stored<T> {
  id: string;
  version: number;
  record: T;
}
export type StoredPartnership = Stored<InterchangePartnership> & { status: string };

// `keys` limits the load to those records (the importer's case); without it, everything (export).
// Records name their cities by key: the cities feature turns the stored city ids into keys (a
// reference to a city that is gone is left out, as the join of the tables left it out before).

/** The keys of the cities with these ids, by id (one read; none for no ids). */
async function cityKeysById(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  return new Map((await cityNames(ctx, 'id', [...new Set(ids)])).map((c) => [c.id, c.key]));
}

export async function loadCities(ctx: ServiceContext, keys?: string[]): Promise<Map<string, Stored<InterchangeCity>>> {
  const rows = await citiesWithAliases(ctx, keys);
  return new Map(rows.map((row) => [row.key, { id: row.id, version: row.version, record: canonicalCity(row) }]));
}

export async function loadPartnerships(ctx: ServiceContext, keys?: string[]): Promise<Map<string, StoredPartnership>> {
  const rows = await partnershipsWithMembers(ctx, keys);
  const cityKeys = await cityKeysById(
    ctx,
    rows.flatMap((r) => r.members.map((m) => m.cityId)),
  );
  // Equal positions (possible for records edited elsewhere) fall back to key order, never to chance.
  const ordered = <T extends { position: number }>(list: T[], key: (item: T) => string) =>
    [...list].sort((a, b) => a.position - b.position || byCodePoint(key(a), key(b)));
  return new Map(
    rows.map((row) => {
      const members = row.members.flatMap((m) => (cityKeys.has(m.cityId) ? [{ key: cityKeys.get(m.cityId)!, position: m.position }] : []));
      const memberKeys = ordered(members, (m) => m.key).map((m) => m.key);
      const themeKeys = ordered(row.themes, (t) => t.themeKey).map((t) => t.themeKey);
      return [
        row.key,
        {
          id: row.id,
          version: row.version,
          status: row.status,
          record: canonicalPartnership({ ...row, themes: themeKeys }, memberKeys),
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
  ctx: ServiceContext,
  keys?: string[],
  options: { approvedItemsOnly?: boolean } = {},
): Promise<Map<string, Stored<InterchangeOrganisation>>> {
  const rows = await organisationsWithItems(ctx, keys, options);
  const cityKeys = await cityKeysById(
    ctx,
    rows.map((r) => r.cityId),
  );
  return new Map(
    rows
      .filter((row) => cityKeys.has(row.cityId))
      .map((row) => [
        row.key,
        {
          id: row.id,
          version: row.version,
          record: canonicalOrganisation(
            {
              ...row,
              offers: row.items.filter((i) => i.direction === 'offer'),
              requests: row.items.filter((i) => i.direction === 'request'),
            },
            cityKeys.get(row.cityId)!,
          ),
        },
      ]),
  );
}
