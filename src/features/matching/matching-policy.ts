import type { Actor, UserActor } from '../../shared/actor.ts';
import { forbidden, unauthenticated } from '../../shared/errors.ts';

/**
 * Who may see suggestions: any signed-in user, for any organisation. Suggestions are derived from
 * public data (organisations and their approved offers and requests); sign-in keeps the engine
 * from being scraped anonymously. Introduction counts are never in the response: they only rank
 * busy organisations down.
 */
export function requireSignedIn(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw unauthenticated();
  return actor;
}

/**
 * Who may give feedback on an organisation's suggestions: the people who act on them, i.e.
 * users of that organisation (editors, members), coordinators of its city, and admins.
 */
export function canGiveFeedback(actor: Actor, organisation: { id: string; cityId: string }): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.role === 'admin') return true;
  if (actor.role === 'coordinator') return actor.cityId === organisation.cityId;
  return actor.organisationId === organisation.id;
}

/** The quality report: admins (all cities) and coordinators (their city's organisations). */
export function qualityScope(actor: Actor): { cityId: string | null } {
  const user = requireSignedIn(actor);
  if (user.role === 'admin') return { cityId: null };
  if (user.role === 'coordinator' && user.cityId) return { cityId: user.cityId };
  throw forbidden('Only coordinators and administrators can see the quality report.');
}
