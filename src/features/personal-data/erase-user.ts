import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, notFound, unauthenticated } from '../../shared/errors.ts';
import { verifyPassword } from '../../shared/secrets.ts';
import { anonymiseParticipationsOfUser } from '../activities/index.ts';
import { dropDomainEventsAbout, forgetAccountInDomainEvents, recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit, forgetRateLimitsOfAccount } from '../rate-limits/index.ts';
import { deleteAccountRow, forgetInvitationsOfAccount, lockAccountToErase, lockOtherEnabledAdmins, passwordHashOf } from '../users/index.ts';
import { peopleWithEmail } from '../people/index.ts';
import { erasePersonRecord } from './erase-person.ts';
import { identifyingTexts, USER_PERSONAL_KEYS } from './erasure-tombstone.ts';
import type { EraseMeRequest } from './personal-data.schemas.ts';
import { canEraseUser } from './personal-data-policy.ts';
import { detachUserFromRecords, scrubAuditEvents, scrubCsvImports, scrubMailOutbox } from './scrub-records.ts';

const lastAdmin = () => new AppError('last_admin', 409, 'This is the last administrator account. Make someone else an administrator first, then erase it.');

/**
 * Erases an account in the caller's transaction (GDPR Art. 17): the person records with its
 * address go too; its sessions, tokens, feeds, follows, reminders, read marks and feedback are
 * deleted with the row; records it made or changed stay, without it; the history keeps its rows
 * with the account's data replaced by a tombstone; mail to it is deleted.
 */
async function eraseAccount(tx: ServiceContext, userId: string): Promise<void> {
  const user = await lockAccountToErase(tx.db, userId);
  if (!user) throw notFound('The user');
  if (user.role === 'admin') {
    // Locks the other administrators' rows, so two of them cannot erase each other at once.
    const others = await lockOtherEnabledAdmins(tx.db, userId);
    if (!others.length) throw lastAdmin();
  }
  for (const person of await peopleWithEmail(tx, user.email)) await erasePersonRecord(tx, person);
  // Participations stay as the funder's counts, without the person (before the row goes: user_id links them).
  await anonymiseParticipationsOfUser(tx.db, userId, user.email);
  const target = { personalKeys: USER_PERSONAL_KEYS, ...identifyingTexts({ email: user.email, name: user.displayName }) };
  await scrubAuditEvents(tx.db, { entityType: 'user', entityId: userId }, target, userId);
  await scrubMailOutbox(tx.db, [user.email], target);
  await scrubCsvImports(
    tx.db,
    target,
    [user.email, user.displayName].filter((v) => v.trim().length >= 5),
  );
  await forgetInvitationsOfAccount(tx.db, user.email, userId);
  await dropDomainEventsAbout(tx.db, 'user', userId);
  // Rate-limit windows are keyed by address or account id; they would outlive the account.
  await forgetRateLimitsOfAccount(tx.db, user.email, userId);
  await detachUserFromRecords(tx.db, userId);
  await deleteAccountRow(tx.db, userId);
  await recordDomainEvent(tx, { entityType: 'user', entityId: userId, action: 'delete', after: { event: 'personal-data-erased' } });
  // Last: an account erasing itself is the author of the event just recorded.
  await forgetAccountInDomainEvents(tx.db, userId);
}

/**
 * "Delete my account": the caller's password confirms it (a borrowed session is not enough),
 * limited like a password change. The last administrator cannot leave.
 */
export async function eraseOwnAccount(ctx: ServiceContext, input: EraseMeRequest): Promise<void> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const id = ctx.actor.id;
  await enforceRateLimit(ctx.db, `erase-account:user:${id}`, 10, 15 * 60);
  const passwordHash = await passwordHashOf(ctx.db, id);
  // Single sign-on accounts have no password to confirm with; a session alone is not enough.
  if (passwordHash === null) {
    throw new AppError(
      'no_password',
      409,
      'Your account has no password (you sign in with single sign-on). Set one with "Forgot your password?", or ask an administrator to erase your account.',
    );
  }
  if (!(await verifyPassword(input.password, passwordHash ?? null))) {
    throw invalid([{ path: 'password', rule: 'incorrect', message: 'The password is not correct.' }]);
  }
  // The account is gone when the history is written: it must not name it.
  await inTransaction({ ...ctx, actor: systemActor('account erased by its owner') }, (tx) => eraseAccount(tx, id));
}

/** An administrator erases someone else's account (their own goes through eraseOwnAccount). */
export async function eraseUser(ctx: ServiceContext, id: string): Promise<void> {
  if (ctx.actor.kind === 'user' && ctx.actor.id === id) {
    throw invalid([{ path: 'id', rule: 'self', message: 'Delete your own account on the My account page; it asks for your password.' }]);
  }
  if (!canEraseUser(ctx.actor, id)) throw forbidden('Only platform administrators can erase accounts.');
  await inTransaction(ctx, (tx) => eraseAccount(tx, id));
}
