import { isAdmin, type Actor } from '../../shared/actor.ts';

/**
 * A joint action programme is the partnership's public commitment to both councils: everyone may
 * read it; the coordinators of both cities (and admins) edit it together.
 */
export const canReadProgramme = (_actor: Actor) => true;

export const canEditProgramme = (actor: Actor, partnershipCityIds: readonly string[]) =>
  isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && !!actor.cityId && partnershipCityIds.includes(actor.cityId));
