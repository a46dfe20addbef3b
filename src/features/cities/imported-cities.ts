import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { cities } from './cities.table.ts';

/** The fields of a city that an interchange file carries (besides its key and aliases). */
export interface ImportedCityFields {
  name: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
}

/**
 * Writes a city of an imported file in the importer's transaction: a new one under its key, or the
 * stored one (`stored`) with a version check (updateVersioned: a stale version is a 409). Returns
 * its id. The caller checked the importer's rights, replaces the aliases and records the audit.
 */
export async function saveImportedCity(tx: ServiceContext, key: string, fields: ImportedCityFields, stored?: { id: string; version: number }): Promise<string> {
  const values = { ...fields, nameNormalized: foldForLookup(fields.name) };
  if (stored) return (await updateVersioned(tx, cities, 'The city', stored.id, stored.version, values)).id;
  const [{ id }] = await tx.db
    .insert(cities)
    .values({ key, ...values, updatedBy: actorUserId(tx.actor) })
    .returning({ id: cities.id });
  return id;
}
