import { isAdmin, type Actor } from '../../shared/actor.ts';

/** Organisation records are public; this states it so that routes can name their rule. */
export const canReadOrganisation = (_actor: Actor) => true;

const coordinatesCity = (actor: Actor, cityId: string) => actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId === cityId;

/** A city's coordinators keep its register of organisations; org-editors only maintain their own. */
export const canCreateOrganisation = (actor: Actor, cityId: string) => isAdmin(actor) || coordinatesCity(actor, cityId);

export const canEditOrganisation = (actor: Actor, org: { id: string; cityId: string }) =>
  canCreateOrganisation(actor, org.cityId) || (actor.kind === 'user' && actor.role === 'org-editor' && actor.organisationId === org.id);

export const canDeleteOrganisation = (actor: Actor, org: { cityId: string }) => canCreateOrganisation(actor, org.cityId);

/** A city's coordinators review the offers and requests of its organisations (admins anywhere). */
export const canReviewItems = (actor: Actor, cityId: string) => isAdmin(actor) || coordinatesCity(actor, cityId);

/**
 * Items not yet approved, expired items and review comments are the organisation's working state:
 * its editors and its city's coordinators see them, the public and partner cities do not.
 */
export const canSeeUnpublishedItems = (actor: Actor, org: { id: string; cityId: string }) => canEditOrganisation(actor, org);
