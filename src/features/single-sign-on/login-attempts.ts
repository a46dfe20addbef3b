import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { hashSecret, newSecret } from '../../shared/secrets.ts';
import { oidcLoginAttempts } from './single-sign-on.table.ts';

/** Long enough to type a password and answer a second factor at the provider. */
export const ATTEMPT_MINUTES = 10;

export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/**
 * Stores what the callback must check, keyed by the hash of a random id that only the browser
 * holds (in a cookie). Expired attempts of anyone are cleared on the way, so the table stays
 * small without a background job.
 */
export async function saveLoginAttempt(db: Db, attempt: LoginAttempt): Promise<{ id: string; expiresAt: Date }> {
  await db.delete(oidcLoginAttempts).where(lt(oidcLoginAttempts.expiresAt, sql`now()`));
  const id = newSecret();
  const expiresAt = new Date(Date.now() + ATTEMPT_MINUTES * 60_000);
  await db.insert(oidcLoginAttempts).values({ idHash: hashSecret(id), ...attempt, expiresAt });
  return { id, expiresAt };
}

/**
 * Takes the attempt out of the table: deleted as it is read, so a second callback with the same
 * cookie (a replay, or a double click) finds nothing, even on another server process.
 */
export async function takeLoginAttempt(db: Db, id: string): Promise<LoginAttempt | undefined> {
  const [row] = await db
    .delete(oidcLoginAttempts)
    .where(eq(oidcLoginAttempts.idHash, hashSecret(id)))
    .returning();
  if (!row || row.expiresAt.getTime() <= Date.now()) return undefined;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo };
}
