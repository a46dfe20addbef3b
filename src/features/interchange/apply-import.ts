import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { recordAudit } from '../audit/index.ts';
import { replaceCityAliases } from '../cities/index.ts';
import { cities } from '../cities/cities.table.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { partnershipCities, partnershipThemes, partnerships } from '../partnerships/partnerships.table.ts';
import { reindexOrganisation } from '../search/index.ts';
import type { InterchangeCity, InterchangeItem, InterchangeOrganisation, InterchangePartnership } from './interchange-document.ts';
import type { Stored, StoredPartnership } from './interchange-snapshot.ts';

/** One record of the file against what is stored under its key (nothing when it is new). */
export interface Change<T, S extends Stored<T> = Stored<T>> {
  record: T;
  stored?: S;
  changed: boolean;
}

// The writes below run inside the importer's transaction; each changed record bumps its version
// (updateVersioned) and leaves one audit entry with its interchange form before and after.

export async function applyCities(tx: ServiceContext, changes: Change<InterchangeCity>[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { record, stored, changed } of changes) {
    if (stored && !changed) {
      ids.set(record.key, stored.id);
      continue;
    }
    const values = {
      name: record.name,
      nameNormalized: foldForLookup(record.name),
      country: record.country,
      latitude: record.latitude ?? null,
      longitude: record.longitude ?? null,
      population: record.population ?? null,
    };
    let id: string;
    if (stored) {
      id = (await updateVersioned(tx, cities, 'The city', stored.id, stored.version, values)).id;
    } else {
      [{ id }] = await tx.db
        .insert(cities)
        .values({ key: record.key, ...values, updatedBy: actorUserId(tx.actor) })
        .returning({ id: cities.id });
    }
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
    const values = { kind: record.kind, since: record.since ?? null, description: record.description ?? [] };
    let id: string;
    if (stored) {
      id = (await updateVersioned(tx, partnerships, 'The partnership', stored.id, stored.version, values)).id;
      await tx.db.delete(partnershipCities).where(eq(partnershipCities.partnershipId, id));
      await tx.db.delete(partnershipThemes).where(eq(partnershipThemes.partnershipId, id));
    } else {
      // The format carries no name or status: a new partnership is named after its cities, and an
      // agreement date means it is under way. An existing one keeps both.
      [{ id }] = await tx.db
        .insert(partnerships)
        .values({
          key: record.key,
          name: record.cities.map((key) => cityNames.get(key) ?? key).join(' – '),
          status: record.since ? 'active' : 'proposed',
          ...values,
          updatedBy: actorUserId(tx.actor),
        })
        .returning({ id: partnerships.id });
    }
    await tx.db.insert(partnershipCities).values(record.cities.map((key, position) => ({ partnershipId: id, cityId: cityIds.get(key)!, position })));
    const themes = (record.themes ?? []).map((themeKey, position) => ({ partnershipId: id, themeKey, position }));
    if (themes.length) await tx.db.insert(partnershipThemes).values(themes);
    await audit(tx, 'partnership', id, stored?.record, record);
  }
}

export async function applyOrganisations(tx: ServiceContext, changes: Change<InterchangeOrganisation>[], cityIds: Map<string, string>): Promise<void> {
  for (const { record, stored, changed } of changes) {
    if (stored && !changed) continue;
    const values = {
      name: record.name,
      kind: record.kind,
      cityId: cityIds.get(record.city)!,
      website: record.website ?? null,
      languages: record.languages ?? [],
      description: record.description ?? [],
      themes: record.themes ?? [],
    };
    let id: string;
    // The interchange format has no place for confirmed concepts: an item that comes back with the
    // same direction, title and text keeps the concepts its editor confirmed.
    const keptConcepts = new Map<string, string[]>();
    if (stored) {
      id = (await updateVersioned(tx, organisations, 'The organisation', stored.id, stored.version, values)).id;
      const previous = await tx.db
        .select({ direction: organisationItems.direction, title: organisationItems.title, text: organisationItems.text, concepts: organisationItems.concepts })
        .from(organisationItems)
        .where(eq(organisationItems.organisationId, id));
      for (const p of previous) if (p.concepts.length) keptConcepts.set(itemIdentity(p.direction, p.title, p.text), p.concepts);
      await tx.db.delete(organisationItems).where(eq(organisationItems.organisationId, id));
    } else {
      [{ id }] = await tx.db
        .insert(organisations)
        .values({ key: record.key, ...values, updatedBy: actorUserId(tx.actor) })
        .returning({ id: organisations.id });
    }
    const itemRows = (direction: 'offer' | 'request', items: InterchangeItem[] = []) =>
      items.map((item, position) => ({
        organisationId: id,
        direction,
        position,
        category: item.category ?? null,
        lang: item.lang ?? null,
        title: item.title ?? null,
        text: item.text,
        themes: item.themes ?? [],
        concepts: keptConcepts.get(itemIdentity(direction, item.title ?? null, item.text)) ?? [],
        validUntil: item.validUntil ?? null,
      }));
    const items = [...itemRows('offer', record.offers), ...itemRows('request', record.requests)];
    if (items.length) await tx.db.insert(organisationItems).values(items);
    await reindexOrganisation(tx, id);
    await audit(tx, 'organisation', id, stored?.record, record);
  }
}

const itemIdentity = (direction: string, title: string | null, text: string) => JSON.stringify([direction, title ?? '', text]);

function audit(tx: ServiceContext, entityType: string, entityId: string, before: unknown, after: unknown) {
  return recordAudit(tx, { entityType, entityId, action: before ? 'update' : 'create', before, after });
}
