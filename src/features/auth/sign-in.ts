import { eq, isNull, and } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { verifyPassword } from '../../shared/secrets.ts';
import { users } from '../users/users.table.ts';
import { enforceRateLimit } from './rate-limit.ts';
import { createSession } from './sessions.ts';

export interface SignInInput {
  email: string;
  password: string;
}

/**
 * Checks the password and opens a session. Attempts are limited per account and per address
 * (10 per 15 minutes each), counted in the database across all server processes.
 */
export async function signIn(
  db: Db,
  input: SignInInput,
  meta: { ip: string; userAgent?: string; sessionDays: number },
) {
  const email = input.email.trim().toLowerCase();
  await enforceRateLimit(db, `sign-in:ip:${meta.ip}`, 30, 15 * 60);
  await enforceRateLimit(db, `sign-in:account:${email}`, 10, 15 * 60);
  const [user] = await db.select().from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? null);
  if (!user || !ok) {
    throw new AppError('invalid_credentials', 401, 'The e-mail address or the password is not correct.');
  }
  const session = await createSession(db, user.id, meta.sessionDays, meta);
  return { user, ...session };
}
