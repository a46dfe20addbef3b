import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

/**
 * What the caller may do outside any record (create a partnership, import a CSV file, review
 * items…), sent with the session (`can` of `GET /api/auth/session`). Each feature states its own
 * in a `*.abilities.ts` file (default export) by asking its policy; auth lists the names in the
 * session schema and checks that each is provided exactly once (`auth/session-abilities.ts`).
 * The type lives here because auth sits above some of the features that fill it in.
 */
export type AbilityValue = boolean | readonly Role[];

export interface AbilityContribution {
  /** Ability name → how the feature's policy answers it for an actor. Pure: no I/O. */
  abilities: Record<string, (actor: Actor) => AbilityValue>;
}

/**
 * A city or organisation id no account belongs to. Asking a policy about it tells whether the
 * actor may act anywhere, not only for their own city or organisation.
 */
export const elsewhere = '00000000-0000-0000-0000-000000000000';

/** The actor's own city, or `elsewhere` when they have none (so a rule about "their city" fails). */
export const ownCityOf = (actor: Actor): string => (actor.kind === 'user' && actor.cityId) || elsewhere;

/** The actor's own organisation, or `elsewhere` when they have none. */
export const ownOrganisationOf = (actor: Actor): string => (actor.kind === 'user' && actor.organisationId) || elsewhere;
