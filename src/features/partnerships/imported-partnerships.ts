import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipCities, partnershipThemes, partnerships } from './partnerships.table.ts';

/** A partnership as an imported file gives it: its fields, member cities and themes (both in order). */
export type ImportedPartnership = { key: string } & Pick<typeof partnerships.$inferInsert, 'kind' | 'since' | 'description'> & {
    cityIds: string[];
    themeKeys: string[];
  };

/**
 * Writes a partnership of an imported file in the importer's transaction: the stored one (`target`
 * with id and version; a stale version is a 409), or a new one with the name and status the
 * importer chose. Its member cities and themes are replaced by the file's. Returns its id. The
 * caller checked the importer's rights and records the audit entry.
 */
export async function saveImportedPartnership(
  tx: ServiceContext,
  record: ImportedPartnership,
  target: { id: string; version: number } | { name: string; status: string },
): Promise<string> {
  const { key, cityIds, themeKeys, ...values } = record;
  let id: string;
  if ('id' in target) {
    id = (await updateVersioned(tx, partnerships, 'The partnership', target.id, target.version, values)).id;
    await tx.db.delete(partnershipCities).where(eq(partnershipCities.partnershipId, id));
    await tx.db.delete(partnershipThemes).where(eq(partnershipThemes.partnershipId, id));
  } else {
    [{ id }] = await tx.db
      .insert(partnerships)
      .values({ key, name: target.name, status: target.status, ...values, updatedBy: actorUserId(tx.actor) })
      .returning({ id: partnerships.id });
  }
  await tx.db.insert(partnershipCities).values(cityIds.map((cityId, position) => ({ partnershipId: id, cityId, position })));
  const themes = themeKeys.map((themeKey, position) => ({ partnershipId: id, themeKey, position }));
  if (themes.length) await tx.db.insert(partnershipThemes).values(themes);
  return id;
}
