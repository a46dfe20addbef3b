import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { hashSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { invitationAuditView, invitationStatus, selectInvitation, type InvitationRow, type InvitationStatus } from './invitation-rows.ts';
import type { InvitationLookup } from './invitations.schemas.ts';
import { insertUser } from './users.service.ts';
import type { User } from './users.schemas.ts';
import { invitations } from './users.table.ts';

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
 * The pending invitation a link names, or the error that says why it cannot be used. `lock` takes
 * its row lock (inside the transaction that redeems it), so that a link is usable exactly once,
 * even when clicked twice. Signing up with it (and the session that follows) is in auth.
 */
export async function usableInvitationByToken(db: Db, token: string, lock: boolean): Promise<InvitationRow> {
  const query = db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashSecret(token)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw invalidToken('invalid', 'This invitation link is not valid.');
  const status = invitationStatus(row);
  if (status !== 'pending') throw invalidToken(status, tokenErrors[status]);
  return row;
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
