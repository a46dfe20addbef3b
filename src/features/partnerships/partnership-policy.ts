import { isAdmin, type Actor } from '../../shared/actor.ts';

/**
 * Partnerships are co-owned: an admin, or a coordinator of any member city, may edit one.
 * The same rule decides who may add timeline events, agreements and documents to it.
 */
export const canEditPartnership = (actor: Actor, cityIds: readonly string[]) =>
  isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && !!actor.cityId && cityIds.includes(actor.cityId));

/** A coordinator may only start (or keep) a partnership their own city takes part in. */
export const canCreatePartnership = canEditPartnership;

/** Deleting removes agreements, documents and the timeline with it: an admin task. */
export const canDeletePartnership = (actor: Actor) => isAdmin(actor);
