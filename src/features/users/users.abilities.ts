import { elsewhere, ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import type { Actor } from '../../shared/actor.ts';
import { roles } from '../../shared/roles.ts';
import { canInvite, canListUsers, canManageUsers, mayInviteAnyone } from './user-policy.ts';

/** The city an invitation for `role` would carry when the actor invites for their own city. */
const invitationCity = (actor: Actor, role: (typeof roles)[number]) => (role === 'admin' ? null : ownCityOf(actor));

/** What the users admin page offers: the session's abilities about accounts and invitations. */
const usersAbilities: AbilityContribution = {
  abilities: {
    listUsers: canListUsers,
    manageUsers: canManageUsers,
    inviteUsers: mayInviteAnyone,
    /** The roles the actor may invite someone into (for their own city, or without a city for an administrator). */
    inviteRoles: (actor) => (mayInviteAnyone(actor) ? roles.filter((role) => canInvite(actor, { role, cityId: invitationCity(actor, role) })) : []),
    /** Whether the actor may invite for any city (else only for their own). */
    inviteForAnyCity: (actor) => canInvite(actor, { role: 'member', cityId: elsewhere }),
  },
};

export default usersAbilities;
