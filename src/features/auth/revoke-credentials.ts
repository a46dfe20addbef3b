import type { Db } from '../../db/database.ts';
import { credentialContributions, type RevokedCredentials } from './credential-contributions.ts';

export type { RevokedCredentials } from './credential-contributions.ts';

/**
 * Revokes every API token and calendar feed link of a user (every kind of `*.credentials.ts`).
 * Called when the password changes or is reset: whoever learnt the old password may have made
 * themselves a token or a feed link, and those outlive sessions. The rows stay (revoked), so their
 * owner still sees what was cut off.
 */
export async function revokeCredentialsOfUser(db: Db, userId: string, now = new Date()): Promise<RevokedCredentials> {
  const revoked = {} as RevokedCredentials;
  for (const contribution of await credentialContributions()) revoked[contribution.kind] = await contribution.revokeOfUser(db, userId, now);
  return revoked;
}
