import { isAdmin, type Actor } from '../../shared/actor.ts';

/**
 * Erasing an account removes a user from every record and cannot be undone, so only platform
 * administrators do it for others; every user may do it for themselves (with their password).
 */
export const canEraseUser = (actor: Actor, userId: string) => isAdmin(actor) || (actor.kind === 'user' && actor.id === userId);

/**
 * A person record belongs to its city's contact list: administrators and the coordinators of
 * that city answer an erasure request for it. Organisation editors may delete a person, but
 * erasure also rewrites the history, which is the city's responsibility.
 */
export function canErasePerson(actor: Actor, person: { cityId: string }): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId === person.cityId;
}
