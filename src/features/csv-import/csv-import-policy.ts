import { isAdmin, type Actor } from '../../shared/actor.ts';
import { forbidden } from '../../shared/errors.ts';

/**
 * A city's coordinators keep its register of organisations, so they import into it; admins
 * (and the CLI, acting as the system) into any city. `cityId` null: the CLI's case of rows that
 * each name their city, checked row by row.
 */
export const canImportCsv = (actor: Actor, cityId: string | null) =>
  isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && (cityId === null || actor.cityId === cityId));

export function requireCsvImporter(actor: Actor, cityId: string): void {
  if (!canImportCsv(actor, cityId)) throw forbidden('Only administrators and the city’s coordinators can import organisations into it.');
}
