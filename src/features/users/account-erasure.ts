import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Role } from '../../shared/roles.ts';
import { invitations, users } from './users.table.ts';

// The users feature's part of erasing an account (personal-data/erase-user.ts runs the erasure
// in one transaction; these run in it).

/** The account to erase (who it is and its role), locked until the erasure commits. */
export async function lockAccountToErase(db: Db, userId: string): Promise<{ id: string; email: string; displayName: string; role: Role } | undefined> {
  const [account] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return account;
}

/** The enabled administrators other than this account, locked: two of them cannot erase each other at once. */
export async function lockOtherEnabledAdmins(db: Db, userId: string): Promise<{ id: string }[]> {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, userId)))
    .for('update');
}

/** Deletes the invitations to the account's address (any case) and forgets which one it accepted. */
export async function forgetInvitationsOfAccount(db: Db, email: string, userId: string): Promise<void> {
  await db.delete(invitations).where(eq(sql`lower(${invitations.email})`, email.toLowerCase()));
  await db.update(invitations).set({ acceptedUserId: null }).where(eq(invitations.acceptedUserId, userId));
}

/** Deletes the account's row; its sessions, tokens, feeds, follows and the like go with it (cascade). */
export async function deleteAccountRow(db: Db, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}
