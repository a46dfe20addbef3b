import { isAdmin, type Actor } from '../../shared/actor.ts';

const signedIn = (actor: Actor) => actor.kind === 'user' || actor.kind === 'system';
const inCities = (actor: Actor, cityIds: readonly string[]) => actor.kind === 'user' && !!actor.cityId && cityIds.includes(actor.cityId);

/**
 * A partnership's radar and its calendar: what its cities consider applying for is their
 * business, so their users and administrators see it.
 */
export const canUsePartnershipRadar = (actor: Actor, partnershipCityIds: readonly string[]) => isAdmin(actor) || inCities(actor, partnershipCityIds);

/** An organisation's profile is public; its radar needs only a sign-in (it costs a ranking). */
export const canUseOrganisationRadar = (actor: Actor) => signedIn(actor);

/** Free-text ideas: anyone signed in. */
export const canUseTextRadar = (actor: Actor) => signedIn(actor);

/** Following for a partnership puts the call into the partnership's feed: its cities' users and admins. */
export const canFollowForPartnership = canUsePartnershipRadar;

/** A partnership's calendar feed shows its projects' deadlines and milestones: same circle. */
export const canCreatePartnershipFeed = canUsePartnershipRadar;
