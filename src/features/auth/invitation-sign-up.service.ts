import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { hashPassword } from '../../shared/secrets.ts';
import { enforceRateLimit, refundRateLimit } from '../rate-limits/index.ts';
import { redeemInvitation, usableInvitationByToken } from '../users/index.ts';
import type { AcceptInvitationRequest } from '../users/invitations.schemas.ts';
import type { User } from '../users/users.schemas.ts';
import { createSession } from './sessions.ts';

const ACCEPT_WINDOW_SECONDS = 15 * 60;

/**
 * Public: signs up with an invitation link. Creates the invited account with the role and scope
 * of the invitation (users redeems it) and opens a session for it. The invitation's row lock
 * makes a link usable exactly once, even when clicked twice.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  input: AcceptInvitationRequest,
  meta: { ip: string; userAgent?: string },
): Promise<{ user: User; session: Awaited<ReturnType<typeof createSession>> }> {
  // Failures count, successes give their hit back: a used link cannot be used again, so only
  // guessing needs limiting, and a city office's invitees often share one address.
  const bucket = `invitation-accept:ip:${meta.ip}`;
  await enforceRateLimit(ctx.db, bucket, 10, ACCEPT_WINDOW_SECONDS);
  // Cheap check first, so that a bad link does not cost a password hash.
  await usableInvitationByToken(ctx.db, input.token, false);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const row = await usableInvitationByToken(tx.db, input.token, true);
    const user = await redeemInvitation(tx, row, { displayName: input.displayName, passwordHash });
    const session = await createSession(tx.db, user.id, ctx.config.sessionDays, meta);
    return { user, session };
  }).then(async (accepted) => {
    await refundRateLimit(ctx.db, bucket, ACCEPT_WINDOW_SECONDS);
    return accepted;
  });
}
