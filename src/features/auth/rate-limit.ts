import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Fixed-window counter kept in the database, so that every server process behind a load
 * balancer counts the same attempts.
 */
export async function hitRateLimit(db: Db, bucket: string, limit: number, windowSeconds: number) {
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000);
  const rows = (await db.execute(sql`
    INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES (${bucket}, ${windowStart.toISOString()}, 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
    RETURNING hits`)) as unknown as { rows: { hits: number }[] };
  const hits = Number(rows.rows[0].hits);
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
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

export async function pruneRateLimits(db: Db) {
  await db.execute(sql`DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'`);
}
