import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { verifyPassword } from '../../shared/secrets.ts';
import { enabledAccountByEmail } from '../users/index.ts';
import { enforceRateLimit, refundRateLimit } from '../rate-limits/index.ts';
import { createSession } from './sessions.ts';

const WINDOW_SECONDS = 15 * 60;

export interface SignInInput {
  email: string;
  password: string;
}

/**
 * Checks the password and opens a session. Failed attempts are limited per account (10) and per
 * address (30) in 15 minutes, counted in the database across all server processes. Each attempt
 * is counted before the password is checked, so concurrent guesses cannot slip past the limit,
 * and given back when it succeeds.
 */
export async function signIn(db: Db, input: SignInInput, meta: { ip: string; userAgent?: string; sessionDays: number }) {
  const email = input.email.trim().toLowerCase();
  const buckets = [`sign-in:ip:${meta.ip}`, `sign-in:account:${email}`];
  await enforceRateLimit(db, buckets[0], 30, WINDOW_SECONDS);
  await enforceRateLimit(db, buckets[1], 10, WINDOW_SECONDS);
  const account = await enabledAccountByEmail(db, email);
  const ok = await verifyPassword(input.password, account?.passwordHash ?? null);
  if (!account || !ok) {
    throw new AppError('invalid_credentials', 401, 'The e-mail address or the password is not correct.');
  }
  // The hash stays here: the caller gets who signed in, not how.
  const { passwordHash: _hash, locale: _locale, ...user } = account;
  // Only failures count: a city office of forty people behind one address signs in every morning.
  for (const bucket of buckets) await refundRateLimit(db, bucket, WINDOW_SECONDS);
  const session = await createSession(db, user.id, meta.sessionDays, meta);
  return { user, ...session };
}
