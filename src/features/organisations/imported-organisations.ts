import { and, eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { organisationItems, organisations } from './organisations.table.ts';

// The writes of the importers (CSV and interchange), in the importer's transaction. The importer
// has checked its rights and the file, rebuilds the search rows and records the audit entries.

/** The fields of an organisation that an imported file sets. */
export type ImportedOrganisationFields = Pick<
  typeof organisations.$inferInsert,
  'name' | 'kind' | 'cityId' | 'website' | 'languages' | 'description' | 'themes'
>;

/** An offer or request of an imported file (its concepts: only those an editor confirmed before). */
export interface ImportedItem {
  direction: 'offer' | 'request';
  position: number;
  category: string | null;
  lang: string | null;
  title: string | null;
  text: string;
  themes: string[];
  validUntil: string | null;
  concepts?: string[];
}

/** New organisations in one insert and all their items in a second one; returns their ids by key. */
export async function insertImportedOrganisations(
  tx: ServiceContext,
  records: { key: string; fields: ImportedOrganisationFields; items: ImportedItem[] }[],
): Promise<Map<string, string>> {
  if (!records.length) return new Map();
  const inserted = await tx.db
    .insert(organisations)
    .values(records.map(({ key, fields }) => ({ key, ...fields, updatedBy: actorUserId(tx.actor) })))
    .returning({ id: organisations.id, key: organisations.key });
  const idByKey = new Map(inserted.map((o) => [o.key, o.id]));
  const items = records.flatMap(({ key, items }) => items.map((item) => ({ ...item, organisationId: idByKey.get(key)! })));
  if (items.length) await tx.db.insert(organisationItems).values(items);
  return idByKey;
}

/** Updates a stored organisation's fields if it still has `stored.version` (else 409). */
export async function updateImportedOrganisation(
  tx: ServiceContext,
  stored: { id: string; version: number },
  fields: ImportedOrganisationFields,
): Promise<void> {
  await updateVersioned(tx, organisations, 'The organisation', stored.id, stored.version, fields);
}

/** Replaces an organisation's offers or requests (one direction) with these. */
export async function replaceItemsOfDirection(
  tx: ServiceContext,
  organisationId: string,
  direction: 'offer' | 'request',
  items: ImportedItem[],
): Promise<void> {
  await tx.db.delete(organisationItems).where(and(eq(organisationItems.organisationId, organisationId), eq(organisationItems.direction, direction)));
  if (items.length) await tx.db.insert(organisationItems).values(items.map((item) => ({ ...item, organisationId })));
}

const itemIdentity = (direction: string, title: string | null, text: string) => JSON.stringify([direction, title ?? '', text]);

/**
 * Replaces all of an organisation's offers and requests. A file has no place for confirmed
 * concepts: an item that comes back with the same direction, title and text keeps the concepts
 * its editor confirmed.
 */
export async function replaceItemsKeepingConcepts(tx: ServiceContext, organisationId: string, items: ImportedItem[]): Promise<void> {
  const previous = await tx.db
    .select({ direction: organisationItems.direction, title: organisationItems.title, text: organisationItems.text, concepts: organisationItems.concepts })
    .from(organisationItems)
    .where(eq(organisationItems.organisationId, organisationId));
  const kept = new Map<string, string[]>();
  for (const p of previous) if (p.concepts.length) kept.set(itemIdentity(p.direction, p.title, p.text), p.concepts);
  await tx.db.delete(organisationItems).where(eq(organisationItems.organisationId, organisationId));
  const rows = items.map((item) => ({ ...item, organisationId, concepts: kept.get(itemIdentity(item.direction, item.title, item.text)) ?? [] }));
  if (rows.length) await tx.db.insert(organisationItems).values(rows);
}
