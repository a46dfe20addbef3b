import { isAdmin, type Actor } from '../../shared/actor.ts';
import { forbidden } from '../../shared/errors.ts';

/**
 * Calls are public portal data: anyone may read them. Bringing data in (import, sync) and
 * reading the import log are for platform administrators and the CLI (system actor): an
 * import replaces what every partnership sees and a sync reaches out to the portal.
 */
export const canManageCalls = (actor: Actor): boolean => isAdmin(actor);

export function requireCallManager(actor: Actor): void {
  if (!canManageCalls(actor)) throw forbidden('Only platform administrators can import or sync EU calls.');
}
