import type { Db } from '../../db/database.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';

/**
 * The kinds of credentials that outlive a session, in the order they are revoked. What a password
 * change or reset says it cut off counts each of them (`passwordChangedResponse` in users).
 */
export const credentialKinds = ['apiTokens', 'calendarFeeds'] as const;
export type CredentialKind = (typeof credentialKinds)[number];
export type RevokedCredentials = Record<CredentialKind, number>;

/**
 * One kind of credential, declared by the feature that issues it in a file named
 * `*.credentials.ts` (default export): auth's API tokens, call-radar's calendar feed links.
 */
export interface CredentialContribution {
  kind: CredentialKind;
  /**
   * Revokes every credential of this kind that a user holds, without an audit entry of its own
   * (the caller records one event for everything it cut off). Returns how many it revoked.
   */
  revokeOfUser(db: Db, userId: string, now: Date): Promise<number>;
}

/** Every kind's contribution, loaded once per process; a kind nobody declares is a wiring error. */
export async function credentialContributions(): Promise<readonly CredentialContribution[]> {
  const contributions = await loadFeatureContributions<CredentialContribution>(/[.]credentials[.]ts$/);
  return credentialKinds.map((kind) => {
    const found = contributions.filter((c) => c.kind === kind);
    if (found.length !== 1) throw new Error(`Credentials of kind "${kind}" are declared ${found.length} times, not once.`);
    return found[0];
  });
}
