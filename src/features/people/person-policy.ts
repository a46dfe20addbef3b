import { isAdmin, type Actor } from '../../shared/actor.ts';

/**
 * Who may create, edit or delete a person record: admins, the coordinators of the person's
 * city, and the editors of the person's organisation. Everyone who may edit may also see.
 */
export function canEditPerson(actor: Actor, person: { cityId: string; organisationId?: string | null }): boolean {
  if (isAdmin(actor)) return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'coordinator' && actor.cityId === person.cityId) return true;
  return actor.role === 'org-editor' && !!person.organisationId && actor.organisationId === person.organisationId;
}
