import { elsewhere } from '../../shared/abilities.ts';
import { isAdmin, type Actor } from '../../shared/actor.ts';

/** Organisation records are public; this states it so that routes can name their rule. */
export const canReadOrganisation = (_actor: Actor) => true;

const coordinatesCity = (actor: Actor, cityId: string) => actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId === cityId;

/** A city's coordinators keep its register of organisations; org-editors only maintain their own. */
export const canCreateOrganisation = (actor: Actor, cityId: string) => isAdmin(actor) || coordinatesCity(actor, cityId);

export const canEditOrganisation = (actor: Actor, org: { id: string; cityId: string }) =>
  canCreateOrganisation(actor, org.cityId) || (actor.kind === 'user' && actor.role === 'org-editor' && actor.organisationId === org.id);

export const canDeleteOrganisation = (actor: Actor, org: { cityId: string }) => canCreateOrganisation(actor, org.cityId);

/**
 * Whether an editor may move the organisation to another city at all: that needs the right to add
 * organisations to any city, not only one's own (coordinators never have it). The move itself also
 * needs canCreateOrganisation for the new city.
 */
export const canMoveOrganisation = (actor: Actor, org: { id: string; cityId: string }) =>
  canEditOrganisation(actor, org) && canCreateOrganisation(actor, elsewhere);

/** An organisation's history: its city's coordinators and its own editors (admins anywhere). */
export const canReadOrganisationHistory = (actor: Actor, org: { id: string; cityId: string }) => canEditOrganisation(actor, org);

/** A city's coordinators review the offers and requests of its organisations (admins anywhere). */
export const canReviewItems = (actor: Actor, cityId: string) => isAdmin(actor) || coordinatesCity(actor, cityId);

/**
 * Items not yet approved, expired items and review comments are the organisation's working state:
 * its editors and its city's coordinators see them, the public and partner cities do not.
 */
export const canSeeUnpublishedItems = (actor: Actor, org: { id: string; cityId: string }) => canEditOrganisation(actor, org);

/** What the caller may do with one organisation, as the API returns it (`can`), from the rules above. */
export function organisationAbilities(actor: Actor, org: { id: string; cityId: string }) {
  return {
    edit: canEditOrganisation(actor, org),
    delete: canDeleteOrganisation(actor, org),
    changeCity: canMoveOrganisation(actor, org),
    readHistory: canReadOrganisationHistory(actor, org),
    renewItems: canEditOrganisation(actor, org),
    reviewItems: canReviewItems(actor, org.cityId),
  };
}
