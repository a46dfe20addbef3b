import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { revokeCalendarFeedsOfUser } from '../call-radar/index.ts';
import { apiTokens } from './auth.table.ts';

export interface RevokedCredentials {
  apiTokens: number;
  calendarFeeds: number;
}

/**
 * Revokes every API token and calendar feed link of a user. Called when the password changes or
 * is reset: whoever learnt the old password may have made themselves a token or a feed link, and
 * those outlive sessions. The rows stay (revoked), so their owner still sees what was cut off.
 */
export async function revokeCredentialsOfUser(db: Db, userId: string, now = new Date()): Promise<RevokedCredentials> {
  const tokens = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { apiTokens: tokens.length, calendarFeeds: await revokeCalendarFeedsOfUser(db, userId, now) };
}
