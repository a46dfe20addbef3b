import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid, unauthenticated } from '../../shared/errors.ts';
import { hashPassword, verifyPassword } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { passwordHashOf, storePasswordHash } from '../users/index.ts';
import type { ChangePasswordRequest } from '../users/users.schemas.ts';
import { revokeCredentialsOfUser, type RevokedCredentials } from './revoke-credentials.ts';
import { deleteOtherSessionsOfUser } from './sessions.ts';

/**
 * Changes the caller's password after checking the current one, signs out every other session
 * (a thief's session ends, the caller's own browser stays signed in) and revokes the caller's
 * API tokens and calendar feed links, which a thief could have made too. Says what was revoked.
 */
export async function changeOwnPassword(ctx: ServiceContext, input: ChangePasswordRequest, currentSessionId: string | null): Promise<RevokedCredentials> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const id = ctx.actor.id;
  // Someone holding a stolen session must not be able to guess the password at full speed.
  await enforceRateLimit(ctx.db, `change-password:user:${id}`, 10, 15 * 60);
  if (!(await verifyPassword(input.currentPassword, (await passwordHashOf(ctx.db, id)) ?? null))) {
    throw invalid([{ path: 'currentPassword', rule: 'incorrect', message: 'The current password is not correct.' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    await storePasswordHash(tx.db, id, passwordHash);
    await deleteOtherSessionsOfUser(tx.db, id, currentSessionId);
    const revoked = await revokeCredentialsOfUser(tx.db, id);
    await recordDomainEvent(tx, { entityType: 'user', entityId: id, action: 'update', after: { event: 'password-changed', revoked } });
    return revoked;
  });
}
