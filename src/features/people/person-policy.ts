import { elsewhere } from '../../shared/abilities.ts';
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

/** A person's history: whoever may edit them. */
export const canReadPersonHistory = (actor: Actor, person: { cityId: string; organisationId?: string | null }) => canEditPerson(actor, person);

/**
 * Whether an editor may give the person another organisation (or none): they must be allowed to edit
 * them without their current organisation, which rules out org-editors (their organisation only).
 */
export const canChangePersonOrganisation = (actor: Actor, person: { cityId: string; organisationId?: string | null }) =>
  canEditPerson(actor, person) && canEditPerson(actor, { cityId: person.cityId, organisationId: null });

/**
 * Whether an editor may move the person to another city: they must be allowed to edit a person of
 * any city (coordinators edit in their own city only; org-editors' organisation stays in its city).
 */
export const canMovePerson = (actor: Actor, person: { cityId: string; organisationId?: string | null }) =>
  canEditPerson(actor, person) && canEditPerson(actor, { cityId: elsewhere, organisationId: null });

/** What the caller may do with one person, as the API returns it (`can`), from the rules above. */
export function personAbilities(actor: Actor, person: { cityId: string; organisationId?: string | null }) {
  return {
    edit: canEditPerson(actor, person),
    delete: canEditPerson(actor, person),
    readHistory: canReadPersonHistory(actor, person),
    changeOrganisation: canChangePersonOrganisation(actor, person),
    changeCity: canMovePerson(actor, person),
  };
}
