import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { passwordResets } from './auth.table.ts';

/** Marks every unused reset link of a user used: once a new password is set they are pointless. */
export async function voidPasswordResetsOfUser(db: Db, userId: string, now = new Date()): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
