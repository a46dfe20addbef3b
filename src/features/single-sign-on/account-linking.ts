import { and, eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { accountActors, lockAccountByEmail, lockPendingInvitationByEmail, redeemInvitation } from '../users/index.ts';
import { userIdentities } from './single-sign-on.table.ts';

/** What Pontis takes from the provider: who the person is there, never what they may do here. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

const refuse = (code: string, message: string) => new AppError(code, 403, message);

const noAccount = () => refuse('sso_no_account', "There is no Pontis account for this e-mail address. Ask your city's coordinator for an invitation.");
const disabledAccount = () => refuse('sso_account_disabled', 'This Pontis account is disabled.');

/**
 * Finds the Pontis account a provider identity signs in as, linking it at the first sign-in.
 * An identity already linked signs in by (issuer, subject) alone, whatever its e-mail address is
 * now. Otherwise the provider must vouch for the e-mail address (email_verified), and the address
 * must belong to an account or a pending invitation, which is accepted here without a password.
 * Roles and scope always come from the account or invitation in Pontis, never from claims.
 */
export async function accountForIdentity(ctx: ServiceContext, identity: ProviderIdentity): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const account = accountActors();
    const [linked] = await tx.db
      .select({ identityId: userIdentities.id, userId: account.id, disabledAt: account.disabledAt })
      .from(userIdentities)
      .innerJoin(account, eq(account.id, userIdentities.userId))
      .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
    if (linked) {
      if (linked.disabledAt) throw disabledAccount();
      await tx.db.update(userIdentities).set({ lastUsedAt: new Date() }).where(eq(userIdentities.id, linked.identityId));
      return linked.userId;
    }
    if (!identity.email || identity.emailVerified !== true) {
      throw refuse('sso_email_unverified', 'The sign-in service has not confirmed your e-mail address, so it cannot be matched to a Pontis account.');
    }
    const email = identity.email.trim().toLowerCase();
    const user = await lockAccountByEmail(tx.db, email);
    if (user) {
      if (user.disabledAt) throw disabledAccount();
      const [other] = await tx.db
        .select({ id: userIdentities.id })
        .from(userIdentities)
        .where(and(eq(userIdentities.userId, user.id), eq(userIdentities.issuer, identity.issuer)));
      if (other) {
        throw refuse('sso_identity_mismatch', 'This Pontis account is linked to another person at the sign-in service.');
      }
      await link(tx, user.id, identity);
      return user.id;
    }
    const invitation = await lockPendingInvitationByEmail(tx.db, email);
    if (!invitation) throw noAccount();
    const displayName = identity.name?.trim().slice(0, 200) || email.split('@')[0];
    const created = await redeemInvitation(tx, invitation, { displayName, passwordHash: null });
    await link(tx, created.id, identity);
    return created.id;
  });
}

async function link(tx: ServiceContext, userId: string, identity: ProviderIdentity) {
  let id: string;
  try {
    [{ id }] = await tx.db.insert(userIdentities).values({ userId, issuer: identity.issuer, subject: identity.subject }).returning({ id: userIdentities.id });
  } catch (err) {
    // Two first sign-ins of the same person at once: the other one linked the account.
    if (isUniqueViolation(err)) throw new AppError('sso_failed', 409, 'The account was being linked at the same moment. Start again.');
    throw err;
  }
  await recordDomainEvent(
    { ...tx, actor: systemActor(`single sign-on (${identity.issuer})`) },
    { entityType: 'user_identity', entityId: id, action: 'create', after: { userId, issuer: identity.issuer, subject: identity.subject } },
  );
}
