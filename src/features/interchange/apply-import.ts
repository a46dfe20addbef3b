import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { replaceCityAliases, saveImportedCity } from '../cities/index.ts';
import { insertImportedOrganisations, replaceItemsKeepingConcepts, updateImportedOrganisation, type ImportedItem } from '../organisations/index.ts';
import { saveImportedPartnership } from '../partnerships/index.ts';
import type { InterchangeCity, InterchangeItem, InterchangeOrganisation, InterchangePartnership } from './interchange-document.ts';
import type { Stored, StoredPartnership } from './interchange-snapshot.ts';

/** One record of the file against what is stored under its key (nothing when it is new). */
export interface Change<T, S extends Stored<T> = Stored<T>> {
  record: T;
  stored?: S;
  changed: boolean;
}

// The writes below run inside the importer's transaction, through the functions the cities,
// partnerships and organisations features offer importers; each changed record bumps its version
// (updateVersioned) and leaves one audit entry with its interchange form before and after.

export async function applyCities(tx: ServiceContext, changes: Change<InterchangeCity>[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { record, stored, changed } of changes) {
    if (stored && !changed) {
      ids.set(record.key, stored.id);
      continue;
    }
    const fields = {
      name: record.name,
      country: record.country,
      latitude: record.latitude ?? null,
      longitude: record.longitude ?? null,
      population: record.population ?? null,
    };
    const id = await saveImportedCity(tx, record.key, fields, stored);
    await replaceCityAliases(tx, id, record.aliases);
    await audit(tx, 'city', id, stored?.record, record);
    ids.set(record.key, id);
  }
  return ids;
}

export async function applyPartnerships(
  tx: ServiceContext,
  changes: Change<InterchangePartnership, StoredPartnership>[],
  cityIds: Map<string, string>,
  cityNames: Map<string, string>,
): Promise<void> {
  for (const { record, stored, changed } of changes) {
    if (stored && !changed) continue;
    const partnership = {
      key: record.key,
      kind: record.kind,
      since: record.since ?? null,
      description: record.description ?? [],
      cityIds: record.cities.map((key) => cityIds.get(key)!),
      themeKeys: record.themes ?? [],
    };
    // The format carries no name or status: a new partnership is named after its cities, and an
    // agreement date means it is under way. An existing one keeps both.
    const id = await saveImportedPartnership(
      tx,
      partnership,
      stored ?? { name: record.cities.map((key) => cityNames.get(key) ?? key).join(' – '), status: record.since ? 'active' : 'proposed' },
    );
    await audit(tx, 'partnership', id, stored?.record, record);
  }
}

export async function applyOrganisations(tx: ServiceContext, changes: Change<InterchangeOrganisation>[], cityIds: Map<string, string>): Promise<void> {
  for (const { record, stored, changed } of changes) {
    if (stored && !changed) continue;
    const fields = {
      name: record.name,
      kind: record.kind,
      cityId: cityIds.get(record.city)!,
      website: record.website ?? null,
      languages: record.languages ?? [],
      description: record.description ?? [],
      themes: record.themes ?? [],
    };
    const items = [...itemRows('offer', record.offers), ...itemRows('request', record.requests)];
    let id: string;
    if (stored) {
      id = stored.id;
      await updateImportedOrganisation(tx, stored, fields);
      // The format has no place for confirmed concepts: an item that comes back unchanged keeps them.
      await replaceItemsKeepingConcepts(tx, id, items);
    } else {
      id = (await insertImportedOrganisations(tx, [{ key: record.key, fields, items }])).get(record.key)!;
    }
    await audit(tx, 'organisation', id, stored?.record, record);
  }
}

const itemRows = (direction: 'offer' | 'request', items: InterchangeItem[] = []): ImportedItem[] =>
  items.map((item, position) => ({
    direction,
    position,
    category: item.category ?? null,
    lang: item.lang ?? null,
    title: item.title ?? null,
    text: item.text,
    themes: item.themes ?? [],
    validUntil: item.validUntil ?? null,
  }));

function audit(tx: ServiceContext, entityType: string, entityId: string, before: unknown, after: unknown) {
  return recordDomainEvent(tx, { entityType, entityId, action: before ? 'update' : 'create', before, after });
}
