import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid, unauthenticated } from '../../shared/errors.ts';
import { hashPassword, verifyPassword } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { deleteOtherSessionsOfUser, enforceRateLimit } from '../auth/index.ts';
import { revokeCredentialsOfUser, type RevokedCredentials } from '../auth/index.ts';
import { passwordHashOf, storePasswordHash } from './account-passwords.ts';
import { selectUser, userAuditView } from './user-rows.ts';
import type { ChangePasswordRequest, UpdateMeRequest, User } from './users.schemas.ts';
import { users } from './users.table.ts';

function currentUserId(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor.id;
}

export async function getMe(ctx: ServiceContext): Promise<User> {
  const user = await selectUser(ctx.db, currentUserId(ctx));
  if (!user) throw unauthenticated();
  return user;
}

export async function updateMe(ctx: ServiceContext, input: UpdateMeRequest): Promise<User> {
  const id = currentUserId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await getMe(tx);
    await updateVersioned(tx, users, 'Your account', id, input.version, { displayName: input.displayName, locale: input.locale });
    const after = (await selectUser(tx.db, id))!;
    await recordDomainEvent(tx, { entityType: 'user', entityId: id, action: 'update', before: userAuditView(before), after: userAuditView(after) });
    return after;
  });
}

/**
 * Changes the caller's password after checking the current one, signs out every other session
 * (a thief's session ends, the caller's own browser stays signed in) and revokes the caller's
 * API tokens and calendar feed links, which a thief could have made too. Says what was revoked.
 */
export async function changeOwnPassword(ctx: ServiceContext, input: ChangePasswordRequest, currentSessionId: string | null): Promise<RevokedCredentials> {
  const id = currentUserId(ctx);
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
