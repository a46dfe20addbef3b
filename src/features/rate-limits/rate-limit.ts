import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Sliding-window counter kept in the database, so that every server process behind a load
 * balancer counts the same attempts. Hits are stored per fixed window; the previous window
 * counts in proportion to how much of it still overlaps the sliding window, so that a burst
 * cannot double its allowance by straddling a window boundary.
 */
export async function hitRateLimit(db: Db, bucket: string, limit: number, windowSeconds: number) {
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const previousStart = new Date(windowStart.getTime() - windowMs);
  const result = (await db.execute(sql`
    WITH hit AS (
      INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES (${bucket}, ${windowStart.toISOString()}, 1)
      ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
      RETURNING hits
    )
    SELECT (SELECT hits FROM hit) AS current,
           COALESCE((SELECT hits FROM rate_limit_hits WHERE bucket = ${bucket} AND window_start = ${previousStart.toISOString()}), 0) AS previous`)) as unknown as {
    rows: { current: number; previous: number }[];
  };
  const { current, previous } = result.rows[0];
  const overlap = 1 - (now - windowStart.getTime()) / windowMs;
  const hits = Number(current) + Math.floor(Number(previous) * overlap);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return { allowed: hits <= limit, hits, retryAfterSeconds };
}

export async function enforceRateLimit(db: Db, bucket: string, limit: number, windowSeconds: number) {
  const result = await hitRateLimit(db, bucket, limit, windowSeconds);
  if (!result.allowed) {
    throw new AppError('rate_limited', 429, 'Too many attempts. Wait a moment and try again.', [], {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

/**
 * Gives back a hit in the current window: for limits on failures, where an attempt is counted
 * before it is checked (so that concurrent attempts cannot slip past the limit) and returned when
 * it succeeds.
 */
export async function refundRateLimit(db: Db, bucket: string, windowSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  await db.execute(sql`UPDATE rate_limit_hits SET hits = greatest(hits - 1, 0)
    WHERE bucket = ${bucket} AND window_start = ${windowStart.toISOString()}`);
}

export async function pruneRateLimits(db: Db) {
  await db.execute(sql`DELETE FROM rate_limit_hits WHERE window_start < now() - interval '2 days'`);
}

/**
 * Deletes the rate-limit windows that name an account (keyed by its address or its id), which
 * would otherwise outlive it when it is erased.
 */
export async function forgetRateLimitsOfAccount(db: Db, email: string, userId: string) {
  await db.execute(sql`DELETE FROM rate_limit_hits
    WHERE position(${email.toLowerCase()} in lower(bucket)) > 0 OR position(${userId} in bucket) > 0`);
}
