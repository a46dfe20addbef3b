import { eq, sql } from 'drizzle-orm';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { hashPassword, hashSecret, newSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { revokeCredentialsOfUser, type RevokedCredentials } from './revoke-credentials.ts';
import { deleteSessionsOfUser } from './sessions.ts';
import { enqueueMail } from '../mail/index.ts';
import { passwordResetMail } from '../mail/index.ts';
import { enabledAccountByEmail, storePasswordHash } from '../users/index.ts';
import { passwordResets } from './auth.table.ts';
import { voidPasswordResetsOfUser } from './void-password-resets.ts';
import type { PasswordResetComplete, PasswordResetRequest } from './password-reset.schemas.ts';

export function passwordResetLink(publicUrl: string, token: string) {
  return `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Sends a reset link if an active account has this address. The caller learns nothing about
 * whether it has: the answer is the same, and the limits count unknown addresses too.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: PasswordResetRequest, meta: { ip: string }) {
  await enforceRateLimit(ctx.db, `password-reset:ip:${meta.ip}`, 10, 15 * 60);
  await enforceRateLimit(ctx.db, `password-reset:email:${input.email}`, 5, 60 * 60);
  const user = await enabledAccountByEmail(ctx.db, input.email);
  if (!user) return;
  const token = newSecret();
  await inTransaction({ ...ctx, actor: systemActor('password reset request') }, async (tx) => {
    const [reset] = await tx.db
      .insert(passwordResets)
      .values({ userId: user.id, tokenHash: hashSecret(token), expiresAt: sql`now() + interval '1 hour'` })
      .returning();
    const mail = passwordResetMail(user.locale ?? input.locale, { link: passwordResetLink(ctx.config.publicUrl, token) });
    await enqueueMail(tx.db, ctx.config, { to: user.email, ...mail, purpose: 'password-reset' });
    await recordDomainEvent(tx, {
      entityType: 'password-reset',
      entityId: reset.id,
      action: 'create',
      after: { userId: user.id, expiresAt: reset.expiresAt.toISOString() },
    });
  });
}

/**
 * Sets a new password with a reset token (once, within the hour), invalidates the user's other
 * reset tokens, signs them out everywhere and revokes their API tokens and calendar feed links
 * (a reset is what someone does who fears the old password is known). Says what was revoked.
 */
export async function completePasswordReset(ctx: ServiceContext, input: PasswordResetComplete, meta: { ip: string }): Promise<RevokedCredentials> {
  await enforceRateLimit(ctx.db, `password-reset-complete:ip:${meta.ip}`, 20, 15 * 60);
  const tokenHash = hashSecret(input.token);
  const usable = async (db: ServiceContext['db'], lock: boolean) => {
    const query = db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
    const [reset] = lock ? await query.for('update') : await query;
    if (!reset || reset.usedAt || reset.expiresAt <= new Date()) {
      throw invalid(
        [{ path: 'token', rule: 'invalid', message: 'This link is not valid any more. Ask for a new one.' }],
        'This password reset link is invalid, expired or used already.',
      );
    }
    return reset;
  };
  // Cheap check first, so that a bad link does not cost a password hash.
  await usable(ctx.db, false);
  const passwordHash = await hashPassword(input.password);
  return inTransaction({ ...ctx, actor: systemActor('password reset') }, async (tx) => {
    const reset = await usable(tx.db, true);
    const now = new Date();
    await storePasswordHash(tx.db, reset.userId, passwordHash, now);
    await voidPasswordResetsOfUser(tx.db, reset.userId, now);
    await deleteSessionsOfUser(tx.db, reset.userId);
    const revoked = await revokeCredentialsOfUser(tx.db, reset.userId, now);
    await recordDomainEvent(tx, { entityType: 'user', entityId: reset.userId, action: 'update', after: { event: 'password-reset', revoked } });
    return revoked;
  });
}
