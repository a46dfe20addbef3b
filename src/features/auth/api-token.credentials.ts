import { and, eq, isNull } from 'drizzle-orm';
import { apiTokens } from './auth.table.ts';
import type { CredentialContribution } from './credential-contributions.ts';

/** A user's API tokens, revoked with the old password. */
const apiTokenCredentials: CredentialContribution = {
  kind: 'apiTokens',
  async revokeOfUser(db, userId, now) {
    const tokens = await db
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return tokens.length;
  },
};

export default apiTokenCredentials;
