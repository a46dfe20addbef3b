import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { UserActor } from '../../shared/actor.ts';
import { hashSecret, newSecret } from '../../shared/secrets.ts';
import { accountActors } from '../users/index.ts';
import { apiTokens, sessions } from './auth.table.ts';

export const SESSION_COOKIE = 'pontis_session';
// last_seen_at is refreshed at most this often, so that reads do not turn into writes.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: UserActor;
}

export async function createSession(
  db: Db,
  userId: string,
  days: number,
  meta: { userAgent?: string; ip?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: hashSecret(token),
    csrfToken,
    userId,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 300),
    ip: meta.ip,
  });
  return { token, csrfToken, expiresAt };
}

// Built per call, not at load: users' public module imports this file's module back (a cycle).
function actorColumns(account: ReturnType<typeof accountActors>) {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    cityId: account.cityId,
    organisationId: account.organisationId,
  };
}

const toActor = (u: Omit<UserActor, 'kind'>): UserActor => ({ kind: 'user', ...u });

export async function resolveSession(db: Db, token: string): Promise<ResolvedSession | undefined> {
  const account = accountActors();
  const rows = await db
    .select({ sessionId: sessions.id, csrfToken: sessions.csrfToken, lastSeenAt: sessions.lastSeenAt, ...actorColumns(account) })
    .from(sessions)
    .innerJoin(account, eq(account.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, new Date()), isNull(account.disabledAt)));
  const row = rows[0];
  if (!row) return undefined;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.sessionId));
  }
  const { sessionId, csrfToken, lastSeenAt: _seen, ...user } = row;
  return { sessionId, csrfToken, actor: toActor(user) };
}

export async function resolveApiToken(db: Db, token: string): Promise<UserActor | undefined> {
  const now = new Date();
  const account = accountActors();
  const rows = await db
    .select({ tokenId: apiTokens.id, expiresAt: apiTokens.expiresAt, ...actorColumns(account) })
    .from(apiTokens)
    .innerJoin(account, eq(account.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt), isNull(account.disabledAt)));
  const row = rows[0];
  if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  const { tokenId: _id, expiresAt: _exp, ...user } = row;
  return toActor(user);
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere (after a password reset, or when an admin disables them). */
export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Signs a user out everywhere but in the given session (the caller's own, after a password change). */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keptSessionId: string | null) {
  await db.delete(sessions).where(keptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keptSessionId)) : eq(sessions.userId, userId));
}

export async function pruneExpiredSessions(db: Db) {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}
