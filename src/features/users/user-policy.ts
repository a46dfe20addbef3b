import { isAdmin, type Actor } from '../../shared/actor.ts';
import type { Role } from '../../shared/roles.ts';

const isCoordinator = (actor: Actor): actor is Extract<Actor, { kind: 'user' }> & { cityId: string } =>
  actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId !== null;

/** Admins manage every account; coordinators see the accounts of their own city. */
export const canListUsers = (actor: Actor) => isAdmin(actor) || isCoordinator(actor);
export const canManageUsers = (actor: Actor) => isAdmin(actor);

/** Only admins and coordinators invite at all; which invitations they may send is canInvite. */
export const mayInviteAnyone = (actor: Actor) => isAdmin(actor) || isCoordinator(actor);

/**
 * Admins invite anyone. A coordinator invites coordinators, organisation editors and members
 * for their own city (an organisation editor's city is their organisation's city).
 */
export function canInvite(actor: Actor, target: { role: Role; cityId: string | null }): boolean {
  if (isAdmin(actor)) return true;
  if (!isCoordinator(actor) || target.role === 'admin') return false;
  return target.cityId === actor.cityId;
}

export function canManageInvitation(actor: Actor, invitation: { cityId: string | null }): boolean {
  return isAdmin(actor) || (isCoordinator(actor) && invitation.cityId === actor.cityId);
}

/** The default city of an invitation sent by a coordinator: their own. */
export const coordinatorCityId = (actor: Actor): string | null => (isCoordinator(actor) ? actor.cityId : null);
