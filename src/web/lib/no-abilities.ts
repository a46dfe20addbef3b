import type { SessionAbilities } from '../../features/auth/auth.schemas.ts';

type ListAbility = { [K in keyof SessionAbilities]: SessionAbilities[K] extends readonly unknown[] ? K : never }[keyof SessionAbilities];
const listAbilities: readonly ListAbility[] = ['inviteRoles'];
// Fails to compile when the session gains a list ability that is not named above.
const everyListNamed: [Exclude<ListAbility, (typeof listAbilities)[number]>] extends [never] ? true : never = true;
void everyListNamed;

/**
 * Nothing allowed: the session's `can` while it loads and after signing out. Answered by a Proxy
 * rather than built from the session schema, whose values would bring zod into the first page's
 * script (25 kB gzip).
 */
export const noAbilities: SessionAbilities = new Proxy({} as SessionAbilities, {
  get: (_target, name) => ((listAbilities as readonly (string | symbol)[]).includes(name) ? [] : false),
});
