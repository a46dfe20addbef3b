import { isAdmin, type Actor } from '../../shared/actor.ts';

/**
 * The network view is as public as the partnership: anyone sees its organisations and the key
 * figures (counts and shares). Who is tied to whom is organisations' business contact, not
 * personal data, but an introduction may be commercially sensitive before the two announce a
 * collaboration; so the ties themselves (edges, each organisation's number of ties and the
 * names of bridging organisations) are shown to signed-in users of the partnership's cities
 * and to administrators only.
 */
export const canSeeNetworkTies = (actor: Actor, partnershipCityIds: readonly string[]) =>
  isAdmin(actor) || (actor.kind === 'user' && !!actor.cityId && partnershipCityIds.includes(actor.cityId));
