import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import { generatePassword, hashPassword } from '../../shared/secrets.ts';
import { parseInput } from '../../shared/parse-input.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { accountByEmail, canManageUsers, storePasswordHash } from '../users/index.ts';
import { emailSchema, passwordSchema } from '../users/users.schemas.ts';
import { revokeCredentialsOfUser, type RevokedCredentials } from './revoke-credentials.ts';
import { deleteSessionsOfUser } from './sessions.ts';
import { voidPasswordResetsOfUser } from './void-password-resets.ts';

const setPasswordInput = z.object({ email: emailSchema, password: passwordSchema.optional() });

export interface SetPasswordResult {
  email: string;
  /** The new password when it was generated here (shown once); null when the caller gave one. */
  generatedPassword: string | null;
  revoked: RevokedCredentials;
}

/**
 * An administrator (or the operator through `pontis user reset-password`) sets a new password for
 * an account whose password is lost: the demo accounts, or the first administrator. Like a reset by
 * link, it signs the account out everywhere, voids its pending reset links and revokes its API
 * tokens and calendar feed links: whoever knew the old password keeps nothing.
 */
export async function setUserPassword(ctx: ServiceContext, rawInput: { email: string; password?: string }): Promise<SetPasswordResult> {
  if (!canManageUsers(ctx.actor)) throw forbidden('Only platform administrators can set another account’s password.');
  const input = parseInput(setPasswordInput, rawInput);
  const user = await accountByEmail(ctx.db, input.email);
  if (!user) throw notFound(`The account ${input.email}`);
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  return inTransaction(ctx, async (tx) => {
    const now = new Date();
    await storePasswordHash(tx.db, user.id, passwordHash, now);
    await voidPasswordResetsOfUser(tx.db, user.id, now);
    await deleteSessionsOfUser(tx.db, user.id);
    const revoked = await revokeCredentialsOfUser(tx.db, user.id, now);
    await recordDomainEvent(tx, { entityType: 'user', entityId: user.id, action: 'update', after: { event: 'password-set-by-administrator', revoked } });
    return { email: user.email, generatedPassword, revoked };
  });
}
