import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { pruneRateLimits } from '../features/auth/rate-limit.ts';
import { pruneExpiredSessions } from '../features/auth/sessions.ts';

const HOUR = 60 * 60 * 1000;

/**
 * Hourly clean-up of expired sessions and old rate-limit windows. The deletes are idempotent,
 * so several server processes running them at once do no harm and need no claim.
 */
export function startMaintenanceJobs(db: Db, logger: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      await pruneExpiredSessions(db);
      await pruneRateLimits(db);
    } catch (err) {
      logger.error({ err }, 'maintenance job failed');
    }
  };
  const timer = setInterval(run, HOUR);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
