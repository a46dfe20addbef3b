import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from './users.table.ts';

/**
 * What signing in and asking for a reset link need of the enabled account with this e-mail
 * address (compared as stored: addresses are kept in lower case): who it is, its locale and its
 * password hash (null for an account that signs in only through single sign-on).
 */
export async function enabledAccountByEmail(db: Db, email: string) {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      cityId: users.cityId,
      organisationId: users.organisationId,
      locale: users.locale,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  return account;
}

/** The password hash of an account: undefined when there is no such account, null when it has none. */
export async function passwordHashOf(db: Db, userId: string): Promise<string | null | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash;
}

/** Stores a new password hash (a change, a reset by link, or one set by an administrator). */
export async function storePasswordHash(db: Db, userId: string, passwordHash: string, now = new Date()): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}

/** The account with this e-mail address, enabled or not (an administrator setting its password). */
export async function accountByEmail(db: Db, email: string): Promise<{ id: string; email: string } | undefined> {
  const [account] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
  return account;
}
