import type { ReactNode } from 'react';
import type { SessionAbilities } from '../../features/auth/auth.schemas.ts';
import { useSession } from '../lib/session.tsx';
import { RequireRole } from './require-role.tsx';

/** The session abilities that are a yes or no (not a list such as `inviteRoles`). */
export type YesNoAbility = { [K in keyof SessionAbilities]: SessionAbilities[K] extends boolean ? K : never }[keyof SessionAbilities];

/**
 * Shows its children to signed-in users the API says may do `ability` (the session's `can`);
 * sends the public to sign in and back, and tells others they have no access. The API checks
 * again: this only spares people a page they cannot use.
 */
export function RequireAbility({ ability, children }: { ability: YesNoAbility; children: ReactNode }) {
  const { can } = useSession();
  // RequireRole with no role allowed shows its no-access notice to whoever is signed in.
  return <RequireRole roles={can[ability] ? undefined : []}>{children}</RequireRole>;
}
