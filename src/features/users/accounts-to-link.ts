import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { InvitationRow } from './invitation-rows.ts';
import { invitations, users } from './users.table.ts';

// What single sign-on needs to link a provider identity at its first sign-in, read with the row
// lock its transaction holds until the link is written. E-mail addresses are compared in lower case.

/** The account with this e-mail address (id, and when it was disabled), locked. */
export async function lockAccountByEmail(db: Db, email: string): Promise<{ id: string; disabledAt: Date | null } | undefined> {
  const [account] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .for('update');
  return account;
}

/** The newest pending (not accepted, revoked or expired) invitation to this address, locked. */
export async function lockPendingInvitationByEmail(db: Db, email: string): Promise<InvitationRow | undefined> {
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(sql`lower(${invitations.email})`, email.toLowerCase()),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(1)
    .for('update');
  return invitation;
}
