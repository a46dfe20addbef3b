import { and, eq, isNull } from 'drizzle-orm';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { hashPassword, hashSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit, refundRateLimit } from '../auth/index.ts';
import { createSession } from '../auth/index.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { invitationAuditView, invitationStatus, selectInvitation, type InvitationRow, type InvitationStatus } from './invitation-rows.ts';
import type { AcceptInvitationRequest, InvitationLookup } from './invitations.schemas.ts';
import { insertUser } from './users.service.ts';
import type { User } from './users.schemas.ts';
import { invitations } from './users.table.ts';

const ACCEPT_WINDOW_SECONDS = 15 * 60;

interface RequestMeta {
  ip: string;
  userAgent?: string;
}

const reasonOf = (status: InvitationStatus): InvitationLookup['reason'] => (status === 'pending' ? null : status === 'accepted' ? 'used' : status);

const tokenErrors: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation has been used already. Sign in instead.',
  expired: 'This invitation has expired. Ask the person who invited you for a new one.',
  revoked: 'This invitation was withdrawn.',
};

const invalidToken = (rule: string, message: string) => invalid([{ path: 'token', rule, message }], message);

async function findByToken(ctx: ServiceContext, token: string): Promise<InvitationRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashSecret(token)));
  return row;
}

/** Public: what the invitation link offers, so that the sign-up page can greet the invitee. */
export async function lookupInvitation(ctx: ServiceContext, token: string, meta: RequestMeta): Promise<InvitationLookup> {
  await enforceRateLimit(ctx.db, `invitation-lookup:ip:${meta.ip}`, 30, 15 * 60);
  const row = await findByToken(ctx, token);
  if (!row) throw notFound('The invitation');
  const [city] = row.cityId ? await cityNames(ctx, 'id', [row.cityId]) : [];
  const [org] = row.organisationId ? await organisationNames(ctx, 'id', [row.organisationId]) : [];
  const status = invitationStatus(row);
  return {
    email: row.email,
    role: row.role,
    cityName: city?.name ?? null,
    organisationName: org?.name ?? null,
    valid: status === 'pending',
    reason: reasonOf(status),
  };
}

/**
 * Public: creates the invited account with the role and scope of the invitation and opens a
 * session for it. The row lock makes a link usable exactly once, even when clicked twice.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  input: AcceptInvitationRequest,
  meta: RequestMeta,
): Promise<{ user: User; session: Awaited<ReturnType<typeof createSession>> }> {
  // Failures count, successes give their hit back: a used link cannot be used again, so only
  // guessing needs limiting, and a city office's invitees often share one address.
  const bucket = `invitation-accept:ip:${meta.ip}`;
  await enforceRateLimit(ctx.db, bucket, 10, ACCEPT_WINDOW_SECONDS);
  const checkUsable = (row: InvitationRow | undefined): InvitationRow => {
    if (!row) throw invalidToken('invalid', 'This invitation link is not valid.');
    const status = invitationStatus(row);
    if (status !== 'pending') throw invalidToken(status, tokenErrors[status]);
    return row;
  };
  // Cheap check first, so that a bad link does not cost a password hash.
  checkUsable(await findByToken(ctx, input.token));
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const [locked] = await tx.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashSecret(input.token)))
      .for('update');
    const row = checkUsable(locked);
    const user = await redeemInvitation(tx, row, { displayName: input.displayName, passwordHash });
    const session = await createSession(tx.db, user.id, ctx.config.sessionDays, meta);
    return { user, session };
  }).then(async (accepted) => {
    await refundRateLimit(ctx.db, bucket, ACCEPT_WINDOW_SECONDS);
    return accepted;
  });
}

/**
 * Creates the account an invitation offers, with its role and scope, and marks the invitation
 * used; audited as the invitation. The caller holds the invitation's row lock in `tx` and has
 * checked that it is pending. Shared with single sign-on, which redeems without a password.
 */
export async function redeemInvitation(tx: ServiceContext, row: InvitationRow, account: { displayName: string; passwordHash: string | null }): Promise<User> {
  const before = (await selectInvitation(tx.db, row.id))!;
  const asInvitation = { ...tx, actor: systemActor(`invitation ${row.id} (${row.email})`) };
  const user = await insertUser(asInvitation, {
    email: row.email,
    displayName: account.displayName,
    role: row.role,
    cityId: row.cityId,
    organisationId: row.organisationId,
    passwordHash: account.passwordHash,
  });
  await tx.db
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedUserId: user.id })
    .where(and(eq(invitations.id, row.id), isNull(invitations.acceptedAt)));
  const after = (await selectInvitation(tx.db, row.id))!;
  await recordDomainEvent(asInvitation, {
    entityType: 'invitation',
    entityId: row.id,
    action: 'update',
    before: invitationAuditView(before),
    after: invitationAuditView(after),
  });
  return user;
}
